"""Rules written in the seventh session of 2026-12-06 on the errors of the sixty-fourth to
sixty-sixth blind sets, read once after the rules on the sixty-first to sixty-third. False
alarms first: a card-monitoring call that says "Jeg kommer ikke til at bede om koder", a
relative's new number that offers a call or says the old one still works, a supplier's new
account to be confirmed "på det nummer, I kender". Then the misses: approvals asked for on a
call in more words ("bare godkend den", "godkende tre anmodninger", "tryk godkend"), "Ikke dig?
Ring … for at annullere", "nyt nr.", a code "du lige har fået" to be used by someone else, a
MobilePay request to approve "så kommer pengene ind hos dig", a password-locked archive, a fixed
high return, an estate "uden arvinger", an account lent out for a fee, and the follow-up "den
gamle konto er lukket". Each is checked on its story and on a near miss that must stay quiet."""

from __future__ import annotations

from tests.messages.helpers import verdict_and_codes

FLAGGED = ("scam", "suspicious")

STORIES = [
    (
        "approve_to_receive",
        "sms",
        "Hej jeg tager cyklen til 900. Jeg har sendt en anmodning på MobilePay, du skal bare "
        "godkende den så kommer pengene ind hos dig",
        "Hej jeg tager cyklen til 900. Jeg har sendt pengene på MobilePay, så kan du se dem "
        "komme ind hos dig",
    ),
    (
        "risky_attachment",
        "email",
        "Fra: Café Vest <info@cafe-vest.dk>\nEmne: Betalingsbekræftelse\n\nSe vedhæftede "
        "betalingsbekræftelse. Adgangskode til filen: 2026\nVedhæftet: Betaling.zip",
        "Fra: Café Vest <info@cafe-vest.dk>\nEmne: Betalingsbekræftelse\n\nSe vedhæftede "
        "betalingsbekræftelse.\nVedhæftet: Betaling.pdf",
    ),
    (
        "get_rich_promise",
        "email",
        "Emne: Dine pensionsmuligheder\n\nVores fond giver 1,2 % om måneden med fuld "
        "kapitalgaranti. Send os dit overblik, så sætter vi flytningen i gang.",
        "Emne: Din pension\n\nDin pensionsopsparing gav 6,1 % i afkast sidste år. Se dit "
        "overblik på pensionsinfo.dk.",
    ),
    (
        "inheritance_lure",
        "email",
        "Emne: Fortroligt forslag\n\nJeg repræsenterer en afdød klient, som efterlod 4,2 mio. "
        "EUR uden arvinger. Svar venligst med jeres bankoplysninger.",
        "Emne: Dødsbo\n\nSkifteretten har udsendt skifteretsattest i boet efter din mor. Du "
        "kan se den i Digital Post.",
    ),
    (
        "mule_job",
        "sms",
        "Hej, vil du tjene 3.000 kr nemt? Du skal bare låne din konto ud til en overførsel i "
        "et par dage.",
        "Hej, vil du tjene 3.000 kr på at hjælpe med flytningen lørdag? Vi betaler kontant.",
    ),
]


def test_a_caller_who_says_he_will_not_ask_for_codes_asks_for_none() -> None:
    verdict, codes = verdict_and_codes(
        "Opkald: Det er Nordeas kortovervågning. Vi har sat en betaling på pause. Har du selv "
        "købt noget i dag? Jeg kommer ikke til at bede om koder eller om at godkende noget i "
        "MitID.",
        "call",
    )
    assert verdict not in FLAGGED and "read_out_code" not in codes


def test_approvals_asked_for_on_a_call_in_other_words() -> None:
    for text in (
        "Jeg er din nye rådgiver. Du får en anmodning om en test-overførsel på 1 kr – bare "
        "godkend den.",
        "Henning skulle oplyse sit bruger-id og godkende tre anmodninger.",
        "Der er oprettet en ny modtager. Åbn MitID og godkend ANNULLERING, når den kommer frem.",
        "Du får nu en anmodning i appen – det er bare vores system, så tryk godkend.",
    ):
        verdict, codes = verdict_and_codes(text, "call")
        assert verdict == "scam" and "read_out_code" in codes, text


def test_not_you_ring_to_cancel_is_an_alert_callback() -> None:
    _, codes = verdict_and_codes(
        "Amazon: Køb af Samsung TV 8.999 kr godkendt. Ikke dig? Ring til 78 76 12 05 for at "
        "annullere.",
        "sms",
    )
    assert "alert_callback" in codes
    _, codes = verdict_and_codes(
        "Amazon: Køb af Samsung TV 8.999 kr godkendt. Se ordren i appen.", "sms"
    )
    assert "alert_callback" not in codes


def test_new_number_abbreviated_asking_for_money_is_new_number_money() -> None:
    verdict, codes = verdict_and_codes(
        "Hej farfar. Nyt nr. Den gamle er død. Har en regning der skal betales inden kl 15",
        "sms",
    )
    assert verdict == "scam" and "new_number_money" in codes


def test_a_new_number_that_offers_a_call_and_asks_no_money_is_no_new_number_lure() -> None:
    for text in (
        "Hej far, det er Ida. Har fået nyt nummer, det gamle virker til fredag. Jeg ringer lige "
        "fra det nye i aften.",
        "Yo det er Mads, har nyt nr nu. Ring til mig hvis du er i tvivl, så kan du høre det er mig",
    ):
        _, codes = verdict_and_codes(text, "sms")
        assert "family_new_number" not in codes, text
    _, codes = verdict_and_codes(
        "Hej far, det er Ida. Har fået nyt nummer, det gamle virker til fredag. Kan du "
        "overføre 2.000 kr?",
        "sms",
    )
    assert "family_new_number" in codes


def test_a_new_account_to_be_confirmed_on_a_known_number_is_no_changed_account() -> None:
    text = (
        "Fra: Kontorland <bogholderi@kontorland.dk>\nEmne: Vi skifter bank\n\nPr. 1. juli "
        "skifter vi bank. De nye kontooplysninger står på fakturaerne fra juli. Ring til vores "
        "bogholderi på det nummer, I kender fra hjemmesiden, og bekræft ændringen, før I betaler."
    )
    _, codes = verdict_and_codes(text, "email")
    assert "changed_account" not in codes
    _, codes = verdict_and_codes(
        "Emne: SV: Faktura 20941\n\nVi har ikke modtaget betalingen. Den gamle konto er lukket, så "
        "brug venligst kun de nye oplysninger fra min forrige mail til fakturaen.",
        "email",
    )
    assert "changed_account" in codes


# Rules on the sixty-seventh to sixty-ninth blind sets' errors, read once after the rules above.


def test_codes_and_approvals_asked_for_on_calls_in_still_more_words() -> None:
    for text in (
        "Han beder Jens læse engangskoden op, som kommer fra banken om lidt.",
        "Hun ville sende en kode, som Sofie skulle læse op, så pakken kunne omdirigeres.",
        "En sælger ringer på vegne af Norlys. Han beder om MitID-godkendelse for at flytte "
        "aftalen.",
    ):
        verdict, codes = verdict_and_codes(text, "call")
        assert verdict == "scam" and "read_out_code" in codes, text


def test_a_warning_call_about_fraudsters_who_ask_for_approvals_asks_for_none() -> None:
    verdict, codes = verdict_and_codes(
        "Jeg blev ringet op af Nets' kundeservice. De ringede rundt for at advare om, at "
        "svindlere ringer som 'Nets terminalsupport' og beder om MitID-godkendelse. De spurgte "
        "ikke om noget.",
        "call",
    )
    assert verdict not in FLAGGED and "read_out_code" not in codes


def test_a_card_number_wanted_on_a_call_is_details_on_call() -> None:
    _, codes = verdict_and_codes(
        "Hej, det er fra Falck. Forlænger du nu, får du 50 % rabat. Jeg skal bare bruge "
        "kortnummeret.",
        "call",
    )
    assert "details_on_call" in codes
    _, codes = verdict_and_codes(
        "Hej, det er fra Falck. Forlænger du nu, får du 50 % rabat. Du betaler på falck.dk.",
        "call",
    )
    assert "details_on_call" not in codes


def test_a_call_announced_after_a_payment_that_is_not_you() -> None:
    _, codes = verdict_and_codes(
        "Danske Bank: Vi har registreret en betaling på 7.495 kr. Hvis det ikke er dig, ringer en "
        "medarbejder dig op inden for 10 minutter.",
        "sms",
    )
    assert "call_announced" in codes


def test_money_sent_instead_of_a_smaller_amount_to_be_sent_back() -> None:
    _, codes = verdict_and_codes(
        "Hej, jeg har sendt dig 3.000 i stedet for 300 for bodyerne. Kan du sende 2.700 tilbage "
        "til mig på MobilePay?",
        "sms",
    )
    assert "sent_by_mistake" in codes
    _, codes = verdict_and_codes(
        "Hej, jeg har sendt dig 300 for bodyerne i stedet for at hente dem. Tak!", "sms"
    )
    assert "sent_by_mistake" not in codes


def test_a_boss_who_needs_help_before_a_meeting_and_an_account_changed_by_the_supplier() -> None:
    _, codes = verdict_and_codes(
        "Emne: Hurtig tjeneste\n\nJeg har brug for din hjælp til noget, inden jeg går i møde. "
        "Kan du købe gavekort til personalet?",
        "email",
    )
    assert "boss_in_meeting" in codes
    _, codes = verdict_and_codes(
        "Emne: SV: Faktura 4418829\n\nSom aftalt sender vi den opdaterede faktura, hvor "
        "kontonummeret er rettet. Betal inden fredag.",
        "email",
    )
    assert "changed_account" in codes


def test_an_account_lent_out_and_a_donation_to_a_private_number() -> None:
    _, codes = verdict_and_codes(
        "Hurtige penge: lån os din konto i en uge og få 3.000 kr. Skriv til 42 87 16 05", "sms"
    )
    assert "mule_job" in codes
    _, codes = verdict_and_codes(
        "Støt for tidligt fødte børn. Doner 100 kr. nu via MobilePay til 27 41 09 83.", "sms"
    )
    assert "relief_to_private_number" in codes
    _, codes = verdict_and_codes(
        "Vi samler ind til en gave til Lene. Send 50 kr. via MobilePay til 27 41 09 83.", "sms"
    )
    assert "relief_to_private_number" not in codes
