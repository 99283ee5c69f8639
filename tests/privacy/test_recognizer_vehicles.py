"""Personal data in vehicle and mobility fraud (issue 18, pii42): plates named by the Motor
Agency, a parking or toll fee, a coded key, a chat's trade-in and English "plates", plates
typed in lower case after a car named on the chat line; and the near miss beside each.
Synthetic values only."""

from __future__ import annotations

from tests.privacy.findings import of


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
