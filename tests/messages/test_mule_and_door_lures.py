"""Money-mule jobs, utilities at the door, link and sender domains named for the action they ask,
warnings that say who warns, and alerts whose callback number is not the bank's: each rule fires on its story and stays quiet on the
genuine neighbour (the STORIES run in test_signals.py's test_signal)."""

from __future__ import annotations

import pytest

from tests.messages.helpers import verdict_and_codes

STORIES = [
    (
        "shaped_sender",
        "email",
        "Fra: Proshop <ordre@proshop-ordrestatus.com>\nEmne: Problem med din ordre\n\nDin "
        "betaling kunne ikke gennemføres. Bekræft dit kort igen for at beholde varerne.",
        "Fra: Proshop <ordre@proshop.dk>\nEmne: Problem med din ordre\n\nDin betaling kunne "
        "ikke gennemføres. Bekræft dit kort igen for at beholde varerne.",
    ),
    (
        "action_domain",
        "sms",
        "Kredsløb: Afhentning af dit storskrald tirsdag er sat på pause. Bekræft adresse og "
        "betal kørselsgebyr 39,00 kr her: kredslob-afhentning.com/b",
        "Kredsløb: Dit storskrald hentes tirsdag. Se din tømmekalender og betal eventuelle "
        "gebyrer på kredslob.dk",
    ),
    (
        "mule_job",
        "email",
        "Emne: Stilling som finansassistent\n\nKære ansøger\nVi søger en finansassistent i "
        "Danmark til at modtage betalinger fra danske kunder på din egen konto og videresende "
        "pengene til vores leverandører.",
        "Emne: Stilling som bogholder\n\nKære ansøger\nTak for din ansøgning. Som bogholder "
        "skal du bogføre kundernes betalinger og afstemme vores konti. Vi inviterer dig til "
        "samtale tirsdag.",
    ),
    (
        "utility_at_the_door",
        "call",
        "Goddag, vi kommer fra vandværket. Der er fundet bakterier i vandet i jeres vej, så vi "
        "skal lige ind og tjekke vandhanen i køkkenet.",
        "Hej, det er Kim fra Viborg Fjernvarme. Vi skifter målerne i dit kvarter, og det er "
        "gratis for dig. Kunne onsdag formiddag passe? Montøren har id-kort med.",
    ),
]


@pytest.mark.parametrize(
    "text",
    [
        "Hej Nadia\nVelkommen ombord som kundeservicemedarbejder! Vi sender dig en check på "
        "12.500 kr. Indløs checken og overfør 9.800 kr. til vores leverandør af udstyr.",
        "Tillykke med stillingen. Vi sender dig en check på 12.500 kr, som du indløser, "
        "hvorefter du køber dit udstyr fra vores godkendte leverandør.",
        "Job som pakkeansvarlig hjemmefra: du skal modtage pakker til vores kunder, ompakke "
        "dem og sende dem videre til udlandet. Løn 18.000 kr/md.",
    ],
)
def test_a_mule_or_cheque_job_is_a_scam(text: str) -> None:
    verdict, codes = verdict_and_codes(text, "email")
    assert "mule_job" in codes and verdict == "scam"


def test_receiving_payments_is_no_mule_job_without_a_job() -> None:
    text = "MobilePay: Du kan nu modtage betalinger på din egen konto fra dine venner."
    assert "mule_job" not in verdict_and_codes(text, "sms")[1]


@pytest.mark.parametrize(
    "text",
    [
        "Goddag, vi ringer fra elnetselskabet. Din måler skal udskiftes, og hvis du ikke "
        "betaler et depositum på 500 kr. over MobilePay i dag, lukker vi for strømmen.",
        "Hej, det er fra fjernvarmen. Teknikeren kan komme i morgen, men du skal betale "
        "udkørselsgebyr på 650 kroner forud.",
    ],
)
def test_a_utility_that_wants_money_at_once_is_suspicious(text: str) -> None:
    verdict, codes = verdict_and_codes(text, "call")
    assert "utility_at_the_door" in codes and verdict in ("suspicious", "scam")


@pytest.mark.parametrize(
    "text",
    [
        "Aalborg Kommune advarer: Personer går rundt og påstår at være fra forsyningen. Vores "
        "medarbejdere bærer ID og beder aldrig om kontant betaling.",
        "Advarsel fra Nabohjælp: En mand siger han er fra vandværket og vil skifte målere mod "
        "kontant betaling. Vandværket kender ham ikke.",
    ],
)
def test_a_warning_that_names_who_warns_is_no_scam(text: str) -> None:
    verdict, codes = verdict_and_codes(text, "sms")
    assert "warns_about_scams" in codes and verdict not in ("suspicious", "scam")


def test_a_scam_alert_is_still_an_alert() -> None:
    """A scam's "ADVARSEL:" names no one who warns."""
    _, codes = verdict_and_codes(
        "ADVARSEL: Din konto er spærret. Log ind her: danskebank-sikker.com", "sms"
    )
    assert "warns_about_scams" not in codes


@pytest.mark.parametrize(
    ("text", "fires"),
    [
        ("Danske Bank: Din konto er kompromitteret. Ring straks til vores svindelafdeling på "
         "70 22 91 83.", True),
        # the bank's own published number
        ("Danske Bank: Din konto er kompromitteret. Ring straks til os på 70 12 34 56.", False),
    ],
)  # fmt: skip
def test_a_compromised_account_alert_checks_the_callback_number(text: str, fires: bool) -> None:
    assert ("alert_callback" in verdict_and_codes(text, "sms")[1]) is fires


@pytest.mark.parametrize(
    "text",
    [
        # a warning that quotes the fake domain
        "Apoteket: Vi ser falske sms'er om ekspeditionsgebyr med link til fx "
        "apotek-levering.com. Vi beder aldrig om betaling via sms.",
        # a hyphenated domain named for no action
        "Hej! Billederne fra sommerfesten ligger her: ole-og-bente.dk/billeder",
    ],
)
def test_no_action_domain_in_a_warning_or_for_a_name(text: str) -> None:
    assert "action_domain" not in verdict_and_codes(text, "sms")[1]


def test_a_sender_domain_that_spells_denmark_asks_like_a_shaped_one() -> None:
    text = (
        "Fra: Zalando <ordre@zalando-dk-ordre.com>\nEmne: Din ordre er annulleret\n\nBetalingen "
        "kunne ikke gennemføres. Genoptag din ordre og bekræft dit kort i dag."
    )
    verdict, codes = verdict_and_codes(text, "email")
    assert "shaped_sender" in codes and verdict in ("suspicious", "scam")


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Tak for din ansøgning. Du er udvalgt til en fleksibel online stilling (2 t./dag). "
         "Kontakt vores koordinator Sofie på Telegram @sofie_jobdk", "task_job"),
        ("Hej! Vi søger folk til at rate hoteller fra mobilen. 800-2500 kr om dagen. Skriv "
         "til Maria på WhatsApp", "task_job"),
        ("Jeg har billetten i hånden og kan sende den med PostNord. Kan ikke mødes. Betaling "
         "først pga. dårlige erfaringer.", "pay_first_sale"),
        ("Sælger mit Interrail-pas, nypris 4.200, du får det for 1.800. Jeg ændrer bare "
         "navnet i appen, når du har betalt på MobilePay.", "pay_first_sale"),
    ],
)  # fmt: skip
def test_task_jobs_and_pay_first_sales_in_their_other_words(text: str, code: str) -> None:
    verdict, codes = verdict_and_codes(text, "sms")
    assert code in codes and verdict in ("suspicious", "scam")


def test_a_shop_that_takes_payment_first_is_no_private_sale() -> None:
    text = "Tak for din bestilling hos Cykelgården. Betaling forud via faktura, vi sender i morgen."
    assert "pay_first_sale" not in verdict_and_codes(text, "email")[1]


@pytest.mark.parametrize(
    ("text", "channel"),
    [
        ("Du er kommet igennem til Lunar. Husk: Lunar ringer aldrig til dig og beder dig "
         "flytte penge eller dele din skærm. Tryk 1 for kort, tryk 2 for alt andet.", "call"),
        ("Kære mor og far. Hvis I får en besked fra et nyt nummer, der starter med 'Hej mor, "
         "det er mig', så overfør ikke penge. Ring altid til mit gamle nummer først.", "sms"),
    ],
)  # fmt: skip
def test_advice_in_the_imperative_or_of_what_they_never_do_warns(text: str, channel: str) -> None:
    verdict, codes = verdict_and_codes(text, channel)
    assert "warns_about_scams" in codes and verdict not in ("suspicious", "scam")


def test_a_sextortion_mail_that_says_do_not_reply_is_no_warning() -> None:
    text = (
        "Jeg har optaget dig via dit webcam. Overfør 1.200 USD i Bitcoin inden 48 timer, "
        "ellers sender jeg videoen til dine kontakter. Svar ikke på denne mail."
    )
    verdict, codes = verdict_and_codes(text, "email")
    assert "warns_about_scams" not in codes and verdict == "scam"
