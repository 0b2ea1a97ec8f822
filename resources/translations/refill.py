"""Give back the translations of strings that moved to another class.

    python resources/translations/refill.py OLD_TS [PREFERRED_CONTEXT ...]

The translation context of a string is the class whose `self.tr` asks for it, so when a
method moves into a new widget, lupdate files its strings under the new class as
unfinished and drops the old entries. Run build.py, then this with the .ts as it was
before (e.g. `git show HEAD:resources/translations/oberih_uk.ts > /tmp/old.ts`): every
unfinished message of oberih_uk.ts whose source text (and comment) has a finished
translation in the old file or elsewhere in the current one gets it, taken from the
preferred contexts first (the classes the strings came from). Then run build.py again
to compile. What is still unfinished is printed: translate those by hand.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

TS = Path(__file__).resolve().parent / "oberih_uk.ts"
CONTEXT = re.compile(r"<context>\s*<name>(.*?)</name>(.*?)</context>", re.S)
MESSAGE = re.compile(r"<message[^>]*>.*?</message>", re.S)
TRANSLATION = re.compile(r"<translation[^>]*>.*?</translation>|<translation[^>]*/>", re.S)


def key(message: str) -> tuple[str, str, bool]:
    source = re.search(r"<source>(.*?)</source>", message, re.S)
    comment = re.search(r"<comment>(.*?)</comment>", message, re.S)
    return (
        source.group(1) if source else "",
        comment.group(1) if comment else "",
        'numerus="yes"' in message.split(">", 1)[0],
    )


def finished(text: str) -> dict[tuple[str, str, bool], list[tuple[str, str]]]:
    """(source, comment, plural) -> [(context, translation element)] of finished ones."""
    found: dict[tuple[str, str, bool], list[tuple[str, str]]] = {}
    for context in CONTEXT.finditer(text):
        for message in MESSAGE.findall(context.group(2)):
            translation = TRANSLATION.search(message)
            if translation is None or "type=" in translation.group(0).split(">", 1)[0]:
                continue
            found.setdefault(key(message), []).append((context.group(1), translation.group(0)))
    return found


def choose(candidates: list[tuple[str, str]], preferred: list[str]) -> str:
    for context in preferred:
        for where, translation in candidates:
            if where == context:
                return translation
    return Counter(t for _c, t in candidates).most_common(1)[0][0]


def main(old_path: str, preferred: list[str]) -> int:
    text = TS.read_text(encoding="utf-8")
    donors = finished(Path(old_path).read_text(encoding="utf-8"))
    for k, candidates in finished(text).items():
        donors.setdefault(k, []).extend(candidates)
    missing: list[str] = []

    def fill_context(context: re.Match[str]) -> str:
        def fill(message: re.Match[str]) -> str:
            body = message.group(0)
            translation = TRANSLATION.search(body)
            if translation is None or 'type="unfinished"' not in translation.group(0):
                return body
            candidates = donors.get(key(body))
            if not candidates:
                missing.append(f"{context.group(1)}: {key(body)[0]}")
                return body
            return body.replace(translation.group(0), choose(candidates, preferred), 1)

        return MESSAGE.sub(fill, context.group(0))

    TS.write_text(CONTEXT.sub(fill_context, text), encoding="utf-8")
    for line in missing:
        print("still unfinished:", line)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2:]))
