"""A thirteenth blind, seeded generator of Danish text with labelled personal data (issue 18).

Written without looking at the recognisers, their word lists or the earlier generators' bodies,
as a held-out test set with its own names, streets and towns. It stresses the written Danish of
ordinary and of older people around a scam, in five genres: SMS and Messenger threads between
family members (lower case, little punctuation, Jutlandic and Copenhagen spellings "æ ka ik",
emojis, "mvh", "vh", "kh", "ok", numbers typed with spaces or dots "20.30.40.50", "cpr nr 010190
1234", names written in lower case), letters and e-mails by elderly victims to their bank and to
the police (long sentences, "De/Dem", a letterhead with full name and address block, the bank's
own address, "f. 12. marts 1941"), notes by a relative who helps ("min far Poul Erik"), and
voice-message transcripts (fillers, no punctuation, numbers as dictated). The names are those of
Danes born 1930-1960 with middle names ("Karen Margrethe Jensen"), their children's and
grandchildren's names, nicknames ("Bolle", "Kis", "Bitten"), "Sr."/"Jr." and married and maiden
names ("Hanne Hansen (født Nielsen)").

Conventions (exact offsets are scored):
- PERSON is a name as written, without title or role ("mor", "farmor", "min far", "kunden",
  "bankrådgiver"); lower-case names in chats ("lone", "poul erik") and nicknames ("Bolle") are
  PERSON; "Sr." and "Jr." belong to the span ("Poul Erik Madsen Sr."); "Jensen, Karen Margrethe"
  is one span; a genitive s belongs to it. A married name with the maiden name after it is two
  spans: "Hanne Hansen" and the maiden surname "Nielsen" in "(født Nielsen)" or ", f. Nielsen".
  A scammer's alias ("Mikkel fra Fjordbanken") is PERSON, the bank is not. Streets named after
  people ("H.C. Ørsteds Vej"), products and brands named after people ("Ingrid Marie-æbler",
  "Karen Volf-småkager", "Anton Berg-chokolade", "Sarah Bernhardt-kager"), family words and
  pseudonyms ("[NAVN]", "Forurettede", "Person A") are never PERSON.
- ADDRESS runs from the street name through number, letter, floor and side ("14B", "2. th.",
  "st. tv."), plus ", postcode town" on the same line or the next line of an address block
  (line break included); written in lower case in chats ("lærkevej 7"). Every street address
  with a number is labelled, a bank's and a police station's too.
- CPR is synthetic: a valid birth date, a seventh digit that fits the century (0-3 for the
  1900s, 4 for 2000-2005), and a serial that makes the number FAIL modulus 11; forms
  "DDMMYY-SSSS", "DDMMYYSSSS", "DD MM YY SSSS" and "DDMMYY SSSS". DATE_OF_BIRTH is a full date
  with a four-digit year right after "født", "f." or "Fødselsdato:" ("12. marts
  1941", "12.03.1941", "12/3-1941", "12-03-1941"); every other date and time stamp is never
  labelled, and "født"/"f." before a maiden name is no birth date.
- PHONE: Danish numbers (8 digits in mobile and landline ranges, never 70 or 80 here) in the
  forms "+45 20304050", "+45 20 30 40 50", "2030 4050", "(+45) 20 30 40 50", "0045 20304050",
  "20 30 40 50", "20304050", "+4520304050" and "20.30.40.50"; the country code belongs to the
  span, brackets included. Foreign ones only from ranges reserved for fiction: "+44 7700 900xxx"
  and "+46 70 174 06 xx" (05-99). Organisations' numbers (70/80 lines, 112, 114, 1813, SMS
  short codes) are not PHONE.
- EMAIL: every e-mail address (all on example.* domains), each occurrence.
- BANK_ACCOUNT: reg.nr. and account written together ("1234-1234567890", "1234 1234567890")
  are one span; where the reg.nr. has its own word ("reg. 1234 konto 12345678", "reg nr 1234
  kontonr 1234567890") only the account is the span. IBAN: valid check digits and the country's
  length (IBAN_LENGTH), grouped by four or compact. CARD: Luhn-valid with a published test
  prefix (TEST_PREFIXES), grouped by four or compact; CARD_EXPIRY "MM/YY" or "MM/YYYY"; CARD_CVV
  3 digits after "CVV", "cvc", "cvv" or "kontrolcifre". OTP: a one-time code sent, asked for or
  given (6 or 8 digits); MITID_USER a MitID user ID given as such; NUMBER_PLATE a Danish plate
  ("AX 23 456").
- Hard negatives, never labelled: amounts ("25.000 kr."), dates and clock times ("kl. 20.30",
  "05.12.26"), police journal numbers, CVR numbers, payment references, masked values
  ("010190-xxxx", "+45 ** ** ** 17", "k***@example.dk", "**** **** **** 4242", "******7890"),
  organisations' 70/80 and short numbers, family words, brands and products named after people
  and streets named after people without a number. Documents of kind "negative" are the same
  genres after pseudonymisation: only such values remain.

Each document is {"id", "genre", "kind", "text", "spans": [{"start", "end", "type"}]}.
``python -m bench.pii_blind12 OUT.jsonl`` writes the set; ``generate()`` returns it.
"""

from __future__ import annotations

import json
import random
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

SEED = 1312
SIZE = 1000
NEGATIVE_SHARE = 0.35
GENRES = ("sms_familie", "brev_bank", "brev_politi", "paaroerende_note", "talebesked")
TYPES = ("PERSON", "ADDRESS", "CPR", "DATE_OF_BIRTH", "PHONE", "EMAIL", "BANK_ACCOUNT", "IBAN")
TYPES += ("CARD", "CARD_EXPIRY", "CARD_CVV", "OTP", "MITID_USER", "NUMBER_PLATE")
WEIGHTS = (4, 3, 2, 7, 6, 5, 4, 3, 2, 1)
MOBILE = ("20", "21", "22", "23", "24", "25", "26", "27", "28", "29", "30", "31", "40", "41")
MOBILE += ("42", "50", "51", "52", "53", "60", "61", "71", "81", "91", "92", "93")
LANDLINE = ("32", "33", "35", "36", "38", "39", "43", "44", "45", "46", "47", "48", "49", "54")
LANDLINE += ("56", "57", "58", "59", "62", "63", "64", "65", "66", "69", "72", "73", "74", "75")
LANDLINE += ("76", "86", "87", "89", "96", "97", "98", "99")
TEST_PREFIXES = ("424242", "400005", "411111", "401288", "555555", "510510", "520082", "222300")
TEST_PREFIXES += ("378282", "371449")
IBAN_LENGTH = {"DK": 18, "DE": 22, "GB": 22, "LT": 20, "ES": 24, "PL": 28, "NL": 18, "FR": 27}
IBAN_LENGTH |= {"SE": 24, "NO": 15, "IE": 22}
MONTHS = ("januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september")
MONTHS += ("oktober", "november", "december")

OLD_WOMEN = ("Karen", "Inger", "Kirsten", "Bodil", "Grethe", "Ruth", "Else", "Ellen", "Lis")
OLD_WOMEN += ("Birthe", "Jytte", "Gudrun", "Edith", "Ingrid", "Dagmar", "Ester", "Asta", "Gerda")
OLD_WOMEN += ("Tove", "Lillian", "Aase", "Solveig", "Oda", "Henny", "Ebba", "Anna", "Mona")
WOMEN_MIDDLE = ("Margrethe", "Marie", "Kristine", "Elisabeth", "Johanne", "Louise", "Sofie")
WOMEN_MIDDLE += ("Dorthea", "Ane", "Helene", "Kirstine", "Mathilde", "Emilie")
OLD_MEN = ("Poul", "Erik", "Jens", "Niels", "Hans", "Ole", "Knud", "Svend", "Aage", "Arne")
OLD_MEN += ("Børge", "Egon", "Preben", "Finn", "Leif", "Bent", "Kaj", "Holger", "Verner")
OLD_MEN += ("Jørgen", "Villy", "Orla", "Gunnar", "Henning", "Palle", "Flemming", "Carl", "Ejvind")
MEN_MIDDLE = ("Erik", "Aage", "Kristian", "Peder", "Viggo", "Valdemar", "Johannes", "Frederik")
MEN_MIDDLE += ("Emil", "Martin", "Otto", "Henry")
MID_WOMEN = ("Lone", "Susanne", "Tina", "Dorthe", "Pia", "Helle", "Anette", "Lene", "Charlotte")
MID_WOMEN += ("Mette", "Gitte", "Jette", "Bettina", "Marianne", "Vibeke", "Hanne", "Rikke")
MID_MEN = ("Jesper", "Henrik", "Lars", "Søren", "Torben", "Thomas", "Michael", "Brian", "Kim")
MID_MEN += ("René", "Allan", "Carsten", "Jan", "Morten", "Bjarne", "Steen", "Claus")
YOUNG = ("Mathilde", "Freja", "Emma", "Ida", "Sofie", "Laura", "Clara", "Alberte", "Nanna")
YOUNG += ("Frida", "Mikkel", "Rasmus", "Mads", "Frederik", "Oliver", "Lucas", "Magnus", "Noah")
YOUNG += ("Emil", "Victor", "Oscar", "Asger", "Silas", "Karla", "Josefine", "Malthe")
YOUNG_MEN = ("Mikkel", "Rasmus", "Mads", "Frederik", "Oliver", "Lucas", "Magnus", "Noah", "Emil")
SURNAMES = ("Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen")
SURNAMES += ("Sørensen", "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen")
SURNAMES += ("Thomsen", "Poulsen", "Johansen", "Mortensen", "Knudsen", "Møller", "Bundgaard")
SURNAMES += ("Kjærsgaard", "Vestergaard", "Overgaard", "Thygesen", "Munk", "Lauridsen", "Skovbo")
SURNAMES += ("Damgaard", "Brask", "Holmgaard", "Iversen", "Lykkegaard", "Fogh", "Bech", "Nørgaard")
SURNAMES += ("Mølgaard", "Kirkegaard", "Husted", "Hvid", "Kjeldsen", "Dalsgaard", "Toft", "Krog")
NICKNAMES = {"Bodil": "Bolle", "Kirsten": "Kis", "Birthe": "Bitten", "Elisabeth": "Lisbeth"}
NICKNAMES |= {"Niels": "Nisse", "Hans": "Hasse", "Svend": "Svenne", "Johanne": "Hanne"}
NICKNAMES |= {"Margrethe": "Grethe", "Sofie": "Fie", "Frederik": "Frede", "Ingrid": "Ingse"}
NICKNAMES |= {"Gudrun": "Guddi", "Jørgen": "Jønne", "Karen": "Kaja", "Poul": "Pølle"}
STREETS = ("Skovbrynet", "Lærkevej", "Kirkebakken", "Møllevangen", "Engtoften", "Rosenhaven")
STREETS += ("Præstemarken", "Bøgeallé", "Hybenvej", "Syrenvej", "Solsikkevej", "Gl. Landevej")
STREETS += ("Grønnegade", "Algade", "Vestergade", "Nørregade", "Tårnvej", "Fasanvej", "Åbrinken")
STREETS += ("Kastanievej", "Humlevej", "Poppelvej", "Strandvejen", "Havrevænget", "Bakkedraget")
STREETS += ("Rugmarken", "H.C. Ørsteds Vej", "Kong Valdemars Vej", "Skt. Mogens Gade")
TOWNS = ("8600 Silkeborg", "7400 Herning", "6700 Esbjerg", "9800 Hjørring", "4700 Næstved")
TOWNS += ("5700 Svendborg", "6400 Sønderborg", "8900 Randers", "7500 Holstebro", "4200 Slagelse")
TOWNS += ("3400 Hillerød", "2800 Kongens Lyngby", "9900 Frederikshavn", "7100 Vejle")
TOWNS += ("8700 Horsens", "6100 Haderslev", "4800 Nykøbing F", "3700 Rønne", "9500 Hobro")
TOWNS += ("8500 Grenaa", "5500 Middelfart", "4300 Holbæk", "7800 Skive", "6950 Ringkøbing")
BANKS = ("Fjordbanken", "Vestkyst Sparekasse", "Lindholm Bank", "Andelsbanken Midt")
BANKS += ("Sydhavn Bank", "Sparekassen Hedeland")
POLICE = ("Midt- og Vestjyllands Politi", "Sydsjællands og Lolland-Falsters Politi")
POLICE += ("Nordjyllands Politi", "Fyns Politi", "Østjyllands Politi", "Bornholms Politi")
PRODUCTS = ("Ingrid Marie-æbler", "Karen Volf-småkager", "Anton Berg-chokolade")
PRODUCTS += ("Sarah Bernhardt-kager", "Gråsten-æbler", "Othello-lagkage")
ROLES_SMS = ("mor", "far", "mormor", "farfar", "morfar", "farmor", "moster", "onkel", "søster")
PSEUDONYMS = ("[NAVN]", "[navn]", "Forurettede", "Person A", "Person B", "XX", "NN")
PLATE_LETTERS = "ABCDEJKLMNPRSTUVXYZ"
EMOJIS = ("😱", "🙏", "❤️", "👍", "😡", "😘", "😢", "🤬", "👌", "🥲")


@dataclass
class Person:
    first: str
    surname: str
    born: date
    middle: str = ""
    maiden: str = ""
    suffix: str = ""
    woman: bool = True
    values: dict[str, str] = field(default_factory=dict)

    def name(self, rng: random.Random, lower: bool = False, full: bool = False) -> str:
        given = f"{self.first} {self.middle}" if self.middle and rng.random() < 0.6 else self.first
        shape = rng.random() * (0.72 if full else 1)
        if shape < 0.45:
            text = f"{given} {self.surname}"
        elif shape < 0.6 and self.middle:
            text = f"{self.first} {self.middle[0]}. {self.surname}"
        elif shape < 0.72:
            text = f"{self.surname}, {given}"
        else:
            text = given
        if self.suffix and text.endswith(self.surname):
            text = f"{text} {self.suffix}"
        return text.lower() if lower else text


class Doc:
    """Text built piece by piece; labelled pieces become spans."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.spans: list[dict] = []
        self.size = 0

    def add(self, text: str, kind: str | None = None) -> None:
        if kind:
            self.spans.append({"start": self.size, "end": self.size + len(text), "type": kind})
        self.parts.append(text)
        self.size += len(text)

    def fill(self, template: str, **values: str | tuple[str, str]) -> None:
        for index, piece in enumerate(re.split(r"\{(\w+)\}", template)):
            if index % 2 == 0:
                self.add(piece)
            else:
                value = values[piece]
                if isinstance(value, tuple):
                    self.add(*value)
                else:
                    self.add(value)

    def text(self) -> str:
        return "".join(self.parts)


def modulus_fails(digits: str) -> bool:
    return sum(int(c) * w for c, w in zip(digits, WEIGHTS, strict=True)) % 11 != 0


def cpr_digits(rng: random.Random, born: date) -> str:
    seventh = 4 if born.year >= 2000 else rng.randint(0, 3)
    while True:
        digits = f"{born:%d%m}{born.year % 100:02d}{seventh}{rng.randint(0, 999):03d}"
        if modulus_fails(digits):
            return digits


def make_cpr(rng: random.Random, digits: str) -> str:
    form = rng.randrange(4)
    if form == 0:
        return f"{digits[:6]}-{digits[6:]}"
    if form == 1:
        return digits
    if form == 2:
        return f"{digits[:2]} {digits[2:4]} {digits[4:6]} {digits[6:]}"
    return f"{digits[:6]} {digits[6:]}"


def make_phone(rng: random.Random, mobile: bool = True) -> str:
    number = rng.choice(MOBILE if mobile else LANDLINE) + f"{rng.randint(0, 999999):06d}"
    pairs = " ".join(number[i : i + 2] for i in range(0, 8, 2))
    forms = (f"+45 {number}", f"+45 {pairs}", f"{number[:4]} {number[4:]}", f"(+45) {pairs}")
    forms += (f"0045 {number}", pairs, number, f"+45{number}", pairs.replace(" ", "."))
    return rng.choice(forms)


def foreign_phone(rng: random.Random) -> str:
    if rng.random() < 0.5:
        return f"+44 7700 900{rng.randint(0, 999):03d}"
    return f"+46 70 174 06 {rng.randint(5, 99):02d}"


def make_iban(rng: random.Random, country: str) -> str:
    rest = IBAN_LENGTH[country] - 4
    if country in ("GB", "NL", "IE"):
        bban = "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(4))
        bban += "".join(rng.choice("0123456789") for _ in range(rest - 4))
    else:
        bban = "".join(rng.choice("0123456789") for _ in range(rest))
    numeric = "".join(str(int(c, 36)) for c in bban + country + "00")
    compact = f"{country}{98 - int(numeric) % 97:02d}{bban}"
    return compact if rng.random() < 0.4 else " ".join(re.findall(".{1,4}", compact))


def make_card(rng: random.Random) -> str:
    prefix = rng.choice(TEST_PREFIXES)
    length = 15 if prefix.startswith("3") else 16
    body = prefix + "".join(rng.choice("0123456789") for _ in range(length - 1 - len(prefix)))
    total = 0
    for position, char in enumerate(reversed(body)):
        doubled = int(char) * (1 if position % 2 else 2)
        total += doubled - 9 if doubled > 9 else doubled
    number = body + str((10 - total % 10) % 10)
    if rng.random() < 0.3:
        return number
    if length == 15:
        return f"{number[:4]} {number[4:10]} {number[10:]}"
    return " ".join(re.findall(".{4}", number))


def make_account(rng: random.Random) -> tuple[str, str, str]:
    """(reg.nr., account, joint form)."""
    reg = f"{rng.randint(1000, 9899)}"
    account = f"{rng.randint(10**6, 10**10 - 1)}".zfill(rng.choice((8, 10)))
    return reg, account, f"{reg}{rng.choice('- ')}{account}"


def birth_date_text(rng: random.Random, born: date) -> str:
    forms = (
        f"{born.day}. {MONTHS[born.month - 1]} {born.year}",
        f"{born:%d.%m.%Y}",
        f"{born.day}/{born.month}-{born.year}",
        f"{born:%d-%m-%Y}",
    )
    return rng.choice(forms)


def random_date(rng: random.Random, first: int, last: int) -> date:
    start = date(first, 1, 1)
    return start + timedelta(days=rng.randrange((date(last, 12, 31) - start).days))


def make_street(rng: random.Random) -> str:
    street = f"{rng.choice(STREETS)} {rng.randint(1, 148)}{rng.choice(('', '', '', 'A', 'B'))}"
    floor = rng.choice(("", "", "", ", st. tv.", ", 1. th.", ", 2. tv.", ", st.", " 3. mf."))
    return street + floor


def make_address(rng: random.Random, block: bool = False) -> str:
    street, town = make_street(rng), rng.choice(TOWNS)
    if block:
        return f"{street}\n{town}"
    return rng.choice((street, f"{street}, {town}"))


def make_person(rng: random.Random, generation: str) -> Person:
    woman = rng.random() < 0.55
    if generation == "old":
        pool, middle_pool, born = (
            (OLD_WOMEN, WOMEN_MIDDLE) if woman else (OLD_MEN, MEN_MIDDLE)
        ) + (random_date(rng, 1930, 1960),)
    elif generation == "mid":
        pool, middle_pool, born = (
            (MID_WOMEN, WOMEN_MIDDLE) if woman else (MID_MEN, MEN_MIDDLE)
        ) + (random_date(rng, 1958, 1985),)
    else:
        pool, middle_pool, born = (YOUNG, YOUNG, random_date(rng, 1990, 2005))
    first = rng.choice(pool)
    person = Person(first=first, surname=rng.choice(SURNAMES), born=born, woman=woman)
    if rng.random() < (0.7 if generation == "old" else 0.3):
        person.middle = rng.choice([m for m in middle_pool if m != first])
    if woman and generation != "young" and rng.random() < 0.3:
        person.maiden = rng.choice([s for s in SURNAMES if s != person.surname])
    if not woman and rng.random() < 0.12:
        person.suffix = "Sr." if generation == "old" else "Jr."
    return person


def nickname(person: Person) -> str:
    return NICKNAMES.get(person.first) or NICKNAMES.get(person.middle) or person.first


def email_for(rng: random.Random, person: Person) -> str:
    first = (
        person.first.lower()
        .replace("é", "e")
        .replace("ø", "oe")
        .replace("æ", "ae")
        .replace("å", "aa")
    )
    last = person.surname.lower().replace("ø", "oe").replace("æ", "ae").replace("å", "aa")
    local = rng.choice(
        (
            f"{first}.{last}",
            f"{first}{person.born.year % 100:02d}",
            f"{first[0]}{last}{person.born.year % 100}",
            f"familien.{last}",
            f"{first}{last[0]}{rng.randint(1, 99)}",
        )
    )
    domain = rng.choice(
        ("example.dk", "example.dk", "post.example.dk", "example.net", "example.com")
    )
    return f"{local}@{domain}"


class Case:
    """One scam as seen by the victim and the family; renders values labelled or masked."""

    def __init__(self, rng: random.Random, negative: bool) -> None:
        self.rng = rng
        self.negative = negative
        self.victim = make_person(rng, "old")
        self.child = make_person(rng, "mid")
        self.grandchild = make_person(rng, "young")
        self.child.surname = rng.choice((self.victim.surname, self.child.surname))
        self.grandchild.surname = rng.choice((self.child.surname, self.grandchild.surname))
        self.alias = rng.choice(MID_MEN + YOUNG_MEN)
        self.alias_full = f"{self.alias} {rng.choice(SURNAMES)}"
        self.bank = rng.choice(BANKS)
        self.police = rng.choice(POLICE)
        self.amount = f"{rng.randint(2, 240) * 500:,}".replace(",", ".")
        self.day = random_date(rng, 2026, 2026)
        self.cpr = cpr_digits(rng, self.victim.born)
        self.street, self.town = make_street(rng), rng.choice(TOWNS)
        self.home = rng.choice((self.street, f"{self.street}, {self.town}"))

    # values -------------------------------------------------------------------------------
    def name(
        self, person: Person, lower: bool = False, full: bool = False
    ) -> str | tuple[str, str]:
        if self.negative:
            return self.rng.choice(PSEUDONYMS)
        return (person.name(self.rng, lower, full), "PERSON")

    def married_name(self, d: Doc, person: Person) -> None:
        """ "Hanne Hansen (født Nielsen)": two spans, or the name alone."""
        if not person.maiden or self.negative or self.rng.random() < 0.3:
            d.fill("{n}", n=self.name(person, full=True))
            return
        given = (
            f"{person.first} {person.middle}".strip() if self.rng.random() < 0.5 else person.first
        )
        d.fill("{n}", n=(f"{given} {person.surname}", "PERSON"))
        if self.rng.random() < 0.5:
            d.fill(" (født {m})", m=(person.maiden, "PERSON"))
        else:
            d.fill(", f. {m}", m=(person.maiden, "PERSON"))

    def val(self, kind: str, value: str) -> str | tuple[str, str]:
        if not self.negative:
            return (value, kind)
        digits = re.sub(r"\D", "", value)
        masks: dict[str, Callable[[], str]] = {
            "PERSON": lambda: self.rng.choice(PSEUDONYMS),
            "ADDRESS": lambda: self.rng.choice(("[ADRESSE]", "[adresse]", "(adresse slettet)")),
            "CPR": lambda: self.rng.choice((f"{digits[:6]}-xxxx", "xxxxxx-xxxx", "[CPR]")),
            "DATE_OF_BIRTH": lambda: "[fødselsdato]",
            "PHONE": lambda: self.rng.choice((f"+45 ** ** ** {digits[-2:]}", "xx xx xx xx")),
            "EMAIL": lambda: f"{value[0]}***@{value.split('@')[1]}",
            "BANK_ACCOUNT": lambda: f"******{digits[-4:]}",
            "IBAN": lambda: f"{value[:2]}** **** **** **** {digits[-4:]}",
            "CARD": lambda: f"**** **** **** {digits[-4:]}",
            "CARD_EXPIRY": lambda: "**/**",
            "CARD_CVV": lambda: "***",
            "OTP": lambda: "******",
            "MITID_USER": lambda: "[bruger-id]",
            "NUMBER_PLATE": lambda: "[nummerplade]",
        }
        return masks[kind]()

    def phone(self, person: Person | None = None, mobile: bool = True) -> str | tuple[str, str]:
        return self.val("PHONE", make_phone(self.rng, mobile))

    def org_line(self) -> str:
        pairs = " ".join(f"{self.rng.randint(10, 99)}" for _ in range(3))
        return f"{self.rng.choice(('70', '80'))} {pairs}"

    def journal(self) -> str:
        r = self.rng
        return f"{r.randint(1000, 4999)}-{r.randint(10000, 99999)}-{r.randint(100, 999):05d}-26"


def casual(text: str, rng: random.Random) -> str:
    """Chat spelling: lower case, fewer full stops, dialect and abbreviations."""
    text = text.lower()
    swaps = {"jeg ": "æ ", "ikke": "ik", "kan ": "ka ", "hvad": "hva", "skal": "sku"}
    for word, dialect in swaps.items():
        if rng.random() < 0.35:
            text = text.replace(word, dialect)
    if rng.random() < 0.6:
        text = text.replace(". ", " ").replace(",", "")
    return text


def given_name(c: Case, person: Person) -> str | tuple[str, str]:
    """How family members greet each other: given name, nickname or lower case."""
    r = c.rng
    if c.negative:
        return r.choice(ROLES_SMS)
    value = r.choice((person.first, nickname(person), person.first.lower()))
    return (value, "PERSON")


# incidents: each tells one part of the scam, in each register ------------------------------
Value = str | tuple[str, str]
Told = tuple[dict[str, str], dict[str, Value]]


def scam_call(c: Case) -> Told:
    r = c.rng
    when = f"{c.day.day}/{c.day.month} kl. {r.randint(8, 19)}.{r.randint(0, 59):02d}"
    return {
        "letter": f"Den {c.day.day}. {MONTHS[c.day.month - 1]} blev jeg ringet op af en mand, der "
        f"præsenterede sig som {{alias}} fra {c.bank}s sikkerhedsafdeling, og som ringede fra "
        "nummeret {sphone}, hvilket jeg dengang ikke fandt mistænkeligt, idet han kendte "
        "både mit navn og min adresse. ",
        "voice": "øh ja der ringede så en der hed {alias} og han sagde han var fra banken "
        "og nummeret det var {sphone} tror jeg ",
        "note": f"- {when}: opkald fra {{sphone}}, manden kaldte sig {{alias}} og sagde han var "
        f"fra {c.bank}\n",
        "sms": f"der ringede en {{alias}} fra {c.bank} på {{sphone}} ",
    }, {
        "alias": c.val("PERSON", c.alias if r.random() < 0.6 else c.alias_full),
        "sphone": c.val("PHONE", make_phone(r) if r.random() < 0.7 else foreign_phone(r)),
    }


def gave_cpr(c: Case) -> Told:
    return {
        "letter": "Han bad mig bekræfte mit personnummer, og jeg oplyste ham desværre {cpr}, "
        "som jeg nu forstår, at jeg aldrig burde have givet til nogen i telefonen. ",
        "voice": "og så ville han ha mit cpr nummer og det sagde jeg så {cpr} ",
        "note": "- har givet CPR-nr. {cpr} i telefonen\n",
        "sms": c.rng.choice(("han fik mit cpr nr {cpr} ", "cpr {cpr} har han også ")),
    }, {"cpr": c.val("CPR", make_cpr(c.rng, c.cpr))}


def gave_card(c: Case) -> Told:
    r = c.rng
    month, year = r.randint(1, 12), r.randint(26, 31)
    expiry = f"{month:02d}/{year}" if r.random() < 0.6 else f"{month:02d}/20{year}"
    cue = r.choice(("CVV", "kontrolcifre", "cvc"))
    return {
        "letter": "Endvidere oplyste jeg mit kortnummer {card} med udløb {expiry} og "
        f"{cue} {{cvv}}, idet han forsikrede mig om, at kortet ellers ville blive misbrugt. ",
        "voice": "og så læste jeg kortet op for ham altså {card} og den gik til {expiry} "
        f"og {cue.lower()} {{cvv}} ",
        "note": f"- kort {{card}}, udløb {{expiry}}, {cue} {{cvv}} givet videre → SPÆRRET via "
        f"{c.org_line()}\n",
        "sms": f"kortnr {{card}} udl {{expiry}} {cue.lower()} {{cvv}} det er sendt til dem ",
    }, {
        "card": c.val("CARD", make_card(r)),
        "expiry": c.val("CARD_EXPIRY", expiry),
        "cvv": c.val("CARD_CVV", f"{r.randint(100, 999)}"),
    }


def gave_otp(c: Case) -> Told:
    six = c.rng.random() < 0.7
    code = f"{c.rng.randrange(10**6):06d}" if six else f"{c.rng.randrange(10**8):08d}"
    return {
        "letter": "Kort efter modtog jeg en sms med koden {otp}, som han bad mig læse op for at "
        "annullere en mistænkelig betaling, hvilket jeg gjorde. ",
        "voice": "og så kom der en kode på telefonen {otp} og den skulle jeg sige til ham ",
        "note": "- engangskode {otp} læst op for svindleren\n",
        "sms": "de fik koden {otp} 😢 ",
    }, {"otp": c.val("OTP", code)}


def gave_mitid(c: Case) -> Told:
    first = c.victim.first.lower().replace("ø", "o").replace("æ", "ae").replace("å", "aa")
    year = c.victim.born.year
    user = f"{first}{year % 100:02d}" if c.rng.random() < 0.5 else f"{first}{year}"
    return {
        "letter": "Jeg oplyste også mit MitID bruger-id {mitid} og godkendte derefter i app'en, "
        "uden at jeg forstod, hvad jeg godkendte. ",
        "voice": "og han ville ha mit mitid bruger id det er {mitid} ",
        "note": "- MitID bruger-id: {mitid} (skal skiftes!)\n",
        "sms": "mit mitid bruger id {mitid} fik han også ",
    }, {"mitid": c.val("MITID_USER", user)}


def transfer(c: Case) -> Told:
    reg, account, joint = make_account(c.rng)
    apart = c.rng.random() < 0.5
    letter = (
        f"Der blev samme dag overført {c.amount} kr. fra min konto reg. {reg} konto {{acct}} "
        "til en for mig ukendt konto, som jeg hermed beder Dem standse. "
        if apart
        else f"Han fik mig til at flytte {c.amount} kr. fra min konto {{acct}} til en såkaldt "
        "sikker konto. "
    )
    voice = f"og der er gået {c.amount} kroner fra kontoen " + (
        f"reg nr {reg} kontonr {{acct}} " if apart else "{acct} "
    )
    return {
        "letter": letter,
        "voice": voice,
        "note": f"- {c.amount} kr. trukket fra konto {{acct}}\n",
        "sms": f"der er røget {c.amount} kr fra kontoen {{acct}} 😡 ",
    }, {"acct": c.val("BANK_ACCOUNT", account if apart else joint)}


def iban_transfer(c: Case) -> Told:
    country = c.rng.choice(tuple(IBAN_LENGTH))
    return {
        "letter": "Pengene blev sendt videre til kontoen {iban} i udlandet, og jeg vil bede Dem "
        "forsøge at få overførslen tilbagekaldt. ",
        "voice": "og det var til et udenlandsk nummer {iban} ",
        "note": "- modtager-IBAN: {iban}\n",
        "sms": "iban {iban} hvor pengene gik hen ",
    }, {"iban": c.val("IBAN", make_iban(c.rng, country))}


def visit(c: Case) -> Told:
    r = c.rng
    plate = f"{''.join(r.sample(PLATE_LETTERS, 2))} {r.randint(10, 99)} {r.randint(100, 999)}"
    return {
        "letter": "Samme eftermiddag kom en ung mand til min bopæl på {addr} for at hente mit "
        "kort, og min nabo noterede, at han kørte i en grå bil med registreringsnummer "
        "{plate}. ",
        "voice": "og så kom der en hjem til mig på {addr} og hentede kortet han havde en hvid "
        "bil {plate} ",
        "note": "- 'kurer' hentede kortet på {addr}, bil {plate} (naboen så det)\n",
        "sms": "en mand kom ud på {addr} og tog kortet med nummerplade {plate} ",
    }, {
        "addr": c.val("ADDRESS", c.home.lower() if r.random() < 0.4 else c.home),
        "plate": c.val("NUMBER_PLATE", plate),
    }


def contact(c: Case) -> Told:
    person = c.child
    return {
        "letter": f"Min {'datter' if person.woman else 'søn'} {{name}} hjælper mig med sagen og "
        "kan kontaktes på {tel} eller {mail}. ",
        "voice": "ring til {first} hun har nummer {tel} "
        if person.woman
        else "ring til {first} han har nummer {tel} ",
        "note": "- kontakt: {name}, {tel}, {mail}\n",
        "sms": "skriv til mig på {mail} ",
    }, {
        "name": c.name(person),
        "first": given_name(c, person),
        "tel": c.phone(),
        "mail": c.val("EMAIL", email_for(c.rng, person)),
    }


INCIDENTS: tuple[Callable[[Case], Told], ...] = (scam_call, gave_cpr, gave_card, gave_otp)
INCIDENTS += (gave_mitid, transfer, iban_transfer, visit, contact)


def tell(c: Case, d: Doc, register: str, incident: Callable[[Case], Told]) -> None:
    templates, values = incident(c)
    template = templates[register]
    d.fill(casual(template, c.rng) if register == "sms" else template, **values)


def incidents(c: Case, d: Doc, register: str, low: int = 2, high: int = 4) -> None:
    chosen = c.rng.sample(INCIDENTS, c.rng.randint(low, high))
    for incident in sorted(chosen, key=INCIDENTS.index):
        tell(c, d, register, incident)


def lookalikes(c: Case, d: Doc, register: str) -> None:
    """Values that look like personal data and are not."""
    r = c.rng
    choices = (
        f"Bankens hotline {c.org_line()} var lukket. ",
        f"Journalnr. {c.journal()}. ",
        f"Beløbet var {c.amount} kr. ",
        "Husk at ringe 1813 eller 114 hvis der er noget. ",
        f"Jeg havde lige købt {r.choice(PRODUCTS)} i Netto. ",
        f"Kortet **** **** **** {r.randint(1000, 9999)} er spærret. ",
        f"Det skete kl. {r.randint(8, 21)}.{r.choice(('00', '30'))} den {c.day:%d.%m.%y}. ",
        "Sms fra 1272: Din kode udløber. ",
        f"CVR {r.randint(10000000, 99999999)}. ",
        f"Kvitteringsnr. {r.randint(1000, 9999)}-{r.randint(100, 999)}. ",
        f"Bussen holder ved {r.choice(('H.C. Ørsteds Vej', 'Kong Valdemars Vej'))}. ",
    )
    for text in r.sample(choices, r.randint(1, 3)):
        d.add(casual(text, r) if register in ("sms", "voice") else text)


# genres ---------------------------------------------------------------------------------------
def sms_thread(c: Case, d: Doc) -> None:
    r = c.rng
    old, child, young = c.victim, c.child, c.grandchild
    old_label = r.choice(("Mor", "Mormor", "Farmor") if old.woman else ("Far", "Farfar", "Morfar"))
    parent = "mor" if old.woman else "far"
    pending = r.sample(INCIDENTS, r.randint(3, 5))
    pending.sort(key=INCIDENTS.index, reverse=True)
    style = r.randrange(3)
    speakers = [
        (old_label, None),
        (nickname(child) if r.random() < 0.4 else child.first, child),
        (young.first, young),
    ]
    for turn in range(r.randint(4, 7)):
        label, person = speakers[turn % 3] if turn < 3 else r.choice(speakers)
        shown: str | tuple[str, str] = label
        if person is not None:
            shown = c.name(person, full=True) if r.random() < 0.3 else c.val("PERSON", label)
        if style == 0:
            d.fill(
                f"[{c.day:%d.%m.%y} {r.randint(7, 22):02d}:{r.randint(0, 59):02d}] {{who}}: ",
                who=shown,
            )
        elif style == 1:
            d.fill(f"{{who}} · {r.randint(7, 22)}.{r.randint(0, 59):02d}\n", who=shown)
        else:
            d.fill("{who}\n", who=shown)
        if turn == 0:
            d.add(casual(r.choice(("Hej ", "Hej skat ", "Hallo ")), r))
            d.fill("{n} ", n=given_name(c, r.choice((child, young))))
            d.add(casual("Jeg har fået en mærkelig besked fra banken, kan du ringe? ", r))
            d.add(r.choice(EMOJIS))
        elif turn == 1:
            d.add(casual(f"{parent} ring ikke tilbage til det nummer det er svindel. ", r))
            d.add(r.choice(("har du givet dem noget? ", "hvad har du sagt til dem?? ", "ok ")))
        else:
            for _ in range(r.randint(1, 2)):
                if pending:
                    tell(c, d, "sms", pending.pop())
            if not pending and r.random() < 0.5:
                d.add(casual("Ok. Jeg ringer til banken i morgen. ", r))
            if r.random() < 0.4:
                d.add(r.choice(EMOJIS) + " ")
            if r.random() < 0.3:
                lookalikes(c, d, "sms")
        if r.random() < 0.3:
            signed = given_name(c, old) if person is None else c.val("PERSON", label)
            d.fill(f" {r.choice(('mvh', 'vh', 'kh', 'knus'))} {{n}}", n=signed)
        d.add("\n")
        if style != 0:
            d.add("\n")


def letterhead(c: Case, d: Doc) -> None:
    v = c.victim
    d.fill("{n}\n", n=c.name(v, full=True))
    d.fill("{a}\n", a=c.val("ADDRESS", f"{c.street}\n{c.town}"))
    d.fill("Tlf. {t}\n", t=c.phone(mobile=c.rng.random() < 0.4))
    if c.rng.random() < 0.6:
        d.fill("E-mail: {m}\n", m=c.val("EMAIL", email_for(c.rng, v)))
    d.add("\n")


def signature(c: Case, d: Doc) -> None:
    r, v = c.rng, c.victim
    d.add(
        r.choice(("Med venlig hilsen\n", "Med venlig hilsen\n\n", "Venlig hilsen\n", "Ærbødigst\n"))
    )
    c.married_name(d, v)
    d.fill("\nf. {dob}", dob=c.val("DATE_OF_BIRTH", birth_date_text(r, v.born)))
    if r.random() < 0.7:
        d.fill(", cpr.nr. {cpr}", cpr=c.val("CPR", make_cpr(r, c.cpr)))
    d.add("\n")


def letter_bank(c: Case, d: Doc) -> None:
    r = c.rng
    letterhead(c, d)
    d.add(f"{c.bank}\nAtt.: Kundeservice\n")
    d.fill("{a}\n\n", a=c.val("ADDRESS", make_address(r, block=True)))
    d.add(
        f"{r.choice(TOWNS).split(' ', 1)[1]}, den {c.day.day}. "
        f"{MONTHS[c.day.month - 1]} {c.day.year}\n\n"
    )
    d.add("Vedr.: Misbrug af min konto\n\n")
    d.add(
        "Jeg skal hermed tillade mig at henvende mig til Dem angående en sag, som har "
        "bekymret mig meget, og som jeg håber, De vil hjælpe mig med. "
    )
    incidents(c, d, "letter", 3, 5)
    lookalikes(c, d, "letter")
    d.add(
        "\n\nJeg håber, De vil se velvilligt på min sag, og jeg står naturligvis til rådighed.\n\n"
    )
    signature(c, d)


def letter_police(c: Case, d: Doc) -> None:
    r = c.rng
    if r.random() < 0.5:
        letterhead(c, d)
    else:
        d.fill(
            "Fra: {n} <{m}>\n",
            n=c.name(c.victim, full=True),
            m=c.val("EMAIL", email_for(r, c.victim)),
        )
        d.add(f"Til: {c.police}\nEmne: Anmeldelse af bedrageri\n\n")
    d.add(f"Til {c.police}\n\nAnmeldelse af bedrageri\n\n")
    d.add("Undertegnede, ")
    c.married_name(d, c.victim)
    d.add(", ")
    d.fill("født {dob}, ", dob=c.val("DATE_OF_BIRTH", birth_date_text(r, c.victim.born)))
    d.add(
        "ønsker hermed at anmelde følgende forhold, som jeg vil forsøge at beskrive så "
        "nøjagtigt, som min hukommelse tillader. "
    )
    incidents(c, d, "letter", 3, 5)
    if r.random() < 0.5:
        d.fill(
            "Jeg har tidligere henvendt mig på politistationen på {a}, hvor jeg fik journalnummer "
            f"{c.journal()}. ",
            a=c.val("ADDRESS", make_address(r)),
        )
    lookalikes(c, d, "letter")
    d.add("\n\nJeg vil være Dem taknemmelig for en snarlig tilbagemelding.\n\n")
    signature(c, d)


def relative_note(c: Case, d: Doc) -> None:
    r = c.rng
    v = c.victim
    relation = "far" if not v.woman else "mor"
    d.fill(
        f"Noter om min {relation} {{first}} – ",
        first=c.val("PERSON", f"{v.first} {v.middle}".strip()),
    )
    c.married_name(d, v)
    if r.random() < 0.6:
        d.fill(", f. {dob}", dob=c.val("DATE_OF_BIRTH", birth_date_text(r, v.born)))
    d.add("\n")
    if r.random() < 0.6:
        d.fill("CPR: {cpr}\n", cpr=c.val("CPR", make_cpr(r, c.cpr)))
    d.fill("Bor: {a}\n", a=c.val("ADDRESS", c.home))
    role = "datter" if c.child.woman else "søn"
    d.fill(f"Skrevet af {{n}} ({role}, har fuldmagt)\n\n", n=c.name(c.child, full=True))
    incidents(c, d, "note", 3, 5)
    d.add("\nTo do:\n")
    d.add(f"- ring {c.bank} ({c.org_line()}) mandag\n")
    d.add(f"- anmeld til politiet (114), journalnr. {c.journal()}\n")
    if r.random() < 0.5:
        d.fill("- spørg {g} om hjælp til ny MitID-app\n", g=c.name(c.grandchild))
    lookalikes(c, d, "note")


def voice_message(c: Case, d: Doc) -> None:
    r = c.rng
    who = r.choice(("Mormor", "Mor", "Farmor") if c.victim.woman else ("Farfar", "Far", "Morfar"))
    d.add(f'Talebesked fra {who} ({r.randint(0, 2)}:{r.randint(5, 59):02d})\nTransskription:\n"')
    d.fill(
        "ja hej {n} det er bare mig øh ",
        n=given_name(c, r.choice((c.child, c.grandchild))),
    )
    d.add("ja altså jeg ved ikke helt hvad jeg skal gøre ")
    incidents(c, d, "voice", 2, 4)
    if r.random() < 0.4:
        lookalikes(c, d, "voice")
    d.fill(
        "ring nu tilbage når du hører den her det er {n} ",
        n=c.name(c.victim, lower=True) if r.random() < 0.5 else c.val("PERSON", nickname(c.victim)),
    )
    d.fill("på {t} ", t=c.phone(mobile=False))
    d.add('hej hej"\n')


BUILDERS = {
    "sms_familie": sms_thread,
    "brev_bank": letter_bank,
    "brev_politi": letter_police,
    "paaroerende_note": relative_note,
    "talebesked": voice_message,
}


def generate(seed: int = SEED, size: int = SIZE) -> list[dict]:
    rng = random.Random(seed)
    negatives = round(size * NEGATIVE_SHARE)
    plan = [("negative", GENRES[i % len(GENRES)]) for i in range(negatives)]
    plan += [("positive", GENRES[i % len(GENRES)]) for i in range(size - negatives)]
    rng.shuffle(plan)
    docs, seen = [], set()
    for number, (kind, genre) in enumerate(plan, start=1):
        while True:
            case = Case(rng, kind == "negative")
            doc = Doc()
            BUILDERS[genre](case, doc)
            text = doc.text()
            if text not in seen and (kind == "negative" or doc.spans):
                break
        seen.add(text)
        docs.append(
            {
                "id": f"b12-{number:04d}",
                "genre": genre,
                "kind": kind,
                "text": text,
                "spans": doc.spans,
            }
        )
    return docs


def main(argv: list[str]) -> None:
    """Write the set as JSON lines to ARGV[1] or to bench/data/pii_blind12.jsonl."""
    target = argv[1] if len(argv) > 1 else Path(__file__).parent / "data" / "pii_blind12.jsonl"
    lines = [json.dumps(doc, ensure_ascii=False) for doc in generate()]
    Path(target).write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv)
