"""Legal and authority paperwork around fraud (issue 18, pii23): law-report citations, a
CVV's "CVV-kode", a ruling's "MitID-bruger-id som …", Faroese "við", placeholders ("F2")
and party nouns before inverted names, genitives before legal nouns, Vietnamese names; and
the near misses beside each. Synthetic values only."""

from __future__ import annotations

import pytest

from tests.privacy.findings import found


@pytest.mark.parametrize(
    "text",
    [
        "idet der henvises til U 2015.3968 H, findes T1 skyldig.",
        "Straffen fastsættes efter straffelovens § 279, jf. U 2012.639 V.",
        "Se også UfR 2008.2345 Ø om hæleri.",
    ],
)
def test_a_law_report_citation_is_no_phone(text: str) -> None:
    assert found(text) == []


def test_a_number_without_a_citation_is_still_a_phone() -> None:
    assert ("PHONE", "2015 3968") in found("Ring til mig på 2015 3968 i aften.")


@pytest.mark.parametrize("label", ["CVV-kode:", "CVC-nummer", "CVV"])
def test_a_cvv_after_its_label_with_a_noun_is_found(label: str) -> None:
    text = f"kort 4111 1111 1111 1111, udløb 04/30, {label} 580."
    assert ("CARD_CVV", "580") in found(text)


def test_a_code_after_kode_alone_is_no_cvv() -> None:
    assert "CARD_CVV" not in {e for e, _ in found("Kortet blev spærret, kode 580 er ugyldig.")}


@pytest.mark.parametrize("user", ["annmad", "AkselJ49", "hansen.p"])
def test_a_user_id_given_as_som_is_found(user: str) -> None:
    text = f"Klageren har oplyst sit MitID-bruger-id som {user}.\n\nParternes påstande"
    assert ("MITID_USER", user) in found(text)


def test_a_user_id_used_as_something_is_no_user() -> None:
    text = "Han brugte sit MitID-bruger-id som legitimation over for banken."
    assert "MITID_USER" not in {e for e, _ in found(text)}


def test_a_faroese_name_with_vid_is_whole() -> None:
    assert ("PERSON", "Brandur við Á") in found("Et vidne, Brandur við Á, så en bil.")


def test_a_placeholder_before_a_name_is_not_part_of_it() -> None:
    text = "Forhold 2\nF2, Grethe Hvidt, fik på samme måde udleveret sit betalingskort."
    assert ("PERSON", "Grethe Hvidt") in found(text)


def test_an_inverted_name_after_a_party_noun_is_whole() -> None:
    text = "Forklaringer\nForurettede Andersen, Leif har forklaret, at han blev ringet op."
    assert ("PERSON", "Andersen, Leif") in found(text)


def test_two_names_listed_after_a_capitalised_name_stay_apart() -> None:
    # "Mette Andersen, Leif …": the surname ends the name before it.
    people = found("Til stede var Mette Andersen, Leif og Karen.")
    assert ("PERSON", "Andersen, Leif") not in people


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ifølge Bjarnes forklaring blev koden givet.", "Bjarnes"),
        ("Parternes påstande\nSannes påstand: Banken skal betale.", "Sannes"),
        ("Oplysninger fra Knuds bank: Afdøde udleverede kortet.", "Knuds"),
    ],
)
def test_a_genitive_before_a_legal_noun_is_found(text: str, name: str) -> None:
    assert ("PERSON", name) in found(text)


def test_a_lowercase_word_before_a_legal_noun_is_no_name() -> None:
    assert found("Ifølge sagens forklaring blev koden givet.") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("F2, Nguyen Van Hung, fik på samme måde udleveret sit kort.", "Nguyen Van Hung"),
        ("kontonr. 4159709255 (indehaver oplyst som Tran Thi Mai)", "Tran Thi Mai"),
    ],
)
def test_a_vietnamese_name_with_its_middle_name_is_whole(text: str, name: str) -> None:
    assert ("PERSON", name) in found(text)


def test_van_between_capitalised_words_is_no_vietnamese_name() -> None:
    assert found("Vi kørte med Bus Van Hool til lufthavnen.") == []


def test_a_danish_i_before_a_town_is_no_faroese_particle() -> None:
    assert ("PERSON", "Birthe i Aarhus") not in found("Et vidne, Birthe i Aarhus, så en bil.")


@pytest.mark.parametrize(
    ("text", "address"),
    [
        (
            "Adresse: Niels Finsens gøta 16, 100 Tórshavn\nMobil",
            "Niels Finsens gøta 16, 100 Tórshavn",
        ),
        ("Adresse: B-1772, 3900 Nuuk\nMobil", "B-1772, 3900 Nuuk"),
        ("PANINNGUAQ LYBERTH\nIllorput B-1825\n3961 Uummannaq", "Illorput B-1825\n3961 Uummannaq"),
    ],
)
def test_a_north_atlantic_address_is_whole(text: str, address: str) -> None:
    assert ("ADDRESS", address) in found(text)


def test_a_building_number_without_a_greenlandic_town_is_no_address() -> None:
    assert "ADDRESS" not in {e for e, _ in found("Lokale B-1772, 3. sal i Aarhus.")}


def test_a_local_number_in_a_greenlandic_paper_is_a_phone() -> None:
    text = "Adresse: B-236, 3900 Nuuk\nMobil: +299 32 90 75, tlf. hjemme 53 00 44\n"
    assert ("PHONE", "53 00 44") in found(text)


def test_six_digits_after_tlf_in_a_danish_paper_are_no_phone() -> None:
    text = "Adresse: Vej 5, 8000 Aarhus\nMobil: +45 20 30 40 50, tlf. hjemme 53 00 44\n"
    assert ("PHONE", "53 00 44") not in found(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("med kortet.\nKaj Kristensens datter var til stede.", "Kaj Kristensens"),
        ("Ifølge Svend Munk-Frandsens forklaring blev koden givet.", "Svend Munk-Frandsens"),
    ],
)
def test_a_whole_name_in_the_genitive_is_found(text: str, name: str) -> None:
    assert ("PERSON", name) in found(text)


def test_a_double_word_in_the_genitive_without_a_given_name_is_no_name() -> None:
    assert found("Ifølge Vest-Sjællands forklaring blev koden givet.") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Skyldner: Rasmussen-Ravn, Svend, CPR 0606931189.", "Rasmussen-Ravn, Svend"),
        ("Klagerens repræsentant: Christensen, Svend (datter), tlf.", "Christensen, Svend"),
    ],
)
def test_a_register_name_before_particulars_is_whole(text: str, name: str) -> None:
    assert ("PERSON", name) in found(text)


def test_a_list_after_a_label_before_particulars_is_no_name() -> None:
    text = "Deltagere: Fraud Operations, Kundeservice, CPR-teamet."
    assert "PERSON" not in {e for e, _ in found(text)}
