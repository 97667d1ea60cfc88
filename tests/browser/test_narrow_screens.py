"""On a 360 px wide phone no public page scrolls sideways; wide tables scroll in their own box."""

from __future__ import annotations

import json
from typing import Any

import pytest
from django.core.management import call_command

from tipwatch.tip.services.dataset_loader import DatasetLoader

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

PHONE = {"width": 360, "height": 780}

# One page of every public page type.
PAGES = [
    "/",
    "/news/",
    "/news/peru-tip-report-2015/",
    "/join/",
    "/search/?query=peru",
    "/explorer/",
    "/map/?year=2015",
    "/countries/PER/",
    "/compare/?year=2015&group=latin-america",
    "/reports/2015/",
    "/downloads/",
    "/api/v1/docs",
    "/no-such-page/",
]

# What sticks out past the right edge of the viewport, unless a box that scrolls holds it.
OVERFLOWING = """
(width) => {
  const scrolls = (el) => {
    for (let box = el.parentElement; box; box = box.parentElement) {
      const style = getComputedStyle(box);
      if (["auto", "scroll", "hidden"].includes(style.overflowX) &&
          box.getBoundingClientRect().right <= width + 1) return true;
    }
    return false;
  };
  return [...document.body.querySelectorAll("*")]
    .filter((el) => el.getBoundingClientRect().right > width + 1 && !scrolls(el))
    .slice(0, 5)
    .map((el) => `${el.tagName.toLowerCase()}.${el.className} ` +
                 `${Math.round(el.getBoundingClientRect().right)}px`);
}
"""

UNBOXED_WIDE_TABLES = """
[...document.querySelectorAll("main table")]
  .filter((t) => t.getBoundingClientRect().width > t.parentElement.clientWidth + 1 &&
                 getComputedStyle(t.parentElement).overflowX !== "auto")
  .map((t) => t.parentElement.className || t.parentElement.tagName)
"""


def test_no_public_page_scrolls_sideways_at_360_px(
    live_server: Any, browser: Any, shoot: Any
) -> None:
    DatasetLoader().load()
    call_command("load_demo_site", verbosity=0)
    context = browser.new_context(viewport=PHONE)
    tab = context.new_page()
    problems = {}
    tables_seen = 0
    try:
        for path in PAGES:
            tab.goto(live_server.url + path)
            tab.wait_for_load_state("load")
            width = tab.evaluate("document.documentElement.scrollWidth")
            if width > PHONE["width"]:
                problems[path] = (width, tab.evaluate(OVERFLOWING, PHONE["width"]))
            tables_seen += tab.locator("main table").count()
            # A table wider than the screen sits in a box that scrolls sideways on its own.
            unboxed = tab.evaluate(UNBOXED_WIDE_TABLES)
            if unboxed:
                problems[path + " tables"] = unboxed
        tab.goto(live_server.url + "/countries/PER/")
        shoot(tab, "60-country-at-360px")
    finally:
        context.close()

    assert problems == {}, json.dumps(problems, indent=1)
    assert tables_seen > 5
