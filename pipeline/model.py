"""Plain data classes passed between the pipeline stages.

extract.py produces `PageContent` (words -> lines -> blocks and tables, with boxes);
recognize.py turns pages into `Observation`s; series.py and outputs.py consume those.
Nothing here knows about pdfplumber or spaCy, so every stage can be tested on its own.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import Optional

BBox = tuple[float, float, float, float]  # x0, top, x1, bottom in PDF points, origin top-left


def union_bbox(boxes: list[BBox]) -> BBox:
    # One pass with plain comparisons: called for every line, block and cell of every page.
    x0, top, x1, bottom = boxes[0]
    for b in boxes:
        if b[0] < x0:
            x0 = b[0]
        if b[1] < top:
            top = b[1]
        if b[2] > x1:
            x1 = b[2]
        if b[3] > bottom:
            bottom = b[3]
    return (x0, top, x1, bottom)


def words_bbox(words: list["Word"]) -> BBox:
    """union_bbox of the words' boxes, read off their coordinates (no tuple per word)."""
    first = words[0]
    x0, top, x1, bottom = first.x0, first.top, first.x1, first.bottom
    for w in words:
        if w.x0 < x0:
            x0 = w.x0
        if w.top < top:
            top = w.top
        if w.x1 > x1:
            x1 = w.x1
        if w.bottom > bottom:
            bottom = w.bottom
    return (x0, top, x1, bottom)


def dominant_size(words: list["Word"]) -> float:
    """The font size most of the words' characters are set in (the first such size on a tie);
    0.0 for no words."""
    counts: dict[float, int] = {}
    for w in words:
        counts[w.size] = counts.get(w.size, 0) + len(w.text)
    return max(counts, key=counts.__getitem__) if counts else 0.0


@dataclass
class Word:
    text: str
    x0: float
    top: float
    x1: float
    bottom: float
    size: float = 0.0
    # A raised, smaller glyph run (footnote marker). Kept out of the line text so that
    # "761,702" + superscript "44" never reads as 761,70244.
    superscript: bool = False
    # Text set at a slant (a chart's category labels turned 30 or 45 degrees): the angle
    # of its baseline in degrees, counter-clockwise; one Word holds the whole slanted line.
    angle: float = 0.0

    @property
    def bbox(self) -> BBox:
        return (self.x0, self.top, self.x1, self.bottom)


@dataclass
class Line:
    """One visual line of body text, words left to right, footnote markers set aside.

    A line is built once its words are final (extract._make_line), so its text, box and
    size are computed once: the layout stages ask for them many times a line."""
    words: list[Word]
    footnotes: list[str] = field(default_factory=list)  # superscript markers seen on this line

    @cached_property
    def text(self) -> str:
        return " ".join(w.text for w in self.words if not w.superscript)

    @cached_property
    def bbox(self) -> BBox:
        return words_bbox(self.words)

    @cached_property
    def size(self) -> float:
        """The font size most of the line's characters are set in, footnote markers aside."""
        return dominant_size([w for w in self.words if not w.superscript] or self.words)


@dataclass
class TextSpan:
    """Maps characters [start, end) of a Block's text back to the word they came from."""
    start: int
    end: int
    bbox: BBox


@dataclass
class Block:
    """A paragraph (or heading, caption, bullet item): consecutive lines read as one text.

    `text` joins the lines with spaces (hyphenated line ends rejoined); `spans` lets any
    character offset be traced back to a box on the page.
    """
    text: str
    spans: list[TextSpan]
    bbox: BBox
    kind: str = "paragraph"  # paragraph | heading | bullet | caption
    footnotes: list[str] = field(default_factory=list)

    def bbox_of(self, start: int, end: int) -> BBox:
        boxes = [s.bbox for s in self.spans if s.start < end and s.end > start]
        return union_bbox(boxes) if boxes else self.bbox


@dataclass
class Cell:
    text: str
    bbox: BBox
    page: Optional[int] = None  # 1-based page the cell's text is on (set by tables.find_tables)
    # Superscript footnote markers set against the cell's text ("2,509" + raised "9"): kept
    # here, never in `text`.
    footnotes: list[str] = field(default_factory=list)


@dataclass
class Table:
    """A grid of cells. rows[0..header_rows-1] are header rows.

    kind: 'ruled' (drawn lines), 'unruled' (whitespace aligned, incl. label/value lists),
    'infobox' (label/value rows of a sidebar panel: no header row, whatever its first rows hold)
    or 'grid' (a ruled grid of sentences, "Question | Response": its cells are also the page's
    paragraphs, where its figures are read).
    A cell may be None where the grid has no text.
    """
    page: int
    rows: list[list[Optional[Cell]]]
    bbox: BBox
    header_rows: int = 0
    caption: str = ""  # "Table 3: ..." text found just above or below the table
    title: str = ""    # nearest heading above the table (context for the metric)
    kind: str = "unruled"
    spans: list[tuple[int, int, int, int]] = field(default_factory=list)  # r0, c0, r1, c1
    # A table continued over several pages (DocumentContent.tables): the pages it covers;
    # each Cell.page says where that cell is. Empty for a one-page table.
    pages: list[int] = field(default_factory=list)
    # On a page-level part that continues a table from an earlier page: that page. When the
    # continuation printed no header, the first part's header rows are copied in front
    # (their cells keep Cell.page of the first part) so the columns keep their meaning.
    continues_from: Optional[int] = None

    def text_rows(self) -> list[list[str]]:
        return [[c.text if c else "" for c in row] for row in self.rows]

    def cells(self) -> list["Cell"]:
        """Each cell once, row by row (a cell spanning several columns or rows stands in
        each of them)."""
        seen: set[int] = set()
        out = []
        for row in self.rows:
            for c in row:
                if c is not None and id(c) not in seen:
                    seen.add(id(c))
                    out.append(c)
        return out


@dataclass
class PageContent:
    number: int  # 1-based PDF page
    width: float
    height: float
    blocks: list[Block]  # body text in reading order, table regions removed
    tables: list[Table]
    furniture: list[str] = field(default_factory=list)  # running headers/footers/page numbers set aside
    headings: list[str] = field(default_factory=list)   # section headings on the page, in order
    has_text_layer: bool = True
    # What extraction noticed about the page: "image-only" (no text layer, needs OCR),
    # "rotated" (/Rotate 90/270), "sideways-text" (text set at 90 degrees, read turned upright).
    flags: list[str] = field(default_factory=list)
    charts: list["Chart"] = field(default_factory=list)  # bar charts drawn as vector graphics


@dataclass
class ChartBar:
    """One bar of a chart: the label under (or beside) it and the value printed on it; in a
    chart of several series, the legend entry whose key has the bar's colour ("2016")."""
    label: str
    value: str
    bbox: BBox                     # of the value label
    label_bbox: Optional[BBox] = None
    series: str = ""


@dataclass
class Chart:
    page: int
    bars: list[ChartBar]
    bbox: BBox
    kind: str = "column"  # column (vertical bars) | bar (horizontal) | line (labelled points)
    # A panel of small multiples (plots side by side on one baseline, each with its own value
    # axis): the title set over the panel ("Communications data errors"), and its box.
    title: str = ""
    title_bbox: Optional[BBox] = None


@dataclass
class DocumentContent:
    path: str       # relative to the corpus root
    sha256: str
    pages: list[PageContent]
    title: str = ""
    producer: str = ""
    report_year: Optional[int] = None  # the year the report is about, when it can be told
    # Tables with their continuations on following pages joined into one (Table.pages);
    # PageContent.tables keeps the per-page parts. Filled by extract_document(stitch=True).
    tables: list[Table] = field(default_factory=list)


@dataclass
class Observation:
    document: str
    sha256: str
    page: int
    metric: str
    metric_label: str
    category: str
    period: str
    value: float
    unit: str
    qualifier: str
    method: str  # sentence | table | list | chart | words
    quote: str
    bbox: str    # "x0,top,x1,bottom" rounded to 0.1 pt
    confidence: float

    def to_dict(self) -> dict:
        # What dataclasses.asdict gives, without its recursive deep copy: every field is a
        # plain str, int or float, and observations are converted by the ten thousand.
        return {name: getattr(self, name) for name in OBSERVATION_COLUMNS}


OBSERVATION_COLUMNS = list(Observation.__dataclass_fields__)


@dataclass
class Failure:
    document: str
    reason: str
    sha256: str = ""
