"""An eighty-seventh blind, seeded generator of Danish text with labelled personal data (issue 18).

Written without looking at the recognisers, their word lists or the other generators' bodies, as
a held-out test set with its own names, streets and towns. Its theme is a BANK'S CALL CENTRE FOR
ELDERLY CUSTOMERS targeted by "safe account" (sikker konto) and fake police scams, in eight
genres: call transcripts with "[09:14] Name: " speaker lines, advisers' case notes, e-mails with a
relative holding power of attorney (fuldmagt, both parties' CPR numbers), letters to the
customer, transfer-stop logs, police reports (the injured party's name in capitals, as in the
police system), web chats with the bank and forwarded scam SMS. Names are those of elderly Danes,
their children and grandchildren, Danes with roots elsewhere, double surnames and the bank's staff.

Conventions (exact offsets are scored):
- PERSON is a name as written (first name, full name, "Holm, Kirsten", "K. Holm", "fru Holm"
  without "fru"), never a title or role; a genitive s is inside ("Kirstens"); chat speakers are
  labelled; a scammer's alias ("præsenterede sig som Jonas fra Rigspolitiet") is PERSON, the
  unit is not. Names spelled out letter by letter ("k-i-r-s-t-e-n") are not labelled.
- ADDRESS is a private postal address, street and number (floor, side) with ", postcode town" on
  the same line or the next line. Bank branches', police stations' and companies' own addresses
  (ORG_ADDRESSES) are never labelled.
- CPR numbers are synthetic: real date, seventh digit 0-3 (1900s), failing modulus 11, written
  "DDMMYY-SSSS", "DDMMYYSSSS", "DD MM YY SSSS", "DDMMYY SSSS" or "DD.MM.YY-SSSS".
- DATE_OF_BIRTH only right after "født", "f.", "Fødselsdato:" or "DOB:".
- PHONE: Danish mobile and landline numbers in ten forms and fiction-range foreign numbers
  (+44 7700 900xxx, +46 70 174 06 xx); the organisations' 70/80 lines, 112, 114 are not.
- EMAIL: every unmasked e-mail address (example.* domains), staff's too; masked ones are not.
- BANK_ACCOUNT: "1234-0012345678" is one span; after "reg.nr. 1234" only the account. IBAN: valid
  check digits and length, grouped by four or compact. CARD: Luhn-valid test numbers;
  CARD_EXPIRY "08/27", "08/2027" or "08-2027" (value only). MITID_USER and OTP: value after cue.
  NUMBER_PLATE: "AB 12 345" or "AB12345" (the fake police officers' cars).
- Hard negatives, never labelled: case, journal, stop, customer numbers, CVR numbers, amounts,
  timestamps, masked values, organisations' lines and addresses, banks, police units, pseudonyms
  and family words. The 350 documents of kind "negative" are the same genres pseudonymised:
  "[NAVN]", "Kunde A", "Rådgiver 1", stand-ins and masked values only.

Each document is {"id", "genre", "kind", "text", "spans": [{"start", "end", "type"}]}.
``python -m bench.pii_blind86 OUT.jsonl`` writes the set; ``generate()`` returns it.
"""

from __future__ import annotations

import json
import random
import sys
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Final

SIZE: Final = 1000
NEGATIVES: Final = 350
SEED: Final = "pii_blind86"
TYPES: Final = (
    "PERSON", "ADDRESS", "CPR", "PHONE", "EMAIL", "IBAN", "BANK_ACCOUNT", "CARD", "CARD_EXPIRY",
    "DATE_OF_BIRTH", "NUMBER_PLATE", "MITID_USER", "OTP",
)  # fmt: skip
WEIGHTS: Final = (4, 3, 2, 7, 6, 5, 4, 3, 2, 1)
TEST_PREFIXES: Final = ("411111", "401288", "555555", "510510", "222300", "378282", "371449")
IBAN_LENGTH: Final = {"DK": 18, "DE": 22, "LT": 20, "PL": 28, "ES": 24, "GB": 22, "SE": 24}
MOBILE: Final = (
    "20",
    "21",
    "22",
    "23",
    "24",
    "25",
    "26",
    "27",
    "28",
    "29",
    "30",
    "31",
    "40",
    "41",
    "42",
    "50",
    "51",
    "52",
    "53",
    "60",
    "61",
    "71",
    "81",
    "91",
    "93",
)
LANDLINE: Final = ("32", "33", "35", "36", "38", "39", "43", "44", "45", "46", "47", "48", "49",
                   "56", "57", "58", "59", "62", "63", "64", "65", "66", "86", "87", "89", "96",
                   "97", "98", "99")  # fmt: skip

WOMEN: Final = (
    "Agnete", "Birthe", "Bodil", "Conny", "Dorthe", "Else", "Ellen", "Ester", "Eva", "Gerda",
    "Grethe", "Gudrun", "Hanne", "Helle", "Henny", "Inge", "Inger", "Ingrid", "Jytte", "Karen",
    "Karin", "Kirsten", "Lene", "Lis", "Lise", "Lone", "Margit", "Marianne", "Merete", "Mette",
    "Minna", "Nina", "Pia", "Ruth", "Solveig", "Susanne", "Tove", "Ulla", "Vibeke", "Yvonne",
    "Anne", "Annette", "Bente", "Berit", "Britta", "Camilla", "Charlotte", "Dagmar", "Edith",
    "Elin", "Elisabeth", "Emma", "Erna", "Frida", "Gitte", "Gunhild", "Hedvig", "Helga", "Hilda",
    "Ida", "Irene", "Jette", "Johanne", "Judith", "Kamma", "Karla", "Lilly", "Lisbeth", "Louise",
    "Maja", "Malene", "Mona", "Nanna", "Olga", "Ragnhild", "Rigmor", "Rosa", "Sigrid", "Sonja",
    "Stine", "Sofie", "Tina", "Trine", "Tenna", "Vera", "Vivi", "Åse", "Asta", "Alma", "Agnes",
    "Astrid", "Benedikte", "Birgit", "Caroline", "Cecilie", "Ditte", "Ebba", "Ellinor", "Estrid",
    "Frederikke", "Gertrud", "Hanna", "Henriette", "Inga", "Janne", "Jonna", "Kathrine",
    "Kirstine", "Laura", "Lotte", "Maren", "Margrethe", "Mathilde", "Nadia", "Oda", "Pernille",
    "Randi", "Rikke", "Signe", "Fatima", "Aisha", "Zainab", "Leila", "Amina", "Hatice", "Ayse",
    "Elif", "Mariam", "Samira", "Nour", "Yasmin", "Huong", "Mai", "Agnieszka", "Katarzyna", "Ewa",
    "Olena", "Svetlana", "Shirin", "Parisa", "Ifrah", "Hodan", "Sahra", "Dilan", "Rukiye",
    "Gülsen", "Jasmina", "Senada", "Mirela", "Priya", "Anjali", "Lan", "Thuy", "Marta", "Iwona",
    "Irina", "Eja", "Gurli", "Edel", "Tonny", "Valborg", "Ketty", "Lilian", "Meta"
)  # fmt: skip
MEN: Final = (
    "Aage", "Arne", "Bent", "Bjarne", "Børge", "Carl", "Carsten", "Erik", "Erling", "Finn",
    "Flemming", "Frede", "Gunnar", "Hans", "Harald", "Helge", "Henning", "Henrik", "Holger", "Ib",
    "Jens", "Jørgen", "Johannes", "Karl", "Keld", "Kjeld", "Knud", "Kurt", "Leif", "Mogens",
    "Niels", "Ole", "Orla", "Palle", "Per", "Poul", "Preben", "Svend", "Søren", "Torben", "Verner",
    "Viggo", "Villy", "Anders", "Allan", "Bo", "Claus", "Christian", "Dennis", "Egon", "Ejnar",
    "Elmer", "Erhard", "Ernst", "Folmer", "Frank", "Georg", "Gert", "Gustav", "Hakon", "Hardy",
    "Hugo", "Jan", "Jesper", "Johnny", "Jon", "Jakob", "Kai", "Kaj", "Kenneth", "Kristian", "Lars",
    "Lauritz", "Magnus", "Martin", "Michael", "Morten", "Nils", "Oluf", "Otto", "Peder", "Peter",
    "Rasmus", "Rolf", "Rune", "Sigurd", "Steen", "Sten", "Thomas", "Thorkild", "Tage", "Uffe",
    "Valdemar", "Vagn", "Aksel", "Alfred", "Asger", "Benny", "Birger", "Brian", "Ebbe", "Eigil",
    "Emil", "Esben", "Frits", "Gorm", "Hemming", "Herluf", "Ivan", "Jacob", "Jeppe", "Jørn", "Kim",
    "Kristoffer", "Lasse", "Mads", "Mikkel", "Ove", "Regnar", "Sune", "Tobias", "Troels", "Ulrik",
    "Willy", "Arvid", "Mohammed", "Ahmad", "Ali", "Hassan", "Hussein", "Omar", "Mustafa", "Mehmet",
    "Murat", "Yusuf", "Ibrahim", "Khalid", "Tariq", "Bilal", "Karim", "Jamal", "Abdi", "Reza",
    "Dariusz", "Piotr", "Tomasz", "Andrzej", "Marek", "Dmitri", "Oleksandr", "Minh", "Tuan", "Duc",
    "Rajesh", "Arjun", "Emir", "Adnan", "Senad", "Dragan", "Goran", "Bertel", "Evald", "Hjalmar"
)  # fmt: skip
SURNAMES: Final = (
    "Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen",
    "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen", "Thomsen",
    "Christiansen", "Poulsen", "Johansen", "Møller", "Mortensen", "Knudsen", "Jakobsen",
    "Jacobsen", "Mikkelsen", "Olesen", "Frederiksen", "Laursen", "Henriksen", "Lund", "Schmidt",
    "Holm", "Eriksen", "Kristiansen", "Simonsen", "Clausen", "Svendsen", "Andreasen", "Iversen",
    "Jeppesen", "Mogensen", "Vestergaard", "Nissen", "Lauridsen", "Kjær", "Jepsen", "Skov",
    "Østergaard", "Dahl", "Bertelsen", "Søndergaard", "Kjeldsen", "Lassen", "Bach", "Nørgaard",
    "Carlsen", "Gregersen", "Friis", "Kjærgaard", "Bruun", "Krogh", "Overgaard", "Bech", "Winther",
    "Munk", "Dam", "Berg", "Lind", "Holst", "Juhl", "Thygesen", "Brandt", "Koch", "Riis",
    "Vinther", "Nygaard", "Toft", "Bak", "Mathiasen", "Sloth", "Hald", "Enevoldsen", "Fisker",
    "Hedegaard", "Kirkegaard", "Lykke", "Stampe", "Brix", "Buch", "Ravn", "Bang", "Hjort",
    "Damgaard", "Markussen", "Abildgaard", "Bundgaard", "Ebbesen", "Fog", "Gade", "Grøn", "Hauge",
    "Husted", "Ibsen", "Juul", "Kirk", "Kofoed", "Langballe", "Mølgaard", "Noer", "Pallesen",
    "Quist", "Rosendahl", "Schou", "Storm", "Søgaard", "Thorsen", "Troelsen", "Uhre", "Vad",
    "Wulff", "Aagaard", "Borup", "Dalsgaard", "Eskildsen", "Falk", "Gravesen", "Hvid", "Isaksen",
    "Kastrup", "Lodberg", "Meldgaard", "Nedergaard", "Ottesen", "Pihl", "Rytter", "Sand", "Tang",
    "Udsen", "Villadsen", "Wind", "Yde", "Zacho", "Yilmaz", "Kaya", "Demir", "Celik", "Öztürk",
    "Hussain", "Ahmed", "Khan", "Mohamed", "Nguyen", "Tran", "Pham", "Kowalski", "Nowak",
    "Kowalczyk", "Abdullahi", "Warsame", "Jama", "Rahimi", "Karimi", "Hosseini", "Begic", "Hodzic",
    "Popovic", "Jovanovic", "Singh", "Sharma", "Patel", "Shevchenko", "Ivanova", "Bisgaard",
    "Hviid", "Lynge"
)  # fmt: skip
STREETS: Final = (
    "Bøgevænget",
    "Kastanie Allé",
    "Rønnebærvej",
    "Toftegårdsvej",
    "Lærkevej",
    "Skovbrynet",
    "Mågevej",
    "Hybenvej",
    "Engtoften",
    "Præstemarken",
    "Kirkestræde",
    "Møllebakken",
    "Solsikkevej",
    "Fasanvej",
    "Ahornvej",
    "Bakkedraget",
    "Lindealle",
    "Kløvervej",
    "Syrenvej",
    "Egevang",
    "Hasselhøj",
    "Birkeparken",
    "Tjørnevej",
    "Stationsvej",
    "Markvej",
    "Vibevej",
    "Duevej",
    "Ørnevej",
    "Granly",
    "Spurvevænget",
    "Nøddehegnet",
    "Rosenhaven",
    "Æblehaven",
    "Pilegårdsvej",
    "Sneppevej",
    "Fuglebakken",
    "Gyvelvej",
    "Højvangen",
    "Kornmarken",
    "Havrevej",
)
TOWNS: Final = ("2800 Kongens Lyngby", "4000 Roskilde", "5000 Odense C", "8000 Aarhus C",
                "9000 Aalborg", "6700 Esbjerg", "7100 Vejle", "8700 Horsens", "4700 Næstved",
                "3400 Hillerød", "2630 Taastrup", "2650 Hvidovre", "2720 Vanløse",
                "2300 København S", "2100 København Ø", "4200 Slagelse", "4300 Holbæk",
                "6000 Kolding", "7400 Herning", "8800 Viborg", "8900 Randers C", "6400 Sønderborg",
                "3000 Helsingør", "4600 Køge", "5700 Svendborg", "7500 Holstebro", "8600 Silkeborg",
                "9800 Hjørring", "4800 Nykøbing F", "3700 Rønne", "6100 Haderslev", "2970 Hørsholm",
                "2750 Ballerup", "2860 Søborg", "8210 Aarhus V", "5800 Nyborg")  # fmt: skip
BANKS: Final = ("Fjordbanken", "Sydkyst Sparekasse", "Nordlys Bank", "Andelskassen Midt")
BRANCHES: Final = ("Havnegade 44, 1058 København K", "Bispensgade 20, 9000 Aalborg",
                   "Søndergade 31, 8000 Aarhus C", "Vestergade 12, 5000 Odense C",
                   "Jernbanegade 5, 4000 Roskilde", "Torvet 3, 7100 Vejle",
                   "Algade 61, 4760 Vordingborg", "Kongensgade 40, 6700 Esbjerg")  # fmt: skip
STATIONS: Final = ("Polititorvet 14, 1780 København V", "Ridehuset 1, 8000 Aarhus C",
                   "Hans Tausens Gade 2, 4700 Næstved", "Nørregade 18, 8800 Viborg")  # fmt: skip
ORG_ADDRESSES: Final = BRANCHES + STATIONS
POLICE: Final = ("Københavns Politi", "Fyns Politi", "Østjyllands Politi", "Nordjyllands Politi",
                 "Midt- og Vestsjællands Politi", "Sydøstjyllands Politi")  # fmt: skip
ORG_LINES: Final = ("70 12 34 50", "70 20 44 10", "80 30 40 50", "70 33 28 00", "80 81 82 83")
ALIAS_UNITS: Final = ("Rigspolitiet", "bankens sikkerhedsafdeling", "Nets", "MitID-support",
                      "politiets it-afdeling", "Finanstilsynet", "svindelafdelingen")  # fmt: skip
FAMILY: Final = ("min mor", "min far", "datteren", "sønnen", "barnebarnet", "hendes søn",
                 "hans datter", "svigersønnen")  # fmt: skip
PSEUDONYMS: Final = (
    "Kunde A",
    "Kunde B",
    "Rådgiver 1",
    "Rådgiver 2",
    "Pårørende A",
    "Vidne 1",
    "Betjent 1",
)
GENRES: Final = ("opkald", "notat", "fuldmagt", "brev", "stoplog", "politi", "chat", "sms")
MONTHS: Final = ("januar", "februar", "marts", "april", "maj", "juni", "juli", "august",
                 "september", "oktober", "november", "december")  # fmt: skip


def grouped(compact: str) -> str:
    """A card number or IBAN in groups of four."""
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))


def _luhn_digit(body: str) -> str:
    total = 0
    for i, c in enumerate(reversed(body)):
        n = int(c) * (2 if i % 2 == 0 else 1)
        total += n // 10 + n % 10
    return str((10 - total % 10) % 10)


def _iban(country: str, bban: str) -> str:
    number = int("".join(str(int(c, 36)) for c in bban + country + "00"))
    return f"{country}{98 - number % 97:02d}{bban}"


class _Doc:
    """A document being written: text pieces and the spans of the labelled ones."""

    def __init__(self, rng: random.Random, negative: bool) -> None:
        self.r = rng
        self.neg = negative
        self.parts: list[str] = []
        self.spans: list[dict] = []
        self.pos = 0

    def t(self, *texts: str) -> _Doc:
        for text in texts:
            self.parts.append(text)
            self.pos += len(text)
        return self

    def v(self, kind: str, value: str, stand_in: str) -> _Doc:
        """A value, labelled in a positive; its stand-in in a negative."""
        if self.neg:
            return self.t(stand_in)
        self.spans.append({"start": self.pos, "end": self.pos + len(value), "type": kind})
        return self.t(value)

    def text(self) -> str:
        return "".join(self.parts)


class _Person:
    def __init__(self, r: random.Random, born: tuple[int, int]) -> None:
        self.woman = r.random() < 0.6
        self.first = r.choice(WOMEN if self.woman else MEN)
        self.last = r.choice(SURNAMES)
        if r.random() < 0.12:
            self.last = f"{r.choice(SURNAMES)}-{self.last}"
        self.middle = r.choice(SURNAMES) if r.random() < 0.2 else ""
        start = date(born[0], 1, 1)
        self.birth = start + timedelta(days=r.randrange((born[1] - born[0]) * 365))
        self.phone = _phone(r)
        self.mail = _mail(r, self.first, self.last, self.birth.year)
        self.street, self.town = _address(r)
        self.address = f"{self.street}{r.choice((', ', chr(10)))}{self.town}"

    def full(self) -> str:
        return " ".join(x for x in (self.first, self.middle, self.last) if x)

    def form(self, r: random.Random) -> str:
        x = r.random()
        if x < 0.3:
            return self.full()
        if x < 0.45:
            return f"{self.first} {self.last}"
        if x < 0.55:
            return f"{self.last}, {self.first}"
        if x < 0.65:
            return f"{self.first[0]}. {self.last}"
        if x < 0.72:
            return self.full().upper()
        if x < 0.78:
            return f"{self.first} {self.last}".lower()
        return self.first


def _phone(r: random.Random) -> str:
    x = r.random()
    if x < 0.04:
        return f"+44 7700 900{r.randrange(1000):03d}"
    if x < 0.08:
        return f"+46 70 174 06 {r.randrange(5, 100):02d}"
    lead = r.choice(MOBILE if r.random() < 0.7 else LANDLINE)
    d = lead + "".join(str(r.randrange(10)) for _ in range(6))
    pairs = " ".join(d[i : i + 2] for i in range(0, 8, 2))
    forms = (
        f"+45 {d}",
        f"+45 {pairs}",
        f"+45 {d[:4]} {d[4:]}",
        f"{d[:4]} {d[4:]}",
        f"(+45) {pairs}",
        f"0045 {d}",
        pairs,
        d,
        f"+45{d}",
        pairs.replace(" ", "."),
    )
    return r.choice(forms)


def _mail(r: random.Random, first: str, last: str, year: int) -> str:
    def plain(s: str) -> str:
        table = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "ü": "u", "ö": "o", "-": ""})
        return "".join(c for c in s.lower().translate(table) if c.isalnum() and c.isascii())

    f, last_ = plain(first), plain(last)
    local = r.choice((f"{f}.{last_}", f"{f}{year % 100:02d}", f"{f[0]}{last_}", f"{f}_{last_}",
                      f"{last_}.{f}{r.randrange(1, 99)}"))  # fmt: skip
    return (
        f"{local}@{r.choice(('example.dk', 'mail.example.com', 'example.net', 'post.example.dk'))}"
    )


def _address(r: random.Random) -> tuple[str, str]:
    street = f"{r.choice(STREETS)} {r.randrange(1, 140)}{r.choice(('', '', '', 'A', 'B'))}"
    if r.random() < 0.3:
        street += f", {r.choice(('st.', '1.', '2.', '3.', '4.'))} {r.choice(('th.', 'tv.', 'mf.'))}"
    return street, r.choice(TOWNS)


def _cpr(r: random.Random, birth: date) -> str:
    while True:
        serial = str(r.randrange(4)) + f"{r.randrange(1000):03d}"
        digits = birth.strftime("%d%m%y") + serial
        if sum(int(c) * w for c, w in zip(digits, WEIGHTS, strict=True)) % 11:
            break
    d = digits
    return r.choice((f"{d[:6]}-{d[6:]}", d, f"{d[:2]} {d[2:4]} {d[4:6]} {d[6:]}",
                     f"{d[:6]} {d[6:]}", f"{d[:2]}.{d[2:4]}.{d[4:6]}-{d[6:]}"))  # fmt: skip


def _dob(r: random.Random, b: date) -> str:
    return r.choice((f"{b.day}. {MONTHS[b.month - 1]} {b.year}", b.strftime("%d.%m.%Y"),
                     f"{b.day}/{b.month}-{b.year}", b.strftime("%d-%m-%Y")))  # fmt: skip


def _card(r: random.Random) -> str:
    prefix = r.choice(TEST_PREFIXES)
    length = 15 if prefix.startswith("3") else 16
    body = prefix + "".join(str(r.randrange(10)) for _ in range(length - len(prefix) - 1))
    compact = body + _luhn_digit(body)
    return grouped(compact) if r.random() < 0.7 else compact


def _expiry(r: random.Random) -> str:
    m, y = r.randrange(1, 13), r.randrange(26, 32)
    return r.choice((f"{m:02d}/{y}", f"{m:02d}/20{y}", f"{m:02d}-20{y}"))


def _iban_value(r: random.Random) -> str:
    country = r.choice(tuple(IBAN_LENGTH))
    n = IBAN_LENGTH[country] - 4
    if country == "GB":
        bban = "NWBK" + "".join(str(r.randrange(10)) for _ in range(n - 4))
    else:
        bban = "".join(str(r.randrange(10)) for _ in range(n))
    compact = _iban(country, bban)
    return grouped(compact) if r.random() < 0.6 else compact


def _account(r: random.Random) -> tuple[str, str]:
    reg = f"{r.randrange(1000, 9999)}"
    acct = f"{r.randrange(10**9):010d}" if r.random() < 0.6 else f"{r.randrange(10**7, 10**8)}"
    return reg, acct


def _plate(r: random.Random) -> str:
    letters = "ABCDEFHJKLMNPRSTUVXYZ"
    a = r.choice(letters) + r.choice(letters)
    n = f"{r.randrange(10, 100)} {r.randrange(100, 1000)}"
    return f"{a} {n}" if r.random() < 0.7 else f"{a}{n.replace(' ', '')}"


def _mitid(r: random.Random, p: _Person) -> str:
    base = "".join(c for c in p.first.lower() if "a" <= c <= "z") or "bruger"
    return base + r.choice((f"{p.birth.year % 100:02d}", str(p.birth.year)))


def _otp(r: random.Random) -> str:
    return f"{r.randrange(10**5, 10**6)}" if r.random() < 0.8 else f"{r.randrange(10**7, 10**8)}"


# ---------------------------------------------------------------- shared non-personal pieces


def _case(r: random.Random) -> str:
    return r.choice((f"SAG-{r.randrange(100000, 999999)}", f"STOP-{r.randrange(10000, 99999)}"))


def _journal(r: random.Random) -> str:
    a, b, c = r.randrange(1000, 9999), r.randrange(10000, 99999), r.randrange(10000, 99999)
    return f"J.nr. {a}-{b}-{c}-26"


def _amount(r: random.Random) -> str:
    kr = r.choice((r.randrange(1, 99) * 1000, r.randrange(100, 9999) * 25, r.randrange(2, 400)))
    text = f"{kr:,}".replace(",", ".")
    return r.choice((f"{text} kr.", f"{text},00 kr.", f"kr. {text}"))


def _stamp(r: random.Random) -> str:
    month, day, hour, minute = (
        r.randrange(1, 13),
        r.randrange(1, 29),
        r.randrange(7, 20),
        r.randrange(60),
    )
    return f"2026-{month:02d}-{day:02d} {hour:02d}:{minute:02d}"


def _clock(r: random.Random) -> str:
    return f"kl. {r.randrange(7, 20):02d}.{r.randrange(60):02d}"


def _customer_no(r: random.Random) -> str:
    return f"kundenr. {r.randrange(1000000, 9999999)}"


def _masked(r: random.Random) -> str:
    return r.choice(
        (
            f"**** {r.randrange(1000, 9999)}",
            f"+45 ** ** ** {r.randrange(10, 99)}",
            f"{r.choice('abcdefghijklmnoprstv')}***@example.dk",
            f"DK{r.randrange(10, 99)}XXXXXXXXXX{r.randrange(1000, 9999)}",
            f"{r.randrange(10, 31):02d}{r.randrange(1, 13):02d}{r.randrange(30, 60)}-xxxx",
        )
    )


def _org_line(r: random.Random) -> str:
    return r.choice(ORG_LINES)


def _cvr(r: random.Random) -> str:
    return f"CVR-nr. {r.randrange(10000000, 99999999)}"


def _footer(d: _Doc) -> None:
    """The bank's letterhead or signature: organisation, address, line, CVR (never personal)."""
    r = d.r
    d.t(f"\n\n{r.choice(BANKS)} · {r.choice(BRANCHES)} · tlf. {_org_line(r)} · {_cvr(r)}")


def _hdr(d: _Doc) -> None:
    r = d.r
    d.t(f"{_case(r)} | {_stamp(r)} | {_customer_no(r)}\n")


# ---------------------------------------------------------------- names in a document


def _name(d: _Doc, p: _Person, pseudonym: str = "Kunde A", form: str = "") -> _Doc:
    r = d.r
    value = {
        "full": p.full(),
        "first": p.first,
        "caps": f"{p.first} {p.last}".upper(),
        "lower": p.first.lower() if r.random() < 0.5 else f"{p.first} {p.last}".lower(),
        "last": p.last,
        "rev": f"{p.last}, {p.first}",
    }.get(form) or p.form(r)
    return d.v("PERSON", value, pseudonym)


def _gen(d: _Doc, p: _Person, pseudonym: str = "Kunde A") -> _Doc:
    """A genitive: the s belongs to the name."""
    name = p.first if d.r.random() < 0.5 else f"{p.first} {p.last}"
    s = "'" if name.endswith(("s", "x", "z")) else "s"
    return d.v("PERSON", name + s, pseudonym + "s")


# ---------------------------------------------------------------- genres


def _opkald(d: _Doc) -> None:
    r = d.r
    c, a = _Person(r, (1932, 1958)), _Person(r, (1965, 1999))
    cs = c.first if r.random() < 0.5 else f"{c.first} {c.last}"
    adv = a.first if r.random() < 0.4 else f"{a.first[0]}. {a.last}"
    if r.random() < 0.15:
        cs = cs.upper()
    sp_c, sp_a = ("Kunde A", "Rådgiver 1") if d.neg else (cs, adv)
    t = [r.randrange(8, 18), r.randrange(0, 50)]

    def line(who: str, pseudo: str) -> None:
        t[1] += r.randrange(1, 4)
        d.t(f"[{t[0]:02d}:{t[1] % 60:02d}] ")
        if d.neg:
            d.t(pseudo)
        else:
            d.v("PERSON", who, pseudo)
        d.t(": ")

    d.t(f"Opkaldsudskrift – Seniorlinjen, {r.choice(BANKS)} – {_case(r)}\n")
    d.t(f"Indgående {_stamp(r)}, varighed {r.randrange(3, 40)} min.\n\n")
    line(sp_a, "Rådgiver 1")
    d.t(f"{r.choice(BANKS)} seniorlinjen, du taler med ")
    _name(d, a, "Rådgiver 1", "first")
    d.t(". Hvem taler jeg med?\n")
    line(sp_c, "Kunde A")
    d.t("Det er ")
    _name(d, c, "Kunde A", "full")
    d.t(r.choice((". Jeg er helt rystet", ", undskyld jeg ringer så sent", ". ja goddag")))
    d.t(".\n")
    line(sp_a, "Rådgiver 1")
    d.t("Kan jeg få dit CPR-nummer, så jeg kan slå dig op?\n")
    line(sp_c, "Kunde A")
    d.t("ja det er ")
    d.v("CPR", _cpr(r, c.birth), "[CPR]")
    d.t(".\n")
    line(sp_c, "Kunde A")
    d.t(r.choice(("Der ringede en fra politiet i formiddags",
                  "En mand ringede og sagde min konto var hacket",
                  "de sagde jeg skulle flytte pengene til en sikker konto")))  # fmt: skip
    d.t(", han præsenterede sig som ")
    alias = r.choice(MEN + WOMEN)
    d.v("PERSON", alias, "[NAVN]")
    d.t(f" fra {r.choice(ALIAS_UNITS)}.\n")
    line(sp_a, "Rådgiver 1")
    d.t(r.choice(("Tak, ", "Okay ", "Det er godt du ringer, ")))
    d.t("fru " if c.woman else "hr. ")
    _name(d, c, "Kunde A", "last")
    d.t(". Har du givet ham nogen koder?\n")
    line(sp_c, "Kunde A")
    d.t("ja han fik koden ")
    d.v("OTP", _otp(r), "[kode]")
    d.t(" og mit MitID bruger-id ")
    d.v("MITID_USER", _mitid(r, c), "[bruger-id]")
    d.t(r.choice((" og så", ", det var dumt ik", "...")))
    d.t("\n")
    if r.random() < 0.6:
        line(sp_c, "Kunde A")
        d.t(f"og kortet, {r.choice(('nummeret', 'kortnr', 'hele nummeret'))} ")
        d.v("CARD", _card(r), "[kortnr.]")
        d.t(" udløb ")
        d.v("CARD_EXPIRY", _expiry(r), "[udløb]")
        d.t("\n")
    line(sp_a, "Rådgiver 1")
    d.t(f"Jeg spærrer nu. Overførslen på {_amount(r)} til ")
    d.v("IBAN", _iban_value(r), "[IBAN]")
    d.t(f" er stoppet {_clock(r)}. Hvilket nummer kan vi ringe tilbage på?\n")
    line(sp_c, "Kunde A")
    d.v("PHONE", c.phone, "[TLF]")
    d.t(r.choice((", eller min datter ", ". Ellers min søn ")))
    kid = _Person(r, (1960, 1990))
    _name(d, kid, "Pårørende A")
    d.t(" på ")
    d.v("PHONE", kid.phone, "[TLF]")
    d.t(".\n")
    if r.random() < 0.3:
        line(sp_c, "Kunde A")
        d.t(f"mit navn staves {'-'.join(c.first.lower())}\n")
    line(sp_a, "Rådgiver 1")
    d.t(f"Tak. Ring 114 og anmeld det til politiet. Vores spærrelinje er {_org_line(r)}.\n")


def _notat(d: _Doc) -> None:
    r = d.r
    c, a = _Person(r, (1930, 1958)), _Person(r, (1965, 1999))
    _hdr(d)
    d.t(r.choice(("RÅDGIVERNOTAT – svindel, ældre kunde\n", "notat (seniorteam):\n", "NOTAT\n")))
    d.t("Kunde: ")
    _name(d, c, "Kunde A")
    d.t(r.choice((", f. ", ", født ", "\nFødselsdato: ", " - DOB: ")))
    d.v("DATE_OF_BIRTH", _dob(r, c.birth), "[dato]")
    d.t(f", {_customer_no(r)}\n")
    d.t("Adr.: ")
    d.v("ADDRESS", f"{c.street}, {c.town}", "[ADRESSE]")
    d.t("\n")
    d.t(
        f"Kunden ringede {_clock(r)}. Fik opkald fra falsk 'politibetjent', der "
        "præsenterede sig som "
    )
    d.v("PERSON", r.choice(MEN), "[NAVN]")
    d.t(f" fra {r.choice(ALIAS_UNITS)}. ")
    d.t("Blev bedt om at overføre til 'sikker konto' reg.nr. ")
    reg, acct = _account(r)
    d.t(f"{reg} kontonr. ")
    d.v("BANK_ACCOUNT", acct, "[kontonr.]")
    d.t(f", beløb {_amount(r)}. ")
    if r.random() < 0.6:
        d.t("En kurer hentede kort og pinkode på adressen, kørte i bil med nummerplade ")
        d.v("NUMBER_PLATE", _plate(r), "[nummerplade]")
        d.t(". ")
    d.t(f"Kortet ({_masked(r)}) spærret. ")
    d.t("Kontakt til ")
    _gen(d, c)
    d.t(" søn ")
    kid = _Person(r, (1958, 1990))
    _name(d, kid, "Pårørende A")
    d.t(", ")
    d.v("EMAIL", kid.mail, "[e-mail]")
    d.t(".\n")
    d.t(f"Anmeldt: {r.choice(POLICE)}, {_journal(r)}.\n")
    d.t("/")
    d.v("PERSON", a.first, "Rådgiver 2")
    d.t(f", {r.choice(BANKS)}, afd. {r.choice(BRANCHES)}")


def _fuldmagt(d: _Doc) -> None:
    r = d.r
    c, k, a = _Person(r, (1930, 1955)), _Person(r, (1955, 1985)), _Person(r, (1970, 1999))
    d.t("Fra: ")
    _name(d, k, "Pårørende A", "full")
    d.t(" <")
    d.v("EMAIL", k.mail, "[e-mail]")
    d.t(">\nTil: seniorteam <")
    d.v("EMAIL", a.mail, "[e-mail]")
    d.t(
        f">\nEmne: {r.choice(('Fuldmagt', 'SV: fuldmagt til min mor', 'VS: stop af overførsel'))}"
        f" – {_case(r)}\n"
    )
    d.t(f"Dato: {_stamp(r)}\n\nHej ")
    _name(d, a, "Rådgiver 1", "first")
    d.t(r.choice(("\n\n", ",\n\n")))
    d.t(r.choice(("Jeg har fuldmagt for ", "jeg har (gen.)fuldmagt for ",
                  "I live in London but hold power of attorney (fuldmagt) for ")))  # fmt: skip
    _name(d, c, "Kunde A")
    d.t(" (CPR ")
    d.v("CPR", _cpr(r, c.birth), "[CPR]")
    d.t("), som bor på\n")
    d.v("ADDRESS", c.address, "[ADRESSE]")
    d.t("\n\nMit eget CPR er ")
    d.v("CPR", _cpr(r, k.birth), "[CPR]")
    d.t(", telefon ")
    d.v("PHONE", k.phone, "[TLF]")
    d.t(".\n")
    d.t(f"Hun har i går overført {_amount(r)} til en 'sikker konto' ")
    d.v("IBAN", _iban_value(r), "[IBAN]")
    d.t(" efter opkald fra falsk politi. Kan I stoppe den?? ")
    d.t(r.choice(("Fuldmagten er vedhæftet.", "fuldmagten ligger i netbanken", "PS: hun er 89 år")))
    d.t("\n\nmvh\n")
    _name(d, k, "Pårørende A", r.choice(("first", "full", "lower")))
    _footer(d)


def _brev(d: _Doc) -> None:
    r = d.r
    c, a = _Person(r, (1930, 1958)), _Person(r, (1965, 1999))
    bank = r.choice(BANKS)
    d.t(f"{bank}\n{r.choice(BRANCHES)}\n\n")
    d.t("Fru " if c.woman else "Hr. ")
    _name(d, c, "Kunde A", r.choice(("full", "caps", "")))
    d.t("\n")
    d.v("ADDRESS", c.street + "\n" + c.town, "[ADRESSE]")
    d.t(f"\n\n{_stamp(r)[:10]}\nVedr. {_case(r)}, {_customer_no(r)}\n\n")
    d.t("Kære ")
    d.t("fru " if c.woman else "hr. ")
    _name(d, c, "Kunde A", "last")
    d.t(
        r.choice(
            (
                f"\n\nVi bekræfter, at vi har stoppet overførslen på {_amount(r)} til konto ",
                f"\n\nSom aftalt i telefonen har vi tilbageholdt {_amount(r)}, der skulle til ",
            )
        )
    )
    reg, acct = _account(r)
    d.v("BANK_ACCOUNT", f"{reg}-{acct}" if r.random() < 0.5 else f"{reg} {acct}", "[kontonr.]")
    d.t(f". Dit nye kort sendes til dig; det gamle ({_masked(r)}) er spærret.\n")
    d.t(
        "Husk: banken og politiet beder ALDRIG om koder eller om at flytte penge til en "
        "sikker konto.\n"
    )
    d.t(f"Dit nye kort kan også afhentes i afdelingen på {r.choice(BRANCHES)}.\n\n")
    d.t("Med venlig hilsen\n")
    _name(d, a, "Rådgiver 1", "full")
    d.t("\nSeniorrådgiver, direkte ")
    d.v("PHONE", a.phone, "[TLF]")
    d.t(", ")
    d.v("EMAIL", a.mail, "[e-mail]")
    _footer(d)


def _stoplog(d: _Doc) -> None:
    r = d.r
    c = _Person(r, (1930, 1958))
    d.t(f"TRANSFER STOP LOG | {r.choice(BANKS)} | {_case(r)}\n")
    for _ in range(r.randrange(2, 4)):
        d.t(f"{_stamp(r)} | ")
        kind = r.randrange(4)
        if kind == 0:
            d.t("STOP | modt. IBAN ")
            d.v("IBAN", _iban_value(r), "[IBAN]")
            d.t(f" | {_amount(r)}")
        elif kind == 1:
            reg, acct = _account(r)
            d.t(f"HOLD | reg {reg} konto ")
            d.v("BANK_ACCOUNT", acct, "[kontonr.]")
            d.t(f" | {_amount(r)}")
        elif kind == 2:
            d.t("CARD BLOCK | ")
            d.v("CARD", _card(r), "[kortnr.]")
            d.t(" exp ")
            d.v("CARD_EXPIRY", _expiry(r), "[udløb]")
        else:
            d.t("MITID SPÆRRET | bruger-id ")
            d.v("MITID_USER", _mitid(r, c), "[bruger-id]")
            d.t(" | sidste OTP ")
            d.v("OTP", _otp(r), "[kode]")
        d.t("\n")
    d.t("kunde: ")
    _name(d, c, "Kunde A", r.choice(("caps", "", "lower", "rev")))
    if r.random() < 0.5:
        d.t(" | DOB: ")
        d.v("DATE_OF_BIRTH", _dob(r, c.birth), "[dato]")
    d.t(" | cpr ")
    d.v("CPR", _cpr(r, c.birth), "[CPR]")
    d.t(f" | {_customer_no(r)} | tlf ")
    d.v("PHONE", c.phone, "[TLF]")
    d.t(f"\nreview: {_journal(r)}, org {_cvr(r)}, callback via {_org_line(r)}\n")


def _politi(d: _Doc) -> None:
    r = d.r
    c, w = _Person(r, (1930, 1955)), _Person(r, (1950, 1995))
    unit = r.choice(POLICE)
    d.t(f"{unit} – ANMELDELSE – {_journal(r)}\n{r.choice(STATIONS)}\n\n")
    d.t("FORURETTEDE: ")
    d.v("PERSON", f"{c.first} {c.last}".upper(), "[NAVN]")
    d.t(", født ")
    d.v("DATE_OF_BIRTH", _dob(r, c.birth), "[dato]")
    d.t("\nCPR: ")
    d.v("CPR", _cpr(r, c.birth), "[CPR]")
    d.t("\nBopæl: ")
    d.v("ADDRESS", c.address, "[ADRESSE]")
    d.t("\nTlf.: ")
    d.v("PHONE", c.phone, "[TLF]")
    d.t("\n\nForklaring: ")
    d.t(f"Forurettede blev {_clock(r)} ringet op af en person, der præsenterede sig som ")
    d.v("PERSON", r.choice(MEN + WOMEN), "[NAVN]")
    d.t(f" fra {r.choice(ALIAS_UNITS)}. ")
    d.t("Gerningspersonen sagde, at ")
    _gen(d, c)
    d.t(" penge ikke var sikre. Senere kom en 'betjent' og hentede hævekort og kontanter. ")
    d.t("Vidnet ")
    _name(d, w, "Vidne 1", "full")
    d.t(" så en hvid bil med reg.nr. ")
    d.v("NUMBER_PLATE", _plate(r), "[nummerplade]")
    if r.random() < 0.5:
        d.t(" og en mørk bil ")
        d.v("NUMBER_PLATE", _plate(r), "[nummerplade]")
    d.t(". Vidnet bor ")
    d.v("ADDRESS", f"{w.street}, {w.town}", "[ADRESSE]")
    d.t(", tlf. ")
    d.v("PHONE", w.phone, "[TLF]")
    d.t(f".\nTab: {_amount(r)}\nBankens kontakt: {r.choice(BANKS)}, {_org_line(r)}.\n")
    d.t("Sagsbehandler: ")
    _name(d, _Person(r, (1970, 1999)), "Betjent 1", r.choice(("full", "", "rev")))


def _chat(d: _Doc) -> None:
    r = d.r
    c, a = _Person(r, (1935, 1960)), _Person(r, (1965, 1999))
    cs = c.first.lower() if r.random() < 0.3 else c.first
    sp_c, sp_a = ("Kunde B", "Rådgiver 2") if d.neg else (cs, a.first)
    t = [r.randrange(8, 20), r.randrange(0, 40)]

    def line(who: str, pseudo: str) -> None:
        t[1] += r.randrange(1, 3)
        d.t(f"[{t[0]:02d}:{t[1] % 60:02d}] ")
        if d.neg:
            d.t(pseudo)
        else:
            d.v("PERSON", who, pseudo)
        d.t(": ")

    d.t(f"Webchat – {r.choice(BANKS)} – {_case(r)}\n")
    line(sp_c, "Kunde B")
    d.t(
        r.choice(
            (
                "hej er det jer der har ringet til mig om en sikker konto??",
                "HJÆLP jeg tror jeg er blevet snydt",
                "hello, my mother got a call from 'police'",
            )
        )
    )
    d.t("\n")
    line(sp_a, "Rådgiver 2")
    d.t("Hej, det gør vi aldrig. Må jeg få din fødselsdato og dit telefonnr?\n")
    line(sp_c, "Kunde B")
    d.t("født ")
    d.v("DATE_OF_BIRTH", _dob(r, c.birth), "[dato]")
    d.t(" tlf ")
    d.v("PHONE", c.phone, "[TLF]")
    d.t("\n")
    line(sp_c, "Kunde B")
    d.t("han fik koden ")
    d.v("OTP", _otp(r), "[kode]")
    d.t(r.choice((" og kortnr ", " + kortet ")))
    d.v("CARD", _card(r), "[kortnr.]")
    d.t(", udløb ")
    d.v("CARD_EXPIRY", _expiry(r), "[udløb]")
    d.t("\n")
    line(sp_a, "Rådgiver 2")
    d.t(f"Tak, kortet er spærret nu ({_masked(r)}). Skriv evt. til ")
    d.v("EMAIL", a.mail, "[e-mail]")
    d.t(" hvis din datter ")
    kid = _Person(r, (1960, 1990))
    _name(d, kid, "Pårørende A", r.choice(("first", "full")))
    d.t(" har fuldmagt.\n")
    line(sp_c, "Kunde B")
    d.t("ok tak\n")


def _sms(d: _Doc) -> None:
    r = d.r
    c = _Person(r, (1930, 1958))
    d.t("Videresendt SMS fra kunde ")
    _name(d, c, "Kunde A")
    d.t(" (")
    d.v("PHONE", c.phone, "[TLF]")
    d.t(f") {_stamp(r)}:\n> ")
    d.t(
        r.choice(
            (
                "POLITIET: Din konto er kompromitteret. Flyt midlerne til sikker konto ",
                "Kære kunde, vi har registreret mistænkelig aktivitet. "
                "Overfør til vores sikkerhedskonto ",
                "Rigspolitiet: your savings are at risk, transfer to protected account ",
            )
        )
    )
    d.v("IBAN", _iban_value(r), "[IBAN]")
    d.t(r.choice((" straks. Ring til betjent ", " i dag. Kontakt ")))
    d.v("PERSON", r.choice(MEN), "[NAVN]")
    d.t(" på ")
    d.v("PHONE", _phone(r), "[TLF]")
    d.t(".\n> Din MitID kode: ")
    d.v("OTP", _otp(r), "[kode]")
    d.t("\n\nRådgivers note: ")
    d.t(
        f"kunden har IKKE svaret. Nummeret er anmeldt til {r.choice(POLICE)}. "
        f"Vores nummer er {_org_line(r)}. "
    )
    d.t("Kunde bor ")
    d.v("ADDRESS", f"{c.street}, {c.town}", "[ADRESSE]")
    d.t(", MitID bruger-id ")
    d.v("MITID_USER", _mitid(r, c), "[bruger-id]")
    d.t(f". {_customer_no(r)}, {_journal(r)}")


WRITERS: Final[dict[str, Callable[[_Doc], None]]] = {
    "opkald": _opkald, "notat": _notat, "fuldmagt": _fuldmagt, "brev": _brev,
    "stoplog": _stoplog, "politi": _politi, "chat": _chat, "sms": _sms,
}  # fmt: skip


def generate(seed: int | str = SEED, size: int = SIZE) -> list[dict]:
    """The set: `size` documents, NEGATIVES of them (scaled) pseudonymised, deterministic."""
    rng = random.Random(seed)
    negatives = round(size * NEGATIVES / SIZE)
    kinds = ["negative"] * negatives + ["positive"] * (size - negatives)
    rng.shuffle(kinds)
    docs, seen = [], set()
    for i, kind in enumerate(kinds):
        genre = GENRES[i % len(GENRES)]
        while True:
            d = _Doc(rng, kind == "negative")
            WRITERS[genre](d)
            if d.text() not in seen:
                break
        seen.add(d.text())
        docs.append({"id": f"pii_blind86-{i:04d}", "genre": genre, "kind": kind,
                     "text": d.text(), "spans": d.spans})  # fmt: skip
    return docs


if __name__ == "__main__":
    out = (
        Path(sys.argv[1])
        if len(sys.argv) > 1
        else Path(__file__).parent / "data" / "pii_blind86.jsonl"
    )
    with out.open("w", encoding="utf-8") as f:
        for doc in generate():
            f.write(json.dumps(doc, ensure_ascii=False) + "\n")
