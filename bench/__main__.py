"""Run benchmarks and record their figures in bench/RESULTS.md.

Each ``bench/bench_<name>.py`` defines ``TITLE`` and ``run() -> list[tuple[str, str]]``
(figure, value). ``python -m bench`` runs all; ``python -m bench outbound check`` runs
the named ones; ``--name value`` options reach them as ``VAERN_BENCH_NAME`` (``python -m
bench load --seconds 5``). A run replaces that benchmark's section and keeps the others.
"""

from __future__ import annotations

import importlib
import os
import platform
import re
import sys
from datetime import UTC, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
RESULTS = HERE / "RESULTS.md"
HEADER = "# Benchmark results\n\nWritten by `make bench`. One section per benchmark.\n"


def machine() -> str:
    cpu = "unknown cpu"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = ""
    try:
        kb = int(Path("/proc/meminfo").read_text().split()[1])
        mem = f", {kb / 1024 / 1024:.0f} GiB"
    except (OSError, ValueError, IndexError):
        pass
    python = platform.python_version()
    return f"{platform.machine()}, {os.cpu_count()} cores ({cpu}){mem}, Python {python}"


def section(name: str, title: str, figures: list[tuple[str, str]]) -> str:
    rows = "\n".join(f"| {k} | {v} |" for k, v in figures)
    return (
        f"<!-- bench:{name} -->\n## {title}\n\n"
        f"- machine: {machine()}\n- date: {datetime.now(UTC):%Y-%m-%d %H:%M UTC}\n"
        f"- command: `python -m bench {name}`\n\n| figure | value |\n|---|---|\n{rows}\n"
        f"<!-- /bench:{name} -->\n"
    )


def record(name: str, text: str) -> None:
    current = RESULTS.read_text() if RESULTS.exists() else HEADER
    pattern = re.compile(rf"<!-- bench:{name} -->.*?<!-- /bench:{name} -->\n", re.S)
    current = (
        pattern.sub(lambda _m: text, current)
        if pattern.search(current)
        else (current.rstrip("\n") + "\n\n" + text)
    )
    RESULTS.write_text(current)


def options(argv: list[str]) -> list[str]:
    """``--seconds 5`` becomes ``VAERN_BENCH_SECONDS=5`` for the benchmarks that read it;
    the rest are benchmark names."""
    names: list[str] = []
    args = iter(argv)
    for arg in args:
        if arg.startswith("--"):
            os.environ["VAERN_BENCH_" + arg[2:].replace("-", "_").upper()] = next(args)
        else:
            names.append(arg)
    return names


def main(argv: list[str]) -> None:
    names = options(argv) or sorted(p.stem.removeprefix("bench_") for p in HERE.glob("bench_*.py"))
    for name in names:
        module = importlib.import_module(f"bench.bench_{name}")
        print(f"== {module.TITLE}", flush=True)
        figures = module.run()
        for key, value in figures:
            print(f"   {key}: {value}")
        record(name, section(name, module.TITLE, figures))


if __name__ == "__main__":
    main(sys.argv[1:])
