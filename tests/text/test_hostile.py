"""Hostile input to the text readers: work and memory stay bounded. Each case runs in a
subprocess under a CPU-time limit (RLIMIT_CPU) or an address-space limit (RLIMIT_AS), so
the bound is asserted by the operating system, not by timing the test."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

pytestmark = pytest.mark.long

SRC = str(Path(__file__).parents[2] / "src")
CPU_SECONDS = 5
MEMORY = 1536 * 1024 * 1024  # 1.5 GB of address space beyond what the imports took

PRELUDE = """
import resource, sys
def limit_cpu(seconds):
    # A soft limit this many seconds from now (SIGXCPU kills the process past it); the
    # hard limit stays where it is so the next case may raise the soft one again.
    used = resource.getrusage(resource.RUSAGE_SELF)
    spent = int(used.ru_utime + used.ru_stime) + 1
    hard = resource.getrlimit(resource.RLIMIT_CPU)[1]
    resource.setrlimit(resource.RLIMIT_CPU, (spent + seconds, hard))
def limit_memory(extra):
    with open("/proc/self/statm") as fh:
        size = int(fh.read().split()[0]) * resource.getpagesize()
    resource.setrlimit(resource.RLIMIT_AS, (size + extra, size + extra))
"""


def _run(body: str) -> subprocess.CompletedProcess[str]:
    code = PRELUDE + textwrap.dedent(body)
    env = {**os.environ, "PYTHONPATH": SRC}
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120
    )


# Each is 200 KB or more; "1." * 5000 (10 KB) once froze the server for 16.6 s.
REGEX_BOMBS = {
    "numbered": '"1." * 100_000',
    "dotted-words": '"a." * 100_000',
    "hyphens": '"a-" * 100_000',
    "www": '"www." * 50_000',
    "scheme-then-dots": '"http://" + "a." * 100_000',
    "at-signs": '"a@" * 100_000',
    "dots-then-at": '"a." * 100_000 + "@"',
    "defanged": '"a[.]" * 50_000',
    "digits-and-spaces": '"1 " * 100_000',
    "one-word": '"x" * 200_000',
    "short-numbered-runs": '("1." * 50 + " ") * 2_000',
    "commas": '"1," * 100_000',
}


def test_extractors_and_the_check_are_linear() -> None:
    """One process for all cases (the imports cost more than the cases), each case with
    its own CPU budget; the last line printed names the case that ran out."""
    cases = "{" + ", ".join(f"{name!r}: {text}" for name, text in REGEX_BOMBS.items()) + "}"
    done = _run(
        f"""
        from vaern.messages import check
        from vaern.text import fingerprint
        from vaern.text.emails import addresses
        from vaern.text.language import language
        from vaern.text.links import links
        from vaern.text.phones import phones
        for name, text in {cases}.items():
            assert len(text) >= 200_000, name
            print(name, flush=True)
            limit_cpu({CPU_SECONDS})
            links(text), phones(text), addresses(text), language(text)
            fingerprint.band_keys(text), fingerprint.fingerprints(text)
            check(text, channel="sms")
        print("ok")
        """
    )
    assert done.returncode == 0 and done.stdout.split()[-1:] == ["ok"], (
        done.stdout[-200:] + done.stderr[-2000:]
    )


MAIL_BOMBS = {
    # 1 MB Subject of encoded words: memory grew with the square of its length.
    "encoded-words": '"From: a@example.com\\nSubject: " + "=?utf-8?q?a?= " * 75_000 + "\\n\\nx\\n"',
    # 2,000 nested multipart parts: RecursionError (a 500) before.
    "nesting": (
        '"From: a@example.com\\nSubject: x\\n" + "".join('
        "f'Content-Type: multipart/mixed; boundary=\"b{i}\"\\n\\n--b{i}\\n' for i in range(2000)"
        ') + "Content-Type: text/plain\\n\\nx\\n"'
    ),
    "attached-messages": (
        '"From: a@example.com\\nSubject: x\\n" + "Content-Type: message/rfc822\\n\\n" * 2000'
        ' + "Subject: y\\n\\nx\\n"'
    ),
    "quoted-address": '"From: " + "\\"a" * 30_000 + " <a@example.com>\\nSubject: x\\n\\nx\\n"',
    "nested-comments": '"From: " + "(" * 30_000 + "a@example.com\\nSubject: x\\n\\nx\\n"',
    "parameters": (
        '"From: a@example.com\\nSubject: x\\nContent-Type: text/plain; " + "a=\\"a\\";" * 20_000'
        ' + "\\n\\nx\\n"'
    ),
}


def test_mail_bombs_are_refused_within_the_limits() -> None:
    """Every bomb refused as too big by the check's reader (with and without a channel)
    and the report intake's, in 1.5 GB and 5 s of CPU each."""
    cases = "{" + ", ".join(f"{name!r}: {raw}" for name, raw in MAIL_BOMBS.items()) + "}"
    done = _run(
        f"""
        from vaern.errors import Invalid
        from vaern.messages.inputs import build
        from vaern.text import mail
        limit_memory({MEMORY})
        readers = (lambda r: build(r, channel="email"), build, mail.read)
        for name, raw in {cases}.items():
            raw = raw.encode()
            limit_cpu({CPU_SECONDS})
            for read in readers:
                try:
                    read(raw)
                    sys.exit(f"{{name}}: accepted")
                except Invalid as exc:
                    assert exc.detail == mail.TOO_BIG, (name, exc.detail)
            print(name, flush=True)
        print("ok")
        """
    )
    assert done.returncode == 0 and done.stdout.split()[-1:] == ["ok"], (
        done.stdout[-200:] + done.stderr[-2000:]
    )


# Deep JSON to the JSON APIs, each body under the 1 MB limit: inside a free-form field a
# report accepted (and stored) 900 levels before; deeper ones reached the parsers.
JSON_BOMBS = {
    "deep-arrays": '"[" * 400_000 + "]" * 400_000',
    "deep-objects": """'{"a":' * 150_000 + "1" + "}" * 150_000""",
    "open-only": '"[" * 900_000',
    "report-check-result": (
        """'{"organisation":"mitid","text":"Betal her","channel":"sms","consent":true,'"""
        """ '"check_result":' + '{"a":' * 900 + "1" + "}" * 901"""
    ),
    "event-in-batch": """'{"events":[' + "[" * 990 + "]" * 990 + ']}'""",
}
JSON_ROUTES = ("/api/v1/check", "/api/v1/reports", "/api/v1/reports/batch", "/api/v1/events")


def test_deeply_nested_json_is_refused_within_the_limits(tmp_path: Path) -> None:
    """Every nested document to every JSON route: 422 before any parser recursed, in
    1.5 GB and 5 s of CPU each, through the whole application."""
    cases = "{" + ", ".join(f"{name!r}: {body}" for name, body in JSON_BOMBS.items()) + "}"
    done = _run(
        f"""
        from pathlib import Path
        from fastapi.testclient import TestClient
        from vaern import config, db
        from vaern.app import create_app
        url = "sqlite:///{tmp_path}/t.db"
        cfg = config.configure(var_dir=Path("{tmp_path}"), database_url=url, run_jobs=False)
        db.upgrade(url)
        client = TestClient(create_app(cfg), raise_server_exceptions=False)
        headers = {{"Content-Type": "application/json", "Authorization": "Bearer vaern_a_b"}}
        client.post("/api/v1/check", json={{"text": "Hej", "channel": "sms"}})  # warmed up
        limit_memory({MEMORY})
        for name, body in {cases}.items():
            assert len(body) < 1024 * 1024, name
            limit_cpu({CPU_SECONDS})
            for path in {JSON_ROUTES!r}:
                status = client.post(path, content=body, headers=headers).status_code
                assert status == 422, (name, path, status)
            print(name, flush=True)
        print("ok")
        """
    )
    assert done.returncode == 0 and done.stdout.split()[-1:] == ["ok"], (
        done.stdout[-200:] + done.stderr[-2000:]
    )
