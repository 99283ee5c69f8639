"""A savings bank's and a pension fund's member services after identity theft (pii71,
pii_blind65): a clerk's checklist line naming what was done with the MitID user ID before a
colon and the ID, and a remark's code sent to be checked. The near miss beside each.
Synthetic names and numbers only."""

from __future__ import annotations

from tests.privacy.findings import of


def test_a_user_id_after_what_was_done_with_it() -> None:
    text = (
        "Tjekliste\n[x] MitID-bruger-ID spærret: anders1957\n"
        "[ ] Kort spærret: 4111 1111 1111 1111\n"
    )
    assert of("MITID_USER", text) == ["anders1957"]
    assert of("MITID_USER", "MitID-bruger nulstillet: rikke_63 (kunden ringede)") == ["rikke_63"]
    assert of("MITID_USER", "MitID user ID blocked: tove56") == ["tove56"]


def test_what_was_done_with_a_user_id_before_no_id_stays_none() -> None:
    assert of("MITID_USER", "[x] MitID-bruger-ID spærret: afventer kunden\n") == []
    assert of("MITID_USER", "[ ] MitID-bruger-ID lukket: nej\n") == []


def test_a_code_sent_to_be_checked() -> None:
    assert of("OTP", "Bemærkning: Kode sendt til kontrol: 784881 på sms.") == ["784881"]
    assert of("OTP", "Bemærkning: Kode sendt til kontrol: 90646523 på sms.") == ["90646523"]
    assert of("PHONE", "Bemærkning: Kode sendt til kontrol: 90646523 på sms.") == []
    assert of("OTP", "Note: code sent for verification: 512204") == ["512204"]


def test_a_code_sent_to_someone_stays_no_code() -> None:
    text = "Bemærkning: Kode sendt til kontoret: 90646523 (ring tilbage)."
    assert of("OTP", text) == []
    assert of("PHONE", text) == ["90646523"]
