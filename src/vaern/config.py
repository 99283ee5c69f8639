"""Settings read from ``VAERN_*`` environment variables.

Secrets that are not given by the environment are generated once into ``var/``
(mode 0600) so that the embedded default needs no set-up and nothing secret is
ever committed.
"""

from __future__ import annotations

import base64
import json
import os
import secrets
import tempfile
from pathlib import Path
from typing import Any

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

DEFAULT_VAR_DIR = Path(os.environ.get("VAERN_VAR_DIR", "var"))


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="VAERN_", extra="ignore")

    var_dir: Path = DEFAULT_VAR_DIR
    database_url: str = ""
    base_url: str = "http://127.0.0.1:8000"
    host: str = "127.0.0.1"
    port: int = 8000
    # Secrets: given by the environment in production, generated into var/ otherwise.
    session_secret: str = ""
    hmac_pepper: str = ""
    # JSON object {"key_id": "base64 32-byte key", ...}; the first is used to encrypt.
    encryption_keys: str = ""
    max_body_bytes: int = 1024 * 1024
    rate_limit: str = "120/minute"
    rate_limit_storage: str = "memory://"
    # Addresses of reverse proxies whose X-Forwarded-For is believed (comma-separated, as
    # uvicorn's forwarded_allow_ips); empty: none, the peer address is the client's.
    trusted_proxies: str = ""
    login_max_failures_account: int = 5
    login_max_failures_address: int = 20
    login_window_minutes: int = 15
    token_default_days: int = 365
    log_level: str = "INFO"
    # Run scheduled jobs inside the server (embedded default); production runs
    # `vaern jobs worker` instead and sets this to false.
    run_jobs: bool = True
    jobs_tick_seconds: float = 30.0
    # "host:port" of the DNS resolver for domain verification and posture checks;
    # empty = the system resolver.
    dns_nameserver: str = ""
    dns_timeout_seconds: float = 3.0
    outbound_retention_days: int = 180
    # Outgoing mail (warning subscriptions): a relay on this host by default.
    smtp_host: str = "127.0.0.1"
    smtp_port: int = 25
    mail_from: str = "advarsler@vaern.example.dk"
    # How one-time codes for data-subject requests reach the person: "outbox" (kept
    # encrypted in the database for an operator's gateway) or "smtp" (e-mail via smtp_host).
    privacy_code_sender: str = "outbox"
    # Webhooks may call private, loopback and link-local addresses only when true
    # (tests with a loopback receiver); never set it in production.
    webhook_allow_private: bool = False
    # Inbound report mail at report+<slug>@<report_mail_domain>: `vaern reports smtp`,
    # or inside the server when report_smtp_in_server is true.
    report_mail_domain: str = "rapport.vaern.example.dk"
    report_smtp_host: str = "127.0.0.1"
    report_smtp_port: int = 2525
    report_mail_max_bytes: int = 2 * 1024 * 1024
    report_smtp_in_server: bool = False
    # Reports of scams in the name of organisations that are not members go to the hub
    # organisation with this slug (created on the first such report); its staff run them.
    hub_slug: str = "hub"
    hub_name: str = "Værn"
    # A reporter whose mail passed the basic checks gets one receipt e-mail per window.
    report_receipt_window_minutes: int = 60
    report_receipts_per_hour: int = 500  # all senders together
    # Text recognition (OCR) of SMS screenshots: Debian's tesseract with Danish and English.
    ocr_command: str = "tesseract"
    ocr_languages: str = "dan+eng"
    ocr_timeout_seconds: float = 20.0
    ocr_max_pixels: int = 16_000_000
    ocr_concurrency: int = 2
    # The message check keeps organisation profiles and published warnings in the process;
    # changes made by another process are seen within this many seconds (same process:
    # at once). 0 asks the database for a version stamp on every check.
    check_refresh_seconds: float = Field(default=1.0, ge=0)
    # Each check's time budget: look-ups (DNS, database) and picture reading that would go
    # beyond it are skipped, with a reason in the result (messages/budget.py).
    check_deadline_seconds: float = Field(default=2.0, gt=0)
    # A picture is read in a child process (QR) or by OCR: that alone can take seconds.
    check_picture_deadline_seconds: float = Field(default=10.0, gt=0)
    # `vaern serve`: worker processes, each with its own event loop and app.
    workers: int = Field(default=1, ge=1)
    # Monitoring at scale: when set, POST /api/v1/events publishes to this NATS JetStream
    # server and answers after the durable ack; `vaern monitor worker` processes scores.
    # Empty (the embedded default): events are scored in the API process.
    monitoring_nats_url: str = ""
    monitoring_prefix: str = "vaern"  # subjects <prefix>.events.<org>.<partition>
    monitoring_partitions: int = Field(default=8, ge=1, le=1024)  # fixed for a stream's life
    monitoring_replicas: int = Field(default=1, ge=1, le=5)  # 3 on a 3-node NATS cluster

    def resolved_database_url(self) -> str:
        if self.database_url:
            return self.database_url
        self.var_dir.mkdir(parents=True, exist_ok=True)
        return f"sqlite:///{(self.var_dir / 'vaern.db').resolve()}"


def _secret_file(var_dir: Path, name: str, make: str) -> str:
    """The secret kept in ``var_dir/name``, made on first use. Processes that start together
    (two test workers on a fresh checkout) must agree on it: the secret is written whole to
    a private temporary file and linked into place, which fails when another process got
    there first, and then that process's secret is read."""
    path = var_dir / name
    if path.exists():
        return path.read_text().strip()
    var_dir.mkdir(parents=True, exist_ok=True)
    fd, part = tempfile.mkstemp(dir=var_dir, prefix=f".{name}.")  # mode 0600
    try:
        with os.fdopen(fd, "w") as fh:
            fh.write(make)
        try:
            os.link(part, path)
        except FileExistsError:
            return path.read_text().strip()
        except OSError:  # a file system without hard links: create it in place
            with os.fdopen(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600), "w") as fh:
                fh.write(make)
    finally:
        os.unlink(part)
    return make


def _with_secrets(settings: Settings) -> Settings:
    var_dir = settings.var_dir
    if not settings.session_secret:
        settings.session_secret = _secret_file(var_dir, "session.secret", secrets.token_urlsafe(48))
    if not settings.hmac_pepper:
        settings.hmac_pepper = _secret_file(var_dir, "hmac.pepper", secrets.token_urlsafe(48))
    if not settings.encryption_keys:
        ring = {"k1": base64.b64encode(secrets.token_bytes(32)).decode()}
        settings.encryption_keys = _secret_file(var_dir, "encryption.keys", json.dumps(ring))
    return settings


_current: Settings | None = None


def settings() -> Settings:
    """The process-wide settings, read from the environment on first use."""
    global _current
    if _current is None:
        _current = _with_secrets(Settings())
    return _current


def configure(**overrides: Any) -> Settings:
    """Replace the process-wide settings (the CLI and the tests use this)."""
    global _current
    _current = _with_secrets(Settings(**overrides))
    return _current
