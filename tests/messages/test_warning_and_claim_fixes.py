"""Rules written in the fifth session of 2026-12-06 on the false alarms of the forty-ninth to
fifty-first blind sets, each read once first: warnings that list the ways they never contact
you ("Vi ringer, skriver eller mailer aldrig …"), that say no organisation of a kind asks ("Ingen
bank beder dig …") or forbid with an imperative ("Installér aldrig …"), and that put the fake
address in quotation marks; a co-branded card ("Visa/Dankort") in a bank's own notice; an
identity document to bring to an appointment; a call report that says no user ID was asked
for. Each is checked on its story and on a scam neighbour that must stay flagged. Then, on the
same sets' misses, lures: a fee before a loan or job pays out, a private seller's deposit or
payment before the item is held or sent, a "police" caller asking what valuables and money you
have, a supplier's changed account told on a call or blamed on "our usual account", a landlord
who "derfor" cannot show the flat, an account "sat på pause" with a number to ring, pay per
task paid out the same day, "sikr din konto" on a link that is not the brand's."""

from __future__ import annotations

from tests.messages.helpers import verdict_and_codes

FLAGGED = ("scam", "suspicious")


def test_a_warning_that_lists_the_ways_it_never_asks_is_a_warning() -> None:
    verdict, codes = verdict_and_codes(
        "MitID: Vi ringer, skriver eller mailer aldrig for at bede dig godkende noget i "
        "MitID-appen. Afvis anmodninger, du ikke selv har startet.",
        "sms",
    )
    assert verdict not in FLAGGED
    assert "warns_about_scams" in codes and "read_out_code" not in codes


def test_a_caller_who_asks_for_an_approval_in_the_app_is_still_flagged() -> None:
    verdict, codes = verdict_and_codes(
        "Jeg blev ringet op af en fra MitID, der bad mig godkende en anmodning i MitID-appen, "
        "så han kunne lukke min gamle konto.",
        "call",
    )
    assert verdict in FLAGGED
    assert "warns_about_scams" not in codes


def test_no_bank_asks_and_never_install_mark_a_warning() -> None:
    verdict, codes = verdict_and_codes(
        "https://finansdanmark.dk/forbruger/svindel Svindel med 'sikker konto'. Ingen bank "
        "beder dig flytte penge til en sikker konto. Installér aldrig programmer til "
        "fjernadgang, når en fremmed beder om det.",
        "url",
    )
    assert verdict not in FLAGGED
    assert "safe_account" not in codes and "remote_access" not in codes


def test_the_safe_account_request_itself_is_still_flagged() -> None:
    verdict, codes = verdict_and_codes(
        "Jeg blev ringet op af Danske Bank. De sagde, at min konto var hacket, og at jeg skulle "
        "flytte pengene til en sikker konto med det samme.",
        "call",
    )
    assert verdict == "scam"
    assert "safe_account" in codes


def test_a_fake_address_in_quotation_marks_in_a_warning_is_no_link_to_use() -> None:
    verdict, codes = verdict_and_codes(
        "Fra: Ældre Sagen <medlem@aeldresagen.dk>\nEmne: Advarsel: Falske mails i vores navn\n\n"
        "Flere har fået en mail fra 'aeldresagen-dk.org' om spærret medlemskort. Den er falsk. "
        "Kontingentet opkræves kun via Betalingsservice, og vi sender aldrig links til betaling.",
        "email",
    )
    assert verdict not in FLAGGED
    assert "foreign_link_request" not in codes


def test_the_same_address_offered_as_a_link_is_flagged() -> None:
    verdict, _ = verdict_and_codes(
        "Fra: Ældre Sagen <medlem@aeldresagen-dk.org>\nEmne: Dit medlemskort er spærret\n\n"
        "Dit medlemskort er spærret. Betal kontingentet inden fredag på aeldresagen-dk.org/betal.",
        "email",
    )
    assert verdict in FLAGGED


def test_a_banks_notice_about_its_visa_dankort_does_not_speak_as_dankort() -> None:
    verdict, codes = verdict_and_codes(
        "Fra: Vestegnens Sparekasse <kunde@vestegnenssparekasse.dk>\nEmne: Ny pris på "
        "Visa/Dankort\n\nFra 1. maj ændrer vi det årlige gebyr for Visa/Dankort fra 250 kr. til "
        "275 kr. Læs prisbladet på vestegnenssparekasse.dk/priser.",
        "email",
    )
    assert verdict not in FLAGGED
    assert "link_not_own_domain" not in codes and "foreign_link_request" not in codes


def test_a_card_alert_with_no_sender_still_claims_the_card() -> None:
    verdict, codes = verdict_and_codes(
        "Dit Visa/Dankort er spærret efter 3 forkerte forsøg. Ring til kortspærring på "
        "44 19 27 30 for at genaktivere.",
        "sms",
    )
    assert verdict in FLAGGED
    assert "alert_callback" in codes


def test_an_identity_document_to_bring_is_no_credential_request() -> None:
    verdict, codes = verdict_and_codes(
        "Jeg blev ringet op af Borgerservice, fordi jeg havde bestilt tid til en ny kodeviser. "
        "De bekræftede tiden fredag kl. 10 og sagde, at jeg skulle tage pas eller kørekort med. "
        "De spurgte ikke efter bruger-id eller koder.",
        "call",
    )
    assert verdict not in FLAGGED
    assert "credential_request" not in codes and "asked_nothing" in codes


def test_a_caller_who_asks_for_the_passport_number_is_still_asking() -> None:
    _, codes = verdict_and_codes(
        "Jeg blev ringet op af en fra Borgerservice, der bad mig oplyse mit pasnummer og mit "
        "CPR-nummer, så de kunne sende den nye kodeviser.",
        "call",
    )
    assert "credential_request" in codes


# Then, on the same sets' misses: each lure on its story, and a genuine neighbour that stays
# quiet (run by test_signals.py's test_signal).
STORIES = [
    (
        "absent_landlord",
        "email",
        "Jeg arbejder som læge i Norge og kan derfor ikke vise lejligheden selv. Hvis du "
        "overfører depositum og første måneds husleje, sender jeg nøglerne.",
        "Jeg arbejder som læge i Norge, men min søster kan vise lejligheden på lørdag. "
        "Depositum betales først, når kontrakten er underskrevet.",
    ),
    (
        "alert_callback",
        "sms",
        "Din MitID er sat på pause af Digitaliseringsstyrelsen. Ring til MitID-support på "
        "52 84 10 77 for genaktivering.",
        "Din MitID er sat på pause, fordi du har bestilt en ny kodeviser. Den kommer med "
        "posten i næste uge.",
    ),
    (
        "task_job",
        "sms",
        "Hej Mette, dit CV er blevet anbefalet til os. Job: like og anmelde hoteller online. Du "
        "får 45 kr pr. opgave og udbetaling samme dag.",
        "Jobindex: Dit CV er blevet set af 3 virksomheder denne uge. Log ind for at se hvilke.",
    ),
    (
        "foreign_link_request",
        "sms",
        "Facebook: Der er logget ind på din konto fra Lagos. Hvis det ikke var dig, sikr din "
        "konto: fb-sikkerhed.com",
        "Facebook: Der er logget ind på din konto fra en ny enhed. Hvis det ikke var dig, sikr "
        "din konto i appen under Indstillinger.",
    ),
    (
        "known_caller",
        "call",
        "Jeg blev ringet op af min mor, der ville høre om jeg kunne kigge på hendes havelåge i "
        "weekenden.",
        "Jeg blev ringet op af min mor, der bad mig læse koden fra hendes MitID-app op for hende.",
    ),
    (
        "pay_to_release",
        "email",
        "Tillykke, dit lån på 40.000 kr er godkendt. Inden udbetaling skal der betales et "
        "forsikringsgebyr på 1.250 kr, som refunderes med første rate.",
        "Tillykke, dit lån på 40.000 kr er godkendt. Inden udbetaling skal du underskrive "
        "aftalen i netbanken; etableringsgebyret trækkes i lånet.",
    ),
    (
        "pay_to_release",
        "email",
        "Vi søger tømrere til et projekt i Bergen. For at blive godkendt skal I betale 2.800 kr. "
        "for behandling af HMS-kort, som refunderes ved første afregning.",
        "Vi søger tømrere til et projekt i Bergen. HMS-kortet bestiller vi og betaler selv; "
        "første afregning sker efter 14 dage.",
    ),
    (
        "pay_first_sale",
        "sms",
        "Ja, iPad'en kan sagtens blive din for 1.800. Min mor sender den. Overfør til reg. 9570 "
        "konto 6623 1184, så får du kvittering fra fragtfirmaet i morgen.",
        "Ja, iPad'en kan sagtens blive din for 1.800. Du kan hente den i Sønderborg og betale "
        "med MobilePay, når du har set den.",
    ),
    (
        "pay_first_sale",
        "sms",
        "Cyklen er stadig til salg. Overfør 500 kr i depositum på MobilePay til 41 87 22 90 nu, "
        "så fjerner jeg annoncen. Resten ved afhentning.",
        "Cyklen er stadig til salg. Kom og prøv den i weekenden, så fjerner jeg annoncen, hvis "
        "du vil have den.",
    ),
    (
        "pay_first_sale",
        "sms",
        "Jeg er på arbejde hele ugen, men kan sende flyverdragten med GLS. Send bare 350 kr + "
        "60 kr fragt på MobilePay 29 14 66 31, så sender jeg den og giver dig trackingnummer.",
        "Din ordre er afsendt med GLS: 350 kr + 60 kr fragt er betalt med kort. Du får "
        "trackingnummeret på mail.",
    ),
    (
        "police_call_account",
        "call",
        "En kvinde sagde, at hun var fra politiets økonomiske afdeling. Hun spurgte, om vi havde "
        "guld eller kontanter i huset, og hvor meget vi havde stående i banken.",
        "En kvinde sagde, at hun var fra politiets forebyggelsesafdeling, og inviterede til "
        "borgermøde om indbrud i næste uge.",
    ),
    (
        "changed_account",
        "call",
        "En kvinde fra bogholderiet hos vores trælast sagde, at de havde skiftet bank, og at vi "
        "skulle notere det nye kontonummer.",
        "Min bank ringede og fortalte, at lønnen fremover kommer ind på min nye konto, som jeg "
        "selv havde oprettet i netbanken.",
    ),
    (
        "changed_account",
        "email",
        "Tak for ordren. Vi har problemer med vores sædvanlige konto pga. revision, så "
        "forudbetalingen på 22.480 kr. skal gå til vores konto i Lunar: reg. 6695 konto 2093317.",
        "Tak for ordren. Forudbetalingen på 22.480 kr. betales som altid til vores konto i "
        "Sydbank; kontonummeret står på fakturaen.",
    ),
]


def test_an_invoice_paid_to_the_usual_account_changes_nothing() -> None:
    _, codes = verdict_and_codes(
        "Fra: Faktura <faktura@nordic-emballage.dk>\nEmne: Faktura 4472\n\nVedhæftet faktura "
        "4472 på 12.640,00 kr. Betalingsbetingelser: netto 30 dage til vores sædvanlige konto i "
        "Danske Bank.",
        "email",
    )
    assert "changed_account" not in codes


def test_a_call_from_a_relative_who_asks_nothing_speaks_for_the_call() -> None:
    _, codes = verdict_and_codes(
        "Jeg blev ringet op af min mor, der ville høre om jeg kunne kigge på hendes havelåge i "
        "weekenden.",
        "call",
    )
    assert "known_caller" in codes


def test_a_relative_who_wants_money_is_no_known_caller() -> None:
    verdict, codes = verdict_and_codes(
        "Jeg blev ringet op af min søn fra et nyt nummer. Han manglede 4.000 kr til husleje og "
        "bad mig overføre dem med det samme.",
        "call",
    )
    assert verdict == "scam"
    assert "known_caller" not in codes


def test_a_payment_services_own_notice_of_money_received_is_no_fake_receipt() -> None:
    _, codes = verdict_and_codes(
        "MobilePay: Du har modtaget 1.850,00 kr. fra Ole Frandsen til Holm Tømrer ApS (MyShop). "
        "Pengene er overført til jeres konto.",
        "sms",
    )
    assert "money_arrived" not in codes


def test_a_receipt_that_asks_for_the_goods_is_still_a_fake_receipt() -> None:
    verdict, codes = verdict_and_codes(
        "MobilePay: Du har modtaget 1.850,00 kr. fra Ole. Pengene er overført til din konto. "
        "Send venligst varen i dag.",
        "sms",
    )
    assert "money_arrived" in codes and verdict in FLAGGED


def test_a_municipalitys_letter_through_digital_post_may_link_its_own_dk_site() -> None:
    verdict, codes = verdict_and_codes(
        "Fra: Ringkøbing-Skjern Kommune (Digital Post) <noreply@mit.dk>\nEmne: Opkrævning for "
        "madservice\n\nDu skal betale 1.092 kr. for madservice i februar. Beløbet trækkes via "
        "Betalingsservice. Telefonnummeret står på rksk.dk.",
        "email",
    )
    assert verdict not in FLAGGED
    assert "link_not_own_domain" not in codes


def test_the_same_letter_with_a_link_off_dk_is_flagged() -> None:
    verdict, _ = verdict_and_codes(
        "Fra: Ringkøbing-Skjern Kommune (Digital Post) <noreply@mit.dk>\nEmne: Betal restance\n\n"
        "Du skal betale 1.092 kr. i dag på rksk-betaling.com.",
        "email",
    )
    assert verdict == "scam"
