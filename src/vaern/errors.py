"""Domain errors raised by services; the web layer maps them to HTTP in one place."""

from __future__ import annotations

from typing import Any


class DomainError(Exception):
    """Base class. ``code`` is a stable machine-readable identifier."""

    code = "error"
    status = 400

    def __init__(self, detail: str = "", **extra: Any) -> None:
        super().__init__(detail or self.__class__.__doc__ or self.code)
        self.detail = detail or (self.__class__.__doc__ or self.code).strip()
        self.extra: dict[str, Any] = extra


class NotFound(DomainError):
    """The object does not exist."""

    code = "not-found"
    status = 404


class Conflict(DomainError):
    """The request conflicts with the current state."""

    code = "conflict"
    status = 409


class Forbidden(DomainError):
    """You are not allowed to do this."""

    code = "forbidden"
    status = 403


class Unauthorized(DomainError):
    """Authentication is required."""

    code = "unauthorized"
    status = 401


class Invalid(DomainError):
    """The input is not valid."""

    code = "invalid"
    status = 422


class TooManyRequests(DomainError):
    """Too many requests; try again later."""

    code = "rate-limited"
    status = 429


class TookTooLong(Invalid):
    """Reading the input took longer than it may (a picture's OCR or QR decoding)."""
