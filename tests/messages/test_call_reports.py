"""Reports of calls: the person rang the organisation's own number, or the caller asked for
nothing (genuine); the caller wants card, CPR or MitID details, or a code read out (scam). Each rule fires on its report and stays quiet on the scam neighbour (the
STORIES run in test_signals.py's test_signal); a number the directory does not publish, or
one a message gave, vouches for nothing."""

from __future__ import annotations

import pytest

from vaern.messages import check

STORIES = [
    (
        "details_on_call",
        "call",
        "Det er fra Flextrafik. Vi har skiftet betalingssystem, så jeg skal lige have dit "
        "kortnummer og udløbsdato, før du kan blive kørt til lægen.",
        "Det er fra Flextrafik. Din kørsel til lægen torsdag er bekræftet kl. 9.30. Betalingen "
        "sker som altid over regningen.",
    ),
    (
        "called_them_yourself",
        "call",
        "Jeg ringede selv til Danske Bank på 70 12 34 56, fordi jeg havde fået en mærkelig "
        "sms. Medarbejderen bekræftede, at sms'en ikke var fra dem, og spærrede mit kort.",
        "Jeg ringede tilbage på nummeret i sms'en om mit abonnement. En mand sagde, at de ved "
        "en fejl havde refunderet 19.000 kr., og at jeg skulle sende dem tilbage.",
    ),
    (
        "asked_nothing",
        "call",
        "Min bank ringede og sagde, at de havde spærret mit kort pga. mistanke. De bad mig "
        "ikke om noget, bare sagde at nyt kort ville komme med posten.",
        "Min bank ringede og sagde, at mit kort var misbrugt. De bad mig læse koden fra min "
        "MitID-app op, så de kunne stoppe betalingen.",
    ),
]


def _codes(text: str, channel: str = "call") -> set[str]:
    return {r["code"] for r in check(text, channel=channel)["reasons"]}


@pytest.mark.parametrize(
    "text",
    [
        # a number no directory organisation publishes
        "Jeg ringede selv til Danske Bank på 70 22 91 83, som stod i sms'en, og de bad mig "
        "flytte pengene.",
        "Jeg ringede til nummeret fra mailen, og han bad om mit kortnummer.",
        "Jeg ringede selv til nummeret i beskeden, og de bad mig godkende i MitID.",
    ],
)
def test_a_number_nobody_vouches_for_is_no_call_to_them(text: str) -> None:
    assert "called_them_yourself" not in _codes(text)


def test_a_genuine_call_report_is_not_flagged() -> None:
    text = (
        "Jeg ringede til MitID-support på 33 98 00 10 fordi jeg ikke kunne logge ind. De bad "
        "mig bekræfte med min kodeviser og sagde, at de aldrig selv ringer ud."
    )
    assert check(text, channel="call")["verdict"] not in ("scam", "suspicious")


def test_asking_for_nothing_does_not_lift_a_floor() -> None:
    text = (
        "Han sagde, han var fra banken. Han bad ikke om koder, men om at jeg skulle flytte "
        "pengene til en sikker konto i dag."
    )
    result = check(text, channel="call")
    assert "asked_nothing" in {r["code"] for r in result["reasons"]}
    assert result["verdict"] == "scam"


@pytest.mark.parametrize(
    "text",
    [
        "Min far fik et opkald fra MitID. Han skulle læse de seks cifre op fra kodeviseren, "
        "så de kunne nulstille den.",
        "Dit SIM-kort bliver lukket i aften. Du skal oplyse koden, der kommer på SMS, så vi "
        "kan flytte nummeret.",
        "For at blokere det skal du godkende den anmodning, der kommer i din app om lidt.",
        "Hvis du lige åbner din MitID-app, så sender jeg en bekræftelse.",
        "Jeg kan skifte læge for dig nu, hvis du logger på med MitID, mens jeg er i telefonen.",
    ],
)
def test_a_code_or_approval_asked_for_on_a_call_is_read_out(text: str) -> None:
    result = check(text, channel="call")
    assert "read_out_code" in {r["code"] for r in result["reasons"]}
    assert result["verdict"] == "scam"


def test_a_code_shown_at_pickup_is_no_code_read_out() -> None:
    text = "GLS: Din pakke ligger i pakkeshoppen. Vis koden fra sms'en, når du henter den."
    assert "read_out_code" not in _codes(text, "sms")


def test_a_seller_asking_for_a_cpr_number_is_no_card_request() -> None:
    """A real energy seller's script asks for the CPR number to switch supplier."""
    text = (
        "Jeg skal lige bruge dit CPR-nummer til at hente dine forbrugsdata, så kan jeg se, "
        "hvad du kan spare."
    )
    assert "details_on_call" not in _codes(text)


def test_what_the_organisation_asked_on_a_call_the_person_placed_sets_no_floor() -> None:
    text = (
        "Jeg mistede min pung og ringede selv til Nets på 44 89 29 29. Medarbejderen bad om "
        "mit navn og mit CPR-nummer for at finde kortene og spærrede dem."
    )
    assert check(text, channel="call")["verdict"] != "scam"


def test_calling_a_relative_is_no_call_to_an_organisation() -> None:
    text = "Jeg ringede til min mormor og forklarede hende, at hun skal lægge på."
    assert "called_them_yourself" not in _codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "Hej, det er Anne fra Nordeas kortafdeling. Vi har stoppet en betaling på 2.150 kr. "
        "Var det dig? Okay, så spærrer jeg kortet nu. Jeg beder dig ikke om koder eller om at "
        "godkende noget i MitID.",
        "Goddag, det er Rasmus fra Nets' kortovervågning. Vi har stoppet en betaling i "
        "Vilnius. Så spærrer vi kortet nu. Jeg skal ikke bruge nogen koder eller MitID fra "
        "dig, og du skal ikke flytte penge.",
    ],
)
def test_a_fraud_teams_call_that_says_what_it_does_not_ask_is_no_scam(text: str) -> None:
    result = check(text, channel="call")
    assert not {"read_out_code", "safe_account"} & _codes(text)
    assert result["verdict"] != "scam"


def test_a_caller_who_asks_for_the_code_after_all_is_still_a_scam() -> None:
    text = (
        "Det er Nordeas sikkerhedsafdeling. Jeg beder dig ikke om din adgangskode, men læs "
        "koden fra din MitID-app op for mig, så vi kan stoppe betalingen."
    )
    assert check(text, channel="call")["verdict"] == "scam"
