"""The build's first steps: the country names, then the placements of each research dataset.

Kelley/Heiss and Kelley-Simmons for 2001-2014, tiers_2015.csv, tiers_2017.csv with the 2017
special cases, the 2016-2025 transcription, and the supplement and gvnet lists for whatever
country-years nothing else covers. Any disagreement between them that is not known and explained
stops the build.
"""

from __future__ import annotations

from collections import defaultdict

from tipwatch.tip.services.report_wording import OFFICIAL, SECONDARY, VERBATIM_COPY

from .build import Build
from .conflict_resolutions import DISAGREEMENT_RESOLUTIONS, KOR_2010_RESOLUTION, KS_RESOLUTIONS
from .countries import COUNTRIES
from .errors import fail
from .name_matching import fix_code
from .narrative_quotes import HEADER_RE, extract_quote, strip_disagreement
from .placements import Placement, rank
from .raw_rows import TIER_CODE_TEXT, norm_key, read_csv, tier_from_label, tier_from_number
from .report_facts import FIRST_YEAR, LAST_YEAR, PD_2003, PD_2003_NOTE
from .source_kinds import host_of, publisher, source_kind_for
from .sources import SPECIAL_CASES_2017, SRC_2015, SRC_2017, SRC_CRS, SRC_KH, SRC_KS, Source


def load_names(build: Build) -> None:
    """Our names and aliases of every country, then every spelling of the sources with a code."""
    for iso3, (name, _es, _type, aliases) in COUNTRIES.items():
        build.names.add(name, iso3, seen=False)
        for alias in aliases:
            build.names.add(alias, iso3, seen=False)
    # Sources that carry a code: their spellings are aliases by definition.
    coded = [
        ("derived/tip_tiers_panel_2001_2017_derived.csv", "country", "iso3c"),
        ("derived/tip_tiers_2016_2025_transcribed.csv", "country", "iso3c"),
        ("derived/tip_supplement_narratives_transcribed.csv", "country", "iso3c"),
        ("derived/state_bureau_approx_by_country.csv", "country", "iso3c"),
        ("andrewheiss__scorecard-diplomacy/map_tiers.csv", "countryname", "iso"),
        (
            "andrewheiss__From-the-Trenches-Anti-TIP-NGOs-and-US/tip_tiers_orig.csv",
            "countryname",
            "iso",
        ),
    ]
    for rel, name_col, code_col in coded:
        for r in read_csv(build.path(rel)):
            iso3 = fix_code(r[code_col], rel)
            build.names.add(r[name_col], iso3, seen=True)


def load_2001_2014(build: Build) -> None:
    rel = "andrewheiss__scorecard-diplomacy/criminalization-cho-tiers_jk_2015-08-10.csv"
    kh: dict[tuple[str, int], str | None] = {}
    for r in read_csv(build.path(rel)):
        year = int(r["year"])
        if not FIRST_YEAR <= year <= 2014:
            continue
        iso3 = build.names.resolve(r["name"], rel)
        tier = tier_from_number(r["tierupdated"])
        if (iso3, year) in kh and kh[(iso3, year)] != tier:
            fail(f"{rel}: two different tiers for {iso3} {year}")
        kh[(iso3, year)] = tier

    rel_ks = "andrewheiss__scorecard-diplomacy/kelley_simmons_ajps_2014_replication.csv"
    ks: dict[tuple[str, int], str | None] = {}
    for r in read_csv(build.path(rel_ks)):
        year = int(float(r["year"]))
        iso3 = build.names.resolve(r["name"], rel_ks)
        if not FIRST_YEAR <= year <= 2011:
            continue
        ks[(iso3, year)] = tier_from_number(r["tier"])

    # The Kelley-Simmons file re-codes a handful of country-years the Kelley/Heiss file
    # leaves as "not rated" (PROVENANCE.md): we take those, and keep Kelley/Heiss wherever
    # both give a tier. Any other disagreement stops the build.
    expected_fill = {("KOR", y) for y in range(2001, 2010)} | {
        ("CUB", 2003),
        ("SOM", 2004),
        ("TKM", 2006),
        ("TKM", 2007),
        ("TKM", 2008),
    }
    expected_both = {("KOR", 2010)}
    filled, both = set(), set()
    for key in sorted(set(kh) | set(ks)):
        iso3, year = key
        t_kh = kh.get(key)
        if t_kh is not None:
            note = ""
            if year == 2003 and iso3 in PD_2003:
                note = PD_2003_NOTE
            build.put(
                Placement(
                    iso3,
                    year,
                    t_kh,
                    SRC_KH,
                    note=note or f"tierupdated={TIER_CODE_TEXT[t_kh]}",
                )
            )
        if key not in ks:
            continue
        t_ks = ks[key]
        if t_ks == t_kh:
            continue
        if t_kh is None:
            filled.add(key)
        else:
            both.add(key)
    if filled != expected_fill or both != expected_both:
        fail(
            "Kelley/Heiss vs Kelley-Simmons disagreements changed: "
            f"fills {sorted(filled ^ expected_fill)}, both {sorted(both ^ expected_both)}"
        )
    for key in sorted(filled):
        iso3, year = key
        t_ks = ks[key]
        assert t_ks is not None
        p = Placement(
            iso3,
            year,
            t_ks,
            SRC_KS,
            note=(
                f"Kelley-Simmons tier={TIER_CODE_TEXT[t_ks]}; the Kelley/Heiss file has "
                "555 (not rated) here; see source_conflicts.csv"
            ),
        )
        build.put(p)
        build.conflict(iso3, year, p, None, SRC_KH, KS_RESOLUTIONS[iso3])
    for key in sorted(both):
        iso3, year = key
        kept = build.placements[key]
        build.conflict(iso3, year, kept, ks[key], SRC_KS, KOR_2010_RESOLUTION)
        kept.note = (
            "Kelley-Simmons has Tier 2 here; the 2010 narrative header reads "
            "'KOREA, REPUBLIC OF (Tier 1)'; see source_conflicts.csv"
        )


def load_2015(build: Build) -> None:
    rel = "andrewheiss__scorecard-diplomacy/tiers_2015.csv"
    for r in read_csv(build.path(rel)):
        iso3 = build.names.resolve(r["countryname"], rel)
        tier = tier_from_number(r["tier"])
        if tier is None:
            fail(f"{rel}: unrated row {r}")
        build.put(Placement(iso3, 2015, tier, SRC_2015, note=f"tier={r['tier'].strip()}"))


def load_2017(build: Build) -> None:
    rel = "andrewheiss__tip_tiers_2017/tiers_2017.csv"
    for r in read_csv(build.path(rel)):
        iso3 = build.names.resolve(r["country"], rel)
        raw = r["tier"].strip()
        build.put(Placement(iso3, 2017, tier_from_label(raw), SRC_2017, note=f"tier={raw}"))
    for iso3 in SPECIAL_CASES_2017:
        build.put(
            Placement(
                iso3,
                2017,
                "special_case",
                SRC_CRS,
                note=(
                    "special case in the 2017 report per CRS R44953; tiers_2017.csv leaves "
                    "the special cases out"
                ),
            )
        )


def load_2016_2025(build: Build) -> None:
    rel = "derived/tip_tiers_2016_2025_transcribed.csv"
    groups: dict[tuple[str, int], list[dict[str, str]]] = defaultdict(list)
    for r in read_csv(build.path(rel)):
        iso3 = fix_code(r["iso3c"], rel)
        groups[(iso3, int(r["report_year"]))].append(r)

    def candidate(r: dict[str, str], iso3: str, year: int) -> tuple[tuple, Placement]:
        raw_kind = r["source_kind"]
        name = "Wikipedia" if raw_kind == "wikipedia" else publisher(r["source_url"])
        inferred = r["note"].startswith("INFERRED")
        if inferred and raw_kind != "secondary_list":
            fail(f"{rel}: inferred row with kind {raw_kind}")
        kind = source_kind_for(raw_kind, r["source_url"], inferred)
        tier = r["tier"].strip()
        # Only a narrative read on an official or vetted site gives the report's own words.
        quote = (
            extract_quote(r["note"], year, tier)
            if raw_kind == "narrative_header" and kind in (OFFICIAL, VERBATIM_COPY)
            else ""
        )
        if quote:
            header_name = HEADER_RE.match(quote.split(" ... ")[0])
            assert header_name is not None
            named = build.names.index.get(norm_key(header_name.group("name")))
            if named != iso3:
                fail(f"{rel}: quoted header {quote!r} names {named}, row is {iso3}")
        low = r["note"].lower()
        indirect = "implied" in low or "lower confidence" in low
        p = Placement(
            iso3,
            year,
            tier,
            Source(kind, name, r["source_url"].strip()),
            quote=quote,
            note=strip_disagreement(r["note"].strip()),
            inferred=inferred,
        )
        return (*rank(p), 1 if indirect else 0, r["source_url"], r["note"]), p

    expected_disagreements = {("MYS", 2019): "2WL", ("COG", 2023): "2WL"}
    found = {}
    for (iso3, year), rows in sorted(groups.items()):
        if year == 2017 or not 2016 <= year <= LAST_YEAR:
            fail(f"{rel}: unexpected report year {year}")
        ranked = sorted((candidate(r, iso3, year) for r in rows), key=lambda c: c[0])
        best = ranked[0][1]
        build.put(best)
        tiers = {p.tier for _, p in ranked}
        if len(tiers) > 1:
            found[(iso3, year)] = best.tier
            seen_other = set()
            for _, p in ranked[1:]:
                if p.tier == best.tier:
                    continue
                dedupe = (p.tier, host_of(p.source.url))
                if dedupe in seen_other:
                    continue
                seen_other.add(dedupe)
                build.conflict(
                    iso3,
                    year,
                    best,
                    p.tier,
                    p.source.label(),
                    DISAGREEMENT_RESOLUTIONS[(iso3, year)],
                )
    if found != expected_disagreements:
        fail(f"{rel}: disagreements changed: {found} != {expected_disagreements}")


def load_extras(build: Build) -> None:
    """The supplement and gvnet files: add only country-years nothing else covers."""
    rel = "derived/tip_supplement_narratives_transcribed.csv"
    added = agreed = 0
    for r in read_csv(build.path(rel)):
        iso3 = fix_code(r["iso3c"], rel)
        year = int(r["report_year"])
        tier = tier_from_label(r["tier"])
        added_now, agreed_now = _extra(
            build,
            iso3,
            year,
            tier,
            Source(
                source_kind_for("narrative_header", r["source_url"], False),
                publisher(r["source_url"]),
                r["source_url"].strip(),
            ),
            f"from tip_supplement_narratives_transcribed.csv: {r['evidence'].strip()}",
        )
        added += added_now
        agreed += agreed_now
    build.info.append(f"supplement narratives: {added} added, {agreed} already covered")

    rel = "derived/tip_2020_2023_tier1_tier2_lists_gvnet_transcribed.csv"
    added = agreed = 0
    for r in read_csv(build.path(rel)):
        iso3 = build.names.resolve(r["country_as_listed"], rel)
        year = int(r["report_year"])
        tier = tier_from_label(r["tier"])
        added_now, agreed_now = _extra(
            build,
            iso3,
            year,
            tier,
            Source(SECONDARY, "gvnet.com", r["source_url"].strip()),
            f"gvnet.com list: '{r['country_as_listed'].strip()}' under {r['tier'].strip()}",
        )
        added += added_now
        agreed += agreed_now
    build.info.append(f"gvnet 2020/2023 lists: {added} added, {agreed} already covered")


def _extra(
    build: Build, iso3: str, year: int, tier: str, source: Source, note: str
) -> tuple[int, int]:
    kept = build.placements.get((iso3, year))
    if kept is None:
        build.put(Placement(iso3, year, tier, source, note=note))
        return 1, 0
    if kept.tier != tier:
        already = any(
            c.iso3 == iso3
            and c.year == year
            and c.other_tier == tier
            and host_of(source.url) in c.other_source
            for c in build.conflicts
        )
        if not already:
            key = (iso3, year)
            if key not in DISAGREEMENT_RESOLUTIONS:
                fail(f"unexpected disagreement {key}: kept {kept.tier}, {source.name} {tier}")
            build.conflict(iso3, year, kept, tier, source.label(), DISAGREEMENT_RESOLUTIONS[key])
    return 0, 1
