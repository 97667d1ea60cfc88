"""Builders for test inputs: narrative text, plain-text reports, PDFs (fpdf2) and HTML.

Nothing binary is committed: every PDF is generated here. The layout engines record
on which printed page every sentence starts, so tests can check page citations.
"""

from __future__ import annotations

import html
import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from fpdf import FPDF

from tests.ingest.parsing.corpus import DISTRACTORS, PREVENTION, REPORT_YEAR, Spec

RUNNING_HEAD = f"TRAFFICKING IN PERSONS REPORT JUNE {REPORT_YEAR}"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FONT_REGULAR = FONT_DIR / "DejaVuSans.ttf"
FONT_BOLD = FONT_DIR / "DejaVuSans-Bold.ttf"
HAS_UNICODE_FONT = FONT_REGULAR.exists() and FONT_BOLD.exists()

_LATIN1_FALLBACK = str.maketrans(
    {"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u2014": "-", "\u2013": "-"}
)


# --- narrative content ---------------------------------------------------------------


@dataclass(frozen=True)
class Block:
    """A unit of layout: a header, a heading or a paragraph made of sentences."""

    kind: str  # "header", "heading", "para", "plain"
    sentences: tuple[str, ...]
    key: str = ""

    @property
    def text(self) -> str:
        return " ".join(self.sentences)


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def summary_text(spec: Spec) -> str:
    name = _cap(spec.prose)
    if spec.tier == "special_case":
        return (
            f"{name} is a Special Case for the third consecutive year. The country lacked a "
            f"functioning central government in much of its territory, and armed groups "
            f"controlled key transit routes."
        )
    if spec.tier == "1":
        return (
            f"The Government of {name} fully meets the minimum standards for the elimination "
            f"of trafficking. The government continued to demonstrate serious and sustained "
            f"efforts during the reporting period; therefore {name} remained on Tier 1."
        )
    if spec.tier == "3":
        return (
            f"The Government of {name} does not fully meet the minimum standards for the "
            f"elimination of trafficking and is not making significant efforts to do so; "
            f"therefore {name} remained on Tier 3."
        )
    if spec.tier == "2WL":
        return (
            f"The Government of {name} does not fully meet the minimum standards for the "
            f"elimination of trafficking but is making significant efforts to do so. The "
            f"government did not demonstrate overall increasing efforts compared to the "
            f"previous reporting period; therefore {name} was downgraded to Tier 2 Watch List."
        )
    return (
        f"The Government of {name} does not fully meet the minimum standards for the "
        f"elimination of trafficking but is making significant efforts to do so. The "
        f"government demonstrated increasing efforts compared to the previous reporting "
        f"period; therefore {name} remained on Tier 2."
    )


def efforts_text(spec: Spec) -> str:
    name = _cap(spec.prose)
    if spec.tier == "1":
        return (
            f"The Government of {name} fully complies with the minimum standards for the "
            f"elimination of trafficking. The government sustained its law enforcement efforts."
        )
    if spec.tier == "3":
        return (
            f"The Government of {name} does not fully comply with the minimum standards for the "
            f"elimination of trafficking and is not making significant efforts to do so."
        )
    return (
        f"The Government of {name} does not fully comply with the minimum standards for the "
        f"elimination of trafficking; however, it is making significant efforts to do so. "
        f"Officials took steps to coordinate anti-trafficking efforts across ministries."
    )


def profile_text(spec: Spec) -> str:
    if spec.profile:
        return spec.profile
    return (
        f"{_cap(spec.prose)} is a source, transit, and destination country for men, women, and "
        f"children subjected to sex trafficking and forced labor. NGOs identified 200 victims in "
        f"remote areas in 2014, and traffickers recruit victims with false promises of "
        f"employment."
    )


RECOMMENDATIONS = (
    "Increase efforts to investigate and prosecute trafficking offenses and convict traffickers, "
    "including complicit officials; identify at least 100 more victims and refer them to care; "
    "and train 500 officials on the anti-trafficking law."
)


def _sentences(text: str) -> tuple[str, ...]:
    # The fixture prose is written so that ". " plus a capital always ends a sentence.
    out: list[str] = []
    current: list[str] = []
    words = text.split(" ")
    for index, word in enumerate(words):
        current.append(word)
        following = words[index + 1] if index + 1 < len(words) else ""
        if word.endswith((".", "?", "!")) and (not following or following[0].isupper()):
            out.append(" ".join(current))
            current = []
    if current:
        out.append(" ".join(current))
    return tuple(out)


def narrative_blocks(spec: Spec, index: int) -> list[Block]:
    """The narrative of ``spec`` as layout blocks. ``index`` picks the distractors."""
    n = len(DISTRACTORS)
    d1, d2, d3 = DISTRACTORS[index % n], DISTRACTORS[(index + 5) % n], DISTRACTORS[(index + 11) % n]
    key = spec.header
    blocks = [Block("header", (spec.header,), key)]
    prosecution = Block("para", (d1, *spec.prosecution, d2), f"{key}/prosecution")
    protection = Block("para", (*spec.protection, d3), f"{key}/protection")
    recommendations = Block("para", _sentences(RECOMMENDATIONS), f"{key}/recommendations")
    profile = Block("para", _sentences(profile_text(spec)), f"{key}/profile")
    prevention = Block("para", _sentences(PREVENTION), f"{key}/prevention")
    if spec.layout == "new":
        summary = summary_text(spec)
        if spec.summary_extra:
            summary = f"{summary} {spec.summary_extra}"
        blocks += [
            Block("para", _sentences(summary), f"{key}/summary"),
            Block("heading", ("PRIORITIZED RECOMMENDATIONS:",)),
            recommendations,
            Block("heading", ("PROSECUTION",)),
            prosecution,
            Block("heading", ("PROTECTION",)),
            protection,
            Block("heading", ("PREVENTION",)),
            prevention,
            Block("heading", ("TRAFFICKING PROFILE",)),
            profile,
        ]
    else:
        opening = [profile]
        if spec.tier != "special_case":
            opening.append(Block("para", _sentences(efforts_text(spec)), f"{key}/efforts"))
        blocks += [
            *opening,
            Block("heading", (f"RECOMMENDATIONS FOR {spec.prose.upper()}:",)),
            recommendations,
            Block("heading", ("PROSECUTION",)),
            prosecution,
            Block("heading", ("PROTECTION",)),
            protection,
            Block("heading", ("PREVENTION",)),
            prevention,
        ]
    for heading, text in spec.extra_sections:
        blocks += [
            Block("heading", (heading,)),
            Block("para", _sentences(text), f"{key}/{heading}"),
        ]
    return [block for block in blocks if block.sentences]


def expected_sections(spec: Spec) -> list[str]:
    if spec.layout == "new":
        names = [
            "summary",
            "recommendations",
            "prosecution",
            "protection",
            "prevention",
            "trafficking_profile",
        ]
    elif spec.tier == "special_case":
        names = [
            "trafficking_profile",
            "recommendations",
            "prosecution",
            "protection",
            "prevention",
        ]
    else:
        names = [
            "trafficking_profile",
            "government_efforts",
            "recommendations",
            "prosecution",
            "protection",
            "prevention",
        ]
    return names + [heading.lower() for heading, _ in spec.extra_sections]


def report_blocks(specs: Sequence[Spec], *, front_matter: bool = True) -> list[Block]:
    blocks: list[Block] = []
    if front_matter:
        toc = tuple(f"{spec.name} {'.' * 12} {300 + i * 3}" for i, spec in enumerate(specs[:12]))
        blocks += [
            Block("heading", ("TABLE OF CONTENTS",)),
            *[Block("plain", (line,)) for line in toc],
            Block(
                "para",
                (
                    "The Department placed Peru on Tier 2 in 2014 and reviewed its tier "
                    "placement in light of new information.",
                    "Governments investigated 12,000 cases worldwide, prosecuted 5,000 "
                    "defendants, and convicted 3,000 traffickers.",
                ),
                "intro",
            ),
            Block("heading", ("COUNTRY NARRATIVES",)),
        ]
    for index, spec in enumerate(specs):
        blocks += narrative_blocks(spec, index)
    blocks += [
        Block("heading", ("RELEVANT INTERNATIONAL CONVENTIONS",), "appendix"),
        Block(
            "para",
            ("Peru: Tier 2 countries ratified 12 conventions, including ILO Convention 182.",),
            "appendix",
        ),
    ]
    return blocks


# --- line wrapping ---------------------------------------------------------------------


@dataclass(frozen=True)
class Line:
    text: str
    block: int
    first_word: float  # word index in the block; +0.5 when the line starts mid-word
    bold: bool = False


def wrap_block(
    block: Block,
    block_index: int,
    width: Callable[[str], float],
    max_width: float,
    *,
    hyphenate: bool = True,
) -> list[Line]:
    """Greedy word wrap; long lowercase words that do not fit are hyphenated."""
    bold = block.kind in ("header", "heading")
    words = block.text.split(" ")
    lines: list[Line] = []
    current: list[str] = []
    current_first: float = 0
    index = 0
    carry: str | None = None
    while index < len(words):
        word = carry if carry is not None else words[index]
        carry_start = carry is not None
        candidate = " ".join([*current, word])
        if width(candidate) <= max_width or not current:
            if not current:
                current_first = index + 0.5 if carry_start else index
            current.append(word)
            carry = None
            index += 1
            continue
        # Try to hyphenate the word across the line break.
        split_done = False
        if hyphenate and word.isalpha() and word.islower() and len(word) >= 9:
            for cut in range(len(word) - 4, 3, -1):
                head = word[:cut] + "-"
                if width(" ".join([*current, head])) <= max_width:
                    current.append(head)
                    lines.append(Line(" ".join(current), block_index, current_first, bold))
                    current = []
                    carry = word[cut:]
                    split_done = True
                    break
        if not split_done:
            lines.append(Line(" ".join(current), block_index, current_first, bold))
            current = []
    if current:
        lines.append(Line(" ".join(current), block_index, current_first, bold))
    return lines


@dataclass
class Layout:
    """Where things landed: printed page of every block line, header pages."""

    blocks: list[Block]
    line_pages: dict[int, list[tuple[float, int]]] = field(default_factory=dict)

    def record(self, line: Line, page: int) -> None:
        self.line_pages.setdefault(line.block, []).append((line.first_word, page))

    def block_first_page(self, block_index: int) -> int:
        return self.line_pages[block_index][0][1]

    def sentence_pages(self) -> dict[str, int]:
        """Printed page on which every sentence of every paragraph starts."""
        out: dict[str, int] = {}
        for block_index, block in enumerate(self.blocks):
            placed = self.line_pages.get(block_index)
            if not placed:
                continue
            word = 0
            for sentence in block.sentences:
                page = placed[0][1]
                for first_word, line_page in placed:
                    if first_word <= word:
                        page = line_page
                out.setdefault(sentence, page)
                word += len(sentence.split(" "))
        return out

    def header_pages(self) -> dict[str, tuple[int, int]]:
        """Header text -> (first page, last page) of its narrative."""
        out: dict[str, tuple[int, int]] = {}
        current: str | None = None
        for block_index, block in enumerate(self.blocks):
            placed = self.line_pages.get(block_index)
            if not placed:
                continue
            if block.kind == "header":
                current = block.text
                out[current] = (placed[0][1], placed[-1][1])
            elif current is not None and block.key and not block.key.startswith(current):
                current = None
            elif current is not None:
                first, _ = out[current]
                out[current] = (first, placed[-1][1])
        return out


# --- plain text reports ------------------------------------------------------------------


def render_text_report(
    blocks: Sequence[Block], *, lines_per_page: int = 48, first_page: int = 101
) -> tuple[str, Layout]:
    """A pdftotext-like dump: running head, wrapped lines, page number, form feeds."""
    layout = Layout(list(blocks))
    wrapped: list[Line | None] = []
    for index, block in enumerate(blocks):
        wrapped.extend(wrap_block(block, index, len, 86))
        wrapped.append(None)  # blank line between blocks
    pages: list[str] = []
    body = lines_per_page - 2
    for start in range(0, len(wrapped), body):
        number = first_page + len(pages)
        chunk = wrapped[start : start + body]
        text_lines = [RUNNING_HEAD, ""]
        for line in chunk:
            if line is None:
                text_lines.append("")
            else:
                text_lines.append(line.text)
                layout.record(line, number)
        text_lines += ["", str(number)]
        pages.append("\n".join(text_lines))
    return "\f".join(pages) + "\n", layout


# --- PDFs ------------------------------------------------------------------------------


class PdfBuilder:
    """A small two-column (or one-column) page layout engine on top of fpdf2."""

    WIDTH, HEIGHT = 612.0, 792.0
    MARGIN_X, MARGIN_TOP, MARGIN_BOTTOM = 50.0, 70.0, 70.0
    GUTTER = 24.0

    def __init__(
        self, *, size: float = 9.0, leading: float = 11.0, running_head: str | None = RUNNING_HEAD
    ) -> None:
        self.running_head = running_head
        self.pdf = FPDF(unit="pt", format="letter")
        self.pdf.set_auto_page_break(False)
        self.pdf.set_compression(True)
        if HAS_UNICODE_FONT:
            self.pdf.add_font("Body", "", str(FONT_REGULAR))
            self.pdf.add_font("Body", "B", str(FONT_BOLD))
            self.family = "Body"
        else:  # pragma: no cover - machines without DejaVu
            self.family = "Helvetica"
        self.size = size
        self.leading = leading
        self.page_number = 0

    def _text(self, text: str) -> str:
        return text if HAS_UNICODE_FONT else text.translate(_LATIN1_FALLBACK)

    def width(self, text: str, bold: bool = False) -> float:
        self.pdf.set_font(self.family, "B" if bold else "", self.size)
        return float(self.pdf.get_string_width(self._text(text)))

    def _decorate(self, printed: int | None, *, page_number_style: str) -> None:
        pdf = self.pdf
        pdf.set_font(self.family, "", 7.5)
        if self.running_head:
            head_width = pdf.get_string_width(self.running_head)
            pdf.text((self.WIDTH - head_width) / 2, 40, self.running_head)
        if printed is None:
            return
        label = str(printed)
        label_width = pdf.get_string_width(label)
        if page_number_style == "center":
            x = (self.WIDTH - label_width) / 2
        elif printed % 2 == 0:
            x = self.MARGIN_X
        else:
            x = self.WIDTH - self.MARGIN_X - label_width
        pdf.text(x, self.HEIGHT - 35, label)

    def layout(
        self,
        blocks: Sequence[Block],
        *,
        columns: int = 2,
        first_printed: int | None = 101,
        interleave: bool = True,
        page_number_style: str = "outer",
        single_column_until: int = 0,
    ) -> Layout:
        """Flow ``blocks`` into pages. Blocks before index ``single_column_until`` are set
        in one column on their own pages (front matter)."""
        layout = Layout(list(blocks))
        front = [b for b in range(len(blocks)) if b < single_column_until]
        rest = [b for b in range(len(blocks)) if b >= single_column_until]
        if front:
            self._flow(blocks, front, layout, 1, first_printed, False, page_number_style)
        if rest:
            self._flow(blocks, rest, layout, columns, first_printed, interleave, page_number_style)
        return layout

    def _flow(
        self,
        blocks: Sequence[Block],
        indexes: Sequence[int],
        layout: Layout,
        columns: int,
        first_printed: int | None,
        interleave: bool,
        page_number_style: str,
    ) -> None:
        usable = self.WIDTH - 2 * self.MARGIN_X
        col_width = usable if columns == 1 else (usable - self.GUTTER) / 2
        lines: list[Line | None] = []
        for index in indexes:
            block = blocks[index]
            bold = block.kind in ("header", "heading")

            def measure(text: str, bold: bool = bold) -> float:
                return self.width(text, bold)

            lines.extend(wrap_block(block, index, measure, col_width - 1))
            lines.append(None)
        per_column = int((self.HEIGHT - self.MARGIN_TOP - self.MARGIN_BOTTOM) // self.leading)
        per_page = per_column * columns
        for start in range(0, len(lines), per_page):
            chunk = lines[start : start + per_page]
            self.pdf.add_page()
            self.page_number += 1
            printed = None if first_printed is None else first_printed + self.page_number - 1
            self._decorate(printed, page_number_style=page_number_style)
            placed: list[tuple[float, float, Line]] = []
            for i, line in enumerate(chunk):
                if line is None:
                    continue
                column, row = divmod(i, per_column)
                x = self.MARGIN_X + column * (col_width + self.GUTTER)
                y = self.MARGIN_TOP + row * self.leading
                placed.append((row, x, line))
                layout.record(line, printed if printed is not None else self.page_number)
            if interleave and self.page_number % 2 == 1:
                placed.sort(key=lambda item: (item[0], item[1]))  # row by row across columns
            for _row, x, line in placed:
                y = self.MARGIN_TOP + _row * self.leading
                self.pdf.set_font(self.family, "B" if line.bold else "", self.size)
                self.pdf.text(x, y, self._text(line.text))

    def output(self) -> bytes:
        return bytes(self.pdf.output())


def render_pdf_report(
    blocks: Sequence[Block], *, front_blocks: int = 0, **kwargs: object
) -> tuple[bytes, Layout]:
    builder = PdfBuilder()
    layout = builder.layout(blocks, single_column_until=front_blocks, **kwargs)  # type: ignore[arg-type]
    return builder.output(), layout


def simple_pdf(
    pages: Sequence[Sequence[str]],
    *,
    columns: int = 1,
    running_head: str | None = None,
    **kwargs: object,
) -> bytes:
    """A PDF whose page ``i`` holds the given lines (one block per line)."""
    kwargs.setdefault("first_printed", None)
    builder = PdfBuilder(running_head=running_head)
    for lines in pages:
        blocks = [Block("plain", (line,)) for line in lines]
        builder.layout(blocks, columns=columns, **kwargs)  # type: ignore[arg-type]
    return builder.output()


def encrypted_pdf(*, user_password: str | None = "secret") -> bytes:
    pdf = FPDF(unit="pt", format="letter")
    pdf.add_page()
    pdf.set_font("Helvetica", size=10)
    pdf.text(72, 72, "PERU: Tier 2")
    pdf.text(72, 90, "The government investigated 59 cases.")
    pdf.set_encryption(owner_password="owner-pass", user_password=user_password)
    return bytes(pdf.output())


def scanned_pdf(pages: int = 2) -> bytes:
    """Pages holding only a picture of text: no text layer at all."""
    from PIL import Image, ImageDraw

    pdf = FPDF(unit="pt", format="letter")
    for _ in range(pages):
        image = Image.new("L", (300, 400), 255)
        draw = ImageDraw.Draw(image)
        for row in range(20, 380, 12):
            draw.line((20, row, 280, row), fill=0, width=3)
        buffer = io.BytesIO()
        image.save(buffer, format="PNG")
        pdf.add_page()
        pdf.image(io.BytesIO(buffer.getvalue()), x=50, y=50, w=500)
    return bytes(pdf.output())


def truncated(data: bytes, keep: float = 0.6) -> bytes:
    return data[: int(len(data) * keep)]


# --- HTML ------------------------------------------------------------------------------


def render_html(spec: Spec, index: int = 0, *, style: str = "h") -> str:
    """One country's narrative as an HTML page: headings as h2/h3 (``style="h"``) or as
    bold paragraphs (``style="strong"``); the header in title case."""
    blocks = narrative_blocks(spec, index)
    parts = [
        "<!DOCTYPE html>",
        "<html><head><title>Peru - United States Department of State</title>",
        "<style>p { margin: 0 }</style><script>var x = '<p>PERU: Tier 3</p>';</script></head>",
        "<body><nav><ul><li>Home</li><li>Reports</li></ul></nav><main>",
    ]
    for block in blocks:
        text = html.escape(block.text)
        if block.kind == "header":
            parts.append(f"<h2>{html.escape(_title_case_header(block.text))}</h2>")
        elif block.kind == "heading":
            title = text.title().replace("For ", "for ")
            if style == "h":
                parts.append(f"<h3>{title}</h3>")
            else:
                parts.append(f"<p><strong>{title}</strong></p>")
        else:
            parts.append(f"<p>{text}</p>")
    parts.append("</main><footer><p>Page last updated 2015</p></footer></body></html>")
    return "\n".join(parts)


def _title_case_header(header: str) -> str:
    name, sep, rest = header.partition(":")
    if not sep:
        name, sep, rest = header.partition(" (")
        sep = " ("
    words: list[str] = []
    for word in name.split(" "):
        lower = word.lower()
        words.append(lower if lower in ("of", "the", "and") and words else lower.capitalize())
    return " ".join(words) + sep + rest
