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
    alternative: Finding | None  # a minority's view, which must be shown
    note: str = ""  # what the source does not say (placeholders in the facts)

    def load(self) -> DisputeInput:
        return DisputeInput.model_validate_json((HERE / self.file).read_text("utf-8"))

    def agrees(self, result: Assessment) -> bool:
        liable = {p.payer: p.liable_amount for p in result.payers}
        return (
            result.total.refund_amount == self.refund
            and liable == self.liable_per_payer
            and (
                self.alternative is None
                or any(a.finding is self.alternative for a in result.total.alternatives)
            )
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
    Reference(
        decision="Ankenævnet, phishing e-mail in PostNord's name (reported 9-11-2022)",
        source=(
            "https://taenk.dk/privatoekonomi/banker-og-kreditforeninger/"
            "svindelmail-kostede-ham-8000-kroner"
        ),
        file="taenk-2022-postnord-email.json",
        refund=Decimal("7017.30"),
        liable_per_payer={"K": Decimal("8000.00")},
        alternative=None,
        note="The source gives the amount (DKK 15,017.30), the approval with NemID and that the "
        "complaint failed, so he bore DKK 8,000; it names neither the decision number, the "
        "stk. 4 number, the bank nor the exact day, time and objection date (placeholders).",
    ),
    *(
        Reference(
            decision=f"Ankenævnet, fake parcel-postage message, DKK {amount} "
            "(reported February 2022)",
            source="https://ekstrabladet.dk/forbrug/elektronik/klikker-du-her-skal-du-selv-betale/9113262",
            file=f"ekstrabladet-2022-parcel-{amount}.json",
            refund=Decimal(amount) - Decimal("8000.00"),
            liable_per_payer={"K": Decimal("8000.00")},
            alternative=None,
            note="The source reports two decisions (DKK 8,600 and 13,400, approved in the NemID "
            "app that showed amount and payee; each consumer bears DKK 8,000). The amounts are "
            "as rounded in the source; decision numbers, dates and the bank are not given "
            "(placeholders).",
        )
        for amount in ("8600", "13400")
    ),
]


def evaluate() -> list[tuple[Reference, Assessment, bool]]:
    out = []
    for ref in REFERENCES:
        result = assess(ref.load())
        out.append((ref, result, ref.agrees(result)))
    return out
