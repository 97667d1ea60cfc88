"""Every country name and every header style: a saved one-country page imports as that
country with that tier.

For each header style the report and its copies have used since 2001 (see
tests/ingest/parsing/header_battery.py), a one-page copy is built for every name and alias
of the shipped country list and every name the report itself has printed, under a narrative
that names its neighbours and the destination countries and never states its tier (so only
the header tells it). The tiers are taken in turn over the names; a handful of names that
other names contain or resemble is tried with every tier. Each case must import: not
rejected, the page's country, the header's tier. Cases are grouped by style so the whole
battery runs in seconds.
"""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from tests.ingest.html_renderings import HTML_RENDERINGS
from tests.ingest.parsing.header_battery import (
    HTML_PAGES,
    REPORT_YEAR,
    STYLES,
    TIERS,
    UNLISTED_NAMES,
    Style,
    all_names,
    body_lines,
    html_layouts,
    name_over_tier_page,
    page_text,
)
from tests.ingest.perturbations import PERTURBATIONS, Perturbation
from tests.ingest.real_text import matcher
from tipwatch.ingest.parsing import (
    Document,
    document_from_html,
    document_from_text,
    parse_report,
)

NAMES = all_names()
ALL_TIERS = (*TIERS, "special_case")
# Names inside other names, or nearly other names: each is tried with every tier.
CLOSE_NAMES = (
    ("Niger", "NER"),
    ("Nigeria", "NGA"),
    ("Dominica", "DMA"),
    ("Dominican Republic", "DOM"),
    ("Sudan", "SDN"),
    ("South Sudan", "SSD"),
    ("Guinea", "GIN"),
    ("Guinea-Bissau", "GNB"),
    ("Equatorial Guinea", "GNQ"),
    ("Congo, Republic of the", "COG"),
    ("Congo, Democratic Republic of the", "COD"),
    ("Korea, North", "PRK"),
    ("Korea, South", "KOR"),
    ("St. Vincent and the Grenadines", "VCT"),
    ("Cote d\u2019Ivoire", "CIV"),
)


def _misread(document: Document, iso3: str | None, tier: str) -> str | None:
    """What went wrong importing the page, or None. ``iso3`` None: a name the country list
    lacks, which must import under no other country."""
    parsed = parse_report(document, REPORT_YEAR, matcher())
    if parsed.fatal or not parsed.countries:
        return "rejected: " + "; ".join(str(problem) for problem in parsed.problems)
    read = [(country.iso3, country.tier) for country in parsed.countries]
    if iso3 is None and any(code is not None for code, _ in read):
        return f"read as another country: {read}"
    own = [found for code, found in read if code == iso3]
    if not own:
        return f"no narrative for the country: {read}"
    return None if own[0] == tier else f"tier {own[0]}"


def _tiers(style: Style) -> tuple[str, ...]:
    return ("special_case",) if style.special_only else ALL_TIERS


def _failures(cases: Sequence[tuple[str, str | None, str, Document]]) -> list[str]:
    out = []
    for name, iso3, tier, document in cases:
        problem = _misread(document, iso3, tier)
        if problem is not None:
            out.append(f"{name!r} {tier}: {problem}")
    return out


def _assert_all_read(cases: Sequence[tuple[str, str | None, str, Document]]) -> None:
    failures = _failures(cases)
    assert not failures, f"{len(failures)} of {len(cases)} misread:\n" + "\n".join(failures)


@pytest.mark.parametrize("style", STYLES, ids=[style.name for style in STYLES])
def test_every_name_imports_in_every_header_style(style: Style) -> None:
    tiers = _tiers(style)
    cases = [
        (name, iso3, tier, document_from_text(page_text(style, name, iso3, tier)))
        for index, (name, iso3) in enumerate(NAMES)
        for tier in [tiers[index % len(tiers)]]
    ]
    _assert_all_read(cases)


@pytest.mark.parametrize("style", STYLES, ids=[style.name for style in STYLES])
def test_close_names_import_with_every_tier(style: Style) -> None:
    cases = [
        (name, iso3, tier, document_from_text(page_text(style, name, iso3, tier)))
        for name, iso3 in CLOSE_NAMES
        for tier in _tiers(style)
    ]
    _assert_all_read(cases)


UNLISTED_STYLES = [style for style in STYLES if style.unlisted_names]


@pytest.mark.parametrize("style", UNLISTED_STYLES, ids=[style.name for style in UNLISTED_STYLES])
def test_a_name_the_list_lacks_is_no_other_country(style: Style) -> None:
    cases = [
        (name, None, tier, document_from_text(page_text(style, name, "", tier)))
        for name in UNLISTED_NAMES
        for tier in _tiers(style)
    ]
    _assert_all_read(cases)


@pytest.mark.parametrize("page", sorted(HTML_PAGES))
def test_every_name_imports_from_saved_web_pages(page: str) -> None:
    render = HTML_PAGES[page]
    style = STYLES[0]
    cases = [
        (name, iso3, tier, document_from_html(render(page_text(style, name, iso3, tier))))
        for index, (name, iso3) in enumerate(NAMES)
        for tier in [TIERS[index % len(TIERS)]]
    ]
    _assert_all_read(cases)


def test_every_name_imports_from_a_state_gov_page_headed_by_the_name_alone() -> None:
    cases = [
        (name, iso3, tier, document_from_html(name_over_tier_page(name, iso3, tier)))
        for index, (name, iso3) in enumerate(NAMES)
        for tier in [ALL_TIERS[index % len(ALL_TIERS)]]
    ]
    _assert_all_read(cases)


# The forms whole copies give a page (tests/ingest/perturbations.py, html_renderings.py): every
# name under those that re-wrap or flatten its lines, which run the header into the narrative,
# in the header styles they change; every form for the close names.
_REWRAPS = ("pdf_column_wrap", "text_dump_wrap", "one_line_paragraphs", "flattened_page")
_REWRAPPED_STYLES = ("caps_colon", "title_brackets", "title_hyphen", "name_over_tier")
# The forms restyle or move a header of the report's own styles.
_FORMED_STYLES = ("caps_colon", "caps_brackets_upper", "title_brackets", "title_colon")
_FORMS = {form.name: form for form in (*PERTURBATIONS, *HTML_RENDERINGS)}


def _copy(form: Perturbation, text: str) -> Document:
    changed = form.change(text)
    return document_from_html(changed) if form.html else document_from_text(changed)


@pytest.mark.parametrize("form", _REWRAPS)
@pytest.mark.parametrize("style_name", _REWRAPPED_STYLES)
def test_every_name_imports_from_a_rewrapped_copy(style_name: str, form: str) -> None:
    style = next(style for style in STYLES if style.name == style_name)
    cases = [
        (name, iso3, tier, _copy(_FORMS[form], page_text(style, name, iso3, tier)))
        for index, (name, iso3) in enumerate(NAMES)
        # A Special Case's page opens with no finding: flattened, it has nothing to end its
        # header's name (see what is left in the report).
        for tier in [TIERS[index % len(TIERS)]]
    ]
    _assert_all_read(cases)


@pytest.mark.parametrize("form", sorted(_FORMS))
def test_close_names_import_from_every_copy_form(form: str) -> None:
    cases = [
        (name, iso3, tier, _copy(_FORMS[form], page_text(style, name, iso3, tier)))
        for style in STYLES
        if style.name in _FORMED_STYLES
        for index, (name, iso3) in enumerate(CLOSE_NAMES)
        for tier in [TIERS[index % len(TIERS)]]
    ]
    _assert_all_read(cases)


@pytest.mark.parametrize("style_name", [*_FORMED_STYLES, "title_hyphen"])
def test_close_names_import_from_older_sites_markup(style_name: str) -> None:
    style = next(style for style in STYLES if style.name == style_name)
    cases = [
        (f"{name} ({layout})", iso3, tier, document_from_html(markup))
        for index, (name, iso3) in enumerate(CLOSE_NAMES)
        for tier in [ALL_TIERS[index % len(ALL_TIERS)]]
        for layout, markup in html_layouts(
            style.lines(name, tier)[0], body_lines(name, iso3, tier)
        ).items()
    ]
    _assert_all_read(cases)


def test_the_battery_covers_the_whole_country_list() -> None:
    """Every country of the shipped list is in the battery under its own name."""
    codes = {iso3 for _, iso3 in NAMES}
    assert len(codes) == len(matcher())
    assert all(matcher().match(name) == iso3 for name, iso3 in NAMES)
