"""What a recogniser finds: a ``Finding``. Its own module, outside the compiled
recognisers (docs/privacy.md, "Compiled recognisers"): its one-step ``__init__`` sets the
instance's ``__dict__``, which a class compiled by mypyc has not."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, init=False)
class Finding:
    entity: str  # CPR, CARD, EMAIL, PHONE, IBAN, …
    start: int
    end: int
    score: float
    recognizer: str

    def __init__(self, entity: str, start: int, end: int, score: float, recognizer: str) -> None:
        # The fields set in one step: a frozen dataclass's own __init__ goes through
        # object.__setattr__ once per field, and every recogniser makes many findings.
        self.__dict__.update(
            entity=entity, start=start, end=end, score=score, recognizer=recognizer
        )
