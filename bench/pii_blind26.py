"""A twenty-seventh blind, seeded generator of Danish text with labelled personal data (issue 18).

Written without looking at the recognisers, their word lists or the earlier generators' bodies,
as a held-out test set with its own names, streets and towns. Its THEME is young people, gaming
and sextortion as Danish schools, parents, platforms, banks and the police handle it, in eight
genres: an SSP coordinator's case notes about a pupil pressured to pay (the pupil's birth date,
the parents' names, CPR numbers, address and phones), parents' reports through a web form about
a child's stolen gaming account or a fake skin-trading site (the card used, the MobilePay number,
the scammer's handle, the child's e-mail), exported Discord, Snapchat and Instagram DM threads
in youth Danish and English with nicknames, typos and emojis (the scammer asking for MitID
codes, a "verification" code, gift-card codes or money to an account), a bank's fraud-team notes
on a young customer's account used as a money mule (reg.nr. and account, the IBAN abroad that
received the money, phones), a school IT helpdesk's tickets about a phished UNI-Login or Aula
account, a police report of sextortion (the victim, the guardians, amounts, the extorter's
account or IBAN, dates), a gaming shop's chargeback correspondence (the card holder, card,
expiry and CVV typed into a fake top-up page, the delivery address) and a helpline's anonymised
call log in which some callers still give their name and phone. The names are those of Danish
teenagers and parents of all backgrounds ("Zainab Mohamud", "Oliwia Kowalczyk", "Pham Thi Mai"),
double surnames ("Kragh-Mahmoud") and the organisations' own staff.

Conventions (exact offsets are scored):
- PERSON is a name as written, without title or role ("SSP-koordinator", "eleven", "værge");
  "Thorsen, Birthe" is one span; a genitive s belongs to it ("Noahs"), an apostrophe after a
  name in s does not ("Elias'"); a lower-case name typed in a chat ("noah") is PERSON, and so
  is a chat display name that is a name as written ("Sofie" before an emoji, "@Sofie" with the
  @ outside). Gamer tags and handles ("xXDarkWolfXx", "@lil_mads07", "noah_k11") are NEVER
  PERSON, even when they contain a name: only a name written as a name counts. A scammer's
  alias ("Emma fra Discord Support", "Jonas" posing as a 16-year-old) is PERSON, the platform is
  not. Organisations, products, placeholders and pseudonyms ("[NAVN]", "Elev A", "Forælder 2",
  "Gamer B", "[SPILLER]") and family words ("min søn", "mor") are never PERSON.
- ADDRESS runs from the street name through number, letter, floor and side ("7C", "3. tv.",
  "st. mf."), plus ", postcode town" on the same line or on the next line of an address block
  (line break included). A street named without a number is not an address.
- CPR numbers are synthetic. Each has a real birth date and a seventh digit that suits its
  century (0 to 3 in the 1900s, 4 for the years 2000 to 2005), but its serial is chosen so the
  number FAILS modulus 11. Written as "DDMMYY-SSSS", "DDMMYYSSSS", "DD MM YY SSSS" or
  "DDMMYY SSSS". Pupils born after 2005 therefore never have a CPR here, only a birth date or a
  masked CPR ("140311-xxxx"). A DATE_OF_BIRTH (full date, four-digit year: "4. juni 2011",
  "04.06.2011", "4/6-2011", "04-06-2011") is labelled only straight after "født", "f." or
  "Fødselsdato:"; no other date or clock time is ever labelled.
- PHONE covers Danish numbers of 8 digits from mobile and landline ranges (70 and 80 never
  occur as personal numbers here), a MobilePay number included, written "+45 20304050",
  "+45 20 30 40 50", "+45 2030 4050", "2030 4050", "(+45) 20 30 40 50", "0045 20304050",
  "20 30 40 50", "20304050", "+4520304050" or "20.30.40.50", the country code (with its
  brackets) inside the span, and foreign numbers from fiction-reserved ranges only,
  "+44 7700 900xxx" and "+46 70 174 06 xx" (xx 05-99). An organisation's number (70/80 lines,
  112, 114, 1813, 116 111, SMS short codes) and a MobilePay Box number are never PHONE.
- EMAIL: every e-mail address (all on example.* domains), each occurrence, staff's too.
- BANK_ACCOUNT: reg.nr. and account written together ("1234-1234567890", "1234 1234567890")
  are one span; where the reg.nr. has its own word ("reg. 1234 konto 12345678", "reg.nr. 1234,
  kontonr. 0012345678") only the account is the span. IBAN: valid check digits and the
  country's length (IBAN_LENGTH), grouped by four or compact. CARD: Luhn-valid with a published
  test prefix (TEST_PREFIXES), grouped by four or compact; CARD_EXPIRY "MM/YY" or "MM/YYYY";
  CARD_CVV 3 digits after "CVV", "cvc", "CVC" or "kontrolcifre". OTP: a one-time code sent,
  asked for or given (6 or 8 digits), a platform's "verification" code included; MITID_USER a
  MitID user ID given as such (a UNI-Login user name is not one); NUMBER_PLATE a Danish plate
  ("BK 41 207", "BK41207").
- Hard negatives, never labelled: amounts ("1.500 kr.", "849,95 kr", "50 EUR"), dates and clock
  times ("14.03.26", "kl. 19.04", "[14.03.26, 21:14:07]"), case, ticket, order, chargeback and
  journal numbers, gift-card codes ("7KQ2-M9XD-4TPL"), UNI-Login user names, gamer tags and
  handles, masked values ("140311-xxxx", "+45 ** ** ** 31", "m***@example.dk",
  "**** **** **** 1111", "******4417", "DK71XXXXXXXXXX0932"), organisations' 70/80 and short
  numbers, banks, shops, platforms, games and family words. Documents of kind "negative" are
  the same genres after pseudonymisation: only such values remain. No run of ten or more digits
  occurs outside a labelled identifier.

Each document is {"id", "genre", "kind", "text", "spans": [{"start", "end", "type"}]}.
``python -m bench.pii_blind26 OUT.jsonl`` writes the set; ``generate()`` returns it.
"""

from __future__ import annotations

import json
import random
import sys
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import NamedTuple

SEED = 26_2627
SIZE = 1000
NEGATIVES = 350
WEIGHTS = (4, 3, 2, 7, 6, 5, 4, 3, 2, 1)
TYPES = (
    "PERSON", "ADDRESS", "CPR", "DATE_OF_BIRTH", "PHONE", "EMAIL", "BANK_ACCOUNT", "IBAN",
    "CARD", "CARD_EXPIRY", "CARD_CVV", "OTP", "MITID_USER", "NUMBER_PLATE",
)  # fmt: skip
GENRES = (
    "ssp_notat", "foraeldre_webformular", "dm_eksport", "bank_muldyr", "skole_it_helpdesk",
    "politianmeldelse", "spilbutik_chargeback", "raadgivning_opkaldslog",
)  # fmt: skip
TEST_PREFIXES = ("411111", "424242", "400000", "555555", "510510", "222300")
IBAN_LENGTH = {
    "DK": 18, "LT": 20, "GB": 22, "DE": 22, "NL": 18, "EE": 20, "LV": 21, "RO": 24,
    "PL": 28, "ES": 24, "IE": 22, "SE": 24, "BE": 16,
}  # fmt: skip
COUNTRIES = {
    "LT": "Litauen", "GB": "Storbritannien", "RO": "Rumænien", "PL": "Polen", "LV": "Letland",
    "EE": "Estland", "NL": "Nederlandene", "DE": "Tyskland", "ES": "Spanien",
}  # fmt: skip
IBAN_LETTERS = {"GB": 4, "NL": 4, "IE": 4, "RO": 4, "LV": 4}
MOBILE = (
    "20", "21", "22", "23", "24", "25", "26", "27", "28", "29", "30", "31", "40", "41",
    "42", "50", "51", "52", "53", "60", "61", "71", "81", "91", "92", "93",
)  # fmt: skip
LANDLINE = (
    "32", "33", "35", "36", "38", "39", "43", "44", "46", "47", "48", "49", "54", "56",
    "57", "58", "59", "62", "63", "64", "65", "66", "69", "72", "73", "74", "75", "76",
    "86", "87", "89", "96", "97", "98", "99",
)  # fmt: skip
EMOJI = ("💜", "🌸", "😭", "🔥", "😂", "🙏", "💀", "👀", "😳", "⚽", "🎮", "✨")

# -- names: (boys, girls, men, women, surnames) per background --------------------------------
BACKGROUNDS = (
    (
        (
            "Malthe",
            "Aksel",
            "Villads",
            "Bertram",
            "Silas",
            "Magne",
            "Halfdan",
            "Storm",
            "Eskild",
            "Frode",
            "Konrad",
            "Sigurd",
        ),
        (
            "Liva",
            "Esther",
            "Merle",
            "Silje",
            "Olivia",
            "Vigga",
            "Alberte",
            "Dagmar",
            "Ronja",
            "Filippa",
            "Hjørdis",
            "Sigrid",
        ),
        (
            "Jesper",
            "Torben",
            "Kenneth",
            "Brian",
            "Rune",
            "Anders",
            "Kim",
            "Palle",
            "Steffen",
            "Claus",
            "Bjarke",
            "Lasse",
        ),
        (
            "Birthe",
            "Tina",
            "Mette",
            "Pernille",
            "Heidi",
            "Lone",
            "Gitte",
            "Susanne",
            "Vibeke",
            "Charlotte",
            "Dorthe",
            "Helle",
        ),
        (
            "Thorsen",
            "Nørgaard",
            "Bundgaard",
            "Kjærsgaard",
            "Frandsen",
            "Lauridsen",
            "Skytte",
            "Vestergaard",
            "Damgaard",
            "Østergaard",
            "Bisgaard",
            "Mølgaard",
            "Kragh",
            "Søgaard",
        ),
    ),
    (
        ("Hamza", "Yusuf", "Zakaria", "Ibrahim", "Bilal", "Idris", "Younes", "Khalil"),
        ("Zainab", "Amira", "Hiba", "Mariam", "Aya", "Safiya", "Nour", "Rania"),
        ("Khalid", "Tariq", "Walid", "Jamal", "Samir", "Nabil"),
        ("Hanan", "Samira", "Fadumo", "Layla", "Rasha", "Soraya"),
        ("Mohamud", "El-Amin", "Haddad", "Rahimi", "Haidari", "Abdi", "Mahmoud", "Nasser"),
    ),
    (
        ("Kacper", "Filip", "Szymon", "Bartek", "Jakub"),
        ("Oliwia", "Zuzanna", "Wiktoria", "Natalia", "Lena"),
        ("Piotr", "Tomasz", "Grzegorz", "Marek"),
        ("Agnieszka", "Katarzyna", "Joanna", "Ewa"),
        ("Kowalczyk", "Wiśniewski", "Zielińska", "Nowicki", "Dąbrowski"),
    ),
    (
        ("Emir", "Deniz", "Arda", "Kerem", "Mert"),
        ("Elif", "Zeynep", "Ecem", "Defne", "Nisa"),
        ("Mehmet", "Hakan", "Serkan", "Murat"),
        ("Ayten", "Filiz", "Gülsen", "Sevgi"),
        ("Özdemir", "Kaya", "Çelik", "Aydın", "Demirci"),
    ),
    (
        ("Minh", "Bao", "Khoa", "Duy"),
        ("Linh", "Vy", "Ngoc", "Thao"),
        ("Tuan", "Hung", "Quang"),
        ("Hoa", "Mai", "Lan Anh"),
        ("Pham", "Tran", "Vo", "Dang"),
    ),
    (
        ("Kwame", "Kofi", "Luka", "Stefan", "Amir", "Omid"),
        ("Ama", "Esi", "Mila", "Ana", "Darya", "Parisa"),
        ("Kojo", "Dragan", "Goran", "Reza"),
        ("Akosua", "Jelena", "Vesna", "Shirin"),
        ("Osei", "Mensah", "Jovanović", "Petrović", "Karimi", "Ahmadzai"),
    ),
)
WOMEN = tuple(n for b in BACKGROUNDS for n in b[1] + b[3])
MEN = tuple(n for b in BACKGROUNDS for n in b[0] + b[2])
MIDDLE = ("Lykke", "Marie", "Emil", "Søndergaard", "Holm", "Bech", "Juul", "Krog", "Ali")

HANDLES = (
    "xXDarkWolfXx", "lil_mads07", "sk1nK1ng_dk", "FreeVbucksDK", "shadow.ninja_88",
    "ttv_frostbyte", "CS2tradeHub", "Nordic_Skins_Official", "kawaii.luna.x", "zZNightOwlZz",
    "GhostRecon_2k", "RobuxDropper", "itz_jazz", "xo_sasha_xo", "DiscordSafetyTeam",
    "trade.bot.verify", "NoScopeNiko", "b0sslady_cph", "yourgirl_16", "modmail_helper",
)  # fmt: skip
PSEUDONYMS = (
    "Elev A", "Elev B", "Elev C", "Forælder 1", "Forælder 2", "Gamer A", "Gamer B", "[SPILLER]",
    "Barn A", "Kunde A", "Værge 1", "Værge 2", "Vidne 1", "[ALIAS]",
)  # fmt: skip
ORG_LINES = (
    "Politiet på 114", "Ung Linjen på 80 40 11 22", "Kystbanken Fraud på 70 20 44 18",
    "Billedhjælpen på 80 31 75 50", "Pixelhjørnets kundeservice på 70 26 13 90",
    "BørneTelefonen på 116 111", "lægevagten på 1813", "alarmcentralen på 112",
)  # fmt: skip
BANKS = ("Kystbanken", "Nordvest Sparekasse", "Bølgebank", "Andelskassen Midt", "Fjordlands Bank")
SHOPS = ("Pixelhjørnet", "GameVærket", "LevelUp Butikken", "Spilkælderen")
PRODUCTS = (
    "Discord", "Snapchat", "Instagram", "Roblox", "Fortnite", "Steam", "Counter-Strike 2",
    "Minecraft", "MobilePay", "Aula", "UNI-Login", "MitID", "V-bucks", "Robux", "WhatsApp",
)  # fmt: skip
STREETS = (
    "Tjørnebakken", "Hvedemarken", "Solsortevej", "Kirsebærhaven", "Rypevænget",
    "Lyngtoften", "Engblommevej", "Skovskadevej", "Pilekrogen", "Mosebuen", "Kildeengen",
    "Ravnsbjergvej", "Stærevænget", "Bøgelunden", "Humlehaven", "Klintevej", "Brombærstien",
    "Havneløkken", "Skrænten", "Dalsvinget", "Åbrinken", "Vibeholms Allé", "Tranegårdsvej",
    "Sankt Jørgens Gade", "Nørre Fælledvej", "Hedebovej", "Strandengen", "Kornmarken",
)  # fmt: skip
TOWNS = (
    ("4281", "Kornerup Mark"), ("5491", "Havrebjerg Strand"), ("7183", "Østerlund"),
    ("8762", "Kragevig"), ("2645", "Brøndmose"), ("9381", "Sønder Tolne"),
    ("6632", "Gammelby Vest"), ("3077", "Lindebjerg"), ("4753", "Rødkilde"),
    ("8653", "Hedeby Syd"), ("2791", "Dragør Nord"), ("5954", "Skovsbo"),
    ("7469", "Fjellerup Ø"), ("3394", "Nyvig"), ("6852", "Ålum"),
)  # fmt: skip
SCHOOLS = (
    "Kildeengskolen", "Tjørnehøjskolen", "Havrebjerg Skole", "Østerlund Friskole",
    "Kragevig Skole", "Lindebjerg Privatskole", "Rødkildeskolen", "Brøndmose Overbygning",
)  # fmt: skip
KOMMUNER = ("Havrebjerg", "Østerlund", "Kragevig", "Brøndmose", "Lindebjerg", "Rødkilde")
KREDSE = ("Midt- og Vestsjællands", "Sydøstjyllands", "Fyns", "Nordjyllands")
MONTHS = (
    "januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
    "oktober", "november", "december",
)  # fmt: skip
PLATE_LETTERS = "ABCDEHJKLMNOPRSTUVXYZ"
CODE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"


class _V(NamedTuple):
    """A labelled value in a positive document, its stand-in in a negative one."""

    kind: str
    value: str
    stand_in: str


Piece = str | _V | list


class _Doc:
    """Text built piece by piece, the spans counted as it grows."""

    def __init__(self, negative: bool) -> None:
        self.negative = negative
        self.parts: list[str] = []
        self.spans: list[dict] = []
        self.length = 0

    def __call__(self, *pieces: Piece) -> _Doc:
        for piece in pieces:
            if isinstance(piece, list):
                self(*piece)
            elif isinstance(piece, _V):
                if self.negative:
                    self._put(piece.stand_in)
                else:
                    end = self.length + len(piece.value)
                    self.spans.append({"start": self.length, "end": end, "type": piece.kind})
                    self._put(piece.value)
            else:
                self._put(piece)
        return self

    def _put(self, text: str) -> None:
        self.parts.append(text)
        self.length += len(text)

    @property
    def text(self) -> str:
        return "".join(self.parts)


def grouped(compact: str) -> str:
    """In groups of four, as cards and IBANs are printed."""
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))


def _ascii(text: str) -> str:
    table = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "ö": "o", "ü": "u", "é": "e"})
    plain = text.lower().translate(table)
    for src, dst in (("ś", "s"), ("ń", "n"), ("ą", "a"), ("ć", "c"), ("ı", "i"), ("ç", "c")):
        plain = plain.replace(src, dst)
    plain = plain.replace("ğ", "g").replace("ş", "s").replace("ł", "l")
    return "".join(c for c in plain if c.isascii() and (c.isalnum() or c == "."))


class _Person:
    def __init__(self, rng: random.Random, young: bool, female: bool, pseudo: str) -> None:
        boys, girls, men, women, surnames = rng.choice(BACKGROUNDS)
        pool = (girls if female else boys) if young else (women if female else men)
        self.first = rng.choice(pool)
        self.last = rng.choice(surnames)
        if rng.random() < 0.22:
            other = rng.choice(rng.choice(BACKGROUNDS)[4])
            if other != self.last and "-" not in other + self.last:
                self.last = f"{self.last}-{other}"
        self.middle = rng.choice(MIDDLE) if rng.random() < 0.3 else ""
        # a Vietnamese name may be written family name first: "Pham Thi Mai"
        self.family_first = surnames[0] == "Pham" and not young and rng.random() < 0.6
        if self.family_first:
            self.middle = "Thi" if female else "Van"
            self.last = self.last.split("-")[0]
        self.pseudo = pseudo
        self.female = female

    def full(self) -> _V:
        if self.family_first:
            return _V("PERSON", f"{self.last} {self.middle} {self.first}", self.pseudo)
        middle = f" {self.middle}" if self.middle else ""
        return _V("PERSON", f"{self.first}{middle} {self.last}", self.pseudo)

    def plain(self) -> _V:
        if self.family_first:
            return self.full()
        return _V("PERSON", f"{self.first} {self.last}", self.pseudo)

    def given(self) -> _V:
        return _V("PERSON", self.first, self.pseudo)

    def surname_first(self) -> _V:
        return _V("PERSON", f"{self.last}, {self.first}", self.pseudo)

    def upper(self) -> _V:
        return _V("PERSON", self.plain().value.upper(), self.pseudo)

    def initial(self) -> _V:
        return _V("PERSON", f"{self.first[0]}. {self.last}", self.pseudo)

    def lower(self) -> _V:
        return _V("PERSON", self.first.lower(), self.pseudo)

    def genitive(self) -> list:
        if self.first[-1] in "sxz":
            return [_V("PERSON", self.first, self.pseudo), "'"]
        return [_V("PERSON", self.first + "s", self.pseudo + "'s")]

    def any_form(self, rng: random.Random) -> _V:
        form = rng.choice((self.full, self.plain, self.surname_first, self.initial, self.full))
        return form()

    def mail(self, rng: random.Random) -> str:
        user = rng.choice(
            (
                f"{_ascii(self.first.split()[0])}.{_ascii(self.last.split('-')[0])}",
                f"{_ascii(self.first.split()[0])}{rng.randint(70, 99)}",
                f"{_ascii(self.first.split()[0])[0]}{_ascii(self.last.replace('-', ''))}",
                f"{_ascii(self.first.split()[0])}.{rng.randint(2009, 2014)}",
            )
        )
        domain = rng.choice(("example.dk", "example.com", "example.net", "example.org"))
        domain = "post.example.dk" if rng.random() < 0.1 else domain
        return f"{user}@{domain}"

    def handle(self, rng: random.Random) -> str:
        base = _ascii(self.first.split()[0]).replace(".", "")
        return f"{base}_{rng.choice(('k', 'x', 'dk', 'gg', ''))}{rng.randint(9, 14):02d}"


# -- values ------------------------------------------------------------------------------------


def _cpr(rng: random.Random, born: date) -> str:
    seventh = "4" if born.year >= 2000 else rng.choice("0123")
    head = born.strftime("%d%m%y")
    while True:
        serial = seventh + f"{rng.randint(0, 999):03d}"
        number = head + serial
        if sum(int(c) * w for c, w in zip(number, WEIGHTS, strict=True)) % 11:
            break
    form = rng.randrange(4)
    if form == 0:
        return f"{head}-{serial}"
    if form == 1:
        return head + serial
    if form == 2:
        return f"{head[:2]} {head[2:4]} {head[4:]} {serial}"
    return f"{head} {serial}"


def _born(rng: random.Random, first: int, last: int) -> date:
    start = date(first, 1, 1)
    return start + timedelta(days=rng.randrange((date(last, 12, 31) - start).days + 1))


def _dob(rng: random.Random, born: date) -> str:
    form = rng.randrange(4)
    if form == 0:
        return f"{born.day}. {MONTHS[born.month - 1]} {born.year}"
    if form == 1:
        return born.strftime("%d.%m.%Y")
    if form == 2:
        return f"{born.day}/{born.month}-{born.year}"
    return born.strftime("%d-%m-%Y")


def _phone(rng: random.Random, foreign: float = 0.06) -> str:
    if rng.random() < foreign:
        if rng.random() < 0.5:
            return f"+44 7700 900{rng.randint(0, 999):03d}"
        return f"+46 70 174 06 {rng.randint(5, 99):02d}"
    lead = rng.choice(MOBILE) if rng.random() < 0.75 else rng.choice(LANDLINE)
    n = lead + f"{rng.randint(0, 999999):06d}"
    a, b, c, d = n[:2], n[2:4], n[4:6], n[6:]
    return rng.choice(
        (
            f"+45 {n}",
            f"+45 {a} {b} {c} {d}",
            f"+45 {n[:4]} {n[4:]}",
            f"{n[:4]} {n[4:]}",
            f"(+45) {a} {b} {c} {d}",
            f"0045 {n}",
            f"{a} {b} {c} {d}",
            n,
            f"+45{n}",
            f"{a}.{b}.{c}.{d}",
        )
    )


def _masked_phone(rng: random.Random) -> str:
    return f"+45 ** ** ** {rng.randint(10, 99)}"


def _luhn_digit(body: str) -> str:
    total = 0
    for i, c in enumerate(reversed(body)):
        n = int(c) * (2 if i % 2 == 0 else 1)
        total += n - 9 if n > 9 else n
    return str((10 - total % 10) % 10)


def _card(rng: random.Random) -> str:
    body = rng.choice(TEST_PREFIXES) + "".join(str(rng.randrange(10)) for _ in range(9))
    compact = body + _luhn_digit(body)
    return grouped(compact) if rng.random() < 0.7 else compact


def _masked_card(rng: random.Random) -> str:
    last = f"{rng.randint(0, 9999):04d}"
    return rng.choice((f"**** **** **** {last}", f"•••• {last}", f"******{last}"))


def _expiry(rng: random.Random) -> str:
    month, year = rng.randint(1, 12), rng.randint(26, 31)
    return f"{month:02d}/{year}" if rng.random() < 0.7 else f"{month:02d}/20{year}"


def _iban(rng: random.Random, country: str | None = None) -> str:
    cc = country or rng.choice([c for c in IBAN_LENGTH if c != "DK"])
    letters = IBAN_LETTERS.get(cc, 0)
    bban = "".join(rng.choice(CODE_LETTERS) for _ in range(letters))
    bban += "".join(str(rng.randrange(10)) for _ in range(IBAN_LENGTH[cc] - 4 - letters))
    numeric = int("".join(str(int(c, 36)) for c in bban + cc + "00"))
    compact = f"{cc}{98 - numeric % 97:02d}{bban}"
    return grouped(compact) if rng.random() < 0.6 else compact


def _masked_iban(rng: random.Random) -> str:
    cc = rng.choice(("DK", "DK", "LT", "GB"))
    return f"{cc}{rng.randint(10, 99)}{'X' * (IBAN_LENGTH[cc] - 8)}{rng.randint(0, 9999):04d}"


def _reg(rng: random.Random) -> str:
    return str(rng.randint(1000, 9899))


def _account(rng: random.Random) -> str:
    width = rng.choice((7, 8, 10, 10))
    number = str(rng.randint(10 ** (width - 1), 10**width - 1))
    return number if rng.random() < 0.6 or width == 10 else number.zfill(10)


def _bank_account(rng: random.Random) -> list:
    """The account as written: reg.nr. with it, or the reg.nr. in its own words."""
    reg, account = _reg(rng), _account(rng)
    form = rng.randrange(4)
    if form == 0:
        return [_V("BANK_ACCOUNT", f"{reg}-{account}", "[kontonr.]")]
    if form == 1:
        return [_V("BANK_ACCOUNT", f"{reg} {account}", "[kontonr.]")]
    if form == 2:
        return [f"reg. {reg} konto ", _V("BANK_ACCOUNT", account, "[kontonr.]")]
    return [f"reg.nr. {reg}, kontonr. ", _V("BANK_ACCOUNT", account, "[kontonr.]")]


def _otp(rng: random.Random) -> str:
    return (
        f"{rng.randint(0, 99_999_999):08d}"
        if rng.random() < 0.2
        else f"{rng.randint(0, 999_999):06d}"
    )


def _mitid(rng: random.Random, person: _Person, born: date | None = None) -> str:
    base = _ascii(person.first.split()[0]).replace(".", "")
    if rng.random() < 0.3:
        base += _ascii(person.last.split("-")[0])[:3].replace(".", "")
    if born is not None and born.year <= 2005 and rng.random() < 0.4:
        return f"{base}{born.year}"
    return f"{base}{rng.randint(10, 99)}"


def _plate(rng: random.Random) -> str:
    letters = rng.choice(PLATE_LETTERS) + rng.choice(PLATE_LETTERS)
    digits = f"{rng.randint(10, 99)}{rng.randint(100, 999)}"
    if rng.random() < 0.7:
        return f"{letters} {digits[:2]} {digits[2:]}"
    return letters + digits


def _address(rng: random.Random, block: bool = False, town: bool = True) -> str:
    number = str(rng.randint(1, 148)) + (rng.choice("ABC") if rng.random() < 0.2 else "")
    street = f"{rng.choice(STREETS)} {number}"
    if rng.random() < 0.4:
        street += rng.choice((", st. tv.", ", st. mf.", ", 1. th.", ", 2. tv.", ", 3. th.", ", 4."))
    if not town:
        return street
    code, name = rng.choice(TOWNS)
    return f"{street}\n{code} {name}" if block else f"{street}, {code} {name}"


def _amount(rng: random.Random) -> str:
    value = rng.choice((150, 200, 250, 400, 500, 750, 800, 1000, 1200, 1500, 2000, 2500, 3200))
    value = value * rng.choice((1, 1, 1, 2, 3)) if rng.random() < 0.3 else value
    text = f"{value:,}".replace(",", ".")
    return rng.choice((f"{text} kr.", f"{text} kr", f"kr. {text}", f"{text},00 kr."))


def _giftcode(rng: random.Random) -> str:
    def block() -> str:
        return "".join(rng.choice(CODE_LETTERS + "23456789") for _ in range(4))

    return f"{block()}-{block()}-{block()}"


def _day(rng: random.Random) -> date:
    return date(2026, 1, 5) + timedelta(days=rng.randrange(110))


def _clock(rng: random.Random) -> tuple[int, int]:
    return rng.randint(7, 23), rng.randint(0, 59)


def _pick(rng: random.Random, *options: Piece) -> Piece:
    return rng.choice(options)


def _stand_phone(rng: random.Random, value: str) -> _V:
    return _V("PHONE", value, "[TLF]" if rng.random() < 0.6 else _masked_phone(rng))


def _stand_mail(rng: random.Random, value: str) -> _V:
    masked = f"{value[0]}***@{value.split('@')[1]}"
    return _V("EMAIL", value, "[e-mail]" if rng.random() < 0.6 else masked)


def _stand_cpr(rng: random.Random, value: str) -> _V:
    return _V("CPR", value, "[CPR]" if rng.random() < 0.7 else value[:6] + "-xxxx")


def _stand_card(rng: random.Random, value: str) -> _V:
    return _V("CARD", value, "[kortnr.]" if rng.random() < 0.4 else _masked_card(rng))


def _stand_iban(rng: random.Random, value: str) -> _V:
    return _V("IBAN", value, "[IBAN]" if rng.random() < 0.5 else _masked_iban(rng))


def _otp_v(rng: random.Random) -> _V:
    return _V("OTP", _otp(rng), "[kode]")


# -- genres ------------------------------------------------------------------------------------


def _ssp(rng: random.Random, neg: bool) -> _Doc:
    d = _Doc(neg)
    girl = rng.random() < 0.5
    pupil = _Person(rng, True, girl, "Elev A")
    mother = _Person(rng, False, True, "Forælder 1")
    father = _Person(rng, False, False, "Forælder 2")
    staff = _Person(rng, False, rng.random() < 0.5, "[NAVN]")
    teacher = _Person(rng, False, rng.random() < 0.5, "[NAVN]")
    born = _born(rng, 2010, 2013)
    day = _day(rng)
    handle = rng.choice(HANDLES)
    grade = f"{rng.randint(6, 9)}.{rng.choice('ABCDE')}"
    school = rng.choice(SCHOOLS)
    he = "hun" if girl else "han"
    d(
        f"SSP-notat — {rng.choice(KOMMUNER)} Kommune, SSP-sekretariatet\n",
        f"Sagsnr.: SSP-2026-{rng.randint(100, 9999):04d}\n",
        f"Dato: {day:%d.%m.%Y}   Udarbejdet af: SSP-koordinator ", staff.plain(), "\n\n",
        "Elev: ", pupil.full(),
        _pick(rng, [f", {grade}, {school}\nFødselsdato: ",
                    _V("DATE_OF_BIRTH", _dob(rng, born), "[fødselsdato]"), "\n"],
                   [", født ", _V("DATE_OF_BIRTH", _dob(rng, born), "[fødselsdato]"),
                    f", {grade}, {school}\n"]),
        f"CPR i elevsagen: {born:%d%m%y}-xxxx (ikke udleveret)\n",
        "Adresse: ", _V("ADDRESS", _address(rng, block=rng.random() < 0.3), "[ADRESSE]"), "\n",
        "Forældremyndighed: ", mother.surname_first(), " (CPR ",
        _stand_cpr(rng, _cpr(rng, _born(rng, 1972, 1992))), ", tlf. ",
        _stand_phone(rng, _phone(rng, 0)), ") og ", father.any_form(rng), " (tlf. ",
        _stand_phone(rng, _phone(rng, 0)), ")\n\n",
    )  # fmt: skip
    d("Baggrund:\n")
    d(
        pupil.given(),
        f" henvendte sig {day:%d.%m} til kontaktlærer ",
        teacher.initial(),
        f" efter at have fået trusler på {rng.choice(('Snapchat', 'Instagram', 'Discord'))} fra "
        f'brugeren "{handle}". ',
    )
    d(
        rng.choice(
            (
                [
                    pupil.genitive(),
                    " billeder er blevet delt i en gruppechat, og afpresseren "
                    f"kræver {_amount(rng)} for at slette dem. ",
                ],
                [
                    "Profilen lovede gratis skins og bad derefter om "
                    f"{_amount(rng)} via MobilePay til ",
                    _stand_phone(rng, _phone(rng)),
                    ". ",
                ],
                [
                    f"Afpresseren har krævet {_amount(rng)} overført til ",
                    _bank_account(rng),
                    ", ellers sendes billeder til "
                    f"{'hendes' if girl else 'hans'} klassekammerater. ",
                ],
                [
                    "Afpresseren skrev fra WhatsApp-nummer ",
                    _stand_phone(rng, f"+44 7700 900{rng.randint(0, 999):03d}"),
                    f" og krævede {_amount(rng)} i Steam-gavekort. ",
                ],
            )
        )
    )
    d(f"{he.capitalize()} har allerede betalt {_amount(rng)}.\n")
    if rng.random() < 0.55:
        d(
            "Ifølge ",
            pupil.given(),
            " er ",
            he,
            " to gange blevet hentet ved skolen af en ældre ",
            "dreng i en ",
            rng.choice(("sort", "hvid", "grå")),
            " bil med nummerplade ",
            _V("NUMBER_PLATE", _plate(rng), "[nummerplade]"),
            ".\n",
        )
    if rng.random() < 0.4:
        d(
            "Mor oplyser, at familien er flyttet til ",
            rng.choice(STREETS),
            " og at ",
            pupil.given(),
            " ikke har sovet i flere nætter.\n",
        )
    d("\nAftaler:\n")
    d(
        "- Forældrene kontakter ",
        rng.choice(ORG_LINES[:1] + ORG_LINES[3:4] + ORG_LINES[7:]),
        " og gemmer skærmbilleder.\n",
        "- Opfølgende samtale med ",
        _pick(rng, mother.given(), father.given()),
        " og ",
        pupil.given(),
        f" den {(day + timedelta(days=7)):%d.%m.%Y} kl. {rng.randint(8, 15)}.00.\n",
        "- Kontaktlærer ",
        teacher.plain(),
        " orienteres; ",
        _pick(rng, "Elev B", "Elev C", "en klassekammerat"),
        " er også kontaktet af profilen.\n",
    )
    if rng.random() < 0.5:
        d("Mail sendt til mor: ", _stand_mail(rng, mother.mail(rng)), "\n")
    return d


def _webform(rng: random.Random, neg: bool) -> _Doc:
    d = _Doc(neg)
    parent = _Person(rng, False, rng.random() < 0.6, "[NAVN]")
    child = _Person(rng, True, rng.random() < 0.35, "Barn A")
    hour, minute = _clock(rng)
    day = _day(rng)
    game = rng.choice(("Fortnite", "Roblox", "Steam", "Counter-Strike 2", "Minecraft"))
    son = "datter" if child.female else "søn"
    d(
        f"Indberetning via webformular — {rng.choice(BANKS[:2] + SHOPS[:2])}: "
        "Svindel mod børn og unge\n",
        f"Modtaget: {day:%Y-%m-%d} {hour:02d}:{minute:02d}\n",
        "Indberetter (forælder): ", parent.any_form(rng), "\n",
        "E-mail: ", _stand_mail(rng, parent.mail(rng)), "\n",
        "Telefon: ", _stand_phone(rng, _phone(rng, 0)), "\n",
        "Adresse: ", _V("ADDRESS", _address(rng), "[ADRESSE]"), "\n",
        "Barnets navn: ", child.plain(), ", f. ",
        _V("DATE_OF_BIRTH", _dob(rng, _born(rng, 2009, 2015)), "[fødselsdato]"), "\n",
        f"Barnets e-mail ({game}-konto): ", _stand_mail(rng, child.mail(rng)), "\n",
        f"Platform: {game}\n",
        f"Svindlerens brugernavn: {rng.choice(HANDLES)}\n",
        "Beskrivelse:\n",
    )  # fmt: skip
    d(
        rng.choice(
            (
                [
                    f"Min {son} ",
                    child.given(),
                    " fik et link til en side, der lignede "
                    "en skin-handelsside. Der blev betalt med mit kort ",
                    _stand_card(rng, _card(rng)),
                    ", udløb ",
                    _V("CARD_EXPIRY", _expiry(rng), "[udløb]"),
                    ", og bagefter blev kontoen overtaget. ",
                ],
                [
                    "Nogen har stjålet ",
                    child.genitive(),
                    f" {game}-konto. {son.capitalize()}en gav en 'verification'-kode (",
                    _otp_v(rng),
                    ") til en bruger på Discord. ",
                ],
                [
                    f"Vi betalte {_amount(rng)} via MobilePay til ",
                    _stand_phone(rng, _phone(rng, 0)),
                    " for 'sjældne skins', som aldrig kom. ",
                ],
                [
                    child.given(),
                    " indtastede kortnummer ",
                    _stand_card(rng, _card(rng)),
                    " og CVV ",
                    _V("CARD_CVV", f"{rng.randint(100, 999)}", "[CVV]"),
                    f" på en falsk {game}-side. Der er trukket {_amount(rng)}. ",
                ],
            )
        )
    )
    d(
        f"Sælgeren ({rng.choice(HANDLES)}) krævede bagefter {_amount(rng)} ",
        _pick(rng, "i gavekort", "via MobilePay Box " + str(rng.randint(10000, 99999)),
              ["til ", _bank_account(rng)]),
        ".\n",
    )  # fmt: skip
    if rng.random() < 0.6:
        d("Refusion ønskes til: ", _bank_account(rng), "\n")
    d("Samtykke til kontakt: Ja\n")
    return d


CHAT_SCAM = (
    "yo bro vil du ha gratis skins 🔥", "hey! u won the giveaway 🎁 just need to verify u",
    "hej du har vundet 5000 robux!!", "wanna trade? i got a knife skin 4 ur account",
    "din konto bliver bannet hvis du ikke verifyer nu", "bro hurry up im online 5 min",
    "jeg har dine billeder. betal ellers sender jeg dem til alle dine venner",
    "send proof or i post it everywhere 💀",
)  # fmt: skip
ASK_CODE = (
    "send lige den kode du får på sms så jeg kan verify dig",
    "send me the verification code u just got",
    "skriv koden fra mitid appen",
)
CHAT_KID = (
    "hvad skal jeg gøre", "ok vent", "jeg har ikke så mange penge", "wtf", "plz ik send det",
    "min mor må ik vide det", "okay jeg prøver", "hvordan", "den virker ik", "vent 2 sek",
    "jeg er 14", "lol ok", "hvorfor skal du ha det", "ok jeg sender nu",
)  # fmt: skip


def _dm(rng: random.Random, neg: bool) -> _Doc:
    d = _Doc(neg)
    kid = _Person(rng, True, rng.random() < 0.5, "Elev A")
    friend = _Person(rng, True, rng.random() < 0.5, "Elev B")
    parent = _Person(rng, False, rng.random() < 0.6, "Forælder 1")
    platform = rng.choice(("Discord", "Snapchat", "Instagram"))
    scammer = rng.choice(HANDLES)
    kid_name = rng.random() < 0.45  # shown by a display name that is a name, else a handle
    kid_handle = kid.handle(rng)
    day = _day(rng)
    hour, minute = _clock(rng)
    clock = (hour * 60 + minute) * 60
    d(f"Eksporteret samtale — {platform} — ", kid_handle, " ↔ ", scammer, "\n")
    d("Eksporteret af: ", parent.any_form(rng), " (", _stand_mail(rng, parent.mail(rng)), ")\n\n")

    def stamp() -> str:
        nonlocal clock
        clock = min(clock + rng.randint(4, 150), 24 * 3600 - 1)
        hour, minute, second = clock // 3600, clock // 60 % 60, clock % 60
        if platform == "Discord":
            return f"[{day:%d.%m.%y}, {hour:02d}:{minute:02d}:{second:02d}] "
        if platform == "Snapchat":
            return f"{day:%Y-%m-%d} {hour:02d}:{minute:02d} | "
        return f"{day:%d.%m.%y} {hour:02d}:{minute:02d} — "

    def say_kid(*pieces: Piece) -> None:
        if kid_name:
            emoji = rng.choice(EMOJI)
            d(stamp(), kid.given(), f" {emoji}: ", *pieces, "\n")
        else:
            d(stamp(), kid_handle, ": ", *pieces, "\n")

    def say_scam(*pieces: Piece) -> None:
        d(stamp(), scammer, ": ", *pieces, "\n")

    alias = _Person(rng, rng.random() < 0.5, rng.random() < 0.6, "[ALIAS]")
    opening = rng.random()
    if opening < 0.25:
        say_scam("hej jeg hedder ", alias.given(), " og er 16 😊 hvem er du")
    elif opening < 0.4:
        say_scam("hej ", kid.lower(), " det er ", alias.given(), " fra Discord Support 🛡️")
    elif opening < 0.55:
        say_scam("yo ", kid.lower(), " " + rng.choice(CHAT_SCAM[:4]))
    else:
        say_scam(rng.choice(CHAT_SCAM))
    say_kid(rng.choice(CHAT_KID))
    steps = rng.sample(range(7), rng.randint(2, 4))
    for step in steps:
        if step == 0:
            say_scam(rng.choice(ASK_CODE))
            say_kid(_otp_v(rng))
        elif step == 1:
            say_scam(_pick(rng, "hvad er dit mitid bruger id", "whats ur mitid user id bro",
                           "skriv dit MitID bruger-ID så jeg kan sende pengene"))  # fmt: skip
            say_kid(_pick(rng, "mit mitid bruger id er ", "MitID bruger-ID: ", "mitid bruger id "),
                    _V("MITID_USER", _mitid(rng, kid), "[MitID-bruger]"))  # fmt: skip
        elif step == 2:
            say_scam(f"køb et steam gavekort til {_amount(rng)} og send koden")
            say_kid(f"{_giftcode(rng)} {rng.choice(EMOJI)}")
        elif step == 3:
            say_scam(f"overfør {_amount(rng)} til ", _bank_account(rng), " NU")
            say_kid(rng.choice(CHAT_KID))
        elif step == 4:
            say_scam("eller send til ", _stand_iban(rng, _iban(rng)), " its my cousins account")
        elif step == 5:
            if rng.random() < 0.5:
                say_scam(_pick(rng, "what's ur number", "hvad er dit nummer"))
                say_kid(_stand_phone(rng, _phone(rng, 0)))
            else:
                say_scam(_pick(rng, "giv mig din mail", "send ur email"))
                say_kid(_stand_mail(rng, kid.mail(rng)))
        else:
            say_scam("skriv på whatsapp i stedet ", _stand_phone(rng, _phone(rng, 1.0)))
            say_kid(_pick(rng, "ok", "k", "hvorfor"))
    if rng.random() < 0.8:
        say_kid(
            _pick(rng, "jeg spørger lige ", "skal lige snakke med ", "min ven "),
            _pick(rng, friend.lower(), ["@", friend.given()]),
            " " + rng.choice(EMOJI),
        )
    if rng.random() < 0.35:
        say_kid(
            "mit kort er ",
            _stand_card(rng, _card(rng)),
            " ",
            _V("CARD_EXPIRY", _expiry(rng), "[udløb]"),
            " cvc ",
            _V("CARD_CVV", f"{rng.randint(100, 999)}", "[CVV]"),
        )
    say_scam(rng.choice(CHAT_SCAM[5:]))
    d(
        "\nNote fra forælder: ",
        kid.given(),
        _pick(rng, " er 13 år.", " er 14.", " går i 8. klasse."),
        " Vi har anmeldt det til ", rng.choice(ORG_LINES[:1]), ".\n",
    )  # fmt: skip
    return d


def _bank(rng: random.Random, neg: bool) -> _Doc:
    d = _Doc(neg)
    young_adult = rng.random() < 0.55
    customer = _Person(rng, True, rng.random() < 0.4, "Kunde A")
    guardian = _Person(rng, False, rng.random() < 0.5, "Forælder 1")
    analyst = _Person(rng, False, rng.random() < 0.5, "[NAVN]")
    bank = rng.choice(BANKS)
    d(
        f"{bank} — Fraud & AML, intern note\n",
        f"Sag: FR-26-{rng.randint(10000, 99999)}   Analytiker: ",
        analyst.initial(),
        "\n",
        f"Oprettet: {_day(rng):%d.%m.%Y}\n\n",
        "Kunde: ",
        customer.surname_first(),
    )
    if young_adult:
        born = _born(rng, 2000, 2005)
        d(" (ung kunde), CPR ", _stand_cpr(rng, _cpr(rng, born)), "\n")
    else:
        born = _born(rng, 2009, 2011)
        d(
            ", f. ",
            _V("DATE_OF_BIRTH", _dob(rng, born), "[fødselsdato]"),
            " (ungdomskonto)\n",
            "Værge: ",
            guardian.any_form(rng),
            ", CPR ",
            _stand_cpr(rng, _cpr(rng, _born(rng, 1970, 1990))),
            "\n",
        )
    d(
        "Konto: ", _bank_account(rng), "\n",
        "Tlf.: ", _stand_phone(rng, _phone(rng, 0)), "\n",
        "Adresse: ", _V("ADDRESS", _address(rng, block=rng.random() < 0.4), "[ADRESSE]"), "\n\n",
        "Observationer:\n",
    )  # fmt: skip
    n = rng.randint(2, 6)
    country = rng.choice(tuple(COUNTRIES))
    d(
        f"Kontoen har modtaget {n} indbetalinger på i alt {_amount(rng)} fra ukendte afsendere "
        "og videresendt beløbet samme dag til ",
        _stand_iban(rng, _iban(rng, country)),
        f" ({COUNTRIES[country]}). ",
    )
    d(
        rng.choice(
            (
                [
                    "Kunden oplyser, at brugeren ",
                    rng.choice(HANDLES),
                    f" på Snapchat lovede {_amount(rng)} for at 'låne' kontoen, og at ",
                    rng.choice(HANDLES),
                    " fik MitID bruger-ID ",
                    _V("MITID_USER", _mitid(rng, customer, born), "[MitID-bruger]"),
                    ". ",
                ],
                [
                    "Kunden har givet sit MitID bruger-ID ",
                    _V("MITID_USER", _mitid(rng, customer, born), "[MitID-bruger]"),
                    " og en engangskode (",
                    _otp_v(rng),
                    ") til en 'rekrutterer'. ",
                ],
                [
                    "Rekrutteringen skete på Discord via ",
                    rng.choice(HANDLES),
                    ", der skrev fra ",
                    _stand_phone(rng, _phone(rng, 1.0)),
                    ". ",
                ],
            )
        )
    )
    if rng.random() < 0.45:
        d(
            "Kunden blev ifølge filialen kørt til hæveautomaten i bil med nummerplade ",
            _V("NUMBER_PLATE", _plate(rng), "[nummerplade]"),
            ". ",
        )
    d("\n\nTiltag: konto spærret, MobilePay frakoblet. ")
    d(
        rng.choice(
            (
                [
                    "Værge ",
                    guardian.given(),
                    " kontaktet på ",
                    _stand_phone(rng, _phone(rng, 0)),
                    ".",
                ],
                ["Kunden henvist til ", rng.choice(ORG_LINES[:1] + ORG_LINES[2:3]), "."],
                ["Brev sendt til ", _stand_mail(rng, customer.mail(rng)), "."],
            )
        ),
        "\n",
    )
    return d


def _helpdesk(rng: random.Random, neg: bool) -> _Doc:
    d = _Doc(neg)
    pupil = _Person(rng, True, rng.random() < 0.5, "Elev A")
    teacher = _Person(rng, False, rng.random() < 0.6, "[NAVN]")
    parent = _Person(rng, False, rng.random() < 0.6, "Forælder 1")
    tech = _Person(rng, False, rng.random() < 0.3, "[NAVN]")
    school = rng.choice(SCHOOLS)
    hour, minute = _clock(rng)
    day = _day(rng)
    login = _ascii(pupil.first.split()[0]).replace(".", "")[:4] + f"{rng.randint(1, 9)}"
    login += rng.choice("abcdefghjk") + f"{rng.randint(10, 99)}"
    staff_mail = f"{_ascii(teacher.first.split()[0])}.{_ascii(teacher.last.split('-')[0])}"
    d(
        f"Ticket INC{rng.randint(1000000, 9999999)} — {school} IT-support\n",
        f"Oprettet: {day:%Y-%m-%d} {hour:02d}:{minute:02d}   Kategori: UNI-Login / Aula — "
        "kompromitteret konto\n",
        "Anmelder: ", teacher.plain(), " (",
        _stand_mail(rng, f"{staff_mail}@{rng.choice(('skole.example.dk', 'example.dk'))}"), ")\n",
        "Berørt bruger: ", pupil.full(), f", {rng.randint(5, 9)}.{rng.choice('ABC')}, "
        f"UNI-Login: {login}\n",
        "Fødselsdato: ", _V("DATE_OF_BIRTH", _dob(rng, _born(rng, 2010, 2015)), "[fødselsdato]"),
        "\n\nBeskrivelse:\n",
    )  # fmt: skip
    d(
        "Eleven klikkede på et link i en Aula-besked ('",
        rng.choice(("Gratis V-bucks", "Free Robux 2026", "Din UNI-Login udløber", "Se billedet")),
        "') og indtastede UNI-Login og adgangskode. ",
        "Derefter er der sendt beskeder fra kontoen til ",
        "hele årgangen. ",
    )
    if rng.random() < 0.6:
        d(
            "Siden bad også om en engangskode sendt til ",
            _stand_phone(rng, _phone(rng, 0)),
            "; eleven tastede ",
            _otp_v(rng),
            ". ",
        )
    d(
        "En forælder, ",
        parent.any_form(rng),
        ", ringede fra ",
        _stand_phone(rng, _phone(rng, 0)),
        f" kl. {hour + 1 if hour < 23 else 8:02d}.{rng.randint(0, 59):02d}.\n",
    )
    if rng.random() < 0.6:
        d("Elevens private e-mail (gendannelse): ", _stand_mail(rng, pupil.mail(rng)), "\n")
    d(
        "\nHandling: adgangskode nulstillet, sessioner logget ud, beskeder slettet. ",
        "Løst af ", tech.initial(), ".\n",
        "Svar til forælder: Hej ", parent.given(), ", ", pupil.genitive(),
        " konto er sikret igen. Kontakt ", rng.choice(ORG_LINES[3:4] + ORG_LINES[1:2]),
        " hvis der også er delt billeder.\n",
    )  # fmt: skip
    return d


def _police(rng: random.Random, neg: bool) -> _Doc:
    d = _Doc(neg)
    girl = rng.random() < 0.4
    victim = _Person(rng, True, girl, "Forurettede")
    g1 = _Person(rng, False, True, "Værge 1")
    g2 = _Person(rng, False, False, "Værge 2")
    officer = _Person(rng, False, rng.random() < 0.4, "[NAVN]")
    alias = _Person(rng, True, not girl, "[ALIAS]")
    day = _day(rng)
    born = _born(rng, 2009, 2012)
    d(
        f"Anmeldelse — {rng.choice(KREDSE)} Politi\n",
        f"Journalnr.: {rng.randint(1000, 9999)}-{rng.randint(10000, 99999)}-",
        f"{rng.randint(100, 999):05d}-26\n",
        f"Anmeldt: {day:%d.%m.%Y} kl. {rng.randint(8, 22):02d}.{rng.randint(0, 59):02d}\n\n",
        "Forurettede: ", victim.full(), ", født ",
        _V("DATE_OF_BIRTH", _dob(rng, born), "[fødselsdato]"), "\n",
        "Bopæl: ", _V("ADDRESS", _address(rng, block=rng.random() < 0.5), "[ADRESSE]"), "\n",
        "Værger: ", g1.surname_first(), " (CPR ",
        _stand_cpr(rng, _cpr(rng, _born(rng, 1970, 1994))),
        ", tlf. ", _stand_phone(rng, _phone(rng, 0)), ")",
    )  # fmt: skip
    if rng.random() < 0.6:
        d(
            " og ",
            g2.any_form(rng),
            " (CPR ",
            _stand_cpr(rng, _cpr(rng, _born(rng, 1966, 1992))),
            ", tlf. ",
            _stand_phone(rng, _phone(rng, 0)),
            ")",
        )
    d("\n")
    if rng.random() < 0.5:
        d("Forurettedes e-mail: ", _stand_mail(rng, victim.mail(rng)), "\n")
    platform = rng.choice(("Instagram", "Snapchat", "Discord"))
    d(
        "\nForhold: Afpresning med intime billeder (sextortion)\n",
        f"Forurettede blev {(day - timedelta(days=rng.randint(1, 20))):%d.%m.%Y} kontaktet på "
        f'{platform} af profilen "{rng.choice(HANDLES)}", der udgav sig for at være ',
        alias.given(), f", {rng.randint(14, 17)} år. Efter udveksling af billeder krævede "
        "profilen penge. ",
    )  # fmt: skip
    paid = rng.sample(range(4), rng.randint(1, 3))
    for way in paid:
        if way == 0:
            d(
                f"Der er betalt {_amount(rng)} via MobilePay til ",
                _stand_phone(rng, _phone(rng, 0)),
                ". ",
            )
        elif way == 1:
            d(f"{_amount(rng)} er overført til ", _stand_iban(rng, _iban(rng)), ". ")
        elif way == 2:
            d(f"{_amount(rng)} er overført til dansk konto ", _bank_account(rng), ". ")
        else:
            d(f"Der er sendt gavekort for {_amount(rng)} (kode {_giftcode(rng)}). ")
    d(
        "Afpresseren skrev også fra WhatsApp-nummer ",
        _stand_phone(rng, _phone(rng, 1.0)),
        ".\n",
    )
    if rng.random() < 0.35:
        d(
            "Vidne: ",
            _Person(rng, False, rng.random() < 0.5, "Vidne 1").plain(),
            " så en person hente penge ved hæveautomaten og køre i bil med nummerplade ",
            _V("NUMBER_PLATE", _plate(rng), "[nummerplade]"),
            ".\n",
        )
    d(
        "\nForurettede og værger er vejledt om ", rng.choice(ORG_LINES[3:4] + ORG_LINES[5:6]),
        ". ", victim.genitive(), " telefon er sikret som bevis.\n",
        "Anmeldelsen modtaget af politiassistent ", officer.plain(), ".\n",
    )  # fmt: skip
    return d


def _chargeback(rng: random.Random, neg: bool) -> _Doc:
    d = _Doc(neg)
    holder = _Person(rng, False, rng.random() < 0.5, "Kortholder")
    child = _Person(rng, True, rng.random() < 0.4, "Barn A")
    agent = _Person(rng, False, rng.random() < 0.5, "[NAVN]")
    shop = rng.choice(SHOPS)
    shop_mail = f"kundeservice@{_ascii(shop).replace('.', '')}.example.dk"
    holder_mail = holder.mail(rng)
    order = rng.randint(1000000, 9999999)
    card = _card(rng)
    son = "datter" if child.female else "søn"
    d(
        "Fra: ", _stand_mail(rng, holder_mail), "\n",
        "Til: ", _stand_mail(rng, shop_mail), "\n",
        f"Emne: Indsigelse — ordre #{order}\n\n",
        f"Hej {shop}\n\n",
        "Jeg hedder ", holder.plain(), f", og der er trukket {_amount(rng)} på mit kort ",
        _stand_card(rng, card), " (udløb ", _V("CARD_EXPIRY", _expiry(rng), "[udløb]"), "). ",
        f"Min {son} ", child.given(), " har tastet kortnummer, udløbsdato og ",
        _pick(rng, "CVV ", "CVC ", "kontrolcifre "),
        _V("CARD_CVV", f"{rng.randint(100, 999)}", "[CVV]"),
        " ind på en falsk top-up-side til ", rng.choice(("V-bucks", "Robux", "CS2-skins")),
        f" ({rng.choice(('vbucks-gratis', 'robux-topup', 'skins-drop'))}.example.net). ",
        "Varerne er bestilt til en adresse, vi ikke kender:\n\n",
        _V("ADDRESS", _address(rng, block=True), "[ADRESSE]"), "\n\n",
        "Jeg beder om at få beløbet tilbage.\n\nVenlig hilsen\n", holder.plain(), "\n",
        "Tlf. ", _stand_phone(rng, _phone(rng, 0)), "\n\n",
    )  # fmt: skip
    d(
        f"--- Svar fra {shop} kundeservice ---\n",
        f"Chargeback-sag CB-26-{rng.randint(100000, 999999)}. Kortholder: ", holder.upper(),
        f". Kort: {_masked_card(rng)}. ",
        "Ordren er leveret til ", _V("ADDRESS", _address(rng), "[ADRESSE]"), " og betalt fra IP i ",
        rng.choice(("Nederlandene", "Litauen", "Danmark")), ". ",
        "Vi har spærret gavekortkoderne og sender en kreditnota på ", _amount(rng),
        " inden for 5 hverdage.\n",
        "Med venlig hilsen ", agent.plain(), ", ", shop, " (",
        _stand_mail(rng, shop_mail), ", tlf. ", rng.choice(ORG_LINES[4:5]).split(" på ")[1], ")\n",
    )  # fmt: skip
    return d


def _helpline(rng: random.Random, neg: bool) -> _Doc:
    d = _Doc(neg)
    counsellor = _Person(rng, False, rng.random() < 0.6, "[NAVN]")
    day = _day(rng)
    d(
        f"Ung Linjen — opkaldslog (anonymiseret), vagt {day:%d.%m.%Y}\n",
        "Rådgiver: ",
        counsellor.given(),
        "\n\n",
    )
    hour = rng.randint(15, 19)
    named = 0
    for _ in range(rng.randint(3, 5)):
        minute = rng.randint(0, 59)
        d(f"kl. {hour:02d}.{minute:02d} | ")
        hour = min(hour + 1, 23)
        kind = rng.randrange(5)
        if kind <= 1:
            age = rng.randint(12, 17)
            d(
                f"Opkalder: {rng.choice(('Dreng', 'Pige'))}, {age} år | anonym | ",
                rng.choice(
                    (
                        f'Afpresset på Snapchat af "{rng.choice(HANDLES)}", '
                        f"har betalt {_amount(rng)}.",
                        "Har sendt billeder til en 'pige' på Discord, bliver nu truet.",
                        f"Konto stjålet efter 'gratis skins'-link, mistet {_amount(rng)} i Robux.",
                    )
                ),
                f" Henvist til {rng.choice(ORG_LINES[3:4] + ORG_LINES[:1] + ORG_LINES[6:7])}.\n",
            )  # fmt: skip
            continue
        named += 1
        young = rng.random() < 0.4
        caller = _Person(rng, young, rng.random() < 0.6, "[NAVN]")
        d("Opkalder: ", _pick(rng, caller.plain(), caller.given(), caller.full()))
        d(" (" + ("selv" if young else rng.choice(("mor", "far", "bedstemor"))) + ") | tlf. ")
        d(_stand_phone(rng, _phone(rng, 0.05)), " | ")
        topic = rng.randrange(4)
        if topic == 0:
            d(
                f"Der er overført {_amount(rng)} til ",
                _stand_iban(rng, _iban(rng)),
                " efter trusler.",
            )
        elif topic == 1:
            d(
                "Har givet kortnr. ",
                _stand_card(rng, _card(rng)),
                " til 'support' på Discord.",
            )
        elif topic == 2:
            d(
                "Ønsker opringning; mail ",
                _stand_mail(rng, caller.mail(rng)),
                ".",
            )
        else:
            d("Har givet MitID-kode ", _otp_v(rng), " til en 'ven' fra Fortnite")
            if rng.random() < 0.6:
                d(
                    " og sit MitID bruger-ID ",
                    _V("MITID_USER", _mitid(rng, caller), "[MitID-bruger]"),
                )
            d(".")
        d(" Aftalt ny samtale.\n")
    if not named:
        caller = _Person(rng, False, True, "[NAVN]")
        d(
            f"kl. {hour:02d}.{rng.randint(0, 59):02d} | Opkalder: ", caller.plain(),
            " (mor) | tlf. ", _stand_phone(rng, _phone(rng, 0)),
            " | Søn presset til at sende penge. Henvist til Politiet på 114.\n",
        )  # fmt: skip
    d(
        "\nUnder vagten: ",
        rng.choice(PSEUDONYMS),
        " og ",
        rng.choice(PSEUDONYMS),
        " ringede igen.\n",
    )
    return d


WRITERS: dict[str, Callable[[random.Random, bool], _Doc]] = {
    "ssp_notat": _ssp,
    "foraeldre_webformular": _webform,
    "dm_eksport": _dm,
    "bank_muldyr": _bank,
    "skole_it_helpdesk": _helpdesk,
    "politianmeldelse": _police,
    "spilbutik_chargeback": _chargeback,
    "raadgivning_opkaldslog": _helpline,
}


def generate(seed: int = SEED, size: int = SIZE) -> list[dict]:
    """The set: size documents, NEGATIVES/SIZE of them pseudonymised negatives."""
    rng = random.Random(seed)
    negatives = round(size * NEGATIVES / SIZE)
    docs: list[dict] = []
    seen: set[str] = set()
    for i in range(size):
        negative = i >= size - negatives
        genre = GENRES[i % len(GENRES)]
        while True:
            doc = WRITERS[genre](rng, negative)
            if doc.text not in seen and (negative or doc.spans):
                break
        seen.add(doc.text)
        docs.append(
            {
                "id": f"pii26-{i:04d}",
                "genre": genre,
                "kind": "negative" if negative else "positive",
                "text": doc.text,
                "spans": [] if negative else doc.spans,
            }
        )
    return docs


def main(argv: list[str]) -> None:
    out = Path(argv[0]) if argv else Path(__file__).parent / "data" / "pii_blind26.jsonl"
    with out.open("w", encoding="utf-8") as fh:
        for doc in generate():
            fh.write(json.dumps(doc, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main(sys.argv[1:])
