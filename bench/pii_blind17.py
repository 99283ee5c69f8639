"""An eighteenth blind, seeded generator of Danish text with labelled personal data (issue 18).

Written without looking at the recognisers, their word lists or the other generators' bodies,
as a held-out test set with its own names, streets and towns. Its theme is LEGAL AND AUTHORITY
PAPERWORK around fraud in the Danish realm, in eight genres: a police report of fraud
("Anmeldelse af bedrageri": the complainant's details, the scammer's alias, numbers and
account, a timeline with clock times), court rulings and indictments only partly anonymised
(some names kept, "T1", "F1", "V1" and masked CPR numbers elsewhere), complaint-board rulings
(a bank customer against the bank under § 100 of the Payment Act, amounts, dates, card data),
lawyers' and debt-collection letters (inkasso: claim, fees, the debtor's address block, the
account to pay into), a bank's decision letter on a disputed payment, power-of-attorney and
probate papers (fuldmagt, dødsbo) where relatives act for an elderly victim, Greenland and
Faroe Islands cases (police, court and bank papers from Nuuk, Sisimiut, Tórshavn, Klaksvík)
and letters from the Danish Tax Agency and Udbetaling Danmark about a hijacked NemKonto. The
names are those of Danes of all ages, Greenlanders ("Aputsiaq Lyberth"), Faroese ("Sjúrður í
Líð", "Turið Djurhuus"), Danes with roots elsewhere ("Oksana Kovalenko", "Nguyen Van Hung"),
double surnames ("Kragh-Thygesen"), three-part names and the authorities' own staff (judges,
lawyers, case workers, police officers).

Conventions (exact offsets are scored):
- PERSON is a name as written, without title or role ("dommer", "advokat", "klageren",
  "politiassistent"). Written forms: "Birthe Nielsen", "Birthe Marie Nielsen", "Nielsen,
  Birthe", "B. Nielsen", "Birthe", the genitive with its s inside the span ("Birthes",
  "Birthe Nielsens"; never for names ending in s, x or z), upper case in address blocks
  ("BIRTHE NIELSEN"), lower case in a quoted SMS or chat ("birthe"), a Faroese surname with
  its preposition ("Sjúrður í Líð", "Marjun á Ryggi") and a Vietnamese name family first
  ("Nguyen Van Hung"). A scammer's alias ("Mikkel fra Vestkystbanken", "en mand, der kaldte
  sig Thomas Berg") is PERSON, the bank is not. Placeholders ("T1", "F1", "V1", "[NAVN]",
  "Klager", "skyldner"), organisations, courts, products and family words ("min datter",
  "afdøde") are never PERSON.
- ADDRESS runs from the street name through number, letter, floor and side ("14B", "14 B",
  "2. tv.", "2.tv", "st. mf.", "1. sal"), plus ", postcode town" on the same line or on the
  next line of an address block (the line break inside the span), with "DK-", "FO-" before the
  postcode when written. Greenland: "Aqqusinersuaq 14, 1. th., 3900 Nuuk", a building number
  alone ("B-1487, 3952 Ilulissat", "B-1487\\n3952 Ilulissat") or after a street ("Qarsaalik
  B-876, 3911 Sisimiut"). Faroe Islands: "Dalavegur 23, 100 Tórshavn", "Dalavegur 23,
  FO-100 Tórshavn". A street without a number, a town alone and a court's or authority's
  address are never ADDRESS (authorities here give no street address).
- CPR numbers are synthetic: a real birth date, a seventh digit that suits the century (0 to 3
  in the 1900s, 4 for 2000 to 2005) and a serial chosen so the number FAILS modulus 11.
  Written "DDMMYY-SSSS", "DDMMYYSSSS", "DDMMYY SSSS" or "DD MM YY SSSS". A masked CPR
  ("040652-xxxx", "040652-****") is a hard negative. DATE_OF_BIRTH (a full date with a
  four-digit year: "4. juni 1952", "04.06.1952", "4/6-1952", "04-06-1952", "1952-06-04") is
  labelled only straight after "født ", "født den ", "f. " or "Fødselsdato: "; no other date
  (death dates, ruling dates, payment dates) and no clock time is ever labelled.
- PHONE: Danish numbers of 8 digits from mobile and landline ranges (MOBILE, LANDLINE; 70 and
  80 never occur as personal numbers), written "+45 20304050", "+45 20 30 40 50", "+45 2030
  4050", "2030 4050", "(+45) 20 30 40 50", "0045 20304050", "20 30 40 50", "20304050",
  "+4520304050" or "20.30.40.50"; foreign numbers from fiction-reserved ranges only: "+44 7700
  900xxx", "+46 70 174 06 xx" (xx 05-99) and "+1 202 555 01xx". Greenland (+299) and Faroe
  (+298) numbers ARE labelled PHONE: they are personal numbers of six digits in the same
  realm. Their leading pairs come from GL_LEAD and FO_LEAD (not fiction-reserved: no such
  range exists; the digits are random). Written "+299 52 41 87", "+299 524187", "(+299) 52 41
  87", "00299 524187", and likewise for +298; in a Greenland or Faroese paper a local number
  after "tlf." or "mobil" may also stand without country code ("52 41 87", always grouped in
  pairs), and is then PHONE too. An organisation's number (70/80 lines in ORG_LINES, 112,
  114, 1813, SMS short codes) is never PHONE.
- EMAIL: every e-mail address (all on example.dk/.com/.net/.org, subdomains included), each
  occurrence, staff's and authorities' too.
- BANK_ACCOUNT: reg.nr. and account written together ("1234-1234567890", "1234 1234567890",
  "1234-12345678") are one span; where the reg.nr. has its own word ("reg.nr. 1234 kontonr.
  12345678", "Reg.nr.: 1234\\nKontonr.: 0012345678") only the account is the span. IBAN:
  valid check digits and the country's length (IBAN_LENGTH: DK, GL, FO and the mule accounts'
  DE, LT, SE, GB, NL, PL, ES, EE), grouped by four or compact. CARD: Luhn-valid with a
  published test prefix (TEST_PREFIXES), grouped by four ("4111 1111 1111 1111"), by hyphens
  ("4111-1111-1111-1111"), compact, or for the 15-digit Amex test prefixes 4-6-5;
  CARD_EXPIRY "MM/YY" or "MM/YYYY"; CARD_CVV three digits after "CVV", "CVC", "CVV-kode",
  "kontrolcifre(ne)" or "sikkerhedskode(n)". OTP: a one-time code sent, asked for or given,
  6 or 8 digits, compact or "482 913". MITID_USER: a MitID user ID given as such (after
  "bruger-id", "MitID-bruger-id" or "brugernavn"). NUMBER_PLATE: a Danish plate "BK 41 207" or
  "BK41207" (Greenland and Faroese plates do not occur).
- Hard negatives, never labelled: legal citations ("§ 100, stk. 3", "straffelovens § 279 a",
  "U 2019.1234 H", "TfK 2022.455 Ø"), case numbers ("BS-12345/2024", "SS-4321/2025",
  "S-2345-24", "sag nr. 412/2025"), police journal numbers ("4400-84120-01234-25"), collection
  and tax case numbers ("Sagsnr. 2025-048122", "25-0123456"), amounts ("12.500 kr.",
  "kr. 12.500,00", "DKK 8.995,00", "12.500,-", "EUR 1.250,00"), dates and clock times
  ("12. marts 2025", "12.03.2025", "2025-03-12", "kl. 14.32", "kl. 14:32"), CVR numbers
  ("CVR-nr. 31224567"), masked values ("040652-xxxx", "+45 ** ** ** 31", "b***@example.dk",
  "**** **** **** 1111", "******4417", "DK71XXXXXXXXXX0932"), organisations' 70/80 lines and
  short numbers, banks, courts, authorities, products and family words. Documents of kind
  "negative" are the same genres after pseudonymisation: only such values and stand-ins
  ("[NAVN]", "[ADRESSE]", "[CPR]", "[TLF]", "[e-mail]", "[kontonr.]", "[kode]", "T1", ...)
  remain. No run of ten or more digits occurs outside a labelled identifier.

Each document is {"id", "genre", "kind", "text", "spans": [{"start", "end", "type"}]}.
``python -m bench.pii_blind17 OUT.jsonl`` writes the set; ``generate()`` returns it.
"""

from __future__ import annotations

import json
import random
import sys
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

SEED = 1718
SIZE = 1000
NEGATIVES = 350
TYPES = (
    "PERSON", "ADDRESS", "CPR", "DATE_OF_BIRTH", "PHONE", "EMAIL", "BANK_ACCOUNT", "IBAN",
    "CARD", "CARD_EXPIRY", "CARD_CVV", "OTP", "MITID_USER", "NUMBER_PLATE",
)  # fmt: skip
GENRES = (
    "politianmeldelse", "dom", "ankenaevn", "inkasso", "bankafgoerelse", "fuldmagt_doedsbo",
    "nordatlantisk", "nemkonto",
)  # fmt: skip
WEIGHTS = (4, 3, 2, 7, 6, 5, 4, 3, 2, 1)
TEST_PREFIXES = ("411111", "424242", "400000", "555555", "510510", "520082", "222300",
                 "378282", "371449")  # fmt: skip
IBAN_LENGTH = {"DK": 18, "GL": 18, "FO": 18, "DE": 22, "LT": 20, "SE": 24, "GB": 22, "NL": 18,
               "PL": 28, "ES": 24, "EE": 20}  # fmt: skip
MOBILE = ("20", "21", "22", "23", "24", "25", "26", "27", "28", "29", "30", "31", "40", "41",
          "42", "50", "51", "52", "53", "60", "61", "71", "81", "91", "92", "93")  # fmt: skip
LANDLINE = ("32", "33", "35", "36", "38", "39", "43", "44", "45", "46", "48", "49", "54", "56",
            "57", "58", "59", "62", "63", "64", "65", "66", "72", "73", "74", "75", "76", "86",
            "87", "89", "96", "97", "98", "99")  # fmt: skip
GL_LEAD = ("22", "23", "24", "25", "27", "29", "32", "34", "36", "48", "49", "52", "53", "54",
           "55", "58", "59")  # fmt: skip
FO_LEAD = ("21", "22", "23", "25", "26", "28", "29", "31", "32", "42", "44", "47", "51", "52",
           "55", "56", "58", "59", "61", "71", "72", "73", "77", "91", "92", "95")  # fmt: skip
ORG_LINES = ("70 21 43 65", "70 33 18 90", "80 40 12 12", "70 15 15 77", "70 88 01 23",
             "80 30 20 10")  # fmt: skip
BANKS = ("Vestkystbanken", "Sparekassen Ådal", "Nordhavn Bank", "Lillebælt Andelskasse",
         "Kangia Bank", "Norðbanki", "Hav & Land Bank")  # fmt: skip
PRODUCTS = ("MobilePay", "NemKonto", "Visa/Dankort", "e-Boks", "Digital Post", "Netbank")
COURTS = ("Retten i Aarhus", "Retten i Odense", "Retten i Glostrup", "Retten i Holstebro",
          "Københavns Byret", "Retten i Esbjerg", "Retten på Frederiksberg")  # fmt: skip
POLICE = ("Midt- og Vestjyllands Politi", "Fyns Politi", "Københavns Vestegns Politi",
          "Sydøstjyllands Politi", "Nordjyllands Politi", "Østjyllands Politi")  # fmt: skip

WOMEN = ("Birthe", "Grethe", "Inger", "Ruth", "Karen", "Lone", "Hanne", "Merete", "Vibeke",
         "Susanne", "Tove", "Bodil", "Ellen", "Kirsten", "Anni", "Dorthe", "Sanne", "Tina",
         "Mette", "Louise", "Camilla", "Signe", "Ida", "Freja", "Astrid", "Clara", "Nanna",
         "Rikke", "Pernille", "Lærke", "Sidsel", "Gudrun", "Ebba", "Solveig", "Marianne",
         "Helle", "Bente", "Ulla", "Edith", "Oda")  # fmt: skip
MEN = ("Arne", "Bent", "Erik", "Poul", "Svend", "Knud", "Jørgen", "Ole", "Finn", "Palle",
       "Preben", "Flemming", "Torben", "Henrik", "Søren", "Jesper", "Anders", "Kasper", "Mads",
       "Frederik", "Emil", "Oscar", "Magnus", "Villads", "Aksel", "Holger", "Ejnar", "Verner",
       "Kaj", "Bjarne", "Leif", "Mogens", "Carsten", "Tage", "Viggo")  # fmt: skip
MIDDLES = ("Marie", "Louise", "Elisabeth", "Kirstine", "Margrethe", "Juul", "Bak", "Holm",
           "Bach", "Skov", "Krogh", "Vinther", "Kjær", "Dahl")  # fmt: skip
SURNAMES = ("Nielsen", "Jensen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen",
            "Sørensen", "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen",
            "Thomsen", "Poulsen", "Johansen", "Møller", "Mortensen", "Knudsen", "Jakobsen",
            "Lauridsen", "Kjærgaard", "Dalsgaard", "Skovbo", "Lindholm", "Brøndum",
            "Vestergaard", "Østergaard", "Frandsen", "Ravn", "Bisgaard", "Hvidt", "Kragh",
            "Munk", "Bruun", "Husted", "Krog", "Damgaard", "Thygesen", "Ebbesen", "Nørgaard",
            "Fog", "Staun", "Aagaard", "Hald", "Kirkegaard", "Bundgaard", "Overby")  # fmt: skip
GL_FIRST = ("Aputsiaq", "Nivi", "Malik", "Naja", "Inuk", "Pipaluk", "Aviaja", "Paninnguaq",
            "Kuupik", "Aqqalu", "Ivaana", "Minik", "Arnaq", "Ujarak", "Nuka", "Karla",
            "Tukummeq", "Hansigne")  # fmt: skip
GL_SURN = ("Kleist", "Lynge", "Berthelsen", "Heilmann", "Lyberth", "Kreutzmann", "Geisler",
           "Josefsen", "Zeeb", "Mathiassen", "Petrussen", "Fleischer", "Nathanielsen",
           "Sandgreen", "Storch", "Jeremiassen")  # fmt: skip
FO_FIRST = (
    "Rógvi",
    "Jóhanna",
    "Sjúrður",
    "Heðin",
    "Turið",
    "Bárður",
    "Sunneva",
    "Eyðun",
    "Guðrun",
    "Brandur",
    "Marjun",
    "Høgni",
    "Ragnhild",
    "Jógvan",
    "Súsanna",
    "Tróndur",
)
FO_SURN = (
    "Joensen",
    "Poulsen",
    "Jacobsen",
    "Dam",
    "Djurhuus",
    "Mikkelsen",
    "Olsen",
    "Hammershaimb",
    "í Líð",
    "við Á",
    "á Ryggi",
    "í Geil",
    "Hentze",
    "Lamhauge",
)
IMMIGRANT = (
    (("Ayşe", "Mehmet", "Fatma", "Emre", "Zeynep"), ("Yıldız", "Demir", "Kaya", "Aydın")),
    (("Zahra", "Reza", "Mohammad", "Shirin"), ("Rahimi", "Hosseini", "Karimi", "Ahmadi")),
    (("Abdirahman", "Hodan", "Ayaan", "Mahad"), ("Warsame", "Abdi", "Jama", "Farah")),
    (("Piotr", "Agnieszka", "Tomasz", "Magdalena"), ("Nowak", "Kowalczyk", "Wiśniewski")),
    (("Oksana", "Dmytro", "Iryna", "Taras"), ("Kovalenko", "Shevchenko", "Bondarenko")),
    (("Samira", "Khaled", "Rania", "Bilal"), ("Haddad", "Al-Khatib", "El-Sayed", "Abu-Salem")),
    (("Priya", "Arjun", "Kavya"), ("Raman", "Krishnan", "Sharma")),
    (("Dawit", "Selam", "Yonas"), ("Tesfaye", "Haile", "Gebremedhin")),
    (("Ivana", "Marko", "Jelena"), ("Petrović", "Jovanović", "Nikolić")),
)
VIETNAMESE = (("Nguyen", "Van", "Hung"), ("Tran", "Thi", "Mai"), ("Pham", "Minh", "Duc"),
              ("Le", "Thi", "Hoa"), ("Vu", "Quang", "Long"))  # fmt: skip
ALIASES = ("Mikkel", "Thomas Berg", "Jonas", "Sarah Holm", "Martin Kjeldsen", "Lise",
           "Peter Winther", "Camilla Storm", "Daniel", "Julie Brandt")  # fmt: skip

STREETS = ("Ahornvej", "Bøgevænget", "Kastanie Allé", "Skovbrynet", "Møllegade", "Søndergade",
           "Engtoften", "Rønnebærvej", "Hybenhaven", "Klintevej", "Præstevænget", "Havnegade",
           "Bakkedraget", "Lindealléen", "Tjørnevej", "Vibevej", "Fuglebakken", "Kløvermarken",
           "Tranevænget", "Strandvejen", "Æblehaven", "Ved Gadekæret", "Grønnegade",
           "Pilevænget", "Sankt Jørgens Gade", "Hørvænget", "Ryttergade", "Mågevej",
           "Dyssegårdsvej", "Kongevejen", "Nørre Allé", "Solsikkevej")  # fmt: skip
TOWNS = ("8600 Silkeborg", "7100 Vejle", "6700 Esbjerg", "9000 Aalborg", "8000 Aarhus C",
         "5000 Odense C", "4000 Roskilde", "2300 København S", "2200 København N",
         "2400 København NV", "2500 Valby", "2720 Vanløse", "2860 Søborg", "3400 Hillerød",
         "3000 Helsingør", "4700 Næstved", "4800 Nykøbing F", "6000 Kolding", "6400 Sønderborg",
         "7400 Herning", "7500 Holstebro", "8800 Viborg", "8900 Randers C", "9800 Hjørring",
         "3700 Rønne", "5700 Svendborg", "4200 Slagelse", "6100 Haderslev", "8700 Horsens",
         "4300 Holbæk", "2630 Taastrup", "2650 Hvidovre")  # fmt: skip
FLOORS = ("st. tv.", "st. th.", "st. mf.", "1. th.", "1. tv.", "2. tv.", "2. th.", "3. mf.",
          "4. tv.", "1. sal", "2.tv", "1.th", "st.")  # fmt: skip
GL_STREETS = (
    "Aqqusinersuaq",
    "Imaneq",
    "Tuapannguit",
    "Qarsaalik",
    "Kuussuaq",
    "Paarnat",
    "Aalisartut Aqqutaat",
    "Qaqqap Sinaa",
    "Sipisaq",
    "Ungusivik",
    "Illorput",
)
GL_TOWNS = (
    "3900 Nuuk",
    "3911 Sisimiut",
    "3920 Qaqortoq",
    "3950 Aasiaat",
    "3952 Ilulissat",
    "3913 Tasiilaq",
    "3910 Kangerlussuaq",
    "3921 Narsaq",
    "3961 Uummannaq",
)
FO_STREETS = ("Dalavegur", "Áarvegur", "Hoyvíksvegur", "Gundadalsvegur", "Niels Finsens gøta",
              "Tinghúsvegur", "Heiðavegur", "Fjarðavegur", "Bakkavegur", "Stangavegur",
              "Kirkjubrekka", "Jóannesar Paturssonar gøta")  # fmt: skip
FO_TOWNS = (
    "100 Tórshavn",
    "110 Tórshavn",
    "188 Hoyvík",
    "700 Klaksvík",
    "800 Tvøroyri",
    "510 Gøta",
    "520 Leirvík",
    "410 Kollafjørður",
    "370 Miðvágur",
    "900 Vágur",
)
MONTHS = ("januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december")  # fmt: skip
PLATE_LETTERS = ("AB", "AF", "AX", "BC", "BK", "BV", "CD", "CE", "CJ", "CP", "DA", "DJ", "DS",
                 "EA", "EF", "EN", "FB", "FH", "HK", "HS", "JL", "KP", "LN", "MD", "NA", "PB",
                 "RV", "SA", "TX", "UZ", "VB", "XJ", "YC", "ZE")  # fmt: skip
CARS = ("Toyota Yaris", "VW Up", "Skoda Octavia", "Peugeot 208", "Kia Ceed", "Ford Focus",
        "Citroën C3", "Hyundai i20")  # fmt: skip
TRANSLIT = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "á": "a", "í": "i", "ó": "o",
                          "ú": "u", "ý": "y", "ð": "d", "ş": "s", "ı": "i", "ć": "c",
                          "ś": "s", "é": "e", "-": "", " ": ""})  # fmt: skip
TODAY = date(2025, 11, 1)


# ---------------------------------------------------------------- values -------------------


@dataclass(frozen=True)
class Person:
    first: str
    last: str
    middle: str = ""
    born: date = date(1950, 1, 1)
    kind: str = "dk"  # dk, gl, fo, imm, vn

    def full(self) -> str:
        if self.kind == "vn":
            return f"{self.last} {self.middle} {self.first}"
        return f"{self.first} {self.last}"


def person(rng: random.Random, kind: str = "", old: bool = False) -> Person:
    kind = kind or rng.choice(("dk",) * 6 + ("gl", "fo", "imm", "imm", "vn"))
    lo, hi = (1930, 1958) if old else (1940, 2005)
    born = date(rng.randint(lo, hi), 1, 1) + timedelta(days=rng.randrange(365))
    middle = ""
    if kind == "dk":
        woman = rng.random() < 0.5
        first = rng.choice(WOMEN if woman else MEN)
        last = rng.choice(SURNAMES)
        if rng.random() < 0.2:
            last = f"{last}-{rng.choice([s for s in SURNAMES if s != last])}"
        if rng.random() < 0.35:
            middle = rng.choice(MIDDLES[5:] if not woman or rng.random() < 0.5 else MIDDLES)
    elif kind == "gl":
        first, last = rng.choice(GL_FIRST), rng.choice(GL_SURN)
        if rng.random() < 0.15:
            last = f"{last}-{rng.choice(SURNAMES)}"
    elif kind == "fo":
        first, last = rng.choice(FO_FIRST), rng.choice(FO_SURN)
    elif kind == "imm":
        firsts, lasts = rng.choice(IMMIGRANT)
        first, last = rng.choice(firsts), rng.choice(lasts)
    else:
        last, middle, first = rng.choice(VIETNAMESE)
    return Person(first, last, middle, born, kind)


def name(rng: random.Random, p: Person, *forms: str) -> str:
    """One written form of a name; the candidates are ``forms`` (all if none)."""
    form = rng.choice(forms or ("full", "full", "three", "comma", "first", "initial"))
    if p.kind == "vn" or (p.kind == "fo" and " " in p.last):
        form = {"comma": "full", "initial": "full", "three": "full", "caps": "full"}.get(form, form)
    if form == "three" and p.middle:
        return f"{p.first} {p.middle} {p.last}"
    if form == "comma":
        return f"{p.last}, {p.first}"
    if form == "first":
        return p.first
    if form == "initial":
        return f"{p.first[0]}. {p.last}"
    if form == "caps":
        return p.full().upper()
    if form == "lower":
        return p.first.lower()
    if form in ("gen", "genfirst"):
        base = p.first if form == "genfirst" or rng.random() < 0.4 else p.full()
        return base if base[-1] in "sxz" else base + "s"
    return p.full()


def cpr(rng: random.Random, born: date) -> str:
    head = born.strftime("%d%m%y")
    seventh = "4" if born.year >= 2000 else rng.choice("0123")
    while True:
        n = head + seventh + f"{rng.randrange(1000):03d}"
        if sum(int(c) * w for c, w in zip(n, WEIGHTS, strict=True)) % 11:
            break
    form = rng.randrange(10)
    if form < 4:
        return f"{n[:6]}-{n[6:]}"
    if form < 7:
        return n
    if form < 9:
        return f"{n[:6]} {n[6:]}"
    return f"{n[:2]} {n[2:4]} {n[4:6]} {n[6:]}"


def masked_cpr(rng: random.Random, born: date) -> str:
    return born.strftime("%d%m%y") + rng.choice(("-xxxx", "-xxxx", "-****", "-XXXX"))


def birth(rng: random.Random, born: date) -> str:
    d, m, y = born.day, born.month, born.year
    return rng.choice((f"{d}. {MONTHS[m - 1]} {y}", f"{d:02d}.{m:02d}.{y}", f"{d}/{m}-{y}",
                       f"{d:02d}-{m:02d}-{y}", f"{y}-{m:02d}-{d:02d}"))  # fmt: skip


def phone(rng: random.Random, where: str = "dk") -> str:
    if where == "foreign":
        kind = rng.randrange(3)
        if kind == 0:
            return f"+44 7700 900{rng.randrange(1000):03d}"
        if kind == 1:
            return f"+46 70 174 06 {rng.randint(5, 99):02d}"
        return f"+1 202 555 01{rng.randrange(100):02d}"
    if where in ("gl", "fo", "gl_local", "fo_local"):
        lead = rng.choice(GL_LEAD if where.startswith("gl") else FO_LEAD)
        n = lead + f"{rng.randrange(10000):04d}"
        pairs = f"{n[:2]} {n[2:4]} {n[4:]}"
        if where.endswith("local"):
            return pairs
        cc = "299" if where == "gl" else "298"
        return rng.choice((f"+{cc} {pairs}", f"+{cc} {n}", f"(+{cc}) {pairs}", f"00{cc} {n}"))
    lead = rng.choice(MOBILE * 2 + LANDLINE)
    n = lead + f"{rng.randrange(1000000):06d}"
    p = f"{n[:2]} {n[2:4]} {n[4:6]} {n[6:]}"
    return rng.choice((f"+45 {n}", f"+45 {p}", f"+45 {n[:4]} {n[4:]}", f"{n[:4]} {n[4:]}",
                       f"(+45) {p}", f"0045 {n}", p, p, n, n, f"+45{n}",
                       p.replace(" ", ".")))  # fmt: skip


def email(rng: random.Random, p: Person, staff: str = "") -> str:
    f, last = p.first.lower().translate(TRANSLIT), p.last.lower().translate(TRANSLIT)
    if staff:
        return f"{rng.choice((f'{f}.{last}', f[:2] + last[:2], f + last[0]))}@{staff}"
    local = rng.choice(
        (
            f"{f}.{last}",
            f"{f}{last}{p.born:%y}",
            f"{f[0]}.{last}",
            f"{f}_{p.born.year}",
            f"{last}.{f}",
            f"{f}{rng.randint(1, 99)}",
        )
    )
    domain = rng.choice(("example.dk", "example.dk", "post.example.dk", "example.com",
                         "example.net", "example.org", "mail.example.com"))  # fmt: skip
    return f"{local}@{domain}"


def masked_email(rng: random.Random) -> str:
    return f"{rng.choice('abcdefghijklmnoprst')}***@{rng.choice(('example.dk', 'example.com'))}"


def reg(rng: random.Random) -> str:
    return f"{rng.randint(1, 9)}{rng.randrange(1000):03d}"


def account_number(rng: random.Random) -> str:
    digits = rng.choice((7, 8, 10, 10))
    n = f"{rng.randint(1, 9)}" + "".join(str(rng.randrange(10)) for _ in range(digits - 1))
    return n.zfill(10) if digits == 10 and rng.random() < 0.3 else n


def iban(rng: random.Random, cc: str = "DK") -> str:
    length = IBAN_LENGTH[cc]
    bban = "".join(str(rng.randrange(10)) for _ in range(length - 4))
    if cc in ("GB", "NL"):
        bank = "".join(rng.choice("ABCDEFGHJKLMNPRSTUWXYZ") for _ in range(4))
        bban = bank + bban[4:]
    as_digits = "".join(str(int(c, 36)) for c in bban + cc + "00")
    value = f"{cc}{98 - int(as_digits) % 97:02d}{bban}"
    return grouped(value) if rng.random() < 0.6 else value


def grouped(n: str) -> str:
    if len(n) == 15 and n.isdigit():
        return f"{n[:4]} {n[4:10]} {n[10:]}"
    return " ".join(n[i : i + 4] for i in range(0, len(n), 4))


def masked_iban(rng: random.Random, value: str) -> str:
    n = value.replace(" ", "")
    return n[:4] + "X" * (len(n) - 8) + n[-4:]


def card(rng: random.Random) -> str:
    prefix = rng.choice(TEST_PREFIXES)
    length = 15 if prefix.startswith("3") else 16
    body = prefix + "".join(str(rng.randrange(10)) for _ in range(length - len(prefix) - 1))
    total = 0
    for i, c in enumerate(reversed(body)):
        v = int(c) * (2 if i % 2 == 0 else 1)
        total += v - 9 if v > 9 else v
    n = body + str((10 - total % 10) % 10)
    form = rng.randrange(5)
    if form < 3:
        return grouped(n)
    if form == 3 and length == 16:
        return grouped(n).replace(" ", "-")
    return n


def expiry(rng: random.Random) -> str:
    month, year = rng.randint(1, 12), rng.randint(26, 31)
    return f"{month:02d}/{year}" if rng.random() < 0.7 else f"{month:02d}/20{year}"


def otp(rng: random.Random) -> str:
    if rng.random() < 0.25:
        return "".join(str(rng.randrange(10)) for _ in range(8))
    n = "".join(str(rng.randrange(10)) for _ in range(6))
    return f"{n[:3]} {n[3:]}" if rng.random() < 0.3 else n


def mitid(rng: random.Random, p: Person) -> str:
    f, last = p.first.lower().translate(TRANSLIT), p.last.lower().translate(TRANSLIT)
    return rng.choice((f"{f}{p.born:%y}", f"{f}{last[0]}{p.born.year}", f"{last}.{f[0]}",
                       f"{f[:3]}{last[:3]}", f"{f.capitalize()}{last[0].upper()}{p.born:%y}",
                       f"{f}_{last}"))  # fmt: skip


def plate(rng: random.Random) -> str:
    n = f"{rng.randint(1, 9)}{rng.randrange(10000):04d}"
    letters = rng.choice(PLATE_LETTERS)
    return f"{letters} {n[:2]} {n[2:]}" if rng.random() < 0.75 else f"{letters}{n}"


def address(rng: random.Random, where: str = "dk", block: bool = False) -> str:
    sep = "\n" if block else ", "
    if where == "gl":
        town = rng.choice(GL_TOWNS[:1] * 4 + GL_TOWNS)
        shape = rng.randrange(3)
        if shape == 0:
            return f"B-{rng.randint(100, 1999)}{sep}{town}"
        if shape == 1:
            return f"{rng.choice(GL_STREETS)} B-{rng.randint(100, 1999)}{sep}{town}"
        floor = rng.choice(("", "", ", 1. th.", ", 2. tv.", ", st."))
        return f"{rng.choice(GL_STREETS)} {rng.randint(1, 48)}{floor}{sep}{town}"
    if where == "fo":
        town = rng.choice(FO_TOWNS)
        town = f"FO-{town}" if rng.random() < 0.35 else town
        return f"{rng.choice(FO_STREETS)} {rng.randint(1, 60)}{sep}{town}"
    number = str(rng.randint(1, 140))
    if rng.random() < 0.2:
        number += rng.choice(("A", "B", "C", " B", " A"))
    street = f"{rng.choice(STREETS)} {number}"
    if rng.random() < 0.45:
        floor = rng.choice(FLOORS)
        street += f" {floor}" if "." in floor[1:2] and rng.random() < 0.3 else f", {floor}"
    town = rng.choice(TOWNS)
    if rng.random() < 0.1:
        town = "DK-" + town
    return f"{street}{sep}{town}"


def street_only(rng: random.Random) -> str:
    return f"{rng.choice(STREETS)} {rng.randint(1, 140)}"


# ---------------------------------------------------------------- hard negatives -----------


def amount(rng: random.Random, lo: int = 400, hi: int = 180000) -> str:
    v = rng.randint(lo, hi)
    if rng.random() < 0.5:
        v = round(v, -2)
    whole = f"{v:,}".replace(",", ".")
    cents = f"{rng.randrange(100):02d}"
    return rng.choice((f"{whole} kr.", f"{whole},{cents} kr.", f"kr. {whole},00",
                       f"DKK {whole},{cents}", f"{whole},-", f"{whole} kr"))  # fmt: skip


def day(rng: random.Random, year: int = 2025) -> date:
    return date(year, 1, 1) + timedelta(days=rng.randrange(300))


def when(rng: random.Random, d: date) -> str:
    return rng.choice((f"{d.day}. {MONTHS[d.month - 1]} {d.year}", f"{d:%d.%m.%Y}",
                       f"den {d.day}. {MONTHS[d.month - 1]} {d.year}", f"{d:%Y-%m-%d}",
                       f"{d:%d-%m-%Y}", f"{d.day}/{d.month}-{d.year}"))  # fmt: skip


def clock(rng: random.Random, minute: int | None = None) -> str:
    """A clock time; ``minute`` of the day when a timeline needs them in order."""
    minute = rng.randrange(7 * 60, 23 * 60) if minute is None else minute
    return f"kl. {minute // 60:02d}{rng.choice('.:')}{minute % 60:02d}"


def timeline(rng: random.Random, n: int) -> list[str]:
    start = rng.randrange(8 * 60, 18 * 60)
    steps = [0, *sorted(rng.sample(range(1, 240), n - 1))]
    return [clock(rng, start + s).capitalize() for s in steps]


def journal(rng: random.Random) -> str:
    return (
        f"{rng.choice(('4400', '3500', '1800', '0900', '2300'))}-{rng.randint(80000, 89999)}-"
        f"{rng.randrange(100000):05d}-25"
    )


def case_no(rng: random.Random) -> str:
    return rng.choice((f"BS-{rng.randint(1000, 59999)}/2024", f"SS-{rng.randint(100, 9999)}/2025",
                       f"S-{rng.randint(1000, 4999)}-24",
                       f"SS {rng.randint(1, 99)}-{rng.randint(1000, 9999)}/2025"))  # fmt: skip


def citation(rng: random.Random) -> str:
    return rng.choice((f"U {rng.randint(2005, 2024)}.{rng.randint(100, 5999)} H",
                       f"U {rng.randint(2005, 2024)}.{rng.randint(100, 5999)} {rng.choice('ØV')}",
                       f"TfK {rng.randint(2010, 2024)}.{rng.randint(10, 999)} {rng.choice('ØVH')}",
                       f"U.{rng.randint(2005, 2024)}.{rng.randint(100, 5999)}H"))  # fmt: skip


def cvr(rng: random.Random) -> str:
    return f"{rng.choice(('CVR-nr. ', 'CVR ', 'CVR nr. '))}{rng.randint(10000000, 45999999)}"


def org_line(rng: random.Random) -> str:
    return rng.choice(ORG_LINES)


# ---------------------------------------------------------------- document builder ---------

STANDS = {
    "PERSON": ("[NAVN]",), "ADDRESS": ("[ADRESSE]",), "CPR": ("[CPR]", "[cpr-nr.]"),
    "DATE_OF_BIRTH": ("[fødselsdato]", "[dato]"), "PHONE": ("[TLF]", "[telefonnummer]"),
    "EMAIL": ("[e-mail]",), "BANK_ACCOUNT": ("[kontonr.]",), "IBAN": ("[IBAN]",),
    "CARD": ("[kortnummer]",), "CARD_EXPIRY": ("[udløb]", "MM/ÅÅ"), "CARD_CVV": ("[CVV]", "xxx"),
    "OTP": ("[kode]", "xxxxxx"), "MITID_USER": ("[bruger-id]",), "NUMBER_PLATE": ("[reg.nr.]",),
}  # fmt: skip


class Doc:
    def __init__(self, rng: random.Random, positive: bool) -> None:
        self.rng, self.positive = rng, positive
        self.parts: list[str] = []
        self.spans: list[dict] = []
        self.size = 0

    def t(self, *texts: str) -> Doc:
        for text in texts:
            if text.startswith(".") and self.parts and self.parts[-1].endswith("."):
                text = text[1:]  # "12.500 kr." or "2. tv." closes the sentence itself
            text = text.replace("kr..", "kr.")
            self.parts.append(text)
            self.size += len(text)
        return self

    def v(self, value: str, kind: str, *stands: str) -> Doc:
        """A labelled value in a positive document, a stand-in in a negative one."""
        if not self.positive:
            return self.t(self.rng.choice(stands or STANDS[kind]))
        self.spans.append({"start": self.size, "end": self.size + len(value), "type": kind})
        return self.t(value)

    def who(self, p: Person, *forms: str, stand: str = "[NAVN]") -> Doc:
        return self.v(name(self.rng, p, *forms), "PERSON", stand)

    def cpr(self, p: Person) -> Doc:
        masked = masked_cpr(self.rng, p.born)
        return self.v(cpr(self.rng, p.born), "CPR", "[CPR]", "[cpr-nr.]", masked)

    def born(self, p: Person, cue: str = "") -> Doc:
        self.t(cue or self.rng.choice(("født ", "født den ", "f. ", "Fødselsdato: ")))
        return self.v(birth(self.rng, p.born), "DATE_OF_BIRTH")

    def phone(self, where: str = "dk") -> Doc:
        value = phone(self.rng, where)
        stands = ("[TLF]", "[telefonnummer]", "+45 ** ** ** " + value[-2:])
        return self.v(value, "PHONE", *stands[: 3 if where == "dk" else 2])

    def mail(self, p: Person, staff: str = "") -> Doc:
        return self.v(email(self.rng, p, staff), "EMAIL", "[e-mail]", masked_email(self.rng))

    def card(self) -> Doc:
        value = card(self.rng)
        digits = value.replace(" ", "").replace("-", "")
        return self.v(value, "CARD", "[kortnummer]", f"**** **** **** {digits[-4:]}")

    def iban(self, cc: str = "DK") -> Doc:
        value = iban(self.rng, cc)
        return self.v(value, "IBAN", "[IBAN]", masked_iban(self.rng, value))

    def account(self, together: bool | None = None) -> Doc:
        """A Danish account: reg.nr. and account as one span, or the account alone after its
        own reg.nr. word."""
        rng, acct = self.rng, account_number(self.rng)
        if together is None:
            together = rng.random() < 0.55
        masked = "******" + acct[-4:]
        if together:
            return self.v(f"{reg(rng)}{rng.choice('- ')}{acct}", "BANK_ACCOUNT", "[kontonr.]",
                          masked)  # fmt: skip
        shape = rng.randrange(3)
        if shape == 0:
            self.t(f"reg.nr. {reg(rng)} kontonr. ")
        elif shape == 1:
            self.t(f"reg. {reg(rng)}, konto ")
        else:
            self.t(f"Reg.nr.: {reg(rng)}\nKontonr.: ")
        return self.v(acct, "BANK_ACCOUNT", "[kontonr.]", masked)

    def text(self) -> str:
        return "".join(self.parts)


# ---------------------------------------------------------------- genres --------------------


def card_block(d: Doc, p: Person, lead: str) -> None:
    """The card data as a victim typed them into a fake page, in running text."""
    rng = d.rng
    d.t(lead).card()
    if rng.random() < 0.8:
        d.t(rng.choice((", udløb ", " med udløbsdato ", ", gyldig til ", " (udløb ")))
        d.v(expiry(rng), "CARD_EXPIRY")
        d.t(")" if d.parts[-2].endswith("(udløb ") else "")
    if rng.random() < 0.7:
        cue = rng.choice((" og CVV ", ", CVC ", " samt kontrolcifrene ", " og sikkerhedskoden ",
                          ", CVV-kode: "))  # fmt: skip
        d.t(cue).v(f"{rng.randrange(1000):03d}", "CARD_CVV")
    d.t(".")


def g_police(d: Doc) -> None:
    rng = d.rng
    victim, officer = person(rng, old=rng.random() < 0.5), person(rng, "dk")
    alias = rng.choice(ALIASES)
    bank = rng.choice(BANKS[:4] + BANKS[6:])
    occurred = day(rng)
    d.t(f"{rng.choice(POLICE)}\nANMELDELSE AF BEDRAGERI (straffelovens § 279"
        f"{rng.choice(('', ' a', ', jf. § 279 a'))})\nJournalnr.: {journal(rng)}\n"
        f"Anmeldt: {when(rng, occurred + timedelta(days=rng.randint(0, 9)))} {clock(rng)}\n\n"
        "Anmelder (forurettede):\nNavn: ")  # fmt: skip
    d.who(victim, "full", "three", "comma", "caps").t("\nCPR-nr.: ").cpr(victim)
    if rng.random() < 0.5:
        d.t("\n").born(victim, "Fødselsdato: ")
    d.t("\nAdresse: ").v(address(rng, block=rng.random() < 0.3), "ADDRESS")
    d.t("\nTelefon: ").phone()
    if rng.random() < 0.6:
        d.t("\nE-mail: ").mail(victim)
    d.t(f"\nBankforbindelse: {bank}, konto ").account(together=True)
    d.t("\n\nGerningsperson:\n")
    d.t(rng.choice(("Ukendt. Ringede fra ", "Ukendt mand, der ringede fra ",
                    "Ukendt. Kontakt via SMS fra ")))  # fmt: skip
    d.phone(rng.choice(("dk", "dk", "foreign"))).t(" og præsenterede sig som ")
    if rng.random() < 0.5:
        d.v(alias, "PERSON").t(f" fra {bank}s svindelafdeling.")
    else:
        d.t("“").v(alias, "PERSON").t(f"”, medarbejder i {bank}.")
    d.t("\nModtagerkonto: ")
    if rng.random() < 0.5:
        d.account().t(" (indehaver oplyst som ")
        d.who(person(rng), "full", "comma").t(")")
    else:
        d.iban(rng.choice(("LT", "DE", "EE", "GB", "NL"))).t(" (udenlandsk konto)")
    d.t("\n\nForløb:\n")
    times = timeline(rng, 5)
    d.t(f"{when(rng, occurred)} {times[0].lower()}: Anmelder blev ringet op og fik at vide, at "
        f"der var mistænkelige posteringer på kontoen.\n")  # fmt: skip
    if rng.random() < 0.4:
        d.t(f"{times[1]}: SMS fra gerningspersonen (gengivet): »hej ")
        d.who(victim, "lower").t(", det er ").v(alias.split()[0].lower(), "PERSON")
        d.t(" fra banken. send mig koden du lige har faaet, saa stopper vi betalingen«\n")
    d.t(f"{times[2]}: ").who(victim, "first", "full")
    d.t(rng.choice((" oplyste sin engangskode ", " læste SMS-koden ", " gav koden ")))
    d.v(otp(rng), "OTP").t(" til gerningspersonen")
    if rng.random() < 0.5:
        d.t(" og sit MitID-bruger-id ").v(mitid(rng, victim), "MITID_USER")
    d.t(".\n")
    if rng.random() < 0.6:
        card_block(d, victim, f"{times[3]}: Anmelder indtastede på et link kort ")
        d.t("\n")
    d.t(f"{times[4]}: Der blev overført {amount(rng)} til modtagerkontoen og "
        f"hævet {amount(rng, 500, 9000)} med kortet.\n")  # fmt: skip
    if rng.random() < 0.55:
        d.t("Et vidne, ").who(person(rng), "full", "three").t(", tlf. ").phone()
        d.t(", så en bil med nummerplade ").v(plate(rng), "NUMBER_PLATE")
        d.t(" holde ved forurettedes bopæl, da en kurer hentede kortet.\n")
    if rng.random() < 0.6:
        d.who(victim, "gen", stand="Anmelders").t(" datter var til stede under afhøringen.\n")
    d.t(f"\nAnmelder er vejledt om at spærre kort via {bank} ({org_line(rng)}) og om "
        "Offerrådgivningen. Sagen er sendt til Særlig Økonomisk Kriminalitet.\n\nModtaget af: "
        "politiassistent ")  # fmt: skip
    d.who(officer, "full", "initial").t(", ").mail(officer, "politi.example.dk")


def g_court(d: Doc) -> None:
    rng = d.rng
    court = rng.choice(COURTS)
    defendant, victim, victim2 = person(rng), person(rng, old=True), person(rng, old=True)
    judge, prosecutor, defender = person(rng, "dk"), person(rng, "dk"), person(rng, "dk")
    ruled = day(rng)
    indictment = rng.random() < 0.35
    if indictment:
        d.t(
            f"ANKLAGESKRIFT\n\nAnklagemyndigheden, {rng.choice(POLICE)}, {when(rng, ruled)}\n"
            f"{court}\nJournalnr. {journal(rng)}\n\nAnklagemyndigheden tiltaler hermed\n\nT1\n"
        )
        d.who(defendant, "full", "three").t(", cpr-nr. ").cpr(defendant).t(",\n")
        d.v(address(rng, block=rng.random() < 0.5), "ADDRESS").t("\n\n")
    else:
        d.t(f"UDSKRIFT AF DOMBOGEN\n\nDOM\n\nafsagt {when(rng, ruled)} af {court} i sag "
            f"{case_no(rng)}\n\nAnklagemyndigheden\nmod\nT1\n({masked_cpr(rng, defendant.born)})"
            "\n\n")  # fmt: skip
    d.t("for overtrædelse af straffelovens § 279 (bedrageri)"
        f"{rng.choice(('', ' og § 263, stk. 1, nr. 1 (datalæsning)', ', jf. § 21'))}"
        ", ved i perioden fra " f"{when(rng, ruled - timedelta(days=400))} til "
        f"{when(rng, ruled - timedelta(days=200))} som led i telefonsvindel at have "
        "bestemt F1, ")  # fmt: skip
    d.who(victim, "full", "three", "comma").t(", ").born(victim, rng.choice(("født ", "f. ")))
    d.t(", boende ").v(address(rng), "ADDRESS")
    d.t(", til at udlevere sin engangskode ").v(otp(rng), "OTP")
    d.t(" og sit MitID-bruger-id ").v(mitid(rng, victim), "MITID_USER")
    d.t(f", hvorefter T1 overførte {amount(rng)} fra F1's konto ").account(together=True)
    d.t(" til konto ").account(together=True).t(", som T1 rådede over.\n\n")
    d.t("Forhold 2\nF2, ").who(victim2, "full", "three").t(", fik ")
    card_block(d, victim2, "på samme måde udleveret sit betalingskort ")
    d.t(f" Kortet blev brugt til køb for {amount(rng, 900, 40000)}.\n\n")
    if rng.random() < 0.5:
        d.t("Den bil, T1 kørte i, en ")
        d.t(rng.choice(CARS)).t(" med registreringsnummer ").v(plate(rng), "NUMBER_PLATE")
        d.t(", blev beslaglagt.\n\n")
    d.t("Forklaringer\n")
    d.t("Forurettede ").who(victim, "first", "full", "comma").t(" har forklaret, at hun/han ")
    d.t(f"blev ringet op {clock(rng)} fra nummeret ").phone().t(" af en, der kaldte sig ")
    d.v(rng.choice(ALIASES), "PERSON").t(".\n")
    d.t("Ifølge ").who(victim, "gen", stand="F1's")
    d.t(" forklaring blev koden givet, fordi opkaldet virkede ægte.\n")
    d.t("Vidnet V1 har forklaret, at hun hjalp F1 med at kontakte banken.\n\n")
    d.t(f"Rettens begrundelse og resultat\nEfter bevisførelsen, og idet der henvises til "
        f"{citation(rng)}, findes T1 skyldig. Straffen fastsættes til fængsel i "
        f"{rng.randint(3, 24)} måneder, jf. straffelovens § 286, stk. 2. T1 skal betale "
        f"erstatning til F1 med {amount(rng)}.\n\n")  # fmt: skip
    if not indictment:
        d.t("Dommer: ").who(judge, "full", "initial")
        d.t("\nAnklager: ").who(prosecutor, "full").t(", ").mail(prosecutor, "ankl.example.dk")
        d.t("\nForsvarer: advokat ").who(defender, "full", "three")
    else:
        d.t("Anklager: ").who(prosecutor, "full", "initial").t(", ").mail(
            prosecutor, "ankl.example.dk"
        )


def g_board(d: Doc) -> None:
    rng = d.rng
    client, staff = person(rng), person(rng, "dk")
    bank = rng.choice(BANKS[:4] + BANKS[6:])
    no = f"{rng.randint(10, 999)}/{rng.choice((2024, 2025))}"
    paid, complained = day(rng, 2024), day(rng, 2024) + timedelta(days=rng.randint(3, 60))
    d.t(f"Ankenævnet for Finansielle Tjenester\nKendelse af {when(rng, day(rng))}\n"
        f"Sag nr. {no}\n\nKlager:\t")  # fmt: skip
    d.who(client, "full", "three", "caps").t("\n\t").v(address(rng, block=True), "ADDRESS")
    d.t(
        f"\nIndklagede:\t{bank} A/S, {cvr(rng)}\n\nSagen vedrører: Indsigelse mod "
        f"uautoriserede betalinger, betalingslovens § 100, stk. {rng.choice('2345')}.\n\n"
        f"Sagens omstændigheder\n{when(rng, paid)} {clock(rng)} modtog klageren et opkald fra "
        f"et nummer, der lignede {bank}s ({org_line(rng)}). Klageren blev bedt om at "
    )
    d.t(rng.choice(("godkende en betaling i MitID-appen", "oplyse en SMS-kode")))
    d.t(". Ifølge klageren lød koden ").v(otp(rng), "OTP").t(".\n")
    card_block(d, client, "Samme dag indtastede klageren kortnummer ")
    d.t(
        f" Der blev gennemført {rng.randint(2, 9)} betalinger på i alt {amount(rng)}.\n"
        f"Klageren gjorde indsigelse {when(rng, complained)}. Klagerens telefonnummer er "
    )
    d.phone().t(", og klageren har oplyst sit MitID-bruger-id som ")
    d.v(mitid(rng, client), "MITID_USER").t(".\n\n")
    d.t("Parternes påstande\n").who(client, "gen", stand="Klagers")
    d.t(
        f" påstand: {bank} skal tilbagebetale beløbet med fradrag af selvrisiko på "
        f"{rng.choice(('375 kr.', '1.200 kr.', '8.000 kr.'))}. Beløbet bedes indsat på konto "
    )
    d.account().t(".\n")
    d.t(f"{bank} har påstået frifindelse og henviser til betalingslovens § 100, stk. 3, nr. 2, "
        "og til nævnets praksis i sag nr. " f"{rng.randint(10, 999)}/2023.\n\n"
        f"Ankenævnets begrundelse og resultat\nNævnet finder efter en samlet vurdering, at "
        f"klageren ikke har handlet groft uagtsomt. {bank} skal inden 30 dage betale "
        f"{amount(rng)} til klageren med renter fra {when(rng, complained)}.\n\n"
        "Klagerens repræsentant: ")  # fmt: skip
    rep = person(rng, "dk")
    d.who(rep, "full", "three", "comma").t(" (datter), ").mail(rep).t(", tlf. ").phone()
    d.t("\nSekretariatets sagsbehandler: ").who(staff, "full", "initial")


def g_collection(d: Doc) -> None:
    rng = d.rng
    debtor, lawyer, client = person(rng), person(rng, "dk"), person(rng, old=True)
    firm = rng.choice(("Advokatfirmaet Holm & Brink", "Nordisk Inkasso ApS", "Advokathuset Vest",
                       "Kredit & Inkasso A/S", "Advokatfirmaet Lykke Rask"))  # fmt: skip
    letter = day(rng)
    d.t(f"{firm}\n{cvr(rng)} · tlf. {org_line(rng)}\n\n")
    d.who(debtor, "full", "caps", "three").t("\n").v(address(rng, block=True), "ADDRESS")
    d.t(f"\n\n{when(rng, letter)}\nSagsnr. {rng.choice(('2025-', 'INK-', ''))}"
        f"{rng.randint(10000, 999999):06d}\n\n")  # fmt: skip
    if rng.random() < 0.5:
        d.t("INKASSOMEDDELELSE\n\nVi har modtaget Deres gæld til inkasso. Skyldner: ")
        d.who(debtor, "comma", "full").t(", CPR ").cpr(debtor)
        d.t(f".\n\nHovedstol\t{amount(rng, 800, 60000)}\nRenter\t{amount(rng, 20, 900)}\n"
            f"Inkassogebyr\t100,00 kr.\nRykkergebyrer\t3 x 100,00 kr.\n\n"
            f"Beløbet skal betales senest {when(rng, letter + timedelta(days=10))} til "
            "vores klientkonto ")  # fmt: skip
        d.account().t(rng.choice((" eller med MobilePay.", ".", " (husk sagsnummer).")))
        d.t("\nKontakt os på ").mail(lawyer, "inkasso.example.dk")
        d.t(" eller ring på ").phone().t(" (direkte).\n")
        if rng.random() < 0.45:
            d.t("Vi gør opmærksom på, at vi kan begære udlæg i Deres bil, ")
            d.v(plate(rng), "NUMBER_PLATE").t(", jf. retsplejelovens § 478.\n")
    else:
        d.t("Vedr.: Krav om tilbagebetaling af uberettiget modtagne midler\n\nSom advokat for ")
        d.who(client, "full", "three").t(", ").born(client).t(", skal jeg meddele følgende:\n")
        d.who(client, "first", "full").t(f" blev {when(rng, letter - timedelta(days=90))} "
                                                f"udsat for svindel og overførte {amount(rng)} til "
                                                "Deres konto ")  # fmt: skip
        d.account(together=True).t(". Beløbet er ikke tilbagebetalt trods vores mail til ")
        d.mail(debtor).t(" og SMS til ").phone().t(".\n")
        d.who(client, "gen", stand="Min klients").t(" anmeldelse er vedlagt. ")
        d.t(f"Ifølge politiets sag (journalnr. {journal(rng)}) blev beløbet videreført til ")
        d.iban(rng.choice(("LT", "DE", "ES", "PL"))).t(".\n")
        d.t("Jeg skal anmode Dem om at betale beløbet inden 14 dage til min klientkonto ")
        d.account().t(", idet jeg i modsat fald vil anlægge sag, jf. "
                      f"{citation(rng)} om hæleri efter straffelovens § 290.\n")  # fmt: skip
    d.t("\nMed venlig hilsen\n").who(lawyer, "full", "three").t(rng.choice(("\nadvokat", "")))
    d.t("\n").mail(lawyer, rng.choice(("advokat.example.dk", "inkasso.example.dk")))


def g_bank(d: Doc) -> None:
    rng = d.rng
    client, staff = person(rng), person(rng, "dk")
    bank = rng.choice(BANKS[:4] + BANKS[6:])
    disputed = day(rng)
    d.t(f"{bank}\nIndsigelsesteamet · {org_line(rng)}\n\n")
    d.who(client, "full", "three", "caps").t("\n").v(address(rng, block=True), "ADDRESS")
    d.t(f"\n\n{when(rng, disputed + timedelta(days=rng.randint(20, 60)))}\n"
        f"Afgørelse på din indsigelse (sag {rng.choice(('IND', 'KI', 'DISP'))}-"
        f"{rng.randint(10000, 99999)})\n\nKære ")  # fmt: skip
    d.who(client, "first", "full").t("\n\n")
    d.t(f"Vi har nu behandlet din indsigelse af {when(rng, disputed)} mod "
        f"{rng.randint(1, 6)} kortbetalinger på i alt {amount(rng)} med dit kort ")  # fmt: skip
    if rng.random() < 0.6:
        d.card()
        if rng.random() < 0.8:
            d.t(" (udløb ").v(expiry(rng), "CARD_EXPIRY").t(")")
    else:
        d.t(f"**** **** **** {rng.randrange(10000):04d}")
    d.t(".\n\nDu har oplyst, at du ")
    d.t(rng.choice(("blev ringet op af en person, der sagde, han hed ",
                    "fik en SMS fra en, der underskrev sig ",
                    "chattede med en medarbejder ved navn ")))  # fmt: skip
    d.v(rng.choice(ALIASES), "PERSON").t(", og at du på en falsk side indtastede ")
    if rng.random() < 0.6:
        d.t("kortets kontrolcifre ").v(f"{rng.randrange(1000):03d}", "CARD_CVV").t(" og ")
    d.t("koden ").v(otp(rng), "OTP").t(" fra SMS'en.\n")
    d.t(f"\nAfgørelse\nBetalingerne er gennemført med stærk kundeautentifikation. Da du selv "
        f"har videregivet koden, finder vi, at betingelserne i betalingslovens § 100, stk. "
        f"{rng.choice(('3', '4', '3, nr. 2'))}, er opfyldt, og at du hæfter med op til "
        f"{rng.choice(('8.000 kr.', '375 kr.', '1.200 kr.'))}. "
        f"Vi krediterer derfor {amount(rng)} på din konto ")  # fmt: skip
    d.account().t(f" med valør {when(rng, disputed)}.\n\n")
    d.t("Vi har spærret kortet og sendt et nyt til ").v(address(rng), "ADDRESS").t(".\n")
    d.t(
        "Er du uenig, kan du klage til Ankenævnet for Finansielle Tjenester. Vi har registreret "
        "dit mobilnummer "
    ).phone().t(" og din e-mail ").mail(client).t(".\n\n")
    d.t("Med venlig hilsen\n").who(staff, "full", "initial").t("\nIndsigelsesteamet, ")
    d.mail(staff, "bank.example.dk")


def g_probate(d: Doc) -> None:
    rng = d.rng
    elder, child = person(rng, "dk", old=True), person(rng, "dk")
    if rng.random() < 0.5:
        d.t("FULDMAGT\n\nUndertegnede\n").who(elder, "full", "three").t("\nCPR-nr. ").cpr(elder)
        d.t("\n").v(address(rng, block=True), "ADDRESS").t("\n\n")
        kin = rng.choice(("barn", "nærmeste pårørende", "svigerbarn", "barnebarn"))
        d.t(f"giver hermed {'min' if kin == 'nærmeste pårørende' else 'mit'} {kin}")
        d.t("\n").who(child, "full", "three").t(", ").born(child).t("\n")
        d.v(address(rng), "ADDRESS").t(", tlf. ").phone().t(", e-mail ").mail(child)
        d.t(f"\n\nfuldmagt til på mine vegne at gøre indsigelse over for "
            f"{rng.choice(BANKS[:4])} og anmelde bedrageriet til politiet, herunder at "
            "få indsigt i min konto ")  # fmt: skip
        d.account(together=True).t(" og spærre mit kort ").card().t(".\n")
        if rng.random() < 0.6:
            d.t("Jeg har ved svindlen oplyst mit MitID-bruger-id ")
            d.v(mitid(rng, elder), "MITID_USER").t(" og koden ").v(otp(rng), "OTP").t(".\n")
        if rng.random() < 0.4:
            d.t("Fuldmagten omfatter også salg af min bil, en ").t(rng.choice(CARS))
            d.t(", reg.nr. ").v(plate(rng), "NUMBER_PLATE").t(".\n")
        d.t(f"\nDato: {when(rng, day(rng))}\n\nUnderskrift: ").who(elder, "full", "initial")
        d.t("\nVitterlighedsvidne: ").who(person(rng), "full").t(", ")
        d.v(street_only(rng), "ADDRESS")
    else:
        died = day(rng)
        d.t(f"SKIFTERETTEN\n{rng.choice(COURTS)} – Skifteretten\nBobehandling, sag "
            f"{case_no(rng)}\n\nDødsbo efter ")  # fmt: skip
        d.who(elder, "full", "three").t(", cpr-nr. ").cpr(elder)
        d.t(f", død {when(rng, died)}.\nSidste bopæl: ").v(address(rng), "ADDRESS")
        d.t("\n\nBoet udleveres til privat skifte. Arvinger: ")
        d.who(child, "full").t(" (søn/datter), ").born(child, "født ").t(", og ")
        sib = person(rng, rng.choice(("dk", "dk", "gl", "fo", "imm")))
        d.who(sib, "full", "three").t(", tlf. ").phone().t(".\n\n")
        d.t("Boets konto: ").account().t("\n\n")
        d.t("Oplysninger fra ").who(elder, "gen", stand="afdødes").t(" bank: Afdøde udleverede ")
        d.t(f"{when(rng, died - timedelta(days=rng.randint(20, 200)))} på en falsk side kort ")
        d.card().t(" og engangskoden ").v(otp(rng), "OTP")
        d.t(f". Der blev overført {amount(rng)} til ").iban(rng.choice(("LT", "EE", "DE")))
        d.t(", som boet har rejst krav om over for banken efter § 100, stk. 2.\n")
        if rng.random() < 0.5:
            d.t("Boets bil, ").v(plate(rng), "NUMBER_PLATE").t(
                f", er vurderet til {amount(rng, 10000, 90000)}.\n"
            )
        d.t("\nBoet repræsenteres af ").who(child, "full", "first", "comma").t(", ").mail(child)
        d.t(f"\nSkifteretten, {when(rng, day(rng))}\n").who(person(rng, "dk"), "full", "initial")
        d.t(", skifteretsfuldmægtig")


def g_north(d: Doc) -> None:
    rng = d.rng
    gl = rng.random() < 0.55
    where = "gl" if gl else "fo"
    victim, officer = person(rng, where, old=rng.random() < 0.5), person(rng, where)
    bank = "Kangia Bank" if gl else "Norðbanki"
    shape = rng.randrange(3)
    if shape == 0:
        d.t(
            f"{'Grønlands Politi, Nuuk' if gl else 'Færøernes Politi, Tórshavn'}\n"
            f"Anmeldelse af bedrageri, journalnr. {journal(rng)}\n\nAnmelder: "
        )
        d.who(victim, "full", "comma").t(", cpr-nr. ").cpr(victim).t("\nAdresse: ")
        d.v(address(rng, where, block=rng.random() < 0.3), "ADDRESS")
        d.t("\nMobil: ").phone(where)
        if rng.random() < 0.5:
            d.t(", tlf. hjemme ").phone(f"{where}_local")
        d.t(f"\n\nAnmelder blev {when(rng, day(rng))} {clock(rng)} ringet op fra ")
        d.phone(rng.choice(("foreign", "dk"))).t(" af en, der kaldte sig ")
        d.v(rng.choice(ALIASES), "PERSON").t(f" fra {bank}. Anmelder oplyste koden ")
        d.v(otp(rng), "OTP").t(f", og der blev overført {amount(rng)} fra konto ")
        d.account(together=True).t(" til ").iban(rng.choice(("LT", "DE", "GB")))
        d.t(".\nModtaget af ").who(officer, "full", "initial").t(", ").mail(
            officer, "politi.example.dk"
        )
    elif shape == 1:
        d.t(f"{'Retten i Grønland' if gl else 'Retten på Færøerne'}\nDom afsagt "
            f"{when(rng, day(rng))} i sag {case_no(rng)}\n\nAnklagemyndigheden mod T1\n\n"
            "Forurettede: ")  # fmt: skip
        d.who(victim, "full", "three").t(", ").born(victim).t(", ").v(
            address(rng, where), "ADDRESS"
        )
        d.t(f", blev bedraget for {amount(rng)}. T1 fik forurettede til at oplyse kortnummer ")
        d.card().t(" med udløb ").v(expiry(rng), "CARD_EXPIRY").t(" og CVV ")
        d.v(f"{rng.randrange(1000):03d}", "CARD_CVV").t(".\nForurettedes telefon: ").phone(where)
        d.t(f".\nT1 straffes efter {'kriminallovens' if gl else 'straffelovens'} "
            f"§ {rng.choice(('101', '279', '279 a'))}, jf. {citation(rng)}.\n"
            "Dommer: ")  # fmt: skip
        d.who(person(rng, where), "full")
    else:
        d.t(f"{bank}\n{org_line(rng)}\n\n").who(victim, "full", "caps")
        d.t("\n").v(address(rng, where, block=True), "ADDRESS")
        d.t(f"\n\n{when(rng, day(rng))}\n\nKære ").who(victim, "first", "full")
        d.t(f"\n\nVi har modtaget din indsigelse mod overførslen på {amount(rng)} fra din konto ")
        d.iban("GL" if gl else "FO").t(". Overførslen blev godkendt med MitID (bruger-id ")
        d.v(mitid(rng, victim), "MITID_USER").t(") fra en ukendt enhed. Vi har spærret kontoen og "
                                                 "ringer dig op på ")  # fmt: skip
        d.phone(where).t(". Din e-mail ").mail(victim).t(" er opdateret.\n\nVenlig hilsen\n")
        d.who(officer, "full").t(", ").mail(officer, "bank.example.com")


def g_nemkonto(d: Doc) -> None:
    rng = d.rng
    citizen, staff = person(rng), person(rng, "dk")
    sender = rng.choice(("Udbetaling Danmark", "Skattestyrelsen"))
    changed = day(rng)
    d.t(f"{sender}\n{org_line(rng)}\n\n").who(citizen, "full", "three", "caps")
    d.t("\n").v(address(rng, block=True), "ADDRESS").t("\n\n")
    d.t("CPR-nr.: ").cpr(citizen)
    d.t(f"\nDato: {when(rng, changed + timedelta(days=rng.randint(2, 30)))}\n"
        f"Sagsnummer: {rng.randint(20, 25)}-{rng.randint(1000000, 9999999)}\n\n"
        "Vi har ændret din NemKonto – har du selv gjort det?\n\n")  # fmt: skip
    d.t(f"{when(rng, changed).capitalize()} {clock(rng)} blev din NemKonto ændret fra konto ")
    d.account(together=True).t(" til konto ").account(together=True)
    d.t(". Ændringen blev godkendt med MitID med bruger-id ").v(mitid(rng, citizen), "MITID_USER")
    paid = rng.choice(("overskydende skat", "feriepenge", "boligstøtte", "folkepension"))
    d.t(f".\nSamme dag blev {paid}"
        f" på {amount(rng, 900, 40000)} udbetalt til den nye konto.\n\n"
        f"Hvis du ikke selv har ændret kontoen, skal du ringe til os på {org_line(rng)} og "
        "anmelde forholdet til politiet på 114.\n\n")  # fmt: skip
    if rng.random() < 0.6:
        d.t("Din henvendelse\n").t(rng.choice(("Hej. ", "Til Udbetaling Danmark. ", "")))
        d.t("Jeg har IKKE ændret min NemKonto. Jeg fik en SMS om ")
        d.t(rng.choice(("tilbagebetaling af skat", "et brev i Digital Post", "min pension")))
        d.t(" og gav koden ").v(otp(rng), "OTP").t(" til en, der ringede fra ")
        d.phone(rng.choice(("dk", "foreign"))).t(". Ring på ").phone().t(" eller skriv til ")
        d.mail(citizen).t(".\nMvh ").who(citizen, "first", "lower", "full")
        if rng.random() < 0.4:
            d.t(", ").born(citizen, "f. ")
        d.t("\n\n")
    d.t("Med venlig hilsen\n").who(staff, "full", "initial").t(f"\n{sender}, ")
    d.mail(staff, rng.choice(("udbetaling.example.dk", "skat.example.dk")))


GENRE_FUNCS = {
    "politianmeldelse": g_police, "dom": g_court, "ankenaevn": g_board, "inkasso": g_collection,
    "bankafgoerelse": g_bank, "fuldmagt_doedsbo": g_probate, "nordatlantisk": g_north,
    "nemkonto": g_nemkonto,
}  # fmt: skip


def generate(seed: int = SEED, size: int = SIZE) -> list[dict]:
    rng = random.Random(seed)
    negatives = round(size * NEGATIVES / SIZE)
    kinds = ["negative"] * negatives + ["positive"] * (size - negatives)
    rng.shuffle(kinds)
    docs, seen = [], set()
    for i, kind in enumerate(kinds):
        genre = GENRES[i % len(GENRES)]
        while True:
            d = Doc(rng, kind == "positive")
            GENRE_FUNCS[genre](d)
            text = d.text()
            if text not in seen:
                break
        seen.add(text)
        docs.append({"id": f"pb17-{i + 1:04d}", "genre": genre, "kind": kind, "text": text,
                     "spans": d.spans})  # fmt: skip
    return docs


def main(argv: list[str]) -> int:
    out = Path(argv[1]) if len(argv) > 1 else Path(__file__).parent / "data" / "pii_blind17.jsonl"
    with out.open("w", encoding="utf-8") as fh:
        for doc in generate():
            fh.write(json.dumps(doc, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
