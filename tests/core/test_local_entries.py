"""The response copies each worker keeps are bounded by what they really take in memory."""

from __future__ import annotations

import gc
import pickle
import tracemalloc

from tipwatch.tip.response_cache import Answer, Entry, LocalEntries, answer_bytes, entry_bytes

HEADERS = {
    "Content-Type": "text/html; charset=utf-8",
    "Content-Language": "en",
    "Vary": "Accept-Language, Cookie",
    "X-Frame-Options": "DENY",
    "ETag": '"0123456789abcdef0123"',
    "Last-Modified": "Sat, 05 Dec 2026 10:00:00 GMT",
    "Cache-Control": "public, max-age=0, s-maxage=5, must-revalidate",
    "Content-Length": "51200",
    "Referrer-Policy": "same-origin",
    "Cross-Origin-Opener-Policy": "same-origin",
    "X-Content-Type-Options": "nosniff",
}


def stored(n: int, body_bytes: int) -> bytes:
    """An entry as the shared cache hands it over: pickled, to be loaded in this process."""
    entry: Entry = (
        f"{n:016x}.content=7",
        ("content",),
        True,
        200,
        {**HEADERS, "ETag": f'"{n:020x}"'},
        bytes([n % 251]) * body_bytes,
    )
    return pickle.dumps(entry)


def key(n: int) -> str:
    return f"tipwatch:response:{n:032x}"


def traced(build):
    """What `build()` leaves allocated, by tracemalloc."""
    gc.collect()
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        kept = build()
        gc.collect()
        return kept, tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()


def test_an_entry_is_counted_at_what_it_takes() -> None:
    for body_bytes in (200, 5_000, 60_000):
        data = stored(1, body_bytes)
        entry, taken = traced(lambda data=data: pickle.loads(data))
        counted = entry_bytes(key(1), entry)
        # The count also holds the key and the table's slot, which loading does not make; what
        # tracemalloc sees loading take varies by a few dozen bytes with the allocator's state
        # (a run of the whole suite saw 77 more than the count), against the thousands a count
        # of the bodies alone would miss.
        assert taken - 256 <= counted <= taken + 600, (body_bytes, taken, counted)


def test_the_copies_never_take_more_than_the_limit() -> None:
    limit = 1_000_000
    data = [stored(n, 40_000 + 997 * n) for n in range(60)]

    def fill() -> LocalEntries:
        copies = LocalEntries(limit)
        for n, raw in enumerate(data):
            copies.put(key(n), pickle.loads(raw))
            assert copies.size <= limit
        return copies

    copies, taken = traced(fill)
    assert copies.size == sum(size for _, size, _ in copies.entries.values())
    assert limit - 100_000 < copies.size <= limit
    # What the process really holds for them, the table included.
    assert taken <= limit * 1.02, taken
    # The most recent stay; the oldest went first.
    assert copies.get(key(59)) is not None
    assert copies.get(key(0)) is None


def test_the_least_recently_served_goes_first() -> None:
    one = pickle.loads(stored(1, 1000))
    size = entry_bytes(key(1), one)
    copies = LocalEntries(size * 3)
    for n in (1, 2, 3):
        copies.put(key(n), pickle.loads(stored(n, 1000)))
    assert copies.get(key(1)) is not None  # served: now the most recent
    copies.put(key(4), pickle.loads(stored(4, 1000)))
    assert copies.get(key(2)) is None
    assert all(copies.get(key(n)) is not None for n in (1, 3, 4))


def test_an_entry_larger_than_the_limit_is_not_kept_and_a_replaced_one_is_uncounted() -> None:
    copies = LocalEntries(20_000)
    copies.put(key(1), pickle.loads(stored(1, 30_000)))
    assert copies.get(key(1)) is None
    assert copies.size == 0
    copies.put(key(2), pickle.loads(stored(2, 5_000)))
    copies.put(key(2), pickle.loads(stored(2, 8_000)))
    assert copies.size == entry_bytes(key(2), copies.entries[key(2)][0])
    copies.put(key(2), pickle.loads(stored(2, 30_000)))
    assert copies.get(key(2)) is None
    assert copies.size == 0


def answer_for(n: int, entry: Entry) -> Answer:
    return Answer(key(n), entry, "200 OK", list(HEADERS.items()))


def test_an_answer_is_counted_and_goes_with_its_entry() -> None:
    copies = LocalEntries(1_000_000)
    for n in (1, 2):
        copies.put(key(n), pickle.loads(stored(n, 5_000)))
    first = answer_for(1, copies.entries[key(1)][0])
    copies.keep_answer("raw 1", first)
    copies.keep_answer("raw 1, https", answer_for(1, first.entry))
    copies.keep_answer("raw 2", answer_for(2, copies.entries[key(2)][0]))

    assert copies.answer("raw 1") is first
    assert copies.size == entry_bytes(key(1), first.entry) + entry_bytes(
        key(2), copies.entries[key(2)][0]
    ) + answer_bytes("raw 1", first) + answer_bytes("raw 1, https", first) + answer_bytes(
        "raw 2", copies.answers["raw 2"]
    )
    # A new entry under the same key (new versions) drops the answers made with the old one.
    copies.put(key(1), pickle.loads(stored(1, 6_000)))
    assert copies.answer("raw 1") is None
    assert copies.answer("raw 1, https") is None
    assert copies.size == sum(size for _, size, _ in copies.entries.values())
    # An answer made with an entry no longer kept is not kept either.
    copies.keep_answer("raw 1", first)
    assert copies.answer("raw 1") is None
    copies.clear()
    assert (copies.size, copies.answer("raw 2")) == (0, None)
