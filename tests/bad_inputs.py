"""Generate a corpus of hostile and broken inputs, each with the outcome a user should see.

    .venv/bin/python tests/bad_inputs.py OUT_DIR      # writes the files, prints the catalogue

or, from a test:

    from bad_inputs import make_bad_corpus, CATALOGUE
    make_bad_corpus(tmp_path)

Everything is generated here (raw PDF syntax written by hand, reportlab, Pillow), seeded, so
the corpus is the same on every run and no binary is committed. `CATALOGUE` maps each file
name to (outcome, pattern): outcome is "failed" (a row in failures.csv whose reason matches
the pattern), "processed" (read; the document's notes match the pattern) or "skipped" (not a
report: mentioned, not read, not failed).
"""
from __future__ import annotations

import io
import random
import sys
import zlib
from pathlib import Path

# outcome, regex over the reason (failed) or the notes (processed, skipped)
CATALOGUE: dict[str, tuple[str, str]] = {
    "empty.pdf": ("failed", r"^empty file \(0 bytes\)$"),
    "truncated.pdf": ("failed", r"^corrupt PDF: "),
    "error-page.html.pdf": ("failed", r"^not a PDF: looks like HTML$"),
    "notes.txt.pdf": ("failed", r"^not a PDF: looks like text$"),
    "scan.png.pdf": ("failed", r"^not a PDF: looks like PNG image$"),
    "random-bytes.pdf": ("failed", r"^not a PDF: looks like binary data$"),
    "random-after-header.pdf": ("failed", r"^corrupt PDF: "),
    "encrypted.pdf": ("failed", r"^encrypted PDF: password required \(use --password\)$"),
    "page-tree-loop.pdf": ("failed", r"^PDF has zero pages$"),  # pdfminer skips the loop: no page left
    # pdfium bounds its parser's depth and reads the page (an invalid MediaBox gives Letter size).
    "deeply-nested.pdf": ("processed", r"^$"),
    "deep-page-tree.pdf": ("failed", r"^corrupt PDF: objects nested too deeply$"),
    "compression-bomb.pdf": ("failed", r"^refused: a stream inflates to more than \d+ MiB \(compression bomb\?\)$"),
    "five-thousand-empty-pages.pdf": ("processed", r"^$"),
    "image-only.pdf": ("processed", r"^page 1: no text layer: (OCR needed \(install tesseract-ocr\)|read by OCR)$"),
    "no-unicode-map.pdf": ("processed", r"^page 1: unreadable text \(font without a Unicode map\), not mined$"),
    "README.txt": ("skipped", r"not a \.pdf file"),
    ".DS_Store": ("skipped", r"macOS folder metadata"),
}

ENCRYPTED_PASSWORD = "secret"
# The statistic printed as pixels on the image-only page (read back only by OCR).
IMAGE_SENTENCE = "In 2018 there were 4,321 interception warrants issued."
BOMB_MIB = 512


# ---------------------------------------------------------------------------
# A minimal PDF writer: objects numbered from 1, a classic xref table, a trailer.

def raw_pdf(objects: list[bytes], root: int = 1, version: bytes = b"1.7") -> bytes:
    out = bytearray(b"%PDF-" + version + b"\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, root, xref)
    return bytes(out)


def stream(data: bytes, extra: bytes = b"", flate: bool = False) -> bytes:
    if flate:
        data = zlib.compress(data, 9)
        extra += b" /Filter /FlateDecode"
    return b"<< /Length %d%s >>\nstream\n" % (len(data), extra) + data + b"\nendstream"


_PAGE = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents %d 0 R /Resources << %s >> >>"
_HELV = b"/Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> >>"


def one_page_pdf(content: bytes, resources: bytes = _HELV, extra_objects: list[bytes] = (),
                 flate: bool = False) -> bytes:
    """Catalog 1, Pages 2, Page 3, content 4, then extra_objects from 5."""
    return raw_pdf([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        _PAGE % (4, resources),
        stream(content, flate=flate),
        *extra_objects,
    ])


# ---------------------------------------------------------------------------
# The inputs

def good_pdf(sentence: str = "In 2018 there were 3,535 interception warrants issued.") -> bytes:
    from reportlab.pdfgen import canvas
    buf = io.BytesIO()
    c = canvas.Canvas(buf, invariant=1)
    c.setTitle("Annual Report 2018")
    for i in range(3):
        c.setFont("Helvetica", 11)
        c.drawString(72, 760, f"Chapter {i + 1}")
        c.drawString(72, 730, sentence)
        c.showPage()
    c.save()
    return buf.getvalue()


def truncated() -> bytes:
    data = good_pdf()
    # Cut inside the first page's content stream: no xref, no trailer, an unterminated stream.
    return data[:data.index(b"stream") + 40]


def png_bytes() -> bytes:
    from PIL import Image
    buf = io.BytesIO()
    Image.new("RGB", (64, 64), "white").save(buf, "PNG")
    return buf.getvalue()


def encrypted() -> bytes:
    from reportlab.lib.pdfencrypt import StandardEncryption
    from reportlab.pdfgen import canvas
    buf = io.BytesIO()
    c = canvas.Canvas(buf, invariant=1,
                      encrypt=StandardEncryption(ENCRYPTED_PASSWORD, ownerPassword="owner", strength=128))
    c.setFont("Helvetica", 11)
    c.drawString(72, 730, "In 2018 there were 3,535 interception warrants issued.")
    c.showPage()
    c.save()
    return buf.getvalue()


def page_tree_loop() -> bytes:
    # The root Pages node lists itself among its kids, and a second node points back up.
    return raw_pdf([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 >>",
        b"<< /Type /Pages /Parent 2 0 R /Kids [2 0 R] /Count 1 >>",
    ])


def deeply_nested(depth: int = 100_000) -> bytes:
    # The page's MediaBox is an array nested 100,000 deep: recursive resolvers blow the stack.
    nested = b"[0 0 595 842 " + b"[" * depth + b"1" + b"]" * depth + b"]"
    return raw_pdf([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox 5 0 R /Contents 4 0 R /Resources << %s >> >>" % _HELV,
        stream(b"BT /F1 11 Tf 72 730 Td (Nested) Tj ET"),
        nested,
    ])


def deep_page_tree(depth: int = 5000) -> bytes:
    # A chain of 5,000 /Pages nodes, each the only kid of the one above, then one page.
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>"]
    for i in range(depth):
        objs.append(b"<< /Type /Pages /Kids [%d 0 R] /Count 1 >>" % (i + 3))
    objs.append(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] /Contents %d 0 R /Resources << >> >>"
                % (depth + 1, depth + 3))
    objs.append(stream(b"BT ET"))
    return raw_pdf(objs)


def compression_bomb(mib: int = BOMB_MIB) -> bytes:
    # A content stream of spaces: ~0.5 MB on disk, `mib` MiB once inflated.
    comp = zlib.compressobj(9)
    chunk = b" " * (1 << 20)
    data = b"".join(comp.compress(chunk) for _ in range(mib)) + comp.flush()
    content = b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(data) + data + b"\nendstream"
    return raw_pdf([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        _PAGE % (4, _HELV),
        content,
    ])


def many_empty_pages(n: int = 5000) -> bytes:
    # Catalog 1, Pages 2, one shared empty content stream 3, pages 4..n+3.
    kids = b" ".join(b"%d 0 R" % (4 + i) for i in range(n))
    page = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 3 0 R /Resources << >> >>"
    return raw_pdf([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, n),
        stream(b""),
        *([page] * n),
    ])


def image_only() -> bytes:
    """A 'scan': one page whose only content is a picture of a sentence with a statistic."""
    from PIL import Image, ImageDraw, ImageFont
    import reportlab
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas
    font = ImageFont.truetype(str(Path(reportlab.__file__).parent / "fonts" / "Vera.ttf"), 40)
    img = Image.new("L", (2000, 140), 255)
    ImageDraw.Draw(img).text((30, 40), IMAGE_SENTENCE, font=font, fill=0)
    buf = io.BytesIO()
    c = canvas.Canvas(buf, invariant=1)
    c.drawImage(ImageReader(img), 36, 700, width=520, height=520 * 140 / 2000)
    c.showPage()
    c.save()
    return buf.getvalue()


def no_unicode_map() -> bytes:
    """Text in a Type0/Identity-H font with no ToUnicode map and no embedded program: every
    glyph id is all a reader gets, and pdfminer prints them as (cid:NN)."""
    rng = random.Random(3)
    glyphs = bytes(rng.randrange(3, 90) for _ in range(120))
    hexs = b"".join(b"00%02X" % g for g in glyphs)
    lines = b" ".join(b"<%s> Tj 0 -14 Td" % hexs[i:i + 120] for i in range(0, len(hexs), 120))
    content = b"BT /F1 11 Tf 72 760 Td " + lines + b" ET"
    font = (b"/Font << /F1 << /Type /Font /Subtype /Type0 /BaseFont /Garbled /Encoding /Identity-H"
            b" /DescendantFonts [5 0 R] >> >>")
    cid = (b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /Garbled"
           b" /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >>"
           b" /FontDescriptor 6 0 R /DW 600 >>")
    desc = (b"<< /Type /FontDescriptor /FontName /Garbled /Flags 4 /FontBBox [0 0 1000 1000]"
            b" /ItalicAngle 0 /Ascent 800 /Descent -200 /CapHeight 700 /StemV 80 >>")
    return one_page_pdf(content, resources=font, extra_objects=[cid, desc])


def make_bad_corpus(directory) -> dict[str, tuple[str, str]]:
    """Write every input of CATALOGUE into `directory`; returns CATALOGUE."""
    d = Path(directory)
    d.mkdir(parents=True, exist_ok=True)
    rng = random.Random(20240607)
    files = {
        "empty.pdf": b"",
        "truncated.pdf": truncated(),
        "error-page.html.pdf": b"<!DOCTYPE html>\n<html><head><title>404 Not Found</title></head>"
                               b"<body><h1>Not Found</h1><p>The requested report was not found.</p></body></html>\n",
        "notes.txt.pdf": b"Annual report 2018 - to be downloaded later.\nSee the website.\n",
        "scan.png.pdf": png_bytes(),
        "random-bytes.pdf": bytes([0x80 | rng.randrange(128)]) + rng.randbytes(8191),
        "random-after-header.pdf": b"%PDF-1.4\n" + rng.randbytes(8192),
        "encrypted.pdf": encrypted(),
        "page-tree-loop.pdf": page_tree_loop(),
        "deeply-nested.pdf": deeply_nested(),
        "deep-page-tree.pdf": deep_page_tree(),
        "compression-bomb.pdf": compression_bomb(),
        "five-thousand-empty-pages.pdf": many_empty_pages(),
        "image-only.pdf": image_only(),
        "no-unicode-map.pdf": no_unicode_map(),
        "README.txt": b"Reports downloaded from the IPCO website on 2024-06-07.\n",
        ".DS_Store": b"\x00\x00\x00\x01Bud1" + rng.randbytes(2000),
    }
    assert set(files) == set(CATALOGUE)
    for name, data in files.items():
        (d / name).write_bytes(data)
    return CATALOGUE


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: bad_inputs.py OUT_DIR")
    for name, (outcome, pattern) in make_bad_corpus(sys.argv[1]).items():
        print(f"{name:34} {outcome:9} {pattern}")
