"""Where the modules compiled by mypyc are kept (the PII recognisers and the text modules
they call), and whether they fit the source (docs/privacy.md, "Compiled recognisers").
``make install`` compiles ``privacy/recognizers.py`` with the modules of ``MODULES`` into
the environment (scripts/compile_recognizers.py) under a stamp of their sources and of the
modules whose types the compiled code relies on; ``vaern.text`` and ``vaern.privacy`` put
that build's directories first on their paths (``text/`` and the build itself) only while
the stamp matches, so an edited source is read as Python until the next ``make install``,
never a stale build. ``VAERN_PURE_PYTHON=1`` reads the source in any case. Nothing but the
standard library: every import of the package reads this. (In ``text``, the lowest layer
that holds a compiled module: its package must find the build before any of its modules is
imported, and it may import nothing above it.)"""

from __future__ import annotations

import hashlib
import os
import sys
from pathlib import Path

# The modules the build compiles into one group (its shared library named after the first,
# MODULE, in privacy/), relative to the vaern package and without ".py"; and the sources its
# stamp covers (theirs, those of the modules they import names from and this file, which
# says what is compiled). A compiled module of text/ is kept in the build's text/ directory.
MODULE = "recognizers"
MODULES = (
    f"privacy/{MODULE}",
    "privacy/finding",
    "privacy/redact",
    "privacy/columns",
    "privacy/keyed",
    # redspeed22: the keyed values' reader and the Hyperscan wrapper, called by the
    # recognisers for every text (natively within the group, not through the interpreter).
    "text/fields",
    "text/literals",
    # redspeed24: the learned model of an organisation's address (pii95), called by the
    # address recognisers for each address the rules leave personal: as Python, its features
    # were a tenth of the CPU on dense text.
    "privacy/address_context",
)
SOURCES = (
    "text/compiled.py",
    "privacy/recognizers.py",
    "privacy/finding.py",
    "privacy/redact.py",
    "privacy/columns.py",
    "privacy/keyed.py",
    "privacy/address_context.py",
    "text/fields.py",
    "text/hyphenation.py",
    "text/kept.py",
    "text/literals.py",
    "text/spoken.py",
    "text/invisible.py",
    "text/ocr_digits.py",
)
BUILD_SCRIPT = "scripts/compile_recognizers.py"
PACKAGE = Path(__file__).resolve().parents[1]
# In the environment (``make install``'s .venv), beside nothing a checkout tracks.
ROOT = Path(sys.prefix) / "vaern-compiled"


def stamp(package: Path = PACKAGE) -> str:
    """A hash of the sources, of the build script (in a checkout: how it builds) and of the
    interpreter the build is for."""
    digest = hashlib.sha256(f"{sys.implementation.cache_tag} {sys.platform}".encode())
    script = package.parents[1] / BUILD_SCRIPT
    for path in (*(package / name for name in SOURCES), script):
        if path is not script or path.is_file():
            digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()[:20]


def directory(package: Path = PACKAGE) -> Path:
    """Where the build for the sources as they are now is kept (built or not)."""
    return ROOT / stamp(package)


def built(package: Path = PACKAGE) -> str | None:
    """The directory of a build that fits the sources as they are now, or None (none made,
    the source changed since, or ``VAERN_PURE_PYTHON`` set)."""
    if os.environ.get("VAERN_PURE_PYTHON") or not ROOT.is_dir():
        return None
    try:
        found = directory(package)
    except OSError:  # a source not readable: read everything as Python
        return None
    return str(found) if (found / "BUILT").is_file() else None
