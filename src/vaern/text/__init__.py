"""Shared text primitives every domain reads indicators with: links and their domains,
phone numbers, e-mail addresses, text fingerprints, mail parsing and OCR.

One implementation each, so the check, a stored report, a warning and the outbound log
see the same link domains and numbers in the same text. Nothing here imports a domain."""
