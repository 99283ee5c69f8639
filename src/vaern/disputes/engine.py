"""The assessment: pure, from a validated DisputeInput to an Assessment (no I/O)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from decimal import Decimal

from vaern.disputes import rules
from vaern.disputes.rules import PROVISIONS, Finding
from vaern.disputes.schemas import (
    Assessment,
    DisputeInput,
    Fact,
    Outcome,
    Payer,
    PayerAssessment,
    Provider,
    TotalAlternative,
    Totals,
    Transaction,
    TransactionResult,
)

ZERO = Decimal("0.00")
CAP_RULE = {
    "da": "Beløbsgrænsen (375 kr. / 8.000 kr.) gælder én gang pr. betaler for alle betalerens "
    "instrumenter, der er misbrugt med samme sikkerhedsforanstaltning i ét hændelsesforløb "
    "- sådan anvendte Ankenævnet den i afgørelse 221/2021 (M hæftede med 8.000 kr. for kort "
    "og budgetkonto tilsammen).",
    "en": "The cap (DKK 375 / 8,000) applies once per payer across all of that payer's "
    "instruments misused with the same credential in one course of events - as the complaint "
    "board applied it in decision 221/2021 (M bore DKK 8,000 for card and budget account "
    "together).",
    "source": rules.DECISION_221_2021,
}
SEVERE = {Finding.gross_negligence, Finding.intentional_disclosure, Finding.fraud}
CHANNEL = {
    "call": {"da": "telefonopkald", "en": "phone call"},
    "sms_link": {"da": "link i sms", "en": "SMS link"},
    "email": {"da": "e-mail", "en": "e-mail"},
    "in_person": {"da": "personligt fremmøde", "en": "in person"},
    "other": {"da": "andet", "en": "other"},
    "none": {"da": "ingen", "en": "none"},
}


def money(value: Decimal, lang: str = "da") -> str:
    """41.192,32 in Danish, 41,192.32 in English."""
    text = f"{value:,.2f}"
    return text if lang == "en" else text.replace(",", "X").replace(".", ",").replace("X", ".")


def _classify(
    t: Transaction, payer: Payer, provider: Provider, objected_on: date, finding: Finding
) -> TransactionResult:
    def result(status: str, reason: str | None = None) -> TransactionResult:
        return TransactionResult(
            id=t.id,
            amount=t.amount,
            at=t.at,
            status=status,
            reason=reason,
        )

    if t.authorised_by_payer:
        return result("not_covered", "authorised")
    if rules.objection_late(t.at, objected_on):
        return result("not_covered", "objection_deadline")
    if finding is Finding.fraud:
        return result("counted")
    sca = provider.sca_required if t.sca_required is None else t.sca_required
    provider_cause = provider.loss_caused_by_provider or payer.loss_undetectable
    for reason, applies in (
        ("after_notification", rules.after_notification(t.at, payer.notified_at)),
        ("provider_cause", provider_cause and rules.lifts_low_band(finding)),
        ("no_means_to_notify", not provider.means_to_notify),
        ("no_sca", not sca),
        ("not_recorded", not t.correctly_recorded),
        ("stk1", not t.credential_used),
    ):
        if applies:
            return result("excluded", reason)
    return result("counted")


def _sum(items: Iterable[TransactionResult], status: str) -> Decimal:
    return sum((r.amount for r in items if r.status == status), ZERO)


def _delay(payer: Payer, txs: list[Transaction]) -> list[Transaction]:
    """Payments made while the payer knew of the compromise and had not yet notified."""
    return [
        t for t in txs if rules.during_notification_delay(t.at, payer.learned_at, payer.notified_at)
    ]


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
    return (severe, mild) if finding in SEVERE else (mild, severe)


def _explain(
    payer: Payer,
    outcome_finding: Finding,
    band: rules.Band,
    liable: Decimal,
    refund: Decimal,
    results: list[TransactionResult],
) -> dict[str, str]:
    p = PROVISIONS[band.provision]
    label = rules.FINDING_LABEL[outcome_finding]
    excluded = [r for r in results if r.status != "counted"]
    da = (
        f"{payer.name} hæfter for {money(liable)} kr. efter {p.citation}, fordi vurderingen "
        f"er: {label['da']}. {p.text['da']} Banken betaler {money(refund)} kr. tilbage."
    )
    en = (
        f"{payer.name} bears DKK {money(liable, 'en')} under {p.citation} because the finding is: "
        f"{label['en']}. {p.text['en']} The bank refunds DKK {money(refund, 'en')}."
    )
    for r in excluded:
        why = PROVISIONS[r.reason or "stk1"]
        da += f" Transaktion {r.id} ({money(r.amount)} kr.), {why.citation}: {why.text['da']}"
        en += f" Transaction {r.id} (DKK {money(r.amount, 'en')}), {why.citation}: {why.text['en']}"
    return {"da": da, "en": en}


def _outcome(
    payer: Payer, txs: list[Transaction], data: DisputeInput, finding: Finding
) -> tuple[Outcome, list[TransactionResult], Decimal]:
    results = [_classify(t, payer, data.provider, data.objected_on, finding) for t in txs]
    counted = _sum(results, "counted")
    band = rules.band_for(finding, credential_used=True)
    liable = rules.capped(counted, band)
    not_covered = _sum(results, "not_covered")
    disputed = sum((t.amount for t in txs), ZERO)
    refund = disputed - liable - not_covered
    for_, against = _facts(payer, txs, finding)
    outcome = Outcome(
        finding=finding,
        provision=band.provision,
        citation=PROVISIONS[band.provision].citation,
        band=band.label,
        liable_amount=liable,
        refund_amount=refund,
        explanation=_explain(payer, finding, band, liable, refund, results),
        facts_for=for_,
        facts_against=against,
    )
    return outcome, results, not_covered


def _alternatives(payer: Payer, txs: list[Transaction]) -> list[Finding]:
    chosen = list(payer.alternative_findings)
    if not chosen and payer.disclosed:
        chosen = [Finding.no_fault, Finding.gross_negligence, Finding.intentional_disclosure]
    if payer.finding is Finding.no_fault and _delay(payer, txs):
        # Stk. 4, nr. 1 only changes the band when the payer is otherwise in stk. 3.
        chosen.append(Finding.late_notification)
    return [f for f in dict.fromkeys(chosen) if f is not payer.finding]


def _findings(data: DisputeInput) -> list[dict[str, str]]:
    out: list[dict[str, str]] = []
    first = min(t.at for t in data.transactions)
    for p in data.payers:
        if p.notified_at and p.notified_at <= first:
            out.append(
                {
                    "code": "blocked_before_first_transaction",
                    "da": f"{p.name}: spærring/underretning er registreret før første transaktion. "
                    "Kontrollér tidspunktet.",
                    "en": f"{p.name}: the blocking/notification is recorded before the first "
                    "transaction. Check the time.",
                }
            )
        txs = [t for t in data.transactions if t.payer == p.id]
        if p.finding is Finding.no_fault and _delay(p, txs):
            out.append(
                {
                    "code": "late_notification_possible",
                    "da": f"{p.name}: der er betalinger efter, at betaleren fik kendskab til "
                    "misbruget, og før spærring. Vurdér, om der blev sagt til snarest muligt "
                    "(§ 100, stk. 4, nr. 1); se alternativet.",
                    "en": f"{p.name}: there are payments after the payer learned of the "
                    "compromise and before blocking. Assess whether notice was given as soon "
                    "as possible (§ 100, stk. 4, nr. 1); see the alternative.",
                }
            )
        if p.finding is Finding.late_notification and not _delay(p, txs):
            out.append(
                {
                    "code": "late_notification_unsupported",
                    "da": f"{p.name}: vurderingen er sen underretning, men tidspunkterne viser "
                    "ingen betaling mellem kendskab og spærring. Kontrollér tidspunkterne.",
                    "en": f"{p.name}: the finding is late notification, but the times show no "
                    "payment between learning and blocking. Check the times.",
                }
            )
        provider_cause = data.provider.loss_caused_by_provider or p.loss_undetectable
        if provider_cause and not rules.lifts_low_band(p.finding):
            out.append(
                {
                    "code": "provider_cause_low_band_only",
                    "da": f"{p.name}: tab forårsaget af udbyderens folk eller som ikke kunne "
                    "opdages fjerner efter PSD2 art. 74, stk. 1, kun hæftelsen på 375 kr.; ved "
                    "den valgte vurdering hæfter betaleren stadig. Den danske ordlyd er ikke "
                    "verificeret.",
                    "en": f"{p.name}: a loss caused by the provider's people or not detectable "
                    "lifts, under PSD2 art. 74(1), only the DKK 375 liability; under the chosen "
                    "finding the payer is still liable. The Danish wording is not verified.",
                }
            )
    if any(rules.objection_late(t.at, data.objected_on) for t in data.transactions):
        out.append(
            {
                "code": "objection_late",
                "da": "Indsigelsen kom mere end 13 måneder efter en eller flere hævninger (§ 97).",
                "en": "The objection came more than 13 months after one or more debits (§ 97).",
            }
        )
    if any(t.authorised_by_payer for t in data.transactions):
        out.append({"code": "authorised", **PROVISIONS["authorised"].text})
    return out


def assess(data: DisputeInput) -> Assessment:
    payers: list[PayerAssessment] = []
    for payer in data.payers:
        txs = [t for t in data.transactions if t.payer == payer.id]
        main, results, not_covered = _outcome(payer, txs, data, payer.finding)
        alts = [_outcome(payer, txs, data, f)[0] for f in _alternatives(payer, txs)]
        payers.append(
            PayerAssessment(
                payer=payer.id,
                name=payer.name,
                disputed_amount=sum((t.amount for t in txs), ZERO),
                liable_amount=main.liable_amount,
                refund_amount=main.refund_amount,
                not_covered_amount=not_covered,
                provision=main.provision,
                citation=main.citation,
                band=main.band,
                explanation=main.explanation,
                transactions=results,
                alternatives=alts,
            )
        )
    return _assessment(data, payers)


def _total_alternatives(payers: list[PayerAssessment]) -> list[TotalAlternative]:
    """Each alternative view applied to every payer it was raised for; the rest as assessed."""
    views = dict.fromkeys(a.finding for p in payers for a in p.alternatives)
    out = []
    for f in views:
        picked = [next((a for a in p.alternatives if a.finding is f), p) for p in payers]
        out.append(
            TotalAlternative(
                finding=f,
                citation=PROVISIONS[rules.band_for(f, credential_used=True).provision].citation,
                band=rules.band_for(f, credential_used=True).label,
                liable_amount=sum((x.liable_amount for x in picked), ZERO),
                refund_amount=sum((x.refund_amount for x in picked), ZERO),
            )
        )
    return out


def _assessment(data: DisputeInput, payers: list[PayerAssessment]) -> Assessment:
    provisions = sorted({p.provision for p in payers})
    return Assessment(
        title=data.title,
        payers=payers,
        total=Totals(
            disputed_amount=sum((p.disputed_amount for p in payers), ZERO),
            liable_amount=sum((p.liable_amount for p in payers), ZERO),
            refund_amount=sum((p.refund_amount for p in payers), ZERO),
            not_covered_amount=sum((p.not_covered_amount for p in payers), ZERO),
            provision=", ".join(PROVISIONS[k].citation for k in provisions),
            alternatives=_total_alternatives(payers),
        ),
        findings=_findings(data),
        cap_rule=CAP_RULE,
        sources={
            k: [*v.sources, *([f"unverified: {v.note}"] if not v.verified else [])]
            for k, v in PROVISIONS.items()
        },
    )
