"""Shared text primitives every domain reads indicators with: links and their domains,
phone numbers, e-mail addresses, text fingerprints, mail parsing and OCR.

One implementation each, so the check, a stored report, a warning and the outbound log
see the same link domains and numbers in the same text. Nothing here imports a domain.

The modules compiled by ``make install`` with the PII recognisers (text/compiled.py:
``fields``, ``literals``) are read from the environment when their build fits the source:
its ``text`` directory comes first on the package's path before any module of it is
imported, so the compiled modules' native calls between them always meet compiled ones."""

import os as _os

from vaern.text import compiled as _compiled

# The build that fits the sources (None: everything is read as Python), found once per
# process; vaern.privacy reads it from here.
BUILT = _compiled.built()
if BUILT is not None:
    __path__.insert(0, _os.path.join(BUILT, "text"))
