"""Personal data in vehicle and mobility fraud (issue 18, pii42): plates named by the Motor
Agency, a parking or toll fee, a coded key, a chat's trade-in and English "plates", plates
typed in lower case after a car named on the chat line; and the near miss beside each.
Synthetic values only."""

from __future__ import annotations

from tests.privacy.findings import of
from vaern.text.ocr_digits import ocr_digit_fixes


def test_a_plate_the_motor_agency_is_told_of() -> None:
    text = "Sagen er meldt til Motorstyrelsen, som spærrer RT 40 118 for omregistrering."
    assert of("NUMBER_PLATE", text) == ["RT 40 118"]


def test_a_plate_shaped_code_far_from_the_agency_is_none() -> None:
    text = "Motorstyrelsen har svaret på vores brev i dag, og det er godt.\nKampagnekode RT 40118"
    assert of("NUMBER_PLATE", text) == []


def test_a_plate_a_parking_fee_is_claimed_on() -> None:
    assert of("NUMBER_PLATE", "Der er en ubetalt afgift på GH40227 fra i går.") == ["GH40227"]
    assert of("NUMBER_PLATE", "SMS om parkering i Vejle – PU 61 904") == ["PU 61 904"]


def test_a_plate_shaped_serial_beside_no_fee_is_none() -> None:
    assert of("NUMBER_PLATE", "Lagerets serienummer GH40227 er slettet.") == []


def test_a_plate_a_key_is_coded_to_and_english_plates() -> None:
    assert of("NUMBER_PLATE", "Den ekstra nøgle passer kun til EV 50 613.") == ["EV 50 613"]
    assert of("NUMBER_PLATE", "her old car still has plates DN 71 245 on it") == ["DN 71 245"]


def test_a_plate_shaped_model_in_english_is_none() -> None:
    assert of("NUMBER_PLATE", "the card reader model DN 71 245 is broken") == []


def test_a_plate_typed_in_lower_case_after_the_car_on_its_line() -> None:
    text = "[10:02] ole: lånebilen holder ude foran, pk 55 019, nøglen er i skranken"
    assert of("NUMBER_PLATE", text) == ["pk 55 019"]
    assert of("NUMBER_PLATE", "[10:04] ole: trade-in is vb61720, 98.100 km") == ["vb61720"]


def test_lower_case_before_an_amount_or_without_a_car_is_no_plate() -> None:
    assert of("NUMBER_PLATE", "[10:06] ole: bilen blev solgt for ab 61 720 kr") == []
    assert of("NUMBER_PLATE", "[10:06] ole: bilen står her\n[10:07] mia: ok pk 55 019") == []
    assert of("NUMBER_PLATE", "[10:08] ole: bilen har kørt ca 61 720 i alt") == []


def test_a_code_said_in_words_then_in_digits_is_the_digits() -> None:
    text = "[01:10] Kunde: Jeg skulle læse koden op, otte to fem fem et nul øh altså 825510."
    assert of("OTP", text) == ["825510"]
    text = "[01:10] Kunde: Jeg skulle læse koden op, otte-to-fem-fem-et-nul (larm) altså 825510."
    assert of("OTP", text) == ["825510"]


def test_a_code_said_in_words_then_a_stand_in_is_no_code() -> None:
    text = "[01:10] Kunde: Jeg skulle læse koden op, otte to fem fem et nul øh altså [kode]."
    assert of("OTP", text) == []
    # Without the restatement the words stay the code.
    text = "[01:10] Kunde: Jeg skulle læse koden op, otte to fem fem et nul."
    assert of("OTP", text) == ["otte to fem fem et nul"]


def test_the_code_after_the_phone_it_was_sent_to() -> None:
    text = "Log: Engangskode sendt til kundens mobil: 40917263. Ordren blev annulleret."
    assert of("OTP", text) == ["40917263"]
    assert of("PHONE", text) == []


def test_the_phone_a_code_was_sent_to_is_a_phone() -> None:
    text = "Log: Engangskoden blev sendt til kundens mobil 40917263 i går."
    assert of("PHONE", text) == ["40917263"]
    assert of("OTP", text) == []


def test_the_phone_written_on_an_order_is_a_phone() -> None:
    text = "odd, the contact phone on the invoice is 31 74 09 52 and not hers"
    assert of("PHONE", text) == ["31 74 09 52"]


def test_the_orders_own_number_is_no_phone() -> None:
    assert of("PHONE", "odd, the invoice number is 31 74 09 52 and not hers") == []


def test_a_toll_passage_with_a_lettered_prefix_is_no_account() -> None:
    text = "Bilen kørte over broen, passage nr. SB40-771925, betalt fra hans konto."
    assert ocr_digit_fixes(text) is None
    assert of("BANK_ACCOUNT", text) == []


def test_look_alike_letters_inside_an_account_are_still_digits() -> None:
    text = "Overfør til konto 4O71-771925B1 i dag."
    assert ocr_digit_fixes(text) == "Overfør til konto 4071-77192581 i dag."


def test_a_cpr_in_pairs_answering_the_question_on_the_line_before() -> None:
    text = (
        "[00:40] Rådgiver: Hvad er dit CPR-nummer?\n"
        "[00:52] Kunde: Øjeblik, jeg skal lige finde kortet frem fra tasken, nu har jeg det, "
        "jeg læser op: 17 03 66 2419."
    )
    assert of("CPR", text) == ["17 03 66 2419"]


def test_pairs_on_a_line_after_no_question_for_a_cpr_are_no_cpr() -> None:
    text = (
        "[00:40] Rådgiver: Hvad er dit CPR-nummer, og hvornår blev kortet spærret.\n"
        "[00:52] Kunde: Øjeblik, jeg skal lige finde kortet frem fra tasken, nu har jeg det, "
        "jeg læser op: 17 03 66 2419."
    )
    assert of("CPR", text) == []


def test_a_date_after_a_birth_dates_stand_in_is_no_birth_date() -> None:
    text = "Kontrol ok: født [fødselsdato].\n17.03.26 kl. 10.15 – Kontrakten blev underskrevet."
    assert of("DATE_OF_BIRTH", text) == []


def test_a_birth_date_on_the_line_under_its_label_stays_one() -> None:
    assert of("DATE_OF_BIRTH", "Fødselsdato:\n17.03.1966") == ["17.03.1966"]


def test_a_car_make_that_is_a_given_name_before_its_model_is_no_person() -> None:
    assert of("PERSON", "Køretøj: Mercedes GLA 200, sort, årgang 2019.") == []


def test_the_given_name_before_no_model_stays_a_person() -> None:
    assert of("PERSON", "Bilen blev hentet af Mercedes Jensen i går.") == ["Mercedes Jensen"]


def test_a_firm_of_unlisted_words_signing_its_reply_is_no_person() -> None:
    text = (
        "Fra: Tank Hurtigt Kundeservice <service@example.com>\nTil: ole@example.dk\n\n"
        "Hej Ole\n\nVi kender ikke sms'en.\n\nVenlig hilsen\nTank Hurtigt"
    )
    assert "Tank Hurtigt" not in of("PERSON", text)


def test_a_name_of_listed_words_signing_stays_a_person() -> None:
    text = "Fra: Ole Dam <ole@example.dk>\nTil: Karen Holm Kundeservice <k@example.com>\n\nHej"
    assert "Ole Dam" in of("PERSON", text)


def test_genitives_before_a_receipt_and_a_name() -> None:
    text = "Salget er registreret. Idas kvittering viste et falsk beløb; bilen står i Tores navn."
    assert of("PERSON", text) == ["Idas", "Tores"]


def test_a_genitive_before_no_such_noun_is_no_person() -> None:
    assert of("PERSON", "Salget er registreret. Idas kvitterede for varen.") == []


def test_the_filer_of_a_form_after_its_stamp() -> None:
    assert of("PERSON", "Skade nr. 4412\nUdfyldt 2026-02-03 10:15 af K. Lund Holm\n") == [
        "K. Lund Holm"
    ]
    assert of("PERSON", "Notat (R. Vestergaard):\n- Kunden ringede.") == ["R. Vestergaard"]


def test_an_initial_after_a_stamp_without_an_agent_is_no_person() -> None:
    # A payment's "af" names the payer's account holder as any "af" does: no lead.
    assert of("PERSON", "Skade nr. 4412\nBetalt 2026-02-03 10:15 af K. Ravnsborg\n") == []
