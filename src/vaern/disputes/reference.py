"""Published decisions as reference cases: facts in, the sourced outcome out.

Each case says how its outcome is known (the decision read, the decision page's outcome
line, a court's own summary, or a news report of it), what the source does not say (the
placeholders in the facts) and, where Værn differs, why.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from vaern.disputes.engine import assess
from vaern.disputes.rules import DECISION_221_2021, FORBRUGERBLOGGEN_SCA, TAENK_2022, Finding
from vaern.disputes.schemas import Assessment, DisputeInput

HERE = Path(__file__).resolve().parent / "reference"
D = Decimal
Range = tuple[Decimal, Decimal]
DECISION_READ = "decision read (fanke.dk)"
OUTCOME_LINE = "the decision page's outcome line 'Klager medhold' (reasons not read)"
PRESS = "news report of the decision"


def exact(amount: str) -> Range:
    return D(amount), D(amount)


ZERO = D("0.00")
UP_TO_LOW = (ZERO, D("375.00"))  # "Klager medhold": whether DKK 375 stayed is not read


@dataclass(frozen=True)
class Reference:
    decision: str
    source: str
    file: str
    known_from: str
    outcome: str  # as the source states it
    liable: dict[str, Range]  # per payer: the lowest and highest amount the source allows
    refund: Range | None = None
    not_covered: Decimal = ZERO
    alternative: Finding | None = None  # a minority's view, which must be shown
    note: str = ""  # what the source does not say (placeholders in the facts)
    disagreement: str = ""  # why Værn's result differs, where it does

    def load(self) -> DisputeInput:
        return DisputeInput.model_validate_json((HERE / self.file).read_text("utf-8"))

    def agrees(self, result: Assessment) -> bool:
        liable = {p.payer: p.liable_amount for p in result.payers}
        refund = result.total.refund_amount
        return (
            liable.keys() == self.liable.keys()
            and all(lo <= liable[k] <= hi for k, (lo, hi) in self.liable.items())
            and (self.refund is None or self.refund[0] <= refund <= self.refund[1])
            and result.total.not_covered_amount == self.not_covered
            and (
                self.alternative is None
                or any(a.finding is self.alternative for a in result.total.alternatives)
            )
        )

    def status(self, result: Assessment) -> str:
        if self.agrees(result):
            return "reproduced"
        return "explained disagreement" if self.disagreement else "DISAGREE"


REFERENCES = [
    Reference(
        decision="Ankenævnet for Pengeinstitutter 221/2021",
        source=DECISION_221_2021,
        file="221-2021.json",
        known_from=DECISION_READ,
        outcome="H and M each bear DKK 8,000 (gross negligence); refund 41,192.32; a minority "
        "found unlimited liability (stk. 5)",
        liable={"H": exact("8000.00"), "M": exact("8000.00")},
        refund=exact("41192.32"),
        alternative=Finding.intentional_disclosure,
    ),
    Reference(
        decision="Ankenævnet, phishing e-mail in PostNord's name (reported 9-11-2022)",
        source=TAENK_2022,
        file="taenk-2022-postnord-email.json",
        known_from=PRESS + " (Tænk)",
        outcome="the complaint failed; he bears DKK 8,000 of 15,017.30",
        liable={"K": exact("8000.00")},
        refund=exact("7017.30"),
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
            known_from=PRESS + " (Ekstra Bladet, quoting a KFST press release)",
            outcome="each consumer bears DKK 8,000; the NemID app showed amount and payee",
            liable={"K": exact("8000.00")},
            refund=exact(str(Decimal(amount) - Decimal("8000.00"))),
            note="The source reports two decisions (DKK 8,600 and 13,400, approved in the NemID "
            "app that showed amount and payee; each consumer bears DKK 8,000). The amounts are "
            "as rounded in the source; decision numbers, dates and the bank are not given "
            "(placeholders).",
        )
        for amount in ("8600", "13400")
    ),
    Reference(
        decision="Ankenævnet 97/2019 (22-01-2020), Lollands Bank",
        source="https://fanke.dk/afgoerelser/afgoerelse/?VerdictId=5f7b4422-43cd-4452-8e3c-706b6ace215f",
        file="fanke-97-2019.json",
        known_from=OUTCOME_LINE,
        outcome="complainant upheld ('Klager medhold'; subject 'ikke groft uforsvarlig adfærd')",
        liable={"K": UP_TO_LOW},
        note="The payment was EUR 914.92; DKK 6,900 is the complainant's own figure. The "
        "blocking time and objection date are placeholders for 'straks' on 28-12-2018. "
        "Værn applies stk. 7 (an SMS code alone is one element) and flags that the payment "
        "predates the SCA duty (14-09-2019).",
    ),
    Reference(
        decision="Ankenævnet 176/2020 (30-09-2020), Bank Norwegian",
        source="https://fanke.dk/afgoerelser/afgoerelse/?VerdictId=1e0f0320-9350-467c-892e-f8b888228ed5",
        file="fanke-176-2020.json",
        known_from=OUTCOME_LINE,
        outcome="complainant upheld ('Klager medhold')",
        liable={"K": UP_TO_LOW},
        note="Amount DKK 32,429.09 and the SMS text are from the decision; the blocking time "
        "and objection date are placeholders for 'straks' on 20-04-2020.",
    ),
    Reference(
        decision="Ankenævnet 165/2020 (reported by forbrugerbloggen.dk, 29-08-2023)",
        source=FORBRUGERBLOGGEN_SCA,
        file="fanke-165-2020.json",
        known_from=PRESS + " (forbrugerbloggen.dk)",
        outcome="the provider had not required SCA, so under § 100, stk. 7 the money is refunded",
        liable={"K": exact("0.00")},
        note="The part read gives the date, the fake airline offer, the entered card details "
        "and the SMS code, not the amount (DKK 1,000 is a placeholder) or the bank.",
    ),
    Reference(
        decision="Det Finansielle Ankenævn, SMS code not read (reported by B.T., 9-2020)",
        source="https://www.bt.dk/samfund/dansker-laeste-ikke-sms-det-blev-dyrt-meget-dyrt",
        file="bt-2020-sms-not-read.json",
        known_from=PRESS + " (B.T., quoting a KFST press release)",
        outcome="he bears the whole amount ('over 18.800 kr.'): he did not read the SMS with "
        "amount and payee and was not under pressure",
        liable={"K": exact("18800.00")},
        refund=exact("0.00"),
        note="Amount as rounded in the source; date, bank and decision number not given.",
        disagreement="The source says the payment was approved with an SMS code; recorded as "
        "one element (possession), Værn applies stk. 7 (no strong customer authentication) "
        "and puts the loss on the provider. The report does not say whether the board "
        "considered stk. 7, which elements the approval had or when the payment was made "
        "(card issuers were still moving 3-D Secure to SCA in 2020). Decision 165/2020 applied "
        "stk. 7 to like facts. With the authentication left unrecorded (the provider says SCA "
        "was required) Værn gives the board's result (stk. 5, unlimited).",
    ),
    Reference(
        decision="Retten i Viborg BS-34279/2020-VIB (23-06-2023; appealed)",
        source="https://domstol.dk/viborg/aktuelt/2023/8/bank-haeftede-ikke-for-kundes-tab-ved-"
        "overfoersler-til-udenlandsk-selskab/",
        file="viborg-2023-bs-34279-2020.json",
        known_from="the court's own summary (domstol.dk)",
        outcome="the bank is not liable: the transfers could not be regarded as unauthorised "
        "(§ 82), so § 100 does not apply",
        liable={"K": exact("0.00")},
        refund=exact("0.00"),
        not_covered=D("446299.36"),
        note="Two transfers (EUR 9,800 and 50,000; DKK 446,299.36 in all) entered as one since "
        "the DKK split is not given; the objection date is a placeholder. lovguiden.dk lists "
        "the case as appealed; the appeal's outcome was not read.",
    ),
    Reference(
        decision="Pengeinstitutankenævnet, GE Money Bank (reported by Plesner, 8-2013)",
        source="https://www.plesner.com/insights/artikler/2013/08/ny%20afg%C3%B8relse%20om%20"
        "tilbagebetaling%20ved%20misbrug%20af%20betalingskort?sc_lang=da-dk",
        file="plesner-2013-gemb-objection.json",
        known_from=PRESS + " (Plesner law firm)",
        outcome="objection within 13 months of the debit; a 3-2 majority found no loss of the "
        "right by passivity; the bank must refund DKK 18,154",
        liable={"K": exact("0.00")},
        refund=exact("18154.00"),
        note="Decided under betalingstjenesteloven § 63, whose deadline wording ('senest 13 "
        "måneder efter debiteringen') is § 97's. The 43 payments are entered as one on a "
        "placeholder day; 'credential not proven' is inferred from the full refund (the "
        "source does not say whether a PIN was used).",
    ),
]


def evaluate() -> list[tuple[Reference, Assessment, str]]:
    """Every reference case assessed, with 'reproduced', 'explained disagreement' or
    'DISAGREE'."""
    out = []
    for ref in REFERENCES:
        result = assess(ref.load())
        out.append((ref, result, ref.status(result)))
    return out
