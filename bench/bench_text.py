"""The shared text readers (vaern.text): link reading on ordinary SMS and on hostile
input, and the mail caps on mail bombs. CPU time of this process (time.process_time), so
other load on the machine inflates the figures less than wall time would."""

from __future__ import annotations

import resource
import time
from collections.abc import Callable
from pathlib import Path

from vaern.errors import Invalid
from vaern.text import mail
from vaern.text.links import links

TITLE = "Text readers: links on SMS and hostile input, mail bombs refused"
SMS = [
    "PostNord: Din pakke afventer told 19 kr. Betal her: http://postnord-levering.com/b "
    "inden i morgen, f.eks. via MobilePay. Mvh. PostNord",
    "Hej mor, jeg har fået nyt nummer. Kan du overføre 4.500 kr til mig i dag? Skriv på "
    "22 33 44 55.",
    "Kære kunde. Din konto er spærret. Log ind på www.danskebank-sikker.dk/login og bekræft "
    "dine oplysninger inden kl. 18.00 i dag.",
]
HOSTILE = {
    '"1." x 100,000 (200 KB)': "1." * 100_000,
    '"a." x 100,000': "a." * 100_000,
    '"http://" + "a." x 100,000': "http://" + "a." * 100_000,
    '"x" x 200,000 (one token)': "x" * 200_000,
}
BOMBS = {
    "1 MB Subject of encoded words": "From: a@example.com\nSubject: "
    + "=?utf-8?q?a?= " * 75_000
    + "\n\nx\n",
    "2,000 nested multipart parts": "From: a@example.com\nSubject: x\n"
    + "".join(f'Content-Type: multipart/mixed; boundary="b{i}"\n\n--b{i}\n' for i in range(2000))
    + "Content-Type: text/plain\n\nx\n",
    "30,000 quotes in From": "From: " + '"a' * 30_000 + " <a@example.com>\nSubject: x\n\nx\n",
}


def _cpu(fn: Callable[[], object], repeat: int = 1) -> float:
    start = time.process_time()
    for _ in range(repeat):
        fn()
    return (time.process_time() - start) / repeat


def run() -> list[tuple[str, str]]:
    load = " / ".join(Path("/proc/loadavg").read_text().split()[:3])
    figures = [("load average (1/5/15 min) at start", load)]
    per_sms = _cpu(lambda: [links(t) for t in SMS], repeat=5_000) / len(SMS)
    figures.append(("links() per SMS (3 SMS of ~130 characters)", f"{per_sms * 1e6:.0f} µs"))
    for name, text in HOSTILE.items():
        figures.append((f"links() on {name}", f"{_cpu(lambda t=text: links(t)) * 1e3:.1f} ms"))
    for name, raw in BOMBS.items():
        data = raw.encode()

        def refuse(data: bytes = data) -> None:
            try:
                mail.read(data)
            except Invalid:
                return
            raise AssertionError("accepted")

        figures.append((f"mail.read refuses {name}", f"{_cpu(refuse) * 1e3:.1f} ms"))
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
    figures.append(("peak RSS of the bench process", f"{peak} MB"))
    return figures
