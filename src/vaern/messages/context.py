"""What a check knows about one message while the signals run."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from vaern.messages.budget import Budget
from vaern.messages.directory import OrgProfile
from vaern.messages.inputs import Message
from vaern.messages.text import Text
from vaern.text.links import Link

MatchKind = Literal["exact", "near", "template", "none"]


@dataclass(frozen=True)
class OutboundMatch:
    """Result of asking the outbound log whether the claimed organisation sent this."""

    kind: MatchKind
    organisation: str | None = None
    detail: str | None = None

    @property
    def positive(self) -> bool:
        return self.kind in ("exact", "near", "template")


@dataclass
class Context:
    message: Message
    text: Text
    links: list[Link]
    claimed: list[OrgProfile]
    all_profiles: tuple[OrgProfile, ...]
    claim_hits: dict[str, tuple[str, int, int]] = field(default_factory=dict)
    link_only_claims: frozenset[str] = frozenset()  # slugs that only a link of theirs names
    outbound: OutboundMatch | None = None
    warnings: list[dict[str, Any]] = field(default_factory=list)
    classifier_p: float | None = None
    language: str = "da"  # vaern.text.language: which classifier and cut-offs apply
    dmarc_policy: str | None = None  # of the From domain: reject/quarantine/none/missing
    budget: Budget | None = None  # what the check went without (time, database)
    # Whether the lure rules may speak (lures._lure), asked by each of them: worked out once.
    lures_speak: bool | None = None

    @property
    def claimed_domains(self) -> set[str]:
        return {d for p in self.claimed for d in p.domain_names}
