"""Secrets are generated once into var/ with mode 0600, or taken from the environment."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest

from vaern.config import Settings, _secret_file, configure


def test_secrets_generated_once_with_0600(tmp_path: Path) -> None:
    first = configure(var_dir=tmp_path)
    for name in ("session.secret", "hmac.pepper", "encryption.keys"):
        mode = stat.S_IMODE((tmp_path / name).stat().st_mode)
        assert mode == 0o600, name
    assert len(json.loads(first.encryption_keys)["k1"]) == 44  # 32 bytes, base64
    second = configure(var_dir=tmp_path)
    assert (second.session_secret, second.hmac_pepper) == (first.session_secret, first.hmac_pepper)


def test_environment_wins_and_nothing_is_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("VAERN_SESSION_SECRET", "from-env")
    monkeypatch.setenv("VAERN_HMAC_PEPPER", "pepper-env")
    monkeypatch.setenv("VAERN_ENCRYPTION_KEYS", '{"k9": "x"}')
    cfg = configure(var_dir=tmp_path)
    assert cfg.session_secret == "from-env" and cfg.hmac_pepper == "pepper-env"
    assert list(tmp_path.iterdir()) == []


def test_default_database_is_sqlite_under_var(tmp_path: Path) -> None:
    url = Settings(var_dir=tmp_path, database_url="").resolved_database_url()
    assert url == f"sqlite:///{tmp_path.resolve() / 'vaern.db'}"


def test_a_secret_another_process_wrote_first_wins(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two processes starting together both see no file; the second to link its secret
    into place reads the first one's instead of failing (a fresh checkout's test workers)."""
    (tmp_path / "hmac.pepper").write_text("first\n")
    monkeypatch.setattr(Path, "exists", lambda self: False)
    assert _secret_file(tmp_path, "hmac.pepper", "second") == "first"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["hmac.pepper"]  # no leftovers
    monkeypatch.undo()
    assert _secret_file(tmp_path / "new", "hmac.pepper", "made") == "made"
    assert stat.S_IMODE((tmp_path / "new" / "hmac.pepper").stat().st_mode) == 0o600
