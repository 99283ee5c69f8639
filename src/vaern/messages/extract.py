"""The check's readers of links and numbers live in ``vaern.text``; this module only
re-exports them for code written against the old path. Import from ``vaern.text``."""

from vaern.text.links import SHORTENERS, Link, host_of, links, make_link, registrable
from vaern.text.phones import Phone, normalise_phone, phones

__all__ = [
    "SHORTENERS",
    "Link",
    "Phone",
    "host_of",
    "links",
    "make_link",
    "normalise_phone",
    "phones",
    "registrable",
]
