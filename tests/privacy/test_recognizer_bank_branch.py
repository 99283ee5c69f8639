"""Personal data in a bank branch's paperwork after a fraud (pii63, pii_blind55): a dispute
form's MitID user ID in brackets right after "MitID", and an escalation's one-time code after
"OTP givet videre:". The near miss beside each. Synthetic values only."""

from __future__ import annotations

from tests.privacy.findings import of

_DISPUTE = "Nogen har brugt Arne Kowalskis MitID ({}) og koden 526015. Der er trukket kr. 2.250."


def test_a_user_id_in_brackets_right_after_mitid() -> None:
    assert of("MITID_USER", _DISPUTE.format("arne60")) == ["arne60"]
    assert of("MITID_USER", _DISPUTE.format("sorenhus1952")) == ["sorenhus1952"]
    assert of("OTP", _DISPUTE.format("arne60")) == ["526015"]


def test_a_remark_or_a_year_in_brackets_after_mitid_is_no_user_id() -> None:
    assert of("MITID_USER", _DISPUTE.format("appen")) == []
    assert of("MITID_USER", _DISPUTE.format("2024")) == []
    assert of("MITID_USER", "Kunden bruger MitID (kodeviser) og har ingen chip.") == []


_ESCALATION = "MitID bruger-id: lars94, OTP givet videre: {}\nModtager: KIRSTINE JUUL"


def test_a_one_time_code_passed_on_in_an_escalation() -> None:
    assert of("OTP", _ESCALATION.format("132626")) == ["132626"]
    assert of("OTP", _ESCALATION.format("36915402")) == ["36915402"]
    assert of("PHONE", _ESCALATION.format("36915402")) == []
    assert of("OTP", "Engangskoden oplyst: 063042") == ["063042"]


def test_a_pin_or_a_phone_passed_on_is_no_one_time_code() -> None:
    assert of("OTP", "Pinkode givet videre: 4821. Kortet er spærret.") == []
    assert of("OTP", "Nummer givet videre: 36915402") == []
    assert of("PHONE", "Nummer givet videre: 36915402") == ["36915402"]
