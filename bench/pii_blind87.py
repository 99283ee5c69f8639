"""An eighty-eighth blind, seeded generator of Danish text with labelled personal data (issue 18).

Written without looking at the recognisers, their word lists or the earlier generators' bodies,
as a held-out test set with its own names, streets and towns. Its theme is a COURIER AND PARCEL
COMPANY's customer service and security team handling fake delivery SMS, stolen parcels and
account takeovers of customer profiles, in eight genres: a forwarded scam SMS with the
customer's note, a web chat ("[09:14] Name: ..."), a phone note, a driver's report (van plate,
the recipient's address), a depot's pickup log (the name on the ID written in capitals), an
e-mail with a customer, an e-mail with the police and an account-takeover case form (one CPR
number, MitID user ID, code, card). Danish with some English, typos, lower case and CAPS.

Conventions (exact offsets are scored):
- PERSON is a name as written, without title or role ("fru", "hr.", "chauffør"); "Holm, Mette"
  is one span; a genitive s belongs to it ("Mettes"); chat speakers are PERSON, staff too.
  Companies, products, pseudonyms ("Kunde A", "Chauffør 1") and "[NAVN]" are never PERSON.
- ADDRESS is a private address: street, number, floor and side, plus postcode and town after
  ", " or on the next line. The company's depots, shops and the police's own addresses
  (ORG_ADDRESSES) are never labelled.
- CPR numbers are synthetic: a real date, seventh digit 0-3 (1900s) or 4 (2000-2005), a serial
  that FAILS modulus 11; written "DDMMYY-SSSS", "DDMMYYSSSS", "DD MM YY SSSS", "DDMMYY SSSS" or
  "DD.MM.YY-SSSS". DATE_OF_BIRTH only straight after "født", "f.", "Fødselsdato:" or "DOB:".
- PHONE: Danish numbers in ten written forms (country code inside the span) and fiction-range
  foreign numbers ("+44 7700 900xxx", "+46 70 174 06 xx"); the company's 70/80 lines never.
- EMAIL: every unmasked address (example.* domains). IBAN: valid check digits and length.
  BANK_ACCOUNT: "1234-0012345678" whole, or only the account after "konto". CARD: Luhn-valid
  test numbers; CARD_EXPIRY "MM/YY", "MM/YYYY" or "MM-YYYY". OTP: a 6- or 8-digit code after its
  cue; MITID_USER the user ID after its cue; NUMBER_PLATE "AB 12 345" or "AB12345".
- Hard negatives, never labelled: tracking numbers ("RR123456789DK"), order, customer, case,
  invoice and journal numbers, CVR numbers, amounts, timestamps, masked values, handheld
  scanner and parcel locker numbers, the company's lines and addresses, pseudonyms. Documents
  of kind "negative" are the same genres after pseudonymisation. No run of ten or more digits
  occurs outside a labelled identifier.

Each document is {"id", "genre", "kind", "text", "spans": [{"start", "end", "type"}]}.
``python -m bench.pii_blind87 OUT.jsonl`` writes the set; ``generate()`` returns it.
"""

from __future__ import annotations

import json
import random
import sys
import unicodedata
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Final

SIZE: Final = 1000
NEGATIVES: Final = 350
SEED: Final = "pii_blind87"
TYPES: Final = ("PERSON", "ADDRESS", "CPR", "PHONE", "EMAIL", "IBAN", "BANK_ACCOUNT", "CARD",
                "CARD_EXPIRY", "DATE_OF_BIRTH", "NUMBER_PLATE", "MITID_USER", "OTP")  # fmt: skip
WEIGHTS: Final = (4, 3, 2, 7, 6, 5, 4, 3, 2, 1)
TEST_PREFIXES: Final = ("401288", "411111", "555555", "520082", "378282", "400000")
IBAN_LENGTH: Final = {"DK": 18, "DE": 22, "NL": 18, "SE": 24, "PL": 28}
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
LANDLINE: Final = (
    "32",
    "33",
    "35",
    "36",
    "38",
    "39",
    "43",
    "44",
    "45",
    "46",
    "48",
    "49",
    "54",
    "56",
    "57",
    "59",
    "62",
    "63",
    "65",
    "66",
    "75",
    "76",
    "86",
    "87",
    "98",
    "99",
)

WOMEN: Final = ("Anne", "Mette", "Kirsten", "Hanne", "Helle", "Susanne", "Lene", "Marianne",
                "Camilla", "Louise", "Charlotte", "Pia", "Tina", "Maria", "Bente", "Karen", "Inge",
                "Lone", "Birgitte", "Gitte", "Julie", "Sofie", "Emma", "Ida", "Freja", "Clara",
                "Laura", "Maja", "Alma", "Ella", "Agnes", "Josefine", "Cecilie", "Line", "Signe",
                "Nanna", "Mathilde", "Caroline", "Rikke", "Trine", "Malene", "Stine", "Sanne",
                "Dorthe", "Jette", "Jytte", "Grethe", "Ulla", "Else", "Inger", "Ruth", "Ellen",
                "Birthe", "Lis", "Vibeke", "Annette", "Merete", "Tove", "Winnie", "Conni", "Heidi",
                "Janni", "Maiken", "Karina", "Katrine", "Pernille", "Mia", "Sara", "Amalie",
                "Frida", "Olivia", "Astrid", "Esther", "Liva", "Victoria", "Nora", "Luna",
                "Emilie", "Anna", "Marie", "Kamilla", "Tanja", "Lærke", "Sigrid", "Ingrid", "Thea",
                "Asta", "Vigga", "Silje", "Tilde", "Rosa", "Bodil", "Edith", "Gudrun", "Kamma",
                "Solveig", "Lisbeth", "Hanna", "Ditte", "Ane", "Marlene", "Mona", "Britt",
                "Yvonne", "Fatima", "Aisha", "Zainab", "Amina", "Leyla", "Yasmin", "Mariam",
                "Noor", "Hiba", "Elif", "Zeynep", "Ayse", "Hatice", "Aylin", "Dilan", "Rana",
                "Samira", "Nadia", "Huda", "Ewa", "Agnieszka", "Katarzyna", "Joanna", "Ioana",
                "Andreea", "Olena", "Iryna", "Oksana", "Linh", "Mai", "Hoa", "Priya", "Anjali",
                "Sabrina", "Jasmin", "Malika", "Sahra", "Hodan", "Ilham", "Shirin", "Parisa",
                "Roya", "Nasrin", "Gry", "Tenna", "Majbritt", "Henriette", "Jeanette", "Lotte",
                "Bettina", "Dorit", "Kira")  # fmt: skip
MEN: Final = ("Peter", "Jens", "Lars", "Michael", "Henrik", "Thomas", "Søren", "Jan", "Niels",
              "Christian", "Martin", "Morten", "Jesper", "Anders", "Hans", "Per", "Poul", "Kim",
              "Rasmus", "Mads", "Jacob", "Frederik", "Mikkel", "Kasper", "Nikolaj", "Emil",
              "Oliver", "William", "Noah", "Lucas", "Victor", "Oscar", "Carl", "Alfred", "Malthe",
              "Magnus", "Elias", "August", "Valdemar", "Aksel", "Arthur", "Theo", "Villads",
              "Johan", "Bjørn", "Bo", "Erik", "Ole", "Svend", "Knud", "Flemming", "Preben", "Bent",
              "Finn", "Leif", "Torben", "Kurt", "Allan", "John", "Carsten", "Claus", "Kenneth",
              "Brian", "Dennis", "René", "Jimmy", "Tommy", "Steen", "Jørgen", "Arne", "Aage",
              "Gunnar", "Palle", "Kaj", "Helge", "Ib", "Tage", "Verner", "Egon", "Birger", "Benny",
              "Ulrik", "Troels", "Anton", "Sebastian", "Simon", "Jonas", "Tobias", "Andreas",
              "Daniel", "Alexander", "Mathias", "Philip", "Kristian", "Jeppe", "Asger", "Bertram",
              "Ebbe", "Esben", "Gustav", "Hjalte", "Ivan", "Karsten", "Laurits", "Marius",
              "Nicolai", "Otto", "Rune", "Sune", "Tue", "Uffe", "Vagn", "Mohammed", "Ahmad", "Ali",
              "Hassan", "Hussein", "Omar", "Yusuf", "Ibrahim", "Mustafa", "Mehmet", "Emre",
              "Murat", "Kerem", "Tariq", "Bilal", "Hamza", "Karim", "Samir", "Jamal", "Abdi",
              "Abdullahi", "Piotr", "Tomasz", "Krzysztof", "Marek", "Andrzej", "Mihai", "Andrei",
              "Dmytro", "Oleksandr", "Sergej", "Vikram", "Rahul", "Arjun", "Minh", "Tuan", "Duc",
              "Reza", "Amir", "Dariusz", "Nenad", "Dragan", "Goran", "Zoran", "Milan")  # fmt: skip
SURNAMES: Final = ("Nielsen", "Jensen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen",
                   "Sørensen", "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen",
                   "Olsen", "Thomsen", "Christiansen", "Poulsen", "Johansen", "Møller",
                   "Mortensen", "Knudsen", "Jakobsen", "Mikkelsen", "Olesen", "Frederiksen",
                   "Laursen", "Henriksen", "Lund", "Schmidt", "Eriksen", "Holm", "Kristiansen",
                   "Clausen", "Simonsen", "Svendsen", "Andreasen", "Iversen", "Østergaard",
                   "Jeppesen", "Vestergaard", "Nissen", "Lauridsen", "Kjær", "Jespersen",
                   "Mogensen", "Skov", "Jepsen", "Bertelsen", "Søndergaard", "Kjeldsen", "Dam",
                   "Nørgaard", "Bach", "Carlsen", "Friis", "Brandt", "Thygesen", "Lind", "Bech",
                   "Gregersen", "Kristoffersen", "Holst", "Winther", "Buch", "Overgaard", "Juhl",
                   "Lassen", "Bang", "Koch", "Dahl", "Toft", "Berg", "Lauritsen", "Krogh", "Bruun",
                   "Mathiasen", "Ravn", "Storm", "Husted", "Riis", "Kirkegaard", "Hald",
                   "Steffensen", "Ebbesen", "Enevoldsen", "Munk", "Borg", "Hvid", "Bisgaard",
                   "Qvist", "Fisker", "Thorsen", "Damgaard", "Graversen", "Aagaard", "Kofoed",
                   "Abildgaard", "Bjerre", "Fog", "Kragh", "Lynge", "Mølgaard", "Nyborg",
                   "Rosenberg", "Sand", "Sejersen", "Stampe", "Tang", "Vinther", "Wulff",
                   "Agerskov", "Boesen", "Due", "Fabricius", "Gade", "Høj", "Kamp", "Langballe",
                   "Meldgaard", "Nygaard", "Ottesen", "Refsgaard", "Stokholm", "Truelsen",
                   "Ulrichsen", "Vognsen", "Yde", "Ahmed", "Hussain", "Khan", "Mohamed", "Yilmaz",
                   "Kaya", "Demir", "Çelik", "Şahin", "Öztürk", "Nguyen", "Tran", "Pham",
                   "Kowalski", "Nowak", "Wiśniewski", "Popescu", "Ionescu", "Shevchenko",
                   "Kovalenko", "Farah", "Warsame", "Haddad", "Saleh", "Rahimi", "Hosseini",
                   "Singh", "Sharma", "Petrović", "Jovanović", "Begić", "Hedegaard", "Kjærsgaard",
                   "Birkholm", "Lykkegaard")  # fmt: skip
STREETS: Final = ("Ahornvej", "Bøgevang", "Klintevej", "Sneppevej", "Rønnebærvej", "Havrevænget",
                  "Mågevej", "Tjørnevej", "Lyngbakken", "Kastanievej", "Fasanstien", "Solsikkevej",
                  "Engblommevej", "Bakkedraget", "Kirsebærhaven", "Skovbrynet", "Vibeholmsvej",
                  "Toftegårds Allé", "Ravnsborggade", "Nørre Allé", "Grønnegade", "Lærkevej",
                  "Ådalsvej", "Hybenvej", "Pilekrogen", "Stationsvej", "Fjordvej", "Odinsvej",
                  "Kornmarken", "Hvedevænget", "Sølvgade", "Elmegade", "Tranevej", "Birkelunden",
                  "Mosegårdsvej", "Strandhaven", "Egernvej", "Kløvervangen", "Duevej")  # fmt: skip
TOWNS: Final = (("2300", "København S"), ("2200", "København N"), ("2500", "Valby"),
                ("2650", "Hvidovre"), ("2700", "Brønshøj"), ("2750", "Ballerup"),
                ("2800", "Kongens Lyngby"), ("3000", "Helsingør"), ("3400", "Hillerød"),
                ("4000", "Roskilde"), ("4200", "Slagelse"), ("4600", "Køge"), ("4700", "Næstved"),
                ("4800", "Nykøbing F"), ("5000", "Odense C"), ("5700", "Svendborg"),
                ("6000", "Kolding"), ("6100", "Haderslev"), ("6700", "Esbjerg"),
                ("7100", "Vejle"), ("7400", "Herning"), ("7500", "Holstebro"), ("7700", "Thisted"),
                ("8000", "Aarhus C"), ("8200", "Aarhus N"), ("8600", "Silkeborg"),
                ("8700", "Horsens"), ("8800", "Viborg"), ("8900", "Randers C"),
                ("9000", "Aalborg"), ("9700", "Brønderslev"), ("9900", "Frederikshavn"),
                ("3700", "Rønne"), ("6400", "Sønderborg"), ("7800", "Skive"))  # fmt: skip
COMPANIES: Final = ("PakkeLynet A/S", "Nordpak Express", "PakkeLynet Erhverv", "DanFragt ApS",
                    "Budcentralen")  # fmt: skip
BANKS: Final = ("Danske Bank", "Nordea", "Jyske Bank", "Arbejdernes Landsbank", "Spar Nord")
PRODUCTS: Final = ("PakkeLynet-appen", "Min Pakke", "PakkeBoks", "Pakkeshop-service")
DEPOTS: Final = ("Industriskellet 14, 2635 Ishøj", "Transportvej 3, 6000 Kolding",
                 "Logistikparken 22, 8200 Aarhus N", "Rugmarken 9, 5260 Odense S",
                 "Ved Sporet 7, 9000 Aalborg", "Fragtvej 41, 4100 Ringsted")  # fmt: skip
HEAD_OFFICE: Final = "Kongevejen 100, 2830 Virum"
POLICE: Final = "Polititorvet 14, 1567 København V"
ORG_ADDRESSES: Final = (*DEPOTS, HEAD_OFFICE, POLICE)
ORG_LINES: Final = ("70 27 31 00", "70 11 46 46", "80 20 30 99", "7027 3100", "80 60 10 10")
PSEUDONYMS: Final = ("Kunde A", "Kunde B", "Chauffør 1", "Medarbejder 1", "Medarbejder 2",
                     "Vidne 1")  # fmt: skip
STAND_INS: Final = ("[NAVN]", "[ADRESSE]", "[TLF]", "[e-mail]", "[kontonr.]", "[kode]", "[CPR]")
SCAM_HOSTS: Final = ("pakkelynet-levering.example.com", "dk-pakke-told.example.net",
                     "min-pakke-gebyr.example.com", "pk1ynet.example.net")  # fmt: skip
GENRES: Final = ("sms_svindel", "chat", "telefonnotat", "chaufforrapport", "depotlog",
                 "mail_kunde", "mail_politi", "kontoovertagelse")  # fmt: skip
MAIL_HOSTS: Final = ("example.dk", "example.com", "mail.example.dk", "example.net")
MONTHS: Final = ("januar", "februar", "marts", "april", "maj", "juni", "juli", "august",
                 "september", "oktober", "november", "december")  # fmt: skip


class Doc:
    """A document being written: its text and the spans of its personal data."""

    def __init__(self, neg: bool) -> None:
        self.neg, self.parts, self.spans, self.at = neg, [], [], 0  # type: list[str], list[dict]

    def t(self, text: str) -> Doc:
        self.parts.append(text)
        self.at += len(text)
        return self

    def pii(self, kind: str, value: str, stand_in: str) -> Doc:
        """The value labelled in a positive; the stand-in, unlabelled, in a negative."""
        if self.neg:
            return self.t(stand_in)
        self.spans.append({"start": self.at, "end": self.at + len(value), "type": kind})
        return self.t(value)

    @property
    def text(self) -> str:
        return "".join(self.parts)


def plain(name: str) -> str:
    """A name as the lower-case ASCII letters of an e-mail address or user ID ("Ø" -> "oe")."""
    spelled = name.lower().translate(str.maketrans({"æ": "ae", "ø": "oe", "å": "aa"}))
    bare = unicodedata.normalize("NFKD", spelled)
    return "".join(c for c in bare if "a" <= c <= "z")


def grouped(compact: str) -> str:
    """Groups of four, as printed on cards and IBANs."""
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))


class People:
    """The random values of one document: names, numbers and their written forms."""

    def __init__(self, r: random.Random) -> None:
        self.r = r

    def first(self) -> str:
        return self.r.choice(WOMEN if self.r.random() < 0.5 else MEN)

    def surname(self) -> str:
        if self.r.random() < 0.08:
            return f"{self.r.choice(SURNAMES)}-{self.r.choice(SURNAMES)}"
        return self.r.choice(SURNAMES)

    def name(self, first: str, last: str) -> str:
        """One written form of a person's name."""
        form = self.r.random()
        if form < 0.45:
            return f"{first} {last}"
        if form < 0.55:
            middle = self.r.choice(WOMEN if first in WOMEN else MEN)
            return f"{first} {middle} {last}"
        if form < 0.65:
            return f"{last}, {first}"
        if form < 0.73:
            return f"{first[0]}. {last}"
        if form < 0.8:
            return f"{first} {last}".upper()
        if form < 0.85:
            return first.lower()
        return first

    def genitive(self) -> str:
        """A first name with the genitive s ("Mettes"); names ending in s, x or z take none."""
        name = self.first()
        while name[-1] in "sxz":
            name = self.first()
        return name + "s"

    def birth(self) -> date:
        return date(1938, 1, 1) + timedelta(days=self.r.randrange(0, 68 * 365))

    def cpr(self, born: date) -> str:
        century = "4" if born.year >= 2000 else self.r.choice("0123")
        while True:
            digits = born.strftime("%d%m%y") + century + f"{self.r.randrange(1000):03d}"
            if sum(int(c) * w for c, w in zip(digits, WEIGHTS, strict=True)) % 11:
                break
        form = self.r.randrange(5)
        d = digits
        return (f"{d[:6]}-{d[6:]}", d, f"{d[:2]} {d[2:4]} {d[4:6]} {d[6:]}", f"{d[:6]} {d[6:]}",
                f"{d[:2]}.{d[2:4]}.{d[4:6]}-{d[6:]}")[form]  # fmt: skip

    def dob(self, born: date) -> str:
        form = self.r.randrange(4)
        if form == 0:
            return f"{born.day}. {MONTHS[born.month - 1]} {born.year}"
        if form == 1:
            return born.strftime("%d.%m.%Y")
        if form == 2:
            return f"{born.day}/{born.month}-{born.year}"
        return born.strftime("%d-%m-%Y")

    def phone(self) -> str:
        r = self.r
        if r.random() < 0.07:
            if r.random() < 0.5:
                return f"+44 7700 900{r.randrange(1000):03d}"
            return f"+46 70 174 06 {r.randrange(5, 100):02d}"
        lead = r.choice(MOBILE if r.random() < 0.75 else LANDLINE)
        n = lead + f"{r.randrange(10**6):06d}"
        pairs = f"{n[:2]} {n[2:4]} {n[4:6]} {n[6:]}"
        return r.choice((f"+45 {n}", f"+45 {pairs}", f"+45 {n[:4]} {n[4:]}", f"{n[:4]} {n[4:]}",
                         f"(+45) {pairs}", f"0045 {n}", pairs, n, f"+45{n}",
                         pairs.replace(" ", ".")))  # fmt: skip

    def email(self, first: str, last: str) -> str:
        f, s = plain(first), plain(last)
        year = self.r.randrange(60, 99)
        local = self.r.choice((f"{f}.{s}", f"{f}{s[:3]}", f"{f[0]}{s}", f"{f}{year}",
                               f"{f}_{s}"))  # fmt: skip
        return f"{local}@{self.r.choice(MAIL_HOSTS)}"

    def masked_mail(self) -> str:
        return f"{self.r.choice('abcdefghjklmnprst')}***@{self.r.choice(MAIL_HOSTS)}"

    def address(self, two_lines: bool | None = None) -> str:
        r = self.r
        number = f"{r.randrange(1, 140)}{r.choice(['', '', '', 'A', 'B'])}"
        floor = r.choice(["", "", f", {r.randrange(1, 5)}. {r.choice(['th', 'tv', 'mf'])}.",
                          ", st. tv.", ", st. th."])  # fmt: skip
        code, town = r.choice(TOWNS)
        two = r.random() < 0.5 if two_lines is None else two_lines
        return f"{r.choice(STREETS)} {number}{floor}{chr(10) if two else ', '}{code} {town}"

    def plate(self) -> str:
        letters = "".join(self.r.choice("ABCDEHJKLMNPRSTUVXYZ") for _ in range(2))
        digits = f"{self.r.randrange(10, 100)}{self.r.randrange(1000):03d}"
        if self.r.random() < 0.3:
            return letters + digits
        return f"{letters} {digits[:2]} {digits[2:]}"

    def card(self) -> str:
        prefix = self.r.choice(TEST_PREFIXES)
        length = 15 if prefix.startswith("37") else 16
        body = prefix + "".join(str(self.r.randrange(10)) for _ in range(length - len(prefix) - 1))
        for check in "0123456789":
            digits = body + check
            doubled = [int(c) * (1 + i % 2) for i, c in enumerate(reversed(digits))]
            if sum(n // 10 + n % 10 for n in doubled) % 10 == 0:
                return grouped(digits) if self.r.random() < 0.7 else digits
        raise AssertionError

    def expiry(self) -> str:
        month, year = self.r.randrange(1, 13), self.r.randrange(26, 32)
        return self.r.choice(
            (f"{month:02d}/{year}", f"{month:02d}/20{year}", f"{month:02d}-20{year}")
        )

    def iban(self) -> str:
        country = self.r.choice(tuple(IBAN_LENGTH))
        bank = "ABNA" if country == "NL" else ""
        rest = bank + "".join(
            str(self.r.randrange(10)) for _ in range(IBAN_LENGTH[country] - 4 - len(bank))
        )
        number = int("".join(str(int(c, 36)) for c in rest + country + "00"))
        compact = f"{country}{98 - number % 97:02d}{rest}"
        return grouped(compact) if self.r.random() < 0.6 else compact

    def account(self) -> tuple[str, str]:
        """(reg.nr., account) of a Danish bank account."""
        return f"{self.r.randrange(1000, 9999)}", f"{self.r.randrange(10**6, 10**10):010d}"

    def otp(self) -> str:
        return (
            f"{self.r.randrange(10**5, 10**6)}"
            if self.r.random() < 0.8
            else f"{self.r.randrange(10**7, 10**8)}"
        )

    def mitid(self, first: str, born: date) -> str:
        tail = f"{born.year}" if self.r.random() < 0.5 else born.strftime("%y")
        return plain(first) + tail

    # hard negatives
    def tracking(self) -> str:
        return f"{self.r.choice(['RR', 'CC', 'LX', 'PL'])}{self.r.randrange(10**8, 10**9)}DK"

    def case(self) -> str:
        return self.r.choice(
            (f"SAG-{self.r.randrange(10**5, 10**6)}", f"PL-26-{self.r.randrange(10**4, 10**5)}")
        )

    def customer(self) -> str:
        return f"kundenr. {self.r.randrange(10**6, 10**7)}"

    def order(self) -> str:
        return f"ordre {self.r.randrange(10, 99)}-{self.r.randrange(10**6, 10**7)}"

    def amount(self) -> str:
        r = self.r
        small = f"{r.randrange(9, 99)},{r.choice(['00', '50', '95'])} kr."
        large = f"{r.randrange(1, 20)}.{r.randrange(1000):03d} kr."
        return r.choice((small, large))

    def stamp(self) -> str:
        day = date(2026, 1, 1) + timedelta(days=self.r.randrange(330))
        return f"{day.isoformat()} {self.r.randrange(7, 22):02d}:{self.r.randrange(60):02d}"

    def clock(self) -> str:
        return f"kl. {self.r.randrange(7, 22):02d}.{self.r.randrange(60):02d}"

    def device(self) -> str:
        return self.r.choice((f"håndterminal HT-{self.r.randrange(10**4, 10**5)}",
                              f"pakkeboks PB-{self.r.randrange(1000, 9999)}"))  # fmt: skip

    def depot(self) -> str:
        return self.r.choice(DEPOTS)


Writer = Callable[[Doc, People], None]


def person(d: Doc, p: People, pseudonym: str) -> tuple[str, str]:
    """Writes a person's name (or the pseudonym) and returns (first, surname)."""
    first, last = p.first(), p.surname()
    d.pii("PERSON", p.name(first, last), pseudonym)
    return first, last


SCAM_TEXTS: Final = (
    "PakkeLynet: Din pakke {t} kan ikke leveres. Betal gebyr {a} her: {u}",
    "NORDPAK: pakken {t} afventer toldbetaling ({a}). Betal inden 24 timer: {u}",
    "Kære kunde, din forsendelse {t} er returneret til lager. Ny levering: {u}",
    "Your parcel {t} is on hold due to unpaid customs fee of {a}. Pay now: {u}",
    "PAKKELYNET INFO: adressen på {t} er ufuldstændig, opdater her {u}",
    "Hej! Vi forsøgte at levere {t} i dag. Book ny tid ({a}) {u}",
)
NOTES: Final = (
    "jeg trykkede på linket og skrev mit kort ",
    "har indtastet kortnr ",
    "desværre har jeg oplyst kort ",
    "Kunden betalte gebyret med kort ",
    "I paid with my card ",
)


def sms_svindel(d: Doc, p: People) -> None:
    r = p.r
    d.t(r.choice(("Videresendt SMS fra kunde ", "FW: sms modtaget af ", "Kunde-indberetning fra ")))
    first, last = person(d, p, "Kunde A")
    d.t(f" ({p.customer()}), modtaget {p.stamp()}:\n\n> ")
    link = f"https://{r.choice(SCAM_HOSTS)}/p?id={r.randrange(10**5, 10**6)}x"
    scam = r.choice(SCAM_TEXTS).format(t=p.tracking(), a=p.amount(), u=link)
    d.t(scam.replace("kr..", "kr.") + "\n\n")
    d.t(r.choice(("Afsender-nr: ", "afsender: ", "Sendt fra ")))
    d.pii("PHONE", p.phone(), "[TLF]")
    d.t(r.choice(("\n\nKundens note: ", "\n\nkunde skriver: ", "\n\nBemærkning: ")))
    d.t(r.choice(NOTES))
    d.pii("CARD", p.card(), "**** **** **** " + f"{r.randrange(1000, 9999)}")
    d.t(r.choice((" udløb ", " exp. ", ", udløbsdato ")))
    d.pii("CARD_EXPIRY", p.expiry(), "**/**")
    d.t(r.choice((". ring mig op på ", ". Kontakt: ", " - please call ")))
    d.pii("PHONE", p.phone(), "[TLF]")
    d.t(r.choice((" eller skriv til ", " / ", " el. mail ")))
    d.pii("EMAIL", p.email(first, last), p.masked_mail())
    d.t(
        r.choice(
            ("\nsiden bad også om overførsel til ", "\nBagefter bad de om bankoverførsel til ")
        )
    )
    d.pii("IBAN", p.iban(), "DK71XXXXXXXXXX0932")
    d.t(
        f"\nSpærret hos {r.choice(BANKS)}. Sag {p.case()}. "
        f"{r.choice(('Vores kundeservice', 'Sikkerhed', 'Spærrelinje'))}: {r.choice(ORG_LINES)}."
    )


OPENINGS: Final = (
    "hej min pakke er væk og jeg har fået en mærkelig sms",
    "Someone changed my profile and my parcel went to another address",
    "HJÆLP jeg har fået sms om told og betalt",
    "hej. der står leveret men der er ingen pakke??",
    "Jeg kan ikke logge ind i appen mere og der er bestilt pakker jeg ikke kender",
    "hvorfor har i ændret min adresse",
)


def chat(d: Doc, p: People) -> None:
    r = p.r
    agent_first, agent_last = p.first(), p.surname()
    cust_first, cust_last = p.first(), p.surname()
    agent = agent_first if r.random() < 0.6 else f"{agent_first} {agent_last[0]}."
    cust = r.choice((f"{cust_first} {cust_last}", cust_first, cust_first.lower()))
    stamp = [r.randrange(8, 21), r.randrange(0, 50)]

    def say(who: str, pseudonym: str) -> None:
        stamp[1] += r.randrange(1, 4)
        stamp[0], stamp[1] = stamp[0] + stamp[1] // 60, stamp[1] % 60
        d.t(f"[{stamp[0]:02d}:{stamp[1]:02d}] ")
        d.pii("PERSON", who, pseudonym)
        d.t(": ")

    d.t(f"Chat-log, {r.choice(PRODUCTS)}, {p.stamp()}\n")
    say(agent, "Medarbejder 1")
    d.t(r.choice(("Hej, du taler med ", "Hi, this is ", "Godaften, mit navn er ")))
    d.pii("PERSON", agent_first, "Medarbejder 1")
    d.t(" fra PakkeLynet. Hvad kan jeg hjælpe med?\n")
    say(cust, "Kunde A")
    d.t(r.choice(OPENINGS) + r.choice((" sporingsnr ", " - pakke nr. ", " ")) + p.tracking() + "\n")
    say(agent, "Medarbejder 1")
    d.t(
        r.choice(
            (
                "Må jeg bede om dit telefonnr og din mail på profilen?",
                "For at finde din profil: tlf. og e-mail tak",
                "Could you give me the phone number and e-mail on your profile?",
            )
        )
        + "\n"
    )
    say(cust, "Kunde A")
    d.pii("PHONE", p.phone(), "[TLF]")
    d.t(r.choice((" og ", " / ", "\n")))
    if d.text.endswith("\n"):
        say(cust, "Kunde A")
    d.pii("EMAIL", p.email(cust_first, cust_last), "[e-mail]")
    d.t("\n")
    say(agent, "Medarbejder 1")
    d.t(
        r.choice(
            (
                "Tak. Leveringsadressen blev ændret i går. Hvad er din rigtige adresse?",
                "Jeg kan se at der er lagt en omstilling ind. Hvilken adresse bor du på?",
                "ok, kan du bekræfte din adresse",
            )
        )
        + "\n"
    )
    say(cust, "Kunde A")
    d.t(r.choice(("", "det er ", "jeg bor på ")))
    d.pii("ADDRESS", p.address(two_lines=False), "[ADRESSE]")
    d.t("\n")
    if r.random() < 0.5:
        say(cust, "Kunde A")
        d.t(r.choice(("de ringede og bad om koden fra sms'en, jeg gav dem ",
                      "en 'medarbejder' fik koden ", "I gave them the code ")))  # fmt: skip
        d.pii("OTP", p.otp(), "[kode]")
        d.t("\n")
    say(agent, "Medarbejder 1")
    d.t(
        f"Jeg har låst profilen ({p.customer()}) og oprettet {p.case()}. "
        f"{r.choice(('Pakken kan afhentes i depotet på', 'Pakken ligger nu i depotet på'))} "
        f"{p.depot()} mod legitimation.\n"
    )
    if r.random() < 0.3:
        say(cust, "Kunde A")
        d.t(r.choice(("tak for hjælpen", "ok tak", "THANKS")) + "\n")


def telefonnotat(d: Doc, p: People) -> None:
    r = p.r
    d.t(f"TELEFONNOTAT {p.stamp()} / {p.case()}\nOpkald fra: ")
    first, _ = person(d, p, "Kunde B")
    d.t(", tlf. ")
    d.pii("PHONE", p.phone(), "[TLF]")
    born = p.birth()
    d.t(r.choice((", født ", ", f. ", "\nFødselsdato: ", "\nDOB: ")))
    d.pii("DATE_OF_BIRTH", p.dob(born), "[dato]")
    if r.random() < 0.45:
        d.t(r.choice(("\nCPR til ID-tjek: ", "\ncpr ", "\nCPR-nr. oplyst: ")))
        d.pii("CPR", p.cpr(born), "[CPR]")
    d.t("\nAdresse:\n")
    d.pii("ADDRESS", p.address(two_lines=r.random() < 0.8), "[ADRESSE]")
    says = r.choice(("kunden oplyser at", "KUNDE SIGER", "Kunden fortæller, at"))
    d.t(f"\n\n{says} profilen i appen er overtaget, "
        f"der er bestilt omdirigering af 3 pakker ({p.order()}). ")  # fmt: skip
    if r.random() < 0.55:
        d.t("Har betalt 'toldgebyr' via bankoverførsel til reg. ")
        reg, account = p.account()
        d.t(f"{reg} konto ")
        d.pii("BANK_ACCOUNT", account, "[kontonr.]")
        d.t(". ")
    else:
        d.t("Udenlandsk modtagerkonto oplyst af svindler: ")
        d.pii("IBAN", p.iban(), "DK71XXXXXXXXXX0932")
        d.t(". ")
    d.t("Kunden oplyste i telefonen sit MitID bruger-ID ")
    d.pii("MITID_USER", p.mitid(first, born), "[bruger-id]")
    d.t(" og koden ")
    d.pii("OTP", p.otp(), "[kode]")
    d.t(". ")
    d.t(r.choice(("Henvist til politiet på 114 og egen bank. ", "Anbefalet anmeldelse, tlf 114. ")))
    d.t("Noteret af ")
    d.pii("PERSON", f"{p.first()[0]}. {p.surname()}", "Medarbejder 2")
    d.t(f" {p.clock()}.")


def chaufforrapport(d: Doc, p: People) -> None:
    r = p.r
    d.t(f"CHAUFFØRRAPPORT – rute {r.randrange(100, 999)}, {p.stamp()}\nChauffør: ")
    person(d, p, "Chauffør 1")
    d.t(", bil ")
    d.pii("NUMBER_PLATE", p.plate(), "XX ** ***")
    d.t(f", {p.device()}\nPakke {p.tracking()} til ")
    person(d, p, "Kunde A")
    d.t(",\n")
    d.pii("ADDRESS", p.address(two_lines=r.random() < 0.7), "[ADRESSE]")
    d.t(r.choice(("\nmodtager ikke hjemme, pakken lagt ved døren kl ",
                  "\nPakke stillet ved bagdør jf aftale, foto taget. kl ")))  # fmt: skip
    d.t(f"{r.randrange(8, 17)}:{r.randrange(10, 59)}.\n")
    d.t("Så en hvid varevogn ")
    d.pii("NUMBER_PLATE", p.plate(), "XX ** ***")
    d.t(r.choice((" holde ved indkørslen, en mand tog pakken. ", " følge efter bilen i 2 gader. ")))
    d.t("Nabo ")
    person(d, p, "Vidne 1")
    if r.random() < 0.4:
        d.t(" (")
        d.pii("PERSON", p.genitive(), "Vidne 1s")
        d.t(" mand så det også)")
    d.t(" ringede fra ")
    d.pii("PHONE", p.phone(), "[TLF]")
    d.t(f". Returneret til depot {p.depot()}.")


def depotlog(d: Doc, p: People) -> None:
    r = p.r
    d.t(f"DEPOTLOG {p.depot()}\n{p.stamp()} udlevering af {p.tracking()} "
        f"({p.device()})\n")  # fmt: skip
    first, last = p.first(), p.surname()
    d.t("Navn på ID: ")
    d.pii("PERSON", f"{first} {last}".upper(), "[NAVN]")
    d.t(", ID-type: kørekort, ")
    born = p.birth()
    d.t("født ")
    d.pii("DATE_OF_BIRTH", p.dob(born), "[dato]")
    d.t("\nAfhenter svarer IKKE til modtager på label: ")
    person(d, p, "Kunde B")
    d.t(r.choice((". Udleveret ikke – sendt til sikkerhed.", ". afhenter gik igen, kørte i ")))
    if not d.text.endswith("."):
        d.pii("NUMBER_PLATE", p.plate(), "XX ** ***")
        d.t(".")
    d.t("\nMedarb.: ")
    d.pii("PERSON", p.first(), "Medarbejder 2")
    d.t(f", {p.clock()}")


def mail_kunde(d: Doc, p: People) -> None:
    r = p.r
    first, last = p.first(), p.surname()
    mail = p.email(first, last)
    d.t("Fra: ")
    d.pii("EMAIL", mail, p.masked_mail())
    subject = r.choice(("Stjålet pakke", "SVINDEL??", "Re: din sag"))
    d.t(f"\nTil: kundeservice, PakkeLynet\nEmne: {subject}"
        f" {p.case()}\n\n{r.choice(('Hej', 'Goddag', 'Hej igen'))},\n\n")  # fmt: skip
    d.t(f"min pakke {p.tracking()} er meldt leveret men jeg har intet fået. ")
    d.t(r.choice(("Jeg bor på ", "Min adresse er ", "Den skulle til ")))
    d.pii("ADDRESS", p.address(two_lines=False), "[ADRESSE]")
    d.t(". Erstatningen på " + p.amount() + " bedes sat ind på ")
    reg, account = p.account()
    d.pii("BANK_ACCOUNT", f"{reg}{r.choice(('-', ' '))}{account}", "[kontonr.]")
    d.t(".\n\nMvh\n")
    d.pii(
        "PERSON",
        r.choice(
            (
                f"{first} {last}",
                first,
                f"{first} {r.choice(WOMEN if first in WOMEN else MEN)} {last}",
            )
        ),
        "Kunde A",
    )
    d.t("\nTlf. ")
    d.pii("PHONE", p.phone(), "[TLF]")
    d.t("\n\n---\nSvar fra ")
    d.pii("PERSON", f"{p.first()} {p.surname()}", "Medarbejder 1")
    d.t(f", PakkeLynet A/S, {HEAD_OFFICE}, CVR-nr. {r.randrange(10**7, 10**8)}:\n"
        f"Vi har oprettet {p.case()} og behandler sagen inden for 5 hverdage.")  # fmt: skip


def mail_politi(d: Doc, p: People) -> None:
    r = p.r
    d.t(f"Til: Politiet, {POLICE}\nEmne: Anmeldelse – tyveri af pakker, vores {p.case()}"
        f"\n\nHermed oplysninger om kunden jf. anmodning, journalnr. {r.randrange(1000, 9999)}-"
        f"{r.randrange(10000, 99999)}-{r.randrange(10000, 99999)}-26.\n\nNavn: ")  # fmt: skip
    first, last = p.first(), p.surname()
    d.pii("PERSON", f"{last}, {first}" if r.random() < 0.5 else f"{first} {last}", "[NAVN]")
    d.t("\nCPR: ")
    born = p.birth()
    d.pii("CPR", p.cpr(born), "[CPR]")
    d.t("\nAdresse: ")
    d.pii("ADDRESS", p.address(two_lines=False), "[ADRESSE]")
    d.t("\nTelefon: ")
    d.pii("PHONE", p.phone(), "[TLF]")
    d.t("\nE-mail: ")
    d.pii("EMAIL", p.email(first, last), p.masked_mail())
    d.t("\n\nMistænkt bil set på overvågning i depotet: ")
    d.pii("NUMBER_PLATE", p.plate(), "XX ** ***")
    d.t(f" ({p.stamp()}). Beløb betalt af kunden til svindler: {p.amount()} til IBAN ")
    d.pii("IBAN", p.iban(), "DK71XXXXXXXXXX0932")
    d.t(".\n\nVenlig hilsen\n")
    d.pii("PERSON", f"{p.first()} {p.surname()}", "Medarbejder 2")
    d.t(f"\nSikkerhedsafdelingen, PakkeLynet A/S, {p.depot()}, tlf. {r.choice(ORG_LINES[:3])}")


def kontoovertagelse(d: Doc, p: People) -> None:
    r = p.r
    d.t(f"SAGSSKEMA kontoovertagelse – {p.case()} – {p.customer()}\nKunde: ")
    first, last = person(d, p, "Kunde A")
    born = p.birth()
    d.t("\nCPR-nr: ")
    d.pii("CPR", p.cpr(born), "[CPR]")
    d.t("\nMitID bruger-ID oplyst til svindler: ")
    d.pii("MITID_USER", p.mitid(first, born), "[bruger-id]")
    d.t(f"\nEngangskode {r.choice(('givet videre', 'læst op', 'sendt'))}: ")
    d.pii("OTP", p.otp(), "[kode]")
    d.t("\nKort tilknyttet profilen: ")
    d.pii("CARD", p.card(), "**** **** **** " + f"{r.randrange(1000, 9999)}")
    d.t(", udløb ")
    d.pii("CARD_EXPIRY", p.expiry(), "**/**")
    reg, account = p.account()
    d.t(f"\nUdbetalingskonto ændret til reg.nr. {reg}, kontonr. ")
    d.pii("BANK_ACCOUNT", account, "[kontonr.]")
    d.t("\nKontakt-mail (ændret af svindler fra): ")
    d.pii("EMAIL", p.email(first, last), p.masked_mail())
    d.t(f"\nHandling: profil låst {p.stamp()}, password nulstillet, "
        f"nyt login via {r.choice(PRODUCTS)}."
        f"\nsagsbeh. ")  # fmt: skip
    d.pii("PERSON", p.genitive(), "Medarbejder 1")
    d.t(" note, ring tilbage ")
    d.t(f"{p.clock()}.")


WRITERS: Final[dict[str, Writer]] = {
    "sms_svindel": sms_svindel,
    "chat": chat,
    "telefonnotat": telefonnotat,
    "chaufforrapport": chaufforrapport,
    "depotlog": depotlog,
    "mail_kunde": mail_kunde,
    "mail_politi": mail_politi,
    "kontoovertagelse": kontoovertagelse,
}


def generate(seed: int | str = SEED, size: int = SIZE) -> list[dict]:
    """The set: `size` documents, NEGATIVES/SIZE of them pseudonymised negatives."""
    r = random.Random(seed)
    negatives = round(size * NEGATIVES / SIZE)
    kinds = ["negative"] * negatives + ["positive"] * (size - negatives)
    r.shuffle(kinds)
    docs, seen = [], set()
    for i, kind in enumerate(kinds):
        genre = GENRES[i % len(GENRES)]
        while True:
            d = Doc(kind == "negative")
            WRITERS[genre](d, People(r))
            if d.text not in seen:
                break
        seen.add(d.text)
        docs.append({"id": f"pb87-{i:04d}", "genre": genre, "kind": kind, "text": d.text,
                     "spans": d.spans})  # fmt: skip
    return docs


def main(out: str) -> None:
    with Path(out).open("w", encoding="utf-8") as f:
        for doc in generate():
            f.write(json.dumps(doc, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main(sys.argv[1])
