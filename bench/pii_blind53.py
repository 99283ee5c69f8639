"""A fifty-fourth blind, seeded generator of Danish text with labelled personal data.

Written without looking at the recognisers, their word lists or the earlier generators' bodies,
as a held-out test set with its own names, streets and towns. Its theme is CALL-CENTRE AND CHAT
TRANSCRIPTS and the notes written from them, as a bank's, a telco's or a webshop's fraud team
and the police handle them, in nine genres: a bank fraud line's call transcribed by
speech-to-text (speaker labels "Rådgiver:"/"Kunde:", "AGENT"/"KUNDE", "Taler 1" or the
speakers' given names, "[00:01:23]" timestamps, lower case, little punctuation, filler words,
numbers read out in groups of two or three digits, self-corrections "6 2 … nej undskyld 26 14
88 30"), a webshop's or bank's live-chat export ("[09:14] Name: ..." lines), a supervisor's
summary of a recorded call, a quality-assurance review of an agent's call with quotes, a police
hotline (114) intake note, a voicemail transcription, an IVR and callback log, a customer's
complaint about what an agent said and a telco's SIM-swap fraud line transcript ("AGENT:",
"KUNDE:"). The names are those of Danes of all ages, Danes with roots elsewhere ("Zeynep
Yilmaz", "Tuan Nguyen"), double surnames ("Kjær-Madsen") and the organisations' own staff.

Conventions (exact offsets are scored):
- PERSON is a name as written, without title or role ("rådgiver", "kunden", "vidne"): full,
  with a middle name, "Hansen, Mette" (one span), "M. Hansen", CAPS, lower case as
  speech-to-text or a chat writes it ("mette hansen"), a given name alone after a greeting
  ("hej Mette", "tak jonas") and a given name used as a speaker label ("[00:00:07] Jonas: ").
  A genitive s belongs to the name ("Mettes"). A scammer's alias ("Mikkel fra Nordlys Banks
  sikkerhedsafdeling") is PERSON, the organisation is not. Role labels ("Rådgiver:", "Kunde:",
  "AGENT", "KUNDE", "Taler 1"), pseudonyms ("Kunde A", "Agent 14", "Rådgiver 2", "Opkalder 1",
  "Borger A"), organisations, products and family words ("min mand") are never PERSON.
- ADDRESS runs from the street name through number, letter, floor and side ("14B", "2. tv.",
  "st. th."; spoken lower case "kirkevej 14b 2 tv"), plus ", postcode town" (or " postcode
  town" when spoken) on the same line or the postcode and town on the next line of an address
  block (line break included). The organisations' own addresses (ORG_ADDRESSES) are not
  personal and never labelled.
- CPR numbers are synthetic: a real birth date and a seventh digit that suits its century (0
  to 3 in the 1900s, 4 for 2000 to 2005), with a serial that FAILS modulus 11. Written
  "DDMMYY-SSSS", "DDMMYYSSSS", "DD MM YY SSSS", "DDMMYY SSSS", or read out in pairs "DD MM YY
  SS SS"; the whole number is one span. A DATE_OF_BIRTH ("4. juni 1952", "04.06.1952",
  "4/6-1952", "04-06-1952") is labelled only straight after "født", "født den", "f.",
  "Fødselsdato:" or "fødselsdato er"; no other date, clock time or duration is labelled.
- PHONE: Danish 8-digit numbers from mobile and landline ranges (MOBILE, LANDLINE; 70 and 80
  never personal), written "+45 20304050", "+45 20 30 40 50", "+45 2030 4050", "2030 4050",
  "(+45) 20 30 40 50", "0045 20304050", "20 30 40 50" (the usual spoken form), "20304050",
  "+4520304050" or "20.30.40.50", the country code inside the span; foreign numbers from the
  fiction ranges only ("+44 7700 900xxx", "+46 70 174 06 xx", xx 05-99). A number read out in
  groups is one span. Self-corrections: the abandoned fragment ("6 2 …", "26 41 nej vent") is
  not labelled, only the number as finally given. Organisations' lines (ORG_LINES, 112, 114,
  1813, SMS short codes) are never PHONE.
- EMAIL: every unmasked e-mail address (all on example.dk or example.com), staff's too.
- BANK_ACCOUNT: "1234-0012345678" and "1234 0012345678" are one span; where the reg.nr. has
  its own word ("reg.nr. 1234, kontonr. 0012345678", "reg nummer 1234 konto 0012 345 678")
  only the account is the span (read out in groups of 4-3-3 it is still one span). IBAN:
  valid check digits and length (IBAN_LENGTH), grouped by four or compact. CARD: Luhn-valid
  with a published test prefix (TEST_PREFIXES), grouped by four or compact. CARD_EXPIRY
  "MM/YY" or "MM/YYYY"; CARD_CVV 3 digits after "CVV", "cvc", "CVC" or "kontrolcifre". OTP: a
  one-time code sent, read out or asked for, 6 digits (compact, "471 192" or "47 11 92") or 8
  ("47119203", "4711 9203"), one span. MITID_USER: a MitID user ID given as such.
  NUMBER_PLATE: a Danish plate "BK 41 207" or "BK41207".
- Hard negatives, never labelled: call, chat and ticket IDs ("C-2026-48213", "CH-448213",
  "SAG-26-04417", "INC0048213"), queue numbers and positions, timestamps and durations
  ("[00:01:23]", "09:14:22", "kl. 10.42", "2026-03-04", "varighed 00:12:41"), amounts
  ("24.900 kr."), order and tracking numbers ("ordrenr. 4471920", "RR482113975DK"), agent IDs
  and pseudonyms ("Agent 14", "agent-id A4471", "Kunde A"), IVR menu choices ("menu 1>3>2",
  "tast 1"), product codes, CVR numbers, journal numbers, masked values ("120365-xxxx",
  "+45 ** ** ** 31", "m***@example.dk", "**** **** **** 1111", "******4417",
  "DK71XXXXXXXXXX0932") and the organisations' own lines and addresses. Documents of kind
  "negative" are the same genres after pseudonymisation: only such values, stand-ins
  ("[NAVN]", "[TLF]", ...) and pseudonyms remain. No run of ten or more digits occurs outside
  a labelled identifier.

Each document is {"id", "genre", "kind", "text", "spans": [{"start", "end", "type"}]}.
``python -m bench.pii_blind53 [OUT.jsonl]`` writes the set (by default
bench/data/pii_blind53.jsonl); ``generate()`` returns it.
"""

from __future__ import annotations

import json
import random
import sys
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

SEED = 53
SIZE = 1000
NEGATIVES = 350
GENRES = (
    "stt_bank",
    "chat_eksport",
    "supervisor_resume",
    "kvalitet",
    "politi_114",
    "voicemail",
    "ivr_log",
    "klage",
    "stt_telco",
)
TYPES = (
    "PERSON",
    "ADDRESS",
    "CPR",
    "PHONE",
    "EMAIL",
    "CARD",
    "CARD_EXPIRY",
    "CARD_CVV",
    "OTP",
    "MITID_USER",
    "BANK_ACCOUNT",
    "IBAN",
    "DATE_OF_BIRTH",
    "NUMBER_PLATE",
)
OUT = Path(__file__).resolve().parent / "data" / "pii_blind53.jsonl"

WEIGHTS = (4, 3, 2, 7, 6, 5, 4, 3, 2, 1)
TEST_PREFIXES = ("411111", "401288", "424242", "555555", "510510", "222300", "378282", "371449")
IBAN_LENGTH = {
    "DK": 18,
    "DE": 22,
    "GB": 22,
    "LT": 20,
    "ES": 24,
    "NL": 18,
    "FR": 27,
    "SE": 24,
    "PL": 28,
}
MOBILE = tuple(
    f"{n}" for n in (*range(20, 32), 40, 41, 42, 50, 51, 52, 53, 60, 61, 71, 81, 91, 92, 93)
)
LANDLINE = tuple(
    f"{n}"
    for n in (32, 33, 35, 36, 38, 39, 43, 44, 45, 46, 47, 48, 49, 54, 55, 56, 57, 58, 59, 62,
              63, 64, 65, 66, 72, 73, 74, 75, 76, 86, 87, 89, 96, 97, 98, 99)
)  # fmt: skip

WOMEN = (
    "Mette", "Anne", "Kirsten", "Hanne", "Susanne", "Lene", "Camilla", "Louise", "Maria", "Pia",
    "Lotte", "Birgitte", "Jytte", "Inge", "Karen", "Bodil", "Grethe", "Ida", "Freja", "Emma",
    "Clara", "Sofie", "Laura", "Signe", "Rikke", "Tina", "Malene", "Trine", "Helle", "Dorthe",
    "Vibeke", "Fatima", "Aisha", "Amina", "Leila", "Yasmin", "Zeynep", "Sara", "Mai", "Agnieszka",
    "Nadia", "Hiba", "Mariam", "Gitte", "Ulla", "Merete", "Astrid", "Nanna", "Cecilie", "Eva",
)  # fmt: skip
MEN = (
    "Jens", "Peter", "Lars", "Søren", "Niels", "Henrik", "Michael", "Thomas", "Anders", "Morten",
    "Jesper", "Martin", "Rasmus", "Mads", "Frederik", "Oliver", "William", "Lucas", "Emil", "Bent",
    "Poul", "Erik", "Finn", "Knud", "Ole", "Torben", "Kim", "Flemming", "Ahmed", "Ali", "Mohammad",
    "Omar", "Hassan", "Mustafa", "Emre", "Bilal", "Tariq", "Kasper", "Jonas", "Mikkel", "Kenneth",
    "Brian", "Jakob", "Piotr", "Tuan", "Hamza", "Carsten", "Steen", "Bjarne", "Asger",
)  # fmt: skip
SURNAMES = (
    "Nielsen", "Jensen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen",
    "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Poulsen",
    "Johansen", "Møller", "Mortensen", "Knudsen", "Jakobsen", "Mikkelsen", "Frederiksen",
    "Eriksen", "Bertelsen", "Lauridsen", "Vestergaard", "Østergaard", "Brandt", "Friis",
    "Yilmaz", "Hussein", "Ahmadi", "Khan", "Nguyen", "Demir", "Osman", "Rahimi", "Kowalski",
    "Nowak", "Abdi", "Haddad", "Aydin", "Tran", "Iqbal", "Karimi", "Halvorsen", "Winther",
)  # fmt: skip
MIDDLE = ("Lund", "Kjær", "Holm", "Bach", "Dahl", "Skov", "Munk", "Krogh", "Juhl", "Bjerre")
DOUBLE = ("Kjær-Madsen", "Holm-Larsen", "Skov-Petersen", "Dahl-Hussein", "Bach-Nguyen",
          "Munk-Olsen", "Juhl-Andersen", "Krogh-Yilmaz")  # fmt: skip

STREETS = (
    "Kirkevej", "Engtoften", "Bøgevænget", "Søndergade", "Fasanvej", "Lærkevej", "Skolegade",
    "Møllevangen", "Rosenhaven", "Stationsvej", "Hybenvej", "Ågade", "Tjørnevej",
    "Kastanie Allé", "Præstemarken", "Vibevej", "Tranehaven", "Gl. Kongevej", "Elmegade",
    "Rugmarken", "Slåenbakken", "Spurvevej", "Havrevænget", "Toftegårds Allé", "Ridderstræde",
)  # fmt: skip
TOWNS = (
    "2300 København S", "8000 Aarhus C", "5000 Odense C", "9000 Aalborg", "6700 Esbjerg",
    "7100 Vejle", "4000 Roskilde", "3400 Hillerød", "8900 Randers C", "6000 Kolding",
    "2620 Albertslund", "4700 Næstved", "8700 Horsens", "7400 Herning", "2750 Ballerup",
    "3000 Helsingør", "4600 Køge", "9800 Hjørring", "8600 Silkeborg", "2770 Kastrup",
)  # fmt: skip
BANKS = ("Nordlys Bank", "Kystbanken", "Fjordsparekassen", "Lindholm Bank")
TELCOS = ("Telefix", "Mobilnet Danmark", "Signalpunkt")
SHOPS = ("Hjemmeshop.dk", "Pakkeposten", "Elektronikhuset", "ModeMarkedet")
COMPANIES = BANKS + TELCOS + SHOPS
PRODUCTS = ("MitID-appen", "Kodeviser", "Spærreservice Plus", "SIM Ekspres", "Kortvagt")
ORG_LINES = ("70 10 20 30", "70 22 44 66", "80 30 40 50", "80 88 12 12", "70 15 15 60")
ORG_ADDRESSES = (
    "Havnefronten 10, 2150 Nordhavn",
    "Bankpladsen 2, 8000 Aarhus C",
    "Kundecentret, Postboks 180, 0900 København C",
    "Telefixhuset, Industrivej 40, 2605 Brøndby",
)
PSEUDONYMS = ("Kunde A", "Kunde B", "Agent 14", "Rådgiver 2", "Opkalder 1", "Borger A")
MONTHS = ("januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december")  # fmt: skip
FILLERS = ("øh ", "øhm ", "altså ", "ja ", "", "", "", "hva' ", "ikke ", "du ved ", "æh ")
PLATE_LETTERS = "ABCDEFHJKLMNOPRSTUVXYZ"
CARS = ("hvid Toyota", "sort VW Golf", "grå Skoda", "mørkeblå Peugeot", "sølvfarvet Ford")


def grouped(compact: str) -> str:
    """A card number or IBAN in groups of four."""
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))


def fold(text: str) -> str:
    """Lower case ASCII for user IDs and e-mail addresses."""
    table = {"æ": "ae", "ø": "oe", "å": "aa", "ö": "o", "ü": "u", "é": "e"}
    return "".join(table.get(ch, ch) for ch in text.lower())


# ---------------------------------------------------------------- identifiers


def _mod11(digits: str) -> bool:
    return sum(int(c) * w for c, w in zip(digits, WEIGHTS, strict=True)) % 11 == 0


def make_cpr(rng: random.Random) -> tuple[str, date]:
    """Ten digits with a real birth date and fitting century digit, failing modulus 11."""
    year = rng.randint(2000, 2005) if rng.random() < 0.08 else rng.randint(1932, 1999)
    born = date(year, 1, 1) + timedelta(days=rng.randrange(365))
    seventh = "4" if year >= 2000 else rng.choice("0123")
    digits = born.strftime("%d%m%y") + seventh + f"{rng.randrange(1000):03d}"
    while _mod11(digits):
        digits = digits[:9] + str((int(digits[9]) + 1) % 10)
    return digits, born


def cpr_form(digits: str, form: str) -> str:
    return {
        "dash": f"{digits[:6]}-{digits[6:]}",
        "compact": digits,
        "spaced": f"{digits[:2]} {digits[2:4]} {digits[4:6]} {digits[6:]}",
        "space": f"{digits[:6]} {digits[6:]}",
        "pairs": " ".join(digits[i : i + 2] for i in range(0, 10, 2)),
    }[form]


def make_phone(rng: random.Random) -> str:
    lead = rng.choice(MOBILE if rng.random() < 0.7 else LANDLINE)
    return lead + "".join(rng.choice("0123456789") for _ in range(6))


def phone_form(digits: str, form: str) -> str:
    pairs = " ".join(digits[i : i + 2] for i in range(0, 8, 2))
    return {
        "+45": f"+45 {digits}",
        "+45 pairs": f"+45 {pairs}",
        "+45 fours": f"+45 {digits[:4]} {digits[4:]}",
        "fours": f"{digits[:4]} {digits[4:]}",
        "(+45)": f"(+45) {pairs}",
        "0045": f"0045 {digits}",
        "pairs": pairs,
        "compact": digits,
        "+45compact": f"+45{digits}",
        "dots": pairs.replace(" ", "."),
    }[form]


PHONE_FORM_NAMES = ("+45", "+45 pairs", "+45 fours", "fours", "(+45)", "0045", "pairs",
                    "compact", "+45compact", "dots")  # fmt: skip


def foreign_phone(rng: random.Random) -> str:
    if rng.random() < 0.5:
        return f"+44 7700 900{rng.randrange(1000):03d}"
    return f"+46 70 174 06 {rng.randint(5, 99):02d}"


def luhn_complete(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        n = int(ch) * (2 if i % 2 == 0 else 1)
        total += n // 10 + n % 10
    return body + str((10 - total % 10) % 10)


def make_card(rng: random.Random) -> str:
    prefix = rng.choice(TEST_PREFIXES)
    length = 15 if prefix.startswith("37") else 16
    body = prefix + "".join(rng.choice("0123456789") for _ in range(length - len(prefix) - 1))
    return luhn_complete(body)


def make_iban(rng: random.Random, country: str | None = None) -> str:
    country = country or rng.choice(("DK", "DK", "DE", "GB", "LT", "ES", "NL", "FR", "SE", "PL"))
    length = IBAN_LENGTH[country]
    letters = {"GB": 4, "NL": 4}.get(country, 0)
    bban = "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(letters))
    bban += "".join(rng.choice("0123456789") for _ in range(length - 4 - letters))
    number = int("".join(str(int(c, 36)) for c in bban + country + "00"))
    return f"{country}{98 - number % 97:02d}{bban}"


def make_plate(rng: random.Random) -> str:
    return (
        rng.choice(PLATE_LETTERS)
        + rng.choice(PLATE_LETTERS)
        + f" {rng.randint(10, 99)} {rng.randint(100, 999)}"
    )


def dob_form(born: date, rng: random.Random) -> str:
    form = rng.randrange(4)
    if form == 0:
        return f"{born.day}. {MONTHS[born.month - 1]} {born.year}"
    if form == 1:
        return born.strftime("%d.%m.%Y")
    if form == 2:
        return f"{born.day}/{born.month}-{born.year}"
    return born.strftime("%d-%m-%Y")


# ---------------------------------------------------------------- people and documents


@dataclass
class Who:
    given: str
    middle: str
    surname: str
    alias: str  # the pseudonym that stands for this person in a negative

    @property
    def full(self) -> str:
        return f"{self.given} {self.surname}"

    def form(self, form: str) -> str:
        if form == "three":
            return f"{self.given} {self.middle} {self.surname}"
        if form == "inverted":
            return f"{self.surname}, {self.given}"
        if form == "initial":
            return f"{self.given[0]}. {self.surname}"
        if form == "given":
            return self.given
        if form == "upper":
            return self.full.upper()
        if form == "lower":
            return self.full.lower()
        if form == "genitive":
            return self.given + "s" if self.given[-1] not in "sxz" else self.full + "s"
        return self.full


def make_who(rng: random.Random, alias: str) -> Who:
    given = rng.choice(WOMEN if rng.random() < 0.5 else MEN)
    surname = rng.choice(DOUBLE) if rng.random() < 0.12 else rng.choice(SURNAMES)
    return Who(given, rng.choice(MIDDLE), surname, alias)


class Doc:
    """Text built piece by piece; labelled pieces become spans, or stand-ins in a negative."""

    def __init__(self, rng: random.Random, negative: bool) -> None:
        self.rng = rng
        self.neg = negative
        self.parts: list[str] = []
        self.spans: list[dict] = []
        self.n = 0

    def t(self, *texts: str) -> Doc:
        for text in texts:
            self.parts.append(text)
            self.n += len(text)
        return self

    def v(self, kind: str, value: str, stand: str | None = None) -> Doc:
        if self.neg:
            return self.t(stand if stand is not None else mask(kind, value, self.rng))
        self.spans.append({"start": self.n, "end": self.n + len(value), "type": kind})
        return self.t(value)

    def who(self, person: Who, form: str = "full") -> Doc:
        if self.neg:
            return self.t(person.alias)
        value = person.form(form)
        if form == "genitive" and value[-2] in "sxz":
            value = person.full
        return self.v("PERSON", value)

    def fill(self) -> Doc:
        return self.t(self.rng.choice(FILLERS))

    @property
    def text(self) -> str:
        return "".join(self.parts)


def mask(kind: str, value: str, rng: random.Random) -> str:
    """What a pseudonymised document writes instead of a value."""
    digits = "".join(ch for ch in value if ch.isdigit())
    if kind == "CPR":
        return rng.choice(("[CPR]", f"{digits[:6]}-xxxx"))
    if kind == "PHONE":
        return rng.choice(("[TLF]", f"+45 ** ** ** {digits[-2:]}"))
    if kind == "EMAIL":
        return rng.choice(("[e-mail]", f"{value[0]}***@{value.split('@')[1]}"))
    if kind == "CARD":
        return rng.choice((f"**** **** **** {digits[-4:]}", f"******{digits[-4:]}"))
    if kind == "IBAN":
        compact = value.replace(" ", "")
        if compact.startswith("DK"):
            return f"{compact[:4]}{'X' * 10}{compact[-4:]}"
        return "[IBAN]"
    return {
        "PERSON": "[NAVN]",
        "ADDRESS": "[ADRESSE]",
        "CARD_EXPIRY": "**/**",
        "CARD_CVV": "***",
        "OTP": "[kode]",
        "MITID_USER": "[bruger-id]",
        "BANK_ACCOUNT": "[kontonr.]",
        "DATE_OF_BIRTH": "[dato]",
        "NUMBER_PLATE": "[nummerplade]",
    }[kind]


@dataclass
class Facts:
    """The personal data of one case: the customer, staff, the scammer and their numbers."""

    customer: Who
    agent: Who
    boss: Who
    scammer: Who
    witness: Who
    cpr: str
    born: date
    phone: str
    phone2: str
    scam_phone: str  # a foreign fiction number or a Danish one, already written
    email: str
    staff_mail: str
    street: str
    number: str
    floor: str
    town: str
    card: str
    expiry: str
    cvv: str
    otp: str
    mitid: str
    reg: str
    account: str
    iban: str
    plate: str
    amount: str
    call_id: str
    ticket: str
    agent_no: int


def make_facts(rng: random.Random) -> Facts:
    customer = make_who(rng, rng.choice(("Kunde A", "Kunde B", "Opkalder 1", "Borger A")))
    agent = make_who(rng, rng.choice(("Agent 14", "Rådgiver 2")))
    cpr, born = make_cpr(rng)
    yy = born.strftime("%y")
    given = fold(customer.given)
    sur = fold(customer.surname.split("-")[0])
    email = rng.choice(
        (
            f"{given}.{sur}",
            f"{given}{yy}",
            f"{given[0]}{sur}",
            f"{given}_{sur[0]}",
            f"{sur}.{given}",
        )
    ) + rng.choice(("@example.dk", "@example.dk", "@example.com"))
    mitid = rng.choice((f"{given}{yy}", f"{given}{born.year}", f"{given}{sur[:1]}{yy}"))
    if born.year >= 2000:
        mitid = rng.choice((f"{given}{yy}", f"{given}{born.year}"))
    reg = f"{rng.randint(1100, 9899)}"
    if reg == "2026":
        reg = "2027"
    account = rng.choice(
        (
            f"{rng.randrange(10**8):08d}".zfill(10),
            f"{rng.randrange(10**10):010d}",
            str(rng.randint(10**7, 10**8 - 1)),
        )
    )
    floor = rng.choice(("", "", "", "st. th.", "1. tv.", "2. th.", "3. mf.", "st. tv.", "4. th."))
    scam_phone = (
        foreign_phone(rng) if rng.random() < 0.45
        else phone_form(make_phone(rng), rng.choice(PHONE_FORM_NAMES))
    )  # fmt: skip
    return Facts(
        customer=customer,
        agent=agent,
        boss=make_who(rng, "[NAVN]"),
        scammer=make_who(rng, "[NAVN]"),
        witness=make_who(rng, "[NAVN]"),
        cpr=cpr,
        born=born,
        phone=make_phone(rng),
        phone2=make_phone(rng),
        scam_phone=scam_phone,
        email=email,
        staff_mail=f"{fold(agent.given)}.{fold(agent.surname.split('-')[0])[:1]}@example.dk",
        street=rng.choice(STREETS),
        number=f"{rng.randint(1, 148)}{rng.choice(('', '', '', 'A', 'B', 'C'))}",
        floor=floor,
        town=rng.choice(TOWNS),
        card=make_card(rng),
        expiry=f"{rng.randint(1, 12):02d}/" + rng.choice(("", "20")) + f"{rng.randint(26, 31)}",
        cvv=f"{rng.randrange(1000):03d}",
        otp=f"{rng.randrange(10**6):06d}" if rng.random() < 0.8 else f"{rng.randrange(10**8):08d}",
        mitid=mitid,
        reg=reg,
        account=account,
        iban=make_iban(rng),
        plate=make_plate(rng),
        amount=f"{rng.randint(1, 98)}.{rng.randrange(1000):03d} kr.",
        call_id=f"C-2026-{rng.randrange(10**5):05d}",
        ticket=f"SAG-26-{rng.randrange(10**5):05d}",
        agent_no=rng.randint(10, 60),
    )


# ---------------------------------------------------------------- written forms


def address(d: Doc, f: Facts, layout: str = "comma", low: bool = False) -> Doc:
    """The customer's address: "comma" on one line, "block" on two, "spoken" in lower case."""
    street = f"{f.street} {f.number}"
    if layout == "spoken":
        floor = f.floor.replace(".", "") if f.floor else ""
        value = " ".join(x for x in (street, floor) if x).lower()
        if d.rng.random() < 0.6:
            value += " " + f.town.lower()
        return d.v("ADDRESS", value)
    if f.floor:
        street += f", {f.floor}"
    if layout == "block":
        return d.v("ADDRESS", f"{street}\n{f.town}")
    if layout == "street":
        return d.v("ADDRESS", street)
    return d.v("ADDRESS", f"{street}, {f.town}")


def cpr(d: Doc, f: Facts, spoken: bool = False) -> Doc:
    forms = ("spaced", "pairs", "space", "dash", "pairs") if spoken else (
        "dash", "compact", "spaced", "space", "dash", "compact")  # fmt: skip
    return d.v("CPR", cpr_form(f.cpr, d.rng.choice(forms)))


def phone(d: Doc, digits: str, spoken: bool = False) -> Doc:
    if spoken:
        form = d.rng.choice(("pairs", "pairs", "pairs", "+45 pairs", "compact", "fours"))
    else:
        form = d.rng.choice(PHONE_FORM_NAMES)
    return d.v("PHONE", phone_form(digits, form))


def card(d: Doc, f: Facts) -> Doc:
    return d.v("CARD", grouped(f.card) if d.rng.random() < 0.65 else f.card)


def iban(d: Doc, f: Facts) -> Doc:
    return d.v("IBAN", grouped(f.iban) if d.rng.random() < 0.6 else f.iban)


def otp(d: Doc, f: Facts, spoken: bool = False) -> Doc:
    code = f.otp
    if spoken and len(code) == 6:
        code = d.rng.choice((code, f"{code[:3]} {code[3:]}", f"{code[:2]} {code[2:4]} {code[4:]}"))
    elif spoken:
        code = d.rng.choice((code, f"{code[:4]} {code[4:]}"))
    return d.v("OTP", code)


def plate(d: Doc, f: Facts) -> Doc:
    return d.v("NUMBER_PLATE", f.plate if d.rng.random() < 0.7 else f.plate.replace(" ", ""))


def account(d: Doc, f: Facts, spoken: bool = False) -> Doc:
    """Reg.nr. and account: joined as one span, or the reg.nr. as its own word."""
    r = d.rng
    if spoken:
        acct = f.account
        if len(acct) == 10 and r.random() < 0.75:
            acct = f"{acct[:4]} {acct[4:7]} {acct[7:]}"
        d.t(r.choice(("reg nummer ", "reg nr ", "registreringsnummer ")), f.reg)
        d.t(r.choice((" og konto ", " kontonummer ", " konto ")))
        return d.v("BANK_ACCOUNT", acct)
    form = r.randrange(4)
    if form == 0:
        return d.v("BANK_ACCOUNT", f"{f.reg}-{f.account}")
    if form == 1:
        return d.v("BANK_ACCOUNT", f"{f.reg} {f.account}")
    if form == 2:
        d.t(f"reg.nr. {f.reg}, kontonr. ")
    else:
        d.t(f"reg. {f.reg} konto ")
    return d.v("BANK_ACCOUNT", f.account)


def dob(d: Doc, f: Facts) -> Doc:
    return d.v("DATE_OF_BIRTH", dob_form(f.born, d.rng))


def corrected(d: Doc, digits: str) -> Doc:
    """A false start before a number read out (never labelled)."""
    r = d.rng
    if d.neg:
        return d
    if r.random() < 0.5:
        return d.t(f"{digits[1]} {digits[0]} … nej undskyld ")
    return d.t(f"{digits[:2]} {digits[3]}{digits[2]} nej vent ")


def org_line(r: random.Random) -> str:
    return r.choice(ORG_LINES)


def clock(r: random.Random) -> str:
    return f"{r.randint(8, 20):02d}.{r.randrange(60):02d}"


def day(r: random.Random) -> str:
    return f"2026-{r.randint(1, 11):02d}-{r.randint(1, 28):02d}"


def duration(r: random.Random) -> str:
    return f"00:{r.randint(2, 34):02d}:{r.randrange(60):02d}"


# ---------------------------------------------------------------- genres


def _hms(seconds: int) -> str:
    return f"{seconds // 3600:02d}:{seconds % 3600 // 60:02d}:{seconds % 60:02d}"


class Transcript:
    """Speech-to-text lines with timestamps and speaker labels (roles or given names)."""

    def __init__(self, d: Doc, f: Facts, style: str, agent_role: str, customer_role: str) -> None:
        self.d, self.f, self.style = d, f, style
        self.roles = {"agent": agent_role, "customer": customer_role}
        self.clock = d.rng.randint(1, 5)
        self.stamps = d.rng.random() < 0.85

    def line(self, who: str) -> Doc:
        d = self.d
        self.clock += d.rng.randint(3, 19)
        if self.stamps:
            d.t(f"[{_hms(self.clock)}] ")
        if self.style == "names":
            d.who(self.f.agent if who == "agent" else self.f.customer, "given")
        else:
            d.t(self.roles[who])
        return d.t(": ")


def stt_bank(d: Doc, f: Facts) -> None:
    r = d.rng
    bank = r.choice(BANKS)
    style = r.choice(("roles", "caps", "names", "names", "spk"))
    roles = {
        "roles": ("Rådgiver", "Kunde"),
        "caps": ("AGENT", "KUNDE"),
        "spk": ("Taler 1", "Taler 2"),
        "names": ("Rådgiver", "Kunde"),
    }[style]
    tr = Transcript(d, f, style, *roles)
    c, a = f.customer, f.agent
    d.t(f"Automatisk transskription (tale til tekst, da-DK) · {bank} spærrelinje · opkald ")
    d.t(f"{f.call_id} · {day(r)} kl. {clock(r)} · varighed {duration(r)}\n")
    d.t(f"kø: SVINDEL · plads i kø ved start: {r.randint(1, 9)} · ventetid {r.randint(0, 9)}:")
    d.t(f"{r.randrange(60):02d} · talegenkendelse sikkerhed 0,{r.randint(61, 97)}\n\n")
    tr.line("agent").t(f"{bank.lower()} spærreservice du taler med ").who(a, "given")
    d.t(" hvad kan jeg hjælpe med\n")
    tr.line("customer").t("ja hej ").fill().t("det er ").who(
        c, r.choice(("lower", "lower", "given"))
    )
    d.t(r.choice((" jeg tror jeg er blevet snydt", " der er nogen der har ringet til mig fra jer",
                  " jeg har fået trukket penge jeg ikke kender")))  # fmt: skip
    d.t("\n")
    tr.line("agent").t("okay det er jeg ked af at høre ").who(c, "given")
    d.t(" jeg skal lige have dit cpr nummer så jeg kan finde dig\n")
    tr.line("customer").t("ja det er ").fill()
    if r.random() < 0.35:
        corrected(d, f.cpr)
    cpr(d, f, spoken=True).t("\n")
    if r.random() < 0.5:
        tr.line("agent").t("og du er født ")
        d.t("den " if r.random() < 0.5 else "")
        dob(d, f).t(r.choice((" ikke", " ja", "")), "\n")
        tr.line("customer").t("ja det passer\n")
    tr.line("agent").t("tak og hvad er der sket\n")
    tr.line("customer").fill().t("der ringede en mand i går der sagde han hed ")
    d.who(f.scammer, r.choice(("given", "lower"))).t(" og var fra jeres sikkerhedsafdeling ")
    d.t("han ringede fra ")
    d.v("PHONE", f.scam_phone).t(" og han vidste godt hvad jeg hed\n")
    if r.random() < 0.75:
        tr.line("customer").t("han bad mig læse koden op fra mitid og jeg sagde ").fill()
        otp(d, f, spoken=True).t(" det var dumt ikke\n")
    if r.random() < 0.6:
        tr.line("agent").t("hvad er dit mitid bruger id\n")
        tr.line("customer").t("det er ").v("MITID_USER", f.mitid).t(" med små bogstaver\n")
    tr.line("agent").t("hvilket kort drejer det sig om kan du læse nummeret op\n")
    tr.line("customer").t("ja det er ")
    card(d, f).t(" udløb ").v("CARD_EXPIRY", f.expiry)
    if r.random() < 0.6:
        d.t(" og han spurgte også om cvc ").v("CARD_CVV", f.cvv)
    d.t("\n")
    tr.line("agent").t("og fra hvilken konto er pengene gået\n")
    tr.line("customer").fill()
    account(d, f, spoken=True).t(" der er gået ", f.amount.replace(" kr.", " kroner"), "\n")
    if r.random() < 0.55:
        tr.line("agent").t("jeg kan se overførslen er gået til ")
        iban(d, f).t(" det er en udenlandsk konto\n")
    if r.random() < 0.6:
        tr.line("agent").t("hvilket nummer kan vi ringe dig op på\n")
        tr.line("customer").t("på ")
        if r.random() < 0.4:
            corrected(d, f.phone)
        phone(d, f.phone, spoken=True).t("\n")
    if r.random() < 0.5:
        tr.line("agent").t("og du bor stadig på ").fill()
        address(d, f, "spoken").t("\n")
        tr.line("customer").t("ja ja det gør jeg\n")
    if r.random() < 0.5:
        tr.line("agent").t("kan jeg sende kvitteringen til ").v("EMAIL", f.email).t("\n")
        tr.line("customer").t("ja det er fint\n")
    tr.line("agent").t(f"jeg spærrer kortet nu og opretter sag {f.ticket.lower()} ")
    d.t(f"du kan også ringe til os på {org_line(r)} hvis der sker mere\n")
    tr.line("customer").t("tusind tak ").fill().t("hej hej\n")
    d.t(f"[opkald afsluttet · agent-id A{f.agent_no:02d}{r.randint(10, 99)}]")


def chat_eksport(d: Doc, f: Facts) -> None:
    r = d.rng
    org = r.choice(SHOPS + BANKS)
    c, a = f.customer, f.agent
    cform = r.choice(("full", "given", "lower", "full"))
    aform = r.choice(("given", "full", "given"))
    minute = r.randint(8 * 60, 20 * 60)

    def line(who: str) -> Doc:
        nonlocal minute
        minute += r.randint(0, 3)
        d.t(f"[{minute // 60:02d}:{minute % 60:02d}] ")
        if who == "c":
            d.who(c, cform)
        else:
            d.who(a, aform)
        return d.t(": ")

    d.t(f"Chat-eksport · {org} · samtale CH-{r.randrange(10**6):06d} · {day(r)}\n")
    d.t(f"Kø: Svindel og sikkerhed · kønummer {r.randint(1, 40)} · kanal: web-chat\n")
    d.t(f"--- chatten startet kl. {minute // 60:02d}.{minute % 60:02d} ---\n")
    line("a").t("Hej og velkommen. Hvad kan jeg hjælpe med?\n")
    line("c").t("hej jeg har fået en sms om at min pakke ikke kan leveres før jeg betaler told\n")
    line("c").t("jeg trykkede på linket og skrev mit kort ind :( ")
    if r.random() < 0.7:
        d.t("det var ")
        card(d, f).t(" udløb ").v("CARD_EXPIRY", f.expiry)
        if r.random() < 0.7:
            d.t(" og CVV ").v("CARD_CVV", f.cvv)
    d.t("\n")
    line("a").t("Hej ").who(c, "given" if r.random() < 0.7 else "full")
    d.t(", tak fordi du skriver. Del aldrig dit fulde kortnummer i chatten. ")
    d.t(f"Ring straks til din bank eller Spærreservice på {org_line(r)} og få kortet spærret.\n")
    if r.random() < 0.6:
        line("c").t("jeg har også fået en kode på sms ")
        otp(d, f).t(" skal jeg give den til jer?\n")
        line("a").t("Nej, den må du aldrig give til nogen – heller ikke til os.\n")
    line("a").t("Må jeg bede om dit ordrenummer og den e-mail, du har handlet med?\n")
    line("c").t(f"ordrenr. {r.randint(10**6, 10**7 - 1)} og mailen er ").v("EMAIL", f.email)
    d.t("\n")
    if r.random() < 0.6:
        line("c").t("min adresse er ")
        address(d, f, r.choice(("comma", "comma", "street"))).t(" hvis i skal bruge den\n")
    if r.random() < 0.6:
        line("c").t("I kan ringe på ")
        phone(d, f.phone).t("\n")
    if r.random() < 0.45:
        line("c").t("mit cpr er ")
        cpr(d, f).t(" hvis I skal tjekke noget\n")
        line("a").t("Tak, men vi har ikke brug for dit CPR-nummer – jeg sletter det fra chatten.\n")
    if r.random() < 0.5:
        line("c").t("pengene er trukket fra min konto ")
        account(d, f).t("\n")
    if r.random() < 0.45:
        line("c").t("og min mitid bruger er ").v("MITID_USER", f.mitid)
        d.t(" de ville også have den\n")
    line("a").t(f"Jeg har noteret sagen som {f.ticket}. Pakken med sporingsnr. RR")
    d.t(f"{r.randint(10**8, 10**9 - 1)}DK er ikke tilbageholdt hos os.\n")
    line("c").t("tak for hjælpen\n")
    d.t(f"--- chatten afsluttet · varighed {r.randint(4, 40)} min. {r.randint(0, 59)} sek. · ")
    d.t("eksporteret til sag ---")


def supervisor_resume(d: Doc, f: Facts) -> None:
    r = d.rng
    bank = r.choice(BANKS)
    c, a = f.customer, f.agent
    d.t(f"Resumé af optaget opkald – {bank}, svindellinjen\n")
    d.t(f"Opkalds-ID: {f.call_id} · {day(r)} kl. {clock(r)} · varighed {duration(r)}\n")
    d.t("Rådgiver: ").who(a, r.choice(("full", "initial", "full"))).t(f" (Agent {f.agent_no})\n")
    d.t("Skrevet af: ").who(f.boss, r.choice(("full", "inverted"))).t(", teamleder\n")
    d.t("Kunde: ").who(c, r.choice(("inverted", "full", "three", "upper"))).t(", CPR ")
    cpr(d, f).t("\n")
    if r.random() < 0.5:
        d.t("Fødselsdato: ")
        dob(d, f).t("\n")
    d.t("Tlf.: ")
    phone(d, f.phone)
    if r.random() < 0.7:
        d.t(" · E-mail: ").v("EMAIL", f.email)
    d.t("\nAdresse: ")
    address(d, f, r.choice(("block", "block", "comma"))).t("\n\n")
    d.t("Forløb:\n")
    if r.random() < 0.6:
        d.who(c, "genitive").t(" mobil blev ringet op fra ")
    else:
        d.who(c, "given").t(" blev ringet op fra ")
    d.v("PHONE", f.scam_phone).t(' af en mand, der kaldte sig "')
    d.who(f.scammer, "full").t(f' fra {bank}s sikkerhedsafdeling". ')
    d.t("Kunden oplyste engangskoden ")
    otp(d, f).t(" og godkendte to betalinger i MitID-appen")
    if r.random() < 0.6:
        d.t(" (bruger-id ").v("MITID_USER", f.mitid).t(")")
    d.t(f". Der blev overført {f.amount} fra konto ")
    account(d, f).t(" til ")
    iban(d, f).t(".\n")
    if r.random() < 0.65:
        d.t("Kortet ")
        card(d, f).t(" (udløb ").v("CARD_EXPIRY", f.expiry).t(") er spærret. ")
    if r.random() < 0.55:
        d.t('En "kurér" hentede kortet hos kunden i en ', r.choice(CARS), " med nummerplade ")
        plate(d, f).t("; naboen ").who(f.witness, r.choice(("full", "given"))).t(" så bilen.")
    d.t("\n\nVurdering: ").who(a, "given").t(" håndterede opkaldet korrekt og spærrede kortet ")
    d.t(f"inden for {r.randint(2, 9)} minutter. Sag {f.ticket} oprettet; politianmeldelse ")
    d.t("anbefalet (ring 114). Kunden er henvist til ")
    d.t(f"{bank}, {r.choice(ORG_ADDRESSES)}, for at hente nyt kort.")


def kvalitet(d: Doc, f: Facts) -> None:
    r = d.rng
    c, a = f.customer, f.agent
    d.t(f"Kvalitetsgennemgang (QA) – opkald {f.call_id}\n")
    d.t("Medarbejder: ").who(a, r.choice(("full", "inverted", "upper")))
    d.t(f" · agent-id A{f.agent_no}{r.randint(10, 99)} · Team Svindel {r.randint(1, 4)}\n")
    d.t("Bedømmer: ").who(f.boss, r.choice(("initial", "full"))).t("\n")
    d.t(f"Samlet score: {r.randint(31, 96)}/100 · Dato for opkald: {day(r)}\n\n")
    d.t("Citater fra optagelsen:\n")
    stamp = r.randint(30, 200)

    def quote(who: str) -> Doc:
        nonlocal stamp
        stamp += r.randint(5, 40)
        d.t(f"{_hms(stamp)} ")
        return d.t(who, ': "')

    quote("Rådgiver").t("goddag du taler med ").who(a, "given").t(' hvad drejer det sig om"\n')
    quote("Kunde").t("ja det er ").who(c, r.choice(("lower", "full")))
    d.t(' jeg har fået et mærkeligt opkald"\n')
    quote("Rådgiver").t("kan du ikke bare læse koden op for mig ").who(c, "given")
    d.t(' så klarer jeg resten"\n')
    quote("Kunde").t("jo den er ")
    otp(d, f, spoken=True).t('"\n')
    if r.random() < 0.7:
        quote("Rådgiver").t('og kortnummeret og cvc"\n')
        quote("Kunde").t("")
        card(d, f).t(" ").fill().t("cvc ").v("CARD_CVV", f.cvv).t(" udløb ")
        d.v("CARD_EXPIRY", f.expiry).t('"\n')
    if r.random() < 0.6:
        quote("Rådgiver").t("og du bor på ")
        address(d, f, "spoken").t(' ikke"\n')
    quote("Rådgiver").t("dit cpr nummer er ")
    cpr(d, f, spoken=True).t(' ja"\n\n')
    d.t("Vurdering:\n- Rådgiveren bad om engangskoden (brud på retningslinje 4.2 – koder må ")
    d.t("aldrig efterspørges).\n- CPR-nummeret blev gentaget højt i åbent kontorlandskab.\n")
    if r.random() < 0.6:
        d.t("- Kunden skulle have været sendt til e-mail ").v("EMAIL", f.email)
        d.t(" men rådgiveren stavede den forkert.\n")
    if r.random() < 0.5:
        d.t("- Tilbageringning til ")
        phone(d, f.phone).t(" blev ikke gennemført.\n")
    if r.random() < 0.4:
        d.t("- ").who(c, "genitive").t(" MitID-bruger-id (").v("MITID_USER", f.mitid).t(
            ") stod i sagsnoten.\n"
        )
    d.t("Coaching aftalt med ").who(a, r.choice(("given", "full"))).t(
        f" i uge {r.randint(2, 50)}. Samtalen er gemt under {f.ticket}."
    )


def politi_114(d: Doc, f: Facts) -> None:
    r = d.rng
    c = f.customer
    d.t("Politiets hotline 114 – modtaget henvendelse (svindel)\n")
    d.t(f"Dato: {day(r)} kl. {clock(r)} · Journalnr. {r.randint(1100, 4900)}-")
    d.t(f"{r.randint(10000, 99999)}-{r.randint(10000, 99999)}-26 · Modtaget af: ")
    d.who(f.boss, r.choice(("initial", "full"))).t("\n\n")
    d.t("Anmelder: ").who(c, r.choice(("upper", "upper", "full", "inverted", "three"))).t("\n")
    cue = r.choice(("Fødselsdato: ", "f. ", "Født "))
    d.t(cue)
    dob(d, f).t("\nCPR: ")
    cpr(d, f).t("\nAdresse: ")
    address(d, f, r.choice(("block", "block", "comma"))).t("\nTlf.: ")
    phone(d, f.phone)
    if r.random() < 0.6:
        d.t("\nE-mail: ").v("EMAIL", f.email)
    d.t("\n\nForklaring (kort):\nAnmelder blev ringet op fra ").v("PHONE", f.scam_phone)
    d.t(" af en person, der præsenterede sig som ").who(f.scammer, "full")
    d.t(f" fra {r.choice(BANKS)}. Anmelder oplyste sit MitID-bruger-id ")
    d.v("MITID_USER", f.mitid).t(" og en kode (")
    otp(d, f).t(f"). Herefter blev {f.amount} overført til ")
    iban(d, f).t(".\n")
    if r.random() < 0.75:
        d.t("Samme aften kom en mand og hentede ")
        if r.random() < 0.5:
            d.who(c, "genitive").t(" betalingskort ")
        else:
            d.t("anmelders betalingskort ")
        card(d, f).t(". Manden kørte i en ", r.choice(CARS), " med nummerplade ")
        plate(d, f).t(".\n")
    if r.random() < 0.5:
        d.t("Vidne: ").who(f.witness, r.choice(("full", "upper"))).t(", tlf. ")
        phone(d, f.phone2).t(".\n")
    d.t("Anmelder er henvist til sin bank (")
    account(d, f).t(") og til Spærreservice. Ingen personskade. Sagen videresendt til ")
    d.t("NSK med prioritet 2.")


def voicemail(d: Doc, f: Facts) -> None:
    r = d.rng
    c = f.customer
    bank = r.choice(BANKS + TELCOS)
    d.t(f"Voicemail · modtaget {day(r)} kl. {clock(r)} · længde 0:{r.randint(20, 59)} · fra ")
    if r.random() < 0.5:
        phone(d, f.phone)
    else:
        d.t("skjult nummer")
    d.t(f' · boks: {bank} svindellinje\nTransskription (automatisk, kan indeholde fejl):\n"')
    if r.random() < 0.35:
        d.t("hej det er ").who(f.scammer, "lower").t(f" fra {bank.lower()} sikkerhedsafdeling ")
        d.t("vi har set en mistænkelig betaling på dit kort ring venligst tilbage på ")
        d.v("PHONE", f.scam_phone).t(" hurtigst muligt ").fill().t('tak"\n\n')
        d.t("Note fra fraud-teamet: beskeden er videresendt af kunden ")
        d.who(c, r.choice(("full", "inverted"))).t(" (tlf. ")
        phone(d, f.phone).t("). Nummeret er ikke bankens; indberettet som falsk afsender.")
        if r.random() < 0.6:
            d.t(" Kunden er født ")
            dob(d, f).t(" og har ikke oplyst koder.")
        if r.random() < 0.5:
            d.t(" Kunden oplyste en mistænkelig bil ved adressen, nummerplade ")
            plate(d, f).t(".")
        return
    d.t("ja hej det er ").fill().who(c, r.choice(("lower", "lower", "given")))
    d.t(" jeg ringer fordi der er nogen der har brugt mit kort ")
    if r.random() < 0.6:
        d.t("kortnummeret er ")
        card(d, f).t(" ")
    d.t("mit cpr nummer er ").fill()
    cpr(d, f, spoken=True).t(" ")
    if r.random() < 0.5:
        d.t("min fødselsdato er ")
        dob(d, f).t(" ")
    d.t("i må meget gerne ringe mig op på ")
    if r.random() < 0.5:
        corrected(d, f.phone)
    phone(d, f.phone, spoken=True).t(" ")
    if r.random() < 0.5:
        d.t("eller skriv til ").v("EMAIL", f.email).t(" ")
    if r.random() < 0.45:
        d.t("der holdt en bil uden for med nummerpladen ")
        plate(d, f).t(" ")
    if r.random() < 0.4:
        d.t("jeg bor på ")
        address(d, f, "spoken").t(" ")
    d.t("tak ").fill().t('hej"\n\n')
    d.t(f"Tildelt: Agent {f.agent_no} · callback inden kl. {clock(r)} · sag {f.ticket}")


def ivr_log(d: Doc, f: Facts) -> None:
    r = d.rng
    c = f.customer
    org = r.choice(BANKS + TELCOS)
    base = day(r)
    sec = r.randint(8 * 3600, 19 * 3600)

    def row(kind: str) -> Doc:
        nonlocal sec
        sec += r.randint(2, 90)
        return d.t(f"{base} {_hms(sec)} | {kind:<8} | ")

    d.t(f"IVR- og callback-log · {org} · linje {org_line(r)} · udtræk {f.ticket}\n")
    d.t("tidspunkt | modul | hændelse\n")
    row("IVR").t("opkald modtaget fra ")
    phone(d, f.phone).t(" (nummervisning)\n")
    row("IVR").t(f"menu 1>{r.randint(1, 4)}>{r.randint(1, 3)} valgt (spærring af kort)\n")
    row("IVR").t("CPR indtastet: ").v("CPR", f.cpr).t(" · match: ")
    d.who(c, r.choice(("upper", "upper", "inverted"))).t("\n")
    if r.random() < 0.7:
        row("IVR").t("kortnummer indtastet: ").v("CARD", f.card).t(" · udløb ")
        d.v("CARD_EXPIRY", f.expiry).t("\n")
    if r.random() < 0.5:
        row("AUTH").t("MitID-bruger ").v("MITID_USER", f.mitid).t(" · godkendt\n")
    if r.random() < 0.5:
        row("SMS").t("engangskode sendt til ")
        phone(d, f.phone).t(": ")
        otp(d, f).t(" · tast 1 for at bekræfte\n")
    row("QUEUE").t(f"kø SPÆRRING · position {r.randint(1, 12)} · forventet ventetid ")
    d.t(f"{r.randint(1, 20):02d}:{r.randrange(60):02d}\n")
    row("CALLBACK").t('bestilt til navn oplyst: "').who(c, r.choice(("lower", "full"))).t('" på ')
    phone(d, f.phone2 if r.random() < 0.4 else f.phone).t("\n")
    if r.random() < 0.5:
        row("CALLBACK").t("note: kunden ønsker svar på ").v("EMAIL", f.email).t("\n")
    if r.random() < 0.4:
        row("AGENT").t("konto ")
        account(d, f).t(" markeret til gennemgang\n")
    row("AGENT").t(f"Agent {f.agent_no} (").who(f.agent, r.choice(("given", "full")))
    d.t(f") ringer op · varighed {duration(r)} · afsluttet")


def klage(d: Doc, f: Facts) -> None:
    r = d.rng
    c, a = f.customer, f.agent
    org = r.choice(BANKS + TELCOS)
    d.t("Fra: ").v("EMAIL", f.email).t("\nTil: ").v(
        "EMAIL", f"klage@{r.choice(('example.dk', 'example.com'))}"
    )
    d.t("\nEmne: Klage over jeres medarbejder på svindellinjen\n\n")
    d.t(r.choice(("Hej\n\n", "Til rette vedkommende\n\n", "Kære kundeservice\n\n")))
    d.t(f"Jeg ringede den {r.randint(1, 28)}. {r.choice(MONTHS)} kl. {clock(r)} til jeres ")
    d.t(f"svindellinje på {org_line(r)} og kom igennem efter {r.randint(5, 45)} minutter i kø. ")
    d.t("Medarbejderen præsenterede sig som ").who(a, "given")
    d.t(r.choice((" og var uhøflig fra start.", " og lød meget stresset.", ".")))
    d.t(" Da jeg fortalte, at en der kaldte sig ").who(f.scammer, "full")
    d.t(" havde ringet fra ").v("PHONE", f.scam_phone)
    d.t(', sagde han ordret: "det er jo din egen skyld, når du giver koden ')
    otp(d, f).t(' væk".\n\n')
    d.t("Han bad mig desuden om mit CPR-nummer (")
    cpr(d, f).t(") og kortets kontrolcifre ").v("CARD_CVV", f.cvv)
    d.t(" højt, selvom jeg sad i toget. ")
    if r.random() < 0.6:
        d.t("Kortet (").v("CARD", grouped(f.card)).t(", udløb ").v("CARD_EXPIRY", f.expiry)
        d.t(") blev først spærret dagen efter. ")
    d.t(f"I mellemtiden blev der trukket {f.amount} fra min konto ")
    account(d, f).t(".\n\n")
    if r.random() < 0.4:
        d.t("Pengene gik til ")
        iban(d, f).t(", som I selv har oplyst.\n\n")
    d.t(f"Jeg forventer svar inden 14 dage og henviser til sag {f.ticket}.\n\n")
    d.t(r.choice(("Venlig hilsen\n", "Med venlig hilsen\n", "Mvh\n")))
    d.who(c, r.choice(("full", "three", "full"))).t("\n")
    address(d, f, "block").t("\nTlf. ")
    phone(d, f.phone)
    if r.random() < 0.5:
        d.t("\nFødselsdato: ")
        dob(d, f)
    if r.random() < 0.35:
        d.t("\nMin bil (hvis I skal bruge det til parkeringssagen): ")
        plate(d, f)
    d.t(f"\n\n[intern note: klagen er tildelt kvalitetsteamet, {org}, {r.choice(ORG_ADDRESSES)}]")


def stt_telco(d: Doc, f: Facts) -> None:
    r = d.rng
    telco = r.choice(TELCOS)
    c, a = f.customer, f.agent
    stamps = r.random() < 0.5
    clock_s = r.randint(1, 9)

    def line(who: str) -> Doc:
        nonlocal clock_s
        clock_s += r.randint(4, 22)
        d.t("AGENT" if who == "a" else "KUNDE")
        if stamps:
            d.t(f" ({_hms(clock_s)})")
        return d.t(": ")

    d.t(f"{telco.upper()} · SVINDELLINJE · TALE-TIL-TEKST · opkald {f.call_id} · {day(r)}\n")
    d.t(f"IVR-valg: tast 3 (mistet forbindelse) · ventetid {r.randint(1, 15)} min.\n\n")
    line("a").t(f"{telco.lower()} det er ").who(a, "given").t(" goddag\n")
    line("c").t("ja goddag ").fill().t("mit nummer ")
    phone(d, f.phone, spoken=True).t(" virker ikke længere jeg har ingen forbindelse\n")
    line("a").t(f"okay jeg kan se at der er bestilt et nyt simkort i går kl {clock(r)} ")
    d.t("det var ikke dig\n")
    line("c").t("nej overhovedet ikke\n")
    line("a").t("må jeg få dit fulde navn\n")
    line("c").t("det er ").who(c, r.choice(("lower", "lower", "full")))
    d.t(r.choice(("", " med to s", " ja")), "\n")
    line("a").t("tak ").who(c, "given").t(" og din adresse\n")
    line("c").fill()
    address(d, f, "spoken").t("\n")
    if r.random() < 0.6:
        line("a").t("og dit cpr nummer til sidst\n")
        line("c").fill()
        if r.random() < 0.3:
            corrected(d, f.cpr)
        cpr(d, f, spoken=True).t("\n")
    if r.random() < 0.5:
        line("c").t("jeg fik en sms med en kode ")
        otp(d, f, spoken=True).t(" lige før det gik ned\n")
    if r.random() < 0.5:
        line("a").t("abonnementet betales med kort slutter på ")
        d.t(f.card[-4:]).t(" er det dit\n")
        line("c").t("ja det er ")
        card(d, f).t("\n")
    if r.random() < 0.45:
        line("a").t("jeg sender bekræftelse til ").v("EMAIL", f.email).t("\n")
    if r.random() < 0.4:
        line("c").t("min mitid er ").v("MITID_USER", f.mitid).t(" skal jeg låse den\n")
        line("a").t("ja lås den i appen med det samme\n")
    if r.random() < 0.4:
        line("c").t("min kone har nummeret ")
        phone(d, f.phone2, spoken=True).t(" hvis i ikke kan få fat i mig\n")
    line("a").t(f"simkortet er spærret sagen hedder {f.ticket.lower()} ")
    d.t(f"ny sim sendes med SIM Ekspres ordrenr. {r.randint(10**6, 10**7 - 1)}\n")
    line("c").t("tak ").fill().t("farvel")


BUILDERS = {
    "stt_bank": stt_bank,
    "chat_eksport": chat_eksport,
    "supervisor_resume": supervisor_resume,
    "kvalitet": kvalitet,
    "politi_114": politi_114,
    "voicemail": voicemail,
    "ivr_log": ivr_log,
    "klage": klage,
    "stt_telco": stt_telco,
}


def document(seed: int, index: int) -> dict:
    """One document from its own string-seeded generator."""
    rng = random.Random(f"pii_blind53/{seed}/{index}")
    genre = GENRES[index % len(GENRES)]
    negative = index % 20 < 7
    d = Doc(rng, negative)
    BUILDERS[genre](d, make_facts(rng))
    return {
        "id": f"pb53-{index:04d}",
        "genre": genre,
        "kind": "negative" if negative else "positive",
        "text": d.text,
        "spans": d.spans,
    }


def generate(seed: int = SEED, size: int = SIZE) -> list[dict]:
    return [document(seed, index) for index in range(size)]


def main(argv: list[str]) -> None:
    out = Path(argv[1]) if len(argv) > 1 else OUT
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8") as fh:
        for doc in generate():
            fh.write(json.dumps(doc, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main(sys.argv)
