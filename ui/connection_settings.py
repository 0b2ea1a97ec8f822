"""Where this workstation's Oberih keeps its records: the encrypted file on this computer
or the centre's server (issue 20). Kept per computer account in QSettings (on Windows,
the user's registry), without any password: the server's password lives in the user's
own `.pgpass` file, which Oberih never reads or writes itself."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum

from PySide6.QtCore import QSettings

from shelter_app.errors import OberihError
from shelter_app.server_check import DEFAULT_PORT, ServerAddress, ServerFields

GROUP = "connection"


class Store(Enum):
    LOCAL = "local"
    SERVER = "server"


@dataclass(frozen=True)
class ConnectionChoice:
    store: Store = Store.LOCAL
    server: ServerFields = field(default_factory=ServerFields)

    def server_address(self) -> ServerAddress | None:
        """The checked address when the server is chosen (raises if it no longer checks)."""
        return self.server.address() if self.store is Store.SERVER else None


def load_choice() -> ConnectionChoice:
    s = QSettings()
    s.beginGroup(GROUP)
    try:
        try:
            store = Store(s.value("store", Store.LOCAL.value, type=str))
        except ValueError:
            store = Store.LOCAL
        port = s.value("port", DEFAULT_PORT, type=int)
        server = ServerFields(
            host=s.value("host", "", type=str),
            port=port if 0 < port < 65536 else DEFAULT_PORT,
            database=s.value("database", ServerFields.database, type=str),
            role=s.value("role", "", type=str),
            ca_file=s.value("ca_file", "", type=str),
        )
    finally:
        s.endGroup()
    return ConnectionChoice(store, server)


def saved_server_address() -> ServerAddress | None:
    """The server this computer account chose, or None for the local file (also when a
    saved address no longer checks: the sign-in window's settings show why)."""
    try:
        return load_choice().server_address()
    except OberihError:
        return None


def save_choice(choice: ConnectionChoice) -> None:
    s = QSettings()
    s.beginGroup(GROUP)
    s.setValue("store", choice.store.value)
    s.setValue("host", choice.server.host)
    s.setValue("port", choice.server.port)
    s.setValue("database", choice.server.database)
    s.setValue("role", choice.server.role)
    s.setValue("ca_file", choice.server.ca_file)
    s.endGroup()
    s.sync()
