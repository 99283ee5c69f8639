"""Personal data in workplace and HR fraud (issue 18, pii38): a car's plate where a fuel card's
receipts or the station's camera name it, a one-time code told after "en kode," in prose, a
ticket's "Bruger:" display name before its e-mail (no MitID user ID), and a firm whose name
ends with its trade ("Bakkegaard Logistik", no person); and the near miss beside each.
Synthetic values only."""

from __future__ import annotations

from tests.privacy.findings import of


def test_a_plate_fuelled_with_a_card_is_a_plate() -> None:
    text = "Brugt 8 gange, i alt 4.500 kr., bl.a. til tankning af PS 84 139, som ikke er vores."
    assert of("NUMBER_PLATE", text) == ["PS 84 139"]
    assert of("NUMBER_PLATE", "Kameraoptagelse fra tanken viser også HB56283.") == ["HB56283"]


def test_a_thought_is_no_station() -> None:
    assert of("NUMBER_PLATE", "Tanken om sagen AB 12 346 holdt mig vågen.") == []
    assert of("NUMBER_PLATE", "Sagen er oprettet under nr. PS 84 139 i systemet.") == []


def test_a_code_after_en_kode_comma_is_a_code() -> None:
    text = "Han læste en ting op. Senere kom endnu en kode, 346074, som brugeren ikke gav videre."
    assert of("OTP", text) == ["346074"]


def test_a_postcode_after_kode_comma_is_no_code() -> None:
    assert of("OTP", "Udfyld postnummer og kode, 2100 er udfyldt.") == []


def test_a_tickets_display_name_is_no_mitid_user() -> None:
    text = "Sag om MitID Erhverv\nBruger: Henrik Skovbo <hensko50@example.net>\nLokalnr.: 1234"
    assert of("MITID_USER", text) == []
    assert of("MITID_USER", "MitID Erhverv\nBruger: Bruger B <[e-mail]>\n") == []


def test_a_user_id_after_bruger_is_a_mitid_user() -> None:
    text = "Sag om MitID Erhverv\nBruger: hensko50\nLokalnr.: 1234"
    assert of("MITID_USER", text) == ["hensko50"]


def test_a_firm_ending_with_its_trade_is_no_person() -> None:
    text = "Politiet – anmeldelse\nAnmelder: Bakkegaard Logistik\nForurettet medarbejder: [NAVN]"
    assert of("PERSON", text) == []
    assert of("PERSON", "Anmelder: Skibsted Revision\nForurettet: [NAVN]") == []


def test_a_person_after_the_label_is_a_person() -> None:
    text = "Politiet – anmeldelse\nAnmelder: Birthe Bakkegaard\nForurettet medarbejder: [NAVN]"
    assert of("PERSON", text) == ["Birthe Bakkegaard"]
