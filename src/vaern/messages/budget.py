"""One check's time budget, and the parts it went without (issue 17).

A check gets ``VAERN_CHECK_DEADLINE_SECONDS`` from its start. Every part that waits on
something outside the process (a DNS look-up, a picture's OCR or QR decoding in a child
process, the database) gets at most what is left, and a part whose turn comes after the
budget is spent is skipped. Parts that could not be consulted because the database cannot
be reached are noted too. Either way the check still answers, from what it has, with a
reason naming what it went without (``signals.skipped_parts``): never a hang, never a 500.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field

from vaern.config import settings

# The parts a check may go without, in Danish and English (for the reason's text).
PARTS = {
    "registry": ("organisationernes registrerede kanaler", "organisations' registered channels"),
    "warnings": ("offentliggjorte advarsler", "published warnings"),
    "outbound": ("afsenderens log over sendte beskeder", "the sender's log of messages sent"),
    "dmarc": ("e-mailens DMARC-opslag", "the e-mail's DMARC look-up"),
    "qr": ("QR-koden i billedet", "the QR code in the picture"),
    "ocr": ("teksten i billedet", "the text in the picture"),
}


@dataclass
class Budget:
    ends: float
    skipped: list[str] = field(default_factory=list)  # over the time budget
    unavailable: list[str] = field(default_factory=list)  # the database could not be read

    @classmethod
    def start(cls, seconds: float | None = None) -> Budget:
        budget = settings().check_deadline_seconds if seconds is None else seconds
        return cls(time.monotonic() + budget)

    def remaining(self) -> float:
        return max(0.0, self.ends - time.monotonic())

    def timeout(self, cap: float) -> float:
        """Seconds a part may wait: its own cap, or what is left if that is less."""
        return min(cap, self.remaining())

    def allows(self, part: str) -> bool:
        """Whether there is time left for ``part``; notes it as skipped when not."""
        if self.remaining() > 0:
            return True
        self.skip(part)
        return False

    def skip(self, part: str) -> None:
        if part not in self.skipped:
            self.skipped.append(part)

    def lost(self, part: str) -> None:
        """``part`` needs the database, which could not be reached or read."""
        if part not in self.unavailable:
            self.unavailable.append(part)


def parts_text(parts: list[str]) -> tuple[str, str]:
    """The parts' names in Danish and English, joined."""
    return (
        ", ".join(PARTS[p][0] for p in parts),
        ", ".join(PARTS[p][1] for p in parts),
    )
