"""Who published a web source and how far it is trusted, read from the site it is on."""

from __future__ import annotations

from urllib.parse import urlsplit

from tipwatch.tip.services.report_wording import (
    ANTI_TRAFFICKING_BODIES,
    INFERRED,
    OFFICIAL,
    SECONDARY,
    STATE_PREVIEW_HOST,
    STATE_PREVIEW_SERVER,
    VERBATIM_COPY,
)

from .errors import fail


def host_of(url: str) -> str:
    host = urlsplit(url).netloc.lower()
    return host.removeprefix("www.")


def publisher(url: str) -> str:
    """A readable publisher name for a web source, from its address."""
    host = host_of(url)
    if host == "github.com" and "/factbook/" in url:
        return "CIA World Factbook (factbook/factbook.json on GitHub)"
    if host == "state.gov" or host.endswith(".state.gov"):
        return "U.S. Department of State"
    if host == STATE_PREVIEW_HOST:
        return STATE_PREVIEW_SERVER
    if host.endswith("usembassy.gov"):
        return "U.S. Embassy"
    if host in ("refworld.org", "webarchive.archive.unhcr.org"):
        return "Refworld (UNHCR)"
    if host == "en.wikipedia.org":
        return "Wikipedia"
    if host == "everycrsreport.com":
        return "Congressional Research Service (via EveryCRSReport)"
    if host in ("regulations.justia.com", "regulations.vlex.com", "thefederalregister.org"):
        return f"Federal Register (via {host})"
    for body, domain in ANTI_TRAFFICKING_BODIES.items():
        if host == domain or host.endswith("." + domain):
            return body
    return host


# Hosts whose pages are the State Department's (or the US government's) own: its sites and
# archives, its preview server, US embassies, the American Institute in Taiwan and the Federal
# Register itself.
OFFICIAL_DOMAINS = (
    "state.gov",
    "usembassy.gov",
    STATE_PREVIEW_HOST,
    "ait.org.tw",
    "federalregister.gov",
)
# Faithful republications: Refworld (UNHCR), ecoi.net, the legal publishers that reprint the
# Federal Register, and the named government anti-trafficking bodies that republish their
# country's narrative whole. Other copies (gvnet's "extracted in part", news wires, blogs,
# document sharing sites) are not vetted, so rows read from them count as secondary.
VERBATIM_DOMAINS = (
    "refworld.org",
    "unhcr.org",
    "ecoi.net",
    "regulations.justia.com",
    "regulations.vlex.com",
    "thefederalregister.org",
    *ANTI_TRAFFICKING_BODIES.values(),
)


def on_domain(url: str, domains: tuple[str, ...]) -> bool:
    host = host_of(url)
    return any(host == d or host.endswith("." + d) for d in domains)


def source_kind_for(transcribed_kind: str, url: str, inferred: bool) -> str:
    """Map a kind of the transcription file onto ours (CODEBOOK.md, "Source kinds").

    `official_list` and `narrative_header` rows become `official` or `verbatim_copy` by the site
    they were read on, or `secondary` when that site is not a vetted copy.
    """
    if inferred:
        return INFERRED
    if transcribed_kind in ("secondary_list", "wikipedia"):
        return SECONDARY
    if transcribed_kind not in ("official_list", "narrative_header"):
        fail(f"unknown transcribed source_kind {transcribed_kind!r}")
    if on_domain(url, OFFICIAL_DOMAINS):
        return OFFICIAL
    if on_domain(url, VERBATIM_DOMAINS):
        return VERBATIM_COPY
    return SECONDARY
