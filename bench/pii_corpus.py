"""An independent, seeded generator of Danish fraud-team text with labelled personal data
(issue 18), for evaluating the recognisers in ``vaern.privacy.recognizers``.

Independent on purpose: its first names, surnames, streets and towns are its own lists,
written separately from the recogniser's names_da.tsv and street endings, and include names
and streets the recogniser's lists lack. Texts mimic what a fraud team handles: forwarded
scam SMS and e-mails, complaints, call and case notes, chats. Every written form of the
identifiers appears (CPR with space, dashes, dots; phones in all groupings; IBANs compact
and spaced; names in lower and upper case), next to hard negatives: receipt numbers that
start with a date, tracking and EAN numbers (some Luhn-valid), order ids, amounts, dates,
times and scam URLs with digits. Every identifier is synthetic: CPR numbers are generated,
card numbers are published test numbers, e-mail domains are example domains.

``generate(seed, size)`` returns ``[{"text", "spans": [{"type", "start", "end"}], "kind"}]``;
kind is "positive" or "negative" (a text with no personal data at all).
"""

from __future__ import annotations

import random
import string
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from stdnum import iban

SEED = 18_2026

FIRST = [
    "Ditte",
    "Ulrikke",
    "Sigrid",
    "Villads",
    "Bertram",
    "Halfdan",
    "Karoline",
    "Asbjørn",
    "Esther",
    "Gunnar",
    "Torkild",
    "Mogens",
    "Preben",
    "Dorthea",
    "Ingeborg",
    "Svend-Erik",
    "Lise-Lotte",
    "Kamilla",
    "Merete",
    "Annemette",
    "Jeanette",
    "Tobias",
    "Magnus",
    "Laurits",
    "Viggo",
    "Ellen",
    "Ida",
    "Liva",
    "Asta",
    "Nikoline",
    "Rikke",
    "Mette",
    "Søren",
    "Jens",
    "Kirsten",
    "Lars",
    "Hanne",
    "Michael",
    "Birthe",
    "Jørgen",
    "Tove",
    "Henrik",
    "Gitte",
    "Carsten",
    "Vibeke",
    "Frederik",
    "Emma",
    "Noah",
    "Sofie",
    "Oliver",
    "Alma",
    "Malthe",
    "Freja",
    "Elias",
    "Clara",
    "Storm",
    "Vigga",
    "Lykke",
    "Bo",
    "Per",
    "Hans",
    "Aksel",
    "Esben",
    "Thorbjørn",
    "Solvej",
    "Rebekka",
    "Yasmin",
    "Ahmed",
    "Fatima",
    "Mikkel",
    "Pernille",
    "Stine",
    "Ronja",
    "Silas",
    "Aya",
]
SURNAMES = [
    "Vindeløv",
    "Brøndum",
    "Kirkeby",
    "Damgaard",
    "Overgaard",
    "Søgaard",
    "Stampe",
    "Kofoed",
    "Qvist",
    "Winther",
    "Lindhardt",
    "Ravn",
    "Fog",
    "Hvid",
    "Krogh",
    "Bundgaard",
    "Juhl",
    "Kjærsgaard",
    "Nørregaard",
    "Rosendahl",
    "Ebbesen",
    "Bisgaard",
    "Hejlesen",
    "Storgaard",
    "Lyngsø",
    "Gade",
    "Uhd",
    "Pind",
    "Mørch",
    "Brix",
    "Dyhr",
    "Glerup",
    "Hald",
    "Bak",
    "Sloth",
    "Fisker",
    "Vad",
    "Kaas",
    "Tang",
    "Bonde",
    "Riis",
    "Kromann",
    "Thorsen",
    "Nielsen",
    "Jensen",
    "Hansen",
    "Pedersen",
    "Andersen",
    "Christensen",
    "Larsen",
    "Sørensen",
    "Rasmussen",
    "Jørgensen",
    "Madsen",
    "Kristensen",
    "Olsen",
    "Thomsen",
    "Poulsen",
    "Møller",
    "Holm",
    "Lund",
    "Skov",
    "Mikkelsen",
    "Østergaard",
    "Frandsen",
    "Laustsen",
    "Hedegaard",
    "Yilmaz",
    "Hussain",
]
STREETS = [
    "Vesterbrogade",
    "Nørrebrogade",
    "Amagerbrogade",
    "Frederikssundsvej",
    "Jagtvej",
    "Strandboulevarden",
    "Istedgade",
    "Søndre Fasanvej",
    "Algade",
    "Bispensgade",
    "Kongensgade",
    "Ryesgade",
    "Klostervænget",
    "Møllebakken",
    "Kirkestræde",
    "Rosenvænget",
    "Elmeallé",
    "Birkevej",
    "Egevej",
    "Lærkevej",
    "Skovbrynet",
    "Østerled",
    "Hyldeholm",
    "Solsikkemarken",
    "Engtoften",
    "Fuglebakken",
    "Stationsvej",
    "Havnepladsen",
    "Sankt Peders Stræde",
    "H.C. Ørsteds Vej",
    "Dronning Olgas Vej",
    "Tværgade",
    "Bredgade",
    "Store Kongensgade",
    "Gammel Kongevej",
    "Nørre Allé",
    "Bakkedraget",
    "Kastanjealléen",
    "Grønnegade",
]
TOWNS = (
    ("1620", "København V"),
    ("2200", "København N"),
    ("1360", "København K"),
    ("8000", "Aarhus C"),
    ("5000", "Odense C"),
    ("9000", "Aalborg"),
    ("7100", "Vejle"),
    ("6700", "Esbjerg"),
    ("4000", "Roskilde"),
    ("3400", "Hillerød"),
    ("2800", "Kongens Lyngby"),
    ("8900", "Randers C"),
    ("2630", "Taastrup"),
    ("4700", "Næstved"),
    ("6000", "Kolding"),
    ("2000", "Frederiksberg"),
)
TEST_CARDS = (
    "4111111111111111",
    "4571000000000001",
    "5555555555554444",
    "5105105105105100",
    "2223003122003222",
    "4000056655665556",
    "378282246310005",
)
MONTHS = "januar februar marts april maj juni juli august september oktober november december"

Part = tuple[str, str | None]  # text and its label (None: not personal data)


def _person(rng: random.Random) -> str:
    first = rng.choice(FIRST)
    if rng.random() < 0.2:
        first += " " + rng.choice(FIRST)
    name = f"{first} {rng.choice(SURNAMES)}"
    roll = rng.random()
    if roll < 0.1:
        return name.lower()
    if roll < 0.15:
        return name.upper()
    return name


def _first(rng: random.Random) -> str:
    name = rng.choice(FIRST)
    return name.lower() if rng.random() < 0.1 else name


def _born(rng: random.Random) -> date:
    return date(1935, 1, 1) + timedelta(days=rng.randrange(0, 365 * 85))


def _cpr(rng: random.Random) -> str:
    born = _born(rng)
    yy = born.year % 100
    if born.year < 2000:
        seventh = rng.choice([0, 1, 2, 3] + ([4, 9] if yy >= 37 else []))
    else:
        seventh = rng.choice([4, 9] if yy <= 36 else [5, 6, 7, 8])
    ddmmyy = f"{born:%d%m}{yy:02d}"
    serial = f"{seventh}{rng.randrange(1000):03d}"
    form = rng.choice(["-", "", " ", "\u2013", "\u2011", " - ", "\u00a0", "dots"])
    if form == "dots":
        return f"{ddmmyy[:2]}.{ddmmyy[2:4]}.{ddmmyy[4:]}-{serial}"
    return f"{ddmmyy}{form}{serial}"


def _dk_number(rng: random.Random) -> str:
    first = rng.choice(["20", "22", "26", "28", "30", "31", "40", "42", "50", "52", "61", "71"])
    return first + "".join(rng.choice(string.digits) for _ in range(6))


def _phone(rng: random.Random) -> str:
    digits = _dk_number(rng)
    pairs = " ".join(digits[i : i + 2] for i in range(0, 8, 2))
    return rng.choice(
        [
            digits,
            pairs,
            f"+45 {pairs}",
            f"+45{digits}",
            f"0045 {digits}",
            f"{digits[:4]} {digits[4:]}",
            "+46 70 123 45 67",
            "+44 7700 900123",
            f"+45 {rng.choice(['11', '13', '19'])} {pairs[3:]}",  # spoofed, outside the plan
        ]
    )


def _email(rng: random.Random) -> str:
    name = rng.choice(FIRST).lower().replace("ø", "oe").replace("æ", "ae").replace("å", "aa")
    return f"{name}.{rng.choice(SURNAMES).lower()[:6]}{rng.randrange(100)}@" + rng.choice(
        ["example.dk", "example.com", "mail.example.org"]
    ).replace("ø", "o")


def _card(rng: random.Random) -> str:
    digits = rng.choice(TEST_CARDS)
    if len(digits) == 16 and rng.random() < 0.6:
        sep = rng.choice([" ", "-"])
        return sep.join(digits[i : i + 4] for i in range(0, 16, 4))
    return digits


def _bban(rng: random.Random, country: str) -> str:
    """A domestic account number with the country's own check digits where it has them."""
    if country == "GB":
        return "NWBK" + _digits(rng, 14)
    if country == "BE":  # mod 97 of the first ten digits (97 for 0)
        body = _digits(rng, 10)
        return body + f"{int(body) % 97 or 97:02d}"
    if country == "NO":  # mod 11 with weights 5,4,3,2,7,6,5,4,3,2
        while True:
            body = _digits(rng, 10)
            weights = (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)
            check = 11 - sum(int(d) * w for d, w in zip(body, weights, strict=True)) % 11
            if check != 10:
                return body + str(check % 11)
    return _digits(rng, {"DK": 14, "DE": 18}[country])


def _iban(rng: random.Random) -> str:
    country = rng.choice(["DK", "DE", "BE", "NO", "GB"])
    while True:  # Belgian bank codes must exist too: draw until stdnum accepts it
        bban = _bban(rng, country)
        numeric = "".join(str(int(c, 36)) for c in bban + country + "00")
        value = f"{country}{98 - int(numeric) % 97:02d}{bban}"
        if iban.is_valid(value):
            break
    if rng.random() < 0.5:
        return " ".join(value[i : i + 4] for i in range(0, len(value), 4))
    return value


def _expiry(rng: random.Random) -> str:
    month, year = rng.randint(1, 12), rng.randint(25, 31)
    return rng.choice([f"{month:02d}/{year}", f"{month:02d}-{year}", f"{month:02d}/20{year}"])


def _birth_date(rng: random.Random) -> str:
    born = _born(rng)
    months = MONTHS.split()
    return rng.choice(
        [
            f"{born:%d.%m.%Y}",
            f"{born.day}/{born.month}-{born:%Y}",
            f"{born:%Y-%m-%d}",
            f"{born.day}. {months[born.month - 1]} {born.year}",
            f"{born:%d-%m-%Y}",
        ]
    )


def _address(rng: random.Random) -> str:
    street = rng.choice(STREETS)
    number = str(rng.randint(1, 180)) + (rng.choice("ABC") if rng.random() < 0.15 else "")
    floor = rng.choice(["", "", ", 2. th.", ", st. tv.", ", 1. mf.", ", 3. sal", " 4.tv"])
    postcode, town = rng.choice(TOWNS)
    if rng.random() < 0.25:
        return f"{street} {number}{floor}"
    value = f"{street} {number}{floor}, {postcode} {town}"
    return value.lower() if rng.random() < 0.1 else value


def _plate(rng: random.Random) -> str:
    letters = "".join(rng.choice("ABCDEFHJKLMNPRSTUVXYZ") for _ in range(2))
    digits = f"{rng.randint(10, 99)}{rng.randint(0, 999):03d}"
    return rng.choice([f"{letters} {digits[:2]} {digits[2:]}", f"{letters}{digits}"])


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def _luhn_complete(rng: random.Random, prefix: str, length: int) -> str:
    body = prefix + _digits(rng, length - len(prefix) - 1)
    total = 0
    for i, d in enumerate(reversed(body)):
        n = int(d) * (2 if i % 2 == 0 else 1)
        total += n - 9 if n > 9 else n
    return body + str((10 - total % 10) % 10)


def _receipt(rng: random.Random) -> str:
    day = date(2024, 1, 1) + timedelta(days=rng.randrange(700))
    return rng.choice(
        [
            f"Kvittering nr. {day:%d%m%y}{_digits(rng, 4)}",
            f"Kvitteringsnr. {day:%d%m%y}-{_digits(rng, 4)}",
            f"Bon {day:%d%m%y} {_digits(rng, 4)}",
            f"Transaktion {day:%d%m%y}{_digits(rng, 4)}",
        ]
    )


def _tracking(rng: random.Random) -> str:
    return rng.choice(
        [
            f"Pakke {_luhn_complete(rng, '4', 16)}",
            f"forsendelse nr. {_luhn_complete(rng, '5', 16)}",
            f"EAN: {_luhn_complete(rng, '57', 13)}",
            f"sporingsnummer {_digits(rng, 18)}",
            f"stregkode {_luhn_complete(rng, '4', 16)}",
        ]
    )


def _order(rng: random.Random) -> str:
    return rng.choice(
        [
            f"ordre {_luhn_complete(rng, '4', 16)}",
            f"ordrenr. {_digits(rng, 10)}",
            f"sagsnr. {_digits(rng, 8)}",
            f"faktura {_digits(rng, 10)}",
            f"CVR {_digits(rng, 8)}",
        ]
    )


def _amount(rng: random.Random) -> str:
    return rng.choice(
        [
            f"{rng.randint(1, 99)}.{_digits(rng, 3)},{_digits(rng, 2)} kr.",
            f"{rng.randint(10, 9999)} kr",
            f"DKK {rng.randint(100, 50000)},00",
        ]
    )


def _when(rng: random.Random) -> str:
    day = date(2024, 1, 1) + timedelta(days=rng.randrange(700))
    return rng.choice(
        [
            f"{day:%d.%m.%Y}",
            f"{day:%Y-%m-%d}",
            f"{day:%d/%m}",
            f"{day:%d-%m-%Y} kl. {rng.randint(7, 22)}:{rng.randint(0, 59):02d}",
        ]
    )


def _url(rng: random.Random) -> str:
    host = rng.choice(
        ["postnord-dk.info", "dhl-levering.com", "mitid-fornyelse.net", "gls-pakke.eu"]
    )
    return rng.choice(
        [
            f"https://{host}/p/{_dk_number(rng)}?id={_digits(rng, 8)}",
            f"{host}/t/{_dk_number(rng)}",
            f"https://{host}/?ref={_dk_number(rng)}&c={_digits(rng, 6)}",
        ]
    )


FIELDS: dict[str, tuple[str | None, Callable[[random.Random], str]]] = {
    "PERSON": ("PERSON", _person),
    "FIRST": ("PERSON", _first),
    "CPR": ("CPR", _cpr),
    "PHONE": ("PHONE", _phone),
    "EMAIL": ("EMAIL", _email),
    "CARD": ("CARD", _card),
    "EXPIRY": ("CARD_EXPIRY", _expiry),
    "CVV": ("CARD_CVV", lambda rng: _digits(rng, 3)),
    "IBAN": ("IBAN", _iban),
    "ACCOUNT": ("BANK_ACCOUNT", lambda rng: f"{_digits(rng, 4)}-{_digits(rng, 10)}"),
    "OTP": ("OTP", lambda rng: _digits(rng, rng.choice([4, 6, 6, 8]))),
    "MITID": ("MITID_USER", lambda rng: rng.choice(FIRST).lower()[:5] + _digits(rng, 4)),
    "BIRTH": ("DATE_OF_BIRTH", _birth_date),
    "ADDRESS": ("ADDRESS", _address),
    "PLATE": ("NUMBER_PLATE", _plate),
    "RECEIPT": (None, _receipt),
    "TRACKING": (None, _tracking),
    "ORDER": (None, _order),
    "AMOUNT": (None, _amount),
    "WHEN": (None, _when),
    "URL": (None, _url),
}

POSITIVE = (
    # Forwarded scam SMS and e-mails
    "Videresendt SMS fra {PHONE}: Kære {PERSON}, din pakke venter. Betal {AMOUNT} på {URL}",
    "Fra: {EMAIL}\nEmne: Din konto er spærret\nHej {FIRST}, bekræft dit CPR-nr. {CPR} på {URL}",
    "Kunden videresendte: 'MitID: indtast din engangskode {OTP} for at godkende {AMOUNT}'",
    "SMS modtaget {WHEN} fra {PHONE}: Din kode er {OTP}. Del den aldrig.",
    # Complaints and call notes
    "Opkald {WHEN}. Kunden {PERSON} (cpr {CPR}) oplyser at hun gav sit kortnummer {CARD} "
    "udløb {EXPIRY} og cvv {CVV} til en falsk bankmedarbejder.",
    "Notat: {PERSON}, {ADDRESS}, tlf. {PHONE}. Overførte {AMOUNT} til IBAN {IBAN}.",
    "Klage fra {PERSON}, født {BIRTH}, bor på {ADDRESS}. {ORDER} blev aldrig leveret.",
    "Kunden har givet bruger-ID til MitID {MITID} og min kode {OTP} til svindleren i telefonen.",
    "Svindleren ringede fra {PHONE} og sagde han var fra politiet. Kunde: {FIRST}",
    "Overførsel til reg.nr. og konto {ACCOUNT} på {AMOUNT}. Modtager oplyst som {PERSON}.",
    "Kundenummer og CPR: {CPR}. {RECEIPT} vedlagt som dokumentation.",
    "Bilen med nummerplade {PLATE} blev solgt via DBA; køber {PERSON} betalte aldrig.",
    "fødselsdato: {BIRTH}, adresse {ADDRESS}, e-mail {EMAIL}",
    # Chats and e-mails from customers
    "hej det er {FIRST} igen, de har trukket {AMOUNT} fra mit kort {CARD} 😢",
    "Hej {FIRST}\nTak for din henvendelse om {TRACKING}.\nMvh\n{PERSON}\nKundeservice",
    "Venlig hilsen\n{PERSON}\n{ADDRESS}\n{PHONE}",
    "Jeg hedder {PERSON} og mit personnummer er {CPR}, min mail er {EMAIL}",
    "Kære {PERSON}\n\nVi har registreret et login fra ny enhed. Koden er {OTP}.",
    "kunden {PERSON} siger at {PHONE} ringede og bad om kortnummer {CARD}",
    "Sagsbehandler: {FIRST}. Kunde oplyser CPR {CPR} og IBAN {IBAN} ({WHEN}).",
)

NEGATIVE = (
    "{RECEIPT} betalt {WHEN}, i alt {AMOUNT}.",
    "Status på {TRACKING}: pakken er på vej, se {URL}",
    "{ORDER} bekræftet {WHEN}. Beløb {AMOUNT}.",
    "Svindel-SMS med link {URL} og beløb {AMOUNT} er spærret.",
    "Kampagne registreret {WHEN}: {URL} ({TRACKING}).",
    "Faktura betalt: {ORDER}, {AMOUNT}, {RECEIPT}.",
    "Ny bølge af falske pakkebeskeder {WHEN}: {URL}",
    "Møde om sagen {WHEN}, {ORDER}.",
)


def _fill(rng: random.Random, template: str) -> dict[str, Any]:
    text: list[str] = []
    spans: list[dict[str, Any]] = []
    pos = 0
    rest = template
    while "{" in rest:
        before, _, tail = rest.partition("{")
        field, _, rest = tail.partition("}")
        text.append(before)
        pos += len(before)
        label, make = FIELDS[field]
        value = make(rng)
        if label is not None:
            spans.append({"type": label, "start": pos, "end": pos + len(value)})
        text.append(value)
        pos += len(value)
    text.append(rest)
    return {"text": "".join(text), "spans": spans}


def generate(
    seed: int = SEED, size: int = 2000, negative_share: float = 0.4
) -> list[dict[str, Any]]:
    rng = random.Random(seed)
    samples = []
    for _ in range(size):
        negative = rng.random() < negative_share
        item = _fill(rng, rng.choice(NEGATIVE if negative else POSITIVE))
        item["kind"] = "negative" if negative else "positive"
        samples.append(item)
    return samples
