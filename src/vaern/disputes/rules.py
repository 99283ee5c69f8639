"""Liability rules of the Payment Act (betalingsloven) § 100 as data plus small pure functions.

Every provision carries its citation, the public sources it was checked against and whether
its Danish wording and stk. number were read there (``verified``). Stk. 1-5 were read on the
consolidated text LBK nr. 651 af 10/06/2025 (lovguiden.dk mirror of Retsinformation); § 97
on the Consumer Ombudsman's page. The stored copies of the statute reachable here end at
stk. 5, so the rules that remove liability are implemented from PSD2 art. 74: art. 74(1)
second subparagraph (undetectable loss; provider's staff, agents or outsourcing) was read
and, as written, only lifts the low-band (EUR 50 / stk. 3) liability; art. 74(2)-(3) (no
SCA required; after notification; no means to notify) were not read in full. Their Danish
stk. numbers stay unverified.
"""

from __future__ import annotations

import calendar
import enum
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

LBK_651 = "https://www.retsinformation.dk/eli/lta/2025/651"
LOVGUIDEN_100 = "https://www.lovguiden.dk/loven/bekendtgørelse-af-lov-om-betalinger/100"
PSD1_ART61 = (
    "https://www.lovguiden.dk/loven/2007-11-13-eu-regler-for-betalingstjenester-paa-det-indre-"
    "marked/61"
)
PSD2_ART74 = "https://eur-lex.europa.eu/eli/dir/2015/2366/oj"
PSD2_ART74_TEXT = "https://service.betterregulation.com/document/208827"
EBA_QA_2021_6305 = "https://www.eba.europa.eu/single-rule-book-qa/qna/view/publicId/2021_6305"
FO_MISBRUG = (
    "https://www.forbrugerombudsmanden.dk/hvad-gaelder/betalingstjenesteloven/"
    "misbrug-af-betalingskort/"
)
DECISION_221_2021 = (
    "https://fanke.dk/afgoerelser/afgoerelse/?VerdictId=3cbf8c2a-f7ed-4a7b-be49-7e169193a1b6"
)

CAP_LOW = Decimal("375.00")
CAP_HIGH = Decimal("8000.00")
OBJECTION_MONTHS = 13


@dataclass(frozen=True)
class Provision:
    key: str
    citation: str
    text: dict[str, str]
    sources: tuple[str, ...]
    verified: bool
    note: str = ""


def _p(
    key: str,
    citation: str,
    da: str,
    en: str,
    sources: tuple[str, ...],
    verified: bool,
    note: str = "",
) -> Provision:
    return Provision(key, citation, {"da": da, "en": en}, sources, verified, note)


_UNVERIFIED_STK = (
    "Implemented from PSD2 art. 74; the stored copies of § 100 reachable during this work end "
    "at stk. 5, so the Danish wording and stk. number were not verified in a public source."
)

PROVISIONS: dict[str, Provision] = {
    p.key: p
    for p in (
        _p(
            "stk1",
            "betalingsloven § 100, stk. 1",
            "Udbyderen bærer tabet ved andres uberettigede brug, medmindre stk. 2-5 siger "
            "andet. Betaleren hæfter kun efter stk. 3-5, hvis transaktionen er korrekt "
            "registreret og bogført.",
            "The provider bears losses from unauthorised use unless stk. 2-5 say otherwise. "
            "The payer is liable under stk. 3-5 only if the transaction was correctly "
            "recorded and booked.",
            (LOVGUIDEN_100, LBK_651),
            True,
        ),
        _p(
            "stk2",
            "betalingsloven § 100, stk. 2",
            "Betaleren hæfter uden beløbsgrænse, hvis betaleren har handlet svigagtigt eller "
            "med forsæt har tilsidesat sine pligter efter § 93.",
            "The payer is liable without limit if the payer acted fraudulently or "
            "intentionally failed the obligations of § 93.",
            (LOVGUIDEN_100, LBK_651),
            True,
        ),
        _p(
            "stk3",
            "betalingsloven § 100, stk. 3",
            "Betaleren hæfter med op til 375 kr., når den personlige sikkerhedsforanstaltning "
            "er brugt.",
            "The payer is liable for up to DKK 375 when the personal security credential was used.",
            (LOVGUIDEN_100, LBK_651),
            True,
        ),
        _p(
            "stk4_1",
            "betalingsloven § 100, stk. 4, nr. 1",
            "Op til 8.000 kr., når koden er brugt, og betaleren ikke sagde til hurtigst "
            "muligt efter at have opdaget, at instrumentet var væk eller koden kendt af andre.",
            "Up to DKK 8,000 when the credential was used and the payer did not notify as "
            "soon as possible after learning the instrument was lost or the credential "
            "compromised.",
            (LOVGUIDEN_100, LBK_651),
            True,
        ),
        _p(
            "stk4_2",
            "betalingsloven § 100, stk. 4, nr. 2",
            "Op til 8.000 kr., når betaleren med vilje gav koden til den, der misbrugte den, "
            "uden at stk. 5 er opfyldt.",
            "Up to DKK 8,000 when the payer intentionally handed the credential to the "
            "person who misused it, outside stk. 5.",
            (LOVGUIDEN_100, LBK_651),
            True,
        ),
        _p(
            "stk4_3",
            "betalingsloven § 100, stk. 4, nr. 3",
            "Op til 8.000 kr., når betaleren ved groft uforsvarlig adfærd gjorde misbruget muligt.",
            "Up to DKK 8,000 when the payer enabled the misuse through grossly "
            "irresponsible conduct.",
            (LOVGUIDEN_100, LBK_651),
            True,
        ),
        _p(
            "stk5",
            "betalingsloven § 100, stk. 5",
            "Ubegrænset hæftelse, når koden er brugt, og udbyderen beviser, at betaleren "
            "med forsæt oplyste den til misbrugeren og indså eller burde have indset "
            "risikoen. Efter forarbejderne (L 157, 2017) gælder det ikke, når koden er "
            "givet fra sig uforvarende, fx ved phishing.",
            "Unlimited liability when the credential was used and the provider proves the "
            "payer intentionally disclosed it to the misuser while realising, or when they "
            "should have realised, the risk. The preparatory works (L 157, 2017) exclude "
            "credentials handed over unwittingly, e.g. through phishing.",
            (LOVGUIDEN_100, LBK_651, DECISION_221_2021),
            True,
        ),
        _p(
            "after_notification",
            "betalingsloven § 100 (PSD2 art. 74, stk. 3)",
            "Betaleren hæfter ikke for tab efter, at udbyderen er underrettet, eller "
            "instrumentet er spærret, medmindre betaleren har handlet svigagtigt.",
            "The payer bears no loss arising after the provider was notified or the "
            "instrument was blocked, unless the payer acted fraudulently.",
            (PSD2_ART74, PSD1_ART61),
            False,
            _UNVERIFIED_STK,
        ),
        _p(
            "no_sca",
            "betalingsloven § 100 (PSD2 art. 74, stk. 2)",
            "Betaleren hæfter ikke, når udbyderen ikke krævede stærk kundeautentifikation, "
            "medmindre betaleren har handlet svigagtigt.",
            "The payer bears no loss where the provider did not require strong customer "
            "authentication, unless the payer acted fraudulently.",
            (PSD2_ART74,),
            False,
            _UNVERIFIED_STK,
        ),
        _p(
            "provider_cause",
            "betalingsloven § 100 (PSD2 art. 74, stk. 1, 2. afsnit, litra a-b)",
            "Betaleren hæfter ikke med det lave beløb (375 kr.), når tabet skyldes udbyderens "
            "ansatte, agenter, filialer eller outsourcede enheder, eller når tabet, tyveriet "
            "eller misbruget ikke kunne opdages af betaleren før betalingen. Groft "
            "uforsvarlig adfærd, forsæt og svig giver stadig hæftelse.",
            "The payer bears no low-band liability (DKK 375) where the loss was caused by the "
            "provider's staff, agents, branches or outsourced entities, or where the loss, "
            "theft or misappropriation could not be detected by the payer before the payment. "
            "Gross negligence, intent and fraud still make the payer liable.",
            (PSD2_ART74_TEXT, EBA_QA_2021_6305, PSD2_ART74),
            False,
            "PSD2 art. 74(1) second subparagraph read (it lifts only the first subparagraph's "
            "EUR 50 liability; the EBA Q&A 2021_6305 confirms gross negligence still counts). "
            "The Danish stk. of § 100 was not verified in a public source during this work.",
        ),
        _p(
            "no_means_to_notify",
            "betalingsloven § 100 (PSD2 art. 74, stk. 3)",
            "Betaleren hæfter ikke, når udbyderen ikke gav mulighed for at give besked om "
            "tab eller misbrug, medmindre betaleren har handlet svigagtigt.",
            "The payer bears no loss where the provider gave no means to notify loss or "
            "misuse, unless the payer acted fraudulently.",
            (PSD2_ART74, PSD1_ART61),
            False,
            _UNVERIFIED_STK,
        ),
        _p(
            "authorised",
            "betalingsloven § 82 og § 100, stk. 1",
            "Betalingen blev godkendt af betaleren selv. Den er ikke uberettiget brug, så "
            "§ 100 flytter ikke tabet. Tilbagekald, politianmeldelse og en klage over "
            "modtagerbanken kan stadig være mulige.",
            "The payer approved the payment. It is not unauthorised use, so § 100 does not "
            "shift the loss. A recall, a police report and a complaint about the receiving "
            "bank may still be possible.",
            ("https://forbrugerombudsmanden.dk/alle-emner/betalinger/betalinger-uden-samtykke/",),
            True,
            "§ 82 (consent) confirmed by the Consumer Ombudsman page; § 100 stk. 1 verified.",
        ),
        _p(
            "objection_deadline",
            "betalingsloven § 97",
            "Indsigelse skal ske hurtigst muligt og senest 13 måneder efter hævningen.",
            "Objections must be made as soon as possible and at the latest 13 months after "
            "the debit.",
            (FO_MISBRUG, LBK_651),
            True,
            "§ 97 and the 13-month limit as stated by the Consumer Ombudsman's page; the "
            "statute's own wording of § 97 was not read.",
        ),
        _p(
            "not_recorded",
            "betalingsloven § 100, stk. 1, 2. pkt.",
            "Transaktionen er ikke korrekt registreret og bogført; betaleren hæfter kun ved "
            "svig (stk. 2).",
            "The transaction was not correctly recorded and booked; the payer is liable "
            "only for fraud (stk. 2).",
            (LOVGUIDEN_100, LBK_651),
            True,
        ),
    )
}


class Finding(enum.StrEnum):
    """The judgement on the payer's conduct, from least to most serious."""

    no_fault = "no_fault"
    late_notification = "late_notification"
    intentional_handover = "intentional_handover"
    gross_negligence = "gross_negligence"
    intentional_disclosure = "intentional_disclosure"
    fraud = "fraud"


FINDING_LABEL: dict[Finding, dict[str, str]] = {
    Finding.no_fault: {
        "da": "ingen grov fejl (uforvarende, fx phishing)",
        "en": "no serious fault (unwitting, e.g. phishing)",
    },
    Finding.late_notification: {
        "da": "sagde ikke til hurtigst muligt",
        "en": "did not notify as soon as possible",
    },
    Finding.intentional_handover: {
        "da": "gav med vilje koden til misbrugeren (uden for stk. 5)",
        "en": "intentionally handed the credential to the misuser (outside stk. 5)",
    },
    Finding.gross_negligence: {
        "da": "groft uforsvarlig adfærd",
        "en": "grossly irresponsible conduct",
    },
    Finding.intentional_disclosure: {
        "da": "oplyste med forsæt koden og indså eller burde have indset risikoen",
        "en": "intentionally disclosed the credential, realising or when they should have "
        "realised the risk",
    },
    Finding.fraud: {"da": "svig eller forsætlig pligtforsømmelse", "en": "fraud or intent"},
}


@dataclass(frozen=True)
class Band:
    """How much a payer can bear: ``cap`` None means unlimited."""

    provision: str
    cap: Decimal | None

    @property
    def label(self) -> str:
        if self.cap is None:
            return "unlimited"
        return "none" if self.cap == 0 else f"{self.cap:.2f}"


NO_LIABILITY = Band("stk1", Decimal("0.00"))


def band_for(finding: Finding, *, credential_used: bool) -> Band:
    """Stk. 2-5: the band a finding puts the payer in (stk. 3-5 need the credential used)."""
    if finding is Finding.fraud:
        return Band("stk2", None)
    if not credential_used:
        return NO_LIABILITY
    return {
        Finding.no_fault: Band("stk3", CAP_LOW),
        Finding.late_notification: Band("stk4_1", CAP_HIGH),
        Finding.intentional_handover: Band("stk4_2", CAP_HIGH),
        Finding.gross_negligence: Band("stk4_3", CAP_HIGH),
        Finding.intentional_disclosure: Band("stk5", None),
    }[finding]


def capped(total: Decimal, band: Band) -> Decimal:
    """The payer's share of ``total`` under ``band`` (one cap per payer and course of events)."""
    return total if band.cap is None else min(total, band.cap)


def lifts_low_band(finding: Finding) -> bool:
    """PSD2 art. 74(1) 2nd subpara.: provider's staff / undetectable loss lift only stk. 3."""
    return finding is Finding.no_fault


def after_notification(at: datetime, notified_at: datetime | None) -> bool:
    """A transaction at or after the notification/blocking time is the provider's loss."""
    return notified_at is not None and at >= notified_at


def during_notification_delay(
    at: datetime, learned_at: datetime | None, notified_at: datetime | None
) -> bool:
    """Stk. 4, nr. 1: a payment made after the payer learned of the loss/compromise but
    before the provider was notified (the window that a late notification makes possible)."""
    if learned_at is None or at < learned_at:
        return False
    return notified_at is None or at < notified_at


def objection_late(debited: datetime, objected_on: date) -> bool:
    """§ 97: an objection later than 13 months after the debit is out of time."""
    month = debited.month - 1 + OBJECTION_MONTHS
    year, month = debited.year + month // 12, month % 12 + 1
    day = min(debited.day, calendar.monthrange(year, month)[1])
    return objected_on > date(year, month, day)
