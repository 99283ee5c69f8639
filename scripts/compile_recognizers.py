"""Compile the PII recognisers (src/vaern/privacy/recognizers.py, and with them the
modules of ``compiled.MODULES``: Finding, redact, columns, keyed, text/fields and
text/literals) with mypyc into the environment, as ``make install`` and ``make test`` ask
(docs/privacy.md, "Compiled recognisers"). Nothing to do when the build for the sources as
they are exists. Any failure (no mypyc or C compiler, a type mypyc cannot compile, a build
whose findings differ from the source's on the check texts below) leaves the package as
Python, says so and exits 0: the compiled module is a speed-up, never a requirement."""

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

from vaern.text import compiled  # noqa: E402

# Texts whose findings the build must give as the source does before it is used: a few of
# its own and, in a checkout, the first 25 documents of each PII set in bench/data (about
# 800, a few seconds in each mode; the findings-kept test reads all of them).
CHECK = r"""
import json
import sys
from pathlib import Path
from vaern.privacy import finding, recognizers
from vaern.privacy.redact import analyze
from vaern.text import fields, literals
if sys.argv[1] == "compiled" and any(
    module.__file__.endswith(".py") for module in (recognizers, finding, fields, literals)
):
    sys.exit("the compiled modules were not loaded")
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
# gcc's optimisation: -O3 for what runs and is measured (make install, run, bench); -O1 with
# --quick for the tests (make test): the same C, its findings checked against the source's
# as any build's, in about three quarters of the compiler's time (206 against 274 s of CPU,
# 2026-12-07). A quick build is replaced by a full one when the full one is asked for.
FULL = "3"
QUICK = "1"


# mypyc's build (what `mypyc FILE` writes and runs) with its own str.lower left out: it
# lowercases each character alone, where Python's gives a capital sigma at a word's end its
# final form ("ΑΣ" -> "ας"), so the compiled module calls Python's (the check texts below
# and tests/privacy/test_recognizers.py compare the scan's lowercasing with str.lower's).
# And str.startswith/endswith with a start (and end) offset, which mypyc calls as Python
# methods (a method look-up, a tuple of arguments and their parsing: about 250 instructions
# a call, thousands of calls per text), are direct calls of CPython's own test of them
# (PyUnicode_Tailmatch, what str.startswith calls for each string: the same answer,
# negative offsets included) through the functions of TAILMATCH, included in the C;
# str.lower (thousands of calls per text) and str.casefold, also methods to mypyc without
# its own lower, call str's own C functions without looking them up by name each time.
SETUP = """
import os
from mypyc.build import mypycify
from mypyc.ir.ops import ERR_MAGIC
from mypyc.ir.rtypes import (
    bool_rprimitive, c_int_rprimitive, int_rprimitive, str_rprimitive, tuple_rprimitive
)
from mypyc.primitives import registry, str_ops
from mypyc.primitives.registry import ERR_NEG_INT
from setuptools import setup

ops = registry.method_call_ops["lower"]
ops[:] = [op for op in ops if op.c_function_name != "CPyStr_Lower"]
assert str_ops and ops is registry.method_call_ops["lower"]
# Python's own str.lower and str.casefold called directly (VaernStr_Lower, _Casefold).
for name in ("lower", "casefold"):
    registry.method_op(
        name=name,
        arg_types=[str_rprimitive],
        return_type=str_rprimitive,
        c_function_name="VaernStr_" + name.capitalize(),
        error_kind=ERR_MAGIC,
    )
# With one string or a tuple of them, from a start and between a start and an end.
for prefixes in (str_rprimitive, tuple_rprimitive):
    offsets = [int_rprimitive]
    for function in ("VaernStr_TailmatchFrom", "VaernStr_TailmatchBetween"):
        for name, direction in (("startswith", -1), ("endswith", 1)):
            registry.method_op(
                name=name,
                arg_types=[str_rprimitive, prefixes, *offsets],
                return_type=c_int_rprimitive,
                c_function_name=function,
                truncated_type=bool_rprimitive,
                error_kind=ERR_NEG_INT,
                extra_int_constants=[(direction, c_int_rprimitive)],
            )
        offsets.append(int_rprimitive)
extensions = mypycify({sources!r}, opt_level={opt!r}, group_name={group!r})
header = ["-include", os.path.abspath("tailmatch.h")]
for extension in extensions:  # the group's library, not the modules' shims
    if extension.name.endswith("__mypyc"):  # (their lists of arguments are one list)
        extension.extra_compile_args = [*extension.extra_compile_args, *header]
setup(name="vaern_compiled", ext_modules=extensions)
"""
# str.startswith(prefix, start[, end]) and str.endswith(suffix, start[, end]) with one string
# or a tuple of them, as str's methods answer them (-1 with the exception set on an error,
# as mypyc's ERR_NEG_INT expects).
TAILMATCH = """
#pragma once
#include <Python.h>
#include "CPy.h"

static int vaern_tailmatch(
    PyObject *self, PyObject *subs, Py_ssize_t lo, Py_ssize_t hi, int direction) {
    if (!PyTuple_Check(subs)) {
        return (int)PyUnicode_Tailmatch(self, subs, lo, hi, direction);
    }
    /* Each string of the tuple in turn; an item that is no string is a TypeError. */
    for (Py_ssize_t i = 0; i < PyTuple_GET_SIZE(subs); i++) {
        PyObject *sub = PyTuple_GET_ITEM(subs, i);
        if (!PyUnicode_Check(sub)) {
            PyErr_Format(PyExc_TypeError, "tuple for %s must only contain str, not %.100s",
                         direction < 0 ? "startswith" : "endswith", Py_TYPE(sub)->tp_name);
            return -1;
        }
        int found = (int)PyUnicode_Tailmatch(self, sub, lo, hi, direction);
        if (found != 0) {
            return found;
        }
    }
    return 0;
}

/* str's own C function of a method without arguments (METH_NOARGS), found once. */
static PyCFunction vaern_str_method(const char *name) {
    for (PyMethodDef *method = PyUnicode_Type.tp_methods; method->ml_name; method++) {
        if (strcmp(method->ml_name, name) == 0 && method->ml_flags == METH_NOARGS) {
            return method->ml_meth;
        }
    }
    Py_FatalError("vaern: str has no such method");
}

static inline PyObject *VaernStr_Lower(PyObject *self) {
    static PyCFunction lower = NULL;
    if (lower == NULL) lower = vaern_str_method("lower");
    return lower(self, NULL);
}

static inline PyObject *VaernStr_Casefold(PyObject *self) {
    static PyCFunction casefold = NULL;
    if (casefold == NULL) casefold = vaern_str_method("casefold");
    return casefold(self, NULL);
}

static inline int VaernStr_TailmatchFrom(
    PyObject *self, PyObject *subs, CPyTagged start, int direction) {
    Py_ssize_t lo = CPyTagged_AsSsize_t(start);
    if (lo == -1 && PyErr_Occurred()) return -1;
    return vaern_tailmatch(self, subs, lo, PY_SSIZE_T_MAX, direction);
}

static inline int VaernStr_TailmatchBetween(
    PyObject *self, PyObject *subs, CPyTagged start, CPyTagged end, int direction) {
    Py_ssize_t lo = CPyTagged_AsSsize_t(start);
    if (lo == -1 && PyErr_Occurred()) return -1;
    Py_ssize_t hi = CPyTagged_AsSsize_t(end);
    if (hi == -1 && PyErr_Occurred()) return -1;
    return vaern_tailmatch(self, subs, lo, hi, direction);
}
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


def build(target: Path, opt: str = FULL) -> None:
    """mypyc's build of a copy of the sources (its build files and the modules it puts
    beside the source stay out of the checkout) with gcc at ``-O<opt>``, moved to
    ``target`` when it gives the source's findings."""
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
        # The recognisers and Finding in one group: the recognisers make and read Findings
        # as a native class. The group's shared library keeps the one module's name.
        sources = [f"vaern/{name}.py" for name in compiled.MODULES]
        group = f"vaern.privacy.{compiled.MODULE}"
        (root / "src" / "setup.py").write_text(SETUP.format(sources=sources, group=group, opt=opt))
        (root / "src" / "tailmatch.h").write_text(TAILMATCH)
        done = subprocess.run(
            [sys.executable, "setup.py", "build_ext", "--inplace"],
            cwd=root / "src",
            capture_output=True,
            text=True,
        )
        if done.returncode != 0:
            raise RuntimeError(f"mypyc failed: {(done.stdout + done.stderr)[-3000:]}")
        # Each module beside its source; in the build, a module of privacy/ (and the
        # group's library) at the top, one of text/ in text/ (vaern.text's path).
        package = root / "src" / "vaern"
        made = [
            (path, "" if folder == "privacy" else folder)
            for folder, name in (
                *(name.split("/") for name in compiled.MODULES),
                ("privacy", f"{compiled.MODULE}__mypyc"),
            )
            for path in (package / folder).glob(f"{name}.*.so")
        ]
        if len(made) != len(compiled.MODULES) + 1:
            raise RuntimeError(f"mypyc made {len(made)} modules")
        partial = target.with_name(target.name + ".partial")
        shutil.rmtree(partial, ignore_errors=True)
        partial.mkdir(parents=True)
        for path, folder in made:
            (partial / folder).mkdir(exist_ok=True)
            shutil.copy(path, partial / folder / path.name)
        (partial / "BUILT").write_text(opt)
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


def wanted(built: Path, opt: str) -> bool:
    """Whether to build at ``-O<opt>``: no build fits the sources (``built``, its BUILT file,
    holds the level it was made at), or a quick one does where a full one is asked. A quick
    build does for the tests; what runs and is measured is built at -O3."""
    return not built.is_file() or (opt == FULL and built.read_text() == QUICK)


def main(argv: list[str]) -> int:
    if os.environ.get("VAERN_PURE_PYTHON"):
        print("compile_recognizers: VAERN_PURE_PYTHON is set, recognisers stay Python")
        return 0
    opt = QUICK if "--quick" in argv else FULL
    target = compiled.directory()
    if not wanted(target / "BUILT", opt):
        return 0
    started = time.monotonic()
    print(f"compile_recognizers: compiling the PII recognisers with mypyc, gcc -O{opt} (minutes)")
    try:
        build(target, opt)
    except (OSError, RuntimeError, subprocess.CalledProcessError) as error:
        print(f"compile_recognizers: not compiled, the recognisers stay Python ({error})")
        return 0
    print(f"compile_recognizers: compiled in {time.monotonic() - started:.0f} s ({target})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
