"""The nesting depth of a JSON body, counted without parsing it (web/middleware.py)."""

from __future__ import annotations

import json

import pytest
from fastapi.testclient import TestClient

from vaern.web.middleware import MAX_JSON_DEPTH, json_depth, too_deep


@pytest.mark.parametrize(
    ("body", "depth"),
    [
        (b"", 0),
        (b'"just a string"', 0),
        (b"{}", 1),
        (b'{"a": [1, {"b": 2}], "c": []}', 3),
        (b'{"text": "[[[[{{{{"}', 1),  # brackets in strings do not count
        (b'{"text": "a \\" [[[ \\\\", "b": [[1]]}', 3),  # escaped quotes and backslashes
        (b"[" * 5000, 5000),  # unbalanced: as deep as it opens
    ],
)
def test_json_depth(body: bytes, depth: int) -> None:
    assert json_depth(body) == depth


@pytest.mark.parametrize(
    "body",
    [
        b'{"text": "' + b"[" * 40 + b'"}',  # many brackets, all in a string
        b"[" * 3 + b"{" * 3,
        b'{"a":' * 4 + b"1" + b"}" * 4,
        b'{"a":' * 5 + b"1" + b"}" * 5,
        b"[" * 6,
        b'{"a": [' + b"[" * 5 + b'"x"' + b"]" * 6 + b"}",
    ],
)
@pytest.mark.parametrize("limit", [2, 4, 5, 6])
def test_too_deep_answers_as_the_count_does(body: bytes, limit: int) -> None:
    assert too_deep(body, limit) == (json_depth(body) > limit)


def test_depth_matches_the_parser_on_real_documents() -> None:
    doc = {"a": [{"b": {"c": [1, "x]"]}}], "d": "{"}
    assert json_depth(json.dumps(doc).encode()) == 5


def test_a_report_nested_past_the_bound_is_refused_and_one_within_is_not(
    client: TestClient,
) -> None:
    def report(depth: int) -> int:
        nested = '{"a":' * depth + "1" + "}" * depth
        body = (
            '{"organisation":"mitid","text":"Betal gebyret her","channel":"sms",'
            f'"consent":true,"check_result":{nested}}}'
        )
        headers = {"Content-Type": "application/json"}
        return client.post("/api/v1/reports", content=body, headers=headers).status_code

    assert report(MAX_JSON_DEPTH) == 422
    assert report(3) == 201
