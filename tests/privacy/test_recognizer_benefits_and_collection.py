"""A municipality's benefit control unit and a debt collector's and a lender's fraud team
(pii74, pii_blind69 and pii_blind70): a receipt number in a phone's 4-4 form, a lender's export
with an applicant and a payout account column, an English chat's "SMS with code", inverted
names after "Vi har en borger," and "skyldneren er", lowercase names in a chat typed without
capitals, genitives before "post" and "medhjælper" and of a double surname, an initial and
surname after "registreret på", "sammen med" and "afhentet af", a middle initial between a
given name and a surname found alone, and the number a caller rang from or an application
gave. The near miss beside each. Synthetic names and numbers only."""

from __future__ import annotations

from tests.privacy.findings import of


def test_a_receipt_number_in_a_phones_form_is_no_phone() -> None:
    text = "Udbetalt via NemKonto. Ordrenr. 4098695, kvitteringsnr. 8145-3495. Maskeret: ****"
    assert of("PHONE", text) == []


def test_a_phone_before_a_receipt_number_is_still_one() -> None:
    text = "Ring til mig på 2737 8205, kvitteringsnr. 3029-4323"
    assert of("PHONE", text) == ["2737 8205"]


_EXPORT = (
    "ansoegning;tidspunkt;ansoeger;cpr;tlf;email;udbetalingskonto;beloeb;flag\n"
    "LÅN-5437658;2026-01-16 14:52;Ayşe Jakobsen;070290-1589;57775852;aj@example.dk;"
    "3010-14326628;131.736 kr.;adresse ændret\n"
)


def test_an_applicant_and_a_payout_account_column() -> None:
    assert of("PERSON", _EXPORT) == ["Ayşe Jakobsen"]
    assert of("BANK_ACCOUNT", _EXPORT) == ["3010-14326628"]


def test_an_unknown_column_leaves_the_account_to_the_recognisers() -> None:
    text = _EXPORT.replace("udbetalingskonto", "reference")
    assert of("BANK_ACCOUNT", text) == []


def test_an_english_sms_with_code() -> None:
    text = "[14:23] Lise: I got an SMS with code 93027058 but I never used it"
    assert of("OTP", text) == ["93027058"]
    assert of("PHONE", text) == []


def test_an_sms_with_a_number_but_no_code_word() -> None:
    text = "[14:23] Lise: I got an SMS with 93027058 in it"
    assert of("OTP", text) == []


def test_an_inverted_name_after_vi_har_en_borger() -> None:
    text = "Vi har en borger, Haahr-Ravn, Birthe (CPR 160677 1800), som oplyser, at"
    assert of("PERSON", text) == ["Haahr-Ravn, Birthe"]


def test_an_inverted_name_after_skyldneren_er() -> None:
    text = "Note: skyldneren er Tran, Bjarne, f. 14/3-2005."
    assert of("PERSON", text) == ["Tran, Bjarne"]


def test_a_firm_and_a_town_after_skyldneren_er_are_no_name() -> None:
    text = "Note: skyldneren er Danske Bank, Odense, som har sagen."
    assert of("PERSON", text) == []


def test_a_lowercase_name_in_a_chat_message_without_capitals() -> None:
    text = "[10:07] Bent Ebbesen: jeg ringer til dmytro i morgen\n[10:11] Frederik Haahr: ok"
    assert of("PERSON", text) == ["Bent Ebbesen", "dmytro", "Frederik Haahr"]


def test_a_lowercase_name_after_ok_and_with_its_surname() -> None:
    text = (
        "[12:33] Tomasz Sloth: ok, ida skal partshøres\n"
        "[12:40] Kunde: ringet op af jeppe borup, der"
    )
    assert of("PERSON", text) == ["Tomasz Sloth", "ida", "jeppe borup"]


def test_a_listed_word_after_a_possessive_or_before_an_abbreviations_stop() -> None:
    text = "[11:06] Kunde: og min amil er a@example.com\n[16:02] Kunde: en sms ang. min mitid"
    assert of("PERSON", text) == []


def test_a_lowercase_name_outside_a_chat_line_needs_a_lead() -> None:
    text = "Vi tager den i morgen, og så ringer vi til dmytro igen, skriver Mette."
    assert "dmytro" not in of("PERSON", text)


def test_a_genitive_before_post_and_medhjaelper() -> None:
    assert of("PERSON", "Naboen siger, at Svends post hentes af min mor.") == ["Svends"]
    text = "4. Gudruns medhjælper, Kasper Sloth, brugte mailen"
    assert of("PERSON", text) == ["Gudruns", "Kasper Sloth"]


def test_post_after_a_pronoun_is_no_name() -> None:
    assert of("PERSON", "Hans post kom i går. Dagens post er sen.") == []


def test_a_double_surname_in_the_genitive() -> None:
    text = "Måske bruger de Nørgaard-Busks konto reg.nr. 5651 til huslejen."
    assert of("PERSON", text) == ["Nørgaard-Busks"]


def test_a_double_word_without_a_listed_surname_in_the_genitive() -> None:
    assert of("PERSON", "Vi ringede til Nordea-Bankens kundeservice.") == []


def test_an_initial_and_surname_after_registreret_paa_and_sammen_med() -> None:
    text = "køretøjet AP 71 933 er registreret på V. Risager-Thygesen. "
    assert of("PERSON", text) == ["V. Risager-Thygesen"]
    text = "har boet sammen med E. Krogh-Sloth på adressen."
    assert of("PERSON", text) == ["E. Krogh-Sloth"]
    assert of("PERSON", "Bilen blev afhentet af F. Hjorth.") == ["F. Hjorth"]


def test_an_initial_and_surname_after_another_verb() -> None:
    assert of("PERSON", "Bilen blev hentet af F. Hjorth.") == []


def test_a_middle_initial_between_two_names_found_alone() -> None:
    text = "Med venlig hilsen\nVigga E. Juhl\nDirekte: vigga.juhl@kreditvest.example"
    assert of("PERSON", text) == ["Vigga E. Juhl"]
    text = "Medarbejder: Nadia S. Öztürk\nIndringer: Karla Yilmaz, tlf."
    assert of("PERSON", text) == ["Nadia S. Öztürk", "Karla Yilmaz"]


def test_a_sentence_end_between_two_names_joins_nothing() -> None:
    assert of("PERSON", "Jeg talte med Mette. Hansen ringede") == ["Mette"]


def test_the_number_a_caller_rang_from_and_an_applications_contact() -> None:
    text = "Hun kaldte sig Camilla fra ydelsesafdelingen, fra nummeret 40061467. Han sagde"
    assert of("PHONE", text) == ["40061467"]
    text = "Kontaktoplysningerne i ansøgningen: 50090072 og b@example.dk."
    assert of("PHONE", text) == ["50090072"]


def test_an_unallocated_number_after_nummeret_on_an_invoice() -> None:
    assert of("PHONE", "Beløbet kom fra nummeret på fakturaen 40061467") == []
