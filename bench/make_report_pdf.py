"""Generate a realistic, report-sized TIP-style PDF for benchmarking the parser.

    python bench/make_report_pdf.py OUT.pdf [--pages 500] [--year 2015] [--seed 7]

About 190 country narratives in alphabetical order, set in two columns with running
heads, printed page numbers in the outer corners, hyphenated line ends, headers such
as "PERU: Tier 2" and the usual sections, behind a one-column front matter (table of
contents) and followed by an appendix. All prose is generated from templates.
Columns are written line-interleaved on odd pages so that reading order must be
reconstructed. Also used by ``bench_ingest.py`` (``COUNTRIES``).
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections.abc import Callable
from pathlib import Path

from fpdf import FPDF

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")

# (iso3, name as in the report header, aliases)
COUNTRIES: list[tuple[str, str, list[str]]] = [
    (code, name, [])
    for code, name in (
        ("AFG", "Afghanistan"), ("ALB", "Albania"), ("DZA", "Algeria"), ("AGO", "Angola"),
        ("ATG", "Antigua and Barbuda"), ("ARG", "Argentina"), ("ARM", "Armenia"),
        ("ABW", "Aruba"), ("AUS", "Australia"), ("AUT", "Austria"), ("AZE", "Azerbaijan"),
        ("BHS", "Bahamas, The"), ("BHR", "Bahrain"), ("BGD", "Bangladesh"), ("BRB", "Barbados"),
        ("BLR", "Belarus"), ("BEL", "Belgium"), ("BLZ", "Belize"), ("BEN", "Benin"),
        ("BTN", "Bhutan"), ("BOL", "Bolivia"), ("BIH", "Bosnia and Herzegovina"),
        ("BWA", "Botswana"), ("BRA", "Brazil"), ("BRN", "Brunei"), ("BGR", "Bulgaria"),
        ("BFA", "Burkina Faso"), ("MMR", "Burma"), ("BDI", "Burundi"), ("CPV", "Cabo Verde"),
        ("KHM", "Cambodia"), ("CMR", "Cameroon"), ("CAN", "Canada"),
        ("CAF", "Central African Republic"), ("TCD", "Chad"), ("CHL", "Chile"),
        ("CHN", "China"), ("COL", "Colombia"), ("COM", "Comoros"),
        ("COD", "Congo, Democratic Republic of the"), ("COG", "Congo, Republic of the"),
        ("CRI", "Costa Rica"), ("CIV", "C\u00f4te d\u2019Ivoire"), ("HRV", "Croatia"),
        ("CUB", "Cuba"), ("CUW", "Cura\u00e7ao"), ("CYP", "Cyprus"), ("CZE", "Czech Republic"),
        ("DNK", "Denmark"), ("DJI", "Djibouti"), ("DOM", "Dominican Republic"),
        ("ECU", "Ecuador"), ("EGY", "Egypt"), ("SLV", "El Salvador"),
        ("GNQ", "Equatorial Guinea"), ("ERI", "Eritrea"), ("EST", "Estonia"),
        ("ETH", "Ethiopia"), ("FJI", "Fiji"), ("FIN", "Finland"), ("FRA", "France"),
        ("GAB", "Gabon"), ("GMB", "Gambia, The"), ("GEO", "Georgia"), ("DEU", "Germany"),
        ("GHA", "Ghana"), ("GRC", "Greece"), ("GTM", "Guatemala"), ("GIN", "Guinea"),
        ("GNB", "Guinea-Bissau"), ("GUY", "Guyana"), ("HTI", "Haiti"), ("HND", "Honduras"),
        ("HKG", "Hong Kong"), ("HUN", "Hungary"), ("ISL", "Iceland"), ("IND", "India"),
        ("IDN", "Indonesia"), ("IRN", "Iran"), ("IRQ", "Iraq"), ("IRL", "Ireland"),
        ("ISR", "Israel"), ("ITA", "Italy"), ("JAM", "Jamaica"), ("JPN", "Japan"),
        ("JOR", "Jordan"), ("KAZ", "Kazakhstan"), ("KEN", "Kenya"), ("KIR", "Kiribati"),
        ("PRK", "Korea, North"), ("KOR", "Korea, South"), ("XKX", "Kosovo"), ("KWT", "Kuwait"),
        ("KGZ", "Kyrgyz Republic"), ("LAO", "Laos"), ("LVA", "Latvia"), ("LBN", "Lebanon"),
        ("LSO", "Lesotho"), ("LBR", "Liberia"), ("LBY", "Libya"), ("LTU", "Lithuania"),
        ("LUX", "Luxembourg"), ("MAC", "Macau"), ("MKD", "Macedonia"), ("MDG", "Madagascar"),
        ("MWI", "Malawi"), ("MYS", "Malaysia"), ("MDV", "Maldives"), ("MLI", "Mali"),
        ("MLT", "Malta"), ("MHL", "Marshall Islands"), ("MRT", "Mauritania"),
        ("MUS", "Mauritius"), ("MEX", "Mexico"), ("FSM", "Micronesia"), ("MDA", "Moldova"),
        ("MNG", "Mongolia"), ("MNE", "Montenegro"), ("MAR", "Morocco"), ("MOZ", "Mozambique"),
        ("NAM", "Namibia"), ("NPL", "Nepal"), ("NLD", "Netherlands"), ("NZL", "New Zealand"),
        ("NIC", "Nicaragua"), ("NER", "Niger"), ("NGA", "Nigeria"), ("NOR", "Norway"),
        ("OMN", "Oman"), ("PAK", "Pakistan"), ("PLW", "Palau"), ("PAN", "Panama"),
        ("PNG", "Papua New Guinea"), ("PRY", "Paraguay"), ("PER", "Peru"),
        ("PHL", "Philippines"), ("POL", "Poland"), ("PRT", "Portugal"), ("QAT", "Qatar"),
        ("ROU", "Romania"), ("RUS", "Russia"), ("RWA", "Rwanda"),
        ("KNA", "St. Kitts and Nevis"), ("LCA", "St. Lucia"),
        ("VCT", "St. Vincent and the Grenadines"), ("STP", "Sao Tome and Principe"),
        ("SAU", "Saudi Arabia"), ("SEN", "Senegal"), ("SRB", "Serbia"), ("SYC", "Seychelles"),
        ("SLE", "Sierra Leone"), ("SGP", "Singapore"), ("SXM", "Sint Maarten"),
        ("SVK", "Slovak Republic"), ("SVN", "Slovenia"), ("SLB", "Solomon Islands"),
        ("SOM", "Somalia"), ("ZAF", "South Africa"), ("SSD", "South Sudan"), ("ESP", "Spain"),
        ("LKA", "Sri Lanka"), ("SDN", "Sudan"), ("SUR", "Suriname"), ("SWZ", "Swaziland"),
        ("SWE", "Sweden"), ("CHE", "Switzerland"), ("SYR", "Syria"), ("TWN", "Taiwan"),
        ("TJK", "Tajikistan"), ("TZA", "Tanzania"), ("THA", "Thailand"),
        ("TLS", "Timor-Leste"), ("TGO", "Togo"), ("TON", "Tonga"),
        ("TTO", "Trinidad and Tobago"), ("TUN", "Tunisia"), ("TUR", "Turkey"),
        ("TKM", "Turkmenistan"), ("UGA", "Uganda"), ("UKR", "Ukraine"),
        ("ARE", "United Arab Emirates"), ("GBR", "United Kingdom"), ("USA", "United States"),
        ("URY", "Uruguay"), ("UZB", "Uzbekistan"), ("VUT", "Vanuatu"), ("VEN", "Venezuela"),
        ("VNM", "Vietnam"), ("YEM", "Yemen"), ("ZMB", "Zambia"), ("ZWE", "Zimbabwe"),
    )
]  # fmt: skip

SPECIAL_CASES = {"LBY", "SOM", "YEM"}
TIERS = ["1", "2", "2", "2", "2WL", "2WL", "3"]
TIER_TEXT = {"1": "Tier 1", "2": "Tier 2", "2WL": "Tier 2 Watch List", "3": "Tier 3"}
PLACES = [
    "Madre de Dios", "Loreto", "Cusco", "Santa Cruz", "El Alto", "Accra", "Kumasi", "Bihar",
    "Mumbai", "Samut Sakhon", "Pattaya", "Karakalpakstan", "Harare", "Jeddah", "Riyadh",
    "Puerto Maldonado", "Lagos", "Edo State", "Mindanao", "Cebu", "Sabah", "Johor",
]  # fmt: skip
SECTORS = [
    "agriculture", "fishing", "construction", "domestic work", "illegal gold mining", "logging",
    "brick kilns", "textile factories", "the hospitality industry", "cattle ranching",
]  # fmt: skip
NUMBER_WORDS = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "twelve"]
FILLER = [
    "The government continued to implement its national action plan and allocated funding "
    "for awareness campaigns in schools, border areas, and rural communities.",
    "Officials cooperated with foreign governments on several transnational investigations and "
    "extradited suspected traffickers under bilateral agreements.",
    "Labor inspectors lacked sufficient resources to monitor informal sectors, and "
    "interagency coordination remained inconsistent across provinces.",
    "The government operated shelters for women and children, which offered medical care, "
    "psychological counseling, legal assistance, and vocational training.",
    "Observers reported that corruption and official complicity in trafficking crimes "
    "remained significant concerns, hindering law enforcement action.",
    "Authorities trained police officers, prosecutors, and judges on victim-centered "
    "approaches and on the application of the anti-trafficking law.",
    "The law prescribed penalties of four to 12 years' imprisonment, which were sufficiently "
    "stringent and commensurate with those for other serious crimes.",
    "Children under 18 were exploited in commercial sex in areas frequented by tourists, and "
    "officials rarely screened vulnerable populations for indicators of trafficking.",
]


def _name_in_prose(name: str) -> str:
    if "," in name:
        head, _, tail = name.partition(",")
        return f"{tail.strip()} {head}".replace("The ", "the ")
    return name


def narrative(
    rng: random.Random, iso3: str, name: str, year: int, size: float
) -> list[tuple[str, str]]:
    """(kind, text) blocks of one narrative; kinds: header, heading, para."""
    prose = _name_in_prose(name)
    cur, prev = year - 1, year - 2
    special = iso3 in SPECIAL_CASES
    tier = "special_case" if special else rng.choice(TIERS)
    header_name = name.upper()
    style = rng.random()
    if special:
        header = f"{header_name} (Special Case)" if style < 0.5 else f"{header_name}: Special Case"
    elif style < 0.7:
        header = f"{header_name}: {TIER_TEXT[tier]}"
    elif style < 0.85:
        header = f"{header_name} ({TIER_TEXT[tier]})"
    else:
        header = f"{header_name}: {TIER_TEXT[tier].upper()}"

    def stats_sentences() -> list[str]:
        a, b, c = rng.randint(5, 400), rng.randint(2, 200), rng.randint(0, 120)
        before = a + rng.randint(-4, 30)
        word = rng.choice(NUMBER_WORDS)
        return [
            f"In {cur}, the government investigated {a} cases, compared with {before} "
            f"in {prev}, and prosecuted {b} suspects.",
            f"Courts convicted {word} traffickers, compared with {c} convictions "
            f"in the previous reporting period.",
            f"The government prosecuted {b} defendants, including {b // 3} for sex "
            f"trafficking and {b - b // 3} for labor trafficking.",
        ]

    def victims_sentence() -> str:
        return (
            f"The government identified at least {rng.randint(10, 3000):,} potential victims, "
            f"compared with {rng.randint(10, 3000):,} in {prev}."
        )

    def paragraph(extra: list[str], count: int) -> str:
        sentences = [rng.choice(FILLER) for _ in range(count)] + extra
        rng.shuffle(sentences)
        return " ".join(sentences)

    whole, fraction = divmod(3 * size, 1.0)
    n = max(1, int(whole) + (1 if rng.random() < fraction else 0))
    place = rng.sample(PLACES, 3)
    sector = rng.sample(SECTORS, 2)
    profile = (
        f"{prose} is a source, transit, and destination country for men, women, and children "
        f"subjected to forced labor and sex trafficking. Traffickers exploit victims in "
        f"{sector[0]} and {sector[1]} in {place[0]}, {place[1]}, and {place[2]}. "
        + paragraph([], n)
    )
    if special:
        opening = f"{prose} is a Special Case for the third consecutive year. " + paragraph([], n)
    else:
        opening = (
            f"The Government of {prose} does not fully meet the minimum standards for the "
            f"elimination of trafficking but is making significant efforts to do so; therefore "
            f"{prose} remained on {TIER_TEXT[tier]}. " + paragraph([], 1)
        )
    blocks: list[tuple[str, str]] = [("header", header)]
    new_layout = rng.random() < 0.6
    recs = "Increase investigations and prosecutions of trafficking offenses; " + paragraph([], 1)
    body = [
        ("heading", "PROSECUTION"),
        ("para", paragraph(stats_sentences(), n)),
        ("para", paragraph([], n)),
        ("heading", "PROTECTION"),
        ("para", paragraph([victims_sentence()], n)),
        ("para", paragraph([], n)),
        ("heading", "PREVENTION"),
        ("para", paragraph([], n)),
    ]
    if new_layout:
        blocks += [
            ("para", opening),
            ("heading", "PRIORITIZED RECOMMENDATIONS:"),
            ("para", recs),
            *body,
            ("heading", "TRAFFICKING PROFILE"),
            ("para", profile),
        ]
    else:
        blocks += [
            ("para", profile),
            ("para", opening),
            ("heading", f"RECOMMENDATIONS FOR {header_name}:"),
            ("para", recs),
            *body,
        ]
    return blocks


class Writer:
    WIDTH, HEIGHT = 612.0, 792.0
    MARGIN_X, MARGIN_TOP, MARGIN_BOTTOM = 50.0, 70.0, 70.0
    GUTTER, SIZE, LEADING = 24.0, 8.5, 10.5

    def __init__(self, year: int) -> None:
        self.pdf = FPDF(unit="pt", format="letter")
        self.pdf.set_auto_page_break(False)
        regular, bold = FONT_DIR / "DejaVuSans.ttf", FONT_DIR / "DejaVuSans-Bold.ttf"
        self.unicode = regular.exists() and bold.exists()
        if self.unicode:
            self.pdf.add_font("Body", "", str(regular))
            self.pdf.add_font("Body", "B", str(bold))
            self.family = "Body"
        else:  # pragma: no cover
            self.family = "Helvetica"
        self.head = f"TRAFFICKING IN PERSONS REPORT JUNE {year}"
        self.widths: dict[tuple[str, bool], float] = {}

    def text(self, value: str) -> str:
        if self.unicode:
            return value
        table = str.maketrans({"\u2019": "'", "\u00f4": "o", "\u00e7": "c", "\u2014": "-"})
        return value.translate(table)

    def width(self, word: str, bold: bool) -> float:
        key = (word, bold)
        found = self.widths.get(key)
        if found is None:
            self.pdf.set_font(self.family, "B" if bold else "", self.SIZE)
            found = self.widths[key] = float(self.pdf.get_string_width(self.text(word)))
        return found

    def wrap(self, text: str, bold: bool, max_width: float) -> list[str]:
        space = self.width(" ", bold)
        lines: list[str] = []
        current: list[str] = []
        used = 0.0
        words = text.split(" ")
        index = 0
        while index < len(words):
            word = words[index]
            w = self.width(word, bold)
            extra = w + (space if current else 0.0)
            if used + extra <= max_width or not current:
                current.append(word)
                used += extra
                index += 1
                continue
            if word.isalpha() and word.islower() and len(word) >= 9:
                for cut in range(len(word) - 4, 3, -1):
                    head = word[:cut] + "-"
                    if used + space + self.width(head, bold) <= max_width:
                        current.append(head)
                        words[index] = word[cut:]
                        break
            lines.append(" ".join(current))
            current, used = [], 0.0
        if current:
            lines.append(" ".join(current))
        return lines

    def page(self, number: int | None) -> None:
        pdf = self.pdf
        pdf.add_page()
        pdf.set_font(self.family, "", 7)
        pdf.text((self.WIDTH - pdf.get_string_width(self.head)) / 2, 40, self.head)
        if number is not None:
            label = str(number)
            outer = self.WIDTH - self.MARGIN_X - pdf.get_string_width(label)
            x = self.MARGIN_X if number % 2 == 0 else outer
            pdf.text(x, self.HEIGHT - 35, label)

    def flow(self, blocks: list[tuple[str, str]], columns: int, first_number: int) -> int:
        usable = self.WIDTH - 2 * self.MARGIN_X
        col_width = usable if columns == 1 else (usable - self.GUTTER) / 2
        lines: list[tuple[str, bool] | None] = []
        for kind, text in blocks:
            bold = kind in ("header", "heading")
            lines.extend((line, bold) for line in self.wrap(text, bold, col_width - 1))
            lines.append(None)
        per_column = int((self.HEIGHT - self.MARGIN_TOP - self.MARGIN_BOTTOM) // self.LEADING)
        per_page = per_column * columns
        number = first_number
        for start in range(0, len(lines), per_page):
            self.page(number)
            placed = []
            for i, item in enumerate(lines[start : start + per_page]):
                if item is None:
                    continue
                column, row = divmod(i, per_column)
                placed.append((row, column, item))
            if number % 2 == 1:
                placed.sort(key=lambda p: (p[0], p[1]))
            current_bold: bool | None = None
            for row, column, (line, bold) in placed:
                if bold != current_bold:
                    self.pdf.set_font(self.family, "B" if bold else "", self.SIZE)
                    current_bold = bold
                x = self.MARGIN_X + column * (col_width + self.GUTTER)
                self.pdf.text(x, self.MARGIN_TOP + row * self.LEADING, self.text(line))
            number += 1
        return number

    def lines_per_page(self) -> int:
        return 2 * int((self.HEIGHT - self.MARGIN_TOP - self.MARGIN_BOTTOM) // self.LEADING)


def build(pages: int, year: int, seed: int) -> bytes:
    rng = random.Random(seed)
    writer = Writer(year)
    front: list[tuple[str, str]] = [("heading", "TABLE OF CONTENTS")]
    front += [
        ("para", f"{name.upper()} {'.' * 20} {100 + i * 2}")
        for i, (_, name, _) in enumerate(COUNTRIES[:40])
    ]
    front += [("heading", "COUNTRY NARRATIVES")]
    number = writer.flow(front, 1, 1)

    # Size the narratives so that they fill the pages left but two.
    target_lines = max(pages - number - 2, len(COUNTRIES) // 2) * writer.lines_per_page()
    size = 1.0
    blocks: list[tuple[str, str]] = []
    for _ in range(4):
        rng = random.Random(seed)
        blocks = []
        for iso3, name, _aliases in COUNTRIES:
            blocks += narrative(rng, iso3, name, year, size)
        lines = sum(len(writer.wrap(text, kind != "para", 243)) + 1 for kind, text in blocks)
        size *= 0.995 * target_lines / lines
    number = writer.flow(blocks, 2, number)
    appendix = [("heading", "RELEVANT INTERNATIONAL CONVENTIONS")]
    filler: Callable[[], str] = lambda: " ".join(rng.choice(FILLER) for _ in range(6))  # noqa: E731
    while writer.pdf.page_no() < pages:
        writer.flow([*appendix, ("para", filler())], 1, number)
        number += 1
        appendix = []
    return bytes(writer.pdf.output())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("out", type=Path)
    parser.add_argument("--pages", type=int, default=500)
    parser.add_argument("--year", type=int, default=2015)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    started = time.perf_counter()
    data = build(args.pages, args.year, args.seed)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_bytes(data)
    print(f"wrote {args.out} ({len(data) / 1e6:.1f} MB) in {time.perf_counter() - started:.1f}s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
