"""Where a database's key file document lives: the `.keys` file beside a local database
(`LocalKeys`), or a row on a server (`server_store.ServerKeys`). Database reads and
changes it through this one interface; each home serialises changes its own way."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from filelock import FileLock

from .files import DatabasePaths
from .keyfile import KeyFile


class KeyHome(Protocol):
    def load(self) -> KeyFile: ...

    def replace(self, change: Callable[[KeyFile], KeyFile], sign_key: bytes) -> KeyFile: ...


class LocalKeys:
    """The key file beside a local database, changed under the sidecar lock and
    replaced atomically."""

    def __init__(self, paths: DatabasePaths):
        self.paths = paths

    def _lock(self) -> FileLock:
        return FileLock(self.paths.sidecar_lock, timeout=30, mode=0o600)

    def load(self) -> KeyFile:
        with self._lock():
            return KeyFile.load(self.paths.key_file)

    def replace(self, change: Callable[[KeyFile], KeyFile], sign_key: bytes) -> KeyFile:
        with self._lock():
            return change(KeyFile.load(self.paths.key_file)).save(self.paths.key_file, sign_key)
