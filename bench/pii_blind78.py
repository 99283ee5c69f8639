"""A seventy-ninth blind, seeded generator of Danish text with labelled personal data (issue 18).

Written without looking at the recognisers, their word lists or the earlier generators' bodies,
as a held-out test set with its own names, streets and towns. Its theme is a CARD ISSUER'S
CHARGEBACK AND PAYMENT-DISPUTE DESK, in eight genres: the cardholder's dispute form (name in
capitals as on the card, CPR number, address on two lines, the card, its expiry, the disputed
payments, a refund account), a cardholder's free dispute letter or e-mail citing the Payment Act
(betalingsloven) § 100 after phishing, the desk's phone notes (lower case, abbreviations, the
code and MitID user ID the cardholder gave away, the scammer's alias), a merchant's reply to a
chargeback (delivery address, customer e-mail, number plates from a fuel station's or car
park's camera), acquirer and scheme notes in English and Danish ("HOLM, AGNETE", reason codes,
ARNs), forwarded phishing SMS with the cardholder's note, forwarded phishing e-mails
(Fra:/Til:/Emne: headers) and a web chat between cardholder and desk ("[14:02] Name: " lines).
The names are those of Danes of all ages, Danes with roots elsewhere ("Zeynep Yilmaz", "Linh
Nguyen"), double surnames ("Kjærsgaard-Toft") and the desk's own staff.

Conventions (exact offsets are scored):
- PERSON is a name as written, without title or role ("fru", "hr.", "kortholder",
  "sagsbehandler"); "HOLM, AGNETE" and "Holm, Agnete" are one span; a genitive s belongs to it
  ("Agnetes"); a lower-case name typed in a chat ("jytte") and every chat speaker is PERSON. A
  scammer's alias ("Mikkel fra Fjordbanks sikkerhedsteam") is PERSON, the unit is not.
  Organisations, merchants named after people ("Jensens Bøfhus"), streets, placeholders
  ("[NAVN]", "Kortholder A", "Medarbejder 2") and family words ("min mand") are never PERSON.
- ADDRESS is a private person's address from the street name through number, letter, floor and
  side ("7B", "3. tv."), plus ", postcode town" on the same line or the next line of an address
  block (line break included). A sole trader's home address in the letterhead of a reply to a
  chargeback ("Keramik v/ Name · street, town") is labelled. An organisation's own address
  (the bank's letterhead, a shop, a branch, a car park) is never labelled, nor is a street
  named without a number.
- CPR numbers are synthetic: a real birth date, a seventh digit that suits its century (0 to 3
  in the 1900s, 4 for 2000 to 2005) and a serial chosen so the number FAILS modulus 11. Written
  "DDMMYY-SSSS", "DDMMYYSSSS", "DD MM YY SSSS", "DDMMYY SSSS" or "DD.MM.YY-SSSS", with a cue or
  without. DATE_OF_BIRTH (a full date with a four-digit year) is labelled only straight after
  "født", "f.", "Fødselsdato:" or "DOB:"; no other date or clock time is labelled.
- PHONE: Danish numbers of 8 digits from mobile and landline ranges (never 70 or 80), written
  "+45 20304050", "+45 20 30 40 50", "+45 2030 4050", "2030 4050", "(+45) 20 30 40 50",
  "0045 20304050", "20 30 40 50", "20304050", "+4520304050" or "20.30.40.50" (country code
  inside the span), and foreign numbers from fiction ranges only ("+44 7700 900xxx",
  "+46 70 174 06 xx"). Organisations' 70/80 lines and short numbers are never PHONE.
- EMAIL: every unmasked e-mail address (all on example.* domains), each occurrence, staff's and
  scammers' too; masked ones ("m***@example.dk") never.
- BANK_ACCOUNT: reg.nr. and account written together ("1234-0012345678") are one span; where the
  reg.nr. has its own word ("reg.nr. 1234 kontonr. 0012345678") only the account is. IBAN: valid
  check digits and length, grouped by four or compact. CARD (the card number; named CARD_NUMBER in
  the brief, renamed to the shared type after the read): Luhn-valid with a test
  prefix (TEST_PREFIXES), grouped by four or compact; CARD_EXPIRY "08/27", "08/2027" or
  "08-2027", the value only. OTP: a one-time code sent, asked for or given (6 or 8 digits);
  MITID_USER a MitID user ID given as such; NUMBER_PLATE a Danish plate ("BK 41 207",
  "BK41207"). No CVV values are written.
- Hard negatives, never labelled: amounts ("1.249,00 kr.", "DKK 349,95", "EUR 89,00"), dates and
  clock times, case, dispute, order and customer numbers, ARNs written in groups,
  approval codes, terminal IDs ("TID 84A21937"), reason codes, tracking numbers, CVR numbers,
  masked values ("**** 4417", "411111******1111", "120365-xxxx", "+45 ** ** ** 31",
  "DK71XXXXXXXXXX0932", "AB ** ***"), organisations' 70/80 lines, organisations' addresses,
  merchants, banks and schemes, pseudonyms and family words, a surname spelled on the phone
  ("stavet H-O-L-M") and a code read out in words ("fire-syv-to-nul-ni-en"). Documents of kind
  "negative" are the same genres after pseudonymisation: only such values, stand-ins ("[NAVN]",
  "[ADRESSE]") and pseudonyms remain. No run of ten or more digits occurs outside a labelled
  identifier.

Each document is {"id", "genre", "kind", "text", "spans": [{"start", "end", "type"}]}.
``python -m bench.pii_blind78 OUT.jsonl`` writes the set; ``generate()`` returns it.
"""

from __future__ import annotations

import json
import random
import re
import sys
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Final

SIZE: Final = 1000
NEGATIVES: Final = 350
SEED: Final = "pii_blind78"
GENRES: Final = (
    "blanket",
    "brev",
    "telefonnotat",
    "forhandlersvar",
    "acquirer",
    "sms",
    "mail",
    "chat",
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
# Published test card prefixes (Visa, Mastercard and their 2-series test ranges).
TEST_PREFIXES: Final = ("411111", "401288", "400005", "555555", "510510", "222300", "520082")
IBAN_LENGTH: Final = {"DK": 18, "DE": 22, "GB": 22, "NL": 18, "SE": 24, "LT": 20, "PL": 28}
# First two digits of Danish personal numbers; 70 and 80 are organisations' lines only.
MOBILE: Final = ("20", "21", "22", "23", "24", "25", "26", "27", "28", "29", "30", "31",
                 "40", "41", "42", "50", "51", "52", "53", "60", "61", "71", "81", "91",
                 "93")  # fmt: skip
LANDLINE: Final = ("32", "33", "35", "36", "38", "39", "43", "44", "45", "46", "48", "54", "56",
                   "57", "59", "62", "64", "65", "66", "69", "72", "74", "75", "76", "86", "87",
                   "89", "96", "97", "98")  # fmt: skip

WOMEN: Final = (
    "Agnete", "Alberte", "Anna", "Anne", "Astrid", "Asta", "Bente", "Benedikte", "Birgit",
    "Birthe", "Bodil", "Britt", "Camilla", "Cecilie", "Charlotte", "Clara", "Conni", "Dagmar",
    "Dina", "Ditte", "Dorte", "Elin", "Ellen", "Elsebeth", "Emilie", "Emma", "Ester", "Eva",
    "Freja", "Frida", "Gerda", "Gitte", "Grethe", "Gry", "Hanne", "Hedvig", "Helle", "Henriette",
    "Iben", "Ida", "Inge", "Inger", "Jette", "Josefine", "Julie", "Jytte", "Karen", "Karina",
    "Karoline", "Kirsten", "Laura", "Lene", "Line", "Lis", "Lone", "Louise", "Lærke", "Maja",
    "Malene", "Margrethe", "Maria", "Marianne", "Merete", "Mette", "Mia", "Mille", "Nanna",
    "Nina", "Olivia", "Pernille", "Pia", "Rikke", "Rosa", "Ruth", "Sanne", "Signe", "Silje",
    "Sofie", "Stine", "Susanne", "Tanja", "Tilde", "Tina", "Tove", "Trine", "Ulla", "Vera",
    "Vibeke", "Vigga", "Winnie", "Yvonne", "Åse", "Annette", "Bettina", "Dorthe", "Edith",
    "Else", "Gudrun", "Hildur", "Inga", "Jane", "Kamma", "Kathrine", "Lisbeth", "Lotte",
    "Mathilde", "Mona", "Nadja", "Oda", "Petra", "Ragnhild", "Sidsel", "Solvej", "Thea",
    "Tenna", "Ulrikke", "Villa", "Aase", "Birte", "Marlene", "Hjørdis", "Sigrid", "Ellinor",
    "Fatima", "Aisha", "Zainab", "Amina", "Leila", "Yasmin", "Mariam", "Nour", "Esra", "Elif",
    "Ayse", "Zeynep", "Merve", "Hatice", "Agnieszka", "Katarzyna", "Magdalena", "Oksana",
    "Olena", "Iryna", "Dragana", "Jelena", "Samira", "Hodan", "Faduma", "Shirin", "Parisa",
    "Linh", "Thuy", "Priya",
)  # fmt: skip
MEN: Final = (
    "Aksel", "Albert", "Allan", "Anders", "Arne", "Asger", "Benny", "Bent", "Bjarne", "Bo",
    "Carsten", "Casper", "Christian", "Claus", "Dan", "Erik", "Esben", "Finn", "Flemming",
    "Frank", "Frederik", "Gunnar", "Hans", "Helge", "Henning", "Henrik", "Holger", "Ib", "Jakob",
    "Jan", "Jens", "Jesper", "Johannes", "Jonas", "Jørgen", "Kasper", "Keld", "Kim", "Knud",
    "Kurt", "Lars", "Leif", "Magnus", "Mads", "Malthe", "Martin", "Michael", "Mikkel", "Morten",
    "Niels", "Nikolaj", "Ole", "Oliver", "Otto", "Palle", "Per", "Peter", "Poul", "Preben",
    "Rasmus", "René", "Rune", "Simon", "Steen", "Sten", "Svend", "Søren", "Thomas", "Tobias",
    "Torben", "Troels", "Ulrik", "Verner", "Viggo", "Villads", "Aage", "Bertel", "Birger",
    "Brian", "Carl", "Dennis", "Ebbe", "Egon", "Emil", "Erling", "Frits", "Gert", "Harald",
    "Hugo", "Jeppe", "Jimmi", "Johnny", "Kaj", "Karsten", "Kristoffer", "Laurits", "Lauge",
    "Lasse", "Mogens", "Noah", "Orla", "Ove", "Regner", "Sune", "Tage", "Thorkild", "Tonny",
    "Uffe", "Valdemar", "Vagn", "Wilhelm", "Aksel", "Bastian", "Eigil", "Folmer", "Gorm",
    "Halfdan", "Ivar", "Jannik", "Kennet", "Mathias", "Nis", "Oskar", "Sigurd", "Steffen",
    "Mohammed", "Ahmad", "Ali", "Omar", "Hassan", "Yusuf", "Ibrahim", "Mustafa", "Mehmet",
    "Emre", "Burak", "Kemal", "Tomasz", "Piotr", "Krzysztof", "Andrzej", "Dmytro", "Oleksandr",
    "Milan", "Goran", "Dragan", "Abdirahman", "Reza", "Farid", "Minh", "Tuan", "Rajesh",
    "Arjun",
)  # fmt: skip
SURNAMES: Final = (
    "Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen",
    "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen", "Thomsen",
    "Christiansen", "Poulsen", "Johansen", "Møller", "Mortensen", "Knudsen", "Jakobsen",
    "Mikkelsen", "Olesen", "Frederiksen", "Laursen", "Henriksen", "Lund", "Schmidt", "Eriksen",
    "Holm", "Kristiansen", "Clausen", "Simonsen", "Svendsen", "Andreasen", "Iversen",
    "Jeppesen", "Mogensen", "Jespersen", "Nissen", "Lauridsen", "Kjær", "Søndergaard", "Bech",
    "Bak", "Dam", "Lassen", "Vestergaard", "Nørgaard", "Kjeldsen", "Gregersen", "Høj", "Friis",
    "Bruun", "Bang", "Krogh", "Ravn", "Holst", "Winther", "Skov", "Dahl", "Juhl", "Kofoed",
    "Mathiesen", "Overgaard", "Riis", "Thygesen", "Toft", "Villadsen", "Vinther", "Østergaard",
    "Aagaard", "Bisgaard", "Brandt", "Buch", "Damgaard", "Enevoldsen", "Fisker", "Hald",
    "Hedegaard", "Ibsen", "Juul", "Kirkegaard", "Koch", "Lauritsen", "Lorentzen", "Munk",
    "Nygaard", "Pallesen", "Qvist", "Raun", "Schou", "Skovgaard", "Stausholm", "Thorsen",
    "Wulff", "Abildgaard", "Bruhn", "Carlsen", "Degn", "Ebbesen", "Fogh", "Grønbæk", "Hjorth",
    "Isaksen", "Jessen", "Kragh", "Meldgaard", "Nyborg", "Odgaard", "Pihl", "Rahbek",
    "Stokholm", "Uldall", "Yde", "Zacho", "Kjærsgaard", "Brøndum", "Hvidberg", "Elkjær",
    "Lindegaard", "Mølgaard", "Skytte", "Thrane", "Agerskov", "Borup", "Dalsgaard", "Fabricius",
    "Gormsen", "Hyldgaard", "Kamstrup", "Lykkegaard", "Nøhr", "Rosendahl", "Hussein", "Ahmed",
    "Yilmaz", "Kaya", "Demir", "Öztürk", "Nguyen", "Tran", "Pham", "Nowak", "Kowalczyk", "Abdi",
    "Farah", "Hassan", "Khan", "Iqbal", "Sharif", "Popescu", "Petrović", "Hadžić", "Rahimi",
    "Karimi", "Hosseini", "Singh", "Patel", "Shevchenko", "Ali",
)  # fmt: skip

# Private streets (never an organisation's) and real postcodes with their towns.
STREETS: Final = (
    "Birkevej", "Egevænget", "Lærkevej", "Solsikkevej", "Kastanjealle", "Bøgevej", "Hybenvej",
    "Mosevej", "Enghavevej", "Søndre Alle", "Rønnebærvej", "Fasanvej", "Tjørnevej", "Ahornvej",
    "Vibevej", "Hasselvænget", "Skovbrynet", "Kornmarken", "Præstemarken", "Toftevej",
    "Gadekæret", "Møllebakken", "Kirkestien", "Engtoften", "Strandparken", "Havrevænget",
    "Elmegade", "Blegdamsvej", "Nordre Ringvej", "Teglværksvej", "Kløvermarken", "Lyngbakken",
    "Pilevej", "Spurvevej", "Agerhønevej", "Uglevej", "Valmuevej", "Rugmarken", "Bakkedraget",
    "Stationsvej", "Frederiksbergvej", "Ryesgade", "Jægergårdsgade", "Thorsgade", "Godthåbsvej",
    "Vesterbrogade", "Istedgade", "Amagerbrogade", "Tagensvej", "Frodesvej",
)  # fmt: skip
TOWNS: Final = (
    "8000 Aarhus C", "8200 Aarhus N", "8210 Aarhus V", "8260 Viby J", "5000 Odense C",
    "5200 Odense V", "9000 Aalborg", "9200 Aalborg SV", "6700 Esbjerg", "7100 Vejle",
    "6000 Kolding", "8700 Horsens", "8900 Randers C", "7400 Herning", "8600 Silkeborg",
    "4000 Roskilde", "3000 Helsingør", "3400 Hillerød", "4700 Næstved", "4200 Slagelse",
    "4600 Køge", "2100 København Ø", "2200 København N", "2300 København S", "2400 København NV",
    "2500 Valby", "2600 Glostrup", "2650 Hvidovre", "2700 Brønshøj", "2720 Vanløse",
    "2730 Herlev", "2750 Ballerup", "2800 Kongens Lyngby", "2860 Søborg", "2900 Hellerup",
    "3500 Værløse", "3600 Frederikssund", "4300 Holbæk", "4800 Nykøbing F", "5700 Svendborg",
    "6100 Haderslev", "6200 Aabenraa", "6400 Sønderborg", "7500 Holstebro", "7800 Skive",
    "8800 Viborg", "9800 Hjørring", "9900 Frederikshavn", "7000 Fredericia", "3700 Rønne",
)  # fmt: skip

# The organisations' own addresses: letterheads, shops, car parks, police; never labelled.
ORG_ADDRESSES: Final = (
    "Kalvebod Brygge 47, 1560 København V",
    "Havnegade 19, 5000 Odense C",
    "Åboulevarden 61, 8000 Aarhus C",
    "Vesterbro 112, 9000 Aalborg",
    "Ørestads Boulevard 73, 2300 København S",
    "Lautrupbjerg 14, 2750 Ballerup",
    "Jernbanegade 6, 6700 Esbjerg",
    "Torvegade 31, 7100 Vejle",
    "Niels Brocks Gade 2, 8900 Randers C",
    "Polititorvet 14, 1567 København V",
    "Ringvejen 220, 8260 Viby J",
    "Industrivej 38, 4000 Roskilde",
    "Sverigesvej 9, 6000 Kolding",
    "Rådhuspladsen 4, 8700 Horsens",
)
BANKS: Final = ("Fjordbank", "Nordvest Sparekasse", "Kystbanken", "Sønderå Sparekasse")
SCHEMES: Final = ("Visa", "Mastercard", "Dankort")
ACQUIRERS: Final = ("Nordpay Acquiring", "Baltic Merchant Services", "PayVik Nordic")
MERCHANTS: Final = (
    "Jensens Bøfhus", "Elgiganten", "Zalando", "Wolt", "Circle K", "Q8", "Føtex", "Netto",
    "Matas", "Power", "Just Eat", "Apcoa Parking", "EasyPark", "OK Benzin", "Ingo", "Normal",
    "Lagkagehuset", "Proshop", "Bilka", "Coolshop",
)  # fmt: skip
SHOPS: Final = (
    "Zenvo Watches Ltd",
    "Nordic Gadget Outlet ApS",
    "shopdirekte-dk",
    "CryptoVault Exchange",
    "GlobalTix Ltd",
    "TravelSky Booking",
    "LuxPhone Store",
)
FUEL: Final = ("Circle K", "Q8", "OK Benzin", "Ingo", "Apcoa Parking", "EasyPark")
ORG_LINES: Final = ("70 10 20 30", "70 12 13 14", "80 20 30 40", "70 15 15 15", "80 60 40 20")
ALIAS_UNITS: Final = (
    "svindelafdelingen", "Fjordbanks sikkerhedsteam", "Nets", "MitID-support", "kortafdelingen",
    "Politiets bedrageriafdeling", "Visa Danmark",
)  # fmt: skip
PSEUDONYMS: Final = (
    "Kortholder A", "Kortholder B", "Kunde 1", "Kunde 2", "Medarbejder 1", "Medarbejder 2",
    "Sagsbehandler A",
)  # fmt: skip
FAMILY: Final = ("min mand", "min kone", "min søn", "min datter", "min mor", "min far",
                 "min svigermor", "min kæreste")  # fmt: skip
STAFF_TITLES: Final = ("sagsbehandler", "kortrådgiver", "chargeback-specialist", "teamleder")
MONTHS: Final = ("januar", "februar", "marts", "april", "maj", "juni", "juli", "august",
                 "september", "oktober", "november", "december")  # fmt: skip
PLATE_LETTERS: Final = "ABCDEHJKLMNPRSTUVXYZ"

Val = tuple[str, str, str]  # (type, value, the stand-in a negative writes instead)


@dataclass(frozen=True)
class Person:
    first: str
    last: str
    middle: str
    female: bool
    stand_in: str  # what a negative writes for this person's name, the same each time


def grouped(compact: str) -> str:
    """The value in groups of four, as printed on cards and IBANs."""
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))


def _luhn_digit(body: str) -> str:
    total = 0
    for i, c in enumerate(reversed(body)):
        n = int(c) * (2 if i % 2 == 0 else 1)
        total += n // 10 + n % 10
    return str(-total % 10)


def _ascii(text: str) -> str:
    text = text.lower().replace("æ", "ae").replace("ø", "oe").replace("å", "aa")
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


def _fails_mod11(digits: str) -> bool:
    return sum(int(c) * w for c, w in zip(digits, WEIGHTS, strict=True)) % 11 != 0


class _Doc:
    """A document being written: text parts and the spans of the labelled values."""

    def __init__(self, negative: bool) -> None:
        self.negative = negative
        self.parts: list[str] = []
        self.spans: list[dict] = []
        self.size = 0

    def t(self, text: str) -> None:
        self.parts.append(text)
        self.size += len(text)

    def v(self, val: Val) -> None:
        kind, value, stand_in = val
        if self.negative:
            self.t(stand_in)
            return
        self.spans.append({"start": self.size, "end": self.size + len(value), "type": kind})
        self.t(value)

    def f(self, template: str, **values: str | Val) -> None:
        """Writes a template whose {key}s are literal strings or labelled values."""
        pos = 0
        for hit in re.finditer(r"\{(\w+)\}", template):
            self.t(template[pos : hit.start()])
            value = values[hit.group(1)]
            if isinstance(value, str):
                self.t(value)
            else:
                self.v(value)
            pos = hit.end()
        self.t(template[pos:])

    @property
    def text(self) -> str:
        return "".join(self.parts)


class _Maker:
    """The values of one document, drawn from one random generator."""

    def __init__(self, r: random.Random) -> None:
        self.r = r
        self.day0 = date(2026, 9, 1) + timedelta(days=r.randrange(90))

    # -- people -------------------------------------------------------------------------
    def person(self, female: bool | None = None, role: str = "customer") -> Person:
        """A person; role "customer", "staff" or "other" picks the pseudonym of a negative."""
        r = self.r
        female = r.random() < 0.5 if female is None else female
        first = r.choice(WOMEN if female else MEN)
        last = r.choice(SURNAMES)
        if r.random() < 0.12:
            last = f"{r.choice(SURNAMES)}-{last}"
        middle = r.choice(SURNAMES) if r.random() < 0.5 else r.choice(WOMEN if female else MEN)
        pseudonyms = {"customer": PSEUDONYMS[:4], "staff": PSEUDONYMS[4:], "other": ()}[role]
        stand_in = r.choice(("[NAVN]", *pseudonyms))
        middle = middle if middle not in (first, last) else "Marie"
        return Person(first, last, middle, female, stand_in)

    def name(self, p: Person, form: str = "full") -> Val:
        value = {
            "full": f"{p.first} {p.last}",
            "first": p.first,
            "last": p.last,
            "three": f"{p.first} {p.middle} {p.last}",
            "initial": f"{p.first[0]}. {p.last}",
            "caps": f"{p.first} {p.last}".upper(),
            "caps_last_first": f"{p.last}, {p.first}".upper(),
            "last_first": f"{p.last}, {p.first}",
            "lower": p.first.lower(),
            "lower_full": f"{p.first} {p.last}".lower(),
        }[form]
        return ("PERSON", value, p.stand_in)

    def genitive(self, p: Person, form: str = "first") -> Val:
        base = p.first if form == "first" else f"{p.first} {p.last}"
        value = base + ("'" if base[-1] in "sxz" else "s")
        return ("PERSON", value, f"{p.stand_in}s")

    def any_name(self, p: Person) -> Val:
        return self.name(p, self.r.choice(("full", "full", "full", "three", "initial", "first")))

    def titled(self, p: Person) -> tuple[str, Val]:
        return ("fru " if p.female else "hr. "), self.name(p, "last")

    # -- places -------------------------------------------------------------------------
    def house(self) -> str:
        r = self.r
        number = f"{r.randint(1, 140)}{r.choice(('', '', '', 'A', 'B'))}"
        if r.random() < 0.4:
            number += (
                f", {r.choice(('st.', '1.', '2.', '3.', '4.'))} {r.choice(('th.', 'tv.', 'mf.'))}"
            )
        return f"{r.choice(STREETS)} {number}"

    def address(self, layout: str = "comma") -> Val:
        town = self.r.choice(TOWNS)
        joint = {"comma": ", ", "lines": "\n", "street": ""}[layout]
        value = self.house() + (joint + town if joint else "")
        return ("ADDRESS", value, "[ADRESSE]")

    def org_address(self) -> str:
        return self.r.choice(ORG_ADDRESSES)

    # -- identifiers --------------------------------------------------------------------
    def birth(self) -> date:
        return date(1936, 1, 1) + timedelta(days=self.r.randrange(365 * 69))

    def cpr(self, born: date | None = None, form: str | None = None) -> Val:
        r = self.r
        born = born or self.birth()
        century = "4" if born.year >= 2000 else r.choice("0123")
        head = born.strftime("%d%m%y")
        while True:
            serial = century + f"{r.randrange(1000):03d}"
            if _fails_mod11(head + serial):
                break
        form = form or r.choice(("dash", "dash", "compact", "spaced", "space", "dots"))
        value = {
            "dash": f"{head}-{serial}",
            "compact": head + serial,
            "spaced": f"{head[:2]} {head[2:4]} {head[4:]} {serial}",
            "space": f"{head} {serial}",
            "dots": f"{head[:2]}.{head[2:4]}.{head[4:]}-{serial}",
        }[form]
        return ("CPR", value, r.choice(("[CPR]", f"{head}-xxxx")))

    def dob(self, born: date | None = None) -> Val:
        b = born or self.birth()
        value = self.r.choice(
            (
                f"{b.day}. {MONTHS[b.month - 1]} {b.year}",
                f"{b.day:02d}.{b.month:02d}.{b.year}",
                f"{b.day}/{b.month}-{b.year}",
                f"{b.day:02d}-{b.month:02d}-{b.year}",
            )
        )
        return ("DATE_OF_BIRTH", value, "[dato]")

    def phone(self, foreign: float = 0.06) -> Val:
        r = self.r
        masked = f"+45 ** ** ** {r.randint(10, 99)}"
        if r.random() < foreign:
            value = (
                f"+44 7700 900{r.randrange(1000):03d}"
                if r.random() < 0.5
                else f"+46 70 174 06 {r.randint(5, 99):02d}"
            )
            return ("PHONE", value, "[TLF]")
        lead = r.choice(MOBILE if r.random() < 0.75 else LANDLINE)
        n = lead + f"{r.randrange(10**6):06d}"
        pairs = " ".join(n[i : i + 2] for i in range(0, 8, 2))
        value = r.choice(
            (
                f"+45 {n}",
                f"+45 {pairs}",
                f"+45 {n[:4]} {n[4:]}",
                f"{n[:4]} {n[4:]}",
                f"(+45) {pairs}",
                f"0045 {n}",
                pairs,
                pairs,
                n,
                n,
                f"+45{n}",
                ".".join(n[i : i + 2] for i in range(0, 8, 2)),
            )
        )
        return ("PHONE", value, r.choice(("[TLF]", masked)))

    def email(self, p: Person | None = None, domain: str | None = None) -> Val:
        r = self.r
        if p is None:
            local = r.choice(("info", "kontakt", "support", "noreply", "kundeservice", "sikkerhed"))
            local += r.choice(("", "-dk", ".verify", "24"))
        else:
            first, last = _ascii(p.first), _ascii(p.last.split("-")[-1])
            local = r.choice(
                (
                    f"{first}.{last}",
                    f"{first}{last}",
                    f"{first[0]}{last}{r.randint(50, 99)}",
                    f"{first}.{r.randint(1950, 2004)}",
                    f"{first}_{last[:3]}",
                    f"{last}.{first[0]}",
                )
            )
        domain = domain or r.choice(
            ("example.dk", "example.com", "mail.example.dk", "post.example.com", "example.net")
        )
        value = f"{local}@{domain}"
        return ("EMAIL", value, r.choice(("[e-mail]", f"{local[0]}***@{domain}")))

    def email_at(self, local: str, domain: str) -> Val:
        value = f"{local}@{domain}"
        return ("EMAIL", value, self.r.choice(("[e-mail]", f"{local[0]}***@{domain}")))

    def card(self) -> Val:
        r = self.r
        prefix = r.choice(TEST_PREFIXES)
        body = prefix + "".join(str(r.randrange(10)) for _ in range(15 - len(prefix)))
        compact = body + _luhn_digit(body)
        value = grouped(compact) if r.random() < 0.65 else compact
        stand = r.choice(
            (f"**** **** **** {compact[-4:]}", f"{compact[:6]}******{compact[-4:]}", "[kortnr.]")
        )
        return ("CARD", value, stand)

    def expiry(self) -> Val:
        r = self.r
        month, year = r.randint(1, 12), r.randint(26, 31)
        value = r.choice((f"{month:02d}/{year}", f"{month:02d}/20{year}", f"{month:02d}-20{year}"))
        return ("CARD_EXPIRY", value, "**/**")

    def iban(self, country: str | None = None) -> Val:
        r = self.r
        country = country or r.choice(("DK", "DK", "DE", "GB", "NL", "SE", "LT", "PL"))
        length = IBAN_LENGTH[country]
        if country == "GB":
            bban = r.choice(("NWBK", "MIDL", "BARC")) + "".join(
                str(r.randrange(10)) for _ in range(14)
            )
        elif country == "NL":
            bban = r.choice(("ABNA", "INGB", "RABO")) + "".join(
                str(r.randrange(10)) for _ in range(10)
            )
        else:
            bban = "".join(str(r.randrange(10)) for _ in range(length - 4))
        numeric = "".join(str(int(c, 36)) for c in bban + country + "00")
        check = 98 - int(numeric) % 97
        compact = f"{country}{check:02d}{bban}"
        value = grouped(compact) if r.random() < 0.6 else compact
        return ("IBAN", value, f"{country}{check:02d}XXXXXXXXXX{compact[-4:]}")

    def reg(self) -> str:
        return f"{self.r.randint(1000, 9899)}"

    def account(self) -> Val:
        r = self.r
        value = (
            f"{r.randrange(10**9, 10**10):010d}"
            if r.random() < 0.6
            else str(r.randint(10**6, 10**8 - 1) * 10 + 1)
        )
        if len(value) == 8:  # keep to 7, 9 or 10 digits: never a phone-like 8-digit run
            value = "0" + value
        return ("BANK_ACCOUNT", value, "[kontonr.]")

    def reg_account(self) -> Val:
        kind, account, stand = self.account()
        return (kind, f"{self.reg()}{self.r.choice(('-', ' '))}{account}", stand)

    def otp(self) -> Val:
        digits = 6 if self.r.random() < 0.8 else 8
        return ("OTP", f"{self.r.randrange(10**digits):0{digits}d}", "[kode]")

    def mitid(self, p: Person) -> Val:
        r = self.r
        base = _ascii(r.choice((p.first, p.last.split("-")[0], p.first + p.last[:1])))
        base = re.sub(r"[^a-z]", "", base)
        suffix = r.choice(
            (f"{r.randint(10, 99)}", f"{r.randint(1940, 1999)}", f"200{r.randint(0, 5)}")
        )
        return ("MITID_USER", base + suffix, "[bruger-id]")

    def plate(self) -> Val:
        r = self.r
        letters = r.choice(PLATE_LETTERS) + r.choice(PLATE_LETTERS)
        digits = f"{r.randint(10, 99)}{r.randrange(1000):03d}"
        value = f"{letters} {digits[:2]} {digits[2:]}" if r.random() < 0.7 else f"{letters}{digits}"
        return ("NUMBER_PLATE", value, r.choice(("[nummerplade]", f"{letters} ** ***")))

    # -- non-personal numbers -----------------------------------------------------------
    def case_no(self) -> str:
        r = self.r
        return r.choice(
            (f"CB-26-{r.randint(10000, 99999)}", f"IND-{r.randint(1000000, 9999999)}",
             f"DSP-{r.randint(100000, 999999)}")
        )  # fmt: skip

    def order_no(self) -> str:
        return f"{self.r.randint(100000000, 999999999)}"

    def customer_no(self) -> str:
        return f"{self.r.randint(1000000, 9999999)}"

    def arn(self) -> str:
        d = "".join(str(self.r.randrange(10)) for _ in range(21))
        return (
            f"7{self.r.randint(1, 9)} "
            + " ".join(d[i : i + 4] for i in range(0, 20, 4))
            + f" {d[20]}"
        )

    def tid(self) -> str:
        r = self.r
        return f"TID {r.randint(10, 99)}{r.choice('ABCDEF')}{r.randint(10000, 99999)}"

    def approval(self) -> str:
        return f"{self.r.randrange(10**6):06d}"

    def cvr(self) -> str:
        return f"CVR-nr. {self.r.randint(10000000, 49999999)}"

    def tracking(self) -> str:
        return f"RR{self.r.randint(100000000, 999999999)}DK"

    def amount(self) -> str:
        r = self.r
        kroner = r.choice((r.randint(49, 999), r.randint(1000, 24999)))
        ore = r.choice(("00", "00", "95", "50", f"{r.randint(0, 99):02d}"))
        whole = f"{kroner:,}".replace(",", ".")
        return r.choice((f"{whole},{ore} kr.", f"kr. {whole},{ore}", f"DKK {whole},{ore}"))

    def eur(self) -> str:
        return f"EUR {self.r.randint(19, 2400)},{self.r.randint(0, 99):02d}"

    def day(self, back: int = 0) -> date:
        return self.day0 - timedelta(days=back)

    def d(self, back: int = 0) -> str:
        day = self.day(back)
        return self.r.choice((day.strftime("%d.%m.%y"), day.strftime("%d.%m.%Y")))

    def iso(self, back: int = 0) -> str:
        return self.day(back).isoformat()

    def clock(self) -> str:
        return f"{self.r.randint(7, 21):02d}.{self.r.randint(0, 59):02d}"

    def hm(self) -> str:
        return f"{self.r.randint(7, 21):02d}:{self.r.randint(0, 59):02d}"

    def org_line(self) -> str:
        return self.r.choice(ORG_LINES)

    def masked_card(self) -> str:
        return f"**** {self.r.randint(1000, 9999)}"

    def url(self) -> str:
        r = self.r
        host = r.choice(
            ("mitid-fornyelse", "nets-kortsikring", "postnord-toldbetaling", "skat-refusion",
             "fjordbank-verify", "dao-pakke", "gls-levering", "visa-secure-dk")
        )  # fmt: skip
        path = f"{r.choice(('v', 'id', 's', 'k'))}/{r.randint(1000, 99999)}{r.choice('abcxyz')}"
        return f"https://{host}.example.net/{path}"


DIGIT_WORDS: Final = ("nul", "en", "to", "tre", "fire", "fem", "seks", "syv", "otte", "ni")
CRAFTS: Final = ("Keramik", "Strik og Garn", "Cykelværkstedet", "Honning fra Heden", "Retro Møbler")


def _read_out(m: _Maker, digits: int) -> str:
    """A code read out digit by digit in words: not a value to label."""
    return "-".join(m.r.choice(DIGIT_WORDS) for _ in range(digits))


def _spelled(p: Person) -> str:
    """A surname spelled letter by letter on the phone: not a name to label."""
    return "-".join(p.last.split("-")[0].upper())


def _bank(m: _Maker) -> str:
    return m.r.choice(BANKS)


def _letterhead(doc: _Doc, m: _Maker, bank: str) -> None:
    doc.t(f"{bank} · Kortindsigelser · {m.org_address()} · {m.cvr()} · tlf. {m.org_line()}\n\n")


def _merchant_lines(doc: _Doc, m: _Maker, count: int) -> list[str]:
    rows = []
    for i in range(count):
        shop = m.r.choice(SHOPS + MERCHANTS)
        amount = m.eur() if m.r.random() < 0.4 else m.amount()
        rows.append(shop)
        doc.t(f"  {m.d(i + 2)}  {shop:<26} {amount}\n")
    return rows


def _reason(m: _Maker) -> str:
    return m.r.choice(
        (
            "jeg fik en sms om at mit kort var spærret og trykkede på linket",
            "jeg troede det var banken der ringede og gav dem koden fra MitID",
            "jeg skulle betale told på en pakke via et link i en sms",
            "en 'kortrådgiver' ringede og bad mig godkende en 'tilbageførsel' i appen",
            "jeg solgte en sofa på DBA og køberen sendte et link for at 'modtage pengene'",
            "jeg har aldrig været i det land hvor betalingen er foretaget",
            "min telefon blev stjålet og kortet lå i Apple Pay",
        )
    )


# -- genres -------------------------------------------------------------------------------
def _blanket(doc: _Doc, m: _Maker) -> None:
    """The issuer's dispute form, filled in by the cardholder."""
    r, p, bank = m.r, m.person(), _bank(m)
    born = m.birth()
    _letterhead(doc, m, bank)
    doc.t(r.choice(("INDSIGELSE MOD KORTBETALING", "Indsigelsesblanket – kortbetalinger",
                    "BLANKET: Indsigelse (betalingsloven § 100)")) + "\n")  # fmt: skip
    doc.t(f"Sagsnr.: {m.case_no()}   Modtaget: {m.d()} kl. {m.clock()}\n\n")
    doc.f("KORTHOLDERS NAVN: {n}\n", n=m.name(p, "caps"))
    doc.f("CPR-nr.: {c}\n", c=m.cpr(born))
    if r.random() < 0.4:
        doc.f("Fødselsdato: {b}\n", b=m.dob(born))
    if r.random() < 0.5:
        doc.f("Adresse:\n{a}\n", a=m.address("lines"))
    else:
        doc.f("Adresse: {a}\n", a=m.address("comma"))
    doc.f(r.choice(("Telefon: {t}\n", "Mobil: {t}\n", "Tlf.nr.: {t}\n")), t=m.phone())
    if r.random() < 0.8:
        doc.f(r.choice(("E-mail: {e}\n", "Mail: {e}\n", "E-mailadresse: {e}\n")), e=m.email(p))
    doc.t(f"Kundenr.: {m.customer_no()}\n\n")
    doc.f("Kortnummer: {k}   Udløb: {u}\n", k=m.card(), u=m.expiry())
    doc.t(f"Korttype: {r.choice(SCHEMES)}{r.choice(('', ' Debit', ' Gold'))}\n\n")
    doc.t("Betalinger jeg ikke har godkendt:\n")
    _merchant_lines(doc, m, r.randint(1, 4))
    doc.t("\nHvad skete der (med egne ord):\n")
    story = _reason(m)
    doc.t(story[0].upper() + story[1:] + ". ")
    if r.random() < 0.5:
        doc.f("Jeg tastede koden {o} ind på siden. ", o=m.otp())
    if r.random() < 0.5:
        doc.f("Jeg skrev også mit bruger-id {u} ", u=m.mitid(p))
        doc.t("og så gik det hurtigt. ")
    if r.random() < 0.3:
        doc.t(f"Det var {r.choice(FAMILY)} der opdagede det i netbanken. ")
    doc.t("\n\n")
    if r.random() < 0.2:
        doc.f("Refusion til udenlandsk konto (IBAN): {i}\n", i=m.iban())
    elif r.random() < 0.6:
        doc.f("Beløbet bedes indsat på reg.nr. {reg} kontonr. {k}\n", reg=m.reg(), k=m.account())
    else:
        doc.f("Refusion til konto: {k}\n", k=m.reg_account())
    doc.t(r.choice(("[X] Kortet er spærret   [X] Anmeldt til politiet\n",
                    "[X] Kortet er spærret   [ ] Anmeldt til politiet\n",
                    "Kort spærret: JA  Politianmeldelse: nej ikke endnu\n")))  # fmt: skip
    doc.f("\nDato/underskrift: {d}  {n}\n", d=m.d(), n=m.name(p, "full"))


def _letter_en(doc: _Doc, m: _Maker, p: Person, bank: str) -> None:
    """An English dispute e-mail from a cardholder living in Denmark."""
    r, born = m.r, m.birth()
    doc.f("From: {n} <{e}>\n", n=m.name(p), e=m.email(p))
    doc.f("To: {e}\n", e=m.email_at("disputes", _ascii(bank.split()[0]) + ".example.dk"))
    doc.t(
        f"Subject: {r.choice(('Unauthorised card payments', 'FRAUD - please help', 'Dispute'))}\n\n"
    )
    doc.t(
        f"Dear {bank},\n\nI would like to dispute {r.randint(2, 5)} payments of {m.eur()} in total "
    )
    doc.t(f"made to {r.choice(SHOPS)} on {m.d(2)}. ")
    doc.t(
        r.choice(
            (
                "I received a text that looked like it came from MitID and entered my card",
                "Someone called me pretending to be from the bank's fraud team",
                "i never made these payments, my card was in my wallet the whole time",
            )
        )
    )
    doc.t(". ")
    if r.random() < 0.6:
        doc.f("They asked for the code {o} and I gave it to them. ", o=m.otp())
    doc.t("As I understand it the Danish Payment Act § 100 protects me here.\n\n")
    doc.f("Card: {k}, expiry {u}\n", k=m.card(), u=m.expiry())
    doc.f("DOB: {b}\n", b=m.dob(born))
    doc.f("CPR: {c}\n", c=m.cpr(born))
    doc.f("Address: {a}\n", a=m.address())
    if r.random() < 0.6:
        doc.f("Please refund to my account abroad: {i}\n", i=m.iban(r.choice(("DE", "GB", "NL"))))
    doc.f("\nKind regards,\n{n}\n", n=m.name(p, r.choice(("full", "first", "three"))))
    doc.f("{t}\n", t=m.phone(0.3))


def _brev(doc: _Doc, m: _Maker) -> None:
    """A cardholder's free letter or e-mail disputing payments after phishing."""
    r, p, bank = m.r, m.person(), _bank(m)
    if r.random() < 0.2:
        _letter_en(doc, m, p, bank)
        return
    born = m.birth()
    greeting = r.choice(("Hej", "Kære", "Til", "Att.:"))
    if r.random() < 0.5:
        doc.f("Fra: {n} <{e}>\n", n=m.name(p), e=m.email(p))
        doc.f("Til: {e}\n", e=m.email_at("indsigelser", _ascii(bank.split()[0]) + ".example.dk"))
        subject = r.choice(
            ("Indsigelse", "INDSIGELSE", "svindel på mit kort", f"Re: {m.case_no()}")
        )
        doc.t(f"Emne: {subject}\n\n")
    else:
        doc.f("{n}\n{a}\n\n", n=m.name(p), a=m.address("lines"))
        doc.t(f"{bank}\nKortindsigelser\n{m.org_address()}\n\n{m.d()}\n\n")
    doc.t(f"{greeting} {bank}{',' if greeting != 'Att.:' else ''}\n\n")
    doc.t(r.choice(("Jeg vil hermed gøre indsigelse mod ", "jeg gør indsigelse mod ",
                    "Jeg skal bede jer tilbageføre ")))  # fmt: skip
    doc.t(f"{r.randint(2, 6)} betalinger på i alt {m.amount()}, trukket {m.d(3)} hos ")
    doc.t(f"{r.choice(SHOPS)}. ")
    doc.t(r.choice(("Jeg har ikke selv godkendt dem", "Det er IKKE mig der har købt noget",
                    "jeg har aldrig handlet der")) + ". ")  # fmt: skip
    story = _reason(m)
    doc.t(story[0].upper() + story[1:] + ". ")
    if r.random() < 0.6:
        doc.f("Han sagde han hed {a} fra ", a=m.name(m.person(False, "other"), "first"))
        doc.t(
            f"{r.choice(ALIAS_UNITS)} og ringede fra {r.choice(('skjult nummer', m.org_line()))}. "
        )
    if r.random() < 0.5:
        doc.f("Jeg læste koden {o} op for ham. ", o=m.otp())
    doc.t("Ifølge betalingsloven § 100 skal I vel dække det når jeg ikke har godkendt det?\n\n")
    doc.f("Mit kort: {k} (udløb {u}). ", k=m.card(), u=m.expiry())
    doc.t("Det er spærret nu.\n")
    if r.random() < 0.7:
        doc.f("Jeg er født {b}, ", b=m.dob(born))
        doc.f("cpr {c}.\n", c=m.cpr(born))
    else:
        doc.f("CPR: {c}\n", c=m.cpr(born))
    if r.random() < 0.5:
        doc.f("Pengene kan sættes ind på {k}.\n", k=m.reg_account())
    elif r.random() < 0.7:
        doc.f("Jeg bor i udlandet nu, så brug venligst min konto {i}.\n", i=m.iban())
    if r.random() < 0.3:
        doc.f("De fik også mit MitID bruger-id ({u}).\n", u=m.mitid(p))
    if r.random() < 0.4:
        doc.f("Parkeringen i {t} med bil {pl} er heller ikke min.\n",
              t=r.choice(TOWNS).split(" ", 1)[1], pl=m.plate())  # fmt: skip
    doc.t(r.choice(("\nMed venlig hilsen\n", "\nVh\n", "\nHilsen\n", "\nmvh\n")))
    doc.f("{n}\n", n=m.name(p, r.choice(("full", "three", "first"))))
    if r.random() < 0.6:
        doc.f("{a}\n", a=m.address("comma"))
    doc.f("Tlf. {t}\n", t=m.phone())


def _telefonnotat(doc: _Doc, m: _Maker) -> None:
    """The desk's call note: short, abbreviated, often lower case."""
    r, p, staff = m.r, m.person(), m.person(role="staff")
    born = m.birth()
    doc.t(f"TELEFONNOTAT  {m.case_no()}  {m.d()} kl. {m.clock()}  ")
    doc.t(f"{r.choice(('indgående', 'udgående', 'ind', 'ud'))}, varighed {r.randint(3, 41)} min\n")
    doc.f("Medarb.: {s} ({t})\n", s=m.name(staff, r.choice(("initial", "full"))),
          t=r.choice(STAFF_TITLES))  # fmt: skip
    doc.f("Kunde: {n}, ", n=m.name(p, r.choice(("full", "last_first", "three"))))
    doc.f("cpr {c}, ", c=m.cpr(born))
    if r.random() < 0.45:
        doc.f("f. {b}, ", b=m.dob(born))
    doc.f("tlf {t}\n", t=m.phone())
    if r.random() < 0.3:
        doc.t(f"(efternavn stavet {_spelled(p)}, kundenr. {m.customer_no()})\n")
    doc.t("---\n")
    he = "hun" if p.female else "han"
    doc.f("{n} ringer ", n=m.name(p, "first"))
    doc.t(r.choice((f"meget oprevet. {he} har fået sms fra 'MitID' om fornyelse, trykket på link",
                    f"pga ukendte træk på kortet. {he} blev ringet op af 'banken' i går",
                    f"og vil gøre indsigelse. {he} har solgt cykel på DBA, fik link fra køber",
                    f"- citat: \"{r.choice(FAMILY)} så det i appen\"")))  # fmt: skip
    doc.t(".\n")
    doc.f("opkalder udgav sig for at være {a} fra ", a=m.name(m.person(role="other"), "first"))
    doc.t(f"{r.choice(ALIAS_UNITS)}, nr. viste {r.choice((m.org_line(), 'skjult', 'et 70-nr'))}.\n")
    doc.f("kunden har oplyst kortnr. {k}, ", k=m.card())
    doc.f("udløb {u} ", u=m.expiry())
    doc.f("og engangskode {o}", o=m.otp())
    if r.random() < 0.7:
        doc.f(" + MitID bruger-id {u}", u=m.mitid(p))
    doc.t(".\n")
    doc.t(f"{r.randint(2, 5)} træk: {m.amount()}, {m.amount()} ({r.choice(SHOPS)}), ")
    doc.t(f"godk.kode {m.approval()}, {m.tid()}.\n")
    if r.random() < 0.6:
        doc.f("tillige EasyPark-betaling for bil {pl} som kunden ikke kender.\n", pl=m.plate())
    if r.random() < 0.4:
        doc.f("kunden har desuden overført {a} til {i} ", a=m.amount(), i=m.iban())
        doc.t("efter aftale med 'banken' (ikke kortbetaling, henvist til politiet).\n")
    if r.random() < 0.35:
        doc.f("{g} ", g=m.genitive(m.person(role="other"), r.choice(("first", "full"))))
        doc.t(
            f"{r.choice(('søn', 'datter', 'nabo'))} har hjulpet med netbank, deltog i samtalen.\n"
        )
    if r.random() < 0.5:
        doc.f("refusion til {k} hvis indsigelsen godkendes.\n", k=m.reg_account())
    if r.random() < 0.25:
        doc.t(f'kunden læste koden op som "{_read_out(m, 6)}" - allerede brugt.\n')
    if r.random() < 0.3:
        doc.t(f"nyt kort kan afhentes i afdelingen på {m.org_address()} fra {m.d(-3)}.\n")
    doc.t(r.choice(("kort spærret under samtalen, nyt kort bestilt til folkeregisteradressen.\n",
                    "kort var allerede spærret via Spærreservice.\n",
                    "KORT SPÆRRET. indsigelsesblanket sendt i eBoks.\n")))  # fmt: skip
    if r.random() < 0.6:
        doc.f("ny adr. oplyst: {a}\n", a=m.address("comma"))
    if r.random() < 0.5:
        doc.f("kunden ønsker svar pr mail: {e}\n", e=m.email(p))
    if r.random() < 0.5:
        title, surname = m.titled(p)
        doc.f("tilbagekald aftalt til {t}{n} i morgen kl. {k}.\n", t=title, n=surname, k=m.clock())
    doc.t(f"husk: vurdering af groft uagtsom (§ 100 stk. 3), frist {m.d(-14)}. /")
    doc.f("{s}\n", s=m.name(staff, "first"))


def _forhandlersvar(doc: _Doc, m: _Maker) -> None:
    """A merchant's reply (representment) to a chargeback, with its evidence."""
    r, p, clerk = m.r, m.person(), m.person(role="staff")
    fuel = r.random() < 0.5
    shop = r.choice(FUEL if fuel else tuple(x for x in MERCHANTS + SHOPS if x not in FUEL))
    if not fuel and r.random() < 0.3:  # a sole trader writes from home: that address is personal
        shop = r.choice(CRAFTS)
        doc.f("{s} v/ {o} · {a} · {c}\n", s=shop, o=m.name(clerk), a=m.address(), c=m.cvr())
    else:
        doc.t(f"{shop} · {m.org_address()} · {m.cvr()}\n")
    doc.t(f"Re: Chargeback {m.case_no()} / ARN {m.arn()}\n\n")
    doc.t(
        r.choice(("Til kortudsteder,", "Til kortindsigelser", "Hej,", "Att. chargeback")) + "\n\n"
    )
    doc.t(r.choice(("Vi bestrider indsigelsen. ", "Vi afviser chargebacken. ",
                    "Vi har gennemgået sagen og fastholder betalingen. ")))  # fmt: skip
    doc.t(f"Ordren {m.order_no()} blev afgivet {m.d(6)} kl. {m.clock()} for {m.amount()}")
    doc.f(" af {n}", n=m.name(p, r.choice(("full", "three", "caps", "last_first"))))
    doc.f(" ({e})", e=m.email(p))
    doc.t(".\n")
    if fuel:
        doc.t(
            f"Vores kamera ved {r.choice(('pumpe 4', 'indkørslen', 'bomanlægget'))} registrerede "
        )
        doc.f("bil {pl} ", pl=m.plate())
        doc.t(f"kl. {m.clock()}, og samme bil har tanket/parkeret her {r.randint(3, 19)} gange før")
        if r.random() < 0.5:
            doc.f(", senest med nummerplade {pl} som tilkoblet køretøj", pl=m.plate())
        doc.t(".\n")
    else:
        doc.t(f"Varen blev sendt med {m.tracking()} og leveret til:\n")
        doc.f("{n}\n{a}\n", n=m.name(p), a=m.address("lines"))
        doc.t(f"Kvittering for levering {m.d(2)} kl. {m.clock()}.\n")
    doc.t(f"3-D Secure: {r.choice(('authenticated (ECI 05)', 'ja, frictionless', 'ECI 02'))}, ")
    doc.t(f"auth code {m.approval()}, {m.tid()}.\n")
    doc.f("Kunden oplyste telefon {t} ved bestillingen", t=m.phone())
    if r.random() < 0.5:
        doc.f(" og kundekonto {c}", c=m.customer_no())
    doc.t(".\n")
    doc.t(r.choice(("Vedlagt: ordrebekræftelse, leveringsbevis, kamerabilleder.\n",
                    "Attached: order log, delivery proof.\n")))  # fmt: skip
    doc.f("\nVenlig hilsen\n{c}\n", c=m.name(clerk, r.choice(("full", "initial"))))
    doc.f("Chargeback-ansvarlig, {s}\n", s=shop)
    doc.f("{e} · tlf. {o}\n", e=m.email_at(_ascii(clerk.first), "shop.example.com"), o=m.org_line())


def _acquirer(doc: _Doc, m: _Maker) -> None:
    """An acquirer's or the scheme's case note, mostly English, with desk remarks in Danish."""
    r, p, analyst = m.r, m.person(), m.person(role="staff")
    scheme = r.choice(SCHEMES[:2])
    code = (
        "10.4 Other Fraud - Card Absent" if scheme == "Visa" else "4837 No Cardholder Authorization"
    )
    doc.t(f"{r.choice(ACQUIRERS)} – {r.choice(('CHARGEBACK', 'PRE-ARBITRATION', 'RETRIEVAL'))}\n")
    doc.t(f"Case ref: {m.case_no()}   Date: {m.iso()} {m.hm()} UTC\n")
    doc.t(f"ARN: {m.arn()}\nReason code: {code}\n")
    doc.f("Cardholder: {n}\n", n=m.name(p, r.choice(("caps_last_first", "last_first", "caps"))))
    doc.f("PAN: {k}   Exp: {u}\n", k=m.card(), u=m.expiry())
    mcc = r.choice(("5732", "4722", "6051", "5999", "7995"))
    doc.t(f"Merchant: {r.choice(SHOPS)} (MCC {mcc}), {m.tid()}\n")
    doc.t(f"Amount: {m.eur()} / {m.amount()}\n")
    if r.random() < 0.35:
        doc.f("DOB: {b}\n", b=m.dob())
    if r.random() < 0.8:
        doc.f(
            "Beneficiary IBAN (mule, per police): {i}", i=m.iban(r.choice(("LT", "GB", "PL", "NL")))
        )
        doc.f(" holder {n}\n", n=m.name(m.person(role="other"), r.choice(("full", "caps"))))
    doc.t("Notes:\n")
    doc.t(r.choice(("- cardholder states phishing SMS, OTP entered on fake page\n",
                    "- CH claims no participation; device not previously seen\n",
                    "- merchant provided delivery proof, CH disputes signature\n")))  # fmt: skip
    if r.random() < 0.6:
        doc.f("- OTP sent to {t}", t=m.phone())
        doc.f(" was {o}, used {h}\n", o=m.otp(), h=m.hm())
    if r.random() < 0.4:
        doc.t(f"- e-mail on file: {_ascii(p.first)[0]}***@example.dk (masked by issuer)\n")
    doc.f("- CH contact: {e}", e=m.email(p))
    if r.random() < 0.5:
        doc.f(", {a}", a=m.address("comma"))
    doc.t("\n")
    doc.t(f"Deadline for response: {m.iso(-30)}\n")
    doc.f("Analyst: {a} ", a=m.name(analyst, r.choice(("full", "initial"))))
    doc.f("<{e}>\n", e=m.email_at(f"{_ascii(analyst.first)}.{_ascii(analyst.last.split('-')[0])}",
                                   "acq.example.com"))  # fmt: skip
    doc.t(f"\n// intern note ({_bank(m)}): ")
    doc.f(
        "ringet til {t}", t=("PERSON", p.first, "kunden") if r.random() < 0.5 else m.name(p, "full")
    )
    doc.t(f", {r.choice(('ingen svar', 'bekræfter phishing', 'sender politianmeldelse'))}. ")
    doc.t(f"kort {m.masked_card()} spærret {m.d(1)}.\n")
    if r.random() < 0.4:
        doc.f("ved medhold krediteres {k}.\n", k=m.reg_account())


def _sms(doc: _Doc, m: _Maker) -> None:
    """A phishing SMS forwarded to the desk with the cardholder's note."""
    r, p = m.r, m.person()
    doc.t(r.choice(("Videresendt SMS\n", "Fwd: sms\n", "Screenshot (transskriberet):\n")))
    if r.random() < 0.8:
        doc.f("Afsender: {t}\n", t=m.phone(0.3))
    else:
        doc.t(f"Afsender: {r.choice(('MitID', 'PostNord', 'Info', '1272'))}\n")
    doc.t(f'Modtaget: {m.d(2)} {m.hm()}\n"')
    kind = r.randrange(9)
    if kind == 0:
        doc.t(
            f"MitID: Din adgang udløber i dag. Forny straks her {m.url()} ellers lukkes din konto."
        )
    elif kind == 1:
        doc.t(f"PostNord: Din pakke afventer toldbetaling {m.amount()}. Betal: {m.url()}")
    elif kind == 2:
        doc.f("Hej {n}, ", n=m.name(p, "first"))
        doc.t(f"vi har registreret et mistænkeligt køb på dit kort. Afvis her: {m.url()}")
    elif kind == 3:
        doc.f("Din engangskode er {o}. ", o=m.otp())
        doc.t("Del den aldrig med andre. Ring ikke til os.")
    elif kind == 4:
        doc.t(f"SKAT: Du har {m.amount()} til gode. Indtast kortoplysninger: {m.url()}")
    elif kind == 5:
        doc.t(f"MobilePay: Du har modtaget {m.amount()} fra en køber. Accepter beløbet: {m.url()}")
    elif kind == 6:
        doc.t(f"Netflix: din betaling blev afvist. opdater dit kort inden 48 t. {m.url()}")
    elif kind == 7:
        doc.f("Hej mor, min telefon gik i stykker. skriv til mig på det her nr {t} ", t=m.phone())
        doc.t("jeg skal låne til en regning 🙏")
    else:
        doc.f("EasyPark: Parkering for {pl} er ubetalt ", pl=m.plate())
        doc.t(f"({m.amount()}). Undgå afgift: {m.url()}")
    doc.t('"\n\n')
    doc.t(r.choice(("Kundens bemærkning: ", "Note fra kortholder: ", "")))
    doc.t(r.choice(("jeg trykkede på linket og skrev mine kortoplysninger",
                    "troede den var ægte sorry",
                    "Jeg har IKKE gjort noget men der er trukket penge",
                    "har tastet kort og kode ind")))  # fmt: skip
    if r.random() < 0.6:
        doc.f(" ({k}, {u})", k=m.card(), u=m.expiry())
    doc.t(". ")
    if r.random() < 0.5:
        doc.f("Koden jeg fik var {o}", o=m.otp())
        doc.t(". ")
    if r.random() < 0.35:
        doc.f("Jeg skrev også MitID bruger-id {u} på siden. ", u=m.mitid(p))
    doc.f("\n/ {n}", n=m.name(p, r.choice(("full", "first", "lower_full"))))
    doc.f(", {t}", t=m.phone(0.0))
    if r.random() < 0.45:
        doc.f(", født {b}", b=m.dob())
    doc.t("\n")
    doc.t(f"\n[{_bank(m)} intern] Registreret på {m.case_no()}, kort {m.masked_card()} spærret. ")
    doc.t(f"Sms-afsender anmeldt til teleselskab. Kontakt {m.org_line()} ved spørgsmål.\n")


def _mail(doc: _Doc, m: _Maker) -> None:
    """A phishing e-mail forwarded by the cardholder, with headers and a forwarding note."""
    r, p, bank = m.r, m.person(), _bank(m)
    doc.f("Fra: {n} <{e}>\n", n=m.name(p), e=m.email(p))
    doc.f("Til: {e}\n", e=m.email_at("svindel", _ascii(bank.split()[0]) + ".example.dk"))
    subject = r.choice(("Vigtigt: bekræft dit kort", "Din pakke", "Refusion", "Sikkerhedsadvarsel"))
    doc.t(f"Dato: {m.d()} {m.hm()}\nEmne: VS: {subject}\n\n")
    doc.t(r.choice(("Hej. Den her mail fik jeg og jeg klikkede desværre. ",
                    "hej jeg har fået denne mail, er den rigtig?? ",
                    "Videresender som aftalt i telefonen. ")))  # fmt: skip
    if r.random() < 0.5:
        doc.f("Der er trukket {a} på kortet {k}.", a=m.amount(), k=m.card())
    doc.t("\n\n---------- Videresendt meddelelse ----------\n")
    doc.f("Fra: {o} <{e}>\n", o=r.choice((bank, "Nets", "MitID", "PostNord", "SKAT")),
          e=m.email())  # fmt: skip
    doc.f("Til: {e}\n", e=m.email(p))
    lure = r.choice(("Dit kort er midlertidigt spærret", "Handling påkrævet", "Ny besked i e-Boks"))
    doc.t(f"Emne: {lure}\n\n")
    doc.f("Kære {n},\n\n", n=m.name(p, r.choice(("full", "caps", "three"))))
    doc.t("Vi har opdaget usædvanlig aktivitet. For at undgå spærring skal du bekræfte dine "
          f"oplysninger inden 24 timer: {m.url()}\n")  # fmt: skip
    doc.f("Registreret adresse: {a}\n", a=m.address("comma"))
    doc.t(f"Ref: {m.case_no()}   Kundeservice: {m.org_line()}\n\n")
    doc.t(f"{bank}, {m.org_address()}\n---------------------------------------------\n\n")
    doc.f("Mvh {n}\n", n=m.name(p, r.choice(("first", "full"))))
    doc.f("Mobil {t}\n", t=m.phone())


def _chat(doc: _Doc, m: _Maker) -> None:
    """A web chat between a cardholder and the desk; every speaker is a name."""
    r, p, agent = m.r, m.person(), m.person(role="staff")
    born = m.birth()
    doc.t(f"Chat {m.case_no()} · {_bank(m)} kundechat · {m.d()}\n")
    user = m.name(p, r.choice(("full", "first", "lower", "lower_full")))
    who = m.name(agent, r.choice(("first", "full")))
    if doc.negative:  # a chat speaker is always a pseudonym in a negative, never "[NAVN]"
        p = Person(p.first, p.last, p.middle, p.female, r.choice(PSEUDONYMS[:4]))
        agent = Person(
            agent.first, agent.last, agent.middle, agent.female, r.choice(PSEUDONYMS[4:])
        )
        user, who = m.name(p), m.name(agent)
    h, mi = r.randint(8, 20), r.randint(0, 40)

    def say(speaker: Val, *parts: str | Val) -> None:
        nonlocal mi
        mi += r.randint(0, 3)
        doc.t(f"[{h:02d}:{mi:02d}] ")
        doc.v(speaker)
        doc.t(": ")
        for part in parts:
            if isinstance(part, str):
                doc.t(part)
            else:
                doc.v(part)
        doc.t("\n")

    say(who, "Hej, du skriver med ", who, r.choice((" fra kortteamet. Hvad kan jeg hjælpe med?",
                                                     ". Hvordan kan jeg hjælpe?")))  # fmt: skip
    say(user, r.choice(("hej der er trukket penge på mit kort som jeg ikke kender",
                        "HJÆLP mit kort er blevet misbrugt",
                        "hi, do you speak english? fraud on my card",
                        "jeg tror jeg er blevet snydt")))  # fmt: skip
    say(who, "Det beklager jeg. Må jeg bede om dit fulde navn og cpr-nummer?")
    say(user, m.name(p, "full"), " ", m.cpr(born))
    if r.random() < 0.35:
        say(who, "Og din fødselsdato til kontrol?")
        say(user, "født ", m.dob(born))
    say(who, "Tak. Hvilket kort drejer det sig om?")
    say(user, m.card(), " udløb ", m.expiry())
    say(
        who,
        f"Jeg kan se {r.randint(2, 5)} betalinger til {r.choice(SHOPS)} på i alt {m.amount()}. "
        "Jeg spærrer kortet nu.",
    )
    say(user, r.choice(("ok tak", "fint", "tak!!", "ok")), " ",
        r.choice(("jeg gav dem koden ", "han fik koden ")), m.otp())  # fmt: skip
    if r.random() < 0.25:
        say(user, f"altså koden var {_read_out(m, 6)} tror jeg")
    if r.random() < 0.5:
        say(who, "Fik de også dit MitID bruger-id?")
        say(user, "ja desværre, ", m.mitid(p))
    if r.random() < 0.5:
        say(who, "Hvilket nummer ringede de fra?")
        say(user, m.phone(0.35))
    if r.random() < 0.35:
        say(
            user,
            "jeg overførte også penge til den her konto ",
            m.iban(r.choice(("LT", "GB", "DK"))),
        )
    if r.random() < 0.3:
        say(user, "pengene skal bare ind på ", m.reg_account())
    if r.random() < 0.35:
        say(user, "der er også betalt parkering for en bil jeg ikke kender, ", m.plate())
    if r.random() < 0.25:
        say(who, f"Du kan også hente et nyt kort i vores afdeling på {m.org_address()}.")
    say(who, "Hvor skal vi sende det nye kort hen?")
    say(user, m.address("comma"))
    if r.random() < 0.4:
        say(user, "og skriv gerne til ", m.email(p))
    if r.random() < 0.4:
        say(user, f"{r.choice(FAMILY)} spørger om ", m.genitive(m.person(role="other"), "first"),
            " kort også er ramt?")  # fmt: skip
    say(who, f"Jeg har oprettet indsigelse {m.case_no()}. Du får svar i e-Boks inden for 10 dage. "
             f"Spørgsmål: {m.org_line()}.")  # fmt: skip
    say(user, r.choice(("tak for hjælpen", "tusind tak", "👍")))


GENRE_WRITERS: Final[dict[str, Callable[[_Doc, _Maker], None]]] = {
    "blanket": _blanket,
    "brev": _brev,
    "telefonnotat": _telefonnotat,
    "forhandlersvar": _forhandlersvar,
    "acquirer": _acquirer,
    "sms": _sms,
    "mail": _mail,
    "chat": _chat,
}


def _document(r: random.Random, genre: str, negative: bool) -> _Doc:
    doc = _Doc(negative)
    GENRE_WRITERS[genre](doc, _Maker(r))
    return doc


def generate(seed: int | str = SEED, size: int = SIZE) -> list[dict]:
    """The set: `size` documents, NEGATIVES/SIZE of them pseudonymised hard negatives."""
    r = random.Random(seed)
    negatives = round(size * NEGATIVES / SIZE)
    plan = [(GENRES[i % len(GENRES)], False) for i in range(size - negatives)]
    plan += [(GENRES[i % len(GENRES)], True) for i in range(negatives)]
    r.shuffle(plan)
    docs, seen = [], set()
    for i, (genre, negative) in enumerate(plan):
        while True:
            doc = _document(r, genre, negative)
            if doc.text not in seen:
                break
        seen.add(doc.text)
        docs.append(
            {
                "id": f"pii_blind78-{i:04d}",
                "genre": genre,
                "kind": "negative" if negative else "positive",
                "text": doc.text,
                "spans": doc.spans,
            }
        )
    return docs


def main(argv: list[str]) -> None:
    out = Path(argv[0]) if argv else Path(__file__).parent / "data" / "pii_blind78.jsonl"
    with out.open("w", encoding="utf-8") as fh:
        for doc in generate():
            fh.write(json.dumps(doc, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main(sys.argv[1:])
