"""An eighty-first blind, seeded generator of Danish text with labelled personal data (issue 18).

Written without looking at the recognisers, their word lists or the other generators' bodies,
as a held-out test set with its own names, streets and towns. Its theme is a MUNICIPALITY'S
CITIZEN SERVICE (Borgerservice) and its Digital Post desk helping citizens who got fake
letters, text messages and e-mails from "Skattestyrelsen", "Udbetaling Danmark", "borger.dk",
"Digital Post" or "Motorstyrelsen", in eight genres: a front-desk note of a walk-in (the name
as on the ID shown, in capitals), a phone log of the Digital Post hotline (a MitID user ID and
a code given to a caller who "præsenterede sig som Mikkel fra Skattestyrelsen"), an e-mail
thread with a citizen (Fra:/Til:/Emne:, a staff signature under the office's own address),
a forwarded scam message with the citizen's remarks (the fake refund, the overdue "ejerafgift"
for a car, a foreign IBAN, the card typed into a fake page), a letter back to the citizen
(letterhead, address block over two lines, journal number), an internal ticket
("Borger: Holm, Mette (f. 04.06.1952)"), a chat (Teams between colleagues or the webchat with
a citizen, "[09:14] Name: ..." lines) and a misuse report form with one citizen's data.
Some notes are hurried lower-case lines with typos, some letters, tickets and chats English.
Names are those of Danes of all ages and of Danes with roots elsewhere ("Amina Hassan",
"Piotr Nowak"), with middle names and double surnames ("Kjær-Holm").

Conventions (exact offsets are scored):
- PERSON is a name as written, without title or role ("fru", "hr.", "borgeren",
  "sagsbehandler"); "Holm, Mette" is one span, a genitive s belongs to it ("Mettes"),
  initials with a surname ("L. Berg") and a lower-case name typed in a chat ("jytte") are
  PERSON, and so is each chat speaker. A scammer's alias ("Mikkel fra Skattestyrelsen") is
  PERSON, the authority is not. A name spelled letter by letter ("H-O-L-M") and a code read
  out digit by digit in words ("fire-syv-nul-to-et-ni") are not labelled.
- ADDRESS is a private person's postal address from the street through number, letter, floor
  and side, plus ", postcode town" on one line or the postcode and town on the next line of an
  address block (line break included). The addresses of the municipality, its citizen service,
  the authorities, banks and the police (letterheads, signatures, "mød op på ...") are never
  labelled.
- CPR numbers are synthetic: a real birth date, a seventh digit that suits the century (0 to 3
  in the 1900s, 4 for 2000 to 2005) and a serial chosen so the number FAILS modulus 11, written
  "DDMMYY-SSSS", "DDMMYYSSSS", "DD MM YY SSSS", "DDMMYY SSSS" or "DD.MM.YY-SSSS".
  DATE_OF_BIRTH ("4. juni 1952", "04.06.1952", "4/6-1952", "04-06-1952") follows "født", "f.",
  "Fødselsdato:" or "DOB:" and no other date is labelled.
- PHONE: Danish numbers from mobile and landline ranges (70 and 80 never personal) written
  "+45 20304050", "+45 20 30 40 50", "+45 2030 4050", "2030 4050", "(+45) 20 30 40 50",
  "0045 20304050", "20 30 40 50", "20304050", "+4520304050", "20.30.40.50" or "20-30-40-50",
  the country code inside the span, and foreign numbers from fiction ranges ("+44 7700 900xxx",
  "+46 70 174 06 xx"), a scammer's call-back number too. Organisations' 70/80 lines never.
- EMAIL: every e-mail address, each occurrence (all on example.* domains), a fake sender's too.
- BANK_ACCOUNT: reg.nr. and account written together ("1234-0012345678") are one span; where
  the reg.nr. has its own word ("reg.nr. 1234, kontonr. 0012345678") only the account is.
  IBAN: valid check digits and length, grouped by four or compact. CARD (the card number; named
  CARD_NUMBER in the brief, renamed to the shared type after the read): Luhn-valid
  with a test prefix; CARD_EXPIRY "08/27", "08/2027" or "08-2027" (the value after "udløb");
  OTP a one-time code given or asked for (6 or 8 digits); MITID_USER a MitID user ID given as
  such; NUMBER_PLATE a Danish plate ("BK 41 207", "BK41207").
- Hard negatives, never labelled: case, ticket and journal numbers ("BS-2026-04711",
  "INC0047112", "J.nr. 27.12.08-P20-3-26"), CVR numbers, amounts, dates and clock times, scam
  links, MitID code display and chip numbers, masked values ("120365-xxxx", "+45 ** ** ** 31",
  "m***@example.dk", "**** **** **** 4444", "DK71XXXXXXXXXX0932", "BK ** ***"), the
  organisations' own addresses and 70/80 lines, authorities, banks and products, pseudonyms
  and family words. Documents of kind "negative" are the same genres after pseudonymisation
  ("[NAVN]", "Borger A", "Medarbejder 1"): none of them holds personal data. No run of ten or
  more digits occurs outside a labelled identifier.

Each document is {"id", "genre", "kind", "text", "spans": [{"type", "start", "end"}]}.
``python -m bench.pii_blind80 OUT.jsonl`` writes the set; ``generate()`` returns it.
"""

from __future__ import annotations

import json
import random
import re
import sys
from datetime import date, timedelta
from pathlib import Path

SIZE = 1000
NEGATIVES = 350
GENRES = (
    "henvendelse",
    "telefonnotat",
    "email",
    "svindelbesked",
    "brev",
    "sag",
    "chat",
    "blanket",
)
TYPES = (
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
WEIGHTS = (4, 3, 2, 7, 6, 5, 4, 3, 2, 1)
TEST_PREFIXES = ("411111", "401288", "555555", "510510", "222300")
IBAN_LENGTH = {
    "DK": 18,
    "DE": 22,
    "GB": 22,
    "SE": 24,
    "NO": 15,
    "LT": 20,
    "NL": 18,
    "ES": 24,
    "PL": 28,
    "FR": 27,
}
MOBILE = (
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
LANDLINE = (
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
    "47",
    "48",
    "49",
    "54",
    "56",
    "57",
    "58",
    "59",
    "62",
    "63",
    "64",
    "65",
    "66",
    "69",
    "72",
    "75",
    "76",
    "86",
    "87",
    "89",
    "96",
    "97",
    "98",
    "99",
)

WOMEN = (
    "Anne", "Kirsten", "Hanne", "Mette", "Anna", "Helle", "Susanne", "Lene", "Maria",
    "Marianne", "Lone", "Camilla", "Pia", "Louise", "Charlotte", "Bente", "Tina", "Gitte",
    "Inge", "Karen", "Jette", "Birgitte", "Julie", "Ida", "Emma", "Sofie", "Freja", "Clara",
    "Laura", "Signe", "Cecilie", "Mathilde", "Nanna", "Line", "Stine", "Trine", "Rikke", "Maja",
    "Josefine", "Caroline", "Katrine", "Sara", "Amalie", "Ellen", "Ingrid", "Else", "Grethe",
    "Ruth", "Birthe", "Lis", "Jytte", "Dorthe", "Tove", "Annette", "Merete", "Vibeke", "Hanna",
    "Malene", "Heidi", "Lisbeth", "Britt", "Connie", "Winnie", "Ulla", "Jane", "Janni", "Anja",
    "Henriette", "Mia", "Emilie", "Astrid", "Agnes", "Alma", "Karla", "Olivia", "Ella", "Lærke",
    "Esther", "Asta", "Nora", "Alberte", "Frida", "Liva", "Vigga", "Ebba", "Gudrun", "Dagmar",
    "Edith", "Gerda", "Elna", "Solveig", "Marie", "Kathrine", "Pernille", "Mona", "Lykke",
    "Ditte", "Sanne", "Tanja", "Majbritt", "Natasja", "Rebekka", "Sabine", "Nina", "Kamilla",
    "Lea", "Isabella", "Thea", "Silje", "Tilde", "Molly", "Luna", "Selma", "Ronja", "Dorte",
    "Kirstine", "Sidsel", "Vivi", "Aase", "Agnete", "Birte", "Hedvig", "Jonna", "Karin",
    "Lilian", "Margit", "Oda", "Randi", "Yvonne", "Zenia", "Fatima", "Aisha", "Zeynep", "Amina",
    "Leyla", "Nour", "Yasmin", "Mariam", "Huda", "Samira", "Hiba", "Rania", "Elif", "Merve",
    "Hatice", "Agnieszka", "Katarzyna", "Magdalena", "Olena", "Iryna", "Oksana", "Tetiana",
    "Linh", "Parwin", "Shirin", "Narges", "Hodan", "Sahra", "Ifrah", "Asma", "Sana", "Malika",
    "Dilara",
)  # fmt: skip
MEN = (
    "Peter", "Jens", "Lars", "Michael", "Henrik", "Thomas", "Søren", "Jan", "Niels",
    "Christian", "Martin", "Anders", "Morten", "Jesper", "Ole", "Mads", "Rasmus", "Per", "Hans",
    "Kim", "Brian", "Frederik", "William", "Oliver", "Noah", "Lucas", "Emil", "Victor",
    "Magnus", "Carl", "Aksel", "Bent", "Erik", "Finn", "Poul", "Jørgen", "Knud", "Flemming",
    "Torben", "Steen", "Preben", "John", "Kurt", "Leif", "Bo", "Claus", "Allan", "Carsten",
    "René", "Jakob", "Kasper", "Nikolaj", "Simon", "Jonas", "Mathias", "Tobias", "Alexander",
    "Sebastian", "Oscar", "Malthe", "Elias", "Valdemar", "Alfred", "Arthur", "August", "Felix",
    "Theo", "Otto", "Anton", "Johan", "Storm", "Villads", "Hjalte", "Bjørn", "Karsten", "Ib",
    "Aage", "Arne", "Børge", "Egon", "Gunnar", "Harald", "Ivan", "Kaj", "Palle", "Svend",
    "Tage", "Verner", "Viggo", "Uffe", "Ulrik", "Kenneth", "Dennis", "Jimmy", "Ronni", "Tommy",
    "Benny", "Jacob", "Daniel", "David", "Philip", "Patrick", "Stefan", "Kristian",
    "Kristoffer", "Rune", "Troels", "Lasse", "Mikkel", "Nicolai", "Esben", "Asger", "Bertram",
    "Laurits", "Silas", "Benjamin", "Adam", "Sigurd", "Ebbe", "Holger", "Mogens", "Ejner",
    "Jeppe", "Thorkild", "Gert", "Orla", "Mohammed", "Ahmed", "Ali", "Omar", "Hassan",
    "Mustafa", "Yusuf", "Emre", "Murat", "Tariq", "Bilal", "Karim", "Hamza", "Ibrahim",
    "Khalid", "Abdi", "Mehmet", "Cem", "Burak", "Piotr", "Tomasz", "Andrzej", "Krzysztof",
    "Marek", "Vasyl", "Dmytro", "Oleksandr", "Andrii", "Minh", "Duc", "Reza", "Farid", "Jamal",
    "Nasser", "Walid", "Zoran", "Goran", "Dragan", "Milan",
)  # fmt: skip
SURNAMES = (
    "Nielsen", "Jensen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen",
    "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen", "Thomsen",
    "Christiansen", "Poulsen", "Johansen", "Møller", "Mortensen", "Knudsen", "Jakobsen",
    "Mikkelsen", "Olesen", "Frederiksen", "Laursen", "Henriksen", "Lund", "Schmidt", "Eriksen",
    "Holm", "Kristiansen", "Clausen", "Simonsen", "Svendsen", "Andreasen", "Iversen",
    "Jeppesen", "Mogensen", "Jacobsen", "Nissen", "Lauridsen", "Kjær", "Jespersen", "Bertelsen",
    "Vestergaard", "Nørgaard", "Søndergaard", "Bach", "Dam", "Carlsen", "Lassen", "Kjeldsen",
    "Nygaard", "Brandt", "Berg", "Friis", "Juhl", "Winther", "Lind", "Dahl", "Bak", "Skov",
    "Krog", "Holst", "Koch", "Bruun", "Kofoed", "Lorentzen", "Vinther", "Ravn", "Toft",
    "Østergaard", "Mathiasen", "Jessen", "Gregersen", "Thygesen", "Bang", "Hald", "Hougaard",
    "Frandsen", "Kirkegaard", "Hedegaard", "Overgaard", "Damgaard", "Buch", "Kristoffersen",
    "Steffensen", "Villadsen", "Gade", "Storgaard", "Bisgaard", "Riis", "Rask", "Mørk", "Fog",
    "Boesen", "Klausen", "Hviid", "Borg", "Enevoldsen", "Ebbesen", "Flindt", "Munk", "Nørby",
    "Lauritsen", "Tang", "Birk", "Ladefoged", "Kragh", "Søgaard", "Dalsgaard", "Bundgaard",
    "Skytte", "Abildgaard", "Aagaard", "Højgaard", "Kjærgaard", "Engholm", "Thorsen", "Wulff",
    "Sloth", "Svenningsen", "Brix", "Pallesen", "Bech", "Hein", "Fischer", "Husted", "Kamp",
    "Marcussen", "Nøhr", "Pilgaard", "Quist", "Rosenkilde", "Sandholm", "Thorup", "Ulriksen",
    "Vang", "Westergaard", "Yde", "Zacho", "Balle", "Degn", "Eskildsen", "Gravesen", "Hjort",
    "Isaksen", "Justesen", "Kruse", "Leth", "Meldgaard", "Noer", "Offersen", "Plesner", "Rønn",
    "Tofte", "Uldall", "Vad", "Wind", "Yilmaz", "Kaya", "Demir", "Celik", "Sahin", "Hussein",
    "Khan", "Ahmed", "Mohamed", "Nguyen", "Tran", "Pham", "Kowalski", "Nowak", "Kowalczyk",
    "Wojcik", "Shevchenko", "Kovalenko", "Bondarenko", "Hassan", "Abdi", "Rahimi", "Haidari",
    "Karimi", "Hosseini", "Jama", "Farah", "Warsame", "Popescu", "Petrovic", "Jovanovic",
    "Hodzic",
)  # fmt: skip
# Private streets only: the organisations' streets (Rådhus..., Torvet, ...) are not among them.
STREETS = (
    "Birkevej", "Egevej", "Rosenvænget", "Kirkegade", "Nørregade", "Vestergade", "Søndergade",
    "Skolevej", "Møllevej", "Engvej", "Bakkedraget", "Lærkevej", "Solsikkevej", "Kastanie Allé",
    "Hasselvej", "Granvej", "Fasanvej", "Mågevej", "Tjørnevej", "Havrevænget", "Kløvermarken",
    "Grønningen", "Toftevej", "Præstegårdsvej", "Stationsvej", "Jernbanegade", "Bøgeløkken",
    "Ahornvej", "Pilevej", "Syrenvej", "Valmuevej", "Markvej", "Æblehaven", "Hybenvej",
    "Spurvevej", "Duevej", "Fyrrevej", "Lindealle", "Strandvejen", "Fjordvej", "Kærvej",
    "Ringstedgade", "Bredgade", "Klostergade", "Vænget", "Enghavevej", "Højvangen", "Agervej",
    "Bymarken", "Dalvej", "Rugmarken", "Hyldevej", "Ellevej", "Mosevej", "Snerlevej",
    "Tranevej", "Ravnsbjergvej", "Lyngvej", "Holmevej", "Nyvej",
)  # fmt: skip
TOWNS = (
    ("7400", "Herning"), ("8000", "Aarhus C"), ("5000", "Odense C"), ("9000", "Aalborg"),
    ("6700", "Esbjerg"), ("7100", "Vejle"), ("8900", "Randers C"), ("6000", "Kolding"),
    ("8700", "Horsens"), ("4000", "Roskilde"), ("3400", "Hillerød"), ("4700", "Næstved"),
    ("4200", "Slagelse"), ("7500", "Holstebro"), ("8600", "Silkeborg"), ("8800", "Viborg"),
    ("4800", "Nykøbing F"), ("3000", "Helsingør"), ("2630", "Taastrup"), ("2600", "Glostrup"),
    ("2300", "København S"), ("2200", "København N"), ("2400", "København NV"),
    ("2500", "Valby"), ("2700", "Brønshøj"), ("2720", "Vanløse"), ("2650", "Hvidovre"),
    ("2670", "Greve"), ("2750", "Ballerup"), ("2800", "Kongens Lyngby"), ("2860", "Søborg"),
    ("6400", "Sønderborg"), ("6200", "Aabenraa"), ("6100", "Haderslev"),
    ("9700", "Brønderslev"), ("9800", "Hjørring"), ("9900", "Frederikshavn"),
    ("7700", "Thisted"), ("7800", "Skive"), ("8300", "Odder"), ("8660", "Skanderborg"),
    ("8500", "Grenaa"), ("5700", "Svendborg"), ("5500", "Middelfart"), ("4300", "Holbæk"),
    ("4100", "Ringsted"), ("4600", "Køge"), ("3600", "Frederikssund"), ("7000", "Fredericia"),
    ("6800", "Varde"), ("6900", "Skjern"), ("9400", "Nørresundby"), ("9500", "Hobro"),
    ("5800", "Nyborg"), ("4400", "Kalundborg"), ("3700", "Rønne"),
)  # fmt: skip
# The citizen services' own addresses and those of the authorities, banks and police.
OFFICES = (
    ("Herning Kommune, Borgerservice", "Rådhuspladsen 2, 7400 Herning"),
    ("Vejle Kommune, Borgerservice", "Rådhustorvet 4, 7100 Vejle"),
    ("Roskilde Kommune, Borgerservice", "Rådhusbuen 1, 4000 Roskilde"),
    ("Esbjerg Kommune, Borgerservice", "Rådhusstræde 3, 6700 Esbjerg"),
    ("Silkeborg Kommune, Borgerservice", "Torvet 7, 8600 Silkeborg"),
    ("Aalborg Kommune, Borgerservice", "Boulevarden 13, 9000 Aalborg"),
    ("Randers Kommune, Borgerservice", "Laksetorvet 1, 8900 Randers C"),
    ("Næstved Kommune, Borgerservice", "Rådmandshaven 20, 4700 Næstved"),
)
ORG_ADDRESSES = (
    *(address for _, address in OFFICES),
    "Østbanegade 123, 2100 København Ø",
    "Kongens Vænge 8, 3400 Hillerød",
    "Landgreven 4, 1301 København K",
    "Polititorvet 14, 1780 København V",
    "Havneholmen 25, 1561 København V",
    "Banegårdspladsen 4, 8000 Aarhus C",
)
# Where the branches and police in the texts are.
PLACES = (
    ("Skattestyrelsen", "Østbanegade 123, 2100 København Ø"),
    ("Udbetaling Danmark", "Kongens Vænge 8, 3400 Hillerød"),
    ("Digitaliseringsstyrelsen", "Landgreven 4, 1301 København K"),
    ("Københavns Politi", "Polititorvet 14, 1780 København V"),
    ("Nordea", "Havneholmen 25, 1561 København V"),
    ("Danske Bank", "Banegårdspladsen 4, 8000 Aarhus C"),
)
ORG_LINES = (
    "70 12 80 81",
    "70 15 73 00",
    "70 20 11 26",
    "80 88 44 22",
    "70 10 18 18",
    "80 33 12 12",
)
AUTHORITIES = (
    "Skattestyrelsen",
    "Udbetaling Danmark",
    "borger.dk",
    "Digital Post",
    "Motorstyrelsen",
)
BANKS = (
    "Danske Bank",
    "Nordea",
    "Jyske Bank",
    "Sydbank",
    "Arbejdernes Landsbank",
    "Spar Nord",
    "Lunar",
)
PRODUCTS = ("MitID", "e-Boks", "NemKonto", "MobilePay", "Digital Post-appen")
ALIAS_UNITS = (
    "Skattestyrelsen",
    "Udbetaling Danmark",
    "MitID-support",
    "Digital Post",
    "borger.dk",
    "bankens sikkerhedsafdeling",
)
PSEUDONYMS = ("Borger A", "Borger B", "Medarbejder 1", "Medarbejder 2", "Pårørende C")
FAMILY = (
    "min mand",
    "min kone",
    "min datter",
    "min søn",
    "min mor",
    "min far",
    "hendes søn",
    "hans datter",
    "barnebarnet",
)
MONTHS = (
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
PLATE_LETTERS = "ABCDEFHJKLMNPRSTUVXYZ"
# A code read out digit by digit in words is not labelled.
DIGIT_WORDS = ("nul", "et", "to", "tre", "fire", "fem", "seks", "syv", "otte", "ni")
SCAM_HOSTS = (
    "skat-refusion",
    "borger-dk-login",
    "udbetaling-dk",
    "digitalpost-besked",
    "mitid-fornyelse",
    "motorst-betaling",
)

Item = str | tuple[str, str] | list["Item"]
_FIELD = re.compile(r"\{(\w+)\}")


def grouped(compact: str) -> str:
    """The value in groups of four, as printed on cards and IBANs."""
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))


def _mod11(digits: str) -> bool:
    return sum(int(c) * w for c, w in zip(digits, WEIGHTS, strict=True)) % 11 == 0


def _luhn_ok(digits: str) -> bool:
    total = 0
    for i, c in enumerate(reversed(digits)):
        n = int(c) * (2 if i % 2 else 1)
        total += n - 9 if n > 9 else n
    return total % 10 == 0


def _ascii(name: str) -> str:
    for a, b in (("æ", "ae"), ("ø", "oe"), ("å", "aa"), ("é", "e")):
        name = name.lower().replace(a, b)
    return re.sub(r"[^a-z]", "", name)


class _Person:
    """A synthetic citizen or member of staff and all their identifiers."""

    def __init__(self, rng: random.Random, staff: bool = False) -> None:
        self.female = rng.random() < 0.5
        self.first = rng.choice(WOMEN if self.female else MEN)
        self.middle = rng.choice(WOMEN if self.female else MEN) if rng.random() < 0.2 else ""
        self.last = rng.choice(SURNAMES)
        if rng.random() < 0.15:
            self.last = f"{rng.choice(SURNAMES)}-{self.last}"
        low = date(1960, 1, 1) if staff else date(1934, 1, 1)
        self.born = low + timedelta(days=rng.randrange((date(2005, 12, 31) - low).days))
        century = "4" if self.born.year >= 2000 else rng.choice("0123")
        while True:
            self.cpr = self.born.strftime("%d%m%y") + century + f"{rng.randrange(1000):03d}"
            if not _mod11(self.cpr):
                break
        self.phone = rng.choice(MOBILE if rng.random() < 0.8 else LANDLINE) + "".join(
            rng.choice("0123456789") for _ in range(6)
        )
        self.street = f"{rng.choice(STREETS)} {rng.randrange(1, 99)}"
        if rng.random() < 0.15:
            self.street += rng.choice("ABC")
        if rng.random() < 0.4:
            self.street += rng.choice(
                (", st.", ", 1. th.", ", 2. tv.", ", st. mf.", ", 3. tv.", ", 1. tv.", ", 4. th.")
            )
        self.postcode, self.town = rng.choice(TOWNS)
        first, last = _ascii(self.first), _ascii(self.last)
        year = self.born.strftime(rng.choice(("%y", "%Y")))
        self.mitid = rng.choice((first + year, first[0] + last + year, first + last[:3] + year))
        local = rng.choice((f"{first}.{last}", f"{first}{year}", f"{first[0]}{last}", first))
        if staff:
            local = first[:2] + last[:2]
            self.email = f"{local}@{rng.choice(('herning', 'vejle', 'kommune', 'bs'))}.example.dk"
        else:
            domain = rng.choice(("example.dk", "example.com", "mail.example.dk", "example.net"))
            self.email = f"{local}@{domain}"

    @property
    def full(self) -> str:
        return " ".join(part for part in (self.first, self.middle, self.last) if part)


class _Doc:
    """One document being written: its text, its spans and whether it is pseudonymised."""

    def __init__(self, rng: random.Random, negative: bool) -> None:
        self.rng = rng
        self.neg = negative
        self.text = ""
        self.spans: list[dict] = []

    def put(self, item: Item) -> None:
        if isinstance(item, list):
            for part in item:
                self.put(part)
        elif isinstance(item, tuple):
            kind, value = item
            self.spans.append(
                {"type": kind, "start": len(self.text), "end": len(self.text) + len(value)}
            )
            self.text += value
        else:
            if item.startswith("\n"):  # no stray blank before a line break
                self.text = self.text.rstrip(" ")
            self.text += item

    def fill(self, template: str, **values: Item) -> None:
        at = 0
        for field in _FIELD.finditer(template):
            self.put(template[at : field.start()])
            self.put(values[field.group(1)])
            at = field.end()
        self.put(template[at:])

    def x(self, kind: str, value: str, alt: str) -> Item:
        """The labelled value, or in a negative its stand-in."""
        return alt if self.neg else (kind, value)

    def pick(self, *options: str) -> str:
        return self.rng.choice(options)

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    # --- names -------------------------------------------------------------------------
    def name(self, p: _Person, form: str = "", alt: str = "[NAVN]") -> Item:
        """A name in a written form (title outside the span), or a stand-in in a negative."""
        form = form or self.pick("full", "full", "first", "title", "short", "initial")
        if self.neg:
            return alt
        if form == "title":
            return [("fru " if p.female else "hr. "), ("PERSON", p.last)]
        value = {
            "full": p.full,
            "first": p.first,
            "short": f"{p.first} {p.last}",
            "initial": f"{p.first[0]}. {p.last}",
            "comma": f"{p.last}, {p.first}",
            "caps": p.full.upper(),
            "lower": p.first.lower(),
            "gen": (p.first if p.first[-1] in "sxz" else p.first + "s"),
        }[form]
        if form == "gen" and p.first[-1] in "sxz":
            return [("PERSON", value), "'"]
        return ("PERSON", value)

    # --- identifiers ---------------------------------------------------------------------
    def cpr(self, p: _Person, alt: str = "") -> Item:
        c = p.cpr
        value = self.pick(
            f"{c[:6]}-{c[6:]}",
            c,
            f"{c[:2]} {c[2:4]} {c[4:6]} {c[6:]}",
            f"{c[:6]} {c[6:]}",
            f"{c[:2]}.{c[2:4]}.{c[4:6]}-{c[6:]}",
        )
        return self.x("CPR", value, alt or self.pick("[CPR]", f"{c[:6]}-xxxx"))

    def dob(self, p: _Person) -> Item:
        b = p.born
        value = self.pick(
            f"{b.day}. {MONTHS[b.month - 1]} {b.year}",
            b.strftime("%d.%m.%Y"),
            f"{b.day}/{b.month}-{b.year}",
            b.strftime("%d-%m-%Y"),
        )
        return self.x("DATE_OF_BIRTH", value, "xx.xx.xxxx")

    def phone(self, p: _Person, foreign: bool = False) -> Item:
        d = p.phone
        r = self.rng
        if foreign or r.random() < 0.05:
            value = r.choice(
                (f"+44 7700 900{r.randrange(1000):03d}", f"+46 70 174 06 {r.randrange(5, 100):02d}")
            )
        else:
            pairs = f"{d[:2]} {d[2:4]} {d[4:6]} {d[6:]}"
            value = r.choice(
                (
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
                    pairs.replace(" ", "-"),
                )
            )
        return self.x("PHONE", value, self.pick("[TLF]", f"+45 ** ** ** {d[6:]}"))

    def email(self, p: _Person) -> Item:
        masked = f"{p.email[0]}***@{p.email.split('@')[1]}"
        return self.x("EMAIL", p.email, self.pick("[e-mail]", masked))

    def masked_mail(self, p: _Person) -> str:
        return f"{p.email[0]}***@{p.email.split('@')[1]}"

    def address(self, p: _Person, layout: str = "") -> Item:
        layout = layout or self.pick("comma", "comma", "street", "lines")
        value = {
            "comma": f"{p.street}, {p.postcode} {p.town}",
            "street": p.street,
            "lines": f"{p.street}\n{p.postcode} {p.town}",
        }[layout]
        return self.x("ADDRESS", value, "[ADRESSE]")

    def card(self) -> tuple[Item, Item]:
        r = self.rng
        body = r.choice(TEST_PREFIXES) + "".join(r.choice("0123456789") for _ in range(9))
        number = next(body + d for d in "0123456789" if _luhn_ok(body + d))
        month, year = r.randrange(1, 13), r.randrange(26, 32)
        expiry = r.choice((f"{month:02d}/{year}", f"{month:02d}/20{year}", f"{month:02d}-20{year}"))
        value = r.choice((grouped(number), number))
        masked = r.choice((f"**** **** **** {number[-4:]}", f"******{number[-4:]}"))
        return self.x("CARD", value, masked), self.x("CARD_EXPIRY", expiry, "xx/xx")

    def iban(self) -> Item:
        r = self.rng
        country = r.choice(("DK", "DE", "GB", "SE", "NO", "LT", "NL", "ES", "PL", "FR", "DE"))
        size = IBAN_LENGTH[country] - 4
        letters = 4 if country in ("GB", "NL") else 0
        bban = "".join(r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(letters))
        bban += "".join(r.choice("0123456789") for _ in range(size - letters))
        digits = "".join(str(int(c, 36)) for c in bban + country + "00")
        compact = f"{country}{98 - int(digits) % 97:02d}{bban}"
        value = grouped(compact) if r.random() < 0.6 else compact
        return self.x("IBAN", value, f"DK{r.randrange(10, 99)}XXXXXXXXXX{r.randrange(10000):04d}")

    def account(self) -> Item:
        r = self.rng
        reg = f"{r.randrange(1000, 9999)}"
        acct = f"{r.randrange(10**9):010d}" if r.random() < 0.6 else f"{r.randrange(10**7, 10**8)}"
        if self.neg:
            return r.choice(("[kontonr.]", f"reg.nr. {reg} kontonr. [kontonr.]"))
        form = r.randrange(4)
        if form == 0:
            return ("BANK_ACCOUNT", f"{reg}-{acct}")
        if form == 1:
            return ("BANK_ACCOUNT", f"{reg} {acct}")
        if form == 2:
            return ["reg.nr. ", reg, ", kontonr. ", ("BANK_ACCOUNT", acct)]
        return ["reg. ", reg, " konto ", ("BANK_ACCOUNT", acct)]

    def plate(self) -> Item:
        r = self.rng
        letters = r.choice(PLATE_LETTERS) + r.choice(PLATE_LETTERS)
        digits = f"{r.randrange(10, 100)}{r.randrange(100, 1000)}"
        value = f"{letters} {digits[:2]} {digits[2:]}" if r.random() < 0.7 else letters + digits
        return self.x("NUMBER_PLATE", value, f"{letters} ** ***")

    def otp(self) -> Item:
        r = self.rng
        value = f"{r.randrange(10**6):06d}" if r.random() < 0.85 else f"{r.randrange(10**8):08d}"
        return self.x("OTP", value, "[kode]")

    def mitid(self, p: _Person) -> Item:
        return self.x("MITID_USER", p.mitid, "(skjult)")

    # --- values that are never personal ----------------------------------------------------
    def case(self) -> str:
        r = self.rng
        return r.choice(
            (
                f"BS-2026-{r.randrange(100000):05d}",
                f"INC{r.randrange(10**7):07d}",
                f"J.nr. 27.12.08-P20-{r.randrange(1, 400)}-26",
            )
        )

    def amount(self) -> str:
        r = self.rng
        kroner = r.choice((r.randrange(1, 999), r.randrange(1000, 40000)))
        text = f"{kroner:,}".replace(",", ".") + r.choice(("", f",{r.randrange(100):02d}"))
        return f"{text} kr." if r.random() < 0.7 else f"kr. {text}"

    def day(self) -> str:
        r = self.rng
        d, m = r.randrange(1, 29), r.randrange(9, 13)
        return r.choice(
            (
                f"{d:02d}.{m:02d}.26",
                f"{d:02d}.{m:02d}.2026",
                f"2026-{m:02d}-{d:02d}",
                f"{d}. {MONTHS[m - 1]}",
            )
        )

    def clock(self) -> str:
        return f"kl. {self.rng.randrange(8, 20):02d}.{self.rng.randrange(60):02d}"

    def url(self) -> str:
        r = self.rng
        token = "".join(
            r.choice("abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6)
        )
        return (
            f"https://{r.choice(SCAM_HOSTS)}.example.net/{r.choice(('dk', 'login', 'b'))}?t={token}"
        )

    def device(self) -> str:
        r = self.rng
        if r.random() < 0.5:
            return f"kodeviser KV-{r.randrange(10**6):06d}"
        serial = f"{r.randrange(10**4):04d}-{r.randrange(10**4):04d}-{r.randrange(100):02d}"
        return f"MitID-chip MC-{serial}"

    def cvr(self) -> str:
        return f"CVR-nr. {self.rng.randrange(10**7, 10**8)}"

    def office(self) -> tuple[str, str]:
        return self.rng.choice(OFFICES)

    def family(self) -> str:
        return self.rng.choice(FAMILY)

    def alias(self, unit: str = "") -> Item:
        """A caller's invented name and unit, labelled by the name only in a positive."""
        unit = unit or self.pick(*ALIAS_UNITS)
        if self.neg:
            return f"sagde, at han ringede fra {unit}"
        verb = self.pick("præsenterede sig som", "sagde han hed", "sagde hun hed")
        name = self.rng.choice(WOMEN if "hun" in verb else MEN)
        return [f"{verb} ", ("PERSON", name), f" fra {unit}"]


# --- the genres --------------------------------------------------------------------------


def _henvendelse(d: _Doc) -> None:
    p, s, kin = _Person(d.rng), _Person(d.rng, staff=True), _Person(d.rng)
    office, office_address = d.office()
    what = d.pick("et brev", "en SMS", "en e-mail", "et opkald")
    sender = d.pick(*AUTHORITIES)
    d.fill(
        "{head} {day} {clock}\n{case_label}: {case}\nBorger: {name}{cpr}\n",
        head=d.pick(
            "Henvendelse i Borgerservice",
            "HENVENDELSE - skranke",
            "Skrankenotat",
            "Personligt fremmøde",
        ),
        day=d.day(),
        clock=d.clock(),
        case_label=d.pick("Sagsnr.", "Sag", "Ref."),
        case=d.case(),
        name=d.name(p, d.pick("full", "short"), "Borger A"),
        cpr=[", CPR ", d.cpr(p)] if d.chance(0.6) else "",
    )
    d.fill(
        "Navn på legitimation: {caps}, {doc}\n",
        caps=d.name(p, "caps", "[NAVN]"),
        doc=d.pick("pas", "kørekort", "sundhedskort (gult)", "opholdskort"),
    )
    if d.chance(0.5):
        d.fill("{label} {addr}\n", label=d.pick("Adr.:", "Adresse:", "bor:"), addr=d.address(p))
    if d.chance(0.6):
        d.fill("{label} {phone}\n", label=d.pick("Tlf.:", "Mobil:", "tlf"), phone=d.phone(p))
    if d.chance(0.3):
        d.fill("Født: {dob}\n".replace("Født:", d.pick("Født", "f.", "Fødselsdato:")), dob=d.dob(p))
    d.put("\n")
    d.fill(
        "{who} mødte op med {what}, der så ud til at komme fra {sender}. ",
        who=d.name(p, d.pick("first", "title", "full"), "Borgeren"),
        what=what,
        sender=sender,
    )
    if what == "et opkald":
        d.fill("En person {alias} og bad om bruger-id og kode. ", alias=d.alias())
        if d.chance(0.8):
            d.fill(
                "Borger gav sit MitID bruger-id {mitid} og {code_word} {otp}. ",
                mitid=d.mitid(p),
                code_word=d.pick("koden", "engangskoden", "kode"),
                otp=d.otp(),
            )
    elif d.chance(0.6):
        card, expiry = d.card()
        d.fill(
            "Fulgte linket og tastede kortnr. {card} udløb {expiry} ind for at få {amount} "
            "tilbage. Vi ringede sammen til {bank}, kortet er spærret. ",
            card=card,
            expiry=expiry,
            amount=d.amount(),
            bank=d.pick(*BANKS),
        )
    else:
        d.fill("Der stod et link: {url} - borger har IKKE klikket. ", url=d.url())
    if d.chance(0.35):
        d.fill(
            "Brevet handlede om ejerafgift for bil {plate}, {amount} skulle betales til {iban}. ",
            plate=d.plate(),
            amount=d.amount(),
            iban=d.iban(),
        )
    if d.chance(0.4):
        d.fill(
            "Borger fortæller, at {fam} ({kin}) hjalp med beskeden, tlf {phone}. ",
            fam=d.family(),
            kin=d.name(kin, d.pick("full", "first"), "Pårørende C"),
            phone=d.phone(kin),
        )
    if d.chance(0.3):
        d.fill(
            "Tjekket at {gen} NemKonto stadig er {acct}. ",
            gen=d.name(p, "gen", "borgerens"),
            acct=d.account(),
        )
    if d.chance(0.5):
        d.fill("MitID spærret via MitID-support ({line}). ", line=d.pick(*ORG_LINES))
    d.fill(
        "Henvist til politiet og til {office} på {address} ved spørgsmål.\n/{staff}",
        office=office,
        address=office_address,
        staff=d.name(s, d.pick("first", "initial"), "Medarbejder 1"),
    )


def _henvendelse_kort(d: _Doc) -> None:
    """The hurried variant: a few lower-case lines typed at the counter, typos and all."""
    p, s = _Person(d.rng), _Person(d.rng, staff=True)
    d.fill(
        "{head} {day}\nNavn på legitimation: {caps}, {doc}\n{who} kom ind m. {what} fra "
        '"{sender}" om {amount} - {state}\n',
        head=d.pick("kort notat, skranke 2", "skranke", "HENVENDLESE", "drop-in"),
        day=d.day(),
        caps=d.name(p, "caps", "[NAVN]"),
        doc=d.pick("pas", "kørekort", "sundhedskort"),
        who=d.pick("borgr", "borger", "ældre borger", "hun" if p.female else "han"),
        what=d.pick("brev", "sms", "udprintet mail"),
        sender=d.pick("skat", "UDK", "borger.dk", "digital post", "e-boks"),
        amount=d.amount(),
        state=d.pick(
            "har IKKE betalt.",
            "har ikke klikket på linket men er meget urolig.",
            "har betalt :(",
            "ved ikke om hun har trykket på noget" if p.female else "ved ikke om han har trykket",
        ),
    )
    if d.chance(0.6):
        d.fill("tlf {phone}", phone=d.phone(p))
        mail = [" / ", d.email(p)] if d.chance(0.4) else ""
        d.fill("{mail}\n", mail=mail)
    if d.chance(0.5):
        d.fill("ringede i forvejen en der {alias}\n", alias=d.alias())
    if d.chance(0.4):
        d.fill(
            "har givet {mitid} og engangskode {otp} videre, mitid spæret\n",
            mitid=d.mitid(p),
            otp=d.otp(),
        )
    if d.chance(0.3):
        d.fill("bilen {plate} nævnt i brevet\n", plate=d.plate())
    if d.chance(0.3):
        d.fill("adr. {addr}\n", addr=d.address(p, "comma"))
    d.fill(
        "vist til politi.dk + banken. {case}\n/{staff}\n",
        case=d.case(),
        staff=d.name(s, d.pick("lower", "first", "initial"), "Medarbejder 1"),
    )


def _telefonnotat(d: _Doc) -> None:
    p, s = _Person(d.rng), _Person(d.rng, staff=True)
    d.fill(
        "{head}\nDato: {day} {clock}  Varighed: {minutes} min\nOpkald fra: {name} ({phone})\n"
        "Modtaget af: {staff}, Digital Post-hotline\nVedr.: {subject}\n\n",
        head=d.pick("TELEFONNOTAT", "Telefonnotat", "Opkaldslog - Digital Post", "tlf.notat"),
        day=d.day(),
        clock=d.clock(),
        minutes=str(d.rng.randrange(2, 40)),
        name=d.name(p, d.pick("full", "short", "comma"), "Borger A"),
        phone=d.phone(p),
        staff=d.name(s, d.pick("full", "short", "initial"), "Medarbejder 1"),
        subject=d.pick(
            'mistænkelig besked fra "Digital Post"',
            "falsk brev fra Skattestyrelsen",
            "opkald fra falsk Udbetaling Danmark",
            "MitID misbrugt?",
        ),
    )
    d.fill(
        "Borger oplyser {cprword} {cpr}",
        cprword=d.pick("CPR", "cpr-nr.", "CPR-nummer"),
        cpr=d.cpr(p),
    )
    if d.chance(0.35):
        d.fill(", {cue} {dob}", cue=d.pick("født", "f."), dob=d.dob(p))
    d.fill(
        ". Blev {when} ringet op af en, der {alias}. ",
        when=d.pick("i går", "i formiddags", f"d. {d.day()}"),
        alias=d.alias(),
    )
    if not d.neg and d.chance(0.25):
        spelled = "-".join(p.last.split("-")[0].upper())
        d.put(f"Efternavnet blev stavet {spelled} i telefonen. ")
    if d.chance(0.75):
        d.fill(
            "{who} gav {mitid_word} {mitid} og læste {code_word} {otp} op. ",
            who=d.pick("Borger", "Hun" if p.female else "Han"),
            mitid_word=d.pick("sit MitID bruger-id", "brugernavn", "MitID-brugernavnet"),
            mitid=d.mitid(p),
            code_word=d.pick("koden", "engangskoden", "kode fra appen"),
            otp=d.otp(),
        )
    else:
        d.put("Borger gav INGEN koder, lagde på. ")
    if not d.neg and d.chance(0.3):
        read_out = "-".join(DIGIT_WORDS[int(c)] for c in f"{d.rng.randrange(10**6):06d}")
        d.put(f'Husker koden som "{read_out}", men er ikke sikker. ')
    if d.chance(0.4):
        d.fill("Svindleren bad om at få pengene overført til {iban}. ", iban=d.iban())
    if d.chance(0.45):
        d.fill(
            "Efterfølgende er NemKonto ændret til {acct} - ikke borgers bank. ", acct=d.account()
        )
    if d.chance(0.3):
        card, expiry = d.card()
        d.fill("Har også oplyst kort {card}, udløb {expiry}. ", card=card, expiry=expiry)
    d.fill(
        "\nHandling: {action}\nTilbagekald på {phone} {when}. Sag: {case}\n",
        action=d.pick(
            "MitID spærret, ny kodeviser bestilt.",
            "henvist til politiet og banken.",
            f"kontaktet Udbetaling Danmark på {d.pick(*ORG_LINES)}.",
            f"{d.device()} meldt mistet.",
        ),
        phone=d.phone(p),
        when=d.pick("i morgen", "fredag", d.clock()),
        case=d.case(),
    )


def _email(d: _Doc) -> None:
    p, s = _Person(d.rng), _Person(d.rng, staff=True)
    office, office_address = d.office()
    d.fill(
        "Fra: {name} <{mail}>\nSendt: {day} {clock}\nTil: {office}\nEmne: {subject}\n\n",
        name=d.name(p, d.pick("full", "short"), "[NAVN]"),
        mail=d.email(p),
        day=d.day(),
        clock=d.clock(),
        office=office,
        subject=d.pick(
            "VS: Du har en ny meddelelse i Digital Post",
            "Fw: Tilbagebetaling af skat",
            "falsk mail???",
            "SV: din henvendelse",
            "Hjælp - har jeg været dum",
        ),
    )
    d.fill(
        "{hi}\n\nJeg har fået {what} fra {sender}{about}. ",
        hi=d.pick("Hej", "Kære Borgerservice", "Goddag", "hej med jer"),
        what=d.pick("en mail", "en sms", "et brev i min postkasse"),
        sender=d.pick(*AUTHORITIES),
        about=d.pick(
            f" om {d.amount()} til gode", " om at mit MitID udløber", "", " om boligstøtte"
        ),
    )
    if d.chance(0.2):
        card, expiry = d.card()
        d.fill(
            "\n(English:) sorry my danish is not so good. I clicked the link and typed my card "
            "{card} exp. {expiry}, is this a scam?? ",
            card=card,
            expiry=expiry,
        )
    elif d.chance(0.55):
        card, expiry = d.card()
        d.fill(
            "Jeg kom til at skrive mit kortnummer {card} og udløb {expiry} ind. ",
            card=card,
            expiry=expiry,
        )
    if d.chance(0.35):
        d.fill("Det var {fam}, der sagde jeg skulle skrive til jer. ", fam=d.family())
    if d.chance(0.3):
        d.fill("De bad også om min fødselsdato, og jeg skrev født {dob}. ", dob=d.dob(p))
    if d.chance(0.25):
        d.fill(
            "Afsenderen var {scam}. ",
            scam=d.x(
                "EMAIL", f"noreply@{d.pick(*SCAM_HOSTS).replace('-', '')}.example.net", "[e-mail]"
            ),
        )
    if d.chance(0.35):
        d.fill("De skrev at pengene ville gå til {iban}. ", iban=d.iban())
    d.fill(
        "\n\nMvh\n{name}\n{addr}\n{phone}\n",
        name=d.name(p, d.pick("full", "first", "short"), "[NAVN]"),
        addr=d.address(p, d.pick("comma", "lines")),
        phone=d.phone(p),
    )
    d.fill(
        "\n-----\nSV: Kære {greet}\n\nTak for din mail. {answer} Du er velkommen til at møde op i "
        "Borgerservice på {address}, så hjælper vi med MitID. Husk legitimation.\n\n"
        "Med venlig hilsen\n{staff}\n{office}\n{address2}\nDirekte tlf. {sphone}\n{smail}\n",
        greet=d.name(p, d.pick("first", "title", "full"), "borger"),
        answer=d.pick(
            "Beskeden er falsk.",
            "Vi har aldrig bedt om kortoplysninger på mail.",
            f"Ring straks til din bank og spær kortet. Politiet kan kontaktes på "
            f"{d.pick(*ORG_LINES)}.",
        ),
        address=office_address,
        staff=d.name(s, d.pick("full", "short"), "Medarbejder 2"),
        office=office,
        address2=office_address,
        sphone=d.phone(s),
        smail=d.email(s),
    )


def _svindelbesked(d: _Doc) -> None:
    p, s = _Person(d.rng), _Person(d.rng, staff=True)
    kind = d.rng.randrange(5)
    d.fill(
        "{head} ({day} {clock}) fra {name}:\n\n",
        head=d.pick(
            "Videresendt SMS",
            "Videresendt besked",
            "FW: scam-besked modtaget",
            "Kopi af SMS som borger viste",
        ),
        day=d.day(),
        clock=d.clock(),
        name=d.name(p, d.pick("full", "short"), "Borger A"),
    )
    greet = d.name(p, d.pick("full", "short", "caps"), "[NAVN]")
    if kind == 0:
        d.fill(
            'Afsender: SKAT-DK\n"Skattestyrelsen: Kære {greet}, du har {amount} til gode. '
            'Bekræft dit kort inden 48 timer: {url}"\n',
            greet=greet,
            amount=d.amount(),
            url=d.url(),
        )
        card, expiry = d.card()
        d.fill(
            "\nBorger: jeg tastede kort {card} og {exp_cue} {expiry} ind",
            card=card,
            exp_cue=d.pick("udløb", "udløbsdato", "gyldig til"),
            expiry=expiry,
        )
        if d.chance(0.5):
            d.fill(" og så kom der en kode {otp} som jeg også skrev ind", otp=d.otp())
    elif kind == 1:
        d.fill(
            'Afsender: Motorst\n"Motorstyrelsen: Ejerafgift for køretøj {plate} er forfalden. '
            "Betal {amount} til {iban} senest i dag, ellers afmeldes bilen. Spørgsmål: ring "
            '{phone}"\n',
            plate=d.plate(),
            amount=d.amount(),
            iban=d.iban(),
            phone=d.phone(p, foreign=True),
        )
        d.fill("\nBorger: min bil har nr. {plate}, men jeg har betalt", plate=d.plate())
    elif kind == 2:
        d.fill(
            'Fra: "borger.dk" <{scam}>\nEmne: Vigtigt: opdater dine oplysninger\n'
            '"Kære {greet}. Vi har registreret en fejl ved dit CPR {cpr}. Log ind med MitID her: '
            '{url}"\n',
            scam=d.x(
                "EMAIL", f"info@{d.pick(*SCAM_HOSTS).replace('-', '')}.example.net", "[e-mail]"
            ),
            greet=greet,
            cpr=d.cpr(p),
            url=d.url(),
        )
        d.fill("\nBorger: jeg loggede ind med {mitid} og godkendte", mitid=d.mitid(p))
    elif kind == 3:
        d.fill(
            '"Udbetaling Danmark: Din boligstøtte er stoppet. Oplys NemKonto og fødselsdato '
            'her {url}"\n\nBorger skrev på siden: født {dob}, bankoplysninger {acct}',
            url=d.url(),
            dob=d.dob(p),
            acct=d.account(),
        )
    else:
        d.fill(
            '"Digital Post: Du har 1 ulæst brev. Det slettes i dag. Bekræft dit mobilnr. '
            '{phone} og bruger-id {mitid}: {url}"\n\nBorger: jeg har ikke gjort noget',
            phone=d.phone(p),
            mitid=d.mitid(p),
            url=d.url(),
        )
    if d.chance(0.35):
        d.fill(
            ". og {fam} siger jeg skal ringe til jer, mit nr er {phone}",
            fam=d.family(),
            phone=d.phone(p),
        )
    d.fill(
        "\n\nNotat ({staff}): {note} Sagsnr. {case}. {device}\n",
        staff=d.name(s, d.pick("first", "initial", "short"), "Medarbejder 1"),
        note=d.pick(
            "falsk, videresendt til 7726 og Digitaliseringsstyrelsen.",
            f"FALSK. Borger rådet til at ringe til banken ({d.pick(*ORG_LINES)}).",
            "klassisk phishing, link blokeret.",
            "svindel - anmeldt på politi.dk.",
        ),
        case=d.case(),
        device=d.pick("", f"Borgers {d.device()} spærret."),
    )


def _brev(d: _Doc) -> None:
    p, s = _Person(d.rng), _Person(d.rng, staff=True)
    office, office_address = d.office()
    d.fill(
        "{office}\n{address}\n{cvr}\n\n{name}\n{addr}\n\n{day}\n{case}\n",
        office=office,
        address=office_address,
        cvr=d.cvr(),
        name=d.name(p, d.pick("full", "short", "caps"), "[NAVN]"),
        addr=d.address(p, "lines"),
        day=d.day(),
        case=d.case(),
    )
    if d.chance(0.5):
        d.fill("CPR-nr.: {cpr}\n", cpr=d.cpr(p))
    d.fill(
        "\nVedr.: {subject}\n\nKære {greet}\n\nTak for din henvendelse {when} om {thing}, der "
        "så ud til at komme fra {sender}. {verdict}\n\n",
        subject=d.pick(
            "Falsk brev",
            "din henvendelse om mistænkelig post",
            "Svindelforsøg",
            "SPÆRRING AF MITID",
        ),
        greet=d.name(p, d.pick("full", "title", "first"), "borger"),
        when=d.day(),
        thing=d.pick("et brev", "en SMS", "en e-mail"),
        sender=d.pick(*AUTHORITIES),
        verdict=d.pick("Brevet er falsk.", "Der er tale om svindel.", "Beskeden er ikke fra os."),
    )
    if d.chance(0.45):
        d.fill(
            "Vi kan se, at din NemKonto den {day} blev ændret til {acct}. Ændringen er "
            "tilbageført.\n",
            day=d.day(),
            acct=d.account(),
        )
    if d.chance(0.4):
        d.fill(
            "Beløbet på {amount} blev forsøgt sendt til {iban}.\n", amount=d.amount(), iban=d.iban()
        )
    if d.chance(0.35):
        d.fill(
            "Dit MitID med bruger-id {mitid} er spærret, og {device} er deaktiveret.\n",
            mitid=d.mitid(p),
            device=d.device(),
        )
    if d.chance(0.2):
        d.fill(
            "Vi har noteret, at du er født {dob}, og at {fam} har fuldmagt.\n",
            dob=d.dob(p),
            fam=d.family(),
        )
    d.fill(
        "\nHar du spørgsmål, kan du ringe til mig på {sphone} eller skrive til {smail}. Du kan "
        "også møde op på {address}.\n\nMed venlig hilsen\n\n{staff}\n{role}\n",
        sphone=d.phone(s),
        smail=d.email(s),
        address=office_address,
        staff=d.name(s, d.pick("full", "short", "initial"), "Medarbejder 2"),
        role=d.pick("Sagsbehandler", "Borgerservicemedarbejder", "Digital Post-teamet"),
    )


def _sag(d: _Doc) -> None:
    p, s = _Person(d.rng), _Person(d.rng, staff=True)
    inc = f"INC{d.rng.randrange(10**7):07d}"
    d.fill(
        "{inc} | Kategori: {cat} | Prioritet: {prio}\nOprettet: 2026-{m}-{dd} {clock} af {staff}\n"
        "Borger: {name}",
        inc=inc,
        cat=d.pick(
            "Svindel/phishing", "MitID - misbrug", "Digital Post - falsk brev", "NemKonto ændret"
        ),
        prio=str(d.rng.randrange(1, 4)),
        m=f"{d.rng.randrange(9, 13):02d}",
        dd=f"{d.rng.randrange(1, 29):02d}",
        clock=d.clock(),
        staff=d.name(s, d.pick("initial", "short", "full"), "Medarbejder 1"),
        name=d.name(p, "comma", "Borger A"),
    )
    if d.chance(0.6):
        d.fill(" (f. {dob})", dob=d.dob(p))
    d.fill("\nCPR: {cpr}\nKontakt: {phone}", cpr=d.cpr(p), phone=d.phone(p))
    if d.chance(0.6):
        d.fill(" / {mail}", mail=d.email(p))
    if d.chance(0.55):
        d.fill("\nAdresse: {addr}", addr=d.address(p, d.pick("comma", "street")))
    d.fill(
        "\n\nBeskrivelse:\n{desc} ",
        desc=d.pick(
            "Borger ringet op af falsk Skattestyrelsen, har godkendt i MitID-appen.",
            "sms fra 'UDK' om boligstøtte, klikket på link.",
            "e-mail fra 'borger.dk' om ny Digital Post, logget ind på falsk side.",
            "Falsk brev om restskat, borger har betalt.",
        ),
    )
    if d.chance(0.5):
        d.fill("Svindler {alias}.", alias=d.alias())
    d.fill(
        "\nHandling: {gen} MitID spærret (bruger-id {mitid}), {device} registreret mistet.",
        gen=d.name(p, "gen", "Borgers") if d.chance(0.4) else "Borgers",
        mitid=d.mitid(p),
        device=d.device(),
    )
    if d.chance(0.55):
        d.fill(
            "\nNemKonto: ændret af ukendt til {acct}, tilbageført {day}.",
            acct=d.account(),
            day=d.day(),
        )
    if d.chance(0.4):
        d.fill(
            "\nOverførsel af {amount} til {iban} stoppet af {bank}.",
            amount=d.amount(),
            iban=d.iban(),
            bank=d.pick(*BANKS),
        )
    if d.chance(0.3):
        d.fill("\nBorgers bil {plate} nævnt i falsk brev.", plate=d.plate())
    if d.chance(0.3):
        d.fill("\nOTP brugt af svindler: {otp}", otp=d.otp())
    d.fill(
        "\nSagsbehandler: {staff}\nStatus: {status}\n",
        staff=d.name(s, d.pick("initial", "full"), "Medarbejder 2"),
        status=d.pick("Afsluttet", "Afventer borger", "Sendt til politiet", "Åben"),
    )


def _chat(d: _Doc) -> None:
    r = d.rng
    p, s, t = _Person(r), _Person(r, staff=True), _Person(r, staff=True)
    hour = r.randrange(8, 20)
    minute = r.randrange(0, 40)
    lines: list[tuple[_Person, str, list[Item]]] = []
    citizen = r.random() < 0.5
    if citizen:  # the webchat with a citizen
        a_form, b_form = d.pick("full", "short", "first", "lower"), d.pick("first", "short")
        a, b = p, s
        card, expiry = d.card()
        en = r.random() < 0.3  # a citizen who writes English

        def say(danish: str, english: str) -> str:
            return english if en else danish

        lines = [
            (
                a,
                a_form,
                [
                    say("hej jeg har fået en besked fra ", "hi i got a message from "),
                    d.pick(*AUTHORITIES),
                    say(" om at jeg skal bekræfte mit kort", " saying i must confirm my card"),
                ],
            ),
            (
                b,
                b_form,
                [
                    say("Hej ", "Hi "),
                    d.name(a, d.pick("first", "lower"), "[NAVN]"),
                    say(". Har du klikket på linket?", ". Did you click the link?"),
                ],
            ),
            (
                a,
                a_form,
                [say("ja og skrev ", "yes and typed "), card, " exp " if en else " udløb ", expiry],
            ),
            (
                b,
                b_form,
                [
                    say(
                        "Ring til din bank med det samme og spær kortet.",
                        "Please call your bank now and block the card.",
                    )
                ],
            ),
            (
                a,
                a_form,
                [
                    say(
                        "ok. skal jeg opgive mit cpr her? det er ", "ok. do you need my cpr? it is "
                    ),
                    d.cpr(p),
                ],
            ),
            (
                b,
                b_form,
                [
                    say(
                        "Du skal ikke skrive CPR i chatten. Hvilket nr kan vi ringe på?",
                        "Please don't write your CPR in the chat. What number can we call?",
                    )
                ],
            ),
            (a, a_form, [d.phone(p)]),
        ]
        if r.random() < 0.5:
            lines.append(
                (
                    a,
                    a_form,
                    [
                        say(
                            "de ringede også og fik min kode ", "they also called and got my code "
                        ),
                        d.otp(),
                    ],
                )
            )
        if r.random() < 0.4:
            lines.append((a, a_form, [say("og mit brugernavn ", "and my user id "), d.mitid(p)]))
        if r.random() < 0.45:
            lines.append(
                (
                    a,
                    a_form,
                    [
                        say(
                            "de ville have mig til at betale et gebyr til ",
                            "they wanted me to pay a fee to ",
                        ),
                        d.iban(),
                    ],
                )
            )
        lines.append(
            (
                b,
                b_form,
                [
                    say("Vi ringer dig op ", "We will call you "),
                    d.clock(),
                    say(". Sagsnr. ", ". Case no. "),
                    d.case(),
                ],
            )
        )
    else:  # colleagues on Teams
        a_form, b_form = d.pick("first", "short", "lower"), d.pick("first", "lower", "short")
        a, b = s, t
        lines = [
            (
                a,
                a_form,
                [
                    "har en borger ved skranken, ",
                    d.name(p, "full", "Borger B"),
                    ", fået brev fra 'skat' om ejerafgift på ",
                    d.plate(),
                ],
            ),
            (b, b_form, ["hvad er cpr?"]),
            (a, a_form, [d.cpr(p)]),
            (
                b,
                b_form,
                [
                    d.pick("nemkonto står til ", "NemKonto er ændret til "),
                    d.account(),
                    " siden ",
                    d.day(),
                ],
            ),
            (
                a,
                a_form,
                [
                    (
                        "det er ikke hendes bank!! hun har"
                        if p.female
                        else "det er ikke hans bank!! han har"
                    )
                    + " givet en svindler sin kode ",
                    d.otp(),
                ],
            ),
            (b, b_form, ["spær mitid, tag tlf ", d.phone(p), " og send videre til politiet"]),
        ]
        if r.random() < 0.5:
            lines.append((a, a_form, ["også mail: ", d.email(p)]))
        if r.random() < 0.5:
            lines.append((b, b_form, ["husk adresse til nyt kort: ", d.address(p, "comma")]))
        lines.append((a, a_form, ["ok, ", d.device(), " er spærret nu. ", d.case()]))
    pseudonym = {id(a): "Medarbejder 1" if not citizen else "Borger A", id(b): "Medarbejder 2"}
    for who, form, parts in lines:
        minute += r.randrange(0, 3)
        d.fill(
            "[{hh}:{mm}] {who}: ",
            hh=f"{hour:02d}",
            mm=f"{minute:02d}",
            who=d.name(who, form, pseudonym[id(who)]),
        )
        d.put(parts)
        d.put("\n")


def _blanket(d: _Doc) -> None:
    p, s = _Person(d.rng), _Person(d.rng, staff=True)
    office, office_address = d.office()
    d.fill(
        "{title}\n{office}, {address}\nSagsnr.: {case}\n\n1. Navn: {name}\n2. CPR-nr.: {cpr}\n"
        "3. {dob_cue} {dob}\n4. Adresse: {addr}\n5. Telefon: {phone}\n",
        title=d.pick(
            "INDBERETNING AF MISBRUG - MitID / Digital Post",
            "Blanket: mistanke om identitetstyveri",
            "ANMELDELSE AF SVINDELFORSØG",
        ),
        office=office,
        address=office_address,
        case=d.case(),
        name=d.name(p, d.pick("full", "short", "caps", "comma"), "[NAVN]"),
        cpr=d.cpr(p, "[CPR]"),
        dob_cue=d.pick("Fødselsdato:", "DOB:", "Fødselsdato:"),
        dob=d.dob(p),
        addr=d.address(p, d.pick("lines", "comma")),
        phone=d.phone(p),
    )
    if d.chance(0.7):
        d.fill("6. E-mail: {mail}\n", mail=d.email(p))
    else:
        d.fill("6. E-mail: {mail} (kun delvist oplyst)\n", mail=d.masked_mail(p))
    d.fill("7. MitID bruger-id: {mitid}\n", mitid=d.mitid(p))
    d.fill(
        "8. Hvad skete der? {what}\n",
        what=d.pick(
            "Fik SMS fra 'Skattestyrelsen' og indtastede kortoplysninger.",
            "blev ringet op af 'Udbetaling Danmark', godkendte noget i appen",
            "falsk Digital Post-mail, loggede ind",
            "brev om ejerafgift, betalte",
        ),
    )
    if d.chance(0.6):
        card, expiry = d.card()
        d.fill("9. Betalingskort: {card}  Udløb: {expiry}\n", card=card, expiry=expiry)
    else:
        d.fill(
            "9. Betalingskort: **** **** **** {last4} (ikke berørt)\n",
            last4=f"{d.rng.randrange(10000):04d}",
        )
    if d.chance(0.6):
        d.fill("10. Køretøj (reg.nr.): {plate}\n", plate=d.plate())
    if d.chance(0.4):
        d.fill("11. Engangskode der blev givet videre: {otp}\n", otp=d.otp())
    d.fill(
        "\nUnderskrift: {sign}    Modtaget af: {staff}, {day}\n",
        sign=d.name(p, d.pick("full", "short"), "[NAVN]"),
        staff=d.name(s, d.pick("initial", "short", "first"), "Medarbejder 2"),
        day=d.day(),
    )


def _telefonnotat_kort(d: _Doc) -> None:
    """The terse variant: a hotline worker's own running log."""
    p, s = _Person(d.rng), _Person(d.rng, staff=True)
    d.fill(
        '{clock} indg. opk. {phone} - {name}\n- fik {what} fra "{sender}" om {topic}\n'
        "- blev ringet op af en der {alias}\n",
        clock=d.clock(),
        phone=d.phone(p),
        name=d.name(p, d.pick("full", "short", "title", "comma"), "Borger A"),
        what=d.pick("sms", "mail", "brev", "besked i e-boks"),
        sender=d.pick(*AUTHORITIES),
        topic=d.pick("tilbagebetaling", "restskat", "boligstøtte", "ny digital post", "ejerafgift"),
        alias=d.alias(),
    )
    if d.chance(0.7):
        d.fill("- har opgivet brugernavn {mitid} + kode {otp} :(\n", mitid=d.mitid(p), otp=d.otp())
    else:
        d.put("- har IKKE givet koder, godt\n")
    if d.chance(0.4):
        d.fill("- nemkonto ændret til {acct}?? tjekkes\n", acct=d.account())
    if d.chance(0.35):
        card, expiry = d.card()
        d.fill("- har tastet kort {card} udl {expiry}\n", card=card, expiry=expiry)
    if d.chance(0.3):
        d.fill("- fødselsdato iflg borger: f. {dob}\n", dob=d.dob(p))
    d.fill(
        "-> spærret mitid, henvist til {bank} + politi ({case})\n/{staff}\n",
        bank=d.pick(*BANKS),
        case=d.case(),
        staff=d.name(s, d.pick("lower", "first"), "Medarbejder 1"),
    )


def _brev_en(d: _Doc) -> None:
    """The English letter, for citizens who asked for one."""
    p, s = _Person(d.rng), _Person(d.rng, staff=True)
    office, office_address = d.office()
    d.fill(
        "{office}\n{address}\n{cvr}\n\n{name}\n{addr}\n\nDate: {day}\nRef.: {case}\n\n"
        "Dear {greet}\n\nThank you for contacting Citizen Service on {when} about {thing} that "
        "appeared to come from {sender}. It is a fraud attempt. The authorities never ask for your "
        "card details or MitID codes by text message or e-mail.\n",
        office=office,
        address=office_address,
        cvr=d.cvr(),
        name=d.name(p, d.pick("full", "short", "caps"), "[NAVN]"),
        addr=d.address(p, "lines"),
        day=d.day(),
        case=d.case(),
        greet=d.name(p, d.pick("full", "short"), "citizen"),
        when=d.day(),
        thing=d.pick("a letter", "a text message", "an e-mail"),
        sender=d.pick(*AUTHORITIES),
    )
    if d.chance(0.5):
        d.fill(
            "We have blocked your MitID (user ID {mitid}) and reset your NemKonto, which had "
            "been changed to {acct}.\n",
            mitid=d.mitid(p),
            acct=d.account(),
        )
    if d.chance(0.4):
        d.fill(
            "The payment of {amount} to {iban} was stopped by your bank.\n",
            amount=d.amount(),
            iban=d.iban(),
        )
    d.fill(
        "\nIf you have questions, call me on {sphone} or write to {smail}, or visit us at "
        "{address}.\n\nKind regards\n\n{staff}\nCitizen Service\n",
        sphone=d.phone(s),
        smail=d.email(s),
        address=office_address,
        staff=d.name(s, d.pick("full", "short"), "Medarbejder 2"),
    )


def _sag_en(d: _Doc) -> None:
    """A ticket in the shared IT system, whose field names are English."""
    p, s = _Person(d.rng), _Person(d.rng, staff=True)
    d.fill(
        "Ticket INC{number} - Phishing / identity misuse\nOpened: {day} {clock} by {staff}\n"
        "Caller: {name} | DOB: {dob} | CPR: {cpr}\nPhone: {phone}",
        number=f"{d.rng.randrange(10**7):07d}",
        day=d.day(),
        clock=d.clock(),
        staff=d.name(s, d.pick("initial", "short", "full"), "Medarbejder 1"),
        name=d.name(p, d.pick("comma", "full", "caps"), "Borger A"),
        dob=d.dob(p),
        cpr=d.cpr(p),
        phone=d.phone(p),
    )
    if d.chance(0.6):
        d.fill("  Email: {mail}", mail=d.email(p))
    if d.chance(0.5):
        d.fill("\nAddress: {addr}", addr=d.address(p, "comma"))
    d.fill(
        '\nSummary: citizen got {what} from "{sender}", {did}.\nActions: MitID revoked '
        "(user ID {mitid}); {device} blocked.",
        what=d.pick("a fake e-mail", "an sms", "a letter"),
        sender=d.pick(*AUTHORITIES),
        did=d.pick("logged in on the fake page", "gave a code on the phone", "paid a fee"),
        mitid=d.mitid(p),
        device=d.device(),
    )
    if d.chance(0.5):
        card, expiry = d.card()
        d.fill(
            "\nCard {card} exp {expiry} reported to {bank}.",
            card=card,
            expiry=expiry,
            bank=d.pick(*BANKS),
        )
    if d.chance(0.4):
        d.fill("\nOTP given to the caller: {otp}", otp=d.otp())
    d.fill("\nStatus: {status}\n", status=d.pick("Closed", "Pending", "Escalated to police"))


# Each genre's writers; a document's writer is drawn from them.
WRITERS = {
    "henvendelse": (_henvendelse, _henvendelse, _henvendelse_kort),
    "telefonnotat": (_telefonnotat, _telefonnotat, _telefonnotat_kort),
    "email": (_email,),
    "svindelbesked": (_svindelbesked,),
    "brev": (_brev, _brev, _brev, _brev_en),
    "sag": (_sag, _sag, _sag_en),
    "chat": (_chat,),
    "blanket": (_blanket,),
}


def generate(seed: int | str = "pii_blind80", size: int = SIZE) -> list[dict]:
    """The set: `size` documents, NEGATIVES/SIZE of them pseudonymised, genres in turn."""
    rng = random.Random(seed)
    negatives = round(size * NEGATIVES / SIZE)
    kinds = ["negative"] * negatives + ["positive"] * (size - negatives)
    rng.shuffle(kinds)
    docs: list[dict] = []
    seen: set[str] = set()
    counts = dict.fromkeys(("negative", "positive"), 0)
    for kind in kinds:
        genre = GENRES[counts[kind] % len(GENRES)]
        counts[kind] += 1
        while True:
            doc = _Doc(rng, kind == "negative")
            rng.choice(WRITERS[genre])(doc)
            if doc.text not in seen and (doc.neg or doc.spans):
                break
        seen.add(doc.text)
        docs.append(
            {
                "id": f"pii_blind80-{len(docs):04d}",
                "genre": genre,
                "kind": kind,
                "text": doc.text,
                "spans": doc.spans,
            }
        )
    return docs


def main(argv: list[str]) -> None:
    out = Path(argv[1]) if len(argv) > 1 else Path(__file__).parent / "data" / "pii_blind80.jsonl"
    rows = (json.dumps(doc, ensure_ascii=False) for doc in generate())
    out.write_text("\n".join(rows) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv)
