"""pii75: a listed given name with a middle initial before its surname wherever it stands,
and a reg.nr. that reads as a year where money went to it; the near miss beside each.
Synthetic names and account numbers only."""

from __future__ import annotations

import pytest

from tests.privacy.findings import of


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Registreret.\n\n/Hamza S. Hussaini, kontrollant\n", "Hamza S. Hussaini"),
        ("Beløb: 45.199 kr.\nKontrollant: Svend P. Dalsgaard\n", "Svend P. Dalsgaard"),
        ("har boet sammen med Mai J. Krogh-Sloth på adressen", "Mai J. Krogh-Sloth"),
    ],
)
def test_given_name_initial_and_surname(text: str, name: str) -> None:
    assert name in of("PERSON", text)


@pytest.mark.parametrize(
    "text",
    [
        "Vi kører til Aarhus C. Derefter hjem.",  # a town and its district, no given name
        "Han kom hjem til Bo K. Det var sent.",  # a sentence's word after the initial
        "Hun bor på Hans C. Andersens Boulevard 5, 1553 København V.",  # a street's namesake
        "Vejarbejde på Thomas B. Thriges Gade frem til 22. februar.",  # a street without number
    ],
)
def test_initial_between_words_that_are_no_name(text: str) -> None:
    assert of("PERSON", text) == []


@pytest.mark.parametrize(
    ("text", "account"),
    [
        ("Pengene gik til 2006-1644351 (kort **** 6568).", "2006-1644351"),
        ("Overført 1.200 kr. til 2026-0834417563 (modtager Y. Sandholt).", "2026-0834417563"),
    ],
)
def test_year_like_reg_number_where_money_went(text: str, account: str) -> None:
    assert account in of("BANK_ACCOUNT", text)


@pytest.mark.parametrize(
    "text",
    [
        "Sag 2025-1234567890 er oprettet.",
        "Journal 2026-0834417563 (modtaget 3. maj).",
        "Der er trukket 473 kr. fra 2025-7107181 i sagen.",  # money from a case's number
    ],
)
def test_year_like_reg_number_without_a_transfer_is_a_case_number(text: str) -> None:
    assert of("BANK_ACCOUNT", text) == []
