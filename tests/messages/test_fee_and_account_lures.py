"""The rules written on the 2026-12-06 night's blind-set misses, each firing on its story
and quiet on a genuine neighbour (the STORIES run in test_signals.py's test_signal): fees
before a payout, accounts lent out, "I reported you by mistake", sugar daddies, paid places in
a queue, codes sent back, MobilePay requests in an authority's name, details asked by reply,
virus pop-ups, risky attachments, benefits on domains named for them, secrecy from the bank,
wider alert callbacks, couriers, landlords abroad and senders' shaped addresses; and the false
alarms fixed beside them (pay on pick-up, oister.dk, a shop named with its domain, a new
number merely mentioned, warnings that list, deny or advise, a call that asked nothing, a mail
that writes as itself)."""

from __future__ import annotations

import pytest

from tests.messages.helpers import verdict_and_codes
from vaern.messages.lookalike import is_lookalike

STORIES = [
    (
        "pay_to_release",
        "sms",
        "Dit lån på 15.000 kr er godkendt. For at udbetale lånet skal du først betale en "
        "forsikring på 890 kr til kontonummeret nedenfor.",
        "Dit lån på 15.000 kr er godkendt. For at udbetale lånet skal du underskrive "
        "aftalen med MitID i netbanken.",
    ),
    (
        "rent_your_account",
        "sms",
        "Nem indtjening: 3000 kr for at låne din konto i to dage. Der kommer en overførsel, "
        "som du sender videre og beholder din del.",
        "Hej, kan jeg låne din cykel i to dage? Du får den igen på søndag.",
    ),
    (
        "accidental_report",
        "sms",
        "undskyld, jeg kom til at reporte din steam konto ved en fejl. skriv til support på "
        "discord så de ikke lukker den",
        "undskyld, jeg kom til at slette din besked ved en fejl. hvad skrev du om steam?",
    ),
    (
        "sugar_offer",
        "sms",
        "Hej søde, jeg er en travl forretningsmand og søger en sugar baby. Jeg betaler 2000 "
        "kr om ugen. Svar hvis du er interesseret.",
        "Vi ses til fredagsbar! Husk at tage 50 kr med til pizzaen.",
    ),
    (
        "code_sent_back",
        "sms",
        "Jyske Bank: Vi har sendt dig en sikkerhedskode for at bekræfte dit nye nummer. "
        "Videresend koden som svar på denne SMS inden 10 minutter.",
        "Hej, kan du sende mig koden til wifi'en i sommerhuset? Tak!",
    ),
    (
        "request_in_official_name",
        "sms",
        "MobilePay: 'SKAT Restskat' har anmodet om 1.250,00 kr. Besked: 'Betal senest i dag.'",
        "MobilePay: 'Anna Holm' har anmodet om 150,00 kr. Besked: 'Pizza fredag'",
    ),
    (
        "details_by_reply",
        "sms",
        "PostNord: Vi har en pakke til dig, som ikke kan leveres. Svar på denne SMS med fulde "
        "navn, adresse og fødselsdato.",
        "Tandlægen: Svar JA for at bekræfte din tid torsdag kl. 10.",
    ),
    (
        "support_popup",
        "url",
        "ADVARSEL! Din computer er inficeret med spyware og er blokeret. Ring til Microsoft "
        "Support på 80 20 11 22 nu.",
        "Microsoft Defender: ingen trusler fundet. Din computer er beskyttet.",
    ),
    (
        "risky_attachment",
        "email",
        "Emne: Faktura 2291 - rykker\n\nVi har ikke modtaget betaling for vedhæftede faktura. "
        "Se og betal inden fredag.\nFaktura_2291.iso",
        "Emne: Faktura 2291 - rykker\n\nVi har ikke modtaget betaling for vedhæftede faktura. "
        "Se og betal inden fredag.\nFaktura_2291.pdf",
    ),
    (
        "app_update_link",
        "sms",
        "Københavns Kommune: Storskrald bookes nu i vores nye app. Download appen her: "
        "kk-affald-app.com/download.apk",
        "Københavns Kommune: Storskrald bookes nu i vores nye app. Find den i App Store eller "
        "Google Play.",
    ),
    (
        "benefit_link",
        "sms",
        "Ældrecheck 2025: Du kan få 19.000 kr udbetalt, men du skal ansøge inden 31. oktober. "
        "Ansøg her: aeldrecheck-ansog.dk",
        "Ældrecheck 2025: Du kan få ældrecheck udbetalt automatisk. Læs mere på borger.dk",
    ),
    (
        "keep_it_secret",
        "sms",
        "Nykredit: Vi har stoppet en udbetaling fra dit lån. Vores kontrolafdeling ringer i dag. "
        "Sig ikke noget til andre, før sagen er afsluttet.",
        "Hej, mors fødselsdag på lørdag er en overraskelse, så sig ikke noget til hende! Kh Ida",
    ),
    (
        "queue_jump_fee",
        "email",
        "Emne: Din plads på ventelisten\n\nDu står som nr. 300 på ventelisten. Mod et gebyr "
        "på 1.500 kr kan du rykke op blandt de første 20. Betal i dag.",
        "Emne: Din plads på ventelisten\n\nDu står som nr. 300 på ventelisten. Husk at "
        "forny din opskrivning en gang om året for at beholde din plads.",
    ),
]


@pytest.mark.parametrize(
    "text",
    [
        "Du har gennemført dagens 30 opgaver! For at hæve din provision på 2.340 kr skal du "
        "først indbetale 1.000 kr.",
        "Tillykke, du har vundet 50.000 kr. For at frigive gevinsten skal du betale et "
        "ekspeditionsgebyr på 250 kr.",
    ],
)
def test_a_fee_before_a_payout_is_a_scam(text: str) -> None:
    verdict, codes = verdict_and_codes(text, "sms")
    assert verdict == "scam" and "pay_to_release" in codes


def test_a_crypto_exchange_alert_that_cancels_by_link_is_suspicious() -> None:
    verdict, codes = verdict_and_codes(
        "From: Coinbase <no-reply@coinbase-alerts.io>\nSubject: Udbetaling anmodet\n\nVi har "
        "modtaget en anmodning om at hæve 0,04 BTC. Hvis dette ikke var dig, annuller straks: "
        "https://coinbase-alerts.io/cancel",
        "email",
    )
    assert verdict in ("suspicious", "scam") and "security_alert" in codes


def test_a_caller_who_asks_you_to_approve_what_comes_now_is_a_scam() -> None:
    verdict, codes = verdict_and_codes(
        "Opkald: 'Hej, det er MitID kundeservice. Nogen har oprettet en app i dit navn. For at "
        "stoppe det skal du godkende den besked der kommer nu, så vi kan lukke den falske.'",
        "call",
    )
    assert verdict == "scam" and "read_out_code" in codes
    assert "warns_about_scams" not in codes


@pytest.mark.parametrize(
    "text",
    [
        "Opkald: 'Hej, jeg ringer om din cykel på DBA. Hvis den er god, betaler jeg med "
        "MobilePay når jeg henter den.'",
        "Hej, det er Ida fra værkstedet. Din cykel er klar, 640 kr. Du kan betale med MobilePay "
        "til butikkens nummer, når du henter den.",
    ],
)
def test_paying_face_to_face_on_pick_up_is_no_transfer_asked_on_a_call(text: str) -> None:
    verdict, codes = verdict_and_codes(text, "call")
    assert "call_transfer" not in codes and verdict not in ("scam", "suspicious")


def test_a_caller_who_asks_for_mobilepay_now_still_asks_for_a_transfer() -> None:
    _, codes = verdict_and_codes(
        "Opkald: 'Din pakke er tilbageholdt. Du skal betale 45 kr med MobilePay nu, ellers "
        "sendes den retur.'",
        "call",
    )
    assert "call_transfer" in codes


def test_two_letters_swapped_in_a_short_name_make_another_name() -> None:
    assert not is_lookalike("oister.dk", ["orsted.dk"]).match  # a telco, not Ørsted
    assert is_lookalike("orsteed.dk", ["orsted.dk"]).kind == "typo"
    assert is_lookalike("orsetd.dk", ["orsted.dk"]).kind == "transposition"
    assert is_lookalike("postnrd.dk", ["postnord.dk"]).kind == "typo"


@pytest.mark.parametrize(
    "text",
    [
        "Fra: Nordea <nyhedsbrev@nordea.dk>\nEmne: Tre tegn på svindel du skal kende\n\n1. Du "
        "bliver presset til at handle hurtigt.\n2. Nogen beder om koder.\n3. Du bliver bedt om "
        "at flytte penge til en 'sikkerhedskonto'.\nNordea gør aldrig noget af dette.",
        "Roskilde Festival: Vi laver IKKE konkurrencer, hvor du skal betale gebyr eller "
        "indtaste kortoplysninger for at vinde billetter.",
        "Tænk Penge: Finfluencere lover hurtige gevinster med krypto og AI-trading. "
        "Garanterede afkast findes ikke. Tjek altid Finanstilsynets liste, før du investerer.",
        "Telia advarer: Svindlere ringer og siger, at de er fra os. Læg på, hvis du bliver bedt "
        "om at læse koder op eller godkende i MitID.",
        "Hej far. Hvis der ringer en og beder dig godkende noget i MitID, så lægger du bare på.",
    ],
)
def test_warnings_that_list_signs_or_deny_are_not_flagged(text: str) -> None:
    verdict, codes = verdict_and_codes(text, "email" if text.startswith("Fra:") else "sms")
    assert verdict not in ("scam", "suspicious") and "warns_about_scams" in codes


def test_a_credit_warning_named_by_a_phish_is_no_advice() -> None:
    verdict, _ = verdict_and_codes(
        "Danske Bank: Der er oprettet en kreditadvarsel på dit CPR-nummer, og dine kort er "
        "låst. Ophæv advarslen her: danske-kreditadvarsel.com",
        "sms",
    )
    assert verdict in ("scam", "suspicious")


def test_an_address_named_for_a_municipality_outside_dk_is_no_authority() -> None:
    verdict, codes = verdict_and_codes(
        "Fra: Byggesagsafdelingen <byggesag@aalborg-kommune.org>\nEmne: Faktura\n\nVi har "
        "modtaget din ansøgning om byggetilladelse. Betal sagsbehandlingsgebyret på 3.200 kr. "
        "inden 8 dage.",
        "email",
    )
    assert verdict == "suspicious" and "authority_off_dk" in codes
    _, codes = verdict_and_codes(
        "Fra: Byggesag <byggesag@aalborg.dk>\nEmne: Faktura\n\nVi har modtaget din ansøgning "
        "om byggetilladelse. Betal sagsbehandlingsgebyret på 3.200 kr. inden 8 dage.",
        "email",
    )
    assert "authority_off_dk" not in codes


@pytest.mark.parametrize(
    ("sender", "fires"),
    [
        ("Dataløn <noreply@datalon-lonseddel.com>", True),
        ("Advokatfirmaet Holm & Bruun <inkasso@holmbruun-advokat.com>", True),
        ("GLS Denmark <noreply@gls-denmark.com>", False),  # the name written with a hyphen
        ("Roskilde Festival <info@roskilde-festival.dk>", False),
        ("Dataløn <noreply@datalon.com>", False),
    ],
)
def test_a_sender_whose_address_joins_its_name_to_another_word_off_dk(
    sender: str, fires: bool
) -> None:
    _, codes = verdict_and_codes(
        f"Fra: {sender}\nEmne: Din lønseddel er klar\n\nLog ind med din e-mail og "
        "adgangskode for at se den: https://portal.example/login",
        "email",
    )
    assert ("shaped_sender" in codes) is fires


@pytest.mark.parametrize(
    "text",
    [
        "Nordea: Et lån på 45.000 kr er under oprettelse i dit navn. Hvis du ikke har ansøgt, "
        "så ring til os inden 30 min på +45 89 87 61 22.",
        "Jyske Bank: Køb på 12.950,00 kr. er reserveret på dit kort. Afvis købet på tlf. 71 48 "
        "20 93.",
    ],
)
def test_an_alert_with_a_callback_number_the_bank_does_not_publish(text: str) -> None:
    verdict, codes = verdict_and_codes(text, "sms")
    assert verdict in ("suspicious", "scam") and "alert_callback" in codes


def test_an_alert_with_the_banks_own_number_sets_no_callback_floor() -> None:
    _, codes = verdict_and_codes(
        "Nordea: Et lån på 45.000 kr er under oprettelse i dit navn. Hvis du ikke har ansøgt, "
        "så ring til os på +45 70 33 33 33.",
        "sms",
    )
    assert "alert_callback" not in codes


def test_a_benefit_link_told_about_in_quotes_is_no_lure() -> None:
    _, codes = verdict_and_codes(
        "Hej Jens. Jeg fik lige en sms om at jeg skulle søge ældrecheck på et link "
        "'udk-aeldrecheck.dk'. Den har jeg slettet.",
        "sms",
    )
    assert "benefit_link" not in codes


def test_a_call_reported_as_asking_nothing_is_not_suspicious_on_wording_alone() -> None:
    verdict, codes = verdict_and_codes(
        "Min bank ringede og sagde de havde spærret mit kort pga. mistanke. De bad mig ikke om "
        "noget, bare sagde at nyt kort ville komme med posten.",
        "call",
    )
    assert "asked_nothing" in codes and verdict == "unknown"
    verdict, _ = verdict_and_codes(
        "Min bank ringede og sagde mit kort var misbrugt. De bad mig ikke om koder, men jeg "
        "skulle installere AnyDesk, så de kunne hjælpe.",
        "call",
    )
    assert verdict in ("suspicious", "scam")


def test_a_courier_for_the_current_card_is_a_scam_and_a_warning_of_it_is_not() -> None:
    verdict, codes = verdict_and_codes(
        "Sydbank: Dit betalingskort udskiftes pga. et sikkerhedsbrud. Vores kurér afhenter dit "
        "nuværende kort i dag mellem kl. 14 og 18.",
        "sms",
    )
    assert verdict == "scam" and "card_courier" in codes
    verdict, codes = verdict_and_codes(
        "Jyske Bank advarer: Svindlere udgiver sig for at være kurerer fra banken og vil hente "
        "dit gamle kort. Vi sender aldrig nogen hjem til dig efter kort.",
        "sms",
    )
    assert "card_courier" not in codes and verdict not in ("scam", "suspicious")


@pytest.mark.parametrize(
    "text",
    [
        "Hej! Jeg fremlejer mit værelse fra 1. dec, 3.900 kr/md. Jeg er på udveksling i "
        "Tyskland. Send 2 mdr depositum via Wise, så sender jeg nøglen.",
        "Hi! the apartment is still available, 3.900 kr/md. I'm in Spain right now but my agent "
        "can send the contract. Please pay the deposit first.",
    ],
)
def test_a_landlord_abroad_who_wants_the_deposit_first(text: str) -> None:
    verdict, codes = verdict_and_codes(text, "sms")
    assert verdict in ("suspicious", "scam") and "absent_landlord" in codes


def test_a_warning_about_landlords_abroad_is_no_landlord() -> None:
    verdict, codes = verdict_and_codes(
        "Fra: Studenterrådet\nEmne: Boligsvindel\n\nHvert semester bliver nye studerende snydt "
        "af 'fremlejere', der er på udveksling og vil have depositum før fremvisning.",
        "email",
    )
    assert "absent_landlord" not in codes and verdict not in ("scam", "suspicious")


def test_a_shop_named_with_its_domain_is_no_link() -> None:
    verdict, codes = verdict_and_codes(
        "DAO: Din pakke fra Boozt.com bliver leveret i morgen mellem kl. 08 og 16. Se mere på "
        "dao.as",
        "sms",
    )
    assert "foreign_link_request" not in codes and verdict not in ("scam", "suspicious")
    _, codes = verdict_and_codes(
        "DAO: Din pakke bliver leveret i morgen. Betal fragt her: boozt-levering.com/betal",
        "sms",
    )
    assert "link_not_own_domain" in codes or "action_domain" in codes


def test_no_lure_in_a_mail_that_writes_as_itself_and_links_only_to_itself() -> None:
    own = (
        "Fra: Spotify <no-reply@spotify.com>\nEmne: Din betaling mislykkedes\n\nVi kunne ikke "
        "gennemføre betalingen. For at undgå afbrydelse kan du opdatere dine "
        "betalingsoplysninger på {link}."
    )
    _, codes = verdict_and_codes(own.format(link="spotify.com/account"), "email")
    assert "payment_failed" not in codes
    _, codes = verdict_and_codes(own.format(link="spotify-konto-dk.com/account"), "email")
    assert "payment_failed" in codes


@pytest.mark.parametrize(
    ("text", "fires"),
    [
        ("Hej mor, det er mit nye nummer. Gem det lige 😊", True),
        ("Hej far, dette er mit nummer nu, min gamle telefon er i stykker.", True),
        ("Nets ringede tilbage, fordi jeg havde lagt mit nummer, og kortet er spærret.", False),
        ("Hvis nogen ringer og lyder som mig, så ring til mig på mit nummer, okay?", False),
    ],
)
def test_a_new_number_is_announced_not_merely_mentioned(text: str, fires: bool) -> None:
    _, codes = verdict_and_codes(text, "sms")
    assert ("family_new_number" in codes) is fires
