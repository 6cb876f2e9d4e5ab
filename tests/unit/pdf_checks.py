"""Reading printed PDFs back: text per page, fonts and whether they are embedded."""
from __future__ import annotations

from io import BytesIO

from pypdf import PdfReader


def pages_text(pdf: bytes) -> list[str]:
    """Each page's text, without the spaces and line breaks extraction puts between runs and
    cells."""
    return ["".join(page.extract_text().split()) for page in PdfReader(BytesIO(pdf)).pages]


def fonts(pdf: bytes) -> dict[str, bool]:
    """Base font name → embedded (a font file in its descriptor), over all pages."""
    found: dict[str, bool] = {}
    for page in PdfReader(BytesIO(pdf)).pages:
        resources = page.get("/Resources") or {}
        for ref in (resources.get("/Font") or {}).values():
            font = ref.get_object()
            descriptor = font.get("/FontDescriptor")
            descriptor = descriptor.get_object() if descriptor else {}
            found[str(font["/BaseFont"])] = any(
                key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3"))
    return found


def page_sizes(pdf: bytes) -> list[tuple[float, float]]:
    return [(float(p.mediabox.width), float(p.mediabox.height))
            for p in PdfReader(BytesIO(pdf)).pages]
