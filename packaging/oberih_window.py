"""Entry script of the bundle's windowed `oberih` executable (no console window)."""

import sys

from ui.launcher import main

if __name__ == "__main__":
    sys.exit(main())
