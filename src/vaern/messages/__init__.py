"""The message check: is this SMS, e-mail, link, QR code or call really from them?"""

from vaern.messages.context import OutboundMatch
from vaern.messages.directory import OrgProfile
from vaern.messages.flows import check, profiles
from vaern.messages.lookalike import is_lookalike

__all__ = ["OrgProfile", "OutboundMatch", "check", "is_lookalike", "profiles"]
