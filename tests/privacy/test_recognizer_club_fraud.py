"""Personal data as clubs, associations and small businesses write about fraud (issue 18,
pii32): a pseudonymised party's label ("Medlem A") in prose and in a name column, an account
number under its own label without its reg.nr., a MitID user given right after it was asked
for, a member's genitive before a proposal, a chat's @mention, an inverted name after a
lower-case role or a log's time and dash, an initial and a surname after a record's number;
and the near miss beside each. Synthetic values only."""

from __future__ import annotations

import pytest

from tests.privacy.findings import of
from vaern.privacy.columns import pseudonym_label, stand_in


@pytest.mark.parametrize(
    "text",
    [
        "Til stede: Medlem A (formand), Medlem A, Kunde C (kasserer)",
        "Deltagere: formand Medlem A, kasserer [NAVN], pastor Kunde C",
        "ref;navn;telefon;email\nBK-R21199;Medlem A;[TLF];[e-mail]\nBK-R45655;Beboer B;[TLF];x",
        "Til stede: Forælder C, Elev 3 og Kilde 1.",
    ],
)
def test_pseudonym_labels_are_no_names(text: str) -> None:
    assert of("PERSON", text) == []


def test_real_names_beside_roles_and_in_name_columns_still_found() -> None:
    # Near miss: a role before a real name ("kasserer Jens Holm") and a name in the column.
    assert of("PERSON", "Til stede: Mette Holm (formand), kasserer Jens Holm") == [
        "Mette Holm",
        "Jens Holm",
    ]
    text = "ref;navn;telefon;email\nBK-R21199;Karen Holm;[TLF];[e-mail]\nBK-R45655;Ole Bech;x;y"
    assert of("PERSON", text) == ["Karen Holm", "Ole Bech"]


def test_pseudonym_label_shape() -> None:
    assert pseudonym_label("Medlem A") and pseudonym_label("beboer 12") and stand_in("Beboer B")
    # Near miss: a role and a given name, a noun alone, a lower-case letter.
    assert not pseudonym_label("Kasserer Jens")
    assert not pseudonym_label("Medlem")
    assert not pseudonym_label("Medlem a")


def test_account_under_its_own_label_without_reg() -> None:
    text = "Blev bedt om at flytte penge efter opkald; eget kontonr. 591301830.\nkl. 11.20"
    assert of("BANK_ACCOUNT", text) == ["591301830"]
    assert of("BANK_ACCOUNT", "Kontonummer: 9420080 oplyst") == ["9420080"]


def test_account_word_alone_before_a_short_number_is_no_account() -> None:
    # Near miss: "konto" alone before fewer than ten digits may be any number.
    assert of("BANK_ACCOUNT", "Trukket fra konto 591301830 i går") == []


def test_mitid_user_given_after_it_was_asked_for() -> None:
    text = "den bad også om MitID-bruger, jeg skrev kasper64 og koden 208350"
    assert of("MITID_USER", text) == ["kasper64"]
    assert of("MITID_USER", "Den ville have MitID-brugeren; hun gav dem anna_1950.") == [
        "anna_1950"
    ]


def test_mitid_user_asked_for_and_a_word_after_is_no_user() -> None:
    # Near miss: what follows is no ID's shape.
    assert of("MITID_USER", "den bad om MitID-bruger, jeg skrev straks til banken") == []


def test_genitive_before_a_members_proposal() -> None:
    text = "Pkt. 2. Vaskeriet\nFinns forslag: opslag i opgangene med foreningens nummer."
    assert of("PERSON", text) == ["Finns"]


def test_a_proposal_of_no_one_named() -> None:
    # Near miss: a possessive or a noun before the proposal.
    assert of("PERSON", "Pkt. 2. Vaskeriet\nBestyrelsens forslag: opslag i opgangene.") == []
    assert of("PERSON", "Pkt. 2. Vaskeriet\nVores forslag: opslag i opgangene.") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("[01.07.26, 19:42] Nadia: @laila kan du tage børnene?", "laila"),
        ("@Signe var det dig der skrev?", "Signe"),
        ("@Thi Hoa var det dig der skrev?", "Thi Hoa"),
    ],
)
def test_chat_mentions(text: str, name: str) -> None:
    assert name in of("PERSON", text)


@pytest.mark.parametrize(
    "text", ["skriv til karen@example.dk i dag", "@alle husk pengene", "@kiosken lukker kl. 17"]
)
def test_at_signs_that_mention_no_one(text: str) -> None:
    assert of("PERSON", text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Opkald\nkl. 09.40 – Ladefoged, Vibeke, f. 13/6-1949, ringer fra 9116 5485.", None),
        ("Opkald\nkl. 18.00 – A. Holmgaard, f. 1. januar 1940, ringer.", "A. Holmgaard"),
        ("- medlemsnr. 31362: A. Damgaard, Sønder Ringvej 97, 8660 Skanderborg", "A. Damgaard"),
        ("Deltagere: kasserer Rasmussen, Poul, pastor Emil Dam", "Rasmussen, Poul"),
    ],
)
def test_inverted_and_initialled_names_in_logs_and_lists(text: str, name: str | None) -> None:
    assert (name or "Ladefoged, Vibeke") in of("PERSON", text)


def test_log_dash_and_record_number_before_no_name() -> None:
    # Near miss: towns after a log's dash, a surname that goes on into its sentence.
    assert of("PERSON", "kl. 09.40 – Vejle, Horsens og Kolding har ringet") == []
    assert of("PERSON", "- medlemsnr. 31362: A. Frost har betalt") == []
