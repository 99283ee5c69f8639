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
