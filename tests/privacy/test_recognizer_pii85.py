"""pii85: what the newest sets showed missing or taken wrongly: a MitID user ID and a one-time
code after what was done with them ("oplyst til svindler:", "læst op:", "sendt:"), a code
given after it was asked for ("…, jeg gav dem 79043273"), a phone in brackets before a time
stamp, money that was to go to an account, an abbreviated role before a name ("sagsbeh.",
"Medarb.:"), a name before a record's next field; and, as near misses, a definite noun shaped
as a "-sen" surname after a pseudonym's letter and a firm greeted by its short name. Each
rule has a firing case and a near miss. Synthetic names, IDs and numbers only."""

from __future__ import annotations

import pytest

from tests.privacy.findings import of


def test_a_user_id_disclosed_to_the_scammer_after_its_label_is_found() -> None:
    text = "Kunde: Jeppe\nMitID bruger-ID oplyst til svindler: jeppe39\nKort tilknyttet"
    assert of("MITID_USER", text) == ["jeppe39"]


def test_a_user_id_disclosed_without_its_value_is_none() -> None:
    # No colon and value after whom it was given to: the sentence goes on.
    text = "MitID bruger-ID oplyst til svindleren i telefonen, kort spærret"
    assert of("MITID_USER", text) == []


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("MitID bruger-ID: priya01\nEngangskode sendt: 913557\nKort", "913557"),
        ("MitID bruger-ID: sergej59\nEngangskode læst op: 42436273\nKort", "42436273"),
        (
            "[14:30] nikolaj: de ringede og bad om koden fra sms'en, jeg gav dem 79043273\n",
            "79043273",
        ),
    ],
)
def test_a_code_read_out_sent_or_given_is_a_one_time_code(text: str, code: str) -> None:
    assert of("OTP", text) == [code]


@pytest.mark.parametrize(
    "text",
    [
        # A bare "Kode sendt:" may be a door's (only OTP, engangskode or SMS-kode count).
        "Pakkeboks 12\nKode sendt: 913557\n",
        # "gav" without whom it was given to: an amount or a count, no code.
        "de bad om koden fra sms'en, jeg gav 2000 kr. til naboen",
    ],
)
def test_no_code_without_its_label_or_whom_it_was_given_to(text: str) -> None:
    assert of("OTP", text) == []


def test_a_phone_in_brackets_before_a_time_stamp_is_found() -> None:
    text = "Videresendt SMS fra kunde Ewa Petersen (99253737) 2026-08-21 12:08:\n> Kære kunde"
    assert of("PHONE", text) == ["99253737"]


def test_a_bracketed_reference_before_a_time_stamp_is_no_phone() -> None:
    text = "Videresendt SMS fra kunde Ewa Petersen (kundenr. 3906686) 2026-08-21 12:08:"
    assert of("PHONE", text) == []


def test_the_account_money_was_to_go_to_is_found() -> None:
    text = "har vi tilbageholdt 70.000 kr., der skulle til 3732-44485139. Dit nye kort sendes"
    assert of("BANK_ACCOUNT", text) == ["3732-44485139"]


def test_a_trip_somewhere_is_no_account() -> None:
    assert of("BANK_ACCOUNT", "Hun skulle til 2100 København Ø i morgen.") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("nyt login via appen.\nsagsbeh. Carls note, ring tilbage kl. 18.23.", "Carls"),
        ("Udleveret ikke – sendt til sikkerhed.\nMedarb.: Gry, kl. 10.15", "Gry"),
        ("CHAUFFØRRAPPORT – rute 103\nChauffør: Hamza, bil SJ 39 799, håndterminal", "Hamza"),
    ],
)
def test_a_name_after_an_abbreviated_role_or_before_the_next_field_is_found(
    text: str, name: str
) -> None:
    assert of("PERSON", text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        # A speaker's sentence after a label, not a name and a field.
        "Kunde: Ja, det er rigtigt.",
        # A definite noun shaped as a "-sen" surname after a pseudonym's letter.
        "23.16  Kunden oplyser navn Kunde A. Adressen [ADRESSE] passer med systemet.",
        # A firm greeted by its short name, its legal form written elsewhere.
        "Kære Kystnet\n\nVi har en fælles kunde.\n\nMvh\nSvindelteamet, Kystnet Mobil A/S",
        "SIM-kortet blev skiftet 21.11.2026 kl. 10.15 i Kystnet Butik Nørrebro.",
    ],
)
def test_no_name_in_a_sentence_a_noun_or_a_firm(text: str) -> None:
    assert of("PERSON", text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("CHAUFFØRRAPPORT – rute 650\nChauffør: palle, bil HU 91 712, pakkeboks PB-4519", "palle"),
        ("TELEFONNOTAT 2026-09-30 / SAG-262496\nOpkald fra: Line, tlf. 51936785\n", "Line"),
        ("Anmeldt: Politi, J.nr. 2547-35237-78498-26.\n/Lis, Sydkyst Sparekasse, afd. 4", "Lis"),
        ("Flyt pengene til sikker konto i dag. Kontakt Svend på 25 38 00 51.", "Svend"),
        (
            "16:00 | HOLD | kr. 29.000\nkunde: jan meldgaard | cpr mangler | kundenr. 2",
            "jan meldgaard",
        ),
    ],
)
def test_a_caller_a_driver_a_signature_or_a_contact_is_named(text: str, name: str) -> None:
    assert of("PERSON", text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        # A word in lower case that is no given name, before the next field.
        "Status: afventer, tlf. ikke besvaret",
        "16:00 | HOLD\nkunde: afventer svar | cpr mangler",
        # A call from a firm, no caller's label.
        "Jeg fik et opkald fra Danske Bank i går.",
        # Whom to contact is a firm or "us", no person.
        "Kontakt Danske Bank på 70 12 34 56.",
        "Kontakt os på 70 12 34 56.",
        # A word after "/" that is no given name.
        "Anmeldt.\n/Slut, Fjordbanken",
    ],
)
def test_no_name_for_a_word_a_firm_or_us(text: str) -> None:
    assert of("PERSON", text) == []


def test_the_account_asked_to_be_paid_into_is_found() -> None:
    text = "Erstatningen på 49,95 kr. bedes sat ind på 2003-7480862901.\n\nMvh"
    assert of("BANK_ACCOUNT", text) == ["2003-7480862901"]


def test_a_parcel_put_in_a_locker_names_no_account() -> None:
    assert of("BANK_ACCOUNT", "Pakken er sat ind på hylde 2003 i rum 7480862.") == []
