"""Oberih core: storage, keys, accounts, audit, services and the command line.

Never imports QtWidgets; QtCore is used only for message translation.
"""

__version__ = "0.1.0"
