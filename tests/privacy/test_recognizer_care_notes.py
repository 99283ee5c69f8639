"""Care, health and social workers' notes on fraud against the vulnerable (issue 18, pii25):
an incident's number after its register's code, a user ID in brackets after "bruger-id", a
code read out to someone, and the near misses beside each. Synthetic values only."""

from __future__ import annotations

import pytest

from tests.privacy.findings import found, kinds


@pytest.mark.parametrize(
    "text",
    [
        "Emne: Hændelsesrapport UTH-2026-2490 – bolig 38, afd. Rosen",
        "Se journal J-2025-4417 for forløbet.",
    ],
)
def test_a_number_glued_to_a_registers_code_is_no_phone(text: str) -> None:
    assert "PHONE" not in kinds(text)


def test_a_number_after_a_phone_words_hyphen_is_still_a_phone() -> None:
    assert ("PHONE", "20304050") in found("Kontakt: TLF-20304050 efter kl. 16.")


def test_a_number_after_a_hyphen_in_a_sentence_is_still_a_phone() -> None:
    assert ("PHONE", "2030 4050") in found("Datteren - 2030 4050 - ringer i morgen.")


@pytest.mark.parametrize("user_id", ["agnete_lund", "pedersen1940", "holst.agnete", "AgneteH1938"])
def test_a_user_id_in_brackets_after_its_label_is_found(user_id: str) -> None:
    text = f"Borger bor alene. Bruger-ID'et ({user_id}) stod på en seddel ved telefonen."
    assert ("MITID_USER", user_id) in found(text)


def test_a_remark_in_brackets_after_the_label_is_no_user_id() -> None:
    text = "Borger bor alene. Bruger-ID'et (glemt) stod på en seddel ved telefonen."
    assert "MITID_USER" not in kinds(text)


def test_a_stand_in_for_the_user_id_leaves_the_next_word_alone() -> None:
    text = "Han bruger MitID. Bruger-ID'et ([MitID-bruger]) stod på en seddel ved telefonen."
    assert "MITID_USER" not in kinds(text)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Hun har læst en kode op for den pågældende: 482913. Kort spærret.", "482913"),
        ("Borger har læst koden op til manden: 482 913.", "482 913"),
    ],
)
def test_a_code_read_out_to_someone_is_found(text: str, code: str) -> None:
    assert ("OTP", code) in found(text)


def test_a_code_read_out_without_its_value_is_no_otp() -> None:
    text = "Hun har læst en kode op for den pågældende: 24.000 kr. blev overført."
    assert "OTP" not in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "Jeg er beskikket som værge for Borger As ved Familieretshusets afgørelse.",
        "Kære Borger As\n\nTak for din henvendelse om boligen.",
    ],
)
def test_a_stand_ins_letter_with_a_genitive_s_is_no_name(text: str) -> None:
    assert "PERSON" not in kinds(text)


def test_a_name_after_a_party_noun_is_still_a_name() -> None:
    assert ("PERSON", "Agnete Holst") in found("Jeg er værge for borger Agnete Holst i Vejle.")


@pytest.mark.parametrize(
    "text",
    [
        "Venlig hilsen\n[NAVN], sygeplejerske, Grønnegangen",
        "Venlig hilsen\nBorger A, teamleder, Skovbo, 2. sal",
    ],
)
def test_the_workplace_after_a_signatures_role_is_no_name(text: str) -> None:
    assert "PERSON" not in kinds(text)


def test_a_name_after_a_role_and_a_comma_is_still_a_name() -> None:
    assert ("PERSON", "Jens Hansen") in found("Kontakt: sygeplejerske, Jens Hansen.")


@pytest.mark.parametrize("user_id", ["bodildahl", "gudrunnoergaard", "signekowalski"])
def test_a_given_name_and_surname_written_together_in_brackets_is_a_user_id(user_id: str) -> None:
    text = f"Hun har MitID. Bruger-ID'et ({user_id}) stod på en seddel ved telefonen."
    assert ("MITID_USER", user_id) in found(text)
    assert ("MITID_USER", "stod") not in found(text)


@pytest.mark.parametrize("remark", ["udeladt", "redacted", "hemmelig", "telefonen"])
def test_a_lone_word_in_brackets_after_the_label_is_no_user_id(remark: str) -> None:
    text = f"Bruger-ID'et ({remark}) stod på en seddel ved telefonen."
    assert "MITID_USER" not in kinds(text)


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Han kaldte sig Martin fra Nordea (nummeret i displayet: 91.00.73.60).", "91.00.73.60"),
        ("Bor alene. Opkaldet kom fra 9104 0816; personen kaldte sig Thomas.", "9104 0816"),
        ("Pt. ønsker datteren kontaktet: 23043777. Ny tid om 14 dage.", "23043777"),
    ],
)
def test_a_callers_number_as_a_note_gives_it_is_found(text: str, number: str) -> None:
    assert ("PHONE", number) in found(text)


def test_a_date_after_a_display_word_elsewhere_is_no_phone() -> None:
    text = "Opkaldet kom den 12.03.2026 kl. 14.20; nummeret i displayet var skjult."
    assert "PHONE" not in kinds(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("[14:02] opk. fra agnete holst, 87 år, Vejle. tlf 20304050.", "agnete holst"),
        ("[21:55] opk. fra tariq, 96 år, Slagelse. Han oplyste koden.", "tariq"),
    ],
)
def test_a_caller_typed_in_lower_case_before_the_age_is_a_name(text: str, name: str) -> None:
    assert ("PERSON", name) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "[14:02] opk. fra datteren, 87 år, Vejle. Moren er bekymret.",
        "[14:02] opk. fra nabo, 87 år, Vejle. Hun så en bil.",
    ],
)
def test_a_caller_named_by_a_relation_before_the_age_is_no_name(text: str) -> None:
    assert "PERSON" not in kinds(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Datteren er bekymret for Grethes økonomi.", "Grethes"),
        ("Jyttes fødselsdato fremgår af afgørelsen.", "Jyttes"),
    ],
)
def test_a_given_name_in_the_genitive_before_a_citizens_affairs_is_a_name(
    text: str, name: str
) -> None:
    assert ("PERSON", name) in found(text)


def test_a_word_in_the_genitive_before_economy_is_no_name() -> None:
    assert "PERSON" not in kinds("Kommunens økonomi er presset i år.")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Svigerdatter Nour Krogh, tlf. 0045 42766729, var med.", "Nour Krogh"),
        ("Ifølge datteren har nevøen Ib fået adgang til netbank.", "Ib"),
    ],
)
def test_a_relative_before_a_name_is_no_part_of_it(text: str, name: str) -> None:
    assert ("PERSON", name) in found(text)


def test_a_relative_without_a_name_after_it_is_no_name() -> None:
    assert "PERSON" not in kinds("Hun har en niece, som hjælper hende med netbank.")


def test_a_vietnamese_middle_name_before_a_given_name_is_part_of_it() -> None:
    assert ("PERSON", "Thi Hoa") in found("Kl. 11.41 SSH/RD: Talt med Thi Hoa om episoden.")


def test_a_word_ending_in_thi_before_a_given_name_is_no_part_of_it() -> None:
    assert ("PERSON", "Thi Hoa") not in found("Vi mødte Elthi Hoa i går.")


def test_an_account_money_was_taken_out_of_is_found() -> None:
    text = "Hævet fra 3614-323218253, i alt DKK 9.995. Ringer igen i morgen."
    assert ("BANK_ACCOUNT", "3614-323218253") in found(text)


def test_a_number_after_fra_with_no_money_word_is_no_account() -> None:
    assert "BANK_ACCOUNT" not in kinds("Notatet er flyttet fra 3614-323218253 i det gamle system.")
