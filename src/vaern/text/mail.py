"""Reading e-mail: bounded parsing, the readable text of a mail, its links and the
receiving server's authentication results.

The standard library's parser does quadratic work on some hostile input: a Subject of
many encoded words (memory grew with the square of its length, 336 KB -> 2.9 GB), an
address of 30,000 quotes (46 s of CPU), thousands of Content-Type parameters; it
recurses once per nested MIME part (2,000 levels -> RecursionError) and per nested
comment in an address (500 "(" -> RecursionError). ``read`` therefore measures the raw
mail first and refuses, with ``Invalid``, anything over the caps below; only then does it
parse. The caps are far above what a real mail carries.
"""

from __future__ import annotations

import email
import email.policy
import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from email.message import EmailMessage, Message
from email.utils import parseaddr
from html.parser import HTMLParser
from typing import cast

from vaern.errors import Invalid
from vaern.i18n import N_

MAX_TEXT = 100_000  # characters of text read from a mail
MAX_HEADER_BYTES = 64 * 1024  # all headers of the mail (of each part) together
MAX_ENCODED_WORDS = 200  # =?charset?X?…?= words in the whole mail
MAX_ENCODED_WORD = 1_024  # characters of one encoded word
MAX_PARTS = 200  # multipart and message containers in the whole mail
MAX_DEPTH = 20  # nested multipart parts
MAX_FIELD_MARKS = 200  # quotes, brackets, separators in one header field that is read
MAX_MARKS = 4_000  # the same in all the fields that are read, together
MAX_FIELD_COMMENTS = 32  # "(" in one header field: the parser recurses per level
# The fields the parser takes apart when they are read (here, by the check, the report
# intake and the receipts); others (To, Received, DKIM-Signature) are never parsed.
READ_FIELDS = frozenset(
    b"from sender reply-to return-path subject date authentication-results received-spf "
    b"content-type content-disposition content-transfer-encoding mime-version "
    b"auto-submitted precedence list-id".split()
)
MAX_HTML_LINKS = 200

TOO_BIG = N_("This e-mail is built to overload the reader (too many or too long headers or parts).")
_HEADER_END = re.compile(rb"\r?\n\r?\n")
_ENCODED_WORD = re.compile(rb"=\?[^?\s]{1,64}\?[bqBQ]\?")
# A header field with its continuation lines (anywhere: part headers count too).
_FIELD = re.compile(rb"(?m)^([!-9;-~]{1,76}):[^\r\n]*(?:\r?\n[ \t][^\r\n]*)*")
_MARKS = re.compile(rb'[()<>@,;:"\\\[\]=]')
_CONTAINER = re.compile(rb"(?i)content-type:[ \t]*(?:multipart|message)/")
_BOUNDARY = re.compile(rb"""(?i)boundary\s*=\s*(?:"([^"\r\n]{1,200})"|([^\s;"]{1,200}))""")


@dataclass
class HtmlLink:
    href: str
    text: str


class _Html(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.links: list[HtmlLink] = []
        self._href: str | None = None
        self._text: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style"):
            self._skip += 1
        elif tag == "a":
            self._href = dict(attrs).get("href") or ""
            self._text = []
        elif tag in ("br", "p", "div", "tr", "li"):
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style"):
            self._skip = max(0, self._skip - 1)
        elif tag == "a" and self._href is not None:
            if len(self.links) < MAX_HTML_LINKS:
                self.links.append(HtmlLink(self._href, " ".join("".join(self._text).split())))
            self._href = None

    def handle_data(self, data: str) -> None:
        if self._skip:
            return
        self.parts.append(data)
        if self._href is not None:
            self._text.append(data)


def html_to_text(html: str) -> tuple[str, list[HtmlLink]]:
    """The visible text of an HTML body and its links (href and visible text)."""
    parser = _Html()
    parser.feed(html[: MAX_TEXT * 4])
    text = re.sub(r"[ \t]+", " ", "".join(parser.parts))
    return re.sub(r"\n\s*\n+", "\n", text).strip(), parser.links


def _depth(raw: bytes, boundaries: list[bytes]) -> int:
    """How deep the multipart parts nest, following the boundary lines in order."""
    if not boundaries:
        return 0
    known = set(boundaries)
    stack: list[bytes] = []
    deepest = 0
    for line in re.finditer(rb"(?m)^--([^\r\n]{1,202})", raw):
        mark = line.group(1).rstrip()
        closing = mark.endswith(b"--") and mark[:-2] in known
        name = mark[:-2] if closing else mark
        if name not in known:
            continue
        if closing:
            while stack and stack.pop() != name:
                pass
        elif not stack or stack[-1] != name:
            stack.append(name)
            deepest = max(deepest, len(stack))
    return deepest


def _over(found: Iterator[object], limit: int) -> bool:
    """Whether ``found`` yields more than ``limit`` items (reading at most one more)."""
    return next(itertools.islice(found, limit, None), None) is not None


def check_size(raw: bytes) -> None:
    """Refuse (``Invalid``) a mail over the caps, before any parsing. Linear in its size."""
    if _HEADER_END.search(raw[: MAX_HEADER_BYTES + 4]) is None and len(raw) > MAX_HEADER_BYTES:
        raise Invalid(TOO_BIG)
    words = _ENCODED_WORD.finditer(raw)
    if _over(words, MAX_ENCODED_WORDS) or _over(_CONTAINER.finditer(raw), MAX_PARTS):
        raise Invalid(TOO_BIG)
    for m in _ENCODED_WORD.finditer(raw):
        if raw.find(b"?=", m.end(), m.end() + MAX_ENCODED_WORD) < 0:
            raise Invalid(TOO_BIG)  # one overlong (or unterminated) encoded word
    marks = 0
    for header in _FIELD.finditer(raw):
        value = header.group(0)
        if value.count(b"(") > MAX_FIELD_COMMENTS:
            raise Invalid(TOO_BIG)
        if header.group(1).lower() in READ_FIELDS:
            count = sum(1 for _ in itertools.islice(_MARKS.finditer(value), MAX_FIELD_MARKS + 1))
            marks += count
            if count > MAX_FIELD_MARKS or marks > MAX_MARKS:
                raise Invalid(TOO_BIG)
    params = itertools.islice(_BOUNDARY.finditer(raw), MAX_PARTS + 1)
    boundaries = [m.group(1) or m.group(2) for m in params]
    if len(boundaries) > MAX_PARTS or _depth(raw, boundaries) > MAX_DEPTH:
        raise Invalid(TOO_BIG)


def read(raw: bytes) -> EmailMessage:
    """A mail parsed with the modern policy, after ``check_size``."""
    check_size(raw)
    # The default policy's factory is EmailMessage.
    return cast(EmailMessage, email.message_from_bytes(raw, policy=email.policy.default))


def modern(msg: Message) -> EmailMessage:
    """``msg`` with the modern policy (mailbox yields compat32 messages), bounded."""
    return msg if isinstance(msg, EmailMessage) else read(msg.as_bytes())


_AUTH = re.compile(r"\b(spf|dkim|dmarc)=(\w+)(?:[^;]*?header\.(?:from|d)=([\w.-]+))?", re.I)


def auth_results(msg: Message) -> dict[str, str]:
    """Results from the receiving server's Authentication-Results and Received-SPF."""
    out: dict[str, str] = {}
    for header in msg.get_all("Authentication-Results", []) or []:
        for kind, result, domain in _AUTH.findall(str(header)):
            out.setdefault(kind.lower(), result.lower())
            if domain and kind.lower() == "dmarc":
                out.setdefault("dmarc_domain", domain.lower())
    spf = msg.get("Received-SPF")
    if spf and "spf" not in out:
        out["spf"] = str(spf).split()[0].lower()
    return out


@dataclass
class Mail:
    """What the check reads from a mail."""

    text: str  # the subject and every text part, HTML turned into text
    subject: str
    sender: str | None  # the From address as written
    from_address: str | None
    display_name: str | None
    reply_to: str | None
    return_path: str | None
    auth: dict[str, str] = field(default_factory=dict)
    html_links: list[HtmlLink] = field(default_factory=list)
    attachments: list[tuple[str, str]] = field(default_factory=list)  # (filename, type)


def _address(msg: Message, header: str) -> str | None:
    return parseaddr(str(msg.get(header, "")))[1].lower() or None


def parse(msg: EmailMessage) -> Mail:
    """The readable parts of a mail; attachments are listed, never opened."""
    texts: list[str] = []
    links: list[HtmlLink] = []
    attachments: list[tuple[str, str]] = []
    for part in msg.walk():
        if part.is_multipart():
            continue
        if part.get_content_disposition() == "attachment" or part.get_filename():
            attachments.append((part.get_filename() or "", part.get_content_type()))
            continue
        ctype = part.get_content_type()
        if ctype not in ("text/plain", "text/html"):
            continue
        try:
            body = part.get_content()
        except (LookupError, ValueError):
            payload = part.get_payload(decode=True)
            body = payload.decode("utf-8", "replace") if isinstance(payload, bytes) else ""
        if ctype == "text/html":
            body, found = html_to_text(str(body))
            links.extend(found)
        texts.append(str(body))
    subject = str(msg.get("Subject", ""))
    display, address = parseaddr(str(msg.get("From", "")))
    return Mail(
        text="\n".join([subject, *texts]).strip()[:MAX_TEXT],
        subject=subject,
        sender=address or None,
        from_address=address.lower() or None,
        display_name=display or None,
        reply_to=_address(msg, "Reply-To"),
        return_path=_address(msg, "Return-Path"),
        auth=auth_results(msg),
        html_links=links,
        attachments=attachments,
    )


def preferred_body(msg: Message) -> str:
    """The body a person reads first: the plain part, else the HTML part as it is."""
    if isinstance(msg, EmailMessage):
        body = msg.get_body(preferencelist=("plain", "html"))
        if body is not None:
            return str(body.get_content())
    for part in msg.walk():
        if part.get_content_type() == "text/plain":
            payload = part.get_payload(decode=True)
            if isinstance(payload, bytes):
                return payload.decode(part.get_content_charset() or "utf-8", "replace")
    return ""
