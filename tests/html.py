"""Typed helpers for finding things in HTML parsed by BeautifulSoup.

`Tag.find()` and `Tag.select_one()` return `Tag | None`; these assert that the element is
there (failing the test with a clear message if not) and return it as a `Tag`.
"""

from __future__ import annotations

from typing import Any

from bs4 import Tag


def one(parent: Tag, *args: Any, **kwargs: Any) -> Tag:
    """`parent.find(*args, **kwargs)`, asserting that it finds an element."""
    found = parent.find(*args, **kwargs)
    assert isinstance(found, Tag), f"no element matches find({args}, {kwargs})"
    return found


def css(parent: Tag, selector: str) -> Tag:
    """`parent.select_one(selector)`, asserting that it finds an element."""
    found = parent.select_one(selector)
    assert found is not None, f"no element matches {selector!r}"
    return found


def attr(tag: Tag, name: str) -> str:
    """The value of the single-valued attribute `name`, asserting that `tag` has it."""
    value = tag.get(name)
    assert isinstance(value, str), f"<{tag.name}> has no single-valued {name!r} attribute"
    return value
