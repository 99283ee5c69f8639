"""E-mail addresses in free text."""

from __future__ import annotations

import re

# Bounded parts so a long run of dots or word characters cannot make it backtrack.
EMAIL = re.compile(r"\b[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}\b")


def addresses(text: str) -> list[str]:
    """The e-mail addresses in ``text``, lower-case, in order, each once."""
    return list(dict.fromkeys(m.group(0).lower() for m in EMAIL.finditer(text)))
