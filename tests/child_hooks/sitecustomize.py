"""Loaded by Python at start-up in the processes the tests start (tests/conftest.py puts
this folder first on their PYTHONPATH): lets them open the cheap key-file slots the tests
write. Production code has no such switch; only code in the process can lower the floor."""

from shelter_app.storage import keyfile

keyfile.KDF_FLOOR = keyfile.KdfParams(1024, 1, 1)
