"""The real Danish messages (issue 15) are honest data: every line parses, carries its
source and family, is labelled as its file says, names only organisations the
directory knows, repeats no other line, and holds no CPR- or card-like number."""

from __future__ import annotations

import json
import re
from importlib import resources
from pathlib import Path
from typing import Any

import pytest

from vaern.registry.directory import read_directory

REAL = Path(str(resources.files("vaern.messages") / "data" / "corpus" / "real"))
# file -> (label, kinds it may hold)
FILES = {
    "da_scam.jsonl": (1, {"scam"}),
    "da_scam_verbatim.jsonl": (1, {"scam"}),
    "da_legit.jsonl": (0, {"legit"}),
    "da_legit_more.jsonl": (0, {"legit"}),
    "da_legit_orgs.jsonl": (0, {"legit"}),
    "da_warnings.jsonl": (0, {"warning"}),
    # the first fresh test set, read once and then trained on
    "da_scam_fresh1.jsonl": (1, {"scam"}),
    "da_scam_fresh1b.jsonl": (1, {"scam"}),
    "da_legit_fresh1.jsonl": (0, {"legit"}),
    "da_warnings_fresh1.jsonl": (0, {"warning"}),
    # the second fresh set, read once and then trained on; a bank's letter quoted in a
    # decision may be a warning beside the genuine messages of the same decisions
    "da_scam_fresh3a.jsonl": (1, {"scam"}),
    "da_scam_fresh3b.jsonl": (1, {"scam"}),
    "da_legit_fresh3a.jsonl": (0, {"legit"}),
    "da_legit_fresh3b.jsonl": (0, {"legit"}),
    "da_legit_fresh3c.jsonl": (0, {"legit", "warning"}),
    "da_warnings_fresh3a.jsonl": (0, {"warning"}),
    # the third fresh set, read once and then trained on
    "da_scam_fresh4a.jsonl": (1, {"scam"}),
    "da_scam_fresh4b.jsonl": (1, {"scam"}),
    "da_scam_fresh4d.jsonl": (1, {"scam"}),
    "da_warnings_fresh4a.jsonl": (0, {"warning"}),
    "da_legit_fresh4c.jsonl": (0, {"legit"}),
    "da_warnings_fresh4c.jsonl": (0, {"warning"}),
    "da_legit_fresh4e.jsonl": (0, {"legit"}),
    # the fourth fresh set, read once and then trained on
    "da_scam_fresh5b.jsonl": (1, {"scam"}),
    "da_legit_fresh5b.jsonl": (0, {"legit"}),
    "da_legit_fresh5c.jsonl": (0, {"legit"}),
    "da_warnings_fresh5a.jsonl": (0, {"warning"}),
    "da_warnings_fresh5b.jsonl": (0, {"warning"}),
    "da_warnings_fresh5c.jsonl": (0, {"warning"}),
    # the fifth fresh set, read once and then trained on
    "da_scam_fresh6e.jsonl": (1, {"scam"}),
    "da_legit_fresh6d.jsonl": (0, {"legit"}),
    "da_warnings_fresh6d.jsonl": (0, {"warning"}),
    # the sixth fresh set, read once and then trained on
    "da_scam_fresh7f.jsonl": (1, {"scam"}),
    "da_legit_fresh7g.jsonl": (0, {"legit"}),
    # the seventh fresh set, read once and then trained on
    "da_scam_fresh8.jsonl": (1, {"scam"}),
    "da_legit_fresh8.jsonl": (0, {"legit"}),
    "da_warnings_fresh8.jsonl": (0, {"warning"}),
    # the eighth fresh set, read once and then trained on
    "da_scam_fresh9.jsonl": (1, {"scam"}),
    "da_legit_fresh9.jsonl": (0, {"legit"}),
    "da_warnings_fresh9.jsonl": (0, {"warning"}),
    # the ninth fresh set, read once and then trained on
    "da_scam_fresh10.jsonl": (1, {"scam"}),
    "da_legit_fresh10.jsonl": (0, {"legit"}),
    "da_warnings_fresh10.jsonl": (0, {"warning"}),
    # the tenth fresh set, read once and then trained on
    "da_scam_fresh11.jsonl": (1, {"scam"}),
    "da_legit_fresh11.jsonl": (0, {"legit"}),
    # the eleventh fresh set, read once and then trained on
    "da_scam_fresh12.jsonl": (1, {"scam"}),
    "da_legit_fresh12.jsonl": (0, {"legit"}),
    # the twelfth fresh set, read once and then trained on
    "da_scam_fresh13.jsonl": (1, {"scam"}),
    "da_legit_fresh13.jsonl": (0, {"legit"}),
    # the thirteenth fresh set, read once and then trained on
    "da_scam_fresh14.jsonl": (1, {"scam"}),
    "da_legit_fresh14.jsonl": (0, {"legit"}),
    "da_warnings_fresh14.jsonl": (0, {"warning"}),
    # the fourteenth fresh set, read once and then trained on
    "da_scam_fresh15.jsonl": (1, {"scam"}),
    "da_legit_fresh15.jsonl": (0, {"legit"}),
    # the fifteenth fresh set, read once and then trained on
    "da_scam_fresh16.jsonl": (1, {"scam"}),
    "da_legit_fresh16.jsonl": (0, {"legit"}),
    "da_warnings_fresh16.jsonl": (0, {"warning"}),
    # the sixteenth fresh set, read once and then trained on
    "da_scam_fresh17.jsonl": (1, {"scam"}),
    "da_legit_fresh17.jsonl": (0, {"legit"}),
    # the seventeenth fresh set, read once and then trained on
    "da_legit_fresh18.jsonl": (0, {"legit"}),
    # the eighteenth fresh set, read once and then trained on
    "da_scam_fresh19.jsonl": (1, {"scam"}),
    "da_legit_fresh19.jsonl": (0, {"legit"}),
    "da_warnings_fresh19.jsonl": (0, {"warning"}),
    # the nineteenth fresh set, read once and then trained on
    "da_scam_fresh20.jsonl": (1, {"scam"}),
    "da_legit_fresh20.jsonl": (0, {"legit"}),
    # the twentieth fresh set, read once and then trained on
    "da_legit_fresh21.jsonl": (0, {"legit"}),
    # the twenty-first fresh set, read once and then trained on
    "da_legit_fresh22.jsonl": (0, {"legit"}),
    "da_warnings_fresh22.jsonl": (0, {"warning"}),
    # the twenty-second fresh set, read once and then trained on
    "da_legit_fresh23.jsonl": (0, {"legit"}),
    # the twenty-third fresh set, read once and then trained on
    "da_legit_fresh24.jsonl": (0, {"legit"}),
    # the twenty-fourth fresh set, read once and then trained on
    "da_scam_fresh25.jsonl": (1, {"scam"}),
    "da_legit_fresh25.jsonl": (0, {"legit"}),
    "da_warnings_fresh25.jsonl": (0, {"warning"}),
    # the twenty-fifth fresh set, read once and then trained on
    "da_legit_fresh26.jsonl": (0, {"legit"}),
    "da_legit_fresh27.jsonl": (0, {"legit"}),
    # the twenty-sixth fresh set, read once and then trained on
    "da_legit_fresh28.jsonl": (0, {"legit"}),
    # the twenty-seventh fresh set, read once and then trained on
    "da_legit_calls29.jsonl": (0, {"legit"}),
    # collected for training only: 9 of its 12 calls and SMS share a repository with
    # training (a split by source keeps them out of a test set), the other 3 are too few
    "da_legit_fresh29.jsonl": (0, {"legit"}),
    "da_warnings_fresh29.jsonl": (0, {"warning"}),
    # the twenty-eighth fresh set, read once and then trained on
    "da_legit_fresh30.jsonl": (0, {"legit"}),
    # the twenty-ninth fresh set, read once and then trained on
    "da_legit_fresh31.jsonl": (0, {"legit"}),
    # the thirtieth fresh set, read once and then trained on
    "da_scam_fresh32.jsonl": (1, {"scam"}),
    "da_legit_fresh32.jsonl": (0, {"legit"}),
    "da_warnings_fresh32.jsonl": (0, {"warning"}),
    # the thirty-first fresh set, read once and then trained on
    "da_legit_fresh33.jsonl": (0, {"legit"}),
    # the thirty-second fresh set, read once and then trained on
    # the test set (`corpus.fresh_danish`)
    "fresh/da_legit_fresh34.jsonl": (0, {"legit"}),
}
# The verbatim-only supplement is small: the stored sources yielded few scam texts quoted
# word for word that the other files did not already hold (SOURCES.md says why).
# The fresh sets are what their collectors found in a time box (SOURCES_*.md).
MIN_ROWS = {
    "da_scam_verbatim.jsonl": 5,
    "da_legit_calls29.jsonl": 10,
    **{name: 1 for name in FILES if "fresh" in name},
}
# Fresh collectors stored fake and genuine web pages' visible text on the url channel.
PAGE_TEXT = {name for name in FILES if "fresh" in name}
VERBATIM_ONLY = {"da_scam_verbatim.jsonl"}
REQUIRED = {
    "text", "label", "kind", "lang", "channel", "org", "sender", "source", "published",
    "retrieved", "family", "verbatim", "note",
}  # fmt: skip
CHANNELS = {"sms", "email", "call", "url"}
# Ten digits in a row (optionally DDMMYY-XXXX) reads as a CPR number; 13-19 digits with
# optional spaces or dashes as a card number. Organisation phone numbers have 8 digits.
# (Not inside a word: a commit hash in a note holds runs of digits too.)
CPR_LIKE = re.compile(r"(?<![\dA-Za-z])\d{6}-?\d{4}(?![\dA-Za-z])")
CARD_LIKE = re.compile(r"(?<![\dA-Za-z])\d(?:[ -]?\d){12,18}(?![\dA-Za-z])")
PLACEHOLDER = re.compile(r"\[[^\]]{1,40}\]")


def _rows(name: str) -> list[dict[str, Any]]:
    lines = (REAL / name).read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


ALL = [(name, row) for name in FILES for row in _rows(name)]


def test_every_real_file_is_checked_here() -> None:
    found = [*REAL.glob("da_*.jsonl"), *REAL.glob("fresh/da_*.jsonl")]
    assert {p.relative_to(REAL).as_posix() for p in found} == set(FILES)


@pytest.mark.parametrize("name", sorted(FILES))
def test_rows_are_danish_and_of_the_files_label_and_kind(name: str) -> None:
    label, kinds = FILES[name]
    rows = _rows(name)
    assert len(rows) >= MIN_ROWS.get(name, 40)
    assert name not in VERBATIM_ONLY or all(row["verbatim"] is True for row in rows)
    for row in rows:
        assert set(row) >= REQUIRED, (name, row.get("text", "")[:40])
        assert row["label"] == label and row["kind"] in kinds and row["lang"] == "da"
        assert row["channel"] in CHANNELS
        # a URL is a URL, unless the file holds pages' text
        assert row["channel"] != "url" or name in PAGE_TEXT or " " not in row["text"].strip()
        assert isinstance(row["verbatim"], bool)
        # the source's date as it shows it; null where it shows none (pinned repository
        # files are dated by their commit)
        published = row["published"]
        assert published is None or re.match(r"\d{4}(-\d{2}(-\d{2})?)?$", published), published


def test_every_row_traces_to_an_address_and_a_family() -> None:
    for name, row in ALL:
        assert re.match(r"https?://\S+$", row["source"]), (name, row["source"])
        assert row["family"].strip() and row["text"].strip(), name
        if "github.com" in row["source"]:  # a template names the file it came from
            assert re.match(
                r"https://github\.com/[^/\s]+/[^/\s]+/(blob/([0-9a-f]{40}|HEAD)/\S+|"
                r"(pull|issues)/\d+)$|https://gist\.github\.com/[^/\s]+/[0-9a-f]+$",
                row["source"],  # or a discussion or a gist that quotes a scam
            ), row["source"]


def test_reconstructions_and_placeholders_say_so() -> None:
    for name, row in ALL:
        if not row["verbatim"] or PLACEHOLDER.search(row["text"]):
            assert row["note"] and len(row["note"]) > 20, (name, row["text"][:40])


def test_no_text_appears_twice() -> None:
    seen: dict[str, str] = {}
    for name, row in ALL:
        key = " ".join(row["text"].lower().split())
        assert key not in seen, f"{name} repeats a text from {seen.get(key)}: {row['text']!r}"
        seen[key] = name


def test_organisations_are_known_to_the_directory() -> None:
    slugs = {org["slug"] for org in read_directory()["organisations"]}
    assert {row["org"] for _, row in ALL if row["org"] is not None} <= slugs


@pytest.mark.parametrize("field", ["text", "sender", "note"])
def test_no_cpr_like_or_card_like_number(field: str) -> None:
    for name, row in ALL:
        value = row[field] or ""
        assert not CPR_LIKE.search(value) and not CARD_LIKE.search(value), (name, field)


def test_the_number_patterns_catch_what_they_guard_against() -> None:
    # Synthetic values only: a CPR-shaped number and a Visa test card number.
    assert CPR_LIKE.search("cpr 010190-1234") and CPR_LIKE.search("0101901234")
    assert CARD_LIKE.search("kort 4111 1111 1111 1111")
    assert not CPR_LIKE.search("ring 89 40 41 60") and not CARD_LIKE.search("tlf. 33 37 00 37")
    assert not CPR_LIKE.search("pakkenummer 048515280630")


def test_families_are_campaigns_or_templates_and_every_channel_is_present() -> None:
    scams = _rows("da_scam.jsonl")
    assert len({row["family"] for row in scams}) >= 50
    assert {row["channel"] for row in scams} >= {"sms", "email", "call"}
    counts: dict[str, int] = {}
    for _, row in ALL:
        counts[row["family"]] = counts.get(row["family"], 0) + 1
    assert max(counts.values()) <= 15  # a family is a campaign, never a whole source
