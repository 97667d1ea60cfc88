"""What is known about each report beyond the sources' rows: its years, release date, address
and official count, the countries it assessed that no source places (coverage gaps), and the
2003 placements changed after publication.
"""

FIRST_YEAR, LAST_YEAR = 2001, 2025

# Release dates, each confirmed against a State Department page or a contemporary account of the
# release (see CODEBOOK.md); 2015 is also given in the shared PROVENANCE.md.
PUBLICATION_DATES = {
    2001: "2001-07-12",
    2002: "2002-06-05",
    2003: "2003-06-11",
    2004: "2004-06-14",
    2005: "2005-06-03",
    2006: "2006-06-05",
    2007: "2007-06-12",
    2008: "2008-06-04",
    2009: "2009-06-16",
    2010: "2010-06-14",
    2011: "2011-06-27",
    2012: "2012-06-19",
    2013: "2013-06-19",
    2014: "2014-06-20",
    2015: "2015-07-27",
    2016: "2016-06-30",
    2017: "2017-06-27",
    2018: "2018-06-28",
    2019: "2019-06-20",
    2020: "2020-06-25",
    2021: "2021-07-01",
    2022: "2022-07-19",
    2023: "2023-06-15",
    2024: "2024-06-24",
    2025: "2025-09-29",
}

# Official number of countries and territories assessed, only where the shared PROVENANCE.md
# gives it (2001: the report's 12/47/23 tier totals; 2015: 31/89/44/23 plus one special case).
COUNTRIES_ASSESSED = {
    2001: 82,
    2015: 188,
    2016: 188,
    2020: 188,
    2021: 188,
    2022: 188,
    2023: 188,
    2024: 188,
    2025: 188,
}

# Official tier totals (Tier 1, Tier 2, Watch List, Tier 3, special cases) where known.
OFFICIAL_TOTALS_2001 = (12, 47, 23)


def report_url(year: int) -> str:
    if year <= 2008:
        return f"https://2001-2009.state.gov/g/tip/rls/tiprpt/{year}/index.htm"
    if year <= 2016:
        return f"https://2009-2017.state.gov/j/tip/rls/tiprpt/{year}/index.htm"
    return f"https://www.state.gov/reports/{year}-trafficking-in-persons-report/"


# Coverage gaps named in the shared PROVENANCE.md.

GAPS_2016 = (
    "Albania, Argentina, The Bahamas, Benin, Bhutan, Bolivia, Botswana, Brazil, Brunei, "
    "Bulgaria, Burkina Faso, Cabo Verde, Cambodia, Chad, Chile, China, DR Congo, "
    "Republic of the Congo, Cote d'Ivoire, Croatia, Egypt, El Salvador, Estonia, Ethiopia, Fiji, "
    "Gabon, The Gambia, Georgia, Guatemala, Guinea, Guyana, Honduras, Hungary, Indonesia, "
    "Ireland, Israel, Jamaica, Kazakhstan, Kosovo, Kyrgyzstan, Laos, Lebanon, Lesotho, Lithuania, "
    "North Macedonia, Malawi, Malaysia, Mali, Malta, Marshall Islands, Mauritius, Mexico, "
    "Micronesia, Moldova, Morocco, Namibia, Nigeria, Oman, Palau, Paraguay, Romania, Rwanda, "
    "Seychelles, Sierra Leone, Sint Maarten, Solomon Islands, South Africa, Tajikistan, Tanzania, "
    "Timor-Leste, Togo, Trinidad and Tobago, Tunisia, Uruguay, Vanuatu, Vietnam, Zambia"
)
GAPS_2018 = "Bhutan, Brunei, The Gambia, Lebanon, Palau, Saint Lucia, South Africa, Vanuatu"

# Countries first assessed in a known report year: no gap is listed for them before it, whatever
# the candidate gap lists say. Each names its evidence.
FIRST_ASSESSED = {
    "VUT": (
        2020,
        "the U.S. Ambassador's op-ed on the 2020 report, Vanuatu Daily Post, 2020: the report "
        '"will\u2014for the first time\u2014include a country narrative for Vanuatu" '
        "(https://dailypost.vu/news/a-continued-call-for-action-the-20th-annual-trafficking-in-"
        "persons-report/article_a043d910-b991-11ea-af8e-bfd1f2b94f5d.html)",
    ),
}
US_GAP_YEARS = (2010, 2011, 2012, 2013, 2014, 2015, 2016, 2018, 2019)

# Found while checking this build (not in PROVENANCE.md): the Kelley/Heiss file has no rows at all
# for Aruba, Curacao, Sint Maarten or South Sudan, which the 2011-2014 reports assessed. The tiers
# these pages show are deliberately not turned into placements: they are recorded as gaps until
# someone transcribes them into the shared source folder.
COUNT_2013_2014 = (
    "; the 2013 and 2014 reports covered 188 countries and territories, and our rows plus the "
    "United States, Aruba, Curacao, Sint Maarten and South Sudan make exactly 188"
)
EXTRA_GAPS = (
    (2011, "ABW", "first rated in the 2011 report (pearlfmradio.sx, 27 June 2011)"),
    (2011, "CUW", "first rated in the 2011 report (pearlfmradio.sx, 27 June 2011)"),
    (2012, "ABW", "rated in the 2012 report (dutchcaribbeanlegalportal.com news on the report)"),
    (2012, "CUW", "2012 narrative 'CURACAO (Tier 2)' on Refworld (docid 4fe30cd22f)"),
    (2012, "SSD", "2012 narrative 'SOUTH SUDAN (Tier 2 Watch List)' on Refworld (4fe30c953c)"),
    (2013, "ABW", "2013 narrative 'ARUBA (Tier 2)' on Refworld (51c2f3db18)" + COUNT_2013_2014),
    (2013, "CUW", "no 2013 narrative seen" + COUNT_2013_2014),
    (2013, "SSD", "2013 narrative 'SOUTH SUDAN (Tier 2 Watch List)' on Refworld (51c2f38c18)"),
    (2013, "SXM", "2013 narrative 'St. MAARTEN (Tier 2)' on Refworld (51c2f38918)"),
    (2014, "ABW", "no 2014 narrative seen" + COUNT_2013_2014),
    (2014, "CUW", "no 2014 narrative seen" + COUNT_2013_2014),
    (2014, "SSD", "2014 narrative on ecoi.net (document 1202359), Tier 2 Watch List"),
    (2014, "SXM", "2014 narrative 'ST. MAARTEN (Tier 2)' on Refworld (53aab9a1d)"),
)

# Countries moved from Tier 3 to Tier 2 by Presidential Determination 2003-35 after the June 2003
# report was published (State Department 2003 report page). We keep the published placement.
PD_2003 = ("BLZ", "BIH", "DOM", "GEO", "GRC", "HTI", "KAZ", "SUR", "TUR", "UZB")
PD_2003_NOTE = (
    "tierupdated=3; published on Tier 3 in June 2003 and moved to Tier 2 by Presidential "
    "Determination 2003-35 (9 September 2003); we keep the published placement"
)
