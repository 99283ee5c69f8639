"""The hundred-and-ninth blind, seeded generator of Danish text with labelled personal data.

Written without looking at the recognisers, their word lists or other generators' bodies, as a
held-out test set with its own names, streets, towns and organisations. Its theme is a DENTAL
CLINIC CHAIN's reception, billing and patient service, in eight genres: fake invoices and
payment-plan SMS in the clinic's name ("faktura_sms"), phishing for the booking portal with a
fake MitID page ("mitid_phishing"), a patient's instalment agreement ("afdragsaftale"), a
sygeforsikring claim ("sygeforsikring"), a clinic manager's incident notes ("haendelsesnotat"),
e-mails with the police ("politi_mail"), a chat with a patient ("chat", "[09:14] Name:" lines)
and a reception's call note of a payment by card ("opkaldsnotat"). The clinics' own addresses
(reception, branches, where to pay in person, where to send forms, letterheads, signatures,
parking, the lab's depot) run through every genre and are never labelled; patients' own
addresses look alike and are. Names are those of Danes of all ages, Danes with roots elsewhere,
double surnames, lower-case chat names, CAPS, "Holm, Agnete", genitives and initials.

Conventions (exact offsets are scored):
- PERSON is a name as written, without title or role ("tandlæge", "klinikchef", "patienten");
  "Holm, Agnete" is one span, a genitive s is inside it, a lower-case chat name is a PERSON, a
  scammer's alias ("Mette fra regnskab") is a PERSON but the unit is not. Clinics, companies,
  products, placeholders ("[NAVN]", "Patient A") are never PERSON.
- ADDRESS is a private person's address from the street through number, letter, floor and
  side, plus ", postcode town" on the same line or the next line of an address block. An
  organisation's address (ORG_ADDRESSES) and a street without a number are never labelled.
- CPR numbers are synthetic: a real birth date, a seventh digit that suits the century (0-3 in
  the 1900s, 4 for 2000-2005) and a serial that FAILS modulus 11; written "DDMMYY-SSSS",
  "DDMMYYSSSS", "DD MM YY SSSS" or "DDMMYY SSSS". DATE_OF_BIRTH is a full date only straight
  after "født", "f." or "Fødselsdato:"; no other date or clock time is labelled.
- PHONE: Danish mobile and landline numbers in ten written forms (country code inside the
  span) and fiction-range foreign numbers; 70/80 lines of organisations never.
- EMAIL every unmasked address (example.* domains); BANK_ACCOUNT reg.nr. and account written
  together as one span, or only the account where the reg.nr. has its own word; IBAN with valid
  check digits and length; CARD Luhn-valid with a test prefix; CARD_EXPIRY "MM/YY" or
  "MM/YYYY"; CARD_CVV after "CVV", "CVC", "cvc" or "kontrolcifre"; OTP a one-time code (6 or 8
  digits); MITID_USER a MitID user ID; NUMBER_PLATE a Danish plate ("AB 12 345", "AB12345").
- Hard negatives, never labelled: amounts, dates, clock times, booking, invoice, patient and
  journal numbers, CVR numbers, masked values, clinics' 70/80 lines, clinic and company names
  that look like surnames, job titles, streets without a number and organisations' addresses.
  Documents of kind "negative" are the same genres pseudonymised: stand-ins ("[NAVN]",
  "[ADRESSE]", "[TLF]", "[CPR]", "[kode]"), pseudonyms ("Patient A") and masked values only.
  No run of ten or more digits occurs outside a labelled identifier.

Each document is {"id", "genre", "kind", "text", "spans": [{"start", "end", "type"}]}.
``python -m bench.pii_blind108 OUT.jsonl`` writes the set; ``generate()`` returns it.
"""

from __future__ import annotations

import json
import random
import sys
from datetime import date, timedelta
from pathlib import Path

SEED = 108_109
SIZE = 1000
NEGATIVES = 350
GENRES = (
    "faktura_sms",
    "mitid_phishing",
    "afdragsaftale",
    "sygeforsikring",
    "haendelsesnotat",
    "politi_mail",
    "chat",
    "opkaldsnotat",
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
TEST_PREFIXES = ("4111", "5555", "4000", "4012", "5105", "2223")
IBAN_LENGTH = {"DK": 18, "DE": 22, "NO": 15, "SE": 24, "FI": 18}
MOBILE = (
    "20",
    "21",
    "22",
    "26",
    "27",
    "28",
    "29",
    "30",
    "31",
    "40",
    "42",
    "50",
    "53",
    "60",
    "61",
    "91",
)
LANDLINE = ("33", "35", "36", "38", "43", "45", "46", "48", "56", "62", "66", "75", "86", "98")

WOMEN = (
    "Agnete",
    "Bodil",
    "Ingeborg",
    "Sigrid",
    "Johanne",
    "Freja",
    "Asta",
    "Nanna",
    "Ulla",
    "Yasmin",
    "Leyla",
    "Dorthe",
    "Birthe",
    "Signe",
    "Fatima",
    "Tove",
    "Rikke",
    "Aisha",
    "Gunhild",
    "Iben",
    "Olena",
)
MEN = (
    "Karl-Emil",
    "Vagn",
    "Lasse",
    "Tobias",
    "Magnus",
    "Villads",
    "Preben",
    "Hamid",
    "Emre",
    "Kasper",
    "Oskar",
    "Mads",
    "Ahmad",
    "Halfdan",
    "Anders",
    "Jonas",
    "Mikkel",
)
FIRST = WOMEN + MEN
SURNAME = (
    "Holm",
    "Bager",
    "Lykkegaard",
    "Thygesen",
    "Mørup",
    "Dahlerup",
    "Kjeldsen",
    "Brandt",
    "Østergård",
    "Yilmaz",
    "Rahimi",
    "Nørskov",
    "Vestergaard",
    "Kowalski",
    "Abdi",
    "Skov",
    "Hvidberg",
    "Lund-Iversen",
    "Krogh-Madsen",
    "Fogh",
    "Søgaard",
    "Haddad",
    "Nguyen",
    "Ravn",
)
MIDDLE = ("Marie", "Bach", "Louise", "Kirk", "Juul", "Mølgaard", "Ebbesen")
# private streets (labelled when they carry a number) and the towns of the set
STREETS = (
    "Rønnebærvej",
    "Kastanjealle",
    "Tjørnegade",
    "Lærkeparken",
    "Åløkkevej",
    "Mosebuen",
    "Fasanstien",
    "Bøgelunden",
    "Hyldegade",
    "Stationsvej",
    "Møllebakken",
    "Engtoften",
)
TOWNS = (
    "2300 København S",
    "5000 Odense C",
    "8200 Aarhus N",
    "4000 Roskilde",
    "7100 Vejle",
    "9000 Aalborg",
    "6700 Esbjerg",
    "3400 Hillerød",
    "2720 Vanløse",
    "8600 Silkeborg",
)
# the clinics' own addresses: same street endings, numbers and postcodes as private ones
ORG_ADDRESSES = (
    "Tandhjulsvej 14",
    "Kronprinsensgade 31, 2. sal",
    "Smilets Allé 7B",
    "Vestre Havnevej 102",
    "Klinikgade 5, st.",
    "Ørnevej 48, 1. sal",
    "Bryggergade 22",
    "Fabriksparken 9",
)
ORG_TOWNS = ("5000 Odense C", "8200 Aarhus N", "2300 København S", "4000 Roskilde", "7100 Vejle")
CLINICS = (
    "SmilHuset Tandklinikker",
    "Holm & Bager Tandlæger",
    "Tandcenter Nordlys",
    "Bager Jensen Dentallab ApS",
    "Tandforsikring Danholm",
    "Klinik Skov & Ravn",
)
ORG_LINES = ("70 27 14 14", "7027 1414", "80 30 11 22", "70 10 20 99")
PSEUDONYMS = ("Patient A", "Patient B", "Kunde A", "Medarbejder 1", "Medarbejder 2")
ALIAS_UNITS = ("regnskabsafdelingen", "SmilHusets booking", "tandforsikringen", "inkasso")
MONTHS = ("januar", "februar", "marts", "april", "maj", "juni", "juli", "august",
          "september", "oktober", "november", "december")  # fmt: skip
JOBS = ("klinikchef", "tandlæge", "receptionist", "klinikassistent", "tandplejer", "bogholder")


def grouped(compact: str) -> str:
    """The value in groups of four (cards and IBANs)."""
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))


def _ascii(text: str) -> str:
    for a, b in (("æ", "ae"), ("ø", "oe"), ("å", "aa"), ("-", "."), (" ", ".")):
        text = text.lower().replace(a, b)
    return text


class Doc:
    """A text built piece by piece, with its spans (or stand-ins when negative)."""

    def __init__(self, rng: random.Random, negative: bool) -> None:
        self.r, self.neg, self.parts, self.spans = rng, negative, [], []
        self.length = 0

    def t(self, text: str) -> Doc:
        self.parts.append(text)
        self.length += len(text)
        return self

    def v(self, value: str, kind: str, stand_in: str) -> Doc:
        if self.neg:
            return self.t(stand_in)
        self.spans.append({"start": self.length, "end": self.length + len(value), "type": kind})
        return self.t(value)

    def text(self) -> str:
        return "".join(self.parts)

    # values -------------------------------------------------------------------------------
    def name(self, form: str | None = None) -> str:
        r = self.r
        first, last = r.choice(FIRST), r.choice(SURNAME)
        form = form or r.choice(("plain",) * 6 + ("three", "first", "caps", "init", "double"))
        if form == "three":
            return f"{first} {r.choice(MIDDLE)} {last}"
        if form == "first":
            return f"{last}, {first}"
        if form == "caps":
            return f"{first} {last}".upper()
        if form == "init":
            return f"{first[0]}. {last}"
        if form == "double":
            return f"{first} {last}-{r.choice(SURNAME).split('-')[0]}"
        return f"{first} {last}"

    def person(self, form: str | None = None, value: str | None = None) -> Doc:
        return self.v(value or self.name(form), "PERSON", self.r.choice((*PSEUDONYMS, "[NAVN]")))

    def address(self, two_lines: bool | None = None) -> Doc:
        r = self.r
        street = f"{r.choice(STREETS)} {r.randint(1, 160)}{r.choice(('', '', 'A', 'B'))}"
        if r.random() < 0.3:
            street += f", {r.choice(('st.', '1.', '2.', '3.'))} {r.choice(('th', 'tv', 'mf'))}."
        if two_lines is None:
            two_lines = r.random() < 0.5
        sep = "\n" if two_lines else ", "
        return self.v(street + sep + r.choice(TOWNS), "ADDRESS", "[ADRESSE]")

    def cpr(self) -> Doc:
        r = self.r
        while True:
            born = date(1935, 1, 1) + timedelta(days=r.randint(0, 25500))
            if born.year < 2006:
                break
        seventh = "4" if born.year >= 2000 else r.choice("0123")
        while True:
            digits = born.strftime("%d%m%y") + seventh + f"{r.randint(0, 999):03d}"
            if sum(int(c) * w for c, w in zip(digits, WEIGHTS, strict=True)) % 11:
                break
        form = r.randrange(4)
        value = (
            f"{digits[:6]}-{digits[6:]}",
            digits,
            f"{digits[:2]} {digits[2:4]} {digits[4:6]} {digits[6:]}",
            f"{digits[:6]} {digits[6:]}",
        )[form]
        return self.v(value, "CPR", r.choice(("[CPR]", digits[:6] + "-xxxx")))

    def birth(self) -> Doc:
        r = self.r
        born = date(1930, 1, 1) + timedelta(days=r.randint(0, 27000))
        months = MONTHS
        value = r.choice(
            (
                f"{born.day}. {months[born.month - 1]} {born.year}",
                born.strftime("%d.%m.%Y"),
                f"{born.day}/{born.month}-{born.year}",
                born.strftime("%d-%m-%Y"),
            )
        )
        return self.v(value, "DATE_OF_BIRTH", "[fødselsdato]")

    def phone(self) -> Doc:
        r = self.r
        lead = r.choice(MOBILE + LANDLINE)
        d = lead + "".join(r.choice("0123456789") for _ in range(6))
        p = (d[:2], d[2:4], d[4:6], d[6:])
        value = r.choice(
            (
                f"+45 {d}",
                f"+45 {' '.join(p)}",
                f"+45 {d[:4]} {d[4:]}",
                f"{d[:4]} {d[4:]}",
                f"(+45) {' '.join(p)}",
                f"0045 {d}",
                " ".join(p),
                d,
                f"+45{d}",
                ".".join(p),
                f"+44 7700 900{r.randint(0, 999):03d}",
                f"+46 70 174 06 {r.randint(5, 99):02d}",
            )
        )
        return self.v(value, "PHONE", r.choice(("[TLF]", f"+45 ** ** ** {d[6:]}")))

    def email(self, name: str | None = None) -> Doc:
        r = self.r
        user = _ascii(name or self.name("plain")).replace(",", "")
        user = r.choice((user, user.split(".")[0] + str(r.randint(1, 99)), user[:1] + user[-5:]))
        domain = r.choice(("example.dk", "example.com", "mail.example.net", "example.net"))
        masked = f"{user[0]}***@{domain}"
        return self.v(f"{user}@{domain}", "EMAIL", r.choice(("[e-mail]", masked)))

    def masked_mail(self) -> Doc:
        return self.t(f"{self.r.choice('abhkms')}***@example.dk")

    def account(self) -> Doc:
        r = self.r
        reg = f"{r.randint(1100, 9899)}"
        acct = f"{r.randint(0, 10**10 - 1):010d}"
        if r.random() < 0.5:
            return self.v(f"{reg}{r.choice(' -')}{acct}", "BANK_ACCOUNT", "[kontonr.]")
        self.t(f"reg.nr. {reg}, kontonr. ")
        return self.v(acct, "BANK_ACCOUNT", "[kontonr.]")

    def iban(self) -> Doc:
        r = self.r
        country = r.choice(tuple(IBAN_LENGTH))
        bban = "".join(r.choice("0123456789") for _ in range(IBAN_LENGTH[country] - 4))
        check = 98 - int("".join(str(int(c, 36)) for c in bban + country + "00")) % 97
        compact = f"{country}{check:02d}{bban}"
        value = r.choice((compact, grouped(compact)))
        return self.v(value, "IBAN", f"{country}{check:02d}XXXXXXXXXX{bban[-4:]}")

    def card(self) -> Doc:
        r = self.r
        body = r.choice(TEST_PREFIXES) + "".join(r.choice("0123456789") for _ in range(11))
        total = 0
        for i, c in enumerate(reversed(body)):
            n = int(c) * (2 if i % 2 == 0 else 1)
            total += n // 10 + n % 10
        compact = body + str((10 - total % 10) % 10)
        value = r.choice((compact, grouped(compact)))
        return self.v(
            value, "CARD", r.choice(("**** **** **** " + compact[-4:], "******" + compact[-4:]))
        )

    def expiry(self) -> Doc:
        r = self.r
        y = r.randint(26, 31)
        value = f"{r.randint(1, 12):02d}/{r.choice((str(y), f'20{y}'))}"
        return self.v(value, "CARD_EXPIRY", "**/**")

    def cvv(self) -> Doc:
        return self.v(f"{self.r.randint(100, 999)}", "CARD_CVV", "***")

    def otp(self) -> Doc:
        r = self.r
        value = (
            f"{r.randint(0, 999999):06d}" if r.random() < 0.7 else f"{r.randint(0, 10**8 - 1):08d}"
        )
        return self.v(value, "OTP", "[kode]")

    def mitid(self) -> Doc:
        r = self.r
        first = _ascii(r.choice(FIRST)).replace(".", "")
        value = first + r.choice(
            (f"{r.randint(10, 99)}", f"19{r.randint(40, 99)}", f"200{r.randint(0, 5)}")
        )
        return self.v(value, "MITID_USER", "[bruger-id]")

    def plate(self) -> Doc:
        r = self.r
        letters = r.choice("ABCDEFHJKLMNPRSTUVXYZ") + r.choice("ABCDEFHJKLMNPRSTUVXYZ")
        digits = f"{r.randint(10, 99)}{r.randint(100, 999)}"
        value = f"{letters} {digits[:2]} {digits[2:]}" if r.random() < 0.7 else letters + digits
        return self.v(value, "NUMBER_PLATE", f"{letters} ** ***")

    # hard negatives -----------------------------------------------------------------------
    def org_address(self) -> Doc:
        r = self.r
        addr = r.choice(ORG_ADDRESSES)
        tail = r.choice(("", f", {r.choice(ORG_TOWNS)}", f"\n{r.choice(ORG_TOWNS)}"))
        return self.t(addr + tail)

    def amount(self) -> str:
        r = self.r
        kr = r.randint(150, 38000)
        whole = f"{kr:,}".replace(",", ".")
        return r.choice((f"{whole} kr.", f"{whole},{r.randint(0, 99):02d} kr.", f"kr. {whole}"))

    def day(self) -> str:
        r = self.r
        return f"{r.randint(1, 28):02d}.{r.randint(1, 12):02d}.{r.choice(('26', '2026'))}"

    def clock(self) -> str:
        return f"kl. {self.r.randint(7, 19):02d}.{self.r.randint(0, 59):02d}"

    def booking(self) -> str:
        r = self.r
        return r.choice(
            (
                f"BK-26-{r.randint(10000, 99999)}",
                f"FAKT-{r.randint(100000, 999999)}",
                f"pt.nr. {r.randint(10000, 99999)}",
                f"J.nr. 26-{r.randint(1000, 9999)}",
            )
        )

    def cvr(self) -> str:
        return f"CVR-nr. {self.r.randint(10000000, 49999999)}"

    def line(self) -> str:
        return self.r.choice(ORG_LINES)

    def clinic(self) -> str:
        return self.r.choice(CLINICS)


def _genitive(d: Doc) -> str:
    """A genitive name: "Agnetes" or "Agnete Holms" (no first name ends in s)."""
    first = d.r.choice([n for n in FIRST if not n.endswith("s")])
    return first + "s" if d.r.random() < 0.6 else f"{first} {d.r.choice(SURNAME)}s"


def _letterhead(d: Doc) -> None:
    d.t(f"{d.clinic()} · ").org_address()
    d.t(f" · tlf. {d.line()} · {d.cvr()}\n")


def _org_frame(d: Doc) -> None:
    r = d.r
    frame = r.randrange(11)
    if frame == 0:
        d.t("\nDu kan også betale kontant i receptionen, ").org_address()
        d.t(f", hverdage {d.clock()}-16.00.")
    elif frame == 1:
        d.t("\nSend blanketten til vores hovedkontor: ").org_address().t(".")
    elif frame == 2:
        d.t("\nMødested: klinikkens venteværelse, ").org_address().t(".")
    elif frame == 3:
        d.t(f"\nAfdelinger: {r.choice(ORG_ADDRESSES)}; {r.choice(ORG_ADDRESSES)} og ")
        d.org_address().t(".")
    elif frame == 4:
        d.t("\nParkering bag klinikken, indkørsel fra ").org_address().t(" (gratis 2 timer).")
    elif frame == 5:
        d.t("\nReturadresse: Bager Jensen Dentallab ApS, depot, ").org_address()
    elif frame == 6:
        d.t(f"\nÅbningstider i afdelingen på {r.choice(ORG_ADDRESSES)}: man-tors 8-17.")
    elif frame == 8:
        d.t(f"\n{d.clinic()}, hjemsted ").org_address().t(f", {d.cvr()}.")
    elif frame == 9:
        d.t("\nProtesen kan afhentes hos laboratoriet, ").org_address().t(
            " (bagindgangen) efter kl. 10."
        )
    elif frame == 10:
        d.t(f"\n> Den {d.day()} skrev {d.clinic()}:\n> Receptionen, ").org_address()
        d.t("\n> Svar venligst inden fredag.")
    else:
        d.t(f"\nMed venlig hilsen\nReceptionen, {d.clinic()}\n").org_address()
        d.t(f"\nTlf. {d.line()}")


def _extra(d: Doc) -> None:
    """Hard negatives shared by both kinds."""
    r = d.r
    pick = r.randrange(5)
    if pick == 0:
        d.t(f"\nNoteret af {r.choice(JOBS)} {d.clock()}, sag {d.booking()}.")
    elif pick == 1:
        d.t(f"\nKlinikken ligger ved {r.choice(STREETS)}, tæt på stationen.")
    elif pick == 2:
        d.t("\nMaskeret i systemet: kontakt ").masked_mail().t(f" / {d.booking()}.")
    elif pick == 3:
        d.t(f"\nRestbeløb {d.amount()} pr. {d.day()}; {d.cvr()}.")
    else:
        d.t(f"\nSpørgsmål: ring {d.line()} {d.clock()}-15.00.")


def faktura_sms(d: Doc) -> None:
    r = d.r
    d.t(f'SMS fra "{d.clinic().split()[0]}" {d.day()} {d.clock()}:\nKære ')
    d.person(r.choice(("plain", "plain", "caps", None)))
    d.t(
        f". Din regning {d.booking()} på {d.amount()} er ikke betalt. Undgå rykkergebyr: betal via "
        f"smilhuset-betaling.example.com eller overfør til "
    )
    d.account().t(". Ved afdragsordning svar JA.\n")
    d.t("Patienten ringede til receptionen fra ").phone()
    d.t(" og spurgte, om beskeden var ægte. Hun havde allerede indtastet kort ").card()
    d.t(" udløb ").expiry().t(" CVC ").cvv().t(".\n")
    if r.random() < 0.5:
        d.t("Afsender-nummeret i SMS'en var ").phone().t(", ikke vores ").t(d.line()).t(".")


def mitid_phishing(d: Doc) -> None:
    r = d.r
    d.t(
        f"Phishing-rapport {d.booking()}, {d.day()}\n"
        "Falsk side: booking-tandlaege.example.net/mitid\n"
    )
    d.t("Patient: ").person().t(", ").email().t("\n")
    d.t("Indtastet på den falske MitID-side: bruger-id ").mitid().t(", engangskode ").otp()
    d.t(" og CPR ").cpr().t(".\n")
    if r.random() < 0.5:
        d.t("Patienten fik bagefter endnu en kode (").otp().t(") som SMS og ringede os.\n")
    d.t(f"Siden brugte logo fra {d.clinic()} og adressen ")
    d.org_address()
    d.t(" i bunden.")


def afdragsaftale(d: Doc) -> None:
    r = d.r
    _letterhead(d)
    d.t(f"AFDRAGSAFTALE {d.booking()}\n\nPatient:\n").person().t("\n").address(True)
    d.t("\nCPR: ").cpr().t("\nTlf.: ").phone().t("\nE-mail: ").email().t("\n\n")
    d.t(f"Samlet behandling {d.amount()}, afdrag {d.amount()} pr. måned fra {d.day()}. ")
    d.t("Betales via Betalingsservice fra ").account().t(".\n")
    if r.random() < 0.5:
        d.t("Kautionist: ").person().t(", født ").birth().t(", ").address(False).t(".\n")
    d.t("Underskrevet i receptionen, ").org_address().t(".")


def sygeforsikring(d: Doc) -> None:
    r = d.r
    d.t(f"Anmodning om tilskud – {d.clinic()}\nSendes til Tandforsikring Danholm, ")
    d.org_address().t("\n\nMedlemmets navn: ").person(r.choice(("first", "plain", None)))
    d.t("\nFødselsdato: ").birth().t("\nAdresse: ").address(False)
    d.t(f"\nRegning {d.booking()}, {d.amount()}, behandlet {d.day()}.\n")
    d.t("Tilskud udbetales til ")
    if r.random() < 0.5:
        d.iban()
    else:
        d.account()
    d.t('.\nEn falsk "refusion" bad samme dag om kortnummer ').card().t(".")


def haendelsesnotat(d: Doc) -> None:
    r = d.r
    d.t(f"Hændelsesnotat, klinikchef – {d.day()} {d.clock()}\n")
    d.t("En mand, der sagde han hed ").person().t(", kom i receptionen på ").org_address()
    d.t(" og ville hente ").person(value=_genitive(d)).t(" journal. Han kørte i en bil med nummer ")
    d.plate().t(".\n")
    d.t("Receptionist ").person("plain").t(" noterede hans telefon ").phone().t(".\n")
    if r.random() < 0.6:
        d.t("Bilen ").plate().t(" holdt også ved ").address(False).t(" ugen før.\n")
    d.t(f"Sagen er meldt til politiet, {d.booking()}.")


def politi_mail(d: Doc) -> None:
    r = d.r
    sender = d.name("plain")
    d.t("Fra: ").person(value=sender).t(" <").email(sender).t(">\nTil: ")
    d.v("politi.bedrageri@example.dk", "EMAIL", "p***@example.dk")
    d.t(f"\nEmne: Anmeldelse {d.booking()}\n\nVores patient ").person(r.choice(("plain", "three")))
    d.t(", bosat ").address(False).t(", blev snydt for ").t(d.amount())
    d.t(" af en falsk afdragsaftale. Pengene gik til ").iban().t(".\nHun kan kontaktes på ").phone()
    d.t(".\n\nMed venlig hilsen\n").person(value=sender).t(f"\n{r.choice(JOBS).capitalize()}, ")
    d.t(f"{d.clinic()}\n").org_address()


def chat(d: Doc) -> None:
    r = d.r
    patient = d.name("plain")
    staff = r.choice(FIRST)
    low = patient.lower() if r.random() < 0.4 else patient
    p_alias = "Patient A" if d.neg else low
    s_alias = "Medarbejder 1" if d.neg else staff

    minute = r.randint(8 * 60, 17 * 60)

    def say(who: str, is_staff: bool) -> None:
        nonlocal minute
        minute += r.randint(0, 4)
        d.t(f"[{minute // 60:02d}:{minute % 60:02d}] ")
        if d.neg:
            d.t(s_alias if is_staff else p_alias)
        else:
            d.person(value=who)
        d.t(": ")

    say(staff, True)
    d.t(f"Hej, du skriver med {d.clinic()}. Hvad kan jeg hjælpe med?\n")
    say(low, False)
    d.t("jeg fik en sms om en regning, mit nr er ").phone().t("\n")
    say(staff, True)
    d.t("Den er ikke fra os. Vi skriver aldrig efter kode. Har du givet koden ").otp().t("?\n")
    say(low, False)
    d.t("ja og mit cpr ").cpr().t(" og kort ").card().t("\n")
    say(staff, True)
    d.t("Ring til din bank. Du er velkommen i receptionen på ").org_address().t(".\n")


def opkaldsnotat(d: Doc) -> None:
    r = d.r
    d.t(f"Opkaldsnotat {d.day()} {d.clock()}, {d.booking()}\nOpringer: ").person()
    d.t(", tlf. ").phone().t("\n")
    d.t("Opringeren fortalte, at en kvinde præsenterede sig som ")
    d.person(value=r.choice(FIRST)).t(f" fra {r.choice(ALIAS_UNITS)} og bad om kortnummer ")
    d.card().t(", udløb ").expiry().t(" og kontrolcifre ").cvv().t(".\n")
    if r.random() < 0.5:
        d.t("Hun oplyste også sin adresse:\n").address(True).t("\n")
    d.t(f"Henvist til at betale {d.amount()} personligt i ").org_address().t(".")


BUILDERS = {
    "faktura_sms": faktura_sms,
    "mitid_phishing": mitid_phishing,
    "afdragsaftale": afdragsaftale,
    "sygeforsikring": sygeforsikring,
    "haendelsesnotat": haendelsesnotat,
    "politi_mail": politi_mail,
    "chat": chat,
    "opkaldsnotat": opkaldsnotat,
}


def generate(seed: int = SEED, size: int = SIZE) -> list[dict]:
    """The set: `size` documents, 35 % of them pseudonymised negatives, genres in turn."""
    rng = random.Random(seed)
    negatives = round(size * NEGATIVES / SIZE)
    kinds = ["negative"] * negatives + ["positive"] * (size - negatives)
    rng.shuffle(kinds)
    docs, seen = [], set()
    for i in range(size):
        genre = GENRES[i % len(GENRES)]
        while True:
            d = Doc(rng, kinds[i] == "negative")
            if rng.random() < 0.4:
                _letterhead(d)
            BUILDERS[genre](d)
            if rng.random() < 0.6:
                _org_frame(d)
            _extra(d)
            text = d.text()
            if text not in seen:
                break
        seen.add(text)
        docs.append(
            {
                "id": f"pii_blind108-{i:04d}",
                "genre": genre,
                "kind": kinds[i],
                "text": text,
                "spans": d.spans,
            }
        )
    return docs


def main(argv: list[str]) -> None:
    out = Path(argv[1]) if len(argv) > 1 else Path(__file__).parent / "data" / "pii_blind108.jsonl"
    with out.open("w", encoding="utf-8") as fh:
        for doc in generate():
            fh.write(json.dumps(doc, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main(sys.argv)
