"""A thirty-seventh blind, seeded generator of Danish text with labelled personal data.

Written without looking at the recognisers, their word lists or the earlier generators' bodies,
as a held-out test set with its own names, streets and towns. Its theme is ENERGY, HEATING AND
GREEN-SUBSIDY FRAUD as Danish utilities, district-heating companies, installers of heat pumps and
solar panels, the Danish Energy Agency's subsidy schemes, banks and the police handle it, in
eight genres: a utility's fraud log on fake "energy refund" SMS (the victim's CPR, phone, card
with expiry and CVC), a heat-pump installer's e-mail thread (Fra:/Til:/Emne:) about a deposit
paid to a fake subsidy agent (a reg.nr. and account, an IBAN), a door-to-door sales
complaint to a consumer board (the complainant's address on two lines), a bank fraud-line call
transcript (noisy; numbers read out in words are not labelled, digits are), a district-heating
company's notes on a meter-reading scam visit (a plate, a MitID user ID, a code read out), a
police report on a fake solar-panel company (several persons, addresses and plates), a subsidy
agency's case note on an application filed in a stolen identity (a birth date after a cue) and
a chat in Danish and English ("[10:15] Name:" lines, lower-case names typed) with a fake
"energy adviser". The names are those of Danes of all ages, Danes with roots elsewhere ("Amira
Haddad", "Tran Van Long"), double surnames ("Bøgelund-Krag") and the organisations' own staff.

Conventions (exact offsets are scored):
- PERSON is a name as written, without title or role ("montør", "sagsbehandler", "vidne");
  "Krag, Ellen" is one span; a genitive s belongs to it ("Ellens"); a lower-case name typed in a
  chat ("ellen") is PERSON. A scammer's alias ("Jonas fra Energitilskud") is PERSON, the company
  is not. Organisations, products, placeholders ("[NAVN]", "Kunde A", "Installatør 2",
  "Borger B") and family words ("min mand") are never PERSON.
- ADDRESS runs from the street name through number, letter, floor and side ("7C", "3. tv.",
  "st. mf."), plus ", postcode town" on the same line or on the next line of an address block
  (line break included). A street named without a number is not an address.
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
  An organisation's number (70/80 lines, 112, 114, 1813, SMS short codes) is never PHONE.
- EMAIL: every e-mail address (all on example.* domains), each occurrence, staff's too.
- BANK_ACCOUNT: reg.nr. and account written together ("1234-1234567890", "1234 1234567890")
  are one span; where the reg.nr. has its own word ("reg. 1234 konto 12345678", "reg.nr. 1234,
  kontonr. 0012345678") only the account is the span. IBAN: valid check digits and the
  country's length (IBAN_LENGTH), grouped by four or compact. CARD: Luhn-valid with a published
  test prefix (TEST_PREFIXES), grouped by four or compact; CARD_EXPIRY "MM/YY" or "MM/YYYY";
  CARD_CVV 3 digits after "CVV", "cvc", "CVC" or "kontrolcifre". OTP: a one-time code sent,
  asked for or given (6 or 8 digits); MITID_USER a MitID user ID given as such; NUMBER_PLATE a
  Danish plate ("BK 41 207", "BK41207"). No passport or driving-licence numbers occur.
- Hard negatives, never labelled: meter numbers ("målernr. 312984771"), installation and GSRN
  numbers (18 digits, grouped: "GSRN 5713 1310 0412 3456 78"), customer, case, order and
  invoice numbers ("kundenr. 3104 772", "sag ET-2026-04117", "ordre VP-48213", "faktura
  7712093"), kWh readings ("4.312 kWh"), amounts ("12.500 kr."), percentages ("23 %"), dates
  and clock times ("02.12.26", "kl. 09.14", "[10:22]", "2026-03-04"), CVR numbers, masked values
  ("040652-xxxx", "+45 ** ** ** 31", "k***@example.dk", "**** **** **** 1111",
  "DK71XXXXXXXXXX0932"), numbers read out in words, organisations' 70/80 and short numbers,
  companies, banks, products and family words. Documents of kind "negative" are the same genres
  after pseudonymisation: only such values and pseudonym labels ("Kunde A", "Installatør 2")
  remain. No run of ten or more digits occurs outside a labelled identifier.

Each document is {"id", "genre", "kind", "text", "spans": [{"start", "end", "type"}]}.
``python -m bench.pii_blind36 OUT.jsonl`` writes the set; ``generate()`` returns it.
"""

from __future__ import annotations

import json
import random
import sys
from datetime import date, timedelta
from pathlib import Path

SIZE = 1000
NEGATIVES = 350
SEED = 3637
TYPES = (
    "PERSON", "ADDRESS", "CPR", "DATE_OF_BIRTH", "PHONE", "EMAIL", "BANK_ACCOUNT", "IBAN",
    "CARD", "CARD_EXPIRY", "CARD_CVV", "OTP", "MITID_USER", "NUMBER_PLATE",
)  # fmt: skip
GENRES = (
    "refund_sms_log", "heatpump_mail", "doorstep_complaint", "bank_call", "meter_visit",
    "police_solar", "subsidy_case", "adviser_chat",
)  # fmt: skip
WEIGHTS = (4, 3, 2, 7, 6, 5, 4, 3, 2, 1)
TEST_PREFIXES = ("4111", "4242", "5555", "5105", "4000")
IBAN_LENGTH = {"DK": 18, "DE": 22, "SE": 24, "NO": 15, "LT": 20, "PL": 28, "NL": 18}
MOBILE = ("20", "21", "22", "24", "26", "28", "30", "31", "40", "42", "50", "52", "53", "61")
MOBILE += ("71", "81", "91", "93")
LANDLINE = ("32", "33", "36", "38", "43", "45", "46", "48", "56", "59", "62", "66", "75", "86")
LANDLINE += ("87", "89", "96", "97", "98")

WOMEN = (
    "Ellen", "Grethe", "Bodil", "Vibeke", "Tove", "Karin", "Sanne", "Mette", "Louise", "Freja",
    "Ida", "Clara", "Alberte", "Esther", "Nanna", "Rikke", "Hanne", "Birthe", "Signe", "Lærke",
)  # fmt: skip
MEN = (
    "Poul", "Erik", "Bent", "Henning", "Ole", "Kaj", "Torben", "Jesper", "Rasmus", "Mikkel",
    "Emil", "Oliver", "Viggo", "Aksel", "Frederik", "Kasper", "Palle", "Svend", "Ebbe", "Troels",
)  # fmt: skip
SURNAMES = (
    "Bøgelund", "Skovsgaard", "Lykkegaard", "Thygesen", "Dalsgaard", "Ravn", "Krag", "Bech",
    "Hvidberg", "Nørgaard", "Vestergaard", "Engholm", "Mølgaard", "Fogh", "Kirkegaard", "Lund",
    "Brink", "Overgaard", "Husted", "Kjeldsen",
)  # fmt: skip
DOUBLES = (
    "Bøgelund-Krag", "Skov-Thygesen", "Ravn-Hvidberg", "Lund-Engholm", "Bech-Mølgaard",
    "Fogh-Dalsgaard", "Brink-Husted", "Nørgaard-Kjeldsen",
)  # fmt: skip
ROOTS = (
    ("Amira", "Haddad"), ("Tran", "Van Long"), ("Elif", "Demir"), ("Kasia", "Nowak"),
    ("Omar", "Farah"), ("Leyla", "Karimi"), ("Dragan", "Petrović"), ("Aisha", "Jama"),
    ("Bilal", "Qureshi"), ("Yusuf", "Aydın"), ("Nguyen", "Thi Hoa"), ("Tarik", "Hussaini"),
)  # fmt: skip
STAFF = ("Maja Thorsø", "Gustav Elkjær", "Helle Bach-Iversen", "Niels Kold", "Dorthe Vang")
STREETS = (
    "Solfangervej", "Kedelsmedevej", "Tørvemosevej", "Varmeværksvej", "Vindmøllestien",
    "Kulsviergade", "Rørlæggervej", "Gasværksbakken", "Engtoften", "Hedevænget", "Lyngskrænten",
    "Kildebakken", "Pilegårdsvej", "Mosekærvej",
)  # fmt: skip
TOWNS = (
    ("7620", "Lemvig"), ("8680", "Ry"), ("6950", "Ringkøbing"), ("4200", "Slagelse"),
    ("9440", "Aabybro"), ("5750", "Ringe"), ("3300", "Frederiksværk"), ("7400", "Herning"),
    ("4760", "Vordingborg"), ("8963", "Auning"), ("6100", "Haderslev"), ("2670", "Greve"),
)  # fmt: skip
COMPANIES = (
    "Nordvarme Energi A/S", "SolTag Danmark ApS", "GrønVarme Service", "Varmepumpe Eksperten",
    "Energitilskud Online", "Midtjysk Fjernvarme", "EnergiRåd DK",
)  # fmt: skip
BANKS = ("Vestkyst Sparekasse", "Fjordbanken", "Andelskassen Nord")
PRODUCTS = ("MitID", "MobilePay", "Energistyrelsens tilskudsportal", "Eloverblik")
ORG_LINES = ("70 22 41 90", "80 40 12 12", "70 33 18 00", "1813", "114", "1272")
PSEUDONYMS = ("Kunde", "Installatør", "Borger", "Vidne", "Ansøger", "Montør")
MONTHS = (
    "januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
    "oktober", "november", "december",
)  # fmt: skip
WORDS = ("nul", "en", "to", "tre", "fire", "fem", "seks", "syv", "otte", "ni")


def grouped(compact: str) -> str:
    """The value in groups of four, as printed on cards and IBANs."""
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))


class Doc:
    """Text built piece by piece; labelled values in positives, stand-ins in negatives."""

    def __init__(self, rng: random.Random, positive: bool) -> None:
        self.rng, self.positive, self.parts, self.spans, self.size = rng, positive, [], [], 0

    def t(self, *pieces: str) -> Doc:
        for piece in pieces:
            self.parts.append(piece)
            self.size += len(piece)
        return self

    def v(self, value: str, kind: str) -> Doc:
        if not self.positive:
            return self.t(stand_in(self.rng, kind, value))
        self.spans.append({"start": self.size, "end": self.size + len(value), "type": kind})
        return self.t(value)

    def text(self) -> str:
        return "".join(self.parts)


def stand_in(rng: random.Random, kind: str, value: str) -> str:
    pick = rng.random() < 0.5
    if kind == "PERSON":
        return "[NAVN]" if pick else f"{rng.choice(PSEUDONYMS)} {rng.choice('ABC123')}"
    if kind == "CPR":
        return "[CPR]" if pick else value.replace(" ", "")[:6] + "-xxxx"
    if kind == "PHONE":
        return "[TLF]" if pick else f"+45 ** ** ** {rng.randint(10, 99)}"
    if kind == "EMAIL":
        return "[e-mail]" if pick else f"{rng.choice('abehkmst')}***@example.dk"
    if kind == "CARD":
        return "**** **** **** " + value.replace(" ", "")[-4:]
    if kind == "IBAN":
        return value[:4].replace(" ", "") + "XXXXXXXXXX" + value.replace(" ", "")[-4:]
    return {
        "ADDRESS": "[ADRESSE]", "BANK_ACCOUNT": "[kontonr.]", "OTP": "[kode]",
        "MITID_USER": "[bruger-id]", "NUMBER_PLATE": "[nummerplade]", "DATE_OF_BIRTH": "[dato]",
        "CARD_EXPIRY": "[udløb]", "CARD_CVV": "***",
    }[kind]  # fmt: skip


# ---- value makers ----------------------------------------------------------------------------


def birth(rng: random.Random) -> date:
    return date(1931, 1, 1) + timedelta(days=rng.randrange(0, 27000))


def cpr(rng: random.Random, born: date) -> str:
    seventh = "4" if born.year >= 2000 else rng.choice("0123")
    head = born.strftime("%d%m%y") + seventh
    while True:
        number = head + f"{rng.randrange(1000):03d}"
        if sum(int(c) * w for c, w in zip(number, WEIGHTS, strict=True)) % 11:
            break
    form = rng.randrange(4)
    if form == 0:
        return number[:6] + "-" + number[6:]
    if form == 1:
        return number
    if form == 2:
        return f"{number[:2]} {number[2:4]} {number[4:6]} {number[6:]}"
    return number[:6] + " " + number[6:]


def dob(rng: random.Random, born: date) -> str:
    d, m, y = born.day, born.month, born.year
    return rng.choice(
        (
            f"{d}. {MONTHS[m - 1]} {y}",
            f"{d:02d}.{m:02d}.{y}",
            f"{d}/{m}-{y}",
            f"{d:02d}-{m:02d}-{y}",
        )
    )


def phone(rng: random.Random) -> str:
    form = rng.randrange(13)
    if form == 11:
        return f"+44 7700 900{rng.randrange(1000):03d}"
    if form == 12:
        return f"+46 70 174 06 {rng.randint(5, 99):02d}"
    n = rng.choice(MOBILE + LANDLINE) + f"{rng.randrange(10**6):06d}"
    p = f"{n[:2]} {n[2:4]} {n[4:6]} {n[6:]}"
    return (
        f"+45 {n}", f"+45 {p}", f"+45 {n[:4]} {n[4:]}", f"{n[:4]} {n[4:]}", f"(+45) {p}",
        f"0045 {n}", p, n, f"+45{n}", p.replace(" ", "."), f"+45 {p}",
    )[form]  # fmt: skip


def ascii_fold(s: str) -> str:
    for a, b in (("æ", "ae"), ("ø", "oe"), ("å", "aa"), ("ć", "c"), ("ı", "i"), (" ", "")):
        s = s.replace(a, b)
    return s


def email(rng: random.Random, first: str, last: str) -> str:
    f, la = ascii_fold(first.lower()), ascii_fold(last.lower().replace("-", ""))
    local = rng.choice((f"{f}.{la}", f"{f}{rng.randint(1, 99)}", f"{f[0]}{la}", f"{la}.{f}"))
    return f"{local}@{rng.choice(('example.dk', 'post.example.dk', 'example.com', 'example.net'))}"


def luhn_complete(body: str) -> str:
    total = 0
    for i, c in enumerate(reversed(body)):
        n = int(c) * (2 if i % 2 == 0 else 1)
        total += n // 10 + n % 10
    return body + str((10 - total % 10) % 10)


def card(rng: random.Random) -> str:
    prefix = rng.choice(TEST_PREFIXES)
    number = luhn_complete(prefix + "".join(rng.choice("0123456789") for _ in range(11)))
    return grouped(number) if rng.random() < 0.6 else number


def expiry(rng: random.Random) -> str:
    y = rng.randint(26, 31)
    return f"{rng.randint(1, 12):02d}/" + (f"{y}" if rng.random() < 0.6 else f"20{y}")


def iban(rng: random.Random, country: str | None = None) -> str:
    country = country or rng.choice(tuple(IBAN_LENGTH))
    bban = "".join(rng.choice("0123456789") for _ in range(IBAN_LENGTH[country] - 4))
    numeric = int(bban + "".join(str(int(c, 36)) for c in country) + "00")
    compact = f"{country}{98 - numeric % 97:02d}{bban}"
    return grouped(compact) if rng.random() < 0.6 else compact


def reg(rng: random.Random) -> str:
    return f"{rng.randint(1000, 9899)}"


def account(rng: random.Random) -> str:
    return "".join(rng.choice("0123456789") for _ in range(rng.choice((7, 8, 10))))


def plate(rng: random.Random) -> str:
    letters = rng.choice("ABCDEHKLMNPRSTUVXYZ") + rng.choice("ABCDEJKLMNPRSTUVXYZ")
    n = f"{rng.randint(10, 99)}{rng.randint(100, 999)}"
    return f"{letters} {n[:2]} {n[2:]}" if rng.random() < 0.7 else letters + n


def otp(rng: random.Random) -> str:
    return "".join(rng.choice("0123456789") for _ in range(rng.choice((6, 6, 8))))


def mitid(rng: random.Random, first: str) -> str:
    tail = rng.choice((f"{rng.randint(10, 99)}", f"19{rng.randint(40, 99)}", "2003"))
    return ascii_fold(first.lower()) + tail


def address(rng: random.Random, block: bool | None = None) -> str:
    street = f"{rng.choice(STREETS)} {rng.randint(1, 148)}{rng.choice(('', '', 'A', 'C'))}"
    if rng.random() < 0.35:
        street += f", {rng.choice(('st.', '1.', '2.', '3.'))} {rng.choice(('tv.', 'th.', 'mf.'))}"
    code, town = rng.choice(TOWNS)
    block = rng.random() < 0.5 if block is None else block
    if rng.random() < 0.12 and not block:
        return street
    return f"{street}\n{code} {town}" if block else f"{street}, {code} {town}"


def r_roots(first: str) -> bool:
    return first in {f for f, _ in ROOTS}


class Person:
    def __init__(self, rng: random.Random) -> None:
        r = rng.random()
        if r < 0.2:
            self.first, self.last = rng.choice(ROOTS)
        else:
            self.first = rng.choice(WOMEN + MEN)
            self.last = rng.choice(DOUBLES if r < 0.45 else SURNAMES)
        self.middle = rng.choice(SURNAMES) if rng.random() < 0.3 and r >= 0.2 else ""
        self.born = birth(rng)

    def name(self, rng: random.Random, form: str | None = None) -> str:
        form = form or rng.choice(("full", "full", "three", "comma", "upper", "initial", "gen"))
        if form == "three" and r_roots(self.first):
            form = "full"
        if form == "three" or (form == "full" and self.middle):
            return f"{self.first} {self.middle or rng.choice(SURNAMES)} {self.last}"
        if form == "comma":
            return f"{self.last}, {self.first}"
        if form == "upper":
            return f"{self.first} {self.last}".upper()
        if form == "initial":
            return f"{self.first[0]}. {self.last}"
        if form == "gen":
            return self.first + "s"
        if form == "first":
            return self.first
        if form == "lower":
            return self.first.lower()
        return f"{self.first} {self.last}"


# ---- negatives that live in every genre --------------------------------------------------------


def stamp(rng: random.Random) -> str:
    day = f"{rng.randint(1, 28):02d}.{rng.randint(1, 12):02d}.26"
    return f"{day} kl. {rng.randint(7, 21):02d}.{rng.randint(0, 59):02d}"


def amount(rng: random.Random) -> str:
    return rng.choice(
        (f"{rng.randint(1, 99)}.{rng.randint(0, 999):03d} kr.", f"{rng.randint(100, 999)},95 kr.")
    )


def noise(rng: random.Random) -> str:
    options = (
        f"målernr. {rng.randint(10**8, 10**9 - 1)}",
        f"GSRN 5713 1310 {rng.randint(1000, 9999)} {rng.randint(1000, 9999)} {rng.randint(10, 99)}",
        f"kundenr. {rng.randint(1000, 9999)} {rng.randint(100, 999)}",
        f"sag ET-2026-{rng.randint(10000, 99999)}",
        f"ordre VP-{rng.randint(10000, 99999)}",
        f"faktura {rng.randint(10**6, 10**7 - 1)}",
        f"aflæst {rng.randint(1, 29)}.{rng.randint(0, 999):03d} kWh",
        f"tilskud på {rng.randint(10, 45)} %",
        f"CVR-nr. {rng.randint(10**7, 10**8 - 1)}",
        f"2026-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
        f"beløb {amount(rng)}",
        f"ring evt. {rng.choice(ORG_LINES)}",
        f"bilen holdt ved {rng.choice(STREETS)}",
    )
    return rng.choice(options)


def cap(s: str) -> str:
    return s[0].upper() + s[1:]


def masked(rng: random.Random) -> str:
    return rng.choice(
        (
            f"{birth(rng).strftime('%d%m%y')}-xxxx",
            f"+45 ** ** ** {rng.randint(10, 99)}",
            f"{rng.choice('aegilnr')}***@example.dk",
            f"**** **** **** {rng.randint(1000, 9999)}",
            f"DK{rng.randint(10, 99)}XXXXXXXXXX{rng.randint(1000, 9999)}",
        )
    )


def in_words(rng: random.Random, n: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(n))


# ---- the eight genres --------------------------------------------------------------------------


def refund_sms_log(d: Doc) -> None:
    r = d.rng
    for _ in range(r.randint(2, 3)):
        p = Person(r)
        d.t(f"{stamp(r)} | {r.choice(COMPANIES)} svindel-log | ")
        d.t("SMS om 'energirefusion' fra afsender 1272. Offer: ").v(p.name(r), "PERSON")
        d.t(", CPR ").v(cpr(r, p.born), "CPR").t(", tlf. ").v(phone(r), "PHONE")
        d.t(". Indtastede kort ").v(card(r), "CARD").t(" udløb ").v(expiry(r), "CARD_EXPIRY")
        d.t(f" {r.choice(('CVC', 'cvc', 'CVV'))} ").v(f"{r.randint(100, 999)}", "CARD_CVV")
        d.t(f" på falsk side. {cap(noise(r))}, {noise(r)}. Maskeret i CRM: {masked(r)}.\n")


def heatpump_mail(d: Doc) -> None:
    r = d.rng
    kunde, agent = Person(r), Person(r)
    staff = r.choice(STAFF).split(" ", 1)
    staff_mail = email(r, *staff)
    kunde_mail = email(r, kunde.first, kunde.last)
    d.t("Fra: ").v(" ".join(staff), "PERSON").t(" <").v(staff_mail, "EMAIL").t(">\nTil: ")
    d.v(kunde.name(r, "full"), "PERSON").t(" <").v(kunde_mail, "EMAIL").t(">\n")
    d.t(f"Emne: Depositum til 'tilskudsagent' – {noise(r)}\n\nKære ").v(
        kunde.name(r, "first"), "PERSON"
    )
    d.t(",\nVi har ikke sendt nogen agent. Manden, der kaldte sig ")
    d.v(agent.name(r, "first"), "PERSON").t(
        f" fra {COMPANIES[4]}, bad dig overføre {amount(r)} til "
    )
    if r.random() < 0.5:
        d.v(f"{reg(r)}{r.choice('- ')}{account(r)}", "BANK_ACCOUNT")
    else:
        d.t(f"reg.nr. {reg(r)}, kontonr. ").v(account(r), "BANK_ACCOUNT")
    d.t(" og bagefter resten til IBAN ").v(iban(r), "IBAN")
    d.t(f". Din ordre er {noise(r)}; {noise(r)}.\nRing til os på {ORG_LINES[0]} eller skriv til ")
    d.v(staff_mail, "EMAIL").t(".\n\nMed venlig hilsen\n").v(" ".join(staff), "PERSON")
    d.t(f", {COMPANIES[3]}\n\n> Skrevet af ").v(kunde.name(r, "initial"), "PERSON")
    d.t(": Han ringede fra ").v(phone(r), "PHONE").t(" og kom i en bil med plade ")
    d.v(plate(r), "NUMBER_PLATE").t(f". Maskeret kopi: {masked(r)}\n")


def doorstep_complaint(d: Doc) -> None:
    r = d.rng
    p, seller = Person(r), Person(r)
    d.t("Klage til Forbrugerklagenævnet – dørsalg af solceller\nKlager: ").v(
        p.name(r, "comma"), "PERSON"
    )
    d.t("\nAdresse:\n").v(address(r, True), "ADDRESS").t("\nTelefon: ").v(phone(r), "PHONE")
    d.t("\nE-mail: ").v(email(r, p.first, p.last), "EMAIL")
    d.t("\n\nSælgeren ").v(seller.name(r, "upper"), "PERSON")
    d.t(f" ringede på {stamp(r)} og henviste til {noise(r)}. Jeg skrev under på en kontrakt på ")
    d.t(f"{amount(r)} og betalte med kort ").v(card(r), "CARD").t(", udløb ").v(
        expiry(r), "CARD_EXPIRY"
    )
    d.t(f". {cap(noise(r))}. Min mand så bilen: ").v(plate(r), "NUMBER_PLATE")
    d.t(".\n")
    d.v(p.name(r, "gen"), "PERSON").t(" nabo på ").v(address(r, False), "ADDRESS")
    d.t(f" fik samme besøg. {cap(noise(r))}, {masked(r)}.\n")


def bank_call(d: Doc) -> None:
    r = d.rng
    p = Person(r)
    staff = r.choice(STAFF)
    d.t(
        f"Opkald til {r.choice(BANKS)}s svindellinje {ORG_LINES[1]}, {stamp(r)}"
        " (auto-transskription)\n"
    )
    d.t("Rådgiver: ").v(staff, "PERSON").t(" her, hvem taler jeg med?\nKunde: øh ja det er ")
    d.v(p.name(r, r.choice(("full", "three"))), "PERSON").t(", mit cpr er øh ")
    d.v(cpr(r, p.born), "CPR").t(f" altså {in_words(r, 4)} ... \nRådgiver: tak. Og dit nummer?\n")
    d.t(f"Kunde: {in_words(r, 8)}, altså ").v(phone(r), "PHONE")
    d.t(f"\nKunde: en fra 'Energistyrelsen' sagde jeg skulle have {noise(r)} tilbage, og så ")
    d.t("læste jeg koden op, ").v(otp(r), "OTP").t(", og mit bruger-id ").v(
        mitid(r, p.first), "MITID_USER"
    )
    d.t(".\nRådgiver: og pengene gik til ").v(iban(r), "IBAN")
    d.t(f" ... {amount(r)} [uklart] {in_words(r, 6)}\nRådgiver: jeg spærrer kort ").v(
        card(r), "CARD"
    )
    d.t(f". {cap(noise(r))}.\n")


def meter_visit(d: Doc) -> None:
    r = d.rng
    p, fake = Person(r), Person(r)
    d.t(f"{COMPANIES[5]} – notat om falsk måleraflæsning, {stamp(r)}\nForbruger: ")
    d.v(p.name(r), "PERSON").t(" (født ").v(dob(r, p.born), "DATE_OF_BIRTH").t("), ")
    d.v(address(r, False), "ADDRESS")
    d.t(f"\n{cap(noise(r))}; {noise(r)}.\nEn mand, der præsenterede sig som ")
    d.v(fake.name(r, r.choice(("full", "initial"))), "PERSON").t(", kom uanmeldt og ville ")
    d.t("'opdatere MitID-aftalen'. Han fik bruger-id ").v(mitid(r, p.first), "MITID_USER")
    d.t(" og en kode fra appen: ").v(otp(r), "OTP").t(". Han kørte i en hvid varevogn, ")
    d.v(plate(r), "NUMBER_PLATE").t(". Kunden kan kontaktes på ").v(phone(r), "PHONE")
    d.t(" eller ").v(email(r, p.first, p.last), "EMAIL").t(f". Maskeret: {masked(r)}.\n")


def police_solar(d: Doc) -> None:
    r = d.rng
    d.t(f"POLITIRAPPORT – bedrageri, {r.choice(COMPANIES[:2])}, {noise(r)}\n")
    for role in ("Anmelder", "Sigtet", "Vidne"):
        p = Person(r)
        d.t(f"{role}: ").v(p.name(r, r.choice(("upper", "comma", "three"))), "PERSON")
        if r.random() < 0.5:
            d.t(", ").v(cpr(r, p.born), "CPR")
        else:
            d.t(f", {r.choice(('f.', 'født'))} ").v(dob(r, p.born), "DATE_OF_BIRTH")
        d.t("\n").v(address(r, True), "ADDRESS").t("\n")
    d.t("Køretøjer: ").v(plate(r), "NUMBER_PLATE").t(" og ").v(plate(r), "NUMBER_PLATE")
    d.t(f"\nAnmelder betalte {amount(r)} til reg. {reg(r)} konto ").v(account(r), "BANK_ACCOUNT")
    d.t(f" for et anlæg, der aldrig kom. {cap(noise(r))}; {noise(r)}. {masked(r)}\n")


def subsidy_case(d: Doc) -> None:
    r = d.rng
    p = Person(r)
    cue = r.choice(("født ", "f. ", "Fødselsdato: "))
    d.t(f"Energistyrelsen – sagsnotat, {noise(r)}\nAnsøgning om tilskud til varmepumpe i navnet ")
    d.v(p.name(r, r.choice(("full", "three", "comma"))), "PERSON").t(f", {cue}")
    d.v(dob(r, p.born), "DATE_OF_BIRTH").t(", CPR ").v(cpr(r, p.born), "CPR")
    d.t(".\nAdresse i ansøgningen: ").v(address(r), "ADDRESS")
    d.t("\nUdbetaling ønsket til ").v(iban(r, "DK"), "IBAN").t(" og kontakt ")
    d.v(email(r, p.first, p.last), "EMAIL").t(". Den rigtige ")
    d.v(p.name(r, "gen"), "PERSON").t(" telefon ").v(phone(r), "PHONE")
    d.t(f" bekræfter, at hun/han ikke har søgt. {cap(noise(r))}, {noise(r)}, {masked(r)}.\n")


def adviser_chat(d: Doc) -> None:
    r = d.rng
    p, adv = Person(r), Person(r)
    me = p.name(r, r.choice(("lower", "first")))
    them = adv.name(r, "first")
    h, m = r.randint(8, 20), r.randint(0, 40)
    lines = (
        (them, "Hej, jeg er energirådgiver – you are entitled to a refund"),
        (me, "ok hvad skal i bruge"),
        (them, "Your full name and phone please"),
        (me, None),
        (them, "Og koden du lige fik på sms?"),
        (me, "OTP"),
        (them, "Thanks. And card for the fee?"),
        (me, "CARD"),
    )
    for i, (who, say) in enumerate(lines):
        d.t(f"[{h:02d}:{m + i:02d}] ").v(who, "PERSON").t(": ")
        if say is None:
            d.v(p.name(r, "full"), "PERSON").t(", ").v(phone(r), "PHONE")
        elif say == "OTP":
            d.v(otp(r), "OTP")
        elif say == "CARD":
            d.v(card(r), "CARD").t(f" {r.choice(('cvc', 'CVC', 'kontrolcifre'))} ")
            d.v(f"{r.randint(100, 999)}", "CARD_CVV")
        else:
            d.t(say)
        d.t("\n")
    d.t(f"[{h:02d}:{m + 9:02d}] ").v(them, "PERSON").t(f": great, {noise(r)}, {masked(r)}\n")


FUNCS = (
    refund_sms_log, heatpump_mail, doorstep_complaint, bank_call, meter_visit, police_solar,
    subsidy_case, adviser_chat,
)  # fmt: skip
GENRE_FUNCS = dict(zip(GENRES, FUNCS, strict=True))


def generate(seed: int = SEED, size: int = SIZE) -> list[dict]:
    """The set: `size` documents, NEGATIVES/SIZE of them pseudonymised negatives, seeded."""
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
            if d.text() not in seen:
                break
        seen.add(d.text())
        docs.append(
            {"id": f"b36-{i:04d}", "genre": genre, "kind": kind, "text": d.text(), "spans": d.spans}
        )
    return docs


def main(argv: list[str]) -> None:
    out = Path(argv[1]) if len(argv) > 1 else Path(__file__).parent / "data" / "pii_blind36.jsonl"
    with out.open("w", encoding="utf-8") as f:
        for doc in generate():
            f.write(json.dumps(doc, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main(sys.argv)
