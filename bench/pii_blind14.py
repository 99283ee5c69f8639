"""A fifteenth blind, seeded generator of Danish text with labelled personal data (issue 18).

Written without looking at the recognisers, their word lists or the earlier generators' bodies,
as a held-out test set with its own names, streets and towns. It is a MIX, so that the set
measures the whole and not one weakness: the everyday working text of a Danish fraud team, in
ten genres at once: customer-service tickets ("Henvendelse via netbank"), the bank's replies to
them (salutation, signature with the adviser's name, the branch address), fraud-team case notes
(terse, abbreviations "kd.", "tlf.", "jf.", bullet lines), police report excerpts ("Anmelder:",
"Forurettede:", "Gerningssted:", journal numbers), victims' web-form reports ("Navn: ...",
free-text field in their own words), forwarded scam SMS and e-mails with the victim's own data
in them ("Videresendt besked", the phishing text and what the victim typed in), internal
escalation e-mails (Fra:/Til:/Emne: header, a short summary for the on-call lead), short chat
exchanges between a customer and a chat agent (clock times, lower case, typos), call notes
(time, duration, what the caller said) and handover notes between shifts (several cases in one
note). The names are those of Danes of all ages, Danes with roots elsewhere ("Yasmin Haddad",
"Tran Minh Duc"), double surnames ("Juul-Thorsen"), and the fraud team's own staff.

Conventions (exact offsets are scored):
- PERSON is a name as written, without title or role ("kunden", "rådgiver", "anmelder",
  "agent"); a lower-case name typed in a chat ("birgit") is PERSON; "Thygesen, Birgit" is one
  span; a genitive s belongs to it ("Birgits"). A scammer's alias ("Jonas fra Vesterhav Bank")
  is PERSON, the bank is not. Banks, companies, products, placeholders ("[NAVN]", "Kunde 1",
  "Forurettede") and family words ("min mor") are never PERSON.
- ADDRESS runs from the street name through number, letter, floor and side ("14B", "2. th.",
  "st. tv."), plus ", postcode town" on the same line or on the next line of an address block
  (line break included). Every person's street address with a number is labelled; a street
  named without a number ("filialen på Torvegade") is not. A bank's own postal address (its
  signature's) is not personal data and is never labelled (pii78: the organisations' address
  convention; the text is unchanged, masked as a value is in a negative).
- CPR is synthetic: a valid birth date, a seventh digit that fits the century (0-3 for the
  1900s, 4 for 2000-2005), and a serial that makes the number FAIL modulus 11; forms
  "DDMMYY-SSSS", "DDMMYYSSSS", "DD MM YY SSSS" and "DDMMYY SSSS". DATE_OF_BIRTH is a full date
  with a four-digit year right after "født", "f." or "Fødselsdato:" ("12. marts 1941",
  "12.03.1941", "12/3-1941", "12-03-1941"); every other date and clock time is never labelled.
- PHONE: Danish numbers (8 digits in mobile and landline ranges, never 70 or 80 here) in the
  forms "+45 20304050", "+45 20 30 40 50", "2030 4050", "(+45) 20 30 40 50", "0045 20304050",
  "20 30 40 50", "20304050", "+4520304050" and "20.30.40.50"; the country code belongs to the
  span, brackets included. Foreign ones only from ranges reserved for fiction: "+44 7700 900xxx"
  and "+46 70 174 06 xx" (05-99). Organisations' numbers (70/80 lines, 112, 114, 1813, SMS
  short codes) are not PHONE.
- EMAIL: every e-mail address (all on example.* domains), each occurrence, the bank's too.
- BANK_ACCOUNT: reg.nr. and account written together ("1234-1234567890", "1234 1234567890")
  are one span; where the reg.nr. has its own word ("reg. 1234 konto 12345678", "reg.nr. 1234,
  kontonr. 0012345678") only the account is the span. IBAN: valid check digits and the
  country's length (IBAN_LENGTH), grouped by four or compact. CARD: Luhn-valid with a published
  test prefix (TEST_PREFIXES), grouped by four or compact; CARD_EXPIRY "MM/YY" or "MM/YYYY";
  CARD_CVV 3 digits after "CVV", "cvc", "cvv" or "kontrolcifre". OTP: a one-time code sent,
  asked for or given (6 or 8 digits); MITID_USER a MitID user ID given as such; NUMBER_PLATE a
  Danish plate ("AX 23 456").
- Hard negatives, never labelled: amounts ("25.000 kr.", "4.999,95 kr"), dates and clock times
  ("05.12.26", "kl. 14.32", "[14:02]"), ticket, case, order and police journal numbers, CVR
  numbers, payment references, masked values ("120456-xxxx", "+45 ** ** ** 17",
  "k***@example.dk", "**** **** **** 4242", "******7890", "DK50XXXXXXXXXX6243"), organisations'
  70/80 and short numbers, banks, products and family words. Documents of kind "negative" are
  the same genres after pseudonymisation: only such values remain. No run of ten or more digits
  occurs outside a labelled identifier.

Each document is {"id", "genre", "kind", "text", "spans": [{"start", "end", "type"}]}.
``python -m bench.pii_blind14 OUT.jsonl`` writes the set; ``generate()`` returns it.
"""

from __future__ import annotations

import json
import random
import string
import sys
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

SIZE = 1000
NEGATIVES = 350
SEED = 14
TYPES = (
    "PERSON", "ADDRESS", "CPR", "DATE_OF_BIRTH", "PHONE", "EMAIL", "BANK_ACCOUNT", "IBAN",
    "CARD", "CARD_EXPIRY", "CARD_CVV", "OTP", "MITID_USER", "NUMBER_PLATE",
)  # fmt: skip
WEIGHTS = (4, 3, 2, 7, 6, 5, 4, 3, 2, 1)
# Danish mobile and landline number series used here; 70 and 80 are left to organisations
MOBILE = tuple(str(n) for n in (*range(20, 32), 40, 41, 42, 50, 51, 52, 53, 60, 61, 71, 81, 91))
MOBILE += ("92", "93")
LANDLINE = tuple(str(n) for n in (32, 33, 35, 36, 38, 39, *range(43, 50), 54, *range(56, 60)))
LANDLINE += tuple(str(n) for n in (*range(62, 67), 69, *range(72, 77), 86, 87, 89, 96, 97, 98, 99))
TEST_PREFIXES = ("411111", "424242", "401288", "555555", "510510", "222300", "378282", "371449")
IBAN_LENGTH = {"DK": 18, "FI": 18, "NO": 15, "SE": 24, "DE": 22, "NL": 18, "GB": 22, "IE": 22}
IBAN_LENGTH |= {"FR": 27, "ES": 24, "PL": 28, "LT": 20, "EE": 20, "BE": 16}
BBAN_LETTERS = {"NL": 4, "GB": 4, "IE": 4}

WOMEN = (
    "Birgit", "Vibeke", "Signe", "Ida", "Mette", "Lone", "Henny", "Gudrun", "Tove", "Rikke",
    "Stine", "Pernille", "Marianne", "Agnete", "Ellen", "Asta", "Freja", "Nanna", "Dorthe",
    "Jytte", "Karina", "Tina", "Malene", "Sofie", "Emma", "Astrid", "Solveig", "Inger",
    "Bodil", "Kirsten", "Yasmin", "Fatma", "Anja", "Trine", "Lærke", "Maja", "Ulla", "Hanne",
)  # fmt: skip
MEN = (
    "Ejnar", "Torben", "Rasmus", "Malthe", "Kasper", "Bent", "Preben", "Svend", "Arne",
    "Jørgen", "Flemming", "Niels", "Ove", "Henning", "Mogens", "Frede", "Carsten", "Steffen",
    "Lasse", "Mikkel", "Anders", "Bjarne", "Villads", "Oliver", "Emil", "Aksel", "Kaj",
    "Jesper", "Morten", "Omar", "Ali", "Tobias", "Gustav", "Palle", "Leif", "Knud", "Søren",
)  # fmt: skip
MIDDLE = ("Bech", "Juul", "Krogh", "Skov", "Munk", "Holst", "Dahl")
MIDDLE_WOMEN = ("Marie", "Louise", "Kristine", "Elisabeth", "Margrethe")
MIDDLE_MEN = ("Peter", "Kristian", "Valdemar", "Erik", "Holger")
SURNAMES = (
    "Lauridsen", "Thygesen", "Bundgaard", "Overgaard", "Damsgaard", "Kirkegaard", "Dalsgaard",
    "Bisgaard", "Vestergaard", "Kjærsgaard", "Lykke", "Brandt", "Winther", "Friis", "Krogh",
    "Toft", "Hvid", "Søgaard", "Bech", "Holm", "Munk", "Juul", "Kristoffersen", "Mikkelsen",
    "Svendsen", "Andreasen", "Mortensen", "Iversen", "Kofoed", "Skovgaard", "Lund", "Boesen",
    "Nygaard", "Engholm", "Rask", "Bang", "Hedegaard", "Riis", "Ebbesen", "Sloth", "Birk",
    "Gregersen", "Juul-Thorsen", "Aagaard", "Stenderup", "Bak", "Haddad", "Yilmaz", "Demir",
    "Holm-Iversen", "Rask-Lauridsen",
)  # fmt: skip
FOREIGN_FULL = (
    "Tran Minh Duc",
    "Nguyen Thi Hoa",
    "Agnieszka Wójcik",
    "Piotr Nowak",
    "Ahmad Karimi",
)
STREETS = (
    "Vibevej", "Bøgeskovvej", "Tranebærvej", "Havnegade", "Klostermarken", "Engtoften",
    "Lyngbakken", "Stationsvej", "Kærsangervej", "Mølleparken", "Skolevænget", "Østre Ringvej",
    "Åboulevarden", "Nørre Allé", "Sankt Pauls Gade", "Rønnebærhaven", "Fasanvej", "Kildevej",
    "Pilevangen", "Digevej", "Ved Bækken", "Hyldegården", "Søndergade", "Vestergade",
    "Brombærstien", "Agerledet", "Hedelyngen", "Strandengen", "Gl. Kongevej", "Ålekistevej",
    "Toftebakken", "Egeløkken", "Rugmarken", "Svanevænget", "Kastanjevej", "Rosenkrantzgade",
)  # fmt: skip
TOWNS = (
    "8000 Aarhus C", "5000 Odense C", "9000 Aalborg", "6700 Esbjerg", "7100 Vejle",
    "4000 Roskilde", "2200 København N", "2300 København S", "8600 Silkeborg", "3400 Hillerød",
    "4700 Næstved", "6000 Kolding", "8900 Randers C", "7400 Herning", "9800 Hjørring",
    "5700 Svendborg", "4800 Nykøbing F", "3700 Rønne", "6400 Sønderborg", "2630 Taastrup",
    "2750 Ballerup", "8700 Horsens", "7500 Holstebro", "4200 Slagelse", "9700 Brønderslev",
    "6100 Haderslev", "8800 Viborg", "2605 Brøndby", "3000 Helsingør", "8240 Risskov",
)  # fmt: skip
BANKS = ("Vesterhav Bank", "Lindholm Sparekasse", "Andelskassen Midt", "Nordstrand Bank")
BANKS += ("Egeskov Sparekasse",)
ORG_LINES = ("70 33 12 12", "70 10 48 48", "80 20 33 44", "70 27 61 00", "80 88 19 19")
ORG_LINES += ("70122334", "80 40 40 40")
SHORT_NUMBERS = ("112", "114", "1813", "1272", "1919")
PRODUCTS = ("MobilePay", "Netbank Plus", "MitID-appen", "Visa/Dankort", "Mastercard Gold")
PRODUCTS += ("Budgetkonto Ung", "Kortspærring 24/7", "Apple Pay", "NemKonto", "e-Boks")
SHOPS = ("Elgiganten", "Zalando", "Coop.dk", "Bilka", "Proshop", "Matas", "DBA", "Vinted")
SCAM_SENDERS = ("PostNord", "Skattestyrelsen", "MitID", "Netbank", "GLS", "DAO")
MONTHS = ("januar", "februar", "marts", "april", "maj", "juni", "juli", "august")
MONTHS += ("september", "oktober", "november", "december")
STAFF_ROLES = ("Svindelafdelingen", "Kundeservice", "Fraud Operations", "Kortafdelingen")
SUBJECTS = ("Ukendte træk på kortet", "Har jeg været udsat for svindel?", "Spærring af konto")
SUBJECTS += ("Mistænkelig opringning", "Penge væk fra opsparingen")
PSEUDONYMS = ("[NAVN]", "Kunde 1", "Forurettede", "NN", "[navn fjernet]", "Person A", "XX")


@dataclass
class Person:
    first: str
    last: str
    middle: str
    born: date
    cpr: str
    street: str
    town: str
    phone: str
    mail: str
    mitid: str

    @property
    def full(self) -> str:
        return f"{self.first} {self.last}"


def mod11_failing_cpr(rng: random.Random, born: date) -> str:
    """Ten digits: the birth date, a century digit and a serial failing modulus 11."""
    head = born.strftime("%d%m%y")
    seventh = str(rng.randint(0, 3) if born.year < 2000 else 4)
    while True:
        digits = head + seventh + f"{rng.randint(0, 999):03d}"
        if sum(int(c) * w for c, w in zip(digits, WEIGHTS, strict=True)) % 11:
            return digits


def cpr_form(rng: random.Random, digits: str) -> str:
    pick = rng.random()
    if pick < 0.45:
        return f"{digits[:6]}-{digits[6:]}"
    if pick < 0.7:
        return digits
    if pick < 0.88:
        return f"{digits[:2]} {digits[2:4]} {digits[4:6]} {digits[6:]}"
    return f"{digits[:6]} {digits[6:]}"


def dob_form(rng: random.Random, born: date) -> str:
    return rng.choice(
        (
            f"{born.day}. {MONTHS[born.month - 1]} {born.year}",
            born.strftime("%d.%m.%Y"),
            f"{born.day}/{born.month}-{born.year}",
            born.strftime("%d-%m-%Y"),
        )
    )


def phone_digits(rng: random.Random, mobile: bool = True) -> str:
    prefix = rng.choice(MOBILE if mobile else LANDLINE)
    return prefix + "".join(rng.choices(string.digits, k=6))


PHONE_TEMPLATES = (
    "+45 {n}", "+45 {p}", "{a} {b}", "(+45) {p}", "0045 {n}", "{p}", "{p}", "{n}", "{n}",
    "+45{n}", "{d}",
)  # fmt: skip


def phone_form(rng: random.Random, n: str) -> str:
    pairs = [n[i : i + 2] for i in range(0, 8, 2)]
    template = rng.choice(PHONE_TEMPLATES)
    return template.format(n=n, p=" ".join(pairs), a=n[:4], b=n[4:], d=".".join(pairs))


def foreign_phone(rng: random.Random) -> str:
    if rng.random() < 0.5:
        return f"+44 7700 900{rng.randint(0, 999):03d}"
    return f"+46 70 174 06 {rng.randint(5, 99):02d}"


def ascii_name(name: str) -> str:
    table = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "ó": "o", "ł": "l", " ": "."})
    return name.lower().translate(table).replace("-", "")


def mail_for(rng: random.Random, first: str, last: str, year: int) -> str:
    local = rng.choice(
        (
            f"{ascii_name(first)}.{ascii_name(last)}",
            f"{ascii_name(first)}{year % 100:02d}",
            f"{ascii_name(first)[0]}{ascii_name(last)}",
            f"{ascii_name(first)}_{ascii_name(last)[:3]}",
        )
    )
    domain = rng.choice(("example.dk", "example.com", "post.example.dk", "example.net"))
    return f"{local}@{domain}"


def make_person(rng: random.Random, young: bool = False) -> Person:
    if rng.random() < 0.05:
        first, last = rng.choice(FOREIGN_FULL).rsplit(" ", 1)
        middles = MIDDLE
    else:
        woman = rng.random() < 0.5
        first = rng.choice(WOMEN if woman else MEN)
        last = rng.choice(SURNAMES)
        middles = MIDDLE + (MIDDLE_WOMEN if woman else MIDDLE_MEN)
    start = date(1985, 1, 1) if young else date(1932, 1, 1)
    born = start + timedelta(days=rng.randint(0, (date(2005, 12, 31) - start).days))
    return Person(
        first=first,
        last=last,
        middle=rng.choice(middles),
        born=born,
        cpr=mod11_failing_cpr(rng, born),
        street=street_part(rng),
        town=rng.choice(TOWNS),
        phone=phone_digits(rng, mobile=rng.random() < 0.85),
        mail=mail_for(rng, first, last, born.year),
        mitid=ascii_name(first).replace(".", "")
        + rng.choice((f"{born.year}", born.strftime("%y"))),
    )


def street_part(rng: random.Random) -> str:
    number = f"{rng.randint(1, 148)}{rng.choice(('',) * 6 + ('A', 'B', 'C'))}"
    floor = rng.choice(
        ("",) * 5 + (", 1. th.", ", 2. tv.", ", st. tv.", ", 3. mf.", ", 4. th.", ", st. th.")
    )
    return f"{rng.choice(STREETS)} {number}{floor}"


def iban(rng: random.Random, country: str | None = None) -> str:
    country = country or rng.choice(sorted(IBAN_LENGTH))
    size = IBAN_LENGTH[country] - 4
    letters = BBAN_LETTERS.get(country, 0)
    bban = "".join(rng.choices(string.ascii_uppercase, k=letters))
    bban += "".join(rng.choices(string.digits, k=size - letters))
    number = int("".join(str(int(c, 36)) for c in bban + country + "00"))
    compact = f"{country}{98 - number % 97:02d}{bban}"
    if rng.random() < 0.5:
        return compact
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))


def luhn_card(rng: random.Random) -> str:
    prefix = rng.choice(TEST_PREFIXES)
    length = 15 if prefix.startswith("37") else 16
    body = prefix + "".join(rng.choices(string.digits, k=length - len(prefix) - 1))
    total = 0
    for i, c in enumerate(reversed(body)):
        n = int(c) * (2 if i % 2 == 0 else 1)
        total += n // 10 + n % 10
    compact = body + str((10 - total % 10) % 10)
    if rng.random() < 0.4:
        return compact
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))


def plate(rng: random.Random) -> str:
    letters = "".join(rng.choices("ABCDEFHJKLMNPRSTUVXYZ", k=2))
    return f"{letters} {rng.randint(10, 99)} {rng.randint(100, 999)}"


class Doc:
    """Text built piece by piece; a personal value becomes a span, or in a negative document
    the pseudonymised form a redacted case file would carry."""

    def __init__(self, rng: random.Random, negative: bool) -> None:
        self.rng = rng
        self.negative = negative
        self.parts: list[str] = []
        self.size = 0
        self.spans: list[dict[str, int | str]] = []
        self.masked: dict[tuple[str, str], str] = {}

    def t(self, *texts: str) -> Doc:
        for text in texts:
            if text.startswith(".") and self.parts and self.parts[-1].endswith("."):
                text = text[1:]  # "2. th." ends the sentence itself
            self.parts.append(text)
            self.size += len(text)
        return self

    def v(self, kind: str, value: str) -> Doc:
        if self.negative:  # one placeholder per value, as a redaction tool would keep it
            masked = self.masked.setdefault((kind, value), self.mask(kind, value))
            return self.t(masked)
        self.spans.append({"start": self.size, "end": self.size + len(value), "type": kind})
        return self.t(value)

    def org_address(self, value: str) -> Doc:
        """pii78: an organisation's own postal address, masked as an address is in a negative
        but never labelled (not personal data, GDPR art. 4(1))."""
        return self.v("ADDRESS", value) if self.negative else self.t(value)

    def mask(self, kind: str, value: str) -> str:
        rng = self.rng
        digits = "".join(c for c in value if c.isdigit())
        masks: dict[str, Callable[[], str]] = {
            "PERSON": lambda: rng.choice(PSEUDONYMS),
            "ADDRESS": lambda: rng.choice(("[ADRESSE]", "[adresse fjernet]", "<adresse>")),
            "CPR": lambda: rng.choice((f"{digits[:6]}-xxxx", "XXXXXX-XXXX", "[CPR]")),
            "DATE_OF_BIRTH": lambda: rng.choice(("[fødselsdato]", "**.**.****")),
            "PHONE": lambda: rng.choice((f"+45 ** ** ** {digits[-2:]}", "[TLF]", "[tlf.nr.]")),
            "EMAIL": lambda: rng.choice((f"{value[0]}***@example.dk", "[e-mail]")),
            "BANK_ACCOUNT": lambda: rng.choice((f"******{digits[-4:]}", "[kontonr.]")),
            "IBAN": lambda: f"{value[:4]}{'X' * (len(value.replace(' ', '')) - 8)}{digits[-4:]}",
            "CARD": lambda: rng.choice(
                (f"**** **** **** {digits[-4:]}", f"{digits[:6]}******{digits[-4:]}")
            ),
            "CARD_EXPIRY": lambda: "**/**",
            "CARD_CVV": lambda: "***",
            "OTP": lambda: rng.choice(("******", "[kode]")),
            "MITID_USER": lambda: rng.choice(("[bruger-id]", "********")),
            "NUMBER_PLATE": lambda: rng.choice(("[nummerplade]", "** ** ***")),
        }
        return masks[kind]()

    # people and their details -------------------------------------------------------------
    def name(self, p: Person, form: str = "full") -> Doc:
        rng = self.rng
        value = {
            "full": p.full,
            "first": p.first,
            "middle": f"{p.first} {p.middle} {p.last}",
            "reversed": f"{p.last}, {p.first}",
            "lower": p.first.lower(),
            "genitive": (p.first if rng.random() < 0.5 else p.full) + "s",
        }[form]
        if form == "genitive" and value.endswith("ss"):
            value = value[:-1]
        return self.v("PERSON", value)

    def address(self, p: Person, block: bool = False, town: bool = True) -> Doc:
        if block:
            return self.v("ADDRESS", f"{p.street}\n{p.town}")
        return self.v("ADDRESS", f"{p.street}, {p.town}" if town else p.street)

    def cpr(self, p: Person) -> Doc:
        return self.v("CPR", cpr_form(self.rng, p.cpr))

    def dob(self, p: Person) -> Doc:
        return self.v("DATE_OF_BIRTH", dob_form(self.rng, p.born))

    def phone(self, p: Person) -> Doc:
        return self.v("PHONE", phone_form(self.rng, p.phone))

    def mail(self, address: str) -> Doc:
        return self.v("EMAIL", address)

    def account(self) -> Doc:
        rng = self.rng
        reg = f"{rng.randint(1000, 9899)}"
        acct = "".join(rng.choices(string.digits, k=rng.choice((7, 8, 10, 10))))
        pick = rng.random()
        if pick < 0.35:
            return self.v("BANK_ACCOUNT", f"{reg}-{acct}")
        if pick < 0.55:
            return self.v("BANK_ACCOUNT", f"{reg} {acct}")
        cue = rng.choice(
            (("reg. ", " konto "), ("reg.nr. ", ", kontonr. "), ("reg nr ", " kontonr "))
        )
        return self.t(cue[0], reg, cue[1]).v("BANK_ACCOUNT", acct)

    def card_block(self, sep: str = ", ") -> Doc:
        rng = self.rng
        self.t(rng.choice(("kortnr. ", "kortnummer ", "kort "))).v("CARD", luhn_card(rng))
        month = rng.randint(1, 12)
        year = rng.randint(26, 31)
        expiry = f"{month:02d}/{year}" if rng.random() < 0.7 else f"{month:02d}/20{year}"
        self.t(sep, rng.choice(("udløb ", "udløbsdato ", "gyldig til "))).v("CARD_EXPIRY", expiry)
        cue = rng.choice(("CVV ", "cvc ", "cvv: ", "kontrolcifre "))
        return self.t(sep, cue).v("CARD_CVV", f"{rng.randint(0, 999):03d}")

    def otp(self) -> Doc:
        rng = self.rng
        return self.v("OTP", "".join(rng.choices(string.digits, k=rng.choice((6, 6, 8)))))

    def text(self) -> str:
        return "".join(self.parts)


# unlabelled look-alikes --------------------------------------------------------------------
def amount(rng: random.Random) -> str:
    whole = rng.choice(
        (rng.randint(100, 999), rng.randint(1000, 99999), rng.randint(100000, 480000))
    )
    text = f"{whole:,}".replace(",", ".")
    return rng.choice((f"{text} kr.", f"{text},{rng.randint(0, 99):02d} kr", f"kr. {text},-"))


def day(rng: random.Random) -> str:
    d = date(2026, 9, 1) + timedelta(days=rng.randint(0, 95))
    return rng.choice((d.strftime("%d.%m.%y"), d.strftime("%d.%m.%Y"), f"{d.day}/{d.month}"))


def clock(rng: random.Random) -> str:
    return f"{rng.randint(6, 23):02d}.{rng.randint(0, 59):02d}"


def case_no(rng: random.Random) -> str:
    """A ticket or fraud-case number in one of the team's three systems."""
    prefix, width, suffix = rng.choice((("SAG-2026-", 5, ""), ("#", 6, ""), ("FR-", 4, "/26")))
    return f"{prefix}{rng.randint(10 ** (width - 1), 10**width - 1)}{suffix}"


def journal(rng: random.Random) -> str:
    return f"{rng.randint(1, 99):02d}00-{rng.randint(80000, 89999)}-{rng.randint(1, 9999):05d}-26"


def order_no(rng: random.Random) -> str:
    return rng.choice(
        (f"ordre {rng.randint(1000000, 9999999)}", f"ORD-2026-{rng.randint(10000, 99999)}")
    )


def org_line(rng: random.Random) -> str:
    return rng.choice(ORG_LINES)


def cvr(rng: random.Random) -> str:
    return f"CVR {rng.randint(10000000, 99999999)}"


def staff(rng: random.Random) -> Person:
    p = make_person(rng, young=True)
    p.mail = f"{ascii_name(p.first)}.{ascii_name(p.last)}@example.dk"
    return p


# genres ------------------------------------------------------------------------------------
def ticket(d: Doc, rng: random.Random) -> None:
    p, bank = make_person(rng), rng.choice(BANKS)
    d.t(f"Henvendelse {case_no(rng)} via {rng.choice(('netbank', 'kontaktformular', 'mail'))}")
    d.t(f" – modtaget {day(rng)} kl. {clock(rng)}\nAfsender: ").name(p)
    if rng.random() < 0.6:
        d.t(" <").mail(p.mail).t(">")
    d.t("\nEmne: ", rng.choice(SUBJECTS), "\n\n")
    d.t("Hej\n\nJeg har i dag opdaget at der er trukket ", amount(rng), " fra ")
    d.account().t(". ")
    if rng.random() < 0.6:
        d.t("Det er på mit ").t(rng.choice(PRODUCTS[3:5])).t(" med ")
        d.card_block().t(". ")
    else:
        d.t(f"Hævningen står som {rng.choice(SHOPS)} {order_no(rng)}. ")
    if rng.random() < 0.5:
        d.t("En mand ringede i går fra ").v("PHONE", foreign_phone(rng) if rng.random() < 0.5
                                          else phone_form(rng, phone_digits(rng)))  # fmt: skip
        d.t(" og sagde han var fra ", bank, ". Jeg gav ham koden ").otp().t(" – det fortryder jeg.")
    d.t("\n\nMit cpr-nr. er ").cpr(p).t(" og I kan ringe på ").phone(p).t(".\n\nVenlig hilsen\n")
    d.name(p, rng.choice(("full", "first", "middle")))
    if rng.random() < 0.4:
        d.t("\n").address(p, block=True)


def reply(d: Doc, rng: random.Random) -> None:
    p, s, bank = make_person(rng), staff(rng), rng.choice(BANKS)
    d.t(f"Sv: Din henvendelse {case_no(rng)}\n\nKære ").name(p, rng.choice(("full", "first")))
    d.t("\n\nTak for din henvendelse af ", day(rng), ". Vi har spærret ")
    if rng.random() < 0.5:
        card = luhn_card(rng).replace(" ", "")
        d.t(f"dit kort **** **** **** {card[-4:]} og bestilt et nyt, som sendes til ")
        d.address(p).t(" inden for 5 hverdage. Beløbet krediteres ").account().t(".")
    else:
        d.t("adgangen til Netbank, og dit MitID bruger-id ").v("MITID_USER", p.mitid)
        d.t(" skal genaktiveres i MitID-appen.")
    d.t(f" Beløbet på {amount(rng)} er sendt til indsigelse hos Nets.\n\n")
    d.t("Vi skriver til dig på ").mail(p.mail).t(" når sagen er afgjort. Har du spørgsmål, ")
    d.t(f"er du velkommen til at ringe på {org_line(rng)} (hele døgnet).\n\n")
    d.t(
        "Husk: ", bank, " beder dig aldrig om at oplyse koder i telefonen.\n\nMed venlig hilsen\n\n"
    )
    d.name(s).t(f"\n{rng.choice(STAFF_ROLES)}, {bank}\n")
    d.org_address(f"{street_part(rng)}\n{rng.choice(TOWNS)}")
    d.t("\nDirekte: ").v("PHONE", phone_form(rng, phone_digits(rng, mobile=False)))
    d.t(" · ").mail(s.mail).t(f"\n{cvr(rng)}")


def case_note(d: Doc, rng: random.Random) -> None:
    p, s = make_person(rng), staff(rng)
    d.t(f"Sagsnotat {case_no(rng)} – {day(rng)} – init. {s.first[0]}{s.last[0]}\n")
    d.t("Kd.: ").name(p, rng.choice(("full", "reversed", "middle"))).t(", cpr ").cpr(p)
    d.t(", tlf. ").phone(p).t("\n")
    lines = [
        lambda: (
            d.t("- Kd. kontaktet af falsk 'rådgiver' ")
            .name(make_person(rng), "first")
            .t(
                f" fra {rng.choice(BANKS)} kl. {clock(rng)}, "
                f"nr. vist som {org_line(rng)} (spoofet)\n"
            )
        ),
        lambda: (
            d.t("- Kd. har godkendt ", str(rng.randint(2, 6)), " betalinger i MitID, bruger-id ")
            .v("MITID_USER", p.mitid)
            .t("\n")
        ),
        lambda: d.t("- Overført ", amount(rng), " til ").v("IBAN", iban(rng)).t(" (udlandet)\n"),
        lambda: d.t("- Overført ", amount(rng), " til ").account().t(" – modtager kontaktet\n"),
        lambda: d.t("- Kd. har oplyst ").card_block(" / ").t(" på falsk side\n"),
        lambda: d.t("- SMS-kode ").otp().t(f" afgivet i tlf. kl. {clock(rng)}\n"),
        lambda: d.t("- Kd. bor ").address(p).t(", ny adresse ikke registreret\n"),
        lambda: (
            d.t("- ")
            .name(p, "genitive")
            .t(rng.choice((" søn", " datter", " nabo")), " har ringet og bekræftet forløbet\n")
        ),
        lambda: d.t("- Svindler bad om kode til ", rng.choice(PRODUCTS[:2]), "; kd. nægtede\n"),
        lambda: d.t(f"- Beløb under {amount(rng)}, ingen politianmeldelse endnu\n"),
        lambda: d.t(
            f"- Tidl. sag på samme kd.: {p.cpr[:6]}-xxxx, "
            f"kort **** **** **** 1{rng.randint(100, 999)}\n"
        ),
    ]
    for line in rng.sample(lines, rng.randint(3, 5)):
        line()
    d.t(rng.choice(("Afventer tilbagekald fra kd.", "Sendt til indsigelse.", "Luk efter 14 dg.")))


def police(d: Doc, rng: random.Random) -> None:
    p, v = make_person(rng), make_person(rng, young=True)
    d.t(f"Uddrag af anmeldelse, journalnr. {journal(rng)}\n")
    d.t("Anmelder/forurettede: ").name(p, rng.choice(("full", "middle"))).t(", f. ").dob(p)
    d.t("\nCpr.nr.: ").cpr(p).t("\nBopæl: ").address(p).t("\nTlf.: ").phone(p)
    if rng.random() < 0.4:
        d.t("\nMail: ").mail(p.mail)
    begin = rng.randint(8 * 60, 20 * 60)
    end = begin + rng.randint(10, 180)
    d.t(f"\nGerningstid: {day(rng)} kl. {begin // 60:02d}.{begin % 60:02d}")
    d.t(f"-{end // 60:02d}.{end % 60:02d}\n\nForklaring: ")
    d.t("Anmelder blev ringet op af en mand, som præsenterede sig som ").name(v, "first")
    d.t(f" fra {rng.choice(BANKS)}. ")
    if rng.random() < 0.5:
        d.t("Manden kom senere forbi på adressen og hentede anmelders kort. Naboen noterede ")
        d.t("bilens nummerplade som ").v("NUMBER_PLATE", plate(rng)).t(". ")
    else:
        d.t("Anmelder overførte ", amount(rng), " til ").v("IBAN", iban(rng)).t(". ")
    d.t("Anmelder oplyste desuden koden ").otp().t(" til manden.")
    d.t(f"\nSagen er oprettet via {rng.choice(SHORT_NUMBERS[:3])}. Skade: {amount(rng)}")


def webform(d: Doc, rng: random.Random) -> None:
    p = make_person(rng)
    d.t(f"Formular 'Anmeld svindel' – indsendt {day(rng)} {clock(rng).replace('.', ':')}\n")
    d.t("Navn: ").name(p, rng.choice(("full", "middle", "full"))).t("\nFødselsdato: ").dob(p)
    d.t("\nAdresse: ").address(p).t("\nTelefon: ").phone(p).t("\nE-mail: ").mail(p.mail)
    d.t("\nHvad skete der? (fritekst):\n")
    kinds = [
        lambda: (
            d.t(f"jeg solgte en sofa på {rng.choice(SHOPS[-2:])} og køberen sendte et link, ")
            .t("jeg skrev mit kort ind ")
            .card_block(" ")
            .t(" og så var der væk ", amount(rng))
        ),
        lambda: (
            d.t("ham fra banken ringede fra ")
            .v("PHONE", phone_form(rng, phone_digits(rng)))
            .t(" og fik mig til at læse koden op ")
            .otp()
            .t(" og så logget ind med mit bruger id ")
            .v("MITID_USER", p.mitid)
        ),
        lambda: (
            d.t("jeg har overført ", amount(rng), " til en investering, konto ")
            .v("IBAN", iban(rng))
            .t(", de svarer ikke mere")
        ),
        lambda: (
            d.t("min bil ")
            .v("NUMBER_PLATE", plate(rng))
            .t(" blev 'solgt' på nettet uden")
            .t(" jeg vidste det, køber har betalt til ")
            .account()
        ),
    ]
    rng.choice(kinds)()
    d.t(rng.choice((".", "!!", " hjælp", ". Hvad gør jeg nu?")))
    d.t(f"\nSamtykke: ja · Kanal: {rng.choice(('mobil', 'pc'))}")


def forward(d: Doc, rng: random.Random) -> None:
    p, sender = make_person(rng), rng.choice(SCAM_SENDERS)
    d.t("Videresendt besked fra ").name(p, rng.choice(("full", "first")))
    d.t(f" ({day(rng)}):\n\n")
    if rng.random() < 0.5:
        d.t(f"-------- SMS fra {sender} ").v("PHONE", foreign_phone(rng)).t(" --------\n")
    else:
        d.t(f"-------- SMS fra {sender} ({rng.choice(SHORT_NUMBERS[3:])}) --------\n")
    d.t("Hej ").name(p, rng.choice(("first", "full"))).t(", din pakke kunne ikke leveres til ")
    d.address(p, town=rng.random() < 0.5).t(". Betal gebyr på ")
    d.t(f"{rng.randint(9, 49)},{rng.choice(('00', '95', '50'))} kr")
    d.t(" via linket inden kl. ", clock(rng), ".\n--------\n\n")
    d.t("Jeg trykkede på linket og skrev navn, ")
    if rng.random() < 0.6:
        d.card_block().t(" og mit ")
    else:
        d.t("mit cpr ").cpr(p).t(" og mit ")
    d.t("telefonnr ").phone(p).t(" ind. Bagefter kom der en kode ").otp()
    d.t(". Er det svindel? Mvh ").name(p, rng.choice(("first", "lower")))


def escalation(d: Doc, rng: random.Random) -> None:
    p, s, lead = make_person(rng), staff(rng), staff(rng)
    d.t("Fra: ").name(s).t(" <").mail(s.mail).t(">\nTil: ").name(lead).t(" <").mail(lead.mail)
    d.t(f">\nEmne: ESKALERING {case_no(rng)} – {amount(rng)} på vej ud\n\nHej ").name(lead, "first")
    d.t("\n\nKunden ").name(p, rng.choice(("full", "reversed"))).t(" (cpr ").cpr(p)
    d.t(") har i nat fået tømt sin opsparing. ")
    if rng.random() < 0.6:
        d.t("Pengene er overført fra ").account().t(" til ").v("IBAN", iban(rng))
        d.t(" – kan vi nå en recall?")
    else:
        d.t("Der er samtidig tilføjet et nyt kort ").v("CARD", luhn_card(rng))
        d.t(" til Apple Pay på en ukendt enhed.")
    d.t(" Kunden kan nås på ").v("PHONE", phone_form(rng, p.phone)).t(" og bor på ").address(p)
    if rng.random() < 0.4:
        d.t(", født ").dob(p)
    d.t(f".\n\nPolitiet har journalnr. {journal(rng)}.\n\n/").name(s, "first")


def chat(d: Doc, rng: random.Random) -> None:
    p, s = make_person(rng), staff(rng)
    h, m = rng.randint(7, 22), rng.randint(0, 50)
    d.t(f"Chatlog {day(rng)}\n[{h:02d}:{m:02d}] Agent ").name(s, "first")
    d.t(": Hej, du chatter med ").name(s, "first").t(
        " fra kundeservice. Hvad kan jeg hjælpe med?\n"
    )
    d.t(f"[{h:02d}:{m + 1:02d}] Kunde: hej det er ").name(
        p, rng.choice(("lower", "lower", "full", "first"))
    )
    d.t(" jeg tror nogen har snydt mig\n")
    d.t(f"[{h:02d}:{m + 2:02d}] Kunde: ")
    if rng.random() < 0.5:
        d.t("fik en sms om at mit kort var spærret og skrev det ind ").card_block(" ")
    else:
        d.t("en mand fik mig til at sige koden ").otp().t(" og nu er der flyttet ", amount(rng))
    d.t(f"\n[{h:02d}:{m + 3:02d}] Agent ").name(s, "first")
    d.t(": Det er jeg ked af. Må jeg få dit cpr-nr. så jeg kan finde dig?\n")
    d.t(f"[{h:02d}:{m + 4:02d}] Kunde: ").cpr(p)
    if rng.random() < 0.5:
        d.t(" og mit nr er ").phone(p)
    d.t(f"\n[{h:02d}:{m + 5:02d}] Agent ").name(s, "first")
    d.t(f": Tak. Jeg har spærret alt nu. Ring {org_line(rng)} hvis der sker mere.")


def call_note(d: Doc, rng: random.Random) -> None:
    p, relative = make_person(rng), make_person(rng, young=True)
    d.t(f"Opkald {day(rng)} kl. {clock(rng)} ({rng.randint(2, 40)} min.) – indgående på ")
    d.t(f"{org_line(rng)}\n")
    if rng.random() < 0.5:
        d.t("Datter ").name(relative).t(" ringer på vegne af sin mor ").name(p, "middle")
        d.t(", f. ").dob(p).t(". Fuldmagt foreligger.\n")
    else:
        d.t("Kunden ").name(p).t(" ringer selv, legitimeret med cpr ").cpr(p).t(".\n")
    d.t("Oplyser: ")
    what = [
        lambda: (
            d.t("har givet sin MitID bruger-id ")
            .v("MITID_USER", p.mitid)
            .t(" og koden ")
            .otp()
            .t(" til en 'medarbejder'.")
        ),
        lambda: (
            d.t("har lånt sin bil ")
            .v("NUMBER_PLATE", plate(rng))
            .t(" ud til en køber fra DBA, som aldrig betalte.")
        ),
        lambda: d.t("der er trukket ", amount(rng), " på kortet ").v("CARD", luhn_card(rng)),
        lambda: (
            d.t("har overført ", amount(rng), " til ")
            .account()
            .t(" efter opkald fra ")
            .v("PHONE", foreign_phone(rng))
        ),
    ]
    first, second = rng.sample(what, 2)
    first()
    d.t("; ")
    second()
    d.t("\nTilbagekald på ").phone(p if rng.random() < 0.7 else relative)
    d.t(rng.choice(("", " efter kl. 16", " (mobil)")), ".")


def handover(d: Doc, rng: random.Random) -> None:
    d.t(f"Vagtoverlevering {day(rng)} – nat til dag\n")
    for _ in range(rng.randint(2, 3)):
        p = make_person(rng)
        pick = rng.randrange(4)
        forms = ("full", "reversed", "genitive") if pick == 0 else ("full", "reversed")
        d.t(f"\n* {case_no(rng)}: ").name(p, rng.choice(forms))
        if pick == 0:
            d.t(" kort spærret (").v("CARD", luhn_card(rng)).t("), nyt kort til ").address(p)
        elif pick == 1:
            d.t(f" recall på {amount(rng)} sendt for ").v("IBAN", iban(rng))
        elif pick == 2:
            d.t(" skal ringes op på ").phone(p).t(", mail ").mail(p.mail)
        else:
            d.t(" – bil ").v("NUMBER_PLATE", plate(rng)).t(" meldt på falsk salg, cpr ").cpr(p)
    d.t(f"\n\nIntet andet. Vagttelefonen er omstillet til {org_line(rng)}.")


GENRES: dict[str, Callable[[Doc, random.Random], None]] = dict(
    ticket=ticket, ticket_reply=reply, case_note=case_note, police_report=police,
    web_form=webform, forwarded_scam=forward, escalation_mail=escalation, chat=chat,
    call_note=call_note, handover=handover,
)  # fmt: skip


def generate(seed: int = SEED, size: int = SIZE) -> list[dict]:
    """Documents in genre rotation; 7 rounds of every 20 are negatives (350 of 1,000)."""
    rotation, rng = list(GENRES), random.Random(seed)
    texts: set[str] = set()
    docs: list[dict] = []
    for number in range(size):
        genre = rotation[number % len(rotation)]
        kind = "negative" if (number // len(rotation)) % 20 < 7 else "positive"
        doc = Doc(rng, kind == "negative")
        while not doc.parts or doc.text() in texts:
            doc = Doc(rng, kind == "negative")
            GENRES[genre](doc, rng)
        texts.add(doc.text())
        docs.append({"id": f"blind14-{number:04d}", "genre": genre, "kind": kind} | {
            "text": doc.text(), "spans": doc.spans})  # fmt: skip
    rng.shuffle(docs)
    return docs


if __name__ == "__main__":
    target = (
        Path(sys.argv[1])
        if sys.argv[1:]
        else Path(__file__).with_name("data") / "pii_blind14.jsonl"
    )
    target.write_text(
        "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in generate()), encoding="utf-8"
    )
