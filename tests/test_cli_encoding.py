"""The command line under Windows' code pages, emulated on any system: PYTHONIOENCODING
makes Python decode standard input and encode output as a Windows console pipe does
(cp1251 on a Ukrainian PC, cp1252 on an English one). A Cyrillic password, with or
without the UTF-8 byte-order mark PowerShell 5 and Notepad put in front, must open the
database, and Ukrainian output redirected to a file must not turn a passing check into
an internal error."""

from __future__ import annotations

import codecs
import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from shelter_app import cli_streams
from shelter_app.database import Database
from shelter_app.errors import ExitCode

REPO = Path(__file__).resolve().parents[1]
PASSWORD = "Оберіг-пароль-2026"
PASSED_UK = "Перевірку пройдено."
WRONG_UK = "Неправильне ім’я користувача чи пароль"


@pytest.fixture
def cyrillic_db(tmp_path: Path) -> Path:
    path = tmp_path / "oberih.db"
    db, _admin, _code = Database.initialise(path, "admin", PASSWORD)
    db.close()
    return path


def run_check(db: Path, stdin: bytes, code_page: str) -> subprocess.CompletedProcess[bytes]:
    env = dict(os.environ)
    env.update(QT_QPA_PLATFORM="offscreen", PYTHONIOENCODING=code_page, OBERIH_LANG="uk")
    env.pop("PYTHONUTF8", None)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH")]))
    command = [sys.executable, "-m", "shelter_app", "check", "--db", str(db), "--user", "admin"]
    return subprocess.run(
        [*command, "--password-stdin"],
        input=stdin,
        capture_output=True,
        env=env,
        timeout=120,
    )


def test_the_emulation_reproduces_the_windows_fault() -> None:
    """Control: under cp1252, Python's own text stdin garbles the BOM and the Cyrillic
    password. Without reading bytes, the tests below would fail the same way."""
    env = dict(os.environ, PYTHONIOENCODING="cp1252")
    env.pop("PYTHONUTF8", None)
    seen = subprocess.run(
        [sys.executable, "-c", "import sys; print(ascii(sys.stdin.readline().rstrip()))"],
        input=codecs.BOM_UTF8 + PASSWORD.encode() + b"\r\n",
        capture_output=True,
        env=env,
        timeout=60,
    )
    assert seen.returncode == 0
    assert seen.stdout.decode().strip() != ascii(PASSWORD)


@pytest.mark.parametrize("code_page", ["cp1252", "cp1251"])
def test_utf8_password_with_bom_and_crlf_under_a_windows_code_page(
    cyrillic_db: Path, code_page: str
) -> None:
    result = run_check(cyrillic_db, codecs.BOM_UTF8 + PASSWORD.encode() + b"\r\n", code_page)
    assert result.returncode == ExitCode.OK, result.stderr.decode("utf-8", "replace")
    # redirected output is UTF-8 whatever the code page: Ukrainian survives even cp1252
    assert PASSED_UK in result.stdout.decode("utf-8")
    assert result.stderr == b""


def test_utf8_password_without_bom_under_cp1252(cyrillic_db: Path) -> None:
    result = run_check(cyrillic_db, PASSWORD.encode() + b"\n", "cp1252")
    assert result.returncode == ExitCode.OK
    assert PASSED_UK in result.stdout.decode("utf-8")


def test_password_in_the_ansi_code_page_is_decoded_with_it(cyrillic_db: Path) -> None:
    """An old console piping cp1251 bytes: not UTF-8, so the stream's code page decodes it."""
    result = run_check(cyrillic_db, PASSWORD.encode("cp1251") + b"\r\n", "cp1251")
    assert result.returncode == ExitCode.OK, result.stderr.decode("utf-8", "replace")
    assert PASSED_UK in result.stdout.decode("utf-8")


def test_an_error_line_under_cp1252_is_one_readable_utf8_line(cyrillic_db: Path) -> None:
    result = run_check(cyrillic_db, "не той пароль\r\n".encode(), "cp1252")
    assert result.returncode == ExitCode.AUTH_FAILED
    err = result.stderr.decode("utf-8")
    assert "Traceback" not in err
    assert len(err.splitlines()) == 1
    assert WRONG_UK in err
    assert result.stdout == b""


# --- the decoding rule itself -----------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "fallback", "expected"),
    [
        (codecs.BOM_UTF8 + "пароль\r\n".encode(), None, "пароль"),
        ("пароль\n".encode(), "cp1252", "пароль"),
        ("пароль\r\n".encode("cp1251"), "cp1251", "пароль"),
        (b"plain\n", "cp1252", "plain"),
        (b"no-newline", None, "no-newline"),
        ("Größe\r\n".encode("cp1252"), "cp1252", "Größe"),
    ],
)
def test_decode_line(raw: bytes, fallback: str | None, expected: str) -> None:
    assert cli_streams.decode_line(raw, fallback) == expected


def test_read_line_from_a_text_only_stream_drops_the_bom() -> None:
    assert cli_streams.read_line(io.StringIO("\ufeffпароль\r\nзайве\n")) == "пароль"


def test_reconfigure_output_makes_a_pipe_utf8() -> None:
    raw = io.BytesIO()
    stream = io.TextIOWrapper(raw, encoding="cp1252")
    cli_streams.reconfigure_output(stream)
    print("Перевірку пройдено.", file=stream)
    stream.flush()
    assert raw.getvalue().decode("utf-8") == "Перевірку пройдено.\n"
