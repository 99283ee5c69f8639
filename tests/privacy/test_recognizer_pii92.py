"""pii92: what the pet-sale, ticket-resale, daycare-portal and fitness-chain sets showed: a
user ID given away in a call, then a colon; a code asked about in a chat, after question
marks. Each rule has a firing case and a near miss. Synthetic names, IDs and numbers only."""

from __future__ import annotations

import pytest

from tests.privacy.findings import of


@pytest.mark.parametrize(
    ("text", "user"),
    [
        ("Brugernavn til MitID oplyst i samme opkald: troels_77.\n", "troels_77"),
        ("Bruger-ID til MitID givet under samtalen: hannelis61", "hannelis61"),
    ],
)
def test_a_user_id_given_away_in_a_call_is_found(text: str, user: str) -> None:
    assert of("MITID_USER", text) == [user]


def test_no_user_id_where_none_follows_the_call() -> None:
    assert of("MITID_USER", "Bruger-ID til MitID oplyst i samme opkald som koden.") == []


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("[10:02] vagn: jeg har lige fået en kode fra jer?? 318204\n", "318204"),
        ("[10:02] Lise Holm: kom der en kode fra banken? 4471 9026\n", "4471 9026"),
    ],
)
def test_a_code_asked_about_in_a_chat_is_found(text: str, code: str) -> None:
    assert of("OTP", text) == [code]


def test_no_code_where_a_count_follows_the_question() -> None:
    assert of("OTP", "[10:02] vagn: skal jeg bruge koden fra mailen? 2 billetter\n") == []
