"""A seventh blind, seeded generator of Danish text with labelled personal data (issue 18).

Written without looking at the recognisers, their word lists or the earlier generators'
bodies, as a held-out test set with its own names, streets and towns. Its genres: speech-to-
text call transcripts (numbers spoken as words: "nul tre nul fem", pairs "fireogtyve tolv"),
customer-service chats with typos and abbreviations, police reports ("anmeldelse") and
witness statements, insurance claims, debt-collection letters, Aula messages, pension
statements, rental listings and tenant letters, romance- and investment-scam chats, webshop
order confirmations and returns, hospital referrals and discharge letters, GDPR access
requests, bilingual Danish/English expat mails, SMS threads and OCR of screenshots and
letters (O/0, l/1, S/5, B/8 confusions, stray marks, broken lines).

Conventions (exact offsets are scored):
- PERSON is a name as written, without title or role ("fru", "læge", "sagsbehandler");
  initials keep their dot ("K. Brask"), "Brask, Karen" is one span, a genitive s belongs to
  it ("Noahs far"). Nicknames ("Tobbe", "Fie") and names written in lower case in chats and
  transcripts are PERSON; chat contact labels ("Mor", "Farmor") are not, and in "Farmor
  Gudrun" only "Gudrun" is. Names inside organisation names ("Malermester Bo Friis ApS"),
  streets named after people and words that are also names ("storm", "held og lykke") are
  never PERSON; a name inside an e-mail address is only part of the EMAIL.
- ADDRESS runs from the street name through house number, letter ("12B", "12 B"), floor and
  side ("st.", "1. tv", "2. mf.", "3.th."), plus ", postcode town" on the same line or the
  next line of an address block (line break included). A postcode and town alone, a street
  without number and "Postboks" are not addresses. In transcripts the floor and side are
  spoken ("første sal til venstre", "stuen") and, like a following postcode and town, belong
  to the span. Every street address with a number is labelled, also an organisation's.
- Spoken numbers: in transcripts a CPR, phone number, OTP or card number may be read digit
  by digit ("nul tre nul fem otte fire streg en to tre fire") or in pairs ("fireogtyve tolv
  otteogtredive halvtreds"); the span runs from the first to the last number word, a spoken
  "streg" included.
- OCR: digit values may carry O/0, l/1, I/1, S/5 and B/8 confusions and are still labelled
  with the confused characters; line breaks from OCR fall only between values, except in
  address blocks.
- CPR is synthetic: a valid birth date, a seventh digit that fits the century, and a serial
  that makes the number FAIL modulus 11 (so it is no pre-2007 number). Forms "DDMMYY-SSSS",
  "DDMMYYSSSS", "DDMMYY SSSS", "DDMMYY–SSSS". DATE_OF_BIRTH is a date in birth context
  ("født", "f.", "Fødselsdato", "DOB", "date of birth"); other dates are never labelled.
- BANK_ACCOUNT is reg.nr. and account written together ("1551-0012345678", "1551
  0012345678"); where "reg.nr." and "konto" stand under their own labels only the account is
  the span. IBANs have valid check digits. CARD numbers are Luhn-valid with a published test
  prefix (TEST_PREFIXES); CARD_EXPIRY is "MM/YY", "MM/YYYY" or "MM-YY"; CARD_CVV 3-4 digits
  after "cvv", "cvc" or "kontrolcifre".
- PHONE: Danish numbers (8 digits, any common grouping, optional +45/0045) and foreign ones
  (+44 7700 900xxx, +46, +31, +90, +48, +234, +1 555). Service numbers (112, 114, 1813) and
  short codes are not PHONE. OTP is a one-time code sent, asked for or read aloud; door
  codes, PINs for parcel lockers and order numbers are not. MITID_USER is a MitID user ID
  given as such. NUMBER_PLATE is a Danish plate ("CV 41 207", "CV41207").
- Masked values ("•••• 4242", "******-1234", "DDMMÅÅ-XXXX"), CVR, EAN, order, tracking,
  policy, case, journal, customer and item numbers, FI codes and amounts are never labelled;
  documents of kind "negative" contain none of the types, only such hard negatives.

Each document is {"id", "genre", "kind", "text", "spans": [{"start", "end", "type"}]}.
``python -m bench.pii_blind6 OUT.jsonl`` writes the set; ``generate()`` returns it.
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
from functools import partial
from pathlib import Path
from typing import TypedDict

SEED = 261_204
SIZE = 2000
NEGATIVE_SHARE = 0.35
REF = date(2026, 11, 30)
TYPES = (
    *("PERSON", "ADDRESS", "CPR", "PHONE", "EMAIL", "BANK_ACCOUNT", "IBAN", "CARD", "CARD_CVV"),
    *("CARD_EXPIRY", "NUMBER_PLATE", "OTP", "DATE_OF_BIRTH", "MITID_USER"),
)
EMAIL_DOMAINS = ("example.dk", "example.com", "example.net", "example.org")
TEST_PREFIXES = ("411111", "424242", "400005", "555555", "510510", "222300", "378282", "601111")


def words(text: str, sep: str | None = None) -> list[str]:
    """A word list written as a block of text; with sep its items may hold spaces."""
    return text.replace("\n", "" if sep else " ").split(sep)


DK_MEN = words(
    """
Aksel Alfred Anker Arvid Asbjørn Bastian Benny Bjarke Bo Carl-Emil Casper Dan Ebbe Egil
Eskild Folmer Frode Gorm Gregers Hakon Harald Hugo Ivan Jeppe Joakim Julius Kaspar Kjeld Kresten
Laust Leo Lauge Loke Malte Marius Martin Mikael Nicolai Nils Ole Osvald Palle Rasmus Rolf Rune
Sejr Severin Sophus Sten Svend-Erik Tage Thor Torsten Troels Ulrik Valdemar Vilfred Viggo Werner
Øjvind Åge Anders Bent Christoffer Dennis Erik Finn Gunnar Henning Jens-Peter Jonatan Kim Knud
Lars Magnus Mogens Niels-Ole Oliver Poul Preben Sigurd Steffen Søren Theis Vagn Villum Aske
Bertel Emil Frederik Hans-Henrik Ib Jacob Kåre Lasse Morten Noah Otto Per Silas Storm Tonny"""
)
DK_WOMEN = words(
    """
Agnete Alberte Astrid Benedikte Bodil Britt Dagmar Dorte Ditte Ebba Edith Elin
Ellen-Marie Else Emilie Esther Eva Filippa Gerda Gry Grethe Gudrun Hedvig Helga Henriette Hjørdis
Ingrid Iben Jytte Karoline Kamma Klara Lis Lise-Lotte Lykke Maja Malou Margrethe Merete Mie Nanna
Naja Nora Oda Pernille Rigmor Rikke Ruth Signe Sille Solveig Sol Stine Trine Tove Ulla Vibeke
Vigga Viola Yrsa Anne-Mette Birthe Conni Dorthe Ellinor Frida Gitte Hanne Inger Jonna Kirsten
Lene Marianne Nathalie Pia Rosa Sanne Tenna Ursula Vita Anne-Sofie Bettina Camilla Elsebeth
Hannah Karen Lærke Mette-Marie Randi Sara Susanne Tilde Winnie"""
)
IMM_FIRST = words(
    """
Emre Burak Elif Zeynep Kübra Serkan Aylin Deniz Cem Khalid Youssef Rania Samira Tariq
Layla Nour Bilal Hamza Aisha Fatima Abdirahman Hodan Ifrah Abdullahi Faadumo Mahad Imran Sana
Usman Hira Zainab Kashif Arash Shirin Dariush Neda Babak Katarzyna Agnieszka Paweł Krzysztof
Marta Łukasz Oksana Taras Olena Dmytro Iryna Bohdan Thanh Linh Quang Huong Minh Amra Edin Selma
Emir Jasmina Adnan Sathish Priya Kavitha Rajan Maricel Jun Rowena Yonas Senait Tesfaye Andreea
Ionuț Mihai Rūta Mindaugas Gulnara Aziz"""
)
NICKNAMES = words("Tobbe Basse Kalle Mikki Fie Nille Jojo Sus Stinne Lotte Mulle Kris Bimse Søs")
DK_SURNAMES = words(
    """
Abildgaard Agerskov Bach Bak Bech Bendtsen Bisgaard Bjerre Bonde Brask Brix Bruun
Bødker Dahl Dalsgaard Damgaard Degn Dreyer Dyhr Ebbesen Eskildsen Fabricius Fog Friis Frost Gade
Gram Grønbech Guldager Hald Hedegaard Hejlesen Hjort Holst Hove Hvid Højer Iversen Jeppesen Juhl
Juul Kamp Kirk Kjærsgaard Klit Kofoed Krog Kruse Kvist Lassen Leth Lind Lykkegaard Løvgreen
Malling Mogensen Mølgaard Nygaard Nørgaard Olesen Overgaard Post Poulsen Ravn Riis Rosenkilde
Rytter Schou Skaarup Skov Stampe Storgaard Svendsen Søgaard Tang Thorup Toft Tranberg Ulrich Vad
Vang Vinther Vestergaard Winther Wulff Yde Østergaard Aagaard Andersen Christensen Frederiksen
Hansen Jensen Jørgensen Kristensen Larsen Madsen Mortensen Nielsen Pedersen Rasmussen Sørensen
Thomsen Mikkelsen Lauridsen Halvorsen Buch Carstensen Bundgaard Thygesen Kjeldsen Hougaard Munk
Sloth Bang Busk Dam Lund Holm"""
)
IMM_SURNAMES = [
    *words(
        """
Kaya Demir Çelik Aydın Öztürk Arslan Al-Masri Haddad Khalil Mansour El-Sayed
Hussein Farah Mohamud Abdi Jama Osman Chaudhry Qureshi Butt Malik Akhtar Rahimi Hosseini Karimi
Tehrani Kowalczyk Wiśniewski Nowak Zielińska Lewandowski Kovalenko Bondarenko Tkachenko Melnyk
Tran Pham Le Hoang Vu Hodžić Begović Mehmedović Delić Sivakumar Ratnam Balasubramaniam Santos
Reyes Tesfamariam Gebremedhin Popescu Ionescu Kazlauskas"""
    ),
    "Dela Cruz",
    "Abu Zaid",
]

STEMS = words(
    """
Birke Ege Hassel Kirsebær Mølle Skole Kirke Strand Rønne Ahorn Lærke Vibe Drossel Fasan
Hjorte Ræve Hybe Kastanje Pile Lind Ask Bøge Enghave Mose Hede Kløver Valmue Syren Slåen Tjørne
Tranebær Humle Høg Stær Spurve Svane Falke Æble Blomme Pære Hvede Rug Byg Havre Toft Bakke"""
)
ENDINGS = words(
    """
vej gade stræde allé vænget toften parken haven bakken stien engen lunden kæret højen
ageren gyde plads"""
)
WHOLE_STREETS = words(
    """Nørregade|Vestergade|Østerbrogade|Gammel Kongevej|Ny Munkegade|Store Torv|
Gl. Køge Landevej|Sankt Hans Gade|Jagtvej|Frederikssundsvej|Amagerbrogade|Bülowsvej|Vesterbro|
Bredgade|Algade|Slotsgade|Torvegade|Søndergade|Nordre Ringvej|Lille Strandstræde|
Ny Østergade|Kongensgade|Vestre Allé|Skt. Mortens Gade|Åboulevarden|Randersvej|Viborgvej|
Kolding Landevej|Hobrovej|Boulevarden|Tietgensgade|Nyhavn|Dronningens Tværgade|Ryesgade|
Finsensvej|Roskildevej|Holbækmotorvejen""",
    "|",
)
PERSON_STREETS = (
    "H.C. Andersens Boulevard",
    "Niels Bohrs Allé",
    "Peter Bangs Vej",
    "Ole Rømers Gade",
    "Holger Danskes Vej",
    "Jens Baggesens Vej",
    "Anker Heegaards Gade",
    "Kong Hans Vej",
    "Dronning Olgas Vej",
    "Carl Nielsens Allé",
)
NAMED_ORGS = (
    "Jensens Bøfhus",
    "Carl Hansen & Søn",
    "Malermester Bo Friis ApS",
    "Brdr. Holst VVS",
    "Lund & Kjær Advokater",
    "Tandlæge Karen Bisgaard",
    "Frisør Lykke",
    "Bageriet Sofie & Co",
)
ORGS = words(
    """Fjordbanken|Nordkyst Forsikring|Sydhavn Pension|Lyngby Bolig|Hyttefad.dk|Kvist Inkasso|
Region Østjylland|Andelskassen Vest|Trygheden Forsikring|Bolighjørnet|Nordlys Energi|
PakkePosten|Skovly Skole|Børnehuset Mælkebøtten|Lægerne i Midtbyen""",
    "|",
)

POSTAL = words(
    """1050 København K|1620 København V|2100 København Ø|2200 København N|2300 København S|
2400 København NV|2450 København SV|2500 Valby|2600 Glostrup|2605 Brøndby|2610 Rødovre|
2620 Albertslund|2630 Taastrup|2650 Hvidovre|2670 Greve|2680 Solrød Strand|2700 Brønshøj|
2720 Vanløse|2730 Herlev|2750 Ballerup|2760 Måløv|2770 Kastrup|2791 Dragør|2800 Kongens Lyngby|
2820 Gentofte|2830 Virum|2840 Holte|2860 Søborg|2880 Bagsværd|2900 Hellerup|2920 Charlottenlund|
2950 Vedbæk|2970 Hørsholm|2990 Nivå|3000 Helsingør|3060 Espergærde|3100 Hornbæk|3200 Helsinge|
3250 Gilleleje|3300 Frederiksværk|3390 Hundested|3400 Hillerød|3450 Allerød|3460 Birkerød|
3480 Fredensborg|3500 Værløse|3520 Farum|3550 Slangerup|3600 Frederikssund|3650 Ølstykke|
3700 Rønne|3730 Nexø|3770 Allinge|4000 Roskilde|4040 Jyllinge|4100 Ringsted|4180 Sorø|
4200 Slagelse|4220 Korsør|4230 Skælskør|4300 Holbæk|4320 Lejre|4330 Hvalsø|4400 Kalundborg|
4450 Jyderup|4500 Nykøbing Sj|4560 Vig|4600 Køge|4640 Faxe|4660 Store Heddinge|4690 Haslev|
4700 Næstved|4720 Præstø|4760 Vordingborg|4780 Stege|4800 Nykøbing F|4850 Stubbekøbing|
4874 Gedser|4900 Nakskov|4930 Maribo|4990 Sakskøbing|5000 Odense C|5200 Odense V|5210 Odense NV|
5220 Odense SØ|5230 Odense M|5260 Odense S|5270 Odense N|5300 Kerteminde|5400 Bogense|
5450 Otterup|5500 Middelfart|5550 Langeskov|5560 Aarup|5600 Faaborg|5610 Assens|5700 Svendborg|
5750 Ringe|5800 Nyborg|5900 Rudkøbing|5960 Marstal|5970 Ærøskøbing|6000 Kolding|6040 Egtved|
6070 Christiansfeld|6100 Haderslev|6200 Aabenraa|6230 Rødekro|6240 Løgumkloster|6270 Tønder|
6300 Gråsten|6310 Broager|6330 Padborg|6400 Sønderborg|6430 Nordborg|6500 Vojens|6510 Gram|
6600 Vejen|6630 Rødding|6650 Brørup|6700 Esbjerg|6705 Esbjerg Ø|6710 Esbjerg V|6715 Esbjerg N|
6720 Fanø|6760 Ribe|6780 Skærbæk|6792 Rømø|6800 Varde|6840 Oksbøl|6857 Blåvand|6880 Tarm|
6900 Skjern|6920 Videbæk|6950 Ringkøbing|6960 Hvide Sande|7000 Fredericia|7080 Børkop|7100 Vejle|
7120 Vejle Øst|7130 Juelsminde|7160 Tørring|7190 Billund|7200 Grindsted|7300 Jelling|7323 Give|
7330 Brande|7400 Herning|7430 Ikast|7480 Vildbjerg|7500 Holstebro|7600 Struer|7620 Lemvig|
7680 Thyborøn|7700 Thisted|7730 Hanstholm|7760 Hurup Thy|7800 Skive|7830 Vinderup|7884 Fur|
7900 Nykøbing M|8000 Aarhus C|8200 Aarhus N|8210 Aarhus V|8220 Brabrand|8230 Åbyhøj|8240 Risskov|
8250 Egå|8260 Viby J|8270 Højbjerg|8300 Odder|8305 Samsø|8310 Tranbjerg J|8320 Mårslet|
8340 Malling|8355 Solbjerg|8361 Hasselager|8370 Hadsten|8381 Tilst|8382 Hinnerup|8400 Ebeltoft|
8410 Rønde|8450 Hammel|8464 Galten|8500 Grenaa|8520 Lystrup|8541 Skødstrup|8543 Hornslet|
8550 Ryomgård|8600 Silkeborg|8620 Kjellerup|8653 Them|8660 Skanderborg|8680 Ry|8700 Horsens|
8722 Hedensted|8740 Brædstrup|8766 Nørre Snede|8800 Viborg|8830 Tjele|8850 Bjerringbro|
8870 Langå|8900 Randers C|8920 Randers NV|8930 Randers NØ|8960 Randers SØ|8963 Auning|
9000 Aalborg|9200 Aalborg SV|9210 Aalborg SØ|9220 Aalborg Øst|9230 Svenstrup J|9240 Nibe|
9260 Gistrup|9270 Klarup|9300 Sæby|9310 Vodskov|9330 Dronninglund|9370 Hals|9400 Nørresundby|
9440 Aabybro|9480 Løkken|9492 Blokhus|9500 Hobro|9520 Skørping|9530 Støvring|9550 Mariager|
9560 Hadsund|9600 Aars|9640 Farsø|9670 Løgstør|9690 Fjerritslev|9700 Brønderslev|9760 Vrå|
9800 Hjørring|9850 Hirtshals|9870 Sindal|9900 Frederikshavn|9940 Læsø|9982 Ålbæk|
9990 Skagen|2640 Hedehusene|2660 Brøndby Strand|2690 Karlslunde|2740 Skovlunde|2765 Smørum|
2850 Nærum|2870 Dyssegård|2930 Klampenborg|2960 Rungsted Kyst|2980 Kokkedal|3050 Humlebæk|
3070 Snekkersten|3120 Dronningmølle|3230 Græsted|3310 Ølsted""",
    "|",
)

UNITS = words("nul en to tre fire fem seks syv otte ni")
TEENS = words("ti elleve tolv tretten fjorten femten seksten sytten atten nitten")
TENS = words("_ _ tyve tredive fyrre halvtreds tres halvfjerds firs halvfems")
MONTHS = words(
    """
januar februar marts april maj juni juli august september oktober november
december"""
)
MONTHS_EN = words(
    """
January February March April May June July August September October November
December"""
)
FLOOR_WORDS = ("stuen", "første sal", "anden sal", "tredje sal", "fjerde sal")
SIDE_WORDS = {"tv": "til venstre", "th": "til højre", "mf": "midtfor"}
OCR_SWAP = {"0": "O", "1": "l", "5": "S", "8": "B"}
IBAN_FORMAT = {"DK": "14n", "DE": "18n", "GB": "4a14n", "NL": "4a10n", "SE": "20n", "NO": "11n"}
IBAN_FORMAT |= {"PL": "24n", "LT": "16n", "ES": "20n", "FI": "14n", "BE": "12n", "AT": "16n"}
FOREIGN_PHONES = (
    "+44 7700 900{3}",
    "+46 70 {3} {2} {2}",
    "+31 6 {8}",
    "+90 5{2} {3} {2} {2}",
    "+48 {3} {3} {3}",
    "+234 80{1} {3} {4}",
    "+1 {3} 555 01{2}",
)

Slot = str | tuple[str, str]


class Span(TypedDict):
    start: int
    end: int
    type: str


class Document(TypedDict):
    id: str
    genre: str
    kind: str
    text: str
    spans: list[Span]


def spoken(n: int) -> str:
    """A number below 100 as Danish words ("femogfyrre", "nul fem" is up to the caller)."""
    if n < 10:
        return UNITS[n]
    if n < 20:
        return TEENS[n - 10]
    unit, ten = n % 10, TENS[n // 10]
    return f"{UNITS[unit]}og{ten}" if unit else ten


def say_digits(digits: str, one: str = "en") -> str:
    return " ".join(one if c == "1" else UNITS[int(c)] for c in digits)


def say_pairs(digits: str) -> str:
    pairs = [digits[i : i + 2] for i in range(0, len(digits), 2)]
    return " ".join(f"nul {UNITS[int(p[1])]}" if p[0] == "0" else spoken(int(p)) for p in pairs)


class Doc:
    """Text with labelled spans, built from literal chunks and (value, type) slots."""

    def __init__(self, noise: Callable[[str], str] | None = None) -> None:
        self.text = ""
        self.spans: list[Span] = []
        self.noise = noise

    def add(self, *chunks: Slot) -> Doc:
        for chunk in chunks:
            if isinstance(chunk, tuple):
                value, kind = chunk
                start = len(self.text)
                self.text += value
                self.spans.append({"start": start, "end": len(self.text), "type": kind})
            else:
                self.text += self.noise(chunk) if self.noise else chunk
        return self


@dataclass(frozen=True)
class Person:
    first: str
    last: str
    middle: str = ""

    @property
    def full(self) -> str:
        return " ".join(p for p in (self.first, self.middle, self.last) if p)

    def shown(self, r: random.Random) -> str:
        """The name in one of the ways Danes write it."""
        return r.choice(
            [
                self.full,
                self.full,
                f"{self.first} {self.last}",
                f"{self.first[0]}. {self.last}",
                f"{self.last}, {self.first}",
                f"{self.first} {self.last[0]}.",
            ]
        )


def ascii_fold(s: str) -> str:
    table = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "ü": "u", "ö": "o", "ç": "c"})
    folded = unicodedata.normalize("NFKD", s.lower().translate(table))
    return re.sub(r"[^a-z]", "", folded.encode("ascii", "ignore").decode())


class Maker:
    """Synthetic values, all drawn from one seeded random source."""

    def __init__(self, r: random.Random) -> None:
        self.r = r
        self.last_card = ""

    def digits(self, n: int) -> str:
        return "".join(self.r.choice("0123456789") for _ in range(n))

    def person(self) -> Person:
        r = self.r
        if r.random() < 0.22:
            return Person(r.choice(IMM_FIRST), r.choice(IMM_SURNAMES + DK_SURNAMES[:20]))
        first = r.choice(DK_MEN + DK_WOMEN)
        last = r.choice(DK_SURNAMES)
        roll = r.random()
        if roll < 0.12:
            last = f"{r.choice(DK_SURNAMES)}-{last}"
        elif roll < 0.22:
            last = f"{r.choice(DK_SURNAMES)} {last}"
        middle = r.choice(DK_SURNAMES) if 0.22 <= roll < 0.32 else ""
        if 0.32 <= roll < 0.37:
            middle = f"{r.choice('ABCDEFGHJKLMNPRST')}."
        return Person(first, last, middle)

    def birth(self, young: bool = False) -> date:
        lo, hi = (date(2008, 1, 1), date(2021, 6, 30)) if young else (date(1936, 1, 1), REF)
        hi = min(hi, REF - timedelta(days=18 * 365)) if not young else hi
        return lo + timedelta(days=self.r.randrange((hi - lo).days))

    def cpr(self, born: date | None = None) -> str:
        born = born or self.birth()
        yy = born.year % 100
        if born.year < 2000:
            seventh = self.r.choice("0123" + ("49" if born.year >= 1937 else ""))
        else:
            seventh = self.r.choice(("49" if yy <= 36 else "") + "5678")
        head = f"{born:%d%m}{yy:02d}"
        while True:
            number = head + seventh + self.digits(3)
            weights = (4, 3, 2, 7, 6, 5, 4, 3, 2, 1)
            if sum(w * int(c) for w, c in zip(weights, number, strict=True)) % 11:
                break
        sep = self.r.choices(["-", "", " ", "–"], [60, 20, 15, 5])[0]
        return number[:6] + sep + number[6:]

    def dob(self, born: date, english: bool = False) -> str:
        r = self.r
        if english:
            return r.choice(
                [
                    f"{MONTHS_EN[born.month - 1]} {born.day}, {born.year}",
                    f"{born.day} {MONTHS_EN[born.month - 1]} {born.year}",
                    f"{born:%d/%m/%Y}",
                ]
            )
        return r.choice(
            [
                f"{born:%d.%m.%Y}",
                f"{born.day}. {MONTHS[born.month - 1]} {born.year}",
                f"{born:%Y-%m-%d}",
                f"{born:%d-%m-%Y}",
                f"{born.day}/{born.month} {born.year}",
            ]
        )

    def phone(self, plain: bool = False) -> str:
        first = self.r.choice(["2", "3", "4", "5", "6", "7", "8", "9"])
        n = first + self.digits(7)
        if plain:
            return n
        pairs = " ".join(n[i : i + 2] for i in range(0, 8, 2))
        prefix = self.r.choices(["", "+45 ", "+45", "0045 "], [70, 18, 7, 5])[0]
        body = self.r.choices([pairs, n, f"{n[:4]} {n[4:]}"], [60, 25, 15])[0]
        return prefix + (n if prefix == "+45" else body)

    def foreign_phone(self) -> str:
        template = self.r.choice(FOREIGN_PHONES)
        return re.sub(r"\{(\d)\}", lambda m: self.digits(int(m[1])), template)

    def email(self, p: Person | None = None) -> str:
        p = p or self.person()
        first, last = ascii_fold(p.first), ascii_fold(p.last.split()[-1])
        local = self.r.choice(
            [
                f"{first}.{last}",
                f"{first}{last}{self.r.randint(60, 99)}",
                f"{first[0]}{last}",
                f"{first}_{last[0]}",
                f"{first}{self.r.randint(1, 999)}",
                f"{last}.{first}",
            ]
        )
        return f"{local}@{self.r.choice(EMAIL_DOMAINS)}"

    def street(self) -> str:
        r = self.r
        roll = r.random()
        if roll < 0.6:
            return r.choice(STEMS) + r.choice(ENDINGS)
        return r.choice(PERSON_STREETS) if roll < 0.7 else r.choice(WHOLE_STREETS)

    def house(self) -> tuple[str, str, str]:
        """(number with letter, floor, side) – floor and side may be empty."""
        r = self.r
        number = str(r.choices([r.randint(1, 40), r.randint(41, 250)], [4, 1])[0])
        if r.random() < 0.15:
            number += r.choice(["A", "B", "C", " B", "a"])
        if r.random() < 0.45:
            return number, "", ""
        floor = r.choice(["st", "1", "2", "3", "4", "kl"])
        return number, floor, r.choice(["tv", "th", "mf", ""])

    def address(self, lines: bool = False, town: bool = True) -> str:
        number, floor, side = self.house()
        text = f"{self.street()} {number}"
        if floor:
            style = self.r.choice(["{f}. {s}", "{f}.{s}.", "{f}. {s}."])
            level = style.format(f=floor, s=side).rstrip(" ,.") if side else floor + "."
            text += self.r.choice([", ", " "]) + level
        if not town:
            return text
        return text + ("\n" if lines else ", ") + self.r.choice(POSTAL)

    def spoken_address(self) -> str:
        number, floor, side = self.house()
        text = f"{self.street()} {number.replace(' ', '')}"
        if floor and floor != "kl":
            level = "stuen" if floor == "st" else FLOOR_WORDS[int(floor)]
            text += f" {level}" + (f" {SIDE_WORDS[side]}" if side else "")
        return text + (f" {self.r.choice(POSTAL)}" if self.r.random() < 0.6 else "")

    def account(self, together: bool = True) -> str:
        reg, konto = self.r.choice("1234569") + self.digits(3), self.digits(self.r.randint(7, 10))
        return f"{reg}{self.r.choice(['-', ' ', '-', ' - '])}{konto}" if together else konto

    def iban(self, country: str | None = None) -> str:
        cc = country or self.r.choice(list(IBAN_FORMAT))
        bban = ""
        for count, kind in re.findall(r"(\d+)([an])", IBAN_FORMAT[cc]):
            pool = "ABCDEFGHIJKLMNOPQRSTUVWXYZ" if kind == "a" else "0123456789"
            bban += "".join(self.r.choice(pool) for _ in range(int(count)))
        numeric = "".join(str(int(c, 36)) for c in bban + cc + "00")
        compact = f"{cc}{98 - int(numeric) % 97:02d}{bban}"
        if self.r.random() < 0.3:
            return compact
        return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))

    def card(self) -> str:
        prefix = self.r.choice(TEST_PREFIXES)
        size = 15 if prefix.startswith("37") else 16
        body = [int(c) for c in prefix + self.digits(size - len(prefix) - 1)]
        total = sum(sum(divmod(2 * d, 10)) if i % 2 == 0 else d for i, d in enumerate(body[::-1]))
        number = "".join(map(str, body)) + str(-total % 10)
        self.last_card = number
        if size == 15:
            return f"{number[:4]} {number[4:10]} {number[10:]}"
        sep = self.r.choice([" ", " ", "-", ""])
        return sep.join(number[i : i + 4] for i in range(0, 16, 4))

    def expiry(self) -> str:
        month, year = self.r.randint(1, 12), self.r.randint(2026, 2031)
        return self.r.choice(
            [f"{month:02d}/{year % 100}", f"{month:02d}/{year}", f"{month:02d}-{year % 100}"]
        )

    def cvv(self, card: str) -> str:
        return self.digits(4 if len(re.sub(r"\D", "", card)) == 15 else 3)

    def otp(self) -> str:
        return self.digits(self.r.choice([6, 6, 6, 4, 8]))

    def plate(self) -> str:
        letters = "".join(self.r.choice("ABCDEFGHJKLMNPRSTUVXYZ") for _ in range(2))
        n = f"{self.r.randint(10, 99)}{self.digits(3)}"
        return self.r.choice([f"{letters} {n[:2]} {n[2:]}", f"{letters}{n}", f"{letters} {n}"])

    def mitid(self, p: Person) -> str:
        first = ascii_fold(p.first)
        return self.r.choice(
            [
                f"{first}{self.r.randint(10, 99)}",
                f"{first[:3]}{ascii_fold(p.last)[:3]}{self.digits(2)}",
                f"{first}.{ascii_fold(p.last)}",
                f"mitid{self.digits(5)}",
            ]
        )

    def day(self) -> str:
        d = REF - timedelta(days=self.r.randrange(400))
        return self.r.choice([f"{d:%d.%m.%Y}", f"{d.day}. {MONTHS[d.month - 1]}", f"{d:%d/%m}"])

    def amount(self) -> str:
        kr = self.r.randint(2, 180) * self.r.choice([50, 100, 250])
        return f"{kr:,}".replace(",", ".") + self.r.choice([" kr.", ",00 kr", " DKK", " kr"])

    def ref(self, prefix: str = "") -> str:
        return prefix + self.digits(self.r.randint(6, 10))


def typos(r: random.Random, rate: float) -> Callable[[str], str]:
    """Chat noise on literal text: swapped and dropped letters, lower case, abbreviations."""
    short = {"telefon": "tlf", "venlig hilsen": "mvh", "angående": "ang.", "nummer": "nr"}

    def noisy(text: str) -> str:
        for long, abbrev in short.items():
            if r.random() < 0.6:
                text = text.replace(long, abbrev)
        chars = list(text)
        for i in range(len(chars) - 1):
            if chars[i].isalpha() and chars[i + 1].isalpha() and r.random() < rate:
                chars[i], chars[i + 1] = chars[i + 1], chars[i]
        return "".join(chars)

    return noisy


def ocr_text(r: random.Random) -> Callable[[str], str]:
    """OCR noise on literal text: l/1 and O/0 swaps in words, stray marks, broken words."""

    def noisy(text: str) -> str:
        out = []
        for ch in text:
            roll = r.random()
            if ch in "lo" and roll < 0.05:
                out.append("1" if ch == "l" else "0")
            elif ch == " " and roll < 0.03:
                out.append(r.choice([" | ", " ' ", "\n", " . "]))
            else:
                out.append(ch)
        return "".join(out)

    return noisy


def ocr_value(r: random.Random, value: str) -> str:
    return "".join(OCR_SWAP[c] if c in OCR_SWAP and r.random() < 0.25 else c for c in value)


# --- templates ------------------------------------------------------------------------------
# A template is a tuple of parts; a part starting "?0.6 " is kept with that probability.
# "{key}" is a fresh value of VALUES[key]; "{p1.first}" an attribute of the document's person
# p1 (PERSONAL); "{=a|b}" picks a literal; a trailing "!" gives a value OCR confusions.

POSITIVE: dict[str, tuple[int, str, list[tuple[str, ...]]]] = {
    "call_transcript": (9, "", [(
        "[00:00:0{nn}] agent: {org_lower} du taler med {p2.lower_first} hvad kan jeg hjælpe med\n"
        "[00:00:09] kunde: ja hej det er {p1.lower} jeg tror jeg er blevet snydt\n"
        "[00:00:15] agent: det er jeg ked af at høre må jeg få dit cpr nummer\n"
        "[00:00:21] kunde: ja det er {p1.cpr_said}\n",
        "?0.6 [00:00:40] agent: og hvilken adresse bor du på\n[00:00:44] kunde: {addr_said}\n",
        "[00:01:02] kunde: der ringede en fra {=et skjult nummer|et nummer der startede med plus "
        "fire fire|jer} og sagde han hed {man_lower} og at min konto var hacket han bad mig læse "
        "koden op fra appen og jeg sagde {otp_said}\n"
        "[00:01:20] agent: okay det må du aldrig gøre kan jeg ringe dig op på {phone_said}\n"
        "[00:01:26] kunde: ja eller min {=søns|datters} nummer {phone}\n",
        "?0.35 [00:01:50] kunde: jeg gav ham også kortnummeret {card_said}\n",
        "[00:02:05] agent: jeg spærrer kortet nu og opretter en sag til dig\n",
    )]),
    "support_chat": (9, "typo", [(
        "Chat startet {day}\n[{hh}:02] Kunde: hej jeg har fået en sms angående min mitid, den "
        "siger min konto er låst??\n[{hh}:03] {p2.first} (Kundeservice): Hej {p1.first}! Det lyder "
        "som phishing. Kan du bekræfte dit telefon nummer?\n[{hh}:04] Kunde: {phone}\n",
        "?0.45 [{hh}:05] Kunde: mit brugernavn er {p1.mitid} hvis i skal bruge det\n",
        "?0.45 [{hh}:06] Kunde: og min mail er {p1.email}\n",
        "?0.4 [{hh}:07] Kunde: jeg kom til at skrive min kode {otp} på siden :(\n",
        "?0.4 [{hh}:08] Kunde: cpr {p1.cpr} hvis det hjælper\n",
        "?0.4 [{hh}:09] Kunde: pengene gik fra min konto {account}\n",
        "?0.3 [{hh}:09] Kunde: de sendte dem videre til reg 9{n3} kto {konto}\n",
        "?0.3 [{hh}:10] Kunde: min mand {p3.shown} har samme bank\n",
        "[{hh}:11] Kundeservice: Tak, jeg har spærret adgangen. Ring 1813 hvis du er i tvivl.\n",
    )]),
    "police_report": (8, "", [(
        "ANMELDELSE – bedrageri\nJournalnr.: {journal}\n\nAnmelder: {p1.shown}\nCPR-nr.: {p1.cpr}\n"
        "Adresse: {addr_any}\nTlf.: {phone}\n\nForklaring:\nAnmelder oplyste, at {=hun|han} den "
        "{day} blev ringet op fra {phone_abroad} af en mand, der sagde han hed {man_full} fra "
        "{bank}. Anmelder overførte {amount} til konto {account} og oplyste sin MitID-kode "
        "{otp}.\n",
        "?0.6 \nVIDNEFORKLARING\nVidne: {p2.shown}, født {p2.dob}, {addr}\nVidnet så en hvid "
        "varebil med reg.nr. {plate} holde ved opgangen. Føreren blev kaldt {nick}.\n",
        "Sagsbehandler: politiassistent {p3.shown}\n",
    )]),
    "insurance_claim": (7, "", [(
        "Skadeanmeldelse – {=bilskade|indbrud|vandskade}\nPolicenr.: {n4}-{nn}{nn}-{ref}\n"
        "Forsikringstager: {p1.shown}\nCPR: {p1.cpr}\nAdresse: {addr}\nE-mail: {p1.email}\n"
        "Skadedato: {day}\n",
        "?0.6 Eget reg.nr.: {plate}\nModpart: {p2.shown}, tlf. {phone}, bil {plate}\n",
        "Beskrivelse: {=Bagende påkørt ved lyskryds.|Terrassedør brudt op, cykel stjålet.|"
        "Vaskemaskine lækket ned til underboen.}\nErstatning udbetales til: Reg.nr. {n4} Konto "
        "{konto}\n",
    )]),
    "debt_collection": (6, "", [(
        "{p1.full}\n{addr_block}\n\n{town}, {day}\n\nINKASSOMEDDELELSE\nSagsnr. K-{ref}\n\n"
        "Kære {p1.first}\nVi har modtaget din gæld til {org} på {amount} til inddrivelse. Beløbet "
        "skal være betalt inden 10 dage på reg.nr. {n4} konto {konto} eller med FI-kode "
        "+71<{fi}+{ref}<.\nDin sagsbehandler er {p2.shown}, tlf. {phone}, {p2.email}.\n",
        "?0.4 Vi har registreret dit CPR-nr. som {p1.cpr}. Er det forkert, så kontakt os.\n",
        "Med venlig hilsen\n{=Kvist Inkasso|Lund & Kjær Advokater}\n",
    )]),
    "aula_message": (6, "", [(
        "Fra: {p1.full} (Forælder til {p2.first} {klasse})\nTil: Forældre i {klasse}\nEmne: "
        "Fødselsdag\n\nHej alle\n{p2.gen} fødselsdag holdes lørdag kl. 13-16 hos os på {addr}. "
        "Svar gerne på sms til {phone} senest fredag.\n",
        "?0.4 PS: {p4.first} kan ikke tåle nødder, så vi laver alt uden.\n",
        "?0.3 Stamkort opdateret – fødselsdato {kid_dob}.\n",
        "Mange hilsner {p1.first} og {p3.first}\n",
    )]),
    "pension_statement": (5, "", [(
        "{=Sydhavn Pension|Trygheden Forsikring}\nPENSIONSOVERSIGT 2026\n\n{p1.full}\n"
        "{addr_block}\n\nCPR-nr.: {p1.cpr}\nFødselsdato: {p1.dob}\nPolicenr.: {ref}\n"
        "Indbetalt i år: {amount}\nDepot pr. 31.12.: {amount}\nForventet udbetaling fra "
        "{=67|68|69} år: {amount} pr. måned\nUdbetalinger går til NemKonto {account}.\n"
        "Begunstiget: {p2.shown}\n",
    )]),
    "rental": (7, "", [(
        "Lejlighed udlejes – {nn} vær., {n2} m²\nAdresse: {addr}\nHusleje {amount}/md. "
        "Depositum 3 mdr. Ledig fra 1. {month}.\nKontakt {p1.shown} på {phone} eller {p1.email}.\n",
        "?0.6 Jeg bor pt. i udlandet, så depositum sendes til IBAN {iban} i navnet {p1.full} – så "
        "sender jeg nøglerne med posten.\n",
    ), (
        "Kære {p1.shown}\n\nJeg skriver angående lejligheden på {addr}. Der er fugt i badeværelset "
        "igen, og håndværkeren fra {=Malermester Bo Friis ApS|Brdr. Holst VVS} kom aldrig. Jeg "
        "tilbageholder ikke huslejen, men beder om svar inden 14 dage.\n\nVenlig hilsen\n"
        "{p2.full}\nTlf. {phone}\n",
    )]),
    "romance_scam_chat": (6, "", [(
        "[{dd}/11/26, 21:14] {scammer}: Good evening my queen ❤️ did you sleep well?\n"
        "[{dd}/11/26, 21:16] {woman}: hej min skat, ja tak 😊\n"
        "[{dd}/11/26, 21:20] {scammer}: My agent will call you from {phone_abroad}. The customs "
        "want 2400 euro before they release my package. Please send to IBAN {iban_scam}, name "
        "{p2.shown}\n",
        "?0.7 [29/11/26, 21:31] {woman}: jeg kan ikke overføre så meget, men her er mit kort "
        "{card} udløb {expiry} cvv {cvv}\n",
        "[30/11/26, 08:02] {scammer}: Thank you darling, I love you 🌹\n",
    )]),
    "investment_scam_chat": (6, "", [(
        "Telegram · CoinVest Nordic Support\n{p2.full}: Hej {p1.first}, jeg er din personlige "
        "account manager. Din gevinst er nu 38.400 kr, men for at hæve skal du bekræfte din "
        "identitet.\n{p2.full}: Log ind via linket og skriv dit MitID bruger-ID her\n"
        "{p1.first}: {p1.mitid}\n{p2.full}: Perfekt. Du får nu en kode i appen, send den til mig\n"
        "{p1.first}: {otp}\n",
        "?0.6 {p2.first}: Gebyret på 1.950 kr betales med kort. Kortnr, udløb og kontrolcifre?\n"
        "{p1.first}: {card} {expiry} kontrolcifre {cvv}\n",
        "?0.5 {p2.first}: Indbetal 25.000 kr til vores klientkonto {iban}, så frigiver vi "
        "beløbet.\n",
    )]),
    "webshop": (7, "", [(
        "Ordrebekræftelse #{order}\nTak for din ordre, {p1.first}!\n\nLeveringsadresse:\n"
        "{p1.full}\n{addr_block}\nTelefon: {phone}\nE-mail: {p1.email}\n\nBetalt med Visa •••• "
        "{n4}\nVarenr. {n8} x 1\nTrack & trace: {n18}\n",
    ), (
        "Returformular – ordre {order}\nNavn: {p1.shown}\nE-mail: {p1.email}\nÅrsag: "
        "{=forkert størrelse|defekt ved levering|fortrudt køb}\nRefusion til konto (reg.nr. + "
        "kontonr.): {account}\nReturlabel sendt til {addr}\n",
    )]),
    "hospital_letter": (6, "", [(
        "{=HENVISNING til Ortopædkirurgisk Ambulatorium|EPIKRISE – Medicinsk Afdeling}\n"
        "Patient: {p1.shown}, CPR {p1.cpr}\nAdresse: {addr}\nTlf.: {phone}\n\nIndlagt {day}, "
        "udskrevet {day}. Diagnose: {=DS525 håndledsfraktur|DJ189 pneumoni|DI489 atrieflimren}.\n"
        "Egen læge: {p2.initial}, Lægerne i Midtbyen, {addr}\n",
        "?0.5 Pårørende: {=datter|søn|ægtefælle} {p3.full}, tlf. {phone}\n",
        "Med venlig hilsen\nlæge {p4.shown}\n",
    )]),
    "gdpr_request": (5, "", [(
        "Emne: Anmodning om indsigt (artikel 15)\n\nHej {org}\n\nJeg anmoder om indsigt i de "
        "personoplysninger, I behandler om mig, og om kopi af optagede samtaler.\n\n"
        "Navn: {p1.full}\nFødselsdato: {p1.dob}\nAdresse: {addr}\nKundenummer: {ref}\n"
        "E-mail: {p1.email}\n",
        "?0.4 Svar gerne via sikker post; I kan identificere mig på CPR {p1.cpr}.\n",
        "\nVenlig hilsen\n{p1.full}\n",
    )]),
    "expat_mail": (5, "", [(
        "Hi / Hej,\n\nMy name is {p1.full} and I moved to {town} in {month_en}. Undskyld mit "
        "danske. My CPR number is {p1.cpr} and my date of birth is {p1.dob_en}.\nMy new address: "
        "{addr}\nPlease transfer the deposit to my German account, IBAN {iban_de}.\n\n"
        "Best regards / Mvh\n{p1.first}\n{phone}\n",
    )]),
    "sms_thread": (7, "", [(
        "Mor: Hej skat, kan du ringe til {=Farmor|Mormor|Moster} {woman}? Hun har nyt nr: {phone}\n"
        "Mig: ja gør det i aften\nMor: Hun bor nu på {addr_any} 🏡\n"
        "{bank}: Din engangskode er {otp}. Del den aldrig med nogen.\n",
        "?0.5 {phone}: Hej mor, min telefon er gået i stykker, det her er mit nye nr. Kan du "
        "overføre 4.800 kr til {account}? Hilsen {nick}\n",
    )]),
    "ocr": (7, "ocr", [(
        "09:4{nn} ▮▮▮ 4G 62%\n< Beskeder\n{phone!}\nI dag {hh}:1{nn}\nKære kunde, vi mangler at "
        "verificere dit kort {card}. Svar med kortets udløb og CVC.\n{expiry} cvc {cvv}\n",
    ), (
        "{org}\nDato: {day}\n\n{p1.full}\n{addr_block}\n\nVedr. CPR-nr. {p1.cpr!}, født {p1.dob}\n"
        "Vi har ændret din udbetalingskonto til {account!}. Kontakt os på {phone!}.\n",
    )]),
}  # fmt: skip

NEGATIVE: dict[str, tuple[str, list[tuple[str, ...]]]] = {
    "webshop": ("", [(
        "Ordrebekræftelse #{order}\nTak for din ordre!\nVarenr. {n8}  1 stk.  {amount}\nBetalt "
        "med Mastercard •••• {n4}\nLevering til pakkeshop: {postal}\nTrack & trace: {n18}\n"
        "Skabskode til pakkeboksen: {n6}\nCVR {n8} · EAN 57{n11}\n",
    )]),
    "police_report": ("", [(
        "Politiet advarer: Svindlere ringer og udgiver sig for at være fra {bank}. Journalnr. "
        "{journal}. De beder om CPR-nummer i formatet DDMMÅÅ-XXXX og om koder. Læg på og ring 114. "
        "I nødstilfælde 112. Der var storm i nat ved {person_street}, så politiet kører ikke ud.\n",
    )]),
    "aula_message": ("", [(
        "Kære forældre i {klasse}\nHusk madpakke og overtøj til turen til {town} på {day}. Bussen "
        "kører kl. {=8|9|10}.15. Forældremøde i uge {n2}. Held og lykke med projektugen!\n"
        "Mvh. klasseteamet, {=Skovly Skole|Børnehuset Mælkebøtten}\n",
    )]),
    "pension_statement": ("", [(
        "PENSIONSOVERSIGT\nPolicenr.: {ref}\nKundenr.: {ref}\nIndbetalt: {amount}\nAfkast: "
        "{nn},{nn} %\nCPR-nr.: ******-{n4}\nKonto: reg.nr. {n4} (afdeling {town})\n"
        "FI-kode: +71<{fi}+{ref}<\n",
    )]),
    "support_chat": ("typo", [(
        "[{hh}:01] Kunde: hej jeg har fået en mistænkelig sms om en pakke, skal jeg betale?\n"
        "[{hh}:02] Kundeservice: Nej, slet den. Vi sender aldrig links i sms. Dit sagsnr. er "
        "S-{ref}.\n[{hh}:03] Kunde: ok tak. den kom fra 1919 og bad om kortnr og udløb\n"
        "[{hh}:04] Kundeservice: Godt du spurgte. Ring evt. 1813 eller {named_org} – god aften!\n",
    )]),
    "rental": ("", [(
        "Ledig 2-værelses på {any_street} i {town}, {n2} m², {=2. sal|stuen|1. sal med altan}. "
        "Husleje {amount}, aconto varme {amount}. Bo i et roligt område tæt på {named_org}. "
        "Fremvisning søndag kl. 11.\n",
    )]),
    "sms_thread": ("", [(
        "Mor: Er du hjemme til aftensmad kl. {=17|18|19}.{=00|30}?\nMig: ja 👍\nFar: Husk at "
        "{named_org} har tilbud\nFarmor: Tillykke med dagen skat ❤️ held og lykke\n{bank}: Vi "
        "skriver aldrig og beder om din kode. Din kode gælder kun til log-in.\n",
    )]),
    "hospital_letter": ("", [(
        "Indkaldelse\nDu er indkaldt til {=blodprøve|røntgen|samtale} {day} kl. {=8|10|13}."
        "{=00|15|30|45} i {=Ambulatorium A|Røntgen|Klinik 3}, indgang {n2}, {postal}. Medbring "
        "sundhedskort og medicinliste. Afbud senest 24 timer før. Dit henvisningsnr. er {ref}.\n",
    )]),
    "expat_mail": ("", [(
        "Hi / Hej,\nWhere do I find my CPR number? The form says DDMMYY-XXXX and asks for an IBAN "
        "like DKkk BBBB CCCC CCCC CC. I live near {person_street} in {town}. Thanks / Tak!\n",
    )]),
    "ocr": ("ocr", [(
        "Faktura nr. {ref}\nDato: {day}\nBeløb: {amount}\nBetalingsfrist: 8 dage\nCVR: {n8}\n"
        "Kortnummer: **** **** **** {n4}\nReference: R{ref}\n",
    )]),
    "call_transcript": ("", [(
        "[00:00:03] agent: {org_lower} hvad kan jeg hjælpe med\n[00:00:08] kunde: ja jeg har fået "
        "en regning på {=to|tre|fire|otte} tusind {=fem|seks|ni} hundrede kroner som jeg ikke "
        "forstår\n[00:00:19] agent: har du et sagsnummer\n[00:00:22] kunde: ja det er "
        "{case_said}\n[00:00:30] agent: tak det er en fejl fra vores side vi ringer tilbage i "
        "morgen mellem {=otte|ni|ti} og {=tretten|fjorten|femten}\n[00:00:41] kunde: fint og held "
        "og lykke med det\n",
    )]),
    "romance_scam_chat": ("", [(
        "[{dd}/10/26, 22:1{nn}] Ukendt: Hello dear, I am a UN doctor in {=Syria|Yemen|Mali} 🌹\n"
        "[{dd}/10/26, 22:2{nn}] Mig: hvem er du?\n[{dd}/10/26, 22:3{nn}] Ukendt: Please buy {nn} "
        "Steam gift cards of {=50|100|150} euro and send photo of the back. God bless\n"
        "[{dd}/10/26, 22:4{nn}] Mig: nej tak, jeg har anmeldt dig. Du er blokeret.\n",
    )]),
    "insurance_claim": ("", [(
        "SKADEANMELDELSE ({=bil|indbo|rejse})\nPolicenr.: ______________\nNavn: [udfyldes]\n"
        "CPR-nr.: DDMMÅÅ-XXXX\nReg.nr. (bil): __ __ ___\nSkadedato: {day}\nSelvrisiko: {amount}\n"
        "Anmeldes senest {=14|30|60} dage efter skaden. Kontakt {=Nordkyst|Trygheden} Forsikring "
        "på 70-nummeret i appen.\n",
    )]),
    "gdpr_request": ("", [(
        "Vedr. din anmodning om indsigt – sagsnr. DPO-{ref}\n\nVi har modtaget din anmodning den "
        "{day} og svarer senest {=30|60} dage efter. Vi behandler navn, adresse, kundenummer og "
        "samtaleoptagelser i {nn} år. Klage kan indgives til Datatilsynet via datatilsynet.dk.\n"
        "Med venlig hilsen\nDatabeskyttelsesrådgiveren, {org}\n",
    )]),
}  # fmt: skip

SCAMMERS = ("Richard", "James Miller", "Mark Anderson", "Kevin", "Daniel Wilson")
CACHED = {"hh", "dd", "org", "bank", "klasse", "scammer", "woman"}


def said_cpr(m: Maker, born: date) -> str:
    number = re.sub(r"\D", "", m.cpr(born))
    return m.r.choice(
        [
            f"{say_digits(number[:6])} streg {say_digits(number[6:])}",
            say_digits(number, m.r.choice(["en", "et"])),
            f"{say_pairs(number[:6])} {say_pairs(number[6:])}",
        ]
    )


def said_card(m: Maker) -> str:
    number = re.sub(r"\D", "", m.card())
    return " ".join(say_digits(number[i : i + 4]) for i in range(0, len(number), 4))


def said_phone(m: Maker) -> str:
    number = m.phone(plain=True)
    return say_pairs(number) if m.r.random() < 0.6 else say_digits(number)


def genitive(name: str) -> str:
    return name if name[-1] in "sxz" else name + "s"


# key -> (label type or None, maker); a person's attributes take the person and birth date
VALUES: dict[str, tuple[str | None, Callable[[Maker], str]]] = {
    "addr": ("ADDRESS", lambda m: m.address()),
    "addr_block": ("ADDRESS", lambda m: m.address(lines=True)),
    "addr_any": ("ADDRESS", lambda m: m.address(m.r.random() < 0.4, m.r.random() < 0.7)),
    "addr_said": ("ADDRESS", Maker.spoken_address),
    "phone": ("PHONE", lambda m: m.phone()),
    "phone_said": ("PHONE", said_phone),
    "phone_abroad": ("PHONE", Maker.foreign_phone),
    "account": ("BANK_ACCOUNT", lambda m: m.account()),
    "konto": ("BANK_ACCOUNT", lambda m: m.account(together=False)),
    "iban": ("IBAN", lambda m: m.iban()),
    "iban_de": ("IBAN", lambda m: m.iban("DE")),
    "iban_scam": ("IBAN", lambda m: m.iban(m.r.choice(["GB", "LT", "NL", "ES"]))),
    "card": ("CARD", Maker.card),
    "card_said": ("CARD", said_card),
    "expiry": ("CARD_EXPIRY", Maker.expiry),
    "cvv": ("CARD_CVV", lambda m: m.cvv(m.last_card)),
    "otp": ("OTP", Maker.otp),
    "otp_said": ("OTP", lambda m: say_digits(m.otp())),
    "plate": ("NUMBER_PLATE", Maker.plate),
    "kid_dob": ("DATE_OF_BIRTH", lambda m: m.dob(m.birth(young=True))),
    "nick": ("PERSON", lambda m: m.r.choice(NICKNAMES)),
    "woman": ("PERSON", lambda m: m.r.choice(DK_WOMEN + IMM_FIRST[:12])),
    "man_lower": ("PERSON", lambda m: m.r.choice(DK_MEN).lower()),
    "man_full": ("PERSON", lambda m: f"{m.r.choice(DK_MEN)} {m.r.choice(DK_SURNAMES)}"),
    "scammer": ("PERSON", lambda m: m.r.choice(SCAMMERS)),
    "day": (None, Maker.day),
    "amount": (None, Maker.amount),
    "ref": (None, lambda m: m.ref()),
    "order": (None, lambda m: m.r.choice(["DK", "HF", ""]) + m.digits(6)),
    "journal": (None, lambda m: f"{m.digits(4)}-{m.digits(5)}-{m.digits(5)}-26"),
    "fi": (None, lambda m: m.digits(15)),
    "case_said": (None, lambda m: say_digits(m.digits(6))),
    "org": (None, lambda m: m.r.choice(ORGS)),
    "org_lower": (None, lambda m: m.r.choice(ORGS).lower()),
    "bank": (None, lambda m: m.r.choice(ORGS[:3])),
    "named_org": (None, lambda m: m.r.choice(NAMED_ORGS)),
    "person_street": (None, lambda m: m.r.choice(PERSON_STREETS)),
    "any_street": (None, lambda m: m.r.choice([*PERSON_STREETS, *WHOLE_STREETS])),
    "town": (None, lambda m: m.r.choice(POSTAL)[5:]),
    "postal": (None, lambda m: m.r.choice(POSTAL)),
    "month": (None, lambda m: m.r.choice(MONTHS)),
    "month_en": (None, lambda m: m.r.choice(MONTHS_EN)),
    "klasse": (None, lambda m: f"{m.r.randint(0, 9)}.{m.r.choice('ABCD')}"),
    "hh": (None, lambda m: str(m.r.randint(8, 21))),
    "dd": (None, lambda m: str(m.r.randint(10, 28))),
    "nn": (None, lambda m: str(m.r.randint(1, 9))),
    "n2": (None, lambda m: str(m.r.randint(10, 99))),
    **{f"n{k}": (None, partial(Maker.digits, n=k)) for k in (3, 4, 6, 8, 11, 18)},
}
PERSONAL: dict[str, tuple[str, Callable[[Maker, Person, date], str]]] = {
    "full": ("PERSON", lambda m, p, b: p.full),
    "first": ("PERSON", lambda m, p, b: p.first),
    "lower": ("PERSON", lambda m, p, b: p.full.lower() if m.r.random() < 0.6 else p.full),
    "lower_first": ("PERSON", lambda m, p, b: p.first.lower()),
    "shown": ("PERSON", lambda m, p, b: p.shown(m.r)),
    "initial": ("PERSON", lambda m, p, b: f"{p.first[0]}. {p.last}"),
    "gen": ("PERSON", lambda m, p, b: genitive(p.first)),
    "email": ("EMAIL", lambda m, p, b: m.email(p)),
    "mitid": ("MITID_USER", lambda m, p, b: m.mitid(p)),
    "cpr": ("CPR", lambda m, p, b: m.cpr(b)),
    "cpr_said": ("CPR", lambda m, p, b: said_cpr(m, b)),
    "dob": ("DATE_OF_BIRTH", lambda m, p, b: m.dob(b)),
    "dob_en": ("DATE_OF_BIRTH", lambda m, p, b: m.dob(b, english=True)),
}


def render(m: Maker, parts: tuple[str, ...], noise: str) -> Doc:
    """One document from a template: optional parts drawn, placeholders filled."""
    r = m.r
    doc = Doc({"typo": typos(r, 0.03), "ocr": ocr_text(r)}.get(noise))
    people: dict[str, tuple[Person, date]] = {}
    cache: dict[str, str] = {}
    for part in parts:
        if (opt := re.match(r"\?(\d?\.\d+) ", part)) and r.random() >= float(opt[1]):
            continue
        for i, piece in enumerate(re.split(r"\{([^{}]+)\}", part[opt.end() if opt else 0 :])):
            if not i % 2:
                doc.add(piece)
                continue
            key, ocr = piece.rstrip("!"), piece.endswith("!")
            if key.startswith("="):
                doc.add(r.choice(key[1:].split("|")))
                continue
            if "." in key:
                who, attr = key.split(".")
                if who not in people:
                    people[who] = (m.person(), m.birth())
                kind, make = PERSONAL[attr]
                value = make(m, *people[who])
            else:
                label, fresh = VALUES[key]
                value = cache[key] if key in cache else fresh(m)
                cache.update({key: value} if key in CACHED else {})
                if label is None:
                    doc.add(value)
                    continue
                kind = label
            doc.add((ocr_value(r, value) if ocr else value, kind))
            if key.endswith(".gen") and value == people[key.split(".")[0]][0].first:
                doc.add("'")  # "Johannes' fødselsdag"
    return doc


def generate(seed: int = SEED, size: int = SIZE) -> list[Document]:
    r = random.Random(seed)
    m = Maker(r)
    negatives = round(size * NEGATIVE_SHARE)
    kinds = ["negative"] * negatives + ["positive"] * (size - negatives)
    r.shuffle(kinds)
    genres, weights = list(POSITIVE), [weight for weight, _, _ in POSITIVE.values()]
    docs: list[Document] = []
    for i, kind in enumerate(kinds):
        if kind == "negative":
            genre = r.choice(list(NEGATIVE))
            noise, variants = NEGATIVE[genre]
        else:
            genre = r.choices(genres, weights)[0]
            _, noise, variants = POSITIVE[genre]
        doc = render(m, r.choice(variants), noise)
        docs.append(
            {
                "id": f"b6-{i:04d}",
                "genre": genre,
                "kind": kind,
                "text": doc.text,
                "spans": doc.spans,
            }
        )
    return docs


def main(argv: list[str]) -> None:
    target = Path(argv[0]) if argv else Path(__file__).parent / "data" / "pii_blind6.jsonl"
    rows = (json.dumps(doc, ensure_ascii=False) for doc in generate())
    target.write_text("".join(row + "\n" for row in rows), encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1:])
