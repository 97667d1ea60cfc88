"""Small report files for the import tests, written here: text, HTML and PDF (fpdf2)."""

from __future__ import annotations

from fpdf import FPDF

RUNNING_HEAD = "TRAFFICKING IN PERSONS REPORT JULY 2015"

PERU = [
    "PERU: Tier 2",
    "The Government of Peru does not fully meet the minimum standards for the elimination of "
    "trafficking; however, it is making significant efforts to do so.",
    "RECOMMENDATIONS FOR PERU:",
    "Increase efforts to investigate and prosecute trafficking offenses and to convict "
    "traffickers; fund shelters for adult victims.",
    "PROSECUTION",
    "The government maintained law enforcement efforts. Authorities investigated 59 cases in "
    "2014, compared with 70 in 2013. The government convicted 19 traffickers in 2014, compared "
    "with 41 in 2013.",
    "PROTECTION",
    "The government identified at least 774 victims in 2014.",
    "PREVENTION",
    "The government ran awareness campaigns in Lima and Cusco.",
]

CHILE = [
    "CHILE: Tier 1",
    "The Government of Chile fully meets the minimum standards for the elimination of trafficking.",
    "PROSECUTION",
    "The government convicted nine traffickers in 2014, compared with eight in 2013.",
    "PROTECTION",
    "Officials identified 30 victims in 2014.",
    "PREVENTION",
    "The government funded a public awareness campaign.",
]

ATLANTIS = [
    "ATLANTIS: Tier 3",
    "The Government of Atlantis does not fully meet the minimum standards for the elimination "
    "of trafficking and is not making significant efforts to do so.",
    "PROSECUTION",
    "The government reported no investigations.",
]


def text_report(*narratives: list[str], first_page: int = 277) -> str:
    """One narrative per page, with a running head and the page number, pages split by \\f."""
    pages = []
    for offset, lines in enumerate(narratives):
        pages.append("\n".join([RUNNING_HEAD, "", *lines, "", str(first_page + offset)]))
    return "\f".join(pages) + "\n"


def pdf_report(*narratives: list[str], first_page: int = 277) -> bytes:
    pdf = FPDF(unit="pt", format="letter")
    pdf.set_auto_page_break(False)
    for offset, lines in enumerate(narratives):
        pdf.add_page()
        pdf.set_font("Helvetica", size=8)
        pdf.set_xy(72, 36)
        pdf.cell(0, 10, RUNNING_HEAD)
        pdf.set_xy(72, 72)
        pdf.set_font("Helvetica", size=10)
        for line in lines:
            pdf.set_x(72)
            pdf.multi_cell(468, 13, line)
            pdf.ln(4)
        pdf.set_xy(300, 750)
        pdf.set_font("Helvetica", size=8)
        pdf.cell(20, 10, str(first_page + offset))
    return bytes(pdf.output())


def plain_pdf(*lines: str) -> bytes:
    pdf = FPDF(unit="pt", format="letter")
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    for line in lines:
        pdf.set_x(72)
        pdf.multi_cell(468, 14, line)
    return bytes(pdf.output())
