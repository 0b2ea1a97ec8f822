"""An UNENCRYPTED copy of the benchmark's synthetic database, to show what encryption
costs. It is made only from a database the benchmark built itself (its marker file and
key file agree), in a private temporary folder that is deleted afterwards."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from ..database import Database
from ..storage.engine import enable_wal, make_unencrypted_engine_for_benchmark, raw_cursor
from ..storage.files import DatabasePaths
from .dataset import BENCH_PASSWORD, is_bench_database


class NotSynthetic(Exception):
    """Refusing to write a plaintext copy of a database the benchmark did not build."""


@contextmanager
def unencrypted_copy(db: Database) -> Iterator[Database]:
    """`db` exported to plaintext and opened like any database (same pragmas, same
    services); the copy and its folder are removed on leaving."""
    if not is_bench_database(db.paths.database):
        raise NotSynthetic()
    folder = Path(tempfile.mkdtemp(prefix="oberih-bench-plain-"))  # mode 0700
    plain: Database | None = None
    try:
        dest = folder / "plain.db"
        with raw_cursor(db.engine) as cur:
            cur.execute("ATTACH DATABASE ? AS plain KEY ''", (str(dest),))
            try:
                cur.execute("SELECT sqlcipher_export('plain')")
            finally:
                cur.execute("DETACH DATABASE plain")
        paths = DatabasePaths.for_database(dest)
        shutil.copyfile(db.paths.key_file, paths.key_file)
        for sidecar in ("audit_head", "throttle"):  # the key file names its throttle file
            if getattr(db.paths, sidecar).exists():
                shutil.copyfile(getattr(db.paths, sidecar), getattr(paths, sidecar))
        engine = make_unencrypted_engine_for_benchmark(dest)
        enable_wal(engine)
        locator = db.keyfile.locator("admin")
        data_key = db.keyfile.unlock(locator, BENCH_PASSWORD).data_keys[0]
        plain = Database(paths, db.keyfile, data_key, engine)
        yield plain
    finally:
        if plain is not None:
            plain.close()
        shutil.rmtree(folder, ignore_errors=True)
