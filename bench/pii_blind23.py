"""A twenty-fourth blind, seeded generator of Danish text with labelled personal data (issue 18).

Written without looking at the recognisers, their word lists or the earlier generators' bodies,
as a held-out test set with its own names, streets and towns. Its THEME is identity theft and
account takeover as Danish authorities and companies handle it, in eight genres:

- "politianmeldelse": a citizen's report to the police (politi.dk form) that someone took loans
  and subscriptions in their name, with a list of the creditors' letters (dates, loan and
  contract numbers, amounts, FI lines), sometimes a car leased or a card ordered in their name;
- "simskift": a telecom's internal SIM-swap / number-port investigation note (ICCID, IMEI, IP,
  the shop, the ID shown, the car on the shop's camera, the SMS code the subscriber received);
- "mitid_overtagelse": a bank's MitID takeover case (log-in lines with IP, device and session
  IDs, the victim's and the fraudster's details, the transfers to the mule's account or IBAN);
- "inkasso": a debt collector's letter (address block in CAPITALS, creditor, FI/OCR line) and
  the victim's dispute e-mail (Fra:/Til:/Emne:);
- "forsikring": an insurer's identity-theft claim form (policy and claim numbers, costs, the
  payout account, the card misused, the handler's assessment);
- "nemkonto": a complaint to Udbetaling Danmark / Skattestyrelsen that the NemKonto was changed
  (the false account and IBAN, the MitID user ID used, the benefits paid out) and the reply;
- "chargeback": an online shop's chargeback thread (the card holder, card, expiry and CVV typed
  into a fake checkout, orders delivered to other addresses, tracking numbers, a chat line);
- "flytning": a Digital Post letter from the municipality about a false change of address,
  with the old and the new address (blocks and one-line forms).

The names are those of Danes of all ages and backgrounds ("Ayşe Demir", "Minh Tran", "Aputsiaq
Kleist", "Katarzyna Nowak"), with middle names and double surnames ("Fogh-Lykke"), and the
organisations' own staff (full names, and their bare initials as signature or handler field).

Conventions (exact offsets are scored):
- PERSON is a name as written, without title or role ("sagsbehandler", "kunden", "anmelder"):
  full ("Karen Marie Juhl"), "Juhl, Karen" as one span, an initial with the surname ("K. Juhl"),
  a first name alone in greetings and signatures ("Kære Karen", "Hilsen\nKaren"), a genitive s
  inside the span ("Karens", "Juhls"; never after a name ending in s, x or z), CAPITALS in
  letters' address blocks ("KAREN JUHL"), lower case in chats ("karen"), and staff initials
  standing for a person ("Sagsbehandler: TBL", "/TBL"). A fraudster's alias ("Jonas fra
  Nordlys Bank") is PERSON, the bank is not. Companies, authorities, products, placeholders
  ("[NAVN]") and family words ("min mor") are never PERSON.
- ADDRESS runs from the street name through number, letter, floor and side ("14B", "2. tv.",
  "st. th."), plus ", postcode town" on the same line or on the next line of an address block
  (line break included), in CAPITALS too. A street named without a number is not an address.
- CPR numbers are synthetic: a real birth date, a seventh digit that suits the century (0 to 3
  in the 1900s, 4 for the years 2000 to 2005), and a serial chosen so the number FAILS modulus
  11 (WEIGHTS). Written "DDMMYY-SSSS", "DDMMYYSSSS", "DD MM YY SSSS" or "DDMMYY SSSS".
  DATE_OF_BIRTH (full date, four-digit year: "4. juni 1952", "04.06.1952", "4/6-1952",
  "04-06-1952") is labelled only straight after "født ", "f. " or "Fødselsdato: "; no other
  date or clock time is ever labelled.
- PHONE: Danish 8-digit numbers with a first two digits from MOBILE or LANDLINE (70 and 80 never
  occur as personal numbers), written "+45 20304050", "+45 20 30 40 50", "+45 2030 4050",
  "2030 4050", "(+45) 20 30 40 50", "0045 20304050", "20 30 40 50", "20304050", "+4520304050"
  or "20.30.40.50" (the country code inside the span), and foreign numbers from the fiction
  ranges only, "+44 7700 900xxx" and "+46 70 174 06 xx" (xx 05-99).
- EMAIL: every unmasked e-mail address (all on example.* domains), each occurrence, the
  organisations' and staff's too.
- BANK_ACCOUNT: reg.nr. and account written together ("1234-0012345678", "1234 0012345678") are
  one span; where the reg.nr. has its own word ("reg.nr. 1234, kontonr. 0012345678", "reg. 1234
  konto 12345678") only the account is the span. IBAN: valid check digits and the country's
  length (IBAN_LENGTH), grouped by four or compact. CARD: Luhn-valid with a published test
  prefix (TEST_PREFIXES), 16 digits grouped by four or compact. CARD_EXPIRY "MM/YY" or
  "MM/YYYY"; CARD_CVV 3 digits straight after "CVV ", "cvc ", "CVC: " or "kontrolcifre ".
  OTP: a one-time code sent, asked for or given (6 or 8 digits). MITID_USER: a MitID user ID
  given as such. NUMBER_PLATE: a Danish plate, "BK 41 207" or "BK41207".
- Hard negatives, never labelled: device IDs ("7F3A-22C9-B1E0-4D7A") and IMEI numbers (15
  digits grouped "35 391108 204417 6" or "35-391108-204417-6"), SIM ICCIDs (grouped), IP
  addresses (documentation ranges, v4 and v6), session and log-in IDs, loan and contract
  numbers, creditor reference lines ("+71< 4471 2290 1800 036 +8557 1203<", grouped), order
  and tracking numbers, case and journal numbers, policy and claim numbers, chargeback reason
  codes, amounts ("12.500,00 kr."), dates and clock times, company and authority names, masked
  values ("040652-xxxx", "+45 ** ** ** 31", "k***@example.dk", "**** **** **** 1111",
  "DK71XXXXXXXXXX0932") and the organisations' own 70/80 lines (ORG_LINES). Documents of kind
  "negative" are the same genres after pseudonymisation ("[NAVN]", "[ADRESSE]", "[CPR]", "[TLF]",
  "[e-mail]", "[kontonr.]", "[kode]", ... or masked values): only hard negatives remain. No run
  of ten or more digits occurs outside a labelled identifier.

Each document is {"id", "genre", "kind", "text", "spans": [{"start", "end", "type"}]}.
``python -m bench.pii_blind23 OUT.jsonl`` writes the set; ``generate()`` returns it.
"""

from __future__ import annotations

import json
import random
import re
import sys
from datetime import date, timedelta
from pathlib import Path

SEED = 2423
SIZE = 1000
NEGATIVES = 350
WEIGHTS = (4, 3, 2, 7, 6, 5, 4, 3, 2, 1)
TYPES = (
    "PERSON", "ADDRESS", "CPR", "DATE_OF_BIRTH", "PHONE", "EMAIL", "BANK_ACCOUNT", "IBAN", "CARD",
    "CARD_EXPIRY", "CARD_CVV", "OTP", "MITID_USER", "NUMBER_PLATE",
)  # fmt: skip
GENRES = (
    "politianmeldelse", "simskift", "mitid_overtagelse", "inkasso", "forsikring", "nemkonto",
    "chargeback", "flytning",
)  # fmt: skip
MOBILE = ("20", "21", "22", "23", "24", "25", "26", "27", "28", "29", "30", "31", "40", "41",
          "42", "50", "51", "52", "53", "60", "61", "71", "81", "91", "92", "93")  # fmt: skip
LANDLINE = (
    "32", "33", "35", "36", "38", "39", "43", "44", "45", "46", "48", "49", "56", "57", "62", "64",
    "65", "66", "74", "75", "76", "86", "87", "89", "96", "97", "98", "99",
)  # fmt: skip
TEST_PREFIXES = ("411111", "424242", "400005", "555555", "510510", "520082", "222300")
IBAN_LENGTH = {"DK": 18, "NO": 15, "SE": 24, "DE": 22, "GB": 22, "LT": 20, "PL": 28, "FI": 18}
ORG_LINES = (
    "70 22 41 18", "70 13 66 90", "70 45 12 03", "80 20 31 77", "80 88 40 12", "7021 5560",
    "8033 1290", "+45 70 31 22 84",
)  # fmt: skip

WOMEN = (
    "Agnete", "Birthe", "Camilla", "Dorthe", "Ellen", "Frida", "Gry", "Hanne", "Ida", "Jytte",
    "Karen", "Lone", "Maja", "Nanna", "Pernille", "Rikke", "Sanne", "Tove", "Ulla", "Vibeke",
    "Ayşe", "Fatima", "Zainab", "Hodan", "Sadia", "Anne-Sofie", "Marie-Louise", "Inge-Lise",
    "Ewa", "Katarzyna", "Oksana", "Dragana", "Naja", "Thuy", "Linh", "Priya", "Shirin", "Roya",
    "Merete", "Solvej", "Klara", "Esther", "Bodil", "Gudrun", "Asta", "Alberte", "Liv", "Johanne",
    "Malene", "Signe", "Yasmin", "Maryam", "Elif", "Rosalie", "Ditte", "Tenna",
)  # fmt: skip
MEN = (
    "Anders", "Bent", "Carsten", "Dennis", "Erik", "Flemming", "Gunnar", "Henning", "Jesper",
    "Kasper", "Mads", "Niels", "Ole", "Poul", "Rasmus", "Søren", "Torben", "Villads", "Mehmet",
    "Ahmad", "Omar", "Bilal", "Yusuf", "Tariq", "Farhad", "Dariusz", "Piotr", "Andriy", "Minh",
    "Duc", "Aputsiaq", "Jóannes", "Bjarke", "Emil", "Malthe", "Asger", "Kaj", "Holger", "Preben",
    "Svend", "Arne", "Hussein", "Abdi", "Mustafa", "Kenneth", "Jannik", "Hans-Henrik", "Karl-Emil",
    "Ali", "Ibrahim", "Tobias", "Magnus", "Lauge", "Frej", "Vagn",
)  # fmt: skip
MIDDLE_W = ("Marie", "Louise", "Kristine", "Birgitte", "Margrethe", "Sofie", "Helene", "Amalie")
MIDDLE_M = ("Peter", "Emil", "Juul", "Bo", "Kristian", "Valdemar", "Aksel", "Henrik")
SURNAMES = (
    "Juhl", "Bech", "Dam", "Holst", "Krogh", "Lauridsen", "Mikkelsen", "Nygaard", "Overgaard",
    "Pallesen", "Qvist", "Riis", "Skov", "Toft", "Ussing", "Vestergaard", "Winther", "Østergaard",
    "Aagaard", "Brandt", "Carlsen", "Damgaard", "Ebbesen", "Fogh", "Gade", "Hviid", "Iversen",
    "Jessen", "Kjær", "Lund", "Munk", "Nørgaard", "Ravn", "Stampe", "Thygesen", "Kragh",
    "Bisgaard", "Bundgaard", "Dyhr", "Elkjær", "Graversen", "Hedegaard", "Kronborg", "Lykke",
    "Mølgaard", "Ploug", "Rosendahl", "Sloth", "Tang", "Vinther", "Demir", "Kaya", "Öztürk",
    "Hassan", "Abdullahi", "Farah", "Haidari", "Rahimi", "Khan", "Malik", "Iqbal", "Nguyen",
    "Tran", "Pham", "Nowak", "Kowalczyk", "Shevchenko", "Hadžić", "Petrović", "Sivakumar",
    "Kleist", "Lynge", "Berthelsen", "Joensen", "Ahmadi", "Karimi", "Warsame", "Santos", "Reyes",
)  # fmt: skip
DOUBLE_SURNAMES = (
    "Krogh-Iversen", "Munk-Thygesen", "Holst-Ravn", "Skov-Jessen", "Fogh-Lykke", "Riis-Hedegaard",
    "Dam-Kronborg", "Toft-Hassan", "Lund-Nguyen", "Winther-Kaya", "Gade-Sloth", "Bech-Rahimi",
)  # fmt: skip
STREETS = (
    "Stenhuggervej", "Kirsebærhaven", "Møllebakken", "Fasanvænget", "Kløvermarken", "Bygvænget",
    "Hasselstien", "Smedegade", "Skibbrogade", "Lærkevej", "Hyldebærvej", "Ved Kæret",
    "Tårnfalkevej", "Granbakken", "Kastanie Allé", "Strandlodsvej", "Vestre Ringvej",
    "Fiskerhusvej", "Kornblomstvej", "Bøgetoften", "Anemonevej", "Rugmarken", "Tømrergade",
    "Sankt Jørgens Gade", "Havrevænget", "Ærtebjergvej", "Ørnereden", "Åbrinken", "Mågevej",
    "Skolestien", "Tinghusvej", "Pilevangen", "Elmegade", "Teglværksvej", "Klinten", "Udsigten",
    "Præstemarken", "Jernbanegade", "Lindealléen", "Gartnerbakken", "Svanekærvej", "Egernvej",
    "Hvedemarken", "Nørre Boulevard", "Store Tåstrupvej", "Lille Kirkestræde",
)  # fmt: skip
TOWNS = (
    "8000 Aarhus C", "5000 Odense C", "9000 Aalborg", "6700 Esbjerg", "7100 Vejle", "4000 Roskilde",
    "3400 Hillerød", "2300 København S", "2200 København N", "2720 Vanløse", "2650 Hvidovre",
    "4200 Slagelse", "4700 Næstved", "6000 Kolding", "8600 Silkeborg", "8900 Randers C",
    "7400 Herning", "7500 Holstebro", "9800 Hjørring", "6400 Sønderborg", "6200 Aabenraa",
    "4800 Nykøbing F", "3700 Rønne", "5700 Svendborg", "8700 Horsens", "7800 Skive",
    "4300 Holbæk", "2630 Taastrup", "3000 Helsingør", "8800 Viborg", "6100 Haderslev",
    "4600 Køge", "9900 Frederikshavn", "7700 Thisted", "6800 Varde", "5800 Nyborg",
)  # fmt: skip
FLOORS = ("", "", "", ", 2. tv.", " 2. tv.", ", st. th.", ", 1. mf.", ", 3. th.", " 4. tv.")
LENDERS = ("Kvikpenge ApS", "Lynlån Danmark A/S", "Fyrretræ Finans A/S", "Sølvpilen Kredit ApS",
           "Brobyg Forbrugslån A/S", "Mønten Finans ApS")  # fmt: skip
TELCOS = ("Teleport Mobil", "Rødhætte Mobil", "Bølgen Tele A/S", "Fjordnet Telecom")
BANKS = ("Nordlys Bank", "Kystbanken", "Egeskov Sparekasse", "Bakkedal Andelsbank")
INSURERS = ("Trygfast Forsikring", "Skjoldet Forsikring A/S", "Værnehus Forsikring")
COLLECTORS = ("Havnestaden Inkasso A/S", "Kreditvagten ApS", "Stormgård Inkasso")
SHOPS = ("Skovsnogen Webshop", "Lampekælderen.example", "Cykelstalden ApS", "Elskabet Online",
         "Bogreolen ApS")  # fmt: skip
SUBSCRIPTIONS = ("Strømhuset Energi", "Filmkassen Streaming", "Madkurven Abonnement",
                 "Gymbox Fitness")  # fmt: skip
COMPANIES = LENDERS + TELCOS + BANKS + INSURERS + COLLECTORS + SHOPS + SUBSCRIPTIONS
MUNICIPALITIES = ("Næstved", "Vejle", "Aalborg", "Hvidovre", "Holbæk", "Viborg", "Esbjerg")
MONTHS = ("januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december")  # fmt: skip
PLATE_LETTERS = "ABCDEHJKLMNOPRSTUVXYZ"
BARRED_INITIALS = frozenset(
    [
        "DK",
        "ID",
        "IP",
        "SIM",
        "SMS",
        "CPR",
        "FI",
        "KT",
        "LI",
        "PT",
        "FS",
        "MT",
        "UDK",
        "CVV",
        "CVC",
        "OK",
        "GB",
        "LT",
        "DE",
        "PL",
        "NO",
        "SE",
        "RR",
        "UA",
        "CC",
        "ST",
        "TH",
        "TV",
        "MF",
        "AF",
        "OG",
    ]
)
ASCII = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "é": "e", "ö": "o", "ü": "u", "ş": "s",
                       "ć": "c", "ž": "z", "ó": "o", "-": ""})  # fmt: skip
STAND_INS = {
    "PERSON": ("[NAVN]",),
    "ADDRESS": ("[ADRESSE]",),
    "CPR": ("[CPR]",),
    "DATE_OF_BIRTH": ("[dato]",),
    "PHONE": ("[TLF]",),
    "EMAIL": ("[e-mail]",),
    "BANK_ACCOUNT": ("[kontonr.]",),
    "IBAN": ("[IBAN]",),
    "CARD": ("[kortnr.]",),
    "CARD_EXPIRY": ("[udløb]", "**/**"),
    "CARD_CVV": ("***",),
    "OTP": ("[kode]",),
    "MITID_USER": ("[bruger-id]",),
    "NUMBER_PLATE": ("[reg.nr.]",),
}


def grouped(compact: str) -> str:
    """The value in groups of four, as printed on cards and IBANs."""
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))


def fails_mod11(digits: str) -> bool:
    return sum(int(c) * w for c, w in zip(digits, WEIGHTS, strict=True)) % 11 != 0


def luhn_digit(body: str) -> str:
    total = 0
    for i, c in enumerate(reversed(body)):
        n = int(c) * (2 if i % 2 == 0 else 1)
        total += n // 10 + n % 10
    return str((10 - total % 10) % 10)


def iban_for(country: str, bban: str) -> str:
    numeric = "".join(str(int(c, 36)) for c in bban + country + "00")
    return f"{country}{98 - int(numeric) % 97:02d}{bban}"


def ascii_of(text: str) -> str:
    return text.lower().translate(ASCII).replace(" ", "")


class Doc:
    """Text built piece by piece; personal values labelled, or replaced in a negative."""

    def __init__(self, rng: random.Random, positive: bool) -> None:
        self.rng, self.positive = rng, positive
        self.parts: list[str] = []
        self.spans: list[dict] = []
        self.length = 0

    def __call__(self, *texts: str) -> Doc:
        for text in texts:
            self.parts.append(text)
            self.length += len(text)
        return self

    def pii(self, kind: str, value: str, masked: str | None = None) -> Doc:
        if self.positive:
            self.spans.append({"start": self.length, "end": self.length + len(value), "type": kind})
            return self(value)
        if masked is not None and self.rng.random() < 0.5:
            return self(masked)
        return self(self.rng.choice(STAND_INS[kind]))

    @property
    def text(self) -> str:
        return "".join(self.parts)


class Person:
    """A synthetic Dane: names, birth date, CPR, phone, e-mail, address, MitID user ID."""

    def __init__(self, rng: random.Random, young: bool = False) -> None:
        self.rng = rng
        self.woman = woman = rng.random() < 0.5
        self.first = rng.choice(WOMEN if woman else MEN)
        self.middle = rng.choice(MIDDLE_W if woman else MIDDLE_M) if rng.random() < 0.3 else ""
        self.last = rng.choice(DOUBLE_SURNAMES if rng.random() < 0.15 else SURNAMES)
        start = date(2000, 1, 1) if young or rng.random() < 0.08 else date(1934, 1, 1)
        end = date(2005, 12, 31) if start.year == 2000 else date(1999, 12, 31)
        self.born = start + timedelta(days=rng.randrange((end - start).days + 1))
        century = "4" if self.born.year >= 2000 else rng.choice("0123")
        while True:
            digits = self.born.strftime("%d%m%y") + century + f"{rng.randrange(1000):03d}"
            if fails_mod11(digits):
                break
        self.cpr = digits
        self.number = rng.choice(MOBILE + LANDLINE) + f"{rng.randrange(10**6):06d}"
        year = str(self.born.year)
        tail = rng.choice((year, year[2:], ""))
        local = rng.choice((
            f"{ascii_of(self.first)}.{ascii_of(self.last)}",
            f"{ascii_of(self.first)}{ascii_of(self.last)[:1]}{tail}",
            f"{ascii_of(self.first)[:1]}{ascii_of(self.last)}",
            f"{ascii_of(self.first)}_{tail or '1'}",
        ))  # fmt: skip
        domain = rng.choice(("example.dk", "example.com", "example.net", "post.example.dk"))
        self.email = f"{local}@{domain}"
        self.mitid = f"{ascii_of(self.first)}{rng.choice((year, year[2:]))}"
        if rng.random() < 0.3:
            self.mitid = f"{ascii_of(self.first)[:3]}{ascii_of(self.last)[:3]}{year[2:]}"
        self.street = rng.choice(STREETS)
        self.house = f"{rng.randint(1, 180)}{rng.choice(('', '', '', 'A', 'B', 'C'))}"
        self.floor = rng.choice(FLOORS)
        self.town = rng.choice(TOWNS)

    def full(self) -> str:
        return " ".join(p for p in (self.first, self.middle, self.last) if p)

    def name(self) -> str:
        """A written form of the name for running text."""
        r = self.rng.random()
        if r < 0.45:
            return self.full()
        if r < 0.6:
            return f"{self.first} {self.last}"
        if r < 0.75:
            return f"{self.last}, {self.first}"
        if r < 0.88:
            return f"{self.first[0]}. {self.last}"
        return f"{self.first} {self.last}"

    def genitive(self, name: str) -> str | None:
        return None if name[-1] in "sxzSXZ" else name + "s"


def phone_text(rng: random.Random, number: str) -> str:
    pairs = " ".join(number[i : i + 2] for i in range(0, 8, 2))
    return rng.choice((
        f"+45 {number}", f"+45 {pairs}", f"+45 {number[:4]} {number[4:]}",
        f"{number[:4]} {number[4:]}", f"(+45) {pairs}", f"0045 {number}", pairs, number,
        f"+45{number}", pairs.replace(" ", "."),
    ))  # fmt: skip


def foreign_phone(rng: random.Random) -> str:
    if rng.random() < 0.5:
        return f"+44 7700 900{rng.randrange(1000):03d}"
    return f"+46 70 174 06 {rng.randint(5, 99):02d}"


def cpr_text(rng: random.Random, digits: str) -> str:
    return rng.choice((
        f"{digits[:6]}-{digits[6:]}", digits, f"{digits[:6]} {digits[6:]}",
        f"{digits[:2]} {digits[2:4]} {digits[4:6]} {digits[6:]}",
    ))  # fmt: skip


def dob_text(rng: random.Random, born: date) -> str:
    d, m, y = born.day, born.month, born.year
    return rng.choice((
        f"{d}. {MONTHS[m - 1]} {y}", f"{d:02d}.{m:02d}.{y}", f"{d}/{m}-{y}", f"{d:02d}-{m:02d}-{y}",
    ))  # fmt: skip


def card_number(rng: random.Random) -> str:
    body = rng.choice(TEST_PREFIXES)
    body += "".join(str(rng.randrange(10)) for _ in range(15 - len(body)))
    full = body + luhn_digit(body)
    return grouped(full) if rng.random() < 0.7 else full


def expiry(rng: random.Random) -> str:
    month, year = rng.randint(1, 12), rng.randint(26, 31)
    return f"{month:02d}/{year}" if rng.random() < 0.7 else f"{month:02d}/20{year}"


def otp(rng: random.Random) -> str:
    return f"{rng.randrange(10**6):06d}" if rng.random() < 0.75 else f"{rng.randrange(10**8):08d}"


def plate(rng: random.Random) -> str:
    letters = rng.choice(PLATE_LETTERS) + rng.choice(PLATE_LETTERS)
    digits = f"{rng.randint(10, 99)}{rng.randrange(1000):03d}"
    return f"{letters} {digits[:2]} {digits[2:]}" if rng.random() < 0.7 else letters + digits


def reg_and_account(rng: random.Random) -> tuple[str, str]:
    reg = f"{rng.randint(1000, 9899)}"
    account = f"{rng.randrange(10**7, 10**10):010d}"
    if rng.random() < 0.3:
        account = account.lstrip("0") or "1234567"
    return reg, account


def iban(rng: random.Random, country: str | None = None) -> str:
    country = country or rng.choice(("DK", "DK", "DK", "LT", "DE", "GB", "PL", "NO", "SE", "FI"))
    length = IBAN_LENGTH[country] - 4
    if country == "GB":
        bban = rng.choice(("NWBK", "BARC", "MIDL")) + "".join(
            str(rng.randrange(10)) for _ in range(length - 4)
        )
    else:
        bban = "".join(str(rng.randrange(10)) for _ in range(length))
    value = iban_for(country, bban)
    return grouped(value) if rng.random() < 0.6 else value


def masked_iban(value: str) -> str:
    compact = value.replace(" ", "")
    return compact[:4] + "X" * (len(compact) - 8) + compact[-4:]


def masked_phone(number: str) -> str:
    return f"+45 ** ** ** {number[-2:]}"


def masked_email(email: str) -> str:
    return email[0] + "***@" + email.split("@")[1]


def masked_card(card: str) -> str:
    return "**** **** **** " + card.replace(" ", "")[-4:]


def masked_cpr(digits: str) -> str:
    return digits[:6] + "-xxxx"


def stamp(rng: random.Random) -> tuple[str, str, str]:
    """A date in early 2026 as "2026-02-14", "14.02.26" and a clock time "21.03"."""
    day = date(2026, 1, 5) + timedelta(days=rng.randrange(80))
    clock = f"{rng.randint(7, 23):02d}.{rng.randrange(60):02d}"
    return day.isoformat(), day.strftime("%d.%m.%y"), clock


def amount(rng: random.Random, low: int = 200, high: int = 60000) -> str:
    kroner = rng.randint(low, high)
    whole = f"{kroner:,}".replace(",", ".")
    return f"{whole},{rng.choice(('00', '00', '95', '50', str(rng.randint(10, 99))))} kr."


def imei(rng: random.Random) -> str:
    tac = f"35{rng.randrange(10**6):06d}"
    serial = f"{rng.randrange(10**6):06d}"
    sep = rng.choice((" ", "-"))
    return f"{tac[:2]}{sep}{tac[2:]}{sep}{serial}{sep}{rng.randrange(10)}"


def hexgroup(rng: random.Random, n: int, upper: bool = False) -> str:
    digits = "0123456789ABCDEF" if upper else "0123456789abcdef"
    return "".join(rng.choice(digits) for _ in range(n))


def device_id(rng: random.Random) -> str:
    return "-".join(hexgroup(rng, 4, upper=True) for _ in range(4))


def session_id(rng: random.Random) -> str:
    return f"sess_{hexgroup(rng, 4)}{rng.choice('ghkmnpqrstvwxz')}{hexgroup(rng, 5)}"


def login_id(rng: random.Random) -> str:
    return f"LI-2026-{rng.randrange(10**4):04d}-{rng.randrange(10**5):05d}"


def ip_address(rng: random.Random) -> str:
    if rng.random() < 0.2:
        return f"2001:db8:{rng.randrange(16**3):x}::{rng.randrange(256):x}"
    net = rng.choice(("192.0.2", "198.51.100", "203.0.113"))
    return f"{net}.{rng.randint(1, 254)}"


def loan_number(rng: random.Random) -> str:
    return f"{rng.randrange(10**4):04d}-{rng.randrange(1000):03d}-{rng.randrange(10**4):04d}"


def contract_number(rng: random.Random) -> str:
    return f"KT-{rng.randint(10, 99)} {rng.randrange(1000):03d} {rng.randint(10, 99)}"


def fi_line(rng: random.Random) -> str:
    payment = f"{rng.randrange(10**15):015d}"
    creditor = f"8{rng.randrange(10**7):07d}"
    return (
        f"+71< {payment[:4]} {payment[4:8]} {payment[8:12]} {payment[12:]}"
        f" +{creditor[:4]} {creditor[4:]}<"
    )


def journal(rng: random.Random) -> str:
    return f"0{rng.randint(100, 999)}-{rng.randrange(10**5):05d}-{rng.randrange(10**5):05d}-26"


def case_number(rng: random.Random, prefix: str) -> str:
    return f"{prefix}-2026-{rng.randrange(10**5):05d}"


def order_number(rng: random.Random) -> str:
    return f"#DK{rng.randrange(10**7):07d}"


def tracking(rng: random.Random) -> str:
    if rng.random() < 0.5:
        return "00 " + " ".join(f"{rng.randrange(10**4):04d}" for _ in range(4))
    groups = " ".join(f"{rng.randrange(1000):03d}" for _ in range(3))
    return f"{rng.choice(('RR', 'UA', 'CC'))} {groups} DK"


def iccid(rng: random.Random) -> str:
    return (
        "8945 "
        + " ".join(f"{rng.randrange(10**4):04d}" for _ in range(3))
        + f" {rng.randrange(1000):03d}"
    )


def staff(rng: random.Random) -> tuple[str, str]:
    """A staff member's full name and initials (never a code or word of the templates)."""
    while True:
        first, last = rng.choice(WOMEN + MEN), rng.choice(SURNAMES)
        middles = MIDDLE_W if first in WOMEN else MIDDLE_M
        middle = rng.choice(middles) if rng.random() < 0.4 else ""
        name = " ".join(p for p in (first, middle, last) if p)
        initials = "".join(p[0] for p in name.replace("-", " ").split()).upper()
        if initials not in BARRED_INITIALS:
            return name, initials


def address(d: Doc, p: Person, block: bool = False, caps: bool = False, town: bool = True) -> None:
    head = f"{p.street} {p.house}{p.floor}"
    value = head + (("\n" if block else ", ") + p.town if town or block else "")
    if caps:
        value = value.upper()
    d.pii("ADDRESS", value)


def account_phrase(d: Doc, rng: random.Random) -> None:
    """A Danish account in one of its written forms (reg.nr. inside or beside the span)."""
    reg, account = reg_and_account(rng)
    form = rng.randrange(4)
    masked = "******" + account[-4:]
    if form == 0:
        d.pii("BANK_ACCOUNT", f"{reg}-{account}", masked)
    elif form == 1:
        d.pii("BANK_ACCOUNT", f"{reg} {account}", masked)
    elif form == 2:
        d(f"reg.nr. {reg}, kontonr. ").pii("BANK_ACCOUNT", account, masked)
    else:
        d(f"reg. {reg} konto ").pii("BANK_ACCOUNT", account, masked)


def greeting_name(d: Doc, p: Person) -> None:
    d.pii("PERSON", p.first)


def politianmeldelse(d: Doc, rng: random.Random) -> None:
    p = Person(rng)
    iso, short, clock = stamp(rng)
    d(f"Anmeldelse af identitetstyveri (politi.dk)\nJournalnr.: {journal(rng)}\n")
    d(f"Modtaget: {iso} kl. {clock}\n\n")
    d("Anmelder: ").pii("PERSON", rng.choice((p.full(), f"{p.last}, {p.first}")))
    d("\nCPR-nr.: ").pii("CPR", cpr_text(rng, p.cpr), masked_cpr(p.cpr))
    d("\nAdresse: ")
    address(d, p)
    d("\nTelefon: ").pii("PHONE", phone_text(rng, p.number), masked_phone(p.number))
    d("\nE-mail: ").pii("EMAIL", p.email, masked_email(p.email))
    d(f"\n\nHvad er sket?\nDen {short} opdagede jeg, at der er optaget lån og tegnet abonnementer ")
    d("i mit navn. Jeg har ikke selv søgt om noget af det. Jeg har fået disse breve:\n")
    for i, lender in enumerate(rng.sample(LENDERS + SUBSCRIPTIONS, rng.randint(2, 5)), 1):
        when = (date.fromisoformat(iso) - timedelta(days=rng.randint(3, 70))).strftime("%d.%m.%y")
        if lender in LENDERS:
            ref = rng.choice(
                (f"lånenr. {loan_number(rng)}", f"kreditaftale {contract_number(rng)}")
            )
            d(f"{i}. {when} {lender}: {ref}, {amount(rng, 3000, 80000)}")
            if rng.random() < 0.4:
                d(f", betaling med FI {fi_line(rng)}")
        else:
            d(f"{i}. {when} {lender}: abonnement {rng.randint(10, 99)}-{rng.randint(100, 999)}-")
            d(f"{rng.randint(100, 999)}, {amount(rng, 99, 900)} pr. md.")
        d("\n")
    if rng.random() < 0.6:
        d("Pengene fra lånene er udbetalt til konto ")
        account_phrase(d, rng)
        d(f" i {rng.choice(BANKS)}, som ikke er min.\n")
    if rng.random() < 0.3:
        d("Udbetalingen gik videre til IBAN ").pii("IBAN", iban(rng, "LT"), "[IBAN]")
        d(".\n")
    if rng.random() < 0.6:
        d(f"Der er også leaset en bil i mit navn hos {rng.choice(LENDERS)}, reg.nr. ")
        d.pii("NUMBER_PLATE", plate(rng))(".\n")
    if rng.random() < 0.35:
        card = card_number(rng)
        d("Et kreditkort blev bestilt i mit navn og brugt: ").pii("CARD", card, masked_card(card))
        d(", udløb ").pii("CARD_EXPIRY", expiry(rng))
        d(rng.choice((", CVV ", ", kontrolcifre "))).pii("CARD_CVV", f"{rng.randrange(1000):03d}")
        d(".\n")
    if rng.random() < 0.5:
        d("Min MitID blev spærret; mit bruger-ID er ").pii("MITID_USER", p.mitid)(".\n")
    if rng.random() < 0.6:
        d("Svindleren har brugt telefonnummeret ").pii("PHONE", foreign_phone(rng), "[TLF]")
        fraud = Person(rng)
        d(" og e-mailen ").pii("EMAIL", fraud.email, masked_email(fraud.email))(".\n")
    if rng.random() < 0.6:
        d("Jeg er født ").pii("DATE_OF_BIRTH", dob_text(rng, p.born))(".\n")
    if rng.random() < 0.3:
        helper = Person(rng)
        d("Min datter " if helper.woman else "Min søn ").pii("PERSON", helper.full())(
            " hjalp mig med anmeldelsen, tlf. "
        )
        d.pii("PHONE", phone_text(rng, helper.number), masked_phone(helper.number))(".\n")
    d("\nMed venlig hilsen\n")
    greeting_name(d, p)


def simskift(d: Doc, rng: random.Random) -> None:
    p, (agent, initials) = Person(rng), staff(rng)
    telco = rng.choice(TELCOS)
    iso, short, clock = stamp(rng)
    d(f"INTERN NOTE – {telco}, Fraud & Security\nSag: {case_number(rng, 'FS')}   Oprettet: ")
    d(f"{iso} kl. {clock} af ").pii("PERSON", initials)
    d("\nEmne: Uautoriseret SIM-skift / nummerflytning\n\nAbonnent: ")
    d.pii("PERSON", rng.choice((f"{p.last}, {p.first}", p.full(), f"{p.first[0]}. {p.last}")))
    d(f" (kundenr. {rng.randint(10, 99)}-{rng.randint(100, 999)}-{rng.randint(100, 999)})\n")
    d("Nummer: ").pii("PHONE", phone_text(rng, p.number), masked_phone(p.number))
    if rng.random() < 0.6:
        d("\nCPR: ").pii("CPR", cpr_text(rng, p.cpr), masked_cpr(p.cpr))
    d("\nAdresse: ")
    address(d, p, town=rng.random() < 0.7)
    d(f"\n\nForløb:\n- {short} kl. {clock}: SIM-skift bestilt i butik {rng.randint(1000, 9999)}")
    d(f"\n- Ny SIM, ICCID {iccid(rng)}\n- Ny enhed IMEI {imei(rng)}, IP {ip_address(rng)}\n")
    d(f"- Portering til andet selskab, ordre-ID PT-{rng.randrange(10**5):05d}-DK\n")
    d("- Abonnenten fik SMS med koden ").pii("OTP", otp(rng), "[kode]")
    d(", som hun/han ikke havde bedt om\n")
    if rng.random() < 0.7:
        fake = Person(rng)
        d("- ID vist i butikken: kørekort i navnet ").pii("PERSON", fake.full())
        d(", født ").pii("DATE_OF_BIRTH", dob_text(rng, fake.born))("\n")
    if rng.random() < 0.6:
        d("- Bil på butikkens kamera: ").pii("NUMBER_PLATE", plate(rng))("\n")
    if rng.random() < 0.5:
        d("- Gerningspersonen ringede fra ").pii("PHONE", foreign_phone(rng), "[TLF]")("\n")
    d("\nKontakt ")
    name = p.genitive(p.first)
    if name and rng.random() < 0.5:
        d.pii("PERSON", name)(" ægtefælle på ")
    else:
        d("abonnenten på ")
    other = Person(rng).number
    d.pii("PHONE", phone_text(rng, other), masked_phone(other))(" eller ")
    d.pii("EMAIL", p.email, masked_email(p.email))(".\n")
    d(f"Kundeservice: {rng.choice(ORG_LINES)}\n/").pii("PERSON", initials)
    if rng.random() < 0.4:
        d(" (").pii("PERSON", agent)(")")


def mitid_overtagelse(d: Doc, rng: random.Random) -> None:
    p, (handler, initials) = Person(rng), staff(rng)
    bank = rng.choice(BANKS)
    iso, _short, clock = stamp(rng)
    d(f"{bank} – Svindelafdelingen\nSag {case_number(rng, 'MT')} | Overtagelse af MitID\n\n")
    d("Kunde: ").pii("PERSON", p.name())(", CPR ")
    d.pii("CPR", cpr_text(rng, p.cpr), masked_cpr(p.cpr))
    d("\nMitID-bruger-ID: ").pii("MITID_USER", p.mitid)
    d("\nAdresse: ")
    address(d, p)
    d("\nTlf.: ").pii("PHONE", phone_text(rng, p.number), masked_phone(p.number))
    d("  E-mail: ").pii("EMAIL", p.email, masked_email(p.email))
    d("\n\nLog-ins (netbank):\n")
    hour, minute = (int(part) for part in clock.split("."))
    seconds = hour * 3600 + minute * 60
    for _ in range(rng.randint(2, 4)):
        seconds = min(seconds + rng.randint(5, 400), 86399)
        moment = f"{seconds // 3600:02d}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"
        d(f"{iso} {moment}  IP {ip_address(rng)}  enheds-ID ")
        d(f"{device_id(rng)}  {session_id(rng)}\n")
    d(f"Log-in-ID {login_id(rng)}: ny MitID-app aktiveret på enhed med IMEI {imei(rng)}.\n\n")
    alias = rng.choice(WOMEN + MEN)
    d('Kunden blev ringet op af "').pii("PERSON", alias)(f' fra {bank}" fra nummeret ')
    d.pii("PHONE", foreign_phone(rng), "[TLF]")(" og oplyste koden ")
    d.pii("OTP", otp(rng), "[kode]")(".\n\nOverførsler:\n")
    mule = Person(rng)
    d(f"- {amount(rng, 5000, 90000)} til ").pii("IBAN", (code := iban(rng)), masked_iban(code))
    d(" (modtager ").pii("PERSON", mule.full())(")\n")
    if rng.random() < 0.6:
        d(f"- {amount(rng, 500, 20000)} til konto ")
        account_phrase(d, rng)
        d("\n")
    if rng.random() < 0.5:
        card = card_number(rng)
        d("\nKort ").pii("CARD", card, masked_card(card))(" (udløb ")
        d.pii("CARD_EXPIRY", expiry(rng))(f") spærret kl. {clock}.")
        if rng.random() < 0.7:
            d(" Kunden havde også givet kontrolcifre ").pii(
                "CARD_CVV", f"{rng.randrange(1000):03d}"
            )
            d(" til svindleren.")
        d("\n")
    d("\nKundens egen konto: ")
    account_phrase(d, rng)
    d("\nSagsbehandler: ").pii("PERSON", handler)(" (").pii("PERSON", initials)
    d(f"), tlf. {rng.choice(ORG_LINES)}")


def inkasso(d: Doc, rng: random.Random) -> None:
    p = Person(rng)
    collector, lender = rng.choice(COLLECTORS), rng.choice(LENDERS)
    _iso, short, _clock = stamp(rng)
    ref = f"{rng.randrange(10**4):04d}-{rng.randrange(10**4):04d}-{rng.randint(10, 99)}"
    d(f"{collector.upper()}\n\n").pii("PERSON", p.full().upper())("\n")
    address(d, p, block=True, caps=True)
    d(f"\n\n{short}\nVores ref.: {ref}   Kreditor: {lender}   Lånenr. {loan_number(rng)}\n\n")
    d("INKASSOMEDDELELSE\nKære ").pii("PERSON", p.full())("\n")
    d(f"Hovedstol {amount(rng, 2000, 40000)}, renter {amount(rng, 50, 2000)}, gebyr 100,00 kr.\n")
    d(f"Betal inden 10 dage med FI-kort: {fi_line(rng)}\nSpørgsmål: {rng.choice(ORG_LINES)}")
    domain = ascii_of(collector.split()[0])
    office = f"indsigelse@{domain}.example.dk"
    d(" eller ").pii("EMAIL", office, masked_email(office))("\n\n--- e-mail ---\nFra: ")
    d.pii("EMAIL", p.email, masked_email(p.email))("\nTil: ")
    d.pii("EMAIL", office, masked_email(office))(f"\nEmne: Indsigelse – ref. {ref}\n\n")
    d("Jeg bestrider kravet. Lånet er optaget af en anden i mit navn (identitetstyveri, ")
    d(f"politiets journalnr. {journal(rng)}).")
    if rng.random() < 0.6:
        d(" Mit CPR-nr. er ").pii("CPR", cpr_text(rng, p.cpr), masked_cpr(p.cpr))(".")
    if rng.random() < 0.4:
        d(" Min tidligere adresse var ")
        old = Person(rng)
        address(d, old)
        d(".")
    d("\nRing gerne på ").pii("PHONE", phone_text(rng, p.number), masked_phone(p.number))
    d(".\n")
    if rng.random() < 0.35:
        relative = Person(rng)
        name = relative.genitive(relative.first)
        if name:
            kin = "datter" if relative.woman else "søn"
            d(f"Kopi sendt til min {kin} ").pii("PERSON", name)(" advokat.\n")
    d("\nHilsen\n").pii("PERSON", rng.choice((p.first, f"{p.first} {p.last}")))


def forsikring(d: Doc, rng: random.Random) -> None:
    p, (handler, initials) = Person(rng), staff(rng)
    insurer = rng.choice(INSURERS)
    _iso, short, _clock = stamp(rng)
    d(f"Skadeanmeldelse – ID-tyveri ({insurer})\nSkadenr.: {rng.randint(20, 29)}-")
    d(f"{rng.randint(100, 999)}-{rng.randrange(10**4):04d}\nPolicenr.: {loan_number(rng)}\n\n")
    d("Forsikringstager: ").pii("PERSON", rng.choice((f"{p.last}, {p.first}", p.full())))
    d("\nCPR-nr.: ").pii("CPR", cpr_text(rng, p.cpr), masked_cpr(p.cpr))
    d("\nFødselsdato: ").pii("DATE_OF_BIRTH", dob_text(rng, p.born))
    d("\nAdresse: ")
    address(d, p, block=rng.random() < 0.5)
    d("\nTelefon: ").pii("PHONE", phone_text(rng, p.number), masked_phone(p.number))
    d("\nE-mail: ").pii("EMAIL", p.email, masked_email(p.email))
    if rng.random() < 0.6:
        d("\nMitID-bruger-ID: ").pii("MITID_USER", p.mitid)
    d(f"\n\nBeskrivelse:\nDen {short} fik jeg brev fra {rng.choice(COLLECTORS)} om et lån hos ")
    d(f"{rng.choice(LENDERS)} ({amount(rng, 5000, 50000)}), som jeg ikke har optaget.")
    if rng.random() < 0.5:
        card = card_number(rng)
        d(" Mit kort ").pii("CARD", card, masked_card(card))(", udløb ")
        d.pii("CARD_EXPIRY", expiry(rng))(", blev misbrugt.")
    if rng.random() < 0.5:
        d(" En bil med nummerpladen ").pii("NUMBER_PLATE", plate(rng))(" blev leaset i mit navn.")
    d(f"\n\nUdgifter: advokat {amount(rng, 1500, 9000)}, gebyrer {amount(rng, 100, 900)}\n")
    d("Erstatning udbetales til ")
    account_phrase(d, rng)
    d("\n\nSagsbehandlers vurdering:\nDækket under retshjælp/ID-tyveri. ")
    name = p.genitive(p.last)
    if name:
        d.pii("PERSON", name)(" dokumentation er i orden.")
    else:
        d("Dokumentationen er i orden.")
    d(f" Kontakt: {rng.choice(ORG_LINES)}.\n").pii("PERSON", handler)
    d(" / ").pii("PERSON", initials)


def nemkonto(d: Doc, rng: random.Random) -> None:
    p, (handler, _initials) = Person(rng), staff(rng)
    iso, short, clock = stamp(rng)
    d(
        rng.choice(
            ("Til Udbetaling Danmark", "Til Skattestyrelsen", "Til Udbetaling Danmark / SKAT")
        )
    )
    d("\nEmne: Min NemKonto er ændret uden mit samtykke\n\nJeg hedder ").pii("PERSON", p.full())
    d(" (CPR ").pii("CPR", cpr_text(rng, p.cpr), masked_cpr(p.cpr))
    if rng.random() < 0.3:
        d(", født ").pii("DATE_OF_BIRTH", dob_text(rng, p.born))
    d(f"). Den {short} fik jeg besked i Digital Post om, at min NemKonto var ændret til ")
    account_phrase(d, rng)
    if rng.random() < 0.8:
        code = iban(rng)
        d(" (IBAN ").pii("IBAN", code, masked_iban(code))(")")
    d(". Det har jeg ikke gjort. Min rigtige konto er ")
    account_phrase(d, rng)
    d(".\n")
    if rng.random() < 0.8:
        d("Ændringen blev lavet med MitID (bruger-ID ").pii("MITID_USER", p.mitid)
        d(f") fra IP {ip_address(rng)} kl. {clock}.")
    if rng.random() < 0.6:
        d(" Jeg fik en SMS med koden ").pii("OTP", otp(rng), "[kode]")
        d(", men jeg havde ikke bedt om noget.")
    d(f"\nBoligstøtte {amount(rng, 800, 4000)} og børne- og ungeydelse {amount(rng, 900, 5000)} ")
    d("er udbetalt til den forkerte konto.\nI kan fange mig på ")
    d.pii("PHONE", phone_text(rng, p.number), masked_phone(p.number))(" eller ")
    d.pii("EMAIL", p.email, masked_email(p.email))(".\n\nVenlig hilsen\n").pii("PERSON", p.first)
    d(f"\n\n--- Svar {iso} ---\nSagsnr. {case_number(rng, 'UDK')}\nKære ")
    name = p.genitive(p.first)
    d.pii("PERSON", p.first)(
        f"\nVi har spærret NemKontoen og sendt sagen videre. Ring {rng.choice(ORG_LINES)}"
    )
    if name and rng.random() < 0.5:
        d(" med ").pii("PERSON", name)(" sagsnummer ved hånden")
    d(".\nVenlig hilsen\n").pii("PERSON", handler)


def chargeback(d: Doc, rng: random.Random) -> None:
    p, (agent, initials) = Person(rng), staff(rng)
    shop = rng.choice(SHOPS)
    iso, short, clock = stamp(rng)
    order = order_number(rng)
    card = card_number(rng)
    d(f"[Chargeback] Ordre {order} – kortholder bestrider køb\n\n--- Fra betalingsudbyder {iso} ")
    d(f"kl. {clock} ---\nKortholder: ").pii("PERSON", p.name())
    d("\nKort: ").pii("CARD", card, masked_card(card))(" (udløb ").pii("CARD_EXPIRY", expiry(rng))
    d(f")\nBeløb: {amount(rng, 300, 20000)}  Årsagskode {rng.choice(('4837', '10.4', '4863'))}\n\n")
    d(f"--- Kundeservice, {shop} ---\nOrdren blev leveret til ")
    fraud = Person(rng)
    address(d, fraud, town=True)
    d(" – ikke kortholderens adresse ")
    address(d, p, town=rng.random() < 0.6)
    d(f".\nSporingsnr. {tracking(rng)}\nBestillerens e-mail: ")
    d.pii("EMAIL", fraud.email, masked_email(fraud.email))(", tlf. ")
    if rng.random() < 0.5:
        d.pii("PHONE", foreign_phone(rng), "[TLF]")
    else:
        d.pii("PHONE", phone_text(rng, fraud.number), masked_phone(fraud.number))
    d(f"\nIP ved bestilling {ip_address(rng)}, enheds-ID {device_id(rng)}\n")
    if rng.random() < 0.8:
        d("3-D Secure: engangskode ").pii("OTP", otp(rng), "[kode]")(f" godkendt kl. {clock}\n")
    if rng.random() < 0.9:
        d("Kortholderen oplyser, at hun tastede kortnr., udløb og ")
        d(rng.choice(("CVV ", "cvc ", "CVC: "))).pii("CARD_CVV", f"{rng.randrange(1000):03d}")
        d(" på en falsk side.\n")
    d("Hilsen ").pii("PERSON", agent)(" / ").pii("PERSON", initials)
    d(f"\n\n--- chat med kortholder ---\n[{short} {clock.replace('.', ':')}] ")
    lower = rng.choice((p.first.lower(), f"{p.first} {p.last}".lower()))
    d("hej det er ").pii("PERSON", lower)(f", jeg har aldrig bestilt noget fra {shop}")
    if rng.random() < 0.5:
        d(", ring på ").pii("PHONE", phone_text(rng, p.number), masked_phone(p.number))
    d(f"\n[{short} {clock.replace('.', ':')}] ").pii("PERSON", agent.split()[0])
    d(": Tak ").pii("PERSON", p.first)(f", vi har refunderet {amount(rng, 300, 20000)}")


def flytning(d: Doc, rng: random.Random) -> None:
    p, (handler, initials) = Person(rng), staff(rng)
    kommune = rng.choice(MUNICIPALITIES)
    iso, short, clock = stamp(rng)
    d(f"Digital Post fra {kommune} Kommune, Folkeregistret\nTil: ").pii("PERSON", p.full().upper())
    d(f"\nSagsnr.: {rng.randint(10, 99)}.{rng.randint(10, 99)}.{rng.randint(10, 99)}-K")
    d(f"{rng.randint(10, 99)}-{rng.randint(100, 999)}-26\nDato: {iso}\n\n")
    d("Vedrørende: Flytning registreret uden dit samtykke\n\nKære ").pii("PERSON", p.first)
    d(f"\n\nDen {short} blev der via borger.dk anmeldt flytning for dig fra\n")
    address(d, p, block=True)
    d("\ntil\n")
    new = Person(rng)
    address(d, new, block=True, caps=rng.random() < 0.2)
    d("\n\nAnmeldelsen blev foretaget med MitID")
    if rng.random() < 0.7:
        d(" (bruger-ID ").pii("MITID_USER", p.mitid)(")")
    d(f" fra IP {ip_address(rng)} kl. {clock}. Vi har annulleret flytningen, og din adresse ")
    d("i CPR er igen ")
    address(d, p, town=rng.random() < 0.5)
    d(".\n")
    if rng.random() < 0.4:
        d("Ifølge Motorstyrelsen blev bilen ").pii("NUMBER_PLATE", plate(rng))
        d(" samme dag omregistreret til den nye adresse.\n")
    if rng.random() < 0.4:
        d("Registreret ved anmeldelsen: ").pii("PERSON", p.full())(", f. ")
        d.pii("DATE_OF_BIRTH", dob_text(rng, p.born))(", CPR ")
        d.pii("CPR", cpr_text(rng, p.cpr), masked_cpr(p.cpr))(".\n")
    if rng.random() < 0.5:
        d("Posten er omadresseret til ").pii("PERSON", f"{p.first[0]}. {p.last}")(" på ")
        d.pii("ADDRESS", f"{new.street} {new.house}{new.floor}")(".\n")
    office = f"borgerservice@{ascii_of(kommune)}.example.dk"
    d(f"\nKontakt Borgerservice på {rng.choice(ORG_LINES)} eller ")
    d.pii("EMAIL", office, masked_email(office))(".\n\nMed venlig hilsen\n").pii("PERSON", handler)
    d(f"\nBorgerservice, {kommune} Kommune (").pii("PERSON", initials)(")")


BUILDERS = {
    "politianmeldelse": politianmeldelse, "simskift": simskift,
    "mitid_overtagelse": mitid_overtagelse, "inkasso": inkasso, "forsikring": forsikring,
    "nemkonto": nemkonto, "chargeback": chargeback, "flytning": flytning,
}  # fmt: skip


def stray_digit_run(text: str, spans: list[dict]) -> bool:
    for run in re.finditer(r"\d{10,}", text):
        if not any(s["start"] <= run.start() and run.end() <= s["end"] for s in spans):
            return True
    return False


def generate(seed: int = SEED, size: int = SIZE) -> list[dict]:
    rng = random.Random(seed)
    negatives = round(size * NEGATIVES / SIZE)
    plan = [(GENRES[i % len(GENRES)], "positive") for i in range(size - negatives)]
    plan += [(GENRES[i % len(GENRES)], "negative") for i in range(negatives)]
    rng.shuffle(plan)
    docs, seen = [], set()
    for i, (genre, kind) in enumerate(plan):
        while True:
            d = Doc(rng, kind == "positive")
            BUILDERS[genre](d, rng)
            text = d.text
            if text not in seen and not stray_digit_run(text, d.spans):
                break
        seen.add(text)
        docs.append({"id": f"b23-{i:04d}", "genre": genre, "kind": kind, "text": text,
                     "spans": d.spans})  # fmt: skip
    return docs


def main(argv: list[str]) -> None:
    out = Path(argv[1]) if len(argv) > 1 else Path(__file__).parent / "data" / "pii_blind23.jsonl"
    with out.open("w", encoding="utf-8") as fh:
        for doc in generate():
            fh.write(json.dumps(doc, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main(sys.argv)
