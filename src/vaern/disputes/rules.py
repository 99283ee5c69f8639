"""The Payment Act's (betalingsloven) rules on unauthorised payments as data plus small pure
functions: § 100, stk. 1-10, § 97 (deadline), § 98 (burden of proof), § 99 (refund by the end
of the next business day), § 82 (consent) and § 6, stk. 3 (non-consumers may contract out).

Every provision carries its citation, a Danish and English summary, the public sources it
was read in and the version of the act read (``version``). The verbatim texts and how far each
is verified are in ``shared/reference/betalingsloven.md``: § 100, stk. 1-5 read on the
consolidated LBK nr. 651 af 10/06/2025; stk. 6-10 and §§ 6, 82, 97-99 read verbatim in the
original act LOV nr. 652 af 08/06/2017 (numbering corroborated by later sources, not compared
character by character with LBK 651/2025).
"""

from __future__ import annotations

import calendar
import enum
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal

LBK_651 = "https://www.retsinformation.dk/eli/lta/2025/651"
LOV_652 = "https://www.retsinformation.dk/eli/lta/2017/652"
LOVGUIDEN_100 = "https://www.lovguiden.dk/loven/bekendtgørelse-af-lov-om-betalinger/100"
# A copy of Retsinformation's text of LOV 652/2017 (print of 14-02-2019), read verbatim.
LOV_652_COPY = "https://github.com/cphthomas/juramaster/blob/e072cc0/lov-om-betalinger.md"
FO_MISBRUG = (
    "https://www.forbrugerombudsmanden.dk/hvad-gaelder/betalingstjenesteloven/"
    "misbrug-af-betalingskort/"
)
FO_INDSIGELSER = (
    "https://forbrugerombudsmanden.dk/alle-emner/betalinger/indsigelser-mod-betalinger/"
)
FO_SAMTYKKE = "https://forbrugerombudsmanden.dk/alle-emner/betalinger/betalinger-uden-samtykke/"
FORBRUGERBLOGGEN_SCA = (
    "https://forbrugerbloggen.dk/betalinger/du-haefter-ikke-for-betalinger-hvis-banken-ikke-har-"
    "to-faktor-sikkerhed/"
)
# Pengeinstitutankenævnet's annual report 2008: a chapter on its practice on the duty to
# notify under the predecessor rule (betalingsmiddelloven § 11); only its title was read.
ANNUAL_REPORT_2008 = "https://ft.dk/samling/20101/almdel/eru/spm/58/svar/772591/945228/index.htm"
DECISION_221_2021 = (
    "https://fanke.dk/afgoerelser/afgoerelse/?VerdictId=3cbf8c2a-f7ed-4a7b-be49-7e169193a1b6"
)
TAENK_2022 = (
    "https://taenk.dk/privatoekonomi/banker-og-kreditforeninger/svindelmail-kostede-ham-8000-kroner"
)

CAP_LOW = Decimal("375.00")
CAP_HIGH = Decimal("8000.00")
OBJECTION_MONTHS = 13
LBK = "LBK nr. 651 af 10/06/2025"
LOV = "LOV nr. 652 af 08/06/2017"
_LOV_NOTE = (
    "Read verbatim in LOV 652/2017 (Retsinformation print of 14-02-2019); the numbering is "
    "corroborated by later sources, the wording was not compared with LBK 651/2025."
)


@dataclass(frozen=True)
class Provision:
    key: str
    citation: str
    text: dict[str, str]
    sources: tuple[str, ...]
    verified: bool  # the Danish wording and number were read in a public source
    version: str = LBK
    note: str = ""


def _p(key: str, citation: str, da: str, en: str, *sources: str) -> Provision:
    """A provision of the 2025 consolidation (§ 100, stk. 1-5), read verbatim."""
    return Provision(key, citation, {"da": da, "en": en}, (*sources, LOVGUIDEN_100, LBK_651), True)


def _q(
    key: str, citation: str, da: str, en: str, *sources: str, note: str = _LOV_NOTE
) -> Provision:
    """A provision read verbatim in LOV 652/2017."""
    return Provision(
        key, citation, {"da": da, "en": en}, (LOV_652_COPY, LOV_652, *sources), True, LOV, note
    )


PROVISIONS: dict[str, Provision] = {
    p.key: p
    for p in (
        _p(
            "stk1",
            "betalingsloven § 100, stk. 1",
            "Udbyderen bærer tabet ved andres uberettigede brug, medmindre stk. 2-5 siger andet.",
            "The provider bears losses from unauthorised use unless stk. 2-5 say otherwise.",
        ),
        _p(
            "stk1_recorded",
            "betalingsloven § 100, stk. 1, 2. pkt.",
            "Transaktionen er ikke korrekt registreret og bogført, så betaleren hæfter kun ved "
            "svig (stk. 2).",
            "The transaction was not correctly recorded and booked, so the payer is liable "
            "only for fraud (stk. 2).",
        ),
        _p(
            "stk2",
            "betalingsloven § 100, stk. 2",
            "Betaleren hæfter uden beløbsgrænse, fordi betaleren har handlet svigagtigt eller med "
            "forsæt har tilsidesat sine pligter efter § 93.",
            "The payer is liable without limit because the payer acted fraudulently or "
            "intentionally failed the obligations of § 93.",
        ),
        _p(
            "stk3",
            "betalingsloven § 100, stk. 3",
            "Betaleren hæfter med op til 375 kr., fordi den personlige sikkerhedsforanstaltning "
            "er brugt.",
            "The payer is liable for up to DKK 375 because the personal security credential "
            "was used.",
        ),
        _p(
            "stk4_1",
            "betalingsloven § 100, stk. 4, nr. 1",
            "Op til 8.000 kr., fordi betaleren ikke sagde til snarest muligt efter at have fået "
            "kendskab til, at instrumentet var væk eller koden kendt af andre.",
            "Up to DKK 8,000 because the payer did not notify as soon as possible after "
            "learning that the instrument was lost or the credential compromised.",
        ),
        _p(
            "stk4_2",
            "betalingsloven § 100, stk. 4, nr. 2",
            "Op til 8.000 kr., fordi betaleren med forsæt overgav koden til misbrugeren, uden "
            "at stk. 5 er opfyldt.",
            "Up to DKK 8,000 because the payer intentionally handed the credential to the "
            "misuser, outside stk. 5.",
        ),
        _p(
            "stk4_3",
            "betalingsloven § 100, stk. 4, nr. 3",
            "Op til 8.000 kr., fordi betaleren ved groft uforsvarlig adfærd muliggjorde misbruget.",
            "Up to DKK 8,000 because the payer enabled the misuse through grossly "
            "irresponsible conduct.",
        ),
        _p(
            "stk5",
            "betalingsloven § 100, stk. 5",
            "Ubegrænset hæftelse, fordi betaleren med forsæt oplyste koden til misbrugeren og "
            "indså eller burde have indset risikoen for misbrug. Efter forarbejderne (L 157, "
            "2017) gælder det ikke, når koden er givet fra sig uforvarende, fx ved phishing.",
            "Unlimited liability because the payer intentionally disclosed the credential to "
            "the misuser, realising or when they should have realised the risk. The preparatory "
            "works (L 157, 2017) exclude credentials handed over unwittingly, e.g. by phishing.",
            DECISION_221_2021,
        ),
        _q(
            "stk6_1",
            "betalingsloven § 100, stk. 6, nr. 1",
            "Uanset stk. 3-5 bærer udbyderen tab ved brug, efter at den fik besked om, at "
            "instrumentet var væk, koden kendt af andre, eller at det skulle spærres.",
            "Notwithstanding stk. 3-5 the provider bears losses from use after it was told "
            "that the instrument was lost, the credential known to others or that it be blocked.",
        ),
        _q(
            "stk6_2",
            "betalingsloven § 100, stk. 6, nr. 2",
            "Uanset stk. 3-5 bærer udbyderen tab forårsaget af dens ansatte, agenter, filialer "
            "eller outsourcede enheder eller deres passivitet.",
            "Notwithstanding stk. 3-5 the provider bears losses caused by its staff, agents, "
            "branches or outsourced entities, or their inaction.",
        ),
        _q(
            "stk6_3",
            "betalingsloven § 100, stk. 6, nr. 3, jf. § 94, stk. 1, nr. 2",
            "Uanset stk. 3-5 bærer udbyderen tabet, fordi den ikke sikrede, at betaleren til "
            "enhver tid kunne give besked om tab eller misbrug.",
            "Notwithstanding stk. 3-5 the provider bears the loss because it did not ensure "
            "that the payer could report loss or misuse at any time.",
        ),
        _q(
            "stk7",
            "betalingsloven § 100, stk. 7",
            "Uanset stk. 3-5 bærer udbyderen tabet, fordi den ikke krævede stærk "
            "kundeautentifikation (to uafhængige elementer: viden, besiddelse, iboende "
            "egenskab), medmindre betaleren har handlet svigagtigt.",
            "Notwithstanding stk. 3-5 the provider bears the loss because it did not require "
            "strong customer authentication (two independent elements: knowledge, possession, "
            "inherence), unless the payer acted fraudulently.",
            FORBRUGERBLOGGEN_SCA,
        ),
        _q(
            "stk8",
            "betalingsloven § 100, stk. 8",
            "Uanset stk. 3-5 bærer udbyderen tabet, fordi betaleren ikke kunne opdage tabet, "
            "tyveriet eller tilegnelsen af instrumentet eller koden før misbruget.",
            "Notwithstanding stk. 3-5 the provider bears the loss because the payer could not "
            "detect the loss, theft or misappropriation of the instrument or credential "
            "before the misuse.",
        ),
        _q(
            "stk9",
            "betalingsloven § 100, stk. 9",
            "Uanset stk. 3-5 bærer udbyderen tabet, fordi betalingsmodtageren vidste eller "
            "burde vide, at brugen var uberettiget.",
            "Notwithstanding stk. 3-5 the provider bears the loss because the payee knew or "
            "ought to have known that the use was unauthorised.",
        ),
        _q(
            "stk10",
            "betalingsloven § 100, stk. 10",
            "§ 100 gælder ikke for elektroniske penge, når udsteder ikke kan spærre kontoen "
            "eller instrumentet; tabet flyttes ikke efter § 100.",
            "§ 100 does not apply to electronic money where the issuer cannot block the "
            "account or instrument; the loss is not shifted under § 100.",
        ),
        _q(
            "s97",
            "betalingsloven § 97",
            "Indsigelsen kom senere end 13 måneder efter debiteringen (eller efter, at "
            "oplysningerne om betalingen blev givet), så den er for sent.",
            "The objection came more than 13 months after the debit (or after the information "
            "on the payment was given), so it is out of time.",
            FO_MISBRUG,
            FO_INDSIGELSER,
        ),
        _q(
            "s98_credential",
            "betalingsloven § 98, stk. 1, og § 100, stk. 1",
            "Udbyderen har ikke bevist, at den personlige sikkerhedsforanstaltning blev brugt; "
            "betaleren hæfter derfor ikke efter stk. 3-5.",
            "The provider has not proven that the personal security credential was used, so "
            "the payer is not liable under stk. 3-5.",
        ),
        _q(
            "s98_log",
            "betalingsloven § 98, stk. 2",
            "At brugen af instrumentet er registreret, beviser ikke i sig selv, at betaleren "
            "godkendte betalingen; den behandles som uautoriseret.",
            "A record of the instrument's use is not in itself proof that the payer approved "
            "the payment; it is treated as unauthorised.",
        ),
        _q(
            "s99",
            "betalingsloven § 99, stk. 1",
            "Udbyderen skal betale beløbet for en uautoriseret betaling tilbage straks og senest "
            "ved udgangen af den følgende arbejdsdag, medmindre den har rimelig grund til "
            "mistanke om svig og underretter Finanstilsynet.",
            "The provider must refund an unauthorised payment immediately and at the latest by "
            "the end of the following business day, unless it has reasonable grounds to suspect "
            "fraud and notifies the Danish FSA.",
            FO_MISBRUG,
        ),
        _q(
            "s6_3",
            "betalingsloven § 6, stk. 3",
            "Kontoen er en erhvervskunde, der har aftalt, at §§ 97, 98 og 100-102 ikke gælder; "
            "tabet fordeles efter aftalen.",
            "The account holder is a non-consumer who agreed that §§ 97, 98 and 100-102 do "
            "not apply; the loss follows the agreement.",
        ),
        _q(
            "authorised",
            "betalingsloven § 82 og § 100, stk. 1",
            "Betalingen blev godkendt af betaleren selv. Den er ikke uberettiget brug, så "
            "§ 100 flytter ikke tabet. Tilbagekald, politianmeldelse og en klage over "
            "modtagerbanken kan stadig være mulige.",
            "The payer approved the payment. It is not unauthorised use, so § 100 does not "
            "shift the loss. A recall, a police report and a complaint about the receiving "
            "bank may still be possible.",
            FO_SAMTYKKE,
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
        "da": "sagde ikke til snarest muligt",
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


class LateReading(enum.StrEnum):
    """Two readings of stk. 4, nr. 1 (late notification), shown as alternatives."""

    delay_only = "delay_only"  # the 8,000 band only for payments quick blocking would avoid
    whole_loss = "whole_loss"  # the 8,000 band for the whole loss, as the wording can be read


LATE_READING: dict[LateReading, dict[str, str]] = {
    LateReading.delay_only: {
        "da": "8.000 kr.-grænsen kun for betalinger efter, at betaleren fik kendskab og burde "
        "have spærret; betalinger før det hører under stk. 3 (375 kr.)",
        "en": "the DKK 8,000 band only for payments after the payer learned of it and should "
        "have blocked; payments before that fall under stk. 3 (DKK 375)",
        "source": ANNUAL_REPORT_2008,
        "note": "The complaint board's practice as the issue describes it; the annual report "
        "2008 has a chapter on its practice on the duty to notify (predecessor rule, "
        "betalingsmiddelloven § 11) whose title only was read.",
    },
    LateReading.whole_loss: {
        "da": "8.000 kr.-grænsen for hele tabet, som ordlyden af stk. 4 kan læses",
        "en": "the DKK 8,000 band for the whole loss, as the wording of stk. 4 can be read",
        "source": LOVGUIDEN_100,
        "note": "Stk. 4 makes the payer liable up to DKK 8,000 'for tab som følge af andres "
        "uberettigede anvendelse' when one of nr. 1-3 is met; it does not limit nr. 1 to "
        "the delay.",
    },
}

SEVERE_FINDINGS = frozenset({Finding.gross_negligence, Finding.intentional_disclosure})


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
LOW_BAND = Band("stk3", CAP_LOW)


def band_for(finding: Finding, *, credential_used: bool) -> Band:
    """Stk. 2-5: the band a finding puts the payer in (stk. 3-5 need the credential used)."""
    if finding is Finding.fraud:
        return Band("stk2", None)
    if not credential_used:
        return NO_LIABILITY
    return {
        Finding.no_fault: LOW_BAND,
        Finding.late_notification: Band("stk4_1", CAP_HIGH),
        Finding.intentional_handover: Band("stk4_2", CAP_HIGH),
        Finding.gross_negligence: Band("stk4_3", CAP_HIGH),
        Finding.intentional_disclosure: Band("stk5", None),
    }[finding]


def capped(total: Decimal, band: Band) -> Decimal:
    """The payer's share of ``total`` under ``band`` (one cap per payer and cap group)."""
    return total if band.cap is None else min(total, band.cap)


def late_capped(before: Decimal, during: Decimal, reading: LateReading) -> Decimal:
    """Stk. 4, nr. 1 under a reading: ``before`` = payments before the payer knew, ``during`` =
    payments in the delay. Delay-only: stk. 3 for ``before``, all within one 8,000 cap."""
    if reading is LateReading.whole_loss:
        return min(before + during, CAP_HIGH)
    return min(min(before, CAP_LOW) + during, CAP_HIGH)


def overrides_liability(finding: Finding) -> bool:
    """Stk. 6-9 open "Uanset stk. 3-5": they remove every liability except stk. 2 (fraud)."""
    return finding is not Finding.fraud


def after_notification(at: datetime, notified_at: datetime | None) -> bool:
    """Stk. 6, nr. 1: a transaction at or after the notification/blocking time."""
    return notified_at is not None and at >= notified_at


def during_notification_delay(
    at: datetime, learned_at: datetime | None, notified_at: datetime | None
) -> bool:
    """Stk. 4, nr. 1: a payment made after the payer learned of the loss/compromise but
    before the provider was notified (the window that a late notification makes possible)."""
    if learned_at is None or at < learned_at:
        return False
    return notified_at is None or at < notified_at


ELEMENTS = ("knowledge", "possession", "inherence")


def strong_authentication(elements: Iterable[str]) -> bool:
    """§ 5, nr. 30: SCA is two or more independent elements of different categories."""
    return len(set(elements) & set(ELEMENTS)) >= 2


def objection_start(paid: date, debited: date | None, informed: date | None) -> date:
    """§ 97: 13 months from the debit, or from when the information was given if later."""
    start = debited or paid
    return max(start, informed) if informed else start


def add_months(start: date, months: int) -> date:
    month = start.month - 1 + months
    year, month = start.year + month // 12, month % 12 + 1
    return date(year, month, min(start.day, calendar.monthrange(year, month)[1]))


def objection_late(start: date | datetime, objected_on: date) -> bool:
    """§ 97: an objection later than 13 months after ``start`` is out of time."""
    first = start.date() if isinstance(start, datetime) else start
    return objected_on > add_months(first, OBJECTION_MONTHS)


def easter(year: int) -> date:
    """Easter Sunday (anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month, day = divmod(h + l_ - 7 * m + 114, 31)
    return date(year, month, day + 1)


def bank_closing_days(year: int) -> set[date]:
    """Danish public holidays and the banks' usual closing days (5 June, Friday after
    Ascension, 24 and 31 December); Store Bededag until 2023 (abolished from 2024)."""
    e = easter(year)
    offsets = [-3, -2, 0, 1, 39, 40, 49, 50] + ([26] if year <= 2023 else [])
    fixed = [(1, 1), (6, 5), (12, 24), (12, 25), (12, 26), (12, 31)]
    return {e + timedelta(days=n) for n in offsets} | {date(year, m, d) for m, d in fixed}


def business_day(day: date) -> bool:
    return day.weekday() < 5 and day not in bank_closing_days(day.year)


def refund_deadline(objected_on: date) -> date:
    """§ 99, stk. 1: the end of the first business day after the objection was received."""
    day = objected_on + timedelta(days=1)
    while not business_day(day):
        day += timedelta(days=1)
    return day
