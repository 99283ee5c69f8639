"""The eighty-third blind, seeded generator of Danish text with labelled personal data (issue 18).

Written without looking at the recognisers, their word lists or the other generators' bodies, as
a held-out test set with its own names, streets and towns. Its world is a WEBSHOP'S AND A
GIFT-CARD ISSUER'S CUSTOMER SERVICE fighting account takeovers and gift-card scams (older
customers told by a "bank adviser" to buy gift cards and read the codes out), in eight genres:
an order note on a held order (changed delivery address, a drive-in pick-up by car, a card number
pasted into the comment field), a refund request form (an ID-checked name in capitals, a birth
date, reg.nr. and account or an IBAN), a web chat ("[14:02] Name: ..." lines; a one-time code
read back), a phone note on a call with an older customer (the "adviser's" alias, the MitID user
ID and code she gave away, the courier's car), an e-mail to the police (one CPR number per
report, the mule's foreign IBAN, the car seen), an e-mail to the gift-card or card issuer in
Danish or English (codes to block, the card they were paid with), a forwarded scam message, and
an account-takeover case log (logins, changed e-mail and phone, codes sent). Names are those of
Danes of all ages and of Danes with roots elsewhere ("Hodan Warsame", "Nguyen Thi Lan"), double
surnames ("Kjær-Bisgaard"), three-word names and the staff's own names.

Conventions (exact offsets are scored):
- PERSON is a name as written, without title or role ("fru", "hr.", "kunden", "rådgiveren"):
  "Holm, Grethe" is one span, a genitive s belongs to it ("Grethes"), a lower-case name in a chat
  ("grethe") and a chat's speaker label are PERSON, and so is a scammer's alias ("Henrik fra
  Danske Bank": the name only). Organisations, banks, shops, products, streets and towns named
  after people, pseudonyms ("Kunde A", "Medarbejder 2"), stand-ins ("[navn]") and family words
  ("min datter") never are; a name spelled out letter by letter is not labelled, nor is a code
  read out in words ("fire-syv-to-...").
- ADDRESS is a private person's postal address from the street through number, letter, floor and
  side, plus postcode and town on the same line after a comma or on the next line (the line
  break inside the span). Organisations' own addresses (shops, warehouse, pick-up points, the
  issuer's and the police's offices, in letterheads and signatures) are never labelled.
- CPR numbers are synthetic: a real birth date, a seventh digit fitting the century (0-3 in the
  1900s, 4 for 2000-2005) and a serial that FAILS modulus 11, written "DDMMYY-SSSS",
  "DDMMYYSSSS", "DD MM YY SSSS", "DDMMYY SSSS" or "DD.MM.YY-SSSS", with or without "CPR:".
- DATE_OF_BIRTH is a birth date straight after "født", "f.", "Fødselsdato:", "fødselsdato:" or
  "DOB:" ("4. juni 1944", "04.06.1944", "4/6-1944", "04-06-1944").
- PHONE: Danish numbers from mobile and landline ranges in all common forms ("+45 20304050",
  "+45 20 30 40 50", "+45 2030 4050", "2030 4050", "(+45) 20 30 40 50", "0045 20304050",
  "20 30 40 50", "20304050", "+4520304050", "20.30.40.50", "20-30-40-50"), the country code
  inside the span, and foreign numbers from fiction ranges ("+44 7700 900123", "+46 70 174 06 55").
  Organisations' 70/80 lines and short numbers (114, 1813) are never PHONE.
- EMAIL: every unmasked e-mail address (all on example.* domains), each occurrence.
- BANK_ACCOUNT: "1234-1234567890" or "1234 1234567890" is one span; where the reg.nr. has its
  own cue ("reg.nr. 1234 kontonr. 12345678") only the account is labelled. IBAN: valid check
  digits and length, grouped by four or compact. CARD (the card number; named CARD_NUMBER in the
  brief, renamed to the shared type after the read): Luhn-valid with a test prefix,
  grouped by four or compact; CARD_EXPIRY the value only ("08/27", "08/2027", "08-2027").
  NUMBER_PLATE a Danish plate ("AB 12 345", "AB12345"). MITID_USER and OTP: the value after its
  cue.
- Hard negatives, never labelled: order, customer, case, invoice and police journal numbers,
  tracking numbers, CVR numbers, gift-card codes and PINs, amounts, dates and clock times, IP
  addresses and device IDs, masked values ("**** 4242", "+45 ** ** ** 31", "g***@example.dk",
  "120347-xxxx", "DK50 XXXX XXXX XX12 34"), organisations' lines and addresses, pseudonyms and
  family words. The 350 documents of kind "negative" are the same genres pseudonymised: only
  such values, stand-ins ("[navn]", "[TLF]") and pseudonyms remain. No run of ten or more digits
  occurs outside a labelled identifier, and no loose eight-digit number but an organisation's.

Each document is {"id", "genre", "kind", "text", "spans": [{"type", "start", "end"}]}.
``python -m bench.pii_blind82 OUT.jsonl`` writes the set; ``generate()`` returns it.
"""

from __future__ import annotations

import json
import random
import sys
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

SIZE = 1000
NEGATIVES = 350
SEED = "pii_blind82"

GENRES = (
    "ordrenote",
    "refusion",
    "chat",
    "telefonnotat",
    "politi",
    "udsteder",
    "svindelbesked",
    "kontoovertagelse",
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

WOMEN = (
    "Agnete", "Birthe", "Bente", "Grethe", "Inger", "Karen", "Kirsten", "Hanne", "Lis", "Lise",
    "Jytte", "Ruth", "Ellen", "Else", "Edith", "Gudrun", "Ingrid", "Dorthe", "Merete", "Vibeke",
    "Susanne", "Lone", "Pia", "Tina", "Mette", "Helle", "Anette", "Winnie", "Jette", "Lene",
    "Bodil", "Gerda", "Ester", "Asta", "Solveig", "Karin", "Tove", "Ulla", "Gitte", "Marianne",
    "Annelise", "Annie", "Aase", "Alice", "Benedikte", "Britt", "Camilla", "Charlotte",
    "Christina", "Dagmar", "Ebba", "Elin", "Elisabeth", "Emma", "Freja", "Frida", "Gry", "Henny",
    "Hildegard", "Ida", "Inga", "Irene", "Jane", "Janni", "Johanne", "Josefine", "Julie",
    "Katrine", "Kirstine", "Laura", "Lea", "Lilly", "Linda", "Lisbeth", "Lotte", "Louise", "Maja",
    "Malene", "Margit", "Margrethe", "Maria", "Marie", "Mona", "Nanna", "Nina", "Olga", "Petra",
    "Randi", "Rikke", "Rita", "Rosa", "Sanne", "Signe", "Sofie", "Stine", "Sidsel", "Thea",
    "Tilde", "Trine", "Ulrikke", "Vera", "Vivi", "Yvonne", "Åse", "Astrid", "Birgit", "Birgitte",
    "Eva", "Gunhild", "Hedvig", "Helga", "Jonna", "Kamma", "Lilian", "Magda", "Minna", "Nora",
    "Ragnhild", "Sonja", "Tenna", "Valborg", "Anni", "Dorte", "Hjørdis", "Karla", "Ellinor",
    "Agnes", "Anna", "Clara", "Ella", "Ingeborg", "Kaja", "Liv", "Mathilde", "Silje", "Ditte",
    "Pernille", "Tanja", "Heidi", "Bettina", "Jeanette", "Kristina", "Fatima", "Aisha", "Amina",
    "Leyla", "Zeynep", "Elif", "Hatice", "Samira", "Noor", "Yasmin", "Mariam", "Hiba", "Ayan",
    "Hodan", "Nadia", "Agnieszka", "Katarzyna", "Joanna", "Oksana", "Olena", "Irina", "Svetlana",
    "Huong", "Priya", "Anjali", "Sana", "Dilan", "Rojin", "Shirin", "Parisa", "Sevda", "Emine",
    "Aylin", "Anne-Marie", "Lise-Lotte", "Bente-Marie",
)  # fmt: skip
MEN = (
    "Arne", "Bent", "Bjarne", "Børge", "Carl", "Erik", "Finn", "Flemming", "Frede", "Gunnar",
    "Hans", "Helge", "Henning", "Holger", "Ib", "Jens", "Jørgen", "Knud", "Kurt", "Leif",
    "Mogens", "Niels", "Ole", "Palle", "Poul", "Preben", "Svend", "Torben", "Verner", "Viggo",
    "Aage", "Allan", "Anders", "Asger", "Benny", "Bo", "Brian", "Carsten", "Christian", "Claus",
    "Dan", "Egon", "Ejner", "Esben", "Frank", "Frits", "Georg", "Gert", "Gorm", "Hakon", "Harald",
    "Henrik", "Herluf", "Ivan", "Jan", "Jesper", "Johannes", "John", "Jonas", "Kaj", "Karl",
    "Kasper", "Keld", "Kim", "Klaus", "Kristian", "Lars", "Lasse", "Laurits", "Leo", "Lennart",
    "Magnus", "Mads", "Martin", "Michael", "Mikkel", "Morten", "Nikolaj", "Oluf", "Oscar",
    "Otto", "Peder", "Per", "Peter", "Rasmus", "René", "Rune", "Sigurd", "Simon", "Steen",
    "Stig", "Søren", "Thomas", "Thorkild", "Tage", "Tonny", "Troels", "Uffe", "Valdemar", "Vagn",
    "Willy", "Alfred", "August", "Axel", "Bertel", "Bjørn", "Emil", "Ejvind", "Erling", "Evald",
    "Gustav", "Hugo", "Ingvar", "Jakob", "Johan", "Jørn", "Kjeld", "Lauge", "Malthe", "Noah",
    "Ove", "Povl", "Regnar", "Sune", "Tobias", "Viktor", "William", "Anker", "Bendt", "Eigil",
    "Hjalmar", "Ingolf", "Jeppe", "Nils", "Sophus", "Thyge", "Tue", "Vilhelm", "Ulrik",
    "Asbjørn", "Mohammed", "Ahmed", "Ali", "Omar", "Hassan", "Hussein", "Yusuf", "Mustafa",
    "Ibrahim", "Khalid", "Bilal", "Tariq", "Mehmet", "Murat", "Emre", "Kemal", "Abdirahman",
    "Piotr", "Tomasz", "Krzysztof", "Andrzej", "Mykola", "Dmytro", "Sergej", "Minh", "Tuan",
    "Duc", "Arjun", "Reza", "Amir", "Hamid", "Karim", "Samir", "Jamal", "Tarek", "Zoran",
    "Dragan", "Goran", "Milan", "Hans-Erik", "Jens-Ole", "Per-Henrik",
)  # fmt: skip
SURNAMES = (
    "Nielsen", "Jensen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen",
    "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen", "Thomsen",
    "Christiansen", "Poulsen", "Johansen", "Møller", "Mortensen", "Knudsen", "Jakobsen",
    "Mikkelsen", "Olesen", "Frederiksen", "Laursen", "Henriksen", "Lund", "Schmidt", "Holm",
    "Eriksen", "Kristiansen", "Nissen", "Clausen", "Simonsen", "Svendsen", "Andreasen", "Iversen",
    "Jeppesen", "Vestergaard", "Mogensen", "Nørgaard", "Jessen", "Søndergaard", "Bertelsen",
    "Kjær", "Dam", "Bach", "Lauridsen", "Thygesen", "Krog", "Overgaard", "Ravn", "Bech",
    "Kjeldsen", "Høj", "Juhl", "Dahl", "Østergaard", "Mathiasen", "Gregersen", "Friis", "Carlsen",
    "Villadsen", "Skov", "Brandt", "Koch", "Winther", "Lindberg", "Bruun", "Ebbesen", "Hald",
    "Hviid", "Kirk", "Lassen", "Bang", "Berg", "Bisgaard", "Damgaard", "Fisker", "Gade",
    "Graversen", "Hedegaard", "Hougaard", "Kjærgaard", "Kragh", "Lorentzen", "Lykke",
    "Markussen", "Munk", "Nygaard", "Pallesen", "Prip", "Riis", "Sand", "Schou", "Sloth", "Storm",
    "Thorsen", "Toft", "Vinther", "Wulff", "Aagaard", "Abildgaard", "Beck", "Bro", "Buus",
    "Dalsgaard", "Enevoldsen", "Fog", "Gravesen", "Holst", "Husted", "Kamp", "Kofoed",
    "Lindhardt", "Mørch", "Nyborg", "Nørregaard", "Ottesen", "Qvist", "Rosendahl", "Steffensen",
    "Tang", "Terkelsen", "Vad", "Wegener", "Yilmaz", "Kaya", "Demir", "Çelik", "Öztürk",
    "Nguyen", "Tran", "Pham", "Kowalski", "Nowak", "Kowalczyk", "Mohamed", "Khan", "Ahmadi",
    "Hosseini", "Rahimi", "Farah", "Abdi", "Warsame", "Jama", "Osman", "Haddad", "Jovanović",
    "Petrović", "Shevchenko", "Kovalenko", "Bondarenko", "Singh", "Sharma", "Patel", "Silva",
    "Lunding", "Mejlby", "Skaarup", "Tvede", "Uldall", "Ærenlund",
)  # fmt: skip
# middle names as Danes carry them: a family name, or a second given name that fits
MIDDLES = ("Kjær", "Skov", "Dahl", "Holm", "Bech", "Juul", "Brink", "Munk", "Lykke", "Vang", "Bøgh")
MIDDLES_F = ("Marie", "Louise", "Kristine", "Elisabeth", "Sofie")
MIDDLES_M = ("Peter", "Erik", "Christian", "Emil", "Johan")

STREETS = (
    "Kløvervej", "Birkevej", "Egevej", "Søndergade", "Nørregade", "Skolevej", "Møllevej",
    "Rosenvej", "Lærkevej", "Syrenvej", "Ahornvej", "Bøgevej", "Elmevej", "Granvej", "Hybenvej",
    "Kastanievej", "Lindevej", "Mågevej", "Nattergalevej", "Poppelvej", "Rønnebærvej",
    "Solsikkevej", "Tjørnevej", "Valmuevej", "Violvej", "Åbrinken", "Engvej", "Fasanvej",
    "Grønnegade", "Havrevænget", "Kirkebakken", "Markvej", "Nygade", "Præstevænget", "Rugvænget",
    "Sneppevej", "Stationsvej", "Strandvejen", "Toftevej", "Vibevej", "Ørnevej", "Bakkedraget",
    "Dalvej", "Enghavevej", "Fyrrevænget", "Græsmarken", "Hvedevænget", "Kildevej", "Lyngvej",
    "Mosevej", "Pilevej", "Skovbrynet", "Slåenvej", "Tranevej", "Æblehaven", "Bygaden",
    "Humlevej", "Spurvevej", "Agerhønevej", "Bellisvej",
)  # fmt: skip
TOWNS = (
    "8000 Aarhus C", "5000 Odense C", "9000 Aalborg", "2400 København NV", "2300 København S",
    "2500 Valby", "2600 Glostrup", "2630 Taastrup", "2650 Hvidovre", "2670 Greve",
    "2720 Vanløse", "2730 Herlev", "2750 Ballerup", "2800 Kongens Lyngby", "2860 Søborg",
    "2900 Hellerup", "2970 Hørsholm", "3000 Helsingør", "3400 Hillerød", "3600 Frederikssund",
    "4000 Roskilde", "4100 Ringsted", "4200 Slagelse", "4300 Holbæk", "4400 Kalundborg",
    "4600 Køge", "4700 Næstved", "4800 Nykøbing F", "4900 Nakskov", "5700 Svendborg",
    "5800 Nyborg", "6000 Kolding", "6100 Haderslev", "6200 Aabenraa", "6400 Sønderborg",
    "6700 Esbjerg", "6800 Varde", "7000 Fredericia", "7100 Vejle", "7400 Herning",
    "7500 Holstebro", "7700 Thisted", "7800 Skive", "8200 Aarhus N", "8210 Aarhus V",
    "8600 Silkeborg", "8700 Horsens", "8800 Viborg", "8900 Randers C", "9200 Aalborg SV",
    "9400 Nørresundby", "9700 Brønderslev", "9800 Hjørring", "9900 Frederikshavn", "3700 Rønne",
    "4640 Faxe", "8500 Grenaa", "5600 Faaborg", "8300 Odder", "9500 Hobro", "4760 Vordingborg",
)  # fmt: skip

SHOPS = ("Kurvfuld.dk", "Gaveboden.dk", "Nordlys Shop", "Hjemmebixen")
ISSUERS = ("Nordisk Gavekort A/S", "GaveKortet ApS", "Kortcentralen Danmark")
BANKS = ("Danske Bank", "Nordea", "Jyske Bank", "Sydbank", "Spar Nord", "Arbejdernes Landsbank")
RETAILERS = ("Netto", "Føtex", "Bilka", "7-Eleven", "Circle K", "Lidl")
PRODUCTS = (
    "Apple-gavekort",
    "Google Play-kort",
    "Steam-kort",
    "paysafecard",
    "Kurvfuld-gavekort",
    "Nordisk Gavekort",
    "MitID-appen",
)
POLICE = ("Københavns Politi", "Østjyllands Politi", "Fyns Politi", "Nordjyllands Politi",
          "Sydsjællands og Lolland-Falsters Politi", "Midt- og Vestjyllands Politi")  # fmt: skip
COMPANIES = SHOPS + ISSUERS + RETAILERS + POLICE
# organisations' own postal addresses: never personal data
ORG_ADDRESSES = (
    "Lagervej 14, 6000 Kolding",
    "Algade 31, 4000 Roskilde",
    "Vestergade 8, 8000 Aarhus C",
    "Kongensgade 52, 5000 Odense C",
    "Havnegade 4, 1058 København K",
    "Borgergade 21, 9000 Aalborg",
    "Polititorvet 14, 1567 København V",
    "Ridderstræde 1, 8000 Aarhus C",
    "Hans Mules Gade 1, 5000 Odense C",
    "Jyllandsgade 27, 9000 Aalborg",
    "Transformervej 9, 2730 Herlev",
    "Industriparken 40, 2750 Ballerup",
)
ORG_LINES = ("70 11 22 33", "70 20 14 14", "80 30 40 50", "70 33 44 55", "80 20 30 41", "70112233")
ALIAS_UNITS = (
    "Danske Bank",
    "Nordeas svindelafdeling",
    "MitID-support",
    "bankens sikkerhed",
    "Jyske Banks kortafdeling",
    "Kurvfuld kundeservice",
)
PSEUDONYMS = ("Kunde A", "Kunde B", "Medarbejder 1", "Medarbejder 2", "Rådgiver X")
STAND_INS = {
    "PERSON": ("[navn]", "[NAVN]"),
    "ADDRESS": ("[ADRESSE]", "[adresse]"),
    "CPR": ("[CPR]",),
    "PHONE": ("[TLF]",),
    "EMAIL": ("[e-mail]",),
    "IBAN": ("[IBAN]",),
    "BANK_ACCOUNT": ("[kontonr.]",),
    "CARD": ("[kortnr.]",),
    "CARD_EXPIRY": ("[udløb]",),
    "DATE_OF_BIRTH": ("[fødselsdato]",),
    "NUMBER_PLATE": ("[nummerplade]",),
    "MITID_USER": ("[MitID]",),
    "OTP": ("[kode]",),
}
FAMILY = ("min datter", "min søn", "min mand", "svigersønnen", "barnebarnet")

WEIGHTS = (4, 3, 2, 7, 6, 5, 4, 3, 2, 1)
MOBILE = ("20", "21", "22", "23", "24", "25", "26", "27", "28", "29", "30", "31", "40", "41",
          "42", "50", "51", "52", "53", "60", "61", "71", "81", "91", "93")  # fmt: skip
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
# published test-card prefixes (Visa, Mastercard, Amex test numbers' first digits)
TEST_PREFIXES = ("411111", "401288", "400000", "555555", "520082", "222300", "378282")
IBAN_LENGTH = {"DK": 18, "DE": 22, "GB": 22, "LT": 20, "ES": 24, "PL": 28, "NL": 18, "SE": 24}
MONTHS = ("januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december")  # fmt: skip
PLATE_LETTERS = "ABCDEFHJKLMNPRSTUVXYZ"
REG_NUMBERS = ("1551", "2191", "3409", "4180", "5301", "6610", "7890", "9070", "9570", "0400")
SCAM_MAILS = ("sikkerhed.support", "kundeservice.dk", "mitid.hjaelp", "bank.sikkerhed")

Part = str | tuple[str, str]


@dataclass(frozen=True)
class Person:
    first: str
    middle: str
    last: str
    female: bool
    born: date

    @property
    def full(self) -> str:
        return " ".join(p for p in (self.first, self.middle, self.last) if p)

    @property
    def short(self) -> str:
        return f"{self.first} {self.last}"


class Doc:
    """A document being written: plain text and labelled values in order."""

    def __init__(self, neg: bool, rng: random.Random) -> None:
        self.neg = neg
        self.rng = rng
        self.parts: list[str] = []
        self.spans: list[dict] = []
        self.pos = 0

    def add(self, *parts: Part) -> None:
        for part in parts:
            if isinstance(part, tuple):
                kind, value = part
                if self.neg:
                    value = self.rng.choice(STAND_INS[kind])
                else:
                    self.spans.append(
                        {"type": kind, "start": self.pos, "end": self.pos + len(value)}
                    )
            else:
                value = part
            self.parts.append(value)
            self.pos += len(value)

    def who(self, value: str, pseudonym: str) -> Part:
        """A name that a pseudonymised copy turns into a pseudonym rather than a stand-in."""
        return pseudonym if self.neg else ("PERSON", value)

    @property
    def text(self) -> str:
        return "".join(self.parts)


# ---------------------------------------------------------------- values


def ascii_fold(text: str) -> str:
    table = str.maketrans(
        {
            "æ": "ae",
            "ø": "oe",
            "å": "aa",
            "é": "e",
            "ç": "c",
            "ö": "o",
            "ü": "u",
            "ć": "c",
            "-": "",
            " ": "",
        }
    )
    return text.lower().translate(table)


def person(r: random.Random, old: bool = False) -> Person:
    female = r.random() < 0.6
    first = r.choice(WOMEN if female else MEN)
    last = r.choice(SURNAMES)
    if r.random() < 0.12:
        last = f"{r.choice(SURNAMES[:120])}-{last}"
    middles = MIDDLES + (MIDDLES_F if female else MIDDLES_M)
    middle = r.choice(middles) if r.random() < 0.2 else ""
    if female and last in ("Nguyen", "Tran", "Pham"):
        middle = "Thi"  # as Vietnamese Danes write it: "Nguyen Thi Lan" in the other order
    start = date(1931, 1, 1) if old else date(1940, 1, 1)
    end = date(1956, 12, 31) if old else date(2005, 12, 31)
    born = start + timedelta(days=r.randrange((end - start).days))
    return Person(first, middle, last, female, born)


def weak_cpr(r: random.Random, born: date) -> str:
    """Ten digits of a CPR number for the birth date that fail modulus 11."""
    head = born.strftime("%d%m%y")
    century = "4" if born.year >= 2000 else r.choice("0123")
    while True:
        digits = head + century + f"{r.randrange(1000):03d}"
        if sum(int(c) * w for c, w in zip(digits, WEIGHTS, strict=True)) % 11:
            return digits


def cpr(r: random.Random, born: date) -> str:
    d = weak_cpr(r, born)
    return r.choice(
        (
            f"{d[:6]}-{d[6:]}",
            d,
            f"{d[:2]} {d[2:4]} {d[4:6]} {d[6:]}",
            f"{d[:6]} {d[6:]}",
            f"{d[:2]}.{d[2:4]}.{d[4:6]}-{d[6:]}",
        )
    )


def dob(r: random.Random, born: date) -> str:
    d, m, y = born.day, born.month, born.year
    return r.choice(
        (
            f"{d}. {MONTHS[m - 1]} {y}",
            f"{d:02d}.{m:02d}.{y}",
            f"{d}/{m}-{y}",
            f"{d:02d}-{m:02d}-{y}",
        )
    )


def phone(r: random.Random, foreign: float = 0.05) -> str:
    if r.random() < foreign:
        if r.random() < 0.5:
            return f"+44 7700 900{r.randrange(1000):03d}"
        return f"+46 70 174 06 {r.randrange(5, 100):02d}"
    n = r.choice(MOBILE if r.random() < 0.8 else LANDLINE) + f"{r.randrange(10**6):06d}"
    p = [n[0:2], n[2:4], n[4:6], n[6:8]]
    return r.choice(
        (
            f"+45 {n}",
            f"+45 {' '.join(p)}",
            f"+45 {n[:4]} {n[4:]}",
            f"{n[:4]} {n[4:]}",
            f"(+45) {' '.join(p)}",
            f"0045 {n}",
            " ".join(p),
            n,
            f"+45{n}",
            ".".join(p),
            "-".join(p),
        )
    )


def email(r: random.Random, p: Person) -> str:
    first, last = ascii_fold(p.first), ascii_fold(p.last)
    local = r.choice(
        (
            f"{first}.{last}",
            f"{first}{p.born.year % 100:02d}",
            f"{first[0]}{last}",
            f"{first}.{last[0]}{p.born.year}",
            f"{last}.{first}",
            f"{first}_{last}{r.randrange(1, 99)}",
        )
    )
    return f"{local}@{r.choice(('example.dk', 'example.com', 'mail.example.dk', 'example.net'))}"


def masked_mail(r: random.Random, p: Person) -> str:
    return f"{ascii_fold(p.first)[0]}***@{r.choice(('example.dk', 'example.com'))}"


def address(r: random.Random, lines: str = "any") -> str:
    street = f"{r.choice(STREETS)} {r.randrange(1, 160)}{r.choice(('', '', '', 'A', 'B'))}"
    if r.random() < 0.35:
        street += f", {r.choice(('st.', '1.', '2.', '3.', '4.'))} {r.choice(('th.', 'tv.', 'mf.'))}"
    town = r.choice(TOWNS)
    form = r.choice(("comma", "lines", "bare")) if lines == "any" else lines
    if form == "lines":
        return f"{street}\n{town}"
    if form == "comma":
        return f"{street}, {town}"
    return street


def luhn_complete(body: str) -> str:
    total = 0
    for i, c in enumerate(reversed(body)):
        n = int(c) * (2 if i % 2 == 0 else 1)
        total += n // 10 + n % 10
    return body + str(-total % 10)


def grouped(compact: str) -> str:
    """The value in groups of four (cards, IBANs)."""
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))


def card(r: random.Random) -> tuple[str, str]:
    prefix = r.choice(TEST_PREFIXES)
    length = 15 if prefix.startswith("3") else 16
    body = prefix + "".join(str(r.randrange(10)) for _ in range(length - len(prefix) - 1))
    number = luhn_complete(body)
    shown = grouped(number) if r.random() < 0.65 else number
    month, year = r.randrange(1, 13), r.randrange(26, 32)
    expiry = r.choice((f"{month:02d}/{year}", f"{month:02d}/20{year}", f"{month:02d}-20{year}"))
    return shown, expiry


def iban(r: random.Random, country: str | None = None) -> str:
    country = country or r.choice(("DE", "GB", "LT", "ES", "PL", "NL", "SE"))
    length = IBAN_LENGTH[country]
    if country == "GB":
        bban = r.choice(("NWBK", "BARC", "MIDL")) + "".join(str(r.randrange(10)) for _ in range(14))
    elif country == "NL":
        bban = r.choice(("ABNA", "INGB", "RABO")) + "".join(str(r.randrange(10)) for _ in range(10))
    else:
        bban = "".join(str(r.randrange(10)) for _ in range(length - 4))
    numeric = "".join(str(int(c, 36)) for c in bban + country + "00")
    check = 98 - int(numeric) % 97
    compact = f"{country}{check:02d}{bban}"
    return grouped(compact) if r.random() < 0.6 else compact


def account(r: random.Random) -> tuple[str, str]:
    reg = r.choice(REG_NUMBERS)
    number = str(r.randrange(10**6, 10**10)).zfill(r.choice((7, 10, 10)))
    return reg, number


def plate(r: random.Random) -> str:
    letters = r.choice(PLATE_LETTERS) + r.choice(PLATE_LETTERS)
    n = f"{r.randrange(10, 100)}{r.randrange(1000):03d}"
    return f"{letters} {n[:2]} {n[2:]}" if r.random() < 0.7 else f"{letters}{n}"


def mitid(r: random.Random, p: Person) -> str:
    base = ascii_fold(p.first)
    year = p.born.year
    return r.choice(
        (
            f"{base}{year}",
            f"{base}{year % 100:02d}",
            f"{base}{ascii_fold(p.last)[:3]}{year % 100:02d}",
        )
    )


def otp(r: random.Random) -> str:
    return f"{r.randrange(10**7, 10**8)}" if r.random() < 0.2 else f"{r.randrange(10**5, 10**6)}"


def name_form(r: random.Random, p: Person, form: str | None = None) -> list[Part]:
    """A person's name in one of the written forms: title outside the span, genitive s inside."""
    form = form or r.choice(
        ("full", "full", "short", "first", "title", "initial", "surname", "caps", "lower")
    )
    if form == "title":
        return [("fru " if p.female else "hr. "), ("PERSON", p.last)]
    value = {
        "full": p.full,
        "short": p.short,
        "first": p.first,
        "initial": f"{p.first[0]}. {p.last}",
        "surname": f"{p.last}, {p.first}",
        "caps": p.full.upper(),
        "lower": p.short.lower(),
    }[form]
    return [("PERSON", value)]


def genitive(r: random.Random, p: Person) -> list[Part]:
    """A name in the genitive, its s inside the span; "kundens" where every form ends in s."""
    forms = [n for n in (p.first, p.short, p.full) if n[-1] not in "sxz"]
    return [("PERSON", r.choice(forms) + "s")] if forms else ["kundens"]


def relative(r: random.Random, p: Person) -> tuple[list[Part], Person]:
    """A relative to contact, introduced as "Grethes datter" or by a family word."""
    kin = person(r)
    if r.random() < 0.5:
        return [*genitive(r, p), " datter " if kin.female else " søn "], kin
    return [r.choice(FAMILY[4:] if kin.female else FAMILY[3:]), " "], kin


def staff(r: random.Random) -> Person:
    return person(r)


def hhmm(r: random.Random) -> tuple[int, int]:
    return r.randrange(7, 23), r.randrange(60)


def day(r: random.Random) -> date:
    return date(2026, 1, 1) + timedelta(days=r.randrange(330))


def stamp(r: random.Random) -> str:
    h, m = hhmm(r)
    d = day(r)
    return r.choice((f"{d:%d.%m.%y} kl. {h:02d}.{m:02d}", f"{d:%Y-%m-%d} {h:02d}:{m:02d}"))


def amount(r: random.Random) -> str:
    kroner = r.choice((250, 500, 500, 1000, 1000, 2000, 2500, 4000, 5000, 7500, 10000, 12500))
    text = f"{kroner:,}".replace(",", ".")
    return r.choice((f"{text} kr.", f"kr. {text}", f"{text},00 kr."))


def order_no(r: random.Random) -> str:
    return f"WS-{r.randrange(10**6, 10**7)}"


def cust_no(r: random.Random) -> str:
    return f"kundenr. {r.randrange(10**6, 10**7)}"


def case_no(r: random.Random) -> str:
    return f"SAG-{r.randrange(10**5, 10**6)}"


def journal(r: random.Random) -> str:
    return (
        f"{r.choice(('0100', '1200', '3500', '4100', '5300'))}-{r.randrange(80000, 90000)}-"
        f"{r.randrange(100000):05d}-26"
    )


def invoice(r: random.Random) -> str:
    return f"F-26-{r.randrange(10**5, 10**6)}"


def tracking(r: random.Random) -> str:
    return f"{r.choice(('RR', 'CC', 'LX'))}{r.randrange(10**8, 10**9)}DK"


def cvr(r: random.Random) -> str:
    return f"CVR-nr. {r.randrange(10**7, 5 * 10**7)}"


def ip(r: random.Random) -> str:
    return f"{r.choice(('192.0.2', '198.51.100', '203.0.113'))}.{r.randrange(1, 255)}"


def device(r: random.Random) -> str:
    return "-".join(f"{r.randrange(16**4):04X}" for _ in range(3))


CODE_CHARS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"


def gift_code(r: random.Random) -> str:
    return "-".join("".join(r.choice(CODE_CHARS) for _ in range(4)) for _ in range(4))


def psc_pin(r: random.Random) -> str:
    digits = "0" + "".join(str(r.randrange(10)) for _ in range(15))
    return grouped(digits)


def masked_card(r: random.Random) -> str:
    tail = f"{r.randrange(10000):04d}"
    return r.choice((f"**** {tail}", f"**** **** **** {tail}", f"************{tail}"))


def masked_phone(r: random.Random) -> str:
    return f"+45 ** ** ** {r.randrange(100):02d}"


def masked_cpr(p: Person) -> str:
    return f"{p.born:%d%m%y}-xxxx"


def masked_iban(r: random.Random) -> str:
    return f"DK{r.randrange(10, 99)} XXXX XXXX XX{r.randrange(10, 99)} {r.randrange(10, 99)}"


def codes_block(r: random.Random, n: int) -> list[str]:
    kind = r.choice(("code", "code", "pin"))
    return [gift_code(r) if kind == "code" else psc_pin(r) for _ in range(n)]


DIGIT_WORDS = ("nul", "en", "to", "tre", "fire", "fem", "seks", "syv", "otte", "ni")


def spelled(name: str) -> str:
    return "-".join(name.upper())


# ---------------------------------------------------------------- genres


def order_note(d: Doc, r: random.Random) -> None:
    cust, agent = person(r), staff(r)
    shop = r.choice(SHOPS)
    order = order_no(r)
    d.add(
        f"Ordre {order} · {shop} · oprettet {stamp(r)} · {amount(r)}\n",
        "Konto: ",
        ("EMAIL", email(r, cust)),
        f" ({cust_no(r)})\n",
    )
    if r.random() < 0.5:
        d.add(
            "Leveringsadresse ændret kl. ",
            f"{r.randrange(10, 24)}.{r.randrange(10, 60)} fra\n",
            ("ADDRESS", address(r, "lines")),
            "\ntil pakkeshop: ",
            r.choice(ORG_ADDRESSES[:6]),
            "\n",
        )
    else:
        d.add("Levering: ", ("ADDRESS", address(r, r.choice(("comma", "bare")))), "\n")
    d.add(f"Betaling: {r.choice(('Visa', 'Mastercard', 'MobilePay'))} {masked_card(r)}\n")
    d.add(f"Varer: {r.randrange(2, 12)} x {r.choice(PRODUCTS[:5])} à {amount(r)}\n\n")
    style = r.random()
    if style < 0.25:
        d.add("Note (", ("PERSON", agent.first), "): ")
        d.add(*name_form(r, cust), " ringer fra ", ("PHONE", phone(r)))
        d.add(
            r.choice(
                (
                    " og siger hun/han IKKE har bestilt noget. Ny mail på kontoen siden i nat. ",
                    ", har fået mail om ordren men kender den ikke. ",
                    " - kontoen er overtaget, password nulstillet fra fremmed enhed. ",
                )
            ),
            f"Ordren sat på hold, sag {case_no(r)} oprettet.\n",
        )
    elif style < 0.62:
        car = plate(r)
        d.add(
            f"Click & collect, drive-in ved rampen på {ORG_ADDRESSES[0]}.\n",
            "Afhenter kom i bil ",
            ("NUMBER_PLATE", car),
            " og oplyste navnet ",
            *name_form(r, person(r), r.choice(("full", "short"))),
            ", men ordren står på ",
            *name_form(r, cust, r.choice(("full", "surname", "initial"))),
            ". Udleveret inden vi så alarmen :( \n",
            "Kunden kontaktet på ",
            ("PHONE", phone(r)),
            r.choice((" - afviser købet.\n", ", kender ikke til afhentningen.\n")),
        )
        if r.random() < 0.4:
            d.add(
                "Kameraet ved port 2 viser også ", ("NUMBER_PLATE", plate(r)), " holde og vente.\n"
            )
    else:
        number, expiry = card(r)
        d.add(
            "kunden har skrevet fuldt kortnr i ordrekommentaren (!!): ",
            ("CARD", number),
            r.choice((" udl. ", " exp ", " udløb ")),
            ("CARD_EXPIRY", expiry),
            " - feltet er tømt, kun noteret her til chargeback. kortholder iflg. kunden: ",
            *name_form(r, cust, r.choice(("full", "caps", "short"))),
            "\n",
        )
    d.add(
        r.choice(("Login fra IP ", "sidste login: IP ")),
        ip(r),
        f", enhed {device(r)}. ",
        r.choice(("Tracking ", "Pakke ")),
        tracking(r),
        " stoppet hos fragtfirma.\n/",
    )
    d.add(
        ("PERSON", f"{agent.first[0]}. {agent.last}")
        if r.random() < 0.5
        else ("PERSON", agent.first)
    )
    d.add(f", {r.choice(('Svindelteamet', 'Kundeservice', 'Lager & levering'))}\n")
    if r.random() < 0.3:
        d.add(
            "obs: ",
            *name_form(r, cust, r.choice(("lower", "first", "title"))),
            r.choice((" ringer igen i morgen, ring tilbage på ", " vil have svar på sms til ")),
            ("PHONE", phone(r)),
            "\n",
        )


def refund(d: Doc, r: random.Random) -> None:
    cust = person(r, old=r.random() < 0.5)
    english = r.random() < 0.15
    shop = r.choice(SHOPS + ISSUERS)
    if english:
        d.add(f"REFUND REQUEST – {shop}\nCase: {case_no(r)}   Order: {order_no(r)}\n")
        d.add("Name: ", ("PERSON", cust.full), "\n")
    else:
        d.add(f"REFUSIONSANMODNING – {shop}\nSagsnr.: {case_no(r)}   Ordre: {order_no(r)}\n")
        d.add("Navn: ", *name_form(r, cust, r.choice(("full", "short", "surname"))), "\n")
    d.add("Navn iflg. billed-ID: ", ("PERSON", cust.full.upper()), "\n")
    d.add(("Address: " if english else "Adresse: "), ("ADDRESS", address(r)), "\n")
    d.add(
        r.choice(("Fødselsdato: ", "fødselsdato: ", "DOB: ")) if not english else "DOB: ",
        ("DATE_OF_BIRTH", dob(r, cust.born)),
        "\n",
        "Telefon: " if not english else "Phone: ",
        ("PHONE", phone(r)),
        "\nE-mail: ",
        ("EMAIL", email(r, cust)),
        "\n",
    )
    way = r.random()
    if way < 0.3:
        reg, acc = account(r)
        d.add("Refusion til: reg.nr. ", reg, " kontonr. ", ("BANK_ACCOUNT", acc), "\n")
    elif way < 0.55:
        reg, acc = account(r)
        d.add("Konto til udbetaling: ", ("BANK_ACCOUNT", f"{reg}{r.choice(' -')}{acc}"), "\n")
    elif way < 0.8:
        d.add("IBAN: ", ("IBAN", iban(r, "DK" if r.random() < 0.5 else None)), "\n")
    else:
        number, expiry = card(r)
        d.add(
            "Refusion til kort: ",
            ("CARD", number),
            "  udløb ",
            ("CARD_EXPIRY", expiry),
            "\n",
        )
    d.add(f"Beløb: {amount(r)}   Faktura: {invoice(r)}\n")
    if r.random() < 0.4:
        d.add(f"Tidligere udbetaling: {masked_iban(r)}\n")
    d.add("Begrundelse: " if not english else "Reason: ")
    if english:
        d.add(
            "my account was taken over and someone bought gift cards with my saved card. "
            "I never received anything. My card ending ",
            masked_card(r),
            ".\n",
        )
    else:
        d.add(
            r.choice(
                (
                    "Min konto blev hacket og der blev købt gavekort for mine penge. ",
                    "jeg blev ringet op af en fra banken der sagde jeg skulle købe gavekort. ",
                    "HAR IKKE BESTILT DISSE GAVEKORT. ",
                    "min søn hjælper mig med at skrive. Der er købt for mange penge på min konto. ",
                )
            )
        )
        if r.random() < 0.75:
            d.add(
                r.choice(("Mit cpr er ", "cpr: ", "CPR-nr. ")),
                ("CPR", cpr(r, cust.born)),
                " hvis I skal bruge det. ",
            )
        d.add("\n")
    d.add(
        f"Modtaget {stamp(r)} via webformular. Behandles af ",
        ("PERSON", staff(r).short),
        f", {r.choice(COMPANIES[:7])}, {r.choice(ORG_ADDRESSES)}.\n",
    )


def chat(d: Doc, r: random.Random) -> None:
    cust, agent = person(r, old=r.random() < 0.4), staff(r)
    shop = r.choice(SHOPS + ISSUERS)
    h, m = hhmm(r)
    cust_label = r.choice(
        (cust.short, cust.first.lower(), f"{cust.first} {cust.last[0]}.", cust.full)
    )
    agent_label = agent.first
    d.add(f"Chat startet {day(r):%d.%m.%y} kl. {h:02d}.{m:02d} · {shop} kundeservice\n")

    def line(speaker: str, pseudo: str, *parts: Part) -> None:
        nonlocal m, h
        m += r.randrange(0, 3)
        if m >= 60:
            h, m = (h + 1) % 24, m - 60
        d.add(f"[{h:02d}:{m:02d}] ", d.who(speaker, pseudo), ": ", *parts, "\n")

    c = (cust_label, r.choice(PSEUDONYMS[:2]))
    a = (agent_label, r.choice(PSEUDONYMS[2:4]))
    topic = r.random()
    if topic < 0.4:
        line(
            *c,
            r.choice(
                (
                    "hej jeg kan ikke logge ind, der er kommet en mail om at min "
                    "adgangskode er ændret",
                    "hej jeg kan ikk logge ind og der er bestilt gavekrot jeg ikke kender",
                    "HJÆLP min konto er blevet overtaget!!",
                    "Hi, someone changed my e-mail on my account",
                )
            ),
        )
        line(
            *a,
            "Hej ",
            ("PERSON", cust.first),
            ", det beklager jeg. Hvilken mail er kontoen oprettet med?",
        )
        line(*c, ("EMAIL", email(r, cust)))
        line(*a, f"Tak. Jeg sender en engangskode til nummeret på kontoen ({masked_phone(r)})")
        line(*c, r.choice(("koden er ", "fik ", "den siger ")), ("OTP", otp(r)))
        line(
            *a,
            "Tak, du er verificeret. Der er ændret mail til ",
            ("EMAIL", email(r, person(r))),
            f" i nat, og der er købt gavekort for {amount(r)} (ordre {order_no(r)}). Jeg "
            f"spærrer dem nu.",
        )
        if r.random() < 0.5:
            line(*c, "mit nye nr er ", ("PHONE", phone(r)), " det gamle er hacket tror jeg")
        if r.random() < 0.3:
            number, expiry = card(r)
            line(
                *c,
                "skal jeg spærre mit kort? det er ",
                ("CARD", number),
                " ",
                ("CARD_EXPIRY", expiry),
            )
            line(*a, "Skriv aldrig dit kortnummer i chatten! Ring til din bank og spær det.")
    elif topic < 0.75:
        alias = r.choice(MEN)
        line(
            *c,
            r.choice(
                (
                    "jeg har købt gavekort for ",
                    "min mand har købt kort for ",
                    "min datter siger jeg har købt kort for ",
                    "min søn har købt for ",
                )
            ),
            amount(r),
            " fordi en fra banken sagde det, kan pengene komme tilbage?",
        )
        line(*a, "Det lyder desværre som svindel. Har du koderne fra kortene?")
        codes = codes_block(r, r.randrange(1, 4))
        line(*c, "ja " + " og ".join(codes))
        line(*a, "Tak, jeg tjekker dem. Hvad hed den person der ringede?")
        line(
            *c,
            "han kaldte sig ",
            d.who(alias, PSEUDONYMS[4]),
            f" fra {r.choice(ALIAS_UNITS)}, ringede fra ",
            ("PHONE", phone(r, foreign=0.4)),
        )
        line(
            *a,
            "Koderne er spærret, to af dem var allerede indløst. Vi skal bruge dit navn og "
            "adresse til sagen.",
        )
        line(*c, ("PERSON", cust.full), ", ", ("ADDRESS", address(r, "comma")))
        if r.random() < 0.5:
            line(*c, "mit cpr er ", ("CPR", cpr(r, cust.born)))
            line(*a, "Tak, men du må ikke skrive dit CPR-nr. her, jeg sletter beskeden.")
    elif topic < 0.88:
        parent = person(r, old=True)
        line(
            *c,
            "Hej, min mor " if parent.female else "Hej, min far ",
            ("PERSON", parent.full),
            " har givet sit MitID bruger-ID til en svindler: ",
            ("MITID_USER", mitid(r, parent)),
        )
        line(
            *a,
            "Uh, det er alvorligt. I skal straks spærre MitID hos MitID-support og "
            f"kontakte banken. Har {'hun' if parent.female else 'han'} købt noget hos os?",
        )
        line(*c, f"ja 3 gavekort à {amount(r)}, sendt til ", ("EMAIL", email(r, person(r))))
        line(
            *a,
            f"Ok, jeg har oprettet {case_no(r)} og lagt en spærring på. Hvilket nummer kan "
            f"vi ringe på?",
        )
        line(*c, ("PHONE", phone(r)))
    else:
        line(
            *c,
            "Hello, I live in Denmark but dont speak danish. My account was hacked and "
            "someone bought giftcards",
        )
        line(
            *a,
            "Hi ",
            ("PERSON", cust.first),
            ", sorry to hear that. Can you confirm the e-mail and phone number on the account?",
        )
        line(*c, ("EMAIL", email(r, cust)), " and ", ("PHONE", phone(r, foreign=0.3)))
        line(
            *a,
            f"Thanks. I have blocked order {order_no(r)} ({amount(r)}). Please reply with the "
            "code we just texted you.",
        )
        line(*c, ("OTP", otp(r)))
        line(*a, "Verified. Do you want the refund to your card or to a bank account?")
        line(*c, "bank pls, ", ("IBAN", iban(r, "DK" if r.random() < 0.6 else None)))
    closing = r.choice(
        (
            "Du hører fra os i morgen. Hav en god dag",
            "Tak for nu!",
            "Ring 70 11 22 33 hvis der er mere",
        )
    )
    signed: list[Part] = [" /", ("PERSON", agent.first)] if r.random() < 0.3 else []
    line(*a, closing, *signed)
    d.add(f"Chat afsluttet · {stamp(r)}\n")


def phone_note(d: Doc, r: random.Random) -> None:
    cust = person(r, old=True)
    alias = r.choice(MEN)
    she, her = ("hun", "hendes") if cust.female else ("han", "hans")
    h, m = hhmm(r)
    d.add(
        f"Opkald ind {day(r):%d.%m.%y} kl. {h:02d}.{m:02d} ({r.randrange(5, 40)} min) · tlf. ",
        ("PHONE", phone(r, foreign=0)),
        "\nKunde: ",
        *name_form(r, cust, "title"),
        " (",
        ("PERSON", cust.full if r.random() < 0.6 else f"{cust.last}, {cust.first}"),
        "), ",
        r.choice(("f. ", "født ")),
        ("DATE_OF_BIRTH", dob(r, cust.born)),
        "\n",
    )
    d.add(
        r.choice(("Noter: ", "NOTAT: ", "")),
        "Kunden fortæller at en ",
        r.choice(('"bankrådgiver"', "bankrådgiver", '"rådgiver"')),
        " der kaldte sig ",
        d.who(alias, PSEUDONYMS[4]),
        f" fra {r.choice(ALIAS_UNITS)} ringede i går fra ",
        ("PHONE", phone(r, foreign=0.5)),
        f". {she.capitalize()} skulle købe {r.randrange(2, 9)} x {r.choice(PRODUCTS[:4])} à "
        f"{amount(r)} i "
        f"{r.choice(RETAILERS)} og læse koderne op. ",
    )
    if r.random() < 0.85:
        d.add(
            f"{she.capitalize()} har også givet ham sit MitID bruger-ID (",
            ("MITID_USER", mitid(r, cust)),
            ")",
        )
        if r.random() < 0.6:
            d.add(" og en kode fra appen: ", ("OTP", otp(r)))
        d.add(". ")
    if r.random() < 0.75:
        reg, acc = account(r)
        d.add(f"{she.capitalize()} har desuden overført {amount(r)} fra sin konto ")
        if r.random() < 0.5:
            d.add(("BANK_ACCOUNT", f"{reg} {acc}"))
        else:
            d.add(f"reg. {reg} kontonr. ", ("BANK_ACCOUNT", acc))
        d.add(". ")
    if r.random() < 0.6:
        d.add(f"{she.capitalize()} læste også sit CPR op: ", ("CPR", cpr(r, cust.born)), ". ")
    if r.random() < 0.75:
        d.add(
            "Bagefter kom en ",
            r.choice(('"kurer"', "kurér", "ung mand")),
            f" og hentede {her} hævekort, han kørte i en hvid bil ",
            ("NUMBER_PLATE", plate(r)),
            " (naboen skrev det ned). ",
        )
    if r.random() < 0.4:
        words = "-".join(r.choice(DIGIT_WORDS) for _ in range(6))
        d.add(f"Koden {she} læste op for ham var {words} (gentaget i telefonen). ")
    if not d.neg and r.random() < 0.3:
        d.add(f"Navnet {she} fik var {spelled(alias)}, stavet i telefonen. ")
    kin_words, kin = relative(r, cust)
    d.add(
        "\nKontaktperson: ",
        *kin_words,
        *name_form(r, kin, r.choice(("full", "short"))),
        r.choice((" ", ", tlf. ")),
        ("PHONE", phone(r)),
        "\n",
    )
    d.add(
        "Aftalt: koder spærret (",
        ", ".join(codes_block(r, r.randrange(1, 3))),
        f"), henvist til politiet på 114 og {r.choice(BANKS)}. {case_no(r)}.\n",
        r.choice(("/", "– ", "Mvh ")),
    )
    d.add(("PERSON", staff(r).first), "\n")


def police(d: Doc, r: random.Random) -> None:
    cust = person(r, old=r.random() < 0.7)
    shop = r.choice(SHOPS + ISSUERS)
    agent = staff(r)
    d.add(
        f"Til: {r.choice(POLICE)} – anmeldelse af bedrageri\n",
        f"Fra: {shop}, Svindelteamet, {r.choice(ORG_ADDRESSES[:6] + ORG_ADDRESSES[10:])}\n",
        f"Emne: Supplerende oplysninger, journalnr. {journal(r)}\n\n",
        "Hej\n\nVi henvender os vedr. vores kunde ",
        *name_form(r, cust, r.choice(("full", "short", "surname"))),
        ", ",
        r.choice(("CPR ", "CPR: ", "cpr.nr. ", "")),
        ("CPR", cpr(r, cust.born)),
        ", bosat\n",
        ("ADDRESS", address(r, "lines")),
        "\n\n",
    )
    d.add(
        f"Den {day(r):%d.%m.%y} blev der fra kundens konto købt gavekort for {amount(r)} "
        f"(ordre {order_no(r)}). Koderne blev indløst fra IP {ip(r)} inden for en time.\n",
    )
    if r.random() < 0.9:
        d.add("Pengene fra videresalget gik til IBAN ", ("IBAN", iban(r)), ". ")
    if r.random() < 0.6:
        reg, acc = account(r)
        if r.random() < 0.5:
            d.add("Kunden overførte selv fra reg. ", reg, " konto ", ("BANK_ACCOUNT", acc), ". ")
        else:
            d.add("Kundens konto: ", ("BANK_ACCOUNT", f"{reg}-{acc}"), ". ")
    if r.random() < 0.5:
        d.add(
            "Gerningsmanden præsenterede sig som ",
            d.who(r.choice(MEN), PSEUDONYMS[4]),
            f" fra {r.choice(ALIAS_UNITS)}. ",
        )
    if r.random() < 0.85:
        d.add("Kunden har givet sit MitID bruger-ID ", ("MITID_USER", mitid(r, cust)), " videre. ")
    if r.random() < 0.8:
        d.add(
            f"Vores kamera ved {ORG_ADDRESSES[r.choice((0, 1, 2))]} viser afhentning i bil ",
            ("NUMBER_PLATE", plate(r)),
            ". ",
        )
        if r.random() < 0.25:
            d.add(
                "Samme person hentede dagen efter i en anden bil, ",
                ("NUMBER_PLATE", plate(r)),
                ". ",
            )
    kin_words, kin = relative(r, cust)
    d.add(
        "\nKontakt: ",
        *kin_words,
        ("PERSON", kin.short),
        ", kan kontaktes på ",
        ("PHONE", phone(r)),
        " eller ",
        ("EMAIL", email(r, person(r))),
        ".\n\nMed venlig hilsen\n",
        ("PERSON", agent.full),
        f"\nSvindelteamet, {shop}\n{r.choice(ORG_ADDRESSES[:6])}\n{cvr(r)} · tlf. "
        f"{r.choice(ORG_LINES)}\n",
    )


def issuer_mail(d: Doc, r: random.Random) -> None:
    cust = person(r, old=r.random() < 0.6)
    issuer = r.choice(ISSUERS)
    english = r.random() < 0.4
    codes = codes_block(r, r.randrange(1, 5))
    number, expiry = card(r)
    if english:
        d.add(
            f"To: {issuer} – Fraud desk\nSubject: Request to block codes – our ref "
            f"{case_no(r)}\n\n",
            "Hi team,\n\nOur customer ",
            ("PERSON", cust.short),
            " (DOB: ",
            ("DATE_OF_BIRTH", dob(r, cust.born)),
            ") was told by a fake bank adviser to buy gift cards and read the codes out. "
            "Please block the following:\n",
        )
        for code in codes:
            d.add(f" - {code}  ({amount(r)})\n")
        d.add(
            "The cards were paid with card ",
            ("CARD", number),
            ", exp. ",
            ("CARD_EXPIRY", expiry),
            ". Customer contact: ",
            ("EMAIL", email(r, cust)),
            " / ",
            ("PHONE", phone(r)),
            ".\n",
        )
        if r.random() < 0.6:
            d.add(
                "Unused balances can be refunded to the customer's account ",
                ("IBAN", iban(r, "DK")),
                ".\n",
            )
        d.add(
            "\nKind regards\n",
            ("PERSON", staff(r).full),
            f"\nFraud & Payments, {r.choice(SHOPS)}, {r.choice(ORG_ADDRESSES)}\n",
        )
        return
    d.add(
        f"Til: {issuer}, spærreservice\nEmne: Spærring af gavekort – vores sag {case_no(r)}\n\n",
        "Hej\n\n",
        *name_form(r, cust, r.choice(("full", "title", "short"))),
        ", ",
        r.choice(("født ", "f. ")),
        ("DATE_OF_BIRTH", dob(r, cust.born)),
        ", er blevet snydt af en falsk bankrådgiver. Spær venligst:\n",
    )
    for code in codes:
        d.add(f"  {code}\n")
    cue = r.choice((" udløb ", " (udl. ", " gyldig til "))
    d.add(
        "Kortene er betalt med kort ",
        ("CARD", number),
        cue,
        ("CARD_EXPIRY", expiry),
        ")" if "(" in cue else "",
        f" – kortudsteder er {r.choice(BANKS)}, chargeback sendt. ",
    )
    d.add("Kunden har ", masked_card(r), " som ekstra kort.\n")
    if r.random() < 0.3:
        d.add("CPR til kortudstederens indsigelse: ", ("CPR", cpr(r, cust.born)), "\n")
    d.add("Kontakt: ", ("EMAIL", email(r, cust)), ", tlf. ", ("PHONE", phone(r)))
    if r.random() < 0.5:
        d.add(", bor ", ("ADDRESS", address(r, "comma")))
    d.add("\n")
    d.add(
        "\nVh ",
        ("PERSON", staff(r).short),
        f"\n{r.choice(SHOPS)} · {r.choice(ORG_ADDRESSES[:6])}\n",
    )


def scam_forward(d: Doc, r: random.Random) -> None:
    victim = person(r, old=r.random() < 0.6)
    alias = r.choice(MEN + WOMEN[:40])
    if r.random() < 0.35:
        d.add(
            f"Videresendt SMS (skærmbillede) · modtaget {stamp(r)}\nIndsendt af: ",
            *name_form(r, victim, r.choice(("full", "surname", "title"))),
            ", tlf. ",
            ("PHONE", phone(r, foreign=0)),
            "\n",
            r.choice(
                ("OBS OBS: kunden har IKKE klikket på linket\n", "kunden spørger om det er os\n")
            ),
            "\n",
        )
    else:
        d.add(
            "---------- Videresendt besked ----------\nFra: ",
            ("PERSON", victim.short),
            " <",
            ("EMAIL", email(r, victim)),
            f">\nDato: {stamp(r)}\nTil: kundeservice\nEmne: VS: ",
            r.choice(
                (
                    "SIKKERHEDSADVARSEL",
                    "Din konto er spærret",
                    "Vigtigt fra din bank",
                    "Re: gavekort",
                )
            ),
            "\n\n",
            r.choice(
                (
                    "hej kan i se om det her er rigtigt?? /",
                    "Er det jer der har skrevet dette? Mvh ",
                    "jeg har ikke gjort noget endnu. ",
                )
            ),
            *name_form(r, victim, r.choice(("first", "lower", "short"))),
            "\n\n",
        )
    sender = phone(r, foreign=0.6)
    d.add("> Fra: ", ("PHONE", sender), "\n> ")
    d.add(
        *(
            ["KÆRE ", ("PERSON", victim.short.upper())]
            if r.random() < 0.25
            else [r.choice(("Kære ", "Hej ")), *name_form(r, victim, r.choice(("short", "first")))]
        ),
        ", din konto er kompromitteret. Din personlige rådgiver ",
        d.who(alias, PSEUDONYMS[4]),
        f" fra {r.choice(ALIAS_UNITS)} ringer til dig i dag.\n> ",
    )
    step = r.random()
    if step < 0.3:
        d.add(
            f"For at sikre dine midler skal du købe {r.choice(PRODUCTS[:4])} for "
            f"{amount(r)} og sende "
            "koderne til ",
            ("EMAIL", f"{r.choice(SCAM_MAILS)}{r.randrange(1, 99)}@example.net"),
            "\n> ",
        )
    elif step < 0.7:  # the IBAN of a "safe account"
        d.add(
            f"Overfør {amount(r)} til sikker konto IBAN ",
            ("IBAN", iban(r)),
            " så pengene er beskyttet.\n> ",
        )
    else:
        d.add(
            "Bekræft din identitet: svar med dit MitID bruger-ID og koden vi sender.\n",
            "(kundens svar: ",
            ("MITID_USER", mitid(r, victim)),
            " ",
            ("OTP", otp(r)),
            " – sendt inden hun ringede til os)\n> ",
        )
    d.add(
        f"Ring {r.choice(('IKKE', 'ikke'))} til din bank, de er involveret. Ref. {case_no(r)}\n\n"
    )
    d.add(
        f"Svar fra {r.choice(SHOPS)} ",
        f"({stamp(r)}): Det er svindel. Vi skriver aldrig sådan. Send det til politiet på 114. – ",
        ("PERSON", staff(r).first),
        "\n",
    )


def takeover_log(d: Doc, r: random.Random) -> None:
    cust = person(r)
    d.add(
        f"{case_no(r)} · Kontoovertagelse · prioritet {r.choice(('høj', 'HØJ', 'middel'))}\n",
        f"Konto: {cust_no(r)} · ",
        *name_form(r, cust, r.choice(("full", "surname", "caps", "short"))),
        "\n",
    )
    day0 = day(r)
    h = r.randrange(0, 5)
    mi = r.randrange(0, 40)

    def ev(*parts: Part) -> None:
        nonlocal mi
        mi += r.randrange(1, 5)
        d.add(f"{day0:%Y-%m-%d} {h:02d}:{mi:02d}:{r.randrange(60):02d}  ", *parts, "\n")

    new_phone = phone(r)
    ev(f"login OK  IP {ip(r)}  enhed {device(r)} (ny)")
    ev("e-mail ændret: ", ("EMAIL", email(r, cust)), " -> ", ("EMAIL", email(r, person(r))))
    ev("tlf. ændret: ", ("PHONE", phone(r)), " -> ", ("PHONE", new_phone))
    ev("engangskode sendt til ", ("PHONE", new_phone), ": ", ("OTP", otp(r)))
    if r.random() < 0.5:
        ev("leveringsadresse tilføjet: ", ("ADDRESS", address(r, "comma")))
    ev(
        f"gavekort købt {r.randrange(2, 10)} x {amount(r)} (ordre {order_no(r)}), betalt "
        f"med gemt kort {masked_card(r)}"
    )
    if r.random() < 0.55:
        number, expiry = card(r)
        ev("nyt kort tilføjet: ", ("CARD", number), " ", ("CARD_EXPIRY", expiry))
    payout = r.random()
    if payout < 0.4:
        ev("udbetalingskonto ændret til IBAN ", ("IBAN", iban(r)))
    elif payout < 0.7:
        reg, acc = account(r)
        ev("udbetalingskonto ændret: reg. ", reg, " konto ", ("BANK_ACCOUNT", acc))
    d.add(
        "\nVurdering: ",
        *genitive(r, cust),
        " konto blev overtaget i nat. Ægte kunde ",
        *name_form(r, cust, r.choice(("first", "title", "initial"))),
        r.choice((" bekræfter på tlf. at ", " skriver at ")),
        r.choice(
            ("hun ikke har logget ind i nat.", "han aldrig har fået koden.", "det ikke er dem.")
        ),
        f" Kontoen låst, mails sendt til {masked_mail(r, cust)}. ID-tjek: CPR {masked_cpr(cust)}"
        " passer. Sagsbehandler: ",
        ("PERSON", staff(r).short),
        "\n",
    )


WRITERS: dict[str, Callable[[Doc, random.Random], None]] = {
    "ordrenote": order_note,
    "refusion": refund,
    "chat": chat,
    "telefonnotat": phone_note,
    "politi": police,
    "udsteder": issuer_mail,
    "svindelbesked": scam_forward,
    "kontoovertagelse": takeover_log,
}


def document(r: random.Random, genre: str, kind: str) -> Doc:
    doc = Doc(kind == "negative", r)
    WRITERS[genre](doc, r)
    return doc


def generate(seed: int | str = SEED, size: int = SIZE) -> list[dict]:
    """The set: `size` documents, NEGATIVES/SIZE of them pseudonymised, genres in turn."""
    r = random.Random(seed)
    negatives = round(size * NEGATIVES / SIZE)
    kinds = ["negative"] * negatives + ["positive"] * (size - negatives)
    r.shuffle(kinds)
    seen: set[str] = set()
    docs = []
    for i, kind in enumerate(kinds):
        genre = GENRES[i % len(GENRES)]
        doc = document(r, genre, kind)
        while doc.text in seen:
            doc = document(r, genre, kind)
        seen.add(doc.text)
        docs.append(
            {
                "id": f"pii_blind82-{i:04d}",
                "genre": genre,
                "kind": kind,
                "text": doc.text,
                "spans": doc.spans,
            }
        )
    return docs


def main(argv: list[str]) -> None:
    out = Path(argv[1]) if len(argv) > 1 else Path(__file__).parent / "data" / "pii_blind82.jsonl"
    lines = (json.dumps(doc, ensure_ascii=False) for doc in generate())
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv)
