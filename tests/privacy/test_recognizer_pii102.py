"""pii102: what the funeral home and estate fraud set showed of MITID_USER: the user ID asked
for in one sentence and told in the next with the code after it ("… bad om kundens MitID-
bruger-ID. Kunden oplyste anna1970 og læste koden 123456 op"). Each rule has a firing case
and a near miss. Synthetic values only."""

from __future__ import annotations

from tests.privacy.findings import of


def test_user_id_told_in_the_next_sentence_with_the_code() -> None:
    text = (
        "En mand fra skifteretten ringede og bad om kundens MitID-bruger-ID. "
        "Kunden oplyste anna1970 og læste koden 123456 op.\nKortet er spærret."
    )
    assert of("MITID_USER", text) == ["anna1970"]


def test_user_id_said_in_the_next_sentence_with_the_one_time_code() -> None:
    text = "Hun blev spurgt om sit MitID bruger-id. Hun sagde jens1948 og engangskoden fra appen."
    assert of("MITID_USER", text) == ["jens1948"]


def test_no_user_id_told_without_a_code_after_it() -> None:
    # A word told and something else done after it: no code, so nothing tells it is the ID.
    text = "Han bad om kundens MitID-bruger-ID. Kunden oplyste anna1970 og læste avisen bagefter."
    assert of("MITID_USER", text) == []


def test_no_user_id_when_a_word_is_told_before_the_code() -> None:
    text = (
        "Han bad om kundens MitID-bruger-ID. Kunden oplyste ingenting og læste koden op for banken."
    )
    assert of("MITID_USER", text) == []


def test_no_user_id_told_with_a_code_without_its_label() -> None:
    text = "Kunden ringede om MitID. Kunden oplyste anna1970 og læste koden 123456 op."
    assert of("MITID_USER", text) == []
