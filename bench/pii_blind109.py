"""A hundred-and-tenth blind, seeded generator of Danish text with labelled personal data.

Written without looking at the recognisers, their word lists or the other generators' bodies,
as a held-out test set with its own names, streets, towns and organisations. Its theme is a
MUNICIPAL WASTE AND RECYCLING service and the bulky-waste ("storskrald") pick-up scams around
it, in eight genres: a fake storskrald fee SMS forwarded by the citizen who got it, a container
or trailer rental booking (number plates), a citizen's report of fraud at a recycling centre,
the service's case notes on a paid fake fee, a complaint by e-mail (Fra:/Til:/Emne:) with the
service's quoted reply, a driver's log of the pick-up round, the municipality's letter to a
citizen and a web chat with the service ("[09:14] Name: ..." lines). The service's own places
(genbrugspladser, depots, offices, drop-off points, opening hours) appear everywhere and are
never labelled. Names are Danes of all ages, Danes with roots elsewhere, double surnames,
lower-case chat names, CAPS names, "Holm, Agnete", genitives and initials.

Conventions (exact offsets are scored):
- PERSON is a name as written, without title or role ("chauffør", "borgeren"); "Holm, Agnete"
  is one span, a genitive s belongs to it, a lower-case chat name is PERSON, and so is a
  scammer's alias ("Jonas fra Storskraldsteamet": only "Jonas"). Organisations, placeholders
  ("[NAVN]", "Borger A", "Chauffør 2") and family words ("min søster") never are.
- ADDRESS runs from street name through number, letter, floor and side, plus ", postcode town"
  on the same line or the next line of an address block (line break included). The service's
  own addresses (ORG_ADDRESSES) are never labelled; a street without a number is not an address.
- CPR numbers are synthetic: real birth date, seventh digit fitting the century (0-3 for the
  1900s, 4 for 2000-2005), a serial chosen so the number FAILS modulus 11. DATE_OF_BIRTH is a
  full date straight after "født", "f." or "Fødselsdato:"; no other date or clock time is.
- PHONE: Danish 8-digit mobile and landline numbers in the written forms of
  tests/pii_blind_spec.py (country code inside the span), and foreign fiction-range numbers;
  organisations' 70/80 lines and short codes never are.
- EMAIL: every unmasked address (example.* domains), staff's and the service's too.
- BANK_ACCOUNT: reg.nr. and account together are one span; with "reg." and "konto" as words,
  only the account. IBAN with valid check digits and length; CARD Luhn-valid with a test
  prefix; CARD_EXPIRY "MM/YY" or "MM/YYYY"; CARD_CVV after CVV/cvc/kontrolcifre; OTP a code
  sent or given; MITID_USER a MitID user ID; NUMBER_PLATE a Danish plate ("CX 48 112").
- Hard negatives, never labelled: amounts, dates, clock times, case, booking and customer
  numbers, CVR numbers, masked values, the service's 70/80 lines and short codes, its
  addresses, products, job titles, building names and firm names that look like surnames.
  Negatives are the same genres pseudonymised: stand-ins and pseudonyms only.

Each document is {"id", "genre", "kind", "text", "spans": [{"start", "end", "type"}]}.
``python -m bench.pii_blind109 OUT.jsonl`` writes the set; ``generate()`` returns it.
"""

from __future__ import annotations

import json
import random
import sys
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

SEED = 109109
SIZE = 1000
NEGATIVES = 350
GENRES = (
    "sms",
    "booking",
    "anmeldelse",
    "sagsnotat",
    "klage",
    "koerebog",
    "brev",
    "chat",
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
    "NUMBER_PLATE",
)
WEIGHTS = (4, 3, 2, 7, 6, 5, 4, 3, 2, 1)
TEST_PREFIXES = ("4111", "4012", "5555", "5105", "2223")
IBAN_LENGTH = {"DK": 18, "DE": 22, "NO": 15, "SE": 24, "FI": 18, "BE": 16}
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
    "48",
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
    "75",
    "76",
    "86",
    "87",
    "89",
    "96",
    "98",
)

WOMEN = (
    "Agnete",
    "Sigrid",
    "Laila",
    "Frida",
    "Yasmin",
    "Ingeborg",
    "Nadia",
    "Rikke",
    "Amira",
    "Dorthe",
    "Tove",
    "Lærke",
    "Zeynep",
    "Birthe",
    "Hanne",
    "Mai",
    "Signe",
    "Grethe",
)
MEN = (
    "Bent",
    "Valdemar",
    "Torben",
    "Palle",
    "Kasper",
    "Mads",
    "Oluf",
    "Henning",
    "Esben",
    "Mikkel",
    "Ahmad",
    "Preben",
    "Jesper",
    "Emil",
    "Viggo",
    "Tariq",
    "Aksel",
    "Nikolaj",
)
FIRST = WOMEN + MEN
SURNAMES = (
    "Holm",
    "Skovgaard",
    "Thygesen",
    "Brandt",
    "Kjeldsen",
    "Mørch",
    "Østergaard",
    "Lindhardt",
    "Yilmaz",
    "Haddad",
    "Nguyen",
    "Rasmussen",
    "Bech",
    "Dalsgaard",
    "Kristoffersen",
    "Winther",
    "Abdi",
    "Fogh",
    "Krogh",
    "Lauritsen",
    "Pham",
    "Vestergaard",
    "Søndergaard",
    "Iversen",
    "Hussein",
    "Bundgaard",
)
DOUBLE = (
    "Holm-Vestergaard",
    "Mørch-Iversen",
    "Skov-Thygesen",
    "Brandt-Lauritsen",
    "Dal-Hansen",
    "Krogh-Pham",
)
MIDDLE = ("Marie", "Louise", "Emil", "Juul", "Bak", "Sofie", "Kirk")
STREETS = (
    "Kirsebærvej",
    "Mosegårdsvej",
    "Ulkærvej",
    "Tjørnehaven",
    "Bøgeparken",
    "Ravnsbjergvej",
    "Havremarken",
    "Nørre Allé",
    "Sandgårdsvej",
    "Lyngholmvej",
    "Egevænget",
    "Fasanstien",
    "Kløvermarken",
    "Strandbakken",
    "Vibeholmsvej",
    "Pilegårdsvej",
    "Engdraget",
    "Hybenvej",
)
TOWNS = (
    "7100 Vejle",
    "8260 Viby J",
    "4700 Næstved",
    "6000 Kolding",
    "9200 Aalborg SV",
    "5250 Odense SV",
    "2650 Hvidovre",
    "8600 Silkeborg",
    "4000 Roskilde",
    "7400 Herning",
    "3400 Hillerød",
    "6700 Esbjerg",
)
ORG_ADDRESSES = (
    "Kompostvej 12, 8260 Viby J",
    "Slaggevej 3, 7100 Vejle",
    "Containerkajen 18, 4700 Næstved",
    "Sorteringsvej 7, 6000 Kolding",
    "Depotvej 41, 9200 Aalborg SV",
    "Genbrugsvej 5, 5250 Odense SV",
    "Rådhustorvet 2, 3. sal, 4000 Roskilde",
    "Stationsvej 22, 7400 Herning",
    "Miljøvej 9, 3400 Hillerød",
    "Affaldsvej 14, 6700 Esbjerg",
    "Vognmandsvej 30, 2650 Hvidovre",
    "Skrotvej 2, 8600 Silkeborg",
)
PLACES = (
    "Genbrugsplads Nord",
    "Genbrugsplads Syd",
    "Depot Havnen",
    "Miljøstation Vest",
    "Borgerservice Affald",
    "Storskraldsdepotet",
    "Genbrugspladsen ved Mosen",
    "Kundecenter Affald & Genbrug",
    "Afhentningspunkt Skolegården",
    "Miljøcentret",
    "Vognparken",
    "Genbrugspladsen Ådalen",
)
COMPANIES = (
    "Holm & Co Vognmænd",
    "Bager Jensen ApS",
    "Krogh Container ApS",
    "Affald & Genbrug Sydøst",
    "Ren By Service A/S",
    "Trailerudlejning Winther ApS",
)
PRODUCTS = ("Haveaffaldsabonnement Plus", "Storskrald Bestil", "Sorteringsguiden")
ORG_LINES = ("70 20 14 14", "80 33 11 22", "70 11 45 90", "1919")
UNITS = ("Storskraldsteamet", "Affaldsafdelingen", "Kommunens Genbrug", "Gebyrkontoret")
FAMILY = ("min mor", "min søster", "min nabo", "min svigerfar", "min mand")
PSEUDONYMS = ("Borger A", "Borger B", "Kunde A", "Chauffør 1", "Medarbejder 2", "Vidne 1")
STAFF_TITLES = ("sagsbehandler", "chauffør", "pladsmand", "kundekonsulent", "driftsleder")
BUILDINGS = ("Miljøhuset", "Sorteringshallen", "Vejerhuset", "Administrationsbygningen")
MAIL_DOMAINS = ("example.dk", "mail.example.dk", "example.com", "post.example.net")
ORG_MAILS = ("storskrald@affald.example.dk", "genbrug@kommune.example.dk")

Part = tuple[str, str | None]


def grouped(compact: str) -> str:
    """The value in groups of four."""
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))


def luhn_digit(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        n = int(ch) * (2 if i % 2 == 0 else 1)
        total += n // 10 + n % 10
    return str((10 - total % 10) % 10)


class Values:
    """Real values (labelled) or, in a negative, stand-ins (unlabelled)."""

    def __init__(self, rng: random.Random, neg: bool) -> None:
        self.r = rng
        self.neg = neg
        self.cpr_form = 0
        self.phone_form = 0

    def pick(self, seq: tuple[str, ...]) -> str:
        return self.r.choice(seq)

    def _name(self) -> str:
        r = self.r
        first, sur = r.choice(FIRST), r.choice(SURNAMES)
        k = r.randrange(12)
        if k == 0:
            return f"{sur}, {first}"
        if k == 1:
            return f"{first} {sur}".upper()
        if k == 2:
            return f"{first} {r.choice(DOUBLE)}"
        if k == 3:
            return f"{first} {r.choice(MIDDLE)} {sur}"
        if k == 4:
            return f"{first[0]}. {sur}"
        return f"{first} {sur}"

    def person(self, pseudo: str = "Borger A", genitive: bool = False) -> Part:
        if self.neg:
            return (pseudo + ("s" if genitive else ""), None)
        name = self._name()
        if genitive:
            name = self.r.choice(FIRST) if self.r.random() < 0.6 else name.split(", ")[0]
            name += "'" if name.endswith("s") else "s"
        return (name, "PERSON")

    def first(self, lower: bool = False) -> Part:
        if self.neg:
            return ("[NAVN]", None)
        name = self.r.choice(FIRST)
        return (name.lower() if lower else name, "PERSON")

    def street(self) -> str:
        r = self.r
        s = f"{r.choice(STREETS)} {r.randint(1, 140)}{r.choice(('', '', '', 'A', 'B'))}"
        if r.random() < 0.3:
            s += f", {r.choice(('st.', '1.', '2.', '4.'))} {r.choice(('th.', 'tv.', 'mf.'))}"
        return s

    def address(self, layout: str = "comma") -> Part:
        if self.neg:
            return ("[ADRESSE]", None)
        town = self.r.choice(TOWNS)
        sep = {"comma": ", ", "lines": "\n"}.get(layout)
        return (self.street() + (sep + town if sep else ""), "ADDRESS")

    def cpr_value(self) -> tuple[str, date]:
        r = self.r
        while True:
            born = date(1931, 1, 1) + timedelta(days=r.randrange(27000))
            c7 = str(r.randint(0, 3)) if born.year < 2000 else "4"
            serial = c7 + f"{r.randrange(1000):03d}"
            digits = born.strftime("%d%m%y") + serial
            if sum(int(a) * w for a, w in zip(digits, WEIGHTS, strict=True)) % 11:
                break
        d = digits
        self.cpr_form = self.r.randrange(4)
        forms = (f"{d[:6]}-{d[6:]}", d, f"{d[:2]} {d[2:4]} {d[4:6]} {d[6:]}", f"{d[:6]} {d[6:]}")
        return forms[self.cpr_form], born

    def cpr(self) -> Part:
        if self.neg:
            return (self.r.choice(("[CPR]", "xxxxxx-xxxx", "010160-xxxx")), None)
        return (self.cpr_value()[0], "CPR")

    def dob(self) -> Part:
        if self.neg:
            return ("[dato]", None)
        born = self.cpr_value()[1]
        months = (
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
        k = self.r.randrange(4)
        if k == 0:
            v = f"{born.day}. {months[born.month - 1]} {born.year}"
        elif k == 1:
            v = born.strftime("%d.%m.%Y")
        elif k == 2:
            v = f"{born.day}/{born.month}-{born.year}"
        else:
            v = born.strftime("%d-%m-%Y")
        return (v, "DATE_OF_BIRTH")

    def phone(self) -> Part:
        r = self.r
        if self.neg:
            return (r.choice(("[TLF]", "+45 ** ** ** 31", "+45 ** ** ** 08")), None)
        f = self.r.randrange(12)
        if f == 10:
            return (f"+44 7700 900{r.randrange(1000):03d}", "PHONE")
        if f == 11:
            return (f"+46 70 174 06 {r.randint(5, 99):02d}", "PHONE")
        d = r.choice(MOBILE + LANDLINE) + f"{r.randrange(10**6):06d}"
        p = f"{d[:2]} {d[2:4]} {d[4:6]} {d[6:]}"
        forms = (
            f"+45 {d}",
            f"+45 {p}",
            f"+45 {d[:4]} {d[4:]}",
            f"{d[:4]} {d[4:]}",
            f"(+45) {p}",
            f"0045 {d}",
            p,
            d,
            f"+45{d}",
            p.replace(" ", "."),
        )
        return (forms[f], "PHONE")

    def email(self, name: str = "") -> Part:
        r = self.r
        if self.neg:
            return (r.choice(("[e-mail]", "b***@example.dk", "k***@mail.example.dk")), None)
        base = r.choice(FIRST).lower().replace("æ", "ae").replace("ø", "oe").replace("å", "aa")
        local = base + r.choice(("", ".", "_")) + r.choice(SURNAMES).lower()[:5]
        local = local.replace("ø", "o").replace("æ", "ae").replace("å", "aa")
        return (local + str(r.randint(1, 99)) + "@" + r.choice(MAIL_DOMAINS), "EMAIL")

    def masked_mail(self) -> str:
        return self.r.choice("abcdefghkmst") + "***@" + self.r.choice(MAIL_DOMAINS)

    def account(self, whole: bool) -> list[Part]:
        r = self.r
        if self.neg:
            return [("[kontonr.]", None)]
        reg = f"{r.randint(1000, 9899)}"
        acc = f"{r.randrange(10**9, 10**10)}" if r.random() < 0.6 else f"{r.randrange(10**7):07d}"
        if whole:
            return [(reg + r.choice(("-", " ")) + acc, "BANK_ACCOUNT")]
        return [(f"reg.nr. {reg}, kontonr. ", None), (acc, "BANK_ACCOUNT")]

    def iban(self) -> Part:
        r = self.r
        if self.neg:
            return (r.choice(("DK71XXXXXXXXXX0932", "[IBAN]")), None)
        cc = r.choice(tuple(IBAN_LENGTH))
        bban = "".join(str(r.randrange(10)) for _ in range(IBAN_LENGTH[cc] - 4))
        num = int(bban + "".join(str(int(ch, 36)) for ch in cc) + "00")
        compact = f"{cc}{98 - num % 97:02d}{bban}"
        return (grouped(compact) if r.random() < 0.6 else compact, "IBAN")

    def card(self) -> Part:
        r = self.r
        if self.neg:
            return (r.choice(("**** **** **** 1111", "******4417")), None)
        body = r.choice(TEST_PREFIXES) + "".join(str(r.randrange(10)) for _ in range(11))
        compact = body + luhn_digit(body)
        return (grouped(compact) if r.random() < 0.6 else compact, "CARD")

    def expiry(self) -> Part:
        if self.neg:
            return ("[udløb]", None)
        m, y = self.r.randint(1, 12), self.r.randint(27, 31)
        return (f"{m:02d}/{y}" if self.r.random() < 0.7 else f"{m:02d}/20{y}", "CARD_EXPIRY")

    def cvv(self) -> Part:
        return ("[kode]", None) if self.neg else (f"{self.r.randrange(1000):03d}", "CARD_CVV")

    def otp(self) -> Part:
        if self.neg:
            return ("[kode]", None)
        n = self.r.choice((6, 6, 8))
        return ("".join(str(self.r.randrange(10)) for _ in range(n)), "OTP")

    def mitid(self) -> Part:
        if self.neg:
            return ("[bruger-id]", None)
        base = self.r.choice(FIRST).lower()
        base = base.replace("æ", "ae").replace("ø", "o").replace("å", "aa")
        tail = self.r.choice((f"{self.r.randint(10, 99)}", f"19{self.r.randint(40, 99)}"))
        return (base + tail, "MITID_USER")

    def plate(self) -> Part:
        r = self.r
        if self.neg:
            return (r.choice(("[nummerplade]", "CX ** ***")), None)
        letters = "".join(r.choice("ABCDEHJKLMNPRSTUVXYZ") for _ in range(2))
        n = f"{r.randint(10, 99)}{r.randint(100, 999)}"
        return ((f"{letters} {n[:2]} {n[2:]}" if r.random() < 0.7 else letters + n), "NUMBER_PLATE")


def when(r: random.Random) -> str:
    return f"{r.randint(1, 28):02d}.{r.randint(1, 12):02d}.2026"


def clock(r: random.Random) -> str:
    return f"kl. {r.randint(6, 19):02d}.{r.choice(('00', '15', '30', '45', '05', '50'))}"


def amount(r: random.Random) -> str:
    return r.choice(("149 kr.", "295,00 kr.", "1.250 kr.", "450 kr.", "89,95 kr.", "2.400 kr."))


def case_no(r: random.Random) -> str:
    return f"AFF-26-{r.randint(10000, 99999)}"


def org_place(r: random.Random) -> str:
    return r.choice(ORG_ADDRESSES)


def hours(r: random.Random) -> str:
    return r.choice(("man-fre 7-19, lør-søn 9-17", "alle dage 8-18", "hverdage 10-18"))


def cvr(r: random.Random) -> str:
    return f"CVR-nr. {r.randint(20000000, 44999999)}"


def org_frame(r: random.Random) -> str:
    """One sentence that holds one of the service's own addresses."""
    a, p = org_place(r), r.choice(PLACES)
    return r.choice(
        (
            f"Mødested: {p}, {a} (indgang ved {r.choice(BUILDINGS)}).",
            f"Afleveres på {p}, {a}, åbent {hours(r)}.",
            f"Returadresse: {r.choice(COMPANIES)}, {a}.",
            f"Send blanketten til Affald & Genbrug, {a}.",
            f"Afhentningssted: {a}, ved porten til {r.choice(BUILDINGS)}.",
            f"Kontoret ligger på {a}, åbningstid {hours(r)}.",
            f"{p}\n{a}\nÅbent {hours(r)}.",
            f"Registreret adresse: {r.choice(COMPANIES)}, {a}, {cvr(r)}.",
        )
    )


def sms(v: Values, r: random.Random) -> list[Part]:
    fee = amount(r)
    parts: list[Part] = [
        ("SMS modtaget " + when(r) + " " + clock(r) + ":\n", None),
        (
            f"KOMMUNEN: Din storskraldsafhentning er sat i bero. Betal gebyret på {fee} "
            f"inden {when(r)} på affald-gebyr.example.net. Mvh. ",
            None,
        ),
    ]
    alias = v.first()
    parts += [alias, (f" fra {r.choice(UNITS)}.\n\n", None)]
    parts += [("Videresendt til 1919 af ", None), v.person(), (", tlf. ", None), v.phone()]
    parts += [(".\nJeg indtastede kort ", None), v.card(), (", udløb ", None), v.expiry()]
    parts += [(", CVV ", None), v.cvv(), (". Bagefter kom en kode: ", None), v.otp()]
    parts += [(f". Kommunens svar: {org_frame(r)}", None)]
    parts += [(f"\nHusk: Vi sender aldrig links om gebyrer. Ring {ORG_LINES[0]}.", None)]
    if r.random() < 0.5:
        parts += [("\nMin adresse er ", None), v.address(), (".", None)]
    return parts


def booking(v: Values, r: random.Random) -> list[Part]:
    parts: list[Part] = [
        (
            f"Booking-nr. BK-{r.randint(100000, 999999)} - {r.choice(('container', 'trailer'))}\n",
            None,
        ),
        ("Lejer: ", None),
        v.person("Kunde A"),
        ("\nAdresse:\n", None),
        v.address("lines"),
        ("\nTlf.: ", None),
        v.phone(),
        ("\nE-mail: ", None),
        v.email(),
        ("\nTrailerens nummerplade: ", None),
        v.plate(),
        (f"\nPris: {amount(r)} inkl. moms, betalt {when(r)} med kort ", None),
        v.card(),
        (" (udløb ", None),
        v.expiry(),
        (f").\nUdlevering: {org_frame(r)}\nKundenr. {r.randint(100000, 999999)}. ", None),
        (f"Udlejer: {r.choice(COMPANIES)}, {cvr(r)}.\n", None),
    ]
    if r.random() < 0.5:
        parts += [
            ("Trækkende bil: ", None),
            v.plate(),
            (f". Kvittering til {v.masked_mail()}.", None),
        ]
    else:
        parts += [(f"Kvittering sendt til {v.masked_mail()}. Vej ved Kompostvej.", None)]
    return parts


def anmeldelse(v: Values, r: random.Random) -> list[Part]:
    parts: list[Part] = [
        (f"Anmeldelse {case_no(r)}, {r.choice(PLACES)}, {when(r)} {clock(r)}\n", None),
        ("Anmelder: ", None),
        v.person("Borger B"),
        (", f. ", None),
        v.dob(),
        (", bopæl ", None),
        v.address(),
        (".\nCPR: ", None),
        v.cpr(),
        ("\nHændelse: En mand i en varevogn med nummerpladen ", None),
        v.plate(),
        (
            f" tilbød ved indkørslen at tage {r.choice(FAMILY)}s storskrald for {amount(r)} "
            "og bad om betaling via MobilePay til ",
            None,
        ),
        v.phone(),
        (". Han kaldte sig ", None),
        v.first(),
        (f" og sagde, han kørte for {r.choice(COMPANIES)}.\nVidne: ", None),
        v.person("Vidne 1"),
        (f", {r.choice(STAFF_TITLES)}.\n{org_frame(r)}", None),
    ]
    return parts


def sagsnotat(v: Values, r: random.Random) -> list[Part]:
    parts: list[Part] = [
        (f"Sagsnotat {case_no(r)} - {when(r)}\nBorgeren ", None),
        v.person(),
        (" (CPR ", None),
        v.cpr(),
        (") ringede fra ", None),
        v.phone(),
        (f". Har betalt et falsk storskraldsgebyr på {amount(r)} til ", None),
    ]
    parts += v.account(r.random() < 0.5)
    parts += [(". Svindleren bad senere om overførsel til IBAN ", None), v.iban()]
    parts += [(f". Vi henviste til {ORG_LINES[1]}.\n", None), ("Noteret af ", None)]
    parts += [v.person("Medarbejder 2"), (f", {r.choice(STAFF_TITLES)}, Kundecenter Affald", None)]
    parts += [(f" & Genbrug, {r.choice(BUILDINGS)}, {org_place(r)}.", None)]
    if r.random() < 0.6:
        parts += [("\nBorgerens mail: ", None), v.email(), (".", None)]
    return parts


def klage(v: Values, r: random.Random) -> list[Part]:
    org_mail = r.choice(ORG_MAILS)
    parts: list[Part] = [("Fra: ", None), v.person(), (" <", None), v.email(), (">\n", None)]
    parts += (
        [("Til: ", None), (org_mail, None if v.neg else "EMAIL")]
        if not v.neg
        else [("Til: [e-mail]", None)]
    )
    parts += [(f"\nEmne: Klage over storskrald, sag {case_no(r)}\n\n", None)]
    parts += [("Jeg bor på ", None), v.address(), (" og fik en SMS om gebyr. Jeg loggede ", None)]
    parts += [("på med MitID bruger-id ", None), v.mitid(), (" og gav koden ", None), v.otp()]
    parts += [(". Nu mangler der penge. Min telefon er ", None), v.phone(), (".\n\n", None)]
    parts += [("> Svar fra Affald & Genbrug:\n> Vi opkræver aldrig gebyr via SMS.", None)]
    parts += [(f"\n> Med venlig hilsen\n> {r.choice(STAFF_TITLES).capitalize()}", None)]
    parts += [(f"\n> Affald & Genbrug, {org_place(r)}\n> Tlf. {ORG_LINES[2]}", None)]
    return parts


def koerebog(v: Values, r: random.Random) -> list[Part]:
    parts: list[Part] = [("Kørebog, rute ", None), (f"{r.randint(2, 40)}, bil ", None), v.plate()]
    parts += [(", chauffør ", None), v.person("Chauffør 1"), ("\n", None)]
    parts += [(f"{clock(r)} Afgang fra depot, {org_place(r)}.\n", None)]
    parts += [(f"{clock(r)} ", None), v.address(), (": storskrald hentet. ", None)]
    parts += [("Borgeren ", None), v.person(genitive=True)]
    parts += [(" trailer (", None), v.plate(), (") holdt i indkørslen.\n", None)]
    parts += [(f"{clock(r)} Fremmed vogn ved {r.choice(PLACES)} tog møbler. Plade ", None)]
    parts += [v.plate(), (". Ringede til ", None), v.phone(), (".\n", None)]
    parts += [
        (
            f"{clock(r)} Tømt på {r.choice(PLACES)}, {org_place(r)}. "
            f"Vejet {r.randint(200, 900)} kg.",
            None,
        )
    ]
    return parts


def brev(v: Values, r: random.Random) -> list[Part]:
    parts: list[Part] = [
        (f"Affald & Genbrug\n{org_place(r)}\nTlf. {ORG_LINES[0]}\n\n", None),
        v.person("Borger A"),
        ("\n", None),
        v.address("lines"),
        (f"\n\nDato: {when(r)}\nJournalnr. {case_no(r)}\nCPR-nr.: ", None),
        v.cpr(),
        ("\n\nKære ", None),
        v.person("Borger A"),
        (
            "\nVi har modtaget din henvendelse om en falsk opkrævning af storskraldsgebyr. "
            f"Kommunen opkræver gebyret over ejendomsskatten. Har du betalt {amount(r)}, "
            "så kontakt din bank. Tilbagebetaling sker til ",
            None,
        ),
    ]
    parts += v.account(r.random() < 0.5)
    parts += [(f".\n{org_frame(r)}\n\nMed venlig hilsen\n", None), v.person("Medarbejder 2")]
    parts += [(f"\n{r.choice(STAFF_TITLES).capitalize()}", None)]
    return parts


def chat(v: Values, r: random.Random) -> list[Part]:
    h = r.randint(8, 15)
    m = r.randint(10, 40)
    citizen = v.first(lower=r.random() < 0.4) if not v.neg else ("Borger A", None)
    staff = v.person() if not v.neg else ("Medarbejder 2", None)
    if staff[1] and ", " in staff[0]:
        staff = (staff[0].split(", ")[1] + " " + staff[0].split(", ")[0], "PERSON")
    parts: list[Part] = [
        (f"[{h:02d}:{m:02d}] ", None),
        staff,
        (": Hej, hvad kan jeg hjælpe med?\n", None),
    ]
    parts += [
        (f"[{h:02d}:{m + 1:02d}] ", None),
        citizen,
        (": jeg har betalt storskrald gebyr på sms, ", None),
    ]
    parts += [("kortet var ", None), v.card(), (" cvc ", None), v.cvv(), ("\n", None)]
    parts += [
        (f"[{h:02d}:{m + 2:02d}] ", None),
        staff,
        (f": Det er svindel. Ring {ORG_LINES[3]}. ", None),
    ]
    parts += [(f"{org_frame(r)}\n", None)]
    parts += [(f"[{h:02d}:{m + 4:02d}] ", None), citizen, (": ok, min adresse er ", None)]
    parts += [v.address(), (" og mit nr. ", None), v.phone(), ("\n", None)]
    return parts


BUILDERS: dict[str, Callable[[Values, random.Random], list[Part]]] = {
    "sms": sms,
    "booking": booking,
    "anmeldelse": anmeldelse,
    "sagsnotat": sagsnotat,
    "klage": klage,
    "koerebog": koerebog,
    "brev": brev,
    "chat": chat,
}


def build(parts: list[Part]) -> tuple[str, list[dict]]:
    text, spans = "", []
    for value, kind in parts:
        if kind:
            spans.append({"start": len(text), "end": len(text) + len(value), "type": kind})
        text += value
    return text, spans


def generate(seed: int = SEED, size: int = SIZE) -> list[dict]:
    """The set: positives first, then pseudonymised negatives, genres in turn."""
    rng = random.Random(seed)
    negatives = round(size * NEGATIVES / SIZE)
    docs, seen = [], set()
    i = 0
    while len(docs) < size:
        neg = len(docs) >= size - negatives
        genre = GENRES[i % len(GENRES)]
        i += 1
        text, spans = build(BUILDERS[genre](Values(rng, neg), rng))
        if text in seen:
            continue
        seen.add(text)
        kind = "negative" if neg else "positive"
        docs.append(
            {
                "id": f"b109-{len(docs):04d}",
                "genre": genre,
                "kind": kind,
                "text": text,
                "spans": spans,
            }
        )
    return docs


def main(argv: list[str]) -> None:
    out = Path(argv[1]) if len(argv) > 1 else Path(__file__).parent / "data" / "pii_blind109.jsonl"
    with out.open("w", encoding="utf-8") as fh:
        for doc in generate():
            fh.write(json.dumps(doc, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main(sys.argv)
