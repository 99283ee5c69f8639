"""An insurer's claims desk and a car-rental firm's damage and fraud desk (pii72,
pii_blind66): a rental car named by its plate alone after the verb that returned or hired it,
a report's stand-in for its driver ("Fører B"), the CPR label after a name's genitive, a given
name in the genitive before its CPR number, a given name that is also a word as a caller's alias
or asking ("ringet op af en Line fra svindelteamet", "bad Line om"), and the given name
Milas. The near miss beside each. Synthetic names and numbers only."""

from __future__ import annotations

from tests.privacy.findings import of


def test_a_plate_after_the_car_returned_or_hired() -> None:
    text = "Bemærkning: samme fører returnerede XZ38871 med tilsvarende skade i januar."
    assert of("NUMBER_PLATE", text) == ["XZ38871"]
    assert of("NUMBER_PLATE", "Kunden lejede HK 44 359 i tre dage.") == ["HK 44 359"]
    assert of("NUMBER_PLATE", "The customer rented LK 12 345 in May.") == ["LK 12 345"]


def test_a_plate_shape_without_a_car_or_its_return_stays_none() -> None:
    assert of("NUMBER_PLATE", "Bemærkning: samme fører kom med XZ38871 i januar.") == []
    assert of("NUMBER_PLATE", "Kunden returnerede varen, ordre 12345, den 3. marts.") == []


def test_a_driver_stand_in_is_no_name() -> None:
    assert of("PERSON", "Kontrolleret af Fører B. Sendt til svindelteamet.") == []


def test_a_name_before_an_initial_is_still_a_name() -> None:
    assert of("PERSON", "Kontrolleret af Jens B. Sendt til svindelteamet.") == ["Jens"]
    assert of("PERSON", "Lejer/fører: Rikke Qureshi") == ["Rikke Qureshi"]


def test_the_cpr_label_after_a_genitive_is_no_surname() -> None:
    text = "12.03.26: Ida Lauridsens CPR 0302430440 tjekket mod tidligere skader"
    assert of("PERSON", text) == ["Ida Lauridsens"]
    assert of("PERSON", "12.03.26: Ida Lauridsen CPR 0302430440 tjekket") == ["Ida Lauridsen"]


def test_milas_is_a_given_name() -> None:
    assert of("PERSON", "Modpart: Milas Sofie Celik, Egevænget 130A") == ["Milas Sofie Celik"]
    assert of("PERSON", "Vi har ikke bestilt dele endnu. Mvh. Milas, Skadeklinikken") == ["Milas"]


def test_milas_as_a_surname_still_follows_a_given_name() -> None:
    assert of("PERSON", "Hr. Jens Milas kom forbi.") == ["Jens Milas"]


def test_the_cpr_number_of_a_given_name_in_the_genitive() -> None:
    assert of("PERSON", "12.03.26: Karens CPR 0302532202 tjekket mod tidligere skader") == [
        "Karens"
    ]
    assert of("PERSON", "Sofies cpr-nummer er 250804 4458") == ["Sofies"]


def test_the_cpr_number_of_a_customer_or_a_register_names_no_one() -> None:
    assert of("PERSON", "Kundens CPR 0302532202 tjekket") == []
    assert of("PERSON", "Danmarks CPR-register er opdateret") == []


def test_an_ambiguous_given_name_as_a_callers_alias_or_asking() -> None:
    text = "Jeg blev i går ringet op af en Line fra svindelteamet, som bad om min kode."
    assert of("PERSON", text) == ["Line"]
    assert of("PERSON", "Jeg blev ringet op af Line fra udbetalingen, som sagde …") == ["Line"]
    assert of("PERSON", "Derefter bad Line om kortnummer og udløbsdato.") == ["Line"]


def test_an_ambiguous_given_name_as_a_word_stays_none() -> None:
    assert of("PERSON", "Jeg har en Line fra forsikringen.") == []
    assert of("PERSON", "Tegn en Line fra punktet.") == []
    assert of("PERSON", "Jeg bad om en line fra kontoret.") == []
