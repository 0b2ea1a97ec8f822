"""Entry point of `shelter-app` and `python main.py`: a command runs headless through the
core's CLI; no command starts the window."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from shelter_app import cli


def main(argv: Sequence[str] | None = None) -> int:
    args = cli.build_parser().parse_args(argv)
    if args.command is not None:
        return cli.run(args)
    from ui.app import run_gui  # Qt widgets only when a window is wanted

    return run_gui(args)


if __name__ == "__main__":
    sys.exit(main())
