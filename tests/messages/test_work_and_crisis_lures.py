"""The rules written on the twenty-fifth and twenty-sixth blind sets' misses (work and
business life; crises, news and the public good), each firing on its story and quiet on a
genuine neighbour (the STORIES run in test_signals.py's test_signal): the boss in a meeting,
business-register and domain traps, bad reviews for money, a business page's takeover, an
online vote; the wider task, mule, changed-account, secrecy, reply and threat rules; the
directory's version 11 (authorities, charities, lotteries, grid companies and business
software people are written to in the name of), and Betalingsservice, whose name names the
way a creditor collects, not the sender."""

from __future__ import annotations

import pytest

from tests.messages.helpers import verdict_and_codes

STORIES = [
    (
        "boss_in_meeting",
        "sms",
        "Hej, det er Mette. Er du optaget? Jeg sidder i møde og kan ikke ringe, men har brug for "
        "en lille tjeneste. Skriv tilbage her.",
        "Hej, det er Mette. Jeg sidder i møde til kl. 14 og kan ikke ringe. Vi tager den om "
        "budgettet bagefter.",
    ),
    (
        "listing_trap",
        "email",
        "Emne: Opdatering af jeres oplysninger\nFor at jeres firma står korrekt i Nordisk "
        "Firmaregister, bedes I returnere formularen underskrevet. Optagelse koster 7.900 kr. "
        "årligt i 3 år.",
        "Emne: Jeres oplysninger i CVR\nHusk at holde jeres oplysninger i Det Centrale "
        "Virksomhedsregister opdateret på virk.dk. Det koster ikke noget.",
    ),
    (
        "review_threat",
        "sms",
        "I har fået 9 dårlige anmeldelser i dag. Vi kan fjerne dem for 2.000 kr. Svar her.",
        "Tak for dit besøg hos Café Havn! Skriv gerne en anmeldelse på Google, hvis du var glad "
        "for maden.",
    ),
    (
        "page_takeover",
        "email",
        "Emne: Din side lukkes\nDin side vil blive slettet inden 24 timer på grund af en klage om "
        "varemærke. Anmod om gennemgang her: https://meta-page-appeal.com/case/18",
        "Emne: Din side lukkes\nDin side vil blive slettet inden 24 timer på grund af en klage om "
        "varemærke. Se sagen i Meta Business Suite: https://business.facebook.com/",
    ),
    (
        "online_vote",
        "sms",
        "Folketingsvalg: Du kan nu stemme digitalt. Log ind med MitID og afgiv din stemme her: "
        "valg-online-dk.com",
        "Folketingsvalg 1. november: Dit valgkort er sendt til din Digital Post. Husk "
        "legitimation på valgstedet.",
    ),
    (
        "task_job",
        "sms",
        "Hej, vi har set din profil og tilbyder et onlinejob med at rate produkter. Løn "
        "udbetales dagligt. Svar JA.",
        "Hej, vi har set din profil på Jobindex og vil gerne invitere dig til samtale om "
        "stillingen som lagermedarbejder.",
    ),
    (
        "task_deposit",
        "email",
        "Tak for samtalen. Inden ansættelse skal du tage vores certificeringskursus. "
        "Kursusgebyret på 2.900 kr. refunderes med første løn.",
        "Tak for samtalen. Inden ansættelse skal du tage vores certificeringskursus. Kurset er "
        "betalt af os og foregår i arbejdstiden.",
    ),
    (
        "mule_job",
        "email",
        "Stilling som betalingsassistent: Du modtager betalinger på din egen bankkonto, beholder "
        "10 % og overfører resten til vores leverandører.",
        "Foreningen har siden 2004 brugt Betalingsservice til modtagelse af betalinger for "
        "kontingentet, så medlemmerne slipper for indbetalingskort.",
    ),
    (
        "changed_account",
        "sms",
        "Hej det er Kim fra Nordisk Stål. Vi har fået ny bank, så næste faktura skal betales til "
        "reg 1234 konto 7654321.",
        "Hej det er Kim fra Nordisk Stål. Vi har fået ny kantine, så næste møde holder vi i "
        "kantinen.",
    ),
    (
        "keep_it_secret",
        "email",
        "Som aftalt med vores CFO skal du håndtere to overførsler i projektet. Du må ikke tale "
        "med dine kolleger om det.",
        "Som aftalt med vores CFO skal du håndtere to overførsler i projektet. Bogholderiet "
        "godkender dem som altid.",
    ),
    (
        "details_by_reply",
        "sms",
        "Hej, det er Jonas fra forsikringen. Jeg mangler bare dit reg.nr. og kontonr. til "
        "udbetalingen. Du kan bare svare på denne sms.",
        "Hej, det er Jonas fra forsikringen. Udbetalingen går til din NemKonto. Du kan bare "
        "svare på denne sms, hvis du har spørgsmål.",
    ),
    (
        "written_authority_threat",
        "email",
        "Emne: Dansk Politi – sidste varsel\nHvis du ikke svarer inden i morgen kl. 12, "
        "bliver en arrestordre udstedt. Svar på denne e-mail med dit navn og din adresse.",
        "Emne: Nyt fra Dansk Politi\nPolitiet holder åbent hus på stationen lørdag. Svar på "
        "denne e-mail, hvis du vil have en plads på rundvisningen.",
    ),
]


# (Their own domains are genuine: test_evidence.py checks every directory domain.)
@pytest.mark.parametrize(
    ("text", "channel"),
    [
        ("https://ssi-vaccinationsbevis.dk/login", "url"),
        ("https://dmi-stormvarsel-app.com/premium", "url"),
        ("https://knaekcancer-donation.net/giv?kampagne=tv2", "url"),
        (
            "Folkekirkens Nødhjælp: Giv dit bidrag til sogneindsamlingen på noedhjaelp-sogn.dk",
            "sms",
        ),
        (
            "Lønseddel: Der er fejl i din udbetaling. Se den rettede her: dataloen-portal.info",
            "sms",
        ),
        (
            "Betalingsservice: En ny aftale er tilmeldt din konto. Afmeld: betalingsservice-dk.com",
            "sms",
        ),
    ],
)
def test_combo_squats_of_the_new_directory_organisations_are_flagged(
    text: str, channel: str
) -> None:
    verdict, codes = verdict_and_codes(text, channel)
    assert verdict == "scam" and any(c.startswith("lookalike_") for c in codes)


def test_a_creditor_collecting_through_betalingsservice_does_not_claim_it() -> None:
    verdict, codes = verdict_and_codes(
        "Emne: Tilmelding til Betalingsservice\nHej\nTilmeld din betaling af kontingentet til "
        "Betalingsservice. Log ind på https://www.roklubben-fjord.dk/medlem og vælg "
        "Betalingsservice under betaling.",
        "email",
    )
    assert verdict not in ("scam", "suspicious") and "link_not_own_domain" not in codes


def test_an_e_mail_asking_for_cpr_and_account_in_a_reply_is_suspicious() -> None:
    verdict, codes = verdict_and_codes(
        "Hej\nStaten yder hurtig-hjælp til berørte husstande. Svar på denne mail med dit navn, "
        "CPR-nummer og kontonummer, så behandler vi din sag.",
        "email",
    )
    assert verdict in ("suspicious", "scam") and "details_by_reply" in codes


def test_a_bank_guarantors_online_election_is_no_public_vote() -> None:
    _, codes = verdict_and_codes(
        "Emne: Indkaldelse til repræsentantskabsvalg\nKære garant\nDu kan afgive din stemme "
        "digitalt på vores hjemmeside med MitID frem til 10. marts: https://www.sparv.dk/valg",
        "email",
    )
    assert "online_vote" not in codes


def test_passwords_to_be_typed_into_a_check_page_are_credentials() -> None:
    _, codes = verdict_and_codes(
        "Emne: Din konto er med i datalækket\nTjek straks om dine adgangskoder er lækket ved at "
        "indtaste dem på vores sikre tjekside: http://tjek-datalaek.dk/check",
        "email",
    )
    assert "credential_request" in codes


def test_a_call_that_did_not_ask_to_move_money_is_no_safe_account_call() -> None:
    verdict, codes = verdict_and_codes(
        "Der ringede en fra bankens overvågning og spurgte, om jeg havde godkendt en betaling. "
        "Hun bad ikke om koder eller om at flytte penge.",
        "call",
    )
    assert verdict not in ("scam", "suspicious") and "safe_account" not in codes


def test_a_caller_who_asks_to_move_money_is_still_a_safe_account_call() -> None:
    verdict, codes = verdict_and_codes(
        "Der ringede en fra bankens overvågning. Hun bad mig flytte pengene til en sikker konto "
        "med det samme.",
        "call",
    )
    assert verdict == "scam" and "safe_account" in codes


def test_a_caller_who_only_asked_and_said_ring_back_asked_nothing() -> None:
    verdict, codes = verdict_and_codes(
        "Nordea ringede om en betaling på mit kort. Rådgiveren spurgte kun om jeg genkendte "
        "betalingen, spærrede kortet og sagde, at jeg gerne måtte lægge på og ringe tilbage.",
        "call",
    )
    assert verdict not in ("scam", "suspicious") and "asked_nothing" in codes


def test_mobilepay_offered_beside_a_card_is_a_way_to_pay_not_the_sender() -> None:
    verdict, codes = verdict_and_codes(
        "Fra: Vaccinationsklinikken <booking@vaccineklinik-nord.dk>\nEmne: Din booking\nPrisen "
        "er 180 kr., som betales ved fremmøde med kort eller MobilePay. Afbestil via linket på "
        "vaccineklinik-nord.dk.",
        "email",
    )
    assert verdict not in ("scam", "suspicious") and "link_not_own_domain" not in codes


def test_a_text_that_describes_a_kind_of_fraud_is_a_warning() -> None:
    _, codes = verdict_and_codes(
        "Ved direktørsvindel modtager en medarbejder en mail, der ser ud til at komme fra "
        "direktøren: overførslen skal ske i dag.",
        "email",
    )
    assert "warns_about_scams" in codes


def test_money_paid_to_the_nemkonto_waits_for_nothing() -> None:
    verdict, codes = verdict_and_codes(
        "Du modtager diæter, som udbetales til din NemKonto. Læs mere på aarhus.dk/valg", "email"
    )
    assert verdict not in ("scam", "suspicious") and "money_waiting" not in codes


def test_money_for_the_nemkonto_behind_a_log_in_still_waits_behind_it() -> None:
    verdict, codes = verdict_and_codes(
        "Du har 640 kr. til gode, som udbetales til din NemKonto, når du har logget ind her: "
        "tilbage-penge.com/login",
        "email",
    )
    assert verdict in ("scam", "suspicious") and "money_waiting" in codes
