"""PII recognisers after Presidio's contract: patterns, context words, a validator and a
score. Every recogniser is registered in ``REGISTRY``; ``redact`` runs them all."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date

import phonenumbers
from stdnum import iban, luhn


@dataclass(frozen=True)
class Finding:
    entity: str  # CPR, CARD, EMAIL, PHONE, IBAN, …
    start: int
    end: int
    score: float
    recognizer: str


@dataclass
class Recognizer:
    """A pattern-based recogniser. Subclasses override ``validate`` (reject a candidate or
    adjust its score) and may require context words near the match."""

    name: str
    entity: str
    patterns: list[re.Pattern[str]]
    score: float = 0.6
    context: tuple[str, ...] = ()
    context_boost: float = 0.3
    requires_context: bool = False
    context_window: int = 40
    flags: int = field(default=0)

    def validate(self, text: str) -> float | None:
        """Return the score for this candidate, or None to reject it."""
        return self.score

    def has_context(self, source: str, start: int, end: int) -> bool:
        if not self.context:
            return False
        window = source[max(0, start - self.context_window) : end + self.context_window].casefold()
        return any(word in window for word in self.context)

    def analyze(self, source: str) -> Iterator[Finding]:
        for pattern in self.patterns:
            for match in pattern.finditer(source):
                start, end = match.span(match.lastindex or 0) if match.lastindex else match.span()
                score = self.validate(source[start:end])
                if score is None:
                    continue
                context = self.has_context(source, start, end)
                if self.requires_context and not context:
                    continue
                if context:
                    score = min(1.0, score + self.context_boost)
                yield Finding(self.entity, start, end, score, self.name)


def cpr_birth_date(digits: str) -> date | None:
    """The birth date of a CPR number under the century rule of the 7th digit."""
    day, month, yy, seventh = int(digits[:2]), int(digits[2:4]), int(digits[4:6]), int(digits[6])
    if seventh <= 3:
        century = 1900
    elif seventh in (4, 9):
        century = 2000 if yy <= 36 else 1900
    else:  # 5–8
        century = 2000 if yy <= 57 else 1800
    try:
        return date(century + yy, month, day)
    except ValueError:
        return None


class CprRecognizer(Recognizer):
    def __init__(self) -> None:
        super().__init__(
            name="cpr",
            entity="CPR",
            patterns=[re.compile(r"(?<![\d-])(\d{6})-?(\d{4})(?![\d-])")],
            score=0.5,
            context=("cpr", "personnummer", "personnr", "cpr-nr", "fødselsdato"),
        )

    def analyze(self, source: str) -> Iterator[Finding]:
        for match in self.patterns[0].finditer(source):
            digits = match.group(1) + match.group(2)
            if cpr_birth_date(digits) is None:
                continue
            score = self.score
            # Modulus 11 raises confidence but never rejects: numbers without a valid check
            # digit have been issued since 2007.
            weights = (4, 3, 2, 7, 6, 5, 4, 3, 2, 1)
            if sum(int(d) * w for d, w in zip(digits, weights, strict=True)) % 11 == 0:
                score += 0.2
            if "-" in match.group(0):
                score += 0.15
            if self.has_context(source, *match.span()):
                score += self.context_boost
            yield Finding(self.entity, match.start(), match.end(), min(score, 1.0), self.name)


class CardRecognizer(Recognizer):
    def __init__(self) -> None:
        super().__init__(
            name="card",
            entity="CARD",
            patterns=[re.compile(r"(?<![\d-])(?:\d[ -]?){12,18}\d(?![\d-])")],
            score=0.7,
            context=("kort", "card", "visa", "mastercard", "dankort", "kortnummer"),
        )

    def validate(self, text: str) -> float | None:
        digits = re.sub(r"\D", "", text)
        if not 13 <= len(digits) <= 19 or not luhn.is_valid(digits):
            return None
        issuer = digits.startswith(("4", "5", "2", "34", "37", "6", "35", "5019", "4571"))
        return self.score + (0.2 if issuer else 0.0)


class EmailRecognizer(Recognizer):
    def __init__(self) -> None:
        super().__init__(
            name="email",
            entity="EMAIL",
            patterns=[re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[a-zA-Z]{2,}")],
            score=0.95,
        )


_DATE_LIKE = re.compile(r"\d{1,2}[./-]\d{1,2}[./-]\d{2,4}")


class PhoneRecognizer(Recognizer):
    def __init__(self) -> None:
        super().__init__(
            name="phone",
            entity="PHONE",
            patterns=[],
            score=0.75,
            context=("tlf", "telefon", "mobil", "ring", "phone", "call", "sms"),
        )

    def analyze(self, source: str) -> Iterator[Finding]:
        for match in phonenumbers.PhoneNumberMatcher(
            source, "DK", leniency=phonenumbers.Leniency.VALID
        ):
            if _DATE_LIKE.fullmatch(match.raw_string):
                continue
            score = self.score + (
                self.context_boost if self.has_context(source, match.start, match.end) else 0.0
            )
            yield Finding(self.entity, match.start, match.end, min(score, 1.0), self.name)


class IbanRecognizer(Recognizer):
    def __init__(self) -> None:
        super().__init__(
            name="iban",
            entity="IBAN",
            patterns=[re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\b")],
            score=0.9,
        )

    def validate(self, text: str) -> float | None:
        return self.score if iban.is_valid(text) else None


REGISTRY: list[Recognizer] = [
    CprRecognizer(),
    CardRecognizer(),
    EmailRecognizer(),
    PhoneRecognizer(),
    IbanRecognizer(),
]


def register(recognizer: Recognizer) -> None:
    REGISTRY.append(recognizer)
