"""A fortieth blind, seeded generator of Danish text with labelled personal data (issue 18).

Written without looking at the recognisers, their word lists or the earlier generators' bodies,
as a held-out test set with its own names, streets and towns. Its theme is CHARITIES,
ASSOCIATIONS, CHURCHES AND VOLUNTEERS hit by fraud as their treasurers, banks, the
Indsamlingsnævn and the police handle it, in eight genres: a charity's donor-service log on
fake door-to-door collectors and refund requests (the donor's phone, e-mail, CPR for the tax
deduction, the account the refund goes to, a card typed into a fake collection page), a parish
council's e-mail thread (Fra:/Til:/Cc:/Emne:) about a fake invoice and a changed account
(reg.nr. and account, a foreign IBAN, signatures with address blocks), a volunteer
coordinator's notes (volunteers' names, birth dates, addresses, the fake collectors' van, a
MitID user ID and code given to a fake "Indsamlingsnævnet" caller), a bank's fraud-line
transcript with an association's treasurer ("[10:02] Name:" lines, CPR, MitID user ID, codes,
the association's card), a police report on a fake door-to-door collection (the reporting
person in capitals, witnesses, number plates), a membership export after a data leak (records
with "HANSEN, BIRGIT", birth dates, addresses on two lines, accounts), a foundation's case note
on a grant application in a stolen identity and a Danish-English chat with a fake
"international donor" ("[14:02] Name:" lines, fiction-range foreign numbers, an IBAN for the
"transfer fee", card details and a code). The names are those of Danes of all ages, Danes with
roots elsewhere ("Zainab Abdi", "Thi Mai Nguyen"), double surnames ("Skov-Mortensen") and
foreigners ("Helen Caldwell").

Conventions (exact offsets are scored):
- PERSON is a name as written, without title or role ("kasserer", "sognepræst", "Mrs.",
  "vidne"); "Hansen, Birgit" is one span; a genitive s belongs to it ("Birgits"); a lower-case
  name typed in a chat or a note ("birgit") is PERSON. A scammer's alias ("Richard Whitmore",
  "Mikkel fra Indsamlingsnævnet") is PERSON, the organisation is not. Organisations, parishes,
  foundations, banks, products, placeholders ("[NAVN]", "Medlem A", "Giver 2", "Vidne 1") and
  family words ("min mand") are never PERSON.
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
  An organisation's number (70/80 lines, 114, 112) is never PHONE.
- EMAIL: every e-mail address (all on example.* domains), each occurrence, staff's and role
  addresses too.
- BANK_ACCOUNT: reg.nr. and account written together ("1234-1234567890", "1234 1234567890")
  are one span; where the reg.nr. has its own word ("reg. 1234 konto 12345678", "reg.nr. 1234,
  kontonr. 0012345678") only the account is the span. IBAN: valid check digits and the
  country's length (IBAN_LENGTH), grouped by four or compact. CARD: Luhn-valid with a published
  test prefix (TEST_PREFIXES), grouped by four or compact; CARD_EXPIRY "MM/YY" or "MM/YYYY";
  CARD_CVV 3 digits after "CVV", "cvc", "CVC" or "kontrolcifre". OTP: a one-time code sent,
  asked for or given (6 or 8 digits); MITID_USER a MitID user ID given as such; NUMBER_PLATE a
  Danish plate ("BK 41 207", "BK41207"). No passport or driving-licence numbers occur.
- Hard negatives, never labelled: amounts ("12.500 kr.", "849,95 kr.", "kr. 2.000",
  "£4,500,000"), dates and clock times ("04.03.26", "kl. 09.14", "[10:22]", "2026-03-04 09:14"),
  CVR numbers ("CVR-nr. 31457782"), MobilePay box numbers ("MobilePay 48213"), collection
  permit numbers ("tilladelse nr. 26-700-00412"), collection-box numbers, member numbers
  ("medlemsnr. 004512"), invoice numbers ("faktura nr. 2026-0417"), case and journal numbers
  ("sag GS-40721", "SV-318204", "j.nr. 0400-84120-00317-26", "F-2026-0311"), masked values
  ("040652-xxxx", "+45 ** ** ** 31", "a***@example.dk", "**** **** **** 1111", "******4417",
  "DK71XXXXXXXXXX0932"), organisations' 70/80 numbers and 114, organisations, banks, products
  and family words. Documents of kind "negative" are the same genres after pseudonymisation:
  only such values, stand-ins ("[NAVN]", "[CPR]") and pseudonym labels ("Medlem A", "Giver 2")
  remain. No run of ten or more digits occurs outside a labelled identifier.

Each document is {"id", "genre", "kind", "text", "spans": [{"start", "end", "type"}]}.
``python -m bench.pii_blind39 OUT.jsonl`` writes the set; ``generate()`` returns it.
"""

from __future__ import annotations

import json
import random
import sys
import unicodedata
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

SEED = 3940
SIZE = 1000
NEGATIVES = 350

GENRES = (
    "givertjeneste_log",
    "menighedsraad_mail",
    "frivillig_noter",
    "bank_svindellinje",
    "politirapport_indsamling",
    "medlemseksport_laek",
    "fondssag_identitet",
    "donor_chat",
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
TEST_PREFIXES = ("424242", "411111", "400000", "555555", "510510", "222300", "520082")
IBAN_LENGTH = {
    "DK": 18,
    "DE": 22,
    "GB": 22,
    "NL": 18,
    "SE": 24,
    "NO": 15,
    "LT": 20,
    "PL": 28,
    "IE": 22,
    "BE": 16,
    "ES": 24,
}
MOBILE = ("20", "21", "22", "23", "24", "25", "26", "27", "28", "29", "30", "31", "40", "41",
          "42", "50", "51", "52", "53", "60", "61", "71", "81", "91", "92", "93")  # fmt: skip
LANDLINE = ("32", "33", "35", "36", "38", "39", "43", "44", "45", "46", "47", "48", "49", "54",
            "56", "57", "58", "59", "62", "63", "64", "65", "66", "69", "72", "73", "74", "75",
            "76", "86", "87", "88", "89", "96", "97", "98", "99")  # fmt: skip
ORG_LINES = ("70 20 44 10", "7020 4410", "80 33 11 22", "70 13 14 15", "8020 6060",
             "70 55 21 90")  # fmt: skip

DANISH_WOMEN = ("Birgit", "Inger", "Lone", "Bodil", "Hanne", "Kirsten", "Jytte", "Grethe",
                "Ellen", "Solveig", "Tove", "Merete", "Karina", "Mette", "Trine", "Pernille",
                "Louise", "Camilla", "Signe", "Ida", "Freja", "Emma", "Clara", "Alberte", "Maja",
                "Nanna", "Rikke", "Ulla", "Vibeke", "Dorthe", "Gudrun", "Asta", "Åse",
                "Lisbeth")  # fmt: skip
DANISH_MEN = ("Poul", "Erik", "Knud", "Bent", "Jørgen", "Svend", "Henning", "Ole", "Preben",
              "Finn", "Torben", "Flemming", "Kaj", "Mogens", "Arne", "Jesper", "Michael",
              "Mikkel", "Kasper", "Emil", "Oliver", "Noah", "Aksel", "Valdemar", "Frederik",
              "Carl", "Bjørn", "Kenneth", "Lars", "Niels", "Anders", "Rasmus", "Mads",
              "Klaus")  # fmt: skip
WOMEN = (*DANISH_WOMEN, "Zainab", "Leyla", "Amira", "Thi Mai", "Marta", "Priya", "Fatima",
         "Aisha", "Olga", "Hiba")  # fmt: skip
MEN = (*DANISH_MEN, "Ahmad", "Mehmet", "Omar", "Van Duc", "Piotr", "Tariq", "Karim", "Yusuf",
       "Dariusz", "Ali")  # fmt: skip
SURNAMES = ("Nielsen", "Jensen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen",
            "Sørensen", "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen",
            "Thomsen", "Poulsen", "Johansen", "Møller", "Mortensen", "Knudsen", "Jakobsen",
            "Lauridsen", "Dalsgaard", "Vestergaard", "Bech", "Kjeldsen", "Søgaard", "Holmgaard",
            "Brøndum", "Skovbo", "Krogh", "Bundgaard", "Overgaard", "Thygesen", "Hvid", "Ravn",
            "Fogh", "Bæk", "Munk", "Lykke", "Enevoldsen", "Iversen", "Juhl", "Nygaard",
            "Frandsen", "Villadsen", "Hedegaard", "Ravnsbæk")  # fmt: skip
MIDDLES = ("Juul", "Holm", "Dam", "Bach", "Skov", "Lind", "Kjær", "Friis", "Winther", "Bro",
           "Sand", "Lund")  # fmt: skip
DOUBLES = ("Kjærgaard-Holm", "Bach-Nygaard", "Lund-Ravnsbæk", "Thygesen-Abdi", "Fogh-Hedegaard",
           "Winther-Aydin", "Skov-Mortensen", "Munk-Iversen", "Dam-Kristoffersen",
           "Brøndum-Lykke", "Friis-Yilmaz", "Sand-Overgaard", "Hvid-Enevoldsen",
           "Bro-Villadsen")  # fmt: skip
ROOTS = (("Zainab", "Abdi"), ("Ahmad", "Rahimi"), ("Mehmet", "Yilmaz"), ("Leyla", "Aydin"),
         ("Amira", "Haddad"), ("Omar", "Jama"), ("Thi Mai", "Nguyen"), ("Van Duc", "Tran"),
         ("Piotr", "Kowalczyk"), ("Marta", "Nowak"), ("Priya", "Singh"), ("Tariq", "Khan"),
         ("Fatima", "Mahmoud"), ("Karim", "Osmani"), ("Aisha", "Demir"), ("Yusuf", "Hassan"),
         ("Olga", "Petrović"), ("Dariusz", "Wiśniewski"), ("Hiba", "Saleh"),
         ("Ali", "Farah"))  # fmt: skip
FOREIGN_WOMEN = ("Helen", "Margaret", "Grace", "Victoria", "Sophia", "Charlotte")
FOREIGN = (("Richard", "Whitmore"), ("Helen", "Caldwell"), ("James", "Ashcroft"),
           ("Margaret", "Pemberton"), ("Grace", "Okafor"), ("Michael", "Brennan"),
           ("Victoria", "Hargreaves"), ("Edward", "Fairbanks"), ("Sophia", "Lindqvist"),
           ("Daniel", "Sandberg"), ("Charlotte", "Ainsworth"), ("George", "Whitfield"))  # fmt: skip

STREETS = ("Klokkervej", "Præstegårdsvej", "Degnevænget", "Kirkestien", "Sognevej", "Kapelvej",
           "Missionsvej", "Lyngbakken", "Egeskovvej", "Fuglesangen", "Havrevænget", "Rugmarken",
           "Skolebakken", "Møllegade", "Vandtårnsvej", "Tjørnevej", "Hybenvej", "Strandstien",
           "Bøgelunden", "Kastanje Allé", "Kildegårdsvej", "Åbrinken", "Solsortevej", "Lærkevej",
           "Spurvevej", "Grønnegade", "Toftegårdsvej", "Nørre Allé", "Vesterled",
           "Gammel Kirkevej", "Sankt Knuds Vej", "Orgelbyggervej", "Korsgade",
           "Klostermarken")  # fmt: skip
TOWNS = (("4300", "Holbæk"), ("6700", "Esbjerg"), ("8800", "Viborg"), ("5700", "Svendborg"),
         ("7400", "Herning"), ("9000", "Aalborg"), ("8000", "Aarhus C"), ("2300", "København S"),
         ("2200", "København N"), ("4760", "Vordingborg"), ("6100", "Haderslev"),
         ("7800", "Skive"), ("3400", "Hillerød"), ("4200", "Slagelse"), ("5500", "Middelfart"),
         ("6950", "Ringkøbing"), ("8600", "Silkeborg"), ("9800", "Hjørring"), ("3700", "Rønne"),
         ("4900", "Nakskov"), ("7500", "Holstebro"), ("8900", "Randers C"),
         ("2800", "Kongens Lyngby"), ("6270", "Tønder"), ("8370", "Hadsten"),
         ("9700", "Brønderslev"))  # fmt: skip

CHARITIES = ("Foreningen Lysglimt", "Hjerterum Danmark", "Børnenes Fyrtårn",
             "Dansk Nødhjælpsring", "Kirkens Varmestue", "Sognehjælpen", "Ældrevennerne",
             "Foreningen Redningskransen")  # fmt: skip
PARISHES = ("Sankt Mikkels Sogn", "Vor Frelsers Sogn", "Lyngå Sogn", "Skovby Sogn",
            "Nørrelyng Sogn", "Havnekirkens Sogn")  # fmt: skip
FOUNDATIONS = ("Kildevæld-Fonden", "Lærkefondet", "Fonden for Frivillige Fællesskaber",
               "Egebjerg-Fonden")  # fmt: skip
FAKES = ("Nordisk Kirkeservice ApS", "Orgelteknik Danmark ApS", "KirkeIT Solutions",
         "Klokke & Tårn Service ApS", "Global Hope Foundation", "Sunrise Charity Trust",
         "Dansk Indsamlingshjælp", "Børnehjælp Nu")  # fmt: skip
AUTHORITIES = ("Indsamlingsnævnet", "Datatilsynet", "Skattestyrelsen")
COMPANIES = CHARITIES + PARISHES + FOUNDATIONS + FAKES + AUTHORITIES
BANKS = ("Danske Bank", "Nordea", "Jyske Bank", "Sydbank", "Arbejdernes Landsbank", "Spar Nord",
         "Lån & Spar Bank", "Merkur Andelskasse", "Middelfart Sparekasse")  # fmt: skip
PRODUCTS = ("MobilePay", "MitID", "NemKonto", "Dankort", "Betalingsservice", "Conventus",
            "WhatsApp", "Messenger", "e-Boks")  # fmt: skip
PURPOSES = ("sommerlejr for børn", "ny bus til besøgstjenesten", "julehjælp", "lektiecafé")
PSEUDO_WORDS = ("Medlem", "Giver", "Frivillig", "Vidne", "Ansøger", "Person")
POLICE = ("Midt- og Vestsjællands", "Sydøstjyllands", "Nordjyllands", "Fyns", "Københavns",
          "Syd- og Sønderjyllands", "Østjyllands", "Midt- og Vestjyllands")  # fmt: skip
MONTHS = ("januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december")  # fmt: skip
WEEKDAYS = ("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag")
PLATE_LETTERS = "ABCDEFHJKLMNPRSTUVXYZ"
DOMAINS = ("example.dk", "example.com", "example.net", "example.org", "post.example.dk")
ASCII = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "Æ": "Ae", "Ø": "Oe", "Å": "Aa"})

Span = dict[str, object]


def grouped(compact: str) -> str:
    """The value in groups of four, as printed on cards and IBANs."""
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))


def ascii_lower(text: str) -> str:
    """A name as it goes into an e-mail address or a user ID: a-z only."""
    plain = unicodedata.normalize("NFKD", text.translate(ASCII))
    return "".join(c for c in plain.lower() if "a" <= c <= "z")


class Person:
    """A person of the story: names and a birth date."""

    def __init__(self, first: str, last: str, middle: str, born: date, key: str) -> None:
        self.first, self.last, self.middle, self.born, self.key = first, last, middle, born, key

    @property
    def she(self) -> bool:
        return self.first in WOMEN or self.first in FOREIGN_WOMEN

    def her(self) -> str:
        return "hendes" if self.she else "hans"

    def obj(self) -> str:
        return "hende" if self.she else "ham"

    def full(self) -> str:
        return " ".join(p for p in (self.first, self.middle, self.last) if p)

    def short(self) -> str:
        return f"{self.first} {self.last}"

    def form(self, form: str) -> str:
        first = self.first
        return {
            "full": self.full(),
            "short": self.short(),
            "first": first,
            "gen": first + "s" if first[-1] not in "sxz" else first,
            "comma": f"{self.last}, {first}",
            "initial": f"{first[0]}. {self.last}",
            "upper": self.full().upper(),
            "upper_comma": f"{self.last}, {first}".upper(),
            "lower": first.lower(),
            "lower_short": self.short().lower(),
        }[form]


class Doc:
    """One document being written: text pieces and the spans of its labelled values."""

    def __init__(self, r: random.Random, negative: bool) -> None:
        self.r, self.neg = r, negative
        self.parts: list[str] = []
        self.spans: list[Span] = []
        self.n = 0
        self.pseudonyms: dict[str, str] = {}
        self.symbols = "ABC" if r.random() < 0.5 else "123456789"
        self.used: dict[str, int] = {}
        self.people = 0
        self.mails: dict[str, str] = {}

    # -- plumbing
    def t(self, *texts: str) -> None:
        for text in texts:
            self.parts.append(text)
            self.n += len(text)

    def e(self, kind: str, value: str, stand_in: str) -> None:
        if self.neg:
            self.t(stand_in)
            return
        self.spans.append({"start": self.n, "end": self.n + len(value), "type": kind})
        self.t(value)

    def text(self) -> str:
        return "".join(self.parts)

    def pick(self, options: tuple[str, ...] | list[str]) -> str:
        return self.r.choice(options)

    def chance(self, p: float) -> bool:
        return self.r.random() < p

    # -- people
    def person(self, kind: str = "") -> Person:
        r = self.r
        kind = kind or r.choices(("dane", "middle", "double", "roots"), weights=(50, 18, 14, 18))[0]
        middle = ""
        if kind == "foreign":
            first, last = r.choice(FOREIGN)
        elif kind == "roots":
            first, last = r.choice(ROOTS)
        else:
            first = r.choice(DANISH_WOMEN + DANISH_MEN)
            last = r.choice(DOUBLES) if kind == "double" else r.choice(SURNAMES)
            middle = r.choice(MIDDLES) if kind == "middle" else ""
        if r.random() < 0.14:
            born = date(2000, 1, 1) + timedelta(days=r.randrange(6 * 365))
        else:
            born = date(1934, 1, 1) + timedelta(days=r.randrange(65 * 365))
        self.people += 1
        return Person(first, last, middle, born, f"p{self.people}")

    def name(self, p: Person, form: str = "full", role: str = "Medlem") -> None:
        if self.neg:
            label = self.pseudonyms.get(p.key)
            if label is None:
                used = self.used.get(role, 0)
                if used < len(self.symbols) and self.r.random() < 0.75:
                    label = f"{role} {self.symbols[used]}"
                    self.used[role] = used + 1
                else:
                    label = "[NAVN]"
                self.pseudonyms[p.key] = label
            self.t(label + ("'s" if form == "gen" and label != "[NAVN]" else ""))
            return
        self.e("PERSON", p.form(form), "[NAVN]")
        if form == "gen" and p.first[-1] in "sxz":
            self.t("'")

    # -- identifiers
    def cpr(self, p: Person, form: str = "") -> None:
        r, b = self.r, p.born
        while True:
            serial = ("4" if b.year >= 2000 else r.choice("0123")) + f"{r.randrange(1000):03d}"
            digits = f"{b.day:02d}{b.month:02d}{b.year % 100:02d}{serial}"
            if sum(int(c) * w for c, w in zip(digits, WEIGHTS, strict=True)) % 11:
                break
        d6 = digits[:6]
        form = form or r.choice(("dash", "compact", "spaced", "space"))
        value = {
            "dash": f"{d6}-{serial}",
            "compact": digits,
            "spaced": f"{d6[:2]} {d6[2:4]} {d6[4:]} {serial}",
            "space": f"{d6} {serial}",
        }[form]
        self.e("CPR", value, r.choice(("[CPR]", f"{d6}-xxxx")))

    def dob(self, p: Person) -> None:
        b = p.born
        value = self.r.choice(
            (
                f"{b.day}. {MONTHS[b.month - 1]} {b.year}",
                f"{b.day:02d}.{b.month:02d}.{b.year}",
                f"{b.day}/{b.month}-{b.year}",
                f"{b.day:02d}-{b.month:02d}-{b.year}",
            )
        )
        self.e("DATE_OF_BIRTH", value, "[fødselsdato]")

    def phone(self, kind: str = "dk") -> None:
        r = self.r
        if kind == "uk":
            value = f"+44 7700 900{r.randrange(1000):03d}"
        elif kind == "se":
            value = f"+46 70 174 06 {r.randrange(5, 100):02d}"
        else:
            lead = r.choice(MOBILE) if r.random() < 0.7 else r.choice(LANDLINE)
            n = lead + f"{r.randrange(10**6):06d}"
            pairs = " ".join(n[i : i + 2] for i in range(0, 8, 2))
            value = r.choice(
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
        masked = f"+45 ** ** ** {r.randrange(100):02d}"
        self.e("PHONE", value, r.choice(("[TLF]", masked)))

    def address_of(self) -> tuple[str, str]:
        r = self.r
        street = f"{r.choice(STREETS)} {r.randint(1, 160)}"
        if r.random() < 0.2:
            street += r.choice("ABC")
        if r.random() < 0.35:
            street += (
                f", {r.choice(('st.', '1.', '2.', '3.', '4.'))} {r.choice(('tv.', 'th.', 'mf.'))}"
            )
        code, town = r.choice(TOWNS)
        return street, f"{code} {town}"

    def address(self, style: str = "one") -> None:
        street, town = self.address_of()
        value = {"street": street, "one": f"{street}, {town}", "two": f"{street}\n{town}"}[style]
        self.e("ADDRESS", value, "[ADRESSE]")

    def mail(self, p: Person | None = None, local: str = "") -> None:
        r = self.r
        if p is not None:
            first, last = ascii_lower(p.first), ascii_lower(p.last)
            if p.key in self.mails:
                self.e("EMAIL", self.mails[p.key], self.mails[p.key][0] + "***@example.dk")
                return
            local = r.choice(
                (
                    f"{first}.{last}",
                    f"{first}{last[:3]}",
                    f"{first}{p.born.year % 100:02d}",
                    f"{first[0]}{last}",
                    f"{first}_{last}",
                )
            )
        address = f"{local}@{r.choice(DOMAINS)}"
        if p is not None:
            self.mails[p.key] = address
        masked = f"{local[0]}***@{address.split('@')[1]}"
        self.e("EMAIL", address, r.choice(("[e-mail]", masked)))

    def masked_mail(self) -> None:
        self.t(f"{self.pick('abcdefghjklmnoprstv')}***@{self.pick(DOMAINS)}")

    def account(self, style: str = "") -> None:
        r = self.r
        reg = f"{r.randint(1000, 9899)}"
        size = r.choice((10, 10, 10, 8, 9, 7))
        acct = f"{r.randint(1, 9)}{r.randrange(10 ** (size - 1)):0{size - 1}d}"
        style = style or r.choice(("dash", "space", "reg", "regnr"))
        if style in ("dash", "space"):
            acct10 = acct.rjust(10, "0")
            value = f"{reg}{'-' if style == 'dash' else ' '}{acct10}"
            self.e("BANK_ACCOUNT", value, "[kontonr.]")
        elif style == "reg":
            self.t(f"reg. {reg} konto ")
            self.e("BANK_ACCOUNT", acct, "[kontonr.]")
        else:
            self.t(f"reg.nr. {reg}, kontonr. ")
            self.e("BANK_ACCOUNT", acct.rjust(10, "0"), "[kontonr.]")

    def iban(self, country: str = "") -> None:
        r = self.r
        country = country or r.choice(tuple(IBAN_LENGTH))
        rest = IBAN_LENGTH[country] - 4
        if country in ("GB", "IE", "NL"):
            bank = "".join(r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(4))
            bban = bank + "".join(str(r.randrange(10)) for _ in range(rest - 4))
        else:
            bban = "".join(str(r.randrange(10)) for _ in range(rest))
        numeric = "".join(str(int(c, 36)) for c in bban + country + "00")
        compact = f"{country}{98 - int(numeric) % 97:02d}{bban}"
        value = grouped(compact) if r.random() < 0.6 else compact
        masked = compact[:4] + "X" * (len(compact) - 8) + compact[-4:]
        self.e("IBAN", value, r.choice(("[IBAN]", masked)))

    def card(self) -> None:
        r = self.r
        body = r.choice(TEST_PREFIXES) + "".join(str(r.randrange(10)) for _ in range(9))
        total = sum(
            (d * 2 - 9 if d * 2 > 9 else d * 2) if i % 2 == 0 else d
            for i, d in enumerate(int(c) for c in reversed(body))
        )
        compact = body + str((10 - total % 10) % 10)
        value = grouped(compact) if r.random() < 0.6 else compact
        masked = r.choice(("**** **** **** ", "******")) + compact[-4:]
        self.e("CARD", value, r.choice(("[KORT]", masked)))

    def expiry(self) -> None:
        r = self.r
        month, year = r.randint(1, 12), r.randint(2026, 2031)
        value = f"{month:02d}/{year % 100}" if r.random() < 0.7 else f"{month:02d}/{year}"
        self.e("CARD_EXPIRY", value, "[udløb]")

    def cvv(self) -> None:
        self.e("CARD_CVV", f"{self.r.randrange(1000):03d}", "[slettet]")

    def otp(self) -> None:
        r = self.r
        value = f"{r.randrange(10**6):06d}" if r.random() < 0.75 else f"{r.randrange(10**8):08d}"
        self.e("OTP", value, "[kode]")

    def mitid(self, p: Person) -> None:
        r = self.r
        first, last = ascii_lower(p.first), ascii_lower(p.last)
        year = p.born.year
        value = r.choice(
            (
                f"{first}{year}",
                f"{first}{year % 100:02d}",
                f"{first}{last[:2]}{year % 100:02d}",
                f"{first[:3]}{last}{year % 100:02d}",
                f"{r.choice(('kirke', 'klokke', 'sogn', 'lyng', 'hav'))}{first}{year % 100:02d}",
            )
        )
        self.e("MITID_USER", value, "[bruger-id]")

    def plate(self) -> None:
        r = self.r
        letters = r.choice(PLATE_LETTERS) + r.choice(PLATE_LETTERS)
        digits = f"{r.randint(10, 99)}{r.randrange(1000):03d}"
        spaced = r.random() < 0.7
        value = f"{letters} {digits[:2]} {digits[2:]}" if spaced else f"{letters}{digits}"
        self.e("NUMBER_PLATE", value, "[nummerplade]")

    # -- hard negatives
    def day(self) -> date:
        return date(2026, 1, 5) + timedelta(days=self.r.randrange(325))

    def date_text(self, d: date | None = None) -> str:
        d = d or self.day()
        return self.r.choice(
            (
                f"{d.day:02d}.{d.month:02d}.26",
                f"{d.day}. {MONTHS[d.month - 1]} 2026",
                d.isoformat(),
                f"{d.day:02d}-{d.month:02d}-2026",
                f"{d.day}/{d.month}",
            )
        )

    def clock(self) -> str:
        return f"{self.r.randint(7, 21):02d}.{self.r.randrange(60):02d}"

    def hhmm(self) -> str:
        return f"{self.r.randint(7, 21):02d}:{self.r.randrange(60):02d}"

    def amount(self, size: str = "small") -> str:
        r = self.r
        low, high = {"small": (50, 2500), "mid": (500, 60000), "big": (5000, 450000)}[size]
        kroner = r.choice((r.randint(low, high), r.randint(low, high) // 100 * 100 or low))
        whole = f"{kroner:,}".replace(",", ".")
        return r.choice(
            (
                f"{whole} kr.",
                f"{whole},{r.randrange(100):02d} kr.",
                f"kr. {whole}",
                f"{whole},00 kr.",
            )
        )

    def cvr(self) -> str:
        return f"CVR-nr. {self.r.randint(10000000, 45999999)}"

    def mobilepay(self) -> str:
        return self.r.choice(("MobilePay ", "MobilePay-nr. ", "MobilePay Box ")) + str(
            self.r.randint(1000, 99999)
        )

    def permit(self) -> str:
        return f"tilladelse nr. {self.r.randint(24, 26)}-700-{self.r.randrange(100000):05d}"

    def member_no(self) -> str:
        return f"medlemsnr. {self.r.randrange(10**6):06d}"

    def invoice(self) -> str:
        r = self.r
        return r.choice(
            (f"faktura nr. 2026-{r.randrange(10000):04d}", f"fakturanr. {r.randint(10000, 99999)}")
        )

    def journal(self) -> str:
        r = self.r
        district, office = f"{r.randint(1, 12) * 100:04d}", r.randint(80000, 89999)
        return f"j.nr. {district}-{office}-{r.randrange(100000):05d}-26"

    def org_line(self) -> str:
        return self.pick(ORG_LINES)


# ---------------------------------------------------------------- genres


def donor_log(d: Doc) -> None:
    r = d.r
    org = d.pick(CHARITIES)
    d.t(
        f"{org} · Givertjenesten\n"
        f"Log: falske indsamlere og refusionsønsker, uge {r.randint(2, 48)}\n"
    )
    d.t(f"Vores egen indsamling: {d.permit()}, {d.mobilepay()}\n\n")
    for _ in range(r.randint(2, 3)):
        day = d.day()
        giver = d.person()
        d.t(f"{day.isoformat()} {d.hhmm()} · sag GS-{r.randint(10000, 99999)}\n")
        d.t("Henvendelse fra ")
        d.name(giver, d.pick(("full", "short", "comma")), "Giver")
        d.t(f" ({d.member_no()}), tlf. ")
        d.phone()
        d.t(", ")
        d.mail(giver)
        d.t(". ")
        collector = d.person()
        story = r.randrange(3)
        if story == 0:
            d.t("Der stod to indsamlere med gule veste og bøsse ved døren på ")
            d.address("one")
            d.t(". Den ene præsenterede sig som ")
            d.name(collector, d.pick(("short", "first")), "Person")
            d.t(f" og viste en {d.permit()}, som ikke findes i {AUTHORITIES[0]}s register. ")
        elif story == 1:
            d.t(f"Indsamleren blev set ved {d.pick(STREETS)}. Giveren blev bedt om at betale til ")
            d.t(f"{d.mobilepay()}, som ikke er vores nummer. ")
        else:
            d.t("En falsk indsamler ringede på hos ")
            d.name(giver, "gen", "Giver")
            d.t(" nabo, ")
            d.name(d.person(), d.pick(("full", "initial")), "Person")
            d.t(", på ")
            d.address("street")
            d.t(", og oplyste at hun kom fra os. ")
        d.t(f"Giveren betalte {d.amount()} ")
        if d.chance(0.45):
            d.t("på en falsk indsamlingsside med kort ")
            d.card()
            d.t(", udløb ")
            d.expiry()
            d.t(d.pick((", CVV ", ", cvc ", " og kontrolcifre ")))
            d.cvv()
            d.t(". Kortet er spærret hos banken. ")
        else:
            d.t(f"via {d.mobilepay()}. ")
        if d.chance(0.6):
            d.t("Ønsker refusion af det beløb, vi ikke har modtaget, til ")
            d.account()
            d.t(" – afvist, beløbet er ikke gået til os; henvist til politiet på 114. ")
        if d.chance(0.45):
            d.t("Vil gerne have fradrag for sine rigtige gaver; CPR ")
            d.cpr(giver)
            d.t(" registreret til indberetning. ")
        if d.chance(0.2):
            d.t("Svindleren skrev fra ")
            d.masked_mail()
            d.t(". ")
        d.t(f"Giveren ringede først til {d.org_line()}. Behandlet af: ")
        d.name(d.person(), d.pick(("initial", "first", "short")), "Frivillig")
        d.t("\n\n")
    d.t(f"Samlet mistet ifølge giverne: {d.amount('mid')} ({org}, {d.cvr()})\n")


def parish_mail(d: Doc) -> None:
    parish = d.pick(PARISHES)
    fake = d.pick(FAKES[:4])
    treasurer, chair, priest = d.person(), d.person(), d.person()
    day = d.day()
    d.t("Fra: ")
    d.name(treasurer, d.pick(("short", "comma", "full")), "Medlem")
    d.t(" <")
    d.mail(treasurer)
    d.t(">\nTil: ")
    d.name(chair, d.pick(("short", "comma")), "Medlem")
    d.t(" <")
    d.mail(chair)
    d.t(">\nCc: ")
    d.mail(priest)
    d.t(
        f"\nDato: {WEEKDAYS[day.weekday()]} {day.day}. {MONTHS[day.month - 1]} 2026"
        f" kl. {d.clock()}\n"
    )
    d.t(f"Emne: SV: Faktura fra {fake} – ny bankkonto?\n\n")
    d.t("Hej ")
    d.name(chair, "first", "Medlem")
    d.t(f"\n\nVi har modtaget {d.invoice()} fra {fake} ({d.cvr()}) på {d.amount()} for ")
    d.t(
        d.pick(
            (
                "service af orgel",
                "ny klokkestyring",
                "opdatering af kirkens hjemmeside",
                "vinduespudsning af kapellet",
            )
        )
    )
    d.t(". I følgebrevet står der, at firmaet har skiftet bank, og at vi nu skal betale til ")
    if d.chance(0.55):
        d.iban()
    else:
        d.account()
    d.t(". Vi plejer at betale til ")
    d.account(d.pick(("reg", "regnr")))
    d.t(f" i {d.pick(BANKS)}. Mailen kom fra ")
    d.masked_mail()
    d.t(", ikke fra deres sædvanlige adresse.\n\n")
    d.t("Jeg har ringet til firmaet på deres nummer fra hjemmesiden, og ")
    contact = d.person()
    d.name(contact, d.pick(("short", "full")), "Person")
    d.t(
        " derfra bekræfter, at de ikke har sendt nogen faktura. "
        "Jeg betaler ikke, før vi har talt sammen.\n\n"
    )
    d.t("Venlig hilsen\n")
    d.name(treasurer, "short", "Medlem")
    d.t(f"\nKasserer, {parish}s menighedsråd\n")
    d.address("two")
    d.t("\nTlf. ")
    d.phone()
    d.t("\n\n")
    if d.chance(0.8):
        d.t("-----Oprindelig meddelelse-----\nFra: ")
        d.name(chair, "short", "Medlem")
        d.t(" <")
        d.mail(chair)
        d.t(">\nTil: ")
        d.mail(treasurer)
        d.t(
            "\nEmne: Faktura\n\nHej\n\n"
            f"Den er gal. Samme firma skrev til {d.pick(PARISHES)} i sidste uge. "
        )
        d.t("Ring til banken på ")
        d.t(d.org_line())
        d.t(" og meld det, og send kopi til ")
        d.name(priest, d.pick(("initial", "full", "short")), "Medlem")
        d.t(" (")
        d.mail(priest)
        d.t("). ")
        if d.chance(0.5):
            d.t("Hvis der allerede er betalt, så giv banken vores konto ")
            d.account(d.pick(("dash", "space")))
            d.t(" og bed dem kalde beløbet tilbage. ")
        d.t("Jeg kan træffes på ")
        d.phone()
        d.t(".\n\nMvh\n")
        d.name(chair, d.pick(("first", "short")), "Medlem")
        d.t("\nFormand\n")
        if d.chance(0.5):
            d.address("one")
            d.t("\n")


def volunteer_notes(d: Doc) -> None:
    r = d.r
    org = d.pick(CHARITIES)
    town = d.pick(TOWNS)[1]
    coordinator = d.person()
    d.t(f"Noter – frivilligkoordinator, {org}, lokalafdeling {town.split()[0]}\nSkrevet af ")
    d.name(coordinator, d.pick(("short", "initial")), "Frivillig")
    d.t(f", {d.date_text()}\n\n")
    a = d.person()
    d.t("- ")
    d.name(a, d.pick(("full", "short")), "Frivillig")
    d.t(" (f. ")
    d.dob(a)
    d.t(f") ringede: nogen har sat {a.her()} navn på falske indsamlingslister i området ved ")
    d.t(f"{d.pick(STREETS)}. Vores bøsse nr. {r.randint(100, 2999)} er stadig hos {a.obj()}.\n")
    d.t("- Holdet på søndagens rute: ")
    for i in range(r.randint(2, 4)):
        if i:
            d.t(", ")
        d.name(d.person(), d.pick(("short", "full", "first")), "Frivillig")
    d.t(". Mødested ")
    d.address("one")
    d.t(f" kl. {d.clock()}.\n")
    if d.chance(0.65):
        d.t(
            f"- To falske indsamlere kørte i en {d.pick(('hvid', 'grå', 'sort'))} varevogn, "
            "nummerplade "
        )
        d.plate()
        d.t(". Meldt til politiet på 114.\n")
    b = d.person()
    if d.chance(0.6):
        d.t("- ")
        d.name(b, d.pick(("first", "short")), "Frivillig")
        d.t(' fik et opkald fra en "')
        alias = d.person("dane")
        d.name(alias, "first", "Person")
        d.t(f' fra {AUTHORITIES[0]}", der ville "bekræfte tilladelsen"')
        d.t(f" og bad om {b.her()} MitID-bruger-id (")
        d.mitid(b)
        d.t(") og koden fra appen, ")
        d.otp()
        d.t(f". {'Hun' if b.she else 'Han'} har spærret MitID og kontaktet banken.\n")
    d.t("- Ny frivillig: ")
    c = d.person()
    d.name(c, d.pick(("comma", "full")), "Frivillig")
    d.t(", født ")
    d.dob(c)
    d.t("\n  ")
    d.address("two")
    d.t("\n  tlf. ")
    d.phone()
    d.t(", ")
    d.mail(c)
    d.t("\n")
    if d.chance(0.7):
        d.t("- ring til ")
        d.name(d.person(), "lower", "Frivillig")
        d.t(" igen i morgen om bøssen, og husk ")
        d.name(coordinator, "gen", "Frivillig")
        d.t(" liste over udleverede ID-kort.\n")
    if d.chance(0.3):
        d.t("- Spørgsmål fra en svensk frivillig, ")
        d.name(d.person("foreign"), "short", "Frivillig")
        d.t(", på ")
        d.phone("se")
        d.t(".\n")
    d.t(f"- Husk: borgere henvises til {d.org_line()} eller {d.mobilepay()} (vores eneste).\n")


def bank_line(d: Doc) -> None:
    r = d.r
    bank = d.pick(BANKS)
    org = d.pick(CHARITIES + PARISHES)
    start = d.clock()
    adviser, treasurer = d.person("dane"), d.person()
    d.t(
        f"{bank} – Svindellinjen {d.org_line()}\n"
        f"Udskrift af opkald {d.date_text()} kl. {start}, SV-{r.randint(100000, 999999)}\n"
    )
    d.t("Rådgiver: ")
    d.name(adviser, "short", "Person")
    d.t("\nKunde: ")
    d.name(treasurer, d.pick(("full", "comma")), "Medlem")
    d.t(f", kasserer i {org} ({d.cvr()})\n\n")
    m = int(start[:2]) * 60 + int(start[3:]) + r.randint(0, 3)

    def line(who: Person, form: str, role: str) -> None:
        nonlocal m
        m += r.randint(0, 2)
        d.t(f"[{m // 60:02d}:{m % 60:02d}] ")
        d.name(who, form, role)
        d.t(": ")

    a_form, t_form = d.pick(("first", "short")), d.pick(("first", "short", "full"))
    line(adviser, a_form, "Person")
    d.t(f"Svindellinjen, {bank}. Hvad drejer det sig om?\n")
    line(treasurer, t_form, "Medlem")
    d.t("Jeg er kasserer i foreningen, og jeg tror, jeg er blevet snydt. En mand ringede fra ")
    d.phone(d.pick(("dk", "dk", "se")))
    d.t(" og sagde, han var fra jeres afdeling.\n")
    line(adviser, a_form, "Person")
    d.t("Til at starte med skal jeg bede om dit CPR-nummer.\n")
    line(treasurer, t_form, "Medlem")
    d.t("Det er ")
    d.cpr(treasurer)
    d.t(".\n")
    line(adviser, a_form, "Person")
    d.t("Tak. Hvad gav du ham?\n")
    line(treasurer, t_form, "Medlem")
    if d.chance(0.8):
        d.t("Mit MitID-bruger-id, ")
        d.mitid(treasurer)
        d.t(", og så læste jeg koden op, ")
        d.otp()
        d.t(". Han sagde, det var for at stoppe en betaling.\n")
    else:
        d.t("Kun koden fra SMS'en, ")
        d.otp()
        d.t(". Han sagde, den skulle bruges til at stoppe en betaling.\n")
    line(adviser, a_form, "Person")
    d.t("Jeg kan se en overførsel på ")
    d.t(d.amount("mid"))
    d.t(" fra foreningens konto ")
    d.account(d.pick(("dash", "space")))
    d.t(" til ")
    if d.chance(0.6):
        d.iban()
    else:
        d.account(d.pick(("dash", "space")))
    d.t(" i dag. Jeg forsøger at kalde den tilbage.\n")
    if d.chance(0.75):
        line(treasurer, t_form, "Medlem")
        d.t("Han fik også foreningens kort, ")
        d.card()
        d.t(", udløb ")
        d.expiry()
        d.t(d.pick((", og kontrolcifre ", ", CVV ", ", CVC ")))
        d.cvv()
        d.t(".\n")
        line(adviser, a_form, "Person")
        d.t(
            f"Så spærrer jeg kortet nu. Der er forsøgt en betaling på {d.amount()}"
            f" kl. {d.clock()}.\n"
        )
    line(adviser, a_form, "Person")
    d.t("Vi ringer tilbage på ")
    d.phone()
    d.t(". Anmeld det også til politiet på 114 og giv dem sagsnummeret.\n")
    line(treasurer, t_form, "Medlem")
    d.t("Tak. Formanden, ")
    d.name(d.person(), d.pick(("short", "full")), "Medlem")
    d.t(", er på ")
    d.mail(None, ascii_lower(org.split()[-1]) + d.pick(("formand", ".formand", ".bestyrelse")))
    d.t(", hvis I har brug for det.\n")


def police_report(d: Doc) -> None:
    r = d.r
    fake = d.pick(FAKES[4:])
    reporter = d.person()
    d.t(f"{d.pick(POLICE)} Politi\nAnmeldelse – bedrageri ved falsk dør-til-dør-indsamling\n")
    d.t(f"{d.journal().capitalize()}\nAnmeldt {d.date_text()} kl. {d.clock()}\n\nAnmelder\nNavn: ")
    d.name(reporter, d.pick(("upper", "upper_comma", "full")), "Vidne")
    d.t("\nCPR-nr.: ")
    d.cpr(reporter)
    d.t("\nAdresse: ")
    d.address("two")
    d.t("\nTlf.: ")
    d.phone()
    if d.chance(0.6):
        d.t("\nE-mail: ")
        d.mail(reporter)
    d.t(
        "\n\nForklaring\n"
        "Anmelder forklarede, at to personer ringede på med en indsamlingsbøsse mærket "
    )
    d.t(f'"{fake}". De viste et lamineret kort med {d.permit()}, som {AUTHORITIES[0]} ')
    d.t(
        f"efterfølgende har oplyst ikke findes. Anmelder gav {d.amount()} kontant og "
        f"{d.amount()} via "
    )
    d.t(f"{d.mobilepay()}. Den ene kaldte sig ")
    d.name(d.person(), d.pick(("first", "short")), "Person")
    d.t(" og havde et svensk telefonnummer, ")
    d.phone("se")
    d.t(". Personerne kørte derfra i en bil med nummerplade ")
    d.plate()
    if d.chance(0.4):
        d.t(", og en anden bil, ")
        d.plate()
        d.t(", holdt ved ")
        d.t(f"{d.pick(STREETS)}.")
    else:
        d.t(".")
    d.t("\n\nVidner\n")
    for i in range(r.randint(1, 2)):
        w = d.person()
        d.t(f"{i + 1}) ")
        d.name(w, d.pick(("upper", "full", "comma")), "Vidne")
        d.t(", f. ")
        d.dob(w)
        d.t(", ")
        d.address("one")
        d.t(", tlf. ")
        d.phone()
        d.t("\n")
    d.t("\nAfhørt af politiassistent ")
    d.name(d.person("dane"), "initial", "Person")
    d.t(
        f". Kopi sendt til {AUTHORITIES[0]}. "
        f"Anmelder er vejledt om at spærre betalinger via {d.org_line()}.\n"
    )


def member_export(d: Doc) -> None:
    r = d.r
    org = d.pick(
        (*CHARITIES, "Skovby Idrætsforening", "Lyngå Kirkekor", "Nørrelyng Sogns Besøgstjeneste")
    )
    d.t(f"Uddrag af medlemsliste – eksporteret fra Conventus og lækket {d.date_text()}\n")
    d.t(
        f"{org}. Bilag til anmeldelse til {AUTHORITIES[1]}, "
        f"sag 2026-{r.randint(100, 999)}-{r.randrange(10000):04d}\n\n"
    )
    for _ in range(r.randint(2, 3)):
        p = d.person()
        d.t(f"{d.member_no().capitalize()}\nNavn: ")
        d.name(p, d.pick(("upper_comma", "upper", "comma", "full")), "Medlem")
        d.t("\nAdresse: ")
        d.address(d.pick(("two", "two", "one")))
        d.t("\nTlf.: ")
        d.phone()
        d.t("\nE-mail: ")
        d.mail(p)
        d.t("\nFødselsdato: ")
        d.dob(p)
        if d.chance(0.35):
            d.t("\nCPR: ")
            d.cpr(p)
        d.t(
            f"\nKontingent: {d.pick(('150', '250', '300', '375,50', '480'))} kr. "
            "via Betalingsservice, "
        )
        d.account(d.pick(("regnr", "reg", "dash")))
        d.t("\n\n")
    d.t("Efter lækket fik medlemmerne mails fra ")
    d.masked_mail()
    d.t(f' om "ekstra kontingent" på {d.amount()} til ')
    if d.chance(0.45):
        d.iban(d.pick(("LT", "PL", "DE", "NL")))
    else:
        d.t("et udenlandsk kontonummer")
    d.t(". Foreningens kasserer, ")
    k = d.person()
    d.name(k, d.pick(("short", "initial")), "Medlem")
    d.t(f", har advaret via hjemmesiden. {org}, {d.cvr()}.\n")


def grant_note(d: Doc) -> None:
    r = d.r
    fund = d.pick(FOUNDATIONS)
    victim, officer = d.person(), d.person("dane")
    d.t(
        f"{fund} – sagsnotat\nAnsøgning F-2026-{r.randrange(10000):04d}, "
        f"modtaget {d.date_text()}\nSagsbehandler: "
    )
    d.name(officer, d.pick(("short", "initial")), "Person")
    d.t("\n\n")
    d.t(f'Ansøgningen om {d.amount("big")} til "{d.pick(PURPOSES)}" ')
    d.t("er indsendt i ")
    d.name(victim, "gen", "Ansøger")
    d.t(" navn (CPR ")
    d.cpr(victim)
    d.t(", ")
    d.address("one")
    d.t("). Foreningen, der søges på vegne af, har ")
    d.t(f"{d.cvr()}, men er opløst. ")
    d.t("Ansøgningen angiver udbetaling til ")
    if d.chance(0.4):
        d.iban()
    else:
        d.account()
    d.t(" og kontakt-mail ")
    d.mail(victim)
    d.t(".\n\n")
    d.t("Jeg ringede til ")
    d.name(victim, d.pick(("full", "short")), "Ansøger")
    d.t(" på ")
    d.phone()
    d.t(" (nummeret fra folkeregisteret, ikke det i ansøgningen). ")
    d.name(victim, d.pick(("first", "gen")), "Ansøger")
    if d.pick(("a", "b")) == "a":
        d.t(" har ikke søgt og har ikke hørt om foreningen. Fødselsdato: ")
    else:
        d.t(" kender intet til ansøgningen. Fødselsdato: ")
    d.dob(victim)
    d.t(" stemmer, så oplysningerne er formentlig stjålet. Den rigtige mail er ")
    d.mail(victim)
    d.t(".\n\n")
    if d.chance(0.4):
        d.t("Ansøgeren ringede selv fra ")
        d.phone(d.pick(("dk", "se")))
        d.t(" og bad om at få pengene hurtigt; vedkommende kaldte sig ")
        d.name(d.person(), d.pick(("short", "first")), "Person")
        d.t(". ")
    if d.chance(0.35):
        d.t("Ansøgningen var underskrevet med MitID, bruger-id ")
        d.mitid(victim)
        d.t("; ")
        d.name(victim, "first", "Ansøger")
        d.t(" har fået MitID spærret. ")
    d.t(f"Sagen er afvist og anmeldt til politiet på 114, {d.journal()}.\n")
    d.t("Godkendt af ")
    d.name(d.person(), d.pick(("initial", "short")), "Person")
    d.t(f", {d.date_text()}.\n")


def donor_chat(d: Doc) -> None:
    r = d.r
    org = d.pick(CHARITIES)
    donor, treasurer = d.person("foreign"), d.person()
    d.t(
        f"Chat fra {d.pick(('WhatsApp', 'Messenger'))}, "
        f"eksporteret af kassereren i {org} {d.date_text()}\n\n"
    )
    m = r.randint(8 * 60, 20 * 60)
    d_form, t_form = d.pick(("short", "first")), d.pick(("first", "short", "full"))

    def line(who: Person, form: str, role: str) -> None:
        nonlocal m
        m += r.randint(0, 3)
        d.t(f"[{m // 60:02d}:{m % 60:02d}] ")
        d.name(who, form, role)
        d.t(": ")

    line(donor, d_form, "Person")
    d.t(f"Dear friend, I am {d.pick(('Mrs. ', 'Mr. ', 'Dr. ', ''))}")
    d.name(donor, "short", "Person")
    d.t(
        f". I wish to donate £{r.randint(1, 9)},{r.randrange(1000):03d},000 to {org} "
        f"from my late {'husband' if donor.she else 'wife'}'s estate.\n"
    )
    line(treasurer, t_form, "Medlem")
    d.t(
        d.pick(
            (
                "Hello, thank you. Who are you exactly?",
                "Hej – hello! Is this real?",
                "Thank you, but how did you find us?",
            )
        )
    )
    d.t("\n")
    line(donor, d_form, "Person")
    d.t("My solicitor ")
    d.name(d.person("foreign"), "short", "Person")
    d.t(" handles the transfer. The bank needs a small fee of ")
    d.t(f"£{r.randint(2, 9) * 100} first. Please send it to IBAN ")
    d.iban(d.pick(("GB", "IE", "GB", "LT")))
    d.t("\n")
    line(treasurer, t_form, "Medlem")
    d.t("Jeg skal lige spørge ")
    d.name(d.person(), d.pick(("first", "short")), "Medlem")
    d.t(" i bestyrelsen. Can you not just send the money to our account, ")
    d.account(d.pick(("dash", "space")))
    d.t("?\n")
    line(donor, d_form, "Person")
    d.t("For security the bank must verify a card. Please write the card number, expiry and CVV.\n")
    if d.chance(0.7):
        line(treasurer, t_form, "Medlem")
        d.card()
        d.t(d.pick((" exp ", " udløb ", " ")))
        d.expiry()
        d.t(d.pick((" cvc ", " CVC ", " CVV ")))
        d.cvv()
        d.t("\n")
        line(donor, d_form, "Person")
        d.t("Good. You will receive a code by SMS now, tell me the code please.\n")
        line(treasurer, t_form, "Medlem")
        d.t(d.pick(("the code is ", "koden er ", "code: ")))
        d.otp()
        d.t("\n")
    line(donor, d_form, "Person")
    d.t("Also send your home address for the certificate.\n")
    line(treasurer, t_form, "Medlem")
    d.address("one")
    d.t(". Mvh ")
    d.name(treasurer, d.pick(("lower", "lower", "lower_short")), "Medlem")
    d.t("\n")
    line(donor, d_form, "Person")
    d.t("Thank you dear. Call me on ")
    d.phone("uk")
    d.t(" or write to ")
    d.mail(donor)
    d.t(".\n\n")
    d.t("Note: Kassereren opdagede svindlen dagen efter og ringede til banken på ")
    d.t(f"{d.org_line()}. Anmeldt til politiet på 114. Tabt i alt {d.amount('mid')}")
    if d.chance(0.4):
        d.t(" Kassererens telefon: ")
        d.phone()
        d.t(".")
    d.t("\n")


WRITERS: dict[str, Callable[[Doc], None]] = dict(
    zip(
        GENRES,
        (
            donor_log,
            parish_mail,
            volunteer_notes,
            bank_line,
            police_report,
            member_export,
            grant_note,
            donor_chat,
        ),
        strict=True,
    )
)


def generate(seed: int = SEED, size: int = SIZE) -> list[dict]:
    """The set: `size` documents, a NEGATIVES/SIZE share of them pseudonymised negatives."""
    negatives = round(size * NEGATIVES / SIZE)
    plan = [(GENRES[i % len(GENRES)], "negative") for i in range(negatives)]
    plan += [(GENRES[i % len(GENRES)], "positive") for i in range(size - negatives)]
    random.Random(f"pii_blind39:{seed}:plan").shuffle(plan)
    docs = []
    for i, (genre, kind) in enumerate(plan):
        doc = Doc(random.Random(f"pii_blind39:{seed}:{i}"), kind == "negative")
        WRITERS[genre](doc)
        spans = doc.spans if kind == "positive" else []
        docs.append(
            {
                "id": f"pii-blind39-{i:04d}",
                "genre": genre,
                "kind": kind,
                "text": doc.text(),
                "spans": spans,
            }
        )
    return docs


def main(argv: list[str]) -> None:
    out = Path(argv[1]) if len(argv) > 1 else Path(__file__).parent / "data" / "pii_blind39.jsonl"
    rows = (json.dumps(doc, ensure_ascii=False) for doc in generate())
    out.write_text("".join(row + "\n" for row in rows), encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv)
