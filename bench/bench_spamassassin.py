"""Værn's message check side by side with SpamAssassin (Debian `spamd`, network tests off).

Same machine, same run, same messages: the English and Danish SMS evaluation sets of
`vaern model evaluate` (each SMS wrapped in a minimal e-mail for SpamAssassin, given as
plain SMS text to Værn) and a sample of the Nazario phishing e-mails from
/work/shared/data (phishing only: recall, no false-positive rate). SpamAssassin runs as
`spamd -L` (local tests only) with Bayes off and its shipped rules; a message is spam at
its default required score 5.0. Værn counts a message as a scam when the verdict is
`scam` (also shown: `scam` or `suspicious`). Needs the Debian packages spamd and spamc
(not part of `make test`). SpamAssassin is asked one message at a time through spamc, as
Værn is called one message at a time in-process.
"""

from __future__ import annotations

import csv
import os
import random
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Callable
from datetime import datetime
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from pathlib import Path

TITLE = "Message check vs. SpamAssassin (same messages, same machine)"
DATA = Path(os.environ.get("VAERN_SHARED_DATA", "/work/shared/data"))
EN_SAMPLE = 200
NAZARIO_SAMPLE = 100  # sized so the whole bench stays under 3 minutes
SEED = 4


def _wrap(text: str, subject: str = "Besked") -> bytes:
    msg = EmailMessage()
    msg["From"] = "afsender@example.invalid"
    msg["To"] = "person@example.dk"
    msg["Subject"] = subject
    msg["Date"] = format_datetime(datetime(2026, 11, 23, 12, 0))
    msg["Message-ID"] = make_msgid(domain="example.invalid")
    msg.set_content(text)
    return bytes(msg)


def _nazario() -> list[bytes]:
    """Phishing e-mails rebuilt from the CSV; the recipient replaced by a made-up one."""
    path = DATA / "nazario_phishing_champa" / "Nazario.csv"
    csv.field_size_limit(10_000_000)
    with path.open(encoding="utf-8", errors="replace", newline="") as fh:
        rows = list(csv.DictReader(fh))
    random.Random(SEED).shuffle(rows)
    out = []
    for row in rows[:NAZARIO_SAMPLE]:
        msg = EmailMessage()
        msg["From"] = (row.get("sender") or "unknown@example.invalid").replace("\n", " ")[:200]
        msg["To"] = "person@example.dk"
        msg["Subject"] = (row.get("subject") or "").replace("\n", " ")[:200]
        if row.get("date"):
            msg["Date"] = row["date"].replace("\n", " ")[:100]
        msg.set_content(row.get("body") or "")
        out.append(bytes(msg))
    return out


def _sets() -> dict[str, list[tuple[str | bytes, bytes, int, str]]]:
    """name -> [(input for Værn, e-mail for SpamAssassin, label, Værn's channel)]."""
    from vaern.messages.corpus import split

    _, evaluation = split()
    en = [e for e in evaluation if e.lang == "en"]
    random.Random(SEED).shuffle(en)
    da = [e for e in evaluation if e.lang == "da"]
    sets: dict[str, list[tuple[str | bytes, bytes, int, str]]] = {
        f"English SMS (eval sample {min(EN_SAMPLE, len(en))})": [
            (e.text, _wrap(e.text), e.label, "sms") for e in en[:EN_SAMPLE]
        ],
        f"Danish real messages (held-out families, {len(da)})": [
            (e.text, _wrap(e.text), e.label, e.channel) for e in da
        ],
    }
    sets[f"Nazario phishing e-mail (sample {NAZARIO_SAMPLE}, scams only)"] = [
        (raw, raw, 1, "email") for raw in _nazario()
    ]
    return sets


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Spamd:
    """A spamd on loopback with local tests only, Bayes and auto-learning off."""

    def __init__(self) -> None:
        self.dir = Path(tempfile.mkdtemp(prefix="vaern-spamd-"))
        self.dir.chmod(0o755)  # spamd drops root to nobody, which must read the config
        conf = self.dir / "conf"
        shutil.copytree("/etc/spamassassin", conf)
        with (conf / "local.cf").open("a") as fh:
            fh.write("\nuse_bayes 0\nbayes_auto_learn 0\nskip_rbl_checks 1\n")
        self.port = _free_port()
        argv = ["/usr/sbin/spamd", "-L", "-x", "--siteconfigpath", str(conf)]
        argv += ["--listen", f"127.0.0.1:{self.port}", "-m", "2", "-s", "stderr"]
        if os.geteuid() == 0:
            argv += ["-u", "nobody"]
        self.proc = subprocess.Popen(argv, stderr=subprocess.DEVNULL)  # noqa: S603
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=1).close()
                return
            except OSError:
                time.sleep(0.2)
        self.stop()
        raise RuntimeError("spamd did not start")

    def is_spam(self, raw: bytes) -> bool:
        done = subprocess.run(  # noqa: S603
            ["/usr/bin/spamc", "-d", "127.0.0.1", "-p", str(self.port), "-c", "-x"],
            input=raw,
            capture_output=True,
            check=False,
        )
        if done.returncode not in (0, 1):
            raise RuntimeError(f"spamc failed with exit {done.returncode}")
        return done.returncode == 1

    def stop(self) -> None:
        self.proc.terminate()
        self.proc.wait(timeout=30)
        shutil.rmtree(self.dir, ignore_errors=True)


def _metrics(pred: list[bool], labels: list[int]) -> str:
    tp = sum(p and y == 1 for p, y in zip(pred, labels, strict=True))
    fp = sum(p and y == 0 for p, y in zip(pred, labels, strict=True))
    pos = sum(labels)
    neg = len(labels) - pos
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / pos if pos else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    fpr = f"{fp / neg:.3f}" if neg else "n/a"
    return f"P {precision:.3f} · R {recall:.3f} · FPR {fpr} · F1 {f1:.3f}"


def _timed(fn: Callable[[], list[bool]]) -> tuple[list[bool], float]:
    start = time.perf_counter()
    out = fn()
    return out, time.perf_counter() - start


def run() -> list[tuple[str, str]]:
    if not (Path("/usr/sbin/spamd").exists() and Path("/usr/bin/spamc").exists()):
        return [("not run", "Debian packages spamd and spamc are not installed")]
    # No DNS for either side: SpamAssassin runs local tests only, and Værn's DMARC
    # look-up meets a closed loopback port (refused at once, answered "unknown").
    from vaern import config
    from vaern.messages import check

    var = tempfile.mkdtemp(prefix="vaern-bench-")
    config.configure(var_dir=var, dns_nameserver=f"127.0.0.1:{_free_port()}")
    check("warm up: load the model")
    figures = [
        ("load average (1/5/15 min) at start", " / ".join(f"{x:.2f}" for x in os.getloadavg()))
    ]
    spamd = Spamd()
    try:
        for name, items in _sets().items():
            labels = [y for _, _, y, _ in items]
            verdicts, t_vaern = _timed(
                lambda items=items: [  # type: ignore[misc]
                    check(v, channel=channel)["verdict"] for v, _, _, channel in items
                ]
            )
            sa, t_sa = _timed(lambda items=items: [spamd.is_spam(raw) for _, raw, _, _ in items])  # type: ignore[misc]
            scam = [v == "scam" for v in verdicts]
            flagged = [v in ("scam", "suspicious") for v in verdicts]
            figures += [
                (
                    f"{name}: Værn, scam",
                    f"{_metrics(scam, labels)} · {len(items) / t_vaern:,.0f} msg/s",
                ),
                (f"{name}: Værn, scam or suspicious", _metrics(flagged, labels)),
                (
                    f"{name}: SpamAssassin (score ≥ 5)",
                    f"{_metrics(sa, labels)} · {len(items) / t_sa:,.1f} msg/s",
                ),
                (f"{name}: throughput ratio Værn/SpamAssassin", f"{t_sa / t_vaern:,.1f}×"),
            ]
    finally:
        spamd.stop()
    figures.append(("load average at end", " / ".join(f"{x:.2f}" for x in os.getloadavg())))
    return figures
