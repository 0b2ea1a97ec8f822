"""Entry point of `shelter-app` and `python main.py`: a command runs headless through the
core's CLI; no command starts the window."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from shelter_app import cli
from shelter_app.errors import OberihError
from shelter_app.i18n import ensure_core_app
from shelter_app.storage.server import parse_server_url


def main(argv: Sequence[str] | None = None) -> int:
    args = cli.build_parser().parse_args(argv)
    if args.command is not None:
        return cli.run(args)
    if args.gui_server is not None:
        # checked before any window: a bad or insecure address is one line and exit 2
        try:
            args.gui_target = parse_server_url(args.gui_server)
        except OberihError as exc:
            ensure_core_app(cli.chosen_language(args))
            print(f"shelter-app: {exc.user_message()}", file=sys.stderr)
            return exc.exit_code
    from ui.app import run_gui  # Qt widgets only when a window is wanted

    return run_gui(args)


if __name__ == "__main__":
    sys.exit(main())
