"""Numbers read aloud in call transcripts, digits OCR read as letters, a chat's answer on
the next line, and the hard negatives around them (issue 18, the seventh generator's
errors). Synthetic identifiers and invented names only."""

from __future__ import annotations

import pytest

from tests.privacy.findings import found
from vaern.text.ocr_digits import ocr_digit_fixes
from vaern.text.spoken import spoken_numbers


def test_spoken_digits_and_pairs_become_digits() -> None:
    runs = spoken_numbers("det er nul en nul fem otteoghalvtreds streg fireogfyrre ti")
    assert [run.digits for run in runs] == ["0105584410"]


def test_ordinary_counting_words_are_too_short_to_be_a_number() -> None:
    assert spoken_numbers("vi har to børn, en hund og fire katte") == []


@pytest.mark.parametrize(
    "value",
    [
        "nul en nul fem otteoghalvtreds fireogfyrre otteogfyrre",
        "en fem en nul fem en streg to nul tre seks",
        "atten nul fire syvogfyrre fyrre syvoghalvtreds",
    ],
)
def test_a_cpr_number_read_aloud_after_its_label(value: str) -> None:
    text = f"agent: må jeg få dit cpr nummer\n[00:00:21] kunde: ja det er {value}\n[00:00:40]"
    assert ("CPR", value) in found(text), found(text)


def test_ten_number_words_without_a_birth_date_are_no_cpr() -> None:
    text = "agent: dit cpr nummer\nkunde: ja det er ni ni ni ni ni ni en to tre fire\n"
    assert "CPR" not in {e for e, _ in found(text)}, found(text)


@pytest.mark.parametrize(
    "value", ["fem en syv fem ni en fem syv", "fyrre nul seks halvtreds fireoghalvfems"]
)
def test_a_phone_number_read_aloud(value: str) -> None:
    text = f"agent: kan jeg ringe dig op på {value}\n[00:01:26] kunde: ja"
    assert found(text) == [("PHONE", value)]


def test_an_account_number_read_aloud_is_no_phone() -> None:
    assert found("Mit kontonummer er fem fem fem fem to to to to") == []


def test_a_code_read_aloud() -> None:
    text = "hun bad mig læse koden op fra appen og jeg sagde en en fem otte nul to\nagent: ok"
    assert found(text) == [("OTP", "en en fem otte nul to")]


def test_number_words_far_from_any_label_are_nothing() -> None:
    text = "Koden var ukendt." + " Vi talte længe om det hele." * 5 + " to tre fire fem seks"
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "value", "entity"),
    [
        ("Vedr. CPR-nr. 3OO196-0291, født 30/1 1996", "3OO196-0291", "CPR"),
        ("Vedr. CPR-nr. l607Ol-641l, født 16/7 2001", "l607Ol-641l", "CPR"),
        ("Kontakt os på +4S 4726 73B3.", "+4S 4726 73B3", "PHONE"),
        ("< Beskeder\nBB 57 19 42\nI dag 20:13", "BB 57 19 42", "PHONE"),
    ],
)
def test_digits_read_as_look_alike_letters(text: str, value: str, entity: str) -> None:
    assert (entity, value) in found(text), found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Dit sagsnr. er S-0348966.",  # a reference's letter prefix
        "SOS 221144 BIOS",  # words of look-alikes stay words
        "Ring 1813 eller OBS",
        "Modellen IS 20 kostede 4599 kr",  # too few digits in the run
    ],
)
def test_look_alike_letters_that_are_letters(text: str) -> None:
    assert ocr_digit_fixes(text) is None


def test_a_code_answered_alone_on_the_next_chat_line() -> None:
    text = "Pernille: du får nu en kode i appen, send den til mig\nVillum: 24765663\nPernille: ok"
    assert ("OTP", "24765663") in found(text), found(text)


def test_a_next_line_with_more_than_the_value_is_no_answer() -> None:
    text = "Pernille: du får nu en kode, send den\nVillum: 24765663 er mit nummer\n"
    assert "OTP" not in {e for e, _ in found(text)}, found(text)


def test_a_mitid_user_id_answered_on_the_next_chat_line() -> None:
    text = "Anne: Log ind og skriv dit MitID bruger-ID her\nAmra: amra.delacruz\nAnne: Perfekt"
    assert ("MITID_USER", "amra.delacruz") in found(text), found(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("- MitID bruger-id: anna54\n- Bil med parkering, nummerplade: UM89016\n", "UM89016"),
        ("MitID bruger-ID:  ststo1958\nModtager-IBAN:  DK2732284783781271\n", "DK2732284783781271"),
    ],
)
def test_a_form_field_under_a_filled_label_is_no_answer(text: str, value: str) -> None:
    assert ("MITID_USER", value) not in found(text), found(text)


def test_a_plain_word_answer_is_no_user_id() -> None:
    text = "Anne: skriv dit MitID bruger-ID her\nAmra: nej\n"
    assert "MITID_USER" not in {e for e, _ in found(text)}, found(text)


def test_a_mitid_code_given_away() -> None:
    assert found("Han oplyste sin MitID-kode 449161.") == [("OTP", "449161")]


def test_a_mitid_password_word_is_no_code() -> None:
    assert found("Skift din MitID-kode hvert år, 2026") == []


@pytest.mark.parametrize(
    "text",
    [
        "+71<345241426021402+972914<",
        "Betal med FI-kode +71<953095918731839+6704126150<.",
        "Dit henvisningsnr. er 30337838.",
    ],
)
def test_payment_slip_and_referral_numbers_are_nothing(text: str) -> None:
    assert found(text) == []


def test_a_phone_number_is_still_a_phone_number_in_a_referral_letter() -> None:
    text = "Dit henvisningsnr. er 30337838.\nRing til os på tlf. 33 12 45 67."
    assert found(text) == [("PHONE", "33 12 45 67")]


@pytest.mark.parametrize(
    "text",
    [
        "[19:02] Kundseervice: Nej, slet den.",
        "[15:03] Knude: ok tak",
        "Hi / Hej,\nWhere do I find my CPR number?",
        "Mig: ja\nSydhavn Pension: Vi skriver aldrig.",
        "Med venlig hilsen\nDatabeskyttelsesrådgiveren, Lægerne i Midtbyen\n",
    ],
)
def test_misspelt_roles_questions_funds_and_roles_are_no_names(text: str) -> None:
    assert "PERSON" not in {e for e, _ in found(text)}, found(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("[10:01] Kunde: hej\n[10:02] Kåre: hej", "Kåre"),
        ("Hej,\nWilliam Hansen her", "William Hansen"),
        ("Med venlig hilsen\nKaren Nørgaard\nDatabeskyttelsesrådgiver", "Karen Nørgaard"),
    ],
)
def test_names_in_the_same_places_are_still_names(text: str, name: str) -> None:
    assert ("PERSON", name) in found(text), found(text)
