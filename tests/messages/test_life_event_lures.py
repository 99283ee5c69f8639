"""The rules written on the twenty-seventh blind set's misses (life events: moving, weddings,
births, deaths and inheritance, retirement), each firing on its story and quiet on a genuine
neighbour (the STORIES run in test_signals.py's test_signal): an inheritance used for a fee or
details, valuables "collected by the police", a relative "arrested" in a text, something free
that needs a card; the wider card, reserve and payout rules; and the false alarms fixed beside
them (a card sent to the address in the CPR register, "no reservation fee", a call that asked
nothing to be approved, a warning about a look-alike of its sender)."""

from __future__ import annotations

import pytest

from tests.messages.helpers import verdict_and_codes
from vaern.messages.lookalike import poses_as_danish

STORIES = [
    (
        "inheritance_lure",
        "email",
        "Emne: Du kan være arving\nVores slægtsforskere har fundet ud af, at du sandsynligvis er "
        "arving i et uafsluttet dødsbo. Sagsmappen udleveres mod et gebyr på 2.900 kr.",
        "Emne: Dødsboet efter din mor\nSkifteretten har udleveret boet til privat skifte. Du "
        "finder skifteretsattesten i din Digital Post.",
    ),
    (
        "valuables_collected",
        "call",
        "Der ringede en fra politiet og sagde, at der var indbrud i området. En betjent ville "
        "komme forbi og tage mine smykker og kontanter i forvaring.",
        "Der ringede en fra politiet og sagde, at der var indbrud i området. De anbefalede, at "
        "jeg låste mine smykker inde og ringede 114, hvis jeg så noget.",
    ),
    (
        "relative_arrested",
        "sms",
        "POLITI: Din datter er anholdt efter et færdselsuheld. Ring straks til vagthavende på "
        "71 84 29 36.",
        "Din datter er kommet godt hjem fra lejren. Ring gerne til lejrlederen på 71 84 29 36, "
        "hvis I har spørgsmål.",
    ),
    (
        "free_needs_card",
        "sms",
        "Bisættelsen transmitteres live kl. 13. Se den her (gratis, kræver kort for "
        "alderskontrol): live-bisaettelse.com",
        "Bisættelsen finder sted i Sankt Pauls Kirke kl. 13. Den kan også følges gratis på "
        "kirkens hjemmeside.",
    ),
    (
        "card_to_receive",
        "email",
        "Du har 1.432 kr. til gode på din elaftale. Klik herunder og indtast dit betalingskort, "
        "så overfører vi beløbet.",
        "Du har 1.432 kr. til gode på din elaftale. Beløbet overføres til din NemKonto inden "
        "for 14 dage.",
    ),
    (
        "pay_to_reserve",
        "email",
        "Prisen er 6.500 kr. for hele dagen. Jeg har fået 2 andre forespørgsler på datoen, så "
        "for at sikre den skal I sende hele beløbet på MobilePay i dag.",
        "Prisen er 6.500 kr. for hele dagen. Jeg sender kontrakten i morgen, og I betaler efter "
        "brylluppet.",
    ),
]


def test_a_name_under_dk_com_poses_as_a_dk_address() -> None:
    assert poses_as_danish("testamente-register.dk.com") == "dk"
    assert poses_as_danish("www.dk.com") is None and poses_as_danish("dk.trustpilot.com") is None


@pytest.mark.parametrize(
    ("text", "channel", "code"),
    [
        ("Jyske Bank: Dit nye Visa/Dankort er sendt til din adresse i CPR. Aktivér det i "
         "Jyske Mobilbank.", "sms", "details_by_reply"),
        ("Dit barn tilbydes plads i vuggestuen fra 1. august. Forældrebetalingen opkræves "
         "forud. Der er ikke et reservationsgebyr.", "email", "pay_to_reserve"),
    ],
)  # fmt: skip
def test_genuine_neighbours_of_the_widened_rules(text: str, channel: str, code: str) -> None:
    verdict, codes = verdict_and_codes(text, channel)
    assert verdict not in ("scam", "suspicious") and code not in codes


def test_a_caller_who_asked_nothing_to_be_approved_asked_nothing() -> None:
    verdict, codes = verdict_and_codes(
        "Min bankrådgiver ringede som aftalt om boliglånet. Hun bad mig ikke godkende noget, "
        "mens vi talte, og sagde, jeg skulle logge ind selv.",
        "call",
    )
    assert verdict not in ("scam", "suspicious") and "asked_nothing" in codes


def test_a_warning_about_a_look_alike_of_its_sender_is_a_warning() -> None:
    verdict, codes = verdict_and_codes(
        "Kære kunder\nNogle har fået mails fra en adresse, der ligner vores "
        "(vores-firma.dk.co), om at vi har skiftet bank. Det har vi ikke.",
        "email",
    )
    assert verdict not in ("scam", "suspicious") and "warns_about_scams" in codes


def test_a_payout_awaiting_approval_behind_a_link_is_money_waiting() -> None:
    verdict, codes = verdict_and_codes(
        "Din forsikringssag er afsluttet. Udbetaling af 95.000 kr. afventer godkendelse: "
        "forsikring-godkend.com/sag",
        "sms",
    )
    assert verdict in ("scam", "suspicious") and "money_waiting" in codes


@pytest.mark.parametrize(
    "text",
    [
        "Vi har fundet en livsforsikring, hvor du er begunstiget. For at frigive summen skal der "
        "betales et ekspeditionsgebyr på 2.750 kr.",
        "Fonden har udvalgt dig til 250.000 kr. i støtte. Fonden kræver et administrationsgebyr "
        "på 1.850 kr. før udbetaling.",
    ],
)
def test_a_fee_before_a_payout_is_advance_fee_fraud(text: str) -> None:
    verdict, codes = verdict_and_codes(text, "email")
    assert verdict == "scam" and "pay_to_release" in codes


def test_a_payout_with_tax_withheld_is_no_fee_before_it() -> None:
    _, codes = verdict_and_codes(
        "Vi har fundet en livsforsikring, hvor du er begunstiget. Summen udbetales til din "
        "NemKonto, når skifteretsattesten er modtaget. Der trækkes afgift af udbetalingen.",
        "email",
    )
    assert "pay_to_release" not in codes


def test_money_left_standing_behind_a_stranger_s_link_is_money_waiting() -> None:
    verdict, codes = verdict_and_codes(
        "Feriefonden: Du har 12.740 kr stående, som ikke er udbetalt. Anmod om udbetaling her: "
        "ferie-udbetaling.com",
        "sms",
    )
    assert verdict in ("scam", "suspicious") and "money_waiting" in codes
