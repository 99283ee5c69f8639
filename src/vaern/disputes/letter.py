"""A decision-letter draft in Danish and English, generated from an assessment."""

from __future__ import annotations

from html import escape

from vaern.disputes.engine import money
from vaern.disputes.rules import FINDING_LABEL
from vaern.disputes.schemas import Assessment

_T = {
    "da": {
        "subject": "Afgørelse om din indsigelse",
        "hello": "Kære {names}",
        "intro": "Vi har behandlet indsigelsen mod betalinger på i alt {disputed} kr.",
        "result": "Vi betaler {refund} kr. tilbage. I hæfter selv for {liable} kr.",
        "payer": "{name}: hæfter for {liable} kr. efter {citation}.",
        "alt": "Vurderingen beror på et skøn. Hvis det i stedet lægges til grund, at {name} "
        "{label}, hæfter {name} for {liable} kr. efter {citation}.",
        "complain": "Er du uenig, kan du klage til Ankenævnet for Pengeinstitutter.",
        "bye": "Venlig hilsen",
    },
    "en": {
        "subject": "Decision on your objection",
        "hello": "Dear {names}",
        "intro": "We have handled the objection to payments of DKK {disputed} in total.",
        "result": "We refund DKK {refund}. You bear DKK {liable} yourselves.",
        "payer": "{name}: liable for DKK {liable} under {citation}.",
        "alt": "The assessment involves a judgement. If it were instead found that {name} "
        "{label}, {name} would bear DKK {liable} under {citation}.",
        "complain": "If you disagree, you can complain to the Danish Complaint Board of "
        "Banking Services (Ankenævnet for Pengeinstitutter).",
        "bye": "Kind regards",
    },
}


def letter_text(assessment: Assessment, lang: str, *, sender: str = "") -> str:
    t = _T[lang]
    total = assessment.total
    lines = [
        t["subject"],
        "",
        t["hello"].format(names=", ".join(p.name for p in assessment.payers)) + ",",
        "",
        t["intro"].format(disputed=money(total.disputed_amount, lang)),
        t["result"].format(
            refund=money(total.refund_amount, lang), liable=money(total.liable_amount, lang)
        ),
        "",
    ]
    for p in assessment.payers:
        lines.append(
            t["payer"].format(name=p.name, liable=money(p.liable_amount, lang), citation=p.citation)
        )
        lines.append(p.explanation[lang])
        for a in p.alternatives:
            lines.append(
                t["alt"].format(
                    name=p.name,
                    label=FINDING_LABEL[a.finding][lang],
                    liable=money(a.liable_amount, lang),
                    citation=a.citation,
                )
            )
        lines.append("")
    lines += [t["complain"], "", t["bye"], sender]
    return "\n".join(lines).rstrip() + "\n"


def letter_html(assessment: Assessment, lang: str, *, sender: str = "") -> str:
    paragraphs = letter_text(assessment, lang, sender=sender).split("\n\n")
    body = "".join(f"<p>{escape(p).replace(chr(10), '<br>')}</p>" for p in paragraphs)
    return f'<article lang="{lang}" class="letter">{body}</article>'


def letters(assessment: Assessment, *, sender: str = "") -> dict[str, str]:
    return {lang: letter_text(assessment, lang, sender=sender) for lang in ("da", "en")}
