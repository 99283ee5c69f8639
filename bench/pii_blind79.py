"""The eightieth blind, seeded generator of Danish text with labelled personal data (issue 18).

Written without looking at the recognisers, their word lists or the other generators' bodies,
as a held-out test set with its own names, streets and towns. Its theme is a BANK'S REAL-TIME
FRAUD MONITORING: the team that watches the alert queue for account takeovers (a new device, a
new MitID app, a new payee, a large transfer held), rings customers back, chats with them,
asks receiving banks to freeze money and hands cases over to the police. Eight genres:
``alarmkoe`` (alert-queue notes, terse, Danish and English, lower case and CAPS), ``opkald``
(call-back logs with identification by birth date, codes the customer gave away),
``chat`` (the netbank chat and the team's own Teams chat, "[14:02] Name: " lines),
``frys_mail`` (e-mails in English or Danish asking a receiving bank to freeze and return
money, the beneficiary's name in capitals as the payment carried it), ``politi`` (hand-overs
to the police with the victim's CPR, address, the mule account and a car seen at the cash
machine), ``svindelbesked`` (scam SMS and e-mails the customer forwarded, with the customer's
own note), ``brev`` (letters to the customer on the bank's letterhead) and ``overlevering``
(shift hand-over lists). The names are those of Danes of all ages and of Danes with roots
elsewhere ("Hodan Warsame", "Piotr Nowak"), with double surnames ("Bach-Nygaard").

Conventions (exact offsets are scored):
- PERSON is a name as written, without title or role ("fru", "hr.", "kunden", "analytiker"):
  a first name alone, a full name, "Holm, Mette", "M. Holm", a name in capitals or in lower
  case; a genitive s belongs to it ("Mettes"). Chat speakers are names and labelled; a
  scammer's alias ("Mikkel fra sikkerhedsafdelingen") is PERSON, the unit is not. Banks,
  companies, products and pseudonyms ("Kunde A", "Medarbejder 1", "[navn]") never are.
- ADDRESS is a private person's address: street, number, floor and side, plus ", postcode
  town" on the same line or postcode and town on the next line (line break inside the span).
  The bank's, the police's and the companies' own addresses (letterheads, signatures,
  "mød op i afdelingen på ...") are never labelled.
- CPR numbers are synthetic: a real birth date, a seventh digit that suits the century (0-3 in
  the 1900s, 4 for 2000-2005) and a serial chosen so the number FAILS modulus 11; written
  "DDMMYY-SSSS", "DDMMYYSSSS", "DD MM YY SSSS", "DDMMYY SSSS" or "DD.MM.YY-SSSS".
- DATE_OF_BIRTH only straight after "født", "f.", "fødselsdato:", "Fødselsdato:" or "DOB:"
  ("4. juni 1952", "04.06.1952", "4/6-1952", "04-06-1952").
- PHONE: Danish 8-digit numbers from mobile and landline ranges (never 70 or 80) in the forms
  "+45 20304050", "+45 20 30 40 50", "+45 2030 4050", "2030 4050", "(+45) 20 30 40 50",
  "0045 20304050", "20 30 40 50", "20304050", "+4520304050", "20.30.40.50" and
  "20-30-40-50"; foreign numbers only from the fiction ranges "+44 7700 900xxx" and
  "+46 70 174 06 xx". The bank's and the police's own lines (70/80 numbers, 114)
  are never PHONE.
- EMAIL: every e-mail address written out (all on example.* domains); masked ones are not.
- BANK_ACCOUNT: "1234-0012345678" or "1234 0012345678" is one span; after its own cue
  ("reg.nr. 1234 kontonr. 0012345678") only the account is. IBAN: valid check digits and the
  country's length, grouped by four or compact. CARD (the card number; named CARD_NUMBER in the
  brief, renamed to the shared type after the read): Luhn-valid with a test prefix
  (TEST_PREFIXES), grouped by four or compact; CARD_EXPIRY "08/27", "08/2027" or "08-2027",
  the value only. OTP: a one-time code of 6 or 8 digits after its cue; MITID_USER: a MitID
  user ID after its cue; NUMBER_PLATE: a Danish plate ("CX 44 917" or "CX44917").
- Hard negatives, never labelled: alert, case, customer and police journal numbers
  ("ALR-4471920", "FM-26-04812", "KUN-448120", "0100-81234-00417-26"), device ids,
  CVR numbers, amounts, timestamps, masked values ("040652-xxxx", "+45 ** ** ** 31",
  "m***@example.dk", "**** **** **** 1111", "******4417", "DK71XXXXXXXXXX0932"), the
  organisations' addresses and lines, banks, companies, products and family words. Documents
  of kind "negative" (350 of 1000) are the same genres after pseudonymisation: stand-ins
  ("[navn]", "[CPR]", "[TLF]") and pseudonyms ("Kunde A") remain, with the non-personal
  numbers. No run of ten or more digits occurs outside a labelled identifier.

Each document is {"id", "genre", "kind", "text", "spans": [{"start", "end", "type"}]}.
``python -m bench.pii_blind79 OUT.jsonl`` writes the set; ``generate()`` returns it.
"""

from __future__ import annotations

import json
import random
import re
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")


def words(text: str) -> tuple[str, ...]:
    """The words of a list written as running text."""
    return tuple(text.split())


SIZE = 1000
NEGATIVES = 350
GENRES = (
    "alarmkoe",
    "opkald",
    "chat",
    "frys_mail",
    "politi",
    "svindelbesked",
    "brev",
    "overlevering",
)
TYPES = (
    "PERSON",
    "ADDRESS",
    "CPR",
    "PHONE",
    "EMAIL",
    "IBAN",
    "BANK_ACCOUNT",
    "CARD",
    "CARD_EXPIRY",
    "DATE_OF_BIRTH",
    "NUMBER_PLATE",
    "MITID_USER",
    "OTP",
)
WEIGHTS = (4, 3, 2, 7, 6, 5, 4, 3, 2, 1)
TEST_PREFIXES = ("411111", "401288", "400005", "555555", "510510", "222300", "520082")
IBAN_LENGTH = {
    "DK": 18,
    "DE": 22,
    "SE": 24,
    "NO": 15,
    "GB": 22,
    "LT": 20,
    "NL": 18,
    "ES": 24,
    "PL": 28,
    "FI": 18,
    "EE": 20,
    "IE": 22,
    "BE": 16,
    "FR": 27,
}
# the first two digits of Danish personal numbers used here (70 and 80 are the organisations')
MOBILE = ("20", "21", "22", "23", "24", "25", "26", "27", "28", "29", "30", "31", "40", "41")
MOBILE += ("42", "50", "51", "52", "53", "60", "61", "71", "81", "91", "92", "93")
LANDLINE = ("32", "33", "35", "36", "38", "39", "43", "44", "45", "46", "47", "48", "49")
LANDLINE += ("54", "56", "57", "58", "59", "62", "64", "65", "66", "75", "76", "86", "87", "98")

WOMEN = words(
    """Agnete Alberte Alma Amalie Anette Anita Anja Anna Annemette Astrid Asta Benedikte Bente
Berit Birgit Birgitte Bodil Britt Camilla Caroline Cecilie Charlotte Christina Clara Dagmar Ditte
Dorte Dorthe Ebba Edith Elin Elisabeth Ella Ellen Else Emilie Emma Erna Esther Eva Frederikke
Freja Frida Gerda Gitte Grethe Gudrun Hanne Hedvig Helga Helle Henriette Hilda Ida Ingeborg
Inger Ingrid Irene Isabella Jane Janni Jeanette Jette Johanne Josefine Julie Jytte Karen Karin
Karla Kathrine Kirsten Kirstine Klara Laura Lea Lene Lilly Line Lisbeth Lise Liva Lone Lotte
Louise Lærke Magda Maja Malene Margit Margrethe Maria Marianne Marie Merete Mette Mia Mille
Minna Nanna Naja Nina Nora Olivia Pernille Pia Rikke Rigmor Rita Ruth Sanne Sara Signe Sidsel
Silke Sofie Solveig Stine Susanne Tina Tove Trine Tenna Ulla Vibeke Vera Viola Winnie Yvonne
Aisha Amina Ayse Fatima Hiba Leyla Maryam Nour Zeynep Hodan Samira Yasmin Elif Emine Agnieszka
Katarzyna Olena Oksana Linh Priya Ifrah Dilan Rana Shirin Nadia Ewa Irina Joanna Halima
Sabrina Mariam"""
)
MEN = words(
    """Aage Adam Albert Alfred Anders Andreas Arne Asger Aksel Benjamin Bent Bjarne Bo Carl
Carsten Christian Claus Dan Daniel Egon Einar Emil Erik Erling Esben Ejnar Finn Flemming Frank
Frede Frederik Gunnar Hans Harald Helge Henning Henrik Holger Ib Ivan Jacob Jakob Jan Jens
Jesper Jimmi Johannes Johan John Jonas Jon Jørgen Jørn Kaj Karl Kasper Keld Kenneth Kim Kjeld
Klaus Knud Kristian Lars Lasse Leif Lucas Magnus Malthe Mads Martin Mathias Michael Mikkel
Morten Niels Nikolaj Noah Ole Oliver Oscar Ove Palle Peder Per Peter Poul Preben Rasmus René
Rune Sebastian Simon Steen Sten Stig Svend Søren Theis Thomas Thor Tobias Torben Troels Uffe
Ulrik Valdemar Verner Victor Viggo Villads William Willy Allan Brian Dennis Jannik Ahmed Ali
Hassan Hussein Mohammad Mehmet Mustafa Omar Yusuf Ibrahim Karim Tariq Bilal Emre Murat Hamza
Abdi Farhan Piotr Tomasz Marek Andrzej Dmytro Oleksandr Minh Raj Arjun Kemal Burak Jamal
Said Bashir Nabil Kristoffer Mogens Bjørn Gustav Elias"""
)
SURNAMES = words(
    """Nielsen Jensen Hansen Pedersen Andersen Christensen Larsen Sørensen Rasmussen
Jørgensen Petersen Madsen Kristensen Olsen Thomsen Christiansen Poulsen Johansen Møller
Mortensen Knudsen Jakobsen Mikkelsen Olesen Frederiksen Laursen Henriksen Lund Schmidt Eriksen
Holm Kristiansen Clausen Simonsen Svendsen Andreasen Iversen Jeppesen Mogensen Jespersen Nissen
Lauridsen Kjær Thygesen Østergaard Vestergaard Nørgaard Søndergaard Dahl Berg Bach Bech Friis
Kjeldsen Lassen Damgaard Lindberg Bruun Krogh Kirkegaard Skov Toft Juhl Riis Winther Dam Lind
Holst Bak Bang Boesen Brandt Dalgaard Ebbesen Fischer Gregersen Graversen Hald Hedegaard Hjorth
Husted Højgaard Kofoed Koch Lauritsen Lykke Mathiesen Munk Nygaard Overgaard Pallesen Paulsen
Quist Ravn Rosenberg Schou Sloth Stampe Storm Tang Thorsen Troelsen Vinther Wagner Westergaard
Willumsen Zacho Abildgaard Agerskov Bertelsen Bisgaard Bonde Borup Buch Carlsen Degn Duus
Enevoldsen Falk Fogh Gade Gram Grøn Hauge Hviid Kragh Marcussen Meldgaard Nordahl Overby Rask
Refsgaard Rytter Skou Stenholt Thrane Uldall Vad Wulff Yde Ahmadi Yilmaz Kaya Demir Ozturk Celik
Hussain Khan Mohamed Abdi Nguyen Tran Pham Kowalski Nowak Kovalenko Shevchenko Rahimi Haidari
Karimi Farah Warsame Osman Mahmoud Jabbar Singh Sharma Popescu"""
)
STREETS = words(
    """Bøgevej Egevænget Lærkevej Skolegade Møllevej Kirkebakken Solsikkevej Rosenvænget
Fasanvej Ahornvej Hybenvej Vibevej Tjørnevej Stationsvej Nørregade Vestergade Østergade
Skovbrynet Engvej Mosevej Havrevænget Kornmarken Pilevej Granvej Birkevej Holmevej Kløvervej
Syrenvej Lindevej Hasselvej Æblehaven Præstevænget Bakkedraget Fuglebakken Ringvejen Åboulevarden
Vængetvej Gartnervej Spurvevej Mågevej Rønnebærvej Kastanievej Humlevej Tranevej Solbakken
Enghavevej Grønnegade Rugmarken Hørvej Anemonevej Brombærvej Dalvej Fyrrevej"""
)
TOWNS = (
    "2100 København Ø",
    "2200 København N",
    "2300 København S",
    "2400 København NV",
    "2500 Valby",
    "2000 Frederiksberg",
    "2610 Rødovre",
    "2630 Taastrup",
    "2650 Hvidovre",
    "2670 Greve",
    "2720 Vanløse",
    "2730 Herlev",
    "2750 Ballerup",
    "2800 Kongens Lyngby",
    "2860 Søborg",
    "3000 Helsingør",
    "3400 Hillerød",
    "3600 Frederikssund",
    "3700 Rønne",
    "4000 Roskilde",
    "4100 Ringsted",
    "4200 Slagelse",
    "4300 Holbæk",
    "4400 Kalundborg",
    "4600 Køge",
    "4700 Næstved",
    "4800 Nykøbing F",
    "4900 Nakskov",
    "5000 Odense C",
    "5200 Odense V",
    "5500 Middelfart",
    "5700 Svendborg",
    "6000 Kolding",
    "6100 Haderslev",
    "6200 Aabenraa",
    "6400 Sønderborg",
    "6700 Esbjerg",
    "7000 Fredericia",
    "7100 Vejle",
    "7400 Herning",
    "7500 Holstebro",
    "7700 Thisted",
    "8000 Aarhus C",
    "8200 Aarhus N",
    "8300 Odder",
    "8500 Grenaa",
    "8600 Silkeborg",
    "8700 Horsens",
    "8800 Viborg",
    "8900 Randers C",
    "9000 Aalborg",
    "9200 Aalborg SV",
    "9400 Nørresundby",
    "9700 Brønderslev",
    "9800 Hjørring",
    "9900 Frederikshavn",
)
BANKS = (
    "Nordvest Bank",
    "Fjordbanken",
    "Sydkyst Sparekasse",
    "Andelskassen Øst",
    "Limfjord Sparekasse",
    "Kronborg Bank",
)
# receiving banks abroad (fictional names), with the country of their IBANs
FOREIGN_BANKS = (
    ("Baltic Digital Bank UAB", "LT"),
    ("Neobank Berlin AG", "DE"),
    ("Banco Mirador S.A.", "ES"),
    ("Polnord Bank S.A.", "PL"),
    ("Tallinn Pay AS", "EE"),
    ("Thames Street Bank plc", "GB"),
    ("Banque du Quai SA", "FR"),
    ("Noord Kapitaal Bank N.V.", "NL"),
)
COMPANIES = (
    "Elgiganten-Outlet ApS",
    "Krypto Nordic ApS",
    "BilBørsen Midt ApS",
    "Hurtig Fragt A/S",
    "Nordisk Inkasso ApS",
    "Sikker Betaling Danmark",
)
PRODUCTS = ("MitID-appen", "MobilePay", "Apple Pay", "Google Pay", "Netbank", "NemKonto")
# the organisations' own postal addresses: the banks' (in the order of BANKS) in letterheads,
# signatures and "mød op i afdelingen på ...", then the police stations'
ORG_ADDRESSES = (
    "Kongensgade 31, 6700 Esbjerg",
    "Havnegade 40, 1058 København K",
    "Torvet 7, 7400 Herning",
    "Banegårdspladsen 2, 8000 Aarhus C",
    "Jernbanegade 12, 5000 Odense C",
    "Rådhuspladsen 4, 9000 Aalborg",
    "Polititorvet 14, 1780 København V",
    "Ribe Landevej 36, 6100 Haderslev",
    "Store Torv 3, 8900 Randers C",
    "Axeltorv 9, 4200 Slagelse",
)
ORG_LINES = ("70 10 20 30", "70 26 54 00", "80 20 11 33", "7010 4455", "på 114")
PSEUDONYMS = (
    "Kunde A",
    "Kunde B",
    "Medarbejder 1",
    "Medarbejder 2",
    "Analytiker A",
    "Analytiker B",
    "Modtager 1",
    "Kontohaver 1",
)
STAND_INS = ("[navn]", "[NAVN]", "[ADRESSE]", "[TLF]", "[e-mail]", "[kontonr.]", "[kode]", "[CPR]")
FAMILY = ("min mand", "min kone", "hendes søn", "hans datter", "barnebarnet", "svigersønnen")
UNITS = ("sikkerhedsafdelingen", "bankens svindelafdeling", "MitID-support", "politiet")
MONTHS = ("januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september")
MONTHS += ("oktober", "november", "december")
PLATE_LETTERS = "ABCDEFHJKLMNPRSTUVXYZ"

Piece = str | tuple[str, str] | list["Piece"]


@dataclass(frozen=True)
class Person:
    first: str
    middle: str
    last: str
    born: date
    female: bool


def grouped(compact: str) -> str:
    """The value in groups of four, as cards and IBANs are printed."""
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))


def luhn_digit(body: str) -> str:
    """The check digit that makes body + digit pass Luhn."""
    total = 0
    for i, c in enumerate(reversed(body)):
        n = int(c) * (2 if i % 2 == 0 else 1)
        total += n // 10 + n % 10
    return str(-total % 10)


def iban_of(country: str, bban: str) -> str:
    """A compact IBAN with valid check digits."""
    numeric = "".join(str(int(c, 36)) for c in bban + country + "00")
    return f"{country}{98 - int(numeric) % 97:02d}{bban}"


def ascii_mail(text: str) -> str:
    """A name as it appears in an e-mail address's local part."""
    for a, b in (("æ", "ae"), ("ø", "oe"), ("å", "aa"), ("é", "e"), (" ", ""), ("-", "")):
        text = text.lower().replace(a, b)
    return text


class Doc:
    """A text built piece by piece with the spans of its labelled values."""

    def __init__(self) -> None:
        self.text = ""
        self.spans: list[dict] = []

    def add(self, piece: Piece) -> None:
        if isinstance(piece, list):
            for part in piece:
                self.add(part)
        elif isinstance(piece, tuple):
            kind, value = piece
            self.spans.append(
                {"type": kind, "start": len(self.text), "end": len(self.text) + len(value)}
            )
            self.text += value
        else:
            self.text += piece

    def put(self, template: str, **slots: Piece) -> None:
        """The template with its {slots} filled, each slot a plain text, a value or a list."""
        for i, part in enumerate(re.split(r"\{(\w+)\}", template)):
            self.add(slots[part] if i % 2 else part)


class World:
    """The values of one document: real-looking ones, or stand-ins in a negative."""

    def __init__(self, rng: random.Random, neg: bool) -> None:
        self.rng = rng
        self.neg = neg
        # a negative gives each person one pseudonym, used wherever the person is named
        self.pseudonyms: dict[Person, str] = {}

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def pick(self, seq: Sequence[T]) -> T:
        return self.rng.choice(seq)

    def digits(self, n: int) -> str:
        return "".join(self.rng.choice("0123456789") for _ in range(n))

    # --- people -------------------------------------------------------------------------
    def person(self, female: bool | None = None) -> Person:
        female = self.chance(0.55) if female is None else female
        first = self.pick(WOMEN if female else MEN)
        middle = self.pick(WOMEN if female else MEN) if self.chance(0.2) else ""
        last = self.pick(SURNAMES)
        if self.chance(0.14):
            other = self.pick(SURNAMES)
            if other != last:
                last = f"{last}-{other}"
        born = date(1932, 1, 1) + timedelta(days=self.rng.randrange(0, 26600))
        return Person(first, middle, last, born, female)

    def stand_in(self, p: Person, staff: bool = False, pseudonym: bool = False) -> str:
        if p not in self.pseudonyms:
            pool = PSEUDONYMS[2:6] if staff else PSEUDONYMS[:2] + PSEUDONYMS[6:]
            free = [x for x in pool if x not in self.pseudonyms.values()]
            bracketed = self.pick(("[navn]", "[NAVN]"))
            self.pseudonyms[p] = self.pick(free) if pseudonym or self.chance(0.6) else bracketed
        return self.pseudonyms[p]

    def name(self, p: Person, style: str = "", staff: bool = False) -> Piece:
        """A person's name in one of the ways staff and customers write it."""
        if self.neg:
            return self.stand_in(p, staff)
        style = style or self.pick(
            ("full",) * 8
            + ("first",) * 3
            + ("title", "initial", "comma", "comma", "caps", "caps", "lower", "three", "three")
        )
        full = f"{p.first} {p.last}"
        if style == "three":
            full = f"{p.first} {p.middle or self.pick(SURNAMES)} {p.last}"
        value = {
            "full": full,
            "three": full,
            "first": p.first,
            "initial": f"{p.first[0]}. {p.last}",
            "comma": f"{p.last}, {p.first}",
            "caps": full.upper(),
            "lower": self.pick((full.lower(), p.first.lower())),
        }.get(style)
        if value is None:  # a title stays outside the span
            title = self.pick(("fru ", "Fru ") if p.female else ("hr. ", "Hr. "))
            return [title, ("PERSON", p.last)]
        return ("PERSON", value)

    def genitive(self, p: Person) -> Piece:
        if self.neg:
            return self.pick(("kundens", "[navn]s", "Kunde As"))
        base = self.pick((p.first, f"{p.first} {p.last}"))
        return ("PERSON", base + ("'" if base[-1] in "sxz" else "s"))

    def staff(self) -> tuple[Person, Piece]:
        p = self.person()
        return p, self.name(p, self.pick(("full", "first", "initial", "full")), staff=True)

    # --- identifiers ----------------------------------------------------------------------
    def cpr(self, p: Person, masked_ok: bool = True) -> Piece:
        d = p.born
        head = f"{d.day:02d}{d.month:02d}{d.year % 100:02d}"
        if self.neg:
            return self.pick(("[CPR]", f"{head}-xxxx")) if masked_ok else "[CPR]"
        century = "4" if d.year >= 2000 else self.pick("0123")
        while True:
            serial = century + self.digits(3)
            number = head + serial
            if sum(int(c) * w for c, w in zip(number, WEIGHTS, strict=True)) % 11:
                break
        form = self.rng.randrange(5)
        value = (
            f"{head}-{serial}",
            number,
            f"{head[:2]} {head[2:4]} {head[4:]} {serial}",
            f"{head} {serial}",
            f"{head[:2]}.{head[2:4]}.{head[4:]}-{serial}",
        )[form]
        return ("CPR", value)

    def dob(self, p: Person) -> Piece:
        if self.neg:
            return "[fødselsdato]"
        d = p.born
        value = self.pick(
            (
                f"{d.day}. {MONTHS[d.month - 1]} {d.year}",
                f"{d.day:02d}.{d.month:02d}.{d.year}",
                f"{d.day}/{d.month}-{d.year}",
                f"{d.day:02d}-{d.month:02d}-{d.year}",
            )
        )
        return ("DATE_OF_BIRTH", value)

    def phone(self, foreign: float = 0.07) -> Piece:
        if self.neg:
            return self.pick(("[TLF]", f"+45 ** ** ** {self.digits(2)}", "[TLF]"))
        if self.chance(foreign):
            if self.chance(0.5):
                return ("PHONE", f"+44 7700 900{self.digits(3)}")
            return ("PHONE", f"+46 70 174 06 {self.rng.randrange(5, 100):02d}")
        n = self.pick(MOBILE if self.chance(0.75) else LANDLINE) + self.digits(6)
        pairs = " ".join(n[i : i + 2] for i in range(0, 8, 2))
        value = self.pick(
            (
                f"+45 {n}",
                f"+45 {pairs}",
                f"+45 {n[:4]} {n[4:]}",
                f"{n[:4]} {n[4:]}",
                f"(+45) {pairs}",
                f"0045 {n}",
                pairs,
                pairs,
                n,
                n,
                f"+45{n}",
                pairs.replace(" ", "."),
                pairs.replace(" ", "-"),
            )
        )
        return ("PHONE", value)

    def email(self, p: Person, work: str = "") -> Piece:
        first, last = ascii_mail(p.first), ascii_mail(p.last.split("-")[0])
        if self.neg:
            return self.pick(("[e-mail]", f"{first[0]}***@example.dk"))
        if work:
            local = self.pick((f"{first}.{last}", f"{first[0]}{last[:3]}", f"{first[:3]}{last[0]}"))
            return ("EMAIL", f"{local}@{work}.example.dk")
        local = self.pick(
            (
                f"{first}.{last}",
                f"{first}{last}",
                f"{first}{p.born.year % 100:02d}",
                f"{first[0]}{last}",
                f"{first}_{last}{self.rng.randrange(1, 99)}",
            )
        )
        return ("EMAIL", f"{local}@{self.pick(('example.dk', 'example.com', 'example.net'))}")

    def masked_mail(self, p: Person) -> str:
        return f"{ascii_mail(p.first)[0]}***@example.{self.pick(('dk', 'com'))}"

    def address(self, lines: str = "") -> Piece:
        if self.neg:
            return "[ADRESSE]"
        street = f"{self.pick(STREETS)} {self.rng.randrange(1, 99)}"
        if self.chance(0.15):
            street += self.pick("ABC")
        if self.chance(0.35):
            floor = self.pick(("st.", "1.", "2.", "3.", "4."))
            street += f", {floor} {self.pick(('th.', 'tv.', 'mf.'))}"
        town = self.pick(TOWNS)
        lines = lines or self.pick(("one", "two", "street"))
        if lines == "two":
            return ("ADDRESS", f"{street}\n{town}")
        if lines == "street":
            return ("ADDRESS", street)
        return ("ADDRESS", f"{street}, {town}")

    def card(self) -> Piece:
        if self.neg:
            return self.pick(("**** **** **** " + self.digits(4), "******" + self.digits(4)))
        prefix = self.pick(TEST_PREFIXES)
        body = prefix + self.digits(15 - len(prefix))
        compact = body + luhn_digit(body)
        return ("CARD", grouped(compact) if self.chance(0.6) else compact)

    def masked_card(self) -> str:
        return self.pick(("**** **** **** ", "******", "xxxx xxxx xxxx ")) + self.digits(4)

    def expiry(self) -> Piece:
        if self.neg:
            return "**/**"
        month, year = self.rng.randrange(1, 13), self.rng.randrange(26, 32)
        value = self.pick((f"{month:02d}/{year}", f"{month:02d}/20{year}", f"{month:02d}-20{year}"))
        return ("CARD_EXPIRY", value)

    def iban(self, country: str = "") -> Piece:
        country = country or self.pick(tuple(IBAN_LENGTH))
        if self.neg:
            return f"{country}{self.digits(2)}XXXXXXXXXX{self.digits(4)}"
        length = IBAN_LENGTH[country] - 4
        if country in ("GB", "IE", "NL"):
            bban = "".join(self.pick("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(4))
            bban += self.digits(length - 4)
        else:
            bban = self.digits(length)
        compact = iban_of(country, bban)
        return ("IBAN", grouped(compact) if self.chance(0.55) else compact)

    def account(self) -> Piece:
        """A Danish reg.nr. and account: one span written together, else the account only."""
        if self.neg:
            return self.pick(("[kontonr.]", "reg.nr. [kontonr.]"))
        reg = str(self.rng.randrange(1100, 9900))
        acct = self.pick((self.digits(10), "00" + self.digits(8), self.digits(8), self.digits(7)))
        acct = acct if acct[0] != "0" or len(acct) == 10 else "1" + acct[1:]
        form = self.rng.randrange(5)
        if form == 0:
            return ("BANK_ACCOUNT", f"{reg}-{acct}")
        if form == 1:
            return ("BANK_ACCOUNT", f"{reg} {acct}")
        cue = self.pick(
            (
                f"reg.nr. {reg} kontonr. ",
                f"reg. {reg} konto ",
                f"reg.nr. {reg}, kontonr. ",
                f"Reg.nr.: {reg} Konto: ",
            )
        )
        return [cue, ("BANK_ACCOUNT", acct)]

    def plate(self) -> Piece:
        if self.neg:
            return self.pick(
                ("[reg.nr.]", f"{self.pick(PLATE_LETTERS)}{self.pick(PLATE_LETTERS)} ** ***")
            )
        letters = self.pick(PLATE_LETTERS) + self.pick(PLATE_LETTERS)
        n = f"{self.rng.randrange(10, 100)}{self.digits(3)}"
        value = f"{letters} {n[:2]} {n[2:]}" if self.chance(0.7) else f"{letters}{n}"
        return ("NUMBER_PLATE", value)

    def mitid(self, p: Person) -> Piece:
        if self.neg:
            return "[bruger-id]"
        first, last = ascii_mail(p.first), ascii_mail(p.last.split("-")[0])
        tail = self.pick((f"{p.born.year % 100:02d}", str(p.born.year), self.digits(2)))
        if p.born.year < 1900 or (p.born.year > 2005 and len(tail) == 4):
            tail = tail[-2:]
        head = self.pick((first, first + last[:1], first[0] + last, first[:3] + last[:3]))
        return ("MITID_USER", head + tail)

    def otp(self) -> Piece:
        if self.neg:
            return self.pick(("[kode]", "******"))
        return ("OTP", self.digits(6) if self.chance(0.8) else self.digits(8))

    # --- the non-personal numbers -----------------------------------------------------------
    def case(self) -> str:
        return f"FM-26-{self.digits(5)}"

    def alert(self) -> str:
        return f"ALR-{self.rng.randrange(1000000, 9999999)}"

    def customer_no(self) -> str:
        return f"KUN-{self.rng.randrange(100000, 999999)}"

    def journal(self) -> str:
        return f"{self.pick(('0100', '3700', '4400', '5300'))}-{self.digits(5)}-{self.digits(5)}-26"

    def cvr(self) -> str:
        return f"CVR-nr. {self.rng.randrange(10000000, 45000000)}"

    def device(self) -> str:
        while True:
            value = "-".join(
                "".join(self.pick("0123456789abcdef") for _ in range(n)) for n in (8, 4, 4, 4, 12)
            )
            if not re.search(r"\d{5}", value):
                return value

    def amount(self) -> str:
        n = self.rng.choice((self.rng.randrange(500, 9999), self.rng.randrange(10000, 499999)))
        whole = f"{n:,}".replace(",", ".")
        cents = self.pick(("", ",00", f",{self.digits(2)}"))
        return self.pick((f"{whole}{cents} kr.", f"kr. {whole}{cents}", f"{whole}{cents} kr."))

    def eur(self) -> str:
        n = self.rng.randrange(900, 60000)
        return f"EUR {n:,}".replace(",", ".") + self.pick(("", ",00"))

    def day(self) -> str:
        year = self.pick(("26", "2026"))
        return f"{self.rng.randrange(1, 29):02d}.{self.rng.randrange(1, 13):02d}.{year}"

    def clock(self) -> str:
        return f"{self.rng.randrange(7, 23):02d}.{self.rng.randrange(60):02d}"

    def stamp(self) -> str:
        return (
            f"2026-{self.rng.randrange(1, 13):02d}-{self.rng.randrange(1, 29):02d} "
            f"{self.rng.randrange(0, 24):02d}:{self.rng.randrange(60):02d}:"
            f"{self.rng.randrange(60):02d}"
        )

    def bank(self) -> str:
        return self.pick(BANKS)

    def org_line(self) -> str:
        return self.pick(ORG_LINES[:4])


# --- the genres ---------------------------------------------------------------------------
ALERT_RULES = (
    "NY_ENHED+NY_MODTAGER",
    "MITID_APP_NY+STOR_OVERF",
    "ATO_SCORE>0.91",
    "NY_MODTAGER_UDLAND",
    "WALLET_TOKEN_NY_ENHED",
    "KONTAKTINFO_AENDRET",
)
SCAM_STORIES = (
    "blev ringet op af en der sagde han var fra {unit} og skulle 'sikre' kontoen",
    "fik sms om at NemKonto skulle opdateres og trykkede på linket",
    "solgte en sofa på DBA og køberen sendte et link til 'sikker betaling'",
    "troede det var MitID-support og godkendte i appen to gange",
    "blev lovet gevinst på krypto via Krypto Nordic ApS og installerede fjernstyring",
    "købte bil via annonce, sælger ville have depositum først",
)


def alarmkoe(w: World, d: Doc) -> None:
    p = w.person()
    _, analyst = w.staff()
    header = w.pick(
        (
            "{alert} | {stamp} | prio: {prio} | regel: {rule}\nKunde: {name} ({cpr}) {kun}\n",
            "ALERT {alert}\nTime: {stamp}\nRule: {rule} (score {score})\nPriority: {prio}\n"
            "Customer: {name}, {kun}, CPR {cpr}\n",
            "{stamp};{alert};{rule};{prio}\n>> kunde {name} / {cpr} / {kun}\n",
        )
    )
    d.put(
        header,
        alert=w.alert(),
        stamp=w.stamp(),
        prio=w.pick(("HØJ", "høj", "KRITISK", "middel", "HIGH")),
        rule=w.pick(ALERT_RULES),
        score=f"0.{w.rng.randrange(70, 99)}",
        name=w.name(p),
        cpr=w.cpr(p),
        kun=w.pick(("kundenr. ", "kunde-id ")) + w.customer_no(),
    )
    events: list[Callable[[], None]] = [
        lambda: d.put(
            "- kl. {t} ny MitID-app aktiveret på ukendt enhed, device-id {dev} (iOS 18.1)\n",
            t=w.clock(),
            dev=w.device(),
        ),
        lambda: d.put(
            "- MitID bruger-ID i loggen: {m}, login fra ny IP kort efter\n", m=w.mitid(p)
        ),
        lambda: d.put(
            "- ny modtager oprettet: {iban} ({bank}), overførsel {amt} HOLDT\n",
            **receiving_abroad(w, "bank", "iban"),
            amt=w.amount(),
        ),
        lambda: d.put(
            "- ny modtager dansk konto {acct}, {amt} sat i bero kl. {t}\n",
            acct=w.account(),
            amt=w.amount(),
            t=w.clock(),
        ),
        lambda: d.put(
            "- kort {card} udløb {exp} tokeniseret til {prod} på ny enhed {dev}\n",
            card=w.card(),
            exp=w.expiry(),
            prod=w.pick(("Apple Pay", "Google Pay")),
            dev=w.device(),
        ),
        lambda: d.put(
            "- kontakt-mail ændret fra {old} til {new} 4 min før overførslen\n",
            old=w.masked_mail(p),
            new=w.email(p),
        ),
        lambda: d.put(
            "- tlf. ændret til {ph} (gl. nr. +45 ** ** ** {x})\n", ph=w.phone(0.2), x=w.digits(2)
        ),
        lambda: d.put(
            "- OTP {otp} sendt til kunden kl. {t} og indtastet 40 sek. senere\n",
            otp=w.otp(),
            t=w.clock(),
        ),
        lambda: d.put(
            "- betalingstekst: 'depositum bil {pl}' til {co}\n",
            pl=w.plate(),
            co=w.pick(COMPANIES),
        ),
    ]
    for event in w.rng.sample(events, w.rng.randrange(3, 6)):
        event()
    d.put(
        "Note ({who}): {note}\n",
        who=analyst,
        note=w.pick(
            (
                "ringet 2x uden svar, sms sendt. betaling holdes til kunden har bekræftet",
                "ATO suspected, netbank spærret midlertidigt, kort lukket",
                "kunden kontaktet, bekræfter IKKE at have godkendt. sag oprettet " + w.case(),
                "looks like remote access (AnyDesk). escalated to 2nd line",
                "falsk positiv? kunden på ferie i Spanien. tjek med " + w.pick(FAMILY),
                "KUNDEN ER INFORMERET. recall startet, se " + w.case(),
                "kunen tog ikke tlf, overførsl holdt til i morgen kl. 08.00",
                "customer confirmed fraud on call-back, payee blocked, card re-issued",
                "ingen ATO – kunden har selv skiftet telefon. alarm lukket",
                "kunden er ældre og forvirret, " + w.pick(FAMILY) + " hjælper. fuldmagt tjekkes",
            )
        ),
    )
    if w.chance(0.5):
        d.put(
            "Kunde-tlf. {ph} / {mail}\n",
            ph=w.phone(),
            mail=w.email(p),
        )


def opkald(w: World, d: Doc) -> None:
    p = w.person()
    _, agent = w.staff()
    scammer = w.person(female=False)
    d.put(
        "OPKALDSLOG {case} – udgående kl. {t} – {bank} Fraud Monitoring\n",
        case=w.case(),
        t=w.clock(),
        bank=w.bank(),
    )
    if w.chance(0.3):
        d.put("{t}: ingen svar på {ph}, lagt besked på telefonsvarer\n", t=w.clock(), ph=w.phone())
    d.put("Ringet til: {ph}\nTalt med: {name}\n", ph=w.phone(), name=w.name(p))
    d.put(
        "ID-tjek: {cue} {dob} oplyst korrekt{extra}\n",
        cue=w.pick(("født", "f.", "fødselsdato:", "DOB:")),
        dob=w.dob(p),
        extra=w.pick(("", ", adresse bekræftet", " + sidste 4 cifre i kortet")),
    )
    if w.chance(0.55):
        d.put("Adresse i systemet: {a}\n", a=w.address(w.pick(("one", "two"))))
    if w.chance(0.4):
        d.put(
            "{cue} {cpr}\n", cue=w.pick(("CPR bekræftet:", "cpr-nr. opgivet:", "CPR")), cpr=w.cpr(p)
        )
    story = w.pick(SCAM_STORIES).replace("{unit}", w.pick(UNITS))
    d.put("Forløb: kunden {story}.\n", story=story)
    if w.chance(0.3):
        d.put(
            "Den første kode blev læst op for svindleren som '{words}' (kundens egne ord).\n",
            words=" ".join(
                w.pick(("nul", "en", "to", "tre", "fire", "fem", "seks", "syv", "otte", "ni"))
                for _ in range(6)
            ),
        )
    lines: list[Callable[[], None]] = [
        lambda: d.put(
            "Personen kaldte sig {alias} fra {unit} og ringede fra {ph}.\n",
            alias=w.name(scammer, "first"),
            unit=w.pick(UNITS),
            ph=w.phone(0.4),
        ),
        lambda: d.put("Kunden læste koden {otp} op for ham kl. {t}.\n", otp=w.otp(), t=w.clock()),
        lambda: d.put(
            "Har også givet sit MitID bruger-ID {m} og kortnr. {card}, udløb {exp}.\n",
            m=w.mitid(p),
            card=w.card(),
            exp=w.expiry(),
        ),
        lambda: d.put(
            "Overførsel på {amt} til {acct} er HOLDT – kunden ønsker den afvist.\n",
            amt=w.amount(),
            acct=w.account(),
        ),
        lambda: d.put(
            "Bilen kunden ville købe: {pl}, sælger ville have {amt} på forhånd.\n",
            pl=w.plate(),
            amt=w.amount(),
        ),
        lambda: d.put(
            "{fam} ({rel}) var til stede og hjalp med at forklare.\n",
            fam=w.name(w.person(), "first"),
            rel=w.pick(FAMILY),
        ),
        lambda: d.put(
            "Kunden oplyser ny mail: {mail}, og at nr. {ph} er det rigtige.\n",
            mail=w.email(p),
            ph=w.phone(),
        ),
    ]
    for line in w.rng.sample(lines, w.rng.randrange(3, 6)):
        line()
    d.put(
        "Aftalt: {todo}. /{agent}\n",
        todo=w.pick(
            (
                "nyt kort bestilles, kunden spærrer selv MitID i appen",
                "kunden anmelder til politiet på 114 og sender kvittering",
                "netbank åbnes igen i morgen kl. 09.00 efter ny samtale",
                "tilbagekald sendt til modtagerbank, kunden orienteres",
                "kunden møder op i afdelingen på "
                + w.pick(ORG_ADDRESSES[: len(BANKS)])
                + " med ID",
            )
        ),
        agent=agent,
    )


def chat(w: World, d: Doc) -> None:
    p = w.person()
    agent_p = w.person()
    h, m = w.rng.randrange(7, 22), w.rng.randrange(0, 50)
    internal = w.chance(0.35)
    if w.neg:
        cust_label, agent_label = w.stand_in(p, pseudonym=True), w.stand_in(agent_p, True, True)
    else:
        cust_label = w.pick(
            (f"{p.first} {p.last}", p.first, p.first.lower(), f"{p.first} {p.last}")
        )
        agent_label = w.pick((agent_p.first, f"{agent_p.first} {agent_p.last[0]}.", agent_p.first))
    if internal:
        other = w.person()
        if w.neg:
            cust_label = w.stand_in(other, True, True)
        else:
            cust_label = w.pick((other.first, other.first.lower()))
        d.put(
            "Teams – #fraud-vagt – {day}\n",
            day=w.day(),
        )
    else:
        d.put("Netbank-chat {case} startet {stamp}\n", case=w.case(), stamp=w.stamp())

    def say(label: str, text: str, **slots: Piece) -> None:
        nonlocal m
        m += w.rng.randrange(0, 3)
        speaker: Piece = label if w.neg else ("PERSON", label)
        d.put(f"[{h:02d}:{m % 60:02d}] {{who}}: {text}\n", who=speaker, **slots)

    if internal:
        say(cust_label, "har du set {alert}? ligner ATO", alert=w.alert())
        say(agent_label, "ja. kunden er {n}, {cpr}", n=w.name(p), cpr=w.cpr(p))
        say(cust_label, "ny mitid app kl {t} + ny modtager {iban}", t=w.clock(), iban=w.iban())
        say(agent_label, "holder den ({amt}), ringer på {ph}", amt=w.amount(), ph=w.phone())
        say(cust_label, "ok. bruger-id i log er {mi} btw", mi=w.mitid(p))
        say(agent_label, "{g} mand siger det er ham selv?? tjekker", g=w.genitive(p))
        say(cust_label, "kort {c} udløb {e} også tokeniseret, luk det", c=w.card(), e=w.expiry())
        say(agent_label, "lukket. recall til {b} sendt", b=w.pick(FOREIGN_BANKS)[0])
        if w.chance(0.5):
            say(cust_label, "bil i sagen: {pl}, giv politiet det", pl=w.plate())
        say(agent_label, "👍 noteret i {case}", case=w.case())
        return
    say(cust_label, "hej jeg har fået en sms om at min konto er lukket??")
    say(agent_label, "Hej {n}, jeg hedder {a} og er fra svindelafdelingen. Er du ok?",
        n=w.name(p, "first"), a=w.name(agent_p, "first", staff=True))  # fmt: skip
    say(cust_label, "nej. en {alias} ringede fra {ph} og sagde han var fra banken",
        alias=w.name(w.person(False), "first"), ph=w.phone(0.5))  # fmt: skip
    say(agent_label, "Gav du ham en kode?")
    say(cust_label, "ja koden {otp} og mit bruger id {mi}", otp=w.otp(), mi=w.mitid(p))
    say(agent_label, "Vi har holdt en overførsel på {amt} til modtageren. Hvilket nr. har du?",
        amt=w.amount())  # fmt: skip
    say(cust_label, "{ph} eller {fam} nr {ph2}", ph=w.phone(), fam=w.pick(FAMILY), ph2=w.phone())
    if w.chance(0.6):
        say(cust_label, "han fik også mit kort {c} {e}", c=w.card(), e=w.expiry())
        say(agent_label, "Kortet er spærret nu. Nyt kort sendes til {a}", a=w.address("one"))
    if w.chance(0.4):
        say(agent_label, "Kan du bekræfte din fødselsdato?")
        say(cust_label, "født {dob}", dob=w.dob(p))
    if w.chance(0.5):
        say(
            agent_label,
            "Anmeld det gerne til politiet på 114 og nævn sagsnr. {case}.",
            case=w.case(),
        )
    say(agent_label, "Tak. Sagen har nr. {case}. Ring {line} hvis han ringer igen.",
        case=w.case(), line=w.org_line())  # fmt: skip
    say(cust_label, w.pick(("tak 🙏", "TAK", "ok tak for hjælpen", "fint")))


def frys_mail(w: World, d: Doc) -> None:
    p, mule = w.person(), w.person()
    sender_p, sender = w.staff()
    recip_p = w.person()
    variant = w.pick(("en", "en", "da", "reply"))
    fbank, country = w.pick(FOREIGN_BANKS) if variant != "da" else (w.bank(), "DK")
    bank = w.pick(tuple(b for b in BANKS if b != fbank))
    ours, theirs = (
        w.email(sender_p, ascii_mail(bank.split()[0])),
        w.email(recip_p, "fraud" + ascii_mail(fbank.split()[0])[:6]),
    )
    subject = {
        "en": w.pick(("URGENT – fraud recall / freeze request –", "Freeze request –")),
        "da": w.pick(("Anmodning om frysning –", "HASTER: tilbagekald –")),
        "reply": "RE: URGENT – fraud recall / freeze request –",
    }[variant]
    caps: Piece = mule_caps(w, mule)
    case = w.case()
    if variant == "reply":
        d.put(
            "Fra: {r} <{rm}>\nTil: {s} <{sm}>\nEmne: {subj} {case}\n\nHi {sf},\n\n"
            "We confirm that {amt} has been frozen on the account below.\n"
            "Beneficiary name: {caps}\nIBAN: {iban}\n"
            "Registered address: {a}\nRegistered phone: {ph}\n"
            "The account was opened online 3 weeks ago; we have blocked it and filed a SAR. "
            "Return of funds needs a recall via SWIFT referring to your case {case2}.\n\n"
            "Best regards\n{r}\nFraud Desk, {fbank}\n\n> -----Original message-----\n"
            "> From: {s}\n> Please freeze the funds and return them.\n",
            r=w.name(recip_p, "full", staff=True),
            rm=theirs,
            s=sender,
            sm=ours,
            subj=subject,
            case=case,
            sf=w.name(sender_p, "first", staff=True),
            amt=w.eur(),
            caps=caps,
            iban=w.iban(country),
            a=w.address("one"),
            ph=w.phone(0.5),
            case2=case,
            fbank=fbank,
        )
        return
    d.put(
        "Fra: {s} <{sm}>\nTil: {r} <{rm}>\nEmne: {subj} {case}\n\n",
        s=sender,
        sm=ours,
        r=w.name(recip_p, "full", staff=True),
        rm=theirs,
        subj=subject,
        case=case,
    )
    if variant == "en":
        d.put(
            "Dear {r},\n\nOn {stamp} our customer {v} was the victim of an account takeover. "
            "{amt} was transferred to your customer:\n\n"
            "Beneficiary name: {caps}\nBeneficiary IBAN: {iban}\nOur ref.: {case}\n\n"
            "Please freeze the funds and return them. The police have been informed "
            "(journal {j}).\n",
            r=w.name(recip_p, "first", staff=True),
            stamp=w.stamp(),
            v=w.name(p),
            amt=w.eur(),
            caps=caps,
            iban=w.iban(country),
            case=case,
            j=w.journal(),
        )
    else:
        d.put(
            "Kære {r}\n\nVores kunde {v} er udsat for svindel den {day}. {amt} er overført til:\n\n"
            "Beneficiary name: {caps}\nKonto: {acct}\nIBAN: {iban}\n\n"
            "Vi beder jer fryse beløbet og returnere det. Anmeldt til politiet, j.nr. {j}.\n",
            r=w.name(recip_p, "first", staff=True),
            v=w.name(p),
            day=w.day(),
            amt=w.amount(),
            caps=caps,
            acct=w.account(),
            iban=w.iban("DK"),
            j=w.journal(),
        )
    if w.chance(0.4):
        d.put(
            "Sender's phone (from our logs): {ph}. Device {dev}.\n", ph=w.phone(0.3), dev=w.device()
        )
    d.put(
        "\nMed venlig hilsen / Kind regards\n{s}\nFraud Monitoring, {bank}\n{addr}\n"
        "Tlf. {line}, {cvr}\n",
        s=sender,
        bank=bank,
        addr=ORG_ADDRESSES[BANKS.index(bank)],
        line=w.org_line(),
        cvr=w.cvr(),
    )


def receiving_abroad(w: World, bank_slot: str, iban_slot: str) -> dict[str, Piece]:
    """The slots of a foreign receiving bank and an IBAN of its country."""
    bank, country = w.pick(FOREIGN_BANKS)
    return {bank_slot: bank, iban_slot: w.iban(country)}


def mule_caps(w: World, mule: Person) -> Piece:
    if w.neg:
        return "[NAVN]"
    return ("PERSON", w.pick((f"{mule.first} {mule.last}", f"{mule.last} {mule.first}")).upper())


POLICE = (
    "Københavns Politi, Polititorvet 14, 1780 København V",
    "Syd- og Sønderjyllands Politi, Ribe Landevej 36, 6100 Haderslev",
    "Østjyllands Politi, Store Torv 3, 8900 Randers C",
    "Midt- og Vestsjællands Politi, Axeltorv 9, 4200 Slagelse",
)


def politi(w: World, d: Doc) -> None:
    p, mule = w.person(), w.person()
    _, officer = w.staff()
    if w.chance(0.35):
        d.put(
            "Til: {police}\nEmne: anmeldelse af bedrageri – vores sag {case}\n\nHej\n\n"
            "Vi overdrager hermed sagen vedr. vores kunde {n} (CPR {cpr}), bosat {a}, "
            "tlf. {ph}. Kunden har selv anmeldt på 114 og fået j.nr. {j}.\n",
            police=w.pick(POLICE),
            case=w.case(),
            n=w.name(p, w.pick(("full", "three", "title"))),
            cpr=w.cpr(p, masked_ok=False),
            a=w.address("one"),
            ph=w.phone(),
            j=w.journal(),
        )
        politi_events(w, d, p, mule, officer)
        return
    d.put(
        "Til: {police}\nOverdragelse af sag {case} / politiets j.nr. {j}\n\n",
        police=w.pick(POLICE),
        case=w.case(),
        j=w.journal(),
    )
    d.put(
        "FORURETTEDE\nNavn: {n}\nCPR: {cpr}\nAdresse:\n{a}\nTlf.: {ph}\n",
        n=w.name(p, w.pick(("full", "comma", "caps", "three"))),
        cpr=w.cpr(p, masked_ok=False),
        a=w.address("two"),
        ph=w.phone(),
    )
    if w.chance(0.5):
        d.put("E-mail: {mail}\n", mail=w.email(p))
    politi_events(w, d, p, mule, officer)


def politi_events(w: World, d: Doc, p: Person, mule: Person, officer: Piece) -> None:
    """What happened, the mule, the car at the cash machine and the bank's contact."""
    d.put(
        "\nHÆNDELSE\nDen {day} kl. {t} blev kundens konto overtaget via ny MitID-app "
        "(bruger-ID {mi}). {amt} overført til modtagerkonto {acct} ({bank}).\n",
        day=w.day(),
        t=w.clock(),
        mi=w.mitid(p),
        amt=w.amount(),
        **(
            {"acct": w.account(), "bank": w.bank()}
            if w.chance(0.6)
            else receiving_abroad(w, "bank", "acct")
        ),
    )
    d.put(
        "Modtager (formodet muldyr): {m}, {a}{dob}\n",
        m=w.name(mule),
        a=w.address("one"),
        dob=[" – f. ", w.dob(mule)] if w.chance(0.85) else "",
    )
    if w.chance(0.8):
        d.put(
            "Beløbet blev hævet kontant i automaten på {street} kl. {t}; overvågning viser en "
            "{car}, reg.nr. {pl}.\n",
            street=w.pick(STREETS) + w.pick(("", " i " + w.pick(TOWNS).split(" ", 1)[1])),
            t=w.clock(),
            car=w.pick(("hvid Golf", "sort Audi A4", "grå Toyota", "blå varevogn")),
            pl=w.plate(),
        )
    if w.chance(0.5):
        d.put("Gerningsmandens nummer: {ph}\n", ph=w.phone(0.5))
    d.put(
        "\nVedlagt: kontoudtog, log over enheder ({dev}), vores chatlog. "
        "{fam} kan kontaktes via kunden.\n"
        "Kontakt: {o}, Fraud Monitoring, tlf. {line}\n",
        dev=w.device(),
        fam=w.pick(FAMILY).capitalize(),
        o=officer,
        line=w.org_line(),
    )


# (sender as the phone shows it, the message): the scams customers forward most
SMS_TEXTS = (
    (
        "{BANK}",
        "{BANK}: Din konto er midlertidigt lukket. Bekræft dine oplysninger inden kl. {t} på "
        "https://{bank}-sikker.example.net/id/{tok}",
    ),
    ("MitID", "MitID: Din app udløber i dag. Forny her: https://mitid-forny.example.net/{tok}"),
    (
        "+45 ** ** ** 17",
        "Hej mor, min telefon er gået i stykker. Skriv til mig på mit nye nr {ph} 💕",
    ),
    (
        "PostNord",
        "PostNord: Din pakke afventer told 29,00 kr. Betal på https://pakke-dk.example.com/{tok}",
    ),
    (
        "SKAT",
        "Skat: Du har penge til gode (4.312,50 kr.). Udfyld NemKonto: https://skat-refusion.example.net/{tok}",
    ),
    (
        "{BANK}",
        "Kære kunde. Vi har registreret et login fra en ny enhed. Var det ikke dig, så ring "
        "til os på {ph}.",
    ),
)


def svindelbesked(w: World, d: Doc) -> None:
    p = w.person()
    d.put(
        "Videresendt af kunden {n} ({mail}) {day} kl. {t}\n",
        n=w.name(p),
        mail=w.email(p),
        day=w.day(),
        t=w.clock(),
    )
    sender, sms = w.pick(SMS_TEXTS)
    bank = w.bank()
    sender = sender.replace("{BANK}", bank.split()[0].upper())
    tok = "".join(w.pick("abcdefghkmnpqrstuvwxyzABCDEFGHJKLMNPQR") for _ in range(5)) + w.digits(2)
    d.put(
        "---------- Videresendt besked ----------\nFra: {sender}\n"
        + sms
        + "\n---------------------------------------\n",
        sender=sender,
        BANK=bank.split()[0].upper(),
        bank=ascii_mail(bank.split()[0]),
        tok=tok,
        t=w.clock(),
        ph=w.phone(0.5),
    )
    note: list[Callable[[], None]] = [
        lambda: d.put(
            "jeg trykkede på linket og skrev mit kortnr {c} og udløb {e} ind\n",
            c=w.card(),
            e=w.expiry(),
        ),
        lambda: d.put("så kom der en kode {otp} som jeg også skrev ind :(\n", otp=w.otp()),
        lambda: d.put("de ville også have mit cpr {cpr} !!\n", cpr=w.cpr(p)),
        lambda: d.put("MIT MITID ER {m} – HAR DE DET NU??\n", m=w.mitid(p)),
        lambda: d.put(
            "{fam} siger jeg skal skrive til jer. ring på {ph}\n",
            fam=w.pick(FAMILY).capitalize(),
            ph=w.phone(),
        ),
        lambda: d.put("hilsen {n}, {a}\n", n=w.name(p, "first"), a=w.address("one")),
    ]
    for line in w.rng.sample(note, w.rng.randrange(2, 5)):
        line()
    d.put("Svar fra {bank} ({case}): tak, vi har spærret kortet og ringer dig op.\n",
          bank=w.bank(), case=w.case())  # fmt: skip


def brev(w: World, d: Doc) -> None:
    p = w.person()
    _, signer = w.staff()
    bank = w.bank()
    d.put(
        "{bank}\n{addr}\n{cvr}\n\n{n}\n{a}\n\n{day}\nVores ref.: {case}\n\n",
        bank=bank,
        addr=ORG_ADDRESSES[BANKS.index(bank)],
        cvr=w.cvr(),
        n=w.name(p, w.pick(("full", "three", "caps", "full"))),
        a=w.address("two"),
        day=w.day(),
        case=w.case(),
    )
    d.put(
        "Kære {n}\n\nVi skriver til dig, fordi vi den {day} stoppede {amt} fra din konto, "
        "som vi vurderede var svindel.\n",
        n=w.name(p, w.pick(("first", "full", "title"))),
        day=w.day(),
        amt=w.amount(),
    )
    d.put(
        "Dit kort sluttende på {mc} er spærret, og et nyt kort er sendt til adressen ovenfor.\n",
        mc=w.masked_card()[-4:],
    )
    if w.chance(0.6):
        d.put(
            "Vi har registreret {ph} og {mail} som dine kontaktoplysninger.\n",
            ph=w.phone(0.02),
            mail=w.email(p),
        )
    if w.chance(0.5):
        d.put(
            "Beløbet på {amt} til {iban} blev tilbageført den {day}.\n",
            amt=w.amount(),
            iban=w.iban(),
            day=w.day(),
        )
    d.put(
        "Har du spørgsmål, så ring på {line} eller mød op i afdelingen på {addr}. Vi spørger "
        "aldrig efter koder eller dit CPR-nummer i telefonen.\n\nMed venlig hilsen\n{s}\n"
        "Fraud Monitoring, {bank}\n",
        line=w.org_line(),
        addr=ORG_ADDRESSES[BANKS.index(bank)],
        s=signer,
        bank=bank,
    )


def overlevering(w: World, d: Doc) -> None:
    _, me = w.staff()
    d.put(
        "VAGTOVERLEVERING {day} kl. {t} – {me} → {you}\n",
        day=w.day(),
        t=w.pick(("07.00", "15.00", "23.00")),
        me=me,
        you=w.staff()[1],
    )
    items: list[Callable[[], None]] = [
        lambda: d.put(
            "- {case}: {n} ({ph}), ATO via falsk 'Netbank support', {amt} holdt. mangler svar "
            "fra kunden\n",
            case=w.case(),
            n=w.name(w.person()),
            ph=w.phone(),
            amt=w.amount(),
        ),
        lambda: d.put(
            "- {case}: recall sendt til {fb} for {iban}. no reply yet, chase at 09.00\n",
            case=w.case(),
            **receiving_abroad(w, "fb", "iban"),
        ),
        lambda: d.put(
            "- {alert}: ny enhed {dev}, kunden {n} bekræftet OK (falsk positiv)\n",
            alert=w.alert(),
            dev=w.device(),
            n=w.name(w.person()),
        ),
        lambda: (
            lambda q: d.put(
                "- {case}: {g} MitID ({m}) brugt fra Litauen. netbank lukket. politi: j.nr. {j}\n",
                case=w.case(),
                g=w.genitive(q),
                m=w.mitid(q),
                j=w.journal(),
            )
        )(w.person()),
        lambda: d.put(
            "- {case}: muldyrkonto {acct} hos {bank} – ring til deres vagt {line}\n",
            case=w.case(),
            acct=w.account(),
            bank=w.bank(),
            line=w.org_line(),
        ),
        lambda: d.put(
            "- {case}: kort {c} (exp {e}) misbrugt i webshop, spærret\n",
            case=w.case(),
            c=w.card(),
            e=w.expiry(),
        ),
        lambda: d.put(
            "- {case}: bil {pl} set ved automaten, videregivet til politiet\n",
            case=w.case(),
            pl=w.plate(),
        ),
        lambda: d.put(
            "- {case}: KUNDEN {n} RINGER TILBAGE på {ph}, {fam} er fuldmagtshaver\n",
            case=w.case(),
            n=w.name(w.person(), "caps"),
            ph=w.phone(),
            fam=w.pick(FAMILY),
        ),
    ]
    for item in w.rng.sample(items, w.rng.randrange(3, 6)):
        item()
    d.put("Ellers stille. Kaffe er tom. /{me}\n", me=me)


WRITERS: dict[str, Callable[[World, Doc], None]] = {
    "alarmkoe": alarmkoe,
    "opkald": opkald,
    "chat": chat,
    "frys_mail": frys_mail,
    "politi": politi,
    "svindelbesked": svindelbesked,
    "brev": brev,
    "overlevering": overlevering,
}


def generate(seed: int | str = "pii_blind79", size: int = SIZE) -> list[dict]:
    """The set: `size` documents, the first share of each genre pseudonymised, then shuffled."""
    rng = random.Random(seed)
    negatives = round(size * NEGATIVES / SIZE)
    docs, seen = [], set()
    for i in range(size):
        genre = GENRES[i % len(GENRES)]
        neg = i < negatives
        while True:
            d = Doc()
            WRITERS[genre](World(rng, neg), d)
            if d.text not in seen:
                break
        seen.add(d.text)
        docs.append(
            {
                "genre": genre,
                "kind": "negative" if neg else "positive",
                "text": d.text,
                "spans": d.spans,
            }
        )
    rng.shuffle(docs)
    return [{"id": f"pii_blind79-{i:04d}", **doc} for i, doc in enumerate(docs, 1)]


def main(argv: list[str]) -> None:
    out = Path(argv[1]) if len(argv) > 1 else Path(__file__).parent / "data" / "pii_blind79.jsonl"
    rows = (json.dumps(doc, ensure_ascii=False) for doc in generate())
    out.write_text("\n".join(rows) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv)
