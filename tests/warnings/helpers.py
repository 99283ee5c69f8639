"""Shared builders for warnings tests."""

from __future__ import annotations

from typing import Any

from fastapi.testclient import TestClient

from tests.conftest import auth

SCAM_TEXT = (
    "Kære kunde, din pakke kunne ikke leveres. Betal et gebyr på 19 kr her "
    "https://postnord-levering.example.com/betal inden 24 timer, ellers returneres den."
)


def warning_body(**overrides: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "title": {"da": "Falske pakke-SMS'er", "en": "Fake parcel texts"},
        "summary": {"da": "Svindlere sender SMS om gebyr.", "en": "Scammers text about a fee."},
        "advice": {"da": "Klik ikke på linket.", "en": "Do not click the link."},
        "channels": ["sms"],
        "examples": [SCAM_TEXT + " Ring på tlf. 22334455 eller skriv til ole@example.com"],
        "indicators": {
            "domains": ["postnord-levering.example.com"],
            "sender_ids": ["PostNrd"],
            "phones": ["+45 70 20 30 40"],
        },
    }
    body.update(overrides)
    return body


def publish_warning(client: TestClient, token: str, **overrides: Any) -> dict[str, Any]:
    created = client.post("/api/v1/warnings", headers=auth(token), json=warning_body(**overrides))
    assert created.status_code == 201, created.text
    published = client.post(f"/api/v1/warnings/{created.json()['id']}/publish", headers=auth(token))
    assert published.status_code == 200, published.text
    return dict(published.json())
