"""A sixty-sixth blind, seeded generator of Danish text with labelled personal data (issue 18).

Written without looking at the recognisers, their word lists or the earlier generators' bodies,
as a held-out test set with its own names, streets and towns. Its theme is an ordinary
fortnight at a small regional savings bank (sparekasse) and a labour-market pension fund's
member service after several members' identities were misused, in ten genres: letters to
members (an address block on two lines, the changed payout account, the CPR number), e-mails
from members (Fra:/Til:/Emne:, signed in lower case now and then), notes of calls and branch
meetings (a scammer's alias, a MitID user ID and a code read out, a car's number plate), a
changed-payout-account investigation (old and new account, a foreign IBAN, changed phone and
e-mail), power-of-attorney documents (the grantor's and the attorney's names, CPR numbers,
birth dates and addresses), a death-estate contact (the deceased's card used after the death,
the car, the heir's phone), a complaint to Ankenævnet for Pengeinstitutter drafted by a member
(card, expiry, CVV, codes), internal e-mails between clerks, a checklist filled in by a clerk
and SMS confirmations ("[10:22]" lines). The names are those of Danes of all ages, Danes with
roots elsewhere ("Ngoc Anh Tran", "Dariusz Kowalczyk") and double surnames ("Bækgaard-Riis").

Conventions (exact offsets are scored):
- PERSON is a name as written, without title or role ("rådgiver", "medlemmet", "afdøde",
  "fru"); "Lindholt, Birthe" is one span; a genitive s belongs to it ("Birthes"), an
  apostrophe after s, x or z does not ("Rasmus'" labels "Rasmus"); a lower-case
  name typed in an SMS or e-mail ("birthe") is PERSON; "B. Lindholt" is PERSON. A scammer's
  alias "Jonas fra kortafdelingen" labels only the name "Jonas": the department or company is
  not part of the span. Organisations, products, placeholders ("[NAVN]", "Medlem A",
  "Arving 1") and family words ("min mand") are never PERSON.
- ADDRESS runs from the street name through number, letter, floor and side ("7C", "3. tv.",
  "st. mf."), plus ", postcode town" on the same line or on the next line of an address block
  (line break included). A street named without a number is not an address. Only persons'
  addresses occur: no organisation's postal address is written anywhere (whether to redact
  those is an open product question).
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
  An organisation's number (70/80 lines, 112, 114) is never PHONE.
- EMAIL: every e-mail address (all on example.* domains), each occurrence, staff's too.
- BANK_ACCOUNT: reg.nr. and account written together ("1234-1234567890", "1234 1234567890")
  are one span; where the reg.nr. has its own word ("reg. 1234 konto 12345678", "reg.nr. 1234,
  kontonr. 0012345678") only the account is the span. IBAN: valid check digits and the
  country's length (IBAN_LENGTH), grouped by four or compact. CARD: Luhn-valid published test
  numbers (TEST_PREFIXES), grouped by four or compact; CARD_EXPIRY "MM/YY" or "MM/YYYY";
  CARD_CVV 3 digits after "CVV", "cvc", "CVC" or "kontrolcifre". OTP: a one-time code sent,
  asked for or given (6 or 8 digits); MITID_USER a MitID user ID given as such; NUMBER_PLATE a
  Danish plate ("BK 41 207", "BK41207"). No passport or driving-licence numbers occur.
- Hard negatives, never labelled: amounts ("12.500 kr.", "kr. 849,95"), dates and clock times
  ("04.03.26", "kl. 09.14", "[10:22]", "2026-03-04 09:14"), member numbers, case and journal
  numbers ("SK-26-04127", "PEN-2026-0412", "AN-26-00318"), CVR numbers ("CVR-nr. 31457720"),
  masked values ("040652-xxxx", "+45 ** ** ** 31", "b***@example.dk", "**** **** **** 1111",
  "******4417", "DK71XXXXXXXXXX0932"), organisations' 70/80 lines, 112 and 114, companies,
  banks, products, streets without a number and family words. Documents of kind "negative" are
  the same genres after pseudonymisation: only such values, stand-ins ("[NAVN]", "[CPR]") and
  pseudonym labels ("Medlem A", "Arving 1") remain. No run of ten or more digits occurs outside
  a labelled identifier.

Each document is {"id", "genre", "kind", "text", "spans": [{"start", "end", "type"}]}.
``python -m bench.pii_blind65 OUT.jsonl`` writes the set; ``generate()`` returns it.
"""

from __future__ import annotations

import json
import random
import re
import sys
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

SIZE = 1000
NEGATIVES = 350
SEED = "pii_blind65"

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

WOMEN = ("Birthe", "Kirsten", "Inger", "Lone", "Hanne", "Susanne", "Bodil", "Grethe", "Tove",
         "Ellen", "Signe", "Ida", "Freja", "Laura", "Cecilie", "Maja", "Asta", "Nanna", "Rikke",
         "Dorthe", "Vibeke", "Jytte", "Aase", "Karoline", "Mathilde", "Fatima", "Aylin",
         "Amina", "Hiba", "Ngoc Anh", "Agnieszka", "Sunita", "Leyla", "Merete",
         "Gudrun")  # fmt: skip
MEN = ("Poul", "Erik", "Bent", "Henning", "Jørgen", "Kaj", "Svend", "Niels", "Torben",
       "Flemming", "Steen", "Ole", "Claus", "Rasmus", "Anders", "Mikkel", "Emil", "Oskar",
       "Viggo", "Magnus", "Ahmad", "Emre", "Tariq", "Dariusz", "Jamal", "Mehmet", "Thanh",
       "Arjun", "Kasper", "Frederik", "Villads", "Bjarke", "Ib", "Hakim", "Sigurd")  # fmt: skip
MIDDLE = ("Marie", "Louise", "Juul", "Kirk", "Bach", "Dahl", "Krag", "Elisabeth", "Ali", "Vang")
SURNAMES = ("Bækgaard", "Skovbo", "Lindholt", "Munk", "Rask", "Vestergaard", "Ebbesen",
            "Thygesen", "Krogh", "Bisgaard", "Damgaard", "Fogh", "Kjeldsen", "Lauritzen",
            "Mølgaard", "Nørgaard", "Overgaard", "Pallesen", "Riis", "Schou", "Toft", "Winther",
            "Yilmaz", "Hussein", "Kowalczyk", "Tran", "Rahimi", "Demir", "Petrović", "Okafor",
            "Haddad", "Sandberg", "Aagaard", "Hvidbjerg", "Brøndum", "Fuglsang",
            "Kragh")  # fmt: skip
# scammers' first names as they introduced themselves
ALIASES = ("Jonas", "Sara", "Mads", "Julie", "Kenneth", "Camilla", "Tobias", "Louise")
ALIAS_UNITS = ("fra kortafdelingen", "fra sikkerhedsafdelingen", "fra Sparekassens svindelteam",
               "fra pensionskassens it-afdeling", "fra MitID-support", "fra Nets")  # fmt: skip
STREETS = ("Kirkebakken", "Møllevangen", "Skovbrynet", "Åbrinken", "Fasanvej", "Lærkevej",
           "Præstemarken", "Havnegade", "Søndergade", "Vestervang", "Engtoften", "Hybenvej",
           "Rugmarken", "Stationsvej", "Bøgeløkken", "Toftegårdsvej", "Kløvermarken",
           "Strandvejen", "Digevej", "Markskellet", "Lyngbakken", "Ribevej",
           "Enghavevej")  # fmt: skip
TOWNS = (("6700", "Esbjerg"), ("6600", "Vejen"), ("6800", "Varde"), ("7100", "Vejle"),
         ("6000", "Kolding"), ("6400", "Sønderborg"), ("6200", "Aabenraa"), ("6100", "Haderslev"),
         ("6760", "Ribe"), ("6950", "Ringkøbing"), ("7400", "Herning"), ("8700", "Horsens"),
         ("6270", "Tønder"), ("6740", "Bramming"), ("6880", "Tarm"), ("6500", "Vojens"),
         ("7200", "Grindsted"), ("6630", "Rødding"))  # fmt: skip
BANKS = ("Sparekassen Sønderå", "Marskens Sparekasse", "Hedebanken", "Nordkyst Bank")
COMPANIES = ("PensionFælles", "Ankenævnet for Pengeinstitutter", "Skifteretten", "Politiet")
PRODUCTS = ("MitID", "NemKonto", "MobilePay", "Netbank", "Mit Overblik")
ORGS = ("Sparekassen Sønderå", "PensionFælles")
# organisations' own lines: never PHONE
ORG_LINES = ("70 20 41 17", "70 11 86 30", "80 82 19 40", "70 27 33 66")
PSEUDONYMS = ("Medlem A", "Medlem B", "Arving 1", "Fuldmagtshaver B", "Medarbejder A",
              "Medarbejder B", "Kunde 2")  # fmt: skip

WEIGHTS = (4, 3, 2, 7, 6, 5, 4, 3, 2, 1)
MOBILE = ("20", "21", "22", "23", "24", "25", "26", "27", "28", "29", "30", "31", "40", "41",
          "42", "50", "51", "52", "53", "60", "61", "71", "81", "91", "93")  # fmt: skip
LANDLINE = ("32", "33", "36", "39", "43", "45", "46", "48", "54", "56", "57", "62", "64", "65",
            "66", "72", "73", "74", "75", "76", "86", "87", "96", "97", "98", "99")  # fmt: skip
TEST_CARDS = ("4111111111111111", "4242424242424242", "5555555555554444", "5105105105105100",
              "4000056655665556", "2223003122003222", "4012888888881881", "5200828282828210",
              "4000002500003155", "4000000760000002")  # fmt: skip
TEST_PREFIXES = ("411111", "424242", "555555", "510510", "400005", "222300", "401288",
                 "520082", "400000")  # fmt: skip
IBAN_LENGTH = {"DK": 18, "DE": 22, "SE": 24, "NO": 15, "FI": 18, "PL": 28, "LT": 20, "ES": 24}
PLATE_LETTERS = "ABCDEFHJKLMNPRSTUVXYZ"
MONTHS = ("januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december")  # fmt: skip
CPR_LAYOUTS = ("dash", "compact", "spaced", "space")
PHONE_LAYOUTS = ("+45 c", "+45 pairs", "+45 fours", "fours", "(+45) pairs", "0045 c", "pairs",
                 "c", "+45c", "dots", "uk", "se")  # fmt: skip
PHONE_WEIGHTS = (10, 10, 10, 10, 8, 8, 10, 10, 6, 6, 3, 3)
GENRES = ("brev_medlem", "mail_medlem", "notat_samtale", "undersoegelse_konto", "fuldmagt",
          "doedsbo", "klage_ankenaevn", "intern_mail", "tjekliste", "sms")  # fmt: skip

# members' and clerks' stock phrases
ADVICE = (
    "anmelder forholdet til politiet",
    "spærrer dit CPR-nummer hos kreditoplysningsbureauerne",
)
SUBJECTS = (
    "Nogen har ændret min konto",
    "Svindel??",
    "Brev om ny udbetalingskonto",
    "Hjælp - MitID",
)
OPENINGS = (
    "Jeg har fået et brev fra jer om, at min udbetalingskonto er ændret.",
    "Min mand og jeg har fået mærkelige sms-beskeder.",
)
SECONDS = (
    "Jeg har aldrig haft konto i Hedebanken.",
    "Jeg gav ham en kode fra min app, det fortryder jeg.",
    "Jeg har ikke klikket på noget.",
)
WORRIES = (
    "Min pension er 14.200 kr. om måneden, den kan jeg ikke undvære.",
    "Hvad skal jeg gøre nu?",
)
HOLDERS = (
    "Den nye konto tilhører efter oplysning fra Hedebanken en",
    "Modtagerkontoen står i Nordkyst Bank i navnet",
)

_OPEN, _MID, _CLOSE = "\x02", "\x03", "\x04"
_MARK = re.compile(f"{_OPEN}(\\w+){_MID}(.*?){_CLOSE}", re.S)
_ASCII = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "é": "e", "ć": "c", " ": ""})


def grouped(compact: str) -> str:
    """The value in groups of four, as printed on cards and IBANs."""
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))


def _lab(kind: str, value: str) -> str:
    return f"{_OPEN}{kind}{_MID}{value}{_CLOSE}"


def _mod11_fails(digits: str) -> bool:
    return sum(int(c) * w for c, w in zip(digits, WEIGHTS, strict=True)) % 11 != 0


def _iban(rng: random.Random) -> str:
    country = rng.choice(tuple(IBAN_LENGTH))
    bban = "".join(rng.choice("0123456789") for _ in range(IBAN_LENGTH[country] - 4))
    numeric = "".join(str(int(c, 36)) for c in bban + country + "00")
    return f"{country}{98 - int(numeric) % 97:02d}{bban}"


class Person:
    """A synthetic person: names, birth date, CPR digits and contact details that fit together."""

    def __init__(self, rng: random.Random, pseudo: str, young: bool = False) -> None:
        self.female = rng.random() < 0.5
        self.given = rng.choice(WOMEN if self.female else MEN)
        self.middle = rng.choice(MIDDLE) if rng.random() < 0.35 else ""
        self.surname = rng.choice(SURNAMES)
        if rng.random() < 0.25:
            self.surname += "-" + rng.choice([s for s in SURNAMES if s != self.surname])
        self.pseudo = pseudo
        start = date(1990 if young else 1931, 1, 1)
        self.born = start + timedelta(days=rng.randrange((date(2005, 12, 31) - start).days))
        century = "4" if self.born.year >= 2000 else rng.choice("0123")
        while True:
            serial = century + f"{rng.randrange(1000):03d}"
            digits = self.born.strftime("%d%m%y") + serial
            if _mod11_fails(digits):
                break
        self.cpr = digits
        self.phone = rng.choice(MOBILE) + f"{rng.randrange(10**6):06d}"
        local = self.given.lower().translate(_ASCII)
        last = self.surname.lower().translate(_ASCII)
        self.mail = rng.choice(
            (f"{local}.{last}", f"{local[0]}{last}", f"{local}{rng.randrange(10, 99)}")
        )
        self.mail += "@" + rng.choice(
            ("example.dk", "example.dk", "post.example.dk", "example.com")
        )
        tail = rng.choice((f"{self.born.year}", f"{self.born.year % 100:02d}"))
        self.mitid = local + tail
        self.street = (
            f"{rng.choice(STREETS)} {rng.randrange(1, 140)}{rng.choice(('', '', 'A', 'B', 'C'))}"
        )
        if rng.random() < 0.4:
            self.street += (
                f", {rng.choice(('st.', '1.', '2.', '3.'))} {rng.choice(('th.', 'tv.', 'mf.'))}"
            )
        self.town = " ".join(rng.choice(TOWNS))

    def first(self) -> str:
        return (
            f"{self.given} {self.middle}" if self.middle and " " not in self.given else self.given
        )


class Ctx:
    """Writes values into a template: marked for labelling, or pseudonymised in a negative."""

    def __init__(self, rng: random.Random, neg: bool) -> None:
        self.rng, self.neg = rng, neg
        self.day = date(2026, 3, 2) + timedelta(days=rng.randrange(14))

    def pick(self, *options: str) -> str:
        return self.rng.choice(options)

    # -- personal data ---------------------------------------------------------------------
    def name(self, p: Person, layout: str) -> str:
        if self.neg:
            return "[NAVN]" if self.rng.random() < 0.2 else p.pseudo
        words = [p.given, *([p.middle] if p.middle else []), p.surname]
        if layout == "three" and len(" ".join(words).split()) != 3:
            layout = "full"
        value = {
            "full": f"{p.given} {p.surname}",
            "three": " ".join(words),
            "caps": f"{p.given} {p.surname}".upper(),
            "surname first": f"{p.surname}, {p.given}",
            "initial": f"{p.given[0]}. {p.surname}",
            "given": p.given,
            "surname": p.surname,
            "lower": self.pick(p.given.lower(), f"{p.given} {p.surname}".lower()),
        }[layout]
        return _lab("PERSON", value)

    def gen(self, p: Person, whole: bool = False) -> str:
        """A genitive name ("Birthes", "Birthe Lindholts"; "Rasmus'", the apostrophe outside)."""
        if self.neg:
            return f"{p.pseudo}s"
        value = f"{p.given} {p.surname}" if whole else p.given
        return _lab("PERSON", value) + "'" if value[-1] in "sxz" else _lab("PERSON", value + "s")

    def kin(self, p: Person, *extra: str) -> str:
        """A relative's family word that fits the person (or another word, e.g. "nabo")."""
        return self.pick(*(("datter", "søster") if p.female else ("søn", "bror")), *extra)

    def alias(self) -> str:
        unit = self.pick(*ALIAS_UNITS)
        if self.neg:
            return f"[NAVN] {unit}"
        return f"{_lab('PERSON', self.pick(*ALIASES))} {unit}"

    def cpr(self, p: Person, layout: str | None = None) -> str:
        if self.neg:
            return self.pick("[CPR]", f"{p.cpr[:6]}-xxxx")
        d = p.cpr
        value = {
            "dash": f"{d[:6]}-{d[6:]}",
            "compact": d,
            "spaced": f"{d[:2]} {d[2:4]} {d[4:6]} {d[6:]}",
            "space": f"{d[:6]} {d[6:]}",
        }[layout or self.pick(*CPR_LAYOUTS)]
        return _lab("CPR", value)

    def dob(self, p: Person) -> str:
        if self.neg:
            return self.pick("[fødselsdato]", "xx.xx.xxxx")
        b = p.born
        value = self.pick(
            f"{b.day}. {MONTHS[b.month - 1]} {b.year}",
            f"{b:%d.%m.%Y}",
            f"{b.day}/{b.month}-{b.year}",
            f"{b:%d-%m-%Y}",
        )
        return _lab("DATE_OF_BIRTH", value)

    def phone(self, p: Person | None = None, abroad: bool = True) -> str:
        if self.neg:
            return self.pick("[TLF]", f"+45 ** ** ** {self.rng.randrange(10, 99)}")
        layouts = PHONE_LAYOUTS if abroad else PHONE_LAYOUTS[:-2]
        layout = self.rng.choices(layouts, PHONE_WEIGHTS[: len(layouts)])[0]
        if layout == "uk":
            return _lab("PHONE", f"+44 7700 900{self.rng.randrange(1000):03d}")
        if layout == "se":
            return _lab("PHONE", f"+46 70 174 06 {self.rng.randrange(5, 100):02d}")
        n = p.phone if p else self.pick(*MOBILE, *LANDLINE) + f"{self.rng.randrange(10**6):06d}"
        pairs = " ".join(n[i : i + 2] for i in range(0, 8, 2))
        value = {
            "+45 c": f"+45 {n}",
            "+45 pairs": f"+45 {pairs}",
            "+45 fours": f"+45 {n[:4]} {n[4:]}",
            "fours": f"{n[:4]} {n[4:]}",
            "(+45) pairs": f"(+45) {pairs}",
            "0045 c": f"0045 {n}",
            "pairs": pairs,
            "c": n,
            "+45c": f"+45{n}",
            "dots": pairs.replace(" ", "."),
        }[layout]
        return _lab("PHONE", value)

    def email(self, p: Person | None = None, local: str = "") -> str:
        if self.neg:
            return self.pick("[e-mail]", f"{(p.mail if p else local)[0]}***@example.dk")
        return _lab("EMAIL", p.mail if p else f"{local}@example.dk")

    def address(self, p: Person, two_lines: bool) -> str:
        if self.neg:
            return "[ADRESSE]"
        return _lab("ADDRESS", p.street + ("\n" if two_lines else ", ") + p.town)

    def street(self, p: Person) -> str:
        """The address without postcode and town (a one-line mention)."""
        return "[ADRESSE]" if self.neg else _lab("ADDRESS", p.street)

    def account(self) -> str:
        """A reg.nr. and account, joined into one span or with the account alone labelled."""
        reg = f"{self.rng.randrange(1000, 9999)}"
        acct = f"{self.rng.randrange(10**8, 10**10):010d}"
        if self.neg:
            return self.pick("[kontonr.]", f"******{acct[-4:]}", f"reg.nr. {reg}, konto [kontonr.]")
        form = self.rng.randrange(4)
        if form == 0:
            return _lab("BANK_ACCOUNT", f"{reg}-{acct}")
        if form == 1:
            return _lab("BANK_ACCOUNT", f"{reg} {acct}")
        if form == 2:
            return f"reg.nr. {reg}, kontonr. {_lab('BANK_ACCOUNT', acct)}"
        short = f"{self.rng.randrange(10**6, 10**8)}"
        return f"reg. {reg} konto {_lab('BANK_ACCOUNT', short)}"

    def iban(self) -> str:
        if self.neg:
            return self.pick(
                "[IBAN]",
                f"DK{self.rng.randrange(10, 99)}XXXXXXXXXX{self.rng.randrange(1000, 9999)}",
            )
        value = _iban(self.rng)
        return _lab("IBAN", grouped(value) if self.rng.random() < 0.6 else value)

    def card(self) -> str:
        number = self.pick(*TEST_CARDS)
        if self.neg:
            return self.pick(f"**** **** **** {number[-4:]}", "[kortnummer]")
        return _lab("CARD", grouped(number) if self.rng.random() < 0.6 else number)

    def expiry(self) -> str:
        if self.neg:
            return "xx/xx"
        month, year = self.rng.randrange(1, 13), self.rng.randrange(26, 32)
        return _lab("CARD_EXPIRY", self.pick(f"{month:02d}/{year}", f"{month:02d}/20{year}"))

    def cvv(self) -> str:
        cue = self.pick("CVV", "cvc", "CVC", "kontrolcifre")
        if self.neg:
            return f"{cue} ***"
        return f"{cue} {_lab('CARD_CVV', f'{self.rng.randrange(1000):03d}')}"

    def otp(self) -> str:
        if self.neg:
            return "[kode]"
        digits = self.rng.choice((6, 6, 6, 8))
        value = f"{self.rng.randrange(10 ** (digits - 1), 10**digits)}"
        return _lab("OTP", value)

    def mitid(self, p: Person) -> str:
        return "[bruger-ID]" if self.neg else _lab("MITID_USER", p.mitid)

    def plate(self) -> str:
        if self.neg:
            return "[nummerplade]"
        letters = "".join(self.rng.choice(PLATE_LETTERS) for _ in range(2))
        n = f"{self.rng.randrange(10, 100)}{self.rng.randrange(100, 1000)}"
        value = f"{letters} {n[:2]} {n[2:]}" if self.rng.random() < 0.7 else letters + n
        return _lab("NUMBER_PLATE", value)

    # -- hard negatives ----------------------------------------------------------------------
    def amount(self) -> str:
        kroner = self.rng.randrange(300, 95000)
        whole = f"{kroner:,}".replace(",", ".")
        return self.pick(f"{whole} kr.", f"kr. {whole},{self.rng.randrange(100):02d}")

    def clock(self) -> str:
        return f"{self.rng.randrange(8, 17):02d}.{self.rng.randrange(60):02d}"

    def date(self, back: int = 0) -> str:
        return f"{self.day - timedelta(days=back):%d.%m.%y}"

    def stamp(self) -> str:
        return f"{self.day:%Y-%m-%d} {self.clock().replace('.', ':')}"

    def long_date(self) -> str:
        return f"{self.day.day}. {MONTHS[self.day.month - 1]} {self.day.year}"

    def case(self) -> str:
        r = self.rng
        return self.pick(f"SK-26-{r.randrange(10**5):05d}", f"PEN-2026-{r.randrange(10**4):04d}")

    def cvr(self) -> str:
        return f"CVR-nr. {self.rng.randrange(10**7, 10**8)}"

    def org_line(self) -> str:
        return self.pick(*ORG_LINES)

    def staff(self, pseudo: str = "Medarbejder A") -> Person:
        return Person(self.rng, pseudo, young=True)


def _staff_mail(c: Ctx, p: Person) -> str:
    local = f"{p.given[0]}{p.surname}".lower().translate(_ASCII).replace("-", "")
    if c.neg:
        return f"{local[0]}***@example.dk"
    return _lab("EMAIL", f"{local}@example.dk")


def brev_medlem(c: Ctx) -> str:
    m, s, org = Person(c.rng, "Medlem A"), c.staff(), c.pick(*ORGS)
    pension = org == "PensionFælles"
    body = c.pick(
        f"Vi har den {c.date(6)} modtaget en anmodning om at ændre din udbetalingskonto til "
        f"{c.account()}. Anmodningen kom ikke fra dig, og vi har derfor afvist den. Din "
        f"{'pension' if pension else 'løn'} udbetales fortsat til {c.account()}.",
        f"Som aftalt i telefonen har vi spærret dit betalingskort {c.card()} og bestilt et nyt. "
        f"Der blev {c.date(3)} hævet {c.amount()}, som vi har tilbageført.",
        "Der er oprettet en ny e-mailadresse, "
        f"{c.email(local='sikker.' + m.surname.lower().translate(_ASCII).replace('-', ''))}, "
        f"og et nyt telefonnummer, {c.phone()}, på din profil i {c.pick(*PRODUCTS)}. Vi har "
        f"slettet begge og sat dine egne oplysninger ({c.phone(m)}, {c.email(m)}) tilbage.",
    )
    return (
        f"{org}\nMedlemsservice\n{c.cvr()}\n\n{c.name(m, c.pick('full', 'three', 'caps'))}\n"
        f"{c.address(m, True)}\n\n{c.pick('Esbjerg', 'Vejen', 'Ribe')}, {c.long_date()}\n\n"
        f"Vedr. misbrug af din identitet, sag {c.case()}\n"
        f"CPR-nr.: {c.cpr(m)}\n\nKære {c.name(m, 'given')}\n\n{body}\n\n"
        "Vi anbefaler, at du "
        f"{c.pick(*ADVICE)}. "
        f"Har du spørgsmål, kan du ringe på {c.org_line()} eller skrive til "
        f"{c.email(local=c.pick('medlemsservice', 'kundeservice', 'sikkerhed'))}.\n\n"
        f"Med venlig hilsen\n\n{c.name(s, c.pick('full', 'initial'))}"
        f"\n{c.pick('Medlemsrådgiver', 'Kunderådgiver', 'Sagsbehandler')}, {org}\n"
        f"Direkte: {c.phone(s, abroad=False)}\n"
    )


def mail_medlem(c: Ctx) -> str:
    m, other = Person(c.rng, "Medlem A"), Person(c.rng, "Medlem B")
    sign = c.name(m, c.pick("lower", "lower", "given", "full"))
    called = f'Jeg blev ringet op i går af en, der kaldte sig "{c.alias()}".'
    return (
        f"Fra: {c.name(m, 'full')} <{c.email(m)}>\nTil: "
        f"{c.email(local=c.pick('medlemsservice', 'kundeservice'))}\n"
        f"Dato: {c.stamp()}\nEmne: "
        f"{c.pick(*SUBJECTS)}\n\n"
        f"Hej\n\n{c.pick(OPENINGS[0], called, OPENINGS[1])} "
        "Det har jeg ikke bedt om. "
        f"{c.pick(*SECONDS)}\n"
        f"Mit CPR-nr. er {c.cpr(m)}, og jeg bor stadig på {c.address(m, False)}.\n"
        f"I kan ringe på {c.phone(m)} efter kl. {c.clock()}, eller til min "
        f"{c.kin(other, 'nabo')} "
        f"{c.name(other, c.pick('full', 'three', 'given'))} på {c.phone(other)}.\n"
        f"{c.pick(WORRIES[0], f'Der mangler {c.amount()} på kontoen.', WORRIES[1])}\n\n"
        f"{c.pick('Venlig hilsen', 'Mvh', 'Hilsen')}\n{sign}\n"
    )


def notat_samtale(c: Ctx) -> str:
    m, s = Person(c.rng, "Medlem A"), c.staff()
    if c.rng.random() < 0.5:
        return (
            f"Opkaldsnotat {c.date()} kl. {c.clock()}, sag {c.case()}\nMedarbejder: "
            f"{c.name(s, 'initial')}\n"
            f"Medlem: {c.name(m, 'surname first')} (CPR {c.cpr(m)})\nRinger fra: {c.phone(m)}\n\n"
            f"Medlemmet fortæller, at {c.pick('en person', 'nogen')}, der præsenterede sig som "
            f'"{c.alias()}", ringede fra {c.phone()}. {c.gen(m)} MitID-bruger-ID {c.mitid(m)} blev '
            f"oplyst, og medlemmet læste koden {c.otp()} op. Bagefter bad de om kortnummer "
            f"{c.card()}, udløb {c.expiry()} og {c.cvv()}.\n"
            f"Kort spærret. {c.pick(*PRODUCTS)} lukket. Beløb i spil: {c.amount()}. "
            f"Medlemmet henvist til at ringe {c.pick('112', '114')} ved ny kontakt.\n"
        )
    relative = Person(c.rng, "Kunde 2")
    return (
        f"Møde i filialen {c.date()} kl. {c.clock()}\nTil stede: "
        f"{c.name(m, c.pick('three', 'full', 'caps'))}, "
        f"{c.kin(relative, 'barnebarn')} {c.name(relative, 'full')} og rådgiver "
        f"{c.name(s, 'full')}\n\n"
        f"{c.name(m, 'given')} har fået afvist sit lån, fordi der er oprettet to forbrugslån i "
        f"{c.gen(m, True)} navn. Vi gennemgik udskrifterne sammen. Overførsel af {c.amount()} "
        f"til {c.iban()} blev foretaget {c.stamp()}.\n"
        f"Ny kontaktadresse noteret: {c.address(m, False)}. Tlf. {c.phone(m)}.\n"
        f"Medlemmet oplyser, at en ukendt mand har hentet post ved boligen; naboen så en bil med "
        f"nummerpladen {c.plate()}, som holdt parkeret på {c.pick(*STREETS)}.\n"
        f"Opfølgning: {c.name(s, 'given')} ringer til {c.name(relative, 'given')} på "
        f"{c.phone(relative)}.\n"
    )


def undersoegelse_konto(c: Ctx) -> str:
    m, s = Person(c.rng, "Medlem A"), c.staff()
    old = Person(c.rng, "Medlem B")
    return (
        f"UNDERSØGELSE: ÆNDRET UDBETALINGSKONTO\nSag: {c.case()}\nSagsbehandler: "
        f"{c.name(s, 'full')}\n\n"
        f"Medlem: {c.name(m, 'caps')}\nCPR-nr.: {c.cpr(m)}\nMedlemsnr.: "
        f"{c.rng.randrange(10**5):05d}-{c.rng.randrange(10)}\n"
        f"Oprindelig konto: {c.account()}\nNy konto (ændret {c.stamp()} via selvbetjening): "
        f"{c.account()}\n"
        f"Udlandsbetaling bestilt til: {c.iban()}\n"
        f"Kontaktoplysninger ændret samme aften: tlf. fra {c.phone(m)} til {c.phone(old)}, "
        f"e-mail fra {c.email(m)} til {c.email(old)}\n\n"
        f"Forløb: Log-in med {c.gen(m)} MitID ({c.mitid(m)}) fra en ukendt enhed. "
        f"Udbetaling på {c.amount()} er stoppet {c.date()}. "
        f"{c.pick(*HOLDERS)} "
        f"{c.name(old, c.pick('full', 'surname first'))}, tidligere set i sag {c.case()}.\n"
        "Konklusion: "
        f"{c.pick('Identitetsmisbrug.', 'Sandsynligt identitetsmisbrug, politianmeldt.')} "
        f"Maskeret i brev til medlemmet som {m.cpr[:6]}-xxxx.\n"
    )


def fuldmagt(c: Ctx) -> str:
    g, a = Person(c.rng, "Medlem A"), Person(c.rng, "Fuldmagtshaver B")
    return (
        f"FULDMAGT\n\nUndertegnede\nNavn: {c.name(g, c.pick('three', 'full', 'caps'))}\nCPR-nr.: "
        f"{c.cpr(g)}\n"
        f"Adresse: {c.address(g, c.rng.random() < 0.5)}\n\ngiver hermed fuldmagt til\n"
        f"Navn: {c.name(a, c.pick('full', 'three'))}, født {c.dob(a)}\nAdresse: "
        f"{c.address(a, True)}\n"
        f"Tlf.: {c.phone(a)}\nE-mail: {c.email(a)}\n\n"
        f"til at handle på mine vegne over for {c.pick(*ORGS)}, herunder at disponere over konto "
        f"{c.account()} og at sælge min bil, {c.plate()}.\n"
        f"Fuldmagten gælder fra {c.date()} og kan tilbagekaldes.\n\n"
        f"{c.pick('Esbjerg', 'Varde', 'Kolding')}, {c.long_date()}\n\n______________________\n"
        f"{c.name(g, 'caps')}\n\nModtaget af {c.name(Person(c.rng, 'Medarbejder A'), 'initial')}, "
        f"{c.pick(*ORGS)}, sag {c.case()}\n"
    )


def doedsbo(c: Ctx) -> str:
    d, h, s = Person(c.rng, "Medlem A"), Person(c.rng, "Arving 1"), c.staff()
    return (
        f"Notat: henvendelse fra dødsbo {c.date()}\n\nAfdøde: "
        f"{c.name(d, c.pick('full', 'surname first', 'three'))}, "
        f"f. {c.dob(d)}, CPR {c.cpr(d)}\nSidste adresse: {c.address(d, False)}\n"
        f"Henvendelse fra: {c.name(h, 'full')} ({c.kin(h, 'barnebarn')}), "
        f"tlf. {c.phone(h)}, {c.email(h)}\n\n"
        f"{c.name(h, 'given')} har skifteretsattest fra Skifteretten og ønsker kontoen "
        f"{c.account()} "
        f"gjort op. Efter dødsfaldet er der hævet {c.amount()} med {c.gen(d)} kort {c.card()} "
        f"(udløb {c.expiry()}); kortet er nu spærret. {c.pick('Koden', 'Engangskoden')} {c.otp()} "
        f"blev sendt til afdødes telefon {c.phone(d)} dagen efter begravelsen.\n"
        f"Afdødes bil, {c.plate()}, står parkeret på {c.pick(*STREETS)} ved boligen.\n"
        f"Rådgiver {c.name(s, 'full')} sender boopgørelse til {c.email(h)}.\n"
    )


def klage_ankenaevn(c: Ctx) -> str:
    m, sister = Person(c.rng, "Medlem A"), Person(c.rng, "Kunde 2")
    return (
        f"Klage til Ankenævnet for Pengeinstitutter (udkast)\n\nKlager: {c.name(m, 'full')}\n"
        f"Adresse: {c.address(m, True)}\nTelefon: {c.phone(m)}\nE-mail: {c.email(m)}\n"
        f"Pengeinstitut: Sparekassen Sønderå, sag {c.case()}\n\nHvad drejer klagen sig om?\n"
        f"Den {c.date(9)} blev jeg ringet op af {c.pick('en', 'en person')}, der "
        "præsenterede sig som "
        f'"{c.alias()}". Jeg gav mit kortnummer {c.card()}, udløbsdato {c.expiry()} og {c.cvv()}, '
        f"og jeg læste sms-koden {c.otp()} op. Bagefter gav jeg også mit MitID-bruger-ID, "
        f"{c.mitid(m)}. "
        f"Samme aften blev der overført {c.amount()} til {c.iban()}.\n"
        f"Min {c.kin(sister)} "
        f"{c.name(sister, c.pick('full', 'three', 'surname first'))} var til stede og kan "
        "bekræfte det. "
        f"{c.pick('Min mand', 'Min søn')} ringede straks til sparekassen på {c.org_line()}.\n\n"
        f"Hvad ønsker du?\nAt Sparekassen Sønderå betaler {c.amount()} tilbage.\n\n"
        f"Dato: {c.date()}\nUnderskrift: {c.name(m, c.pick('full', 'lower', 'caps'))}\n"
    )


def intern_mail(c: Ctx) -> str:
    a, b, m = c.staff(), c.staff("Medarbejder B"), Person(c.rng, "Medlem A")
    return (
        f"Fra: {c.name(a, 'full')} <{_staff_mail(c, a)}>\nTil: {_staff_mail(c, b)}\n"
        f"Cc: {c.email(local='svindel')}\nDato: {c.stamp()}\n"
        f"Emne: SV: {c.name(m, 'surname first')} - "
        f"{c.pick('ændret udbetalingskonto', 'mistænkelig fuldmagt', 'kort misbrugt')}\n\n"
        f"Hej {c.name(b, 'given')}\n\nKan du kigge på {c.gen(m, c.rng.random() < 0.5)} sag? CPR "
        f"{c.cpr(m)}. {'Hun' if m.female else 'Han'} ringede fra {c.phone(m)}, men nummeret i "
        f"systemet er {c.phone()}. "
        f"Der er bestilt overførsel til {c.iban()} på {c.amount()}, og kortet {c.card()} er brugt "
        "online "
        f"med {c.cvv()}.\n{c.pick('Jeg har lagt det i sagen', 'Sagsnr.')} {c.case()}.\n\n"
        f"/{c.name(a, c.pick('given', 'initial'))}\n"
    )


def tjekliste(c: Ctx) -> str:
    m, s = Person(c.rng, "Medlem A"), c.staff()
    box = ("[x]", "[ ]")
    return (
        "TJEKLISTE - IDENTITETSMISBRUG\nUdfyldt af: "
        f"{c.name(s, c.pick('full', 'caps', 'initial'))}, {c.date()}\n"
        f"Sag: {c.case()}\n\n[x] Navn: {c.name(m, c.pick('surname first', 'caps', 'three'))}\n"
        f"[x] Fødselsdato: {c.dob(m)}\n[x] CPR-nr. kontrolleret: {c.cpr(m)}\n"
        f"[x] Adresse: {c.address(m, False)}\n[x] Tlf.: {c.phone(m)}\n[x] E-mail: {c.email(m)}\n"
        f"{c.pick(*box)} MitID-bruger-ID spærret: {c.mitid(m)}\n"
        f"{c.pick(*box)} Kort spærret: {c.card()} udløb {c.expiry()}\n"
        f"{c.pick(*box)} Udbetalingskonto nulstillet til {c.account()}\n"
        f"[ ] Politianmeldelse (medlemmet gør selv)\n[x] Tilbageført: {c.amount()}\n"
        f"Bemærkning: {c.pick('Medlemmet fik engangskoden', 'Kode sendt til kontrol:')} {c.otp()} "
        f"{c.pick('på sms', 'til sin nye telefon')}.\n"
    )


def sms(c: Ctx) -> str:
    m = Person(c.rng, "Medlem A")
    h, mi = c.rng.randrange(8, 20), c.rng.randrange(50)
    org = c.pick(*ORGS)
    return (
        f"SMS-log, {c.date()}, {c.pick('medlem', 'kunde')} "
        f"{c.name(m, c.pick('full', 'surname first', 'caps'))}, "
        f"nummer {c.phone(m)}\n\n[{h:02d}:{mi:02d}] {org}: Hej {c.name(m, 'given')}. Din "
        f"engangskode er {c.otp()}. "
        f"Del den aldrig med nogen - heller ikke os.\n"
        f"[{h:02d}:{mi + 3:02d}] {org}: Vi har registreret en ændring af din udbetalingskonto til "
        f"******{c.rng.randrange(1000, 9999)}. Var det ikke dig, så ring {c.org_line()}.\n"
        f"[{h:02d}:{mi + 7:02d}] Svar: det var ikke mig!! ring til mig på {c.phone(m)}. mvh "
        f"{c.name(m, 'lower')}\n"
        f"[{h:02d}:{mi + 9:02d}] {org}: Tak. Vi har spærret ændringen. Din sag har nr. {c.case()}"
        ".\n"
    )


WRITERS: dict[str, Callable[[Ctx], str]] = {
    "brev_medlem": brev_medlem,
    "mail_medlem": mail_medlem,
    "notat_samtale": notat_samtale,
    "undersoegelse_konto": undersoegelse_konto,
    "fuldmagt": fuldmagt,
    "doedsbo": doedsbo,
    "klage_ankenaevn": klage_ankenaevn,
    "intern_mail": intern_mail,
    "tjekliste": tjekliste,
    "sms": sms,
}


def _document(marked: str) -> tuple[str, list[dict]]:
    """The text without marks, and the marked values as spans."""
    text, spans, last = [], [], 0
    length = 0
    for hit in _MARK.finditer(marked):
        text.append(marked[last : hit.start()])
        length += hit.start() - last
        spans.append({"start": length, "end": length + len(hit.group(2)), "type": hit.group(1)})
        text.append(hit.group(2))
        length += len(hit.group(2))
        last = hit.end()
    text.append(marked[last:])
    return "".join(text), spans


def generate(seed: int | str = SEED, size: int = SIZE) -> list[dict]:
    """The set: `size` documents, NEGATIVES / SIZE of them pseudonymised, genres in turn."""
    rng = random.Random(seed)
    negatives = size * NEGATIVES // SIZE
    plan = [(GENRES[i % len(GENRES)], i < negatives) for i in range(size)]
    rng.shuffle(plan)
    docs, seen = [], set()
    for genre, neg in plan:
        while True:
            text, spans = _document(WRITERS[genre](Ctx(rng, neg)))
            if text not in seen:
                break
        seen.add(text)
        docs.append(
            {
                "id": f"pii_blind65-{len(docs):04d}",
                "genre": genre,
                "kind": "negative" if neg else "positive",
                "text": text,
                "spans": spans,
            }
        )
    return docs


def main(argv: list[str]) -> None:
    out = Path(argv[1]) if len(argv) > 1 else Path("bench/data/pii_blind65.jsonl")
    rows = (json.dumps(doc, ensure_ascii=False) for doc in generate())
    out.write_text("".join(row + "\n" for row in rows), encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv)
