"""A decision-letter draft in Danish and English, generated from an assessment.

The letter states the real basis of every amount: what the payer bears and under which
provision, what is refunded and why (the cap, or the rule that removes liability), and what
is not refunded and why (approved by the payer, out of time, contracted out). It never says
"you bear DKK 0.00" and never cites a band that counted nothing.
"""

from __future__ import annotations

from html import escape
from typing import Any

from vaern.disputes.engine import money, sentence
from vaern.disputes.rules import FINDING_LABEL, LATE_READING
from vaern.disputes.schemas import Assessment, Outcome

BOARD = {"da": "Det Finansielle Ankenævn", "en": "the Danish Financial Complaint Board"}
_T: dict[str, dict[str, Any]] = {
    "da": {
        "subject": "Afgørelse om {your} indsigelse",
        "hello": "Kære {names}",
        "intro": "Vi har behandlet indsigelsen mod betalinger på i alt {disputed} kr.",
        "refund": "Vi betaler {refund} kr. tilbage.",
        "liable": "{You} hæfter selv for {liable} kr.",
        "not_covered": "{nc} kr. betaler vi ikke tilbage, fordi reglerne om uautoriserede "
        "betalinger ikke flytter det tab (se begrundelsen).",
        "nothing_back": "Vi betaler ikke noget tilbage.",
        "why": "Begrundelse:",
        "alt": "Vurderingen beror på et skøn. Hvis det i stedet lægges til grund, at {name} "
        "{label}{reading}, hæfter {name} for {liable} kr. og får {refund} kr. tilbage "
        "({citation}).",
        "for": "Det taler for: {items}.",
        "against": "Det taler imod: {items}.",
        "complain": (
            "Er du uenig, kan du klage til {board}.",
            "Er I uenige, kan I klage til {board}.",
        ),
        "bye": "Venlig hilsen",
        "you": ("du", "I"),
        "your": ("din", "jeres"),
    },
    "en": {
        "subject": "Decision on {your} objection",
        "hello": "Dear {names}",
        "intro": "We have handled the objection to payments of DKK {disputed} in total.",
        "refund": "We refund DKK {refund}.",
        "liable": "{You} bear DKK {liable}.",
        "not_covered": "We do not refund DKK {nc}, because the rules on unauthorised payments "
        "do not shift that loss (see the reasons).",
        "nothing_back": "We refund nothing.",
        "why": "Reasons:",
        "alt": "The assessment involves a judgement. If it were instead found that {name} "
        "{label}{reading}, {name} would bear DKK {liable} and be refunded DKK {refund} "
        "({citation}).",
        "for": "Points for: {items}.",
        "against": "Points against: {items}.",
        "complain": ("If you disagree, you can complain to {board} (Det Finansielle Ankenævn).",)
        * 2,
        "bye": "Kind regards",
        "you": ("you", "you"),
        "your": ("your", "your"),
    },
}


def _alternative(name: str, a: Outcome, lang: str) -> list[str]:
    t = _T[lang]
    reading = f" ({LATE_READING[a.reading][lang]})" if a.reading else ""
    lines = [
        t["alt"].format(
            name=name,
            label=FINDING_LABEL[a.finding][lang],
            reading=reading,
            liable=money(a.liable_amount, lang),
            refund=money(a.refund_amount, lang),
            citation=a.citation,
        )
    ]
    for key, facts in (("for", a.facts_for), ("against", a.facts_against)):
        if facts:
            lines.append(t[key].format(items="; ".join(getattr(f, lang) for f in facts)))
    return lines


def _summary(assessment: Assessment, lang: str, you: str) -> list[str]:
    t, total = _T[lang], assessment.total
    out = []
    if total.refund_amount > 0:
        out.append(t["refund"].format(refund=money(total.refund_amount, lang)))
        out += [x for x in (assessment.refund_deadline_text.get(lang),) if x]
    else:
        out.append(t["nothing_back"])
    if total.liable_amount > 0:
        out.append(
            t["liable"].format(You=you.capitalize(), liable=money(total.liable_amount, lang))
        )
    if total.not_covered_amount > 0:
        out.append(t["not_covered"].format(nc=money(total.not_covered_amount, lang)))
    return out


def letter_text(assessment: Assessment, lang: str, *, sender: str = "") -> str:
    t = _T[lang]
    several = len(assessment.payers) > 1
    you, your = t["you"][several], t["your"][several]
    lines = [
        t["subject"].format(your=your),
        "",
        t["hello"].format(names=", ".join(p.name for p in assessment.payers)) + ",",
        "",
        t["intro"].format(disputed=money(assessment.total.disputed_amount, lang)),
        *_summary(assessment, lang, you),
        "",
        t["why"],
    ]
    for p in assessment.payers:
        lines += [sentence(x, p.name, lang) for x in p.basis if x.amount > 0] or [
            p.explanation[lang]  # an assessment stored before the basis lines existed
        ]
        for a in p.alternatives:
            lines += _alternative(p.name, a, lang)
        lines.append("")
    lines += [t["complain"][several].format(board=BOARD[lang]), "", t["bye"], sender]
    return "\n".join(lines).rstrip() + "\n"


def letter_html(assessment: Assessment, lang: str, *, sender: str = "") -> str:
    paragraphs = letter_text(assessment, lang, sender=sender).split("\n\n")
    body = "".join(f"<p>{escape(p).replace(chr(10), '<br>')}</p>" for p in paragraphs)
    return f'<article lang="{lang}" class="letter">{body}</article>'


def letters(assessment: Assessment, *, sender: str = "") -> dict[str, str]:
    return {lang: letter_text(assessment, lang, sender=sender) for lang in ("da", "en")}
