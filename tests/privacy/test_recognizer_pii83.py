"""pii83: what the newest sets (an insurer's claims, a patient service) showed missing: a user
ID said to be given to the scammer and an English chat's "my user id"; a form's "Kode oplyst:"
where the text names MitID; the car of a fake parking-fee SMS ("P-afgift for …"); an inverted
name after "for" or a driver's "fører"; a given name's genitive before a claim's "opgørelse";
a phone note's caller before the number in brackets. Each rule has a firing case and a near
miss. Synthetic names, IDs and numbers only."""

from __future__ import annotations

import pytest

from tests.privacy.findings import of


@pytest.mark.parametrize(
    ("text", "user_id"),
    [
        ("Police POL-320-5543\nOplyste user ID rendyhr61 til svindleren\n", "rendyhr61"),
        ("Oplyste bruger-id ngomort94 til svindleren\nMail: x@example.net", "ngomort94"),
        (
            "[15:27] Dagmar: they also called and got my code 270025\n"
            "[15:29] Dagmar: and my user id ddahlmarcussen96\n",
            "ddahlmarcussen96",
        ),
    ],
)
def test_a_user_id_given_to_the_scammer_or_called_mine_is_found(text: str, user_id: str) -> None:
    assert of("MITID_USER", text) == [user_id]


@pytest.mark.parametrize(
    "text",
    [
        # Not shaped as an ID: a word after the label.
        "Oplyste bruger-id straks til svindleren",
        "and my user id is blocked now",
        # A link's scheme after a hidden ID is none.
        "Bekræft dit mobilnr. og bruger-id (skjult): https://mitid-fornyelse.example.net/b?t=Re",
    ],
)
def test_no_user_id_without_its_shape_or_in_a_link(text: str) -> None:
    assert of("MITID_USER", text) == []


def test_a_forms_code_told_is_a_one_time_code_where_mitid_is_named() -> None:
    text = "MitID bruger-ID (hvis oplyst til svindler): reza01\nKode oplyst: 74916692\nKort brugt"
    assert of("OTP", text) == ["74916692"]


def test_a_forms_code_told_without_mitid_may_be_a_doors() -> None:
    assert of("OTP", "Medlemsnummer: 7357711\nKode oplyst: 4711\nKort brugt: nej") == []


def test_the_car_of_a_parking_fee_sms_is_a_plate() -> None:
    text = "Kære kunde, din P-afgift for JE71290 ved sundhed.dk på 635,87 kr. er ubetalt."
    assert of("NUMBER_PLATE", text) == ["JE71290"]


def test_a_fee_without_a_car_word_has_no_plate() -> None:
    assert of("NUMBER_PLATE", "Din afgift for JE71290 ved sundhed.dk er ubetalt.") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Hej\nVi har haft bilen inde for Dyhr, René. Lakken er ny", "Dyhr, René"),
        ("Modpartens bil RE 90 109, fører Due-Jawad, Holger.\nMail: x", "Due-Jawad, Holger"),
    ],
)
def test_an_inverted_name_after_for_or_the_driver_is_one_name(text: str, name: str) -> None:
    assert name in of("PERSON", text)


def test_a_town_and_a_name_after_for_are_no_inverted_name() -> None:
    assert "Odense, Mette" not in of("PERSON", "Tak for Odense, Mette kom i går.")


def test_a_given_names_genitive_before_a_claims_statement_is_a_name() -> None:
    text = "Skaderne passer IKKE med forklaringen. Hibas opgørelse: kr. 42.074. Modpartens bil"
    assert of("PERSON", text) == ["Hibas"]


def test_a_things_genitive_before_a_statement_is_none() -> None:
    assert of("PERSON", "Skadens opgørelse: kr. 42.074") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("TELEFONNOTAT kl. 09.45\nIndgående opkald fra Kai (52.55.61.34).\nKunden", "Kai"),
        ("Indgående opkald fra I. Høj (38 64 37 67).\nKunden", "I. Høj"),
        ("Indgående opkald fra malene rytter ((+45) 33 53 09 64).\nKunden", "malene rytter"),
        ("Indgående opkald fra LINE FROST (33 69 00 12).\nKunden", "LINE FROST"),
    ],
)
def test_a_callers_name_before_the_phone_in_brackets_is_found(text: str, name: str) -> None:
    assert of("PERSON", text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "Indgående opkald fra Skat (52.55.61.34).",
        "Indgående opkald fra banken nordea (33 69 00 12).",
        "Indgående opkald fra SKAT DANMARK (33 69 00 12).",
    ],
)
def test_a_firm_calling_before_its_phone_is_no_name(text: str) -> None:
    assert of("PERSON", text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Modpartens bil HP20140, fører Stig.\nMail: x", "Stig"),
        ("Modpartens bil YV42701, fører samir refslund.\nUdbetaling", "samir refslund"),
        ("Modpartens bil LL 77 410, fører S. Sommer.\nKort", "S. Sommer"),
    ],
)
def test_the_driver_after_a_car_is_a_name(text: str, name: str) -> None:
    assert of("PERSON", text) == [name]


@pytest.mark.parametrize("text", ["Vejen, fører Europa.\n", "Linket, fører til en falsk side."])
def test_a_verbs_fører_after_a_comma_names_no_driver(text: str) -> None:
    assert of("PERSON", text) == []


def test_an_inverted_name_before_a_dash_and_its_phone_is_one_name() -> None:
    text = "-- videresendt af Vang, Birgit - mobil: +4562606063\nmin bil MS 36 996"
    assert "Vang, Birgit" in of("PERSON", text)


def test_an_inverted_name_before_a_dash_and_a_remark_is_not_joined() -> None:
    assert "Vang, Birgit" not in of("PERSON", "videresendt af Vang, Birgit - se bilag")


def test_a_lowercase_name_ends_before_a_verbs_past_tense() -> None:
    text = "Link til falsk side. Medarbejderen troels ulriksen klikkede fra RM-PC-39797."
    assert of("PERSON", text) == ["troels ulriksen"]


def test_a_short_surname_ending_in_ede_stays_in_the_name() -> None:
    assert of("PERSON", "Medarbejderen lone hede fra RM-PC-39797.") == ["lone hede"]


def test_a_given_name_signed_after_the_lines_last_sentence_is_found() -> None:
    text = "Videre til IT-sikkerhed (J.nr. 2026-47974). /Signe"
    assert of("PERSON", text) == ["Signe"]


@pytest.mark.parametrize(
    "text", ["Tak for svaret. /Slut", "Se afsnit 4. /Signe skriver videre i morgen"]
)
def test_no_signature_after_a_sentences_slash_without_a_name_ending_the_line(text: str) -> None:
    assert of("PERSON", text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Sælgerprofil tilhører samira just.\nPolitiets adresse", "samira just"),
        ("Sælgerprofil tilhører U. Hvid-Frost.\n", "U. Hvid-Frost"),
    ],
)
def test_whom_a_profile_belongs_to_is_a_name(text: str, name: str) -> None:
    assert of("PERSON", text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "Kontoen tilhører min mor.\n",
        # "Hans" is a given name, "hans" before a relative a possessive.
        "Kortet **** 4393 tilhører hans mor.\nMin klient",
        "Kontoen tilhører Danske Bank.",
        "Bilen tilhører mig.",
    ],
)
def test_a_relative_or_a_firm_it_belongs_to_is_no_name(text: str) -> None:
    assert of("PERSON", text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("-- videresendt af Lauridsen, tlf +45 51876215\nmin bil", "Lauridsen"),
        ("-- videresendt af bettina meldgaard - mobil: (+45) 86 89 91 19\n", "bettina meldgaard"),
        ("-- videresendt af Egholm (+45 38624173)\nmin bil", "Egholm"),
        ("-- videresendt af R. Hodžić, tlf 0045 28697088\n", "R. Hodžić"),
    ],
)
def test_who_forwarded_a_message_before_their_phone_is_a_name(text: str, name: str) -> None:
    assert of("PERSON", text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "-- videresendt af Kundeservicen, tlf 70 33 33 33",
        "-- videresendt af Nordea, tlf 70 33 33 33",
        "-- videresendt af min mor, tlf 20 30 40 50",
    ],
)
def test_a_unit_firm_or_relative_forwarding_is_no_name(text: str) -> None:
    assert of("PERSON", text) == []


def test_what_was_done_with_the_user_id_is_no_user_id() -> None:
    """A form's "MitID bruger-ID oplyst til svindler: …" (pii_blind87's read): "oplyst" says
    what happened to the ID and is never the ID; a checklist's "oplyst: <id>" gives it."""
    text = "Kunde: Ivan Holst\nMitID bruger-ID oplyst til svindler: [bruger-id]\n"
    assert of("MITID_USER", text) == []
    assert of("MITID_USER", "[x] MitID-bruger-ID oplyst: ivan1970") == ["ivan1970"]
