"""Entry script of the bundle's console `shelter-app` executable (the command line)."""

import sys

from ui.launcher import main

if __name__ == "__main__":
    sys.exit(main())
