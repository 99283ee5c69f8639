"""Published complaint-board decisions as reference cases: facts in, the board's outcome out."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from vaern.disputes.engine import assess
from vaern.disputes.rules import DECISION_221_2021, Finding
from vaern.disputes.schemas import Assessment, DisputeInput

HERE = Path(__file__).resolve().parent / "reference"


@dataclass(frozen=True)
class Reference:
    decision: str
    source: str
    file: str
    refund: Decimal
    liable_per_payer: dict[str, Decimal]
    alternative: Finding  # the minority's view, which must be shown

    def load(self) -> DisputeInput:
        return DisputeInput.model_validate_json((HERE / self.file).read_text("utf-8"))

    def agrees(self, result: Assessment) -> bool:
        liable = {p.payer: p.liable_amount for p in result.payers}
        return (
            result.total.refund_amount == self.refund
            and liable == self.liable_per_payer
            and any(a.finding is self.alternative for a in result.total.alternatives)
        )


REFERENCES = [
    Reference(
        decision="Ankenævnet for Pengeinstitutter 221/2021",
        source=DECISION_221_2021,
        file="221-2021.json",
        refund=Decimal("41192.32"),
        liable_per_payer={"H": Decimal("8000.00"), "M": Decimal("8000.00")},
        alternative=Finding.intentional_disclosure,
    ),
]


def evaluate() -> list[tuple[Reference, Assessment, bool]]:
    out = []
    for ref in REFERENCES:
        result = assess(ref.load())
        out.append((ref, result, ref.agrees(result)))
    return out
