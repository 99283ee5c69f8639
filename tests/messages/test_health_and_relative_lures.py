"""The rules written on the eighteenth to twentieth blind sets' misses (2026-12-06 morning),
each firing on its story and quiet on a genuine neighbour (the STORIES run in test_signals.py's
test_signal): prescription medicine sold without a prescription, a relative in trouble who
needs money, money arranged on WhatsApp or Telegram; and the wider rules and false alarms fixed
beside them (health services' names on addresses outside .dk, a card asked for on a call,
someone else's phone as a new number, gift-card codes, Digital Post named as the channel, a
site only linked to, warnings that describe a request)."""

from __future__ import annotations

import pytest

from tests.messages.helpers import verdict_and_codes
from vaern.messages.evidence import floor_of
from vaern.messages.service import floor_of_codes

STORIES = [
    (
        "medicine_without_prescription",
        "sms",
        "Slankepenne (Wegovy) uden recept, levering på 2 dage. Kun 650 kr: vaegttab-pen.store",
        "Apoteket: Din Wegovy er klar til afhentning på Apoteket Valby. Husk dit sundhedskort.",
    ),
    (
        "relative_in_trouble",
        "sms",
        "Hej farfar, jeg er kommet til skade på ferien i Spanien og ligger på hospitalet. "
        "Kan du overføre 7.000 kr til min vens konto? Jeg forklarer senere.",
        "Hej farfar, jeg er kommet til skade på ferien, men det er bare en forstuvning. "
        "Vi ses på søndag til kaffe!",
    ),
    (
        "approve_to_receive",
        "sms",
        "Din refusion på 640 kr er klar. Vi sender dig en MobilePay-anmodning: tryk Godkend, så "
        "overføres pengene til dig.",
        "MobilePay: Kasper har sendt dig en anmodning på 120 kr for pizza. Godkend eller afvis "
        "i appen.",
    ),
    (
        "pay_to_reserve",
        "sms",
        "Hej, det er udlejeren af rækkehuset i Brabrand. Der er mange interesserede, men hvis du "
        "sender 3.000 kr på MobilePay i dag, holder jeg det til dig.",
        "Hej, det er udlejeren af rækkehuset i Brabrand. Fremvisning er på lørdag kl. 11, og "
        "lejekontrakten underskriver vi bagefter.",
    ),
    (
        "travel_permit_site",
        "url",
        "https://usa-esta-visum.net/ansog – Officiel ESTA-ansøgning. Gebyr 79 USD.",
        "https://www.dr.dk/nyheder/indland/saadan-soeger-du-esta-til-usa",
    ),
    (
        "name_and_word_link",
        "sms",
        "Fjordlinjen: Din afgang i morgen er aflyst. Få refusion på 480 kr her: "
        "fjordlinjen-refusion.com/r/88",
        "Fjordlinjen: Din afgang i morgen er aflyst. Se ombooking og refusion under Mine rejser "
        "på fjordlinjen.dk.",
    ),
    (
        "reply_yes_for_link",
        "sms",
        "Din pakke kan ikke leveres uden din bekræftelse. Svar JA, så sender vi dig et "
        "leveringslink.",
        "Tandlægen: Husk din tid tirsdag kl. 10.30. Svar JA for at bekræfte eller ring for at "
        "flytte tiden.",
    ),
    (
        "money_on_messenger",
        "sms",
        "Du har 2.400 kr i ubrugt tilskud. Skriv til vores rådgiver på WhatsApp for at få "
        "pengene udbetalt.",
        "Fodboldtræning flyttes til kl. 17 på torsdag. Skriv på holdets WhatsApp, hvis du ikke "
        "kan komme.",
    ),
]


@pytest.mark.parametrize(
    ("text", "channel"),
    [
        ("Tandlægen: Din indkaldelse er klar. Se svar her: tandlaege-svar.net/k/19", "sms"),
        ("Apotek: Din pakke med medicin mangler porto. Betal 19 kr: apotek-fragt.info", "sms"),
        ("https://sundhed-vaccine.info/booking", "url"),
    ],
)
def test_a_health_service_named_on_an_address_outside_dk_is_suspicious(
    text: str, channel: str
) -> None:
    verdict, codes = verdict_and_codes(text, channel)
    assert verdict in ("suspicious", "scam") and "authority_off_dk" in codes


def test_a_health_service_linking_to_its_own_dk_site_is_not_flagged() -> None:
    verdict, codes = verdict_and_codes(
        "Lægehuset: Svar på dine blodprøver ligger nu på sundhed.dk. Log ind med MitID.", "sms"
    )
    assert verdict not in ("suspicious", "scam") and "authority_off_dk" not in codes


@pytest.mark.parametrize(
    "text",
    [
        "Det er fra skadeafdelingen. Før vi sender en glarmester, skal selvrisikoen betales. "
        "Har du dit Dankort ved hånden?",
        "Jeg ringer om din refusion. Jeg skal bruge de 16 cifre på dit kort, så sætter vi "
        "pengene ind.",
    ],
)
def test_a_caller_who_wants_the_card_at_hand_asks_for_card_details(text: str) -> None:
    verdict, codes = verdict_and_codes(text, "call")
    assert verdict == "scam" and "details_on_call" in codes


@pytest.mark.parametrize(
    ("text", "fires"),
    [
        ("hej mor, skriver fra en vens tlf. kan du overføre 2.000 kr til ham? haster", True),
        ("Hej far, har lånt min kollegas telefon. Kan du betale 900 kr for mig i dag?", True),
        ("hej mor, min vens telefon er død, så vi ses bare ved stationen kl 18", False),
    ],
)
def test_someone_elses_phone_is_a_new_number(text: str, fires: bool) -> None:
    _, codes = verdict_and_codes(text, "sms")
    assert ("new_number_money" in codes) is fires


def test_paysafe_codes_sent_by_text_are_gift_card_codes() -> None:
    verdict, codes = verdict_and_codes(
        "Han sagde, jeg skulle købe Paysafe-kort for 2.000 kr og sende koder til os på sms.",
        "call",
    )
    assert verdict == "scam" and "gift_card_codes" in codes


def test_digital_post_named_as_where_a_letter_arrives_is_not_who_speaks() -> None:
    # An agency's mail that refers to its own site and says the decision comes by Digital
    # Post; the sender is the agency, not borger.dk.
    verdict, codes = verdict_and_codes(
        "Emne: Din ansøgning er modtaget\nKære ansøger\nVi har modtaget din ansøgning og "
        "betalingen af gebyret. Du kan følge sagen på nyidanmark.dk. Du får afgørelsen i "
        "Digital Post.\nMed venlig hilsen\nStyrelsen",
        "email",
    )
    assert "foreign_link_request" not in codes and verdict != "scam"


def test_digital_post_in_the_opening_is_still_the_claim() -> None:
    verdict, codes = verdict_and_codes(
        "Du har fået nyt brev i Digital Post. Log ind her: https://digitalpost-laes.com/b/8",
        "sms",
    )
    assert verdict == "scam" and "foreign_link_request" in codes


def test_a_site_only_linked_to_does_not_make_its_policy_the_askers() -> None:
    # skat.dk linked for the tax card: Skattestyrelsen's "never asks for CPR" is not broken
    # by an employer asking for the new employee's CPR number in person.
    _, codes = verdict_and_codes(
        "Velkommen til lageret på mandag kl. 7. Du skal give os dit CPR-nummer til "
        "lønsystemet, og du opretter dit skattekort på skat.dk.",
        "email",
    )
    assert "policy_asks_for" not in codes


@pytest.mark.parametrize(
    ("text", "channel"),
    [
        (
            "Vi ser opkald fra falske 'læger', der beder dig læse koder op. Del aldrig koder, "
            "og læg på.",
            "sms",
        ),
        (
            "Har du fået opkald om, at din journal er hacket, og godkendt noget i MitID? Spær "
            "dit MitID, ring til din bank og anmeld det til politiet.",
            "sms",
        ),
        (
            "Sådan undgår du svindel på markedspladser: svindlere sender links, hvor du skal "
            "indtaste kortnummer for at modtage penge. Du skal aldrig bruge dit kort for at få "
            "penge.",
            "email",
        ),
        (
            "Pas på hjemmesider, der sælger Ozempic uden recept. Det er ulovligt, og "
            "medicinen kan være falsk.",
            "url",
        ),
    ],
)
def test_warnings_that_describe_the_request_set_no_verdict_floor(text: str, channel: str) -> None:
    _, codes = verdict_and_codes(text, channel)
    assert not [code for code in codes if floor_of(code)]


def test_a_relative_who_says_no_money_is_needed_is_no_relative_in_trouble() -> None:
    _, codes = verdict_and_codes(
        "Hej mor og far, jeg ligger på hospitalet i Lissabon efter en operation, men "
        "forsikringen dækker alt, så I skal ikke betale noget. Kh Emil",
        "email",
    )
    assert "relative_in_trouble" not in codes


@pytest.mark.parametrize(
    "text",
    [
        "Styrelsen: Din arbejdstilladelse tilbagekaldes i dag kl. 16. Ring straks til "
        "sagsbehandler på 71 23 45 67 for at stoppe sagen.",
        "Emne: Udvisning\nDu er derfor udvist af Danmark. Du kan undgå det ved at betale et "
        "forlig på 9.000 kr. Kontakt sagsbehandler på mail i dag.",
    ],
)
def test_a_permit_revoked_by_text_unless_you_call_or_pay_is_an_authority_threat(
    text: str,
) -> None:
    channel = "email" if text.startswith("Emne") else "sms"
    verdict, codes = verdict_and_codes(text, channel)
    assert verdict == "scam" and "written_authority_threat" in codes


def test_a_warning_that_explains_what_approving_does_is_no_lure() -> None:
    _, codes = verdict_and_codes(
        "Husk: Når du godkender en MobilePay-anmodning, sender du penge. Du får aldrig penge "
        "ved at godkende en anmodning.",
        "sms",
    )
    assert "approve_to_receive" not in codes


@pytest.mark.parametrize(
    "text",
    [
        "Ja, sæsonkortet er stadig til salg, 900 kr. Jeg kan sende det med det samme, når "
        "MobilePay er modtaget.",
        "Jeg sælger min festivalbillet. Send 1.200 på MobilePay, så laver jeg navneskiftet i aften.",
        "Jeg har 2 billetter til koncerten. Arrangøren kræver, at du betaler et gebyr på 300 kr, "
        "før de kan overføres til dig.",
    ],
)
def test_a_private_seller_paid_before_the_goods_come(text: str) -> None:
    _, codes = verdict_and_codes(text, "sms")
    assert "pay_first_sale" in codes


@pytest.mark.parametrize(
    ("text", "fires"),
    [
        (
            "Båden er stadig din, hvis du overfører de 2.000 i aften. Der er andre interesserede.",
            True,
        ),
        (
            "Båden er stadig til salg. Der er andre interesserede, så kom gerne og se den i dag.",
            False,
        ),
    ],
)
def test_another_buyer_as_the_reason_to_pay_now(text: str, fires: bool) -> None:
    _, codes = verdict_and_codes(text, "sms")
    assert ("pay_to_reserve" in codes) is fires


def test_a_request_sent_first_then_approve_it_to_receive() -> None:
    verdict, codes = verdict_and_codes(
        "Jeg vil gerne købe din cykel. Jeg har sendt dig en MobilePay-anmodning, så du kan "
        "modtage pengene. Godkend den bare.",
        "sms",
    )
    assert verdict == "scam" and "approve_to_receive" in codes


def test_the_reception_on_the_phone_asking_for_the_card_number_is_a_scam() -> None:
    verdict, codes = verdict_and_codes(
        "Godaften, det er receptionen. Kortet, du tjekkede ind med, er blevet afvist. Kan du "
        "give mig kortnummeret og udløbsdatoen?",
        "call",
    )
    assert verdict == "scam" and "details_on_call" in codes


def test_a_warning_that_tells_the_fraudsters_moves_is_no_request() -> None:
    _, codes = verdict_and_codes(
        "Pas på falske udlejere. De opretter annoncer for billige boliger og beder om en kopi "
        "af dit pas. Send aldrig billeder af ID.",
        "email",
    )
    assert "policy_asks_for" not in codes


@pytest.mark.parametrize(
    "text",
    [
        "Du får en kode på SMS om et øjeblik. Send den bare til mig, så er din stemme talt ❤️",
        "fik du lige en kode fra instagram? har brugt dit nummer ved en fejl, send den lige",
        "Telenor: Nummerflytning anmodet. Bekræft med koden, vi har sendt, ved at svare på denne "
        "SMS.",
    ],
)
def test_a_code_just_received_to_be_sent_on(text: str) -> None:
    verdict, codes = verdict_and_codes(text, "sms")
    assert verdict == "scam" and "code_sent_back" in codes


def test_a_mitid_request_announced_to_be_approved_is_a_code_read_out() -> None:
    verdict, codes = verdict_and_codes(
        "Hej, det er Line fra lønkontoret. Vi mangler din MitID-bekræftelse. Du får en "
        "anmodning om lidt, godkend den venligst.",
        "sms",
    )
    assert verdict == "scam" and "read_out_code" in codes


def test_a_club_payment_request_to_approve_without_mitid_is_no_code_read_out() -> None:
    _, codes = verdict_and_codes(
        "Hej forældre. I får en anmodning i MobilePay om kontingent på 450 kr. – godkend den "
        "inden fredag.",
        "sms",
    )
    assert "read_out_code" not in codes


def test_a_notice_whose_links_are_all_its_own_is_not_suspicious_on_wording_alone() -> None:
    verdict, codes = verdict_and_codes(
        "YouSee: Vi har ikke modtaget betaling af din regning på 389,00 kr. Betal nu på "
        "yousee.dk/betal for at undgå rykkergebyr.",
        "sms",
    )
    assert "official_link" in codes and verdict == "unknown"


@pytest.mark.parametrize(
    ("text", "channel"),
    [
        (
            "Emne: Falske teknikere ringer\nVi har fået henvendelser om personer, der ringer og "
            "beder dig installere AnyDesk. Vi ringer aldrig og beder om fjernadgang.",
            "email",
        ),
        (
            "Telenor: Svindlere ringer og siger, at de er fra Telenor, og beder dig læse en kode "
            "op. Læg på og ring selv til os.",
            "sms",
        ),
    ],
)
def test_a_warning_that_tells_the_story_sets_no_floor_by_its_words(text: str, channel: str) -> None:
    verdict, codes = verdict_and_codes(text, channel)
    assert "warns_about_scams" in codes and floor_of_codes(sorted(codes), channel) is None
    assert verdict == "unknown"


def test_a_callers_script_beside_a_warning_word_keeps_its_floor() -> None:
    codes = ["warns_about_scams", "safe_account"]
    assert floor_of_codes(codes, "call") == "scam" and floor_of_codes(codes, "sms") is None


def test_a_warning_that_links_to_a_lookalike_keeps_the_links_floor() -> None:
    # Only what the links prove sets a floor in a warning: a look-alike link still does.
    verdict, _ = verdict_and_codes(
        "Pas på falske sms'er! Log ind her for at tjekke din konto: https://mitid-sikker.com/login",
        "sms",
    )
    assert verdict in ("suspicious", "scam")


def test_counterfeit_notes_in_the_fake_police_story_are_no_warning() -> None:
    _, codes = verdict_and_codes(
        "Det er kriminalassistent Lund fra politiet. Der er falske sedler i dine penge i banken. "
        "Du skal hæve dem, så henter en betjent dem.",
        "call",
    )
    assert "warns_about_scams" not in codes


def test_not_you_ring_now_without_a_published_number_is_an_alert_callback() -> None:
    verdict, codes = verdict_and_codes(
        "Kryptobørsen: Ny udbetaling på 0,2 BTC er sat i gang. Hvis det ikke var dig, så ring "
        "straks til vores sikkerhedsteam på 78 79 21 44.",
        "sms",
    )
    assert verdict in ("suspicious", "scam") and "alert_callback" in codes


def test_an_alert_that_sends_you_to_the_app_is_no_callback() -> None:
    _, codes = verdict_and_codes(
        "Kryptobørsen: Ny udbetaling på 0,2 BTC er sat i gang. Hvis det ikke var dig, så spær "
        "din konto straks i appen.",
        "sms",
    )
    assert "alert_callback" not in codes


@pytest.mark.parametrize(
    "text",
    [
        "Emne: Automatisk fornyelse\nDit antivirus-abonnement er fornyet, og 2.499 kr. trækkes i "
        "dag. Ønsker du at annullere, så ring til os på 78 70 12 34.",
        "Emne: Ordrebekræftelse\nProdukt: PC Beskyttelse 3 år. Beløb: 3.100 kr. Betalingen "
        "trækkes i dag. Kontakt kundesupport for annullering: 89 81 22 33",
    ],
)
def test_a_renewal_to_cancel_by_ringing_the_number_given(text: str) -> None:
    _, codes = verdict_and_codes(text, "email")
    assert "renewal_callback" in codes


def test_a_renewal_to_cancel_in_your_account_is_no_callback() -> None:
    _, codes = verdict_and_codes(
        "Emne: Dit abonnement er fornyet\nDit abonnement er fornyet for 549 kr./år. Ønsker du at "
        "annullere, kan du gøre det under Mit abonnement i appen.",
        "email",
    )
    assert "renewal_callback" not in codes


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "Banken: Der er udbetalt udbytte på 310,50 kr. fra dine investeringsbeviser.",
            "crypto_investment",
        ),
        (
            "Hej. Dit depositum på 18.000 kr. minus rengøring er overført til din konto i dag.",
            "urgent_transfer",
        ),
    ],
)
def test_money_told_as_paid_out_is_no_offer_nor_transfer_asked(text: str, code: str) -> None:
    _, codes = verdict_and_codes(text, "sms")
    assert code not in codes


def test_a_transfer_asked_now_is_still_urgent() -> None:
    _, codes = verdict_and_codes(
        "Hej, det er direktøren. Så skal der overføres 10.500 euro med det samme, diskret.",
        "email",
    )
    assert "urgent_transfer" in codes


def test_a_buyer_who_wants_the_code_you_just_got_is_a_scam() -> None:
    verdict, codes = verdict_and_codes(
        "Hej, jeg kan ikke finde dig på MobilePay. Der er sendt en verificering til dit nummer, "
        "giv mig lige den kode du lige har fået, så betaler jeg.",
        "sms",
    )
    assert verdict == "scam" and "code_sent_back" in codes
