"""Personal data in fraud against charities, associations, churches and volunteers (issue 18,
pii47): a volunteer team's meeting place before its address, a date after an association's
name, a parish and its council signing a church's mail, a team's list of given names, a
volunteer's note to call someone in lowercase, a list in a name's genitive and a fake
donor's solicitor. The near miss beside each. Synthetic values only."""

from __future__ import annotations

from tests.privacy.findings import of

TEAM = "- Holdet på søndagens rute: "


def test_a_meeting_place_is_no_part_of_the_street() -> None:
    text = TEAM + "Grethe, Finn. Mødested Fuglesangen 22, 6100 Haderslev kl. 16.39.\n"
    assert of("ADDRESS", text) == ["Fuglesangen 22, 6100 Haderslev"]
    text = TEAM + "Marta Nowak. Mødested Kildegårdsvej 99, 4. tv., 4900 Nakskov kl. 17.32.\n"
    assert of("ADDRESS", text) == ["Kildegårdsvej 99, 4. tv., 4900 Nakskov"]
    assert of("PERSON", text) == ["Marta Nowak"]


def test_a_street_named_after_a_word_like_a_label_keeps_its_words() -> None:
    text = "Vi ses på Sankt Knuds Vej 44C, 9000 Aalborg kl. 17.44.\n"
    assert of("ADDRESS", text) == ["Sankt Knuds Vej 44C, 9000 Aalborg"]


def test_a_date_after_an_association_is_no_house_number() -> None:
    text = "Chat fra Messenger, eksporteret af kassereren i Hjerterum Danmark 02-08-2026\n"
    assert of("ADDRESS", text) == []


def test_a_house_number_range_is_still_a_house_number() -> None:
    assert of("ADDRESS", "Indsamlerne mødtes på Kløvermark 12-14 i går.") == ["Kløvermark 12"]


def test_a_parish_and_its_council_are_no_person() -> None:
    text = "Venlig hilsen\nMedlem A\nKasserer, Lyngå Sogns menighedsråd\n[ADRESSE]\n"
    assert of("PERSON", text) == []
    assert of("PERSON", "Kasserer, Skovby menighedsråd\n") == []


def test_a_treasurer_named_before_the_council_is_a_person() -> None:
    text = "Venlig hilsen\nGrethe Munk\nKasserer, Lyngå Sogns menighedsråd\n"
    assert of("PERSON", text) == ["Grethe Munk"]


def test_a_teams_given_names_are_several_people() -> None:
    text = TEAM + "Rasmus, Grethe, Mette Frandsen. Mødested Skolebakken 98, 7400 Herning.\n"
    assert of("PERSON", text) == ["Rasmus", "Grethe", "Mette Frandsen"]


def test_an_inverted_name_before_its_record_stays_one_person() -> None:
    text = "- medlemsnr. 26287: Yilmaz, Mehmet, Stationsvej 55A st. th.\n"
    assert of("PERSON", text) == ["Yilmaz, Mehmet"]
    assert of("PERSON", "Kopi: Hussein, Trine, CPR 090441-1929\n") == ["Hussein, Trine"]


def test_a_given_name_in_lowercase_after_ring_til_is_a_person() -> None:
    text = "Bøssen mangler.\n- ring til mette igen i morgen om bøssen.\n"
    assert of("PERSON", text) == ["mette"]


def test_an_everyday_word_after_ring_til_is_no_person() -> None:
    assert of("PERSON", "Bøssen mangler.\n- ring til banken igen i morgen.\n") == []
    assert of("PERSON", "Bøssen mangler.\n- ring til per telefon i morgen.\n") == []


def test_a_names_list_is_the_persons() -> None:
    text = "Bøssen mangler. Husk Piotrs liste over udleverede ID-kort."
    assert of("PERSON", text) == ["Piotrs"]


def test_a_list_of_something_else_is_no_person() -> None:
    assert of("PERSON", "Bøssen mangler. Husk Indsamlings liste over udleverede ID-kort.") == []


def test_a_fake_donors_solicitor_is_a_person() -> None:
    text = "[08:28] Helen: My solicitor Grace Okafor handles the transfer.\n"
    assert of("PERSON", text) == ["Helen", "Grace Okafor"]


def test_a_solicitor_without_a_name_is_no_person() -> None:
    assert of("PERSON", "[08:28] Helen: My solicitor handles the transfer.\n") == ["Helen"]
