"""An eighty-fifth blind, seeded generator of Danish text with labelled personal data (issue 18).

Written without looking at the recognisers, their word lists or the other generators' bodies
(only the first lines of bench/pii_blind30.py for the module's shape), as a held-out test set
with its own names, streets and towns. Its theme is FAKE RENTAL ADS AND DEPOSIT SCAMS as a
Danish housing association's and a letting agency's office meets them, in eight genres: a
would-be tenant's e-mail (Fra:/Til:/Emne:, some in English), an office case note, a viewing
log, a web chat with "[14:02] Name:" speaker lines, a forwarded fake ad, a forwarded scam SMS,
a letter from the office and a police report of a deposit fraud.

Conventions (exact offsets are scored):
- PERSON is a name as written, without title or role ("fru", "hr.", "udlejer", "lejer"); a
  genitive s belongs to it ("Agnetes"); "Holm, Agnete" is one span; a chat speaker is PERSON,
  a lower-case name typed in a chat too; a scammer's alias is PERSON. Organisations, streets
  and towns, pseudonyms ("Lejer A", "[NAVN]") and family words are never PERSON.
- ADDRESS: a private person's address, street through number, floor and side, plus ", postcode
  town" or a line break and "postcode town", as one span. An organisation's own address (the
  association's office, the agency, a police station, a bank branch) is never labelled.
- CPR: synthetic (real date, seventh digit 0-3 for the 1900s and 4 for 2000-2005, failing
  modulus 11) as "DDMMYY-SSSS", "DDMMYYSSSS", "DD MM YY SSSS", "DDMMYY SSSS" or
  "DD.MM.YY-SSSS". DATE_OF_BIRTH only straight after "født", "f.", "Fødselsdato:" or "DOB:".
- PHONE: Danish mobile and landline numbers in ten written forms, the country code inside the
  span, and foreign numbers from fiction ranges ("+44 7700 900xxx", "+46 70 174 06 xx"); an
  organisation's 70/80 line is never PHONE. EMAIL: every unmasked address (example.* domains).
- BANK_ACCOUNT: "1234-1234567890" or "1234 1234567890" as one span; after "reg. 1234 konto"
  only the account. IBAN: valid check digits and length, grouped by four or compact. CARD:
  Luhn-valid with a test prefix; CARD_EXPIRY "MM/YY", "MM/YYYY" or "MM-YYYY", the value only.
  MITID_USER and OTP: the value only, after their cue.
- Hard negatives, never labelled: case, journal, listing, customer and invoice numbers, CVR
  numbers, amounts, dates and clock times, masked values ("**** 1234", "+45 ** ** ** 31",
  "a***@example.dk"), organisations' addresses and 70/80 lines. The 350 documents of kind
  "negative" are the same genres pseudonymised: only such values and stand-ins remain.

Each document is {"id", "genre", "kind", "text", "spans": [{"start", "end", "type"}]}.
``python -m bench.pii_blind84 OUT.jsonl`` writes the set; ``generate()`` returns it.
"""

from __future__ import annotations

import json
import random
import sys
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Final


def words(text: str) -> tuple[str, ...]:
    """The items of a list written as running text."""
    return tuple(text.split())


SIZE: Final = 1000
NEGATIVES: Final = 350
GENRES: Final = ("mail", "notat", "fremvisning", "chat", "annonce", "sms", "brev", "politi")
TYPES: Final = words(
    "PERSON ADDRESS CPR PHONE EMAIL IBAN BANK_ACCOUNT CARD CARD_EXPIRY DATE_OF_BIRTH MITID_USER OTP"
)
WEIGHTS: Final = (4, 3, 2, 7, 6, 5, 4, 3, 2, 1)
TEST_PREFIXES: Final = ("4111", "4012", "5555", "5105", "2223", "4000")
IBAN_LENGTH: Final = {"DK": 18, "DE": 22, "GB": 22, "ES": 24, "NL": 18, "LT": 20}
MOBILE: Final = words("20 21 22 23 24 25 26 27 28 29 30 31 40 41 42 50 51 52 53 60 61 71 81 91 93")
LANDLINE: Final = words(
    "32 33 35 36 38 39 43 44 45 46 48 49 56 57 62 65 66 75 76 86 87 89 96 97 98"
)


WOMEN: Final = words(
    """
    Agnete Anne Annette Anja Astrid Birgit Birthe Bodil Camilla Caroline Cecilie Charlotte
    Christina Dorthe Ditte Ella Emilie Emma Eva Frida Freja Gitte Grethe Hanne Helle Helene
    Henriette Ida Inge Inger Irene Jane Janni Jette Johanne Josefine Julie Karen Karina Karin
    Kirsten Klara Laila Laura Lea Lene Lis Lisbeth Lise Louise Lotte Maja Malene Maren Margrethe
    Maria Marianne Mathilde Merete Mette Mia Nanna Naja Nina Noor Pernille Pia Rikke Rita Ruth
    Sanne Sara Signe Sofie Solveig Susanne Stine Tina Tove Trine Ulla Vibeke Vivi Winnie Yvonne
    Alberte Amalie Asta Bente Benedikte Britt Dagmar Else Ellen Elin Esther Gerda Gry Gudrun
    Hedvig Hilda Iben Jytte Kamilla Kathrine Kim Lærke Liva Line Lone Lykke Magda Majbritt Marie
    Marlene Nadia Nicoline Olivia Pauline Ragnhild Randi Rosa Sidsel Sille Silje Sigrid Tenna
    Tilde Tone Tua Tyra Ulrikke Vera Viola Zainab Fatima Aisha Amina Leyla Hiba Mariam Yasmin Sana
    Elif Zeynep Ayse Hatice Nguyen Lan Agnieszka Katarzyna Olena Iryna Shirin Parisa Samira Rania
    Hodan Ifrah Asma Dilan Rojin
    """
)
MEN: Final = words(
    """
    Anders Andreas Anton Arne Asger Bent Bjarne Bo Brian Carl Carsten Christian Claus Daniel David
    Dennis Emil Erik Esben Finn Flemming Frank Frederik Georg Gunnar Hans Harald Henning Henrik
    Holger Jacob Jan Jens Jesper Johan Johannes Jonas Jørgen Kasper Keld Kenneth Kim Klaus Knud
    Kristian Lars Lasse Leif Mads Magnus Malthe Martin Mathias Michael Mikkel Morten Niels Nikolaj
    Ole Oliver Oscar Palle Peter Poul Preben Rasmus René Rune Søren Simon Steen Stefan Svend
    Thomas Tobias Torben Troels Ulrik Uffe Valdemar Victor Viggo Vagn Aksel Albert Alfred Allan
    Benny Birger Bjørn Casper Dan Egon Ejnar Elias Erling Filip Gustav Hakon Helge Ib Ivan Jakob
    Jeppe Jimmi Kaj Karsten Kurt Lauge Linus Lucas Mogens Noah Ove Per Rolf Sebastian Sune Tage
    Theo Tonny Villads William Aage Ahmed Ali Hassan Hussein Mohammad Omar Yusuf Ibrahim Mustafa
    Karim Tariq Bilal Emre Mehmet Murat Kemal Abdi Farah Jamal Reza Dariusz Piotr Tomasz Andrii
    Oleksandr Duc Minh Hamid Samir Walid Zoran
    """
)
SURNAMES: Final = words(
    """
    Andersen Andreasen Bach Bang Bech Berg Bertelsen Bjerre Blom Bro Brandt Brodersen Buch
    Bundgaard Christensen Christiansen Dahl Dalsgaard Damgaard Davidsen Ebbesen Eriksen Fischer
    Frandsen Friis Frost Gade Gregersen Grønbæk Gram Hald Hansen Hedegaard Hermansen Hjort Holm
    Holst Hougaard Husted Iversen Jakobsen Jensen Jepsen Jessen Juhl Jørgensen Kjeldsen Kjær
    Klausen Knudsen Koch Kristensen Krogh Lange Lassen Lauridsen Laursen Lind Lund Lykke Madsen
    Markussen Mathiesen Mikkelsen Mogensen Munk Møller Mortensen Nielsen Nissen Nygaard Olesen
    Olsen Overgaard Pedersen Petersen Poulsen Rasmussen Ravn Riis Rosenberg Schmidt Schou Sand
    Skov Storm Svendsen Sørensen Thomsen Thorsen Toft Vestergaard Villadsen Vinther Winther
    Østergaard Aagaard Agerholm Bak Birk Bisgaard Bruun Degn Dyrberg Egholm Fogh Gundersen Hammer
    Hvid Høj Kirkegaard Kragh Lindberg Lorentzen Mølgaard Nørgaard Nordahl Pallesen Qvist Rahbek
    Rask Rytter Sejersen Skytte Stampe Steffensen Søgaard Tange Ulriksen Vang Walther Yde Ærenlund
    Ahmadi Hussain Khan Yilmaz Kaya Demir Öztürk Abdullahi Warsame Nguyen Tran Kowalski Nowak
    Wiśniewska Shevchenko Kovalenko Haddad Mansour Rahimi Karimi Jafari Mohamud
    """
)
# Streets of private homes (street, postcode and town); the towns' postcodes are real.
STREETS: Final = (
    "Rosenvænget",
    "Bøgeskovvej",
    "Lærkevej",
    "Fasanvej",
    "Kastanie Allé",
    "Skovbrynet",
    "Engtoften",
    "Mågevej",
    "Hybenvej",
    "Nørrebrogade",
    "Tranehaven",
    "Kløvermarken",
    "Hasselvænget",
    "Grønnegade",
    "Solsikkevej",
    "Ahornvej",
    "Mølleparken",
    "Strandvejen",
    "Vibevej",
    "Syrenvej",
)
TOWNS: Final = (
    "8000 Aarhus C",
    "5000 Odense C",
    "9000 Aalborg",
    "2200 København N",
    "2300 København S",
    "2500 Valby",
    "2720 Vanløse",
    "2800 Kongens Lyngby",
    "3000 Helsingør",
    "4000 Roskilde",
    "4700 Næstved",
    "6000 Kolding",
    "6700 Esbjerg",
    "7100 Vejle",
    "7400 Herning",
    "8200 Aarhus N",
    "8700 Horsens",
    "8900 Randers C",
    "4600 Køge",
    "3400 Hillerød",
    "5700 Svendborg",
    "6400 Sønderborg",
)
SIDES: Final = ("", ", 1. tv.", ", 2. th.", ", st. th.", ", 3. mf.", ", 4. tv.")
# Organisations' own addresses: letterheads and offices, never labelled.
ORG_ADDRESSES: Final = (
    "Boligforeningen Vestbo, Ryesgade 41, 8000 Aarhus C",
    "Lejebolig Nord ApS, Kattesundet 9, 1458 København K",
    "Nordjyllands Politi, Jyllandsgade 27, 9000 Aalborg",
    "Østjyllands Politi, Ridderstræde 1, 8000 Aarhus C",
    "Fynbo Udlejning A/S, Vestergade 72, 5000 Odense C",
    "Danske Bank, Kongevejen 103, 2830 Virum",
    "Huslejenævnet, Rådhuspladsen 2, 4000 Roskilde",
)
ORGS: Final = (
    "Boligforeningen Vestbo",
    "Lejebolig Nord ApS",
    "Fynbo Udlejning A/S",
    "BoligPortalen",
    "Facebook Marketplace",
    "DBA",
    "Lejerbo",
    "Huslejenævnet",
)
ORG_LINES: Final = ("70 20 44 10", "80 88 12 12", "7033 1414", "70 10 44 22")
PSEUDONYMS: Final = ("Lejer A", "Lejer B", "Udlejer X", "Medarbejder 1", "Medarbejder 2")
FAMILY: Final = ("min kæreste", "min mor", "min søn", "min datter", "min far")
MONTHS: Final = (
    "januar",
    "februar",
    "marts",
    "april",
    "maj",
    "juni",
    "juli",
    "august",
    "september",
    "oktober",
    "november",
    "december",
)

Part = tuple[str, str | None]


class Doc:
    """A text built piece by piece, remembering where each labelled value lies."""

    def __init__(self) -> None:
        self.text = ""
        self.spans: list[dict] = []

    def add(self, text: str, kind: str | None = None) -> Doc:
        if kind:
            self.spans.append(
                {"start": len(self.text), "end": len(self.text) + len(text), "type": kind}
            )
        self.text += text
        return self


def grouped(compact: str) -> str:
    """The value in groups of four, as printed on cards and IBANs."""
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))


def ascii_name(name: str) -> str:
    table = str.maketrans(
        {
            "æ": "ae",
            "ø": "oe",
            "å": "aa",
            "é": "e",
            "ö": "o",
            "ś": "s",
            "ü": "u",
            "-": ".",
            " ": ".",
        }
    )
    return name.lower().translate(table)


class Person:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.first = rng.choice(rng.choice((WOMEN, MEN)))
        self.last = rng.choice(SURNAMES)
        if rng.random() < 0.15:
            self.last = f"{self.last}-{rng.choice(SURNAMES)}"
        self.middle = rng.choice(SURNAMES) if rng.random() < 0.2 else ""
        self.born = date(1940, 1, 1) + timedelta(days=rng.randrange(23000))

    @property
    def full(self) -> str:
        return " ".join(p for p in (self.first, self.middle, self.last) if p)

    def name(self) -> str:
        r = self.rng.random()
        if r < 0.45:
            return self.full
        if r < 0.6:
            return self.first
        if r < 0.72:
            return f"{self.last}, {self.first}"
        if r < 0.84:
            return f"{self.first[0]}. {self.last}"
        return self.full.upper() if r < 0.92 else f"{self.first} {self.last}"


def cpr(rng: random.Random, born: date) -> str:
    seventh = "4" if born.year >= 2000 else rng.choice("0123")
    head = born.strftime("%d%m%y")
    while True:
        digits = head + seventh + "".join(rng.choice("0123456789") for _ in range(3))
        if sum(int(c) * w for c, w in zip(digits, WEIGHTS, strict=True)) % 11:
            break
    return rng.choice(
        (
            f"{digits[:6]}-{digits[6:]}",
            digits,
            f"{digits[:2]} {digits[2:4]} {digits[4:6]} {digits[6:]}",
            f"{digits[:6]} {digits[6:]}",
            f"{digits[:2]}.{digits[2:4]}.{digits[4:6]}-{digits[6:]}",
        )
    )


def phone(rng: random.Random) -> str:
    if rng.random() < 0.08:
        return rng.choice(
            (f"+44 7700 900{rng.randrange(1000):03d}", f"+46 70 174 06 {rng.randrange(5, 100):02d}")
        )
    n = rng.choice(MOBILE + LANDLINE) + f"{rng.randrange(10**6):06d}"
    a, b, c, d = n[:2], n[2:4], n[4:6], n[6:]
    return rng.choice(
        (
            f"+45 {n}",
            f"+45 {a} {b} {c} {d}",
            f"+45 {n[:4]} {n[4:]}",
            f"{n[:4]} {n[4:]}",
            f"(+45) {a} {b} {c} {d}",
            f"0045 {n}",
            f"{a} {b} {c} {d}",
            n,
            f"+45{n}",
            f"{a}.{b}.{c}.{d}",
        )
    )


def email(rng: random.Random, p: Person) -> str:
    local = rng.choice(
        (f"{p.first}.{p.last}", p.first + str(rng.randrange(60, 99)), f"{p.first[0]}{p.last}")
    )
    return f"{ascii_name(local)}@{rng.choice(('', 'mail.', 'post.'))}example." + rng.choice(
        ("dk", "com", "net")
    )


def address(rng: random.Random, two_lines: bool | None = None) -> str:
    street = f"{rng.choice(STREETS)} {rng.randrange(1, 140)}{rng.choice(('', '', 'A', 'B'))}"
    street += rng.choice(SIDES)
    lines = rng.random() < 0.4 if two_lines is None else two_lines
    if lines or rng.random() < 0.85:
        return street + ("\n" if lines else ", ") + rng.choice(TOWNS)
    return street


def iban(rng: random.Random) -> str:
    country = rng.choice(tuple(IBAN_LENGTH))
    body_len = IBAN_LENGTH[country] - 4
    if country == "GB":
        body = "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(4))
        body += "".join(rng.choice("0123456789") for _ in range(14))
    else:
        body = "".join(rng.choice("0123456789") for _ in range(body_len))
    number = int("".join(str(int(c, 36)) for c in body + country + "00"))
    compact = f"{country}{98 - number % 97:02d}{body}"
    return grouped(compact) if rng.random() < 0.6 else compact


def card(rng: random.Random) -> str:
    digits = rng.choice(TEST_PREFIXES) + "".join(rng.choice("0123456789") for _ in range(11))
    total = sum(
        (lambda n: n // 10 + n % 10)(int(c) * (2 if i % 2 == 0 else 1))
        for i, c in enumerate(reversed(digits))
    )
    digits += str(-total % 10)
    return grouped(digits) if rng.random() < 0.7 else digits


def expiry(rng: random.Random) -> str:
    month, year = rng.randrange(1, 13), rng.randrange(26, 32)
    return rng.choice((f"{month:02d}/{year}", f"{month:02d}/20{year}", f"{month:02d}-20{year}"))


def birth(rng: random.Random, born: date) -> str:
    return rng.choice(
        (
            f"{born.day}. {MONTHS[born.month - 1]} {born.year}",
            born.strftime("%d.%m.%Y"),
            born.strftime("%d-%m-%Y"),
            f"{born.day}/{born.month}-{born.year}",
        )
    )


def mitid(rng: random.Random, p: Person) -> str:
    base = ascii_name(p.first).replace(".", "")
    return base + rng.choice((f"{p.born.year % 100:02d}", str(p.born.year)))


def otp(rng: random.Random) -> str:
    return f"{rng.randrange(10**6):06d}" if rng.random() < 0.8 else f"{rng.randrange(10**8):08d}"


def account(rng: random.Random, doc: Doc) -> None:
    reg = f"{rng.randrange(1000, 9999)}"
    acc = f"{rng.randrange(10**9, 10**10)}"
    if rng.random() < 0.5:
        doc.add(f"{reg}{rng.choice('- ')}{acc}", "BANK_ACCOUNT")
    else:
        doc.add(f"reg. {reg} konto ").add(acc[rng.choice((0, 2)) :], "BANK_ACCOUNT")


def noise(rng: random.Random) -> str:
    """Hard negatives: case numbers, amounts, times, masked values, organisations."""
    return rng.choice(
        (
            f"Sag BV-2026-{rng.randrange(10000):04d}",
            f"journalnr. J{rng.randrange(100000):05d}",
            f"{rng.randrange(4, 25)}.{rng.randrange(1000):03d} kr.",
            f"kl. {rng.randrange(8, 18):02d}.{rng.randrange(60):02d}",
            f"annonce-id {rng.randrange(100000, 999999)}",
            f"CVR-nr. {rng.randrange(10**7, 10**8)}",
            f"kort **** {rng.randrange(10000):04d}",
            f"tlf. +45 ** ** ** {rng.randrange(100):02d}",
            f"faktura {rng.randrange(1000, 9999)}-26",
            f"ring på {rng.choice(ORG_LINES)}",
            f"skriv til {rng.choice('ajkm')}***@example.dk",
        )
    )


def rent(rng: random.Random) -> str:
    return f"{rng.randrange(6, 16)}.{rng.randrange(0, 1000, 50):03d} kr."


def name(doc: Doc, p: Person, form: str | None = None) -> Doc:
    return doc.add(form or p.name(), "PERSON")


def org_addr(rng: random.Random) -> str:
    return rng.choice(ORG_ADDRESSES)


def g_mail_english(rng: random.Random, neg: bool) -> Doc:
    """An exchange student's e-mail in English, as many first-time renters write."""
    d = Doc()
    if neg:
        return d.add(
            f"From: [e-mail]\nSubject: scam?? {noise(rng)}\n\nhi, the landlord [NAVN] asked "
            f"me to pay the deposit before the viewing ({rent(rng)}). is this you? "
            f"{noise(rng)}\nthanks, Lejer B\n"
        )
    p = Person(rng)
    d.add("From: ").add(email(rng, p), "EMAIL").add("\nSubject: is this ad real??\n\nHi,\nmy ")
    d.add("name is ").add(p.full, "PERSON").add(", DOB: ").add(birth(rng, p.born), "DATE_OF_BIRTH")
    d.add(f". The landlord wants {rent(rng)} deposit via Wise to ").add(iban(rng), "IBAN")
    d.add(". You can call me on ").add(phone(rng), "PHONE").add(f". {noise(rng)}\nBest, ")
    return d.add(p.first.lower(), "PERSON").add("\n")


def g_mail(rng: random.Random, neg: bool) -> Doc:
    if rng.random() < 0.3:
        return g_mail_english(rng, neg)
    p, staff = Person(rng), Person(rng)
    d = Doc()
    if neg:
        d.add(
            f"Fra: [e-mail]\nTil: [e-mail]\nEmne: Depositum {noise(rng)}\n\n"
            f"Hej\nJeg har betalt depositum til en udlejer der nu er væk. {noise(rng)}. "
            f"Han kaldte sig [NAVN] og ville have pengene på [kontonr.].\n"
            f"Mvh Lejer A\n\n{org_addr(rng)}\n"
        )
        return d
    mail = email(rng, p)
    d.add("Fra: ").add(p.full, "PERSON").add(" <").add(mail, "EMAIL").add(">\n")
    d.add("Til: ").add("udlejning@example.dk", "EMAIL").add("\nEmne: ").add(
        rng.choice(("SNYD?? lejlighed", "depositum", "fake annonce", "Re: bolig"))
    )
    d.add(f"\n\nHej\njeg har set jeres lejlighed på {rng.choice(ORGS)} og skrev med en ")
    scam = Person(rng)
    name(d, scam, scam.full).add(
        f" som sagde han var udlejer. {rng.choice(FAMILY)} og jeg skulle betale 3 mdr depositum "
    )
    d.add(f"({noise(rng)}) overført til ")
    if rng.random() < 0.5:
        d.add(iban(rng), "IBAN")
    else:
        account(rng, d)
    d.add(" (det var vist ").add(scam.first + "s", "PERSON").add(" konto)")
    d.add(f". {noise(rng)}.\nJeg bor nu på ").add(address(rng, False), "ADDRESS")
    d.add(" og kan kontaktes på ").add(phone(rng), "PHONE")
    d.add(f". Jeg kan møde op hos jer på {org_addr(rng)}.\n\nMvh\n").add(p.first, "PERSON")
    d.add("\n")
    if rng.random() < 0.5:
        d.add("Cc: ").add(email(rng, staff), "EMAIL").add("\n")
    return d


def g_notat(rng: random.Random, neg: bool) -> Doc:
    p, staff = Person(rng), Person(rng)
    d = Doc()
    if neg:
        d.add(
            f"NOTAT {noise(rng)}\nkunden ringede {noise(rng)} om falsk annonce. "
            f"Navn: [NAVN], CPR: [CPR], tlf [TLF]. Medarbejder 1 har anmeldt til politiet. "
            f"{noise(rng)}\nAfhentes i afdelingen på {org_addr(rng)}.\n"
        )
        return d
    d.add(f"NOTAT - {noise(rng)}\nHenvendelse fra ")
    name(d, p, p.full).add(", CPR: ").add(cpr(rng, p.born), "CPR")
    d.add(", tlf. ").add(phone(rng), "PHONE").add(".\nAdr.: ").add(address(rng, False), "ADDRESS")
    d.add(f"\nhar betalt depositum {noise(rng)} via kort ").add(card(rng), "CARD")
    d.add(" udløb ").add(expiry(rng), "CARD_EXPIRY")
    d.add(". Refusion til ")
    account(rng, d)
    d.add(". Fik sms med kode ").add(otp(rng), "OTP").add(" og gav den videre til 'udlejer' ")
    scam = Person(rng)
    name(d, scam, scam.first).add(f".\n{noise(rng)}. /").add(
        staff.first[0] + ". " + staff.last, "PERSON"
    ).add("\n")
    return d


def g_fremvisning(rng: random.Random, neg: bool) -> Doc:
    d = Doc()
    if neg:
        d.add(
            f"FREMVISNINGSLOG {noise(rng)}\n- Lejer A mødte op med {rng.choice(FAMILY)}, "
            f"lejligheden var allerede udlejet. {noise(rng)}\n- Lejer B havde betalt til falsk "
            f"udlejer. {noise(rng)}\n"
            f"Mødested: {org_addr(rng)}\n"
        )
        return d
    d.add(f"FREMVISNINGSLOG {noise(rng)}\n")
    for _ in range(rng.randrange(2, 4)):
        p = Person(rng)
        d.add("- ").add(p.name(), "PERSON").add(", f. ").add(birth(rng, p.born), "DATE_OF_BIRTH")
        d.add(", tlf ").add(phone(rng), "PHONE").add(f", {noise(rng)}\n")
    d.add(f"Mødested: {org_addr(rng)}\n")
    return d


def g_chat(rng: random.Random, neg: bool) -> Doc:
    d = Doc()
    if neg:
        for i in range(4):
            who = ("Lejer A", "Medarbejder 1")[i % 2]
            d.add(f"[1{i}:0{i}] {who}: hej, {noise(rng)}\n")
        return d
    p, staff = Person(rng), Person(rng)
    pl = p.first.lower() if rng.random() < 0.3 else p.first
    lines: list[tuple[Person, str, list[Part]]] = [
        (p, pl, [("hej jeg tror jeg er blevet snydt med et depositum", None)]),
        (staff, staff.first, [("hvad er dit fulde navn og fødselsdato?", None)]),
        (p, pl, [(p.full, "PERSON"), (", født ", None), (birth(rng, p.born), "DATE_OF_BIRTH")]),
        (staff, staff.first, [("tak. hvilken e-mail skrev du fra?", None)]),
        (
            p,
            pl,
            [(email(rng, p), "EMAIL"), (" og mit MitID er ", None), (mitid(rng, p), "MITID_USER")],
        ),
        (staff, staff.first, [(f"ok, jeg opretter sag. {noise(rng)}", None)]),
    ]
    for i, (_who, label, parts) in enumerate(lines):
        d.add(f"[{9 + i // 3:02d}:{10 + 7 * i:02d}] ").add(label, "PERSON").add(": ")
        for text, kind in parts:
            d.add(text, kind)
        d.add("\n")
    return d


def g_annonce(rng: random.Random, neg: bool) -> Doc:
    d = Doc()
    if neg:
        d.add(
            f"VIDERESENDT ANNONCE ({rng.choice(ORGS)}) {noise(rng)}\n3 vær. lejlighed, "
            f"{rent(rng)} pr. md. Kontakt Udlejer X ([NAVN]) på [TLF].\n"
            f"{noise(rng)}\n"
        )
        return d
    scam = Person(rng)
    d.add(f"VIDERESENDT ANNONCE ({rng.choice(ORGS)}) {noise(rng)}\nLys 2 vær. på ")
    d.add(address(rng, False), "ADDRESS").add(f", {rent(rng)} pr. md.\nUdlejer: ")
    name(d, scam, scam.full).add(" (bor i udlandet), tlf ").add(phone(rng), "PHONE")
    d.add(", mail ").add(email(rng, scam), "EMAIL").add("\nDepositum betales til ")
    d.add(iban(rng), "IBAN").add(" inden fremvisning.\n")
    return d


def g_sms(rng: random.Random, neg: bool) -> Doc:
    d = Doc()
    if neg:
        d.add(
            f"Videresendt SMS: Hej, depositum skal betales i dag {noise(rng)}. Send kode "
            f"[kode] til udlejer. {noise(rng)}\n"
        )
        return d
    scam, p = Person(rng), Person(rng)
    d.add("Videresendt sms fra ").add(phone(rng), "PHONE").add(':\n"Hej ')
    d.add(p.first, "PERSON").add(" det er ").add(scam.first, "PERSON")
    d.add(" udlejer. send venligst koden du får nu, din kode er ").add(otp(rng), "OTP")
    d.add(" ... og dit kort nr ").add(card(rng), "CARD").add(" exp ").add(
        expiry(rng), "CARD_EXPIRY"
    )
    d.add(f'"\n{noise(rng)}\n')
    return d


def g_brev(rng: random.Random, neg: bool) -> Doc:
    d = Doc()
    if neg:
        d.add(
            f"{org_addr(rng)}\n\nKære [NAVN]\nVi har modtaget din henvendelse {noise(rng)}. "
            f"Boligen er ikke udbudt af os.\n\nMed venlig hilsen\nMedarbejder 2\n"
        )
        return d
    p, staff = Person(rng), Person(rng)
    d.add(f"{org_addr(rng)}\n\n").add(p.full, "PERSON").add("\n").add(address(rng, True), "ADDRESS")
    d.add("\n\nKære fru " if p.first in WOMEN else "\n\nKære hr. ").add(p.last, "PERSON")
    d.add(
        f"\nVi bekræfter at annoncen ({noise(rng)}) ikke er vores. Dit depositum blev overført fra "
    )
    account(rng, d)
    d.add(f". {noise(rng)}.\n\nMed venlig hilsen\n").add(staff.full, "PERSON")
    d.add("\n").add(email(rng, staff), "EMAIL").add("\n")
    return d


def g_politi(rng: random.Random, neg: bool) -> Doc:
    d = Doc()
    if neg:
        d.add(
            f"POLITIANMELDELSE {noise(rng)}\nAnmelder: [NAVN], CPR [CPR], [ADRESSE]\nForhold: "
            f"bedrageri, depositum {noise(rng)}.\n{org_addr(rng)}\n"
        )
        return d
    p, scam = Person(rng), Person(rng)
    d.add(f"POLITIANMELDELSE {noise(rng)}\nAnmelder: ").add(p.full.upper(), "PERSON")
    d.add("\nCPR: ").add(cpr(rng, p.born), "CPR").add("\nAdresse: ").add(address(rng), "ADDRESS")
    d.add("\nTlf.: ").add(phone(rng), "PHONE").add("\nMitID-bruger-ID: ").add(
        mitid(rng, p), "MITID_USER"
    )
    d.add("\nForklaring: Anmelder overførte depositum til ").add(scam.full, "PERSON")
    d.add(" på ").add(iban(rng), "IBAN").add(f". {noise(rng)}.\nModtaget: {org_addr(rng)}\n")
    return d


BUILDERS: Final[dict[str, Callable[[random.Random, bool], Doc]]] = {
    "mail": g_mail,
    "notat": g_notat,
    "fremvisning": g_fremvisning,
    "chat": g_chat,
    "annonce": g_annonce,
    "sms": g_sms,
    "brev": g_brev,
    "politi": g_politi,
}


def generate(seed: int | str = "pii_blind84", size: int = SIZE) -> list[dict]:
    """The set: SIZE documents, NEGATIVES of them pseudonymised, the genres in turn."""
    rng = random.Random(seed)
    negatives = round(size * NEGATIVES / SIZE)
    kinds = [True] * negatives + [False] * (size - negatives)
    rng.shuffle(kinds)
    docs, seen = [], set()
    for i, neg in enumerate(kinds):
        genre = GENRES[i % len(GENRES)]
        doc = BUILDERS[genre](rng, neg)
        while doc.text in seen:
            doc = BUILDERS[genre](rng, neg)
        seen.add(doc.text)
        docs.append(
            {
                "id": f"pb84-{i:04d}",
                "genre": genre,
                "kind": "negative" if neg else "positive",
                "text": doc.text,
                "spans": doc.spans,
            }
        )
    return docs


def main(argv: list[str]) -> None:
    out = Path(argv[1]) if len(argv) > 1 else Path(__file__).parent / "data" / "pii_blind84.jsonl"
    with out.open("w", encoding="utf-8") as fh:
        for doc in generate():
            fh.write(json.dumps(doc, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main(sys.argv)
