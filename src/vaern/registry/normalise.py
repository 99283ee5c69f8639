"""Canonical forms of channel values, so that matching is a plain string comparison."""

from __future__ import annotations

import re
import unicodedata

import idna

from vaern.privacy.published import published_key
from vaern.text.phones import valid_phone

# An alphanumeric SMS sender is at most 11 GSM characters; a short code is 3-8 digits.
_SENDER_RE = re.compile(r"^(?=.*[a-z])[a-z0-9 ._&+-]{1,11}$|^[0-9]{3,8}$")
_APP_RE = re.compile(r"^[a-z][a-z0-9_]*(\.[a-z0-9_]+)+$")


def normalise_domain(value: str) -> str:
    """Lower-case IDNA (punycode) form; rejects anything that is not a host name."""
    text = unicodedata.normalize("NFKC", value).strip().rstrip(".")
    text = re.sub(r"^[a-z]+://", "", text, flags=re.IGNORECASE).split("/", 1)[0]
    if "." not in text or any(c in text for c in " @:"):
        raise ValueError(f"'{value}' is not a domain name such as example.dk")
    try:
        ascii_name = idna.encode(text, uts46=True).decode("ascii")
    except idna.IDNAError as exc:
        raise ValueError(f"'{value}' is not a valid domain name ({exc})") from exc
    labels = ascii_name.split(".")
    if labels[-1].isdigit() or len(ascii_name) > 253:
        raise ValueError(f"'{value}' is not a domain name such as example.dk")
    return ascii_name.lower()


def display_domain(value: str) -> str:
    """Unicode form for people (xn--blbrgrd-… shows as blåbærgrød…)."""
    try:
        return idna.decode(value)
    except idna.IDNAError:
        return value


def normalise_sender_id(value: str) -> str:
    text = " ".join(unicodedata.normalize("NFKC", value).split()).casefold()
    if not _SENDER_RE.match(text):
        raise ValueError(
            f"'{value}' is not an SMS sender: use up to 11 letters/digits or a 3-8 digit short code"
        )
    return text


def normalise_app(value: str) -> str:
    text = value.strip().casefold()
    if not _APP_RE.match(text):
        raise ValueError(f"'{value}' is not an app id such as dk.example.app")
    return text


def normalise_postal(value: str) -> str:
    text = " ".join(value.split())
    if not 5 <= len(text) <= 300:
        raise ValueError("a postal address must be 5-300 characters")
    # Its key is what lets the organisation's own address stand in its redacted texts
    # (registry.service.published_addresses): one that never parses would be accepted and
    # then silently do nothing.
    if published_key(text) is None:
        raise ValueError(
            "a postal address needs a street, a house number and a four-digit postcode, "
            "e.g. Havnegade 4, 1058 København K"
        )
    return text


def normalise_channel(kind: str, value: str) -> str:
    if kind in {"email_domain", "web_domain"}:
        return normalise_domain(value)
    if kind == "sms_sender":
        return normalise_sender_id(value)
    if kind == "phone":
        try:
            return valid_phone(value)
        except ValueError as exc:
            raise ValueError(f"'{value}' is {exc}; write it as e.g. +45 70 10 10 10") from exc
    if kind == "app":
        return normalise_app(value)
    if kind == "postal":
        return normalise_postal(value)
    raise ValueError(f"unknown channel kind '{kind}'")
