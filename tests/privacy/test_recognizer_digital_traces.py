"""Everyday digital traces a fraud team receives (issue 18, pii24): CSV exports with CPR
numbers in pairs, chat exports whose answer names the value asked for ("det er …", "den
siger …"), a transfer's account before its amount, codes named for what they approve, cars
named by make, genitives before what a team passes on, Teams and Slack headers, payees with
an initial, and names the lists only half know; and the near misses beside each. Synthetic
values only."""

from __future__ import annotations

import pytest

from tests.privacy.findings import found


def entities(text: str) -> set[str]:
    return {entity for entity, _ in found(text)}


CSV = "kundenr;fornavn;efternavn;telefon;cpr\n841579;Emil;Abdi;+45 52684160;{cpr}\n"


@pytest.mark.parametrize("cpr", ["14 11 68 1790", "14 11 68-1790"])
def test_a_cpr_in_pairs_in_a_cpr_column_is_found(cpr: str) -> None:
    assert ("CPR", cpr) in found(CSV.format(cpr=cpr))


def test_a_masked_cpr_in_a_cpr_column_is_none() -> None:
    assert "CPR" not in entities(CSV.format(cpr="14 11 68 XXXX"))


def test_pairs_in_a_column_not_named_cpr_are_no_cpr() -> None:
    text = "kundenr;fornavn;telefon;note\n841579;Emil;+45 52684160;14 11 68 1790\n"
    assert "CPR" not in entities(text)


ASKED = (
    "{stamp} Rikke 🌻: jeg skal også bruge dit mitid bruger-id for at frigive pengene\n"
    "{stamp} Malthe Bisgaard: det er {answer}\n"
)


@pytest.mark.parametrize("stamp", ["[17.01.26, 23:27:08]", "28. mar. 14.20 ·"])
def test_a_user_id_answered_with_det_er_is_found(stamp: str) -> None:
    text = ASKED.format(stamp=stamp, answer="malthebi33")
    assert ("MITID_USER", "malthebi33") in found(text)


def test_an_answer_without_the_shape_of_an_id_is_none() -> None:
    text = ASKED.format(stamp="[17.01.26, 23:27:08]", answer="fint")
    assert "MITID_USER" not in entities(text)


def test_a_code_answered_with_den_siger_is_found() -> None:
    text = (
        "[17.01.26, 23:18:56] Rikke 🌻: betal via link, du får en kode på sms\n"
        "[17.01.26, 23:22:52] Malthe Bisgaard: den siger 154000\n"
    )
    assert ("OTP", "154000") in found(text)


def test_a_number_after_a_line_asking_for_nothing_is_no_code() -> None:
    text = (
        "[17.01.26, 23:18:56] Rikke 🌻: betal via link i aften\n"
        "[17.01.26, 23:22:52] Malthe Bisgaard: den siger 154000\n"
    )
    assert "OTP" not in entities(text)


def test_an_account_before_an_amount_in_brackets_is_found() -> None:
    text = "fyi. Pengene gik til 1379-38116955 (2.808 kr.), modtager Palle Sørensen."
    assert ("BANK_ACCOUNT", "1379-38116955") in found(text)


def test_a_case_number_before_an_amount_is_no_account() -> None:
    text = "Sag 2025-7107181 (2.808 kr.) er lukket."
    assert "BANK_ACCOUNT" not in entities(text)


def test_a_code_named_for_the_payment_it_approves_is_found() -> None:
    text = "Hej, vi mangler 188 kr. i told. Din betalingskode er 019437 – svar STOP til 1272"
    assert ("OTP", "019437") in found(text)


def test_a_cards_security_code_is_no_one_time_code() -> None:
    assert "OTP" not in entities("Din sikkerhedskode er 123 på bagsiden af kortet.")


@pytest.mark.parametrize(
    "text",
    [
        "jeg kommer selv forbi i en sort Passat, DR 57 464\n",
        "politiet spørger til bilen, den er registreret på Hans-Henrik Dalsgaard: SR 78 372",
    ],
)
def test_a_plate_by_a_cars_make_or_its_owner_is_found(text: str) -> None:
    assert "NUMBER_PLATE" in entities(text)


def test_fordi_names_no_ford() -> None:
    assert "NUMBER_PLATE" not in entities("jeg kommer fordi AB 12 345 er lukket")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Hej Mehmet\n\nVidersender fra Nivis henvendelse. Hun er f. 1945.", "Nivis"),
        ("Nadias adresse er Fasanvej 15, 6200 Aabenraa.", "Nadias"),
        ("Vidersender fra Anne-Mettes henvendelse.", "Anne-Mettes"),
    ],
)
def test_a_first_name_in_the_genitive_before_a_case_noun_is_found(text: str, name: str) -> None:
    assert ("PERSON", name) in found(text)


def test_a_pronoun_in_the_genitive_is_no_name() -> None:
    assert "PERSON" not in entities("Hendes adresse er hemmelig. Kommunens henvendelse kom.")


def test_a_chat_speaker_after_a_marketplace_stamp_and_with_an_emoji_is_found() -> None:
    text = (
        "28. mar. 14.03 · Kwame Kowalczyk-Kowalczyk: hej er sofabord stadig til salg?\n"
        "28. mar. 14.05 · Aage 👍: ja den er.\n"
    )
    assert ("PERSON", "Kwame Kowalczyk-Kowalczyk") in found(text)
    assert ("PERSON", "Aage") in found(text)


def test_a_relation_as_a_chat_speaker_is_no_name() -> None:
    text = "[03.07.26 10:51] Mormor: de fik koden\n[03.07.26 10:52] Mig: hvad?\n"
    assert "PERSON" not in entities(text)


def test_a_relation_before_a_speakers_name_is_not_part_of_it() -> None:
    text = "[14.09.24, 17.34.10] Farfar Steen: Jeg har fået en SMS.\n"
    assert ("PERSON", "Steen") in found(text)


def test_btw_ends_a_lowercase_name() -> None:
    text = "[17.01.26, 23:16:44] Malthe Bisgaard: super, jeg hedder malthe btw. kan du sende den?"
    assert ("PERSON", "malthe") in found(text)


def test_teams_and_slack_headers_name_their_author() -> None:
    text = "Teams · Svindelteam › Sager\n[13:16] Tran, Minh (Svindelteam)\n@Anders kan du?\n"
    assert ("PERSON", "Tran, Minh") in found(text)
    slack = "#svindel-sager\nMai Le  12:29\n@Jørgen Stampe kan du tage den?\n"
    assert ("PERSON", "Mai Le") in found(slack)


def test_a_header_of_a_place_and_a_room_is_no_name() -> None:
    assert found("[10:00] Møde, Aarhus (Kontor)\nFrokost  12:00\n") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Pengene gik til 4711 55693354 (440,00 kr.), modtager A. Thorsager.\n", "A. Thorsager"),
        ("overført 145 kr. til reg. 8984 konto 72093385 som M. Bech-Fogh bad om.", "M. Bech-Fogh"),
        ("overført 30 kr. til konto 7993368618 som Kragh, Inger bad om.", "Kragh, Inger"),
        ("Godkendt med MitID af Dalsgaard-Skytte, Alma\n", "Dalsgaard-Skytte, Alma"),
    ],
)
def test_a_payee_or_approver_is_found_whole(text: str, name: str) -> None:
    assert ("PERSON", name) in found(text)


def test_an_initial_ending_a_comparison_is_no_name() -> None:
    assert "PERSON" not in entities("det er det samme som A. Derefter.\nkom han")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Udlandsoverførsel\nModtager: PHAM DUC ANH\nIBAN: NL80RABO7877296156", "PHAM DUC ANH"),
        ("Navn: KARL-EMIL ØSTERGAARD NOWAK\nAdrese: Ved Kæret 129C", "KARL-EMIL ØSTERGAARD NOWAK"),
        ("> Hilsen\n> Kwame Engelbrecht Khalil\n> Pilegården 36C", "Kwame Engelbrecht Khalil"),
    ],
)
def test_a_name_is_widened_over_words_the_lists_lack(text: str, name: str) -> None:
    assert ("PERSON", name) in found(text)


def test_a_greeting_before_a_name_is_not_part_of_it() -> None:
    assert ("PERSON", "Ahmad") in found("Kære Ahmad\n\nSvar på din anmodning om indsigt.")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("jeg har overført 713 kr. til en der hed Svend\nSamtykke: ja", "Svend"),
        ("Chauffør: Aage (bil TV92973)\nRing til chaufføren", "Aage"),
        ("gyldig til 05/28\nAfhentes af Ngozi Kragh i bil CA85319\n", "Ngozi Kragh"),
    ],
)
def test_a_name_after_who_was_paid_or_drives_is_found(text: str, name: str) -> None:
    assert ("PERSON", name) in found(text)


def test_a_label_of_a_payees_text_leads_to_no_name() -> None:
    text = "Tekst til modtager  Faktura 92749\nEgen tekst     depositum\n"
    assert "PERSON" not in entities(text)
