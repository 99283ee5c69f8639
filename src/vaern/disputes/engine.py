"""The assessment: pure, from a validated DisputeInput to an Assessment (no I/O)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from decimal import Decimal

from vaern.disputes import rules
from vaern.disputes.rules import LATE_READING, PROVISIONS, Finding, LateReading
from vaern.disputes.schemas import (
    Assessment,
    BasisLine,
    DisputeInput,
    Fact,
    Outcome,
    Payer,
    PayerAssessment,
    TotalAlternative,
    Totals,
    Transaction,
    TransactionResult,
)

ZERO = Decimal("0.00")
SCA_DUTY_FROM = date(2019, 9, 14)  # Delegated Regulation (EU) 2018/389 applied (see rules.py)
REMOTE = {"card_details", "3ds_sms", "3ds_app", "mitid", "nemid"}
CAP_RULE = {
    "da": "Beløbsgrænsen (375 kr. / 8.000 kr.) gælder én gang pr. betaler for alle betalerens "
    "private instrumenter, der er misbrugt med samme sikkerhedsforanstaltning i ét "
    "hændelsesforløb - sådan anvendte Ankenævnet den i afgørelse 221/2021 (M hæftede med "
    "8.000 kr. for kort og budgetkonto tilsammen). Et erhvervsforhold er en anden bruger af "
    "betalingstjenesten og har sin egen grænse (§ 6, stk. 3, om fravigelse).",
    "en": "The cap (DKK 375 / 8,000) applies once per payer across all of that payer's "
    "private instruments misused with the same credential in one course of events - as the "
    "complaint board applied it in decision 221/2021 (M bore DKK 8,000 for card and budget "
    "account together). A business relationship is another user of the payment service and "
    "has its own cap (§ 6, stk. 3, on contracting out).",
    "source": rules.DECISION_221_2021,
}
CHANNEL = {
    "call": {"da": "telefonopkald", "en": "phone call"},
    "sms_link": {"da": "link i sms", "en": "SMS link"},
    "email": {"da": "e-mail", "en": "e-mail"},
    "in_person": {"da": "personligt fremmøde", "en": "in person"},
    "other": {"da": "andet", "en": "other"},
    "none": {"da": "ingen", "en": "none"},
}
ABOVE_CAP = {
    "da": "beløbet ud over betalerens hæftelsesgrænse.",
    "en": "the amount above the payer's liability cap.",
}
GROUP = {
    "private": {"da": "privat", "en": "private"},
    "business": {"da": "erhverv", "en": "business"},
}
View = tuple[Finding, LateReading | None]


def money(value: Decimal, lang: str = "da") -> str:
    """41.192,32 in Danish, 41,192.32 in English."""
    text = f"{value:,.2f}"
    return text if lang == "en" else text.replace(",", "X").replace(".", ",").replace("X", ".")


def _sca(t: Transaction, data: DisputeInput) -> bool:
    """Stk. 7: was strong customer authentication required? The recorded authentication
    decides; otherwise the transaction's or the provider's stated setting."""
    if t.authentication is not None:
        return rules.strong_authentication(t.authentication.elements)
    return data.provider.sca_required if t.sca_required is None else t.sca_required


def _authorised(t: Transaction) -> bool:
    """§ 82 consent, unless the only evidence is a log of the instrument's use (§ 98, stk. 2)."""
    return t.authorised_by_payer and t.authorisation_evidence != "log_only"


def _late(t: Transaction, objected_on: date) -> bool:
    start = rules.objection_start(t.at.date(), t.debited_on, t.information_given_on)
    return rules.objection_late(start, objected_on)


def _not_covered(t: Transaction, payer: Payer, data: DisputeInput) -> str | None:
    """Why the loss is not shifted at all, whatever the finding (checked in this order)."""
    if payer.is_contracted_out(t.account):
        return "s6_3"
    if _authorised(t):
        return "authorised"
    if _late(t, data.objected_on):
        return "s97"
    if t.e_money and not data.provider.e_money_blockable:
        return "stk10"
    return None


def _excluded(t: Transaction, payer: Payer, data: DisputeInput) -> str | None:
    """The rule that removes the payer's liability for every finding but fraud."""
    provider = data.provider
    if rules.after_notification(t.at, payer.notified_at):
        return "stk6_1"
    if provider.loss_caused_by_provider:
        return "stk6_2"
    if not provider.means_to_notify:
        return "stk6_3"
    if not _sca(t, data):
        return "stk7"
    if payer.loss_undetectable:
        return "stk8"
    if t.payee_knew:
        return "stk9"
    if not t.correctly_recorded:
        return "stk1_recorded"
    return None if t.credential_used else "s98_credential"


def _classify(t: Transaction, payer: Payer, data: DisputeInput) -> TransactionResult:
    """The transaction's status for every finding but fraud (see ``_for_finding``)."""
    group = "business" if payer.is_business(t.account) else "private"
    reason = _not_covered(t, payer, data)
    status = "not_covered" if reason else "counted"
    if reason is None:
        reason = _excluded(t, payer, data)
        status = "excluded" if reason else "counted"
    return TransactionResult(
        id=t.id, amount=t.amount, at=t.at, status=status, reason=reason, group=group
    )


def _for_finding(r: TransactionResult, finding: Finding) -> TransactionResult:
    """Stk. 6-9 do not help a payer who acted fraudulently (stk. 2)."""
    if r.status == "excluded" and not rules.overrides_liability(finding):
        return r.model_copy(update={"status": "counted", "reason": None})
    return r


def _sum(items: Iterable[TransactionResult], status: str) -> Decimal:
    return sum((r.amount for r in items if r.status == status), ZERO)


def _delay(payer: Payer, txs: Iterable[Transaction]) -> list[Transaction]:
    """Payments made while the payer knew of the compromise and had not yet notified."""
    return [
        t for t in txs if rules.during_notification_delay(t.at, payer.learned_at, payer.notified_at)
    ]


def _line(kind: str, key: str, amount: Decimal, text: dict[str, str] | None = None) -> BasisLine:
    p = PROVISIONS[key]
    return BasisLine(
        kind=kind, provision=key, citation=p.citation, amount=amount, text=text or p.text
    )


def _liable_lines(
    payer: Payer, txs: list[Transaction], results: list[TransactionResult], view: View
) -> list[BasisLine]:
    """Per cap group (private / business): what the payer bears and the rest above the cap."""
    finding, reading = view
    band = rules.band_for(finding, credential_used=True)
    delayed = {t.id for t in _delay(payer, txs)}
    lines = []
    for group in ("private", "business"):
        counted = [r for r in results if r.status == "counted" and r.group == group]
        if not counted:
            continue
        total = _sum(counted, "counted")
        if finding is Finding.late_notification and reading is not None:
            during = sum((r.amount for r in counted if r.id in delayed), ZERO)
            liable = rules.late_capped(total - during, during, reading)
            text = {
                k: f"{PROVISIONS[band.provision].text[k]} ({LATE_READING[reading][k]})"
                for k in ("da", "en")
            }
        else:
            liable, text = rules.capped(total, band), PROVISIONS[band.provision].text
        if group == "business":
            text = {k: f"{v} [{GROUP['business'][k]}]" for k, v in text.items()}
        lines.append(_line("liable", band.provision, liable, text))
        if total > liable:
            lines.append(_line("refund", band.provision, total - liable, ABOVE_CAP))
    return lines


def _basis(
    payer: Payer, txs: list[Transaction], results: list[TransactionResult], view: View
) -> list[BasisLine]:
    lines = _liable_lines(payer, txs, results, view)
    for status, kind in (("excluded", "refund"), ("not_covered", "not_covered")):
        by_reason: dict[str, Decimal] = {}
        for r in results:
            if r.status == status and r.reason:
                by_reason[r.reason] = by_reason.get(r.reason, ZERO) + r.amount
        lines += [_line(kind, reason, amount) for reason, amount in by_reason.items()]
    return lines


def _total(lines: Iterable[BasisLine], kind: str) -> Decimal:
    return sum((x.amount for x in lines if x.kind == kind), ZERO)


def _main(lines: list[BasisLine]) -> BasisLine:
    """The line a short citation names: what the payer bears, else why it is refunded."""
    for kind in ("liable", "refund", "not_covered"):
        for x in lines:
            if x.kind == kind and (kind != "liable" or x.amount > 0):
                return x
    return lines[0]


def citation_of(lines: list[BasisLine]) -> str:
    """Every provision the result rests on, main one first, without repeats."""
    main = _main(lines)
    return "; ".join(dict.fromkeys([main.citation, *(x.citation for x in lines if x.amount > 0)]))


VERB = {
    "liable": {"da": "hæfter for {amount} kr.", "en": "bears DKK {amount}"},
    "refund": {"da": "får {amount} kr. tilbage", "en": "is refunded DKK {amount}"},
    "not_covered": {"da": "får ikke {amount} kr. tilbage", "en": "is not refunded DKK {amount}"},
}


def sentence(line: BasisLine, name: str, lang: str) -> str:
    """'H hæfter for 8.000,00 kr. efter ...: ...' in Danish or English."""
    verb = VERB[line.kind][lang].format(amount=money(line.amount, lang))
    under = "efter" if lang == "da" else "under"
    return f"{name} {verb} {under} {line.citation}: {line.text[lang]}"


def _explain(payer: Payer, finding: Finding, lines: list[BasisLine]) -> dict[str, str]:
    label = rules.FINDING_LABEL[finding]
    out = {}
    for lang, head in (("da", "Vurderingen er"), ("en", "The finding is")):
        body = " ".join(sentence(x, payer.name, lang) for x in lines if x.amount > 0)
        out[lang] = f"{head}: {label[lang]}. {body}"
    return out


def _facts(payer: Payer, txs: list[Transaction], finding: Finding) -> tuple[list[Fact], list[Fact]]:
    """Facts pointing towards a serious finding and those pointing away, in da and en."""
    severe = [Fact(da=f"advarsel: {w}", en=f"warning: {w}") for w in payer.warnings_received]
    if payer.disclosed:
        items = ", ".join(payer.disclosed)
        severe.append(Fact(da=f"oplyst: {items}", en=f"disclosed: {items}"))
    mild = []
    if payer.pressure:
        mild.append(Fact(da=f"pres: {payer.pressure}", en=f"pressure: {payer.pressure}"))
    if payer.disclosure_channel in {"call", "sms_link", "email"}:
        ch = CHANNEL[payer.disclosure_channel]
        mild.append(Fact(da=f"phishing via {ch['da']}", en=f"phishing via {ch['en']}"))
    shown = [t.authentication.amount_and_payee_shown for t in txs if t.authentication]
    if any(s is True for s in shown):
        severe.append(
            Fact(
                da="godkendelsen viste beløb og betalingsmodtager",
                en="the approval showed the amount and the payee",
            )
        )
    if any(s is False for s in shown):
        mild.append(
            Fact(
                da="godkendelsen viste ikke beløb og betalingsmodtager",
                en="the approval did not show the amount and the payee",
            )
        )
    late = _delay(payer, txs)
    if finding is Finding.late_notification:
        if late:
            total = sum((t.amount for t in late), ZERO)
            return [
                Fact(
                    da=f"{len(late)} betaling(er) på {money(total)} kr. efter betaleren fik "
                    "kendskab til misbruget og før spærring",
                    en=f"{len(late)} payment(s) of DKK {money(total, 'en')} after the payer "
                    "learned of the compromise and before blocking",
                )
            ], mild
        return [], [
            Fact(
                da="tidspunkterne viser ingen betaling mellem kendskab og spærring",
                en="the times show no payment between learning and blocking",
            )
        ]
    serious = finding in rules.SEVERE_FINDINGS or finding is Finding.fraud
    return (severe, mild) if serious else (mild, severe)


def _outcome(
    payer: Payer, txs: list[Transaction], classified: list[TransactionResult], view: View
) -> tuple[Outcome, list[TransactionResult], list[BasisLine]]:
    finding, reading = view
    results = [_for_finding(r, finding) for r in classified]
    lines = _basis(payer, txs, results, view)
    main = _main(lines)
    counted = _sum(results, "counted") > 0
    band = rules.band_for(finding, credential_used=True)
    for_, against = _facts(payer, txs, finding)
    outcome = Outcome(
        finding=finding,
        reading=reading,
        provision=main.provision,
        citation=citation_of(lines),
        band=band.label if counted else "none",
        liable_amount=_total(lines, "liable"),
        refund_amount=_total(lines, "refund"),
        explanation=_explain(payer, finding, lines),
        basis=lines,
        facts_for=for_,
        facts_against=against,
    )
    return outcome, results, lines


def _reading(payer: Payer, finding: Finding) -> LateReading | None:
    return payer.late_reading if finding is Finding.late_notification else None


def _other(reading: LateReading) -> LateReading:
    return LateReading.whole_loss if reading is LateReading.delay_only else LateReading.delay_only


def _alternatives(payer: Payer, txs: list[Transaction]) -> list[View]:
    chosen = list(payer.alternative_findings)
    if not chosen and payer.disclosed:
        chosen = [Finding.no_fault, Finding.gross_negligence, Finding.intentional_disclosure]
    if payer.finding is Finding.no_fault and _delay(payer, txs):
        # Stk. 4, nr. 1 only changes the band when the payer is otherwise in stk. 3.
        chosen.append(Finding.late_notification)
    views: list[View] = []
    for f in dict.fromkeys(chosen):
        if f is Finding.late_notification:
            views += [(f, payer.late_reading), (f, _other(payer.late_reading))]
        elif f is not payer.finding:
            views.append((f, None))
    primary = (payer.finding, _reading(payer, payer.finding))
    if payer.finding is Finding.late_notification:
        views.append((payer.finding, _other(payer.late_reading)))
    return [v for v in dict.fromkeys(views) if v != primary]


def _finding(code: str, da: str, en: str, source: str = "") -> dict[str, str]:
    return {"code": code, "da": da, "en": en, **({"source": source} if source else {})}


def _payer_findings(p: Payer, txs: list[Transaction]) -> list[dict[str, str]]:
    out = []
    if p.notified_at and txs and p.notified_at <= min(t.at for t in txs):
        out.append(
            _finding(
                "blocked_before_first_transaction",
                f"{p.name}: spærring/underretning er registreret før første transaktion. "
                "Kontrollér tidspunktet.",
                f"{p.name}: the blocking/notification is recorded before the first "
                "transaction. Check the time.",
            )
        )
    if p.finding is Finding.no_fault and _delay(p, txs):
        out.append(
            _finding(
                "late_notification_possible",
                f"{p.name}: der er betalinger efter, at betaleren fik kendskab til misbruget, og "
                "før spærring. Vurdér, om der blev sagt til snarest muligt (§ 100, stk. 4, nr. "
                "1); se alternativerne med begge læsninger.",
                f"{p.name}: there are payments after the payer learned of the compromise and "
                "before blocking. Assess whether notice was given as soon as possible (§ 100, "
                "stk. 4, nr. 1); see the alternatives with both readings.",
            )
        )
    if p.finding is Finding.late_notification and not _delay(p, txs):
        out.append(
            _finding(
                "late_notification_unsupported",
                f"{p.name}: vurderingen er sen underretning, men tidspunkterne viser ingen "
                "betaling mellem kendskab og spærring. Kontrollér tidspunkterne.",
                f"{p.name}: the finding is late notification, but the times show no payment "
                "between learning and blocking. Check the times.",
            )
        )
    if any(p.is_contracted_out(t.account) for t in txs):
        out.append(
            _finding(
                "contracted_out",
                f"{p.name}: betalinger fra en erhvervskonto, hvor aftalen fraviger §§ 97, 98 og "
                "100-102 (§ 6, stk. 3). Den del afgøres efter aftalens vilkår.",
                f"{p.name}: payments from a business account whose agreement excludes §§ 97, "
                "98 and 100-102 (§ 6, stk. 3). That part follows the agreement's terms.",
            )
        )
    groups = {p.is_business(t.account) for t in txs if not p.is_contracted_out(t.account)}
    if len(groups) == 2:
        out.append(
            _finding(
                "separate_caps",
                f"{p.name}: private og erhvervsmæssige betalinger har hver sin beløbsgrænse.",
                f"{p.name}: private and business payments each have their own cap.",
            )
        )
    return out


def _transaction_findings(data: DisputeInput) -> list[dict[str, str]]:
    out = []
    txs = data.transactions
    if any(_late(t, data.objected_on) for t in txs):
        out.append(
            _finding(
                "objection_late",
                "Indsigelsen kom mere end 13 måneder efter debiteringen af en eller flere "
                "betalinger (§ 97).",
                "The objection came more than 13 months after the debit of one or more "
                "payments (§ 97).",
            )
        )
    if any(_authorised(t) for t in txs):
        out.append({"code": "authorised", **PROVISIONS["authorised"].text})
    if any(t.authorised_by_payer and not _authorised(t) for t in txs):
        out.append({"code": "s98_log_not_proof", **PROVISIONS["s98_log"].text})
    unlinked = [
        t
        for t in txs
        if t.authentication
        and t.authentication.method in REMOTE
        and t.authentication.amount_and_payee_shown is False
        and rules.strong_authentication(t.authentication.elements)
    ]
    if unlinked:
        out.append(
            _finding(
                "no_dynamic_linking",
                "Godkendelsen viste ikke beløb og modtager, som § 128, stk. 2, kræver ved "
                "fjernbetalinger. Om stk. 7 så finder anvendelse, er et skøn: i sagen omtalt af "
                "Tænk 9-11-2022 (betaleren så efter egen forklaring kun 27,27) hæftede "
                "betaleren stadig for 8.000 kr.",
                "The approval did not show the amount and payee, as § 128, stk. 2 requires for "
                "remote payments. Whether stk. 7 then applies is a judgement: in the case "
                "reported by Tænk on 9-11-2022 (the payer says only 27.27 was shown) the payer "
                "still bore DKK 8,000.",
                rules.TAENK_2022,
            )
        )
    if any(t.at.date() < SCA_DUTY_FROM and not _sca(t, data) for t in txs):
        out.append(
            _finding(
                "sca_before_duty",
                "Stk. 7 er brugt på en betaling før 14. september 2019, hvor kravet om stærk "
                "kundeautentifikation fik virkning. Om stk. 7 gælder før den dato, er uafklaret.",
                "Stk. 7 is applied to a payment before 14 September 2019, when the duty of "
                "strong customer authentication took effect. Whether stk. 7 applies before that "
                "date is unresolved.",
            )
        )
    return out


def _deadline(data: DisputeInput, refund: Decimal) -> tuple[date | None, dict[str, str]]:
    """§ 99, stk. 1: refund by the end of the business day after the objection."""
    cite = PROVISIONS["s99"].citation
    if refund <= 0:
        return None, {"da": "Intet skal betales tilbage.", "en": "Nothing is to be refunded."}
    if data.fraud_suspicion_reported:
        return None, {
            "da": f"Udbyderen har rimelig grund til mistanke om svig og har underrettet "
            f"Finanstilsynet, så fristen i {cite} gælder ikke.",
            "en": f"The provider has reasonable grounds to suspect fraud and has notified the "
            f"Danish FSA, so the deadline in {cite} does not apply.",
        }
    due = rules.refund_deadline(data.objected_on)
    return due, {
        "da": f"Efter {cite}, skal {money(refund)} kr. være betalt tilbage senest ved udgangen "
        f"af {due.strftime('%d-%m-%Y')} (arbejdsdagen efter indsigelsen).",
        "en": f"Under {cite}, DKK {money(refund, 'en')} must be refunded by the end of "
        f"{due.isoformat()} (the business day after the objection).",
    }


def assess(data: DisputeInput) -> Assessment:
    payers: list[PayerAssessment] = []
    findings: list[dict[str, str]] = []
    for payer in data.payers:
        txs = [t for t in data.transactions if t.payer == payer.id]
        view = (payer.finding, _reading(payer, payer.finding))
        classified = [_classify(t, payer, data) for t in txs]
        main, results, lines = _outcome(payer, txs, classified, view)
        alts = [_outcome(payer, txs, classified, v)[0] for v in _alternatives(payer, txs)]
        findings += _payer_findings(payer, txs)
        payers.append(
            PayerAssessment(
                payer=payer.id,
                name=payer.name,
                disputed_amount=sum((t.amount for t in txs), ZERO),
                liable_amount=main.liable_amount,
                refund_amount=main.refund_amount,
                not_covered_amount=_total(lines, "not_covered"),
                provision=main.provision,
                citation=main.citation,
                band=main.band,
                explanation=main.explanation,
                basis=lines,
                transactions=results,
                alternatives=alts,
            )
        )
    return _assessment(data, payers, findings + _transaction_findings(data))


def _total_alternatives(payers: list[PayerAssessment]) -> list[TotalAlternative]:
    """Each alternative view applied to every payer it was raised for; the rest as assessed."""
    views = dict.fromkeys((a.finding, a.reading) for p in payers for a in p.alternatives)
    out = []
    for f, reading in views:
        picked = [
            next((a for a in p.alternatives if (a.finding, a.reading) == (f, reading)), p)
            for p in payers
        ]
        band = rules.band_for(f, credential_used=True)
        out.append(
            TotalAlternative(
                finding=f,
                reading=reading,
                citation=PROVISIONS[band.provision].citation,
                band=band.label,
                liable_amount=sum((x.liable_amount for x in picked), ZERO),
                refund_amount=sum((x.refund_amount for x in picked), ZERO),
            )
        )
    return out


def _assessment(
    data: DisputeInput, payers: list[PayerAssessment], findings: list[dict[str, str]]
) -> Assessment:
    refund = sum((p.refund_amount for p in payers), ZERO)
    due, due_text = _deadline(data, refund)
    return Assessment(
        title=data.title,
        payers=payers,
        total=Totals(
            disputed_amount=sum((p.disputed_amount for p in payers), ZERO),
            liable_amount=sum((p.liable_amount for p in payers), ZERO),
            refund_amount=refund,
            not_covered_amount=sum((p.not_covered_amount for p in payers), ZERO),
            provision="; ".join(dict.fromkeys(p.citation for p in payers)),
            alternatives=_total_alternatives(payers),
        ),
        findings=findings,
        refund_deadline=due,
        refund_deadline_text=due_text,
        cap_rule=CAP_RULE,
        sources={
            k: [*v.sources, *([f"{v.version}: {v.note}"] if v.note else [])]
            for k, v in PROVISIONS.items()
        },
    )
