"""`python main.py` is the same as `shelter-app`."""

import sys

from ui.launcher import main

if __name__ == "__main__":
    sys.exit(main())
