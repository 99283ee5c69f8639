"""What is made once from the code's own data and kept in the user's cache directory
(``$VAERN_CACHE_DIR`` or ``$XDG_CACHE_HOME``, else ``~/.cache``; under ``vaern/``): compiled
Hyperscan sets (``Literals(kept=...)``) and word lists parsed and sorted (``kept_result``),
which is what lets `vaern privacy redact` start without compiling or parsing them.

A file is named by the hash of what it was made from, so a changed input is never read from
an old file; a damaged file is made again; a file that cannot be written only costs the next
start the time to make it. Nothing is downloaded."""

from __future__ import annotations

import functools
import hashlib
import marshal
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar, cast

T = TypeVar("T")

DIGEST_CHARS = 32  # of the hexadecimal SHA-256 in a kept file's name


def kept_path(name: str, digest: str, suffix: str) -> Path:
    """Where the version ``digest`` of the kept file ``name`` lives."""
    root = os.environ.get("VAERN_CACHE_DIR") or os.environ.get("XDG_CACHE_HOME")
    base = Path(root) if root else Path.home() / ".cache"
    return base / "vaern" / f"{name}-{digest[:DIGEST_CHARS]}{suffix}"


def read(path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except OSError:
        return None  # not kept yet or unreadable: make it


def keep(path: Path, data: bytes) -> None:
    """Write the file next to its final name and rename it there, so a reader never sees
    half a file, and remove the older versions of the same name."""
    name = path.name[: -len(path.suffix) - DIGEST_CHARS - 1]
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        part = path.with_suffix(f".{os.getpid()}.part")
        part.write_bytes(data)
        part.replace(path)
        # Exactly this name and a digest: "street-*" is no older "street-numbers-…".
        for old in path.parent.glob(f"{name}-{'?' * DIGEST_CHARS}{path.suffix}"):
            if old != path:
                old.unlink(missing_ok=True)
    except OSError:
        pass


def kept_result(
    *sources: Path,
) -> Callable[[Callable[[], T]], functools._lru_cache_wrapper[T]]:
    """``functools.cache`` for functions without arguments whose results depend only on the
    bytes of ``sources`` (their data files and the module with their code) and are made of
    what ``marshal`` writes (strings, bytes, numbers, booleans, tuples, lists, sets,
    frozensets, dicts): each result is also kept on disk per version of the sources and of
    Python (marshal's format is Python's), behind a SHA-256 of its bytes. Unlike pickle,
    reading it back runs no code."""

    @functools.cache
    def sources_digest() -> bytes:
        """Read once for every function decorated by this ``kept_result``."""
        digest = hashlib.sha256(sys.version.encode())
        for source in sources:
            digest.update(hashlib.sha256(source.read_bytes()).digest())
        return digest.digest()

    def decorate(function: Callable[[], T]) -> functools._lru_cache_wrapper[T]:
        @functools.wraps(function)
        def kept() -> T:
            name = f"{function.__module__}.{function.__qualname__}"
            digest = hashlib.sha256(sources_digest() + name.encode())
            path = kept_path(name, digest.hexdigest(), ".marshal")
            value: Any = _unpacked(read(path))
            if value is _MISSING:
                value = function()
                payload = marshal.dumps(value)
                keep(path, hashlib.sha256(payload).digest() + payload)
            return cast(T, value)

        return functools.cache(kept)

    return decorate


_MISSING = object()


def _unpacked(data: bytes | None) -> Any:
    """The value in a kept file, or _MISSING when there is none or it is damaged (its bytes
    no longer have the hash written before them)."""
    if data is None or hashlib.sha256(data[32:]).digest() != data[:32]:
        return _MISSING
    # The user's own cache, written by this function's twin above: whoever can write there
    # can already change what the user runs; the hash catches a damaged file.
    return marshal.loads(data[32:])  # noqa: S302
