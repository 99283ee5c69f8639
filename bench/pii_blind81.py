"""An eighty-second blind, seeded generator of Danish text with labelled personal data (issue 18).

Written without looking at the recognisers, their word lists or the other generators' bodies,
as a held-out test set with its own names, streets and towns. Its theme is an UNEMPLOYMENT
INSURANCE FUND'S (A-KASSE) AND TRADE UNION'S MEMBER SERVICE after fake "dagpenge" and
"feriepenge" messages, in eight genres: members forwarding the scam SMS or e-mail they got
("sms_mail"), call notes of the member service ("opkald"), e-mail threads with members
(Fra:/Til:/Emne:, "mail"), web chats with speaker labels ("chat", "[14:02] Name: …"), case
notes on payout accounts that were changed ("sagsnotat"), letters to members with the fund's
letterhead ("brev"), reports to the police ("politianmeldelse", one victim's CPR number each,
the "courier's" car, a scammer's alias) and a member's misuse form written in capitals
("blanket"). Names are those of Danes of all ages, Danes with roots elsewhere ("Hodan Warsame",
"Nguyen Thi Linh"), hyphenated first names and double surnames ("Bech-Larsen").

Conventions (exact offsets are scored):
- PERSON is a name as written, without title or role ("fru", "hr.", "rådgiver", "medlemmet"):
  a first name, a full name, "Holm, Agnete", "A. Holm", a lower-case name in a chat, a name in
  capitals on the form; a genitive s belongs to it ("Agnetes"). Chat speakers are PERSON. A
  scammer's alias ("udgav sig for at være Jonas fra udbetalingen") is PERSON, the unit is not.
  Names spelled letter by letter ("H-O-L-M") are not labelled.
- ADDRESS is a member's or witness's street, number, floor and side, plus postcode and town
  on the same line after a comma or on the next line (the line break inside the span). The
  fund's, union's, banks', jobcentres' and police's own addresses are never labelled.
- CPR numbers are synthetic: a real birth date, a seventh digit fitting the century (0-3 in
  the 1900s, 4 for 2000-2005) and a serial that FAILS modulus 11, written "DDMMYY-SSSS",
  "DDMMYYSSSS", "DD MM YY SSSS", "DDMMYY SSSS" or "DD.MM.YY-SSSS".
- DATE_OF_BIRTH only straight after "født ", "f. ", "Fødselsdato: " or "DOB: ".
- PHONE: Danish mobile and landline numbers in ten forms plus "20-30-40-50", the country code
  inside the span, and foreign numbers from fiction ranges only ("+44 7700 900xxx",
  "+46 70 174 06 xx"). The organisations' 70/80 lines and short codes are never PHONE.
- EMAIL: every unmasked address (example.* domains). BANK_ACCOUNT: "reg.nr. 1234 kontonr.
  0012345678" labels the account only, "1234-0012345678" is one span. IBAN: valid check digits
  and length, grouped by four or compact. CARD (the card number; named CARD_NUMBER in the brief,
  renamed to the shared type after the read): Luhn-valid with a test prefix;
  CARD_EXPIRY the value only ("08/27", "08/2027", "08-2027"). MITID_USER and OTP: the value
  after its cue. NUMBER_PLATE: "AB 12 345" or "AB12345".
- Hard negatives, never labelled: case, member, journal and payout numbers, CVR numbers,
  amounts, dates and clock times, masked values ("120365-xxxx", "+45 ** ** ** 31",
  "a***@example.dk", "**** **** **** 1111", "DK71XXXXXXXXXX0932"), the organisations' lines,
  names and addresses, pseudonyms ("Medlem A", "Rådgiver 1"), streets without a number, family
  words, values read out in words. Documents of kind "negative" are the same genres after
  pseudonymisation ("[NAVN]", "[CPR]", "[TLF]" …). No run of ten digits occurs outside a span.

Each document is {"id", "genre", "kind", "text", "spans": [{"type", "start", "end"}]}.
``python -m bench.pii_blind81 OUT.jsonl`` writes the set; ``generate()`` returns it.
"""

from __future__ import annotations

import json
import random
import re
import sys
from datetime import date, timedelta
from pathlib import Path
from typing import Final

SIZE: Final = 1000
NEGATIVES: Final = 350
GENRES: Final = (
    "sms_mail",
    "opkald",
    "mail",
    "chat",
    "sagsnotat",
    "brev",
    "politianmeldelse",
    "blanket",
)
TYPES: Final = (
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

WOMEN: Final = (
    "Agnete", "Birgitte", "Bente", "Camilla", "Dorte", "Ellen", "Frida", "Gitte", "Hanne",
    "Inger", "Jette", "Karen", "Lone", "Mette", "Nanna", "Pernille", "Rikke", "Susanne", "Tove",
    "Ulla", "Vibeke", "Winnie", "Yvonne", "Anne", "Anna", "Astrid", "Bodil", "Charlotte",
    "Christina", "Connie", "Dorthe", "Edith", "Else", "Emma", "Eva", "Freja", "Gerda", "Grethe",
    "Helle", "Henriette", "Ida", "Inge", "Irene", "Jane", "Janni", "Jytte", "Karin", "Karina",
    "Kirsten", "Kirstine", "Laura", "Lene", "Lisbeth", "Louise", "Maja", "Malene", "Maria",
    "Marianne", "Merete", "Mia", "Mona", "Nina", "Pia", "Randi", "Rita", "Ruth", "Sanne",
    "Signe", "Sofie", "Solvej", "Stine", "Tina", "Trine", "Tanja", "Ulrikke", "Vivi", "Alberte",
    "Clara", "Esther", "Filippa", "Ingrid", "Josefine", "Karla", "Liva", "Olivia", "Sara",
    "Silje", "Thea", "Vigga", "Asta", "Aya", "Ayse", "Fatma", "Zeynep", "Hatice", "Elif",
    "Amina", "Fatima", "Leila", "Yasmin", "Nour", "Hiba", "Sahra", "Hodan", "Ubah", "Zainab",
    "Maryam", "Agnieszka", "Katarzyna", "Joanna", "Magdalena", "Olena", "Iryna", "Natalia",
    "Svetlana", "Aleksandra", "Ewa", "Ngoc", "Linh", "Priya", "Anjali", "Dragana", "Jelena",
    "Mirela", "Samira", "Rana", "Shirin", "Parisa", "Hanan", "Dalia", "Rasha", "Bushra", "Ayan",
    "Marwa", "Helga", "Ingelise", "Kamma", "Nadia", "Tilde", "Ronja", "Cecilie", "Mathilde",
    "Julie", "Emilie", "Caroline", "Katrine", "Birthe", "Hedvig", "Lotte", "Annette", "Gunhild",
    "Jonna", "Dagmar", "Benedikte", "Sidsel", "Tenna", "Majken", "Ditte", "Hjørdis", "Lærke",
    "Naja", "Sigrid", "Anne-Mette", "Marie-Louise", "Lise-Lotte", "Anne-Grethe", "Bitten",
)  # fmt: skip
MEN: Final = (
    "Anders", "Bjarne", "Carsten", "Christian", "Claus", "Dennis", "Erik", "Flemming", "Frank",
    "Finn", "Gert", "Hans", "Henrik", "Jens", "Jesper", "Johnny", "Jørgen", "Kasper", "Kenneth",
    "Kim", "Knud", "Lars", "Leif", "Martin", "Michael", "Mogens", "Morten", "Niels", "Ole",
    "Palle", "Peter", "Poul", "Preben", "Rasmus", "René", "Søren", "Steen", "Svend", "Thomas",
    "Tommy", "Torben", "Troels", "Ulrik", "Vagn", "Villy", "Allan", "Arne", "Bent", "Benny",
    "Brian", "Casper", "Egon", "Ejnar", "Emil", "Esben", "Frederik", "Gunnar", "Harald", "Helge",
    "Ivan", "Jacob", "Jakob", "Jimmy", "Johannes", "Jonas", "Jonathan", "Kristian", "Kurt",
    "Lasse", "Lauritz", "Magnus", "Mads", "Malthe", "Mathias", "Mikkel", "Nikolaj", "Oliver",
    "Oscar", "Philip", "Sebastian", "Simon", "Stig", "Tage", "Theis", "Tobias", "Victor",
    "Viggo", "William", "Aksel", "Alfred", "August", "Carl", "Elias", "Felix", "Hugo", "Karl",
    "Lucas", "Noah", "Otto", "Valdemar", "Anton", "Benjamin", "Bastian", "Gustav", "Holger",
    "Ingolf", "Jeppe", "Kjeld", "Kristoffer", "Lennart", "Nils", "Orla", "Sune", "Thorkild",
    "Uffe", "Verner", "Aage", "Ahmed", "Mohammed", "Mehmet", "Mustafa", "Hassan", "Hussein",
    "Omar", "Yusuf", "Ibrahim", "Abdullahi", "Khalid", "Tariq", "Imran", "Bilal", "Emre",
    "Murat", "Kemal", "Hamid", "Reza", "Farid", "Karim", "Samir", "Nabil", "Piotr", "Tomasz",
    "Krzysztof", "Marek", "Pawel", "Andrii", "Oleksandr", "Dmytro", "Sergei", "Vladimir",
    "Nikola", "Goran", "Dragan", "Milan", "Zoran", "Arjun", "Rahul", "Vikram", "Minh", "Tuan",
    "Jamal", "Rami", "Hamza", "Idris", "Faisal", "Adnan", "Youssef", "Jens-Erik", "Hans-Henrik",
    "Karl-Johan", "Poul-Erik",
)  # fmt: skip
SURNAMES: Final = (
    "Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen",
    "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen", "Thomsen",
    "Christiansen", "Poulsen", "Johansen", "Møller", "Mortensen", "Knudsen", "Jakobsen",
    "Mikkelsen", "Olesen", "Frederiksen", "Laursen", "Henriksen", "Lund", "Schmidt", "Eriksen",
    "Holm", "Kristiansen", "Clausen", "Simonsen", "Svendsen", "Andreasen", "Iversen",
    "Østergaard", "Jeppesen", "Vestergaard", "Nissen", "Lauridsen", "Kjær", "Jespersen",
    "Mogensen", "Nørgaard", "Jepsen", "Søndergaard", "Bertelsen", "Frandsen", "Dahl", "Lassen",
    "Kjeldsen", "Carlsen", "Bach", "Holst", "Thygesen", "Winther", "Kirkegaard", "Overgaard",
    "Damgaard", "Bisgaard", "Bruun", "Friis", "Lindberg", "Skov", "Koch", "Dalsgaard", "Krogh",
    "Brandt", "Juhl", "Ravn", "Toft", "Riis", "Gregersen", "Villadsen", "Steffensen",
    "Enevoldsen", "Mathiesen", "Thorsen", "Klausen", "Munk", "Kragh", "Boesen", "Kofoed",
    "Hougaard", "Bech", "Mouritsen", "Nygaard", "Fischer", "Lorentzen", "Hedegaard",
    "Marcussen", "Bundgaard", "Abildgaard", "Ladefoged", "Vinther", "Sloth", "Buch", "Fogh",
    "Højgaard", "Kyed", "Lykke", "Sommer", "Teglgaard", "Halkjær", "Elkjær", "Storgaard",
    "Mølgaard", "Gravesen", "Hvid", "Yilmaz", "Kaya", "Demir", "Sahin", "Celik", "Öztürk",
    "Aydin", "Arslan", "Hussain", "Ahmad", "Khan", "Mohamud", "Warsame", "Farah", "Nguyen",
    "Tran", "Pham", "Kowalski", "Nowak", "Wiśniewski", "Kowalczyk", "Zieliński", "Shevchenko",
    "Kovalenko", "Bondarenko", "Petrović", "Jovanović", "Nikolić", "Hadžić", "Begić", "Singh",
    "Sharma", "Patel", "Rahimi", "Karimi", "Haidari", "Mohammadi", "Al-Hassan", "El-Amin",
    "Ibrahimi", "Hamdan", "Saleh", "Nasser", "Osman", "Mansour", "Kjærsgaard-Toft",
    "Holm-Nielsen", "Bech-Larsen", "Friis-Mikkelsen", "Lund-Hansen", "Gammelgaard", "Rosendahl",
)  # fmt: skip
MIDDLE: Final = ("Marie", "Louise", "Krogh", "Skov", "Bach", "Juul", "Lykke", "Dam", "Vang")

STREETS: Final = (
    "Birkevej", "Egevej", "Kastanievej", "Lærkevej", "Solsikkevej", "Rosenvænget", "Engparken",
    "Bakkedraget", "Skovbrynet", "Mosevej", "Møllevangen", "Stationsvej", "Skolegade",
    "Kirkevej", "Nørregade", "Vestergade", "Søndergade", "Fjordvej", "Strandvejen",
    "Bøgevænget", "Hybenvej", "Tjørnevej", "Ahornvej", "Valmuevej", "Klokkebakken",
    "Pilevænget", "Rønnebærvej", "Hyldebærvej", "Agerhønevej", "Vibevej", "Spurvevej",
    "Ternevej", "Højvangen", "Lindealle", "Grønningen", "Toftevej", "Smedegade", "Kløvervej",
    "Humlebakken", "Enghavevej", "Præstevænget", "Granvej", "Fasanvej", "Lupinvej",
)  # fmt: skip
TOWNS: Final = (
    ("8000", "Aarhus C"), ("8200", "Aarhus N"), ("8210", "Aarhus V"), ("5000", "Odense C"),
    ("5200", "Odense V"), ("9000", "Aalborg"), ("9200", "Aalborg SV"), ("6700", "Esbjerg"),
    ("7100", "Vejle"), ("8700", "Horsens"), ("7400", "Herning"), ("8800", "Viborg"),
    ("8900", "Randers C"), ("6000", "Kolding"), ("4000", "Roskilde"), ("3400", "Hillerød"),
    ("4700", "Næstved"), ("4200", "Slagelse"), ("4600", "Køge"), ("7500", "Holstebro"),
    ("6100", "Haderslev"), ("6200", "Aabenraa"), ("6400", "Sønderborg"), ("3700", "Rønne"),
    ("9800", "Hjørring"), ("9900", "Frederikshavn"), ("7800", "Skive"), ("8600", "Silkeborg"),
    ("2300", "København S"), ("2400", "København NV"), ("2200", "København N"),
    ("2500", "Valby"), ("2650", "Hvidovre"), ("2630", "Taastrup"), ("2750", "Ballerup"),
    ("3000", "Helsingør"), ("4300", "Holbæk"), ("5700", "Svendborg"), ("7000", "Fredericia"),
    ("9400", "Nørresundby"), ("7700", "Thisted"), ("6800", "Varde"), ("4100", "Ringsted"),
    ("2860", "Søborg"), ("8240", "Risskov"), ("8260", "Viby J"),
)  # fmt: skip

FUND: Final = "A-kassen Fagfælles"
UNION: Final = "Fagforbundet Norden"
COMPANIES: Final = (FUND, UNION, "Udbetaling Danmark", "Jobcenter Horsens", "Skattestyrelsen")
BANKS: Final = ("Nordsø Bank", "Fjordbanken", "Lunar", "Revolut", "Vestkystens Sparekasse")
PRODUCTS: Final = ("MitID", "NemKonto", "Jobnet", "MobilePay", "e-Boks", "Digital Post")
# the fund's and union's offices, and the other organisations the members are sent to
FUND_ADDRESSES: Final = (
    "Banegårdspladsen 4, 8000 Aarhus C",
    "Kalvebod Brygge 39, 1560 København V",
    "Jernbanegade 22, 5000 Odense C",
    "Vesterbro 58, 9000 Aalborg",
    "Nørre Boulevard 41, 7100 Vejle",
)
OTHER_ADDRESSES: Final = (
    ("Nordsø Bank", "Torvet 3, 6700 Esbjerg"),
    ("Jobcenter Horsens", "Rådhustorvet 4, 8700 Horsens"),
    ("Udbetaling Danmark", "Kongens Vænge 8, 3400 Hillerød"),
    ("Østjyllands Politi", "Ridderstræde 1, 8000 Aarhus C"),
    ("Fjordbanken", "Algade 17, 9000 Aalborg"),
)
ORG_ADDRESSES: Final = FUND_ADDRESSES + tuple(address for _, address in OTHER_ADDRESSES)
ORG_LINES: Final = ("70 12 34 56", "70 20 30 80", "80 30 40 50", "7012 3456", "1818")
POLICE: Final = (
    "Østjyllands Politi",
    "Fyns Politi",
    "Nordjyllands Politi",
    "Sydøstjyllands Politi",
)
ALIAS_UNITS: Final = ("udbetalingen", "kontrolenheden", "feriepengeafdelingen", "A-kassens IT")
PSEUDONYMS: Final = ("Medlem A", "Medlem B", "Rådgiver 1", "Rådgiver 2", "Vidne 1")
FAMILY: Final = ("min mand", "min kone", "min datter", "min søn", "min svigersøn", "mit barnebarn")

WEIGHTS: Final = (4, 3, 2, 7, 6, 5, 4, 3, 2, 1)
MOBILE: Final = tuple(str(n) for n in (*range(20, 32), 40, 41, 42, 50, 51, 52, 53, 60, 61, 71, 81))
LANDLINE: Final = ("32", "33", "35", "36", "38", "39", "43", "44", "45", "46", "47", "48",
                   "49", "56", "57", "58", "59", "62", "63", "64", "65", "66", "69", "72", "74",
                   "75", "76", "86", "87", "89", "96", "97", "98", "99")  # fmt: skip
TEST_PREFIXES: Final = ("411111", "401288", "555555", "510510", "400000", "424242")
IBAN_LENGTH: Final = {"DK": 18, "DE": 22, "LT": 20, "GB": 22, "NL": 18, "ES": 24, "PL": 28}
REGS: Final = ("9570", "5301", "1551", "3409", "6871", "7930", "2270", "8401", "0400", "9280")
MONTHS: Final = ("januar", "februar", "marts", "april", "maj", "juni", "juli", "august",
                 "september", "oktober", "november", "december")  # fmt: skip
PLATE_LETTERS: Final = "ABCDEFHJKLMNPRSTUVXYZ"

OPEN, SEP, CLOSE = "\x02", "\x1f", "\x03"
MARK = re.compile(f"{OPEN}(\\w+){SEP}(.*?){CLOSE}", re.S)


def grouped(compact: str) -> str:
    """A card number or IBAN in groups of four, as printed."""
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))


def luhn_digit(body: str) -> str:
    """The check digit that makes body + digit pass Luhn."""
    total = 0
    for i, c in enumerate(reversed(body)):
        n = int(c) * (2 if i % 2 == 0 else 1)
        total += n // 10 + n % 10
    return str(-total % 10)


def iban(country: str, bban: str) -> str:
    """A compact IBAN with valid check digits."""
    number = int("".join(str(int(c, 36)) for c in bban + country + "00"))
    return f"{country}{98 - number % 97:02d}{bban}"


def ascii_fold(text: str) -> str:
    """A name as an e-mail local part or user ID: lower case, Danish letters spelled out."""
    text = text.lower()
    for a, b in (("æ", "ae"), ("ø", "oe"), ("å", "aa"), ("ö", "o"), ("ü", "u"), ("é", "e")):
        text = text.replace(a, b)
    text = text.replace("ś", "s").replace("ń", "n").replace("ć", "c").replace("ž", "z")
    return re.sub(r"[^a-z]", "", text)


def compile_marked(raw: str) -> tuple[str, list[dict]]:
    """Text with its marked values unwrapped, and their spans."""
    out, spans, pos = [], [], 0
    length = 0
    for hit in MARK.finditer(raw):
        out.append(raw[pos : hit.start()])
        length += hit.start() - pos
        value = hit.group(2)
        spans.append({"type": hit.group(1), "start": length, "end": length + len(value)})
        out.append(value)
        length += len(value)
        pos = hit.end()
    out.append(raw[pos:])
    return "".join(out), spans


class Person:
    """One synthetic person whose values stay the same wherever they are written."""

    def __init__(self, rng: random.Random, woman: bool | None = None) -> None:
        self.woman = rng.random() < 0.55 if woman is None else woman
        self.first = rng.choice(WOMEN if self.woman else MEN)
        self.last = rng.choice(SURNAMES)
        self.middle = rng.choice(MIDDLE) if rng.random() < 0.3 else ""
        if self.middle in ("Marie", "Louise") and not self.woman:
            self.middle = "Juul"
        if self.last in ("Nguyen", "Tran", "Pham") and rng.random() < 0.6:
            self.middle = "Thi" if self.woman else "Van"
        start = date(1958, 1, 1)
        self.birth = start + timedelta(days=rng.randrange((date(2005, 12, 31) - start).days))
        if self.birth.year == 1926:
            self.birth = self.birth.replace(year=1962)
        self.rng = rng

    def full(self) -> str:
        """The whole name, family name first where that is the custom (Vietnamese)."""
        if self.middle in ("Thi", "Van"):
            return f"{self.last} {self.middle} {self.first}"
        return " ".join(p for p in (self.first, self.middle, self.last) if p)


class Ctx:
    """Writes one document's values: labelled in a positive, stand-ins in a negative."""

    def __init__(self, rng: random.Random, neg: bool) -> None:
        self.rng = rng
        self.neg = neg
        self.member = rng.choice(("Medlem A", "Medlem B"))  # the member's pseudonym

    def mark(self, kind: str, value: str, stand_in: str) -> str:
        if self.neg:
            return stand_in
        return f"{OPEN}{kind}{SEP}{value}{CLOSE}"

    def pick(self, *options: str) -> str:
        return self.rng.choice(options)

    # names
    def name(self, p: Person, form: str | None = None, pseudonym: str = "[NAVN]") -> str:
        r = self.rng
        form = form or r.choice(
            ("full", "full", "three", "first", "initial", "surname_first", "title", "three")
        )
        if form == "title":
            title = "fru" if p.woman else "hr."
            if self.neg:
                return pseudonym
            return f"{title} {self.mark('PERSON', p.last, '')}"
        values = {
            "full": f"{p.first} {p.last}",
            "three": p.full() if p.middle else f"{p.first} {p.last}",
            "first": p.first,
            "initial": f"{p.first[0]}. {p.last}",
            "surname_first": f"{p.last}, {p.first}",
            "caps": p.full().upper(),
            "lower": r.choice((p.first.lower(), f"{p.first} {p.last}".lower())),
            "genitive": p.first + "s" if not p.first.endswith(("s", "x", "z")) else p.first,
            "genitive_full": f"{p.first} {p.last}s"
            if not p.last.endswith(("s", "x", "z"))
            else f"{p.first} {p.last}",
        }
        stand = pseudonym + ("'s" if pseudonym[-1].isalnum() else "s") * form.startswith("genitive")
        return self.mark("PERSON", values[form], stand)

    # identifiers
    def cpr_value(self, p: Person, form: int | None = None) -> str:
        r = self.rng
        b = p.birth
        seventh = "4" if b.year >= 2000 else str(r.randrange(4))
        while True:
            serial = seventh + f"{r.randrange(1000):03d}"
            digits = f"{b.day:02d}{b.month:02d}{b.year % 100:02d}{serial}"
            if sum(int(c) * w for c, w in zip(digits, WEIGHTS, strict=True)) % 11:
                break
        form = r.randrange(5) if form is None else form
        d, s = digits[:6], digits[6:]
        return (
            f"{d}-{s}",
            digits,
            f"{d[:2]} {d[2:4]} {d[4:]} {s}",
            f"{d} {s}",
            f"{d[:2]}.{d[2:4]}.{d[4:]}-{s}",
        )[form]

    def cpr(self, value: str) -> str:
        masked = value[:6] + "-xxxx" if value[:6].isdigit() else "[CPR]"
        return self.mark("CPR", value, self.pick("[CPR]", "[CPR]", masked))

    def dob(self, p: Person) -> str:
        b = p.birth
        value = self.pick(
            f"{b.day}. {MONTHS[b.month - 1]} {b.year}",
            f"{b.day:02d}.{b.month:02d}.{b.year}",
            f"{b.day:02d}-{b.month:02d}-{b.year}",
            f"{b.day}/{b.month}-{b.year}",
        )
        return self.mark("DATE_OF_BIRTH", value, "[dato]")

    def phone(self, foreign: bool = False) -> str:
        r = self.rng
        if foreign:
            value = (
                f"+44 7700 900{r.randrange(1000):03d}"
                if r.random() < 0.5
                else f"+46 70 174 06 {r.randrange(5, 100):02d}"
            )
        else:
            lead = r.choice(MOBILE) if r.random() < 0.7 else r.choice(LANDLINE)
            n = lead + f"{r.randrange(10**6):06d}"
            pairs = " ".join(n[i : i + 2] for i in range(0, 8, 2))
            value = r.choice(
                (
                    f"+45 {n}",
                    f"+45 {pairs}",
                    f"+45 {n[:4]} {n[4:]}",
                    f"{n[:4]} {n[4:]}",
                    f"(+45) {pairs}",
                    f"0045 {n}",
                    pairs,
                    n,
                    f"+45{n}",
                    pairs.replace(" ", "."),
                    pairs.replace(" ", "-"),
                )
            )
        masked = f"+45 ** ** ** {r.randrange(10, 100)}"
        return self.mark("PHONE", value, self.pick("[TLF]", "[TLF]", masked))

    def email_value(self, p: Person) -> str:
        r = self.rng
        first, last = ascii_fold(p.first), ascii_fold(p.last)
        local = r.choice(
            (
                f"{first}.{last}",
                f"{first[0]}{last}",
                f"{first}{p.birth.year % 100:02d}",
                f"{last}.{first}",
                f"{first}_{last[0]}",
                f"{first}{last}{r.randrange(1, 99)}",
            )
        )
        domain = r.choice(("example.dk", "mail.example.dk", "example.com", "post.example.net"))
        return f"{local}@{domain}"

    def email(self, value: str) -> str:
        return self.mark("EMAIL", value, self.pick("[e-mail]", f"{value[0]}***@example.dk"))

    def masked_mail(self, p: Person) -> str:
        return f"{ascii_fold(p.first)[0]}***@{self.pick('example.dk', 'example.com')}"

    def mitid(self, p: Person) -> str:
        r = self.rng
        first, last = ascii_fold(p.first), ascii_fold(p.last)
        yy = p.birth.year
        value = r.choice(
            (f"{first}{yy % 100:02d}", f"{first[0]}{last}{yy}", f"{last}{yy % 100:02d}")
        )
        return self.mark("MITID_USER", value, "[kode]")

    def otp(self) -> str:
        r = self.rng
        value = f"{r.randrange(10**6):06d}" if r.random() < 0.8 else f"{r.randrange(10**8):08d}"
        return self.mark("OTP", value, "[kode]")

    def account(self) -> str:
        """An account with its reg.nr.: only the account is labelled where each has a word."""
        r = self.rng
        length = r.choice((7, 8, 10, 10))
        reg, acc = r.choice(REGS), f"{r.randrange(10**length):0{length}d}"
        masked = f"******{acc[-4:]}"
        style = self.rng.randrange(4)
        if style == 0:
            return f"reg.nr. {reg} kontonr. " + self.mark("BANK_ACCOUNT", acc, "[kontonr.]")
        if style == 1:
            return f"reg. {reg} konto " + self.mark("BANK_ACCOUNT", acc, masked)
        sep = "-" if style == 2 else " "
        return self.mark("BANK_ACCOUNT", f"{reg}{sep}{acc}", self.pick("[kontonr.]", masked))

    def iban(self, country: str = "DK") -> str:
        r = self.rng
        length = IBAN_LENGTH[country]
        if country == "GB":
            bban = r.choice(("NWBK", "MIDL", "BARC")) + f"{r.randrange(10**14):014d}"
        elif country == "NL":
            bban = r.choice(("ABNA", "INGB", "RABO")) + f"{r.randrange(10**10):010d}"
        else:
            bban = "".join(str(r.randrange(10)) for _ in range(length - 4))
        value = iban(country, bban)
        value = grouped(value) if r.random() < 0.6 else value
        masked = f"{country}{r.randrange(10, 100)}XXXXXXXXXX{r.randrange(10**4):04d}"
        if country != "DK" or r.random() < 0.5:
            masked = "[kontonr.]"
        return self.mark("IBAN", value, masked)

    def card(self) -> str:
        r = self.rng
        body = r.choice(TEST_PREFIXES) + "".join(str(r.randrange(10)) for _ in range(9))
        value = body + luhn_digit(body)
        value = grouped(value) if r.random() < 0.65 else value
        masked = self.pick("**** **** **** " + value[-4:], "************" + value[-4:])
        return self.mark("CARD", value, masked)

    def expiry(self) -> str:
        r = self.rng
        month, year = r.randrange(1, 13), r.randrange(26, 32)
        value = r.choice((f"{month:02d}/{year}", f"{month:02d}/20{year}", f"{month:02d}-20{year}"))
        return self.mark("CARD_EXPIRY", value, "xx/xx")

    def plate(self) -> str:
        r = self.rng
        letters = r.choice(PLATE_LETTERS) + r.choice(PLATE_LETTERS)
        digits = f"{r.randrange(10, 100)}{r.randrange(1000):03d}"
        value = f"{letters} {digits[:2]} {digits[2:]}" if r.random() < 0.7 else f"{letters}{digits}"
        return self.mark("NUMBER_PLATE", value, f"{letters} ** ***")

    def address(self, two_lines: bool | None = None, caps: bool = False) -> str:
        r = self.rng
        street = f"{r.choice(STREETS)} {r.randrange(1, 140)}"
        if r.random() < 0.2:
            street += r.choice("ABC")
        if r.random() < 0.35:
            street += (
                f", {r.choice(('st.', '1.', '2.', '3.', '4.'))} {r.choice(('th', 'tv', 'mf'))}."
            )
        code, town = r.choice(TOWNS)
        two = r.random() < 0.5 if two_lines is None else two_lines
        value = f"{street}\n{code} {town}" if two else f"{street}, {code} {town}"
        if caps:
            value = value.upper()
        return self.mark("ADDRESS", value, "[ADRESSE]")


# ----- the organisations' non-personal numbers and texts -----


def case_no(r: random.Random) -> str:
    return f"SAG-2026-{r.randrange(10**5):05d}"


def member_no(r: random.Random) -> str:
    return f"medlemsnr. {r.randrange(10**5, 10**7)}"


def journal_no(r: random.Random) -> str:
    return f"{r.randrange(1000, 9999)}-{r.randrange(10**5):05d}-{r.randrange(10**5):05d}-26"


def cvr(r: random.Random) -> str:
    return f"CVR-nr. {r.randrange(10**7, 10**8)}"


def amount(r: random.Random) -> str:
    kroner = r.choice((r.randrange(100, 999), r.randrange(1500, 30000), r.randrange(4000, 22000)))
    text = f"{kroner:,}".replace(",", ".")
    if r.random() < 0.4:
        text += f",{r.randrange(100):02d}"
    return f"{text} kr." if r.random() < 0.8 else f"kr. {text}"


def stamp(r: random.Random) -> str:
    d = date(2026, 1, 1) + timedelta(days=r.randrange(330))
    h, m = r.randrange(7, 23), r.randrange(60)
    return r.choice(
        (
            f"{d.isoformat()} {h:02d}:{m:02d}",
            f"{d.day:02d}.{d.month:02d}.26 kl. {h:02d}.{m:02d}",
            f"{d.day:02d}.{d.month:02d}.2026",
            f"kl. {h:02d}.{m:02d}",
        )
    )


def clock(r: random.Random, start: int) -> str:
    return f"[{start // 60:02d}:{start % 60:02d}]"


def org_address(r: random.Random) -> str:
    return r.choice(FUND_ADDRESSES)


def elsewhere(r: random.Random, among: tuple[str, ...] = ()) -> str:
    """Another organisation (one of `among` if given) with its address, as members are sent."""
    name, address = r.choice([o for o in OTHER_ADDRESSES if not among or o[0] in among])
    return f"{name}, {address}"


def day(r: random.Random) -> str:
    d = date(2026, 1, 1) + timedelta(days=r.randrange(330))
    return r.choice(
        (d.isoformat(), f"{d.day:02d}.{d.month:02d}.2026", f"{d.day:02d}.{d.month:02d}.26")
    )


def org_line(r: random.Random) -> str:
    return r.choice(ORG_LINES[:4])


SUBJECTS: Final = ("Vigtigt om dine dagpenge", "Feriepenge klar til udbetaling", "SIDSTE VARSEL")


def scam_link(r: random.Random) -> str:
    host = r.choice(("fagfaelles-udbetaling", "akasse-feriepenge", "dagpenge-dk", "mitid-bekraeft"))
    token = "".join(r.choice("abcdefghkmnpqrstuvwxyz23456789") for _ in range(6))
    return f"https://{host}.example.com/{token}"


def scam_text(r: random.Random, x: Ctx, p: Person | None) -> str:
    """The fake SMS or e-mail as the member got it."""
    hello = f"Kære {x.name(p, 'first', 'medlem')}, " if p and r.random() < 0.5 else ""
    body = r.choice(
        (
            f"{hello}{FUND}: Dine dagpenge for {r.choice(MONTHS)} er tilbageholdt. Bekræft din "
            f"udbetalingskonto inden 24 timer: {scam_link(r)}",
            f"{hello}Du har {amount(r)} i ikke-udbetalte feriepenge. Log ind med MitID og "
            f"indtast dit kortnummer for at modtage beløbet: {scam_link(r)}",
            f"{hello}VIGTIGT: din ret til dagpenge ophører. Opdater dine oplysninger her "
            f"{scam_link(r)} ellers stoppes udbetalingen {stamp(r)}.",
            f"{hello}Udbetaling Danmark: Feriepenge {amount(r)} venter. Bekræft med NemKonto "
            f"{scam_link(r)}",
            f"{hello}Your unemployment benefit is on hold. Verify your account: {scam_link(r)}",
        )
    )
    return body


def signature(r: random.Random, x: Ctx, staff: Person) -> str:
    lines = [
        r.choice(("Med venlig hilsen", "Venlig hilsen", "Mvh.", "Bedste hilsner")),
        x.name(staff, r.choice(("full", "full", "three")), "Rådgiver 1"),
        r.choice(("Medlemsrådgiver", "Sagsbehandler", "Faglig konsulent", "Medlemsservice")),
        r.choice((FUND, UNION, f"{FUND} / {UNION}")),
        org_address(r),
    ]
    if r.random() < 0.5:
        lines.append(f"Direkte: {x.phone()}")
    lines.append(f"Hovednr. {org_line(r)}")
    return "\n".join(lines)


# ----- the genres -----


def g_sms_mail(r: random.Random, x: Ctx) -> str:
    p = Person(r)
    scam = scam_text(r, x, p)
    if r.random() < 0.5:
        sender = x.phone(foreign=r.random() < 0.4) if r.random() < 0.6 else "A-kassen"
        forwarded = f"---------- Videresendt SMS ----------\nFra: {sender}\n{stamp(r)}\n\n{scam}"
    else:
        forwarded = (
            f"-----Oprindelig meddelelse-----\nFra: {FUND} <no-reply>\n"
            f"Sendt: {stamp(r)}\nTil: {x.email(x.email_value(p))}\nEmne: "
            f"{r.choice(SUBJECTS)}"
            f"\n\n{scam}"
        )
    fam = r.choice(FAMILY)
    notes = r.choice(
        (
            f"hej er det her fra jer?? jeg har ikke trykket på linket. {fam} siger det er svindel",
            "Hej. Jeg fik denne besked i morges. Jeg har desværre trykket på linket og skrevet "
            f"mit MitID bruger-id {x.mitid(p)} og en kode {x.otp()}. Hvad gør jeg nu?",
            f"HEJ. FIK DEN HER I GÅR AFTES. ER DET JER??? jeg har givet mit kort "
            f"{x.card()} udløb {x.expiry()} :(",
            f"Til medlemsservice. Vedhæfter sms som {fam} modtog på min telefon. "
            f"Har ikke oplyst noget. Jeg står som {member_no(r)}.",
            "Hi, I got this message, I don't speak much Danish, is it real? I typed my "
            f"card {x.card()} exp {x.expiry()}",
        )
    )
    sign = r.choice(
        (
            f"\n\nMvh {x.name(p, r.choice(('full', 'first', 'three')), x.member)}",
            f"\n\n/{x.name(p, 'first', x.member)}\ntlf {x.phone()}",
            f"\n\nVenlig hilsen\n{x.name(p, 'full', x.member)}\n{x.address(two_lines=True)}\n"
            f"Tlf.: {x.phone()}",
            f"\n\n{x.name(p, 'full', x.member)}, {member_no(r)}, {x.email(x.email_value(p))}",
        )
    )
    intro = r.choice(("", f"Emne: VS: svindel?\nTil: {FUND} Medlemsservice\n\n"))
    return f"{intro}{notes}{sign}\n\n{forwarded}"


def g_opkald(r: random.Random, x: Ctx) -> str:
    p, staff = Person(r), Person(r)
    head = r.choice(
        (
            f"Opkald ind {stamp(r)} fra {x.phone()}",
            f"OPKALDSNOTAT – {case_no(r)}\nIndgående {stamp(r)}, nummer {x.phone()}",
            f"Telefonnotat {stamp(r)} ({r.choice(('ind', 'ud'))}) tlf. {x.phone()}",
        )
    )
    who = r.choice(
        (
            f"Medlem: {x.name(p, 'full', x.member)}, {member_no(r)}, CPR {x.cpr(x.cpr_value(p))}",
            f"Medlem {x.name(p, 'surname_first', x.member)} (f. {x.dob(p)}) {member_no(r)}",
            f"Talte med {x.name(p, 'title', x.member)}, cpr: {x.cpr(x.cpr_value(p))}, "
            f"{member_no(r)}",
            f"Medlem {x.name(p, 'three', x.member)}, født {x.dob(p)}, ringer fra "
            f"{r.choice(FAMILY)}s telefon",
        )
    )
    story = r.choice(
        (
            f"Har fået sms om feriepenge ({amount(r)}) og trykket på link. Har oplyst "
            f"MitID bruger-ID {x.mitid(p)} og godkendt i appen. Bagefter ringede en mand "
            f"der udgav sig for at være {x.name(Person(r, False), 'first', '[NAVN]')} fra "
            f"{r.choice(ALIAS_UNITS)} og bad om koden {x.otp()}.",
            f"Udbetalingskonto ændret uden medlemmets viden til {x.account()}. Medlemmet "
            f"oplyser sin rigtige konto er {x.account()}. Udbetaling {amount(r)} gik ud "
            f"{stamp(r)}.",
            f"Medlemmet har tastet kortnr. {x.card()}, udløb {x.expiry()} på falsk side. "
            f"Kort spærret hos {r.choice(BANKS)}, masket: **** **** **** {r.randrange(10**4):04d}.",
            f"Medlemmet stavede navnet: {'-'.join(p.last.upper())}. Koden blev læst op som "
            f"fire-syv-nul-to-otte-en, ikke noteret. Ny kode sendt: {x.otp()}.",
            f"En 'kurer' hentede hævekort på adressen {x.address(two_lines=False)}, kørte i "
            f"en hvid bil {x.plate()}. Kureren ventede ved {r.choice(STREETS)}.",
        )
    )
    advice = r.choice(
        (
            f"Rådgivet om at anmelde til politiet på 114 og spærre MitID på {org_line(r)}.",
            f"Henvist til {elsewhere(r)}. Opfølgning {stamp(r)}. Sendt mail til "
            f"{x.email(x.email_value(p))}.",
            f"Medlemmet ringes op igen på {x.phone()} i morgen {stamp(r)}.",
            "Ikke udbetalt noget fra os. Sag oprettet " + case_no(r) + ".",
        )
    )
    by = f"/{x.name(staff, r.choice(('full', 'initial', 'first')), 'Rådgiver 1')}"
    return f"{head}\n{who}\n{story}\n{advice}\n{by}"


def g_mail(r: random.Random, x: Ctx) -> str:
    p, staff = Person(r), Person(r)
    pm, sm = x.email_value(p), x.email_value(staff).split("@")[0] + "@fagfaelles.example.dk"
    subject = r.choice(
        (
            "SV: Mine dagpenge er ikke kommet",
            "Re: ændret konto??",
            "Feriepenge – svindel",
            "VS: mistænkelig mail",
            "URGENT: benefit not paid",
        )
    )
    body_member = r.choice(
        (
            f"Hej\n\nMine dagpenge for {r.choice(MONTHS)} er ikke kommet ind på min konto "
            f"{x.account()}. I jeres system står der en anden konto. Jeg har ikke ændret "
            f"noget! {r.choice(FAMILY).capitalize()} mener det er fordi jeg trykkede på en sms.",
            f"Hej {x.name(staff, 'first', 'Rådgiver 1')}\n\nTak for snakken. Som aftalt sender "
            f"jeg kontoen pengene blev sendt videre til: {x.iban(r.choice(('LT', 'GB', 'DE')))} "
            f"(den er ikke min). Beløbet var {amount(r)}.",
            f"Dear {FUND},\n\nI received a message about holiday pay and entered my card "
            f"{x.card()} expiry {x.expiry()}. Please help. My phone is {x.phone()}.",
            f"hej jeg har fået en mail om feriepenge. min mitid er {x.mitid(p)}, er den "
            f"blevet misbrugt? mvh",
        )
    )
    sign_member = r.choice(
        (
            f"{x.name(p, 'full', x.member)}\n{x.address(two_lines=True)}",
            f"{x.name(p, 'first', x.member)}\n{x.phone()}",
            f"Mvh {x.name(p, 'three', x.member)}, {x.address(two_lines=False)}, tlf. {x.phone()}",
            f"{x.name(p, 'full', x.member)} ({member_no(r)})",
        )
    )
    reply = r.choice(
        (
            f"Kære {x.name(p, r.choice(('first', 'full')), x.member)}\n\nVi har spærret "
            f"udbetalingen og ført kontoen tilbage. Vi skriver aldrig efter dit kortnummer "
            f"eller din MitID-kode. Vi har registreret din e-mail som "
            f"{x.masked_mail(p)}.",
            f"Hej {x.name(p, 'first', x.member)}\n\nDin sag har nr. {case_no(r)}. Du bedes "
            f"anmelde forholdet til politiet. Vi har ikke udbetalt feriepenge til udenlandske "
            f"konti.",
            f"Hej\n\nJeg har talt med {x.name(Person(r), 'full', 'Rådgiver 2')} fra vores "
            f"kontrolenhed. Vi kontakter dig på {x.phone()}.",
        )
    )
    return (
        f"Fra: {x.name(staff, 'full', 'Rådgiver 1')} <{x.email(sm)}>\n"
        f"Til: {x.name(p, 'full', x.member)} <{x.email(pm)}>\nDato: {day(r)}\n"
        f"Emne: {subject}\n\n{reply}\n\n{signature(r, x, staff)}\n\n"
        f"-----Oprindelig mail-----\nFra: {x.email(pm)}\nSendt: {stamp(r)}\n\n"
        f"{body_member}\n\n{sign_member}"
    )


def g_chat(r: random.Random, x: Ctx) -> str:
    p, staff = Person(r), Person(r)
    t = r.randrange(8 * 60, 21 * 60)
    low = r.random() < 0.4
    lines: list[str] = []
    # the chat tool shows each speaker the same way throughout: as typed, or first and last name
    shown = {
        id(p): p.first.lower() if low else r.choice((p.first, f"{p.first} {p.last}")),
        id(staff): r.choice((staff.first, f"{staff.first} {staff.last}")),
    }

    def say(who: Person, pseudonym: str, text: str) -> None:
        nonlocal t
        t += r.randrange(0, 4)
        lines.append(f"{clock(r, t)} {x.mark('PERSON', shown[id(who)], pseudonym)}: {text}")

    m, s = x.member, "Rådgiver 1"
    lines.append(f"Chat startet {stamp(r)} – {FUND} medlemschat")
    say(p, m, r.choice(("hej", "Hej", "HEJ", "goddag", "hi, do you speak english?", "hallo")))
    say(staff, s, f"Hej, du taler med {x.name(staff, 'first', s)}. Hvad kan jeg hjælpe med?")
    say(
        p,
        m,
        r.choice(
            (
                "jeg har fået en sms om at mine dagpenge er stoppet??",
                "jeg har fået en mail om feriepenge, er den ægte",
                "I got an sms that my benefit is stopped, is this from you?",
                "MINE DAGPENGE ER IKKE KOMMET OG DER STÅR EN ANDEN KONTO PÅ MIN SIDE",
                "har lige fået sms fra a-kasen om at bekræfte min konot",
            )
        ),
    )
    say(staff, s, "Det lyder som svindel. Har du trykket på linket?")
    pieces = [
        f"ja jeg skrev mit cpr {x.cpr(x.cpr_value(p))} og mitid {x.mitid(p)}",
        f"jeg fik en kode {x.otp()} som jeg gav til ham i telefonen",
        f"han sagde han hed {x.name(Person(r, False), 'first', '[NAVN]')} og var fra "
        f"{r.choice(ALIAS_UNITS)}",
        f"og mit kort {x.card()} {x.expiry()}",
        f"mit nr er {x.phone()} hvis i vil ringe",
        f"{r.choice(FAMILY)} siger jeg skal lukke min konto {x.account()}",
        f"min mail er {x.email(x.email_value(p))}",
        f"jeg hedder {x.name(p, r.choice(('lower', 'full', 'three')), m)} btw",
    ]
    r.shuffle(pieces)
    for piece in pieces[: r.randrange(3, 6)]:
        say(p, m, piece)
        say(staff, s, r.choice(("ok", "Tak.", "Forstået.", "Et øjeblik.", "Jeg noterer det.")))
    say(staff, s, "Skriv aldrig cpr eller koder i chatten. Jeg har oprettet " + case_no(r) + ".")
    say(
        staff,
        s,
        f"Ring til din bank og spær MitID på {org_line(r)}. Vi ringer til dig i dag, "
        f"{x.name(p, 'genitive', m)} sag er prioriteret.",
    )
    say(p, m, r.choice(("tak", "tusind tak", "ok tak for hjælpen", "TAK!!")))
    return "\n".join(lines)


def g_sagsnotat(r: random.Random, x: Ctx) -> str:
    p, staff = Person(r), Person(r)
    country = r.choice(("LT", "GB", "DE", "NL", "ES", "PL"))
    entries = [
        f"{stamp(r)} Udbetalingskonto ændret via selvbetjening fra {x.account()} til "
        f"{x.account()}. IP i {r.choice(('Litauen', 'Nigeria', 'Holland', 'DK'))}.",
        f"{stamp(r)} Medlemmet ({x.name(p, r.choice(('full', 'surname_first')), x.member)}, "
        f"CPR {x.cpr(x.cpr_value(p))}) oplyser ikke at have ændret noget.",
        f"{stamp(r)} Feriepenge {amount(r)} er videresendt til {x.iban(country)}. "
        f"Tilbagekald anmodet hos {elsewhere(r)}.",
        f"{stamp(r)} Kontrol af {x.name(p, 'genitive_full', x.member)} MitID: bruger-ID "
        f"{x.mitid(p)} ændret efter login.",
        f"{stamp(r)} Medlemmets eget kort {x.card()}, udl. {x.expiry()} er spærret.",
        f"{stamp(r)} Ringet til medlemmet på {x.phone()}, telefonsvarer.",
        f"{stamp(r)} Medlemmets bil {x.plate()} blev set ved {r.choice(STREETS)}, "
        f"iflg. vidne {x.name(Person(r), 'full', 'Vidne 1')}.",
        f"{stamp(r)} Korrekt konto genoprettet: {x.iban('DK')}.",
    ]
    r.shuffle(entries)
    head = (
        f"SAGSNOTAT {case_no(r)} | {member_no(r)} | "
        f"{r.choice(('Kontrol', 'Svindel', 'Udbetaling'))}"
        f"\nSagsbehandler: {x.name(staff, r.choice(('full', 'initial')), 'Rådgiver 1')}"
    )
    tail = r.choice(
        (
            f"Status: afventer politi, journalnr. {journal_no(r)}",
            f"Status: lukket. Intet tab for {FUND}.",
            f"Videre: bank kontaktet ({cvr(r)}).",
        )
    )
    return f"{head}\n" + "\n".join(entries[: r.randrange(4, 8)]) + f"\n{tail}"


def g_brev(r: random.Random, x: Ctx) -> str:
    p, staff = Person(r), Person(r)
    head = f"{r.choice((FUND, UNION))}\n{org_address(r)}\nTlf. {org_line(r)} · {cvr(r)}"
    to = f"{x.name(p, r.choice(('full', 'three')), x.member)}\n{x.address(two_lines=True)}"
    meta = (
        f"Dato: {day(r)}\nSagsnr.: {case_no(r)}\n"
        f"{r.choice(('CPR-nr.', 'Cpr.nr.', 'CPR'))}: {x.cpr(x.cpr_value(p))}"
    )
    body = r.choice(
        (
            f"Kære {x.name(p, r.choice(('first', 'full', 'title')), x.member)}\n\n"
            f"Vi har den {stamp(r)} modtaget en ændring af din udbetalingskonto til "
            f"{x.account()}. Hvis du ikke selv har foretaget ændringen, skal du straks kontakte "
            f"os på {org_line(r)}. Vi sender kun besked via Digital Post og til "
            f"{x.masked_mail(p)}.",
            f"Kære {x.name(p, 'first', x.member)}\n\nDine feriepenge på {amount(r)} er "
            f"tilbageholdt, fordi de blev forsøgt udbetalt til {x.iban(r.choice(('LT', 'GB')))}."
            f" Udbetalingen sker i stedet til din NemKonto. Du kan møde op i afdelingen på "
            f"{org_address(r)}.",
            f"Kære {x.name(p, 'full', x.member)}\n\nSom aftalt i telefonen ({x.phone()}) "
            f"bekræfter vi, at vi har spærret adgangen til din profil. Din nye midlertidige "
            f"kode er {x.otp()}. Koden udløber {stamp(r)}.",
        )
    )
    return f"{head}\n\n{to}\n\n{meta}\n\n{body}\n\n{signature(r, x, staff)}" + (
        f"\n\nKopi: {x.name(Person(r), 'full', 'Rådgiver 2')}" if r.random() < 0.3 else ""
    )


def g_politianmeldelse(r: random.Random, x: Ctx) -> str:
    p, witness = Person(r), Person(r)
    value = x.cpr_value(p)
    alias = x.name(Person(r, r.random() < 0.3), "first", "[NAVN]")
    parts = [
        f"ANMELDELSE – {r.choice(POLICE)}\nJournalnr.: {journal_no(r)}\n"
        f"Anmelder: {FUND}, {cvr(r)}, {org_address(r)}",
        f"Forurettede: {x.name(p, r.choice(('full', 'three', 'surname_first')), x.member)}"
        f"\nCPR: {x.cpr(value)}\nFødselsdato: {x.dob(p)}\n"
        f"Adresse: {x.address(two_lines=False)}\nTlf.: {x.phone()}",
        f"Gerningspersonen udgav sig for at være {alias} fra {r.choice(ALIAS_UNITS)} og "
        f"ringede fra {x.phone(foreign=True)}. Forurettede oplyste MitID bruger-ID "
        f"{x.mitid(p)} og kode {x.otp()}.",
        f"Samme dag blev {amount(r)} overført til {x.iban(r.choice(('LT', 'DE', 'PL', 'ES')))}"
        f" og kort {x.card()} (udløb {x.expiry()}) brugt til køb.",
    ]
    if r.random() < 0.6:
        parts.append(
            f"Vidne: {x.name(witness, 'full', 'Vidne 1')}, {x.address(two_lines=False)}"
            f", tlf. {x.phone()}. Vidnet så en kurer i bil med reg.nr. {x.plate()} holde ved "
            f"{r.choice(STREETS)}."
        )
    else:
        parts.append(
            f"Forurettedes nabo noterede {x.plate()}. Kureren kom til døren, og "
            f'forurettede forklarer: "{r.choice(FAMILY)} åbnede".'
        )
    if r.random() < 0.5:
        parts.append(f"Forurettedes CPR (gentaget til politiets system): {x.cpr(value)}")
    parts.append(
        f"Kopi sendt til {elsewhere(r, BANKS)}.\nKontaktperson hos anmelder: "
        f"{x.name(Person(r), 'full', 'Rådgiver 2')}, "
        f"{x.phone()}. Tidspunkt: {stamp(r)}."
    )
    return "\n\n".join(parts)


def g_blanket(r: random.Random, x: Ctx) -> str:
    p = Person(r)
    rows = [
        f"{FUND.upper()} – ANMELDELSE AF MISBRUG\nUdfyldes med blokbogstaver",
        f"Navn (blokbogstaver): {x.name(p, 'caps', x.member)}",
        f"CPR-nr.: {x.cpr(x.cpr_value(p))}",
        f"Fødselsdato: {x.dob(p)}",
        f"Adresse: {x.address(two_lines=False, caps=r.random() < 0.6)}",
        f"Telefon: {x.phone()}",
        f"E-mail: {x.email(x.email_value(p))}",
        f"Medlemsnummer: {member_no(r).split()[-1]}",
        f"MitID bruger-ID (hvis oplyst til svindler): {x.mitid(p)}",
        f"Kode oplyst: {x.otp()}",
        f"Ny korrekt udbetalingskonto: {x.account()}",
        f"Kort brugt: {x.card()}  Udløb: {x.expiry()}",
        f"Evt. reg.nr. på kurerens bil: {x.plate()}",
        f"Dato: {day(r)}   Underskrift: {x.name(p, 'full', x.member)}",
        f"Returneres til {FUND}, {org_address(r)}",
    ]
    keep = [rows[0], rows[1]] + [row for row in rows[2:-2] if r.random() < 0.8] + rows[-2:]
    return "\n".join(keep)


WRITERS: Final = {
    "sms_mail": g_sms_mail,
    "opkald": g_opkald,
    "mail": g_mail,
    "chat": g_chat,
    "sagsnotat": g_sagsnotat,
    "brev": g_brev,
    "politianmeldelse": g_politianmeldelse,
    "blanket": g_blanket,
}


def generate(seed: int | str = "pii_blind81", size: int = SIZE) -> list[dict]:
    """The set: `size` documents, 35 % of them pseudonymised negatives, genres in turn."""
    rng = random.Random(seed)
    negatives = round(size * NEGATIVES / SIZE)
    kinds = ["negative"] * negatives + ["positive"] * (size - negatives)
    rng.shuffle(kinds)
    docs: list[dict] = []
    seen: set[str] = set()
    for i, kind in enumerate(kinds):
        genre = GENRES[i % len(GENRES)]
        while True:
            raw = WRITERS[genre](rng, Ctx(rng, kind == "negative"))
            text, spans = compile_marked(raw)
            if text not in seen and (kind == "negative") != bool(spans):
                break
        seen.add(text)
        docs.append(
            {
                "id": f"pii_blind81-{i:04d}",
                "genre": genre,
                "kind": kind,
                "text": text,
                "spans": spans,
            }
        )
    return docs


def main(argv: list[str]) -> None:
    out = Path(argv[1]) if len(argv) > 1 else Path(__file__).parent / "data" / "pii_blind81.jsonl"
    with out.open("w", encoding="utf-8") as handle:
        for doc in generate():
            handle.write(json.dumps(doc, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main(sys.argv)
