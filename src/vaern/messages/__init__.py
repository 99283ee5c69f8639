"""The message check: is this SMS, e-mail, link, QR code or call really from them?"""

from vaern.messages.service import check

__all__ = ["check"]
