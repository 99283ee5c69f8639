"""A tenth blind, seeded generator of Danish text with labelled personal data (issue 18).

Written without looking at the recognisers, their word lists or the earlier generators' bodies,
as a held-out test set with its own names, streets and towns. It stresses the texts Værn itself
produces and stores: customer reports from the check page (a pasted SMS and a free-text
comment), outbound-log lines and CSV exports (recipient, template name, sent time), case notes
of a fraud case run by a playbook (timeline, what the victim said, transfers, cards), evidence-
pack manifests, payment-dispute forms under betalingslovens § 100, citizens' subject-access and
erasure requests, e-mail replies from banks' customer service and monitoring alerts (account
takeover: device IDs, IPs, changed phone numbers, new payees, MitID log-ins).

Conventions (exact offsets are scored):
- PERSON is a name as written, without title or role ("kortholder", "sagsbehandler"); initials
  keep their dot ("G. Thygesen"), "Thygesen, Gudrun" is one span, a genitive s belongs to it.
  A scammer's alias ("en Mikkel fra banken") is PERSON. Agent initials ("/MKH"), system users
  ("svc-outbound"), template names ("hej_fornavn_v2"), bank and merchant names and streets
  named after people are not PERSON.
- ADDRESS runs from the street name through number, letter, floor and side ("14B", "2. th.",
  "st."), plus ", postcode town" on the same line or the next line of an address block (line
  break included). Every person's street address with a number is labelled; a bank's own
  postal address (its signature's) is not personal data and is never labelled (pii78: the
  organisations' address convention; the text is unchanged).
- CPR is synthetic: a valid birth date, a seventh digit that fits the century (0-3 for the
  1900s, 4 for 2000-2005), and a serial that makes the number FAIL modulus 11; forms
  "DDMMYY-SSSS" and "DDMMYYSSSS". DATE_OF_BIRTH is a full date with a four-digit year after
  "født", "f." or "Fødselsdato:"; every other date and time stamp is never labelled.
- PHONE: Danish numbers (8 digits in real mobile and landline ranges, never starting 70 or 80
  in this set; groupings "20 30 40 50", "2030 4050", "20304050", optional "+45" or "0045"),
  also in log fields ("to=+4520304050") and as an SMS's sender. The organisation's own
  numbers are NOT personal and never labelled: Værn's hotline 70 20 11 90, banks' 70- and
  80-numbers, the blocking line, 112/114 and the SMS short codes 1919 and 1277.
- EMAIL: every e-mail address (all on example.* domains), a bank's service address included.
- BANK_ACCOUNT is reg.nr. and account written together ("9570-0012345678", "9570 1234567");
  where the reg.nr. has its own word or field ("reg.nr. 9570 konto 1234567", "konto=") only
  the account is the span. IBAN: valid check digits and the country's length (IBAN_LENGTH).
  CARD numbers are Luhn-valid with a published test prefix (TEST_PREFIXES); CARD_EXPIRY
  "MM/YY" or "MM/YYYY"; CARD_CVV 3 digits after "cvc"/"CVV"/"kontrolcifre". OTP is a one-time
  code sent or given (6 or 8 digits); MITID_USER a MitID user ID given as such; NUMBER_PLATE a
  Danish plate ("CX 47 118").
- Hard negatives, never labelled: device IDs, IPv4/IPv6 addresses (no type of their own here),
  UUIDs, message and pack IDs, SHA-256 sums, case numbers ("VRN-2026-004512"), customer IDs,
  merchant IDs and MCC codes, amounts, dates and times, masked values ("**** **** **** 4242",
  "+45 ** ** 12 34", "k***@example.dk", "120361-xxxx"), last four digits, template names and
  the organisation's own service numbers. Documents of kind "negative" are what Værn stores
  after pseudonymisation ("[NAVN]", "Borger B") and system texts: only such values remain.

Each document is {"id", "genre", "kind", "text", "spans": [{"start", "end", "type"}]}.
``python -m bench.pii_blind9 OUT.jsonl`` writes the set; ``generate()`` returns it.
"""

from __future__ import annotations

import json
import random
import re
import sys
import uuid
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path

TYPES = (
    "PERSON", "ADDRESS", "CPR", "DATE_OF_BIRTH", "PHONE", "EMAIL", "BANK_ACCOUNT", "IBAN",
    "CARD", "CARD_EXPIRY", "CARD_CVV", "OTP", "MITID_USER", "NUMBER_PLATE",
)  # fmt: skip
TEST_PREFIXES = ("424242", "400005", "555555", "222300", "520082", "378282", "601111")
IBAN_LENGTH = {"DK": 18, "DE": 22, "LT": 20, "ES": 24}
SEED, SIZE, NEGATIVE_SHARE = 91_809, 1500, 0.35

FIRST = (
    "Gudrun", "Ejnar", "Mogens", "Birthe", "Torben", "Lis", "Kaj", "Ruth", "Preben",
    "Jytte", "Aksel", "Lone", "Villads", "Malou", "Alberte", "Oskar", "Frida", "Magnus",
    "Asta", "Bertram", "Ellen", "Vagn", "Hanne", "Merete", "Ib", "Tove", "Henning",
    "Dorthe", "Yasmin", "Ahmad", "Tuan", "Agnieszka", "Ionela", "Knud", "Edith", "Palle",
    "Vibeke", "Anker", "Karoline", "Svend",
)  # fmt: skip
LAST = (
    "Vestergaard", "Kjeldsen", "Bækgaard", "Thygesen", "Lauridsen", "Ottesen", "Brøndum",
    "Hvidberg", "Nørskov", "Damgaard", "Skovmand", "Fuglsang", "Krogsgaard", "Iversen",
    "Overgaard", "Bisgaard", "Gregersen", "Juhl", "Sandholt", "Nguyen", "Kowalczyk",
    "Haddad", "Popescu", "Bendtsen", "Kragelund", "Søgaard", "Elkjær", "Mølgaard",
    "Hestbech",
)  # fmt: skip
STREETS = (
    "Æblehaven", "Bøgevej", "Lærkevænget", "Skolegade", "Møllebakken", "Kirkestræde",
    "Havnevej", "Egebjergvej", "Rønnebærvej", "Fasanvej", "Ørnevej", "Solsortevej", "Hybenvej",
    "Kastanie Allé", "Grønnegade", "Vestre Ringvej", "Nørre Boulevard", "Tjørnekrogen",
    "Pilevænget", "Stationsvej", "Blåmejsevej", "Skrænten",
)  # fmt: skip
TOWNS = (
    "8600 Silkeborg", "7400 Herning", "4700 Næstved", "6100 Haderslev", "9800 Hjørring",
    "3400 Hillerød", "5700 Svendborg", "2720 Vanløse", "8210 Aarhus V", "7100 Vejle",
    "4300 Holbæk", "6700 Esbjerg", "9000 Aalborg", "2300 København S", "8900 Randers C",
    "5000 Odense C", "4800 Nykøbing F", "7500 Holstebro",
)  # fmt: skip
BANKS = ("Fjordbanken", "Nordhavn Sparekasse", "Dalum Andelsbank", "Vestkyst Bank")
BANK_LINES = ("70 11 22 60", "70 15 40 40", "80 20 30 10", "70 33 90 00")
MERCHANTS = (
    ("NORDIC GADGETS APS", 5732), ("BILLETTORVET.DK", 7922), ("SHOPDIREKTE*WEB", 5999),
    ("CRYPTOHUB LTD", 6051), ("FLYBILLIG.COM", 4722), ("GAMERSTORE EU", 5816),
)  # fmt: skip
MOBILE = (
    "20", "21", "22", "23", "24", "25", "26", "27", "28", "29", "30", "31", "40", "41", "42", "50",
    "51", "52", "53", "60", "61", "71", "81", "91", "93",
)  # fmt: skip
LANDLINE = (
    "32", "33", "35", "36", "38", "39", "43", "44", "45", "46", "48", "49", "54", "56", "58", "62",
    "64", "66", "69", "74", "75", "86", "87", "89", "96", "98",
)  # fmt: skip
HOTLINE = "70 20 11 90"
TEMPLATES = (
    "advarsel_pakke_v3", "hej_fornavn_v2", "kvittering_indberetning", "sag_opdateret",
    "mitid_svindel_advarsel", "bevispakke_klar", "indsigt_svar_v1",
)  # fmt: skip
PLAYBOOKS = ("Investeringssvindel", "Falsk bankrådgiver", "Hej mor/far", "Kærestesvindel")

MARK = re.compile("\ue000(\\w+)\ue002(.*?)\ue001", re.S)
# pii78: an organisation's own postal address: marked as a value is, never labelled (not
# personal data, GDPR art. 4(1)).
ORGANISATION_ADDRESS = "ORGANISATION_ADDRESS"


def lab(kind: str, value: str) -> str:
    """Wrap a value so that ``finish`` records it as a span of the given type."""
    return f"\ue000{kind}\ue002{value}\ue001"


def finish(text: str) -> tuple[str, list[dict[str, object]]]:
    """Strip the markers; return the clean text and its spans."""
    spans: list[dict[str, object]] = []
    removed = 0

    def keep(m: re.Match[str]) -> str:
        nonlocal removed
        begin = m.start() - removed
        if m.group(1) != ORGANISATION_ADDRESS:
            spans.append({"start": begin, "end": begin + len(m.group(2)), "type": m.group(1)})
        removed += len(m.group()) - len(m.group(2))
        return m.group(2)

    return MARK.sub(keep, text), spans


def luhn_digit(body: str) -> str:
    total = sum(
        (d * 2 - 9 if d * 2 > 9 else d * 2) if i % 2 == 0 else d
        for i, d in enumerate(int(c) for c in reversed(body))
    )
    return str(-total % 10)


def iban_digits(country: str, bban: str) -> str:
    rest = 0
    for c in bban + country + "00":
        rest = (rest * (100 if c.isalpha() else 10) + int(c, 36)) % 97
    return f"{98 - rest:02d}"


def fold(text: str) -> str:
    for a, b in (("æ", "ae"), ("ø", "oe"), ("å", "aa")):
        text = text.replace(a, b)
    return text.lower()


class Real:
    """Personal values, labelled."""

    def __init__(self, r: random.Random) -> None:
        self.r = r
        self.who = (r.choice(FIRST), r.choice(LAST))
        self.birth = self.born()

    def name(self, form: str = "") -> str:
        first, last = self.r.choice(FIRST), self.r.choice(LAST)
        form = form or self.r.choice(("full", "full", "full", "init", "rev"))
        value = {
            "full": f"{first} {last}",
            "init": f"{first[0]}. {last}",
            "rev": f"{last}, {first}",
        }
        return lab("PERSON", value[form])

    def own(self, form: str = "full") -> str:
        first, last = self.who
        value = {"full": f"{first} {last}", "first": first, "gen": f"{first}s"}[form]
        return lab("PERSON", value)

    def first(self) -> str:
        return lab("PERSON", self.r.choice(FIRST))

    def service(self, address: str) -> str:
        """An organisation's e-mail address: still an e-mail address."""
        return lab("EMAIL", address)

    def phone(self) -> str:
        r = self.r
        n = r.choice(MOBILE if r.random() < 0.75 else LANDLINE) + f"{r.randrange(10**6):06d}"
        grouped = r.choice((" ".join(n[i : i + 2] for i in range(0, 8, 2)), f"{n[:4]} {n[4:]}", n))
        prefix = r.choice(("", "", "", "+45 ", "+45", "0045 "))
        return lab("PHONE", prefix + (n if prefix == "+45" else grouped))

    def email(self) -> str:
        first, last = (fold(x) for x in self.who)
        local = self.r.choice((f"{first}.{last}", f"{first}{self.r.randrange(40, 99)}", last))
        domain = self.r.choice(("example.dk", "example.com", "post.example.dk", "example.net"))
        return lab("EMAIL", f"{local}@{domain}")

    def born(self) -> date:
        return date(1931, 1, 1) + timedelta(days=self.r.randrange(27_000))

    def cpr(self) -> str:
        born = self.birth
        weights = (4, 3, 2, 7, 6, 5, 4, 3, 2, 1)
        while True:
            seventh = "4" if born.year >= 2000 else str(self.r.randrange(4))
            number = f"{born:%d%m%y}{seventh}{self.r.randrange(1000):03d}"
            if sum(int(c) * w for c, w in zip(number, weights, strict=True)) % 11:
                break
        return lab("CPR", number[:6] + self.r.choice(("-", "-", "")) + number[6:])

    def dob(self) -> str:
        born = self.birth
        months = "januar februar marts april maj juni juli august september oktober november"
        month = (months + " december").split()[born.month - 1]
        return lab(
            "DATE_OF_BIRTH", self.r.choice((f"{born:%d.%m.%Y}", f"{born.day}. {month} {born.year}"))
        )

    def address(self, block: bool = False, kind: str = "ADDRESS") -> str:
        r = self.r
        street = f"{r.choice(STREETS)} {r.randrange(1, 140)}{r.choice(('', '', '', 'B', 'A'))}"
        street += r.choice(("", "", ", st.", ", 2. th.", ", 1. tv.", ", 3. mf."))
        return lab(kind, street + ("\n" if block else ", ") + r.choice(TOWNS))

    def account(self, together: bool = True) -> str:
        reg, konto = self.r.randrange(1000, 9999), f"{self.r.randrange(10**6, 10**9)}"
        if not together:
            return f"reg.nr. {reg} konto {lab('BANK_ACCOUNT', konto)}"
        return lab("BANK_ACCOUNT", f"{reg}{self.r.choice('- ')}{konto.zfill(10)}")

    def iban(self) -> str:
        country = self.r.choice(tuple(IBAN_LENGTH))
        bban = "".join(str(self.r.randrange(10)) for _ in range(IBAN_LENGTH[country] - 4))
        value = country + iban_digits(country, bban) + bban
        if self.r.random() < 0.6:
            value = " ".join(value[i : i + 4] for i in range(0, len(value), 4))
        return lab("IBAN", value)

    def card(self) -> str:
        prefix = self.r.choice(TEST_PREFIXES)
        size = 15 if prefix.startswith("37") else 16
        body = prefix + "".join(str(self.r.randrange(10)) for _ in range(size - 7))
        number = body + luhn_digit(body)
        if self.r.random() < 0.6 and size == 16:
            number = " ".join(number[i : i + 4] for i in range(0, 16, 4))
        return lab("CARD", number)

    def expiry(self) -> str:
        month, year = self.r.randrange(1, 13), self.r.randrange(26, 31)
        return lab("CARD_EXPIRY", f"{month:02d}/{self.r.choice(('', '20'))}{year}")

    def cvv(self) -> str:
        return lab("CARD_CVV", f"{self.r.randrange(1000):03d}")

    def otp(self) -> str:
        size = self.r.choice((6, 6, 8))
        return lab("OTP", f"{self.r.randrange(10**size):0{size}d}")

    def mitid(self) -> str:
        first, last = (fold(x) for x in self.who)
        return lab(
            "MITID_USER",
            self.r.choice(
                (
                    f"{first}.{last[:3]}{self.r.randrange(10, 99)}",
                    f"{last}{self.r.randrange(100, 999)}",
                )
            ),
        )

    def plate(self) -> str:
        letters = "".join(self.r.choice("ABCDEHJKLMNPRSTUVXYZ") for _ in range(2))
        return lab(
            "NUMBER_PLATE", f"{letters} {self.r.randrange(10, 99)} {self.r.randrange(100, 999)}"
        )


def fixed(text: str) -> Callable[..., str]:
    """A method that always writes the same placeholder."""
    return lambda *_args, **_kwargs: text


class Masked(Real):
    """The same slots after pseudonymisation: nothing personal remains."""

    own = first = fixed("[NAVN]")
    service = fixed("[E-MAIL]")
    dob = fixed("[fødselsdato fjernet]")
    expiry, cvv, otp = fixed("**/**"), fixed("***"), fixed("[kode fjernet]")
    mitid, plate = fixed("[MitID-bruger fjernet]"), fixed("[nummerplade]")

    def name(self, form: str = "") -> str:
        return self.r.choice(("[NAVN]", "Borger B", "[navn fjernet]", "Person 2"))

    def phone(self) -> str:
        return f"+45 ** ** {self.r.randrange(10, 99)} {self.r.randrange(10, 99)}"

    def email(self) -> str:
        return f"{self.r.choice('abgkmst')}***@example.{self.r.choice(('dk', 'com'))}"

    def cpr(self) -> str:
        return f"{self.born():%d%m%y}-xxxx"

    def address(self, block: bool = False, kind: str = "ADDRESS") -> str:
        return "[ADRESSE]" + ("\n[POSTNR. BY]" if block else "")

    def account(self, together: bool = True) -> str:
        return f"reg.nr. {self.r.randrange(1000, 9999)} konto ******{self.r.randrange(1000, 9999)}"

    def iban(self) -> str:
        return f"DK** **** **** **{self.r.randrange(10, 99)} {self.r.randrange(1000, 9999)}"

    def card(self) -> str:
        return f"**** **** **** {last4(self.r)}"


def last4(r: random.Random) -> str:
    return r.choice(("4242", "0005", "4444", "3222", "8210", "1117", f"{r.randrange(10000):04d}"))


def when(r: random.Random) -> datetime:
    return datetime(2026, 1, 5, 7) + timedelta(
        minutes=r.randrange(140_000), seconds=r.randrange(60)
    )


def stamp(r: random.Random) -> str:
    t = when(r)
    return r.choice((f"{t:%Y-%m-%dT%H:%M:%SZ}", f"{t:%d.%m.%Y kl. %H.%M}", f"{t:%Y-%m-%d %H:%M}"))


def case_no(r: random.Random) -> str:
    return f"VRN-2026-{r.randrange(10**6):06d}"


def uid(r: random.Random) -> str:
    return str(uuid.UUID(int=r.getrandbits(128), version=4))


def device(r: random.Random) -> str:
    if r.random() < 0.3:
        return f"ios-{uid(r).upper()}"
    return r.choice(("android-{:016x}", "web-fp:{:010x}")).format(r.getrandbits(40))


def ip(r: random.Random) -> str:
    if r.random() < 0.25:
        return f"2a02:6d40:{r.getrandbits(16):x}:{r.getrandbits(16):x}::{r.getrandbits(12):x}"
    return ".".join(str(r.randrange(1, 255)) for _ in range(4))


def amount(r: random.Random) -> str:
    value = r.choice((r.randrange(49, 999), r.randrange(1000, 250_000)))
    return f"{value:,}".replace(",", ".") + r.choice((",00 kr.", " kr.", ",00 DKK"))


def merchant(r: random.Random) -> str:
    name, mcc = r.choice(MERCHANTS)
    return f"{name} (MCC {mcc}, forretningsnr. {r.randrange(2, 9)}{r.randrange(10**7):07d})"


def digest(r: random.Random) -> str:
    return f"{r.getrandbits(256):064x}"


def pasted_sms(f: Real, r: random.Random) -> tuple[str, str]:
    """A scam SMS as a citizen pastes it, and its sender."""
    sender = r.choice((f.phone(), "PostNord", "MitID", "1919", "Skat-DK", f.phone()))
    body = r.choice(
        (
            f"Hej mor, min telefon gik i stykker. Skriv til mig på {f.phone()}",
            f"MitID: Din engangskode er {f.otp()}. Del aldrig koden med andre.",
            f"Din pakke afventer told: {amount(r)} Betal her: https://pn-told.example.net/"
            f"{r.getrandbits(20):x}",
            f"{BANKS[r.randrange(4)]}: Dit kort er spærret. Ring til din rådgiver "
            f"{f.name('full')} på {f.phone()}",
            f"Hej {f.first()}, vi har set et mistænkeligt login. Bekræft med kode {f.otp()} "
            f"til {f.email()}",
            f"Du har vundet et gavekort. Svar med navn og adresse inden {stamp(r)}",
        )
    )
    return sender, body


def check_report(f: Real, r: random.Random) -> str:
    sender, sms = pasted_sms(f, r)
    comment = r.choice(
        (
            f"Jeg svarede desværre og gav mit kortnummer {f.card()} udløb {f.expiry()} "
            f"cvc {f.cvv()}. Hvad gør jeg nu?",
            f"Jeg tastede det hele ind på siden: kortnr. {f.card()}, {f.expiry()}, CVV {f.cvv()}"
            f" og koden {f.otp()} fra SMS'en.",
            f"Han hentede varen i en sort Golf, {f.plate()}, og betalte med en falsk MobilePay.",
            f"Min far {f.name('full')} fik den samme besked. Han bor på {f.address()} og er 84.",
            f"Jeg har ikke klikket på noget. Kortet der slutter på {last4(r)} er spærret via "
            f"{BANK_LINES[r.randrange(4)]}.",
            f"Sælgeren på DBA hed {f.name()} og kørte i en bil med nummerplade {f.plate()}. "
            f"Jeg overførte {amount(r)} til {f.account()}.",
            f"De bad om mit MitID bruger-ID, og jeg skrev {f.mitid()}. Jeg har ringet til 114.",
        )
    )
    contact = r.choice((f"Ring gerne på {f.phone()}.", f"Svar mig på {f.email()}.", ""))
    return (
        f"Indberetning via tjek-siden {stamp(r)}\nSag: {case_no(r)}  kanal: web  id: {uid(r)}\n"
        f'Afsender ifølge borgeren: {sender}\nIndsat besked:\n"{sms}"\n\n'
        f"Kommentar:\n{comment} {contact}".rstrip()
        + f"\nMvh {f.own(r.choice(('full', 'first')))}"
    )


def outbound_log(f: Real, r: random.Random) -> str:
    if r.random() < 0.4:
        rows = [
            f"{f.phone() if r.random() < 0.6 else f.email()};{r.choice(('sms', 'mail'))};"
            f"{r.choice(TEMPLATES)};{when(r):%Y-%m-%d %H:%M:%S};"
            f"{r.choice(('leveret', 'afvist', 'i kø'))}"
            for _ in range(r.randrange(2, 6))
        ]
        return "modtager;kanal;skabelon;sendt;status\n" + "\n".join(rows)
    lines = []
    for _ in range(r.randrange(2, 6)):
        channel = r.choice(("sms", "mail"))
        to = f.phone() if channel == "sms" else f.email()
        sender = (
            "from=1277" if channel == "sms" else f"from={f.service('noreply@vaern.example.dk')}"
        )
        extra = f' name="{f.name("full")}"' if r.random() < 0.3 else ""
        lines.append(
            f"{when(r):%Y-%m-%dT%H:%M:%S}Z INFO outbound {sender} to={to}{extra} "
            f"tpl={r.choice(TEMPLATES)} msg_id={uid(r)} case={case_no(r)} user=svc-outbound"
        )
    lines.append(f"{when(r):%Y-%m-%dT%H:%M:%S}Z WARN outbound retry to={f.phone()} reason=timeout")
    return "\n".join(lines)


def case_note(f: Real, r: random.Random) -> str:
    t = when(r)
    playbook = r.choice(PLAYBOOKS)
    said = r.choice(
        (
            f"Forurettede fortæller, at en {f.first()} fra banken ringede fra {f.phone()} og bad "
            f"hende læse koden {f.otp()} op.",
            f"Kunden har givet svindleren sit kortnr. {f.card()} og kontrolcifre {f.cvv()}.",
            f"Kunden oplyste sit MitID bruger-ID {f.mitid()} til en 'rådgiver' ved navn "
            f"{f.name()}.",
            f"Svindleren hentede kortet (kortnr. {f.card()}, CVV {f.cvv()}). Han kørte i en "
            f"hvid varevogn, nummerplade {f.plate()}.",
            f"Datteren {f.name('full')} ({f.phone()}) ringede på vegne af sin mor.",
        )
    )
    transfer = r.choice(
        (
            f"Overført {amount(r)} fra {f.account()} til {f.account()} (modtager {f.name()}).",
            f'Overført {amount(r)} til {f.iban()}, reference "INV {r.randrange(10**5)}".',
            f"Overført {amount(r)} til {f.account(together=False)}.",
            f"Overført {amount(r)} fra {f.own('gen')} konto {f.account()} til {f.iban()}.",
        )
    )
    return (
        f"Sag {case_no(r)} · playbook: {playbook} v{r.randrange(1, 4)} · "
        f"trin {r.randrange(2, 7)}/7\n"
        f"Forurettet: {f.own()}, f. {f.dob()}, CPR {f.cpr()}\nBopæl: {f.address()}\n\n"
        f"Tidslinje:\n- {t:%d.%m. kl. %H.%M}: {said}\n"
        f"- {t + timedelta(minutes=17):%d.%m. kl. %H.%M}: {transfer}\n"
        f"- {t + timedelta(hours=2):%d.%m. kl. %H.%M}: Kort **** {last4(r)} spærret, bank "
        f"kontaktet på {BANK_LINES[r.randrange(4)]}. /{r.choice(('MKH', 'ALB', 'SVJ'))}\n"
        f"Næste trin: anmeldelse til politiet, kvittering sendt med skabelon sag_opdateret."
    )


def evidence_manifest(f: Real, r: random.Random) -> str:
    files = [
        f"  - fil: skaermbillede_{i}.png\n    sha256: {digest(r)}\n"
        f"    bytes: {r.randrange(10**4, 10**6)}"
        for i in range(1, r.randrange(2, 4))
    ]
    return (
        f"bevispakke: {uid(r)}\nsag: {case_no(r)}\ngenereret: {stamp(r)}\n"
        f"forurettet:\n  navn: {f.own()}\n  telefon: {f.phone()}\n  e-mail: {f.email()}\n"
        f"gerningsperson:\n  telefon: {f.phone()}\n  konto: {f.account()}\n"
        f"  køretøj: {f.plate() if r.random() < 0.4 else 'ukendt'}\n"
        f"filer:\n" + "\n".join(files) + f"\n  - fil: kontoudtog.pdf\n    note: overførsel "
        f"{amount(r)} den {when(r):%d.%m.%Y}\nsagsbehandler: /{r.choice(('MKH', 'TRA', 'LVN'))}"
    )


def payment_dispute(f: Real, r: random.Random) -> str:
    card = f.card() if r.random() < 0.5 else f"**** **** **** {last4(r)}"
    return (
        f"Indsigelse efter betalingslovens § 100\n{BANKS[r.randrange(4)]} · sag {case_no(r)}\n\n"
        f"Kortholder: {f.own()}\nAdresse: {f.address()}\nTelefon: {f.phone()}\n"
        f"E-mail: {f.email()}\nKort: {card}  Udløb: {f.expiry()}\n\n"
        f"Transaktion: {when(r):%d.%m.%Y} {amount(r)} hos {merchant(r)}\n"
        f"Kortholders forklaring: Jeg har ikke godkendt betalingen. Jeg fik en SMS med koden "
        f"{f.otp()}, men den gav jeg ikke videre. Kortet har hele tiden været i min pung.\n"
        f"Dato og underskrift: {when(r):%d.%m.%Y}  {f.own()}"
    )


def access_request(f: Real, r: random.Random) -> str:
    kind = r.choice(("indsigt i", "sletning af"))
    return (
        f"Emne: Anmodning om {kind} mine oplysninger\n\nKære Værn\n\n"
        f"Jeg anmoder hermed om {kind} de personoplysninger, I har om mig, jf. databeskyttelses"
        f"forordningen. Jeg hedder {f.own()}, født {f.dob()}, og bor på {f.address()}. "
        f"Til identifikation oplyser jeg mit CPR-nummer {f.cpr()}. Jeg har brugt jeres "
        f"tjek-side fra nummeret {f.phone()} og skrevet fra {f.email()}.\n\n"
        f"Venlig hilsen\n{f.own()}\n{f.address(block=True)}"
    )


def bank_reply(f: Real, r: random.Random) -> str:
    bank = r.choice(BANKS)
    domain = fold(bank.split()[0])
    refund = f.account() if r.random() < 0.6 else f.iban()
    return (
        f"Fra: {bank} Kundeservice <{f.service(f'kundeservice@{domain}.example.dk')}>\n"
        f"Til: {f.own()} <{f.email()}>\nEmne: SV: Indsigelse {case_no(r)}\n\n"
        f"Kære {f.own('first')}\n\nTak for din henvendelse af {when(r):%d.%m.%Y}. Vi har spærret "
        f"kortet, der slutter på {last4(r)}, og behandler indsigelsen på {amount(r)} nu. Beløbet "
        f"krediteres foreløbigt {refund}.\nHar du spørgsmål, kan du ringe på "
        f"{BANK_LINES[r.randrange(4)]} (hverdage 8-16) eller spærre på 70 10 20 30 døgnet "
        f"rundt.\n\n"
        f"Med venlig hilsen\n{f.name('full')}\nKundeservice, {bank}\n"
        f"{f.address(True, ORGANISATION_ADDRESS)}"
    )


def monitoring_alert(f: Real, r: random.Random) -> str:
    if r.random() < 0.4:
        return json.dumps(
            {
                "alert": "ato.suspected",
                "severity": r.choice(("high", "medium")),
                "at": f"{when(r):%Y-%m-%dT%H:%M:%SZ}",
                "customer": {"id": f"K-{r.randrange(10**7):07d}", "name": f.own()},
                "device": device(r),
                "ip": ip(r),
                "changes": {"phone_old": f.phone(), "phone_new": f.phone()},
                "payee_added": {"name": f.name("full"), "account": f.account()},
            },
            ensure_ascii=False,
            indent=2,
        )
    return (
        f"[ALARM] mulig kontoovertagelse · {stamp(r)} · regel ato-{r.randrange(1, 30):02d}\n"
        f"Kunde: {f.own()} (kunde-id K-{r.randrange(10**7):07d})\n"
        f"Login med MitID-bruger {f.mitid()} fra ny enhed {device(r)}, IP {ip(r)}\n"
        f"Telefonnummer ændret fra {f.phone()} til {f.phone()} · e-mail ændret til {f.email()}\n"
        f"Ny modtager oprettet: {f.name()}, {f.account()}\n"
        f"Handling: kunden kontaktes fra {HOTLINE} med skabelon mitid_svindel_advarsel."
    )


def system_status(f: Real, r: random.Random) -> str:
    return (
        f"Driftsstatus {stamp(r)}\nudgående sms sendt: {r.randrange(10**4)} (kortkode 1919), "
        f"fejlrate {r.randrange(100) / 10:.1f} %\nalarmer: {r.randrange(50)}, seneste {uid(r)} "
        f"fra enhed {device(r)} / {ip(r)}\nbevispakker: {r.randrange(500)}, seneste sha256 "
        f"{digest(r)[:16]}\nhotline {HOTLINE} besvaret {r.randrange(90, 100)} %"
    )


GENRES: dict[str, Callable[[Real, random.Random], str]] = {
    "check_report": check_report,
    "outbound_log": outbound_log,
    "case_note": case_note,
    "evidence_manifest": evidence_manifest,
    "payment_dispute": payment_dispute,
    "access_request": access_request,
    "bank_reply": bank_reply,
    "monitoring_alert": monitoring_alert,
}
NEGATIVE_ONLY: dict[str, Callable[[Real, random.Random], str]] = {"system_status": system_status}


def generate(seed: int = SEED, size: int = SIZE) -> list[dict[str, object]]:
    """``size`` documents, a ``NEGATIVE_SHARE`` of them without personal data."""
    r = random.Random(seed)
    negatives = round(size * NEGATIVE_SHARE)
    kinds = ["negative"] * negatives + ["positive"] * (size - negatives)
    r.shuffle(kinds)
    docs: list[dict[str, object]] = []
    for i, kind in enumerate(kinds):
        pool = GENRES | NEGATIVE_ONLY if kind == "negative" else GENRES
        genre = r.choice(sorted(pool))
        filler = Masked(r) if kind == "negative" else Real(r)
        text, spans = finish(pool[genre](filler, r))
        if kind == "positive" and not spans:
            kind = "negative"  # a draw that happened to carry nothing personal
        docs.append(
            {"id": f"b9-{i:04d}", "genre": genre, "kind": kind, "text": text, "spans": spans}
        )
    return docs


def main(argv: list[str]) -> None:
    with Path(argv[0]).open("w", encoding="utf-8") as out:
        for doc in generate():
            out.write(json.dumps(doc, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main(sys.argv[1:])
