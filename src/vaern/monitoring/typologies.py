"""Typologies: declarative YAML rules over window features, validated on load.

A typology applies to some event types. Conditions marked ``required`` must all hold; the
others add their ``weight`` to a score, and the typology fires when the score reaches its
``threshold``. A file that does not validate is refused with the YAML line and the reason.
"""

from __future__ import annotations

import enum
import operator
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from vaern.errors import Invalid
from vaern.monitoring.schemas import EVENT_TYPES
from vaern.monitoring.state import FEATURES

DEFAULT_FILE = Path(__file__).parent / "typologies" / "default.yaml"
EXAMPLE_FILE = Path(__file__).parent / "examples" / "seed003_221-2021.jsonl"

OPS: dict[str, Callable[[Any, Any], bool]] = {
    "<": operator.lt,
    "<=": operator.le,
    ">": operator.gt,
    ">=": operator.ge,
    "==": operator.eq,
    "!=": operator.ne,
}


class Action(enum.StrEnum):
    alert = "alert"
    step_up = "step_up"
    notify_customer = "notify_customer"
    hold = "hold"
    block_card = "block_card"


class Severity(enum.StrEnum):
    low = "low"
    medium = "medium"
    high = "high"
    critical = "critical"


class Bilingual(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    da: str = Field(min_length=1, max_length=500)
    en: str = Field(min_length=1, max_length=500)


class Condition(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    feature: str
    op: Literal["<", "<=", ">", ">=", "==", "!="]
    value: bool | float | str
    weight: float = Field(default=0.0, ge=0, le=1)
    required: bool = False

    @model_validator(mode="after")
    def _matches_feature(self) -> Condition:
        kind = FEATURES.get(self.feature)
        if kind is None:
            raise ValueError(f"unknown feature {self.feature!r}")
        if kind is bool and (not isinstance(self.value, bool) or self.op not in {"==", "!="}):
            raise ValueError(f"{self.feature} is true/false: use == or != with true or false")
        if kind is float and isinstance(self.value, bool | str):
            raise ValueError(f"{self.feature} is a number")
        if kind is str and not isinstance(self.value, str):
            raise ValueError(f"{self.feature} is text")
        return self

    def holds(self, features: dict[str, Any]) -> bool:
        return OPS[self.op](features[self.feature], self.value)


class Typology(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    id: str = Field(pattern=r"^[a-z0-9_]{3,60}$")
    name: Bilingual
    event_types: list[str] = Field(min_length=1)
    conditions: list[Condition] = Field(min_length=1)
    threshold: float = Field(ge=0)
    severity: Severity
    action: Action
    explanation: Bilingual

    @model_validator(mode="after")
    def _consistent(self) -> Typology:
        unknown = sorted(set(self.event_types) - EVENT_TYPES)
        if unknown:
            raise ValueError(f"unknown event types {unknown}")
        reachable = sum(c.weight for c in self.conditions if not c.required)
        if self.threshold > reachable + 1e-9:
            raise ValueError(f"threshold {self.threshold} exceeds the total weight {reachable}")
        return self

    def score(self, features: dict[str, Any]) -> float | None:
        """The score if the typology fires on these features, else None."""
        if features["event_type"] not in self.event_types:
            return None
        total = 0.0
        for c in self.conditions:
            if c.holds(features):
                total += c.weight
            elif c.required:
                return None
        return round(total, 4) if total >= self.threshold else None


class TypologySet(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    version: int = Field(ge=1)
    typologies: list[Typology] = Field(min_length=1)

    @model_validator(mode="after")
    def _unique_ids(self) -> TypologySet:
        ids = [t.id for t in self.typologies]
        dupes = sorted({i for i in ids if ids.count(i) > 1})
        if dupes:
            raise ValueError(f"duplicate typology ids {dupes}")
        return self


@dataclass(frozen=True)
class Hit:
    typology: Typology
    score: float


def by_event_type(rules: TypologySet) -> dict[str, list[Typology]]:
    """Index the typologies by the event types they apply to (fewer checks per event)."""
    index: dict[str, list[Typology]] = {}
    for t in rules.typologies:
        for kind in t.event_types:
            index.setdefault(kind, []).append(t)
    return index


def evaluate(typologies: Iterable[Typology], features: dict[str, Any]) -> list[Hit]:
    hits = []
    for t in typologies:
        score = t.score(features)
        if score is not None:
            hits.append(Hit(t, score))
    return hits


def _line_of(root: yaml.Node | None, loc: tuple[int | str, ...]) -> int | None:
    """The 1-based YAML line of the value at a pydantic error location."""
    node, line = root, (root.start_mark.line + 1 if root else None)
    for key in loc:
        if isinstance(node, yaml.MappingNode):
            node = next((v for k, v in node.value if k.value == key), None)
        elif isinstance(node, yaml.SequenceNode) and isinstance(key, int):
            node = node.value[key] if key < len(node.value) else None
        else:
            node = None
        if node is None:
            break
        line = node.start_mark.line + 1
    return line


def parse(text: str) -> TypologySet:
    """Validate a typology file; ``Invalid`` names the line and reason of each problem."""
    try:
        data = yaml.safe_load(text)
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}: " if mark else ""
        raise Invalid(f"{where}not valid YAML ({getattr(exc, 'problem', exc)})") from None
    try:
        return TypologySet.model_validate(data)
    except ValidationError as exc:
        problems = []
        for err in exc.errors():
            line = _line_of(root, tuple(err["loc"]))
            path = ".".join(str(p) for p in err["loc"]) or "file"
            problems.append(f"line {line}: {path}: {err['msg']}")
        raise Invalid("; ".join(problems)) from None


def default_rules() -> TypologySet:
    return parse(DEFAULT_FILE.read_text(encoding="utf-8"))
