"""Compile the PII recognisers (src/vaern/privacy/recognizers.py) with mypyc into the
environment, as ``make install`` and ``make test`` ask (docs/privacy.md, "Compiled
recognisers"). Nothing to do when the build for the sources as they are exists. Any failure
(no mypyc or C compiler, a type mypyc cannot compile, a build whose findings differ from the
source's on the check texts below) leaves the package as Python, says so and exits 0: the
compiled module is a speed-up, never a requirement."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import tomllib
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src"
sys.path.insert(0, str(SRC))

from vaern.privacy import compiled  # noqa: E402

# Texts whose findings the build must give as the source does before it is used: a few of
# its own and, in a checkout, the first 25 documents of each PII set in bench/data (about
# 800, a few seconds in each mode; the findings-kept test reads all of them).
CHECK = r"""
import json
import sys
from pathlib import Path
from vaern.privacy import recognizers
from vaern.privacy.redact import analyze
if sys.argv[1] == "compiled" and recognizers.__file__.endswith(".py"):
    sys.exit("the compiled module was not loaded")
texts = [
    "Hej Mette Hansen, ring på 22 33 44 55. Mvh. SØREN KJÆR, Søndergade 12, 8000 Aarhus C",
    "CPR 010190-1234, kort 4111 1111 1111 1111 udløb 12/27 cvv 123, IBAN DK5000400440116243",
    "Kontonr. 1234 5678901234, mail anna.berg@example.dk, MitID-bruger: anna1990, kode 482913",
]
for path in sorted(Path(sys.argv[2]).glob("pii_*.jsonl")):
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    texts += [json.loads(line)["text"] for line in lines[:25]]
for text in texts:
    print([(f.entity, f.start, f.end, f.score, f.recognizer) for f in analyze(text)])
for text in ("ΑΣ ΣΑΣ aΣ, Σ", "İstanbul ß ﬁ"):
    print(recognizers.Scan(text).lowered == text.lower(), recognizers.Scan(text).folded)
print(len(texts), "texts")
"""
DATA = SRC.parent / "bench" / "data"


# mypyc's build (what `mypyc FILE` writes and runs) with its own str.lower left out: it
# lowercases each character alone, where Python's gives a capital sigma at a word's end its
# final form ("ΑΣ" -> "ας"), so the compiled module calls Python's (the check texts below
# and tests/privacy/test_recognizers.py compare the scan's lowercasing with str.lower's).
SETUP = """
from mypyc.build import mypycify
from mypyc.primitives import registry, str_ops
from setuptools import setup

ops = registry.method_call_ops["lower"]
ops[:] = [op for op in ops if op.c_function_name != "CPyStr_Lower"]
assert str_ops and ops is registry.method_call_ops["lower"]
setup(name="vaern_compiled", ext_modules=mypycify([{source!r}], opt_level="3"))
"""


def _findings(mode: str) -> str:
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    if mode == "pure":
        env["VAERN_PURE_PYTHON"] = "1"
    done = subprocess.run(  # noqa: S603 (this interpreter, the text above)
        [sys.executable, "-c", CHECK, mode, str(DATA)],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    return done.stdout


def build(target: Path) -> None:
    """mypyc's build of a copy of the sources (its build files and the modules it puts
    beside the source stay out of the checkout), moved to ``target`` when it gives the
    source's findings."""
    with tempfile.TemporaryDirectory(prefix="vaern-mypyc-") as work:
        root = Path(work)
        shutil.copytree(
            SRC / "vaern",
            root / "src" / "vaern",
            ignore=lambda _, names: [n for n in names if n == "__pycache__" or n == "data"],
        )
        # The project's mypy settings only (its [project] table would have setuptools
        # look for the README).
        settings = tomllib.loads((SRC.parent / "pyproject.toml").read_text())["tool"]["mypy"]
        (root / "src" / "pyproject.toml").write_text(
            "[tool.mypy]\n"
            + "".join(f"{key} = {json.dumps(value)}\n" for key, value in settings.items())
        )
        source = f"vaern/privacy/{compiled.MODULE}.py"
        (root / "src" / "setup.py").write_text(SETUP.format(source=source))
        done = subprocess.run(
            [sys.executable, "setup.py", "build_ext", "--inplace"],
            cwd=root / "src",
            capture_output=True,
            text=True,
        )
        if done.returncode != 0:
            raise RuntimeError(f"mypyc failed: {(done.stdout + done.stderr)[-3000:]}")
        made = sorted((root / "src" / "vaern" / "privacy").glob(f"{compiled.MODULE}*.so"))
        if not made:
            raise RuntimeError("mypyc made no module")
        partial = target.with_name(target.name + ".partial")
        shutil.rmtree(partial, ignore_errors=True)
        partial.mkdir(parents=True)
        for path in made:
            shutil.copy(path, partial / path.name)
        (partial / "BUILT").write_text("")
        # Older builds (an earlier source) are never read again.
        for old in compiled.ROOT.iterdir():
            if old != partial:
                shutil.rmtree(old, ignore_errors=True)
        partial.rename(target)
    try:
        same = _findings("compiled") == _findings("pure")
    except subprocess.CalledProcessError as error:
        shutil.rmtree(target)
        raise RuntimeError(f"the compiled module failed: {error.stderr[-2000:]}") from error
    if not same:
        shutil.rmtree(target)
        raise RuntimeError("the compiled module's findings differ from the source's")


def main() -> int:
    if os.environ.get("VAERN_PURE_PYTHON"):
        print("compile_recognizers: VAERN_PURE_PYTHON is set, recognisers stay Python")
        return 0
    target = compiled.directory()
    if (target / "BUILT").is_file():
        return 0
    started = time.monotonic()
    print("compile_recognizers: compiling the PII recognisers with mypyc (a few minutes)")
    try:
        build(target)
    except (OSError, RuntimeError, subprocess.CalledProcessError) as error:
        print(f"compile_recognizers: not compiled, the recognisers stay Python ({error})")
        return 0
    print(f"compile_recognizers: compiled in {time.monotonic() - started:.0f} s ({target})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
