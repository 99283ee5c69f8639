"""pii90: hard negatives and PERSON leftovers. Not names: a case's or an order's noun before
its number after a chat's greeting ("hej, Sag BV-…"), a note's sentence adverb opening its
line ("Ellers stille."), a firm whose letterhead its name opens, a card payment's merchant, a
town after its postcode and a street after "ved". Names: a one-word signature's trailing
initial in any Latin capital ("Kind regards⏎Hodan Ş."), whom a case handler at the writer's
firm is ("Sagsbehandler hos os er S. Lund"), names in capitals after "Navn på ID:" and "på
vegne af", the surname first or with a letter beyond Latin-1. Also an English "Best," over a
signature and an unlisted given name in any Latin letters. Each rule has a firing case and a
near miss. Synthetic names and numbers only."""

from __future__ import annotations

import pytest

from tests.privacy.findings import of


@pytest.mark.parametrize(
    "text",
    [
        "[09:00] Lejer B: hej, Sag KL-2025-1187\n[09:05] Medarbejder 3: hej, Ordre 55120",
        "Status: afventer svar fra kunden.\nEllers roligt i dag. /Medarbejder 4",
        "Desuden ingen nye henvendelser.",
        # A firm's letterhead, and its name under its letter and in a card dispute's row.
        "Ingo · Industrivej 7, 4000 Roskilde · CVR-nr. 12345678\nVi afviser indsigelsen.\n\n"
        "Venlig hilsen\nMedarbejder 1\nIndsigelsesansvarlig, Ingo\nx***@shop.example.com",
        "Kortnummer: **** **** **** 1111\nBetalinger jeg ikke har godkendt:\n"
        "  03.10.26  Ingo                    DKK 412,50\n  02.10.26  Jensens Bøfhus   EUR 12,00",
        "Postadresse: Postboks 1200, 8643 Ans By",
        "En nabo så en varevogn holde ved Solvej.\nMere vides ikke.",
    ],
)
def test_not_a_name(text: str) -> None:
    assert of("PERSON", text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # A greeting's given name and a card row's name in a text about no card stay.
        ("[09:00] Lejer B: hej, Sagal\n[09:05] Medarbejder 3: hej", "Sagal"),
        ("Kontoudtog\n  03.10.26  Solvej Hansen    DKK 412,50", "Solvej Hansen"),
        # A person's line with a middle dot but no CVR number is no letterhead.
        ("Ingo Vestergaard · Industrivej 7, 4000 Roskilde · tlf. 12 34 56 78", "Ingo Vestergaard"),
        # A given name after a word, not after "ved" or a postcode.
        ("Jeg har talt med Solvej.", "Solvej"),
    ],
)
def test_near_misses_stay_names(text: str, name: str) -> None:
    assert name in of("PERSON", text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Vi kan sende billederne.\n\nKind regards\nHodan Ş.\nKundeservice, Parkfirma A/S",
            "Hodan Ş.",
        ),
        ("Med venlig hilsen\nYusra Ć.\nKundeservice", "Yusra Ć."),
        ("Kortet er spærret. Sagsbehandler hos os er S. Tran (SAG-26-00001).", "S. Tran"),
        ("Navn på ID: LINE TRAN\nNavn i profil: Tran, Line", "LINE TRAN"),
        ("Navn på ID: ŞAHIN, ERKAN BO\nNavn i profil: Erkan Şahin", "ŞAHIN, ERKAN BO"),
        (
            "En falsk fuldmagt, hvor han udgiver sig for at handle på vegne af HODAN LUND "
            "(CPR 010203-0004).",
            "HODAN LUND",
        ),
    ],
)
def test_names_found(text: str, name: str) -> None:
    assert name in of("PERSON", text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # An English closing over the name is none of it; a listed surname "Best" in a list is.
        ("Ring gerne på 0045 30000000\nBest, Luka Holm\nLærkevej 4", "Luka Holm"),
        ("Deltagere: Best, Oskar", "Best, Oskar"),
        # An unlisted given name in any Latin letters before a listed one.
        ("Attest på vegne af Sólveig Kristine Lund (CPR 010203-0004).", "Sólveig Kristine Lund"),
        ("Medflyttende: Çağla Marie Holm (f. 14.07.1961)", "Çağla Marie Holm"),
    ],
)
def test_whole_name(text: str, name: str) -> None:
    assert of("PERSON", text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        # Not a signature: an unlisted word and a letter in a sentence.
        "Han kaldte sig Part C. Bagefter bad han om koden.",
        "Sagsbehandler hos os er Sikkerhedsteamet.",
        "Vi handler på vegne af DANSKE BANK.",
        "Navn på ID: XXXX XXXX",
    ],
)
def test_near_misses_no_name(text: str) -> None:
    assert of("PERSON", text) == []
