"""Password hashing with the production parameters (the rest of the suite uses cheap ones)."""

from __future__ import annotations

from argon2 import PasswordHasher, Type, extract_parameters

from vaern import security


def test_production_parameters_are_argon2id_with_64_mib() -> None:
    params = security.HASHER_PARAMETERS
    assert params.type is Type.ID
    assert params.memory_cost >= 64 * 1024 and params.time_cost >= 3


def test_hashes_made_with_production_parameters_still_verify() -> None:
    # verify reads the parameters from the hash, whatever hasher is current.
    hashed = PasswordHasher.from_parameters(security.HASHER_PARAMETERS).hash("s3cret-words")
    assert extract_parameters(hashed) == security.HASHER_PARAMETERS
    assert security.verify_password(hashed, "s3cret-words")
    assert not security.verify_password(hashed, "wrong")
    assert not security.verify_password(None, "s3cret-words")
