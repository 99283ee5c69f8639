"""Rules written in the sixth session of 2026-12-06 on the errors of the fifty-second to
fifty-fourth blind sets, read once the session before. False alarms first: a denial whose modal
follows the negation ("at hun ikke ville bede om koder"), "Ingen fra banken vil bede dig …", a
question whether someone else asked ("om nogen havde bedt hende overføre pengene"), "hvis I
nogensinde modtager en mail om ændrede kontooplysninger", a supplier's "bad mig ikke betale til
noget nyt nummer", a bank's own page on moving savings, a buyer who pays once he has seen the
thing, a phone set up "på en ny telefon". Then lures on the misses: a login form in a brand's
name off its domain, a fee before a job starts, "wrong number" that goes on chatting, advance
fees put as "før vi kan frigive beløbet" or "låse dine penge op", a temporary or corrected
account, a stranger's donation, a page to be removed over a complaint, "Svar JA for at
starte", a card payment "sat i bero", "så mailer jeg dem". Each is checked on its story and on
a near miss that must stay quiet."""

from __future__ import annotations

from tests.messages.helpers import verdict_and_codes

FLAGGED = ("scam", "suspicious")


def test_a_caller_who_said_she_would_not_ask_for_codes_asked_for_none() -> None:
    verdict, codes = verdict_and_codes(
        "Jeg blev ringet op af banken, som ville bekræfte en overførsel til deponeringskontoen. "
        "Rådgiveren sagde, at hun ikke ville bede om koder eller godkendelser i MitID, og at "
        "jeg blot skulle svare ja eller nej.",
        "call",
    )
    assert verdict not in FLAGGED
    assert "read_out_code" not in codes


def test_a_caller_who_asks_for_the_approval_is_still_a_scam() -> None:
    verdict, codes = verdict_and_codes(
        "Jeg blev ringet op af banken. Rådgiveren sagde, at jeg skulle godkende en "
        "tilbageførsel i MitID, så hun kunne stoppe svindlen.",
        "call",
    )
    assert verdict == "scam"
    assert "read_out_code" in codes


def test_no_one_from_the_bank_will_ask_is_a_warning_by_sms() -> None:
    verdict, codes = verdict_and_codes(
        "MitID: Godkend kun i MitID-appen, når du selv er i gang med at logge på. Ingen fra "
        "banken eller politiet vil bede dig godkende noget over telefonen.",
        "sms",
    )
    assert verdict not in FLAGGED
    assert "warns_about_scams" in codes and "read_out_code" not in codes


def test_an_sms_that_asks_for_the_approval_keeps_its_reason() -> None:
    _, codes = verdict_and_codes(
        "MitID: Din konto lukkes i dag. Du får en besked i appen, den skal du bare godkende.",
        "sms",
    )
    assert "read_out_code" in codes


def test_a_bank_asking_whether_someone_asked_for_the_transfer_asks_no_transfer() -> None:
    _, codes = verdict_and_codes(
        "Jeg blev ringet op af Sydbank om en stor overførsel fra min mors konto. Medarbejderen "
        "spurgte, hvem modtageren var, og om nogen havde bedt hende overføre pengene.",
        "call",
    )
    assert "call_transfer" not in codes


def test_a_buyer_who_pays_when_he_has_seen_the_thing_asks_no_transfer() -> None:
    _, codes = verdict_and_codes(
        "Jeg blev ringet op af en mand, som havde set vores gamle PlayStation på DBA. Han "
        "ville komme og se den i aften og betale med MobilePay, når han havde prøvet den.",
        "call",
    )
    assert "call_transfer" not in codes


def test_a_supplier_warning_of_a_changed_account_is_no_new_number_scam() -> None:
    verdict, codes = verdict_and_codes(
        "Jeg blev ringet op af Rasmus fra Nordic Knit, som jeg har handlet med i seks år. Han "
        "sagde, at de havde fået en mistænkelig mail i deres navn med et andet kontonummer, og "
        "bad mig ikke betale til noget nyt nummer, før jeg havde ringet til deres kontor.",
        "call",
    )
    assert verdict != "scam"
    assert not {"family_new_number", "new_number_money", "payment_request"} & set(codes)


def test_a_bank_adviser_who_warns_of_changed_account_mails_is_no_changed_account() -> None:
    _, codes = verdict_and_codes(
        "Fra: Rasmus Vind, Danske Bank <rasmus.vind@danskebank.dk>\nEmne: Deponering\n\n"
        "Pengene flyttes fra jeres boligopsparing, når I godkender overførslen i netbank. Hvis "
        "I nogensinde modtager en mail om ændrede kontooplysninger i forbindelse med handlen, "
        "så ring til mig, før I betaler.",
        "email",
    )
    assert "changed_account" not in codes


def test_a_banks_own_page_on_moving_savings_is_no_safe_account() -> None:
    verdict, codes = verdict_and_codes(
        "https://danskebank.dk/privat/produkter/opsparing/boligopsparing\n\nBoligopsparing – "
        "Danske Bank\nDu kan frit flytte pengene til deponering, når du køber bolig.",
        "url",
    )
    assert verdict not in FLAGGED
    assert "safe_account" not in codes


def test_a_safe_account_page_off_the_banks_domain_is_still_flagged() -> None:
    verdict, codes = verdict_and_codes(
        "https://danskebank-sikker.com/konto\n\nDanske Bank\nFlyt dine penge til en sikker "
        "konto i dag.",
        "url",
    )
    assert verdict in FLAGGED
    assert "safe_account" in codes


def test_danmarks_statistik_on_its_own_domain_is_no_lookalike() -> None:
    verdict, codes = verdict_and_codes(
        "Jeg blev ringet op af en interviewer fra Danmarks Statistik om en undersøgelse. Hun "
        "sagde, at jeg kunne tjekke undersøgelsen på dst.dk, og spurgte kun om omsætning.",
        "call",
    )
    assert verdict not in FLAGGED
    assert not any(c.startswith("lookalike_") for c in codes)


def test_a_setup_on_a_new_phone_is_no_relatives_new_number() -> None:
    _, codes = verdict_and_codes(
        "Jeg blev ringet op af en frivillig fra IT-caféen, som ville høre, om min mor ville "
        "have hjælp til at sætte MitID-appen op på en ny telefon.",
        "call",
    )
    assert "family_new_number" not in codes


# (code, channel, a story that fires, a near miss that must not)
STORIES = [
    (
        "login_page_elsewhere",
        "url",
        "https://steam-return-items.com/t/4410\nSteam\nRetur af fejlsendt handel\nLog ind med "
        "Steam for at returnere genstanden\nKontonavn · Adgangskode · Steam Guard-kode\n[Log ind]",
        "https://steam-guide.net/sikkerhed\nSådan beskytter du din Steam-konto\nSlå Steam Guard "
        "til i appen og brug en lang adgangskode, du ikke bruger andre steder.",
    ),
    (
        "job_fee",
        "sms",
        "Hej Jesper. Vi har en ledig stilling som mekaniker, start mandag. Send kopi af pas samt "
        "1.200 kr. til sikkerhedskursus via MobilePay 61 48 29 03. Mvh. Offshore Crew",
        "Hej Jesper. Vi har en ledig stilling som mekaniker, start mandag. Sikkerhedskurset "
        "betaler vi, og du får løn under kurset. Mvh. Offshore Crew",
    ),
    (
        "wrong_number_chat",
        "sms",
        "Undskyld, jeg har vist skrevet til forkert nummer! Men du virker sød 🙂 Jeg hedder "
        "Anna. Må jeg spørge hvor du bor?",
        "Undskyld, jeg har vist skrevet til forkert nummer. Jeg hedder Anna og skulle have "
        "skrevet til min frisør. God dag!",
    ),
    (
        "pay_to_release",
        "email",
        "Dit lån er godkendt. Før vi kan frigive beløbet, skal du betale den lovpligtige "
        "forsikring på 4.750 kr. via bankoverførsel.",
        "Dit lån er godkendt. Før vi kan frigive beløbet, skal du underskrive lånedokumenterne "
        "med MitID i netbanken.",
    ),
    (
        "pay_to_release",
        "sms",
        "Tillykke, du har gennemført dag 1 og tjent 640 kr. For at låse dine penge op skal du "
        "indbetale 2.000 kr. i USDT. Kontakt din mentor.",
        "Tillykke, du har gennemført dag 1 af løbeprogrammet. For at låse næste niveau op skal "
        "du løbe 5 km.",
    ),
    (
        "pay_to_release",
        "email",
        "Din sag om tabte midler er godkendt. Beløbet på 28.400 kr. kan udbetales, når du har "
        "betalt skat og gebyr på 2.950 kr.",
        "Din sag er godkendt. Beløbet på 28.400 kr. kan udbetales, når du har oplyst dit "
        "kontonummer i Mit Skat.",
    ),
    (
        "changed_account",
        "email",
        "Fra: Lone <lone@nordic-knit.dk.invoice-center.com>\nEmne: Rettelse til kontonummer\n\n"
        "Beklager, der var en fejl i min sidste mail. Det korrekte er reg. 9570 konto 1187 4402.",
        "Fra: Lone <lone@nordic-knit.dk>\nEmne: Faktura 2207\n\nTak for ordren. Fakturaen er "
        "vedhæftet og betales som altid til vores konto.",
    ),
    (
        "changed_account",
        "email",
        "Vores klientkonto er under revision, så udbetalingen skal indbetales til vores "
        "midlertidige klientkonto i Lunar: reg.nr. 6695.",
        "Udbetalingen skal indbetales til vores klientkonto i Danske Bank senest fredag, som "
        "det står i købsaftalen.",
    ),
    (
        "inheritance_lure",
        "email",
        "Kære elskede\n\nJeg er en enke med kræft og ønsker at donere 2.500.000 EUR til en "
        "gudfrygtig person. Svar mig med Deres navn og telefonnummer.",
        "Kære menighed\n\nVi ønsker at donere overskuddet fra julebasaren til Kirkens Korshær. "
        "Tak til alle, der bagte.",
    ),
    (
        "page_takeover",
        "sms",
        "Meta Pro Support: Din side overtræder vores varemærkepolitik. Klik nedenfor for at "
        "indgive en indsigelse, ellers fjernes siden inden for 24 timer: https://rb.gy/meta-dk",
        "Meta: Din side har fået 12 nye følgere i denne uge. Se statistik i Meta Business Suite.",
    ),
    (
        "task_job",
        "sms",
        "Du er blevet udvalgt til et fleksibelt job med produktanmeldelser. Tjen 300 kr. i "
        "timen. Svar 'JA' for at starte hos din vejleder.",
        "Du er blevet udvalgt til et fleksibelt job i vores lager. Send dit CV til "
        "job@lagerhuset.dk, så ringer vi.",
    ),
    (
        "alert_callback",
        "sms",
        "Danske Bank: Kortbetaling på 7.845,00 DKK hos ELECTRO-WORLD LTD er sat i bero. "
        "Kontakt os på 32 70 19 84 for at afvise betalingen.",
        "Danske Bank: Din kortbetaling på 7.845,00 DKK hos ELECTRO-WORLD er gennemført.",
    ),
    (
        "pay_first_sale",
        "sms",
        "Hej! Jeg har 2 billetter til koncerten for 900 kr samlet. Send på MobilePay 31 70 48 62 "
        "så mailer jeg dem med det samme.",
        "Hej! Jeg har 2 billetter til koncerten for 900 kr samlet. Du kan hente dem i aften og "
        "betale, når du har dem i hånden.",
    ),
]


def test_a_caller_who_needs_the_code_that_comes_by_sms_is_a_scam() -> None:
    verdict, codes = verdict_and_codes(
        "Hej, det er fra MobilePay support. Din app er blevet registreret på en ny telefon. "
        "Jeg har brug for den kode, der kommer på SMS nu.",
        "call",
    )
    assert verdict == "scam"
    assert "read_out_code" in codes and "family_new_number" not in codes


def test_a_shop_platforms_order_notice_that_names_the_carrier_is_no_carrier_phish() -> None:
    verdict, codes = verdict_and_codes(
        "Fra: Shopify <store+73421@t.shopifyemail.com>\nEmne: [Kjærgaard Mode] Ordre #1084\n\n"
        "Louise Brandt har afgivet en ny ordre i din butik.\n\nFragt (GLS Pakkeshop): 39,00 kr."
        "\nI alt: 1.187,00 kr.\n\nSe ordre: https://admin.shopify.com/store/kjaergaard/orders/5",
        "email",
    )
    assert verdict not in FLAGGED
    assert "foreign_link_request" not in codes


def test_a_carrier_named_beside_a_link_that_is_not_its_own_is_still_flagged() -> None:
    verdict, codes = verdict_and_codes(
        "GLS: Din pakke venter. Betal fragt på 39,00 kr. her: https://gls-pakke-betal.com/dk",
        "sms",
    )
    assert verdict in FLAGGED
    assert "foreign_link_request" in codes


def test_a_bank_telling_the_cases_it_sees_warns() -> None:
    _, codes = verdict_and_codes(
        "Fra: Jyske Bank <nyhedsbrev@jyskebank.dk>\nEmne: Hej mor-svindel\n\nVi ser mange "
        "sager, hvor forældre får en sms fra et ukendt nummer. Ring altid til dit barn på det "
        "nummer, du kender, før du overfører penge.",
        "email",
    )
    assert "warns_about_scams" in codes
