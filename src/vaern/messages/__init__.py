"""The message check: is this SMS, e-mail, link, QR code or call really from them?"""

from vaern.messages.context import OutboundMatch
from vaern.messages.directory import OrgProfile
from vaern.messages.flows import profiles
from vaern.messages.lookalike import is_lookalike
from vaern.messages.service import check

__all__ = ["OrgProfile", "OutboundMatch", "check", "is_lookalike", "profiles"]
