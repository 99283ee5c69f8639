"""The recognisers compiled by mypyc (vaern.text.compiled, scripts/compile_recognizers.py)
are read only while their build fits the sources: an edited source is read as Python, never
a stale build. Which of the two a run reads, both give the findings the findings-kept test
records (the build script compares them before it keeps a build)."""

from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path
from types import ModuleType

import pytest

from vaern.privacy import recognizers
from vaern.privacy.finding import Finding
from vaern.privacy.redact import redact
from vaern.text import compiled, fields, literals


def _copy(tmp_path: Path) -> Path:
    package = tmp_path / "vaern"
    for name in compiled.SOURCES:
        (package / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(compiled.PACKAGE / name, package / name)
    return package


def test_the_stamp_follows_every_source(tmp_path: Path) -> None:
    package = _copy(tmp_path)
    first = compiled.stamp(package)
    assert compiled.stamp(package) == first
    for name in compiled.SOURCES:
        path = package / name
        kept = path.read_bytes()
        path.write_bytes(kept + b"\n")
        assert compiled.stamp(package) != first, name
        path.write_bytes(kept)
    assert compiled.stamp(package) == first


def test_no_build_for_an_edited_source(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    package = _copy(tmp_path)
    monkeypatch.delenv("VAERN_PURE_PYTHON", raising=False)
    monkeypatch.setattr(compiled, "ROOT", tmp_path / "builds")
    assert compiled.built(package) is None
    build = compiled.directory(package)
    build.mkdir(parents=True)
    (build / "BUILT").write_text("")
    assert compiled.built(package) == str(build)
    monkeypatch.setenv("VAERN_PURE_PYTHON", "1")
    assert compiled.built(package) is None
    monkeypatch.delenv("VAERN_PURE_PYTHON")
    (package / "privacy" / "recognizers.py").write_text("# edited\n")
    assert compiled.built(package) is None


@pytest.mark.compiled
def test_the_module_read_fits_the_source() -> None:
    """A compiled module is read from the build of the sources as they are; either way its
    data files are the package's and its findings are ``Finding``s."""
    if not recognizers.__file__.endswith(".py"):
        assert Path(recognizers.__file__).parent == compiled.directory()
        # The text modules of its group are read compiled too (from the build's text/).
        assert not fields.__file__.endswith(".py") and not literals.__file__.endswith(".py")
    assert recognizers.NAMES_FILE.is_file()
    assert recognizers.Finding is Finding
    found = redact("Hej Mette Hansen, ring på 22 33 44 55").findings
    assert [f.entity for f in found] == ["PERSON", "PHONE"]


def _build_script() -> ModuleType:
    path = compiled.PACKAGE.parents[1] / compiled.BUILD_SCRIPT
    spec = importlib.util.spec_from_file_location("compile_recognizers", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_a_quick_build_does_for_the_tests_and_is_replaced_for_what_runs(tmp_path: Path) -> None:
    """``make test`` asks for a quick build (gcc -O1), ``make install``, ``run`` and ``bench``
    for a full one (-O3): a quick one is kept for the tests and rebuilt when a full one is
    asked; a full one (or one from before the levels, an empty BUILT) does for both."""
    script = _build_script()
    built = tmp_path / "BUILT"
    assert script.wanted(built, script.QUICK) and script.wanted(built, script.FULL)
    built.write_text(script.QUICK)
    assert not script.wanted(built, script.QUICK)
    assert script.wanted(built, script.FULL)
    for level in (script.FULL, ""):
        built.write_text(level)
        assert not script.wanted(built, script.QUICK)
        assert not script.wanted(built, script.FULL)
