"""A twenty-ninth blind, seeded generator of Danish text with labelled personal data (issue 18).

Written without looking at the recognisers, their word lists or the earlier generators' bodies,
as a held-out test set with its own names, streets and towns. Its theme is HOUSING, CARS AND BIG
PURCHASES: fraud in property, rental, car and boat trades as Danish estate agents, lawyers,
banks, car dealers, the motor authority and the police handle it, in eight genres: an estate
agent's file on a fake buyer's deposit (deed and case numbers; buyer's and seller's names,
addresses, CPR, the escrow account), a lawyer's letter about a hijacked property sale where the
payment account was changed by e-mail (reg.nr./account, IBAN), a rental-deposit scam on a
housing portal (the "landlord's" messages, the tenant's MobilePay number, e-mail), a car
dealer's notes on a buyer paying with a stolen card (card, expiry, CVV, number plates, VINs), a
private car sale on a marketplace where a fake "escrow service" mail asked for MitID codes (OTP,
MitID user ID), a bank's mortgage department's fraud notes (customers, addresses, accounts,
phones), a boat-sale advance-fee scam in Danish, Swedish and English (foreign numbers from
fiction ranges) and the police report of a fake moving company holding goods hostage. The names
are those of Danes of all ages, Danes with roots elsewhere ("Yasmin Haddad", "Nguyen Duc Anh"),
double surnames ("Kragh-Lindholm") and the firms' own staff. No passport or driving-licence
numbers occur, neither labelled nor as negatives.

Conventions (exact offsets are scored):
- PERSON is a name as written, without title or role ("ejendomsmægler", "advokat", "køber");
  "Kragh, Mette" is one span; a genitive s belongs to it ("Mettes"); a lower-case name typed
  in a chat message ("sofie") is PERSON. A scammer's alias ("Henrik fra Fjordhus Deponering") is
  PERSON, the firm is not. Organisations, products, placeholders ("[NAVN]", "Sælger A",
  "Køber 2", "Mægler B") and family words ("min svigerfar") are never PERSON.
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
  occur as personal numbers here), written "+45 20304050", "+45 20 30 40 50", "2030 4050",
  "(+45) 20 30 40 50", "0045 20304050", "20 30 40 50", "20304050", "+4520304050" or
  "20.30.40.50", the country code (with its brackets) inside the span, and foreign numbers
  from fiction-reserved ranges only, "+44 7700 900xxx" and "+46 70 174 06 xx" (xx 05-99).
  A MobilePay number is a PHONE. An organisation's number (70/80 lines, 112, 114, 1813, SMS
  short codes) is never PHONE.
- EMAIL: every e-mail address (all on example.* domains), each occurrence, staff's too.
- BANK_ACCOUNT: reg.nr. and account written together ("1234-1234567890", "1234 1234567890")
  are one span; where the reg.nr. has its own word ("reg. 1234 konto 12345678", "reg.nr. 1234,
  kontonr. 0012345678") only the account is the span. IBAN: valid check digits and the
  country's length (IBAN_LENGTH), grouped by four or compact. CARD: Luhn-valid with a published
  test prefix (TEST_PREFIXES), grouped by four or compact; CARD_EXPIRY "MM/YY" or "MM/YYYY";
  CARD_CVV 3 digits after "CVV", "cvc", "CVC" or "kontrolcifre". OTP: a one-time code sent,
  asked for or given (6 or 8 digits); MITID_USER a MitID user ID given as such; NUMBER_PLATE a
  Danish plate ("BK 41 207", "BK41207").
- Hard negatives, never labelled: amounts ("2.450.000 kr.", "kr. 18.500"), dates and clock
  times ("12.03.2026", "kl. 09.14"), deed numbers ("dato/løbenr. 12.03.2026-1004567-01"), case,
  journal, order and report numbers, chassis numbers (VIN, 17 characters), CVR numbers, masked
  values ("040652-xxxx", "+45 ** ** ** 31", "a***@example.dk", "**** **** **** 1111",
  "****4417", "DK71XXXXXXXXXX0932"), organisations' 70/80 and short numbers, banks, firms,
  products, pseudonym labels ("Sælger A", "Køber 2", "Mægler B") and family words. Documents
  of kind "negative" are the same genres after pseudonymisation: only such values remain. No
  run of ten or more digits occurs outside a labelled identifier.

Each document is {"id", "genre", "kind", "text", "spans": [{"start", "end", "type"}]}.
``python -m bench.pii_blind28 OUT.jsonl`` writes the set; ``generate()`` returns it.
"""

from __future__ import annotations

import json
import random
import sys
from collections.abc import Callable, Sequence
from datetime import date, timedelta
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")

SEED = 28_2929
SIZE = 1000
NEGATIVES = 350

TYPES = (
    "PERSON", "ADDRESS", "CPR", "DATE_OF_BIRTH", "PHONE", "EMAIL", "BANK_ACCOUNT", "IBAN",
    "CARD", "CARD_EXPIRY", "CARD_CVV", "OTP", "MITID_USER", "NUMBER_PLATE",
)  # fmt: skip
WEIGHTS = (4, 3, 2, 7, 6, 5, 4, 3, 2, 1)
TEST_PREFIXES = ("411111", "424242", "400056", "555555", "510510", "222300")
IBAN_LENGTH = {"DK": 18, "SE": 24, "NO": 15, "DE": 22, "FI": 18}
MOBILE = ("20", "21", "22", "23", "24", "25", "26", "27", "28", "29", "30", "31", "40", "41",
          "42", "50", "51", "52", "53", "60", "61", "71", "81", "91", "93")  # fmt: skip
LANDLINE = ("32", "33", "35", "36", "38", "39", "43", "44", "45", "46", "47", "48", "49", "54",
            "56", "57", "58", "59", "62", "63", "64", "65", "66", "69", "72", "73", "74", "75",
            "76", "86", "87", "89", "96", "97", "98", "99")  # fmt: skip

WOMEN = ("Ingrid", "Sofie", "Mette", "Birthe", "Karen", "Lærke", "Freja", "Asta", "Yasmin",
         "Fatima", "Hanne", "Lone", "Pernille", "Signe", "Ida", "Camilla", "Aylin", "Nadia",
         "Vibeke", "Ulla", "Tove", "Marianne", "Rikke", "Sanne", "Josefine", "Emma", "Linh",
         "Zainab", "Ewa", "Agnete", "Gudrun", "Bente", "Dorthe", "Malou")  # fmt: skip
MEN = ("Henrik", "Søren", "Jens", "Mikkel", "Kasper", "Anders", "Torben", "Poul", "Niels",
       "Erik", "Ahmad", "Omar", "Tariq", "Jonas", "Magnus", "Emil", "Frederik", "Villads",
       "Bjarne", "Flemming", "Kim", "Rasmus", "Mads", "Thomas", "Piotr", "Duc", "Hassan",
       "Leif", "Ove", "Carsten", "Bent", "Aksel", "Mehmet", "Valdemar")  # fmt: skip
SURNAMES = ("Kragh", "Lindholm", "Vestergaard", "Mikkelsen", "Thygesen", "Bundgaard", "Skovbo",
            "Dalsgaard", "Juul", "Østergaard", "Kjærsgaard", "Abdi", "Yilmaz", "Nguyen",
            "Kowalski", "Haddad", "Rask", "Brix", "Bisgaard", "Fogh", "Riis", "Ebbesen",
            "Hvidberg", "Svendsen", "Toft", "Mølgaard", "Hedegaard", "Laursen", "Winther",
            "Overgaard", "Bech", "Holmboe", "Nørskov", "Akhtar", "Sørensen", "Gram")  # fmt: skip
MIDDLE = ("Marie", "Louise", "Kristian", "Bach", "Vang", "Holm", "Skov", "Due", "Elmo")
STREETS = ("Hvedevænget", "Skovbrynet", "Lærkevej", "Fiskergade", "Stationsvej", "Bakkedraget",
           "Møllegårdsvej", "Strandparken", "Rosenørns Allé", "Kirkestien", "Vibevej",
           "Havnegade", "Toftevej", "Egeskovvej", "Nørre Allé", "Gl. Kongevej", "Ravnsøvej",
           "Kløvermarken", "Bøgelunden", "Sandagervej", "Tjørnehaven", "Pilekrogen",
           "Fyrrevangen", "Ulvsborgvej", "Kalkbrænderivej", "Mosegårdsparken")  # fmt: skip
TOWNS = ("8600 Silkeborg", "4700 Næstved", "6000 Kolding", "2650 Hvidovre", "9000 Aalborg",
         "5700 Svendborg", "7400 Herning", "3000 Helsingør", "8900 Randers", "2300 København S",
         "4000 Roskilde", "6700 Esbjerg", "8000 Aarhus C", "7100 Vejle", "3400 Hillerød",
         "5000 Odense C", "4873 Væggerløse", "8732 Hovedgård", "6950 Ringkøbing",
         "4690 Haslev", "9490 Pandrup", "3300 Frederiksværk")  # fmt: skip
MONTHS = ("januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december")  # fmt: skip
DOMAINS = ("example.dk", "example.com", "example.net", "example.org", "post.example.dk")

BANKS = ("Fjordbanken", "Lyngby Realkredit", "Nordkyst Sparekasse", "Vestjysk Andelskasse",
         "Hedeland Bank")  # fmt: skip
FIRMS = ("Boligkompagniet Egeland", "Advokatfirmaet Brink & Holt", "Havnens Bilcenter",
         "Lejeportalen Bolignu", "Trygt Køb Escrow", "Sundby Flytteservice", "Bådmarked Norden",
         "Motorstyrelsen")  # fmt: skip
PSEUDONYMS = ("Sælger A", "Sælger B", "Køber 1", "Køber 2", "Mægler B", "Lejer 1", "Udlejer C",
              "Kunde 3", "Anmelder A", "Vidne 2")  # fmt: skip
ORG_LINES = ("70 22 14 60", "70 11 38 90", "80 20 41 41", "70224418", "80 33 12 12", "114",
             "1813")  # fmt: skip

GENRES = (
    "maegler_deponering", "advokat_kapret_salg", "lejebolig_depositum", "bilforhandler_kort",
    "privat_bilsalg_mitid", "realkredit_notat", "baadsalg_forskud", "flyttefirma_politi",
)  # fmt: skip

ASCII = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "é": "e"})


def grouped(compact: str) -> str:
    """The value in groups of four."""
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))


class Doc:
    """A document under construction: text pieces and labelled spans, or stand-ins if negative."""

    def __init__(self, rng: random.Random, negative: bool) -> None:
        self.rng, self.neg, self.n = rng, negative, 0
        self.parts: list[str] = []
        self.spans: list[dict] = []

    def t(self, text: str) -> None:
        self.parts.append(text)
        self.n += len(text)

    def lab(self, value: str, kind: str, stand_in: str) -> None:
        if self.neg:
            self.t(stand_in)
            return
        self.spans.append({"start": self.n, "end": self.n + len(value), "type": kind})
        self.t(value)

    def pick(self, seq: Sequence[T]) -> T:
        return self.rng.choice(seq)

    def digits(self, k: int) -> str:
        return "".join(str(self.rng.randint(0, 9)) for _ in range(k))

    # --- people ----------------------------------------------------------------------------
    def person(self) -> dict:
        r = self.rng
        first = r.choice(WOMEN + MEN)
        last = r.choice(SURNAMES)
        if r.random() < 0.3:
            last = f"{last}-{r.choice([s for s in SURNAMES if s != last])}"
        middle = r.choice(MIDDLE) if r.random() < 0.35 else ""
        return {"first": first, "last": last, "middle": middle}

    def name(self, p: dict, form: str = "full", role: str | None = None) -> None:
        full = " ".join(x for x in (p["first"], p["middle"], p["last"]) if x)
        value = {
            "full": full,
            "short": f"{p['first']} {p['last']}",
            "first": p["first"],
            "gen": p["first"] + ("'" if p["first"][-1] in "sxz" else "s"),
            "comma": f"{p['last']}, {p['first']}",
            "initial": f"{p['first'][0]}. {p['last']}",
            "upper": f"{p['first']} {p['last']}".upper(),
            "lower": p["first"].lower(),
        }[form]
        if form == "gen" and value.endswith("'"):
            value = value[:-1]
            self.lab(value, "PERSON", role or "[NAVN]")
            self.t("'")
            return
        self.lab(value, "PERSON", role or self.pick(("[NAVN]", *PSEUDONYMS)))

    def any_form(self) -> str:
        return self.pick(("full", "short", "comma", "initial", "upper", "full", "short"))

    # --- identifiers -----------------------------------------------------------------------
    def address(self, block: bool = False, town: bool = True) -> None:
        r = self.rng
        v = f"{r.choice(STREETS)} {r.randint(1, 148)}"
        if r.random() < 0.3:
            v += r.choice("ABC")
        if r.random() < 0.35:
            v += ", " + r.choice(("st. tv.", "st. th.", "1. tv.", "2. th.", "3. mf.", "4. tv.",
                                  "st. mf.", "2. tv."))  # fmt: skip
        if town:
            v += ("\n" if block else ", ") + r.choice(TOWNS)
        self.lab(v, "ADDRESS", "[ADRESSE]")

    def birth(self) -> date:
        return date(1936, 1, 1) + timedelta(days=self.rng.randint(0, 25_500))

    def cpr(self, born: date | None = None) -> date:
        born = born or self.birth()
        while True:
            d7 = "4" if born.year >= 2000 else self.pick("0123")
            n = born.strftime("%d%m%y") + d7 + self.digits(3)
            if sum(int(c) * w for c, w in zip(n, WEIGHTS, strict=True)) % 11:
                break
        v = self.pick((f"{n[:6]}-{n[6:]}", n, f"{n[:2]} {n[2:4]} {n[4:6]} {n[6:]}",
                       f"{n[:6]} {n[6:]}"))  # fmt: skip
        self.lab(v, "CPR", self.pick(("[CPR]", f"{n[:6]}-xxxx", f"{n[:6]}-****")))
        return born

    def dob(self, born: date) -> None:
        d, m, y = born.day, born.month, born.year
        v = self.pick((f"{d}. {MONTHS[m - 1]} {y}", f"{d:02d}.{m:02d}.{y}", f"{d}/{m}-{y}",
                       f"{d:02d}-{m:02d}-{y}"))  # fmt: skip
        self.lab(v, "DATE_OF_BIRTH", "[dato]")

    def phone(self, foreign: str | None = None) -> None:
        if foreign == "44":
            v = f"+44 7700 900{self.digits(3)}"
        elif foreign == "46":
            v = f"+46 70 174 06 {self.rng.randint(5, 99):02d}"
        else:
            a = self.pick(MOBILE + LANDLINE) if self.rng.random() < 0.3 else self.pick(MOBILE)
            b = self.digits(6)
            p = [a, b[:2], b[2:4], b[4:]]
            v = self.pick((
                f"+45 {a}{b}", f"+45 {' '.join(p)}", f"+45 {a}{b[:2]} {b[2:]}",
                f"{a}{b[:2]} {b[2:]}", f"(+45) {' '.join(p)}", f"0045 {a}{b}",
                " ".join(p), f"{a}{b}", f"+45{a}{b}", ".".join(p),
            ))  # fmt: skip
        self.lab(v, "PHONE", self.pick(("[TLF]", f"+45 ** ** ** {self.digits(2)}")))

    def email(self, p: dict | None = None, local: str | None = None) -> None:
        if local is None:
            p = p or self.person()
            f, lst = p["first"].lower().translate(ASCII), p["last"].lower().translate(ASCII)
            lst = lst.replace("-", ".")
            local = self.pick((f"{f}.{lst}", f"{f}{self.digits(2)}", f"{f[0]}{lst}", f"{f}_{lst}"))
        v = f"{local}@{self.pick(DOMAINS)}"
        self.lab(v, "EMAIL", self.pick(("[e-mail]", f"{local[0]}***@{self.pick(DOMAINS)}")))

    def account(self, joined: bool | None = None) -> None:
        reg = f"{self.rng.randint(1, 9)}{self.digits(3)}"
        acc = self.digits(10) if self.rng.random() < 0.6 else self.digits(self.rng.randint(7, 9))
        masked = self.pick(("[kontonr.]", f"****{acc[-4:]}"))
        if joined is None:
            joined = self.rng.random() < 0.55
        if joined:
            self.lab(f"{reg}{self.pick('- ')}{acc}", "BANK_ACCOUNT", masked)
        else:
            self.t(self.pick((f"reg.nr. {reg}, kontonr. ", f"reg. {reg} konto ",
                              f"reg.nr. {reg} og kontonummer ")))  # fmt: skip
            self.lab(acc, "BANK_ACCOUNT", masked)

    def iban(self, country: str = "DK") -> None:
        bban = self.digits(IBAN_LENGTH[country] - 4)
        num = int("".join(str(int(c, 36)) for c in bban + country + "00"))
        compact = f"{country}{98 - num % 97:02d}{bban}"
        v = grouped(compact) if self.rng.random() < 0.6 else compact
        self.lab(v, "IBAN", f"{country}{compact[2:4]}{'X' * (len(compact) - 8)}{compact[-4:]}")

    def card(self) -> None:
        body = self.pick(TEST_PREFIXES) + self.digits(9)
        total = 0
        for i, c in enumerate(reversed(body)):
            k = int(c) * (2 if i % 2 == 0 else 1)
            total += k // 10 + k % 10
        compact = body + str((10 - total % 10) % 10)
        v = grouped(compact) if self.rng.random() < 0.65 else compact
        self.lab(v, "CARD", self.pick((f"**** **** **** {compact[-4:]}", f"******{compact[-4:]}")))

    def expiry(self) -> None:
        m, y = self.rng.randint(1, 12), self.rng.randint(26, 31)
        v = f"{m:02d}/{y}" if self.rng.random() < 0.7 else f"{m:02d}/20{y}"
        self.lab(v, "CARD_EXPIRY", "[udløb]")

    def cvv(self) -> None:
        self.t(self.pick(("CVV ", "cvc ", "CVC ", "kontrolcifre ")))
        self.lab(self.digits(3), "CARD_CVV", "[***]")

    def otp(self) -> None:
        self.lab(self.digits(self.pick((6, 6, 8))), "OTP", "[kode]")

    def mitid(self, p: dict) -> None:
        f = p["first"].lower().translate(ASCII)
        lst = p["last"].split("-")[0].lower().translate(ASCII)
        tail = self.pick((self.digits(2), str(self.rng.randint(1940, 2005))))
        self.lab(self.pick((f, f + lst, f + lst[:3])) + tail, "MITID_USER", "[bruger-id]")

    def plate(self) -> None:
        letters = "".join(self.pick("ABCDEHJKLMNPRSTUVXYZ") for _ in range(2))
        n = f"{self.rng.randint(10, 99)}{self.rng.randint(100, 999)}"
        v = f"{letters} {n[:2]} {n[2:]}" if self.rng.random() < 0.7 else f"{letters}{n}"
        self.lab(v, "NUMBER_PLATE", "[nummerplade]")

    # --- hard negatives, same in both kinds ---------------------------------------------------
    def day(self) -> str:
        return f"{self.rng.randint(1, 28):02d}.{self.rng.randint(1, 12):02d}.2026"

    def clock(self) -> str:
        return f"kl. {self.rng.randint(7, 22):02d}.{self.rng.randint(0, 59):02d}"

    def amount(self, lo: int, hi: int) -> str:
        n = self.rng.randint(lo, hi) * 100
        s = f"{n:,}".replace(",", ".")
        return self.pick((f"{s} kr.", f"kr. {s}", f"{s},00 kr", f"DKK {s}"))

    def case(self) -> str:
        return self.pick((
            f"sag nr. 2026-{self.digits(5)}",
            f"J.nr. {self.digits(4)}-26-{self.digits(3)}",
            f"anmeldelse {self.digits(4)}-{self.digits(5)}-{self.digits(3)}-26",
        ))  # fmt: skip

    def deed(self) -> str:
        return (
            f"dato/løbenr. {self.day()}-{self.rng.randint(1_000_000, 1_999_999)}-{self.digits(2)}"
        )

    def vin(self) -> str:
        wmi = self.pick(("WVW", "WBA", "VF1", "YV1", "TMB", "ZFA", "WF0", "SJN"))
        vds = "".join(self.pick("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(5))
        tail = self.pick("0123456789X") + self.pick("KLMNPRS") + self.pick("ABCDE")
        return f"{wmi}{vds}{tail}{self.digits(6)}"

    def cvr(self) -> str:
        return f"CVR {self.rng.randint(10, 99)} {self.digits(2)} {self.digits(2)} {self.digits(2)}"

    def org(self) -> str:
        return self.pick(ORG_LINES)


# --- genres ------------------------------------------------------------------------------------


def estate_agent(d: Doc) -> None:
    seller, buyer, agent = d.person(), d.person(), d.person()
    d.t(f"{d.pick((*FIRMS[:1], 'Mæglerhuset Kystlinjen', 'Bolig & Bo Midt'))}, sagsmappe "
        f"{d.case()}\nOprettet {d.day()} {d.clock()} af ejendomsmægler ")  # fmt: skip
    d.name(agent, "short", "Mægler B")
    d.t("\n\nEjendom: ")
    d.address()
    d.t(f"\nTinglyst skøde: {d.deed()}\nKøbesum: {d.amount(9_000, 49_000)}\n\nSælger: ")
    d.name(seller, d.any_form(), "Sælger A")
    d.t(", CPR ")
    born = d.cpr()
    d.t("\nSælgers adresse:\n")
    d.address(block=True)
    d.t("\nKøber (angivet): ")
    d.name(buyer, d.pick(("full", "comma", "upper")), "Køber 1")
    d.t(", f. ")
    d.dob(d.birth())
    d.t(", tlf. ")
    d.phone()
    d.t(", mail ")
    d.email(buyer)
    d.t(f"\n\nDeponeringskonto (oplyst af køber): {d.pick(BANKS)}, ")
    d.account()
    d.t(f"\nDeponering på {d.amount(1_000, 9_000)} blev meldt indbetalt {d.day()}, men beløbet "
        "kom aldrig frem. Bankens kvittering var et redigeret skærmbillede.\n")  # fmt: skip
    d.name(seller, "gen", "Sælger A")
    d.t(" datter ringede fra ")
    d.phone()
    d.t(" og spurgte, om skødet kunne underskrives alligevel. Sælger er ")
    d.t(f"{date(2026, 1, 1).year - born.year} år og har ingen medkøber. ")
    d.t(f"Sagen er sendt til {d.pick(BANKS)} og politiet (tlf. {d.org()}).\n")
    d.t("Ansvarlig: ")
    d.name(agent, "initial", "Mægler B")
    d.t(", ")
    d.email(agent)


def lawyer_letter(d: Doc) -> None:
    client, lawyer, fake = d.person(), d.person(), d.person()
    d.t("Advokatfirmaet Brink & Holt\n")
    d.t(f"{d.cvr()}\n\n")
    d.name(client, "full", "Sælger A")
    d.t("\n")
    d.address(block=True)
    d.t(f"\n\n{d.day()}\nVores ref.: {d.case()}\n\nVedr. handlen om ")
    d.address(town=d.rng.random() < 0.5)
    d.t("\n\nKære ")
    d.name(client, "first", "Sælger A")
    d.t(f"\n\nSom aftalt på telefon i går {d.clock()} bekræfter jeg, at købesummen på "
        f"{d.amount(12_000, 60_000)} ikke er gået til dig. Den {d.day()} fik køberens bank en mail "
        "fra en adresse, der lignede vores, ")  # fmt: skip
    d.email(lawyer)
    d.t(", men som var ")
    d.email(local=f"{lawyer['first'].lower().translate(ASCII)}.advokat")
    d.t(". Heri bad »")
    d.name(fake, "short")
    d.t("« om at ændre betalingskontoen fra den korrekte klientkonto ")
    d.account(joined=True)
    d.t(" til ")
    d.account()
    d.t(" og, for udenlandske midler, til IBAN ")
    d.iban(d.pick(("DK", "DK", "DE", "SE", "FI")))
    d.t(".\n\nDin korrekte udbetalingskonto er fortsat IBAN ")
    d.iban("DK")
    d.t(f" i {d.pick(BANKS)}. Vi har anmeldt forholdet til politiet ({d.case()}) og til "
        "køberens bank. Kontakt mig gerne direkte på ")  # fmt: skip
    d.phone()
    d.t(" – ikke via det nummer, der stod i den falske mail (")
    d.phone()
    d.t(").\n\nMed venlig hilsen\n\n")
    d.name(lawyer, d.pick(("short", "full")), "[NAVN]")
    d.t("\nadvokat (H)\n")
    d.email(lawyer)


def rental_scam(d: Doc) -> None:
    tenant, landlord = d.person(), d.person()
    d.t(f"Lejeportalen Bolignu – beskedtråd, annonce {d.digits(6)}\n\n")
    d.t(f"[{d.day()} {d.clock()[4:]}] ")
    d.name(landlord, "short", "Udlejer C")
    d.t(": Hej! Lejligheden på ")
    d.address(town=d.rng.random() < 0.6)
    d.t(f" er stadig ledig. Husleje {d.amount(50, 150)} pr. md. Jeg bor i udlandet, så nøglen "
        "sendes med posten, når depositum er betalt.\n")  # fmt: skip
    d.t(f"[{d.day()} {d.clock()[4:]}] ")
    d.name(tenant, "first", "Lejer 1")
    d.t(": Super, kan jeg se den først? Min mail er ")
    d.email(tenant)
    d.t(" og MobilePay ")
    d.phone()
    d.t(f"\n[{d.day()} {d.clock()[4:]}] ")
    d.name(landlord, "first", "Udlejer C")
    d.t(f": Desværre ikke. Send {d.amount(150, 450)} i depositum til ")
    d.account()
    d.t(" så kontrakten kan oprettes. Skriv dit fulde navn og CPR, så jeg kan lave den.\n")
    d.t(f"[{d.day()} {d.clock()[4:]}] ")
    d.name(tenant, "first", "Lejer 1")
    d.t(": ok. ")
    d.name(tenant, "short", "Lejer 1")
    d.t(", ")
    d.cpr()
    d.t(". nuværende adresse ")
    d.address()
    d.t("\n[")
    d.t(f"{d.day()} {d.clock()[4:]}] ")
    d.name(landlord, "first", "Udlejer C")
    d.t(": Tak. Portalen har sendt dig en kode til bekræftelse, skriv den her.\n")
    d.t(f"[{d.day()} {d.clock()[4:]}] ")
    d.name(tenant, "first", "Lejer 1")
    d.t(": den er ")
    d.otp()
    d.t(" mvh ")
    d.name(tenant, "lower", "lejer 1")
    d.t("\n\nPortalens note: Annoncen er fjernet. Udlejerens profil brugte ")
    d.email(landlord)
    d.t(" og telefon ")
    d.phone()
    d.t(f". Lejeren er rådet til at ringe til banken og politiet på {d.org()}.")


def car_dealer(d: Doc) -> None:
    buyer, seller_staff, holder = d.person(), d.person(), d.person()
    d.t(f"Havnens Bilcenter – interne noter, ordre #{d.digits(6)}\nSælger: ")
    d.name(seller_staff, "initial", "[NAVN]")
    d.t(f"\n\n{d.day()} {d.clock()}: Kunde præsenterede sig som ")
    d.name(buyer, d.any_form(), "Køber 2")
    d.t(", bopæl ")
    d.address()
    d.t(", mobil ")
    d.phone()
    d.t(f". Ønskede at købe bil med stelnr. {d.vin()} ({d.amount(1_500, 6_000)}), nummerplade ")
    d.plate()
    d.t(", og betale straks med kort.\nKort: ")
    d.card()
    d.t(", udløb ")
    d.expiry()
    d.t(", ")
    d.cvv()
    d.t(". Navn på kortet: ")
    d.name(holder, "upper", "[NAVN]")
    d.t(" – ikke kundens eget.\nAndet forsøg med ")
    d.card()
    d.t(" (udl. ")
    d.expiry()
    d.t(", ")
    d.cvv()
    d.t(f") blev afvist. Kunden ville tage bilen med det samme og efterlade sin gamle "
        f"(stelnr. {d.vin()}, plade ")  # fmt: skip
    d.plate()
    d.t(f").\n\nKortindløser bekræftede {d.clock()}: kortet er meldt stjålet af ")
    d.name(holder, "comma", "Kunde 3")
    d.t(". Kunden forlod forretningen. Kontakt: ")
    d.email(buyer)
    d.t(f". Politiet underrettet på {d.org()}, {d.case()}. Motorstyrelsen orienteret om "
        "nummerpladerne.")  # fmt: skip


def private_sale(d: Doc) -> None:
    seller, buyer = d.person(), d.person()
    d.t("Anmeldelse til markedspladsen – privat bilsalg\nSælger: ")
    d.name(seller, "full", "Sælger A")
    d.t(", ")
    d.email(seller)
    d.t(f"\nAnnonce: {d.pick(('Skoda Octavia', 'VW Passat', 'Toyota Yaris', 'Volvo V60'))}, "
        "reg.nr. ")  # fmt: skip
    d.plate()
    d.t(f", stelnr. {d.vin()}, pris {d.amount(300, 3_000)}\n\nKøber ")
    d.name(buyer, "short", "Køber 2")
    d.t(" skrev fra ")
    d.phone()
    d.t(f" og foreslog at bruge »Trygt Køb Escrow«. {d.day()} {d.clock()} kom en mail:\n\n"
        "> Fra: Trygt Køb Escrow <")  # fmt: skip
    d.email(local=d.pick(("sikker.handel", "escrow.dk", "betaling.service")))
    d.t(">\n> Kære ")
    d.name(seller, "first", "Sælger A")
    d.t(
        ", køberen har deponeret beløbet. For at frigive det skal du bekræfte med MitID.\n"
        "> Skriv dit bruger-ID og den kode, du modtager i appen.\n\nJeg svarede med bruger-ID "
    )
    d.mitid(seller)
    d.t(" og koden ")
    d.otp()
    d.t(". Lidt efter kom en ny kode ")
    d.otp()
    d.t(", som jeg også sendte. Derefter var der oprettet et lån i mit navn og overført penge fra ")
    d.account()
    d.t(".\nKøberens »kontaktperson«, ")
    d.name(d.person(), "first")
    d.t(" fra Trygt Køb Escrow, ringede fra ")
    d.phone()
    d.t(f".\n\nMarkedspladsens svar ({d.case()}): Profilen er lukket. Vi beder aldrig om "
        "MitID-koder. Mit eget CPR ")  # fmt: skip
    d.cpr()
    d.t(" har jeg spærret hos banken.")


def mortgage_notes(d: Doc) -> None:
    c1, c2, staff = d.person(), d.person(), d.person()
    d.t(f"{d.pick(BANKS)}, realkreditafdelingen – svindelnotat {d.case()}\n")
    d.t("Rådgiver: ")
    d.name(staff, "initial", "[NAVN]")
    d.t(" (")
    d.email(staff)
    d.t(")\n\nKunde 1: ")
    d.name(c1, d.any_form(), "Kunde 3")
    d.t(", CPR ")
    born = d.cpr()
    d.t(", født ")
    d.dob(born)
    d.t("\nKunde 2: ")
    d.name(c2, d.any_form(), "Kunde 3")
    d.t(", Fødselsdato: ")
    d.dob(d.birth())
    d.t("\nPant i: ")
    d.address()
    d.t(f", lån {d.amount(5_000, 30_000)}\n\n{d.day()} {d.clock()}: Ansøgning om tillægslån "
        "indsendt via netbank. MitID-login med bruger-ID ")  # fmt: skip
    d.mitid(c1)
    d.t(" fra en ukendt enhed. Udbetaling bedt sat til ")
    d.account()
    d.t(" i stedet for kundens faste konto ")
    d.account()
    d.t(".\nRingede kunden op på ")
    d.phone()
    d.t(": ")
    d.name(c1, "first", "Kunde 3")
    d.t(" oplyste, at en »medarbejder« havde ringet og bedt om koden ")
    d.otp()
    d.t(". Kunde 2 (Køber 2 i handlen) bekræftede på ")
    d.phone()
    d.t(
        ".\nLånet er stoppet, kr. 0 udbetalt. Sag sendt til Finans Danmark og politiet "
        f"({d.org()})."
    )


def boat_sale(d: Doc) -> None:
    buyer, seller = d.person(), d.person()
    d.t(f"Bådmarked Norden – supporttråd {d.case()}\n\nKøber ")
    d.name(buyer, "short", "Køber 1")
    d.t(" (")
    d.email(buyer)
    d.t(f") skriver: Jeg ville købe en motorbåd til {d.amount(800, 4_000)} af en svensk sælger, "
        "»")  # fmt: skip
    d.name(seller, "short", "Sælger B")
    d.t("«, tlf. ")
    d.phone("46")
    d.t(". Han skrev:\n\n> Hej! Båten ligger i Göteborg. Du betalar bara transporten till Danmark, "
        f"{d.amount(40, 120)}, till vårt transportbolag. Deras nummer: ")  # fmt: skip
    d.phone("44")
    d.t(
        ".\n> Transport fee must be paid by card before shipping. Send card number, expiry and "
        "CVV.\n\nJeg sendte "
    )
    d.card()
    d.t(" ")
    d.expiry()
    d.t(" ")
    d.cvv()
    d.t(". Bagefter ville »the shipping agent« have et forsikringsgebyr på IBAN ")
    d.iban(d.pick(("SE", "SE", "NO", "DE")))
    d.t(". Agenten ringede fra ")
    d.phone("44")
    d.t(" og igen fra ")
    d.phone(d.pick(("44", "46")))
    d.t(". Min egen konto er ")
    d.account()
    d.t(", og jeg bor på ")
    d.address()
    d.t(", tlf. ")
    d.phone()
    d.t(".\n\nSupport: Annoncen er fjernet. Sælgerens profil brugte ")
    d.email(seller)
    d.t(f". Kontakt din bank på deres spærrelinje, fx {d.org()}, og anmeld til politiet.")


def moving_company(d: Doc) -> None:
    victim, boss, driver = d.person(), d.person(), d.person()
    d.t(f"POLITIANMELDELSE – {d.case()}\nModtaget {d.day()} {d.clock()}\n\nAnmelder: ")
    d.name(victim, d.pick(("comma", "upper", "full")), "Anmelder A")
    d.t(", f. ")
    born = d.birth()
    d.dob(born)
    d.t("\nCPR: ")
    d.cpr(born)
    d.t("\nFra-adresse:\n")
    d.address(block=True)
    d.t("\nTil-adresse:\n")
    d.address(block=True)
    d.t("\nTelefon: ")
    d.phone()
    d.t(" / e-mail: ")
    d.email(victim)
    d.t(f"\n\nForklaring: Anmelder bestilte flytning hos »Sundby Flytteservice« ({d.cvr()}) til "
        f"{d.amount(60, 150)}; indehaveren, ")  # fmt: skip
    d.name(boss, "short", "[NAVN]")
    d.t(", ringede fra ")
    d.phone()
    d.t(f" på flyttedagen og krævede yderligere {d.amount(200, 600)}, før møblerne blev "
        "udleveret. Lastbilen havde nummerplade ")  # fmt: skip
    d.plate()
    d.t(". Chaufføren, ")
    d.name(driver, d.pick(("first", "short")), "Vidne 2")
    d.t(", sagde at tingene stod på et lager på Havnegade. Beløbet skulle sendes til ")
    d.account()
    d.t(" eller MobilePay ")
    d.phone()
    d.t(". ")
    d.name(victim, "gen", "Anmelder A")
    d.t(" svigersøn har betalt et første beløb fra ")
    d.account(joined=True)
    d.t(".\nFirmaets mail: ")
    d.email(boss)
    d.t(". Anmelder er vejledt om offerrådgivning (116 006) og politiets nummer 114.")


BUILDERS: dict[str, Callable[[Doc], None]] = dict(
    zip(
        GENRES,
        (
            estate_agent,
            lawyer_letter,
            rental_scam,
            car_dealer,
            private_sale,
            mortgage_notes,
            boat_sale,
            moving_company,
        ),
        strict=True,
    )
)


def generate(seed: int = SEED, size: int = SIZE) -> list[dict]:
    """The set: size documents, NEGATIVES/SIZE of them pseudonymised negatives, seeded."""
    rng = random.Random(seed)
    negatives = round(size * NEGATIVES / SIZE)
    plan = [(GENRES[i % len(GENRES)], "positive") for i in range(size - negatives)]
    plan += [(GENRES[i % len(GENRES)], "negative") for i in range(negatives)]
    rng.shuffle(plan)
    docs, seen = [], set()
    for i, (genre, kind) in enumerate(plan):
        while True:
            doc = Doc(rng, kind == "negative")
            BUILDERS[genre](doc)
            text = "".join(doc.parts)
            if text not in seen:
                break
        seen.add(text)
        docs.append(
            {"id": f"b28-{i:04d}", "genre": genre, "kind": kind, "text": text, "spans": doc.spans}
        )
    return docs


def main(argv: list[str]) -> None:
    out = Path(argv[1]) if len(argv) > 1 else Path(__file__).parent / "data" / "pii_blind28.jsonl"
    with out.open("w", encoding="utf-8") as f:
        for doc in generate():
            f.write(json.dumps(doc, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main(sys.argv)
