"""Many strings (or Hyperscan patterns) found in one pass over a text: the shared Hyperscan
wrapper of the PII recognisers (names, keywords, street endings) and the message check's
prefilter (messages/prefilter.py). Hyperscan's library ships inside its wheel."""

from __future__ import annotations

import hashlib
import os
import threading
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import hyperscan

from vaern.text import kept as kept_files

Span = tuple[int, int]
# The wheel's version (what importlib.metadata reports, whose import took 20 ms of a start).
HYPERSCAN_VERSION: str = getattr(hyperscan, "__version__", "unknown")


def _collect(index: int, start: int, end: int, flags: int, found: list[Span]) -> None:
    found.append((end, index))


# What Hyperscan calls for each occurrence: (index, start, end, flags, the list to fill).
Handler = Callable[[int, int, int, int, list[Span]], None]


class Literals:
    """Every occurrence of a set of strings (or, ``literal=False``, of Hyperscan patterns:
    every end of a match) in a byte string, overlaps included, in one Hyperscan pass (SIMD,
    about a tenth of the instructions of an Aho-Corasick automaton walking a 2,000-character
    text; for a short text its call costs more than the walk). ``encoding``: how the words
    and the scanned text are written as bytes; ``first_only``: one report per word and scan
    (enough to know which words occur); ``once``: the words of ``words`` reported so, the
    others at every occurrence."""

    def __init__(
        self,
        words: Iterable[str],
        *,
        literal: bool = True,
        kept: str = "",
        encoding: str = "latin-1",
        first_only: bool = False,
        once: Iterable[str] = (),
    ) -> None:
        """``kept``: the name under which the compiled set is kept in the user's cache
        directory (vaern.text.kept) and loaded from there (a set of 20,000 names takes a
        second to compile and a millisecond to load, which is what lets `vaern privacy
        redact` start quickly)."""
        self.words = tuple(words)
        self.encoding = encoding
        self._errors = "surrogatepass" if encoding == "utf-8" else "strict"
        flags = hyperscan.HS_FLAG_SINGLEMATCH if first_only else 0
        # Per word where only some are reported once (Hyperscan's flags are per expression).
        reported_once = frozenset(once).intersection(self.words)
        kind = f"{literal} {flags}"
        if reported_once and not first_only:
            kind += " once " + "\n".join(sorted(reported_once))
        self._database: hyperscan.Database | None = None
        if self.words:  # Hyperscan compiles no empty set
            errors = self._errors
            path = _kept_path(kept, self.words, encoding, errors, kind) if kept else None
            self._database = _load(path) if path else None
            if self._database is None:
                expressions = [word.encode(encoding, errors) for word in self.words]
                self._database = hyperscan.Database(mode=hyperscan.HS_MODE_BLOCK)
                self._database.compile(
                    expressions=expressions,
                    ids=list(range(len(expressions))),
                    elements=len(expressions),
                    flags=[
                        hyperscan.HS_FLAG_SINGLEMATCH if word in reported_once else flags
                        for word in self.words
                    ]
                    if reported_once
                    else flags,
                    literal=literal,
                )
                if path:  # one that cannot be written only costs the next start a second
                    kept_files.keep(path, hyperscan.dumpb(self._database))
        # A scan releases the GIL and needs scratch space no other scan is using.
        self._local = threading.local()

    def encode(self, text: str) -> bytes:
        # UTF-8 is self-synchronising: a word's bytes occur in the text's bytes exactly where
        # the word occurs in the text; surrogatepass keeps lone surrogates encodable.
        return text.encode(self.encoding, self._errors)

    def find(self, data: bytes, handler: Handler | None = None) -> list[Span]:
        """(end, index of the word) of each occurrence, sorted: the occurrence is
        ``data[end - len(word) : end]``. ``handler``: ``_collect``'s work done by a compiled
        function (the PII recognisers' own), which Hyperscan calls without the interpreter's
        frame for each occurrence."""
        if self._database is None:
            return []
        scratch = getattr(self._local, "scratch", None)
        if scratch is None:
            scratch = self._local.scratch = hyperscan.Scratch(self._database)
        found: list[Span] = []
        # The stub types the handler's context as object; _collect is given ``found``.
        collect: Any = _collect if handler is None else handler
        self._database.scan(data, match_event_handler=collect, context=found, scratch=scratch)
        found.sort()
        return found


def _kept_path(name: str, words: tuple[str, ...], encoding: str, errors: str, kind: str) -> Path:
    """Where a compiled set is kept: its name and the hash of its words, the kind of
    pattern, Hyperscan's version and the machine's architecture, so a changed list, library
    or CPU family is never read from an old file."""
    # The words' bytes joined by newlines, encoded in one call (20,000 calls took 2 ms).
    digest = hashlib.sha256("\n".join(words).encode(encoding, errors))
    # os.uname().machine is what platform.machine() reads (without importing platform).
    digest.update(f"{kind} {HYPERSCAN_VERSION} {os.uname().machine}".encode())
    return kept_files.kept_path(name, digest.hexdigest(), ".hs")


def _load(path: Path) -> hyperscan.Database | None:
    data = kept_files.read(path)
    try:
        return None if data is None else hyperscan.loadb(data, mode=hyperscan.HS_MODE_BLOCK)
    except hyperscan.error:
        return None  # damaged, or built for another CPU: compile
