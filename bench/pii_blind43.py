"""A forty-fourth blind, seeded generator of Danish text with labelled personal data (issue 18).

Written without looking at the recognisers, their word lists or the earlier generators' bodies,
as a held-out test set with its own names, streets and towns. Its theme is SPORTS, GYMS AND
LEISURE: clubs, fitness chains, organisers and the police handling fraud and leaks, in eight
genres: a fitness chain's member-service log after a data leak (member number, the member's
CPR, phone, e-mail, the card on file, a MitID user ID given on a call, a code read out), a
football club treasurer's e-mail thread (Fra:/Til:/Emne:) about a faked invoice with a changed
account or a foreign IBAN, a swimming club's parent list (children born on a date, parents'
phones, e-mails and addresses on two lines), a ticket-fraud chat around a match (Messenger-style
"[19:42] Name:" lines, seats, match IDs, scores, a card, CVC and code), a golf club's member
register ("Holm, Agnete", one-line addresses, parked cars' plates), a riding school's payment
notes (parents' accounts, a trailer's plate), an e-sports prize-scam police report (foreign
phones, an IBAN, the card and CVV given away, a MitID user ID and code) and a marathon's
registration export (bib numbers, upper-case names, birth dates, finishing times). The names are
those of Danes of all ages, Danes with roots elsewhere ("Hamza Yilmaz", "Tran Thi Lan"), double
surnames ("Bødker-Nyholm") and foreigners, and the organisations' own staff.

Conventions (exact offsets are scored):
- PERSON is a name as written, without title or role ("kasserer", "træner", "medlemmet");
  "Holm, Agnete" is one span; a genitive s belongs to it ("Agnetes"); a lower-case name typed
  in a chat ("jytte") is PERSON, as is an upper-case one in an export ("AGNETE HOLM"). A
  scammer's alias ("Mikkel fra Billetsalget") is PERSON, the club or company is not. Clubs,
  companies, products, placeholders ("[NAVN]", "Medlem A", "Forælder 2", "Spiller 1", "Løber 3")
  and family words ("min datter") are never PERSON.
- ADDRESS runs from the street name through number, letter, floor and side ("7C", "3. tv.",
  "st. mf."), plus ", postcode town" on the same line or on the next line of an address block
  (line break included). A street named without a number is not an address.
- CPR numbers are synthetic. Each has a real birth date and a seventh digit that suits its
  century (0 to 3 in the 1900s, 4 for the years 2000 to 2005), but its serial is chosen so the
  number FAILS modulus 11. Written as "DDMMYY-SSSS", "DDMMYYSSSS", "DD MM YY SSSS" or
  "DDMMYY SSSS". A DATE_OF_BIRTH (full date, four-digit year: "4. juni 1952", "04.06.1952",
  "4/6-1952", "04-06-1952") is labelled only straight after "født", "f." or "Fødselsdato:";
  no other date, clock time, race time or score is ever labelled.
- PHONE covers Danish numbers of 8 digits from mobile and landline ranges (70 and 80 never
  occur as personal numbers here), written "+45 20304050", "+45 20 30 40 50", "+45 2030 4050",
  "2030 4050", "(+45) 20 30 40 50", "0045 20304050", "20 30 40 50", "20304050", "+4520304050"
  or "20.30.40.50", the country code (with its brackets) inside the span, and foreign numbers
  from fiction-reserved ranges only, "+44 7700 900xxx" and "+46 70 174 06 xx" (xx 05-99).
  A club's or organisation's number (70/80 lines, 114) is never PHONE.
- EMAIL: every e-mail address (all on example.* domains), each occurrence, staff's too.
- BANK_ACCOUNT: reg.nr. and account written together ("1234-1234567890", "1234 1234567890")
  are one span; where the reg.nr. has its own word ("reg. 1234 konto 12345678", "reg.nr. 1234,
  kontonr. 0012345678") only the account is the span. IBAN: valid check digits and the
  country's length (IBAN_LENGTH), grouped by four or compact. CARD: Luhn-valid with a published
  test prefix (TEST_PREFIXES), grouped by four or compact; CARD_EXPIRY "MM/YY" or "MM/YYYY";
  CARD_CVV 3 digits after "CVV", "cvc", "CVC" or "kontrolcifre". OTP: a one-time code sent,
  asked for or given (6 or 8 digits); MITID_USER a MitID user ID given as such; NUMBER_PLATE a
  Danish plate ("BK 41 207", "BK41207"). No passport or driving-licence numbers occur.
- Hard negatives, never labelled: amounts ("1.250 kr.", "kr. 849,95"), dates and clock times
  ("14.03.26", "kl. 19.30", "[19:42]", "2026-03-14"), race times ("3:45:12") and scores
  ("vandt 2-1"), member numbers ("medlemsnr. 418233"), bib numbers ("startnr. 4417"), shirt
  numbers ("trøje nr. 10"), tickets and seats ("billetnr. TK-558120", "række 12, plads 7"),
  match IDs ("kamp-ID SL-26-1187"), case numbers, CVR numbers, masked values ("040652-xxxx",
  "+45 ** ** ** 31", "a***@example.dk", "**** **** **** 1111", "******4417",
  "DK71XXXXXXXXXX0932"), clubs' 70/80 numbers and 114, clubs, companies, banks, products and
  family words. Documents of kind "negative" are the same genres after pseudonymisation: only
  such values and pseudonym labels ("Medlem A", "Forælder 2") remain. No run of ten or more
  digits occurs outside a labelled identifier.

Each document is {"id", "genre", "kind", "text", "spans": [{"start", "end", "type"}]}.
``python -m bench.pii_blind43 OUT.jsonl`` writes the set; ``generate()`` returns it.
"""

from __future__ import annotations

import json
import random
import re
import sys
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

SEED = 43_4343
SIZE = 1000
NEGATIVES = 350
TYPES = (
    "PERSON", "ADDRESS", "CPR", "DATE_OF_BIRTH", "PHONE", "EMAIL", "BANK_ACCOUNT", "IBAN",
    "CARD", "CARD_EXPIRY", "CARD_CVV", "OTP", "MITID_USER", "NUMBER_PLATE",
)  # fmt: skip
WEIGHTS = (4, 3, 2, 7, 6, 5, 4, 3, 2, 1)
TEST_PREFIXES = ("411111", "424242", "401288", "555555", "520082", "222300")
IBAN_LENGTH = {"DK": 18, "DE": 22, "SE": 24, "ES": 24, "LT": 20, "FI": 18, "NO": 15, "PL": 28}
MOBILE = ("20", "21", "22", "24", "26", "27", "28", "30", "31", "40", "41", "42", "50", "52",
          "53", "60", "61", "71", "81", "91", "93")  # fmt: skip
LANDLINE = ("33", "35", "36", "39", "44", "47", "49", "54", "57", "58", "63", "64", "69", "72",
            "74", "76", "86", "87", "97", "98")  # fmt: skip
ORG_LINES = ("70 22 41 41", "70 10 90 90", "80 30 12 34", "70 27 27 00", "80 88 44 20")
WOMEN = ("Agnete", "Bodil", "Cecilie", "Ditte", "Elna", "Fatima", "Grethe", "Hiba", "Ingeborg",
         "Jytte", "Karoline", "Lærke", "Mette", "Nanna", "Oda", "Pernille", "Rikke", "Sofie",
         "Tove", "Ulla", "Vibeke", "Yasmin", "Zeynep", "Ellen", "Maja")  # fmt: skip
MEN = ("Aksel", "Bjarne", "Carsten", "Dan", "Egon", "Flemming", "Gustav", "Hamza", "Ivan",
       "Jørgen", "Kaj", "Lasse", "Mikkel", "Noah", "Ole", "Palle", "Rasmus", "Søren", "Tobias",
       "Uffe", "Viggo", "Walid", "Mustafa", "Kristian", "Oliver")  # fmt: skip
SURNAMES = ("Bødker", "Nyholm", "Skaarup", "Toft", "Rask", "Winther", "Gregersen", "Kyhl",
            "Lindberg", "Mølgaard", "Overgaard", "Præst", "Højgaard", "Svendsen", "Yilmaz",
            "Hussein", "Kowalski", "Nielsen", "Brandt", "Fogh", "Ahmadi", "Eriksen", "Juhl",
            "Kirkegaard", "Schmidt", "Okafor", "Lund")  # fmt: skip
MIDDLE = ("Marie", "Sofie", "Juul", "Dam", "Krogh", "Bak", "Thi", "Emil", "Strøm")
FOREIGN_NAMES = ("Tran Thi Lan", "Nguyen Van Minh", "Ana Lucia Ferreira", "Jan Erik Solberg",
                 "Maria José Ortega", "Aisha Bint Omar")  # fmt: skip
STREETS = ("Idrætsvej", "Stadionalle", "Banegårdsgade", "Rosenhaven", "Møllebakken",
           "Tranekærvej", "Hestehavevej", "Svømmehalsvej", "Engblommevej", "Skovkanten",
           "Fælledgade", "Kastanievej", "Golfparken", "Rideskolevej",
           "Gammel Landevej")  # fmt: skip
TOWNS = (("5290", "Marslev"), ("8543", "Hornslet"), ("4690", "Haslev"), ("7323", "Give"),
         ("2970", "Hørsholm"), ("9520", "Skørping"), ("6200", "Aabenraa"), ("8680", "Ry"),
         ("3250", "Gilleleje"), ("2100", "København Ø"), ("5000", "Odense C"),
         ("4300", "Holbæk"))  # fmt: skip
CLUBS = ("Hornslet Boldklub", "Haslev Svømmeklub", "Skørping Golfklub", "Marslev Rideskole",
         "FC Gilleleje", "Give Atletik")  # fmt: skip
COMPANIES = ("PulsFit A/S", "StærkCenter ApS", "Billetporten ApS", "NordArena Events",
             "Løbsportalen ApS", "GameNord Esport", *CLUBS)  # fmt: skip
BANKS = ("Danske Bank", "Nordea", "Spar Nord", "Lunar", "Sydbank")
PRODUCTS = ("MobilePay", "Conventus", "Klubmodul", "Discord", "Golfbox", "Facebook Messenger")
MONTHS = ("januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december")  # fmt: skip
DOMAINS = ("example.dk", "example.com", "post.example.dk", "example.net", "example.org")


def grouped(compact: str) -> str:
    """The value in groups of four, as printed on cards and IBANs."""
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))


def luhn_digit(body: str) -> str:
    """The check digit that makes body + digit pass Luhn."""
    total = 0
    for i, c in enumerate(reversed(body)):
        n = int(c) * (2 if i % 2 == 0 else 1)
        total += n // 10 + n % 10
    return str(-total % 10)


def iban_check(country: str, bban: str) -> str:
    """The compact IBAN with its modulus 97 check digits."""
    number = int("".join(str(int(c, 36)) for c in bban + country + "00"))
    return f"{country}{98 - number % 97:02d}{bban}"


class Doc:
    """A text built piece by piece; in a negative, personal values become stand-ins."""

    def __init__(self, negative: bool) -> None:
        self.negative, self.parts, self.spans, self.size = negative, [], [], 0

    def t(self, *pieces: str) -> Doc:
        for piece in pieces:
            self.parts.append(piece)
            self.size += len(piece)
        return self

    def p(self, value: str, kind: str, stand_in: str) -> Doc:
        if self.negative:
            return self.t(stand_in)
        self.spans.append({"start": self.size, "end": self.size + len(value), "type": kind})
        return self.t(value)

    def text(self) -> str:
        return "".join(self.parts)


class Maker:
    """The values of one document, drawn from its own random stream."""

    def __init__(self, r: random.Random) -> None:
        self.r = r

    def person(self) -> tuple[str, str]:
        r = self.r
        if r.random() < 0.08:
            full = r.choice(FOREIGN_NAMES)
            return full.split()[0], full.split()[-1]
        return r.choice(WOMEN + MEN), r.choice(SURNAMES)

    def name(self, form: str | None = None) -> str:
        r = self.r
        first, last = self.person()
        form = form or r.choice(("full", "full", "three", "hyph", "comma", "initial", "first"))
        if form == "three":
            return f"{first} {r.choice(MIDDLE)} {last}"
        if form == "hyph":
            return f"{first} {last}-{r.choice(SURNAMES)}"
        if form == "comma":
            return f"{last}, {first}"
        if form == "initial":
            return f"{first[0]}. {last}"
        if form == "first":
            return first
        if form == "upper":
            return f"{first} {last}".upper()
        if form == "lower":
            return first.lower()
        if form == "gen":
            return r.choice([n for n in WOMEN + MEN if n[-1] not in "sxz"]) + "s"
        return f"{first} {last}"

    def email(self, name: str = "") -> str:
        r = self.r
        base = name or f"{r.choice(WOMEN + MEN)}.{r.choice(SURNAMES)}"
        local = base.lower().translate(str.maketrans({"æ": "ae", "ø": "oe", "å": "aa"}))
        local = re.sub(r"[^a-z.]", "", local.replace(" ", ".").replace(",", "")).strip(".")
        local = re.sub(r"\.+", ".", local) or "medlem"
        return f"{local}{r.choice(['', str(r.randint(1, 99))])}@{r.choice(DOMAINS)}"

    def masked_email(self) -> str:
        return f"{self.r.choice('abdfhjkmst')}***@{self.r.choice(DOMAINS)}"

    def phone(self) -> str:
        r = self.r
        if r.random() < 0.1:
            if r.random() < 0.5:
                return f"+44 7700 900{r.randint(0, 999):03d}"
            return f"+46 70 174 06 {r.randint(5, 99):02d}"
        d = r.choice(MOBILE + LANDLINE) + "".join(r.choice("0123456789") for _ in range(6))
        g2 = " ".join(d[i : i + 2] for i in range(0, 8, 2))
        g4 = f"{d[:4]} {d[4:]}"
        return r.choice((f"+45 {d}", f"+45 {g2}", f"+45 {g4}", g4, f"(+45) {g2}", f"0045 {d}",
                         g2, d, f"+45{d}", g2.replace(" ", ".")))  # fmt: skip

    def masked_phone(self) -> str:
        return f"+45 ** ** ** {self.r.randint(10, 99)}"

    def birth(self) -> date:
        return date(1931, 1, 1) + timedelta(days=self.r.randint(0, 27000))

    def cpr(self, born: date | None = None) -> str:
        r = self.r
        born = born or self.birth()
        century = "4" if born.year >= 2000 else r.choice("0123")
        head = born.strftime("%d%m%y")
        while True:
            number = head + century + "".join(r.choice("0123456789") for _ in range(3))
            if sum(int(c) * w for c, w in zip(number, WEIGHTS, strict=True)) % 11:
                break
        a, b = number[:6], number[6:]
        return r.choice((f"{a}-{b}", a + b, f"{a[:2]} {a[2:4]} {a[4:]} {b}", f"{a} {b}"))

    def dob(self, born: date) -> str:
        return self.r.choice((
            f"{born.day}. {MONTHS[born.month - 1]} {born.year}",
            born.strftime("%d.%m.%Y"),
            f"{born.day}/{born.month}-{born.year}",
            born.strftime("%d-%m-%Y"),
        ))  # fmt: skip

    def address(self, two_lines: bool) -> str:
        r = self.r
        street = f"{r.choice(STREETS)} {r.randint(1, 140)}{r.choice(['', '', 'A', 'C'])}"
        if r.random() < 0.4:
            street += f", {r.choice(['st.', '1.', '2.', '3.'])} {r.choice(['tv.', 'th.', 'mf.'])}"
        code, town = r.choice(TOWNS)
        return f"{street}\n{code} {town}" if two_lines else f"{street}, {code} {town}"

    def account(self) -> tuple[str, str, str]:
        """(reg.nr. text before the span, the span, the text after) in one of four forms."""
        r = self.r
        reg = f"{r.randint(1000, 9899)}"
        acc10 = "".join(r.choice("0123456789") for _ in range(10))
        acc8 = str(r.randint(10_000_000, 99_999_999))
        form = r.randrange(4)
        if form == 0:
            return "konto ", f"{reg}-{acc10}", ""
        if form == 1:
            return "konto ", f"{reg} {acc10}", ""
        if form == 2:
            return f"reg. {reg} konto ", acc8, ""
        return f"reg.nr. {reg}, kontonr. ", acc10, ""

    def iban(self) -> str:
        r = self.r
        country = r.choice(tuple(IBAN_LENGTH))
        bban = "".join(r.choice("0123456789") for _ in range(IBAN_LENGTH[country] - 4))
        compact = iban_check(country, bban)
        return grouped(compact) if r.random() < 0.6 else compact

    def card(self) -> str:
        r = self.r
        body = r.choice(TEST_PREFIXES) + "".join(r.choice("0123456789") for _ in range(9))
        compact = body + luhn_digit(body)
        return grouped(compact) if r.random() < 0.6 else compact

    def expiry(self) -> str:
        month, year = self.r.randint(1, 12), self.r.randint(26, 31)
        return f"{month:02d}/{year}" if self.r.random() < 0.7 else f"{month:02d}/20{year}"

    def otp(self) -> str:
        return str(self.r.randint(100_000, 999_999) if self.r.random() < 0.7 else
                   self.r.randint(10_000_000, 99_999_999))  # fmt: skip

    def mitid(self) -> str:
        r = self.r
        word = r.choice(("løber", "keeper", "svømmer", "golfer", "rytter", "gamer", "fodbold"))
        word = word.replace("ø", "o")
        year = r.choice((f"{r.randint(40, 99)}", f"19{r.randint(40, 99)}", f"200{r.randint(0, 5)}"))
        return f"{r.choice(('', 'mor', 'far', 'team'))}{word}{year}"

    def plate(self) -> str:
        r = self.r
        letters = "".join(r.choice("ABCDEHJKLMNPRSTUVXYZ") for _ in range(2))
        digits = f"{r.randint(10, 99)}{r.randint(100, 999)}"
        if r.random() < 0.7:
            return f"{letters} {digits[:2]} {digits[2:]}"
        return letters + digits

    def amount(self) -> str:
        r = self.r
        value = (
            f"{r.randint(1, 48):d}.{r.randint(0, 999):03d}"
            if r.random() < 0.6
            else str(r.randint(95, 999))
        )
        cents = r.choice(("", ",00", ",95", ",50"))
        return f"{value}{cents} kr." if r.random() < 0.6 else f"kr. {value}{cents}"

    def day(self) -> str:
        r = self.r
        d = date(2026, 1, 1) + timedelta(days=r.randint(0, 330))
        return r.choice((d.strftime("%d.%m.%y"), d.isoformat()))

    def clock(self) -> str:
        return f"{self.r.randint(7, 22):02d}.{self.r.choice(('00', '15', '30', '45', '05'))}"

    def masked(self) -> str:
        r = self.r
        return r.choice((
            f"{self.birth().strftime('%d%m%y')}-xxxx",
            self.masked_phone(),
            self.masked_email(),
            f"**** **** **** {r.randint(1000, 9999)}",
            f"******{r.randint(1000, 9999)}",
            f"DK{r.randint(10, 99)}XXXXXXXXXX{r.randint(1000, 9999)}",
        ))  # fmt: skip


def mail_line(d: Doc, m: Maker, cue: str, stand: str, name: str = "") -> None:
    d.t(cue).p(m.email(name), "EMAIL", stand)


def account_phrase(d: Doc, m: Maker) -> None:
    before, value, after = m.account()
    d.t(before).p(value, "BANK_ACCOUNT", "[kontonr.]").t(after)


def card_block(d: Doc, m: Maker, cvv_word: str = "CVV") -> None:
    d.t("kort ").p(m.card(), "CARD", "**** **** **** " + str(m.r.randint(1000, 9999)))
    d.t(", udløb ").p(m.expiry(), "CARD_EXPIRY", "[udløb]")
    d.t(f", {cvv_word} ").p(f"{m.r.randint(0, 999):03d}", "CARD_CVV", "[kode]")


def fitness_leak_log(d: Doc, m: Maker, r: random.Random) -> None:
    chain = r.choice(("PulsFit A/S", "StærkCenter ApS"))
    d.t(f"Medlemsservice, {chain} – log efter datalækket {m.day()}\n")
    d.t(f"Sag FL-{r.randint(1000, 9999)}, medlemsnr. {r.randint(100000, 999999)}, ")
    d.t(f"hotline {r.choice(ORG_LINES)}\n")
    for k in range(r.randint(2, 3)):
        first = m.name("first")
        d.t(f"kl. {m.clock()} Opkald fra ").p(m.name(r.choice(("full", "three", "hyph"))),
                                             "PERSON", f"Medlem {'ABC'[k]}")  # fmt: skip
        d.t(". Bekræftet med CPR ").p(m.cpr(), "CPR", "[CPR]")
        d.t(" og tlf. ").p(m.phone(), "PHONE", "[TLF]").t(".\n")
        mail_line(d, m, "Lækket e-mail: ", "[e-mail]")
        d.t(f" (i udtrækket stod {m.masked()}).\n")
        d.t("Medlemmet har fået SMS om 'refusion' og oplyst ")
        card_block(d, m)
        d.t(f" på en falsk side. Træk {m.amount()} afvist.\n")
        if r.random() < 0.7:
            d.t("Gav desuden sit MitID bruger-ID ").p(m.mitid(), "MITID_USER", "[bruger-ID]")
            d.t(" og koden ").p(m.otp(), "OTP", "[kode]").t(" til 'supporten'.\n")
        d.t("Notat: ").p(first, "PERSON", "[NAVN]").t(f" får nyt medlemskort; {r.choice(BANKS)} ")
        d.t("er orienteret.\n")


def treasurer_thread(d: Doc, m: Maker, r: random.Random) -> None:
    club = r.choice(CLUBS[:2] + CLUBS[4:])
    treasurer = m.name("full")
    chair = m.name(r.choice(("full", "hyph", "three")))
    d.t("Fra: ").p(treasurer, "PERSON", "Kasserer A").t(" <")
    mail_line(d, m, "", "[e-mail]", treasurer)
    d.t(">\nTil: ").p(chair, "PERSON", "Formand B").t(" <")
    mail_line(d, m, "", "[e-mail]", chair)
    d.t(f">\nEmne: Faktura {r.randint(2026000, 2026999)} fra trænerlejren – ny konto?\n\n")
    d.t("Hej ").p(chair.split()[0], "PERSON", "[NAVN]").t(",\n")
    d.t(f"vi fik en faktura på {m.amount()} fra NordArena Events (CVR-nr. ")
    d.t(f"{r.randint(10000000, 99999999)}) med besked om at betale til ")
    if r.random() < 0.5:
        d.t("IBAN ").p(m.iban(), "IBAN", "[IBAN]")
    else:
        account_phrase(d, m)
    d.t(f" i stedet for den gamle ({m.masked()}). Afsender var ")
    d.p(m.name(), "PERSON", "Kontakt C").t(", tlf. ").p(m.phone(), "PHONE", "[TLF]").t(".\n")
    d.t(f"Kampen {m.day()} endte {r.randint(0, 5)}-{r.randint(0, 5)}, ")
    d.t(f"kamp-ID SL-26-{r.randint(1000, 9999)}.\n")
    d.t("Jeg har ringet til banken på ").t(r.choice(ORG_LINES)).t(" og anmeldt det på 114.\n")
    d.t("Mvh ").p(m.name(r.choice(("initial", "full"))), "PERSON", "Kasserer A").t(", kasserer\n")
    d.t(f"{club}, CVR-nr. {r.randint(10000000, 99999999)}\n")


def swim_parent_list(d: Doc, m: Maker, r: random.Random) -> None:
    d.t(f"Haslev Svømmeklub – forældreliste, hold Delfin {r.choice('ABC')} ")
    d.t(f"(sæson {m.day()})\nTræning kl. {m.clock()} ved {r.choice(STREETS)}.\n\n")
    for k in range(r.randint(2, 3)):
        born = date(2005, 1, 1) + timedelta(days=r.randint(0, 365 * 5))
        if r.random() < 0.3:
            born = date(r.randint(2006, 2019), r.randint(1, 12), r.randint(1, 28))
        d.t(f"{k + 1}. Barn: ").p(m.name(r.choice(("full", "hyph"))), "PERSON", f"Barn {k + 1}")
        d.t(", f. ").p(m.dob(born), "DATE_OF_BIRTH", "[dato]")
        d.t(f", medlemsnr. {r.randint(100000, 999999)}\n")
        d.t("   Forælder: ").p(m.name(r.choice(("full", "comma", "three"))), "PERSON",
                               f"Forælder {k + 1}")  # fmt: skip
        d.t(", mobil ").p(m.phone(), "PHONE", "[TLF]")
        mail_line(d, m, ", ", "[e-mail]")
        d.t("\n   ").p(m.address(True), "ADDRESS", "[ADRESSE]").t("\n")
    d.t(f"Kontingent {m.amount()} via {r.choice(PRODUCTS[:3])}. Listen lå åben på nettet; ")
    d.t(f"klubbens nummer er {r.choice(ORG_LINES)}.\n")


def ticket_chat(d: Doc, m: Maker, r: random.Random) -> None:
    buyer, seller = m.name("first"), m.name("first")
    low = buyer.lower()
    clock = [r.randint(600, 1300)]
    d.t(f"Facebook Messenger – kamp-ID SL-26-{r.randint(1000, 9999)}, {m.day()}\n")

    def line(who: str, stand: str) -> Doc:
        clock[0] += r.randint(1, 9)
        stamp = f"[{clock[0] // 60:02d}:{clock[0] % 60:02d}] "
        return d.t(stamp).p(who, "PERSON", stand).t(": ")

    line(low, "Køber A").t(f"har du stadig de 2 billetter? række {r.randint(1, 30)}, ")
    d.t(f"plads {r.randint(1, 40)}\n")
    line(seller, "Sælger B").t(
        f"ja, {m.amount()} for begge, billetnr. TK-{r.randint(100000, 999999)}"
    )
    d.t(". skriv til ").p(m.phone(), "PHONE", "[TLF]").t("\n")
    line(low, "Køber A").t("kan jeg betale med kort?\n")
    line(seller, "Sælger B").t("ja, send ")
    card_block(d, m, r.choice(("cvc", "CVC", "kontrolcifre")))
    d.t(" herind\n")
    line(buyer, "Køber A").t("ok. jeg har fået en kode ").p(m.otp(), "OTP", "[kode]").t("\n")
    line(seller, "Sælger B").t(f"super. sidste kamp vandt vi {r.randint(0, 4)}-{r.randint(0, 4)}, ")
    d.t(f"jeg har trøje nr. {r.randint(2, 30)} på. min bil er ")
    d.p(m.plate(), "NUMBER_PLATE", "[nummerplade]").t(" ved stadion\n")
    line(m.name("lower"), "Ven C").t(f"pas på, {m.name('first')} er svindler\n")


def golf_register(d: Doc, m: Maker, r: random.Random) -> None:
    d.t(f"Skørping Golfklub – medlemsregister (udtræk {m.day()}, Golfbox)\n")
    for k in range(r.randint(2, 3)):
        d.p(m.name("comma"), "PERSON", f"Medlem {'ABC'[k]}")
        d.t(f"; DGU-nr. {r.randint(100, 999)}-{r.randint(1000, 9999)}; hcp {r.randint(0, 36)},")
        d.t(f"{r.randint(0, 9)}\n  ").p(m.address(False), "ADDRESS", "[ADRESSE]")
        d.t("\n  tlf. ").p(m.phone(), "PHONE", "[TLF]")
        mail_line(d, m, "; ", "[e-mail]")
        d.t("; bil ").p(m.plate(), "NUMBER_PLATE", "[nummerplade]").t("\n")
        if r.random() < 0.5:
            d.t("  CPR (til forsikring): ").p(m.cpr(), "CPR", "[CPR]").t("\n")
    d.t(f"Note: Registeret blev sendt til en falsk 'DGU-revisor' ({m.masked()}). ")
    d.t(f"Ring {r.choice(ORG_LINES)}.\n")


def riding_payments(d: Doc, m: Maker, r: random.Random) -> None:
    d.t(f"Marslev Rideskole – betalingsnoter {m.day()}\n")
    for k in range(r.randint(2, 3)):
        d.p(m.name("gen"), "PERSON", f"Rytter {k + 1}s").t(" ridetime, ")
        d.t(f"{m.amount()}, betalt af forælder ").p(m.name(r.choice(("full", "hyph"))), "PERSON",
                                               f"Forælder {k + 1}")  # fmt: skip
        d.t(" fra ")
        account_phrase(d, m)
        d.t(".\n")
    d.t("Falsk mail fra 'Rideskolen' bad forældre betale til ")
    d.p(m.iban(), "IBAN", "[IBAN]").t(f" i stedet for {r.choice(BANKS)}-kontoen.\n")
    d.t("Trailer ").p(m.plate(), "NUMBER_PLATE", "[nummerplade]")
    d.t(f" holdt ved {r.choice(STREETS)}. Kontakt: ").p(m.name(), "PERSON", "Medlem A")
    d.t(", ").p(m.phone(), "PHONE", "[TLF]").t(f"; {m.masked()}.\n")


def esports_report(d: Doc, m: Maker, r: random.Random) -> None:
    player = m.name(r.choice(("full", "three", "hyph")))
    d.t(f"Politirapport {r.randint(1000, 9999)}-{r.randint(10000, 99999)}-{r.randint(10, 99)}")
    d.t(f"-26, {m.day()} kl. {m.clock()}\nAnmelder: ").p(player, "PERSON", "Spiller 1")
    born = m.birth()
    d.t(", født ").p(m.dob(born), "DATE_OF_BIRTH", "[dato]")
    d.t(", CPR ").p(m.cpr(born), "CPR", "[CPR]").t("\nBopæl: ")
    d.p(m.address(r.random() < 0.5), "ADDRESS", "[ADRESSE]").t("\n")
    d.t("Anmelder vandt angiveligt 5.000 kr. i en GameNord Esport-turnering på Discord. ")
    d.t("'Arrangøren' ").p(m.name(), "PERSON", "Spiller 2").t(" ringede fra ")
    d.p(m.phone(), "PHONE", "[TLF]").t(" og bad om ")
    card_block(d, m)
    d.t(" for et 'gebyr' samt MitID bruger-ID ").p(m.mitid(), "MITID_USER", "[bruger-ID]")
    d.t(" og koden ").p(m.otp(), "OTP", "[kode]").t(".\nGevinsten skulle sendes fra ")
    d.p(m.iban(), "IBAN", "[IBAN]").t(". Kontakt: ")
    mail_line(d, m, "", "[e-mail]")
    d.t(f". Kampen endte {r.randint(10, 16)}-{r.randint(0, 9)}. ")
    d.t("Forurettede kørte i ").p(m.plate(), "NUMBER_PLATE", "[nummerplade]").t(".\n")


def marathon_export(d: Doc, m: Maker, r: random.Random) -> None:
    d.t(f"Give Atletik – tilmeldingseksport ({m.day()}, Løbsportalen ApS)\n")
    d.t("startnr.;navn;født;tlf.;e-mail;tid\n")
    for k in range(r.randint(2, 4)):
        name = m.name("upper")
        d.t(f"startnr. {r.randint(100, 9999)};").p(name, "PERSON", f"Løber {k + 1}")
        d.t(";f. ").p(m.dob(m.birth()), "DATE_OF_BIRTH", "[dato]").t(";")
        d.p(m.phone(), "PHONE", "[TLF]").t(";")
        mail_line(d, m, "", "[e-mail]", name)
        d.t(f";{r.randint(2, 5)}:{r.randint(10, 59)}:{r.randint(10, 59)}\n")
    d.t(f"Eksporten blev delt i en åben gruppe; {m.masked()} var skjult. ")
    d.t("Ansvarlig: ").p(m.name(r.choice(("initial", "full"))), "PERSON", "[NAVN]").t(".\n")


GENRES: dict[str, Callable[[Doc, Maker, random.Random], None]] = {
    "fitness_leak_log": fitness_leak_log,
    "treasurer_thread": treasurer_thread,
    "swim_parent_list": swim_parent_list,
    "ticket_chat": ticket_chat,
    "golf_register": golf_register,
    "riding_payments": riding_payments,
    "esports_report": esports_report,
    "marathon_export": marathon_export,
}


def generate(seed: int = SEED, size: int = SIZE) -> list[dict]:
    names = tuple(GENRES)
    negatives = size * NEGATIVES // SIZE
    docs = []
    for i in range(size):
        r = random.Random(f"pii_blind43:{seed}:{i}")
        genre = names[i % len(names)]
        d = Doc(negative=i >= size - negatives)
        GENRES[genre](d, Maker(r), r)
        kind = "negative" if d.negative else "positive"
        docs.append({"id": f"b43-{i:04d}", "genre": genre, "kind": kind, "text": d.text(),
                     "spans": d.spans})  # fmt: skip
    return docs


def main(argv: list[str]) -> None:
    out = Path(argv[0]) if argv else Path(__file__).parent / "data" / "pii_blind43.jsonl"
    with out.open("w", encoding="utf-8") as f:
        for doc in generate():
            f.write(json.dumps(doc, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main(sys.argv[1:])
