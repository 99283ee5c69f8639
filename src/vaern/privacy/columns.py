"""Pasted spreadsheets (";"-, tab-, "|"- or comma-separated lines under a header line, cells
optionally in double quotes as CSV writes them): the header says
what each column holds, which the values alone often do not ("1955-1266230761" is an account
only in a "Kontonr" column, "88708172" no phone in a "Kunde-id" one)."""

from __future__ import annotations

import re
from typing import Final

from vaern.text.fields import key_words

# Header cell (lowercase, stripped) -> the entity of its column's values; None for columns
# whose values are no personal data (anything found in them is dropped). E-mail columns and
# unknown headers are left to the recognisers.
COLUMN_ENTITIES: dict[str, str | None] = {
    **dict.fromkeys(
        (
            *("navn", "name", "kundenavn", "fulde navn", "fuldt navn"),
            *("fornavn", "efternavn", "first name", "last name"),
            # A member list's or case file's next of kin.
            *("forælder", "forældre", "værge", "kontaktperson", "pårørende", "parent"),
            # A statement's or a bank's recall list's payee ("Valørdato | Beløb | Modtager |
            # …": "ZIELIŃSKI MAREK"); a firm there is none (``fits``).
            "modtager",
            # pii60: a maintenance export's payer beside its payee ("dato;betaler;cpr;modtager;
            # …": "Dalgaard, Niels").
            "betaler",
            # pii68: a fraud team's exports, the customer and the case officer of a case
            # export ("Sagsbehandler;Kunde;…") and a SIM-swap register's subscriber.
            *("kunde", "sagsbehandler", "abonnent", "subscriber"),
            # pii74: a lender's export of flagged loan applications, its applicant and debtor
            # ("ansoegning;tidspunkt;ansoeger;cpr;…;udbetalingskonto;…").
            *("ansøger", "ansoeger", "skyldner", "låntager", "laantager"),
        ),
        "PERSON",
    ),
    **dict.fromkeys(("adresse", "address", "gade", "vej og nr.", "street"), "ADDRESS"),
    **dict.fromkeys(
        (
            *("tlf", "tlf.", "telefon", "telefonnr", "mobil", "phone"),
            # pii68: an SMS gateway's sender (a number, or a firm's name left to the
            # recognisers) and a telecom's register of the number a SIM or port is for.
            *("afsender", "sender", "nummer", "msisdn"),
        ),
        "PHONE",
    ),
    **dict.fromkeys(("fødselsdato", "født", "birthdate", "date_of_birth", "dob"), "DATE_OF_BIRTH"),
    **dict.fromkeys(("cpr", "cpr-nr", "cpr-nr.", "cpr-nummer", "personnummer"), "CPR"),
    **dict.fromkeys(
        (
            *("kontonr", "kontonr.", "kontonummer", "konto", "reg.nr. og kontonr.", "account"),
            # pii54: a haulier's or payroll export's salary account ("…;lønkonto;ændret").
            *("lønkonto", "nemkonto"),
            # pii56: a member register's account its dues are drawn from ("medlemsnr.;navn;
            # …;konto til betalingsservice;bemærkning").
            *("konto til betalingsservice", "betalingsservice", "pbs-konto"),
            # pii74: the account a loan is paid out to ("…;email;udbetalingskonto;beloeb;flag").
            *("udbetalingskonto", "modtagerkonto"),
        ),
        "BANK_ACCOUNT",
    ),
    # A vehicle's registration number; a bank's four-digit reg.nr. has not the plate's shape
    # and is left alone (it names a branch, not a person). pii54: a haulier's list of drivers
    # names the vehicle ("…;bil;trailer;vin;…"): its plate-shaped values are plates (a fleet
    # number "T-370" or a foreign plate has not the shape and is left to the recognisers).
    **dict.fromkeys(
        (
            *("reg.nr.", "regnr", "nummerplade", "plate"),
            *("bil", "lastbil", "trailer", "køretøj", "vehicle", "truck"),
            # pii57: a school's student export names the car a parking permit is for
            # ("…;kontaktperson;p-tilladelse;bemærkning").
            *("p-tilladelse", "parkeringstilladelse", "p-kort"),
        ),
        "NUMBER_PLATE",
    ),
    **dict.fromkeys(
        (
            *("postnr", "postnr.", "by", "zip", "city", "kunde-id", "kundenr", "kundenr."),
            *("customer id", "id", "ordrenr.", "order", "sporingsnr.", "tracking", "ean"),
            *("varenr.", "sku", "beløb", "amount", "saldo", "balance", "pris", "price"),
            *("antal", "qty", "dato", "date", "status"),
            # An ERP's or system's audit log ("Tidspunkt;Bruger;Navn;Felt;Gammel værdi;Ny
            # værdi"): when, the system's user code ("VFUG", "ASHA"), the changed field's
            # name ("E-mail", "Telefon"); the person is in its "Navn" column.
            *("tidspunkt", "bruger", "felt"),
        ),
        None,
    ),
}

# One cell: a quoted value (group 1, '""' an escaped quote, a line break inside it as Excel
# writes one) followed by the separator or the line's end, else anything up to the separator
# (group 2).
_CELL = {
    mark: re.compile(rf' *"((?:[^"]|"")*)" *(?={re.escape(mark)}|$)|([^{mark}\n]*)', re.M)
    for mark in ";\t,|"
}
# A text table's rule line between its header and rows ("+-----+-----+", "|-----|-----|").
_RULE: Final = re.compile(r"[ \t]*[+|][-=+| ]*[-=][-=+| ]*[+|]?[ \t]*")
_DIGIT = re.compile(r"\d")
_LETTER = re.compile(r"[^\W\d_]")
# The shape a value needs in its column; a masked value ("080667-XXXX", "***") has none.
_SHAPES: dict[str, re.Pattern[str]] = {
    # "Hansen, Jens" is one name.
    "PERSON": re.compile(r"[^\W\d_][^\W\d_ .'-]*(?:(?:[ .'-]+|, )[^\W\d_]+)*\.?"),
    "ADDRESS": re.compile(r"[^\d*]*[^\W\d_][^\d*]* \d+[^*]*"),
    # pii55: a country code in brackets before the number ("(+45) 24 12 61 24").
    "PHONE": re.compile(r"(?:\(\+?\d{2,3}\) ?)?\+?(?:\d[ ().-]?){7,14}\d"),
    # A whole date: a year alone is what a masked one leaves.
    "DATE_OF_BIRTH": re.compile(
        r"\d{1,2}[./ -]+(?:\d{1,2}|[^\W\d_]+\.?)[./ -]+\d{2,4}|\d{4}-\d\d-\d\d"
    ),
    # Also in pairs as an export groups it ("14 11 68 1790", "14 11 68-1790").
    "CPR": re.compile(r"\d{6}[ -]{0,3}\d{4}|\d\d\.\d\d\.\d\d-\d{4}|\d\d \d\d \d\d[ -]?\d{4}"),
    # Reg.nr. and account, or the account alone where the reg.nr. has a column of its own.
    "BANK_ACCOUNT": re.compile(r"(?:\d{4}[ -]?)?\d{6,10}"),
    "NUMBER_PLATE": re.compile(r"[A-ZÆØÅ]{2} ?\d\d ?\d{3}"),
}


# What a pseudonymised export writes in a name column instead of the name: a role
# ("kunden", "modtager"), a stand-in ("Person A", "Kunde 2", "N.N.") or a mask ("XXXX XXXX", "***").
# pii54: a haulier's driver list as its fraud team pseudonymises it ("Chauffør A;[CPR]").
_NAME_STAND_IN = re.compile(
    r"(?i:kunde|kunden|modtager|modtageren|anmelder|anmelderen|kontohaver|kontohaveren|"
    r"borger|borgeren|citizen|customer|recipient|ukendt|unknown|anonym|n\.? ?n\.?|person|"
    r"chauffør|chaufføren|driver)"
    r"(?: (?:[A-Z]|\d{1,2}))?"
    r"|[Xx*•]+(?:[ .-][Xx*•]+)*"
)


# Nouns that a pseudonymised text labels its parties with, a letter or a number after them
# ("Lejer A", "Part C", "Borger B", "Person 2"; pii32: a club's, an association's or a
# school's "Medlem A", "Beboer B", "Kilde 1", "Forælder C", "Elev 3"): the label stands where
# a name was.
PSEUDONYM_WORDS = (
    *("part", "parten", "person", "personen", "deltager", "bruger", "tolk", "barn"),
    *("beboer", "medlejer", "fremlejer", "sælgeren", "køberen", "kunde", "borger"),
    *("medlem", "medlemmet", "beboeren", "kilde", "kilden", "forælder", "forælderen"),
    *("elev", "eleven", "deltageren", "barnet", "kunden", "borgeren"),
    # pii49: a hospital's leaked list as its patient office pseudonymises it ("Patient C;
    # [CPR]; [ADRESSE]", "Medarbejder A; …").
    *("patient", "medarbejder"),
    # pii53: a farm's, a harbour's and a co-op's parties ("Landmand A", "Avler B", "Skipper
    # A" in a member export's name column or a harbour log).
    *("landmand", "gårdejer", "avler", "skipper", "fisker"),
    # pii56: a charity's volunteer and donor registers ("Frivillig C;[TLF];…", "Donor 2;…").
    *("frivillig", "donor"),
    # pii59: a betting operator's flagged players and a police report's witness in an
    # export's name column ("7904217;Spiller A;[CPR];…", "Vidne 2").
    *("spiller", "vidne"),
    # pii73: a card dispute export's merchant and buyer in its card holder's column
    # ("2026-12-02;Sælger A;******8123;…"), as "sælgeren" and "køberen" are.
    *("sælger", "køber"),
)
# pii33: the parties of an estate, a probate court's letter and a funeral home's form, as
# role words before a name ("afdøde Kaj Tran", "Bobestyrer: advokat …") and as labels
# ("Arving A", "Afdøde B", "Gerningsperson 1").
ESTATE_ROLE_WORDS = (
    *("arving", "arvingen", "arvinger", "bobestyrer", "bobestyreren", "efterlevende"),
    *("afdøde", "gerningsperson", "gerningspersonen", "skifteværge", "skifteværgen"),
    *("dødsboet", "executor", "heir", "deceased", "beneficiary", "next of kin"),
)
# One of them with its letter or number, the whole of a value ("Medlem A", "Beboer 12").
_PSEUDONYM_LABEL = re.compile(
    rf"(?i:{'|'.join((*PSEUDONYM_WORDS, *ESTATE_ROLE_WORDS))}) (?:[A-ZÆØÅ]|\d{{1,2}})"
)


def pseudonym_label(value: str) -> bool:
    """Whether ``value`` is a pseudonymised party's label, a noun and its letter or number
    ("Medlem A", "Beboer B", "Kunde 2"), not a name ("Kasserer Jens" is none). Its letter
    or number is the last one or two characters after the last space: most names are
    settled by that look (redspeed15)."""
    if len(value) - value.rfind(" ") > 3:
        return False
    return _PSEUDONYM_LABEL.fullmatch(value) is not None


# A post office box ("Postboks 1974, 3650 Ølstykke", "P.O. Box 12"): no place anyone lives.
PO_BOX = r"(?i:post ?boks|boks|p\.? ?o\.? ?box|postbox)(?![\w])"
_PO_BOX_START = re.compile(PO_BOX)


# Normalised key (``fields.key_words``: lowercase, no "_", "-", "." or spaces) -> entity.
KEY_ENTITIES: dict[str, str] = {
    **dict.fromkeys(
        (
            *("navn", "name", "fullname", "fuldtnavn", "fuldenavn", "kundenavn", "inputname"),
            *("fornavn", "efternavn", "mellemnavn", "firstname", "lastname", "givenname"),
            *("familyname", "surname", "holder", "cardholder", "kortholder", "kontohaver"),
            *("accountholder", "kontaktperson", "nm", "fn", "cn"),
            # pii68: a payments log's payer and payee ("event=payee_created payer=\"…\"").
            *("payer", "payee", "betaler", "customername"),
        ),
        "PERSON",
    ),
    **dict.fromkeys(
        ("adresse", "address", "adrline", "vej", "gade", "street", "streetaddress", "location"),
        "ADDRESS",
    ),
    **dict.fromkeys(
        (
            *("telefon", "telefonnr", "telefonnummer", "tlf", "tlfnr", "mobil", "mobilnr"),
            *("mobilnummer", "phone", "phonenumber", "mobile", "tel", "msisdn"),
        ),
        "PHONE",
    ),
    **dict.fromkeys(
        (
            *("foedselsdato", "fødselsdato", "fodselsdato", "birthdate", "birthday", "bday"),
            *("birthdt", "dob", "dateofbirth", "født", "foedt"),
        ),
        "DATE_OF_BIRTH",
    ),
    **dict.fromkeys(
        ("cpr", "cprnr", "cprnummer", "personnummer", "personnr", "nationalid", "personalid"),
        "CPR",
    ),
    **dict.fromkeys(
        (
            *("kontonr", "kontonummer", "konto", "account", "accountnumber", "accountno"),
            *("toaccount", "fromaccount", "tilkonto", "frakonto", "lønkonto", "nemkonto"),
        ),
        "BANK_ACCOUNT",
    ),
    **dict.fromkeys(("cvv", "cvc", "cvv2", "cvc2", "kontrolcifre", "securitycode"), "CARD_CVV"),
    **dict.fromkeys(
        ("exp", "expiry", "expires", "expirydate", "udloeb", "udløb", "udloebsdato"),
        "CARD_EXPIRY",
    ),
    **dict.fromkeys(("otp", "engangskode", "kode", "code", "smskode", "otpcode"), "OTP"),
    **dict.fromkeys(
        ("mitid", "mitidbruger", "mitidbrugerid", "mitiduser", "mitiduserid", "brugerid"),
        "MITID_USER",
    ),
    **dict.fromkeys(("nummerplade", "licenseplate", "plate"), "NUMBER_PLATE"),
}

# Keys whose values are identifiers, hashes or places without a person: what is found in such
# a value is dropped. Besides these, every key ending in "id" that names no entity above.
NO_PERSONAL_DATA = frozenset(
    (
        *("uid", "uuid", "hash", "sha1", "sha256", "md5", "session", "tx", "trace", "traceid"),
        *("references", "sagsnr", "ordrenr", "fakturanr", "stelnr", "cvr", "cvrnr", "bic"),
        *("bicfi", "postnr", "zip", "postcode", "by", "bynavn", "city", "cityofbirth"),
        *("produkt", "product", "merchant", "maerke", "mærke", "hotline", "kundeservice"),
    )
)

# The entity shapes of a spreadsheet's columns, and the ones only fields have.
_FIELD_SHAPES: dict[str, re.Pattern[str]] = {
    **_SHAPES,
    # A compact "19570906" in a birth-date field too.
    "DATE_OF_BIRTH": re.compile(rf"{_SHAPES['DATE_OF_BIRTH'].pattern}|(?:19|20)\d\d[01]\d[0-3]\d"),
    "CARD_CVV": re.compile(r"\d{3,4}"),
    "CARD_EXPIRY": re.compile(r"(?:0[1-9]|1[0-2])/(?:\d\d|20\d\d)"),
    "OTP": re.compile(r"\d{6}|\d{8}"),
    # A user ID has letters; a masked one ("h*****88", "[MITID]") has other marks.
    "MITID_USER": re.compile(r"(?=[\w.-]*[^\W\d_])[\w.-]{4,40}"),
    # Plates also compact in machine fields ("CX47118").
    "NUMBER_PLATE": re.compile(r"[A-ZÆØÅ]{2} ?\d\d ?\d{3}"),
}
# 70 and 80 numbers are organisations' lines, never a person's phone.
_ORGANISATION_LINE = re.compile(r"(?:\+45|0045|\(\+45\))?[ ]*[78]0")


def field_entity(key: str) -> str | bool | None:
    """The entity a key names, None for a key of an identifier, False for any other key."""
    word = key_words(key)
    entity = KEY_ENTITIES.get(word)
    if entity is not None:
        return entity
    # pii68: a plate by what it belongs to ("collateral_plate", "vehicle_plate").
    if word.endswith("plate"):
        return "NUMBER_PLATE"
    if word in NO_PERSONAL_DATA or (word.endswith("id") and len(word) > 2) or word == "id":
        return None
    return False


_DANISH_CODE = re.compile(r"\(?(?:\+|00)45\)?")
_NON_DIGITS = re.compile(r"\D")


def _numbering_plan(value: str) -> bool:
    """Whether a phone field's value can be a number: with a foreign country code any
    number of its shape, else (Danish) eight digits that start with 2-9: "11223344" in a
    "TEL" field is none."""
    code = _DANISH_CODE.match(value)
    if code is None and value.startswith(("+", "00", "(+")):
        return True
    digits = _NON_DIGITS.sub("", value[code.end() :] if code else value)
    return len(digits) == 8 and digits[0] in "23456789"


def fits(entity: str, value: str) -> bool:
    """Whether a (decoded) value has its key's entity's shape."""
    if not _FIELD_SHAPES[entity].fullmatch(value):
        return False
    if entity == "PERSON":
        return not stand_in(value) and _FIRM_IN_NAME.search(value) is None
    if entity == "ADDRESS":
        # pii56: a pseudonymised register keeps the town after the street's stand-in
        # ("[ADRESSE], 7500 Holstebro"): no address of anyone.
        return not _PO_BOX_START.match(value) and not value.startswith("[")
    if entity == "PHONE":
        return not _ORGANISATION_LINE.match(value) and _numbering_plan(value)
    return True


# A firm's legal form or a bank in a name column's value ("SKOVBO VIKARSERVICE APS", "Lyng
# Bank"): a payee that is no person.
_FIRM_IN_NAME = re.compile(
    r"(?i)(?<![\w/])(?:a/s|aps|i/s|k/s|p/s|ivs|ltd|gmbh|bank|banken|sparekassen)(?![\w/])"
)


def stand_in(value: str) -> bool:
    """Whether a name column's value stands in for a name without being one."""
    return _NAME_STAND_IN.fullmatch(value) is not None or pseudonym_label(value)


def _cells(text: str, start: int, end: int, separator: str) -> list[tuple[int, int]]:
    """Each cell's span in ``text[start:end]`` without the spaces or quotes around it."""
    spans, at, cell = [], start, _CELL[separator]
    while True:
        match = cell.match(text, at, end)
        assert match is not None  # group 2 matches the empty string
        group = 1 if match.group(1) is not None else 2
        lo, hi = match.span(group)
        value = text[lo:hi]
        lo += len(value) - len(value.lstrip())
        spans.append((lo, max(lo, lo + len(value.strip()))))
        at = match.end()
        if at >= end or text[at] != separator:
            return spans
        at += 1


_HEAD_CELL_AVERAGE = 24


def _known_heads(heads: list[str]) -> int:
    return sum(_column_entity(head.strip(' \t"')) is not False for head in heads)


def _column_entity(head: str) -> str | bool | None:
    """A header's entity: the spreadsheet's own names first, then a machine field's key
    ("foedselsdato", "mitid_bruger", "cvc"); False for a header naming neither."""
    entity = COLUMN_ENTITIES.get(head.lower(), False)
    return field_entity(head) if entity is False else entity


def occurs_twice(text: str, part: str) -> bool:
    """``text.count(part) > 1`` (two occurrences that do not overlap), by ``str.find``: it
    stops at the second, and finds a single character with memchr where ``str.count``
    reads the whole text character by character."""
    at = text.find(part)
    return at >= 0 and text.find(part, at + len(part)) >= 0


# A statement's row of a card purchase ("16.10.2026 | Kortkøb | KRAKEN | ordre …"): its
# payee is the shop or exchange the card paid, never a person, though its "Modtager" column
# names people on the rows of transfers.
_CARD_PURCHASES = frozenset(
    ("kortkøb", "kortbetaling", "dankort-køb", "dankortkøb", "card purchase", "card payment")
)


def _merchant_row(text: str, cells: list[tuple[int, int]]) -> bool:
    """Whether a table row is a card purchase (a cell of _CARD_PURCHASES)."""
    return any(text[lo:hi].casefold() in _CARD_PURCHASES for lo, hi in cells)


# pii57: a school's export gives a contact person with the number to reach them in one cell
# ("kontaktperson" → "B. Svendsen +4541663951", "Chaudhry, Jonna 41.81.22.63").
_NAME_THEN_PHONE: Final = re.compile(
    r"(\D*?[^\W\d_]\.?) ((?:\(\+45\) ?|\+45 ?|0045 ?)?\d\d(?:[ .]?\d\d){3})"
)


def _name_and_phone(text: str, lo: int, hi: int) -> list[tuple[int, int, str | None]]:
    """A name column's cell of a name and a phone number: the two, else nothing."""
    match = _NAME_THEN_PHONE.fullmatch(text, lo, hi)
    if match is None or not fits("PERSON", match[1]) or not fits("PHONE", match[2]):
        return []
    return [(*match.span(1), "PERSON"), (*match.span(2), "PHONE")]


def _party_number(text: str, lo: int, hi: int) -> list[tuple[int, int, str | None]]:
    """pii68: an SMS gateway's recipient ("modtager") is the number a text went to: a name
    column's value of a phone's shape is that phone."""
    return [(lo, hi, "PHONE")] if fits("PHONE", text[lo:hi]) else []


def column_cells(text: str) -> list[tuple[int, int, str | None]]:
    """(start, end, entity) of every value under a known header, in text order; entity None
    where the column holds no personal data. Empty unless the text has such a table."""
    # Only a mark the whole text holds twice can stand twice on one line.
    marks = [mark for mark in ("\t", ";", "|", ",") if occurs_twice(text, mark)]
    if not marks:
        return []
    found: list[tuple[int, int, str | None]] = []
    columns: list[str | bool | None] = []  # the current table's columns; False: unknown
    payees: set[int] = set()  # the current table's "Modtager" columns
    separator, last_end, end = "", -2, -1
    # Line by line with str.find and str.count: a regex for "a line with two separators"
    # backtracks over every comma of a long prose line.
    while end < len(text):
        start = end + 1
        end = text.find("\n", start)
        if end < 0:
            end = len(text)
        if columns and start == last_end + 1:
            # pii68: a table's rule between its rows ("+------+------+") keeps the table.
            if _RULE.fullmatch(text, start, end):
                last_end = end
                continue
            # pii68: a quoted cell over two lines, as Excel writes an address cell
            # ("Fynsgade 53B, 1. mf.⏎5700 Svendborg"): the row runs to its closing quote.
            while text.count('"', start, end) % 2 and end < len(text):
                following = text.find("\n", end + 1)
                end = len(text) if following < 0 else following
        # The current table's separator, else tab before ";" before ",": a quoted cell may
        # hold commas ("Egevej 2, st. th., 3600 Frederikssund").
        mark, count = "", 0
        for candidate in (separator, *marks) if separator else marks:
            count = text.count(candidate, start, end)
            if count > 1:
                mark = candidate
                break
        else:
            continue
        in_table = columns and mark == separator and start == last_end + 1
        # Prose has commas on most lines: a header's cells are short labels (at most 24
        # characters on average), and a plain split tells one from prose before the
        # quote-aware one (a regex match a cell) is made.
        if not in_table and (
            end - start > _HEAD_CELL_AVERAGE * (count + 1)
            or _known_heads(text[start:end].split(mark)) < 2
        ):
            columns = []
            continue
        cells = _cells(text, start, end, mark)
        if in_table and len(cells) == len(columns):
            last_end = end
            merchant = bool(payees) and _merchant_row(text, cells)
            for column, ((lo, hi), entity) in enumerate(zip(cells, columns, strict=True)):
                if isinstance(entity, bool) or lo == hi:  # False: a column not known
                    continue
                if merchant and column in payees:
                    found.append((lo, hi, None))
                    continue
                if entity is None or fits(entity, text[lo:hi]):
                    found.append((lo, hi, entity))
                elif entity == "PERSON":
                    found.extend(_name_and_phone(text, lo, hi) or _party_number(text, lo, hi))
            continue
        known = [_column_entity(text[lo:hi]) for lo, hi in cells]
        if sum(entity is not False for entity in known) >= 2:
            columns, separator, last_end = known, mark, end
            payees = {i for i, (lo, hi) in enumerate(cells) if text[lo:hi].lower() == "modtager"}
            # The header names no one ("Adresse" is no surname).
            found.extend((lo, hi, None) for lo, hi in cells if lo < hi)
        else:
            columns = []
    return found
