"""pii110: what the plumbing (pii_blind119), taxi (120) and bicycle-shop (121) sets showed
outside addresses: a parcel number in groups of four is no phone; codes named by example; a
log's "MitID login user"; a plate a driver logs in on; where a refund is to go or be sent; a
log's "Kontakt:" field, an English analyst and a driver's stand-in are no names. Each rule
has a firing case and a near miss. Synthetic values only."""

from __future__ import annotations

from tests.privacy.findings import of

# PHONE: three or more groups of four digits are one number.


def test_parcel_number_in_groups_of_four_is_no_phone() -> None:
    text = "2026-03-02 08:10 UDLEVERING PN 3318 4472 9051 til pakkeshop"
    assert of("PHONE", text) == []


def test_phone_after_its_country_code_in_groups_of_four() -> None:
    text = "Ring til 0045 4472 9051 eller skriv til os."
    assert of("PHONE", text) == ["0045 4472 9051"]


# OTP: codes named by example, six or eight digits.


def test_code_named_by_example() -> None:
    text = "Vi beder aldrig om koder som 583120 eller dit kodeord."
    assert of("OTP", text) == ["583120"]


def test_pin_of_four_named_by_example_is_no_code() -> None:
    text = "Vælg ikke koder som 1234 til dit kort."
    assert of("OTP", text) == []


# MITID_USER: a log's "MitID login user", not the ID's start read as "user id".


def test_mitid_login_user_in_a_log() -> None:
    text = "2026-04-02 10:11 INFO  MitID login user idamoe61 for booking B-2231"
    assert of("MITID_USER", text) == ["idamoe61"]


def test_mitid_login_user_without_an_id_shape() -> None:
    text = "2026-04-02 10:11 WARN  MitID login user failed for booking B-2231"
    assert of("MITID_USER", text) == []


def test_masked_birth_date_is_no_user_id() -> None:
    text = "MitID bruger-ID brugt ved login: [bruger-id]\nFødselsdato: xx.xx.19xx\nBeløb: 120 kr."
    assert of("MITID_USER", text) == []


# NUMBER_PLATE: the car a driver logs in on.


def test_plate_a_driver_logs_in_on() -> None:
    text = "2026-05-01 07:02 INFO  driver login Ole Vang on RK 47 219"
    assert of("NUMBER_PLATE", text) == ["RK 47 219"]


def test_plate_shape_without_a_car_or_driver() -> None:
    text = "2026-05-01 07:02 INFO  batch RK 47 219 exported"
    assert of("NUMBER_PLATE", text) == []


# BANK_ACCOUNT: where a refund is to go or the money be sent.


def test_account_a_refund_is_to_go_to() -> None:
    text = "Refusionen skal gå til 5312 84420917 i min egen bank."
    assert of("BANK_ACCOUNT", text) == ["5312 84420917"]


def test_money_sent_to_an_account() -> None:
    text = "[10:02] kim: kan I sende pengene til 5312-84420917 i stedet?"
    assert of("BANK_ACCOUNT", text) == ["5312-84420917"]


def test_going_to_a_phone_number_is_no_account() -> None:
    text = "Opkaldet skal gå til 5312 8442 hos vagten."
    assert of("BANK_ACCOUNT", text) == []


# PERSON: a log's contact field, an English analyst, a driver's stand-in.


def test_log_contact_field_is_no_name() -> None:
    text = "2026-02-11 09:40 | Kontakt: kunde@example.dk / [TLF]. Adresse: [ADRESSE]."
    assert of("PERSON", text) == []


def test_log_speaker_still_a_name() -> None:
    text = "2026-02-11 09:40 | Henning: kunden ringer tilbage."
    assert of("PERSON", text) == ["Henning"]


def test_analyst_is_no_part_of_the_name() -> None:
    text = "----\nAnalyst Ida Vestergaard: phished account, card blocked."
    assert of("PERSON", text) == ["Ida Vestergaard"]


def test_driver_stand_in_genitive_is_no_name() -> None:
    text = "Chauffør Bs telefon er registreret på en privat konto."
    assert of("PERSON", text) == []


def test_driver_named_by_trade() -> None:
    text = "Chauffør Ib Lund kørte bilen til værkstedet."
    assert of("PERSON", text) == ["Ib Lund"]


# PERSON: an initial and a surname after who handed a thing in or wrote a note, after an
# English customer, or before the person's phone; an English customer's inverted name.


def test_initial_name_after_handed_in_by() -> None:
    text = "Cyklen er meldt stjålet. Indleveret af K. Vestbo, tlf. 20 30 40 50, som siger det."
    assert of("PERSON", text) == ["K. Vestbo"]


def test_initial_name_after_a_logs_note_by() -> None:
    text = "2026-04-03 10:12 NOTE af L. Rydahl: ordren er stoppet."
    assert of("PERSON", text) == ["L. Rydahl"]


def test_note_af_hensyn_names_no_one() -> None:
    text = "Note af hensyn til kunden: ring ikke efter kl. 20."
    assert of("PERSON", text) == []


def test_initial_name_after_an_english_customer() -> None:
    text = "English summary: card skimmed, customer B. Vestbo refunded 500 kr."
    assert of("PERSON", text) == ["B. Vestbo"]


def test_inverted_name_after_an_english_customer() -> None:
    text = "Analyst note: customer Vestbo, Ida confirmed she never added the card."
    assert of("PERSON", text) == ["Vestbo, Ida"]


def test_initial_name_before_its_phone() -> None:
    text = "Kunden på ordren er T. Rydahl, tlf. 61 72 83 94, som siger, han købte den."
    assert of("PERSON", text) == ["T. Rydahl"]


def test_abbreviated_town_before_a_phone_is_no_name() -> None:
    text = "Vores værksted ligger i Nr. Nebel, tlf. 61 72 83 94."
    assert of("PERSON", text) == []


def test_driver_by_initial_before_phone_is_no_stand_in() -> None:
    text = "- Nøgler afleveres\n- Chauffør B. Vestbo-Rydahl, tlf. 61 72 83 94\n- Kasser hentes"
    assert of("PERSON", text) == ["B. Vestbo-Rydahl"]


def test_driver_stand_in_letter_stays_no_name() -> None:
    text = "Chauffør B. Bagefter ringede han igen."
    assert of("PERSON", text) == []


def test_initial_and_two_word_surname_before_a_notes_colon() -> None:
    text = "> Skrevet af T. Van Long: Han ringede fra 61 72 83 94 og kom i en bil."
    assert of("PERSON", text) == ["T. Van Long"]


def test_role_word_before_the_colon_is_no_surname() -> None:
    text = "Oprettet af A. Vestbo Kunde: ja tak."
    assert of("PERSON", text) == ["A. Vestbo"]


# PHONE: a log's changed number.


def test_new_number_in_a_log() -> None:
    text = "2026-03-01 10:00 WARN  phone changed on account of Ida Vestbo: new number 2107 7083"
    assert of("PHONE", text) == ["2107 7083"]


def test_number_on_an_account_without_new_number() -> None:
    text = "2026-03-01 10:00 WARN  limit changed on account of Ida Vestbo: 2107 7083"
    assert of("PHONE", text) == []
