"""An eighty-sixth blind, seeded generator of Danish text with labelled personal data (issue 18).

Written without looking at the recognisers, their word lists or the other generators' bodies,
as a held-out test set with its own names, streets and towns. Its theme is PHISHING IN THE NAME
OF SUNDHED.DK, THE REGION AND THE HOSPITAL as a Danish region's patient-service desk and IT
security team meet it, in six genres: the desk's call log ("opkald"), patients' e-mails with
Fra:/Til:/Emne: headers ("mail"), the web chat with "[09:14] Name:" speaker lines ("chat"),
the security team's tickets ("ticket"), scam messages forwarded by patients ("svindel") and
letters to patients with a letterhead ("brev", one CPR number each).

Conventions (exact offsets are scored):
- PERSON is a name as written, without title or role ("fru", "Dr.", "sygeplejerske"); a
  genitive s belongs to it; chat speakers are PERSON; names in capitals or lower case too.
  Organisations (sundhed.dk, the region, hospitals) and pseudonyms ("Patient A") never are.
- ADDRESS is a patient's postal address: street, number (floor, side), plus ", postcode town"
  or the postcode and town on the next line, as one span. The region's and the hospitals' own
  addresses (letterheads, "mød op i Information på ...") are never labelled.
- CPR: synthetic (real date, fitting century digit, FAILING modulus 11), written "DDMMYY-SSSS",
  "DDMMYYSSSS", "DD MM YY SSSS", "DDMMYY SSSS" or "DD.MM.YY-SSSS".
- PHONE: Danish numbers in many forms (+45, 0045, (+45), groups, dashes, dots), never 70/80
  lines, and foreign numbers from fiction ranges (+44 7700 900xxx, +46 70 174 06 xx).
- EMAIL: every unmasked address (example.* domains), staff's and scammers' too.
- CARD: Luhn-valid with a test prefix; CARD_EXPIRY "MM/YY" or "MM/YYYY" (the value only);
  IBAN with valid check digits; BANK_ACCOUNT "reg-konto" together, or the account only where
  the reg.nr. has its own word; DATE_OF_BIRTH only after "født", "f.", "fødselsdato:", "DOB:";
  MITID_USER and OTP the value only after their cue; NUMBER_PLATE a Danish plate (parking scams).
- Hard negatives, never labelled: case, journal, ticket, invoice numbers, CVR numbers, amounts,
  dates and clock times, device (asset) numbers, masked values, the region's 70 lines and 1813,
  organisations' addresses. Documents of kind "negative" are the same genres pseudonymised.

Each document is {"id", "genre", "kind", "text", "spans": [{"start", "end", "type"}]}.
``python -m bench.pii_blind85 OUT.jsonl`` writes the set; ``generate()`` returns it.
"""

from __future__ import annotations

import json
import random
import sys
import unicodedata
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Final


def _words(text: str) -> tuple[str, ...]:
    """The distinct words of a text block, in order (the name lists are written as prose)."""
    return tuple(dict.fromkeys(text.split()))


SIZE: Final = 1000
NEGATIVES: Final = 350
GENRES: Final = ("opkald", "mail", "chat", "ticket", "svindel", "brev")
TYPES: Final = ("PERSON", "ADDRESS", "CPR", "PHONE", "EMAIL", "IBAN", "BANK_ACCOUNT", "CARD",
                "CARD_EXPIRY", "DATE_OF_BIRTH", "NUMBER_PLATE", "MITID_USER", "OTP")  # fmt: skip
WEIGHTS: Final = (4, 3, 2, 7, 6, 5, 4, 3, 2, 1)
TEST_PREFIXES: Final = ("4111111111", "5555555555", "4012888888", "5105105105", "378282")
IBAN_LENGTH: Final = {"DK": 18, "DE": 22, "NO": 15, "SE": 24, "NL": 18}
MOBILE: Final = _words("20 21 22 23 24 25 26 27 28 29 30 31 40 41 42 50 51 52 53 60 61 71 81 91 93")
LANDLINE: Final = _words(
    "32 33 35 36 38 39 43 44 45 46 48 56 57 62 64 65 66 75 76 86 87 89 96 97 98"
)

WOMEN: Final = _words(
    """Anne Kirsten Hanne Mette Anna Helle Susanne Lene Maria
Marianne Lone Camilla Pia Louise Charlotte Bente Tina Gitte Inge Karen Ida Julie Emma Sofie Freja
Clara Laura Ella Alma Agnes Olivia Karla Josefine Mathilde Cecilie Line Maja Signe Sara Emilie
Nanna Rikke Birgit Birthe Jytte Else Grethe Ruth Dorthe Jette Vibeke Lise Merete Tove Ulla Annette
Bodil Ellen Ingrid Kamilla Stine Trine Sanne Heidi Malene Mia Katrine Nina Tanja Janne Britt Conny
Ester Ragnhild Solveig Astrid Frida Liva Vigga Asta Lærke Marie Kristina Johanne Dagmar Sigrid Thea
Luna Nora Isabella Filippa Viktoria Rebekka Amalie Caroline Christina Dorte Ditte Eva Gertrud
Hedvig Irene Jane Karina Lisbeth Majken Nadja Pernille Randi Sidsel Tenna Tilde Ulrikke Vera
Yvonne Aase Agnete Edith Elna Gudrun Henriette Inger Jonna Kathrine Mona Oda Petra Rosa Selma
Fatima Aisha Zainab Amina Leyla Yasmin Mariam Hiba Nour Elif Zeynep Agnieszka Katarzyna Olena
Iryna Lan Mai Priya Anjali Samira Hodan Sahra Dunja Milica Ana Gry Benedikte Bettina Elisabeth
Frederikke Gunhild Hjørdis Karoline Lea Lotte Mille Naja Pil Silje Sofia"""
)
MEN: Final = _words(
    """Peter Jens Lars Michael Henrik Thomas Søren Jan Niels
Christian Martin Morten Jesper Anders Rasmus Mads Mikkel Frederik Kasper Jakob Jonas Emil Oliver
William Noah Lucas Victor Magnus Carl Oscar Alfred Aksel Valdemar Malthe Elias August Johan
Laurits Villads Bjarne Poul Erik Hans Ole Knud Kurt Leif Finn Flemming Preben Per Bent Arne Svend
Torben Jørgen Kim Steen Carsten Claus Brian Dennis Kenneth René Allan Bo Ib Kaj Aage Holger Ejner
Gunnar Palle Tage Vagn Verner Kristian Nikolaj Simon Sebastian Tobias Philip Mathias Andreas
Daniel Benjamin Alexander Anton Asger Bertram Carlo Dines Esben Gustav Halfdan Ivar Jeppe
Kristoffer Lasse Mogens Nicolai Otto Rune Sune Troels Ulrik Vilhelm Anker Bjørn Ebbe Frits Georg
Helge Iver Jon Karsten Lauge Max Nils Orla Rolf Sigurd Thorkild Uffe Viggo Hugo Theo Konrad
Mohammed Ahmed Ali Omar Hassan Hussein Mustafa Yusuf Ibrahim Khalid Mehmet Emre Murat Tariq Bilal
Karim Piotr Tomasz Krzysztof Andrzej Oleksandr Dmytro Minh Arjun Rahul Ravi Goran Dragan Nikola
Ardit Jamal Sami"""
)
SURNAMES: Final = _words(
    """Nielsen Jensen Hansen Pedersen Andersen Christensen
Larsen Sørensen Rasmussen Jørgensen Petersen Madsen Kristensen Olsen Thomsen Christiansen Poulsen
Johansen Møller Mortensen Knudsen Jakobsen Jacobsen Mikkelsen Olesen Frederiksen Laursen Henriksen
Lund Holm Schmidt Eriksen Kristiansen Nissen Clausen Simonsen Svendsen Andreasen Iversen Jeppesen
Mogensen Jespersen Nørgaard Lauridsen Kjær Jepsen Søndergaard Mathiasen Dahl Bertelsen Østergaard
Vestergaard Nygaard Damgaard Kjærgaard Overgaard Bach Bech Berg Brandt Bruun Dalgaard Dam
Enevoldsen Fischer Friis Gregersen Hald Hedegaard Holst Høj Kirk Koch Kofoed Krogh Lassen Lind
Lindberg Lorenzen Mølgaard Munk Nørregaard Pallesen Pape Qvist Ravn Riis Rosenberg Schou Skov
Steffensen Thygesen Toft Vinther Winther Wulff Yilmaz Demir Kaya Şahin Öztürk Nowak Kowalski
Wiśniewski Kovalenko Shevchenko Nguyen Tran Pham Singh Kumar Patel Abdi Farah Mohamud Osman Khan
Malik Haddad Petrović Jovanović Hodžić Berisha Aziz Rahimi Karimi Ebbesen Fogh Gade Hvid Isaksen
Kamp Leth Meldgaard Nyborg Obel Rask Sejersen Thorsen Ulriksen Vang Bisgaard Bundgaard Buch
Carlsen Due Egholm Feldt Gravesen Hougaard Ingvardsen"""
)

STREETS: Final = ("Birkevej", "Egevej", "Lærkevej", "Fasanvej", "Kirkebakken", "Møllegade",
    "Skovbrynet", "Vibevej", "Rosenvænget", "Solsikkevej", "Enghavevej", "Bøgevej", "Kastanievej",
    "Hybenvej", "Tjørnevej", "Ahornvej", "Granvænget", "Pilevej", "Anemonevej", "Tranevej",
    "Mågevej", "Søndergade", "Nørregade", "Østergade", "Vestergade", "Stationsvej", "Skolevej",
    "Byvej", "Toftevej", "Havrevej", "Rugvænget", "Kløvervej", "Lyngvej", "Mosevej", "Engvej",
    "Bakkevej", "Grønnegade", "Strandvejen", "Fjordvej", "Smedievej", "Mejerivej", "Kærvej",
    "Højvangen", "Kildevej", "Rønnebærvej", "Blåbærvej", "Hasselvej", "Valmuevej", "Violvej",
    "Syrenvej", "Tulipanvej", "Sønder Allé", "Gl. Skovvej")  # fmt: skip
TOWNS: Final = ("8000 Aarhus C", "8200 Aarhus N", "8210 Aarhus V", "8240 Risskov",
    "8260 Viby J", "8270 Højbjerg", "8300 Odder", "8330 Beder", "8340 Malling", "8355 Solbjerg",
    "8370 Hadsten", "8380 Trige", "8410 Rønde", "8450 Hammel", "8464 Galten", "8500 Grenaa",
    "8520 Lystrup", "8543 Hornslet", "8550 Ryomgård", "8600 Silkeborg", "8620 Kjellerup",
    "8660 Skanderborg", "8680 Ry", "8700 Horsens", "8722 Hedensted", "8740 Brædstrup",
    "8800 Viborg", "8850 Bjerringbro", "8870 Langå", "8900 Randers C", "8920 Randers NV",
    "8960 Randers SØ", "8963 Auning", "7400 Herning", "7500 Holstebro", "7600 Struer",
    "7800 Skive", "6900 Skjern", "6950 Ringkøbing", "7430 Ikast", "7490 Aulum", "7620 Lemvig",
    "6880 Tarm", "8883 Gjern")  # fmt: skip
ORGS: Final = ("sundhed.dk", "Region Midtjylland", "Aarhus Universitetshospital",
    "Regionshospitalet Randers", "Regionshospitalet Horsens", "Regionshospitalet Viborg",
    "Hospitalsenheden Vest", "Regionshospitalet Silkeborg")  # fmt: skip
# The organisations' own postal addresses: never personal data, never labelled.
ORG_ADDRESSES: Final = ("Hospitalsvej 4, 8900 Randers C", "Sundhedsparken 11, 8200 Aarhus N",
    "Regionsgården, Skottenborg 26, 8800 Viborg", "Sygehusvej 20, 8700 Horsens",
    "Gl. Landevej 61, 7400 Herning", "Falkevej 1, 8600 Silkeborg",
    "Lægårdvej 12, 7500 Holstebro", "Indgang C, Sundhedsparken 11")  # fmt: skip
ORG_LINES: Final = ("70 21 13 50", "70 21 13 51", "7021 1352", "1813", "80 30 12 12")
DEVICE: Final = "RM-PC-"  # asset numbers of the region's PCs ("RM-PC-04417")
PSEUDONYMS: Final = ("Patient A", "Patient B", "Pårørende 1", "Medarbejder 1", "Medarbejder 2")
STAFF_ROLES: Final = ("sekretær", "sygeplejerske", "IT-supporter", "læge", "vagtleder")
MONTHS: Final = ("januar", "februar", "marts", "april", "maj", "juni", "juli", "august",
                 "september", "oktober", "november", "december")  # fmt: skip
MAIL_DOMAINS: Final = ("example.dk", "example.com", "mail.example.dk", "example.net")
SCAM_DOMAINS: Final = ("sundhed-login.example.com", "regionmidt-sikker.example.net",
                       "auh-betaling.example.com")  # fmt: skip

GREETINGS: Final = ("Velkommen til chatten, hvad kan jeg hjælpe med?", "Hej, du skriver med "
    "Patientservice. Hvad drejer det sig om?", "Hi, how can I help you today?",
    "Goddag – hvordan kan jeg hjælpe?")  # fmt: skip
OPENERS: Final = ("hej, jeg har fået sms om at min sundhed.dk er spærret?? skal jeg trykke på "
    "linket", "Hello, I got a message from the hospital that I must pay for my appointment",
    "HEJ JEG HAR FÅET EN MAIL FRA HOSPITALET OM REFUSION", "hej har fået en mærkelig sms "
    "om min tid på hospitalet, er den rigtig",
    "Goddag. Min mor har fået et opkald fra 'regionen'")  # fmt: skip
CALL_OPENINGS: Final = ("Borger ringer pga sms", "Pt. ringer, har fået mail",
    "Ringer meget utryg over sms", "pt ringer ang. opkald", "BORGER MEGET OPRØRT, har fået sms",
    "Pårørende ringer på vegne af borger, sms modtaget", "Ringer vedr. mail")  # fmt: skip
CLAIMS: Final = ('"din journal er låst"', "en tid skal bekræftes", "refusion af egenbetaling",
    "manglende betaling for parkering", '"ny sikkerhedsopdatering af MitID"')  # fmt: skip
SUBJECTS: Final = ("Er denne mail ægte??", "VS: Vigtig besked fra sundhed.dk", "svindel?",
                    "Fwd: Your health record", "SPØRGSMÅL OM SMS FRA HOSPITALET")  # fmt: skip

Span = dict[str, object]


class Doc:
    """A document being written: its text pieces and the spans of the labelled ones."""

    def __init__(self, positive: bool) -> None:
        self.positive = positive
        self.parts: list[str] = []
        self.spans: list[Span] = []
        self.size = 0

    def t(self, text: str) -> Doc:
        self.parts.append(text)
        self.size += len(text)
        return self

    def v(self, kind: str, value: str, stand_in: str) -> Doc:
        """A labelled value in a positive; its stand-in, unlabelled, in a negative."""
        if not self.positive:
            return self.t(stand_in)
        self.spans.append({"start": self.size, "end": self.size + len(value), "type": kind})
        return self.t(value)

    @property
    def text(self) -> str:
        return "".join(self.parts)


class People:
    """Random synthetic people and values for one document."""

    def __init__(self, r: random.Random) -> None:
        self.r = r

    def first(self) -> str:
        return self.r.choice(WOMEN if self.r.random() < 0.55 else MEN)

    def name(self) -> tuple[str, str]:
        """(first name, surname), sometimes with a middle name or a double surname."""
        r = self.r
        surname = r.choice(SURNAMES)
        if r.random() < 0.12:
            surname = f"{surname}-{r.choice(SURNAMES)}"
        first = self.first()
        if r.random() < 0.15:
            first = f"{first} {r.choice(SURNAMES)}"
        return first, surname

    def written(self, first: str, surname: str) -> str:
        r, k = self.r, self.r.random()
        if k < 0.35:
            return f"{first} {surname}"
        if k < 0.52:
            return f"{surname}, {first}"
        if k < 0.62:
            return f"{first[0]}. {surname}"
        if k < 0.77:
            return f"{first} {surname}".upper()
        if k < 0.84:
            return f"{first} {surname}".lower()
        return first if r.random() < 0.6 else surname

    def cpr(self, born: date) -> str:
        r = self.r
        head = born.strftime("%d%m%y")
        while True:
            seventh = r.choice("0123") if born.year < 2000 else "4"
            digits = head + seventh + f"{r.randrange(1000):03d}"
            if sum(int(c) * w for c, w in zip(digits, WEIGHTS, strict=True)) % 11:
                break
        k = r.randrange(5)
        return (digits[:6] + "-" + digits[6:], digits, f"{digits[:2]} {digits[2:4]} "
                f"{digits[4:6]} {digits[6:]}", digits[:6] + " " + digits[6:],
                f"{digits[:2]}.{digits[2:4]}.{digits[4:6]}-{digits[6:]}")[k]  # fmt: skip

    def born(self) -> date:
        return date(1931, 1, 1) + timedelta(days=self.r.randrange(27000))

    def dob(self, born: date) -> str:
        k = self.r.randrange(4)
        return (f"{born.day}. {MONTHS[born.month - 1]} {born.year}", born.strftime("%d.%m.%Y"),
                f"{born.day}/{born.month}-{born.year}", born.strftime("%d-%m-%Y"))[k]  # fmt: skip

    def phone(self) -> str:
        r = self.r
        if r.random() < 0.07:
            if r.random() < 0.5:
                return f"+44 7700 900{r.randrange(1000):03d}"
            return f"+46 70 174 06 {r.randrange(5, 100):02d}"
        n = r.choice(MOBILE + LANDLINE) + f"{r.randrange(10**6):06d}"
        pairs = " ".join(n[i : i + 2] for i in range(0, 8, 2))
        return r.choice((f"+45 {n}", f"+45 {pairs}", f"+45 {n[:4]} {n[4:]}", f"{n[:4]} {n[4:]}",
                         f"(+45) {pairs}", f"0045 {n}", pairs, n, f"+45{n}",
                         pairs.replace(" ", "."), pairs.replace(" ", "-")))  # fmt: skip

    def email(self, first: str, surname: str) -> str:
        r = self.r
        local = r.choice((f"{first}.{surname}", f"{first}{r.randrange(10, 99)}",
                          f"{first[0]}{surname}", f"{surname}.{first[0]}"))  # fmt: skip
        plain = local.lower().split()[0].replace("-", ".")
        return f"{ascii_only(plain)}@{r.choice(MAIL_DOMAINS)}"

    def address(self, two_lines: bool | None = None) -> str:
        r = self.r
        street = f"{r.choice(STREETS)} {r.randrange(1, 140)}{r.choice(('', '', '', 'A', 'B'))}"
        if r.random() < 0.3:
            street += (
                f", {r.choice(('st.', '1.', '2.', '3.', '4.'))} {r.choice(('th.', 'tv.', 'mf.'))}"
            )
        town = r.choice(TOWNS)
        k = r.random() if two_lines is None else (0.1 if two_lines else 0.6)
        return f"{street}\n{town}" if k < 0.35 else f"{street}, {town}" if k < 0.85 else street

    def card(self) -> str:
        r = self.r
        prefix = r.choice(TEST_PREFIXES)
        length = 15 if prefix.startswith("37") else 16
        body = prefix + "".join(str(r.randrange(10)) for _ in range(length - len(prefix) - 1))
        for check in "0123456789":
            digits = body + check
            total = sum(
                (lambda n: n // 10 + n % 10)(int(c) * (1 + i % 2))
                for i, c in enumerate(reversed(digits))
            )
            if total % 10 == 0:
                break
        return grouped(digits) if r.random() < 0.7 else digits

    def expiry(self) -> str:
        m, y = self.r.randrange(1, 13), self.r.randrange(26, 32)
        return f"{m:02d}/{y}" if self.r.random() < 0.7 else f"{m:02d}/20{y}"

    def iban(self) -> str:
        r = self.r
        country = r.choice(("DK", "DK", "DE", "NO", "SE", "NL"))
        if country == "NL":
            bban = "ABNA" + "".join(str(r.randrange(10)) for _ in range(10))
        else:
            bban = "".join(str(r.randrange(10)) for _ in range(IBAN_LENGTH[country] - 4))
        numeric = "".join(str(int(c, 36)) for c in bban + country + "00")
        compact = f"{country}{98 - int(numeric) % 97:02d}{bban}"
        return grouped(compact) if r.random() < 0.6 else compact

    def account(self) -> tuple[str, str]:
        r = self.r
        reg = f"{r.randrange(1000, 9999)}"
        return reg, f"{r.randrange(10**6, 10**10):0{r.choice((8, 10))}d}"

    def otp(self) -> str:
        return (
            f"{self.r.randrange(10**6):06d}"
            if self.r.random() < 0.8
            else f"{self.r.randrange(10**8):08d}"
        )

    def mitid(self, first: str, born: date) -> str:
        plain = first.lower().split()[0]
        for a, b in (("æ", "ae"), ("ø", "oe"), ("å", "aa")):
            plain = plain.replace(a, b)
        plain = "".join(c for c in plain if "a" <= c <= "z") or "bruger"
        return plain + (str(born.year) if self.r.random() < 0.4 else f"{born.year % 100:02d}")

    def plate(self) -> str:
        r = self.r
        letters = "".join(r.choice("ABCDEHJKLMNPRSTUVXYZ") for _ in range(2))
        n = f"{r.randrange(10, 100)}{r.randrange(100, 1000)}"
        return f"{letters} {n[:2]} {n[2:]}" if r.random() < 0.7 else letters + n


def ascii_only(text: str) -> str:
    """A name as people type it in an e-mail address: æ, ø, å spelt out, other accents dropped."""
    for letter, spelt in (("æ", "ae"), ("ø", "oe"), ("å", "aa")):
        text = text.replace(letter, spelt)
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


def grouped(compact: str) -> str:
    """A card number or IBAN in groups of four."""
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))


class Ctx:
    """One document's writer: a Doc, a People source and shared hard negatives."""

    def __init__(self, r: random.Random, positive: bool) -> None:
        self.r, self.d, self.p = r, Doc(positive), People(r)

    def case(self) -> str:
        r = self.r
        return r.choice((f"SAG-{r.randrange(10000, 99999)}", f"INC-{r.randrange(100000, 999999)}",
                         f"J.nr. 2026-{r.randrange(1000, 99999)}",
                         f"henv. nr. {r.randrange(100000, 999999)}"))  # fmt: skip

    def when(self) -> str:
        r = self.r
        day, month = r.randrange(1, 29), r.randrange(1, 13)
        return r.choice((f"{day:02d}.{month:02d}.2026", f"2026-{month:02d}-{day:02d}",
                         f"kl. {r.randrange(7, 20):02d}.{r.randrange(60):02d}"))  # fmt: skip

    def amount(self) -> str:
        r = self.r
        return r.choice((f"{r.randrange(1, 999)},{r.randrange(100):02d} kr.",
                         f"{r.randrange(1, 30)}.{r.randrange(1000):03d} kr.",
                         f"kr. {r.randrange(25, 999)},00"))  # fmt: skip

    def org(self) -> str:
        return self.r.choice(ORGS)

    def org_address(self) -> str:
        return self.r.choice(ORG_ADDRESSES)

    def line(self) -> str:
        return self.r.choice(ORG_LINES)

    def device(self) -> str:
        return f"{DEVICE}{self.r.randrange(10000, 99999)}"

    def cvr(self) -> str:
        return f"CVR-nr. {self.r.randrange(10**7, 10**8)}"

    def masked(self) -> str:
        r = self.r
        return r.choice((f"{r.randrange(10, 28)}{r.randrange(10, 12)}{r.randrange(40, 99)}-xxxx",
                         f"**** **** **** {r.randrange(1000, 9999)}",
                         f"+45 ** ** ** {r.randrange(10, 99)}",
                         f"{r.choice('abdhjkm')}***@example.dk"))  # fmt: skip


def opkald(c: Ctx) -> None:
    d, p, r = c.d, c.p, c.r
    first, surname = p.name()
    born = p.born()
    d.t(f"OPKALD {c.when()} – {c.case()}\nModtaget af: ").v("PERSON", p.first(), "Medarbejder 1")
    d.t(f" ({r.choice(STAFF_ROLES)}), Patientservice, {c.org()}\nBorger: ")
    d.v("PERSON", p.written(first, surname), "Patient A").t(", ")
    if r.random() < 0.5:
        d.t("cpr ").v("CPR", p.cpr(born), c.masked() if r.random() < 0.5 else "[CPR]")
    else:
        d.t(r.choice(("født ", "f. ", "fødselsdato: "))).v(
            "DATE_OF_BIRTH", p.dob(born), "**.**.****"
        )
    d.t("\ntlf. ").v("PHONE", p.phone(), "[TLF]").t("\n\n")
    d.t(r.choice(CALL_OPENINGS))
    d.t(f" i navnet på {c.org()} om at {r.choice(CLAIMS)}. Har klikket på linket og ")
    k = r.randrange(4)
    if k == 3:
        d.t("betalt 'P-afgift' for bil ").v("NUMBER_PLATE", p.plate(), "XX ** ***")
        d.t(" med MitID ").v("MITID_USER", p.mitid(first, born), "[NAVN]").t(".")
    elif k == 0:
        d.t("tastet kortnr. ").v("CARD", p.card(), "**** **** **** 1111").t(" udløb ")
        d.v("CARD_EXPIRY", p.expiry(), "**/**").t(f" for at betale gebyr på {c.amount()}")
    elif k == 1:
        d.t("oplyst MitID-bruger-id ").v("MITID_USER", p.mitid(first, born), "[NAVN]")
        d.t(" og kode ").v("OTP", p.otp(), "[kode]").t(" til en 'medarbejder' i telefonen.")
    else:
        reg, acc = p.account()
        d.t(f"overført {c.amount()} fra reg.nr. {reg} kontonr. ").v(
            "BANK_ACCOUNT", acc, "[kontonr.]"
        )
        d.t(" til IBAN ").v("IBAN", p.iban(), "DK71XXXXXXXXXX0932").t(".")
    d.t("\nHenvist til egen bank og politiet på 114. Adresse bekræftet: ")
    d.v("ADDRESS", p.address(False), "[ADRESSE]").t(".\n")
    d.t(
        f"Pt. oplyst at vi ALDRIG beder om kode pr tlf. Ringede fra {c.line()}. Mød evt. op i "
        f"Information på {c.org_address()}.\nVidere til IT-sikkerhed ({c.case()}). /"
    )
    d.v("PERSON", p.first(), "Medarbejder 2")


def mail(c: Ctx) -> None:
    d, p, r = c.d, c.p, c.r
    first, surname = p.name()
    born = p.born()
    d.t("Fra: ").v("PERSON", f"{first} {surname}", "Patient B").t(" <")
    d.v("EMAIL", p.email(first, surname), "[e-mail]").t(">\nTil: Patientservice <")
    d.v("EMAIL", f"patientservice@{r.choice(MAIL_DOMAINS)}", "[e-mail]").t(">\n")
    d.t(f"Sendt: {c.when()}\nEmne: {r.choice(SUBJECTS)}\n\n")
    d.t(r.choice(("Hej\n\n", "Kære Patientservice\n\n", "hej med jer\n")))
    d.t(f'Jeg har fået en mail fra "{c.org()}" om at jeg skal bekræfte mine oplysninger. ')
    if r.random() < 0.5:
        d.t("Min mand ").v("PERSON", p.first(), "Pårørende 1").t(
            " har allerede svaret med sit cpr "
        )
        d.v("CPR", p.cpr(p.born()), "[CPR]").t(". ")
    if r.random() < 0.65:
        d.t("Jeg har også givet dem mit kort ").v("CARD", p.card(), "**** **** **** 4444")
        d.t(", udløb ").v("CARD_EXPIRY", p.expiry(), "**/**").t(". ")
    if r.random() < 0.3:
        d.t("Beskeden handlede om en P-afgift ved hospitalet for min bil ")
        d.v("NUMBER_PLATE", p.plate(), "XX ** ***").t(". ")
    if r.random() < 0.3:
        d.t("Jeg loggede ind på siden med mit bruger-id ")
        d.v("MITID_USER", p.mitid(first, born), "[NAVN]").t(". ")
    if r.random() < 0.45:
        d.t("Bagefter ville de have mig til at overføre 'depositum' til ")
        d.v("IBAN", p.iban(), "DK71XXXXXXXXXX0932").t(". ")
    if r.random() < 0.4:
        d.t("De bad om engangskode og jeg skrev ").v("OTP", p.otp(), "[kode]").t(". ")
    d.t("Hvad gør jeg nu?\nJeg kan fanges på ").v("PHONE", p.phone(), "[TLF]").t(".\n\n")
    d.t(r.choice(("Mvh\n", "Venlig hilsen\n", "hilsen\n")))
    d.v("PERSON", f"{first} {surname}" if r.random() < 0.5 else first, "Patient B").t("\n")
    if r.random() < 0.5:
        d.v("ADDRESS", p.address(True), "[ADRESSE]").t("\n")
    if r.random() < 0.4:
        d.t("f. ").v("DATE_OF_BIRTH", p.dob(born), "**.**.****").t("\n")
    d.t(f"(Journalnr. i sagen: {c.case()})")


def chat(c: Ctx) -> None:
    d, p, r = c.d, c.p, c.r
    first, surname = p.name()
    born = p.born()
    staff = p.first()
    patient = first if r.random() < 0.6 else f"{first} {surname}"
    if r.random() < 0.15:
        patient = patient.lower()
    h, m = r.randrange(8, 20), r.randrange(45)

    def say(who: str, pseudo: str, text: str = "") -> None:
        nonlocal m
        m += r.randrange(1, 3)
        d.t(f"[{h:02d}:{m:02d}] ").v("PERSON", who, pseudo).t(f": {text}")

    d.t(f"Chat – Patientservice, {c.org()} – {c.case()}\n")
    say(staff, "Medarbejder 1", r.choice(GREETINGS) + "\n")
    say(patient, "Patient A", r.choice(OPENERS) + "\n")
    say(staff, "Medarbejder 1", "Nej, det er svindel. Har du oplyst noget?\n")
    say(patient, "Patient A")
    k = r.randrange(4)
    if k == 0:
        d.t("ja mit mitid bruger id ").v("MITID_USER", p.mitid(first, born), "[NAVN]")
        d.t(" og en kode ").v("OTP", p.otp(), "[kode]").t("\n")
    elif k == 1:
        d.t("jeg skrev mit cpr ").v("CPR", p.cpr(born), "[CPR]").t(" og min adresse ")
        d.v("ADDRESS", p.address(False), "[ADRESSE]").t("\n")
    elif k == 2:
        d.t("kortnummer ").v("CARD", p.card(), "**** **** **** 1881").t(" exp ")
        d.v("CARD_EXPIRY", p.expiry(), "**/**").t(f" og betalte {c.amount()}\n")
    else:
        d.t("I gave my email ").v("EMAIL", p.email(first, surname), "[e-mail]").t(" and phone ")
        d.v("PHONE", p.phone(), "[TLF]").t(", sorry my danish is bad\n")
    say(staff, "Medarbejder 1", "Ring straks til din bank og spær. Må vi ringe dig op?\n")
    say(patient, "Patient A", "ja på ")
    d.v("PHONE", p.phone(), "[TLF]").t("\n")
    say(
        staff, "Medarbejder 1", f"Tak. Jeg opretter en sag ({c.case()}). Vores nr. er {c.line()}.\n"
    )


def ticket(c: Ctx) -> None:
    d, p, r = c.d, c.p, c.r
    first, surname = p.name()
    born = p.born()
    d.t(f"IT-SIKKERHED – {c.case()}\nPrioritet: {r.choice(('Høj', 'Medium', 'KRITISK'))}\n")
    d.t(f"Oprettet: {c.when()}\nMaskine: {c.device()}\nIndberetter: ")
    staff_first, staff_sur = p.name()
    d.v("PERSON", f"{staff_first} {staff_sur}", "Medarbejder 2").t(" (")
    d.v("EMAIL", p.email(staff_first, staff_sur), "[e-mail]").t(")\n\n")
    d.t("Beskrivelse: Phishing-kampagne i navnet på " + c.org() + ". Afsender ")
    d.v(
        "EMAIL",
        f"{r.choice(('support', 'noreply', 'sikkerhed'))}@{r.choice(SCAM_DOMAINS)}",
        "[e-mail]",
    )
    d.t(". Link til falsk login-side. Medarbejderen ")
    d.v(
        "PERSON",
        p.written(staff_first, staff_sur),
        "Medarbejder 2",
    )
    d.t(" klikkede fra " + c.device() + ".\n")
    owner = staff_first.split()[0]
    if r.random() < 0.6 and owner[-1] not in "sxz":
        d.v("PERSON", owner + "s", "Medarbejder 2s").t(
            " konto er låst, afventer nyt MitID-login.\n"
        )
    if r.random() < 0.6:
        d.t("Berørt patient: ").v("PERSON", p.written(first, surname), "Patient A").t(", CPR: ")
        d.v("CPR", p.cpr(born), "[CPR]").t(", ")
        d.t(r.choice(("DOB: ", "født "))).v("DATE_OF_BIRTH", p.dob(born), "**.**.****").t("\n")
    if r.random() < 0.62:
        d.t("Patienten gav MitID-bruger-ID ").v("MITID_USER", p.mitid(first, born), "[NAVN]")
        d.t(" og sms-kode ").v("OTP", p.otp(), "[kode]").t(" på den falske side.\n")
    if r.random() < 0.75:
        d.t("Modtager af overførsel: konto ")
        reg, acc = p.account()
        d.v("BANK_ACCOUNT", f"{reg}-{acc}" if r.random() < 0.5 else f"{reg} {acc}", "[kontonr.]")
        d.t(" / IBAN ").v("IBAN", p.iban(), "DK71XXXXXXXXXX0932").t("\n")
    if r.random() < 0.4:
        d.t("Scammer ringede fra ").v("PHONE", p.phone(), "[TLF]").t("\n")
    d.t(f"Maskeret i log: {c.masked()}. ")
    d.t(f"Handling: password nulstillet, {c.device()} reimaged. Leverandør {c.cvr()}.\n")
    d.t(f"Status: lukket {c.when()}")


def svindel(c: Ctx) -> None:
    d, p, r = c.d, c.p, c.r
    first, surname = p.name()
    d.t(r.choice(("---------- Videresendt besked ----------\n", "VS: SMS modtaget\n", "Fwd:\n")))
    d.t(f"Fra: {r.choice(('Sundhed', 'RegionMidt', 'AUH-Info', 'sundhed.dk'))}\n")
    k = r.choice((0, 0, 1, 2))
    if k == 0:
        d.t("Kære ").v("PERSON", p.written(first, surname), "kunde").t(", din P-afgift for ")
        d.v("NUMBER_PLATE", p.plate(), "XX ** ***")
        d.t(
            f" ved {c.org()} på {c.amount()} er ubetalt. Betal inden 24 timer: https://"
            f"{r.choice(SCAM_DOMAINS)}/p/{r.randrange(10000, 99999)}\n"
        )
    elif k == 1:
        d.t(f"Din sundhed.dk-konto udløber. Bekræft: https://{r.choice(SCAM_DOMAINS)}/login\n")
        d.t("Din kode er ").v("OTP", p.otp(), "[kode]").t(". Oplys den ALDRIG til andre.\n")
    else:
        d.t("Refusion af egenbetaling: " + c.amount() + " Send reg. og kontonr. til ")
        d.v("EMAIL", f"refusion@{r.choice(SCAM_DOMAINS)}", "[e-mail]").t(" eller ring ")
        d.v("PHONE", p.phone(), "[TLF]").t(". Ekspeditionsgebyr betales til IBAN ")
        d.v("IBAN", p.iban(), "DK71XXXXXXXXXX0932").t("\n")
    d.t("\n-- videresendt af ").v("PERSON", p.written(first, surname), "Patient A")
    opening, closing = r.choice(((" (", ")"), (", tlf ", ""), (" - mobil: ", "")))
    d.t(opening).v("PHONE", p.phone(), "[TLF]").t(closing)
    if k == 0:
        d.t("\nmin bil ").v("NUMBER_PLATE", p.plate(), "XX ** ***")
    d.t(f"\nModtaget {c.when()}, {c.case()}")


def brev(c: Ctx) -> None:
    d, p, r = c.d, c.p, c.r
    first, surname = p.name()
    born = p.born()
    cpr = p.cpr(born)
    d.t(f"{c.org()}\nPatientkontoret\n{c.org_address()}\n{c.cvr()}\n\n")
    d.v("PERSON", f"{first} {surname}", "Patient A").t("\n").v(
        "ADDRESS", p.address(True), "[ADRESSE]"
    )
    d.t(f"\n\n{c.when()}\nCPR-nr.: ").v("CPR", cpr, "[CPR]")
    if r.random() < 0.4:
        d.t("\nFødselsdato: ").v("DATE_OF_BIRTH", p.dob(born), "**.**.****")
    d.t(f"\nVores ref.: {c.case()}\n\n")
    d.t("Kære ").v("PERSON", first, "Patient A").t("\n\n")
    d.t(f"Vi skriver, fordi du har henvendt dig om en falsk besked i {c.org()}s navn. ")
    d.t("Vi beder aldrig om kortoplysninger, MitID eller koder. ")
    if r.random() < 0.65:
        d.t("Du oplyste at have betalt med kortet ").v("CARD", p.card(), "**** **** **** 4444")
        d.t(" (udløb ").v("CARD_EXPIRY", p.expiry(), "**/**").t("); kontakt din bank. ")
    if r.random() < 0.7:
        d.t("Refusion udbetales til din NemKonto, reg. ")
        reg, acc = p.account()
        d.t(f"{reg} konto ").v("BANK_ACCOUNT", acc, "[kontonr.]").t(". ")
    d.t("Vi har registreret dit mobilnr. ").v("PHONE", p.phone(), "[TLF]").t(" og din e-mail ")
    d.v("EMAIL", p.email(first, surname), "[e-mail]").t(".\n\n")
    d.t(f"Spørgsmål: ring {c.line()} eller mød op på {c.org_address()}.\n\nMed venlig hilsen\n")
    d.v("PERSON", " ".join(p.name()), "Medarbejder 1").t(f"\nPatientkoordinator, {c.org()}")


WRITERS: Final[dict[str, Callable[[Ctx], None]]] = {
    "opkald": opkald, "mail": mail, "chat": chat, "ticket": ticket, "svindel": svindel,
    "brev": brev,
}  # fmt: skip


def generate(seed: int | str = "pii_blind85", size: int = SIZE) -> list[dict]:
    """The set: `size` documents, the first NEGATIVES*size/SIZE of each genre cycle negative."""
    r = random.Random(seed)
    negatives = round(size * NEGATIVES / SIZE)
    kinds = ["negative"] * negatives + ["positive"] * (size - negatives)
    r.shuffle(kinds)
    docs: list[dict] = []
    seen: set[str] = set()
    for i, kind in enumerate(kinds):
        genre = GENRES[i % len(GENRES)]
        while True:
            c = Ctx(r, kind == "positive")
            WRITERS[genre](c)
            if c.d.text not in seen and (kind == "negative" or c.d.spans):
                break
        seen.add(c.d.text)
        docs.append({"id": f"pii_blind85-{i:04d}", "genre": genre, "kind": kind,
                     "text": c.d.text, "spans": c.d.spans})  # fmt: skip
    return docs


if __name__ == "__main__":
    out = (
        Path(sys.argv[1])
        if len(sys.argv) > 1
        else Path(__file__).parent / "data" / "pii_blind85.jsonl"
    )
    out.write_text(
        "".join(json.dumps(doc, ensure_ascii=False) + "\n" for doc in generate()), encoding="utf-8"
    )
