"""A blind test set for the Danish personal-data recognisers (issue 18).

Written without looking at the recognisers, their name lists or the first corpus generator,
so that nothing in it was tuned against them. Multi-line documents in the genres a fraud team
sees (forwarded scam mails, complaints, call notes, case fields, chats, police reports,
escalations, letters), with exact character spans for every personal datum, and hard
negatives (order and tracking numbers, CVR, EAN, amounts, dates, case references, streets
without a house number, organisations named after people) both inside the positive
documents and as documents of their own.

Every identifier is synthetic: CPR numbers are generated (valid date and century digit),
cards are published test numbers, IBANs are generated with correct check digits, e-mail
domains are reserved example/test domains.

    python -m bench.pii_blind bench/data/pii_blind.jsonl
"""

from __future__ import annotations

import json
import random
import re
import sys
import textwrap
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

SEED = 18_0418
SIZE = 3000
NEGATIVE_SHARE = 0.35


def _words(text: str) -> list[str]:
    return text.split()


# --- names ------------------------------------------------------------------------------
# Origins keep first names and surnames plausible together; mixed couples appear through
# hyphenated and double surnames.

DANISH_MALE = _words(
    """Jonas Karsten Søren Henrik Lars Jens Niels Peter Morten Mads Rasmus Anders Thomas Michael
Martin Jesper Christian Frederik Mikkel Kasper Emil Lucas Oliver William Magnus Carl Aksel
Viggo Bent Poul Erik Knud Flemming Torben Preben Ole Finn Kim Allan Brian Kenneth Claus Steen
Bjarne Leif Svend Arne Holger Ib Egon Verner Palle Jørgen Mogens Hans Kristian Troels Esben
Anton Malthe Noah Elias Tobias Sebastian Johan Benjamin Per Bo Asger Villads Bertram Aage
Gunnar Jan"""
)
DANISH_FEMALE = _words(
    """Mette Anne Hanne Susanne Lene Pia Tina Camilla Louise Maria Kirsten Inge Birgit Bodil Grethe
Ingrid Karen Else Ruth Lis Jytte Vibeke Helle Dorte Charlotte Marianne Trine Sanne Rikke Signe
Ida Freja Emma Sofie Clara Laura Ella Alma Agnes Asta Karla Nanna Cecilie Julie Mathilde Amalie
Line Maja Sara Josefine Pernille Malene Gitte Jette Bente Lone Annette Merete Ulla Conny Lærke
Birthe Kamilla Tove Yvonne"""
)
DANISH_SURNAMES = _words(
    """Jensen Nielsen Hansen Pedersen Andersen Christensen Larsen Sørensen Rasmussen Jørgensen
Petersen Madsen Kristensen Olsen Thomsen Christiansen Poulsen Johansen Møller Mortensen Knudsen
Jakobsen Jacobsen Mikkelsen Olesen Frederiksen Laursen Henriksen Lund Schmidt Eriksen Holm
Kristiansen Clausen Simonsen Svendsen Andreasen Iversen Østergaard Jeppesen Vestergaard Nissen
Lauridsen Kjær Jespersen Mogensen Nørgaard Jepsen Frandsen Søndergaard Bertelsen Kjeldsen Dahl
Bach Skov Gregersen Friis Lassen Thygesen Brandt Nygaard Bang Winther Bjerre Kofoed Lindberg
Villadsen Ravn Storm Krogh Dam Mathiasen Overgaard Bruun Lykke Bundgaard Hedegaard Steffensen
Toft Bech Munk Juhl Riis Damgaard Fisker Gade Kirkegaard Lorentzen Abildgaard Thorsen Vinther
Espersen Ebbesen Mølgaard Hald Husted Borup Aagaard Kragh"""
)
# (male first names, female first names, surnames) per origin
OTHER_ORIGINS = [
    (
        _words(
            "Mohammed Ahmad Ali Omar Hassan Mustafa Ibrahim Bilal Hamza Karim Nabil Jamal Sami"
            " Khaled Youssef Tariq"
        ),
        _words(
            "Fatima Aisha Mariam Amina Noor Sana Yasmin Hiba Zahra Rania Samira Layla Nour Huda"
        ),
        _words(
            "Ali Ahmed Hussein Hassan Mohamed Abdullah Rahman Haddad Mansour Yousef Khalil Saleh"
            " El-Khatib Abbas Darwish"
        ),
    ),
    (
        _words("Abdi Abdirahman Mahad Liban Yusuf"),
        _words("Hodan Ifrah Sahra Faadumo Ayan"),
        _words("Farah Warsame Jama Osman Said Abdi Hirsi"),
    ),
    (
        _words("Mehmet Emre Murat Ömer Burak Kemal Serkan"),
        _words("Zeynep Ayşe Elif Leyla Dilan Derya Esra"),
        _words("Yilmaz Demir Kaya Öztürk Çelik Şahin Aydın Doğan Arslan"),
    ),
    (
        _words("Arjun Rahul Sanjay Imran Vikram"),
        _words("Priya Anita Sunita Kavya"),
        _words("Khan Singh Patel Sharma Gupta"),
    ),
    (
        _words("Reza Amir Farhad Dariush Hamid"),
        _words("Shirin Parisa Nazanin Maryam"),
        _words("Karimi Hosseini Ahmadi Rezaei Tehrani Moradi"),
    ),
    (
        _words("Minh Duc Thanh Quang Tuan"),
        _words("Linh Thu Mai Hoa Lan Huong"),
        _words("Nguyen Tran Le Pham Hoang Vu"),
    ),
    (
        _words("Piotr Tomasz Marek Andrzej Jakub Dariusz Krzysztof"),
        _words("Agnieszka Katarzyna Joanna Magdalena Ewa Marta"),
        _words("Kowalski Nowak Wiśniewski Wójcik Kowalczyk Mazur Krawczyk Lewandowski"),
    ),
    (
        _words("Goran Dragan Mirza Nikola Emir"),
        _words("Amra Jelena Ivana Selma"),
        _words("Petrović Jovanović Hodžić Begić Kovačević Mehmedović"),
    ),
    (
        _words("Oleksandr Dmitri Ivan Andrij Sergej"),
        _words("Olena Natalia Irina Oksana Tetiana"),
        _words("Ivanov Shevchenko Kovalenko Bondarenko Melnyk"),
    ),
    (
        _words("Juan Luca Marco João Patrick Sean Kevin Lukas Johan"),
        _words("Ana Gabriela Elena Giulia Siobhan Anja Hanna"),
        _words(
            "Silva Santos Fernández García Rossi Müller Schneider Smith O'Brien Lindqvist Johansson"
            " Berg Haugen Virtanen Chen Wang"
        ),
    ),
]
# Middle names in Denmark are mostly surname-like; a few given names serve as well.
MIDDLE_NAMES = _words(
    """Kjær Holm Lund Skov Dahl Bach Juul Krogh Bech Lykke Juhl Aagaard Munk Brix Toft Winther Hvid
Gram Bak Lind Hjort Buch"""
)
PARTICLE_SURNAMES = [
    "von Holstein",
    "de Neergaard",
    "von Benzon",
    "de Fine Licht",
    "von Rosen",
    "de Linde",
    "von Eyben",
    "de la Cour",
    "van der Berg",
    "van Dijk",
]


def _all_first_names() -> list[str]:
    names = DANISH_MALE + DANISH_FEMALE
    for male, female, _ in OTHER_ORIGINS:
        names += male + female
    return sorted(set(names))


def _all_surnames() -> list[str]:
    names = list(DANISH_SURNAMES)
    for _, _, surnames in OTHER_ORIGINS:
        names += surnames
    return sorted(set(names))


FIRST_NAMES = _all_first_names()
SURNAMES = _all_surnames()
# Every word a PERSON span may consist of (split on spaces and hyphens).
NAME_WORDS = frozenset(
    w.lower()
    for name in FIRST_NAMES + SURNAMES + MIDDLE_NAMES + PARTICLE_SURNAMES
    for w in re.split(r"[ -]", name)
)

# --- places -----------------------------------------------------------------------------

STREETS = [
    "Vesterbrogade", "Nørrebrogade", "Østerbrogade", "Amagerbrogade", "Jagtvej",
    "Frederiksberg Allé", "Gammel Kongevej", "Istedgade", "Blågårdsgade", "Enghavevej",
    "Valby Langgade", "Roskildevej", "Hillerødgade", "Tagensvej", "Strandvejen", "Lyngbyvej",
    "Bispebjerg Bakke", "Frederikssundsvej", "Peter Bangs Vej", "H.C. Andersens Boulevard",
    "H.C. Ørsteds Vej", "Dronning Olgas Vej", "Kong Georgs Vej", "Carl Nielsens Allé",
    "Niels Juels Gade", "Tordenskjoldsgade", "Grundtvigsvej", "Søndre Fasanvej",
    "Nordre Fasanvej", "Falkoner Allé", "Vodroffsvej", "Rosenvængets Allé", "Kastelsvej",
    "Classensgade", "Ryesgade", "Sankt Hans Torv", "Sankt Annæ Plads", "Gråbrødretorv",
    "Store Kongensgade", "Lille Strandstræde", "Magstræde", "Studiestræde", "Fiolstræde",
    "Kompagnistræde", "Badstuestræde", "Vestergade", "Østergade", "Nørregade", "Søndergade",
    "Algade", "Adelgade", "Bredgade", "Storegade", "Torvegade", "Jernbanegade", "Stationsvej",
    "Skolevej", "Kirkevej", "Møllevej", "Skovvej", "Havnegade", "Parkvej", "Engvej",
    "Bakkevej", "Birkevej", "Egevej", "Bøgevej", "Lindevej", "Ahornvej", "Kastanievej",
    "Rønnebærvej", "Syrenvej", "Lærkevej", "Solsortevej", "Mågevej", "Vibevej", "Hvidovrevej",
    "Egevænge", "Pilevænge", "Kirkevænge", "Lindehave", "Bøgehave", "Rosenhave", "Kirketoft",
    "Nørretoft", "Østertoft", "Rosenbakke", "Solbakke", "Lyngbakke", "Byager", "Hvedeager",
    "Rugager", "Pilekær", "Sivkær", "Engkær", "Nørreeng", "Kildeeng", "Præsteeng", "Skovhegn",
    "Fasanhegn", "Birkehegn", "Kirkestien", "Æblestien", "Skolestien", "Præstegyde",
    "Møllegyde", "Kirkegyde", "Lindegårds Kvarter", "Solbjerg Kvarter", "Nørre Plads",
    "Axeltorv", "Gammeltorv", "Amager Boulevard", "Ørestads Boulevard", "Tuborg Boulevard",
    "Ørnebjerg Park", "Solrød Park", "Ringleddet", "Lundeleddet", "Skovleddet", "Kirkeleddet",
    "Niels Bohrs Allé", "Bernstorffsvej", "Ole Rømers Gade", "Kong Christians Allé",
    "Dronning Margrethes Vej", "Prins Jørgens Gade", "Karen Blixens Plads", "Tycho Brahes Allé",
    "Rued Langgaards Vej", "Arne Jacobsens Allé", "Ejnar Mikkelsens Vej", "Knud Rasmussens Vej",
    "Thomas B. Thriges Gade", "Jens Baggesens Vej", "Sct. Clemens Stræde", "Skt. Pauls Gade",
    "Frederiks Allé", "Park Allé", "Jomfru Ane Gade", "Kongensgade", "Overgade", "Nedergade",
    "Vestre Ringgade", "Nørre Allé", "Randersvej", "Silkeborgvej", "Viborgvej", "Grenåvej",
    "Hobrovej", "Hadsundvej", "Munkebjergvej", "Hjallesevej", "Middelfartvej", "Boulevarden",
]  # fmt: skip
POSTCODES = [
    ("1050", "København K"), ("1620", "København V"), ("2100", "København Ø"),
    ("2200", "København N"), ("2300", "København S"), ("2400", "København NV"),
    ("2450", "København SV"), ("2500", "Valby"), ("2000", "Frederiksberg"),
    ("1850", "Frederiksberg C"), ("2600", "Glostrup"), ("2605", "Brøndby"), ("2610", "Rødovre"),
    ("2620", "Albertslund"), ("2630", "Taastrup"), ("2635", "Ishøj"), ("2640", "Hedehusene"),
    ("2650", "Hvidovre"), ("2660", "Brøndby Strand"), ("2665", "Vallensbæk Strand"),
    ("2670", "Greve"), ("2680", "Solrød Strand"), ("2700", "Brønshøj"), ("2720", "Vanløse"),
    ("2730", "Herlev"), ("2740", "Skovlunde"), ("2750", "Ballerup"), ("2760", "Måløv"),
    ("2770", "Kastrup"), ("2791", "Dragør"), ("2800", "Kongens Lyngby"), ("2820", "Gentofte"),
    ("2830", "Virum"), ("2840", "Holte"), ("2850", "Nærum"), ("2860", "Søborg"),
    ("2900", "Hellerup"), ("2920", "Charlottenlund"), ("2930", "Klampenborg"),
    ("2950", "Vedbæk"), ("2970", "Hørsholm"), ("3000", "Helsingør"), ("3400", "Hillerød"),
    ("3460", "Birkerød"), ("3500", "Værløse"), ("3520", "Farum"), ("3600", "Frederikssund"),
    ("3700", "Rønne"), ("4000", "Roskilde"), ("4100", "Ringsted"), ("4200", "Slagelse"),
    ("4300", "Holbæk"), ("4400", "Kalundborg"), ("4600", "Køge"), ("4700", "Næstved"),
    ("4800", "Nykøbing F"), ("4900", "Nakskov"), ("5000", "Odense C"), ("5200", "Odense V"),
    ("5700", "Svendborg"), ("5800", "Nyborg"), ("6000", "Kolding"), ("6100", "Haderslev"),
    ("6200", "Aabenraa"), ("6400", "Sønderborg"), ("6700", "Esbjerg"), ("6950", "Ringkøbing"),
    ("7000", "Fredericia"), ("7100", "Vejle"), ("7400", "Herning"), ("7430", "Ikast"),
    ("7500", "Holstebro"), ("7800", "Skive"), ("8000", "Aarhus C"), ("8200", "Aarhus N"),
    ("8210", "Aarhus V"), ("8220", "Brabrand"), ("8240", "Risskov"), ("8260", "Viby J"),
    ("8500", "Grenaa"), ("8600", "Silkeborg"), ("8700", "Horsens"), ("8800", "Viborg"),
    ("8900", "Randers C"), ("9000", "Aalborg"), ("9200", "Aalborg SV"), ("9400", "Nørresundby"),
    ("9700", "Brønderslev"), ("9800", "Hjørring"), ("9900", "Frederikshavn"),
]  # fmt: skip
# Floors and doors as written after the house number; the last two never end in a point.
FLOORS = [", st.", ", st. tv.", ", st. th.", ", 1. tv.", ", 1. th.", ", 2. th.", ", 2.tv.",
          ", 3. mf.", ", 4. tv.", ", 1.", ", 5. th.", " 3. sal", ", 2. sal"]  # fmt: skip

# --- identifiers ------------------------------------------------------------------------

# Published test card numbers of the card schemes and payment processors.
TEST_CARDS = [
    "4111111111111111", "4012888888881881", "4222222222222", "4242424242424242",
    "4000056655665556", "5555555555554444", "5105105105105100", "5200828282828210",
    "2223003122003222", "378282246310005", "371449635398431", "378734493671000",
    "6011111111111117", "6011000990139424", "30569309025904", "38520000023237",
    "3530111333300000", "3566002020360505",
]  # fmt: skip
PRIVATE_DOMAINS = [
    "example.dk",
    "example.com",
    "example.org",
    "example.net",
    "mail.example.dk",
    "post.example.com",
    "webmail.test",
    "familie.test",
    "privat.example.org",
]
SCAM_DOMAINS = [
    "sikkerhed-bank.example",
    "mitid-fornyelse.test",
    "pakke-levering.example",
    "kundeservice-dk.test",
    "skat-refusion.example",
    "nets-verify.test",
]
ORG_DOMAINS = ["bank.example", "fraud.example.dk", "kundeservice.example.dk"]
MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december"]  # fmt: skip
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]  # fmt: skip
PLATE_LETTERS = "ABCDEFGHJKLMNOPRSTUVXYZ"

# --- fillers that are not personal data --------------------------------------------------

BANKS = ["Danske Bank", "Nordea", "Jyske Bank", "Sydbank", "Spar Nord", "Arbejdernes Landsbank",
         "Lunar", "Sparekassen Kronjylland", "Nykredit", "Vestjysk Bank"]  # fmt: skip
# Organisations and products named after people: never a PERSON.
ORGS = ["Jensens Bøfhus", "Carl Hansen & Søn", "Georg Jensen A/S", "Lars Larsen Group",
        "Peter Larsen Kaffe", "Ole Lynggaard Copenhagen", "Søstrene Grene", "Bang & Olufsen",
        "Brødrene Dahl", "Hansens Flødeis", "Niels Brock", "Anders And & Co.",
        "Simonsens Autoværksted", "Salling Group", "Matas", "Elgiganten", "Føtex", "Netto",
        "Rema 1000", "Bilka", "Harald Nyborg", "Jysk", "Sport 24", "Thiele"]  # fmt: skip
SHOPS = ["Netto", "Føtex", "Rema 1000", "Lidl", "Bilka", "Matas", "Normal", "7-Eleven",
         "Circle K", "Meny", "Irma", "Coop 365"]  # fmt: skip
WEEKDAYS = ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"]
COUNTRIES = ["Litauen", "Nigeria", "Spanien", "Rumænien", "Tyrkiet", "Holland", "Polen"]
SCAM_URL_HOSTS = [
    "mitid-fornyelse24.com",
    "postnord-told7.top",
    "dk-pakke-levering.net",
    "skat-tilbagebetaling.info",
    "nets-sikkerhed2.com",
    "e-boks-besked.xyz",
    "mobilepay-refusion.site",
    "danskebank-verify.net",
    "gls-dk-levering.top",
]
URL_PATHS = ["login", "b", "t", "verify", "pay", "dk/konto", "s", "sag"]
CARD_WORDS = ["Visa", "Mastercard", "Visa/Dankort", "kreditkort", "betalingskort"]


def _template(text: str) -> str:
    """Dedent a template; "~" at a line end joins it to the next line with one space."""
    return re.sub(r" *~\n\s*", " ", textwrap.dedent(text).strip("\n"))


@dataclass(frozen=True)
class Span:
    type: str
    start: int
    end: int


@dataclass
class Person:
    given: str
    surname: str
    female: bool

    @property
    def full(self) -> str:
        return f"{self.given} {self.surname}"

    @property
    def short(self) -> str:
        first = self.given.split()[0]
        parts = self.surname.split()
        last = self.surname if parts[0].islower() else parts[-1]
        return f"{first} {last}"


# --- generators of single values ------------------------------------------------------


def person(rng: random.Random, female: bool | None = None) -> Person:
    if female is None:
        female = rng.random() < 0.5
    if rng.random() < 0.62:
        male_names, female_names, surnames = DANISH_MALE, DANISH_FEMALE, DANISH_SURNAMES
    else:
        male_names, female_names, surnames = rng.choice(OTHER_ORIGINS)
    firsts = female_names if female else male_names
    given = rng.choice(firsts)
    if rng.random() < 0.07:
        second = rng.choice(firsts)
        if second != given:
            given = f"{given} {second}"
    surname = rng.choice(surnames)
    style = rng.random()
    if style < 0.06:
        surname = rng.choice(PARTICLE_SURNAMES)
    elif style < 0.16 + 0.06 * female:
        other = rng.choice(DANISH_SURNAMES if surnames is not DANISH_SURNAMES else SURNAMES)
        if other != surname:
            surname = f"{surname}-{other}" if rng.random() < 0.5 else f"{other}-{surname}"
    elif female and style < 0.3:
        surname = f"{rng.choice(DANISH_SURNAMES)} {surname}"
    elif style < 0.42:
        surname = f"{rng.choice(MIDDLE_NAMES)} {surname}"
    return Person(given, surname, female)


def _ascii(text: str) -> str:
    text = text.lower().replace("æ", "ae").replace("ø", "oe").replace("å", "aa")
    text = text.replace("ı", "i").replace("ł", "l").replace("đ", "d").replace("'", "")
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if c.isascii())


def email(rng: random.Random, who: Person | None, work: bool = False) -> str:
    """A private address, or with ``work`` an employee's first.last at an organisation."""
    domain = rng.choice(ORG_DOMAINS[:2] if work else PRIVATE_DOMAINS)
    if who is None:
        who = person(rng)
    first = _ascii(who.given.split()[0])
    last = _ascii(re.split(r"[ -]", who.surname)[-1])
    if work:
        return f"{first}.{last}@{domain}"
    year = rng.randint(40, 99)
    local = rng.choice([
        f"{first}.{last}", f"{first}{last}{year}", f"{first[0]}.{last}", f"{first}_{last[0]}",
        f"{first}{year}", f"{last}.{first}", f"{first}.{last}{rng.randint(1, 9)}",
    ])  # fmt: skip
    return f"{local}@{domain}"


def mitid_user(rng: random.Random, who: Person | None) -> str:
    if who is None or rng.random() < 0.3:
        alphabet = "abcdefghjkmnpqrstuvwxyz23456789"
        return "".join(rng.choice(alphabet) for _ in range(rng.randint(7, 10)))
    first = _ascii(who.given.split()[0])
    last = _ascii(re.split(r"[ -]", who.surname)[-1])
    return rng.choice([
        f"{first}{rng.randint(1940, 2005)}", f"{first}.{last[:1]}{rng.randint(10, 99)}",
        f"{last}_{first}", f"{first[:1]}{last}{rng.randint(1, 99)}", f"{first}{last}",
    ])  # fmt: skip


def _birthdate(rng: random.Random) -> tuple[int, int, int]:
    year = rng.randint(1926, 2011)
    month = rng.randint(1, 12)
    days = [31, 29 if year % 4 == 0 and year % 100 else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    return rng.randint(1, days[month - 1]), month, year


def cpr(rng: random.Random) -> str:
    """A CPR number whose 7th digit gives the birth century (CPR rule) of a valid date."""
    day, month, year = _birthdate(rng)
    yy = year % 100
    if year < 2000:
        digits = "0123" + ("49" if yy >= 37 else "")
    else:
        digits = ("49" if yy <= 36 else "") + "5678"
    serial = rng.choice(digits) + "".join(rng.choice("0123456789") for _ in range(3))
    d, m, y = f"{day:02d}", f"{month:02d}", f"{yy:02d}"
    form = rng.choices(range(6), weights=[45, 25, 10, 7, 6, 7])[0]
    return [
        f"{d}{m}{y}-{serial}", f"{d}{m}{y}{serial}", f"{d}{m}{y} {serial}",
        f"{d}{m}{y}–{serial}", f"{d}{m}{y} - {serial}", f"{d}.{m}.{y}-{serial}",
    ][form]  # fmt: skip


def date_of_birth(rng: random.Random, english: bool = False) -> str:
    day, month, year = _birthdate(rng)
    if english:
        return rng.choice([
            f"{day:02d}/{month:02d}/{year}", f"{day} {MONTHS_EN[month - 1]} {year}",
            f"{year}-{month:02d}-{day:02d}",
        ])  # fmt: skip
    return rng.choice([
        f"{day:02d}.{month:02d}.{year}", f"{day}/{month}-{year}", f"{year}-{month:02d}-{day:02d}",
        f"{day}. {MONTHS[month - 1]} {year}", f"{day:02d}-{month:02d}-{year}",
        f"{day:02d}/{month:02d}/{year}", f"{day}.{month}.{year}",
    ])  # fmt: skip


def _group8(rng: random.Random, digits: str) -> str:
    form = rng.choices(range(3), weights=[3, 5, 2])[0]
    if form == 0:
        return digits
    if form == 1:
        return " ".join(digits[i : i + 2] for i in range(0, 8, 2))
    return f"{digits[:4]} {digits[4:]}"


def phone(rng: random.Random, kind: str = "") -> str:
    """A Danish number in its common groupings, a foreign one (kind "i") or an organisation's
    service number (kind "o")."""
    if kind == "i":
        return foreign_phone(rng)
    rest = "".join(rng.choice("0123456789") for _ in range(6))
    if kind == "o":
        number = rng.choice(["70", "70", "33", "80", "44"]) + rest
        return _group8(rng, number) if rng.random() < 0.8 else f"+45 {_group8(rng, number)}"
    prefix = rng.choice(["20", "21", "22", "23", "24", "25", "26", "27", "28", "29", "30", "31",
                         "40", "41", "42", "50", "51", "52", "53", "60", "61", "71", "81", "91",
                         "92", "93", "42", "22"])  # fmt: skip
    number = prefix + rest
    country = rng.choices(["", "+45 ", "+45", "0045 "], weights=[70, 18, 6, 6])[0]
    if country == "+45":
        return country + number
    return country + _group8(rng, number)


def foreign_phone(rng: random.Random) -> str:
    def n(k: int) -> str:
        return "".join(rng.choice("0123456789") for _ in range(k))

    se = f"7{rng.choice('0369')}"
    return rng.choice([
        f"+46 {se} {n(3)} {n(2)} {n(2)}", f"+46{se}{n(7)}", f"0046 {se} {n(3)} {n(2)} {n(2)}",
        f"+44 7700 900{n(3)}", f"+447700900{n(3)}", f"0044 7700 900{n(3)}",
        f"+49 15{rng.choice('179')} {n(4)} {n(4)}", f"+49 17{n(1)} {n(7)}",
        f"+48 5{n(2)} {n(3)} {n(3)}", f"+47 4{n(2)} {n(2)} {n(3)}", f"+47 9{n(7)}",
        f"+90 53{n(1)} {n(3)} {n(2)} {n(2)}", f"+31 6 {n(8)}", f"+1 202 555 01{n(2)}",
        f"+234 803 {n(3)} {n(4)}", f"+370 6{n(2)} {n(5)}", f"+40 7{n(2)} {n(3)} {n(3)}",
    ])  # fmt: skip


def _iban(country: str, bban: str) -> str:
    digits = "".join(str(int(c, 36)) for c in bban + country + "00")
    return f"{country}{98 - int(digits) % 97:02d}{bban}"


def iban(rng: random.Random, foreign: bool = False) -> str:
    def n(k: int) -> str:
        return "".join(rng.choice("0123456789") for _ in range(k))

    def a(k: int) -> str:
        return "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(k))

    if foreign:
        number = rng.choice([
            _iban("DE", n(18)), _iban("GB", a(4) + n(14)), _iban("SE", n(20)),
            _iban("LT", n(16)), _iban("NL", a(4) + n(10)), _iban("PL", n(24)),
        ])  # fmt: skip
    else:
        number = _iban("DK", rng.choice(["0040", "2000", "3001", "5470", "6460", "7890", "9070",
                                         "1551", "8117", "0400"]) + n(10))  # fmt: skip
    if rng.random() < 0.55:
        return " ".join(number[i : i + 4] for i in range(0, len(number), 4))
    return number


def bank_account(rng: random.Random) -> str:
    reg = rng.choice(["0400", "1551", "2191", "3001", "3409", "5301", "5470", "6460", "7040",
                      "7890", "8117", "9070", "9570", "2670", "4180"])  # fmt: skip
    length = rng.choices([10, 9, 8, 7], weights=[7, 1, 1, 1])[0]
    account = str(rng.randint(1, 9)) + "".join(rng.choice("0123456789") for _ in range(length - 1))
    return f"{reg}{rng.choice(['-', '-', ' '])}{account}"


def card(rng: random.Random) -> str:
    number = rng.choice(TEST_CARDS)
    form = rng.choices(range(3), weights=[3, 5, 2])[0]
    if form == 0 or len(number) == 13:
        return number
    sep = " " if form == 1 else "-"
    if len(number) in (14, 15):  # Amex and Diners: 4-6-5 and 4-6-4
        return sep.join([number[:4], number[4:10], number[10:]])
    return sep.join(number[i : i + 4] for i in range(0, len(number), 4))


def card_expiry(rng: random.Random) -> str:
    month, year = rng.randint(1, 12), rng.randint(25, 31)
    return rng.choice([f"{month:02d}/{year}", f"{month:02d}/{year}", f"{month:02d}-{year}",
                       f"{month:02d}/20{year}"])  # fmt: skip


def digits(rng: random.Random, k: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(k))


def plate(rng: random.Random) -> str:
    letters = rng.choice(PLATE_LETTERS) + rng.choice(PLATE_LETTERS)
    number = f"{rng.randint(10, 99)}{digits(rng, 3)}"
    if rng.random() < 0.7:
        return f"{letters} {number[:2]} {number[2:]}"
    return letters + number


def address(rng: random.Random, town: bool | None, no_point: bool) -> str:
    """Street and house number, maybe floor and door, maybe postcode and town.
    With ``no_point`` the address never ends in an abbreviation point (a sentence end
    follows)."""
    text = f"{rng.choice(STREETS)} {rng.randint(1, 180)}"
    if rng.random() < 0.18:
        text += rng.choice("ABCDE")
    with_town = rng.random() < 0.5 if town is None else town
    if rng.random() < 0.4:
        floor = rng.choice(FLOORS)
        if not (no_point and not with_town and floor.endswith(".")):
            text += floor
    if with_town:
        code, name = rng.choice(POSTCODES)
        text += f", {code} {name}"
    return text


# --- fillers ------------------------------------------------------------------------------


def _date(rng: random.Random) -> str:
    day, month, year = rng.randint(1, 28), rng.randint(1, 12), rng.choice([2024, 2025, 2026])
    return rng.choice([
        f"{day:02d}.{month:02d}.{year}", f"{day}/{month}", f"{day}. {MONTHS[month - 1]}",
        f"{year}-{month:02d}-{day:02d}", f"{day:02d}-{month:02d}-{year}", f"{day}/{month}-{year}",
    ])  # fmt: skip


def _datelong(rng: random.Random) -> str:
    return f"{rng.randint(1, 28)}. {rng.choice(MONTHS)} {rng.choice([2024, 2025, 2026])}"


def _time(rng: random.Random) -> str:
    return f"{rng.randint(7, 22):02d}{rng.choice('.:')}{rng.randint(0, 59):02d}"


def _amount(rng: random.Random) -> str:
    value = rng.choice([rng.randint(19, 999), rng.randint(1000, 250000)])
    cents = rng.choice(["00", "50", "95", str(rng.randint(10, 99))])
    whole = f"{value:,}".replace(",", ".")
    return rng.choice([f"{whole},{cents} kr.", f"kr. {whole},-", f"DKK {whole}", f"{whole} kr",
                       f"{whole},{cents} DKK", f"{whole} kroner"])  # fmt: skip


def _order(rng: random.Random) -> str:
    return rng.choice([digits(rng, 9), f"ORD-{rng.choice([2024, 2025])}-{digits(rng, 6)}",
                       f"{digits(rng, 4)}-{digits(rng, 5)}", f"#{digits(rng, 6)}",
                       f"W{digits(rng, 8)}"])  # fmt: skip


def _order_dated(rng: random.Random) -> str:
    """An order or receipt number that opens with a valid DDMMYY date, like a CPR number."""
    day, month, year = rng.randint(1, 28), rng.randint(1, 12), rng.choice([23, 24, 25])
    return f"{day:02d}{month:02d}{year:02d}{digits(rng, 4)}"


def _s10(rng: random.Random) -> str:
    body = digits(rng, 8)
    check = 11 - sum(int(c) * w for c, w in zip(body, [8, 6, 4, 2, 3, 5, 9, 7], strict=True)) % 11
    check = {10: 0, 11: 5}.get(check, check)
    return f"{rng.choice(['RR', 'CC', 'LX', 'UA', 'RB'])}{body}{check}DK"


def _track(rng: random.Random) -> str:
    return rng.choice([_s10(rng), "00370" + digits(rng, 13), "5" + digits(rng, 10),
                       f"{digits(rng, 4)} {digits(rng, 4)} {digits(rng, 3)}"])  # fmt: skip


def _ean(rng: random.Random) -> str:
    body = "57" + digits(rng, 10)
    total = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body))
    return body + str((10 - total % 10) % 10)


def _cvr(rng: random.Random) -> str:
    while True:
        body = str(rng.randint(1, 9)) + digits(rng, 6)
        total = sum(int(c) * w for c, w in zip(body, [2, 7, 6, 5, 4, 3, 2], strict=True))
        check = (11 - total % 11) % 11
        if check < 10:
            number = body + str(check)
            return (
                number if rng.random() < 0.7 else " ".join(number[i : i + 2] for i in (0, 2, 4, 6))
            )


def _version(rng: random.Random) -> str:
    major, minor, patch = rng.randint(1, 24), rng.randint(0, 40), rng.randint(0, 20)
    return rng.choice([f"{major}.{minor}.{patch}", f"v{major}.{minor}",
                       f"{major}.{minor}.{patch} (build {rng.randint(1000, 99999)})"])  # fmt: skip


def _case_ref(rng: random.Random) -> str:
    year = rng.choice([2024, 2025])
    return rng.choice(
        [
            f"{year}-{digits(rng, 7)}",
            f"SAG-{year}-{digits(rng, 5)}",
            f"INC{digits(rng, 7)}",
            f"{year}/{digits(rng, 6)}",
            f"#{digits(rng, 5)}",
        ]
    )


def _journal(rng: random.Random) -> str:
    return (
        f"{rng.choice(['0100', '0300', '0400', '1300', '4100'])}-{digits(rng, 5)}-"
        f"{digits(rng, 5)}-{rng.choice(['24', '25'])}"
    )


def _url(rng: random.Random) -> str:
    host = rng.choice(SCAM_URL_HOSTS)
    path = f"{rng.choice(URL_PATHS)}/{digits(rng, rng.randint(3, 8))}"
    if rng.random() < 0.3:
        path += f"?id={digits(rng, 5)}"
    scheme = rng.choice(["https://", "http://", ""])
    return f"{scheme}{host}/{path}"


def _ip(rng: random.Random) -> str:
    return rng.choice([
        f"185.{rng.randint(100, 250)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
        f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
        f"91.{rng.randint(100, 250)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
    ])  # fmt: skip


def _masked_card(rng: random.Random) -> str:
    tail = digits(rng, 4)
    return rng.choice([f"**** **** **** {tail}", f"XXXX XXXX XXXX {tail}",
                       f"4571 XXXX XXXX {tail}", f"************{tail}"])  # fmt: skip


def _initials(rng: random.Random) -> str:
    return "".join(rng.choice("ABCDEFGHJKLMNOPRSTUVW") for _ in range(rng.choice([2, 3, 3, 4])))


def _law_firm(rng: random.Random) -> str:
    a, b = rng.sample(DANISH_SURNAMES, 2)
    return rng.choice([f"Advokatfirmaet {a} & {b}", f"{a} & {b} Advokater", f"Advokatfirmaet {a}"])


FILLERS: dict[str, Callable[[random.Random], str]] = {
    "date": _date,
    "datelong": _datelong,
    "time": _time,
    "amt": _amount,
    "amts": lambda rng: f"{rng.randint(20, 990)},{rng.choice(['00', '50', '95'])} kr.",
    "order": _order,
    "orderd": _order_dated,
    "track": _track,
    "ean": _ean,
    "cvr": _cvr,
    "ver": _version,
    "sag": _case_ref,
    "jnr": _journal,
    "url": _url,
    "ip": _ip,
    "masked": _masked_card,
    "init": _initials,
    "law": _law_firm,
    "street": lambda rng: rng.choice(STREETS),
    "postby": lambda rng: " ".join(rng.choice(POSTCODES)),
    "town": lambda rng: rng.choice(POSTCODES)[1],
    "org": lambda rng: rng.choice(ORGS),
    "bank": lambda rng: rng.choice(BANKS),
    "shop": lambda rng: rng.choice(SHOPS),
    "weekday": lambda rng: rng.choice(WEEKDAYS),
    "country": lambda rng: rng.choice(COUNTRIES),
    "cardword": lambda rng: rng.choice(CARD_WORDS),
    "num": lambda rng: str(rng.randint(2, 40)),
    "pct": lambda rng: f"{rng.randint(1, 99)},{rng.randint(0, 9)} %",
}


# --- rendering ------------------------------------------------------------------------------

_CHOICE = re.compile(r"\[\[([^\[\]]*)\]\]")
_SLOT = re.compile(r"\{([A-Za-z]+[0-9]?)(?::([A-Za-z0-9]+))?\}")
_PERSON_KEY = re.compile(r"([PFM])([0-9])")


class _Doc:
    """Fills one template: PII slots become labelled spans, filler slots plain text."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.people: dict[str, Person] = {}
        self.cache: dict[tuple[str, str], str] = {}
        self.clock = (rng.randint(7, 21), rng.randint(0, 59))

    def person(self, key: str) -> Person:
        if key not in self.people:
            kind = key[0]
            self.people[key] = person(self.rng, None if kind == "P" else kind == "F")
        return self.people[key]

    def tick(self) -> str:
        hour, minute = self.clock
        minute += self.rng.randint(0, 3)
        hour, minute = (hour + minute // 60) % 24, minute % 60
        self.clock = (hour, minute)
        return f"{hour:02d}:{minute:02d}"

    def slot(self, key: str, mod: str, next_char: str) -> tuple[str | None, str]:
        cached = key[-1].isdigit() or mod[-1:].isdigit()
        if cached and (key, mod) in self.cache:
            return self.cache[(key, mod)]
        result = self._fill(key, mod, next_char)
        if cached:
            self.cache[(key, mod)] = result
        return result

    def _fill(self, key: str, mod: str, next_char: str) -> tuple[str | None, str]:
        rng = self.rng
        if _PERSON_KEY.fullmatch(key):
            who = self.person(key)
            form = {"f": who.given, "s": who.short, "l": who.surname}.get(mod, who.full)
            return "PERSON", form
        base = key.rstrip("0123456789")
        who = self.person(mod) if _PERSON_KEY.fullmatch(mod) else None
        if base == "ADDR":
            town = {"t": True, "n": False}.get(mod)
            return "ADDRESS", address(rng, town, no_point=next_char in ".")
        simple: dict[str, tuple[str, Callable[[], str]]] = {
            "CPR": ("CPR", lambda: cpr(rng)),
            "PHONE": ("PHONE", lambda: phone(rng, mod)),
            "EMAIL": ("EMAIL", lambda: email(rng, who)),
            "WORKMAIL": ("EMAIL", lambda: email(rng, who, work=True)),
            "SCAMMAIL": ("EMAIL", lambda: self._org_mail(SCAM_DOMAINS)),
            "ORGMAIL": ("EMAIL", lambda: self._org_mail(ORG_DOMAINS)),
            "IBAN": ("IBAN", lambda: iban(rng, foreign=mod == "f")),
            "ACCT": ("BANK_ACCOUNT", lambda: bank_account(rng)),
            "CARD": ("CARD", lambda: card(rng)),
            "EXP": ("CARD_EXPIRY", lambda: card_expiry(rng)),
            "CVV": ("CARD_CVV", lambda: digits(rng, 3)),
            "OTP": ("OTP", lambda: digits(rng, rng.choice([6, 6, 6, 4, 8, 5]))),
            "MITID": ("MITID_USER", lambda: mitid_user(rng, who)),
            "DOB": ("DATE_OF_BIRTH", lambda: date_of_birth(rng, english=mod == "e")),
            "PLATE": ("NUMBER_PLATE", lambda: plate(rng)),
        }
        if base in simple:
            label, make = simple[base]
            return label, make()
        if base == "clock":
            return None, self.tick()
        return None, FILLERS[base](rng)

    def _org_mail(self, domains: list[str]) -> str:
        local = self.rng.choice(
            [
                "sikkerhed",
                "kundeservice",
                "no-reply",
                "support",
                "fraud",
                "svindel",
                "info",
                "kontakt",
                "borgerservice",
                "noreply",
            ]
        )
        return f"{local}@{self.rng.choice(domains)}"


def _expand_choices(rng: random.Random, text: str) -> str:
    def pick(match: re.Match[str]) -> str:
        body = match.group(1)
        if body.startswith("?"):
            return body[1:] if rng.random() < 0.5 else ""
        return rng.choice(body.split("|"))

    return _CHOICE.sub(pick, text)


def render(rng: random.Random, template: str) -> dict:
    """One item from a template. A leading "^" writes the document in capitals, "_" in
    lower case (sloppy chat); both keep every character's position."""
    case = template[0] if template[0] in "^_" else ""
    text = _expand_choices(rng, template.lstrip("^_"))
    doc = _Doc(rng)
    parts: list[str] = []
    spans: list[Span] = []
    length = pos = 0
    for match in _SLOT.finditer(text):
        literal = text[pos : match.start()]
        parts.append(literal)
        length += len(literal)
        label, value = doc.slot(match.group(1), match.group(2) or "", text[match.end() :][:1])
        if label and value:
            spans.append(Span(label, length, length + len(value)))
        parts.append(value)
        length += len(value)
        pos = match.end()
    parts.append(text[pos:])
    out = "".join(parts)
    cased = {"^": out.upper(), "_": out.lower()}.get(case, out)
    if len(cased) == len(out):
        out = cased
    return {
        "text": out,
        "spans": [{"type": s.type, "start": s.start, "end": s.end} for s in spans],
        "kind": "positive" if spans else "negative",
    }


# --- templates --------------------------------------------------------------------------
# Slots: {P1} a person (F female, M male; digit = same person throughout), with :f given
# name(s), :s first + last surname, :l surname; {ADDR} street + number (:t with postcode
# and town, :n without); {CPR} {PHONE} (:i foreign, :o a service number) {EMAIL:P1} (the
# person's own) {SCAMMAIL} {ORGMAIL} {IBAN} (:f foreign) {ACCT} {CARD} {EXP} {CVV} {OTP}
# {MITID:P1} {DOB} (:e English) {PLATE}; lower-case slots are fillers that are no personal
# data. A digit at the end of a slot repeats its value. [[a|b]] picks one, [[?a]] maybe.

_POSITIVE_TEXTS = [
    """
    Fra: {P1} <{EMAIL:P1}>
    Til: {ORGMAIL}
    Sendt: {weekday} {date} {time}
    Emne: VS: [[Mærkelig sms|Er det her jer?|svindel?]]

    Hej, jeg fik denne her i morges fra {PHONE[[|:i]]}. Er det jer?

    > Kære kunde, din MitID udløber i dag. Forny straks på {url}
    > Mvh. Kundeservice

    [[Venlig hilsen|Mvh.|Hilsen]]
    {P1}
    """,
    """
    Emne: VS: sms fra ukendt nummer
    Sendt: {date} kl. {time}

    Min mor ({F2}) fik denne sms fra {PHONE:i}:
    > Hej mor, det er mig. Min telefon er gået i stykker, det her er mit nye nummer. Kan du ~
    sende {amt} til reg.nr./kontonr. {ACCT}? Jeg betaler tilbage i morgen.
    Hun har IKKE overført noget. Hendes nummer er {PHONE}[[, hvis I vil ringe til hende|]].
    /{P1:f}
    """,
    """
    ---------- Videresendt besked ----------
    Fra: "{bank1} Sikkerhed" <{SCAMMAIL}>
    Dato: {date} {time}
    Emne: Vigtigt: Bekræft dine oplysninger
    Til: <{EMAIL:P1}>

    > Kære {P1},
    > Vi har registreret usædvanlig aktivitet på din konto. Bekræft din identitet inden 24 timer:
    > {url}
    > Sagsnummer: {sag}
    > Med venlig hilsen
    > {bank1} Kundeservice

    Jeg har ikke klikket på noget. {P1:f}
    """,
    """
    Fwd: sms fra {PHONE:i}
    "PostNord: Din pakke {track} venter. Betal {amt} i told: {url}"
    Jeg trykkede på linket og skrev mit kortnummer {CARD} og udløb {EXP} og cvc {CVV} ind :( ~
    Derefter kom en sms-kode {OTP}, som jeg også tastede.
    Mvh {P1}, tlf. {PHONE}
    """,
    """
    Emne: Klage over manglende hjælp

    Til {bank1}

    Jeg skriver fordi jeg d. {date} blev snydt for {amt}. Jeg ringede til jeres kundeservice ~
    på {PHONE:o} samme aften, men ventede {num} minutter. Svindleren havde ringet fra {PHONE} ~
    og udgav sig for at være fra jeres afdeling. Jeg gav ham min engangskode {OTP}, det ved ~
    jeg godt var dumt.

    Jeg forventer at få pengene tilbage på min konto, reg.nr./kontonr. {ACCT}.

    Med venlig hilsen
    {P1}
    {ADDR:n}
    {postby}
    Tlf. {PHONE2}
    """,
    """
    ^JEG ER MEGET UTILFREDS! {P1} HER, KUNDE HOS JER I {num} ÅR. NOGEN HAR HÆVET {amt} FRA ~
    MIT KORT {CARD} OG I SIGER DET ER MIN SKYLD. RING TIL MIG PÅ {PHONE} I DAG!!!
    """,
    """
    Hej

    Jeg skriver på vegne af min far, {M2}, f. {DOB}, som bor på {ADDR:t}. Han blev i sidste ~
    uge ringet op af en mand, der sagde han hed {M3:f} og var fra "{bank1} Sikkerhed". Far gav ~
    ham sit bruger-ID {MITID:M2} og godkendte to gange i appen.

    Kan I spærre hans kort? Han har CPR-nr. {CPR}[[ og kundenummer {order}|]].

    Venlig hilsen
    {P1}
    {PHONE}
    """,
    """
    {date} {time} – kd. ringede ind ang. ukendt træk {amt}. Kd. oplyser at have modtaget ~
    opkald fra {PHONE} (udgav sig for at være politiet). Kd. har givet kortnr. + udløb. Kort ~
    spærret. Nyt kort bestilt til adr. {ADDR:t}. Ref. {sag} /{init}
    """,
    """
    Tlf.notat {date}
    Talt m. {P1} (kd.), cpr {CPR}. Kd. ringet op af "{M2:f}" fra {PHONE:i} jf. kd. Har ~
    godkendt MitID 2 gange. Anbefalet anmeldelse til politi, jf. procedure. Kd. kontaktes ~
    igen på {PHONE} i morgen.
    """,
    """
    kl. {time}: indg. opkald fra {F1:f}, datter af kd. {P2}
    - kd. dement, datter har fuldmagt
    - ukendt overf. {amt} til {IBAN:f}
    - returkrav sendt, ref. {sag}
    - datter tlf. {PHONE}
    """,
    """
    Notat: Kd. {P1} ringede kl. {time} fra {PHONE}. Fik sms m. link ({url}), indtastede ~
    kortoplysn. ({CARD}, exp {EXP}). Kort lukket, chargeback opr. jf. {sag}. Kd. bor {ADDR:t}.
    """,
    """
    Opkald fra {P1:f} ang. [[sms-kode|engangskode]] {OTP} – [[ikke videregivet|videregivet til ~
    ukendt]]. [[OK.|Sag oprettet.]]
    """,
    """
    SAG: {sag}
    Oprettet: {date} {time}
    Kategori: [[Investeringssvindel|Phishing|Romancesvindel|CEO-svindel]]

    Navn: {P1}
    Adr.: {ADDR:t}
    CPR-nr.: {CPR}
    Tlf.: {PHONE}
    E-mail: {EMAIL:P1}
    Reg.nr./kontonr.: {ACCT}

    Beskrivelse: Kunden har via en annonce på Facebook overført {amt} til en "mægler" ({M2}) ~
    med IBAN {IBAN:f}. Sagsbehandler: {P3}
    """,
    """
    Anmelder ........: {P1}
    Fødselsdato .....: {DOB}
    Adresse .........: {ADDR:n}
    Postnr./by ......: {postby}
    Telefon .........: {PHONE}
    Køretøj .........: {PLATE} ([[grå Skoda Octavia|sort VW Golf|hvid Toyota Yaris]])
    """,
    """
    Navn: {P1} | CPR: {CPR} | Tlf: {PHONE} | Mail: {EMAIL:P1} | Konto: {ACCT}
    """,
    """
    Modtagerkonto (svindler): {IBAN:f}
    Modtagers navn: {P2}
    Beløb: {amt}
    Overført: {date} kl. {time}
    Kundens konto: {IBAN}
    Kundens navn: {P1}
    """,
    """
    [{clock}] Kunde: hej jeg har lige fået en sms om at mit kort er spærret??
    [{clock}] {P3:f} ({bank1}): Hej! Det lyder som svindel. Har du trykket på linket?
    [{clock}] Kunde: ja og jeg skrev mit kortnummer {CARD} ind
    [{clock}] {P3:f} ({bank1}): Okay. Jeg spærrer kortet nu. Må jeg få dit fulde navn og ~
    fødselsdato?
    [{clock}] Kunde: {P1}, født {DOB}
    [{clock}] {P3:f} ({bank1}): Tak. Kortet er spærret.
    """,
    """
    _hej det er mig {P1:f} igen
    mit nummer er {PHONE} hvis i skal ringe
    jeg snakkede med {F2:f} i går men hun sagde i ville ringe tilbage??
    [[min mor bor på {ADDR} hvis det er vigtigt|]]
    """,
    """
    {date1}, {clock} - {P1}: Hej, er det dig der sælger [[sofaen|cyklen|barnevognen]]?
    {date1}, {clock} - {P2}: ja den er stadig til salg. {amt}
    {date1}, {clock} - {P1}: super, jeg sender via mobilepay til {PHONE}
    {date1}, {clock} - {P2}: nej brug linket her {url}
    {date1}, {clock} - {P1}: den bad om mit kortnummer og kontrolcifre??
    {date1}, {clock} - {P2}: ja det er normalt, skriv bare koden fra banken
    """,
    """
    Chat startet {date} {clock}
    Kunde ({P1}): Jeg har fået et opkald fra en der sagde han var fra {bank1}, han hed vist {M2}
    Medarbejder {P3:f}: Gav du ham nogen koder?
    Kunde ({P1}): ja en kode fra appen, koden er {OTP}
    Medarbejder {P3:f}: Tak. Jeg lukker din netbank midlertidigt. Ring til os på {PHONE:o}, ~
    hvis der sker mere.
    """,
    """
    ANMELDELSE – BEDRAGERI (straffelovens § 279)
    Journalnr.: {jnr}
    Anmeldt: {date} kl. {time}

    Forurettede: {F1}, født {DOB}, bopæl {ADDR:t}.
    Forurettede forklarede, at hun den {date} blev kontaktet telefonisk fra nummeret {PHONE:i} ~
    af en mand, der præsenterede sig som {M2} fra "svindelafdelingen" i {bank1}. Hun oplyste ~
    efter hans anvisning sit kortnummer {CARD} samt udløbsdato {EXP}.
    Tab opgjort til {amt}.
    """,
    """
    Sigtede: {M2}, cpr.nr. {CPR}, uden fast bopæl.
    Sigtede førte personbil med reg.nr. {PLATE}, som blev standset på {street} ved {postby}. ~
    I bilen fandtes {num} betalingskort tilhørende andre personer, herunder {P3}.
    """,
    """
    Fra: {P3} <{WORKMAIL:P3}>
    Til: Fraud Team <{ORGMAIL}>
    Emne: ESKALERING – muldyrkonto?

    Hej alle,

    Vi ser indgående overførsler fra {num} forskellige kunder til kontoen {ACCT} (kontohaver ~
    {P1}, CPR {CPR}) inden for 48 timer. Pengene videresendes straks til {IBAN:f}. ~
    Kontohaver har oplyst adressen {ADDR:t}, men posten kommer retur.

    Kan I tage den videre? Sagen ligger under {sag}.

    /{P3:f}
    {bank1}, Fraud Operations
    Direkte: {PHONE}
    """,
    """
    Hi {P4:f}, kan du kigge på kunde {F1} (cpr {CPR}) asap? Kortet {CARD} er brugt i ~
    {country} 3 gange i nat fra IP {ip}. Kd. siger hun har kortet på sig. Thx, {P3:f}
    """,
    """
    {P1}
    {ADDR:n}
    {postby}

    {town}, den {datelong}

    Til {bank1}
    Att.: Klageafdelingen

    Vedr.: Uberettiget træk på mit kort

    Jeg bestrider hermed trækket på {amt} foretaget {date} hos "{org}". Jeg har ikke selv ~
    foretaget købet og har haft kortet i min besiddelse hele tiden.

    Med venlig hilsen

    {P1}
    CPR: {CPR}
    """,
    """
    {law}
    J.nr. {sag}

    Vores klient, {P1}, {ADDR:t}, har anmodet os om at rette henvendelse vedrørende ~
    overførsler på i alt {amt} til konto {IBAN:f}. Vores klient blev kontaktet af en person, ~
    der kaldte sig {M2}, fra telefonnummer {PHONE:i}.

    Vi skal anmode om kopi af al korrespondance inden 14 dage.

    Med venlig hilsen
    {P3}
    advokat
    """,
    """
    Kære {P1}

    Tak for din henvendelse af {date}. Din sag har fået nummeret {sag}, og vi vender tilbage, ~
    så snart vi har undersøgt transaktionerne.

    Hvis du har spørgsmål, er du velkommen til at kontakte mig direkte på {PHONE} eller ~
    {WORKMAIL:P3}.

    Venlig hilsen
    {P3}
    Rådgiver, {bank1}
    """,
    """
    Romancesvindel – resumé: Kd. ({F1}, {num} år) mødte i {datelong} en mand på Facebook, som ~
    kaldte sig {M2}. Han skrev fra {PHONE:i} og sagde han arbejdede på en boreplatform. Kd. ~
    har i alt overført {amt} til {IBAN:f}, først {amts} per uge, og senere til en konto i ~
    {country}. Datteren {F3:f} kontaktede os, da hun så kontoudtoget.
    """,
    """
    Invest.svindel – opkald {date}: kd. {P1} ringet op fra {PHONE:i} og senere {PHONE:i} af ~
    "{P2}" fra platformen "NordicTradeX". Kd. har installeret AnyDesk og overført {amt}. ~
    Kd. har fået ny netbank-adgang. Kd. nås bedst på {PHONE} efter kl. 16.
    """,
    """
    Jeg talte med {M2:f} i går, og han sagde at {F3:f} også havde fået den samme sms. Kan I ~
    tjekke om der er sket noget på min konto? Mit nummer er {PHONE}. Mvh {P1}
    """,
    """
    Henvendelse fra [[hr. {M1}|fru {F1}]], f. {DOB}, tlf. {PHONE}. Kunden var meget oprevet og ~
    oplyste at være blevet snydt af "{P2:s}" på DBA. Der er overført {amt} via MobilePay.
    """,
    """
    Jeg købte en bil via DBA af {M2} for {amt}. Bilen havde nummerplade {PLATE}, men da jeg ~
    kom for at hente den på adressen {ADDR}, boede der ingen med det navn. Han skrev fra ~
    {PHONE}. Venlig hilsen {P1}
    """,
    """
    VS: {PHONE:i}
    > Din bil med reg.nr. {PLATE} har en ubetalt parkeringsafgift på {amt}. Betal inden ~
    {date} på {url} for at undgå rykkergebyr.
    Jeg har ikke engang en bil med det nummer. /{P1}
    """,
    """
    Emne: Lån optaget i mit navn

    Hej. Jeg har fået brev fra et låneselskab om et lån på {amt}, som jeg aldrig har optaget. ~
    Nogen har brugt mit navn, {P1}, og mit CPR-nr. {CPR}. Lånet er udbetalt til ~
    reg.nr./kontonr. {ACCT}, som ikke er min konto. Jeg har anmeldt det til politiet ~
    (journalnr. {jnr}).

    {P1:f}
    {PHONE}
    """,
    """
    [{clock}] Kunde: jeg kan ikke logge på, mit brugernavn til MitID er {MITID:P1}
    [{clock}] {P3:f}: Det kan jeg ikke se fra min side. Har du delt det med nogen?
    [{clock}] Kunde: en mand fra "Digitaliseringsstyrelsen" bad om det i går, han ringede fra ~
    {PHONE}
    [{clock}] {P3:f}: Det var svindel. Du skal spærre MitID på {PHONE:o}.
    """,
    """
    Hi, my name is {P1} (date of birth {DOB:e}). I live at {ADDR:t}. Yesterday someone called ~
    me from {PHONE:i} claiming to be from {bank1} and I gave them my card number {CARD}, expiry ~
    {EXP} and the cvv {CVV}. Please call me on {PHONE}. Kind regards, {P1:f}
    """,
    """
    Fra: {P3}, socialrådgiver, {town} Kommune
    Til: {ORGMAIL}

    Vi har en borger, {P1} (CPR {CPR}), som har været udsat for økonomisk udnyttelse af en ~
    bekendt. Borgeren bor på {ADDR:t} og har ikke selv telefon; kontakt kan ske via ~
    kontaktpersonen {P2:s} på {PHONE}.

    Med venlig hilsen
    {P3}
    Tlf. {PHONE:o}
    """,
    """
    Numre anmeldt i dag (vishing, falsk {bank1}):
    {PHONE:i}
    {PHONE}
    {PHONE}
    {PHONE:i}
    [[{PHONE}|]]
    Samlet: {num} henvendelser, {num} med tab.
    """,
    """
    navn;cpr;telefon;beloeb
    {P1};{CPR1};{PHONE1};{amt}
    {P2};{CPR2};{PHONE2};{amt}
    [[{P3};{CPR3};{PHONE3};{amt}|]]
    """,
    """
    @{P3:f} kan du ringe til kd. på {PHONE}? Hun hedder {F1} og er meget ked af det. ~
    Sagen er {sag}.
    """,
    """
    _ja hej det er {P1} jeg ringer fordi der er trukket penge på min konto som jeg ikke har ~
    brugt øh mit cpr nummer er {CPR} og jeg bor på {ADDR} øh ja ring tilbage på {PHONE} tak
    """,
    """
    Telefonsvarer {date} {time}: "Hej, det er {P1:f} [[fra {street}|]]. Jeg har fået en sms fra ~
    jer om at min konto er lukket. Ring venligst til mig på {PHONE}."
    """,
    """
    Adresseændring registreret {date}: {P1}
    Ny adresse: {ADDR:t}
    Tidl. adresse: {ADDR2:t}
    NB: ændringen er foretaget via netbank fra IP {ip} – kunden benægter at have gjort det.
    """,
    """
    En person, der udgav sig for at være {P1}, ringede i dag fra {PHONE:i} og bad om at få ~
    ændret telefonnummeret på kontoen til {PHONE}. Den rigtige kunde har nummeret {PHONE2} og ~
    bekræfter, at det ikke var hende. Spærret jf. {sag}.
    """,
    """
    Dødsbo efter {P1}, f. {DOB}, sidst boende {ADDR:t}.
    Bobestyrer: advokat {P2}, tlf. {PHONE:o}.
    Efter dødsfaldet er der foretaget hævninger med afdødes kort {CARD} på i alt {amt}.
    """,
    """
    Hej {P1:f}, din pakke fra {P2:f} venter på dig. Bekræft levering og betal {amt}: {url}
    """,
    """
    Kære {P1}

    Vi bekræfter hermed, at dit {cardword} {masked} er spærret {date}. Et nyt kort sendes ~
    til {ADDR:t} inden for 5-7 hverdage.

    Venlig hilsen
    {bank1}
    """,
    """
    Indsigelse – kort
    Kortholder: {P1}
    Kortnummer: {CARD}
    Udløb: {EXP}
    Transaktion: {amt} hos {org}, {date}
    Kortholders tlf.: {PHONE}
    """,
    """
    ^HEJ {F1:f} DET ER FRA {bank1} DIN KONTO ER SPÆRRET RING STRAKS PÅ {PHONE} ELLER TRYK {url}
    """,
    """
    _hej mormor det er {P1:f} :) jeg har fået nyt nummer {PHONE} kan du sende {amt} til min ~
    ven {P2} reg.nr./kontonr. {ACCT} jeg forklarer senere
    """,
    """
    Fru {F1:l} ringede igen ang. MobilePay-anmodningen fra {PHONE}. Hun har ikke betalt. ~
    Sønnen {M2:f} er med på linjen og kan kontaktes på {PHONE2}.
    """,
    """
    > Den {date} skrev {P1} <{EMAIL:P1}>:
    > Jeg har stadig ikke fået svar på min klage.
    > Jeg har overført {amt} til en "sikker konto" {IBAN}, som jeres medarbejder {P2:s} bad om.

    Kære {P1:f}
    Vi beklager ventetiden. Der findes ingen "sikre konti" hos os, og vi har ingen ~
    medarbejder ved navn {P2:s}. Sagen er sendt til vores afdeling for svindel.
    Venlig hilsen {P3}
    """,
    """
    Kd. ringet op af falsk politiassistent "{M2}" fra {PHONE}. Bedt om at overføre ~
    opsparing til {IBAN} for at "beskytte" den. Kd. {P1}, cpr. {CPR}, har ikke overført. ~
    Anmeldt, jf. {jnr}.
    """,
    """
    Bot: Hvad er dit CPR-nummer?
    Kunde: {CPR}
    Bot: Tak. Hvad er dit telefonnummer?
    Kunde: {PHONE}
    Bot: Du bliver nu stillet videre til en medarbejder.
    {P3:f} (medarbejder): Hej {P1:f}, hvad kan jeg hjælpe med?
    """,
    """
    Kortet blev brugt på ferie i {country}. Kort: {CARD}, gyldig til {EXP}, ~
    [[cvc|CVC|kontrolcifre]] {CVV}. Jeg, {P1}, har kun selv brugt det i {shop}.
    """,
    """
    Emne: Lejlighed – forudbetalt depositum

    Jeg fandt en annonce for en lejlighed på {ADDR}. Udlejer hed {M2} og ville have ~
    depositum på {amt} overført til {IBAN:f}, fordi han "boede i udlandet". Nøglerne skulle ~
    sendes med post. Ingen nøgler, og nummeret {PHONE:i} svarer ikke længere.

    {P1}
    {ADDR2:n}
    """,
    """
    Hej. Jeg har fået denne sms. Er det jer?
    "{bank1}: Din konto er midlertidigt spærret. Ring til os på {PHONE}."

    Sendt fra min iPhone
    {P1:s}
    """,
    """
    Ticket {sag} | Status: Ny | Kanal: Telefon | Prioritet: Høj
    Kunde: {P1} | Fødselsdato: {DOB} | Tlf.: {PHONE}
    Beskrivelse: Kunde har oplyst sit brugernavn til MitID {MITID:P1} og engangskode {OTP} ~
    til en "konsulent".
    """,
    """
    Kunden {P1} (tlf. {PHONE}) ønsker at blive ringet op angående sag {sag}.
    """,
    """
    Notat {date}: Ægteparret {P1} og {P2} fra {ADDR:t} har begge fået opkald fra {PHONE}. ~
    {P2:f} har oplyst sit CPR-nr. {CPR}, men ikke sin MitID-kode.
    """,
    """
    POLITIRAPPORT (uddrag)
    Anmelder {M1}, f. {DOB}, oplyste, at hans nabo {F2} havde set en ukendt bil, ~
    nummerplade {PLATE}, holde ud for nr. {num} på {street} flere aftener i træk.
    """,
    """
    Til {bank1}. Jeg hedder {P1} og mit nummer er {PHONE}. Jeg har ved en fejl givet min ~
    engangskode {OTP} til en der ringede. Kan I lukke for mit kort {CARD}? Tak.
    """,
    """
    Faktura-svindel: Kd. {P1} har betalt en falsk faktura fra "{org}" (CVR {cvr}) på {amt}, ~
    fakturanr. {orderd}, til reg.nr./kontonr. {ACCT}. Fakturaen kom fra {SCAMMAIL}.
    """,
    """
    Ordre {orderd} – kunden {P1} oplyser, at webshoppen bad om kortnummer {CARD}, udløb ~
    {EXP} og CVV {CVV} to gange. Varen (EAN {ean}) blev aldrig leveret. Kd. tlf. {PHONE}.
    """,
    """
    Skærmbillede fra kunden (afskrift):
    "Log ind – indtast dit brugernavn til MitID: {MITID}"
    Adressen i browseren var {url}. Kunden, {P1:s}, har tastet brugernavnet og godkendt i appen.
    """,
    """
    _hej igen. mit bruger-id er {MITID:P1} og nu virker det ikke. min søn {M2:f} siger jeg ~
    skal ringe til jer. {P1:f}
    """,
    """
    Emne: Tak for hjælpen

    Hej {P3:f},

    Tak fordi du hjalp min mand, {M2}, i går. Han er stadig lidt rystet. Vi har nu fået nye ~
    kort, og jeg har slettet den app, som svindleren bad os installere ([[AnyDesk|TeamViewer]] ~
    version {ver}).

    Kærlig hilsen
    {F1:f}
    """,
    """
    To: Card Scheme Disputes
    Subject: Fraud report {sag}

    Cardholder: {P1}
    Card: {CARD}, expiry {EXP}, CVC {CVV} (disclosed to fraudster by phone)
    Fraudulent merchant: {org}, amount {amt}
    Contact: {EMAIL:P1}
    """,
    """
    Fejlrapport fra app (version {ver}):
    Bruger: {EMAIL:P1}
    Besked: "Jeg, {P1}, kan ikke se min overførsel på {amt} fra {date}. Min kode blev afvist."
    Enhed-IP: {ip}
    """,
    """
    Jeg blev ringet op fra {PHONE} af en kvinde, der hed {F2:f}. Hun sagde, at mit kort var ~
    misbrugt, og bad mig læse kontrolcifre {CVV} og udløbsdato {EXP} op. Jeg lagde på. {P1}
    """,
    """
    Kontaktperson: {P2}
    E-mail: {EMAIL:P2}
    Mobil: {PHONE}
    Relation til kunden: [[nabo|søster|bror|nevø|værge]]

    Kunde: {P1}, {ADDR:t}, cpr {CPR}
    """,
]
POSITIVE = [_template(t) for t in _POSITIVE_TEXTS]

_NEGATIVE_TEXTS = [
    """
    KVITTERING
    {shop}, {street}
    Kvitteringsnr.: {orderd}
    {date} {time}

    Mælk 1 l            14,95
    Rugbrød             22,00
    Kaffe 400 g         59,95
    EAN {ean}
    I alt               {amts}
    Betalt med {cardword} {masked}
    CVR-nr. {cvr}
    """,
    """
    PostNord: Din pakke {track} kunne ikke leveres. Betal {amt} i gebyr på {url} inden {date}.
    """,
    """
    GLS: Pakkenummer {track} er klar til afhentning i pakkeshoppen {shop}, {postby}, frem ~
    til {date}. Husk legitimation.
    """,
    """
    Faktura {order}
    Fakturadato: {date}
    Forfaldsdato: {date}
    Beløb: {amt}
    Betales til {bank1}. Husk at angive fakturanummeret som reference.
    {org} · CVR {cvr}
    """,
    """
    {date} {time} WARN login failed from {ip} (app {ver})
    {date} {time} WARN login failed from {ip} (app {ver})
    {date} {time} INFO account locked after 5 attempts, ref {sag}
    """,
    """
    Notat: Kunden oplyser at have modtaget sms fra ukendt afsender med link til {url}. Ingen ~
    oplysninger videregivet. Sag {sag} lukket {date}.
    """,
    """
    Kære kunde

    Vi ringer ALDRIG og beder dig om koder fra MitID, og vi beder dig aldrig om at flytte ~
    penge til en "sikker konto". Er du i tvivl, så læg røret på og ring selv op til {bank1} på ~
    det nummer, der står på vores hjemmeside.

    Venlig hilsen
    {bank1}
    """,
    """
    Per {datelong} ændres gebyret for kortudstedelse til {amt} per kort, og overførsler ~
    til udlandet koster {amt} per transaktion.
    """,
    """
    Vejarbejde på {street} og {street} frem til {date}. Filialen på {street} holder derfor ~
    lukket, og kunder henvises til afdelingen i {postby}.
    """,
    """
    Din reservation hos Jensens Bøfhus, {town}, er bekræftet til {date} kl. {time} for {num} ~
    personer. Booking-ref. {order}.
    """,
    """
    Version {ver}:
    - rettet fejl i MitID-login på Android
    - ny advarsel ved overførsler over {amt}
    - forbedret ydeevne
    """,
    """
    I uge {num} blev der anmeldt {num} sager om phishing og {num} sager om vishing. Det ~
    samlede tab var {amt}, et fald på {pct} i forhold til ugen før.
    """,
    """
    Din konto er låst af sikkerhedsmæssige årsager. Bekræft dine oplysninger på {url} inden ~
    kl. {time}.
    """,
    """
    Tak for din ordre {orderd}!
    Forventet levering: {date}
    Track & trace: {track}
    Ordretotal: {amt} (inkl. moms)
    """,
    """
    ^ADVARSEL: FALSKE SMS'ER FRA "{bank1}" ER I OMLØB. KLIK IKKE PÅ LINKS SOM {url}.
    """,
    """
    _hej er der nogen der ved om det her er svindel? fik en sms om pakke {track} og de vil ~
    ha {amt} for at levere den. jeg har ikke bestilt noget
    """,
    """
    Pga. storm er filialen i {town} lukket i dag. Vi forventer at åbne igen {weekday} kl. ~
    {time}. Træer er væltet over vejen ved skoven og marken bag {street}.
    """,
    """
    kd. ringede ang. ukendt træk {amt} hos {org}. Kd. har ikke givet koder. Kort spærret jf. ~
    proc. Ref. {sag}. /{init}
    """,
    """
    Navn: [skjult]
    CPR-nr.: ******-****
    Tlf.: (ikke oplyst)
    Adresse: {street}, {postby}
    Kort: {masked}
    """,
    """
    Blokeret domæne: {url}
    IP: {ip}
    Første observation: {date} {time}
    Antal klik fra kunder: {num}
    """,
    """
    Forhandler: {org}
    CVR: {cvr}
    Terminal-ID: {order}
    Beløb: {amt}
    Godkendelsesnr.: {order}
    Dato: {date}
    """,
    """
    Politiet har modtaget din anmeldelse. Dit journalnummer er {jnr}. Opgiv nummeret ved ~
    henvendelse. Du skal ikke foretage dig mere nu.
    """,
    """
    Reklamation: Stolen fra {org} er leveret med skade. Ordrenr. {orderd}. Vi ønsker en ~
    ombytning og afventer svar inden {date}.
    """,
    """
    Hvor tilfreds var du med hjælpen i dag? Svar 1-5. Din henvendelse har sagsnummer {sag}.
    """,
    """
    Mødereferat {date}
    Deltagere: Fraud Operations, IT-sikkerhed, Kundeservice
    1. Status på sager om falsk politi (+{num} siden sidst)
    2. Nye domæner blokeret, fx {url}
    3. Næste møde {weekday} kl. {time} i mødelokale {num}
    """,
    """
    Kunden bor tæt på {street} og ønsker at få kortet leveret til filialen i {postby} i stedet.
    """,
]
NEGATIVE = [_template(t) for t in _NEGATIVE_TEXTS]


def generate(seed: int = SEED, size: int = SIZE) -> list[dict]:
    """``size`` items; about ``NEGATIVE_SHARE`` of them from templates without personal data."""
    rng = random.Random(seed)
    items = []
    for _ in range(size):
        templates = NEGATIVE if rng.random() < NEGATIVE_SHARE else POSITIVE
        items.append(render(rng, rng.choice(templates)))
    return items


def main(argv: list[str] | None = None) -> None:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        sys.exit("usage: python -m bench.pii_blind OUT.jsonl")
    lines = [json.dumps(item, ensure_ascii=False) for item in generate()]
    Path(args[0]).write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
