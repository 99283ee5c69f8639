"""Start-up of `vaern privacy redact` (issue 18: under 0.5 s): the CPU time (user + sys) of
the whole process on one short text, best of N runs (``--runs``, default 10), by the
kernel's accounting of the finished child (``os.wait4``), so waiting for a core on a shared
machine does not count. Measured with the project's bytecode compiled at each start (a
checkout run with PYTHONDONTWRITEBYTECODE=1, as on the shared machine: a copy of src/vaern
without __pycache__), with it cached (an installed package, or any later run), and without
the kept files of vaern.text.kept (the first run after a change of the name list, the
recogniser module, Python or Hyperscan). The figures are marked when the machine was busy:
re-measure on a quiet one before comparing."""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

TITLE = "`vaern privacy redact` start-up (CPU seconds of the whole process)"
TEXT = "Hej Mette Hansen, ring på 22 33 44 55\n"
TARGET = 0.5
SOURCE = Path(__file__).resolve().parents[1] / "src" / "vaern"


def _command() -> list[str]:
    script = Path(sys.executable).with_name("vaern")
    if not script.exists():
        raise SystemExit(f"{script} is missing: run `make install` first")
    return [str(script), "privacy", "redact", "-"]


def _once(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """CPU seconds (user + sys) and maximum resident MB of one run; its output is checked.
    The text and the output fit in a pipe's buffer, so the child is reaped by ``os.wait4``
    (for its accounting) before its output is read."""
    stdin, feed = os.pipe()
    os.write(feed, TEXT.encode())
    os.close(feed)
    child = subprocess.Popen(  # noqa: S603 - our own command line
        command, stdin=stdin, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env
    )
    os.close(stdin)
    _, status, usage = os.wait4(child.pid, 0)
    child.returncode = os.waitstatus_to_exitcode(status)
    assert child.stdout is not None and child.stderr is not None
    out, err = child.stdout.read().decode(), child.stderr.read().decode()
    child.stdout.close()
    child.stderr.close()
    if child.returncode != 0 or "[PERSON]" not in out:
        raise SystemExit(f"unexpected result {child.returncode}: {out!r} {err}")
    return usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def _summary(runs: list[tuple[float, float]]) -> str:
    cpu = sorted(seconds for seconds, _ in runs)
    peak = max(mb for _, mb in runs)
    return f"{cpu[0]:.3f} s (median {statistics.median(cpu):.3f}; {peak:.0f} MB resident)"


def _runs(command: list[str], env: dict[str, str], count: int) -> str:
    return _summary([_once(command, env) for _ in range(count)])


def _load() -> str:
    return ", ".join(Path("/proc/loadavg").read_text().split()[:3])


def run() -> list[tuple[str, str]]:
    count = int(os.environ.get("VAERN_BENCH_RUNS", "10"))
    command = _command()
    start_load = _load()
    cached = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    _once(command, cached)  # the kept files (vaern.text.kept) and the bytecode, as after a run
    shown = " ".join([os.path.relpath(command[0]), *command[1:]])
    figures = [
        ("load average at start (1/5/15 min)", start_load),
        ("command", f"`echo {TEXT.strip()!r} \\| {shown}`"),
        ("runs", str(count)),
    ]
    with tempfile.TemporaryDirectory() as copy:
        shutil.copytree(SOURCE, Path(copy) / "vaern", ignore=shutil.ignore_patterns("__pycache__"))
        compiled = {**cached, "PYTHONDONTWRITEBYTECODE": "1", "PYTHONPATH": copy}
        figures.append(
            ("bytecode of vaern compiled at each start: best CPU", _runs(command, compiled, count))
        )
    figures.append(("bytecode cached: best CPU", _runs(command, cached, count)))
    with tempfile.TemporaryDirectory() as empty:
        fresh = [_once(command, {**cached, "VAERN_CACHE_DIR": f"{empty}/{i}"}) for i in range(3)]
    figures.append(
        ("without the kept files (compiles and writes them): best of 3", _summary(fresh))
    )
    end_load = _load()
    busy = max(float(start_load.split(",")[0]), float(end_load.split(",")[0])) >= 1.0
    figures += [
        ("target", f"< {TARGET} s"),
        ("load average at end", end_load),
        (
            "machine",
            "BUSY (1-minute load >= 1): re-measure on a quiet machine" if busy else "quiet",
        ),
    ]
    return figures
