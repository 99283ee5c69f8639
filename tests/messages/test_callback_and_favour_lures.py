"""Rules written in the seventh session of 2026-12-06 on the errors of the sixty-first to
sixty-third blind sets, read once the session before: a premium-rate number to ring, a debt
collector's threat with a number to ring today, CEO fraud's opening ("Er du på afdelingen i
dag? Jeg sidder i møde"), money "overført for meget" to be returned, a paid entry in a private
register, and a landlord abroad who wants the money "når hele beløbet er indbetalt". Each is
checked on its story and on a near miss that must stay quiet."""

from __future__ import annotations

from tests.messages.helpers import verdict_and_codes
from vaern.text.phones import premium_rate

FLAGGED = ("scam", "suspicious")

STORIES = [
    (
        "premium_callback",
        "sms",
        "Kære patient. Din tid i øjenambulatoriet er aflyst. Ring 90 13 42 77 for at booke ny "
        "tid. Venlig hilsen Sygehuset",
        "Kære patient. Din tid i øjenambulatoriet er aflyst. Ring 73 13 42 77 for at booke ny "
        "tid. Venlig hilsen Sygehuset",
    ),
    (
        "debt_callback",
        "sms",
        "Sidste varsel inden retslige skridt vedr. ubetalt gæld på 3.487,00 kr. Ring straks på "
        "71 94 23 80 for at aftale afdrag.",
        "Vi har modtaget din betaling på 3.487,00 kr., og sagen er lukket. Har du spørgsmål, er "
        "du velkommen til at ringe på 71 94 23 80.",
    ),
    (
        "boss_opener",
        "email",
        "Fra: Direktør Lene Holm <lene.holm.direktor@gmail.com>\nEmne: Lille tjeneste\n\nHej\n\n"
        "Er du på kontoret i dag? Jeg sidder i møde hele eftermiddagen og kan ikke tage "
        "telefonen.\n\nLene",
        "Fra: Lene Holm <lene@firma.dk>\nEmne: Møde\n\nHej\n\nJeg sidder i møde hele "
        "eftermiddagen, så vi tager budgettet i morgen kl. 9.\n\nLene",
    ),
    (
        "sent_by_mistake",
        "email",
        "Fra: Thomas <t.weber.flytning@gmail.com>\nEmne: Betaling\n\nMin arbejdsgiver har "
        "overført 40.000 kr. for meget til din konto. Kan du returnere differencen til min "
        "kollega i dag?",
        "Fra: Webshoppen <kundeservice@webshop.dk>\nEmne: Din ordre\n\nDu har betalt 40 kr. "
        "for meget for fragten. Vi returnerer differencen til dit kort inden for 5 dage.",
    ),
    (
        "registry_offer",
        "email",
        "Fra: Dansk Firma Register <registrering@dansk-firmaregister.org>\nEmne: Opdatering af "
        "virksomhedsoplysninger\n\nKære virksomhed\nSom led i den årlige opdatering bedes I "
        "udfylde og returnere formularen senest 20. december: "
        "https://dansk-firmaregister.org/opdater",
        "Fra: Bogholderiet <bogholderi@firma.dk>\nEmne: CVR\n\nHej\nJeg har rettet vores "
        "adresse i CVR i dag, så den passer med den nye lejekontrakt.",
    ),
    (
        "absent_landlord",
        "email",
        "Fra: Torben <torben.udlejning@gmail.com>\nEmne: Sommerhus uge 27\n\nHuset er ledigt. "
        "Da jeg bor i Norge, kan I ikke se huset inden, men I får nøglekoden på mail, når hele "
        "beløbet er indbetalt.",
        "Fra: Torben <torben.udlejning@gmail.com>\nEmne: Sommerhus uge 27\n\nHuset er ledigt. "
        "Kom og se det på lørdag, så betaler I, når I har fået nøglen.",
    ),
]


def test_danish_90_numbers_are_premium_rate_and_others_are_not() -> None:
    assert premium_rate("+4590134277")
    assert not premium_rate("+4573134277") and not premium_rate("+4570333333")


def test_an_offer_of_the_difference_back_from_the_shop_asks_nothing() -> None:
    # (the classifier may still find "paid twice" suspect: refund lures read the same)
    _, codes = verdict_and_codes(
        "Vi har modtaget din indbetaling to gange, så du har betalt 249 kr. for meget. Vi "
        "sender differencen tilbage til din konto i næste uge.",
        "sms",
    )
    assert "sent_by_mistake" not in codes


def test_a_colleague_in_a_meeting_who_asks_nothing_is_no_boss_opener() -> None:
    _, codes = verdict_and_codes("Har du et minut? Skal vi tage kaffe kl. 10?", "sms")
    assert "boss_opener" not in codes


def test_a_warning_about_register_offers_is_no_offer() -> None:
    verdict, codes = verdict_and_codes(
        "Erhvervsstyrelsen advarer: Hvis I modtager en faktura for registrering af jeres "
        "varemærke fra et privat register, så betal ikke. Vi sender aldrig sådanne fakturaer.",
        "email",
    )
    assert verdict not in FLAGGED and "registry_offer" not in codes
