"""Pagination: ``?limit=&offset=`` in; ``{items, total, limit, offset, next_offset}`` out."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Annotated, Generic, TypeVar

from fastapi import Depends, Query
from pydantic import BaseModel

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


def paginate(items: Sequence[T], params: PageQuery) -> Page[T]:
    window = list(items[params.offset : params.offset + params.limit])
    end = params.offset + len(window)
    return Page[T](
        items=window,
        total=len(items),
        limit=params.limit,
        offset=params.offset,
        next_offset=end if end < len(items) else None,
    )


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
