"""Small PDFs built to cost a reader far more than their size: written here, byte by byte."""

from __future__ import annotations

import zlib

GIB = 1024 * 1024 * 1024


def pdf_with_page_content(content: bytes) -> bytes:
    """A one-page PDF (Helvetica as F1) whose page content is the given Flate-compressed stream."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
        b"/Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(content)
        + content
        + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.7\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


def many_text_operators_pdf(count: int = 1_500_000) -> bytes:
    """One page drawing ``count`` characters, one text operator each: some 16 KB on disk."""
    content = b"BT /F1 1 Tf 10 10 Td\n" + b"(a) Tj\n" * count + b"ET\n"
    return pdf_with_page_content(zlib.compress(content, 9))


def inflation_bomb_pdf(inflated: int = GIB) -> bytes:
    """One page whose ~1 MB content stream inflates to ``inflated`` bytes of blanks.

    The same 1 MiB block, compressed once and closed with a full flush (which resets the
    compressor), is repeated: deflate blocks concatenate, so building this takes no time.
    """
    block = b" " * (1024 * 1024)
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    packed = compressor.compress(block) + compressor.flush(zlib.Z_FULL_FLUSH)
    blocks = inflated // len(block)
    checksum = 1
    for _ in range(blocks):
        checksum = zlib.adler32(block, checksum)
    stream = (
        b"\x78\xda"
        + packed * blocks
        + zlib.compressobj(9, zlib.DEFLATED, -15).flush(zlib.Z_FINISH)
        + checksum.to_bytes(4, "big")
    )
    return pdf_with_page_content(stream)
