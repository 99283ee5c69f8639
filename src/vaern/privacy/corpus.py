"""The evaluation corpus: synthetic but realistic Danish text with labelled PII and hard
negatives (dates, order and invoice numbers, amounts, CVR numbers, postcodes, times).

Deterministic: ``python -m vaern.privacy.corpus`` rewrites ``data/eval_corpus.jsonl`` from
the seed, byte for byte. Every identifier is synthetic: CPR numbers are generated, card
numbers are published test numbers, addresses are example.com/.dk.
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import phonenumbers
from stdnum import iban

from vaern.privacy.recognizers import gazetteer

CORPUS_FILE = Path(__file__).with_name("data") / "eval_corpus.jsonl"
SEED = 20261123
SIZE = 1500

# Published test card numbers (Visa, Dankort/Visa, Mastercard, Amex, Discover, Diners).
TEST_CARDS = (
    "4111111111111111",
    "4571000000000001",
    "4242424242424242",
    "4000056655665556",
    "5555555555554444",
    "5105105105105100",
    "2223003122003222",
    "5200828282828210",
    "6011111111111117",
    "378282246310005",
)
EXTRA_SURNAMES = ("Bækgaard", "Thorhauge", "Kirkegaard", "Lykke", "Vinther", "Skovbo")


def _cpr(rng: random.Random) -> str:
    born = date(1930, 1, 1) + timedelta(days=rng.randrange(0, 365 * 80))
    yy = born.year % 100
    if born.year < 2000:
        seventh = rng.choice([0, 1, 2, 3] + ([4, 9] if yy >= 37 else []))
    else:
        seventh = rng.choice([4, 9] if yy <= 36 else [5, 6, 7, 8])
    digits = f"{born:%d%m}{yy:02d}{seventh}{rng.randrange(1000):03d}"
    return digits[:6] + "-" + digits[6:] if rng.random() < 0.6 else digits


def _card(rng: random.Random) -> str:
    digits = rng.choice(TEST_CARDS)
    if rng.random() < 0.5 and len(digits) == 16:
        return " ".join(digits[i : i + 4] for i in range(0, 16, 4))
    return digits


def _phone(rng: random.Random) -> str:
    if rng.random() < 0.15:
        return rng.choice(["+46 70 123 45 67", "+49 151 23456789", "+47 412 34 567"])
    digits = ""
    while not phonenumbers.is_valid_number(phonenumbers.parse(digits or "10", "DK")):
        # Draw until the number lies in an allocated Danish range.
        digits = f"{rng.choice('2345679')}{rng.randrange(10_000_000):07d}"
    style = rng.randrange(4)
    spaced = " ".join(digits[i : i + 2] for i in range(0, 8, 2))
    return [digits, spaced, "+45 " + spaced, "+45" + digits][style]


def _person(rng: random.Random) -> str:
    names = gazetteer()
    first = rng.choice(sorted(names["first"]))
    pool = sorted(names["surname"]) if rng.random() < 0.85 else list(EXTRA_SURNAMES)
    return f"{first} {rng.choice(pool)}"


def _email(rng: random.Random) -> str:
    names = gazetteer()
    local = f"{rng.choice(sorted(names['first']))}.{rng.choice(sorted(names['surname']))}"
    local = local.lower().replace("æ", "ae").replace("ø", "oe").replace("å", "aa")
    domain = rng.choice(["example.dk", "example.com", "mail.example.dk"])
    return f"{local}{rng.randrange(100)}@{domain}"


def _iban(rng: random.Random) -> str:
    bban = f"{rng.randrange(10_000):04d}{rng.randrange(10**10):010d}"
    raw = f"DK{iban.calc_check_digits('DK00' + bban)}{bban}"
    return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))


def _date(rng: random.Random) -> str:
    d = date(2020, 1, 1) + timedelta(days=rng.randrange(2000))
    return rng.choice([f"{d:%d.%m.%Y}", f"{d:%d-%m-%Y}", f"{d:%Y-%m-%d}", f"{d:%d/%m/%Y}"])


def _order(rng: random.Random) -> str:
    # Ten-digit reference numbers that often look like a CPR number.
    return _cpr(rng).replace("-", "") if rng.random() < 0.5 else f"{rng.randrange(10**9):09d}"


def _amount(rng: random.Random) -> str:
    return rng.choice(
        [
            f"{rng.randrange(1, 99)}.{rng.randrange(1000):03d},{rng.randrange(100):02d} kr",
            f"{rng.randrange(10, 999)},00 kr",
            f"DKK {rng.randrange(1000, 60000)}",
        ]
    )


LABELLED: dict[str, Callable[[random.Random], str]] = {
    "CPR": _cpr,
    "CARD": _card,
    "PHONE": _phone,
    "EMAIL": _email,
    "PERSON": _person,
    "IBAN": _iban,
}
FILLERS: dict[str, Callable[[random.Random], str]] = {
    "DATE": _date,
    "ORDER": _order,
    "AMOUNT": _amount,
    "CVR": lambda rng: f"{rng.randrange(10_000_000, 99_999_999)}",
    "POSTCODE": lambda rng: rng.choice(["1620 København V", "8000 Aarhus C", "5000 Odense C"]),
    "TIME": lambda rng: f"{rng.randrange(7, 22):02d}:{rng.randrange(60):02d}",
}

TEMPLATES = (
    "Mit CPR-nummer er {CPR} og jeg kan træffes på {PHONE}.",
    "Hej, jeg blev ringet op den {DATE} kl. {TIME} af en der sagde de var fra banken.",
    "Jeg gav dem mit kortnummer {CARD} og de trak {AMOUNT}.",
    "Ordrenummer {ORDER} blev betalt den {DATE} med {AMOUNT}.",
    "Kære {PERSON}, vi har modtaget din henvendelse af {DATE}.",
    "Kunde: {PERSON}, personnummer {CPR}, e-mail {EMAIL}.",
    "Svindleren skrev fra {EMAIL} og bad mig ringe til {PHONE}.",
    "Faktura {ORDER} på {AMOUNT} forfalder {DATE}. CVR {CVR}.",
    "Overfør pengene til {IBAN} inden {DATE}, skrev de.",
    "Du kan kontakte {PERSON} på {PHONE} eller {EMAIL}.",
    "Sagsnr. {ORDER}: borgeren oplyste cpr {CPR} og tlf. {PHONE}.",
    "Pakken med tracking {ORDER} leveres til {POSTCODE} den {DATE}.",
    "Der blev trukket {AMOUNT} på kortet {CARD} den {DATE} kl. {TIME}.",
    "Jeg hedder {PERSON} og bor i {POSTCODE}.",
    "Ring venligst til {PHONE} ang. ordre {ORDER}.",
    "{CPR} {PHONE} {EMAIL}",
    "Beløbet {AMOUNT} er refunderet; reference {ORDER}, CVR-nr. {CVR}.",
    "Kortet ({CARD}) er spærret, og {PERSON} er orienteret pr. mail til {EMAIL}.",
    "Mødet er flyttet til {DATE} kl. {TIME} i {POSTCODE}.",
    "Fødselsdato og løbenummer: {CPR}. Mobil: {PHONE}.",
    "Kundenr. {ORDER}, tlf. {PHONE}, cpr. {CPR}, CVR {CVR}.",
    "{DATE}: {PERSON} ({CPR}) ringede fra {PHONE} om faktura {ORDER}.",
    "Beløb: {AMOUNT}; kort: {CARD}; ordre: {ORDER}; dato: {DATE}.",
    "Notat {DATE} {TIME}: {PHONE}/{EMAIL} - ref {ORDER}",
)

_SLOT = re.compile(r"\{([A-Z]+)\}")


def sample(rng: random.Random) -> dict[str, Any]:
    template = rng.choice(TEMPLATES)
    parts: list[str] = []
    spans: list[dict[str, Any]] = []
    cursor = 0
    length = 0
    for match in _SLOT.finditer(template):
        literal = template[cursor : match.start()]
        parts.append(literal)
        length += len(literal)
        slot = match.group(1)
        value = (LABELLED.get(slot) or FILLERS[slot])(rng)
        if slot in LABELLED:
            spans.append({"type": slot, "start": length, "end": length + len(value)})
        parts.append(value)
        length += len(value)
        cursor = match.end()
    parts.append(template[cursor:])
    return {"text": "".join(parts), "spans": spans}


def generate(seed: int = SEED, size: int = SIZE) -> list[dict[str, Any]]:
    rng = random.Random(seed)  # noqa: S311 - synthetic test data, not security
    return [sample(rng) for _ in range(size)]


def write(path: Path = CORPUS_FILE) -> None:
    lines = (json.dumps(s, ensure_ascii=False, sort_keys=True) for s in generate())
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def load(path: Path = CORPUS_FILE) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


if __name__ == "__main__":
    write()
