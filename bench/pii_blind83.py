"""An eighty-fourth blind, seeded generator of Danish text with labelled personal data (issue 18).

Written without looking at the recognisers, their word lists or the other generators' bodies
(only the module shape of bench/pii_blind30.py), as a held-out test set with its own names,
streets and towns. Its theme is an INSURANCE COMPANY'S CLAIMS-FRAUD UNIT: staged burglaries and
car accidents, customers who got a phishing "refund of premium" SMS, in seven genres: a claim
form (skadeanmeldelse, the policy holder's name in capitals, exactly one CPR number), an
adjuster's notes, a phone note of a customer who answered a fake refund SMS (card, expiry,
MitID user ID, one-time code, account), an e-mail thread with a repair shop, an e-mail thread
with the police, a web chat with "[hh:mm] Name:" speaker lines and a letter to a policy holder.

Conventions (exact offsets):
- PERSON is a name as written, without title or role ("fru", "hr.", "taksator"); a genitive s
  belongs to it; "Holm, Agnete", "K. Holm", lower case in chats and CAPITALS on forms are names.
  Chat speakers are PERSON. Organisations, streets and placeholders never are.
- ADDRESS: a private address, street to side, with ", postcode town" or the postcode on the next
  line, one span. Organisations' own addresses (ORG_ADDRESSES) are never labelled.
- CPR: synthetic (real date, century digit 0-3 or 4 for 2000-2005, failing modulus 11) as
  "DDMMYY-SSSS", "DDMMYYSSSS", "DD MM YY SSSS" or "DDMMYY SSSS". DATE_OF_BIRTH only after
  "født ", "f. " or "Fødselsdato: ".
- PHONE: Danish mobile and landline ranges (never 70/80, which are organisations') in ten forms
  and fiction-range foreign numbers (+44 7700 900xxx, +46 70 174 06 xx).
- EMAIL: every unmasked address (example.* domains). BANK_ACCOUNT: reg.nr. and account together
  as one span, or the account alone after its own cue. IBAN with valid check digits. CARD: Luhn
  with a test prefix; CARD_EXPIRY the value only. MITID_USER and OTP: the value after its cue.
  NUMBER_PLATE: "AB 12 345" or "AB12345".
- Hard negatives, never labelled: claim, policy and journal numbers, CVR numbers, amounts,
  timestamps, masked values, organisations' addresses and 70/80 numbers, pseudonyms. Documents
  of kind "negative" are the same genres pseudonymised ("[NAVN]", "kunden", "Kunde A").

Each document is {"id", "genre", "kind", "text", "spans": [{"start", "end", "type"}]}.
``python -m bench.pii_blind83 OUT.jsonl`` writes the set; ``generate()`` returns it.
"""

from __future__ import annotations

import json
import random
import sys
import unicodedata
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Final

SIZE: Final = 1000
NEGATIVES: Final = 350
SEED: Final = "pii_blind83"
GENRES: Final = (
    "skadeanmeldelse",
    "taksatornotat",
    "telefonnotat",
    "mail_vaerksted",
    "mail_politi",
    "chat",
    "brev",
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
WEIGHTS: Final = (4, 3, 2, 7, 6, 5, 4, 3, 2, 1)
TEST_PREFIXES: Final = ("411111", "401288", "555555", "510510", "400005")
IBAN_LENGTH: Final = {"DK": 18, "DE": 22, "SE": 24, "NO": 15, "LT": 20, "PL": 28}
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
    "54",
    "56",
    "57",
    "62",
    "64",
    "66",
    "74",
    "75",
    "86",
    "87",
    "89",
    "96",
    "97",
    "98",
)

WOMEN: Final = tuple(
    [
        "Agnete",
        "Alberte",
        "Alma",
        "Amalie",
        "Anette",
        "Anja",
        "Anne",
        "Annemette",
        "Astrid",
        "Bente",
        "Benedikte",
        "Berit",
        "Birgit",
        "Birthe",
        "Bodil",
        "Britt",
        "Camilla",
        "Caroline",
        "Cecilie",
        "Charlotte",
        "Christina",
        "Clara",
        "Conni",
        "Dagmar",
        "Ditte",
        "Dorte",
        "Edith",
        "Ellen",
        "Elna",
        "Else",
        "Emilie",
        "Emma",
        "Ester",
        "Eva",
        "Frida",
        "Frederikke",
        "Gerda",
        "Gitte",
        "Grethe",
        "Gudrun",
        "Hanne",
        "Harriet",
        "Heidi",
        "Helle",
        "Henriette",
        "Hilda",
        "Ida",
        "Inge",
        "Inger",
        "Ingrid",
        "Irene",
        "Isabella",
        "Jane",
        "Janni",
        "Jette",
        "Johanne",
        "Josefine",
        "Julie",
        "Jytte",
        "Karen",
        "Karina",
        "Karoline",
        "Kirsten",
        "Kirstine",
        "Laura",
        "Lea",
        "Lene",
        "Lillian",
        "Line",
        "Lis",
        "Lisbeth",
        "Liv",
        "Lone",
        "Lotte",
        "Louise",
        "Maja",
        "Malene",
        "Margrethe",
        "Maria",
        "Marianne",
        "Marie",
        "Mathilde",
        "Merete",
        "Mette",
        "Mia",
        "Mille",
        "Mona",
        "Naja",
        "Nanna",
        "Nina",
        "Noor",
        "Olivia",
        "Pernille",
        "Pia",
        "Rikke",
        "Rita",
        "Ruth",
        "Sanne",
        "Sara",
        "Signe",
        "Sille",
        "Sofie",
        "Solveig",
        "Stine",
        "Susanne",
        "Svea",
        "Tina",
        "Tove",
        "Trine",
        "Ulla",
        "Vibeke",
        "Vera",
        "Vigga",
        "Winnie",
        "Yvonne",
        "Aisha",
        "Amira",
        "Ayse",
        "Fatima",
        "Hiba",
        "Leyla",
        "Mariam",
        "Nadia",
        "Sahra",
        "Yasmin",
        "Zeynep",
        "Hodan",
        "Samira",
        "Elif",
        "Hawa",
        "Emine",
        "Dilan",
        "Zainab",
        "Asma",
        "Sana",
        "Agnieszka",
        "Katarzyna",
        "Oksana",
        "Iryna",
        "Ana",
        "Thi",
        "Lan",
        "Mai",
        "Ngoc",
        "Priya",
        "Ritu",
        "Merve",
        "Nour",
        "Ebba",
        "Esther",
        "Asta",
        "Karla",
        "Rosa",
        "Molly",
        "Tilde",
        "Ellinor",
        "Marit",
        "Sigrid",
        "Thyra",
        "Ragnhild",
        "Ingeborg",
    ]
)
MEN: Final = tuple(
    [
        "Aage",
        "Adam",
        "Albert",
        "Allan",
        "Anders",
        "Andreas",
        "Arne",
        "Asger",
        "Axel",
        "Benjamin",
        "Bent",
        "Bjarne",
        "Bo",
        "Brian",
        "Carl",
        "Carsten",
        "Christian",
        "Claus",
        "Dan",
        "Daniel",
        "David",
        "Emil",
        "Erik",
        "Esben",
        "Finn",
        "Flemming",
        "Frank",
        "Frede",
        "Frederik",
        "Gert",
        "Gunnar",
        "Hans",
        "Harald",
        "Henning",
        "Henrik",
        "Holger",
        "Ib",
        "Jacob",
        "Jakob",
        "Jan",
        "Jannik",
        "Jens",
        "Jesper",
        "Jonas",
        "Jonathan",
        "Jørgen",
        "Jørn",
        "Kai",
        "Kasper",
        "Kaj",
        "Keld",
        "Kenneth",
        "Kim",
        "Klaus",
        "Kristian",
        "Lars",
        "Lasse",
        "Leif",
        "Lucas",
        "Magnus",
        "Malthe",
        "Marcus",
        "Martin",
        "Mads",
        "Mathias",
        "Michael",
        "Mikael",
        "Mogens",
        "Morten",
        "Niels",
        "Nikolaj",
        "Noah",
        "Ole",
        "Oliver",
        "Oscar",
        "Otto",
        "Ove",
        "Palle",
        "Per",
        "Peter",
        "Poul",
        "Preben",
        "Rasmus",
        "René",
        "Rune",
        "Sebastian",
        "Simon",
        "Steen",
        "Sten",
        "Stig",
        "Svend",
        "Søren",
        "Thomas",
        "Thor",
        "Tobias",
        "Tom",
        "Torben",
        "Troels",
        "Ulrik",
        "Uffe",
        "Valdemar",
        "Victor",
        "Viggo",
        "Villads",
        "Vagn",
        "Willy",
        "Aksel",
        "Alfred",
        "Ahmed",
        "Ali",
        "Hassan",
        "Hussein",
        "Mohammed",
        "Mustafa",
        "Omar",
        "Yusuf",
        "Ibrahim",
        "Kemal",
        "Mehmet",
        "Murat",
        "Emre",
        "Bilal",
        "Karim",
        "Tariq",
        "Imran",
        "Jamal",
        "Abdi",
        "Farah",
        "Khalid",
        "Piotr",
        "Tomasz",
        "Marek",
        "Andrii",
        "Dmytro",
        "Vasile",
        "Minh",
        "Tuan",
        "Duc",
        "Arjun",
        "Ravi",
        "Samir",
        "Walid",
        "Nikolai",
        "Bjørn",
        "Eigil",
        "Erling",
        "Gorm",
        "Halfdan",
        "Ingolf",
        "Kjeld",
        "Knud",
        "Lauritz",
        "Mikkel",
        "Sigurd",
        "Tage",
        "Thorkild",
        "Vilhelm",
        "Elias",
        "Anton",
        "August",
    ]
)
SURNAMES: Final = tuple(
    [
        "Andersen",
        "Bach",
        "Bak",
        "Berg",
        "Bertelsen",
        "Bisgaard",
        "Bjerre",
        "Blom",
        "Brandt",
        "Bruun",
        "Brøndum",
        "Buch",
        "Christensen",
        "Dahl",
        "Dalsgaard",
        "Damgaard",
        "Degn",
        "Due",
        "Dyhr",
        "Eriksen",
        "Falk",
        "Fisker",
        "Friis",
        "Frost",
        "Gade",
        "Gram",
        "Gregersen",
        "Gundersen",
        "Hald",
        "Hansen",
        "Hedegaard",
        "Helms",
        "Holm",
        "Holst",
        "Hvid",
        "Høj",
        "Iversen",
        "Jakobsen",
        "Jensen",
        "Jepsen",
        "Juhl",
        "Just",
        "Juul",
        "Kirk",
        "Kjær",
        "Klausen",
        "Knudsen",
        "Koch",
        "Krog",
        "Kristensen",
        "Krogh",
        "Lange",
        "Larsen",
        "Lauridsen",
        "Lind",
        "Lund",
        "Lykke",
        "Madsen",
        "Mikkelsen",
        "Mogensen",
        "Munk",
        "Møller",
        "Mortensen",
        "Nielsen",
        "Nissen",
        "Nygaard",
        "Olesen",
        "Olsen",
        "Overgaard",
        "Pallesen",
        "Pedersen",
        "Petersen",
        "Poulsen",
        "Rasmussen",
        "Ravn",
        "Riis",
        "Rosenberg",
        "Schmidt",
        "Schou",
        "Skov",
        "Sloth",
        "Sommer",
        "Steffensen",
        "Storm",
        "Svendsen",
        "Søgaard",
        "Sørensen",
        "Thomsen",
        "Thorsen",
        "Toft",
        "Troelsen",
        "Vestergaard",
        "Villadsen",
        "Vinther",
        "Wind",
        "Winther",
        "Østergaard",
        "Aagaard",
        "Abildgaard",
        "Borup",
        "Brix",
        "Dam",
        "Ebbesen",
        "Enevoldsen",
        "Fog",
        "Gravesen",
        "Grøn",
        "Hauge",
        "Hjort",
        "Hove",
        "Kamp",
        "Kofoed",
        "Laursen",
        "Lyng",
        "Markussen",
        "Mouritsen",
        "Nørgaard",
        "Plougmann",
        "Refslund",
        "Rytter",
        "Skaarup",
        "Stampe",
        "Tang",
        "Tofte",
        "Udsen",
        "Vad",
        "Vognsen",
        "Yilmaz",
        "Kaya",
        "Demir",
        "Çelik",
        "Öztürk",
        "Hussain",
        "Khan",
        "Ahmadi",
        "Rahimi",
        "Haddad",
        "Nasser",
        "Mohamed",
        "Abdullahi",
        "Warsame",
        "Nguyen",
        "Tran",
        "Pham",
        "Kowalski",
        "Nowak",
        "Wiśniewska",
        "Kovalenko",
        "Shevchenko",
        "Popescu",
        "Sharma",
        "Singh",
        "Ali",
        "Hamid",
        "Jama",
        "Osman",
        "Akhtar",
        "Ibrahim",
        "Saleh",
        "Jawad",
        "Farouk",
        "Bakri",
        "Tahir",
        "Karimi",
        "Sultani",
        "Aydin",
        "Arslan",
        "Doğan",
    ]
)
MIDDLE: Final = ("Marie", "Louise", "Emil", "Bach", "Skov", "Holm", "Sofie", "Juul", "Kim")
STREETS: Final = (
    "Nyvej",
    "Skolegade",
    "Engtoften",
    "Kastanievej",
    "Rosenhaven",
    "Møllebakken",
    "Tjørnevej",
    "Bøgeallé",
    "Strandvejen",
    "Kirkestien",
    "Hybenvej",
    "Lærkevej",
    "Fasanvej",
    "Solsikkevej",
    "Vibevænget",
    "Egevej",
    "Ravnsbjergvej",
    "Havrevangen",
    "Kløvermarken",
    "Ahornvej",
    "Rugmarken",
    "Ørnevej",
    "Bellisvej",
    "Lindegårdsvej",
    "Grønnegade",
    "Sankt Jørgens Vej",
    "Åbrinken",
    "Fyrrebakken",
    "Tranevej",
    "Kornblomstvej",
)
TOWNS: Final = (
    ("8000", "Aarhus C"),
    ("5000", "Odense C"),
    ("9000", "Aalborg"),
    ("2200", "København N"),
    ("2720", "Vanløse"),
    ("4000", "Roskilde"),
    ("7100", "Vejle"),
    ("6700", "Esbjerg"),
    ("8600", "Silkeborg"),
    ("4700", "Næstved"),
    ("3400", "Hillerød"),
    ("8900", "Randers C"),
    ("7400", "Herning"),
    ("6000", "Kolding"),
    ("4200", "Slagelse"),
    ("3000", "Helsingør"),
    ("8700", "Horsens"),
    ("9800", "Hjørring"),
    ("6400", "Sønderborg"),
    ("4800", "Nykøbing F"),
    ("2630", "Taastrup"),
    ("2650", "Hvidovre"),
    ("7500", "Holstebro"),
    ("5700", "Svendborg"),
)
INSURERS: Final = ("Nordlys Forsikring", "Havbo Forsikring A/S", "Kystsikring", "Fjordtryg")
SHOPS: Final = (
    "Autoværkstedet Brdr. Lind",
    "Vejle Karrosseri ApS",
    "Bilglas Syd",
    "Lakcenter Øst",
    "Skadecenter Herning",
    "Låsesmed Hansen & Co",
)
ORG_ADDRESSES: Final = (
    "Kalvebod Plads 12, 1560 København V",
    "Søndergade 44, 8000 Aarhus C",
    "Industrivej 7, 7100 Vejle",
    "Værkstedsvej 21, 7400 Herning",
    "Politigården, Ridderstræde 1, 5000 Odense C",
    "Jens Baggesens Vej 120, 8200 Aarhus N",
    "Ringvejen 3, 6700 Esbjerg",
    "Havnegade 9, 9000 Aalborg",
    "Stationsvej 55, 4000 Roskilde",
)
PSEUDONYMS: Final = (
    "Kunde A",
    "Kunde B",
    "Forsikringstager 1",
    "Taksator 1",
    "Vidne 1",
    "Sagsbehandler 2",
)
STAND_INS: Final = ("[NAVN]", "[ADRESSE]", "[TLF]", "[e-mail]", "[kontonr.]", "[kode]", "[CPR]")
MONTHS: Final = (
    "januar",
    "februar",
    "marts",
    "april",
    "maj",
    "juni",
    "juli",
    "august",
    "september",
    "oktober",
    "november",
    "december",
)
PLATE_LETTERS: Final = "ABCDEFHJKLMNPRSTUVXYZ"


def grouped(compact: str) -> str:
    """The value in groups of four, as on a card or in an IBAN."""
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))


def luhn_digit(body: str) -> str:
    """The check digit that makes body + digit pass Luhn."""
    total = 0
    for i, ch in enumerate(reversed(body)):
        n = int(ch) * (2 if i % 2 == 0 else 1)
        total += n // 10 + n % 10
    return str(-total % 10)


@dataclass
class Person:
    first: str
    last: str
    born: date
    serial: str
    phone: str
    mail: str
    street: str
    number: str
    floor: str
    town: tuple[str, str]


class Doc:
    """Text with spans; in a negative every personal value becomes its stand-in, unlabelled."""

    def __init__(self, rng: random.Random, negative: bool) -> None:
        self.rng, self.negative, self.text, self.spans = rng, negative, "", []

    def t(self, text: str) -> None:
        self.text += text

    def pii(self, kind: str, value: str, stand_in: str) -> None:
        if self.negative:
            self.text += stand_in
            return
        self.spans.append(
            {"type": kind, "start": len(self.text), "end": len(self.text) + len(value)}
        )
        self.text += value


def plain(text: str) -> str:
    """Lower-case ASCII letters, as in a user name or a mailbox."""
    text = text.lower().translate(str.maketrans({"æ": "ae", "ø": "o", "å": "aa"}))
    return "".join(ch for ch in unicodedata.normalize("NFKD", text) if ch.isascii())


def person(rng: random.Random) -> Person:
    woman = rng.random() < 0.5
    first = rng.choice(WOMEN if woman else MEN)
    last = rng.choice(SURNAMES)
    if rng.random() < 0.12:
        last = f"{last}-{rng.choice(SURNAMES)}"
    born = date(1938, 1, 1) + timedelta(days=rng.randrange(365 * 67))
    while True:
        century = "4" if born.year >= 2000 else rng.choice("0123")
        serial = century + f"{rng.randrange(1000):03d}"
        digits = born.strftime("%d%m%y") + serial
        if sum(int(c) * w for c, w in zip(digits, WEIGHTS, strict=True)) % 11:
            break
    lead = rng.choice(MOBILE + LANDLINE)
    phone = lead + f"{rng.randrange(10**6):06d}"
    user = plain(first[:4] + last.split("-")[0][:3])
    domain = rng.choice(["dk", "com", "net"])
    mail = f"{user}{rng.choice(['', '.', '_'])}{rng.randrange(10, 99)}@example.{domain}"
    floor = rng.choice(["", "", "", "st. th.", "1. tv.", "2. th.", "3. mf.", "4. tv."])
    number = str(rng.randrange(1, 160)) + rng.choice(["", "", "", "A", "B"])
    return Person(
        first,
        last,
        born,
        serial,
        phone,
        mail,
        rng.choice(STREETS),
        number,
        floor,
        rng.choice(TOWNS),
    )


def name(d: Doc, p: Person, form: str | None = None, genitive: bool = False) -> None:
    """A name in one of the forms people write it in."""
    rng = d.rng
    form = form or rng.choice(
        ["full", "full", "first", "surname first", "initial", "upper", "three", "lower"]
    )
    value = {
        "full": f"{p.first} {p.last}",
        "first": p.first,
        "surname first": f"{p.last}, {p.first}",
        "initial": f"{p.first[0]}. {p.last}",
        "upper": f"{p.first} {p.last}".upper(),
        "three": f"{p.first} {rng.choice(MIDDLE)} {p.last}",
        "lower": f"{p.first} {p.last}".lower(),
        "last": p.last,
    }[form]
    if genitive:
        value += "'" if value[-1] in "sxz" else "s"
    if d.negative:
        d.t(rng.choice(["[NAVN]", "kunden", rng.choice(PSEUDONYMS)]) + ("s" if genitive else ""))
    else:
        d.pii("PERSON", value, "")


def titled(d: Doc, p: Person) -> None:
    d.t(rng_title(d.rng, p))
    name(d, p, "last")


def rng_title(rng: random.Random, p: Person) -> str:
    return "fru " if p.first in WOMEN else rng.choice(["hr. ", "Hr. "])


def cpr(d: Doc, p: Person, form: int | None = None) -> None:
    digits = p.born.strftime("%d%m%y") + p.serial
    form = d.rng.randrange(4) if form is None else form
    value = (
        f"{digits[:6]}-{digits[6:]}",
        digits,
        f"{digits[:2]} {digits[2:4]} {digits[4:6]} {digits[6:]}",
        f"{digits[:6]} {digits[6:]}",
    )[form]
    if d.negative:
        d.t(d.rng.choice(["[CPR]", f"{digits[:6]}-xxxx"]))
    else:
        d.pii("CPR", value, "")


def phone(d: Doc, p: Person) -> None:
    n, rng = p.phone, d.rng
    pairs = f"{n[:2]} {n[2:4]} {n[4:6]} {n[6:]}"
    value = rng.choice(
        [
            f"+45 {n}",
            f"+45 {pairs}",
            f"+45 {n[:4]} {n[4:]}",
            f"{n[:4]} {n[4:]}",
            f"(+45) {pairs}",
            f"0045 {n}",
            pairs,
            n,
            f"+45{n}",
            f"{n[:2]}.{n[2:4]}.{n[4:6]}.{n[6:]}",
            pairs,
            n,
            f"+44 7700 900{rng.randrange(1000):03d}",
            f"+46 70 174 06 {rng.randrange(5, 100):02d}",
        ]
    )
    d.pii("PHONE", value, rng.choice(["[TLF]", f"+45 ** ** ** {n[6:]}"]))


def mail(d: Doc, p: Person) -> None:
    d.pii("EMAIL", p.mail, d.rng.choice(["[e-mail]", f"{p.mail[0]}***@example.dk"]))


def address(d: Doc, p: Person, lines: str) -> None:
    street = f"{p.street} {p.number}" + (f", {p.floor}" if p.floor else "")
    town = f"{p.town[0]} {p.town[1]}"
    value = {"two": f"{street}\n{town}", "comma": f"{street}, {town}", "street": street}[lines]
    d.pii("ADDRESS", value, "[ADRESSE]")


def birth(d: Doc, p: Person) -> None:
    b, rng = p.born, d.rng
    value = rng.choice(
        [
            f"{b.day}. {MONTHS[b.month - 1]} {b.year}",
            b.strftime("%d.%m.%Y"),
            b.strftime("%d-%m-%Y"),
            f"{b.day}/{b.month}-{b.year}",
        ]
    )
    d.t(rng.choice(["født ", "f. ", "Fødselsdato: "]))
    d.pii("DATE_OF_BIRTH", value, "[dato]")


def plate(d: Doc) -> None:
    rng = d.rng
    letters = rng.choice(PLATE_LETTERS) + rng.choice(PLATE_LETTERS)
    num = f"{rng.randrange(10, 100)}{rng.randrange(1000):03d}"
    value = f"{letters} {num[:2]} {num[2:]}" if rng.random() < 0.7 else letters + num
    d.pii("NUMBER_PLATE", value, f"{letters} ** ***")


def card(d: Doc) -> None:
    rng = d.rng
    body = rng.choice(TEST_PREFIXES)
    body += "".join(str(rng.randrange(10)) for _ in range(15 - len(body)))
    compact = body + luhn_digit(body)
    value = grouped(compact) if rng.random() < 0.6 else compact
    d.pii("CARD", value, f"**** **** **** {compact[-4:]}")


def expiry(d: Doc) -> None:
    rng = d.rng
    month, year = rng.randrange(1, 13), rng.randrange(26, 32)
    value = rng.choice([f"{month:02d}/{year}", f"{month:02d}/20{year}"])
    d.pii("CARD_EXPIRY", value, "[udløb]")


def iban(d: Doc) -> None:
    rng = d.rng
    country = rng.choice(list(IBAN_LENGTH))
    bban = "".join(str(rng.randrange(10)) for _ in range(IBAN_LENGTH[country] - 4))
    numeric = "".join(str(int(c, 36)) for c in bban + country + "00")
    compact = f"{country}{98 - int(numeric) % 97:02d}{bban}"
    value = grouped(compact) if rng.random() < 0.6 else compact
    d.pii("IBAN", value, f"{country}{compact[2:4]}XXXXXXXXXX{compact[-4:]}")


def account(d: Doc) -> None:
    rng = d.rng
    reg = f"{rng.randrange(1000, 9999)}"
    acc = f"{rng.randrange(10**6, 10**7)}" + "".join(
        str(rng.randrange(10)) for _ in range(rng.randrange(0, 4))
    )
    if rng.random() < 0.5:
        d.t("reg.nr. ")
        d.t(reg if not d.negative else "[reg.]")
        d.t(rng.choice([" kontonr. ", ", konto "]))
        d.pii("BANK_ACCOUNT", acc, "[kontonr.]")
    else:
        d.t(rng.choice(["konto ", "kontonr.: ", "udbetales til "]))
        d.pii("BANK_ACCOUNT", f"{reg}{rng.choice(['-', ' '])}{acc}", "[kontonr.]")


def otp(d: Doc) -> None:
    rng = d.rng
    value = (
        f"{rng.randrange(10**5, 10**6)}" if rng.random() < 0.8 else f"{rng.randrange(10**7, 10**8)}"
    )
    d.t(rng.choice(["koden ", "engangskode: ", "kode ", "sms-koden "]))
    d.pii("OTP", value, "[kode]")


def mitid(d: Doc, p: Person) -> None:
    rng = d.rng
    base = plain(p.first[:3] + p.last.split("-")[0][:4])
    value = base + rng.choice([f"{p.born.year}", f"{p.born.year % 100:02d}"])
    d.t(rng.choice(["MitID-bruger-ID: ", "bruger-id ", "sit MitID bruger-ID ", "user ID "]))
    d.pii("MITID_USER", value, "[bruger-id]")


def case_no(rng: random.Random) -> str:
    return rng.choice(
        [
            f"SKADE-26-{rng.randrange(10**5):05d}",
            f"J.nr. {rng.randrange(1000, 9999)}-26-{rng.randrange(100, 999)}",
        ]
    )


def policy_no(rng: random.Random) -> str:
    return f"POL-{rng.randrange(100, 999)}-{rng.randrange(1000, 9999)}"


def amount(rng: random.Random) -> str:
    kr = rng.randrange(300, 250000)
    text = f"{kr:,}".replace(",", ".")
    return rng.choice([f"{text} kr.", f"{text},00 kr.", f"kr. {text}"])


def stamp(rng: random.Random) -> str:
    return rng.choice(
        [
            f"kl. {rng.randrange(7, 22):02d}.{rng.randrange(60):02d}",
            f"2026-{rng.randrange(1, 13):02d}-{rng.randrange(1, 29):02d}",
            f"{rng.randrange(1, 29):02d}.{rng.randrange(1, 13):02d}.26",
        ]
    )


def org_line(rng: random.Random) -> str:
    cvr = rng.randrange(10**7, 10**8)
    return f"{rng.choice(INSURERS)}, {rng.choice(ORG_ADDRESSES)}, CVR-nr. {cvr}"


def extras(d: Doc, p: Person, genre: str) -> None:
    """A few more facts of the case, each with its personal values."""
    rng = d.rng
    options = [
        "phone",
        "mail",
        "plate",
        "account",
        "iban",
        "card",
        "mitid",
        "otp",
        "birth",
        "witness",
        "address",
    ]
    for what in rng.sample(options, rng.randrange(2, 5)):
        if what == "phone":
            d.t(rng.choice(["\nTlf.: ", "\nmobil ", "\nKan træffes på "]))
            phone(d, p)
        elif what == "mail":
            d.t("\nMail: ")
            mail(d, p)
        elif what == "plate":
            d.t(rng.choice(["\nReg.nr. på modparten: ", "\nbil: ", "\nKøretøj "]))
            plate(d)
            d.t(rng.choice(["", " (lånebil)", ", skadet fortil"]))
        elif what == "account":
            d.t("\nUdbetaling: ")
            account(d)
        elif what == "iban":
            d.t(rng.choice(["\nVil have pengene til udenlandsk konto, IBAN ", "\nIBAN: "]))
            iban(d)
        elif what == "card":
            d.t("\nKort brugt på falsk side: ")
            card(d)
            d.t(" udløb ")
            expiry(d)
        elif what == "mitid":
            d.t("\nOplyste ")
            mitid(d, p)
            d.t(" til svindleren")
        elif what == "otp":
            d.t("\nKunden har givet ")
            otp(d)
            d.t(" videre pr. telefon")
        elif what == "birth":
            d.t("\nForsikringstager ")
            birth(d, p)
        elif what == "witness":
            w = person(rng)
            d.t("\nVidne: ")
            name(d, w)
            d.t(", ")
            address(d, w, "comma")
            d.t(", tlf. ")
            phone(d, w)
        else:
            d.t("\nNy adresse:\n")
            address(d, p, "two")
    d.t(f"\nPolice {policy_no(rng)}, {stamp(rng)}\n")


def claim_form(d: Doc, p: Person) -> None:
    rng = d.rng
    d.t(f"SKADEANMELDELSE - {rng.choice(['INDBRUD', 'TYVERI', 'AUTOSKADE', 'FÆRDSELSUHELD'])}\n")
    d.t(f"{org_line(rng)}\nSkadenr.: {case_no(rng)}\n\n")
    d.t("Forsikringstager (blokbogstaver): ")
    name(d, p, "upper")
    d.t("\nCPR-nr.: ")
    cpr(d, p)
    d.t("\nAdresse:\n")
    address(d, p, "two")
    d.t("\nTelefon: ")
    phone(d, p)
    d.t(f"\nSkadedato: {stamp(rng)}\nAnmeldt tab: {amount(rng)}\n")
    d.t(
        rng.choice(
            [
                "Beskrivelse: kom hjem og terrassedøren var brudt op, tv og smykker væk.",
                "Beskrivelse: blev påkørt bagfra i rundkørsel, modparten kørte videre.",
                "Beskrivelse: cykel stjålet fra kælderrum, låst.",
            ]
        )
    )
    extras(d, p, "skadeanmeldelse")


def adjuster(d: Doc, p: Person) -> None:
    rng = d.rng
    d.t(f"Taksatornotat {case_no(rng)} / {stamp(rng)}\nBesigtigelse hos ")
    titled(d, p)
    d.t(", ")
    address(d, p, rng.choice(["comma", "street"]))
    d.t(".\n")
    d.t(
        rng.choice(
            [
                "Skaderne på bilen passer IKKE med forklaringen. ",
                "ingen tegn på indbrud ved vinduet, ruden knust indefra?? ",
                "Kvitteringer for ur og computer virker redigeret. ",
            ]
        )
    )
    name(d, p, "first", genitive=True)
    d.t(f" opgørelse: {amount(rng)}. Modpartens bil ")
    plate(d)
    d.t(", fører ")
    name(d, person(rng))
    d.t(".")
    extras(d, p, "taksatornotat")
    d.t(f"Kontor: {rng.choice(INSURERS)}, {rng.choice(ORG_ADDRESSES)}.\n")


def phone_note(d: Doc, p: Person) -> None:
    rng = d.rng
    d.t(f"TELEFONNOTAT {stamp(rng)} - {case_no(rng)}\nIndgående opkald fra ")
    name(d, p)
    d.t(" (")
    phone(d, p)
    d.t(').\nKunden har fået sms: "Nordlys: Du har ')
    d.t(
        f"{amount(rng)} til gode i refusion af præmie. Bekræft på "
        f'https://nordlys-refusion.example.net/r?id={rng.randrange(100, 999)}"\n'
    )
    d.t("Har trykket på linket og tastet kortnr. ")
    card(d)
    d.t(", udløb ")
    expiry(d)
    d.t(". Blev ringet op, oplyste ")
    mitid(d, p)
    d.t(" og ")
    otp(d)
    d.t(
        rng.choice(
            [
                ".\nVi har spærret, henvist til banken og politiet på 114.",
                ".\nkunden meget ked af det. spærret. henv. til bank + 114",
                ".\nAftalt at kunden møder op i afdelingen på "
                + rng.choice(ORG_ADDRESSES)
                + " med kontoudtog.",
            ]
        )
    )
    extras(d, p, "telefonnotat")


def shop_mail(d: Doc, p: Person) -> None:
    rng = d.rng
    shop = rng.choice(SHOPS)
    d.t(f"Fra: {shop}\nTil: skadeafdelingen\nEmne: RE: {case_no(rng)} - bil ")
    plate(d)
    d.t("\n\nHej\nVi har haft bilen inde for ")
    name(d, p, rng.choice(["full", "initial", "surname first"]))
    d.t(
        rng.choice(
            [
                ". Lakken er ny på den ene skærm, så skaden er ældre end anmeldt. ",
                ". Kunden ville have os til at skrive et højere beløb på fakturaen!! ",
                ". skaden ser ud til at være lavet med vilje, fx med hammer. ",
            ]
        )
    )
    d.t(f"Faktura nr. {rng.randrange(10000, 99999)} på {amount(rng)}.\nKunden kan nås på ")
    phone(d, p)
    d.t(" eller ")
    mail(d, p)
    d.t(
        f".\n\nMvh\n{shop}\n{rng.choice(ORG_ADDRESSES)}\nTlf. 70 {rng.randrange(10, 99)} "
        f"{rng.randrange(10, 99)} {rng.randrange(10, 99)}\n"
    )
    extras(d, p, "mail_vaerksted")


def police_mail(d: Doc, p: Person) -> None:
    rng = d.rng
    d.t(
        "From: Nordlys Forsikring, Svindelenheden\nTo: Fyns Politi\n"
        f"Subject: anmeldelse, {case_no(rng)}\n\n"
    )
    d.t("Vi anmelder hermed formodet forsikringssvindel begået af\n")
    name(d, p, rng.choice(["full", "three", "upper"]))
    d.t(", CPR ")
    cpr(d, p)
    d.t("\n")
    address(d, p, "two")
    d.t(
        f"\nDer er anmeldt indbrud med tab på {amount(rng)}. "
        "Genstandene er fundet til salg på nettet. "
    )
    d.t("Sælgerprofil tilhører ")
    name(d, person(rng))
    d.t(".\nPolitiets adresse til sagen: Politigården, Ridderstræde 1, 5000 Odense C.\n")
    extras(d, p, "mail_politi")


def chat(d: Doc, p: Person) -> None:
    rng = d.rng
    agent = person(rng)
    hour, minute = rng.randrange(8, 20), rng.randrange(50)

    def speaker(who: Person, agent_side: bool) -> None:
        nonlocal minute
        minute += rng.randrange(1, 3)
        d.t(f"[{hour:02d}:{minute:02d}] ")
        if d.negative:
            d.t("Sagsbehandler 2" if agent_side else "Kunde A")
        else:
            d.pii(
                "PERSON",
                who.first
                if agent_side
                else rng.choice([f"{who.first} {who.last}", who.first.lower()]),
                "",
            )
        d.t(": ")

    d.t(f"Chat, {rng.choice(INSURERS)} kundeservice {stamp(rng)}\n")
    speaker(p, False)
    d.t(
        rng.choice(
            [
                "hej jeg fik en sms om at jeg har penge til gode på min præmie??\n",
                "HEJ. fik sms om REFUSION af præmie, er det jer?\n",
                "hi, sorry my danish is not good. I got sms about refund of premium\n",
                "hej jeg har fåt en sms fra jer om tilbagebetalign\n",
            ]
        )
    )
    speaker(agent, True)
    d.t("Hej, det er ikke fra os. Har du trykket på linket?\n")
    speaker(p, False)
    d.t("ja og jeg skrev mit kort ")
    card(d)
    d.t(" og ")
    otp(d)
    d.t("\n")
    speaker(agent, True)
    d.t("Ok. Hvilket nr. ringede de fra? og hvad er dit nummer?\n")
    speaker(p, False)
    d.t("mit er ")
    phone(d, p)
    d.t(f" - de ringede fra et skjult nr {stamp(rng)}\n")
    speaker(agent, True)
    d.t(f"Jeg opretter sag {case_no(rng)}. Ring til banken nu.\n")
    extras(d, p, "chat")


def letter(d: Doc, p: Person) -> None:
    rng = d.rng
    d.t(
        f"{rng.choice(INSURERS)}\n{rng.choice(ORG_ADDRESSES)}\n"
        f"CVR-nr. {rng.randrange(10**7, 10**8)}\n\n"
    )
    name(d, p, rng.choice(["full", "three"]))
    d.t("\n")
    address(d, p, "two")
    d.t(f"\n\n{stamp(rng)}\nVedr. {case_no(rng)}, police {policy_no(rng)}\n\nKære ")
    if rng.random() < 0.3:
        d.t(rng_title(rng, p))
        name(d, p, "last")
    else:
        name(d, p, rng.choice(["first", "full"]))
    d.t(
        rng.choice(
            [
                "\nVi har gennemgået din anmeldelse og kan ikke dække skaden, "
                "da oplysningerne ikke stemmer.",
                "\nVi udbetaler erstatning, når du har sendt kvitteringerne.",
                "\nDu har ikke fået penge til gode: sms'er om refusion af præmie er svindel.",
            ]
        )
    )
    d.t(" Beløbet ")
    d.t(amount(rng))
    d.t(" overføres til ")
    account(d)
    d.t(".\n\nMed venlig hilsen\n")
    name(d, person(rng), "full")
    d.t(f"\nSkadeafdelingen, {rng.choice(INSURERS)}\n")
    extras(d, p, "brev")


WRITERS: Final = {
    "skadeanmeldelse": claim_form,
    "taksatornotat": adjuster,
    "telefonnotat": phone_note,
    "mail_vaerksted": shop_mail,
    "mail_politi": police_mail,
    "chat": chat,
    "brev": letter,
}


def generate(seed: int | str = SEED, size: int = SIZE) -> list[dict]:
    """The set: size documents, NEGATIVES of every SIZE pseudonymised, deterministic in seed."""
    rng = random.Random(seed)
    negatives = size * NEGATIVES // SIZE
    kinds = ["negative"] * negatives + ["positive"] * (size - negatives)
    docs, seen = [], set()
    for i, kind in enumerate(kinds):
        genre = GENRES[i % len(GENRES)]
        while True:
            d = Doc(rng, kind == "negative")
            WRITERS[genre](d, person(rng))
            if d.text not in seen:
                break
        seen.add(d.text)
        docs.append(
            {
                "id": f"pii_blind83-{i:04d}",
                "genre": genre,
                "kind": kind,
                "text": d.text,
                "spans": d.spans,
            }
        )
    rng.shuffle(docs)
    return docs


def main(out: str) -> None:
    rows = generate()
    Path(out).write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8"
    )


if __name__ == "__main__":
    main(sys.argv[1])
