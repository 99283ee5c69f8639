"""Structured JSON logs that never carry personal data.

A filter masks known sensitive fields in ``extra`` and scrubs identifiers that
slipped into the message text (e-mail addresses, CPR-like and card-like numbers,
phone numbers), so a careless log call cannot leak them.
"""

from __future__ import annotations

import json
import logging
import re
import sys
from datetime import UTC, datetime
from typing import Any

SENSITIVE_KEYS = frozenset(
    {
        "email",
        "password",
        "token",
        "authorization",
        "cookie",
        "cpr",
        "phone",
        "name",
        "address",
        "ip",
        "client",
        "recipient",
        "text",
        "body",
        "iban",
        "account",
        "card",
    }
)
_SCRUB = [
    (re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"), "[email]"),
    (re.compile(r"\b\d{6}-?\d{4}\b"), "[cpr]"),
    (re.compile(r"\b(?:\d[ -]?){13,19}\b"), "[number]"),
    (re.compile(r"(?<![\w])\+?\d[\d -]{6,14}\d\b"), "[number]"),
    (re.compile(r"vaern_[0-9a-f]{12}_[\w-]+"), "[token]"),
]
_STANDARD = set(vars(logging.makeLogRecord({})).keys()) | {"message", "asctime", "color_message"}


# Each pattern of digits above needs eight characters in a row of digits, spaces and
# hyphens (a phone number's shortest); "/api/v1/check" has none.
_MAY_HOLD_NUMBER = re.compile(r"[\d -]{8}")


def scrub(text: str) -> str:
    if "@" not in text and "vaern_" not in text and not _MAY_HOLD_NUMBER.search(text):
        return text  # every pattern needs an @, such a run of digits or a token prefix
    for pattern, replacement in _SCRUB:
        text = pattern.sub(replacement, text)
    return text


class PersonalDataFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        record.msg = scrub(record.getMessage())
        record.args = None
        for key in list(vars(record)):
            if key in _STANDARD:
                continue
            if key.lower() in SENSITIVE_KEYS:
                setattr(record, key, "[redacted]")
            elif isinstance(getattr(record, key), str):
                setattr(record, key, scrub(getattr(record, key)))
        return True


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        data: dict[str, Any] = {
            "ts": datetime.fromtimestamp(record.created, UTC).isoformat(),
            "level": record.levelname.lower(),
            "logger": record.name,
            "msg": record.getMessage(),
        }
        for key, value in vars(record).items():
            if key not in _STANDARD:
                data[key] = value
        if record.exc_info:
            data["exc"] = scrub(self.formatException(record.exc_info))
        return json.dumps(data, default=str, ensure_ascii=False)


def configure_logging(level: str = "INFO") -> None:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(JsonFormatter())
    handler.addFilter(PersonalDataFilter())
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    # Uvicorn's access log prints client addresses and raw paths; ours replaces it.
    logging.getLogger("uvicorn.access").disabled = True
