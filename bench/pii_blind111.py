"""A hundred-and-twelfth blind, seeded generator of Danish text with labelled personal data
(issue 18).

Written without looking at the recognisers, their word lists or the earlier generators' bodies,
as a held-out test set with its own names, streets and towns. Its theme is an ENERGY AND
DISTRICT-HEATING UTILITY's customer service and fraud desk, in eight genres: the fraud desk's
case log of a fake refund SMS ("du har penge til gode efter årsopgørelsen", the card, expiry,
CVV and the code typed into the fake page), an incident report of door-to-door fake
technicians who came "to change the heat meter" (the van's number plate, witnesses' names and
addresses on two lines), a moving-out and moving-in form (flytteanmeldelse: the name in block
capitals, CPR, birth date, old and new address, meter reading, the account the credit is paid
to), a note on a hijacked direct debit (Betalingsservice moved to another account, the MitID
user ID and code given on a call, a foreign IBAN), a web chat with customer service ("[09:14]
Name:" lines, names typed in lower case), an e-mail thread between the fraud desk, the bank
and the police (Fra:/Til:/Cc:/Emne:), a call note of a meter-reading scam call (a caller who
"udgav sig for at være Kasper fra måleraflæsningen") and a police report of the fraud. The
names are those of Danes of all ages, Danes with roots elsewhere ("Nguyen Thi Mai", "Zainab
Abdi"), double surnames ("Kjærsgaard-Toft") and the utility's own staff. The utilities'
own addresses (customer centres, depots, meeting points, return addresses, letterheads,
footers, directions, opening hours) occur in many documents and are never labelled.

Conventions (exact offsets are scored):
- PERSON is a name as written, without title or role ("montør", "kunden", "vidne"); "Holm,
  Agnete" is one span; a genitive s belongs to it ("Agnetes"); a lower-case name typed in a
  chat ("agnete") is PERSON. A scammer's alias ("Kasper fra måleraflæsningen") is PERSON, the
  unit is not. Organisations, products, placeholders ("[NAVN]", "Kunde A", "Montør X",
  "Vidne 1") and family words ("min mand") are never PERSON.
- ADDRESS runs from the street name through number, letter, floor and side ("7C", "3. tv.",
  "st. mf."), plus ", postcode town" on the same line or on the next line of an address block
  (line break included). A street named without a number is not an address. An
  organisation's own address is never labelled.
- CPR numbers are synthetic. Each has a real birth date and a seventh digit that suits its
  century (0 to 3 in the 1900s, 4 for the years 2000 to 2005), but its serial is chosen so the
  number FAILS modulus 11. Written as "DDMMYY-SSSS", "DDMMYYSSSS", "DD MM YY SSSS" or
  "DDMMYY SSSS". A DATE_OF_BIRTH (full date, four-digit year: "4. juni 1952", "04.06.1952",
  "4/6-1952", "04-06-1952") is labelled only straight after "født", "f." or "Fødselsdato:";
  no other date or clock time is ever labelled.
- PHONE covers Danish numbers of 8 digits from mobile and landline ranges (70 and 80 never
  occur as personal numbers here), written "+45 20304050", "+45 20 30 40 50", "+45 2030 4050",
  "2030 4050", "(+45) 20 30 40 50", "0045 20304050", "20 30 40 50", "20304050", "+4520304050"
  or "20.30.40.50", the country code (with its brackets) inside the span, and foreign numbers
  from fiction-reserved ranges only, "+44 7700 900xxx" and "+46 70 174 06 xx" (xx 05-99).
  An organisation's number (70/80 lines, 112, 114, SMS short codes) is never PHONE.
- EMAIL: every e-mail address (all on example.* domains), each occurrence, staff's too.
- BANK_ACCOUNT: reg.nr. and account written together ("1234-1234567890", "1234 1234567890")
  are one span; where the reg.nr. has its own word ("reg. 1234 konto 12345678", "reg.nr. 1234,
  kontonr. 0012345678") only the account is the span. IBAN: valid check digits and the
  country's length (IBAN_LENGTH), grouped by four or compact. CARD: Luhn-valid with a published
  test prefix (TEST_PREFIXES), grouped by four or compact; CARD_EXPIRY "MM/YY" or "MM/YYYY";
  CARD_CVV 3 digits after "CVV", "cvc", "CVC" or "kontrolcifre". OTP: a one-time code sent,
  asked for or given (6 or 8 digits); MITID_USER a MitID user ID given as such; NUMBER_PLATE a
  Danish plate ("BK 41 207", "BK41207"). No passport or driving-licence numbers occur.
- Hard negatives, never labelled: amounts ("1.284,50 kr."), meter readings ("14.312 kWh"),
  dates and clock times ("04.03.26", "kl. 09.14", "[10:22]", "2026-03-04"), customer and meter
  numbers ("Kundenr. 4401234", "Målernr. 5123456"), case and journal numbers, CVR numbers,
  masked values ("040652-xxxx", "+45 ** ** ** 31", "a***@example.dk", "**** **** **** 1111",
  "******4417", "DK71XXXXXXXXXX0932", "BK ** ***"), organisations' 70/80 and short numbers,
  their addresses, companies, banks, products and family words. Documents of kind "negative"
  are the same genres after pseudonymisation: only such values and pseudonym labels ("Kunde A",
  "Montør X") remain. No run of ten or more digits occurs outside a labelled identifier.

Each document is {"id", "genre", "kind", "text", "spans": [{"start", "end", "type"}]}.
``python -m bench.pii_blind111 OUT.jsonl`` writes the set; ``generate()`` returns it.
"""

from __future__ import annotations

import json
import random
import sys
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

SEED = 111_2026
SIZE = 1000
NEGATIVES = 350

GENRES = (
    "refusion_sms",
    "falsk_montoer",
    "flytteanmeldelse",
    "betalingsservice",
    "chat",
    "mailtraad",
    "telefonnotat",
    "politianmeldelse",
)
TYPES = (
    "PERSON",
    "ADDRESS",
    "CPR",
    "DATE_OF_BIRTH",
    "PHONE",
    "EMAIL",
    "BANK_ACCOUNT",
    "IBAN",
    "CARD",
    "CARD_EXPIRY",
    "CARD_CVV",
    "OTP",
    "MITID_USER",
    "NUMBER_PLATE",
)

WEIGHTS = (4, 3, 2, 7, 6, 5, 4, 3, 2, 1)
# Published test card prefixes (Visa, Mastercard test numbers); 6011 is deliberately absent.
TEST_PREFIXES = ("411111", "401288", "400000", "555555", "520082", "222300")
IBAN_LENGTH = {
    "DK": 18,
    "DE": 22,
    "GB": 22,
    "SE": 24,
    "NO": 15,
    "FI": 18,
    "NL": 18,
    "PL": 28,
    "LT": 20,
    "ES": 24,
}
MOBILE = ("20", "21", "22", "23", "24", "25", "26", "27", "28", "29", "30", "31", "40", "41",
          "42", "50", "51", "52", "53", "60", "61", "71", "81", "91", "92", "93")  # fmt: skip
LANDLINE = ("32", "33", "35", "36", "38", "39", "43", "44", "45", "46", "47", "48", "49", "54",
            "56", "57", "58", "59", "62", "63", "64", "65", "66", "69", "72", "73", "74", "75",
            "76", "86", "87", "89", "96", "97", "98", "99")  # fmt: skip

WOMEN = ("Agnete", "Birthe", "Camilla", "Dorthe", "Ellen", "Freja", "Gitte", "Hanne", "Inger",
         "Josefine", "Karen", "Lærke", "Mette", "Nanna", "Pernille", "Rikke", "Signe", "Tove",
         "Vibeke", "Zainab", "Aisha", "Fatma", "Mai", "Leyla", "Olga", "Ewa", "Amira", "Ida",
         "Ulla", "Bodil", "Emma", "Alma", "Sofie", "Anne-Marie", "Maja", "Clara", "Jytte",
         "Hiba", "Marianne", "Solveig")  # fmt: skip
MEN = ("Anders", "Bent", "Carsten", "Dennis", "Erik", "Frederik", "Gunnar", "Henning", "Jens",
       "Kasper", "Leif", "Morten", "Niels", "Ole", "Poul", "Rasmus", "Søren", "Torben",
       "Villads", "Ahmad", "Mehmet", "Tariq", "Omar", "Hassan", "Piotr", "Tuan", "Kofi", "Jonas",
       "Noah", "Oscar", "Aksel", "Viggo", "Bjarne", "Flemming", "Hamid", "Arne", "Karl-Erik",
       "Mikkel", "Palle", "Yusuf")  # fmt: skip
SURNAMES = ("Holm", "Kjærsgaard", "Bøgh", "Lindqvist", "Mortensen", "Skovgaard", "Dalsgaard",
            "Frandsen", "Iversen", "Bach", "Østergaard", "Thygesen", "Lund", "Vestergaard",
            "Kristiansen", "Abdi", "Yilmaz", "Nguyen", "Kowalski", "Hussain", "Mensah",
            "Al-Sayed", "Rahimi", "Demir", "Kaur", "Brix", "Enevoldsen", "Gregersen", "Hjort",
            "Juhl", "Kragh", "Mølgaard", "Nygaard", "Overgaard", "Pallesen", "Riis", "Svendsen",
            "Toft", "Ulriksen", "Winther", "Sørensen", "Qureshi")  # fmt: skip
MIDDLE = ("Marie", "Louise", "Juul", "Krogh", "Thi", "Bach", "Skov", "Dam", "Kirstine", "Emil",
          "Ali", "Munk", "Lykke", "Storm")  # fmt: skip

STREETS = ("Lindevej", "Birkealle", "Skovbrynet", "Tjørnevej", "Solsikkevej", "Engparken",
           "Kastanjevej", "Rønnebærvej", "Møllebakken", "Kirkestræde", "Fasanvej",
           "Havrevænget", "Nørregade", "Bakkedraget", "Egevænget", "Ravnsbjergvej",
           "Strandbakken", "Mejerivej", "Hyldevang", "Teglgårdsvej", "Pilealle", "Ågade",
           "Lærkevej", "Gartnervænget")  # fmt: skip
TOWNS = (("8000", "Aarhus C"), ("5000", "Odense C"), ("9000", "Aalborg"), ("7100", "Vejle"),
         ("6700", "Esbjerg"), ("4000", "Roskilde"), ("8600", "Silkeborg"), ("7400", "Herning"),
         ("8700", "Horsens"), ("6000", "Kolding"), ("3400", "Hillerød"), ("2630", "Taastrup"),
         ("4700", "Næstved"), ("8900", "Randers C"), ("9800", "Hjørring"), ("5700", "Svendborg"),
         ("2300", "København S"), ("2800", "Kongens Lyngby"), ("4300", "Holbæk"),
         ("6400", "Sønderborg"), ("8240", "Risskov"), ("7500", "Holstebro"))  # fmt: skip

COMPANIES = ("Fjordvarme Midt", "Nordlys Energi", "Vestkyst Forsyning", "Åvarme Fyn",
             "Kvartersvarme Østjylland", "Strømhuset Danmark", "Lysnet El")  # fmt: skip
DOMAINS = {
    "Fjordvarme Midt": "fjordvarme.example.dk",
    "Nordlys Energi": "nordlys.example.dk",
    "Vestkyst Forsyning": "vestkyst.example.dk",
    "Åvarme Fyn": "aavarme.example.dk",
    "Kvartersvarme Østjylland": "kvartersvarme.example.dk",
    "Strømhuset Danmark": "stroemhuset.example.dk",
    "Lysnet El": "lysnet.example.dk",
}
BANKS = ("Danske Bank", "Nykredit", "Jyske Bank", "Sydbank", "Arbejdernes Landsbank",
         "Spar Nord", "Nordea", "Lunar")  # fmt: skip
PRODUCTS = ("Betalingsservice", "MobilePay", "MitID", "e-Boks", "Fjernaflæs", "Varmeguiden")
ORG_LINES = ("70 15 16 17", "70 22 44 66", "80 20 30 40", "70 10 12 14", "80 88 11 22",
             "70 33 90 90")  # fmt: skip
# The utilities' own sites: street, postcode and town (never labelled).
ORG_SITES = (("Varmeværksvej 14", "8210 Aarhus V"), ("Fjernvarmevej 3", "5220 Odense SØ"),
             ("Kraftværksallé 22", "9220 Aalborg Øst"), ("Forsyningsvej 7", "7100 Vejle"),
             ("Måleralléen 41", "6705 Esbjerg Ø"), ("Energivej 9", "4000 Roskilde"),
             ("Ledningsvej 2", "8600 Silkeborg"), ("Turbinehallen 5", "2450 København SV"),
             ("Akkumulatorvej 18", "7400 Herning"))  # fmt: skip
ORG_ADDRESSES = tuple(f"{street}, {town}" for street, town in ORG_SITES) + tuple(
    f"{street}\n{town}" for street, town in ORG_SITES
)
PSEUDONYMS = ("Kunde A", "Kunde B", "Rådgiver 1", "Rådgiver 2", "Montør X", "Vidne 1", "Vidne 2")
FAMILY = ("min mand", "min kone", "min mor", "min far", "min datter", "min søn",
          "min svigermor", "naboen")  # fmt: skip
ALIAS_UNITS = ("måleraflæsningen", "fjernvarmeafdelingen", "refusionsafdelingen",
               "målerservice", "kundeservice", "Energitilsynet")  # fmt: skip
MONTHS = ("januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december")  # fmt: skip

NAME_FORMS = ("full", "three", "hyphen", "surfirst", "upper", "initial", "first", "lower")
NAME_WEIGHTS = (28, 12, 12, 11, 9, 7, 14, 4)


def grouped(compact: str) -> str:
    """The value in groups of four, as printed on cards and IBANs."""
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))


class Doc:
    """A document under construction: text pieces and the spans of its labelled values."""

    def __init__(self, rng: random.Random, positive: bool) -> None:
        self.rng = rng
        self.positive = positive
        self.parts: list[str] = []
        self.length = 0
        self.spans: list[dict] = []

    def t(self, text: str) -> Doc:
        self.parts.append(text)
        self.length += len(text)
        return self

    def v(self, kind: str, value: str, stand_in: str) -> Doc:
        """A labelled value in a positive, its stand-in (unlabelled) in a negative."""
        if not self.positive:
            return self.t(stand_in)
        self.spans.append({"start": self.length, "end": self.length + len(value), "type": kind})
        return self.t(value)

    @property
    def text(self) -> str:
        return "".join(self.parts)


class Person:
    """A synthetic person: names, birth date, CPR, phone, e-mail, address and MitID user."""

    def __init__(self, rng: random.Random, young: bool = False) -> None:
        self.woman = rng.random() < 0.5
        self.first = rng.choice(WOMEN if self.woman else MEN)
        self.last = rng.choice(SURNAMES)
        self.other = rng.choice([s for s in SURNAMES if s != self.last and "-" not in s])
        self.middle = rng.choice(MIDDLE)
        start = date(2000, 1, 1) if young else date(1936, 1, 1)
        end = date(2005, 12, 31) if young else date(2004, 12, 31)
        self.born = start + timedelta(days=rng.randrange((end - start).days))
        self.cpr = cpr_digits(rng, self.born)
        self.pseudonym = "Kunde A"

    def ascii_first(self) -> str:
        return ascii_name(self.first)

    def ascii_last(self) -> str:
        return ascii_name(self.last)


def ascii_name(name: str) -> str:
    swapped = name.lower().replace("æ", "ae").replace("ø", "oe").replace("å", "aa")
    return "".join(ch for ch in swapped if "a" <= ch <= "z")


def cpr_digits(rng: random.Random, born: date) -> str:
    """Ten digits for a birth date, century digit fitting, failing modulus 11."""
    head = born.strftime("%d%m%y")
    while True:
        seventh = "4" if born.year >= 2000 else rng.choice("0123")
        number = head + seventh + f"{rng.randrange(1000):03d}"
        if sum(int(c) * w for c, w in zip(number, WEIGHTS, strict=True)) % 11:
            return number


def cpr_text(rng: random.Random, digits: str) -> str:
    form = rng.randrange(4)
    if form == 0:
        return f"{digits[:6]}-{digits[6:]}"
    if form == 1:
        return digits
    if form == 2:
        return f"{digits[:2]} {digits[2:4]} {digits[4:6]} {digits[6:]}"
    return f"{digits[:6]} {digits[6:]}"


def dob_text(rng: random.Random, born: date) -> str:
    form = rng.randrange(4)
    if form == 0:
        return f"{born.day}. {MONTHS[born.month - 1]} {born.year}"
    if form == 1:
        return born.strftime("%d.%m.%Y")
    if form == 2:
        return f"{born.day}/{born.month}-{born.year}"
    return born.strftime("%d-%m-%Y")


def phone_text(rng: random.Random) -> str:
    form = rng.randrange(14)
    if form == 12:
        return f"+44 7700 900{rng.randrange(1000):03d}"
    if form == 13:
        return f"+46 70 174 06 {rng.randrange(5, 100):02d}"
    lead = rng.choice(MOBILE if rng.random() < 0.7 else LANDLINE)
    d = lead + "".join(str(rng.randrange(10)) for _ in range(6))
    pairs = f"{d[:2]} {d[2:4]} {d[4:6]} {d[6:]}"
    return (
        f"+45 {d}",
        f"+45 {pairs}",
        f"+45 {d[:4]} {d[4:]}",
        f"{d[:4]} {d[4:]}",
        f"(+45) {pairs}",
        f"0045 {d}",
        pairs,
        d,
        f"+45{d}",
        f"{d[:2]}.{d[2:4]}.{d[4:6]}.{d[6:]}",
        pairs,
        d,
    )[form]


def masked_phone(rng: random.Random) -> str:
    return f"+45 ** ** ** {rng.randrange(10, 100)}"


def luhn_digit(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        n = int(ch) * (2 if i % 2 == 0 else 1)
        total += n // 10 + n % 10
    return str((10 - total % 10) % 10)


def card_text(rng: random.Random) -> str:
    body = rng.choice(TEST_PREFIXES)
    body += "".join(str(rng.randrange(10)) for _ in range(15 - len(body)))
    number = body + luhn_digit(body)
    return grouped(number) if rng.random() < 0.6 else number


def expiry_text(rng: random.Random) -> str:
    month = rng.randrange(1, 13)
    year = rng.randrange(26, 32)
    return f"{month:02d}/{year}" if rng.random() < 0.7 else f"{month:02d}/20{year}"


def iban_text(rng: random.Random, country: str | None = None) -> str:
    country = country or rng.choice(sorted(IBAN_LENGTH))
    length = IBAN_LENGTH[country]
    bank = "NWBK" if country == "GB" else ""
    bban = bank + "".join(str(rng.randrange(10)) for _ in range(length - 4 - len(bank)))
    numeric = "".join(str(int(c, 36)) for c in bban + country + "00")
    compact = f"{country}{98 - int(numeric) % 97:02d}{bban}"
    return grouped(compact) if rng.random() < 0.65 else compact


def masked_iban(rng: random.Random) -> str:
    return f"DK{rng.randrange(10, 100)}XXXXXXXXXX{rng.randrange(10000):04d}"


def masked_card(rng: random.Random) -> str:
    tail = f"{rng.randrange(10000):04d}"
    return f"**** **** **** {tail}" if rng.random() < 0.5 else f"******{tail}"


def masked_cpr(p: Person) -> str:
    return f"{p.cpr[:6]}-xxxx"


def plate_text(rng: random.Random) -> str:
    letters = "".join(rng.choice("ABCEHJKLMNPRSTUVXYZ") for _ in range(2))
    digits = f"{rng.randrange(10, 100)}{rng.randrange(1000):03d}"
    if rng.random() < 0.7:
        return f"{letters} {digits[:2]} {digits[2:]}"
    return f"{letters}{digits}"


def masked_plate(rng: random.Random) -> str:
    return "".join(rng.choice("ABCEHJKLMNPRSTUVXYZ") for _ in range(2)) + " ** ***"


def otp_text(rng: random.Random) -> str:
    digits = 6 if rng.random() < 0.75 else 8
    return "".join(str(rng.randrange(10)) for _ in range(digits))


def mitid_text(rng: random.Random, p: Person) -> str:
    base = p.ascii_first() if rng.random() < 0.6 else p.ascii_first()[:3] + p.ascii_last()
    if rng.random() < 0.5:
        return f"{base}{p.born.year}"
    return f"{base}{p.born.year % 100:02d}"


def email_text(rng: random.Random, p: Person) -> str:
    first, last = p.ascii_first(), p.ascii_last()
    local = rng.choice(
        (
            f"{first}.{last}",
            f"{first}{p.born.year % 100:02d}",
            f"{first[0]}{last}",
            f"{last}.{first}",
        )
    )
    domain = rng.choice(("example.dk", "example.com", "mail.example.dk", "post.example.net"))
    return f"{local}@{domain}"


def masked_email(rng: random.Random, p: Person | None = None) -> str:
    first = p.ascii_first() if p else rng.choice("abcdefghijklmnoprst")
    domain = rng.choice(("example.dk", "example.com", "mail.example.dk"))
    return f"{first[0]}***@{domain}"


def staff_email(p: Person, company: str) -> str:
    return f"{p.ascii_first()}.{p.ascii_last()}@{DOMAINS[company]}"


def amount_text(rng: random.Random, high: int = 9000) -> str:
    kroner = rng.randrange(120, high)
    whole = f"{kroner:,}".replace(",", ".")
    if rng.random() < 0.5:
        return f"{whole},{rng.randrange(100):02d} kr."
    return f"{whole} kr."


def reading_text(rng: random.Random) -> str:
    value = f"{rng.randrange(1000, 99000):,}".replace(",", ".")
    return f"{value} {rng.choice(('kWh', 'kWh', 'MWh'))}"


def case_no(rng: random.Random) -> str:
    return f"{rng.choice(('FV', 'SMS', 'KS'))}-26-{rng.randrange(10000, 100000)}"


def journal_no(rng: random.Random) -> str:
    parts = (rng.randrange(1000, 10000), rng.randrange(10000, 100000), rng.randrange(10000, 100000))
    return "-".join(map(str, parts)) + "-26"


def customer_no(rng: random.Random) -> str:
    return f"Kundenr. {rng.randrange(4_000_000, 5_000_000)}"


def meter_no(rng: random.Random) -> str:
    return f"Målernr. {rng.randrange(5_000_000, 6_000_000)}"


def cvr(rng: random.Random) -> str:
    return f"CVR-nr. {rng.randrange(20_000_000, 45_000_000)}"


def day(rng: random.Random) -> date:
    return date(2026, 1, 5) + timedelta(days=rng.randrange(320))


def short_date(rng: random.Random) -> str:
    d = day(rng)
    return d.strftime("%d.%m.%y") if rng.random() < 0.5 else d.strftime("%d.%m.%Y")


def clock(rng: random.Random) -> str:
    return f"kl. {rng.randrange(7, 22):02d}.{rng.randrange(60):02d}"


def name(d: Doc, p: Person, form: str | None = None, stand_in: str | None = None) -> Doc:
    """A person's name in one of the written forms (a pseudonym or [NAVN] in a negative)."""
    rng = d.rng
    form = form or rng.choices(NAME_FORMS, NAME_WEIGHTS)[0]
    first, last = p.first, p.last
    value = {
        "full": f"{first} {last}",
        "three": f"{first} {p.middle} {last}",
        "hyphen": f"{first} {last}-{p.other}" if "-" not in last else f"{first} {last}",
        "surfirst": f"{last}, {first}",
        "upper": f"{first} {last}".upper()
        if rng.random() < 0.6
        else f"{last.upper()}, {first.upper()}",
        "initial": f"{first[0]}. {last}",
        "first": first,
        "lower": f"{first} {last}".lower() if rng.random() < 0.5 else first.lower(),
    }[form]
    return d.v("PERSON", value, stand_in or rng.choice((p.pseudonym, "[NAVN]")))


def genitive(d: Doc, p: Person, stand_in: str | None = None) -> Doc:
    value = f"{p.first}s"
    if p.first[-1] in "sxz":
        surname = next((s for s in (p.last, p.other) if s[-1] not in "sxz"), "Holm")
        value = f"{p.first} {surname}s"
    return d.v("PERSON", value, stand_in or f"{p.pseudonym}'s")


def address_value(rng: random.Random, layout: str | None = None) -> str:
    street = rng.choice(STREETS)
    number = f"{rng.randrange(1, 180)}{rng.choice(('', '', '', 'A', 'B', 'C'))}"
    floor = ""
    if rng.random() < 0.35:
        floor = (
            f", {rng.choice(('st.', '1.', '2.', '3.', '4.'))} {rng.choice(('th.', 'tv.', 'mf.'))}"
        )
    code, town = rng.choice(TOWNS)
    layout = layout or rng.choices(("line", "block", "bare"), (45, 40, 15))[0]
    if layout == "line":
        return f"{street} {number}{floor}, {code} {town}"
    if layout == "block":
        return f"{street} {number}{floor}\n{code} {town}"
    return f"{street} {number}{floor}"


def address(d: Doc, layout: str | None = None) -> Doc:
    return d.v("ADDRESS", address_value(d.rng, layout), "[ADRESSE]")


def phone(d: Doc) -> Doc:
    stand_in = "[TLF]" if d.rng.random() < 0.6 else masked_phone(d.rng)
    return d.v("PHONE", phone_text(d.rng), stand_in)


def email(d: Doc, p: Person) -> Doc:
    stand_in = "[e-mail]" if d.rng.random() < 0.5 else masked_email(d.rng, p)
    return d.v("EMAIL", email_text(d.rng, p), stand_in)


def cpr(d: Doc, p: Person) -> Doc:
    stand_in = "[CPR]" if d.rng.random() < 0.5 else masked_cpr(p)
    return d.v("CPR", cpr_text(d.rng, p.cpr), stand_in)


def dob(d: Doc, p: Person) -> Doc:
    return d.v("DATE_OF_BIRTH", dob_text(d.rng, p.born), "[fødselsdato]")


def account(d: Doc) -> Doc:
    rng = d.rng
    reg = f"{rng.randrange(1000, 10000)}"
    acct = "".join(str(rng.randrange(10)) for _ in range(rng.choice((7, 8, 10, 10))))
    form = rng.randrange(4)
    stand_in = "[kontonr.]" if rng.random() < 0.6 else f"******{acct[-4:]}"
    if form == 0:
        return d.t(f"reg.nr. {reg}, kontonr. ").v("BANK_ACCOUNT", acct, stand_in)
    if form == 1:
        return d.t(f"reg. {reg} konto ").v("BANK_ACCOUNT", acct, stand_in)
    sep = "-" if form == 2 else " "
    return d.t("konto ").v("BANK_ACCOUNT", f"{reg}{sep}{acct}", stand_in)


def iban(d: Doc, country: str | None = None) -> Doc:
    return d.v("IBAN", iban_text(d.rng, country), masked_iban(d.rng))


def card(d: Doc) -> Doc:
    return d.v("CARD", card_text(d.rng), masked_card(d.rng))


def expiry(d: Doc) -> Doc:
    return d.v("CARD_EXPIRY", expiry_text(d.rng), "**/**")


def cvv(d: Doc) -> Doc:
    cue = d.rng.choice(("CVV", "cvc", "CVC", "kontrolcifre"))
    return d.t(f"{cue} ").v("CARD_CVV", f"{d.rng.randrange(1000):03d}", "***")


def otp(d: Doc) -> Doc:
    return d.v("OTP", otp_text(d.rng), "[kode]")


def mitid(d: Doc, p: Person) -> Doc:
    return d.v("MITID_USER", mitid_text(d.rng, p), "[bruger-id]")


def plate(d: Doc) -> Doc:
    return d.v("NUMBER_PLATE", plate_text(d.rng), masked_plate(d.rng))


def org_line(rng: random.Random) -> str:
    return rng.choice(ORG_LINES)


def org_site(d: Doc, company: str, chance: float = 0.62) -> None:
    """The organisation's own address in one of many frames (never labelled), or nothing."""
    rng = d.rng
    if rng.random() >= chance:
        return
    street, town = rng.choice(ORG_SITES)
    one, two = f"{street}, {town}", f"{street}\n{town}"
    line = org_line(rng)
    frames = (
        f"Besøg os på {one} (indgang ved skorstenen, bygning B).",
        f"{company}\n{two}\n{cvr(rng)}",
        f"Returadresse: {company}, {one}",
        f"Vores kundecenter på {one} har åbent mandag-torsdag {clock(rng)}-15.30, "
        "fredag til kl. 13.00.",
        f"Gamle målere kan afleveres på depotet, {one}, port 3, på hverdage.",
        f"Mødested for nye montører: lageret på {one}, bag værkstedet.",
        f"Kørselsvejledning: Fra motorvejen følger du skiltene mod værket og drejer ind ad "
        f"porten ved {one}. Gæsteparkering ved hovedindgangen.",
        f"— {company} · {one} · tlf. {line} · {cvr(rng)}",
        f"Vi sender aldrig folk ud uden varsel. Ring til os på {line}, eller kig forbi.\n"
        f"Besøgsadresse:\n{two}\n(2. sal, elevator ved receptionen)",
        f"Flytteblanketter kan også lægges i postkassen ved {one}.",
        f"Kundeservice er flyttet til {one} – brug indgang C fra gården.",
        f"Svindelteamet\n{company}\n{two}",
        f"Id-kort udstedes kun fra personaleafdelingen på {one}.",
        f"Besøg vores energibutik på {one} – vi har åbent lørdag til kl. 12.00.",
    )
    d.t("\n\n" + rng.choice(frames))


def staff(rng: random.Random) -> Person:
    return Person(rng)


def alias_sentence(d: Doc, scammer: Person, stand_in: str = "[NAVN]") -> Doc:
    unit = d.rng.choice(ALIAS_UNITS)
    d.t("udgav sig for at være ")
    d.v("PERSON", scammer.first, stand_in)
    return d.t(f" fra {unit}")


def family(rng: random.Random) -> str:
    return rng.choice(FAMILY)


# ---------------------------------------------------------------------------------------------
# The eight genres
# ---------------------------------------------------------------------------------------------


def refusion_sms(d: Doc) -> None:
    rng = d.rng
    company = rng.choice(COMPANIES)
    kunde, agent, scammer = Person(rng), staff(rng), Person(rng)
    d.t(f"SVINDELDESK – {company}\nSag {case_no(rng)} · oprettet {short_date(rng)} ")
    d.t(f"{clock(rng)} · sagsbehandler ")
    name(d, agent, rng.choice(("full", "initial", "first")), "Rådgiver 1")
    d.t("\n\nKunde: ")
    name(d, kunde, None, "Kunde A")
    d.t(f" ({customer_no(rng)})\nInstallationsadresse: ")
    address(d, rng.choice(("line", "block")))
    d.t("\nTelefon: ")
    phone(d)
    d.t("  E-mail: ")
    email(d, kunde)
    amount = amount_text(rng, 3000)
    d.t(
        f'\n\nKunden fik {short_date(rng)} en SMS fra afsenderen "{company.split()[0]}": '
        f'"Du har {amount} til gode efter årsopgørelsen. Bekræft dit kort på '
        f'refusion-{DOMAINS[company].split(".")[0]}.example.net inden kl. 23.59." '
    )
    d.t("Kunden tastede kortnummer ")
    card(d)
    d.t(", udløb ")
    expiry(d)
    d.t(" og ")
    cvv(d)
    d.t(" ind på siden. Der kom straks en SMS med koden ")
    otp(d)
    d.t(f", som kunden også tastede ind. Kortet blev derefter trukket {amount_text(rng)} i alt.")
    if rng.random() < 0.5:
        d.t("\nEn time senere ringede en mand fra ")
        d.v("PHONE", phone_text(rng), "[TLF]")
        d.t(", der ")
        alias_sentence(d, scammer)
        d.t(" og bad om at få koden igen.")
    if rng.random() < 0.4:
        d.t(f"\nDet var {family(rng)}, der opdagede hævningen i netbanken.")
    d.t(f"\n\n{rng.choice(BANKS)} har spærret kortet ({masked_card(rng)}). ")
    d.t("Kunden er bedt om at anmelde til politiet på 114. Vi refunderer aldrig via SMS-link.")
    if rng.random() < 0.5:
        d.t("\nSvar til kunden sendt til ")
        email(d, kunde)
        d.t(" og kopi til ")
        d.v("EMAIL", staff_email(agent, company), masked_email(rng, agent))
        d.t(".")
    org_site(d, company)


def falsk_montoer(d: Doc) -> None:
    rng = d.rng
    company = rng.choice(COMPANIES)
    beboer, w1, w2, scammer = Person(rng), Person(rng), Person(rng), Person(rng)
    d.t(f"HÆNDELSESRAPPORT – falske montører ved døren\n{company}, driftsvagten\n")
    d.t(f"Dato: {short_date(rng)} {clock(rng)}   Sag {case_no(rng)}\n\nBeboer: ")
    name(d, beboer, None, "Kunde A")
    d.t(", ")
    address(d, "line")
    d.t("\nTlf. ")
    phone(d)
    d.t(
        "\n\nTo mænd i orange veste ringede på og sagde, at fjernvarmemåleren skulle skiftes "
        '"med det samme". Den ene '
    )
    alias_sentence(d, scammer, "Montør X")
    d.t(" og viste et id-kort med vores logo. De kørte i en hvid varevogn med nummerplade ")
    plate(d)
    d.t(".")
    if rng.random() < 0.5:
        d.t(" En anden bil, ")
        plate(d)
        d.t(", holdt ved hjørnet.")
    d.t(
        f" Beboeren fulgte dem ned til måleren ({meter_no(rng)}, aflæst {reading_text(rng)}). "
        f"Bagefter manglede {amount_text(rng, 20000)} og en pung fra entréen. "
    )
    if rng.random() < 0.5:
        d.t("Det var ")
        genitive(d, beboer)
        d.t(f" nabo, der ringede til os bagefter sammen med {family(rng)}.")
    d.t("\n\nVidner:\n1. ")
    name(d, w1, None, "Vidne 1")
    d.t("\n")
    address(d, "block")
    d.t("\ntlf. ")
    phone(d)
    d.t("\n2. ")
    name(d, w2, None, "Vidne 2")
    d.t(", ")
    address(d, rng.choice(("line", "bare")))
    d.t(f"\n\n{family(rng).capitalize()} så varevognen holde ved {rng.choice(STREETS)}, ")
    d.t("lige før den kørte mod motorvejen.")
    d.t(
        f"\nVores egne montører kører i biler med logo, bærer id-kort og melder altid besøg "
        f"med brev først. Tvivl? Ring {org_line(rng)}."
    )
    org_site(d, company, 0.7)


def flytteanmeldelse(d: Doc) -> None:
    rng = d.rng
    company = rng.choice(COMPANIES)
    kunde, ny = Person(rng), Person(rng)
    d.t(f"FLYTTEANMELDELSE – el og fjernvarme\n{company} · {customer_no(rng)}\n\n")
    d.t("Navn (med blokbogstaver): ")
    d.v("PERSON", f"{kunde.first} {kunde.last}".upper(), "[NAVN]")
    d.t("\nCPR-nr.: ")
    cpr(d, kunde)
    d.t("\nFødselsdato: ")
    dob(d, kunde)
    d.t("\nFraflyttet adresse:\n")
    address(d, "block")
    d.t("\nNy adresse: ")
    address(d, rng.choice(("line", "line", "block")))
    d.t(f"\nFlyttedato: {short_date(rng)}\nMåleraflæsning ved fraflytning: {reading_text(rng)} ")
    d.t(f"({meter_no(rng)})\nTlf.: ")
    phone(d)
    d.t("\nE-mail: ")
    email(d, kunde)
    d.t("\nTilgodehavende udbetales til ")
    account(d)
    d.t("\nNy lejer/ejer: ")
    name(d, ny, None, "Kunde B")
    if rng.random() < 0.6:
        d.t(", tlf. ")
        phone(d)
    d.t("\n\nBemærkning fra kundeservice: ")
    d.t(
        rng.choice(
            (
                'Kunden ringede, fordi en SMS bad om kortoplysninger for at "afslutte '
                'flytningen". Den kom ikke fra os.',
                f"Kunden fik en mail om et tilgodehavende på {amount_text(rng)}; linket var falsk.",
                f"Ny lejer har fået besøg af en falsk måleraflæser. Sagen er sendt til "
                f"svindeldesken ({case_no(rng)}).",
                "Flytningen er registreret. Slutopgørelsen sendes til e-Boks.",
            )
        )
    )
    if rng.random() < 0.4:
        d.t(" Svarer kunden ikke, så kontakt ")
        genitive(d, kunde)
        d.t(f" søster – eller {family(rng)}, som står som medejer.")
    org_site(d, company)


def betalingsservice(d: Doc) -> None:
    rng = d.rng
    company = rng.choice(COMPANIES)
    kunde, caller, agent = Person(rng), Person(rng), staff(rng)
    d.t(f"NOTAT – ændret Betalingsservice-aftale\n{company}, debitorteamet · {case_no(rng)}\n\n")
    d.t("Kunde: ")
    name(d, kunde, None, "Kunde A")
    d.t(", f. ")
    dob(d, kunde)
    d.t("\nCPR: ")
    cpr(d, kunde)
    d.t(f" · {customer_no(rng)}\nAdresse: ")
    address(d)
    d.t(f"\n\nDen {short_date(rng)} blev aftalen om fjernvarme flyttet fra kundens ")
    account(d)
    d.t(" til ")
    account(d)
    d.t(' via en blanket, kunden aldrig har set. Kunden oplyser, at en "rådgiver" ringede fra ')
    d.v("PHONE", phone_text(rng), "[TLF]")
    d.t(' og ville "flytte aftalen til den nye forsyning". Han bad om MitID-bruger-ID ')
    mitid(d, kunde)
    d.t(" og koden fra appen, og kunden læste koden ")
    otp(d)
    d.t(" op.")
    d.t(f" Samme dag gik {amount_text(rng, 30000)} til en udenlandsk konto, IBAN ")
    iban(d)
    d.t(".")
    if rng.random() < 0.5:
        d.t(" Pengene blev sendt videre til ")
        iban(d)
        d.t(".")
    d.t("\nOpringeren kaldte sig ")
    name(d, caller, rng.choice(("full", "first", "three")), "[NAVN]")
    d.t(f". {rng.choice(BANKS)} er orienteret.\n\nBehandlet af ")
    name(d, agent, rng.choice(("initial", "full", "surfirst")), "Rådgiver 2")
    d.t(f", {short_date(rng)}.")
    org_site(d, company)


CHAT_LINES_CUSTOMER = (
    "hej jeg har fået en sms om at jeg har penge til gode?",
    "den siger jeg skal trykke på et link og skrive mit kort",
    "der kom også en mand forbi i går og ville se måleren",
    "vi flytter den 1. og skal have flyttet fjernvarmen",
    "jeg har ikke givet dem noget, tror jeg",
    "ok tak for hjælpen",
    "hvordan ved jeg at det er jer der skriver?",
)
CHAT_LINES_AGENT = (
    "Vi sender aldrig links om tilbagebetaling på SMS. Slet beskeden.",
    "Tak, jeg kigger på din konto nu.",
    "Har du givet nogen en kode fra MitID?",
    "Det lyder som svindel. Jeg opretter en sag hos svindeldesken.",
    "Du kan altid ringe til os, hvis du er i tvivl.",
    "Vores montører melder altid besøg med brev først.",
)


def chat(d: Doc) -> None:
    rng = d.rng
    company = rng.choice(COMPANIES)
    kunde, agent, neighbour = Person(rng), staff(rng), Person(rng)
    d.t(f"Chat med kundeservice · {company} · {day(rng).isoformat()}\n")
    speakers = (
        rng.choice(
            (
                f"{kunde.first} {kunde.last}",
                kunde.first,
                kunde.first.lower(),
                f"{kunde.first} {kunde.last}".lower(),
                f"{kunde.first} {kunde.middle} {kunde.last}",
                f"{kunde.first} {kunde.last}-{kunde.other}",
            )
        ),
        rng.choice((agent.first, f"{agent.first} {agent.last}", agent.first)),
    )
    hour, minute = rng.randrange(8, 21), rng.randrange(50)

    def line(is_customer: bool) -> None:
        nonlocal minute
        minute = min(59, minute + rng.randrange(0, 2))
        d.t(f"[{hour:02d}:{minute:02d}] ")
        if is_customer:
            d.v("PERSON", speakers[0], "Kunde A")
        else:
            d.v("PERSON", speakers[1], "Rådgiver 1")
        d.t(": ")

    line(False)
    d.t(f"Hej, du skriver med kundeservice hos {company}. Hvad kan jeg hjælpe med?\n")
    line(True)
    d.t(rng.choice(CHAT_LINES_CUSTOMER) + "\n")
    line(False)
    d.t("Må jeg få dit navn og din adresse, så jeg kan finde dig?\n")
    line(True)
    name(d, kunde, rng.choice(("full", "lower", "three", "surfirst")), "[NAVN]")
    d.t(", ")
    address(d, rng.choice(("line", "bare")))
    d.t("\n")
    line(False)
    d.t(rng.choice(CHAT_LINES_AGENT) + "\n")
    line(True)
    roll = rng.randrange(4)
    if roll == 0:
        d.t("jeg fik en kode på sms: ")
        otp(d)
        d.t(" skal jeg give den til jer?\n")
    elif roll == 1:
        d.t("han ville have mit mitid bruger id, det er ")
        mitid(d, kunde)
        d.t("\n")
    elif roll == 2:
        d.t("jeg skrev mit kort ")
        card(d)
        d.t(" ind, udløb ")
        expiry(d)
        d.t("\n")
    else:
        d.t("min nabo ")
        name(d, neighbour, rng.choice(("first", "lower", "full")), "Kunde B")
        d.t(" fik samme besked i går\n")
    line(False)
    d.t(rng.choice(CHAT_LINES_AGENT) + " Hvilket nummer kan jeg ringe til dig på?\n")
    line(True)
    phone(d)
    d.t(rng.choice(("", " (mobil)", " – efter kl. 16")) + "\n")
    line(False)
    d.t("Og din mail, så du får sagsnummeret?\n")
    line(True)
    email(d, kunde)
    d.t("\n")
    line(False)
    d.t(f"Tak. Sagen har nummer {case_no(rng)}.")
    if rng.random() < 0.55:
        street, town = rng.choice(ORG_SITES)
        d.t(
            f" Du er også velkommen til at komme forbi vores kundecenter på {street}, {town}, "
            "hvis du vil vise os beskeden."
        )
    d.t("\n")
    if rng.random() < 0.6:
        line(True)
        d.t(rng.choice(CHAT_LINES_CUSTOMER) + "\n")
        line(False)
        d.t(rng.choice(CHAT_LINES_AGENT) + "\n")


def mailtraad(d: Doc) -> None:
    rng = d.rng
    company = rng.choice(COMPANIES)
    sender, police, kunde = staff(rng), Person(rng), Person(rng)
    case = case_no(rng)
    d.t("Fra: ")
    name(d, sender, "full", "Rådgiver 1")
    d.t(" <")
    d.v("EMAIL", staff_email(sender, company), masked_email(rng, sender))
    d.t(">\nTil: ")
    d.v("EMAIL", f"{police.ascii_first()}.{police.ascii_last()}@politi.example.dk",
        masked_email(rng, police))  # fmt: skip
    d.t("\nCc: ")
    d.v("EMAIL", f"svindel@{DOMAINS[company]}", f"s***@{DOMAINS[company]}")
    d.t(f"\nEmne: Sag {case} – falsk refusions-SMS, ")
    name(d, kunde, rng.choice(("surfirst", "upper", "full")), "Kunde A")
    d.t(f"\nDato: {day(rng).isoformat()} {clock(rng)[4:]}\n\nHej ")
    name(d, police, "first", "[NAVN]")
    d.t("\n\nSom aftalt sender vi oplysningerne i sagen om ")
    genitive(d, kunde)
    d.t(" tabte penge. Kunden bor på ")
    address(d, rng.choice(("line", "block")))
    d.t(" og kan træffes på ")
    phone(d)
    d.t(".\n\n")
    d.t(f"Beløbet på {amount_text(rng, 40000)} blev overført fra ")
    account(d)
    d.t(" til IBAN ")
    iban(d)
    if rng.random() < 0.5:
        d.t(" og videre til ")
        iban(d)
    d.t(f" hos en udenlandsk bank. {rng.choice(BANKS)} har fået en tilbagekaldelse.\n")
    if rng.random() < 0.5:
        d.t("Svindlerens afsender var ")
        d.v("PHONE", phone_text(rng), masked_phone(rng))
        d.t(" og mailen kom fra ")
        d.v("EMAIL", f"refusion.{rng.randrange(10, 99)}@example.com", "r***@example.com")
        d.t(".\n")
    d.t(
        f"Det lignede vores egne breve næsten helt, men vores {cvr(rng)} manglede i bunden.\n\n"
        "Med venlig hilsen\n"
    )
    name(d, sender, rng.choice(("full", "initial", "first")), "Rådgiver 1")
    d.t(f"\nSvindelteamet, {company}\ntlf. {org_line(rng)}")
    if rng.random() < 0.62:
        street, town = rng.choice(ORG_SITES)
        d.t(f"\n{street}\n{town}")
    d.t("\n\n> Fra: ")
    name(d, police, rng.choice(("full", "upper", "surfirst")), "[NAVN]")
    d.t(f"\n> Kan I sende kontooplysninger og telefonnumre i sag {journal_no(rng)}?")


def telefonnotat(d: Doc) -> None:
    rng = d.rng
    company = rng.choice(COMPANIES)
    kunde, scammer, agent = Person(rng), Person(rng), staff(rng)
    d.t(f"TELEFONNOTAT · {company} · {short_date(rng)} {clock(rng)}\nNoteret af ")
    name(d, agent, rng.choice(("initial", "first", "full")), "Rådgiver 2")
    d.t("\n\nOpkald fra ")
    name(d, kunde, None, "Kunde A")
    d.t(", tlf. ")
    phone(d)
    d.t(f", {customer_no(rng)}.\n\n")
    d.t("Kunden blev i formiddags ringet op fra ")
    d.v("PHONE", phone_text(rng), "[TLF]")
    d.t(" af en mand, der ")
    alias_sentence(d, scammer)
    d.t(
        f" og sagde, at fjernaflæsningen var gået ned. Kunden skulle læse måleren op "
        f"({reading_text(rng)}) og bekræfte sig med MitID. Kunden oplyste sit bruger-ID "
    )
    mitid(d, kunde)
    d.t(" og godkendte et login. Bagefter bad han om koden ")
    otp(d)
    d.t(", som kunden læste op.")
    if rng.random() < 0.65:
        d.t(' Til sidst ville han have et kort til et "gebyr for ny måler": kunden gav ')
        card(d)
        d.t(", ")
        expiry(d)
        d.t(", ")
        cvv(d)
        d.t(".")
    if rng.random() < 0.35:
        d.t(" Han nævnte, at pengene skulle til ")
        iban(d)
        d.t(".")
    if rng.random() < 0.4:
        d.t(f"\n{family(rng).capitalize()} ")
        name(d, Person(rng), rng.choice(("full", "three", "hyphen")), "[NAVN]")
        d.t(" var med i telefonen.")
    d.t(
        f"\n\nRådet: Spær kort, ring til banken og anmeld til politiet (114). "
        f"Fjernaflæsning kræver aldrig MitID. Sag {case_no(rng)}."
    )
    org_site(d, company)


def politianmeldelse(d: Doc) -> None:
    rng = d.rng
    company = rng.choice(COMPANIES)
    anmelder, vidne, scammer = Person(rng), Person(rng), Person(rng)
    d.t(f"ANMELDELSE – bedrageri\nJournalnr. {journal_no(rng)}\nModtaget {short_date(rng)} ")
    d.t(f"{clock(rng)}\n\nAnmelder: ")
    name(d, anmelder, rng.choice(("surfirst", "upper", "full", "three", "hyphen")), "Kunde A")
    d.t(", født ")
    dob(d, anmelder)
    d.t("\nCPR: ")
    cpr(d, anmelder)
    d.t("\nBopæl:\n")
    address(d, rng.choice(("block", "block", "line")))
    d.t("\nTlf.: ")
    phone(d)
    if rng.random() < 0.5:
        d.t("\nE-mail: ")
        email(d, anmelder)
    d.t("\n\nForklaring: Anmelder fik besøg af en mand, der ")
    alias_sentence(d, scammer)
    d.t(f" hos {company}. Han sagde, at varmeregningen var betalt to gange, og at ")
    d.t("pengene kunne refunderes med det samme. Anmelder gav sit kort ")
    card(d)
    d.t(" med udløb ")
    expiry(d)
    if rng.random() < 0.6:
        d.t(" og ")
        cvv(d)
    d.t(f". Der blev hævet {amount_text(rng, 25000)} samme aften.")
    d.t("\nGerningsmanden kørte i en sølvgrå bil, ")
    plate(d)
    d.t(".")
    if rng.random() < 0.5:
        d.t(" Samme bil er set i ")
        genitive(d, vidne, "Vidne 1's")
        d.t(" opkørsel.")
    d.t("\n\nVidne: ")
    name(d, vidne, None, "Vidne 1")
    d.t(", ")
    address(d, rng.choice(("line", "bare")))
    d.t(", tlf. ")
    phone(d)
    d.t(
        f"\n\n{company} oplyser, at de ikke har sendt montører ud i området. Selskabets "
        f"svindeldesk kan kontaktes på {org_line(rng)}."
    )
    org_site(d, company, 0.55)


BUILDERS: dict[str, Callable[[Doc], None]] = {
    "refusion_sms": refusion_sms,
    "falsk_montoer": falsk_montoer,
    "flytteanmeldelse": flytteanmeldelse,
    "betalingsservice": betalingsservice,
    "chat": chat,
    "mailtraad": mailtraad,
    "telefonnotat": telefonnotat,
    "politianmeldelse": politianmeldelse,
}


def generate(seed: int = SEED, size: int = SIZE) -> list[dict]:
    """The set: size documents, NEGATIVES/SIZE of them pseudonymised negatives."""
    rng = random.Random(seed)
    negatives = round(size * NEGATIVES / SIZE)
    plan = [
        (GENRES[i % len(GENRES)], (i // len(GENRES)) % 20 in (0, 3, 6, 9, 12, 15, 17))
        for i in range(size)
    ]
    if sum(neg for _, neg in plan) != negatives:
        flags = [neg for _, neg in plan]
        for i in range(size):
            if sum(flags) == negatives:
                break
            if sum(flags) < negatives and not flags[i]:
                flags[i] = True
            elif sum(flags) > negatives and flags[i]:
                flags[i] = False
        plan = [(genre, flag) for (genre, _), flag in zip(plan, flags, strict=True)]
    rng.shuffle(plan)
    docs, seen = [], set()
    for genre, negative in plan:
        while True:
            doc = Doc(rng, not negative)
            BUILDERS[genre](doc)
            if doc.text not in seen:
                break
        seen.add(doc.text)
        docs.append(
            {
                "id": f"b111-{len(docs):04d}",
                "genre": genre,
                "kind": "negative" if negative else "positive",
                "text": doc.text,
                "spans": doc.spans,
            }
        )
    return docs


def main(argv: list[str]) -> None:
    out = Path(argv[1]) if len(argv) > 1 else Path(__file__).parent / "data/pii_blind111.jsonl"
    with out.open("w", encoding="utf-8") as handle:
        for doc in generate():
            handle.write(json.dumps(doc, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main(sys.argv)
