"""A seventy-seventh blind, seeded generator of Danish text with labelled personal data.

Written without looking at the recognisers, their word lists or the earlier generators' bodies,
as a held-out test set with its own names, streets and towns. Its theme is the COMPLIANCE DESK
of a crypto exchange (Myntværket A/S) and an online investment platform (Kapitalkompasset ApS),
in eight genres: a KYC file (the customer "Surname, Given", the name on the ID document in
CAPITALS, birth date, CPR, the address on one line or two, phone, e-mail, the MitID user ID used
at onboarding, the payout account), a romance-investment victim's complaint by e-mail (the
"boyfriend's" name, a "rådgiver" who called, a foreign IBAN, a pasted WhatsApp exchange in
"[21:14] Name: ..." lines), a note on a fake "recovery" firm (the card, expiry and CVV and a
one-time code the victim gave away, the firm's fiction-range phone, the desk's reply "Kære
Pia ... Mvh Marianne"), a support chat ("[14:02] Name: ..." lines; customers type in lower case),
an e-mail thread with a bank about a returned transfer (return codes such as AC04), a report to
Hvidvasksekretariatet, a call note and a transaction-monitoring alert (card deposits, wallet
withdrawals). Wallet addresses (bc1q..., 0x..., T...) and transaction hashes are everywhere and
are never personal data. The names are those of Danes of all ages, Danes with roots elsewhere
("Zainab Yilmaz", "Andrii Hussein"), double surnames ("Holm-Nielsen", "Bak Jensen"), the
scammers' chosen names ("Sebastian Meyer") and the organisations' own staff.

Conventions (exact offsets are scored):
- PERSON is a name as written, without title or role ("sagsbehandler", "analytiker"); "Holm,
  Mette Louise" is one span, as are "METTE LOUISE HOLM", "Mette K. Holm", "M. Holm" and "Sara
  K."; a genitive s belongs to it ("Mettes"); a lower-case name typed in a chat ("mette holm",
  "tak jonas") is PERSON; a given name alone after a greeting or sign-off ("Hej Mette", "Mvh
  Jonas", "/Jonas") is PERSON. A scammer's alias ("præsenterede sig som Lucas fra Refund Desk")
  is PERSON by its name only, the unit is not. Organisations, banks, products, recovery firms,
  pseudonyms ("Kunde A", "Medarbejder 1", "Person X") and family words ("min datter") are never
  PERSON.
- ADDRESS is a private person's address: street, number, letter ("14B"), floor and side ("2.
  tv.", "st. mf.") and ", postcode town" on the same line or on the next line of an address block
  (line break included); every one here has its postcode and town. An organisation's own postal
  address (the exchange's, the platform's, a bank's, a recovery firm's, in letterheads,
  signatures and reports: "Åboulevarden 22, 8000 Aarhus C") is not personal data and is NEVER
  labelled; the private streets and the organisations' streets are kept apart.
- CPR numbers are synthetic. Each has a real birth date and a seventh digit that suits its
  century (0 to 3 for 1938-1999, 4 for 2000-2005), an odd last digit for men and even for women,
  and a serial chosen so the number FAILS modulus 11. Written "DDMMYY-SSSS", "DDMMYYSSSS", "DD MM
  YY SSSS" or "DDMMYY SSSS". A DATE_OF_BIRTH ("4. juni 1952", "04.06.1952", "4/6-1952",
  "04-06-1952") is labelled only straight after "født" or "Fødselsdato:"; no other date, expiry
  date of an ID document or clock time is ever labelled.
- PHONE covers Danish numbers of 8 digits from mobile and landline ranges (70 and 80 never occur
  as personal numbers), written "+45 20304050", "+45 20 30 40 50", "+45 2030 4050", "2030 4050",
  "(+45) 20 30 40 50", "0045 20304050", "20 30 40 50", "20304050", "+4520304050" or
  "20.30.40.50", the country code (with its brackets) inside the span, and the scammers' foreign
  numbers from fiction-reserved ranges only, "+44 7700 900xxx" and "+46 70 174 06 xx" (xx 05-99).
  The organisations' 70/80 lines and "114" are never PHONE.
- EMAIL: every unmasked e-mail address (all on example.* domains), each occurrence, staff's and
  the organisations' mailboxes ("klager@kapitalkompasset.example.dk") too.
- BANK_ACCOUNT: reg.nr. and account written together ("1234-0012345678", "1234 8450278") are one
  span; where the reg.nr. has its own words ("reg.nr. 9353, kontonr. 6751317512", "reg. 1250
  konto 0040979469") only the account is the span. IBAN (DK, DE, LT, EE, GB, NL, ES, CY): valid
  check digits and the country's length (IBAN_LENGTH), grouped by four or compact. CARD:
  Luhn-valid, 16 digits with a published test prefix (TEST_PREFIXES), grouped by four or compact;
  CARD_EXPIRY "MM/YY" or "MM/YYYY"; CARD_CVV 3 digits after "CVV", "cvc" or "kontrolcifre". OTP:
  a one-time code given away (6 or 8 digits); MITID_USER a MitID user ID given as such. No
  passport, ID-card or driving-licence number occurs unmasked; no number plates occur.
- Hard negatives, never labelled: amounts ("12.500 kr.", "kr. 59.450", "36.900,00 kr.") and coin
  amounts ("0,5910 ETH", "75.750 USDT"), dates and clock times ("02.10.2026", "kl. 21.47",
  "[14:02]", "2026-09-13 12:50"), case numbers ("KYC-26-04817", "KLG-", "SAG-", "CHAT-", "RT-",
  "SAR-", "ALERT-26-05726"), tracking numbers ("RR123456789DK"), SEPA return codes, wallet
  addresses and transaction hashes, CVR numbers ("CVR-nr. 41827365"), masked values
  ("040652-xxxx", "+45 ** ** ** 31", "a***@example.dk", "**** **** **** 1111", "******4417",
  "DK71XXXXXXXXXX0932", "**/**"), the organisations' 70/80 lines, names and addresses, banks,
  products and family words. Documents of kind "negative" are the same genres after
  pseudonymisation: only such values, stand-ins ("[NAVN]", "[ADRESSE]", "[TLF]", "[e-mail]",
  "[kontonr.]", "[kode]", "[CPR]") and pseudonyms remain. No run of ten or more digits occurs
  outside a labelled identifier (wallets and hashes hold no run of five digits).

Each document is {"id", "genre", "kind", "text", "spans": [{"start", "end", "type"}]}.
``python -m bench.pii_blind76 OUT.jsonl`` writes the set; ``generate()`` returns it.
"""

from __future__ import annotations

import json
import random
import sys
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

SIZE = 1000
NEGATIVES = 350
SEED = "pii_blind76"
GENRES = (
    "kyc_fil",
    "romance_klage",
    "recovery_notat",
    "chat",
    "bank_mail",
    "underretning",
    "opkaldsnotat",
    "transaktionsalarm",
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
)

WOMEN = (
    "Mette", "Anne-Sofie", "Karen", "Hanne", "Birgitte", "Lene", "Susanne", "Pia", "Tina",
    "Camilla", "Louise", "Maja", "Emma", "Ida", "Freja", "Clara", "Signe", "Sofie", "Astrid",
    "Karoline", "Gudrun", "Ingeborg", "Edel", "Ragnhild", "Tove", "Dagny", "Oda", "Esther",
    "Vibeke", "Bodil", "Gunhild", "Sigrid", "Thyra", "Inger", "Grethe", "Jytte", "Ulla",
    "Marianne", "Rikke", "Trine", "Nanna", "Cecilie", "Malene", "Dorthe", "Kirsten", "Merete",
    "Helle", "Lise", "Anne-Mette", "Marie-Louise", "Fatima", "Aisha", "Zainab", "Amina",
    "Yasmin", "Leyla", "Maryam", "Dilan", "Elif", "Zeynep", "Agnieszka", "Katarzyna", "Olena",
    "Iryna", "Priya", "Hodan", "Sahra", "Hiba", "Linh", "Parisa", "Shirin", "Nour",
)  # fmt: skip
MEN = (
    "Jonas", "Lars", "Søren", "Henrik", "Jens", "Niels", "Peter", "Michael", "Thomas", "Martin",
    "Rasmus", "Anders", "Morten", "Kasper", "Frederik", "Mads", "Emil", "Oliver", "Noah",
    "Magnus", "Malthe", "Villads", "Hjalte", "Eskild", "Aksel", "Bjarke", "Gorm", "Holger",
    "Valdemar", "Asger", "Knud", "Torben", "Carsten", "Svend", "Palle", "Leif", "Flemming",
    "Egon", "Verner", "Aage", "Karl-Emil", "Hans-Henrik", "Jens-Ole", "Mohammed", "Ahmad",
    "Omar", "Bilal", "Yusuf", "Emre", "Mehmet", "Kerem", "Tariq", "Arash", "Reza", "Karim",
    "Piotr", "Tomasz", "Andrii", "Dmytro", "Jamal", "Sami", "Tuan", "Rajesh", "Abdirahman",
    "Kofi", "Per-Erik", "Ejnar",
)  # fmt: skip
SURNAMES = (
    "Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen",
    "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen", "Thomsen",
    "Christiansen", "Poulsen", "Johansen", "Møller", "Mortensen", "Knudsen", "Jakobsen",
    "Mikkelsen", "Frederiksen", "Laursen", "Henriksen", "Lauridsen", "Kjeldsen", "Svendsen",
    "Iversen", "Østergaard", "Jeppesen", "Vestergaard", "Nissen", "Dalsgaard", "Bertelsen",
    "Clausen", "Overgaard", "Thygesen", "Villadsen", "Thorsen", "Bundgaard", "Skov", "Bak",
    "Lund", "Holm", "Dam", "Krog", "Kjær", "Bech", "Juhl", "Friis", "Brandt", "Winther",
    "Berg", "Schmidt", "Bruun", "Hviid", "Mølgaard", "Nygaard", "Engel", "Fisker", "Buch",
    "Ravn", "Riis", "Yilmaz", "Demir", "Hussein", "Ahmadi", "Rahimi", "Abdi", "Nowak",
    "Kowalski", "Nguyen", "Tran", "Shevchenko", "Khan", "Karimi", "Mohamud", "Skov-Petersen",
    "Bak Jensen", "Holm-Nielsen", "Dam-Madsen", "Krog Andersen", "Lund-Hansen",
    "Kjær Thomsen", "Friis-Mikkelsen", "Juhl-Sørensen", "Bech Olsen", "Ravn-Kristensen",
    "Winther Lauridsen",
)  # fmt: skip
# the names scammers give themselves on dating sites and on the phone
ALIAS_GIVEN = (
    "Lucas", "Daniel", "Alexander", "Sebastian", "Victor", "Sophia", "Isabella", "Richard",
    "Jonathan", "Elena", "Nathalie", "Benjamin", "Adrian", "Charlotte", "Patrick", "Julian",
)  # fmt: skip
ALIAS_SURNAMES = (
    "Meyer", "Weber", "Whitfield", "Laurent", "Petrova", "Hale", "Coleman", "Moreau",
    "Keller", "Lindqvist", "Fontaine", "Carter",
)  # fmt: skip
ALIAS_UNITS = (
    "Kundeservice", "Sikkerhedsteamet", "Recovery-afdelingen", "Refund Desk", "Wallet Support",
    "Juridisk afdeling", "Account Management", "Fraud-afdelingen", "Investeringsteamet",
)  # fmt: skip
FAMILY = (
    "min mand", "min kone", "min datter", "min søn", "min mor", "min far", "min bror",
    "min søster", "mit barnebarn", "min svigersøn",
)  # fmt: skip
PSEUDONYMS = (
    "Kunde A", "Kunde B", "Medarbejder 1", "Medarbejder 2", "Rådgiver 1", "Person X",
)  # fmt: skip

# private streets and towns (real postcodes); organisations' streets are kept apart
STREETS = (
    "Rønnebærvej", "Solsikkevej", "Vibevej", "Fasanvej", "Egernvej", "Kastanjealle", "Ahornvej",
    "Pilevej", "Hasselvej", "Birkevænget", "Tjørnevej", "Mågevej", "Svanevej", "Spurvevej",
    "Søndergade", "Nørregade", "Østergade", "Kirkevej", "Skolevej", "Møllevej", "Engvej",
    "Toftevej", "Kløvervej", "Lærkevej", "Stationsvej", "Rosenvænget", "Granvej", "Bøgevej",
    "Elmevej", "Violvej", "Poppelvej", "Valmuevej", "Agervej", "Humlevej", "Hejrevej",
    "Gøgevej", "Drosselvej", "Teglværksvej", "Syrenvej", "Havrevej",
)  # fmt: skip
TOWNS = (
    ("8000", "Aarhus C"), ("8210", "Aarhus V"), ("8260", "Viby J"), ("5000", "Odense C"),
    ("5220", "Odense SØ"), ("9000", "Aalborg"), ("9200", "Aalborg SV"), ("7100", "Vejle"),
    ("6700", "Esbjerg"), ("4000", "Roskilde"), ("2300", "København S"), ("2200", "København N"),
    ("2400", "København NV"), ("2720", "Vanløse"), ("2650", "Hvidovre"), ("2605", "Brøndby"),
    ("2630", "Taastrup"), ("2800", "Kongens Lyngby"), ("3400", "Hillerød"), ("3000", "Helsingør"),
    ("4600", "Køge"), ("4700", "Næstved"), ("4200", "Slagelse"), ("8600", "Silkeborg"),
    ("8700", "Horsens"), ("7400", "Herning"), ("6000", "Kolding"), ("8900", "Randers"),
    ("5700", "Svendborg"), ("6400", "Sønderborg"), ("9800", "Hjørring"), ("7500", "Holstebro"),
    ("8800", "Viborg"), ("4800", "Nykøbing F"), ("3700", "Rønne"), ("6100", "Haderslev"),
    ("8300", "Odder"), ("7800", "Skive"), ("9700", "Brønderslev"), ("4300", "Holbæk"),
)  # fmt: skip

EXCHANGE = "Myntværket A/S"
PLATFORM = "Kapitalkompasset ApS"
RECOVERY_FIRMS = (
    "FundsBack Legal Ltd", "Asset Recovery Partners", "Nordic Claims Bureau",
    "ChainTrace Solicitors", "Reclaim Crypto Group",
)  # fmt: skip
BANKS = (
    "Sundbanken", "Kystbanken", "Andelskassen Fyn", "Nørrebro Sparekasse", "Baltic Pay UAB",
    "Lumen Bank AG", "Revio Payments Ltd",
)  # fmt: skip
COMPANIES = (EXCHANGE, PLATFORM, *RECOVERY_FIRMS, "Hvidvasksekretariatet", "Finanstilsynet")
PRODUCTS = ("MitID", "AnyDesk", "TeamViewer", "WhatsApp", "Telegram", "MobilePay", "Tinder")
# an organisation's own postal address is not personal data and is never labelled
ORG_ADDRESSES = {
    EXCHANGE: "Kalkbrænderiløbskaj 4, 2100 København Ø",
    PLATFORM: "Åboulevarden 22, 8000 Aarhus C",
    "Sundbanken": "Jernbanegade 11, 5000 Odense C",
    "Kystbanken": "Strandvejen 142, 2900 Hellerup",
    "Andelskassen Fyn": "Torvet 3, 5600 Faaborg",
    "Nørrebro Sparekasse": "Nørrebrogade 66, 2200 København N",
    "FundsBack Legal Ltd": "41 Clerkenwell Road, London EC1M 5RS",
    "Asset Recovery Partners": "Kungsgatan 18, 111 35 Stockholm",
    "Nordic Claims Bureau": "Amagertorv 9, 1160 København K",
    "ChainTrace Solicitors": "Bredgade 30, 1260 København K",
    "Reclaim Crypto Group": "Havnepromenaden 7, 9000 Aalborg",
}
ORG_LINES = (
    "70 27 18 40", "70 11 24 68", "80 20 14 14", "70 15 53 00", "80 33 12 12", "70 22 90 90",
)  # fmt: skip
BANK_LINES = {
    "Sundbanken": "70 11 24 68",
    "Kystbanken": "70 15 53 00",
    "Andelskassen Fyn": "70 22 90 90",
    "Nørrebro Sparekasse": "80 33 12 12",
}
CVR = {EXCHANGE: "41827365", PLATFORM: "39154287", "Nordic Claims Bureau": "43018826"}
DANISH_BANKS = ("Sundbanken", "Kystbanken", "Andelskassen Fyn", "Nørrebro Sparekasse")
FOREIGN_BANKS = ("Baltic Pay UAB", "Lumen Bank AG", "Revio Payments Ltd")

WEIGHTS = (4, 3, 2, 7, 6, 5, 4, 3, 2, 1)
TEST_PREFIXES = ("4111", "4012", "4000", "5555", "5105", "2223", "5200")
IBAN_LENGTH = {"DK": 18, "DE": 22, "LT": 20, "EE": 20, "GB": 22, "NL": 18, "ES": 24, "CY": 28}
MOBILE = ("20", "21", "22", "23", "24", "25", "26", "27", "28", "29", "30", "31", "40", "41",
          "42", "50", "51", "52", "53", "60", "61", "71", "81", "91", "92", "93")  # fmt: skip
LANDLINE = ("32", "33", "35", "36", "38", "39", "43", "44", "45", "46", "48", "49", "54", "56",
            "57", "58", "59", "62", "63", "64", "65", "66", "69", "72", "73", "75", "86", "87",
            "89", "96", "97", "98", "99")  # fmt: skip
MONTHS = ("januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december")  # fmt: skip
BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
BASE58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
ASCII = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "é": "e", " ": "", "-": ""})
MAIL_DOMAINS = ("example.dk", "example.com", "example.net", "mail.example.dk", "post.example.dk")


def grouped(compact: str) -> str:
    """The value in groups of four (cards and IBANs)."""
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))


def luhn_digit(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        n = int(ch) * (2 if i % 2 == 0 else 1)
        total += n // 10 + n % 10
    return str((10 - total % 10) % 10)


def iban_check(country: str, bban: str) -> str:
    number = int("".join(str(int(c, 36)) for c in bban + country + "00"))
    return f"{country}{98 - number % 97:02d}{bban}"


class Person:
    """A name and the forms it is written in."""

    def __init__(self, rng: random.Random, woman: bool | None = None) -> None:
        self.woman = rng.random() < 0.5 if woman is None else woman
        names = WOMEN if self.woman else MEN
        self.given = rng.choice(names)
        self.middle = (
            rng.choice([n for n in names if n != self.given]) if rng.random() < 0.3 else ""
        )
        self.surname = rng.choice(SURNAMES)
        self.initial = rng.random() < 0.25 and not self.middle

    @property
    def full(self) -> str:
        return " ".join(p for p in (self.given, self.middle, self.surname) if p)

    @property
    def short(self) -> str:
        return f"{self.given} {self.surname}"

    @property
    def with_initial(self) -> str:
        letter = rng_letter(self.given + self.surname)
        return f"{self.given} {letter}. {self.surname}"

    @property
    def initial_surname(self) -> str:
        return f"{self.given[0]}. {self.surname}"

    @property
    def first(self) -> str:
        return " ".join(p for p in (self.given, self.middle) if p)

    @property
    def surname_first(self) -> str:
        return f"{self.surname}, {self.first}"

    @property
    def caps(self) -> str:
        return self.full.upper()

    def genitive(self, form: str) -> str:
        return form if form[-1] in "sxzSXZ" else form + "s"

    def mail(self, rng: random.Random) -> str:
        given = self.given.lower().translate(ASCII)
        surname = self.surname.lower().translate(ASCII)
        local = rng.choice(
            (
                f"{given}.{surname}",
                f"{given}{surname[:3]}{rng.randint(60, 99)}",
                f"{surname}.{given}",
                f"{given[0]}{surname}",
                f"{given}_{rng.randint(1960, 2004)}",
            )
        )
        return f"{local}@{rng.choice(MAIL_DOMAINS)}"

    def mitid(self, rng: random.Random, born: date) -> str:
        given = self.given.lower().translate(ASCII)
        surname = self.surname.lower().translate(ASCII)
        tail = rng.choice((f"{born.year % 100:02d}", f"{born.year}", f"{rng.randint(10, 99)}"))
        return rng.choice((given, given + surname[:2], given[:3] + surname[:4])) + tail


def stop(text: str) -> str:
    """The text with a full stop, unless it already ends in one ("kr.")."""
    return text if text.endswith(".") else text + "."


def rng_letter(seed: str) -> str:
    return "ABDEFHKLMNPRST"[sum(map(ord, seed)) % 14]


class Doc:
    """A document under construction: text pieces and the labelled spans among them."""

    def __init__(self, neg: bool) -> None:
        self.neg = neg
        self.parts: list[str] = []
        self.size = 0
        self.spans: list[dict] = []

    def t(self, *texts: str) -> Doc:
        for text in texts:
            self.parts.append(text)
            self.size += len(text)
        return self

    def lab(self, kind: str, value: str, stand: str) -> Doc:
        if self.neg:
            return self.t(stand)
        self.spans.append({"start": self.size, "end": self.size + len(value), "type": kind})
        return self.t(value)

    def per(self, value: str, pseudo: str = "[NAVN]") -> Doc:
        return self.lab("PERSON", value, pseudo)

    @property
    def text(self) -> str:
        return "".join(self.parts)


class World:
    """The random values of one document."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng

    # --- identifiers -------------------------------------------------------------------
    def birth(self) -> date:
        start = date(1938, 1, 1)
        return start + timedelta(days=self.rng.randint(0, (date(2005, 12, 31) - start).days))

    def cpr_digits(self, born: date, woman: bool) -> str:
        rng = self.rng
        head = born.strftime("%d%m%y")
        century = "4" if born.year >= 2000 else rng.choice("0123")
        while True:
            serial = (
                century + f"{rng.randint(0, 99):02d}" + str(rng.randrange(0, 10, 2) + (not woman))
            )
            digits = head + serial
            if sum(int(c) * w for c, w in zip(digits, WEIGHTS, strict=True)) % 11:
                return digits

    def cpr(self, born: date, woman: bool) -> str:
        d = self.cpr_digits(born, woman)
        return self.rng.choice(
            (f"{d[:6]}-{d[6:]}", d, f"{d[:2]} {d[2:4]} {d[4:6]} {d[6:]}", f"{d[:6]} {d[6:]}")
        )

    def dob(self, born: date) -> str:
        return self.rng.choice(
            (
                f"{born.day}. {MONTHS[born.month - 1]} {born.year}",
                born.strftime("%d.%m.%Y"),
                f"{born.day}/{born.month}-{born.year}",
                born.strftime("%d-%m-%Y"),
            )
        )

    def phone_number(self) -> str:
        lead = self.rng.choice(MOBILE + MOBILE + LANDLINE)
        return lead + "".join(str(self.rng.randint(0, 9)) for _ in range(6))

    def phone(self) -> str:
        n = self.phone_number()
        pairs = " ".join(n[i : i + 2] for i in range(0, 8, 2))
        return self.rng.choice(
            (
                f"+45 {n}",
                f"+45 {pairs}",
                f"+45 {n[:4]} {n[4:]}",
                f"{n[:4]} {n[4:]}",
                f"(+45) {pairs}",
                f"0045 {n}",
                pairs,
                n,
                f"+45{n}",
                pairs.replace(" ", "."),
            )
        )

    def foreign_phone(self) -> str:
        if self.rng.random() < 0.5:
            return f"+44 7700 900{self.rng.randint(0, 999):03d}"
        return f"+46 70 174 06 {self.rng.randint(5, 99):02d}"

    def masked_phone(self) -> str:
        return f"+45 ** ** ** {self.rng.randint(10, 99)}"

    def account(self) -> tuple[str, str]:
        reg = f"{self.rng.randint(1000, 9899)}"
        length = self.rng.choice((7, 8, 10, 10))
        acct = str(self.rng.randint(1, 9)) + "".join(
            str(self.rng.randint(0, 9)) for _ in range(length - 1)
        )
        if length == 10 and self.rng.random() < 0.5:
            acct = "00" + acct[2:]
        return reg, acct

    def iban(self, country: str | None = None) -> str:
        rng = self.rng
        country = country or rng.choice(("DK", "DK", "LT", "EE", "DE", "GB", "NL", "ES", "CY"))
        length = IBAN_LENGTH[country]
        if country in ("GB", "NL"):
            bank = "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXZ") for _ in range(4))
            bban = bank + "".join(str(rng.randint(0, 9)) for _ in range(length - 8))
        else:
            bban = "".join(str(rng.randint(0, 9)) for _ in range(length - 4))
        return iban_check(country, bban)

    def iban_written(self, compact: str) -> str:
        return grouped(compact) if self.rng.random() < 0.6 else compact

    def masked_iban(self, compact: str) -> str:
        return compact[:4] + "X" * (len(compact) - 8) + compact[-4:]

    def card(self) -> str:
        body = self.rng.choice(TEST_PREFIXES) + "".join(
            str(self.rng.randint(0, 9)) for _ in range(11)
        )
        return body + luhn_digit(body)

    def card_written(self, compact: str) -> str:
        return grouped(compact) if self.rng.random() < 0.65 else compact

    def masked_card(self, compact: str) -> str:
        return (
            "**** **** **** " + compact[-4:] if self.rng.random() < 0.5 else "******" + compact[-4:]
        )

    def expiry(self) -> str:
        month = self.rng.randint(1, 12)
        year = self.rng.randint(26, 31)
        return f"{month:02d}/{year}" if self.rng.random() < 0.7 else f"{month:02d}/20{year}"

    def cvv(self) -> str:
        return f"{self.rng.randint(100, 999)}"

    def otp(self) -> str:
        digits = 6 if self.rng.random() < 0.8 else 8
        return str(self.rng.randint(1, 9)) + "".join(
            str(self.rng.randint(0, 9)) for _ in range(digits - 1)
        )

    def address(self) -> tuple[str, str]:
        rng = self.rng
        street = f"{rng.choice(STREETS)} {rng.randint(1, 148)}{rng.choice(('', '', '', 'A', 'B'))}"
        if rng.random() < 0.4:
            side = rng.choice(("th", "tv", "mf"))
            street += f", {rng.choice(('st.', '1.', '2.', '3.', '4.'))} {side}."
        postcode, town = rng.choice(TOWNS)
        return street, f"{postcode} {town}"

    # --- hard negatives ----------------------------------------------------------------
    def _no_long_digits(self, alphabet: str, length: int) -> str:
        while True:
            value = "".join(self.rng.choice(alphabet) for _ in range(length))
            if not any(value[i : i + 5].isdigit() for i in range(length - 4)):
                return value

    def wallet(self) -> str:
        kind = self.rng.random()
        if kind < 0.4:
            return "bc1q" + self._no_long_digits(BECH32, 38)
        if kind < 0.75:
            return "0x" + self._no_long_digits("0123456789abcdef", 40)
        return "T" + self._no_long_digits(BASE58.replace("0", ""), 33)

    def tx_hash(self) -> str:
        prefix = "0x" if self.rng.random() < 0.5 else ""
        return prefix + self._no_long_digits("0123456789abcdef", 64)

    def amount(self, low: int = 500, high: int = 450000) -> str:
        value = self.rng.randint(low, high)
        if value > 5000:
            value = value // 50 * 50
        text = f"{value:,}".replace(",", ".")
        form = self.rng.random()
        if form < 0.5:
            return f"{text} kr."
        if form < 0.75:
            return f"kr. {text}"
        return f"{text},00 kr."

    def crypto(self) -> str:
        coin = self.rng.choice(("BTC", "ETH", "USDT", "USDT", "EUR"))
        if coin in ("BTC", "ETH"):
            return f"{self.rng.randint(1, 2400) / 1000:.4f} {coin}".replace(".", ",")
        return f"{self.rng.randint(2, 400) * 250:,} {coin}".replace(",", ".")

    def day(self) -> date:
        return date(2026, 1, 5) + timedelta(days=self.rng.randint(0, 330))

    def stamp(self) -> str:
        d = self.day()
        return f"{d.isoformat()} {self.rng.randint(7, 22):02d}:{self.rng.randint(0, 59):02d}"

    def date26(self) -> str:
        return self.day().strftime("%d.%m.%Y")

    def clock(self) -> str:
        return f"kl. {self.rng.randint(7, 22):02d}.{self.rng.randint(0, 59):02d}"

    def case(self, prefix: str) -> str:
        return f"{prefix}-26-{self.rng.randint(1000, 99999):05d}"

    def cvr(self, org: str) -> str:
        return f"CVR-nr. {CVR[org]}"


class Party:
    """A private person with all the data a compliance file may hold on them."""

    def __init__(self, w: World, woman: bool | None = None) -> None:
        rng = w.rng
        self.p = Person(rng, woman)
        self.born = w.birth()
        self.cpr = w.cpr(self.born, self.p.woman)
        self.dob = w.dob(self.born)
        self.phone = w.phone()
        self.mail = self.p.mail(rng)
        self.mitid = self.p.mitid(rng, self.born)
        self.street, self.town = w.address()
        self.reg, self.acct = w.account()
        self.card = w.card()
        self.card_text = w.card_written(self.card)
        self.expiry = w.expiry()
        self.cvv = w.cvv()
        self.iban = w.iban("DK")

    @property
    def name(self) -> str:
        return self.p.with_initial if self.p.initial else self.p.full


def address(d: Doc, w: World, who: Party, two_lines: bool | None = None) -> Doc:
    if two_lines is None:
        two_lines = w.rng.random() < 0.5
    sep = "\n" if two_lines else ", "
    return d.lab("ADDRESS", f"{who.street}{sep}{who.town}", "[ADRESSE]")


def phone(d: Doc, w: World, value: str) -> Doc:
    return d.lab("PHONE", value, "[TLF]" if w.rng.random() < 0.6 else w.masked_phone())


def mail(d: Doc, w: World, value: str) -> Doc:
    stand = "[e-mail]" if w.rng.random() < 0.5 else value[0] + "***@" + value.split("@")[1]
    return d.lab("EMAIL", value, stand)


def cpr(d: Doc, who: Party) -> Doc:
    digits = "".join(c for c in who.cpr if c.isdigit())
    return d.lab("CPR", who.cpr, "[CPR]" if digits[-1] in "02468" else f"{digits[:6]}-xxxx")


def account(d: Doc, w: World, who: Party) -> Doc:
    form = w.rng.random()
    if form < 0.35:
        return d.lab("BANK_ACCOUNT", f"{who.reg}-{who.acct}", "[kontonr.]")
    if form < 0.6:
        return d.lab("BANK_ACCOUNT", f"{who.reg} {who.acct}", "[kontonr.]")
    if form < 0.8:
        d.t(f"reg.nr. {who.reg}, kontonr. ")
        return d.lab("BANK_ACCOUNT", who.acct, "[kontonr.]")
    d.t(f"reg. {who.reg} konto ")
    return d.lab("BANK_ACCOUNT", who.acct, "[kontonr.]")


def iban(d: Doc, w: World, compact: str) -> Doc:
    return d.lab("IBAN", w.iban_written(compact), w.masked_iban(compact))


def card(d: Doc, w: World, who: Party) -> Doc:
    return d.lab("CARD", who.card_text, w.masked_card(who.card))


def org_footer(d: Doc, w: World, org: str) -> Doc:
    d.t(f"{org} · {ORG_ADDRESSES[org]}")
    if org in CVR:
        d.t(f" · {w.cvr(org)}")
    line = {EXCHANGE: "70 27 18 40", PLATFORM: "80 20 14 14"}.get(org, w.rng.choice(ORG_LINES))
    return d.t(f" · tlf. {line}")


def staff(w: World, org: str = EXCHANGE) -> tuple[Person, str]:
    p = Person(w.rng)
    domain = "myntvaerket.example.dk" if org == EXCHANGE else "kapitalkompasset.example.dk"
    given = p.given.lower().translate(ASCII)
    surname = p.surname.lower().translate(ASCII)
    return p, f"{given}.{surname}@{domain}"


# ======================================================================================
# genres


def kyc_fil(w: World, neg: bool) -> Doc:
    rng, d = w.rng, Doc(neg)
    c = Party(w)
    org = rng.choice((EXCHANGE, PLATFORM))
    officer, officer_mail = staff(w, org)
    d.t(f"KYC-gennemgang · {org} · Compliance\n")
    d.t(f"Sag {w.case('KYC')} · oprettet {w.stamp()}\n\n")
    d.t("Kunde: ").per(c.p.surname_first, "Kunde A").t("\n")
    doc_type = rng.choice(("dansk pas", "kørekort", "opholdskort", "nationalt ID-kort"))
    d.t(f"ID-dokument: {doc_type}, nr. ******{rng.randint(1000, 9999)} (maskeret), ")
    d.t(f"udløber {w.day().replace(year=rng.randint(2027, 2035)).strftime('%d.%m.%Y')}\n")
    d.t("Navn på ID-dokumentet: ").per(c.p.caps, "Kunde A").t("\n")
    d.t("Fødselsdato: ").lab("DATE_OF_BIRTH", c.dob, "**.**.****").t("\n")
    d.t("CPR-nr.: ")
    cpr(d, c).t("\n")
    if rng.random() < 0.6:
        d.t("Folkeregisteradresse:\n")
        address(d, w, c, two_lines=True).t("\n")
    else:
        d.t("Adresse: ")
        address(d, w, c, two_lines=False).t("\n")
    d.t("Telefon: ")
    phone(d, w, c.phone).t(" · E-mail: ")
    mail(d, w, c.mail).t("\n")
    d.t("MitID bruger-ID (onboarding): ").lab("MITID_USER", c.mitid, "[NAVN]").t("\n")
    d.t("Udbetalingskonto: ")
    account(d, w, c).t(f" i {rng.choice(DANISH_BANKS)}\n\n")
    first = c.p.given
    reason = rng.choice(
        (
            "løn og opsparing",
            "salg af bolig",
            "arv efter " + rng.choice(FAMILY),
            "pension",
            "gevinst fra tidligere handel",
        )
    )
    d.t("Vurdering: ")
    d.per(c.p.genitive(first), "Kunde A's").t(
        f" oplyste kilde til midler er {reason}. Indbetalt siden oprettelsen: {w.amount()} "
        f"og {w.crypto()}. "
    )
    if rng.random() < 0.5:
        d.t(f"Indbetaling {w.date26()} kom fra wallet {w.wallet()}, som ikke er kundens egen. ")
    if rng.random() < 0.5:
        parcel = f"RR{rng.randint(100000000, 999999999)}DK"
        d.t(f"Fysisk kopi af pas modtaget med post (forsendelse {parcel}). ")
    if rng.random() < 0.4:
        d.t("Tidligere adresse: ")
        other = Party(w)
        c.street, c.town = other.street, other.town
        address(d, w, c, two_lines=False).t(". ")
    d.t(rng.choice(("PEP-screening: intet match.", "Sanktionsscreening: intet match.", "")))
    d.t(f" Risikoscore {rng.randint(10, 95)}/100.\n\n")
    d.t("Sagsbehandler: ")
    name = officer.with_initial if rng.random() < 0.4 else officer.short
    d.per(name, "Medarbejder 1").t(", ")
    mail(d, w, officer_mail).t("\n")
    org_footer(d, w, org)
    return d


def romance_klage(w: World, neg: bool) -> Doc:
    rng, d = w.rng, Doc(neg)
    v = Party(w)
    agent = Person(w.rng)
    scam_given, scam_surname = rng.choice(ALIAS_GIVEN), rng.choice(ALIAS_SURNAMES)
    scam = f"{scam_given} {scam_surname}"
    helper_given = rng.choice(ALIAS_GIVEN)
    unit = rng.choice(ALIAS_UNITS)
    bank = rng.choice(FOREIGN_BANKS)
    foreign = w.iban(rng.choice(("LT", "EE", "GB", "CY", "ES", "DE")))
    site = rng.choice(("Tinder", "Facebook", "Instagram", "en datingside"))
    d.t("Fra: ").per(v.p.short, "Kunde A").t(" <")
    mail(d, w, v.mail).t(">\n")
    d.t("Til: ")
    mail(d, w, "klager@kapitalkompasset.example.dk").t("\n")
    d.t(f"Emne: Klage over tab – sag {w.case('KLG')}\n")
    d.t(f"Dato: {w.stamp()}\n\n")
    d.t(rng.choice(("Hej ", "Kære ")))
    if rng.random() < 0.5:
        d.per(agent.given, "Medarbejder 1").t("\n\n")
    else:
        d.t(f"{PLATFORM}\n\n")
    d.t("Jeg hedder ").per(v.p.full, "Kunde A")
    if rng.random() < 0.5:
        d.t(", født ").lab("DATE_OF_BIRTH", v.dob, "**.**.****")
    d.t(", og bor på ")
    address(d, w, v, two_lines=False).t(".\n")
    d.t(f"I {rng.choice(MONTHS)} mødte jeg på {site} en mand, der kaldte sig ").per(
        scam, "Person X"
    ).t(
        f". Han skrev hver dag og fortalte om sine gevinster. Han fik mig til at oprette en konto "
        f"hos jer og købe {w.crypto()}, som jeg sendte videre til wallet {w.wallet()} "
        f"(transaktions-hash {w.tx_hash()}).\n"
    )
    d.t('Senere ringede en "rådgiver", der præsenterede sig som ').per(helper_given, "Person X")
    d.t(f" fra {unit}, og bad mig overføre {w.amount()} til ")
    iban(d, w, foreign).t(f' i {bank} for at "frigive" min gevinst. Rådgiveren ringede fra ')
    phone(d, w, w.foreign_phone()).t(".\n\n")
    if rng.random() < 0.8:
        d.t("Uddrag af vores samtale på WhatsApp:\n")
        h, m = rng.randint(18, 21), rng.randint(0, 40)
        lines = (
            ("s", "Good morning my love, did you see the profit today?"),
            ("v", "ja det er utroligt. men jeg kan ikke hæve pengene"),
            ("s", "It is only the tax, pay the fee and it is released"),
            ("v", "jeg har ikke flere penge, " + rng.choice(FAMILY) + " ved ikke noget"),
            ("s", "Trust me, we are building our future together"),
        )
        for i, (who, line) in enumerate(lines[: rng.randint(3, 5)]):
            d.t(f"[{h:02d}:{m + i * 3:02d}] ")
            if who == "s":
                d.per(scam, "Person X")
            else:
                d.per(v.p.given if rng.random() < 0.5 else v.p.short, "Kunde A")
            d.t(f": {line}\n")
        d.t("\n")
    d.t(f"Jeg har i alt mistet {stop(w.amount(20000, 900000))} ")
    d.t(f"{rng.choice(FAMILY).capitalize()} har hjulpet mig med at skrive dette. ")
    d.t("I kan ringe til mig på ")
    phone(d, w, v.phone).t(".\n\n")
    d.t(rng.choice(("Med venlig hilsen\n", "Mvh\n", "Venlig hilsen\n")))
    d.per(v.p.full, "Kunde A").t("\n")
    address(d, w, v, two_lines=True)
    return d


def recovery_notat(w: World, neg: bool) -> Doc:
    rng, d = w.rng, Doc(neg)
    v = Party(w)
    org = rng.choice((EXCHANGE, PLATFORM))
    officer, officer_mail = staff(w, org)
    firm = rng.choice(RECOVERY_FIRMS)
    alias = rng.choice(ALIAS_GIVEN)
    unit = rng.choice(ALIAS_UNITS)
    code = w.otp()
    d.t(f"Notat · falsk 'recovery'-firma · {w.case('SAG')}\n")
    d.t(f"Oprettet {w.stamp()} af ").per(officer.short, "Medarbejder 1").t("\n\n")
    d.t("Kunde: ").per(v.p.surname_first if rng.random() < 0.5 else v.name, "Kunde A")
    d.t(", tlf. ")
    phone(d, w, v.phone).t(", ")
    mail(d, w, v.mail).t("\n")
    d.t("Adresse: ")
    address(d, w, v).t("\n\n")
    d.t(
        f"Kunden mistede i {rng.choice(MONTHS)} {w.crypto()} til en falsk investeringsside. "
        f"{w.date26()} blev kunden kontaktet af {firm} ({ORG_ADDRESSES[firm]}), som lovede at "
        f"hente pengene tilbage mod et gebyr på {stop(w.amount(2000, 40000))} "
    )
    d.t('En "sagsbehandler", der præsenterede sig som ').per(alias, "Person X")
    d.t(f" fra {unit}, ringede fra ")
    phone(d, w, w.foreign_phone()).t(" og fik kundens kortoplysninger: ")
    card(d, w, v).t(", udløb ").lab("CARD_EXPIRY", v.expiry, "**/**")
    d.t(", CVV ").lab("CARD_CVV", v.cvv, "***").t(". ")
    d.t("Kunden læste også engangskoden ").lab("OTP", code, "[kode]")
    d.t(
        f" op for vedkommende {w.clock()}, hvorefter der blev hævet {stop(w.amount(2000, 40000))}\n"
    )
    if rng.random() < 0.5:
        d.t(f"Kunden blev desuden bedt om at installere {rng.choice(('AnyDesk', 'TeamViewer'))}. ")
    if rng.random() < 0.5:
        d.t("Tidligere kort ")
        d.t(w.masked_card(w.card()))
        d.t(" er spærret. ")
    d.t("Firmaet har ingen tilladelse fra Finanstilsynet.\n\n")
    d.t("Handling: kort spærret via banken, kunden vejledt om at anmelde til politiet på 114. ")
    d.t("Svar sendt til ")
    mail(d, w, v.mail).t(":\n\n")
    d.t(rng.choice(("Hej ", "Kære ")))
    d.per(v.p.given, "Kunde A").t(
        f"\nTak for din henvendelse. Vi kan ikke hjælpe med at hente penge tilbage gennem "
        f"{firm}, og vi beder aldrig om koder. Del aldrig din kode med nogen.\n"
    )
    d.t("Mvh ").per(officer.given, "Medarbejder 1").t("\n")
    mail(d, w, officer_mail).t("\n")
    org_footer(d, w, org)
    return d


def chat(w: World, neg: bool) -> Doc:
    rng, d = w.rng, Doc(neg)
    c = Party(w)
    agent = Person(w.rng)
    agent_shown = (
        f"{agent.given} {rng_letter(agent.surname)}." if rng.random() < 0.5 else agent.given
    )
    second = Person(w.rng)
    cust_shown = rng.choice((c.p.short, c.p.short.lower(), c.p.given, c.p.full))
    alias = rng.choice(ALIAS_GIVEN)
    unit = rng.choice(ALIAS_UNITS)
    h, m = rng.randint(8, 21), rng.randint(0, 20)
    org = rng.choice((EXCHANGE, PLATFORM))
    d.t(f"Chat · {org} Support · {w.case('CHAT')} · {w.day().isoformat()}\n")
    clock = [h * 60 + m]

    def line(who: str, pseudo: str) -> Doc:
        clock[0] += rng.randint(0, 2)
        t = clock[0]
        d.t(f"[{t // 60 % 24:02d}:{t % 60:02d}] ")
        return d.per(who, pseudo).t(": ")

    line(agent_shown, "Medarbejder 1").t("Hej, du skriver med ")
    d.per(agent.given, "Medarbejder 1").t(f" fra {org}. Hvad kan jeg hjælpe med?\n")
    line(cust_shown, "Kunde A").t("hej ")
    d.per(agent.given.lower(), "Medarbejder 1")
    d.t(rng.choice((". min udbetaling er afvist og kontoen er låst??\n",
                    ", jeg kan ikke hæve mine penge. der står at kontoen er under kontrol\n",
                    ". banken har sendt min overførsel retur, hvorfor?\n")))  # fmt: skip
    line(agent_shown, "Medarbejder 1").t(
        "Det beklager jeg. Må jeg bede om dit fulde navn og din e-mail?\n"
    )
    line(cust_shown, "Kunde A")
    name = c.p.full.lower() if rng.random() < 0.6 else c.p.full
    d.per(name, "[NAVN]").t(", ")
    mail(d, w, c.mail).t("\n")
    line(agent_shown, "Medarbejder 1").t("Tak. Og dit telefonnummer?\n")
    line(cust_shown, "Kunde A")
    phone(d, w, c.phone).t("\n")
    beats = ["wallet", "code", "card", "mitid", "family", "address", "iban"]
    rng.shuffle(beats)
    for beat in beats[: rng.randint(3, 6)]:
        if beat == "wallet":
            line(agent_shown, "Medarbejder 1").t(
                f"Jeg kan se en indbetaling på {w.crypto()} fra {w.wallet()}. "
                "Er det din egen wallet?\n"
            )
            line(cust_shown, "Kunde A").t("nej det er min rådgivers, han sendte mig hashen ")
            d.t(f"{w.tx_hash()}\n")
        elif beat == "code":
            line(cust_shown, "Kunde A").t("en mand der sagde han var ")
            d.per(alias, "[NAVN]").t(f" fra {unit} ringede i går og jeg gav ham koden ")
            d.lab("OTP", w.otp(), "[kode]").t("\n")
            line(agent_shown, "Medarbejder 1").t(
                "Vi ringer aldrig og beder om koder. Jeg spærrer adgangen nu.\n"
            )
        elif beat == "card":
            line(cust_shown, "Kunde A").t("jeg betalte gebyret med mit kort ")
            card(d, w, c).t(" ").lab("CARD_EXPIRY", c.expiry, "**/**")
            if rng.random() < 0.6:
                d.t(" cvc ").lab("CARD_CVV", c.cvv, "***")
            d.t("\n")
            line(agent_shown, "Medarbejder 1").t(
                "Skriv venligst aldrig hele kortnummeret her. "
                "Ring til din bank og få kortet spærret.\n"
            )
        elif beat == "mitid":
            line(cust_shown, "Kunde A").t("mit mitid bruger id er ")
            d.lab("MITID_USER", c.mitid, "[NAVN]").t(" hvis i skal bruge det\n")
            line(agent_shown, "Medarbejder 1").t("Det behøver vi ikke, del det ikke med nogen.\n")
        elif beat == "family":
            fam = rng.choice(FAMILY)
            line(cust_shown, "Kunde A").t(f"{fam} siger at det er svindel. er det rigtigt?\n")
            line(agent_shown, "Medarbejder 1").t("Det ligner desværre investeringssvindel.\n")
        elif beat == "address":
            line(agent_shown, "Medarbejder 1").t(
                "Bor du stadig på den adresse, vi har registreret?\n"
            )
            line(cust_shown, "Kunde A").t("nej jeg er flyttet til ")
            address(d, w, c, two_lines=False).t("\n")
        else:
            line(cust_shown, "Kunde A").t("de vil have mig til at sende til ")
            iban(d, w, w.iban(rng.choice(("LT", "EE", "GB", "CY")))).t("\n")
    line(agent_shown, "Medarbejder 1").t("Jeg sender sagen videre til min kollega ")
    d.per(second.short, "Medarbejder 2").t(" i compliance.\n")
    line(second.short, "Medarbejder 2").t("Hej ")
    d.per(c.p.given, "Kunde A").t(
        f". Vi har sat udbetalingen i bero. Ring på {rng.choice(ORG_LINES)}, "
        "hvis du har spørgsmål.\n"
    )
    line(cust_shown, "Kunde A").t("tak ")
    d.per(second.given.lower(), "Medarbejder 2").t("\n")
    return d


def bank_mail(w: World, neg: bool) -> Doc:
    rng, d = w.rng, Doc(neg)
    c = Party(w)
    banker = Person(w.rng)
    bank = rng.choice(DANISH_BANKS)
    bank_mail_addr = (
        f"{banker.given.lower().translate(ASCII)}.{banker.surname.lower().translate(ASCII)}"
        f"@{bank.split()[0].lower().translate(ASCII)}.example.dk"
    )
    officer, officer_mail = staff(w)
    ref = w.case("RT")
    code, reason = rng.choice(
        (
            ("AC04", "kontoen er lukket"),
            ("AM05", "dobbeltbetaling"),
            ("MS03", "årsag ikke oplyst"),
            ("RR04", "regulatoriske årsager"),
            ("AG01", "transaktionen er ikke tilladt på kontoen"),
        )
    )
    d.t("Fra: ").per(banker.short, "Rådgiver 1").t(" <")
    mail(d, w, bank_mail_addr).t(">\n")
    d.t("Til: ")
    mail(d, w, "betalinger@myntvaerket.example.dk").t("\n")
    if rng.random() < 0.5:
        d.t("Cc: ")
        mail(d, w, officer_mail).t("\n")
    d.t(f"Emne: Returneret overførsel – ref. {ref}\n")
    d.t(f"Sendt: {w.stamp()}\n\n")
    d.t("Hej\n\n")
    d.t(f"Vi har {w.date26()} modtaget en overførsel på {w.amount()} fra {EXCHANGE} til ")
    d.per(c.p.genitive(c.p.short), "Kunde A's").t(" konto ")
    account(d, w, c).t(f". Overførslen er sendt retur med kode {code} ({reason}). ")
    if rng.random() < 0.6:
        holder = Person(w.rng)
        d.t("Kunden har selv oplyst IBAN ")
        iban(d, w, c.iban).t(", men kontoen står i navnet ")
        d.per(
            holder.surname_first.upper() if rng.random() < 0.5 else holder.surname_first, "Kunde B"
        )
        d.t(". ")
    d.t("Kan I bekræfte kundens navn og CPR-nr., så vi kan matche betalingen?\n\n")
    d.t("Med venlig hilsen\n").per(banker.full, "Rådgiver 1").t(f"\nBetalingsformidling, {bank}\n")
    d.t(f"{ORG_ADDRESSES[bank]} · tlf. {BANK_LINES[bank]}\n\n")
    d.t("--- Svar ---\n")
    d.t("Fra: ").per(officer.with_initial, "Medarbejder 1").t(" <")
    mail(d, w, officer_mail).t(">\n")
    d.t(f"Sendt: {w.stamp()}\n\n")
    d.t("Hej ").per(banker.given, "Rådgiver 1").t("\n\n")
    d.t("Kunden er ").per(c.p.full, "Kunde A").t(", CPR ")
    cpr(d, c).t(", ")
    address(d, w, c, two_lines=False).t(". ")
    if rng.random() < 0.5:
        d.t("Kunden kan træffes på ")
        phone(d, w, c.phone).t(". ")
    d.t(
        f"Vi ser {code} som et faresignal: kunden har inden for {rng.randint(3, 20)} dage "
        f"indbetalt {w.crypto()} fra en ekstern wallet ({w.wallet()}). Sagen er oprettet som "
        f"{w.case('SAG')}.\n\nVenlig hilsen\n"
    )
    d.per(officer.short, "Medarbejder 1").t(f"\nCompliance, {EXCHANGE}\n")
    d.t(f"{ORG_ADDRESSES[EXCHANGE]} · {w.cvr(EXCHANGE)}")
    return d


def underretning(w: World, neg: bool) -> Doc:
    rng, d = w.rng, Doc(neg)
    c = Party(w)
    org = rng.choice((EXCHANGE, PLATFORM))
    officer, officer_mail = staff(w, org)
    alias = rng.choice(ALIAS_GIVEN)
    unit = rng.choice(ALIAS_UNITS)
    d.t(f"Underretning til Hvidvasksekretariatet · {w.case('SAR')}\n")
    d.t(f"Indberetter: {org}, {ORG_ADDRESSES[org]}, {w.cvr(org)}\n")
    d.t("Kontaktperson: ")
    d.per(officer.initial_surname if rng.random() < 0.4 else officer.short, "Medarbejder 1").t(", ")
    mail(d, w, officer_mail).t("\n\n")
    d.t("1. Den underrettede person\n")
    d.t("Navn: ").per(c.p.surname_first, "Kunde A").t("\n")
    d.t("CPR-nr.: ")
    cpr(d, c).t("\n")
    d.t("Fødselsdato: ").lab("DATE_OF_BIRTH", c.dob, "**.**.****").t("\n")
    d.t("Adresse:\n")
    address(d, w, c, two_lines=True).t("\n")
    d.t("Telefon: ")
    phone(d, w, c.phone).t("\nE-mail: ")
    mail(d, w, c.mail).t("\n")
    d.t("Konto: ")
    account(d, w, c).t("\nIBAN: ")
    iban(d, w, c.iban).t("\n")
    if rng.random() < 0.6:
        d.t("Kort: ")
        card(d, w, c).t(", udløb ").lab("CARD_EXPIRY", c.expiry, "**/**").t("\n")
    d.t("\n2. Mistanken\n")
    d.t(
        f"Fra {w.date26()} til {w.date26()} har kunden indbetalt "
        f"{w.amount(50000, 900000)} og straks "
        f"sendt {w.crypto()} videre til {w.wallet()}. "
    )
    d.t("Kunden fortæller, at en person, der kaldte sig ").per(alias, "Person X")
    d.t(f" fra {unit}, styrer investeringen via {rng.choice(('WhatsApp', 'Telegram'))}. ")
    if rng.random() < 0.5:
        d.t(f'Kunden oplyser, at "{rng.choice(FAMILY)} har også overført penge". ')
    d.t("Udgående til ")
    iban(d, w, w.iban(rng.choice(("LT", "EE", "GB", "CY", "NL")))).t(
        f" i {rng.choice(FOREIGN_BANKS)}. Seneste hash: {w.tx_hash()}.\n"
    )
    if rng.random() < 0.5:
        d.t("Kundens tidligere e-mail ")
        d.t(c.mail[0] + "***@" + c.mail.split("@")[1])
        d.t(" er lukket.\n")
    d.t("\n3. Tiltag\nKonto lukket for udbetalinger. ")
    d.per(c.p.genitive(c.p.given), "Kunde A's").t(" bank er orienteret.\n")
    return d


def opkaldsnotat(w: World, neg: bool) -> Doc:
    rng, d = w.rng, Doc(neg)
    c = Party(w)
    officer = Person(w.rng)
    alias = rng.choice(ALIAS_GIVEN)
    unit = rng.choice(ALIAS_UNITS)
    d.t(f"Opkaldsnotat · {w.case('SAG')} · {w.date26()} {w.clock()}\n")
    d.t("Indgående opkald fra ")
    phone(d, w, c.phone).t(". Modtaget af ")
    d.per(officer.initial_surname if rng.random() < 0.5 else officer.short, "Medarbejder 1").t(
        ".\n\n"
    )
    d.t("Opkalder oplyser at være ").per(c.name, "Kunde A")
    if rng.random() < 0.5:
        d.t(", CPR ")
        cpr(d, c)
    if rng.random() < 0.7:
        d.t(", og legitimerer sig med MitID (bruger-ID ")
        d.lab("MITID_USER", c.mitid, "[NAVN]").t(")")
    d.t(".\n")
    d.t("Forløb: Kunden blev ringet op af en, der præsenterede sig som ").per(alias, "Person X")
    d.t(f" fra {unit} hos {rng.choice((EXCHANGE, PLATFORM))}, fra nummeret ")
    phone(d, w, w.foreign_phone() if rng.random() < 0.6 else w.phone()).t(". ")
    d.t("Kunden læste koden ").lab("OTP", w.otp(), "[kode]")
    d.t(f" op og installerede {rng.choice(('AnyDesk', 'TeamViewer'))}. ")
    if rng.random() < 0.55:
        d.t("Bagefter opgav kunden sit kort ")
        card(d, w, c).t(" (udløb ").lab("CARD_EXPIRY", c.expiry, "**/**")
        d.t(", kontrolcifre ").lab("CARD_CVV", c.cvv, "***").t("). ")
    d.t(f"Der er købt {w.crypto()} og sendt til {w.wallet()}.\n")
    if rng.random() < 0.5:
        d.t(f"{rng.choice(FAMILY).capitalize()} var med i telefonen og bekræfter forløbet. ")
    d.t("Kunden ønsker svar på e-mail ")
    mail(d, w, c.mail)
    if rng.random() < 0.5:
        d.t(" og brev til ")
        address(d, w, c, two_lines=False)
    d.t(".\n\nAftalt: ")
    d.per(c.p.genitive(c.p.given), "Kunde A's").t(
        f" konto er låst, kunden anmelder til politiet på 114 og kontakter sin bank på "
        f"{rng.choice(list(BANK_LINES.values()))}. Samtalen varede {rng.randint(6, 40)} min.\n"
    )
    d.t("/").per(officer.given, "Medarbejder 1")
    return d


def transaktionsalarm(w: World, neg: bool) -> Doc:
    rng, d = w.rng, Doc(neg)
    c = Party(w)
    analyst = Person(w.rng)
    rule = rng.choice(
        (
            "hurtig videresendelse til ekstern wallet",
            "mange kortindbetalinger på kort tid",
            "udbetaling til konto i andet navn",
            "indbetaling fra højrisiko-børs",
        )
    )
    d.t(f"ALARM {w.case('ALERT')} · {w.stamp()} · regel: {rule}\n")
    d.t("Kontohaver: ").per(c.p.caps if rng.random() < 0.5 else c.name, "Kunde A").t(" · ")
    mail(d, w, c.mail).t("\n")
    d.t("Indbetalinger:\n")
    for _ in range(rng.randint(1, 3)):
        d.t(f"  {w.stamp()}  {w.amount(1000, 75000)}  kort ")
        if rng.random() < 0.6:
            card(d, w, c).t(" ").lab("CARD_EXPIRY", c.expiry, "**/**")
            d.t("  kortholder ").per(c.p.short.upper(), "Kunde A")
        else:
            d.t(w.masked_card(c.card))
        d.t("\n")
    d.t("Udbetalinger:\n")
    for _ in range(rng.randint(1, 3)):
        d.t(f"  {w.stamp()}  {w.crypto()}  til {w.wallet()}\n")
        d.t(f"    hash {w.tx_hash()}\n")
    if rng.random() < 0.7:
        d.t(f"  {w.stamp()}  {w.amount()}  til ")
        iban(d, w, c.iban if rng.random() < 0.5 else w.iban()).t("\n")
    d.t("\nAnalytiker: ")
    d.per(analyst.with_initial if rng.random() < 0.3 else analyst.short, "Medarbejder 1")
    d.t(
        ": Kunden har ingen historik med denne wallet. "
        f"{rng.choice(('Lukket', 'Eskaleret', 'Afventer kunden'))}. "
    )
    if rng.random() < 0.5:
        d.t("Kunden kontaktet på ")
        phone(d, w, c.phone).t(". ")
    if rng.random() < 0.4:
        d.t("Kundens udbetalingskonto ")
        account(d, w, c).t(" er uændret. ")
    d.t("\n")
    return d


BUILDERS: dict[str, Callable[[World, bool], Doc]] = {
    "kyc_fil": kyc_fil,
    "romance_klage": romance_klage,
    "recovery_notat": recovery_notat,
    "chat": chat,
    "bank_mail": bank_mail,
    "underretning": underretning,
    "opkaldsnotat": opkaldsnotat,
    "transaktionsalarm": transaktionsalarm,
}


def generate(seed: int | str = SEED, size: int = SIZE) -> list[dict]:
    """The set: `size` documents, NEGATIVES/SIZE of them pseudonymised hard negatives."""
    rng = random.Random(seed)
    negatives = round(size * NEGATIVES / SIZE)
    plan = [("negative", GENRES[i % len(GENRES)]) for i in range(negatives)]
    plan += [("positive", GENRES[i % len(GENRES)]) for i in range(size - negatives)]
    rng.shuffle(plan)
    docs, seen = [], set()
    for kind, genre in plan:
        while True:
            doc = BUILDERS[genre](World(rng), kind == "negative")
            if doc.text not in seen:
                break
        seen.add(doc.text)
        docs.append(
            {
                "id": f"pii_blind76-{len(docs):04d}",
                "genre": genre,
                "kind": kind,
                "text": doc.text,
                "spans": doc.spans,
            }
        )
    return docs


def main(argv: list[str]) -> None:
    out = Path(argv[1]) if len(argv) > 1 else Path(__file__).parent / "data" / "pii_blind76.jsonl"
    with out.open("w", encoding="utf-8") as fh:
        for doc in generate():
            fh.write(json.dumps(doc, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main(sys.argv)
