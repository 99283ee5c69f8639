"""Danish first, English second: gettext catalogs read with Babel, chosen per request."""

from __future__ import annotations

import io
from contextvars import ContextVar
from functools import cache
from pathlib import Path

from babel import Locale, negotiate_locale
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.support import NullTranslations, Translations

LOCALES = ("da", "en")
DEFAULT_LOCALE = "da"
LOCALE_DIR = Path(__file__).resolve().parent / "locale"
COOKIE = "vaern_lang"

current_locale: ContextVar[str] = ContextVar("current_locale", default=DEFAULT_LOCALE)


@cache
def translations(locale: str) -> NullTranslations:
    """Compile the .po catalog in memory, so no build step is needed."""
    po = LOCALE_DIR / locale / "LC_MESSAGES" / "messages.po"
    if not po.exists():
        return NullTranslations()
    with po.open("rb") as fh:
        catalog = read_po(fh, locale=locale)
    buf = io.BytesIO()
    write_mo(buf, catalog)
    buf.seek(0)
    return Translations(fp=buf)


def N_(message: str) -> str:
    """Mark a msgid for extraction where it is defined; translate it where it is shown."""
    return message


def gettext(message: str) -> str:
    return translations(current_locale.get()).gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    return translations(current_locale.get()).ngettext(singular, plural, n)


def choose_locale(cookie: str | None, accept_language: str | None) -> str:
    if cookie in LOCALES:
        return str(cookie)
    if accept_language:
        preferred = [
            part.split(";")[0].strip().replace("-", "_")
            for part in accept_language.split(",")
            if part.strip()
        ]
        found = negotiate_locale(preferred, list(LOCALES))
        if found:
            return str(Locale.parse(found).language)
    return DEFAULT_LOCALE


def locale_of(headers: dict[bytes, bytes]) -> str:
    """The locale a request asks for, from its raw (ASGI) headers: cookie, then
    Accept-Language."""
    cookie = None
    for part in headers.get(b"cookie", b"").decode("latin-1").split(";"):
        name, _, value = part.strip().partition("=")
        if name == COOKIE:
            cookie = value
            break
    return choose_locale(cookie, headers.get(b"accept-language", b"").decode("latin-1"))


def pick(texts: dict[str, str], locale: str | None = None) -> str:
    """Choose between stored bilingual texts ({"da": ..., "en": ...})."""
    locale = locale or current_locale.get()
    return texts.get(locale) or texts.get(DEFAULT_LOCALE) or next(iter(texts.values()), "")
