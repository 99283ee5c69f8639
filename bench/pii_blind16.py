"""A seventeenth blind, seeded generator of Danish text with labelled personal data (issue 18).

Written without looking at the recognisers, their word lists or the earlier generators' bodies,
as a held-out test set with its own names, streets and towns. Its theme is SPOKEN AND NOISY
text in a bank's fraud team, in eight genres: automatic speech-recognition transcripts of calls
to the fraud hotline ("asr_opkald": lower case without punctuation or cased with some, fillers
"øh", "altså", "ikke", speaker turns "agent:"/"kunde:" or none), voicemail transcriptions
("talebesked": caller number, time, duration, the engine's text), OCR'd scanned letters and
forms ("ocr_brev": broken lines, words hyphenated across lines, stray "|", "¦" and "~",
doubled spaces, two columns run together on one line), chat and SMS threads ("chat_sms":
typos, emoji, "mvh", "tlf", "ring lige", "pls"), handwritten complaint forms transcribed by a
clerk ("klageskema": block capitals, "[ulæseligt]", "(overstreget: ...)"), call-centre
agents' hasty notes ("agentnotat": "kunde opl. cpr ... ringer tilbage på ..."), subtitles of
a police interview about a safe-account scam ("afhoering": SRT blocks with "00:01:02,300 -->
00:01:05,900" and "AFHØRER:"/"AFHØRTE:") and a victim's own retelling on paper
("offerberetning"). Names are those of Danes of all ages, Danes with roots elsewhere
("Hassan Abdi", "Agnieszka Nowak"), double surnames ("Kjær-Bundgaard") and the bank's staff.

Conventions (exact offsets are scored):
- PERSON is a name as written, without title or role ("agent", "kunde", "AFHØRER",
  "sagsbehandler"): "Birte Holm", lower case "birte holm" or "birte" (ASR, chat), block
  capitals "BIRTE HOLM" and "HOLM, BIRTE" (forms), "Holm, Birte" is one span, a middle name
  belongs to it, a genitive s belongs to it ("Birtes"). A scammer's alias ("Mikkel fra
  Kystbanken") is PERSON, the bank is not. Speaker labels, organisations, products,
  placeholders ("[NAVN]", "Kunde A") and family words ("min søn") are never PERSON.
- ADDRESS runs from the street name through number, letter, floor and side, plus the postcode
  and town on the same line or on the next line (line break included). Forms: "Kirkevej 14B,
  2. tv., 8000 Aarhus C"; without commas "Kirkevej 14B 2 tv 8000 Aarhus C" (chat, notes, ASR);
  spoken "kirkevej 14 b anden sal til venstre 8000 aarhus c" (floors "stuen", "første sal" ..
  "fjerde sal", sides "til venstre", "til højre", "midtfor"); OCR with doubled spaces inside
  ("Kirkevej 14B,  2. tv.  8000 Aarhus C"); block capitals; street and number alone. A street
  named without a number, and a town alone, are not addresses.
- CPR numbers are synthetic: a real birth date, a seventh digit fitting the century (0-3 for
  the 1900s, 4 for 2000-2005) and a serial chosen so the number FAILS modulus 11. Forms
  "DDMMYY-SSSS", "DDMMYYSSSS", "DD MM YY SSSS", "DDMMYY SSSS", read out in pairs
  "DD MM YY SS SS" and "DDMMYY SS SS" (ASR, voicemail, interview).
- DATE_OF_BIRTH: a full date with a four-digit year, labelled only straight after "født",
  "født den", "f.", "fødselsdato" or "Fødselsdato:" (any case): "4. juni 1952", spoken "4 juni
  1952", "04.06.1952", "4.6.1952", "4/6-1952", "04-06-1952". No other date or time is labelled.
- PHONE: Danish 8-digit numbers from mobile and landline ranges (never 70, 80 or 90), written
  "+45 20304050", "+45 20 30 40 50", "(+45) 20 30 40 50", "0045 20304050", "+4520304050",
  "2030 4050", "20 30 40 50" (pairs, the usual ASR form), "20304050", "20.30.40.50",
  "20-30-40-50" and spoken "plus 45 20 30 40 50" (the words "plus 45" inside the span), and
  foreign numbers from fiction-reserved ranges only: "+44 7700 900xxx" and "+46 70 174 06 xx"
  (xx 05-99). An organisation's number (70/80 lines, 112, 114, 1813, SMS short codes) is never
  PHONE.
- EMAIL: every e-mail address (all on example.* domains), each occurrence, staff's too; in
  ASR and voicemail also as the engine hears it, "birte.holm snabel-a example.dk", the whole
  phrase one span.
- BANK_ACCOUNT: reg.nr. and account together ("1234-0012345678", "1234 12345678") are one span;
  where the reg.nr. has its own word ("reg 1234 konto 12345678", "registreringsnummer 1234
  kontonummer 12 34 56 78 90") only the account is the span, also when read in pairs.
  IBAN: valid check digits and the country's length (IBAN_LENGTH), grouped by four or compact,
  lower case in lower-case ASR. CARD: Luhn-valid with a published test prefix (TEST_PREFIXES),
  grouped by four, compact, or with dashes on forms ("4111-1111-1111-1111"). CARD_EXPIRY
  "MM/YY", "MM/YYYY", "MM-YY" and spoken "MM YY"; CARD_CVV 3 digits after "CVV", "cvc",
  "kontrolcifre", "sikkerhedskode" or "de tre cifre (bagpå)". OTP: a one-time code sent, asked
  for or given, 6 or 8 digits, "123456", "123 456", "12 34 56", "1234 5678", "12345678".
  MITID_USER: a MitID user ID given as such ("birte1952", "jholm62"). NUMBER_PLATE: a Danish
  plate, "CX 44 912", compact "CX44912" (OCR), lower case "cx 44 912" (ASR).
- Hard negatives, never labelled: amounts ("24.000 kr.", "24000 kroner", "849,95 kr"), dates
  and times ("03.03.26", "kl. 09.14", "kl 14 30", "[09:14]", SRT "00:01:02,300"), durations
  ("0:42"), call, case and police journal numbers ("OPK-2026-48213", "SAG-2026-00412",
  "0400-80912-00311-26"), masked values ("050652-xxxx", "+45 ** ** ** 31", "b***@example.dk",
  "**** **** **** 1111", "LT12 XXXX XXXX 3456"), organisations' 70/80 and short numbers,
  banks, products and family words. Documents of kind "negative" are the same genres after
  pseudonymisation: stand-ins ("[NAVN]", "[ADRESSE]", "[CPR]", "[TLF]", "[E-MAIL]", "[KONTO]",
  "[KODE]", "[KORT]", "[IBAN]", "[BIL]", "[BRUGER-ID]", "[DATO]", "[UDLØB]") and the hard negatives
  remain. No run of ten or more digits occurs outside a labelled identifier, and the noise
  (OCR, typos) never touches a labelled value.

Each document is {"id", "genre", "kind", "text", "spans": [{"start", "end", "type"}]}.
``python -m bench.pii_blind16 OUT.jsonl`` writes the set; ``generate()`` returns it.
"""

from __future__ import annotations

import json
import random
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

SEED = 16_1716
SIZE = 1000
NEGATIVES = 350
WEIGHTS = (4, 3, 2, 7, 6, 5, 4, 3, 2, 1)
TYPES = (
    "PERSON", "ADDRESS", "CPR", "DATE_OF_BIRTH", "PHONE", "EMAIL", "BANK_ACCOUNT", "IBAN", "CARD",
    "CARD_EXPIRY", "CARD_CVV", "OTP", "MITID_USER", "NUMBER_PLATE",
)  # fmt: skip
GENRES = (
    "asr_opkald",
    "talebesked",
    "ocr_brev",
    "chat_sms",
    "klageskema",
    "agentnotat",
    "afhoering",
    "offerberetning",
)
MOBILE = (
    "20",
    "22",
    "24",
    "26",
    "28",
    "29",
    "30",
    "31",
    "40",
    "42",
    "50",
    "51",
    "52",
    "53",
    "60",
    "61",
)
LANDLINE = (
    "33",
    "36",
    "39",
    "43",
    "46",
    "48",
    "56",
    "59",
    "62",
    "65",
    "66",
    "75",
    "86",
    "89",
    "96",
    "98",
)
TEST_PREFIXES = ("411111", "401288", "424242", "400005", "555555", "510510", "222300")
IBAN_LENGTH = {"DK": 18, "DE": 22, "LT": 20, "SE": 24, "NL": 18, "GB": 22, "ES": 24}
ORG_LINES = ("70 26 41 18", "7044 9020", "80 33 91 91", "8020 6655", "112", "114", "1813", "1272")
BANKS = ("Kystbanken", "Egnsbanken Nord", "Andelskassen Sønderå", "Nordhavn Sparekasse")
PRODUCTS = ("Kortsikring Plus", "SvindelDækning Basis", "Bankbox", "MobilKasse")
STAND_INS = (
    "[NAVN]",
    "[ADRESSE]",
    "[CPR]",
    "[TLF]",
    "[E-MAIL]",
    "[KONTO]",
    "[KODE]",
    "[KORT]",
    "[IBAN]",
    "[BIL]",
    "[BRUGER-ID]",
    "[DATO]",
    "[UDLØB]",
)

WOMEN = (
    "Birte", "Hanne", "Lone", "Gitte", "Kirsten", "Inger", "Ellen", "Bodil", "Tove", "Ulla",
    "Vibeke", "Pia", "Camilla", "Signe", "Freja", "Nanna", "Astrid", "Rikke", "Trine", "Malene",
    "Sidsel", "Dorthe", "Jytte", "Grethe", "Merete", "Louise", "Maja", "Ditte", "Karoline",
    "Fatima", "Zeynep", "Aisha", "Samira", "Yasmin", "Agnieszka", "Leila", "Sofie", "Asta",
)  # fmt: skip
MEN = (
    "Poul", "Preben", "Flemming", "Bent", "Erik", "Jørgen", "Leif", "Kaj", "Arne", "Henning",
    "Torben", "Søren", "Anders", "Jesper", "Kasper", "Rasmus", "Mads", "Jonas", "Frederik",
    "Magnus", "Villads", "Ole", "Niels", "Palle", "Svend", "Knud", "Benny", "Carsten", "Ib",
    "Ahmad", "Mehmet", "Hassan", "Omar", "Piotr", "Tomasz", "Emil", "Oskar", "Valdemar",
)  # fmt: skip
SURNAMES = (
    "Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen",
    "Rasmussen", "Jørgensen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Poulsen", "Møller",
    "Mortensen", "Knudsen", "Lauridsen", "Bundgaard", "Vestergaard", "Kjærgaard", "Damgaard",
    "Bruun", "Lund", "Holm", "Friis", "Kofoed", "Iversen", "Svendsen", "Winther", "Brandt",
    "Ravn", "Toft", "Krog", "Hvid", "Mikkelsen", "Skovgaard", "Thygesen", "Enevoldsen",
    "Bisgaard", "Kjær", "Demir", "Kaya", "Abdi", "Hussein", "Nowak", "Kowalski", "Rahimi",
    "Haddad", "Bech", "Gade",
)  # fmt: skip
MIDDLE = ("Marie", "Kirstine", "Juhl", "Munk", "Bech", "Dam", "Skov", "Lykke", "Ali", "Hvass")
ALIASES = ("Mikkel", "Jonas", "Martin", "Christian", "Thomas", "Daniel", "Lasse", "Michael")
STREETS = (
    "Kirkevej", "Skolegade", "Møllevej", "Algade", "Stationsvej", "Engvej", "Birkealle",
    "Rosenvænget", "Kastanievej", "Hybenvej", "Bøgeløkken", "Lærkevej", "Søndergade",
    "Østergade", "Grønnegade", "Havnegade", "Slotsgade", "Hjortevænget", "Tranevej", "Mågevej",
    "Fiskerstræde", "Violvej", "Ahornvej", "Præstegårdsvej", "Jernbanegade", "Torvegade",
    "Solsikkevej", "Humlebakken", "Egevænget", "Tjørnevej", "Skovbrynet", "Vibevej",
)  # fmt: skip
TOWNS = (
    "8000 Aarhus C", "5000 Odense C", "9000 Aalborg", "7100 Vejle", "6700 Esbjerg",
    "4000 Roskilde", "3000 Helsingør", "8900 Randers", "7400 Herning", "8600 Silkeborg",
    "4700 Næstved", "6000 Kolding", "2300 København S", "2200 København N", "2720 Vanløse",
    "2800 Kongens Lyngby", "2630 Taastrup", "4200 Slagelse", "4300 Holbæk", "7500 Holstebro",
    "8700 Horsens", "9800 Hjørring", "6400 Sønderborg", "5700 Svendborg", "3400 Hillerød",
    "4800 Nykøbing F", "6100 Haderslev", "7800 Skive", "8800 Viborg", "3700 Rønne",
)  # fmt: skip
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
FLOORS = {
    "st.": "stuen",
    "1.": "første sal",
    "2.": "anden sal",
    "3.": "tredje sal",
    "4.": "fjerde sal",
}
SIDES = {"tv.": "til venstre", "th.": "til højre", "mf.": "midtfor"}
PLATE_LETTERS = "ABCDEFHJKLMNOPRSTUVXYZ"
EMOJI = ("😬", "🙏", "😢", "👍", "😡", "🤦", "❤️", "😱")
FAMILY = ("min søn", "min datter", "min mand", "min kone", "mit barnebarn", "min nabo")

Part = str | tuple[str, str]


def grouped(value: str, size: int = 4) -> str:
    return " ".join(value[i : i + size] for i in range(0, len(value), size))


def pairs(value: str) -> str:
    return grouped(value, 2)


def cpr_digits(rng: random.Random, born: date) -> str:
    head = born.strftime("%d%m%y")
    first = "4" if born.year >= 2000 else rng.choice("0123")
    while True:
        n = head + first + f"{rng.randrange(1000):03d}"
        if sum(int(c) * w for c, w in zip(n, WEIGHTS, strict=True)) % 11:
            return n


def luhn_card(rng: random.Random) -> str:
    body = rng.choice(TEST_PREFIXES) + "".join(rng.choice("0123456789") for _ in range(9))
    total = 0
    for i, c in enumerate(reversed(body)):
        d = int(c) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return body + str((10 - total % 10) % 10)


def iban(rng: random.Random, country: str) -> str:
    size = IBAN_LENGTH[country] - 4
    if country in ("NL", "GB"):
        bban = "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(4))
        bban += "".join(rng.choice("0123456789") for _ in range(size - 4))
    else:
        bban = "".join(rng.choice("0123456789") for _ in range(size))
    number = int("".join(str(int(c, 36)) for c in bban + country + "00"))
    return f"{country}{98 - number % 97:02d}{bban}"


@dataclass
class Person:
    first: str
    last: str
    middle: str
    born: date
    cpr: str
    phone: str
    street: str
    number: str
    floor: str
    side: str
    town: str
    email: str
    mitid: str


def fold(text: str) -> str:
    table = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "-": "", " ": ""})
    return text.lower().translate(table)


class Ctx:
    """One document's random choices; values become labelled parts or stand-ins."""

    def __init__(self, rng: random.Random, positive: bool, genre: str) -> None:
        self.rng, self.positive, self.genre = rng, positive, genre
        self.lower = False  # ASR in lower case: values written in lower case too

    # -- helpers -------------------------------------------------------------------------
    def pick(self, options: tuple[str, ...] | list[str]) -> str:
        return self.rng.choice(list(options))

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def lab(self, typ: str, value: str, stand_in: str) -> Part:
        if self.positive:
            return (typ, value.lower() if self.lower else value)
        return stand_in

    def person(self, women: bool | None = None) -> Person:
        r = self.rng
        female = r.random() < 0.5 if women is None else women
        first = r.choice(WOMEN if female else MEN)
        last = r.choice(SURNAMES)
        if r.random() < 0.12:
            other = r.choice([s for s in SURNAMES if s != last])
            last = f"{other}-{last}" if r.random() < 0.6 else f"{r.choice(MIDDLE)} {last}"
        middle = r.choice(MIDDLE) if r.random() < 0.25 else ""
        born = date(1934, 1, 1) + timedelta(days=r.randrange(365 * 72))
        born = min(born, date(2005, 12, 31))
        lead = r.choice(MOBILE if r.random() < 0.75 else LANDLINE)
        phone = lead + f"{r.randrange(10**6):06d}"
        local = r.choice(
            [
                f"{fold(first)}.{fold(last)}",
                f"{fold(first)}{born.year % 100:02d}",
                f"{fold(first)[0]}{fold(last)}",
                f"{fold(first)}_{fold(last)}{r.randrange(1, 99)}",
            ]
        )
        domain = r.choice(
            ["example.dk", "example.com", "example.net", "example.org", "post.example.dk"]
        )
        mitid = r.choice(
            [
                f"{fold(first)}{born.year}",
                f"{fold(first)[0]}{fold(last)}{born.year % 100:02d}",
                f"{fold(first)}{fold(last)[:3]}{born.year % 100:02d}",
            ]
        )
        floor = r.choice([*FLOORS, "", ""]) if r.random() < 0.6 else ""
        return Person(
            first=first,
            last=last,
            middle=middle,
            born=born,
            cpr=cpr_digits(r, born),
            phone=phone,
            street=r.choice(STREETS),
            number=str(r.randint(1, 160)) + (r.choice("ABCD") if r.random() < 0.2 else ""),
            floor=floor,
            side=r.choice(list(SIDES)) if floor and floor != "st." else "",
            town=r.choice(TOWNS),
            email=f"{local}@{domain}",
            mitid=mitid,
        )

    # -- values ---------------------------------------------------------------------------
    def name(self, p: Person, form: str = "") -> Part:
        form = form or self.pick(("full", "full", "full", "first", "middle", "comma"))
        value = {
            "full": f"{p.first} {p.last}",
            "first": p.first,
            "middle": f"{p.first} {p.middle or self.pick(MIDDLE)} {p.last}",
            "comma": f"{p.last}, {p.first}",
            "gen": f"{p.first}s" if p.first[-1] not in "sxz" else f"{p.last}s",
            "lower": f"{p.first} {p.last}".lower(),
            "lowerfirst": p.first.lower(),
            "upper": f"{p.first} {p.last}".upper(),
            "uppercomma": f"{p.last}, {p.first}".upper(),
        }[form]
        if form == "gen" and value[-2] in "sxz":
            value = f"{p.first} {p.last}"
        return self.lab("PERSON", value, "[NAVN]")

    def alias(self) -> Part:
        return self.lab("PERSON", self.pick(ALIASES), "[NAVN]")

    def cpr_of(self, n: str, form: str = "") -> Part:
        form = form or self.pick(("dash", "compact", "spaced", "space", "pairs", "sixpairs"))
        value = {
            "dash": f"{n[:6]}-{n[6:]}",
            "compact": n,
            "spaced": f"{n[:2]} {n[2:4]} {n[4:6]} {n[6:]}",
            "space": f"{n[:6]} {n[6:]}",
            "pairs": pairs(n),
            "sixpairs": f"{n[:6]} {n[6:8]} {n[8:]}",
        }[form]
        if not self.positive and self.chance(0.3):
            return f"{n[:6]}-xxxx"
        return self.lab("CPR", value, "[CPR]")

    def dob(self, p: Person, spoken: bool = False) -> Part:
        b = p.born
        forms = [
            f"{b.day}. {MONTHS[b.month - 1]} {b.year}",
            f"{b.day:02d}.{b.month:02d}.{b.year}",
            f"{b.day}.{b.month}.{b.year}",
            f"{b.day}/{b.month}-{b.year}",
            f"{b.day:02d}-{b.month:02d}-{b.year}",
        ]
        value = f"{b.day} {MONTHS[b.month - 1]} {b.year}" if spoken else self.pick(forms)
        return self.lab("DATE_OF_BIRTH", value, "[DATO]")

    def phone(self, p: Person | None = None, form: str = "") -> Part:
        d = p.phone if p else self.person().phone
        if not form and self.chance(0.08):
            form = "foreign"
        form = form or self.pick(
            (
                "plus",
                "pluspairs",
                "fours",
                "bracket",
                "0045",
                "pairs",
                "pairs",
                "compact",
                "plus_compact",
                "dots",
                "dashes",
            )
        )
        if form == "foreign":
            value = (
                f"+44 7700 900{self.rng.randrange(1000):03d}"
                if self.chance(0.5)
                else f"+46 70 174 06 {self.rng.randint(5, 99):02d}"
            )
        else:
            value = {
                "plus": f"+45 {d}",
                "pluspairs": f"+45 {pairs(d)}",
                "fours": f"{d[:4]} {d[4:]}",
                "bracket": f"(+45) {pairs(d)}",
                "0045": f"0045 {d}",
                "pairs": pairs(d),
                "compact": d,
                "plus_compact": f"+45{d}",
                "dots": ".".join(d[i : i + 2] for i in range(0, 8, 2)),
                "dashes": "-".join(d[i : i + 2] for i in range(0, 8, 2)),
                "spoken": f"plus 45 {pairs(d)}",
            }[form]
        if not self.positive and self.chance(0.3):
            return f"+45 ** ** ** {d[-2:]}"
        return self.lab("PHONE", value, "[TLF]")

    def email(self, p: Person, spoken: bool = False) -> Part:
        local, domain = p.email.split("@")
        if not self.positive:
            return f"{local[0]}***@{domain}" if self.chance(0.4) else "[E-MAIL]"
        value = f"{local} snabel-a {domain}" if spoken else p.email
        return self.lab("EMAIL", value, "[E-MAIL]")

    def address(self, p: Person, form: str = "") -> Part:
        form = form or self.pick(("comma", "comma", "block", "nocomma", "street"))
        floor = f"{p.floor} {p.side}".strip() if p.floor else ""
        num = p.number
        if form == "spoken":
            num = f"{num[:-1]} {num[-1].lower()}" if num[-1].isalpha() else num
            spoken = f"{FLOORS[p.floor]} {SIDES.get(p.side, '')}".strip() if p.floor else ""
            value = " ".join(x for x in (p.street, num, spoken, p.town) if x)
        elif form == "nocomma":
            bare = floor.replace(".", "")
            value = " ".join(x for x in (p.street, num, bare, p.town) if x)
        elif form == "ocr":
            value = "  ".join(
                x for x in (f"{p.street} {num}" + ("," if floor else ""), floor, p.town) if x
            )
        elif form == "street":
            value = f"{p.street} {num}" + (f", {floor}" if floor else "")
        else:
            head = f"{p.street} {num}" + (f", {floor}" if floor else "")
            value = head + ("\n" if form in ("block", "upperblock") else ", ") + p.town
            if form.startswith("upper"):
                value = value.upper()
        return self.lab("ADDRESS", value, "[ADRESSE]")

    def account(self, form: str = "") -> list[Part]:
        reg = f"{self.rng.randint(1100, 9899)}"
        acct = f"{self.rng.randrange(10**9, 10**10):010d}"
        if self.chance(0.4):
            acct = acct[-self.rng.choice((7, 8)) :].lstrip("0").rjust(8, "1")
        form = form or self.pick(("dash", "space", "reg", "reg"))
        stand = "[KONTO]"
        if form == "dash":
            return [self.lab("BANK_ACCOUNT", f"{reg}-{acct}", stand)]
        if form == "space":
            return [self.lab("BANK_ACCOUNT", f"{reg} {acct}", stand)]
        if form == "spoken":
            acct = acct.rjust(10, "0") if self.chance(0.5) else acct
            return [
                f"registreringsnummer {reg} kontonummer ",
                self.lab("BANK_ACCOUNT", pairs(acct), stand),
            ]
        word = self.pick(("reg. ", "reg.nr. ", "reg ", "regnr "))
        kto = self.pick((" konto ", " kontonr. ", " kto ", ", konto "))
        return [word + reg + kto, self.lab("BANK_ACCOUNT", acct, stand)]

    def iban(self, foreign: bool = True) -> Part:
        country = self.pick(("LT", "DE", "SE", "NL", "GB", "ES")) if foreign else "DK"
        value = iban(self.rng, country)
        if self.chance(0.6):
            value = grouped(value)
        if not self.positive and self.chance(0.3):
            return f"{value[:4]} XXXX XXXX {value[-4:]}"
        return self.lab("IBAN", value, "[IBAN]")

    def card(self, dashes: bool = False) -> Part:
        n = luhn_card(self.rng)
        value = grouped(n) if self.chance(0.75) else n
        if dashes and self.chance(0.5):
            value = "-".join(n[i : i + 4] for i in range(0, 16, 4))
        if not self.positive and self.chance(0.4):
            return f"**** **** **** {n[-4:]}"
        return self.lab("CARD", value, "[KORT]")

    def expiry(self, spoken: bool = False) -> Part:
        m, y = self.rng.randint(1, 12), self.rng.randint(26, 31)
        if spoken:
            value = f"{m:02d} {y}"
        else:
            value = self.pick((f"{m:02d}/{y}", f"{m:02d}/20{y}", f"{m:02d}-{y}", f"{m:02d}/{y}"))
        return self.lab("CARD_EXPIRY", value, "[UDLØB]" if self.chance(0.5) else "xx/xx")

    def cvv(self) -> Part:
        return self.lab("CARD_CVV", f"{self.rng.randrange(1000):03d}", "[KODE]")

    def otp(self, spoken: bool = False) -> Part:
        if self.chance(0.7):
            d = f"{self.rng.randrange(10**6):06d}"
            forms = [d, f"{d[:3]} {d[3:]}", pairs(d)] if spoken else [d, d, f"{d[:3]} {d[3:]}"]
        else:
            d = f"{self.rng.randrange(10**8):08d}"
            forms = [d, f"{d[:4]} {d[4:]}"]
        return self.lab("OTP", self.pick(forms), "[KODE]")

    def mitid(self, p: Person) -> Part:
        return self.lab("MITID_USER", p.mitid, "[BRUGER-ID]")

    def plate(self, compact: bool = False) -> Part:
        r = self.rng
        letters = r.choice(PLATE_LETTERS) + r.choice(PLATE_LETTERS)
        value = f"{letters} {r.randint(10, 99)} {r.randint(100, 999)}"
        if compact:
            value = value.replace(" ", "")
        return self.lab("NUMBER_PLATE", value, "[BIL]")

    # -- hard negatives -------------------------------------------------------------------
    def amount(self) -> str:
        n = self.rng.choice((2, 5, 8, 12, 18, 24, 36, 49, 75, 120, 149, 210))
        x = n * 1000 + self.rng.choice((0, 0, 500, 750))
        return self.pick(
            (
                f"{x:,}".replace(",", ".") + " kr.",
                f"{x} kroner",
                f"kr. {x:,}".replace(",", ".") + ",-",
                f"{n}.{x % 1000:03d},00 kr",
            )
        )

    def day(self) -> str:
        return f"{self.rng.randint(1, 28):02d}.{self.rng.randint(1, 3):02d}.26"

    def clock(self) -> str:
        h, m = self.rng.randint(7, 21), self.rng.randrange(60)
        return self.pick((f"kl. {h:02d}.{m:02d}", f"kl {h} {m:02d}", f"kl. {h}:{m:02d}"))

    def case(self, prefix: str) -> str:
        return f"{prefix}-2026-{self.rng.randrange(10**5):05d}"

    def journal(self) -> str:
        r = self.rng
        return f"{r.randint(1, 9) * 100:04d}-{r.randrange(10**5):05d}-{r.randrange(10**5):05d}-26"

    def org_line(self) -> str:
        return self.pick(ORG_LINES[:4])

    def bank(self) -> str:
        return self.pick(BANKS)


# -- noise ------------------------------------------------------------------------------------


def ocr_noise(rng: random.Random, text: str) -> str:
    """Noise for an unlabelled stretch of scanned text: never creates or joins digits."""
    out = []
    for line in text.split("\n"):
        if rng.random() < 0.15:
            line = rng.choice(("| ", "¦ ", "~ ", "|")) + line
        if rng.random() < 0.2:
            line = re.sub(r"(?<=\w) (?=\w)", "  ", line, count=rng.randint(1, 3))
        if rng.random() < 0.12:
            line = line.replace("rn", "m").replace("ll", "Il", 1)
        words = line.split(" ")
        if len(words) > 5 and rng.random() < 0.35:
            i = rng.randrange(1, len(words) - 1)
            w = words[i]
            if len(w) >= 8 and w.isalpha():
                cut = rng.randint(3, len(w) - 3)
                words[i] = w[:cut] + "-\n" + w[cut:]
        out.append(" ".join(words))
    return "\n".join(out)


def typos(rng: random.Random, text: str) -> str:
    words = text.split(" ")
    for i, w in enumerate(words):
        if len(w) > 4 and w.isalpha() and rng.random() < 0.06:
            j = rng.randrange(1, len(w) - 1)
            words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
    return " ".join(words)


def assemble(parts: list[Part], noise: Callable[[str], str] | None = None) -> tuple[str, list]:
    text, spans = "", []
    for part in parts:
        if isinstance(part, tuple):
            typ, value = part
            spans.append({"start": len(text), "end": len(text) + len(value), "type": typ})
            text += value
        else:
            text += noise(part) if noise else part
    return text, spans


# -- genres -----------------------------------------------------------------------------------

FILLERS = ("øh ", "øhm ", "altså ", "ja ", "ikke ", "sådan ", "hvad hedder det ", "")


def asr_opkald(c: Ctx) -> list[Part]:
    lower = c.chance(0.65)
    c.lower = lower
    p, agent = c.person(), c.person()
    f = c.rng.choice
    turns = c.chance(0.7)
    A, K = ("agent: ", "kunde: ") if turns else ("", "")
    nl = "\n" if turns else " "
    bank = c.bank()
    out: list[Part] = [
        f"[{c.case('OPK')} {c.day()} varighed {c.rng.randint(2, 19)}:"
        f"{c.rng.randrange(60):02d} automatisk transskription]\n"
    ]
    out += [
        A,
        f"{bank} svindellinjen du taler med ",
        c.name(agent, "first"),
        " hvad kan jeg hjælpe med",
        nl,
    ]
    out += [
        K,
        "ja hej ",
        f(FILLERS),
        "det er ",
        c.name(p, f(("full", "full", "first", "middle"))),
        " ",
        f(FILLERS),
        "jeg tror altså jeg er blevet snydt",
        nl,
    ]
    out += [A, "okay det er jeg ked af at høre må jeg få dit cpr nummer", nl]
    out += [
        K,
        f(FILLERS),
        "ja det er ",
        c.cpr_of(p.cpr, f(("pairs", "sixpairs", "spaced", "space", "compact"))),
        nl,
    ]
    if c.chance(0.5):
        out += [A, "og du er født ", c.dob(p, spoken=True), " ikke", nl, K, "jo", nl]
    out += [A, "hvad nummer ringer du fra", nl]
    out += [
        K,
        f(FILLERS),
        "det er ",
        c.phone(p, f(("pairs", "pairs", "spoken", "fours", "compact"))),
        nl,
    ]
    scam = c.alias()
    out += [
        K,
        "der ringede en ",
        scam,
        " fra ",
        bank,
        " ",
        c.clock(),
        " ",
        f(FILLERS),
        "og sagde at min konto var hacket og jeg skulle flytte pengene over på en sikker konto",
        nl,
    ]
    if c.chance(0.6):
        out += [
            K,
            "han ringede fra ",
            c.phone(form="foreign") if c.chance(0.4) else c.phone(form="pairs"),
            " men der stod bankens nummer ",
            c.org_line(),
            nl,
        ]
    if c.chance(0.6):
        out += [
            K,
            "jeg overførte ",
            c.amount(),
            " til ",
            *c.account(f(("spoken", "space", "reg"))),
            nl,
        ]
    if c.chance(0.35):
        out += [K, "og noget til en udenlandsk konto ", c.iban(), nl]
    if c.chance(0.6):
        out += [K, f(FILLERS), "han bad om koden fra min app og jeg sagde ", c.otp(spoken=True), nl]
    if c.chance(0.55):
        out += [
            K,
            "jeg læste også mit kortnummer op ",
            c.card(),
            " udløb ",
            c.expiry(spoken=c.chance(0.6)),
            " og ",
            f(("de tre cifre bagpå ", "cvv ", "kontrolcifre ")),
            c.cvv(),
            nl,
        ]
    if c.chance(0.45):
        out += [K, "han spurgte også om mit mitid bruger id og det er ", c.mitid(p), nl]
    if c.chance(0.5):
        out += [
            A,
            "bor du stadig på ",
            c.address(p, "spoken" if lower else "nocomma"),
            nl,
            K,
            "ja",
            nl,
        ]
    if c.chance(0.35):
        out += [A, "og din mail", nl, K, "det er ", c.email(p, spoken=c.chance(0.5)), nl]
    out += [
        A,
        f"jeg spærrer kortet nu og opretter sagen du kan ringe på {c.org_line()} døgnet rundt",
        nl,
        K,
        f(FILLERS),
        "tak skal du have",
        "\n",
    ]
    return out


def talebesked(c: Ctx) -> list[Part]:
    c.lower = c.chance(0.5)
    p = c.person()
    f = c.rng.choice
    out: list[Part] = [
        "Ny talebesked\nFra: ",
        c.phone(p, f(("plus", "plus_compact", "pluspairs", "compact"))),
        f"\nModtaget: {c.day()} {c.clock()}\nVarighed: 0:"
        f"{c.rng.randint(12, 59)}\nTransskription (automatisk):\n",
    ]
    if c.chance(0.3):
        agent = c.person()
        out += [
            f"hej det er {f(FILLERS)}",
            c.name(agent, "full"),
            " fra ",
            c.bank(),
            "s svindelafdeling jeg leder efter ",
            c.name(p, f(("full", "first"))),
            " vi har set nogle mistænkelige betalinger på dit kort der ender på ",
            f"{c.rng.randrange(10**4):04d} ring venligst tilbage på {c.org_line()} "
            f"og oplys sagsnummer {c.case('SAG')}",
        ]
        if c.chance(0.5):
            out += [" eller skriv til mig på ", c.email(agent, spoken=c.chance(0.5))]
        out += [" tak hej\n"]
        return out
    out += [
        f"hej {f(FILLERS)}det er ",
        c.name(p, f(("full", "first", "middle"))),
        " ",
        f(FILLERS),
        "jeg ringer fordi ",
        f(FILLERS),
        "der er nogen der har været inde på min konto ",
    ]
    if c.chance(0.5):
        out += ["mit cpr nummer er ", c.cpr_of(p.cpr, f(("pairs", "sixpairs", "spaced"))), " "]
    if c.chance(0.35):
        out += ["jeg er født ", c.dob(p, spoken=True), " "]
    if c.chance(0.45):
        out += [
            "jeg har givet en mand koden ",
            c.otp(spoken=True),
            " og nu er der gået ",
            c.amount(),
            " ",
        ]
    if c.chance(0.35):
        out += ["han kom og hentede mit kort i en hvid bil nummerplade ", c.plate(), " "]
    if c.chance(0.3):
        out += ["kortet var ", c.card(), " "]
    out += ["ring lige tilbage på ", c.phone(p, f(("pairs", "spoken", "fours"))), " "]
    if c.chance(0.3):
        out += ["eller på min mands nummer ", c.phone(form="pairs"), " "]
    if c.chance(0.3):
        out += ["min mail er ", c.email(p, spoken=c.chance(0.6)), " "]
    if c.chance(0.3):
        out += ["jeg bor på ", c.address(p, "spoken" if c.lower else "nocomma"), " "]
    out += [f(("tak hej", "hej hej", "ja tak", "øh ja det var det")), "\n"]
    return out


def ocr_brev(c: Ctx) -> list[Part]:
    p = c.person()
    f = c.rng.choice
    bank = c.bank()
    if c.chance(0.5):  # the bank's letter, scanned back in
        out: list[Part] = [
            f"{bank.upper()}  ¦  Svindelafdelingen\n{c.day()}  Side 1 af 2\n\n",
            c.name(p, f(("full", "upper", "middle"))),
            "\n",
            c.address(p, f(("block", "upperblock", "ocr"))),
            "\n\n",
            f"Vedr. Deres henvendelse om uautoriserede betalinger, sag {c.case('SAG')}\n\nKære ",
            c.name(p, f(("full", "first"))),
            "\nVi har gennemgået de transaktioner, De har gjort indsigelse mod, "
            f"samlet {c.amount()}. Ifølge vores oplysninger blev beløbet "
            "overført til ",
        ]
        if c.chance(0.5):
            out += ["kontoen ", *c.account(f(("dash", "space", "reg")))]
        else:
            out += ["IBAN ", c.iban()]
        out += [
            " efter at der var anvendt en gyldig engangskode. De kan kontakte os på "
            f"{c.org_line()} eller skrive til "
        ]
        agent = c.person()
        out += [
            c.email(agent),
            ".\n\nMed venlig hilsen\n\n",
            c.name(agent, "full"),
            "\nSagsbehandler, " + bank + "\n",
        ]
        if c.chance(0.4):
            out += [
                "Kopi: ",
                c.name(p, "comma"),
                ", CPR ",
                c.cpr_of(p.cpr, f(("dash", "compact"))),
                "\n",
            ]
        return out
    # a customer's form, scanned, two columns run together on one line
    out = [
        f"INDSIGELSE MOD BETALING  | {bank}\n",
        "Navn: ",
        c.name(p, f(("full", "upper", "uppercomma", "comma"))),
        "     CPR-nr.: ",
        c.cpr_of(p.cpr, f(("dash", "compact", "space", "spaced"))),
        "\nAdresse: ",
        c.address(p, f(("ocr", "comma", "street"))),
        "     Tlf.: ",
        c.phone(p, f(("pairs", "fours", "compact", "plus", "dots"))),
        "\n",
    ]
    if c.chance(0.5):
        out += ["Fødselsdato: ", c.dob(p), "   E-mail: ", c.email(p), "\n"]
    else:
        out += ["E-mail: ", c.email(p), "\n"]
    out += ["Kortnummer: ", c.card(dashes=True), "  Udløb: ", c.expiry(), "\n"]
    if c.chance(0.4):
        out += ["Beløbet gik til: ", c.iban() if c.chance(0.5) else c.iban(foreign=False), "\n"]
    if c.chance(0.35):
        out += ["MitID bruger-id: ", c.mitid(p), "\n"]
    if c.chance(0.3):
        out += ["Bil (hvis afhentning): ", c.plate(compact=c.chance(0.5)), "\n"]
    out += [
        f"Beskrivelse: Jeg blev ringet op af en person der udgav sig for at være fra "
        f"{bank}s sikkerhedsafdeling og bad mig godkende en betaling på {c.amount()} "
        f"den {c.day()}.\nUnderskrift: ________  Dato: {c.day()}\n"
    ]
    return out


def chat_sms(c: Ctx) -> list[Part]:
    p, kid = c.person(), c.person()
    kid.last = p.last
    f = c.rng.choice
    t = c.rng.randint(8, 20)
    who, me = c.name(kid, "lowerfirst"), c.name(p, "lowerfirst")
    if c.chance(0.4):  # the bank's chat
        agent = c.person()
        out: list[Part] = [
            f"Chat med {c.bank()} – {c.day()}\n[{t:02d}:0{c.rng.randrange(10)}] "
            "Du: hej jeg har lige givet min kode til en der sagde han var fra jer "
            f"{f(EMOJI)}\n[{t:02d}:1{c.rng.randrange(10)}] ",
            c.name(agent, "first"),
            ": Hej, det er ",
            c.name(agent, "first"),
            ". Kan du oplyse dit cpr-nr.?\n[",
            f"{t:02d}:2{c.rng.randrange(10)}] Du: ",
            c.cpr_of(p.cpr, f(("compact", "dash", "space"))),
            " ",
            f(("sorry", "pls hurtigt", "skynd jer")),
            "\n",
        ]
        if c.chance(0.6):
            out += [
                f"[{t:02d}:3{c.rng.randrange(10)}] Du: koden var ",
                c.otp(),
                " og han fik ",
                "også kortnr ",
                c.card(),
                " exp ",
                c.expiry(),
                " cvc ",
                c.cvv(),
                "\n",
            ]
        if c.chance(0.4):
            out += [f"[{t:02d}:4{c.rng.randrange(10)}] Du: mit mitid er ", c.mitid(p), "\n"]
        out += [
            f"[{t:02d}:5{c.rng.randrange(10)}] ",
            c.name(agent, "first"),
            ": Tak. Kortet er spærret. Vi ringer dig op på ",
            c.phone(p, f(("compact", "pairs", "plus"))),
            f" inden for en time. Sag {c.case('CHAT')}\n",
        ]
        return out
    out = [
        f"[{t:02d}:0{c.rng.randrange(10)}] ",
        who,
        ": mor har du fået en sms fra ",
        f"{c.bank().lower()} om at dit kort er spærret?? {f(EMOJI)}\n"
        f"[{t:02d}:1{c.rng.randrange(10)}] ",
        me,
        ": ja og jeg har ringet til dem de sagde jeg skulle give dem koden\n",
    ]
    if c.chance(0.6):
        out += [
            f"[{t:02d}:1{c.rng.randrange(10)}] ",
            me,
            ": koden var ",
            c.otp(),
            " er det slemt",
            f" {f(EMOJI)}\n",
        ]
    out += [
        f"[{t:02d}:2{c.rng.randrange(10)}] ",
        who,
        ": NEJ mor!! ring lige til banken nu på ",
        f"{c.org_line()} {f(EMOJI)}{f(EMOJI)}\n",
    ]
    if c.chance(0.45):
        out += [
            f"[{t:02d}:3{c.rng.randrange(10)}] ",
            me,
            ": han har også mit kort ",
            c.card(),
            " udløb ",
            c.expiry(),
            " og de tre cifre ",
            c.cvv(),
            "\n",
        ]
    if c.chance(0.4):
        out += [
            f"[{t:02d}:3{c.rng.randrange(10)}] ",
            me,
            ": der kom en mand og hentede det i en ",
            f(("sort", "grå", "hvid")),
            " bil ",
            c.plate(),
            " tror jeg\n",
        ]
    if c.chance(0.35):
        out += [
            f"[{t:02d}:4{c.rng.randrange(10)}] ",
            me,
            ": og han ville ha mit mitid bruger id ",
            c.mitid(p),
            "\n",
        ]
    out += [
        f"[{t:02d}:5{c.rng.randrange(10)}] ",
        who,
        ": ok jeg kommer. ring lige på ",
        c.phone(kid, f(("compact", "pairs", "fours", "plus_compact"))),
        " hvis noget\n",
    ]
    if c.chance(0.4):
        out += [
            "mvh ",
            c.name(kid, f(("first", "lowerfirst", "full"))),
            " tlf ",
            c.phone(kid, f(("compact", "dots", "dashes"))),
            "\n",
        ]
    if c.chance(0.3):
        out += [
            "send lige din mail så sender jeg politianmeldelsen\n",
            me,
            ": ",
            c.email(p),
            f" {f(EMOJI)}\n",
        ]
    return out


def klageskema(c: Ctx) -> list[Part]:
    p = c.person()
    f = c.rng.choice
    clerk = c.person()
    out: list[Part] = [
        f"KLAGE OVER SVINDEL – håndskrevet skema, renskrevet {c.day()}\nNavn (blokbogstaver): ",
        c.name(p, f(("upper", "uppercomma", "full"))),
        "\nFødselsdato: ",
        c.dob(p),
        "\nCPR-nr.: ",
        c.cpr_of(p.cpr, f(("dash", "compact", "space", "spaced"))),
        "\nAdresse: ",
        c.address(p, f(("upper", "comma", "block", "street"))),
        "\nTelefon: ",
        c.phone(p, f(("compact", "fours", "pairs", "dashes"))),
        "\n",
    ]
    if c.chance(0.6):
        out += ["E-mail: ", c.email(p), "\n"]
    out += [
        f'Hvad skete der? (med egne ord):\n"Den {c.day()} ringede en ',
        c.alias(),
        " fra ",
        f"{c.bank()} [ulæseligt] og sagde at mine penge var i fare. Jeg skulle flytte "
        f"{c.amount()} til en sikker konto ",
    ]
    out += c.account(f(("dash", "reg", "space")))
    out += [" (overstreget: 12) "]
    if c.chance(0.5):
        out += ["Han fik også koden ", c.otp(), " "]
    if c.chance(0.5):
        out += [
            "og mit kort ",
            c.card(),
            " udløb ",
            c.expiry(),
            f" {f(('kontrolcifre', 'CVV'))} ",
            c.cvv(),
            " ",
        ]
    if c.chance(0.4):
        out += ["Bagefter kom en kurér i bil ", c.plate(), " [ulæseligt] "]
    if c.chance(0.35):
        out += ["og jeg gav mit MitID bruger-id ", c.mitid(p), " "]
    out += [
        f'{f(FAMILY).capitalize()} har hjulpet mig med at skrive."\nUnderskrift: [underskrift]',
        "\nRenskrevet af: ",
        c.name(clerk, f(("full", "first"))),
        f", journal {c.case('KL')}\n",
    ]
    return out


def agentnotat(c: Ctx) -> list[Part]:
    p = c.person()
    f = c.rng.choice
    ini = "".join(c.rng.choice("ABCDEFGHJKLMNPRST") for _ in range(3))
    out: list[Part] = [
        f"{c.day()} {c.clock()} {ini}: kunde opl. cpr ",
        c.cpr_of(p.cpr, f(("compact", "dash", "compact", "space"))),
        f", {f(('ringer tilbage på', 'tlf', 'cb på', 'kontakt'))} ",
        c.phone(p, f(("compact", "fours", "pairs", "plus", "0045", "bracket"))),
        f" efter kl {c.rng.randint(12, 17)}.\n",
    ]
    if c.chance(0.4):
        out += [
            f"{ini}: kunde (f. ",
            c.dob(p),
            ") ",
            f(("virker forvirret", "meget ked af det", "ok")),
            ", ",
            c.name(p, f(("first", "full", "gen"))),
            f" {f(('søn', 'datter', 'nabo'))} i røret.\n",
        ]
    else:
        out += [f"{ini}: navn ", c.name(p, f(("full", "comma", "middle"))), "\n"]
    if c.chance(0.6):
        out += [
            f"{ini}: har givet nøglekode ",
            c.otp(),
            " til svindler ('",
            c.alias(),
            " fra ",
            f"{c.bank()}'), opkald vist som {c.org_line()} (spoof).\n",
        ]
    if c.chance(0.5):
        out += [
            f"{ini}: kort ",
            c.card(),
            " exp ",
            c.expiry(),
            " cvv ",
            c.cvv(),
            " oplyst til svindler – spærret.\n",
        ]
    if c.chance(0.6):
        out += [
            f"{ini}: overført {c.amount()} til ",
            *c.account(f(("reg", "dash", "space"))),
            " – tilbagekald anmodet.\n",
        ]
    if c.chance(0.35):
        out += [f"{ini}: + udl. overf. til ", c.iban(), "\n"]
    if c.chance(0.4):
        out += [f"{ini}: mitid ", c.mitid(p), " spærret via mitid-support.\n"]
    if c.chance(0.4):
        out += [f"{ini}: adr. opdateret ", c.address(p, f(("nocomma", "comma", "street"))), "\n"]
    if c.chance(0.3):
        out += [f"{ini}: ny mail ", c.email(p), "\n"]
    out += [f"{ini}: sag {c.case('SAG')} oprettet, kunde henvist til politiet {ORG_LINES[5]}.\n"]
    return out


def srt(n: int, start: int, line: list[Part]) -> list[Part]:
    def ts(ms: int) -> str:
        s, ms = divmod(ms, 1000)
        return f"00:{s // 60:02d}:{s % 60:02d},{ms:03d}"

    return [f"{n}\n{ts(start)} --> {ts(start + 3100)}\n", *line, "\n\n"]


def afhoering(c: Ctx) -> list[Part]:
    p = c.person()
    f = c.rng.choice
    scam = c.alias()
    lines: list[list[Part]] = [
        ["AFHØRER: Du hedder ", c.name(p, f(("full", "middle"))), "?"],
        ["AFHØRTE: Ja. Jeg er født ", c.dob(p), "."]
        if c.chance(0.6)
        else ["AFHØRTE: Ja, det er rigtigt."],
        [
            "AFHØRER: Og dit cpr-nummer er ",
            c.cpr_of(p.cpr, f(("dash", "pairs", "spaced", "sixpairs"))),
            "?",
        ],
        ["AFHØRTE: Ja."],
        [
            "AFHØRTE: Han sagde han hed ",
            scam,
            " og var fra ",
            c.bank() + "s",
            " sikkerhedsafdeling.",
        ],
        [
            "AFHØRTE: Han ringede fra ",
            c.phone(form=f(("foreign", "plus", "pluspairs", "pairs"))),
            ", men der stod ",
            c.org_line(),
            " på skærmen.",
        ],
    ]
    if c.chance(0.55):
        lines.append(["AFHØRTE: Jeg overførte ", c.amount(), " til ", c.iban(), "."])
    if c.chance(0.5):
        lines.append(["AFHØRTE: Og så til en dansk konto, ", *c.account(f(("dash", "space"))), "."])
    if c.chance(0.5):
        lines.append(["AFHØRER: Så pengene gik fra ", c.name(p, "gen"), " egen konto?"])
    if c.chance(0.5):
        lines.append(["AFHØRTE: Han bad mig læse koden op. Den var ", c.otp(), "."])
    if c.chance(0.7):
        lines.append(
            [
                "AFHØRTE: Der kom en mand og hentede mit kort. Han kørte i en ",
                f(("grå Skoda", "sort Passat", "hvid Caddy")),
                ", jeg skrev ",
                "nummeret ned: ",
                c.plate(),
                ".",
            ]
        )
    if c.chance(0.4):
        lines.append(["AFHØRER: Kortnummeret var ", c.card(), "?"])
    if c.chance(0.35):
        lines.append(
            [
                "AFHØRTE: Min søn ",
                c.name(c.person(women=False), "full"),
                " kan bekræfte det, han har nummer ",
                c.phone(form=f(("pairs", "compact", "fours"))),
                ".",
            ]
        )
    if c.chance(0.3):
        lines.append(["AFHØRER: Du bor stadig på ", c.address(p, f(("comma", "street"))), "?"])
    out: list[Part] = [f"Afhøring, journalnr. {c.journal()} – undertekster {c.day()}\n\n"]
    t = c.rng.randint(1000, 40_000)
    for i, line in enumerate(lines, 1):
        out += srt(i, t, line)
        t += c.rng.randint(3300, 9000)
    return out


def offerberetning(c: Ctx) -> list[Part]:
    p = c.person()
    f = c.rng.choice
    out: list[Part] = [
        f"Min beretning ({c.day()})\n\nJeg hedder ",
        c.name(p, f(("full", "middle"))),
        " og bor på ",
        c.address(p, f(("comma", "street", "nocomma"))),
        ". ",
    ]
    if c.chance(0.5):
        out += [
            "Jeg er født ",
            c.dob(p),
            " og mit cpr-nummer er ",
            c.cpr_of(p.cpr, f(("dash", "compact", "space"))),
            ". ",
        ]
    out += [
        f"Det startede en tirsdag {c.clock()}, hvor telefonen ringede. En mand, der sagde han hed ",
        c.alias(),
        f", og var fra {c.bank()}, fortalte at nogen prøvede at hæve {c.amount()} fra min konto. ",
    ]
    if c.chance(0.6):
        out += [
            "Han fik mig til at læse koden op fra min telefon, ",
            c.otp(),
            ", og bagefter en til. ",
        ]
    if c.chance(0.5):
        out += [
            "Jeg gav ham også kortnummeret ",
            c.card(),
            ", udløbsdatoen ",
            c.expiry(),
            " og sikkerhedskoden ",
            c.cvv(),
            ". ",
        ]
    if c.chance(0.45):
        out += [
            f"Han sagde pengene skulle på en sikker konto, {'og' if c.chance(0.5) else 'så'} "
            "jeg overførte dem til ",
            *c.account(f(("dash", "reg", "space"))),
            ". ",
        ]
    if c.chance(0.3):
        out += ["En del gik til en konto i udlandet, ", c.iban(), ". "]
    if c.chance(0.5):
        out += [
            "Om eftermiddagen holdt der en bil uden for, jeg har nummeret: ",
            c.plate(),
            ". En ung mand hentede kortet i en kuvert. ",
        ]
    if c.chance(0.4):
        out += ["Han ville også vide mit MitID bruger-id, som er ", c.mitid(p), ". "]
    kin = f(FAMILY)
    gender = {"min datter": True, "min kone": True, "min søn": False, "min mand": False}
    kid = c.person(women=gender.get(kin))
    out += [f"\n\nDet var {kin}, ", c.name(kid, f(("full", "first"))), ", der opdagede det. "]
    if c.chance(0.5):
        out += [
            "I kan ringe til mig på ",
            c.phone(p, f(("fours", "pairs", "compact", "plus"))),
            " eller skrive til ",
            c.email(p),
            ".\n",
        ]
    else:
        out += ["Mit telefonnummer er ", c.phone(p, f(("fours", "pairs", "compact"))), ".\n"]
    out += ["Med venlig hilsen\n", c.name(p, "full"), "\n"]
    return out


BUILDERS: dict[str, Callable[[Ctx], list[Part]]] = {
    "asr_opkald": asr_opkald,
    "talebesked": talebesked,
    "ocr_brev": ocr_brev,
    "chat_sms": chat_sms,
    "klageskema": klageskema,
    "agentnotat": agentnotat,
    "afhoering": afhoering,
    "offerberetning": offerberetning,
}


def lower_keeping_stand_ins(text: str) -> str:
    text = text.lower()
    for stand_in in STAND_INS:
        text = text.replace(stand_in.lower(), stand_in)
    return text


def build(rng: random.Random, genre: str, positive: bool) -> tuple[str, list]:
    c = Ctx(rng, positive, genre)
    parts = BUILDERS[genre](c)
    if c.lower:
        parts = [lower_keeping_stand_ins(p) if isinstance(p, str) else p for p in parts]
    noise: Callable[[str], str] | None = None
    if genre == "ocr_brev":
        noise = lambda s: ocr_noise(rng, s)  # noqa: E731
    elif genre == "chat_sms":
        noise = lambda s: typos(rng, s)  # noqa: E731
    text, spans = assemble(parts, noise)
    return text, spans


def generate(seed: int = SEED, size: int = SIZE) -> list[dict]:
    rng = random.Random(seed)
    negatives = round(size * NEGATIVES / SIZE)
    cells = [
        (GENRES[i % len(GENRES)], "negative" if i < negatives else "positive") for i in range(size)
    ]
    rng.shuffle(cells)
    docs, seen = [], set()
    for i, (genre, kind) in enumerate(cells):
        while True:
            text, spans = build(rng, genre, kind == "positive")
            if text not in seen and (spans or kind == "negative"):
                break
        seen.add(text)
        docs.append(
            {"id": f"b16-{i:04d}", "genre": genre, "kind": kind, "text": text, "spans": spans}
        )
    return docs


def main(argv: list[str]) -> int:
    out = Path(argv[1]) if len(argv) > 1 else Path(__file__).parent / "data" / "pii_blind16.jsonl"
    with out.open("w", encoding="utf-8") as fh:
        for doc in generate():
            fh.write(json.dumps(doc, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
