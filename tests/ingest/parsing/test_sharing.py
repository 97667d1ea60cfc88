from __future__ import annotations

import os
import signal
import threading
import time
from pathlib import Path

import pytest

from tests.ingest.parsing.corpus import COUNTRIES, REPORT_YEAR, SPECS
from tests.ingest.parsing.fixtures import render_text_report, report_blocks
from tipwatch.ingest.parsing import CountryMatcher, document_from_text, parse_report, sharing
from tipwatch.ingest.parsing.sharing import split_map

PARENT = os.getpid()


def _square_with_pid(number: int) -> tuple[int, int]:
    return number * number, os.getpid()


def test_the_later_part_is_done_in_a_child_and_the_order_is_kept() -> None:
    results = split_map(_square_with_pid, list(range(10)), share=True)
    assert [square for square, _ in results] == [n * n for n in range(10)]
    pids = [pid for _, pid in results]
    assert pids[:5] == [os.getpid()] * 5
    assert len(set(pids[5:])) == 1
    assert pids[5] != os.getpid()


def test_the_parts_are_cut_by_weight() -> None:
    # One heavy item first: it is this process's whole part.
    results = split_map(
        _square_with_pid, [1, 2, 3, 4], weight=lambda n: 100 if n == 1 else 1, share=True
    )
    assert [pid == os.getpid() for _, pid in results] == [True, False, False, False]


def _dies_in_the_child(number: int) -> int:
    if os.getpid() != PARENT:
        os.kill(os.getpid(), signal.SIGKILL)
    return number + 1


def test_a_child_that_dies_leaves_its_part_to_this_process() -> None:
    assert split_map(_dies_in_the_child, list(range(6)), share=True) == [1, 2, 3, 4, 5, 6]


def _fails_on_five(number: int) -> int:
    if number == 5:
        raise ValueError("five is not allowed")
    return number


def test_an_error_in_the_childs_part_is_raised_here() -> None:
    with pytest.raises(ValueError, match="five is not allowed"):
        split_map(_fails_on_five, list(range(8)), share=True)


def test_an_error_in_this_process_ends_the_child(tmp_path: Path) -> None:
    pid_file = tmp_path / "child.pid"

    def work(number: int) -> int:
        if os.getpid() != PARENT:
            pid_file.write_text(str(os.getpid()))
            time.sleep(60)
        elif number == 0:
            for _ in range(500):  # let the child start and say who it is
                if pid_file.exists() and pid_file.read_text():
                    break
                time.sleep(0.01)
            raise RuntimeError("this part failed")
        return number

    with pytest.raises(RuntimeError, match="this part failed"):
        split_map(work, [0, 1], share=True)
    child = int(pid_file.read_text())
    assert not Path(f"/proc/{child}").exists()  # killed and reaped: not even a zombie


def test_nothing_is_forked_while_another_thread_runs() -> None:
    stop = threading.Event()
    other = threading.Thread(target=stop.wait)
    other.start()
    try:
        assert not sharing.can_share()
        results = split_map(_square_with_pid, list(range(sharing.MIN_ITEMS)))
    finally:
        stop.set()
        other.join()
    assert {pid for _, pid in results} == {os.getpid()}


def test_short_lists_are_done_here() -> None:
    results = split_map(_square_with_pid, list(range(3)))
    assert {pid for _, pid in results} == {os.getpid()}


def test_a_report_parses_the_same_with_its_narratives_shared(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert len(SPECS) >= sharing.MIN_ITEMS
    text, _ = render_text_report(report_blocks(SPECS, front_matter=True))
    document = document_from_text(text)
    matcher = CountryMatcher(COUNTRIES)
    forks: list[int] = []
    real_fork = os.fork

    def counted_fork() -> int:
        forks.append(1)
        return real_fork()

    monkeypatch.setattr(os, "fork", counted_fork)
    monkeypatch.setattr(sharing, "can_share", lambda: False)
    alone = parse_report(document, REPORT_YEAR, matcher).to_json_dict()
    assert forks == []
    monkeypatch.setattr(sharing, "can_share", lambda: True)
    shared = parse_report(document, REPORT_YEAR, matcher).to_json_dict()
    assert forks == [1]
    assert shared == alone
    assert len(shared["countries"]) == len(SPECS)
