"""What a recogniser finds: a ``Finding``. Its own module, compiled by mypyc together with
the recognisers (docs/privacy.md, "Compiled recognisers"): a native class, so the compiled
recognisers make one and read its fields directly instead of through a Python
``__init__`` and an instance ``__dict__``."""

from __future__ import annotations

from dataclasses import dataclass


# Compared and hashed by its fields as a frozen dataclass is; not frozen at run time, since
# a compiled frozen class's __init__ is the dataclass's Python one (each field set through
# object.__setattr__, slower than before); nothing assigns to a finding (mypy would say).
@dataclass(init=False, unsafe_hash=True)
class Finding:
    entity: str  # CPR, CARD, EMAIL, PHONE, IBAN, …
    start: int
    end: int
    score: float
    recognizer: str

    def __init__(self, entity: str, start: int, end: int, score: float, recognizer: str) -> None:
        self.entity = entity
        self.start = start
        self.end = end
        self.score = score
        self.recognizer = recognizer
