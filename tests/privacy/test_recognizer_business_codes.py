"""MitID user IDs and one-time codes as business-fraud text writes them (issue 18, pii29): a
company's "MitID Erhverv-bruger" and the definite "MitID-brugeren" before the ID, a chat's
answer with an emoji after it, and Slack's and Teams' exports with the time on the sender's
line; and the near miss beside each. Synthetic values only."""

from __future__ import annotations

import pytest

from tests.privacy.findings import of


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "Anmelderens MitID Erhverv-bruger rikke68 blev brugt til at godkende betalingen.",
            "rikke68",
        ),
        ("Hans MitID Erhverv-brugeren karl_emil er spærret nu.", "karl_emil"),
        ("ps. spørg elif om MitID-brugeren elifrin86 er spærret", "elifrin86"),
        ("Vi har lukket NemID-brugeren bo1945 i går.", "bo1945"),
    ],
)
def test_business_and_definite_mitid_user(text: str, value: str) -> None:
    assert of("MITID_USER", text) == [value]


@pytest.mark.parametrize(
    "text",
    [
        # Near misses: no ID's shape after the label (a verb, a name ending a sentence).
        "Anmelderens MitID Erhverv-bruger blev brugt til at godkende betalingen.",
        "ps. spørg om MitID-brugeren er spærret",
        "Kontakt MitID Erhverv-brugeren Anna. Hun ved mere.",
        # A company's MitID without "bruger": nothing names a user ID.
        "Virksomhedens MitID Erhverv 2024 blev fornyet i marts.",
    ],
)
def test_no_business_mitid_user_without_an_id(text: str) -> None:
    assert of("MITID_USER", text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # An emoji after the answer, in a chat with the time in brackets.
        (
            "[07:29] Anker Kold: hvad er koden du fik på sms\n"
            "[07:30] Signe Aydin: den er 31383424 🙏\n",
            "31383424",
        ),
        # Slack's export: an empty line, the sender and the time on one line, the message.
        (
            "Vibeke Brix  14.41\nder kommer en kode fra banken, skriv den her\n\n"
            "Asger Ahlmann  14.43\n061971\n\n@Ivana kan du kigge på det?",
            "061971",
        ),
        (
            "Marta  11.25\nhvad er koden du fik på sms\n\nElif Rindom  11.28\nden er 300316 🙂\n",
            "300316",
        ),
    ],
)
def test_chat_answer_with_emoji_or_slack_sender_line(text: str, value: str) -> None:
    assert of("OTP", text) == [value]


@pytest.mark.parametrize(
    "text",
    [
        # Near misses: a word after the number, a question about it, no code asked for.
        "[07:29] Anker: hvad er koden du fik på sms\n[07:30] Signe: den er 31383424 kroner\n",
        "[07:29] Anker: hvad er koden du fik på sms\n[07:30] Signe: 318342 ❓?\n",
        "Vibeke  14.41\nhvad er dit lokalnummer\n\nAsger  14.43\n6198\n",
        # The time alone on the sender's line is no sender ("⏎⏎14.43⏎…" is Messenger's only
        # with a sender before it).
        "Vibeke  14.41\nskriv koden her\n\n14.43\n061971\n",
    ],
)
def test_no_chat_answer_otp_without_a_plain_answer(text: str) -> None:
    assert of("OTP", text) == []
