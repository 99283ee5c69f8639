"""Which of the rules' patterns can match a text at all, from one literal scan per text.

Most of the ~75 patterns a check asks about match nowhere in a given message, and each
``re.search`` over it costs a few microseconds. Every match of a pattern contains one of a
few literal strings (``required``: read from Python's own parse of the pattern, so no other
regex dialect is involved); one Hyperscan pass over the text finds which patterns' literals
occur, and a pattern none of whose literals occurs cannot match and is not searched. A
pattern without such literals (``\\w+``, a case-insensitive one) is always searched.
"""

from __future__ import annotations

import re
import re._constants as sre
import re._parser as sre_parse
from collections.abc import Iterable
from functools import cache
from itertools import product
from typing import Any

from vaern.text.literals import Literals

# Bounds the alternatives spelled out for a stretch of pattern ("(din|dine) (kode|koder)"
# gives four); beyond it the stretch stops there and another one starts.
_MAX_STRINGS = 64
_MAX_CLASS = 8  # a character class of more characters ([a-zæøå]) is no literal

Strings = frozenset[str]
# What a piece of pattern matches: every string it can match (when few), and literals one
# of which every match contains (None: nothing known).
Shape = tuple[Strings | None, Strings | None]
_UNKNOWN: Shape = (None, None)
_EMPTY: Shape = (frozenset({""}), None)


class _Unsupported(Exception):
    """A construct the analysis does not read: the pattern is always searched."""


def required(pattern: re.Pattern[str]) -> Strings | None:
    """Literals one of which every match of ``pattern`` contains, or None when the pattern
    may match without any (or cannot be read: case-insensitive, unknown constructs)."""
    if not isinstance(pattern.pattern, str) or pattern.flags & re.IGNORECASE:
        return None
    try:
        literals = _sequence(sre_parse.parse(pattern.pattern, pattern.flags))[1]
    except _Unsupported:
        return None
    # A literal that contains another adds nothing: "kr" occurs wherever "kr." does.
    return literals and frozenset(
        w for w in literals if not any(v != w and v in w for v in literals)
    )


def _useful(strings: Strings | None) -> bool:
    return strings is not None and "" not in strings


def _best(candidates: list[Strings]) -> Strings | None:
    """The most selective candidate: longest shortest literal, then fewest literals."""
    useful = [c for c in candidates if _useful(c)]
    if not useful:
        return None
    return max(useful, key=lambda c: (min(map(len, c)), -len(c)))


def _sequence(items: Iterable[Any]) -> Shape:
    candidates: list[Strings] = []
    run: Strings = frozenset({""})  # what the exact stretch so far can match
    exact = True
    for item in items:
        strings, needed = _node(*item)
        if strings is not None and len(run) * len(strings) <= _MAX_STRINGS:
            run = frozenset(a + b for a, b in product(run, strings))
            continue
        exact = False
        candidates.append(run)
        if strings is not None:
            run = strings
        else:
            run = frozenset({""})
            if needed is not None:
                candidates.append(needed)
    if exact:
        return run, run if _useful(run) else None
    candidates.append(run)
    return None, _best(candidates)


def _node(op: Any, av: Any) -> Shape:
    if op is sre.LITERAL:
        return frozenset({chr(av)}), frozenset({chr(av)})
    if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
        return _EMPTY  # consumes nothing
    if op is sre.IN:
        return _class(av)
    if op is sre.SUBPATTERN:
        _group, add_flags, _del_flags, sub = av
        if add_flags & re.IGNORECASE:
            raise _Unsupported
        return _sequence(sub)
    if op is sre.ATOMIC_GROUP:
        return _sequence(av)
    if op is sre.BRANCH:
        return _branch(av[1])
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        return _repeat(*av)
    if op in (sre.ANY, sre.NOT_LITERAL, sre.CATEGORY, sre.GROUPREF, sre.GROUPREF_EXISTS):
        return _UNKNOWN
    raise _Unsupported


def _class(items: list[tuple[Any, Any]]) -> Shape:
    chars: set[str] = set()
    for op, av in items:
        if op is sre.LITERAL:
            chars.add(chr(av))
        elif op is sre.RANGE and av[1] - av[0] < _MAX_CLASS:
            chars.update(map(chr, range(av[0], av[1] + 1)))
        else:
            return _UNKNOWN  # negated, a category (\w, \d) or a wide range
    if len(chars) > _MAX_CLASS:
        return _UNKNOWN
    return frozenset(chars), frozenset(chars)


def _branch(alternatives: list[Any]) -> Shape:
    shapes = [_sequence(a) for a in alternatives]
    strings: Strings | None = None
    if all(s is not None for s, _ in shapes):
        union = frozenset().union(*(s for s, _ in shapes if s is not None))
        strings = union if len(union) <= _MAX_STRINGS else None
    needed = [s if _useful(s) else n for s, n in shapes]
    if any(n is None for n in needed):
        return strings, None
    return strings, frozenset().union(*(n for n in needed if n is not None))


def _repeat(low: int, high: int, sub: Any) -> Shape:
    strings, needed = _sequence(sub)
    if low == 0:
        if high == 1 and strings is not None:
            return strings | {""}, None
        return _UNKNOWN
    if _useful(strings):
        needed = strings  # at least one whole repetition
    if strings is not None and low == high and len(strings) ** low <= _MAX_STRINGS:
        spelled = frozenset("".join(p) for p in product(strings, repeat=low))
        return spelled, spelled if _useful(spelled) else needed
    return None, needed


class Prefilter:
    """One Hyperscan literal set for the required literals of many patterns."""

    def __init__(self, patterns: Iterable[re.Pattern[str]]) -> None:
        self.index: dict[int, int] = {}  # id(pattern) -> its number
        self._patterns: list[re.Pattern[str]] = []  # keeps the ids above valid
        words: list[str] = []
        self._owner: list[int] = []  # the pattern number of each literal
        for pattern in dict.fromkeys(patterns):
            literals = required(pattern)
            if literals is None:
                continue
            number = len(self._patterns)
            self._patterns.append(pattern)
            self.index[id(pattern)] = number
            for literal in sorted(literals):
                words.append(literal)
                self._owner.append(number)
        self._literals = Literals(words, encoding="utf-8", first_only=True)

    def possible(self, text: str) -> set[int]:
        """Numbers of the patterns that may match ``text`` (a literal of theirs occurs)."""
        literals = self._literals
        return {self._owner[word] for _, word in literals.find(literals.encode(text))}


def module_patterns(modules: Iterable[object]) -> list[re.Pattern[str]]:
    """The compiled patterns a module keeps at its top level (also inside a dict, list,
    tuple or set there), in a stable order."""
    found: list[re.Pattern[str]] = []
    for module in modules:
        for value in vars(module).values():
            values = list(value.values()) if isinstance(value, dict) else value
            if isinstance(values, (list, tuple, frozenset, set)):
                found += [v for v in values if isinstance(v, re.Pattern)]
            elif isinstance(value, re.Pattern):
                found.append(value)
    return [p for p in found if isinstance(p.pattern, str)]


_COVERED: list[object] = []  # the rule modules (service.py names them)


def cover(*modules: object) -> None:
    """Let the prefilter cover the patterns these modules keep at their top level."""
    _COVERED.extend(modules)
    rules.cache_clear()


@cache
def rules() -> Prefilter:
    """The prefilter for every pattern the covered rule modules keep at module level."""
    return Prefilter(module_patterns(_COVERED))
