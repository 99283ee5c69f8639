"""A fourth blind, seeded generator of Danish text with labelled personal data (issue 18).

Written without looking at the recognisers, their word lists or the earlier generators, so
it can serve as a held-out test set. The genres are ones a redactor meets but earlier sets
probably lack: OCR of scanned letters (hyphenated line breaks, stray characters), insurance
claims, tenancy complaints, HR cases, GDPR access requests, partly anonymised decisions,
mixed Danish-English mail, SMS screenshots, hospital letters and municipal letters.

Conventions (exact offsets are scored):
- Values broken by an OCR hyphen across lines are left unlabelled; OCR noise ("l" for "1",
  stray marks) touches only unlabelled text.
- ADDRESS runs from the street name through number, letter, floor and side ("1. tv.", "st."),
  plus ", postcode town" on the same line or the directly following line of an address
  block (newline included). A town without postcode is not part of the span. "c/o" and
  "Postboks" lines are not addresses.
- An organisation's phone and e-mail in a letterhead are labelled by their form; its own
  postal address (a letterhead's, a hospital's) is not personal data and is never labelled
  (pii78: the organisations' address convention; the text is unchanged).
- Placeholders ("klageren A", "[navn]") and names inside organisation names are never
  labelled; a street named after a person is an ADDRESS only with a house number.

``python -m bench.pii_blind3 OUT.jsonl`` writes the set; ``generate()`` returns it.
"""

from __future__ import annotations

import json
import random
import re
import string
import sys
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

SEED = 180_318
SIZE = 2000
NEGATIVE_SHARE = 0.35


def _words(text: str, sep: str | None = None) -> list[str]:
    return [w.strip() for w in text.split(sep)]


MALE = _words("""
Peter Michael Lars Thomas Jens Henrik Søren Christian Niels Anders Morten Jesper Jan Mads
Rasmus Per Hans Mikkel Kim Ole Frederik Jørgen Johannes Kasper Nikolaj Carsten Torben Erik
Jakob Poul Simon Kristian Bent Allan Brian Finn Emil Lasse Jonas Steen Tobias Bo Claus Flemming
Mathias Daniel Benjamin Kurt Knud Karsten Jacob Alexander Oliver William Noah Lucas Victor
Magnus Oscar Malthe Elias Aksel Carl Valdemar Felix Sebastian Anton August Theo Arthur Alfred
Villads Gustav Sigurd Storm Bjarne Preben Leif Svend Arne Kaj Palle Ib Tage Helge Ejnar Vagn
Aage Holger Gunnar Dennis René Jimmy Kenneth Ronni Tommy Jørn Keld Mogens Uffe Troels Esben
Asger Bjørn Rune Kristoffer Philip Sune Ulrik Jannik Frank Henning Birger Villy Mohammad Ali
Ahmad Hassan Omar Yusuf Mehmet Piotr Tomasz Mustafa Ibrahim Adam Marcus Silas Laurits Hjalte
Bertram Johan Anker Otto Erling Egon Verner Viggo Ejvind Kristen Aske Jeppe Thorbjørn
""")
FEMALE = _words("""
Anne Kirsten Mette Hanne Helle Anna Susanne Lene Maria Marianne Lone Camilla Pia Louise
Charlotte Tina Gitte Bente Inge Karen Jette Birgitte Ida Julie Emma Sofie Laura Freja Clara
Alma Ella Karla Josefine Agnes Ellen Frida Asta Olivia Nora Alberte Isabella Mathilde Cecilie
Maja Signe Line Nanna Trine Rikke Christina Stine Malene Heidi Dorthe Lisbeth Grethe Ingrid
Else Ruth Birthe Jytte Winnie Merete Annette Tove Lis Vibeke Ulla Ane Katrine Sara Emilie
Amalie Caroline Mille Sofia Liv Vigga Esther Lærke Astrid Marie Maiken Tanja Sanne Janni Dorte
Connie Ditte Sidsel Kamilla Mia Nadia Fatima Aisha Leyla Ayse Agnieszka Katarzyna Zeynep Hiba
Yasmin Margrethe Inger Hanna Bodil Edith Gudrun Solveig Ragnhild Kirstine Johanne Petrea Sigrid
Gry Mona Helene Britt Bettina Henriette Lykke Rebekka Silje Thea Aya Filippa Johanne Malou
Villa Ronja Sille Naja Vilma Dagmar Evelyn Anja Randi Tenna Jannie
""")
SURNAMES = _words("""
Nielsen Jensen Hansen Pedersen Andersen Christensen Larsen Sørensen Rasmussen Jørgensen
Petersen Madsen Kristensen Olsen Thomsen Christiansen Poulsen Johansen Møller Mortensen Knudsen
Jakobsen Jacobsen Mikkelsen Olesen Frederiksen Laursen Henriksen Lund Schmidt Eriksen Holm
Kristiansen Clausen Simonsen Svendsen Andreasen Iversen Jeppesen Vestergaard Mogensen Nissen
Lauridsen Kjær Jespersen Carlsen Søndergaard Mathiasen Dahl Østergaard Berg Thygesen Lassen
Kjeldsen Kristoffersen Bach Nørgaard Karlsen Friis Damgaard Bak Nygaard Dam Andresen Gregersen
Bertelsen Toft Riis Winther Danielsen Juhl Koch Bech Enevoldsen Lindberg Ravn Hougaard
Lorentzen Overgaard Brandt Bruun Eskildsen Steffensen Schou Kjærgaard Boesen Villadsen Ibsen
Bang Frandsen Skov Krogh Bundgaard Holst Kirkegaard Sommer Bonde Mouritsen Jepsen Hedegaard
Munk Lindholm Krag Fischer Dalgaard Nøhr Vinther Lykke Birk Rask Buch Hvid Mølgaard Hjorth
Stougaard Abildgaard Borup Bisgaard Gade Frost Hald Ladefoged Bjerre Høj Aagaard Jessen Leth
Lauritsen Beck Nordentoft Holmgaard Kofoed Ahmed Ali Hussein Khan Yilmaz Kaya Nowak Kowalski
Nguyen Ibrahim Hassan Mohamed Demir Öztürk Wiśniewski Mathiesen Thorsen Bundesen Ebbesen Fog
Gram Grønbæk Hauge Hviid Kragh Kjeldgaard Lindgaard Lund-Hansen Bech-Jensen Holm-Nielsen Mørch
Nørskov Pallesen Pilgaard Qvist Rosenkilde Rytter Schultz Skovgaard Stampe Storgaard Sloth
Thomasen Tranberg Ulriksen Vad Valentin Vestergård Wagner Wulff Østergård Aaberg Agerskov
Baunsgaard Bendtsen Bjerregaard Blom Brix Bugge Busk Christoffersen Degn Dinesen Duus Egholm
Eliasen Elkjær Fabricius Feldt Folmer Frydendal Gjerløv Glud Graversen Hammer Harbo Hedegård
Helms Hermansen Hjort Houmann Husted Jakobsen-Ravn Juul Kamp Kirk
""")
FOREIGN_FIRST = _words("""
John Emily Sarah James Katarzyna Piotr Marco Giulia Sabine Pierre Sophie Raj Priya Sven Lukas
Ana João Hannah Matthew Chloe Wojciech Elena Stefan Claire
""")
FOREIGN_LAST = _words("""
Smith Müller Kowalski Rossi Dubois Patel Andersson Lindqvist Schneider O'Brien García Novak
Brown Wilson Becker Moreau Santos Bianchi Murphy Weber
""")

STREET_LIST = [
    *_words("""
Vestergade Nørregade Østergade Søndergade Algade Torvegade Kirkevej Skolevej Møllevej
Stationsvej Engvej Bakkevej Skovvej Birkevej Egevej Bøgevej Lindevej Ahornvej Kastanievej
Rosenvej Violvej Tulipanvej Fasanvej Vibevej Lærkevej Strandvejen Hovedgaden Jernbanegade
Havnegade Storegade Bredgade Vesterbrogade Nørrebrogade Amagerbrogade Jagtvej Tietgensgade
Ryesgade Åboulevarden Silkeborgvej Randersvej Viborgvej Vejlevej Horsensvej Holstebrovej
Odensevej Svendborgvej Roskildevej Køgevej Slagelsevej Hillerødvej Lyngbyvej Kongevejen
Dronningensgade Prinsensgade Kongensgade Klostergade Brogade Åvej Toftevej Agerhønevej
Mejerivej Smedevej Industrivej Fabriksvej Marievej Tværgade Parkvej Parkallé Nyvej Solvej
Grønnegade Fiskergade Skippergade Sølvgade Valdemarsgade Istedgade Blegdamsvej Ravnsborggade
Rolighedsvej Tordenskjoldsgade
"""),
    "Falkoner Allé",
    "Frederiksberg Allé",
    "Gammel Kongevej",
    "Niels Juels Gade",
    "H.C. Andersens Boulevard",
    "Sankt Hans Gade",
    "Sankt Knuds Vej",
    "Gl. Landevej",
    "Ved Stranden",
    "Ved Søen",
    "Store Kongensgade",
    "Palle Juul-Jensens Boulevard",
    "Frederiks Allé",
    "Christian IX's Gade",
    "Lille Torv",
    "Ny Munkegade",
    "Blichers Allé",
    "Kaj Munks Vej",
    "Grundtvigs Vej",
]
POSTTOWNS = """1050 København K|1620 København V|2100 København Ø|2200 København N|2300 København S
|2400 København NV|2450 København SV|2500 Valby|2600 Glostrup|2700 Brønshøj|2720 Vanløse
|2800 Kongens Lyngby|2900 Hellerup|2920 Charlottenlund|3000 Helsingør|3400 Hillerød|3650 Ølstykke
|4000 Roskilde|4600 Køge|4700 Næstved|4800 Nykøbing F|5000 Odense C|5200 Odense V|5700 Svendborg
|6000 Kolding|6100 Haderslev|6200 Aabenraa|6400 Sønderborg|6700 Esbjerg|7100 Vejle|7400 Herning
|7500 Holstebro|7800 Skive|8000 Aarhus C|8200 Aarhus N|8210 Aarhus V|8600 Silkeborg|8700 Horsens
|8800 Viborg|8900 Randers C|9000 Aalborg|9200 Aalborg SV|9800 Hjørring|9900 Frederikshavn
|3700 Rønne|2000 Frederiksberg|2630 Taastrup|2750 Ballerup|4200 Slagelse|5500 Middelfart
|7000 Fredericia|8300 Odder|9500 Hobro""".replace("\n", "")
POST_LIST = [p.strip() for p in POSTTOWNS.split("|")]
RURAL = [
    ("Vester Nebel", "6040 Egtved"),
    ("Tirstrup", "8400 Ebeltoft"),
    ("Vrads", "8654 Bryrup"),
    ("Lindved", "7100 Vejle"),
    ("Over Jerstal", "6500 Vojens"),
    ("Nørre Snede", "8766 Nørre Snede"),
    ("Stubbekøbing Overdrev", "4850 Stubbekøbing"),
    ("Ulfborg Kirkeby", "6990 Ulfborg"),
]
TOWNS_NO_POST = _words("""
Ølstykke Hvidovre Gentofte Skanderborg Ry Kalundborg Nakskov Lemvig Tønder
""")
FLOORS_DOT = ["1. tv.", "1.tv.", "2. th.", "st.", "st. tv.", "3. mf.", "kl.", "4. th.", "2.tv."]
FLOORS_BARE = ["1. th", "2. tv", "st. th", "3. tv", "1 tv", "st"]

# Organisations whose names carry a person's name: never PERSON.
NAMED_ORGS = _words(
    "Jensens Bøfhus|Hans Christian Andersen Airport|Niels Bohr Institutet|Carlsberg|"
    "Tycho Brahe Planetarium|Karen Blixen Museet|H.C. Ørsted Værket|Georg Jensen|"
    "Ole Lynggaard Copenhagen|Rigshospitalet|Mærsk Mc-Kinney Møller Instituttet|"
    "Thorvaldsens Museum",
    "|",
)
# Street names used as places without a number: never ADDRESS.
PLACES = [
    "Strøget",
    "Vesterbrogade",
    "Nørrebrogade",
    "Jagtvej",
    "Strandvejen",
    "Åboulevarden",
    "H.C. Andersens Boulevard",
    "Kongens Nytorv",
    "Rådhuspladsen",
    "Istedgade",
]
ORG_NAMES = _words(
    "Boligforeningen Lindegården|Andelsboligforeningen Solgården|Nordlys Forsikring A/S|"
    "Dansk Hjem Forsikring|Borgerservice|Kommunens Ydelsescenter|Byggefirmaet Holmegaard ApS|"
    "Tandlægerne i Centrum|Regionshospitalet Nordvest|Ankenævnet for Boligsager",
    "|",
)
EMAIL_DOMAINS = ["example.dk", "example.com", "example.org"]
# Published test card numbers (Luhn-valid), grouped as card issuers print them.
TEST_CARDS = [
    "4111 1111 1111 1111",
    "4111111111111111",
    "5555 5555 5555 4444",
    "4012 8888 8888 1881",
    "5105 1051 0510 5100",
    "4242 4242 4242 4242",
    "3782 822463 10005",
    "6011 1111 1111 1117",
    "5200 8282 8282 8210",
    "4000 0566 5566 5556",
    "5454545454545454",
]
MONTHS = "januar februar marts april maj juni juli august september oktober november december"
MONTH_DA = MONTHS.split()
MONTH_EN = "January February March April May June July August September October November December"
MONTH_EN_LIST = MONTH_EN.split()
OCR_STRAY = ["'", "·", "¦", "~", ",", "`"]

# Shapes of values as written; "{...}" fields come from the parts each maker passes.
DOB_SHAPES = [
    "{d:02d}.{m:02d}.{y}",
    "{d}. {mda} {y}",
    "{d}/{m}-{y}",
    "{d:02d}-{m:02d}-{y}",
    "{d:02d}.{m:02d}.{yy:02d}",
]
DOB_SHAPES_EN = ["{d} {men} {y}", "{d:02d}/{m:02d}/{y}", "{y}-{m:02d}-{d:02d}"]
DK_PHONE_SHAPES = [
    "{n[0]}{n[1]} {n[2]}{n[3]} {n[4]}{n[5]} {n[6]}{n[7]}",
    "{n}",
    "{n[0]}{n[1]}{n[2]}{n[3]} {n[4]}{n[5]}{n[6]}{n[7]}",
    "{n[0]}{n[1]}{n[2]} {n[3]}{n[4]} {n[5]}{n[6]}{n[7]}",
    "{n[0]}{n[1]}-{n[2]}{n[3]}-{n[4]}{n[5]}-{n[6]}{n[7]}",
]
FOREIGN_PHONE_SHAPES = [
    "+46 70 {n[0]}{n[1]}{n[2]} {n[3]}{n[4]} {n[5]}{n[6]}",
    "+49 151 {n}",
    "+44 7700 900{n[0]}{n[1]}{n[2]}",
    "+47 4{n[0]}{n[1]} {n[2]}{n[3]} {n[4]}{n[5]}{n[6]}",
    "+48 5{n[0]}{n[1]} {n[2]}{n[3]}{n[4]} {n[5]}{n[6]}{n[7]}",
    "+1 555 01{n[0]}{n[1]}",
    "+31 6 {n}",
]
MAIL_LOCALS = ["{f}.{s}", "{f}{s[0]}", "{f[0]}{f[1]}{s[0]}{s[1]}", "{f}{k}", "{f}_{s}", "{s}.{f}"]
MITID_SHAPES = ["{f}.{s[0]}{k}", "{f}{s}{y}", "{F}{S}{k}", "{s}_{f[0]}"]
PLATE_SHAPES = ["{a} {n[0]}{n[1]} {n[2]}{n[3]}{n[4]}", "{a}{n}", "{a} {n}"]
EXPIRY_SHAPES = ["{m:02d}/{y}", "{m:02d}/20{y}", "{m:02d}-{y}"]
DATE_SHAPES = ["{d:02d}.{m:02d}.{y}", "{d}. {mda} {y}", "{d:02d}-{m:02d}-{y}"]
POLICY_SHAPES = ["{a}-{b}-{c}", "{a}{b}{c}", "{a} {b} {c}"]
AMOUNT_SHAPES = ["{dot},00 kr", "kr. {dot}", "{kr} kr", "DKK {dot}"]
CASE_SHAPES = ["{yy}/{n:05d}", "{y}-{n}-{k}", "SAG-{big}"]
CASE_PARTS = {
    "yy": (20, 26),
    "n": (1000, 99999),
    "y": (2022, 2026),
    "k": (10, 99),
    "big": (100000, 999999),
}


def digits(rng: random.Random, count: int) -> str:
    return "".join(str(rng.randrange(10)) for _ in range(count))


def shaped(rng: random.Random, shapes: list[str], **parts: object) -> str:
    return rng.choice(shapes).format(**parts)


@dataclass(frozen=True)
class Pii:
    """A value to label: its type and its text exactly as written."""

    kind: str
    text: str


class Doc:
    """Builds one text and its spans. Fields a call leaves out are filled from FILLERS by
    their name without trailing digits ("dt2" -> "dt"); OCR noise touches only unlabelled
    text."""

    def __init__(self, rng: random.Random, ocr: bool = False):
        self.rng = rng
        self.parts: list[str] = []
        self.spans: list[dict] = []
        self.size = 0
        self.noise = ocr_noise(rng) if ocr else None

    def add(self, template: str, **values: str | Pii) -> Doc:
        for literal, field, _, _ in string.Formatter().parse(template):
            self._put(literal, plain=True)
            if field is None:
                continue
            value = values.get(field) or self._filler(field)
            if isinstance(value, Pii):
                start = self.size
                self._put(value.text, plain=False)
                if value.kind != ORGANISATION_ADDRESS:
                    self.spans.append({"type": value.kind, "start": start, "end": self.size})
            else:
                self._put(value, plain=True)
        return self

    def _filler(self, field: str) -> str:
        make = FILLERS.get(field) or FILLERS[field.rstrip("0123456789")]
        return make(self.rng)

    def _put(self, text: str, plain: bool) -> None:
        if plain and self.noise:
            text = self.noise(text)
        self.parts.append(text)
        self.size += len(text)

    def item(self) -> dict:
        kind = "positive" if self.spans else "negative"
        return {"text": "".join(self.parts), "spans": self.spans, "kind": kind}


# --- identifiers -------------------------------------------------------------------------


def _ascii(text: str) -> str:
    """Mail-safe spelling: æ ø å as ae oe aa, other accents dropped."""
    folded = text.lower().replace("æ", "ae").replace("ø", "oe").replace("å", "aa")
    plain = unicodedata.normalize("NFKD", folded).encode("ascii", "ignore").decode()
    return "".join(c for c in plain if c.isalnum() or c in ".-")


def century_digit(rng: random.Random, born: date) -> int:
    """A 7th CPR digit whose century rule gives back the birth year (born 1900-2057)."""
    yy = born.year % 100
    if born.year < 2000:
        return rng.choice([0, 1, 2, 3] + ([4, 9] if yy >= 37 else []))
    return rng.choice(([4, 9] if yy <= 36 else []) + [5, 6, 7, 8])


def birth_date(rng: random.Random) -> date:
    """Adults and teenagers: born 1928-2009."""
    first = date(1928, 1, 1)
    return first + timedelta(days=rng.randrange((date(2009, 12, 31) - first).days))


def cpr(rng: random.Random, born: date) -> str:
    sep = rng.choices(["-", "", " "], weights=[7, 2, 1])[0]
    return f"{born:%d%m%y}{sep}{century_digit(rng, born)}{digits(rng, 3)}"


def date_parts(day: date) -> dict:
    return {
        "d": day.day,
        "m": day.month,
        "y": day.year,
        "yy": day.year % 100,
        "mda": MONTH_DA[day.month - 1],
        "men": MONTH_EN_LIST[day.month - 1],
    }


def dob_text(rng: random.Random, born: date, english: bool = False) -> str:
    return shaped(rng, DOB_SHAPES_EN if english else DOB_SHAPES, **date_parts(born))


def dk_phone(rng: random.Random, prefix: bool | None = None) -> str:
    body = shaped(rng, DK_PHONE_SHAPES, n=str(rng.randrange(2, 10)) + digits(rng, 7))
    if prefix is None:
        prefix = rng.random() < 0.3
    return rng.choice(["+45 ", "+45", "0045 "]) + body if prefix else body


def foreign_phone(rng: random.Random) -> str:
    return shaped(rng, FOREIGN_PHONE_SHAPES, n=digits(rng, 8))


def email(rng: random.Random, first: str, last: str) -> str:
    local = shaped(rng, MAIL_LOCALS, f=_ascii(first), s=_ascii(last), k=rng.randrange(60, 99))
    return f"{local}@{rng.choice(EMAIL_DOMAINS)}"


def mod97(text: str) -> int:
    """Remainder of the IBAN number read digit by digit, letters counting 10-35."""
    rest = 0
    for c in text:
        rest = (rest * (100 if c.isalpha() else 10) + int(c, 36)) % 97
    return rest


def iban(rng: random.Random, country: str = "DK") -> str:
    """A mod-97-valid IBAN; half are printed in groups of four."""
    length = {"DK": 14, "DE": 18, "NO": 11, "SE": 20, "FI": 14}.get(country)
    bban = digits(rng, length) if length else "ABNA" + digits(rng, 10)
    value = f"{country}{98 - mod97(bban + country + '00'):02d}{bban}"
    return re.sub(r"(.{4})(?=.)", r"\1 ", value) if rng.random() < 0.5 else value


def bank_account(rng: random.Random) -> str:
    return f"{rng.randrange(1000, 9999)}{rng.choice('- ')}{digits(rng, rng.choice([10, 10, 8, 7]))}"


def plate(rng: random.Random) -> str:
    letters = "ABCDEFHJKLMNOPRSTUVXYZ"
    a = rng.choice(letters) + rng.choice(letters)
    return shaped(rng, PLATE_SHAPES, a=a, n=str(rng.randrange(10, 100)) + digits(rng, 3))


def otp(rng: random.Random) -> str:
    return digits(rng, rng.choice([6, 6, 6, 4, 8]))


def mitid_user(rng: random.Random, first: str, last: str) -> str:
    f, s = _ascii(first).replace("-", ""), _ascii(last).replace("-", "")
    return shaped(
        rng,
        MITID_SHAPES,
        f=f,
        s=s,
        F=f[:3].upper(),
        S=s[:3].upper(),
        k=rng.randrange(10, 99),
        y=rng.randrange(1950, 2005),
    )


def expiry(rng: random.Random) -> str:
    return shaped(rng, EXPIRY_SHAPES, m=rng.randrange(1, 13), y=rng.randrange(26, 33))


# --- people and addresses ----------------------------------------------------------------


@dataclass
class Person:
    first: str
    name: str
    last: str
    born: date


def person(rng: random.Random, foreign: bool = False) -> Person:
    if foreign:
        first, last = rng.choice(FOREIGN_FIRST), rng.choice(FOREIGN_LAST)
        return Person(first, f"{first} {last}", last, birth_date(rng))
    first = rng.choice(MALE if rng.random() < 0.5 else FEMALE)
    last = rng.choice(SURNAMES)
    if rng.random() < 0.28:  # a middle name, often a second surname
        name = f"{first} {rng.choice(SURNAMES + MALE[:20] + FEMALE[:20])} {last}"
    else:
        name = f"{first} {last}"
    return Person(first, name, last, birth_date(rng))


def house(rng: random.Random) -> str:
    n = str(rng.randrange(1, rng.choice([40, 200])))
    r = rng.random()
    if r < 0.15:
        return n + rng.choice("ABCD")
    if r < 0.22:
        return f"{n} {rng.choice('ABC')}"
    return n


def address(rng: random.Random, style: str | None = None) -> str:
    """One address as written; "block" puts the postcode line under the street line."""
    street = f"{rng.choice(STREET_LIST)} {house(rng)}"
    style = style or rng.choice(["street", "floor", "post", "floorpost", "rural", "block"])
    if style == "street":
        return street
    if style == "floor":
        return street + rng.choice([" ", ", "]) + rng.choice(FLOORS_DOT)
    if style == "rural":
        locality, post = rng.choice(RURAL)
        return f"{street}, {locality}, {post}"
    floor = ""
    if rng.random() < 0.5:
        floor = rng.choice([" ", ", "]) + rng.choice(FLOORS_DOT + FLOORS_BARE)
    return f"{street}{floor}{chr(10) if style == 'block' else ', '}{rng.choice(POST_LIST)}"


def hyphen_break(rng: random.Random) -> str:
    """A one-word street name split by an OCR line-end hyphen (left unlabelled)."""
    word = rng.choice([s for s in STREET_LIST if " " not in s])
    cut = rng.randrange(3, max(4, len(word) - 2))
    return f"{word[:cut]}-\n{word[cut:]}"


def ocr_noise(rng: random.Random) -> Callable[[str], str]:
    swaps = {"1": ("l", 0.4), "0": ("O", 0.2), "m": ("rn", 0.05)}

    def noisy(text: str) -> str:
        out = []
        for i, c in enumerate(text):
            swap, chance = swaps.get(c, (c, 0))
            out.append(swap if rng.random() < chance else c)
            if c == "\n" and i + 1 < len(text) and rng.random() < 0.15:
                out.append(rng.choice(OCR_STRAY) + " ")
        return "".join(out)

    return noisy


# --- look-alikes that are not personal data ------------------------------------------------


def some_date(rng: random.Random) -> str:
    return shaped(rng, DATE_SHAPES, **date_parts(date(2025, 1, 1) + timedelta(rng.randrange(365))))


def numbered(rng: random.Random, shapes: list[str], parts: dict[str, tuple[int, int]]) -> str:
    return shaped(rng, shapes, **{name: rng.randrange(*span) for name, span in parts.items()})


def case_number(rng: random.Random) -> str:
    return numbered(rng, CASE_SHAPES, CASE_PARTS)


def policy_number(rng: random.Random) -> str:
    return numbered(rng, POLICY_SHAPES, {"a": (10, 99), "b": (100, 999), "c": (100, 999)})


def amount(rng: random.Random) -> str:
    kr = rng.randrange(150, 90000)
    return shaped(rng, AMOUNT_SHAPES, kr=kr, dot=f"{kr:,}".replace(",", "."))


def grouped8(rng: random.Random) -> str:
    return shaped(rng, DK_PHONE_SHAPES[:1], n=digits(rng, 8))


# Labelled look-alikes: phone-shaped order and CVR numbers, masks, case and policy numbers.
HARD_NUMBERS = [
    "Policenummer {pol}",
    "CVR-nr. {g8}",
    "CVR {n8}",
    "SE-nr. {n8}",
    "P-nummer 10{n8}",
    "EAN-nr. 5798{n9}",
    "Ordrenr. {g8}",
    "Kundenummer {n8}",
    "J.nr. {cn}",
    "Fakturanr. {n6}",
    "Kort: **** **** **** {n4}",
    "CPR-nr.: {n4}{n2}-XXXX",
    "Konto: ****{n4}",
    "Skadenummer SK-2025-{n6}",
    "Track & trace 00370{n9}{n6}",
    "Beløb {am}",
    "Sagsnr. {cn}",
]


def partial_digits(count: int) -> Callable[[random.Random], str]:
    return lambda rng: digits(rng, count)


def hard_numbers(rng: random.Random) -> str:
    return Doc(rng).add(rng.choice(HARD_NUMBERS)).item()["text"]


KOMMUNER = [
    "Aarhus Kommune",
    "Vejle Kommune",
    "Odense Kommune",
    "Aalborg Kommune",
    "Køge Kommune",
    "Herning Kommune",
    "Frederiksberg Kommune",
    "Egedal Kommune",
]
HOSPITALS = [
    "Aarhus Universitetshospital",
    "Regionshospitalet Gødstrup",
    "Hvidovre Hospital",
    "Odense Universitetshospital",
    "Sjællands Universitetshospital",
    "Sygehus Lillebælt",
    "Aalborg Universitetshospital",
]
DEPARTMENTS = [
    "Ortopædkirurgisk Ambulatorium",
    "Hjertemedicinsk Afdeling",
    "Øre-, Næse- og Halsafdelingen",
    "Røntgen og Skanning",
]
EXAMS = ["ambulant undersøgelse", "MR-skanning", "forundersøgelse", "kontrol"]
BENEFITS = [
    "boligstøtte",
    "enkeltydelse",
    "hjælpemidler",
    "friplads i daginstitution",
    "ledighedsydelse",
]
CARS = [
    "grå Skoda Octavia",
    "hvid Toyota Yaris",
    "sort VW Golf",
    "rød Peugeot 208",
    "blå Tesla Model 3",
    "sølvfarvet Ford Focus",
    "hvid Citroën Berlingo varevogn",
]
BOARDS = [
    "Ankenævnet for Boligsager",
    "Ankenævnet for Forsikring",
    "Huslejenævnet",
    "Byretten",
    "Ankestyrelsen",
]

FILLERS: dict[str, Callable[[random.Random], str]] = {
    "dt": some_date,
    "am": amount,
    "hn": hard_numbers,
    "cn": case_number,
    "pol": policy_number,
    "org": lambda rng: rng.choice(NAMED_ORGS),
    "place": lambda rng: rng.choice(PLACES),
    "street": lambda rng: rng.choice(STREET_LIST),
    "broken": hyphen_break,
    "n": lambda rng: str(rng.randrange(2, 40)),
    "ts": lambda rng: sms_time(rng),
    "kommune": lambda rng: rng.choice(KOMMUNER),
    "hospital": lambda rng: rng.choice(HOSPITALS),
    "benefit": lambda rng: rng.choice(BENEFITS),
    "exam": lambda rng: rng.choice(EXAMS),
    "myorg": lambda rng: rng.choice(ORG_NAMES),
    "no": house,
    "post": lambda rng: rng.choice(POST_LIST),
}
# "n8" etc.: that many random digits.
FILLERS.update({f"n{k}": partial_digits(k) for k in (2, 4, 6, 8, 9)})
FILLERS["g8"] = grouped8


# --- genres ------------------------------------------------------------------------------

# Negatives: the same genres written with look-alikes only. (ocr, template)
NEGATIVES = [
    (
        True,
        "{kommune}\n\nBLANKET {n}\n\nNavn: ______________________\nCPR-nr.: ______-____\n"
        "Adresse: ____________________________\n\n{hn}\nDato: {dt}\n\nBemærk: Formularen sendes "
        "til vores kontor på {broken} senest {dt2}. Spørgsmål om {org} rettes til sekretariatet."
        "\nSide 1 af 2",
    ),
    (
        True,
        "{myorg}\nPostboks {n}{n2}\n{post}\n\nKære beboer\n\nVi har modtaget din henvendelse "
        "af {dt} om {broken}. {hn}. Sagen er afsluttet.\n\nMed venlig hilsen\nSekretariatet",
    ),
    (
        False,
        "Notat – skade\n{hn}\nPolicenummer {pol}\nAnmeldt {dt}. Taksator besigtiger {dt2}. "
        "Skaden skete på parkeringspladsen ved {org} på {place}. Erstatning {am}, selvrisiko "
        "{am2}. Ordrenr. hos værkstedet {g8}. Sagen afsluttes.",
    ),
    (
        False,
        "Til alle beboere i afdeling {n}\n\nVandet lukkes i opgang {n}-{n3} mandag fra "
        "kl. 8 til 14. Vaskeriet under opgang {n5} er lukket. Afdelingsmødet holdes i "
        "fælleshuset på {street}. Henvendelser til {myorg}, Postboks {n7}{n2}. Husleje {am}.\n{hn}",
    ),
    (
        False,
        "Personalehåndbog, afsnit {n}\n\nLøn udbetales den sidste bankdag i måneden til den "
        "lønkonto, du har oplyst i medarbejderportalen. Løntrin {n2}, {am} pr. måned. "
        "Sygemelding sker til nærmeste leder inden kl. 8. Julefrokosten holdes hos {org}. {hn}.",
    ),
    (
        False,
        "Indsigt i dine oplysninger\n\nDu har ret til indsigt efter databeskyttelses"
        "forordningens artikel 15. Vi behandler typisk navn, adresse, CPR-nummer, telefonnummer og "
        "e-mail. Skriv via formularen på example.dk/dpo og angiv sagsnummer {cn}. {hn}.",
    ),
    (
        False,
        "{myorg}\nAfgørelse af {dt}\nSagsnr. {cn}\n\nKlager: A\n\nKlageren A lejede fra {dt2} "
        "lejligheden [adresse]. A og dennes ægtefælle B klagede over [navn]s opsigelse. Kravet "
        "udgør {am}. Nævnet finder, at [navn] ikke har godtgjort kravet. {hn}.",
    ),
    (
        False,
        "Hi all,\n\nThe workshop at {org} is moved to Thursday 10:00. Vi mødes i lobbyen "
        "ved {place}. Please bring your laptop – invoice no. {n6} has been paid ({am}).\n\n"
        "Best / Mvh\nThe events team",
    ),
    (
        True,
        "< PostNord\n{ts}\nDin pakke {n9}{n6} er klar i pakkeshoppen på {place}. Afhentes "
        "senest {dt}.\n{ts2}",
    ),
    (
        False,
        "< Netbank\n{ts}\nDin konto er midlertidigt spærret. Bekræft dine oplysninger på "
        "https://netbank-sikker.example.com inden kl. 18.\n{ts2}",
    ),
    (
        False,
        "{hospital}\n\nSådan forbereder du dig til {exam}\n\nDu skal faste fra kl. 24 aftenen "
        "før. Parkering ved indgang {n} fra {place}. Afdelingen ligger over for {org}. {hn}.",
    ),
    (
        False,
        "{kommune}\n\nBorgerservice holder lukket {dt} på grund af flytning til {place}. "
        "Ansøgning om {benefit} kan ske digitalt. {hn}. Betaling af {am} sker til din NemKonto.",
    ),
]


def negative(rng: random.Random) -> Doc:
    ocr, template = rng.choice(NEGATIVES)
    return Doc(rng, ocr).add(template)


def addr(rng: random.Random, *styles: str) -> Pii:
    return Pii("ADDRESS", address(rng, rng.choice(styles) if styles else None))


# pii78: an organisation's own postal address, written as a value is (no OCR noise) but
# never labelled: not personal data (GDPR art. 4(1) covers natural persons).
ORGANISATION_ADDRESS = "ORGANISATION_ADDRESS"


def org_addr(rng: random.Random, *styles: str) -> Pii:
    return Pii(ORGANISATION_ADDRESS, addr(rng, *styles).text)


def inline_addr(rng: random.Random) -> Pii:
    """An address that can stand inside a sentence (no line break)."""
    return addr(rng, "street", "floor", "post", "floorpost", "rural")


def letterhead(d: Doc, org: str) -> None:
    rng = d.rng
    if rng.random() < 0.25:  # a PO box is not an address
        d.add("{org}\nPostboks {n}{n2}\n{post}\n", org=org)
    else:
        d.add("{org}\n{a}\n", org=org, a=org_addr(rng, "block"))
    d.add("Tlf. {t}", t=Pii("PHONE", dk_phone(rng)))
    if rng.random() < 0.6:
        box = rng.choice(["post", "kontakt", "info", "sekretariat"])
        d.add(" · {e}", e=Pii("EMAIL", f"{box}@{rng.choice(EMAIL_DOMAINS)}"))
    d.add("\n\n")


def recipient(d: Doc, p: Person) -> None:
    if d.rng.random() < 0.15:
        d.add("{n}\nc/o {c}\n", n=Pii("PERSON", p.name), c=Pii("PERSON", person(d.rng).name))
    else:
        d.add("{n}\n", n=Pii("PERSON", p.name))
    d.add("{a}\n\n", a=addr(d.rng, "block"))


def some_fields(d: Doc, rows: list[tuple[str, Pii]], least: int, most: int) -> None:
    for template, value in d.rng.sample(rows, d.rng.randrange(least, most + 1)):
        d.add(template, v=value)


def card(d: Doc, template: str) -> None:
    """A test card number with expiry and CVC (four digits on Amex), as a customer writes them."""
    number = d.rng.choice(TEST_CARDS)
    cvc = digits(d.rng, 4 if number.startswith("37") else 3)
    d.add(
        template, c=Pii("CARD", number), e=Pii("CARD_EXPIRY", expiry(d.rng)), v=Pii("CARD_CVV", cvc)
    )


def g_ocr_letter(rng: random.Random) -> Doc:
    d, p = Doc(rng, ocr=True), person(rng)
    letterhead(d, rng.choice(ORG_NAMES + KOMMUNER))
    recipient(d, p)
    d.add(
        "Dato: {dt}\nJ.nr.: {cn}\n\nKære {f}\n\nVi har modtaget dit brev af {dt2} om forholdene "
        "på {broken} {no}. Vi skal bede dig indsende dokumentationen inden 14 dage.\n",
        f=Pii("PERSON", p.first),
    )
    some_fields(
        d,
        [
            ("Vi har noteret dit CPR-nr. {v}\n", Pii("CPR", cpr(rng, p.born))),
            ("Vi ringer dig op på {v}\n", Pii("PHONE", dk_phone(rng))),
            (
                "Beløbet udbetales til reg.nr. og kontonr. {v}\n",
                Pii("BANK_ACCOUNT", bank_account(rng)),
            ),
        ],
        0,
        2,
    )
    d.add("\nMed venlig hilsen\n\n{s}\nsagsbehandler\n{hn}\n", s=Pii("PERSON", person(rng).name))
    return d


def g_insurance(rng: random.Random) -> Doc:
    d, p = Doc(rng), person(rng)
    car = rng.random() < 0.5
    d.add(
        "SKADESANMELDELSE – {k}\n\nPolicenummer: {pol}\nForsikringstager: {n}\n",
        k="Bilskade" if car else rng.choice(["Indbrud", "Vandskade", "Ansvarsskade"]),
        n=Pii("PERSON", p.name),
    )
    some_fields(
        d,
        [
            ("CPR-nr.: {v}\n", Pii("CPR", cpr(rng, p.born))),
            ("Adresse: {v}\n", inline_addr(rng)),
            ("Telefon: {v}\n", Pii("PHONE", dk_phone(rng))),
            ("E-mail: {v}\n", Pii("EMAIL", email(rng, p.first, p.last))),
            ("Fødselsdato: {v}\n", Pii("DATE_OF_BIRTH", dob_text(rng, p.born))),
        ],
        2,
        5,
    )
    d.add("Skadedato: {dt}\n\nHændelsesforløb: ")
    if car:
        d.add(
            "Jeg holdt for rødt i krydset ved {place}, da en {car} med nummerpladen {pl} kørte "
            "ind i min bil bagfra. Føreren, {o}, oplyste telefonnummer {t}.\nMin egen bil har "
            "registreringsnummer {pl2}.\n",
            car=rng.choice(CARS),
            pl=Pii("NUMBER_PLATE", plate(rng)),
            o=Pii("PERSON", person(rng).name),
            t=Pii("PHONE", dk_phone(rng)),
            pl2=Pii("NUMBER_PLATE", plate(rng)),
        )
    else:
        d.add(
            "Skaden blev opdaget, da jeg kom hjem til {a}, og naboen {o} havde set vand løbe "
            "ned ad trappen.\n",
            a=inline_addr(rng),
            o=Pii("PERSON", person(rng).first),
        )
    d.add("\nUdbetaling til reg.nr. og kontonr.: {b}\n", b=Pii("BANK_ACCOUNT", bank_account(rng)))
    if rng.random() < 0.3:
        card(d, "Selvrisiko betales med kort {c}, udløb {e}, kontrolcifre {v}\n")
    if rng.random() < 0.5:
        d.add(
            "\nIntern note ({dt}): Talt med kunden på {t}. {hn}. Erstatning {am} godkendt af "
            "{h}.\n",
            t=Pii("PHONE", dk_phone(rng)),
            h=Pii("PERSON", person(rng).name),
        )
    return d


def g_tenancy(rng: random.Random) -> Doc:
    d, p = Doc(rng), person(rng)
    d.add(
        "Til {o}\n\nKlage over {issue}\n\nJeg, {n}, er lejer af lejemålet beliggende ",
        o=rng.choice([*ORG_NAMES[:2], "Ejendomsselskabet Toftegaard ApS"]),
        issue=rng.choice(["støj fra naboen", "manglende varme", "skimmelsvamp", "vedligehold"]),
        n=Pii("PERSON", p.name),
    )
    if rng.random() < 0.3:  # a town without postcode stays outside the span
        d.add("{a}, {town}, ", a=addr(rng, "street"), town=rng.choice(TOWNS_NO_POST))
    else:
        d.add("{a}, ", a=inline_addr(rng))
    d.add(
        "og har været det siden {dt}. Lejeren i {a} har gentagne gange spillet høj musik efter "
        "kl. 23. Jeg har talt med viceværten {v} om det flere gange.\n\n",
        a=addr(rng, "floor"),
        v=Pii("PERSON", person(rng).first),
    )
    if rng.random() < 0.4:
        d.add("Udlejer er {u}, {ua}\n", u=Pii("PERSON", person(rng).name), ua=addr(rng, "block"))
    if rng.random() < 0.4:
        d.add(
            "Depositum ønskes tilbagebetalt til reg.nr. og kontonr. {b}\n",
            b=Pii("BANK_ACCOUNT", bank_account(rng)),
        )
    if rng.random() < 0.3:
        d.add("Ny adresse fra {dt}:\n{a}\n", a=addr(rng, "block"))
    d.add(
        "Jeg kan kontaktes på {t} eller {e}\n\nVenlig hilsen\n{f}\n",
        t=Pii("PHONE", dk_phone(rng)),
        e=Pii("EMAIL", email(rng, p.first, p.last)),
        f=Pii("PERSON", rng.choice([p.first, p.name])),
    )
    return d


def g_hr(rng: random.Random) -> Doc:
    foreign = rng.random() < 0.2
    d, p, leader = Doc(rng), person(rng, foreign), person(rng)
    d.add(
        "PERSONALESAG – FORTROLIGT\n\nMedarbejder: {n}\nMedarbejdernr.: {n4}\n",
        n=Pii("PERSON", p.name),
    )
    some_fields(
        d,
        [
            ("CPR-nr.: {v}\n", Pii("CPR", cpr(rng, p.born))),
            ("Fødselsdato: {v}\n", Pii("DATE_OF_BIRTH", dob_text(rng, p.born))),
            ("Adresse: {v}\n", inline_addr(rng)),
            ("Privat e-mail: {v}\n", Pii("EMAIL", email(rng, p.first, p.last))),
            ("Mobil: {v}\n", Pii("PHONE", foreign_phone(rng) if foreign else dk_phone(rng))),
        ],
        2,
        5,
    )
    if foreign:
        d.add("Lønkonto (IBAN): {v}\n", v=Pii("IBAN", iban(rng, rng.choice(["DE", "SE", "NL"]))))
    else:
        d.add("Lønkonto, reg.nr. og kontonr.: {v}\n", v=Pii("BANK_ACCOUNT", bank_account(rng)))
    d.add(
        "Leder: {l}\nNærmeste pårørende: {r}, tlf. {t}\n\nNotat {dt}: {f} har været sygemeldt "
        "siden {dt2}. Samtale afholdt med {lf} og tillidsrepræsentant {tr}. Løn under sygdom "
        "{am}. {hn}.\n",
        l=Pii("PERSON", leader.name),
        r=Pii("PERSON", person(rng).name),
        t=Pii("PHONE", dk_phone(rng)),
        f=Pii("PERSON", p.first),
        lf=Pii("PERSON", leader.first),
        tr=Pii("PERSON", person(rng).name),
    )
    return d


def g_access_request(rng: random.Random) -> Doc:
    d, p = Doc(rng), person(rng)
    if rng.random() < 0.5:
        name = Pii("PERSON", p.name)
        d.add(
            "Emne: Indsigtsanmodning efter GDPR art. 15\n\nHej\n\nJeg vil gerne have indsigt i "
            "de oplysninger, I behandler om mig. Mit navn er {n}, jeg er født {dob}, og jeg bor "
            "på {a}. Mit kundenummer er {n6}.\n\nVenlig hilsen\n{n}\n{t}\n",
            n=name,
            dob=Pii("DATE_OF_BIRTH", dob_text(rng, p.born)),
            a=inline_addr(rng),
            t=Pii("PHONE", dk_phone(rng)),
        )
        return d
    d.add(
        "Kære {f}\n\nSvar på din anmodning om indsigt (vores ref. {cn})\n\nVi behandler "
        "følgende oplysninger om dig:\n",
        f=Pii("PERSON", p.first),
    )
    some_fields(
        d,
        [
            ("- Navn: {v}\n", Pii("PERSON", p.name)),
            ("- Adresse: {v}\n", inline_addr(rng)),
            ("- CPR-nummer: {v}\n", Pii("CPR", cpr(rng, p.born))),
            ("- E-mail: {v}\n", Pii("EMAIL", email(rng, p.first, p.last))),
            ("- Telefon: {v}\n", Pii("PHONE", dk_phone(rng))),
            ("- Fødselsdato: {v}\n", Pii("DATE_OF_BIRTH", dob_text(rng, p.born))),
            ("- Konto, reg.nr. og kontonr.: {v}\n", Pii("BANK_ACCOUNT", bank_account(rng))),
            ("- IBAN: {v}\n", Pii("IBAN", iban(rng))),
            (
                "- Brugernavn til MitID (oplyst ved opkald): {v}\n",
                Pii("MITID_USER", mitid_user(rng, p.first, p.last)),
            ),
            ("- Bil med parkeringslicens, nummerplade: {v}\n", Pii("NUMBER_PLATE", plate(rng))),
        ],
        3,
        7,
    )
    d.add(
        "- Betalingskort: **** **** **** {n4}\n- Kundenummer: {n6}\n\nOplysningerne slettes "
        "{n} år efter kundeforholdets ophør.\n\nMed venlig hilsen\n{dpo}\n"
        "Databeskyttelsesrådgiver\n",
        dpo=Pii("PERSON", person(rng).name),
    )
    return d


def g_decision(rng: random.Random) -> Doc:
    """Partly anonymised: placeholders stay unlabelled, what slipped through is labelled."""
    d, w = Doc(rng), person(rng)
    d.add(
        "{b}\nAfgørelse af {dt}\nSagsnr. {cn}\n\nKlager: A\nIndklagede: {myorg}\n\nSagens "
        "omstændigheder\nKlageren A lejede fra {dt2} lejligheden [adresse]. A og dennes "
        "ægtefælle B klagede over [navn]s opsigelse. Kravet udgør {am}.\n",
        b=rng.choice(BOARDS),
    )
    some_fields(
        d,
        [
            (
                "Vidnet {v}, der bor i nærheden, forklarede, at der var larm hver nat.\n",
                Pii("PERSON", w.name),
            ),
            ("Indklagede har oplyst, at lejemålet på {v} blev synet.\n", inline_addr(rng)),
            ("Klagerens telefonnummer {v} fremgår af bilag 3.\n", Pii("PHONE", dk_phone(rng))),
            ("Bilag 4: e-mail fra {v}.\n", Pii("EMAIL", email(rng, w.first, w.last))),
            ("Klageren (CPR-nr. {v}) har anket afgørelsen.\n", Pii("CPR", cpr(rng, w.born))),
        ],
        1,
        3,
    )
    d.add(
        "\nNævnets bemærkninger\nNævnet finder, at [navn] ikke har godtgjort kravet. {hn}. "
        "Repræsentanten for {org} deltog ikke i behandlingen.\n"
    )
    return d


def g_mixed_mail(rng: random.Random) -> Doc:
    dane, guest = person(rng), person(rng, foreign=True)
    sender, to = (dane, guest) if rng.random() < 0.5 else (guest, dane)
    d = Doc(rng)
    d.add(
        "From: {sn} <{se}>\nTo: {tn}\nSubject: Re: onboarding / kontrakt\n\nHi {tf},\n\n",
        sn=Pii("PERSON", sender.name),
        se=Pii("EMAIL", email(rng, sender.first, sender.last)),
        tn=Pii("PERSON", to.name),
        tf=Pii("PERSON", to.first),
    )
    some_fields(
        d,
        [
            (
                "Thanks for yesterday. Jeg har sendt kontrakten til {v} i HR.\n",
                Pii("PERSON", person(rng).name),
            ),
            (
                "For the payroll I still need your IBAN – you wrote {v}, is that correct?\n",
                Pii("IBAN", iban(rng, rng.choice(["DK", "DE", "NO", "FI"]))),
            ),
            ("Din nye adresse i Danmark er registreret som {v}, right?\n", inline_addr(rng)),
            (
                "The relocation form says date of birth: {v}.\n",
                Pii("DATE_OF_BIRTH", dob_text(rng, guest.born, english=True)),
            ),
            ("You can reach me on {v} until Friday.\n", Pii("PHONE", foreign_phone(rng))),
            ("Ring endelig på {v}, hvis noget driller.\n", Pii("PHONE", dk_phone(rng, True))),
        ],
        2,
        4,
    )
    d.add(
        "The kick-off is at {org}, så husk adgangskortet.\n\nBest regards / Mvh\n{sf}\n",
        sf=Pii("PERSON", sender.first),
    )
    return d


def sms_time(rng: random.Random) -> str:
    hhmm = f"{rng.randrange(6, 23):02d}:{rng.randrange(60):02d}"
    day = f"{rng.choice(['Man.', 'Tir.', 'Ons.', 'Fre.'])} {rng.randrange(1, 29)}. dec."
    return rng.choice([hhmm, f"I dag {hhmm}", f"{day} {hhmm}", f"i går kl. {hhmm}"])


def g_sms(rng: random.Random) -> Doc:
    d = Doc(rng, ocr=rng.random() < 0.3)
    kind = rng.choice(["otp", "mitid", "scam", "card", "card", "mitid_user"])
    if kind in ("otp", "mitid"):
        d.add("< {s}\n{ts}\n", s="Netbank" if kind == "otp" else "MitID")
        d.add(
            rng.choice(
                [
                    "Din engangskode er {o}. Del aldrig koden med andre.\n",
                    "Koden er {o} og gælder i 5 minutter.\n",
                    "Din sms-kode: {o}\nAfsendt {ts}\n",
                ]
            ),
            o=Pii("OTP", otp(rng)),
        )
        return d
    d.add("< {p}\n{ts}\n", p=Pii("PHONE", dk_phone(rng, rng.random() < 0.6)))
    if kind == "scam":
        d.add(
            "Hej mor, min telefon er gået i stykker. Det her er mit nye nummer. Kan du "
            "overføre {am} til reg.nr. og kontonr. {b} i dag? Kh {f}\n",
            b=Pii("BANK_ACCOUNT", bank_account(rng)),
            f=Pii("PERSON", person(rng).first),
        )
    elif kind == "card":
        card(
            d,
            "Danske Kunde: Deres kort er spærret. Svar med kortnummer, udløb og CVC.\n{ts}\n"
            "Kortnummer {c} udløb {e} cvc {v}\n",
        )
    else:
        p = person(rng)
        d.add(
            "MitID-support: Vi har registreret et forsøg på at ændre din profil. Svar med dit "
            "bruger-ID og koden fra appen.\n{ts}\nmit bruger-ID er {u} og koden er {o}\n",
            u=Pii("MITID_USER", mitid_user(rng, p.first, p.last)),
            o=Pii("OTP", otp(rng)),
        )
    return d


def g_medical(rng: random.Random) -> Doc:
    d, p = Doc(rng), person(rng)
    hospital, dept = rng.choice(HOSPITALS), rng.choice(DEPARTMENTS)
    d.add(
        "{h}\n{dep}\n{a}\nTlf. {t}\n\n",
        h=hospital,
        dep=dept,
        a=org_addr(rng, "block"),
        t=Pii("PHONE", dk_phone(rng)),
    )
    recipient(d, p)
    d.add(
        "CPR-nr.: {c}\n\nIndkaldelse til {ex}\n\nKære {n}\n\nDu er henvist af din egen læge, "
        "{gp}, til {ex} på {dep}.\n\nTid: {dt} kl. {hh}.{mm}\nSted: {h}, {ha}, indgang {n3}\n\n"
        "Ved afbud eller spørgsmål ring på {t} hverdage kl. 8-15.\n\nMed venlig hilsen\n"
        "overlæge {doc}\n",
        c=Pii("CPR", cpr(rng, p.born)),
        ex=rng.choice(EXAMS),
        n=Pii("PERSON", p.name),
        gp=Pii("PERSON", person(rng).name),
        dep=dept,
        hh=f"{rng.randrange(7, 16):02d}",
        mm=rng.choice(["00", "15", "30", "45"]),
        h=hospital,
        ha=org_addr(rng, "post"),
        t=Pii("PHONE", dk_phone(rng)),
        doc=Pii("PERSON", person(rng).name),
    )
    return d


def g_municipal(rng: random.Random) -> Doc:
    d, p, officer = Doc(rng), person(rng), person(rng)
    letterhead(d, rng.choice(KOMMUNER))
    recipient(d, p)
    benefit = rng.choice(BENEFITS)
    d.add(
        "Sagsnummer: {cn}\nCPR-nr.: {c}\nDato: {dt}\n\nAfgørelse om {b}\n\nKære {n}\n\n"
        "Du har den {dt2} søgt om {b}. Vi har bevilget {am}, som udbetales til din NemKonto.\n",
        c=Pii("CPR", cpr(rng, p.born)),
        b=benefit,
        n=Pii("PERSON", rng.choice([p.name, p.first])),
    )
    if rng.random() < 0.4:
        d.add(
            "Vi har registreret, at du er flyttet fra {old} til {new}.\n",
            old=inline_addr(rng),
            new=inline_addr(rng),
        )
    d.add(
        "\nDin sagsbehandler er {s}, tlf. {t}, e-mail {e}\n",
        s=Pii("PERSON", officer.name),
        t=Pii("PHONE", dk_phone(rng)),
        e=Pii("EMAIL", email(rng, officer.first, officer.last)),
    )
    return d


GENRES = [
    g_ocr_letter,
    g_insurance,
    g_tenancy,
    g_hr,
    g_access_request,
    g_decision,
    g_mixed_mail,
    g_sms,
    g_medical,
    g_municipal,
]


def generate(seed: int = SEED, size: int = SIZE) -> list[dict]:
    rng = random.Random(seed)
    docs = [
        negative(rng) if rng.random() < NEGATIVE_SHARE else GENRES[i % len(GENRES)](rng)
        for i in range(size)
    ]
    return [doc.item() for doc in docs]


def main(argv: list[str]) -> None:
    out = Path(argv[0]) if argv else Path(__file__).parent / "data" / "pii_blind3.jsonl"
    with out.open("w", encoding="utf-8") as fh:
        for item in generate():
            fh.write(json.dumps(item, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main(sys.argv[1:])
