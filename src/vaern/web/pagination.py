"""Pagination: ``?limit=&offset=`` in; ``{items, total, limit, offset, next_offset}`` out."""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated, Any, Generic, TypeVar

import sqlalchemy as sa
from fastapi import Depends, Query
from pydantic import BaseModel
from sqlalchemy.orm import Session

from vaern.db import fetch_page

T = TypeVar("T")


class PageQuery(BaseModel):
    limit: int = 50
    offset: int = 0


def page_params(
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
    # Bounded: an offset past 64 bits made the database fail (500), not the request (422).
    offset: Annotated[int, Query(ge=0, le=1_000_000_000)] = 0,
) -> PageQuery:
    return PageQuery(limit=limit, offset=offset)


PageParams = Annotated[PageQuery, Depends(page_params)]


class Page(BaseModel, Generic[T]):
    items: list[T]
    total: int
    limit: int
    offset: int
    next_offset: int | None


def page_of(items: list[T], total: int, params: PageQuery) -> Page[T]:
    """For services that page in SQL: ``items`` is already the requested window."""
    end = params.offset + len(items)
    return Page[T](
        items=items,
        total=total,
        limit=params.limit,
        offset=params.offset,
        next_offset=end if end < total else None,
    )


def page_select(
    session: Session,
    stmt: sa.Select[*tuple[Any, ...]],
    params: PageQuery,
    read: Callable[[Any], T],
) -> Page[T]:
    """Page ``stmt`` in SQL (LIMIT/OFFSET and a COUNT) and turn each row into ``read(row)``."""
    rows, total = fetch_page(session, stmt, limit=params.limit, offset=params.offset)
    return page_of([read(r) for r in rows], total, params)
