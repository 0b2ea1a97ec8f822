"""Standard streams of the command line, the same on every system.

On Windows, Python decodes a pipe with the ANSI code page (cp1251 on a Ukrainian PC,
cp1252 on an English one), so a Cyrillic password piped from PowerShell arrives mangled
and a UTF-8 byte-order mark (what Notepad and PowerShell 5 put in front of text) becomes
part of the password; redirected Ukrainian output under cp1252 raises UnicodeEncodeError
after the work is done. Here a piped password is read as bytes — UTF-8 with the BOM
removed, else the stream's or the locale's code page — and output that is not a terminal
is written as UTF-8; a terminal keeps its encoding but never raises on a letter it lacks.
"""

from __future__ import annotations

import codecs
import contextlib
import locale
from typing import BinaryIO, TextIO

BOMS = (codecs.BOM_UTF8,)


def reconfigure_output(stream: TextIO) -> None:
    """UTF-8 into files and pipes; replacement marks instead of a crash on a terminal."""
    reconfigure = getattr(stream, "reconfigure", None)
    if reconfigure is None:  # a StringIO in tests, or no stream at all (windowed program)
        return
    try:
        interactive = stream.isatty()
    except (ValueError, OSError):
        return
    with contextlib.suppress(ValueError, OSError, LookupError):
        if interactive:
            reconfigure(errors="replace")
        else:
            reconfigure(encoding="utf-8", errors="replace")


def decode_line(raw: bytes, fallback: str | None = None) -> str:
    """One line of piped bytes as text, without its line ending or a leading BOM.

    UTF-8 first (PowerShell 7, Git Bash, files saved by any editor today), then
    `fallback` (the stream's code page), then the locale's code page — never UTF-8 mode's
    pretend one."""
    for bom in BOMS:
        raw = raw.removeprefix(bom)
    raw = raw.removesuffix(b"\n").removesuffix(b"\r")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    for encoding in (fallback, locale.getencoding()):
        if not encoding:
            continue
        with contextlib.suppress(UnicodeDecodeError, LookupError):
            return raw.decode(encoding)
    return raw.decode("utf-8", errors="replace")


def read_line(stdin: TextIO) -> str:
    """The first line of standard input, decoded as `decode_line` says. A text stream
    without bytes underneath (tests pass a StringIO) is read as text."""
    buffer: BinaryIO | None = getattr(stdin, "buffer", None)
    if buffer is None:
        line = stdin.readline()
        return line.removeprefix("\ufeff").removesuffix("\n").removesuffix("\r")
    return decode_line(buffer.readline(), getattr(stdin, "encoding", None))
