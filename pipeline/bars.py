"""Bar and line charts drawn as vector graphics: each bar's (point's) value label and label.

A report's bar chart reaches the text layer as loose numbers: the value printed on each bar
("3,535"), the axis ticks ("0 500 1,000 ..."), and the category labels under the bars
("2012 2013 ..."). Read as text, ticks look like statistics and values lose their labels. Here
the bars themselves (filled rectangles standing on one baseline, or starting from one axis)
tie each value to its label, and the tick runs beside the axis are set aside.

A line chart is a stroked polyline running left to right; each vertex carries a value
label near it and a label (a year) under the plot in line with it; the ticks beside the
value axis are set aside as for bars.

A value may also be printed inside its bar (against the end of a bar, just under the top of
a column), and a bar's label may stand on a line of its own just above it; a column chart's
empty slot ("n/a" on the baseline, its year under it) is the chart's too, not text.

A pie is two or more filled slices about one centre that fill the circle; each slice's label
("Serious crime 68%") stands round it in its direction, or its value is printed inside it and
its name is the legend entry of its colour.

Column values may stand apart from their columns, in a row of their own under the baseline
(among or under the year labels) or over the plot; such a row is read only when every number
in it lies within one column's span, one per column, the row is no run of ticks, and then
only the values whose rank agrees with their column's height rank. Grouped columns (runs of
columns in the legend's colours, the same order in each run) take the category label centred
under their run. Bar values in a column of their own right of the plot, in line with the
bars, are read the same way. Stacked (100%) columns, and stacked bars, are read segment by
segment, a value only when printed inside its segment and the legend names its colour; a
value floating beside a segment stays in the text. The value axis's ticks of a column plot
("0% 10% ... 100%") are set aside even when no value of the chart can be read.

A donut is rings of filled segments about one centre; only its innermost ring is read (the
responsible party inside, the cause outside: the inner ring is the one that adds up), each
value printed within its segment, named by the legend, and agreeing with its angle.

Round 9: columns of changes either side of the axis ("+16%" over a rise, "-19%" under a
fall); boxes drawn edge to edge round a line of text (plotly's) are no bars; a framed chart
(matplotlib's value axis up past its tallest column) is titled by the line just over the
frame; a bar split into segments in the legend's colours with a narrow segment's figure
outside ("Intrusive 3" over it, "DP 22" past the end) and "Total 99" after it; a pie's
(donut's) bare shares round it named by the legend beside it; a pie whose counts are only in
its legend ("Traffic data (0)"); small multiples on one shared value axis split by their
colours; a stacked segment thinner than its figure; a line broken by a year with no figure,
and a line of two marked points beside a value axis.

Precision first: a chart is kept only when at least three bars (points) carry a value label
and a label, and no bar holds text but its own value (a shaded table cell does); a pie only
when every value read agrees with the angle of its slice.
"""
from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right
from dataclasses import replace
from typing import Iterable

from .model import Chart, ChartBar, Word, union_bbox, words_bbox

_NUMBER = re.compile(r"^£?\d{1,3}(?:,\d{3})*(?:\.\d+)?%?$|^£?\d+(?:\.\d+)?%?$")
_TOL = 1.5
_YEAR = re.compile(r"(?:19|20)\d{2}")
_AMOUNT = re.compile(r"^£(\d+(?:\.\d+)?)(m|bn|k)$")
_MULTIPLIERS = {"k": 1e3, "m": 1e6, "bn": 1e9}
# a bar's label closing on the financial year it is of ("Marriott International (2020/21)")
_LABEL_FY = re.compile(r"\S\s+\(((?:19|20)\d{2}/\d{2})\)$")
_LABEL_YEAR = re.compile(r"\S,\s+((?:19|20)\d{2})$")


def _is_number(text: str) -> bool:
    return bool(_NUMBER.match(text.strip()))


def boxes(page) -> list[dict]:
    """The page's rectangles, and its filled paths that are rectangles with rounded corners
    (a browser draws an SVG bar with rx, a CSS box with border-radius, a legend's dot as
    such a path, not as a rectangle): every point of the path, control points too, lies on
    or next to its bounding box's edges. A pie slice's centre and arc lie well inside its
    box. Computed once a page."""
    found = getattr(page, "_boxes", None)
    if found is None:
        found = list(page.rects)
        for c in getattr(page, "curves", None) or []:
            pts = c.get("pts") or ()
            if not c.get("fill") or len(pts) < 4:
                continue
            x0, top, x1, bottom = float(c["x0"]), float(c["top"]), float(c["x1"]), float(c["bottom"])
            if x1 - x0 < 2 or bottom - top < 1.5:
                continue
            # (a curve flattened into segments cuts its corners a little: 0.3 of the radius)
            w, h = x1 - x0, bottom - top
            tol = 0.75 + min(0.15 * min(w, h), 3.0)
            if not all(min(abs(x - x0), abs(x - x1)) <= tol or min(abs(y - top), abs(y - bottom)) <= tol
                       for x, y in pts):
                continue
            # and it fills its box (a slice of under half a pie may have every point on its
            # box's edges, and fills half of it); a small dot is kept as it is (a disc's four
            # points make a diamond)
            area = abs(sum(ax * by - bx * ay for (ax, ay), (bx, by) in zip(pts, list(pts[1:]) + [pts[0]]))) / 2
            if area >= 0.8 * w * h or (max(w, h) <= 14 and abs(w - h) <= 1.5):
                found.append(c)
        try:
            page._boxes = found
        except AttributeError:
            pass
    return found


def _bars(page) -> list[dict]:
    """Filled rectangles that could be bars: not hairline rules, not page-wide boxes."""
    width = float(page.width)
    out = []
    for r in boxes(page):
        w, h = r["x1"] - r["x0"], r["bottom"] - r["top"]
        if not r.get("fill") or w < 2 or h < 1.5 or w > 0.6 * width:
            continue
        if h < 1.5 and w > 50:  # a rule
            continue
        out.append(r)
    return _uncontained(out)


def _text_box(r: dict, words: list[Word]) -> bool:
    """A box drawn round one line of text, edge to edge (a plotly title's or note's
    background, a highlight): the line's words run from its left edge to its right edge, the
    box no taller than the line with a little room. A bar's label or value inside it leaves
    room at one end at least."""
    h = r["bottom"] - r["top"]
    inside = _words_in(words, r["x0"] - 1, r["top"] - 1, r["x1"] + 1, r["bottom"] + 1)
    if not inside or h > 20:
        return False
    x0, top, x1, bottom = words_bbox(inside)
    return (abs(x0 - r["x0"]) <= 2.5 and abs(x1 - r["x1"]) <= 2.5 and r["top"] - 1 <= top
            and bottom <= r["bottom"] + 1 and h <= 1.6 * (bottom - top) and len(inside) >= 2)


def _zero_columns(page, words: list[Word]) -> list[dict]:
    """Columns of value 0: filled boxes of no height (under 1.5 points) and a column's width,
    with a "0" printed just over them, centred on them (a browser draws a CSS bar of height
    0 as such a box)."""
    out = []
    for r in boxes(page):
        w, h = r["x1"] - r["x0"], r["bottom"] - r["top"]
        if not r.get("fill") or h >= 1.5 or not 4 <= w <= 0.3 * float(page.width):
            continue
        mid = (r["x0"] + r["x1"]) / 2
        if any(_is_number(t.text) and _value(t.text) == 0 and 0 <= r["top"] - t.bottom <= 12
               and abs((t.x0 + t.x1) / 2 - mid) <= 0.25 * w for t in words):
            out.append(r)
    return out


def _zero_bars(rects: list[dict], words: list[Word]) -> list[dict]:
    """Bars of value 0 not drawn at all: a "0" just right of the axis of two bars or more
    (their left edges on one line), on a row of its own at their pitch, next to the run of
    them, with a label left of the axis on its row ("Traffic 0" under "Subscriber" and
    "Service use"). Each is given as a bar of no length at the axis, for the bar reader."""
    out = []
    zeros = [w for w in words if _is_number(w.text) and _value(w.text) == 0 and not w.angle]
    if not zeros:
        return out
    for group in _group(rects, "x0", least=2):
        group = sorted(group, key=lambda r: r["top"])
        axis = group[0]["x0"]
        heights = [r["bottom"] - r["top"] for r in group]
        if max(heights) > 1.3 * min(heights):
            continue
        pitches = [b["top"] - a["top"] for a, b in zip(group, group[1:])]
        pitch = max(pitches) if pitches else 0
        if not pitch or max(pitches) > 1.3 * min(pitches):
            continue
        h = sum(heights) / len(heights)
        for w in zeros:
            cy = (w.top + w.bottom) / 2
            if not 0 <= w.x0 - axis <= 12:
                continue
            # one pitch past the run's first or last bar (or one that is itself at that pitch)
            ends = [group[0]["top"] - pitch, group[-1]["top"] + pitch] + [r["top"] + pitch for r in out if abs(r["x0"] - axis) <= _TOL]
            top = next((e for e in ends if abs(cy - (e + h / 2)) <= max(2.0, 0.25 * h)), None)
            if top is None or any(r["top"] < cy < r["bottom"] for r in group):
                continue
            label = [v for v in words if v.x1 <= axis - 1 and abs((v.top + v.bottom) / 2 - cy) <= h / 2 + 1
                     and not _is_number(v.text)]
            if label:
                out.append(dict(group[0], x0=axis, x1=axis, top=top, bottom=top + h, zero=True))
    return out


def _zero_slots(rects: list[dict], words: list[Word], drawn: list[dict] = ()) -> list[dict]:
    """Columns of value 0 not drawn at all: a "0" standing on the baseline of two columns or
    more, in a slot at their pitch (next to the run or in a gap of it), with a label under
    the baseline centred on it, as the columns' labels are. Each is given as a column of no
    height, for the column reader (not where a box of no height is `drawn`)."""
    out = []
    zeros = [w for w in words if _is_number(w.text) and _value(w.text) == 0 and not w.angle]
    if not zeros:
        return out
    for group in _group(rects, "bottom", least=2):
        group = sorted(group, key=lambda r: r["x0"])
        widths = [r["x1"] - r["x0"] for r in group]
        if max(widths) > 1.3 * min(widths):
            continue
        pitches = [b["x0"] - a["x0"] for a, b in zip(group, group[1:])]
        pitch = min(pitches)
        if pitch <= max(widths) or any(abs(p / pitch - round(p / pitch)) > 0.1 for p in pitches):
            continue
        base, width = group[0]["bottom"], sum(widths) / len(widths)
        for w in zeros:
            mid = (w.x0 + w.x1) / 2
            if not 0 <= base - w.bottom <= 14:
                continue
            # at a slot: a whole number of pitches from the first column, at most one past the run
            k = (mid - width / 2 - group[0]["x0"]) / pitch
            x0 = group[0]["x0"] + round(k) * pitch
            if abs(k - round(k)) * pitch > 0.25 * width or not -1 <= round(k) <= len(group) + int(
                    (group[-1]["x0"] - group[0]["x0"]) / pitch) - len(group) + 1 \
                    or any(abs((r["x0"] + r["x1"]) / 2 - (x0 + width / 2)) <= 0.5 * width for r in group + out + list(drawn)):
                continue
            under = [v for v in words if 0 <= v.top - base <= 12 and abs((v.x0 + v.x1) / 2 - mid) <= 0.3 * width + 2
                     and (not _is_number(v.text) or _YEAR.fullmatch(v.text))]
            if under:
                out.append(dict(group[0], x0=x0, x1=x0 + width, top=base, bottom=base, zero=True))
    return out


def _uncontained(rects: list[dict]) -> list[dict]:
    """`rects` less the filled boxes wholly containing two or more of the others: a plot's
    background (matplotlib fills the axes white, its bottom edge on the columns' baseline
    when the value axis starts at 0), a panel or a card, never a bar."""
    if len(rects) < 3:
        return rects
    order = sorted(range(len(rects)), key=lambda k: rects[k]["x0"])
    xs = [rects[k]["x0"] for k in order]
    drop = set()
    for i, r in enumerate(rects):
        x0, top, x1, bottom = r["x0"] - 0.5, r["top"] - 0.5, r["x1"] + 0.5, r["bottom"] + 0.5
        if (x1 - x0) * (bottom - top) < 100:
            continue
        held = 0
        for k in order[bisect_left(xs, x0):bisect_right(xs, x1)]:
            q = rects[k]
            if k != i and q["x1"] <= x1 and q["top"] >= top and q["bottom"] <= bottom \
                    and (q["x1"] - q["x0"]) * (q["bottom"] - q["top"]) < (x1 - x0) * (bottom - top) - 10:
                held += 1
                if held >= 2:
                    drop.add(i)
                    break
    return [r for i, r in enumerate(rects) if i not in drop] if drop else rects


def _group(rects: list[dict], key: str, least: int = 3) -> list[list[dict]]:
    groups: list[list[dict]] = []
    for r in sorted(rects, key=lambda r: r[key]):
        if groups and abs(groups[-1][0][key] - r[key]) <= _TOL:
            groups[-1].append(r)
        else:
            groups.append([r])
    return [g for g in groups if len(g) >= least]


def _lengths_vary(lengths: list[float]) -> bool:
    """Bars encode values in their lengths; identical lengths are decoration."""
    return max(lengths) - min(lengths) > 2.0


def _words_in(words: Iterable[Word], x0, top, x1, bottom) -> list[Word]:
    return [w for w in words if x0 <= (w.x0 + w.x1) / 2 <= x1 and top <= (w.top + w.bottom) / 2 <= bottom]


def _colour(r: dict, key: str = "non_stroking_color") -> tuple:
    """A shape's fill colour (or, with key "stroking_color", its stroke's), comparable
    within a page."""
    c = r.get(key)
    c = c if isinstance(c, (tuple, list)) else (c,)   # pdfminer gives a grey as one number
    return tuple(round(float(v), 3) for v in c if isinstance(v, (int, float)))


def _legend(page, words: list[Word]) -> tuple[dict[tuple, tuple[str, Word, list[Word]]], list[dict]]:
    """Legend keys: small filled squares (or the short wide patches matplotlib draws), each
    with a short label just right of it, in two or more colours. Returns {colour: (label,
    its first word, its words)} and the key squares."""
    keys = [r for r in boxes(page) if r.get("fill") and 4 <= r["x1"] - r["x0"] <= 30 and 3 <= r["bottom"] - r["top"] <= 14
            and -2 <= (r["x1"] - r["x0"]) - (r["bottom"] - r["top"]) <= max(2.0, 2.2 * (r["bottom"] - r["top"]))]
    # a line chart's keys: short level strokes in the lines' colours
    keys += [dict(ln, non_stroking_color=ln.get("stroking_color")) for ln in getattr(page, "lines", None) or []
             if 8 <= ln["x1"] - ln["x0"] <= 30 and ln["bottom"] - ln["top"] <= 1 and _stroke(ln)
             and len(set(_stroke(ln))) > 1]
    entries = []
    for r in keys:
        mid = (r["top"] + r["bottom"]) / 2
        right = sorted((w for w in words if 0 <= w.x0 - r["x1"] and w.top - 2 <= mid <= w.bottom + 2),
                       key=lambda w: w.x0)
        if right and right[0].x0 - r["x1"] > 12:
            right = []
        colour = _colour(r)
        # a label names a series ("2016", "Police"); a number beside a square is a short bar's value
        if not right or not colour or (_is_number(right[0].text) and not _YEAR.fullmatch(right[0].text)):
            continue
        # the label runs on along its line, word by word, up to the next key
        label = [right[0]]
        for w in right[1:]:
            # (a figure in the entry, "Telephony related data (678)", is the text's, not the name's)
            if w.x0 - label[-1].x1 > 0.6 * (w.bottom - w.top) or abs(w.top - label[0].top) > 2 \
                    or any(ch.isdigit() for ch in w.text) \
                    or any(k is not r and label[-1].x1 <= k["x0"] <= w.x0 for k in keys):
                break
            label.append(w)
        while len(label) > 1 and label[-1].text in ("-", "–", "—", ":"):   # "Law enforcement – 700,282"
            label.pop()
        # a name wrapped under itself ("Interception warrants" / "issued"), no key beside it
        while True:
            first, h = label[0], label[0].bottom - label[0].top
            below = sorted((w for w in words if abs(w.x0 - first.x0) <= 2 and 0 <= w.top - label[-1].bottom <= 0.6 * h
                            and not any(k["top"] - 2 <= (w.top + w.bottom) / 2 <= k["bottom"] + 2
                                        and 0 <= w.x0 - k["x1"] <= 12 for k in keys)),
                           key=lambda w: w.x0)
            # (nor a sentence's words under it: "In all the inspectors made ..." under "Red")
            if not below or _is_number(below[0].text) or any(
                    abs(m.top - below[0].top) <= 2 and 0 <= below[0].x0 - m.x1 <= 1.5 * (m.bottom - m.top) for m in words):
                break
            more = [below[0]] + [w for w in words if abs(w.top - below[0].top) <= 2 and w.x0 > below[0].x0
                                 and w.x0 - below[0].x1 <= 60 and not any(ch.isdigit() for ch in w.text)]
            label += sorted(more, key=lambda w: w.x0)
        entries.append((colour, (" ".join(w.text for w in label), right[0], label), r))
    # (a colour a key named before is another chart's legend's: the first names it, _near
    # gives a chart the entries nearest it)
    legend: dict[tuple, tuple[str, Word, list[Word]]] = {}
    used = []
    for colour, entry, r in entries:
        if colour not in legend:
            legend[colour] = entry
            used.append(r)
    if len(legend) < 2:
        return {}, []
    try:
        page._legend_entries = entries
    except AttributeError:
        pass
    return legend, used


# A key given in words, not drawn: "Grey dot: 2018; red dot: 2024.", "orange: phone and
# internet companies". The colour's name opens the line or follows a stop; a colon ends it.
_COLOUR_NAMES = {"grey": {"grey"}, "gray": {"grey"}, "black": {"black"}, "red": {"red"}, "orange": {"orange"},
                 "yellow": {"yellow"}, "green": {"green", "teal"}, "teal": {"teal", "green", "blue"},
                 "blue": {"blue", "teal"}, "navy": {"blue", "purple"}, "purple": {"purple", "pink"},
                 "pink": {"pink", "red"}, "brown": {"orange", "red"}}
_SPOKEN_KEY = re.compile(
    r"(?:^|(?<=[;.,]\s))(?:(?P<shade>light|dark|pale)\s+)?(?P<name>%s)(?:\s+(?:dots?|bars?|lines?|circles?|segments?|markers?"
    r"|squares?|points?|columns?|slices?|areas?))?\s*:\s*(?P<label>[^;:]+?)\s*(?=;|\.(?:\s|$)|$)"
    % "|".join(_COLOUR_NAMES), re.I)


# (a page whose text may hold such a key: a colour's name before a colon)
_SPOKEN_HINT = re.compile(r"\b(?:%s)\b(?:\s+[a-z]+)?\s*:" % "|".join(_COLOUR_NAMES), re.I)


def _family(colour: tuple) -> str:
    """The everyday name of a fill colour ("grey", "red", "orange", "blue" ...): grey, black
    or white when it has next to no hue, else the hue's name."""
    c = [float(v) for v in colour]
    if len(c) == 1:
        c = c * 3
    elif len(c) == 4:   # CMYK
        c = [(1 - c[k]) * (1 - c[3]) for k in range(3)]
    elif len(c) != 3:
        return ""
    hi, lo = max(c), min(c)
    if hi - lo < 0.1:
        return "black" if hi < 0.2 else "white" if lo > 0.92 else "grey"
    r, g, b = c
    if hi == r:
        hue = (60 * (g - b) / (hi - lo)) % 360
    elif hi == g:
        hue = 60 * (b - r) / (hi - lo) + 120
    else:
        hue = 60 * (r - g) / (hi - lo) + 240
    for top, name in ((15, "red"), (45, "orange"), (70, "yellow"), (165, "green"), (195, "teal"), (255, "blue"),
                      (315, "purple"), (345, "pink"), (360, "red")):
        if hue < top:
            return name
    return "red"


def _lightness(colour: tuple) -> float:
    c = [float(v) for v in colour]
    if len(c) == 4:   # CMYK
        c = [(1 - c[k]) * (1 - c[3]) for k in range(3)]
    return (max(c) + min(c)) / 2 if c else 0.0


def _spoken_keys(words: list[Word], colours: Iterable[tuple]) -> dict[tuple, tuple[str, Word, list[Word]]]:
    """A key given in words ("Grey dot: 2018 (*2019); red dot: 2024."), as _legend gives a
    drawn one: {colour: (label, its first word, its words)} for each of `colours` (a chart's
    fills) that exactly one named colour names, and that colour names no other of them;
    "light blue" and "dark blue" part two blues by their lightness."""
    colours = list(dict.fromkeys(colours))
    out: dict[tuple, tuple[str, Word, list[Word]]] = {}
    for line in _text_lines([w for w in words if not w.angle]):
        line = sorted(line, key=lambda w: w.x0)
        text, starts = "", []
        for w in line:
            starts.append(len(text) + (1 if text else 0))
            text = (text + " " + w.text) if text else w.text
        for m in _SPOKEN_KEY.finditer(text):
            fits = [c for c in colours if _family(c) in _COLOUR_NAMES[m.group("name").lower()]]
            if len(fits) == 2 and m.group("shade"):
                fits = sorted(fits, key=_lightness)
                if abs(_lightness(fits[0]) - _lightness(fits[1])) < 0.15:
                    continue
                fits = fits[:1] if m.group("shade").lower() == "dark" else fits[1:]
            if len(fits) != 1 or fits[0] in out:
                continue
            label = [w for w, at in zip(line, starts) if m.start("label") <= at < m.end("label")]
            if label:
                out[fits[0]] = (m.group("label"), label[0], label)
    return out


def _near(page, legend: dict, box: tuple) -> dict:
    """The legend as a chart in `box` reads it: where two keys on the page have one colour
    (two charts' legends), the entry whose key lies nearest the chart."""
    entries = getattr(page, "_legend_entries", None) or []
    if len(entries) == len(legend) or not legend:
        return legend
    out = dict(legend)
    for colour in legend:
        mine = [(e, r) for c, e, r in entries if c == colour]
        if len(mine) >= 2:
            out[colour] = min(mine, key=lambda er: _gap(box, (er[1]["x0"], er[1]["top"], er[1]["x1"], er[1]["bottom"])))[0]
    return out


def _gap(a: tuple, b: tuple) -> float:
    """The distance between two boxes (0 when they overlap)."""
    dx = max(0.0, b[0] - a[2], a[0] - b[2])
    dy = max(0.0, b[1] - a[3], a[1] - b[3])
    return math.hypot(dx, dy)


def _vertical(group: list[dict], words: list[Word], keyed: tuple = (), vary: bool = True) -> tuple[list[ChartBar], set[int], list[tuple]] | None:
    """Columns standing on one baseline: value above each, label below the baseline. (With
    `vary` false columns of one height are read too: the caller checks their scale.)"""
    group = sorted(group, key=lambda r: r["x0"])
    widths = [r["x1"] - r["x0"] for r in group]
    if vary and not _lengths_vary([r["bottom"] - r["top"] for r in group]):
        return None  # equal blocks side by side: shading or a legend, not data
    if max(widths) > 1.6 * min(widths) or any(a["x1"] > b["x0"] + _TOL for a, b in zip(group, group[1:])):
        return None
    base = group[0]["bottom"]
    bars, used = [], set()
    colours: list[tuple] = []   # each bar's fill, for the legend
    clusters = _clusters(group, keyed)
    for n, r in enumerate(group):
        above = [w for w in _words_in(words, r["x0"] - 4, r["top"] - 20, r["x1"] + 4, r["top"] + 2) if _is_number(w.text)]
        if not above:
            # printed inside the column, just under its top (a number wholly within the bar)
            above = [w for w in _words_in(words, r["x0"], r["top"], r["x1"], min(r["top"] + 25, base))
                     if _is_number(w.text) and w.x0 >= r["x0"] - 1 and w.x1 <= r["x1"] + 1 and w.top >= r["top"] - 1]
        if not above:
            # or anywhere inside it, the one number there (centred in a tall column)
            inside = [w for w in _words_in(words, r["x0"], r["top"], r["x1"], base)
                      if w.x0 >= r["x0"] - 1 and w.x1 <= r["x1"] + 1 and w.top >= r["top"] - 1 and w.bottom <= base + 1]
            if len(inside) == 1 and _is_number(inside[0].text):
                above = inside
        below = [w for w in _words_in(words, r["x0"] - 6, base, r["x1"] + 6, base + 22) if not w.angle]
        below = _label_lines_only(below, words, r["x0"] - 6, r["x1"] + 6)
        if not below:
            below = _slanted_under(words, r["x0"] - 6, r["x1"] + 6, base)
        if clusters:
            # grouped columns, one per series: the category's label is centred under its group
            # (a long one reaching under one column of it is the group's all the same)
            a, b = clusters[n]
            grouped = [w for w in _words_in(words, a - 6, base, b + 6, base + 22)
                       if not _is_number(w.text) or _YEAR.fullmatch(w.text)]
            if not below or (grouped and {id(w) for w in below} < {id(w) for w in grouped}):
                below = grouped
        if not above:
            continue
        if below and not any(w.angle for w in below):
            a, b = clusters[n] if clusters else (r["x0"], r["x1"])
            below = _wrapped(below, words, a - 6, b + 6)
        value = min(above, key=lambda w: abs(w.bottom - r["top"]))
        label = _reading(below)
        bars.append(ChartBar(label, value.text, value.bbox, words_bbox(below) if below else None))
        colours.append(_colour(r))
        used |= {id(value)} | {id(w) for w in below}
    row = _detached_row(group, words, base)
    if row and len(row) > len(bars) and (not bars or all(id(_word_at(words, b.bbox)) in {id(w) for w in row.values()} for b in bars)):
        # values printed in a row of their own under or over the columns (or among the
        # category labels): the attached reading, if any, took only words of that row
        bars, used, colours = [], set(), []
        ids = {id(w) for w in row.values()}
        for i, r in enumerate(group):
            if i not in row:
                continue
            value = row[i]
            reach = 22
            if value.top >= base - 1 and value.top < base + reach:   # the row stands between baseline and labels
                reach += value.bottom - value.top + 4
            below = [w for w in _words_in(words, r["x0"] - 6, base, r["x1"] + 6, base + reach)
                     if id(w) not in ids and (not _is_number(w.text) or _YEAR.fullmatch(w.text))]
            label = " ".join(w.text for w in sorted(below, key=lambda w: (round(w.top), w.x0)))
            bars.append(ChartBar(label, value.text, value.bbox, words_bbox(below) if below else None))
            colours.append(_colour(r))
            used |= {id(value)} | {id(w) for w in below}
    left = min(r["x0"] for r in group)
    top = min(r["top"] for r in group) - 20
    labelled = [w for w in words if id(w) in used and w.top >= base]
    pitch = min(b["x0"] - a["x0"] for a, b in zip(group, group[1:]))
    # A slot with no bar ("n/a", a year not published: a gap of a whole bar's pitch or more
    # between two bars) keeps its label in the label row and, at most, a marker just above
    # the baseline: both are the chart's, not text.
    gaps = [(a["x1"] + pitch / 4, b["x0"] - pitch / 4) for a, b in zip(group, group[1:]) if b["x0"] - a["x0"] >= 1.6 * pitch]
    if labelled and gaps:
        row_top = min(w.top for w in labelled)
        for w in words:
            mid = (w.x0 + w.x1) / 2
            if id(w) in used or abs(w.top - row_top) > 2 or not any(a <= mid <= b for a, b in gaps):
                continue
            used.add(id(w))
            used |= {id(m) for m in words if m.x0 <= mid <= m.x1 and base - 25 <= m.top and m.bottom <= base + 1
                     and not _is_number(m.text) and len(m.text) <= 4}
    # the tick run: numbers in the one column right-aligned just left of the plot
    near = [w for w in words if w.x1 <= left and top - 10 <= w.top <= base + 4 and _is_number(w.text)]
    if near:
        edge = max(w.x1 for w in near)
        column = [w for w in near if abs(w.x1 - edge) <= 3]
        # (an axis has two ticks at least: one number left of the plot is the text's, "the
        # 2019 report counted 24" in a column of prose beside the chart)
        if len(column) >= 2:
            used |= {id(w) for w in column}
        # the run goes on above the tallest column when it is an even run of ticks
        higher = sorted((w for w in words if abs(w.x1 - edge) <= 3 and top - 200 <= w.top < top - 10
                         and _is_number(w.text)), key=lambda w: w.top)
        if higher and bars:
            run = sorted(column + higher, key=lambda w: -w.top)
            if _ticklike(run) and _evenly_placed(run):
                used |= {id(w) for w in higher}
    return bars, used, colours


class _Panel(list):
    """The columns of one panel of small multiples (a list of rects, marked as such)."""
    panel = True


def _panels(group: list[dict], words: list[Word]) -> list[list[dict]]:
    """Columns on one baseline split into the panels of small multiples: plots side by side,
    each with a value axis of its own, a run of ticks right-aligned in the gap between the
    last column of one panel and the first of the next. The group as it is when there is
    no such gap."""
    whole = group
    # (each panel's plot area may be a filled box standing on the baseline too: no column)
    group = sorted((r for r in group if sum(1 for q in group if q is not r and r["x0"] <= q["x0"] and q["x1"] <= r["x1"]
                                            and r["top"] <= q["top"]) < 2), key=lambda r: r["x0"])
    if len(group) < 6:
        return [whole]
    base = max(r["bottom"] for r in group)
    top = min(r["top"] for r in group)
    cuts = []
    for k, (a, b) in enumerate(zip(group, group[1:])):
        nums = [w for w in words if a["x1"] + 2 <= w.x0 and w.x1 <= b["x0"] - 1 and top - 30 <= w.top
                and w.bottom <= base + 6 and _is_number(w.text)]
        if len(nums) < 3:
            continue
        edge = max(w.x1 for w in nums)
        run = sorted((w for w in nums if abs(w.x1 - edge) <= 3), key=lambda w: -w.top)
        if len(run) >= 3 and _ticklike(run) and _evenly_placed(run):
            cuts.append(k + 1)
    if not cuts:
        cuts = _colour_runs(group)
    if not cuts:
        return [whole]
    bounds = [0] + cuts + [len(group)]
    return [_Panel(group[i:j]) for i, j in zip(bounds, bounds[1:])]


def _colour_runs(group: list[dict]) -> list[int]:
    """Small multiples on one shared value axis: runs of columns, each run in a colour of its
    own, two or more columns a run, the gap between two runs wider than twice every gap
    within either. Returns the indexes where the runs start (none when the columns are no such runs)."""
    colours = [_colour(r) for r in group]
    cuts = [k for k in range(1, len(group)) if colours[k] != colours[k - 1]]
    if not cuts:
        return []
    bounds = [0] + cuts + [len(group)]
    runs = [group[i:j] for i, j in zip(bounds, bounds[1:])]
    if any(len(run) < 2 for run in runs) or len({colours[i] for i in bounds[:-1]}) != len(runs):
        return []
    inner = [max(b["x0"] - a["x1"] for a, b in zip(run, run[1:])) for run in runs]
    if min(inner) <= 0:
        return []
    ok = all(group[k]["x0"] - group[k - 1]["x1"] > 2 * max(inner[n], inner[n + 1]) for n, k in enumerate(cuts))
    return cuts if ok else []


def _shared_labels(group: list[dict], bars: list[ChartBar], words: list[Word]) -> set[int]:
    """Small multiples sharing one category axis print its labels under the lowest panel
    only: a panel with no labels of its own takes, for each column, the label in line with
    it in the first row of labels further down (every column one, in one row). Sets the
    bars' labels; returns no ids (the labels are the lower panel's too)."""
    base = max(r["bottom"] for r in group)
    spans = []
    for b in bars:
        mid = (b.bbox[0] + b.bbox[2]) / 2
        r = next((r for r in group if r["x0"] - 2 <= mid <= r["x1"] + 2), None)
        if r is None:
            return set()
        spans.append((r["x0"] - 6, r["x1"] + 6))
    cands = sorted((w for w in words if base + 4 < w.top <= base + 400 and not w.angle
                    and (not _is_number(w.text) or _YEAR.fullmatch(w.text))
                    and any(a <= (w.x0 + w.x1) / 2 <= z for a, z in spans)), key=lambda w: w.top)
    rows: list[list[Word]] = []
    for w in cands:
        if rows and abs(w.top - rows[-1][0].top) <= 2:
            rows[-1].append(w)
        else:
            rows.append([w])
    for row in rows:
        # (a lower panel's title on the way down is no row of labels: labels are periods)
        if not all(_YEAR.fullmatch(w.text) for w in row):
            continue
        labels = [[w for w in row if a <= (w.x0 + w.x1) / 2 <= z] for a, z in spans]
        if all(len(m) == 1 for m in labels):
            for b, m in zip(bars, labels):
                b.label, b.label_bbox = m[0].text, m[0].bbox
        break
    return set()


def _panel_title(group: list[dict], bars: list[ChartBar], words: list[Word], taken: set[int]) -> list[Word]:
    """A panel's title: the one line of words (no figures) set over the panel's plot, above
    its values and the top of its value axis, starting within the panel's reach (its tick
    column included) and ending before the next panel's."""
    left, right = min(r["x0"] for r in group), max(r["x1"] for r in group)
    tops = [r["top"] for r in group] + [b.bbox[1] for b in bars]
    base = max(r["bottom"] for r in group)
    ticks = [w for w in words if id(w) in taken and w.x1 <= left and left - w.x1 <= 60 and _is_number(w.text)
             and min(tops) - 40 <= w.top <= base + 4]
    if ticks:
        # (the axis's top tick, standing above the tallest column, is the axis's too)
        edge = max(w.x1 for w in ticks)
        ticks += [w for w in words if abs(w.x1 - edge) <= 3 and _is_number(w.text) and min(tops) - 40 <= w.top
                  and w.bottom <= min(w.top for w in ticks)]
    tops += [w.top for w in ticks]
    reach = min([left] + [w.x0 for w in ticks]) - 10
    top = min(tops)
    above = [w for w in words if id(w) not in taken and w.bottom <= top + 1 and top - w.bottom <= 25
             and reach <= w.x0 <= right and not w.angle and (not _is_number(w.text) or _YEAR.fullmatch(w.text))]
    if not above:
        return []
    line = max(w.top for w in above)
    start = min((w for w in above if abs(w.top - line) <= 2), key=lambda w: w.x0)
    # (the line may run on past the panel's right edge)
    title = sorted((w for w in words if id(w) not in taken and abs(w.top - line) <= 2 and w.x0 >= start.x0
                    and not w.angle), key=lambda w: w.x0)
    # (one line: the words run on without a wide gap, none of them a figure)
    out = [title[0]]
    for w in title[1:]:
        # (past the panel's right edge only a word's space apart: the next panel's title
        # may follow on the line)
        if w.x0 - out[-1].x1 > (1.5 if w.x0 <= right else 0.6) * (w.bottom - w.top):
            break
        out.append(w)
    if any(_is_number(w.text) and not (k and _YEAR.fullmatch(w.text)) for k, w in enumerate(out)) or out[-1].x1 > right + 120:
        return []
    return out


def _text_lines(words: list[Word]) -> list[list[Word]]:
    """Words grouped into lines, top to bottom (a word within 2 pt of a line's top is on it)."""
    lines: list[list[Word]] = []
    for w in sorted(words, key=lambda w: w.top):
        if lines and abs(w.top - lines[-1][0].top) <= 2:
            lines[-1].append(w)
        else:
            lines.append([w])
    return lines


def _reading(words: list[Word]) -> str:
    """Words in reading order: line by line (a label set on two lines, "Directed" over
    "surveillance"), left to right on each."""
    return " ".join(w.text for line in _text_lines(words) for w in sorted(line, key=lambda w: w.x0))


def _wrapped(label: list[Word], words: list[Word], x0: float, x1: float) -> list[Word]:
    """A category label and the lines it wraps onto under itself ("Directed" /
    "surveillance"): the next line down within `x0`..`x1`, no figures, set as close under
    it as a line's spacing."""
    label = list(label)
    while True:
        last = max(w.bottom for w in label)
        h = max(w.bottom - w.top for w in label)
        more = [w for w in _words_in(words, x0, last - 1, x1, last + 1.2 * h)
                if w not in label and not w.angle and last - 1 <= w.top <= last + 0.6 * h]
        if not more or any(_is_number(w.text) and not _YEAR.fullmatch(w.text) for w in more):
            return label
        # (a note's line under the plot runs on past the column: "2016: IOCCO; 2022 and
        # 2023: IPC Annual Reports." under columns labelled "2016", "2022", "2023")
        if _runs_past(more, words, x0, x1):
            return label
        label += more


def _runs_past(part: list[Word], words: list[Word], x0: float, x1: float) -> bool:
    """Whether the line `part` is on runs on, word after word, past `x0`..`x1` (a note's
    line under a plot, not a label wrapped under its column)."""
    line = [w for w in words if abs(w.top - part[0].top) <= 2 and not w.angle]
    run = list(part)
    grew = True
    while grew:
        grew = False
        for w in line:
            if w not in run and any(abs(w.x0 - m.x1) <= 1.2 * (w.bottom - w.top) or abs(m.x0 - w.x1) <= 1.2 * (w.bottom - w.top)
                                    for m in run):
                run.append(w)
                grew = True
    return any((w.x0 + w.x1) / 2 < x0 or (w.x0 + w.x1) / 2 > x1 for w in run)


def _label_lines_only(below: list[Word], words: list[Word], x0: float, x1: float) -> list[Word]:
    """The words under a column less the lines after the first that run on past the
    column's reach (a note under the plot)."""
    lines = _text_lines(below)
    if len(lines) < 2:
        return below
    keep = list(lines[0])
    for line in lines[1:]:
        if _runs_past(line, words, x0, x1):
            break
        keep += line
    return keep


def _slanted_under(words: list[Word], x0: float, x1: float, base: float) -> list[Word]:
    """A category label set at a slant under a column: its highest corner, where the
    turned text meets the axis (the end of text rising to the right, the start of text
    falling to the right), lies under the column, just below the baseline."""
    out = []
    for w in words:
        if not w.angle:
            continue
        ax = w.x1 if w.angle > 0 else w.x0
        if x0 <= ax <= x1 and base - 2 <= w.top <= base + 16:
            out.append(w)
    return out[:1] if len(out) == 1 else []


def _apart(group: list[dict]) -> bool:
    """Columns standing apart from each other (a table's shaded cells abut)."""
    group = sorted(group, key=lambda r: r["x0"])
    return all(b["x0"] - a["x1"] >= 2 for a, b in zip(group, group[1:]))


def _clusters(group: list[dict], keyed: tuple = ()) -> list[tuple[float, float]] | None:
    """Grouped columns: runs of columns close together, split by wider gaps, each run the
    same length (two or more) and the same colours in the same order, one per series; or,
    where a category has no figure for some series (its column left out, the run closed
    up), runs of two or more columns, each of its own colour within the run, in the legend's
    order, every colour one the legend (`keyed`) names. Returns each column's run as (left,
    right), or None."""
    gaps = [b["x0"] - a["x1"] for a, b in zip(group, group[1:])]
    if not gaps or max(gaps) - min(gaps) < 3:
        return None
    cut = (max(gaps) + min(gaps)) / 2
    runs, run = [], [group[0]]
    for r, gap in zip(group[1:], gaps):
        if gap > cut:
            runs.append(run)
            run = []
        run.append(r)
    runs.append(run)
    size = len(runs[0])
    fills = [tuple(_colour(r) for r in run) for run in runs]
    if len(runs) < 2 or size < 2 or any(len(run) != size for run in runs) \
            or len(set(fills)) != 1 or len(set(fills[0])) != size:
        order = list(keyed)
        if len(runs) < 2 or any(len(run) < 2 or len(set(f)) != len(f) or not set(f) <= set(keyed)
                                or [order.index(c) for c in f] != sorted(order.index(c) for c in f)
                                for run, f in zip(runs, fills)) or len({c for f in fills for c in f}) < 3:
            return None
    return [(run[0]["x0"], run[-1]["x1"]) for run in runs for _ in run]


def _word_at(words: list[Word], bbox) -> Word | None:
    return next((w for w in words if w.bbox == bbox), None)


def _value(text: str) -> float:
    m = _AMOUNT.match(text.strip())
    if m:
        return float(m.group(1)) * _MULTIPLIERS[m.group(2)]
    return float(text.strip("%£").replace(",", ""))


def _is_amount(text: str) -> bool:
    """A sum of money with a multiplier ("£20m", "£1.2bn", "£500k"): a value printed against
    a bar, never an axis tick (the ticks of an axis "£ million" are bare numbers)."""
    return bool(_AMOUNT.match(text.strip()))


def _to_scale(group: list[dict], bars: list[ChartBar], words: list[Word], lo: str, hi: str) -> bool:
    """Every bar as long as its value puts it on one scale from zero (within 2 points or
    3%): bars read with values written in more than one way ("£20m", "£500,000")."""
    pairs = []
    for b in bars:
        w = _word_at(words, b.bbox)
        r = next((r for r in group if r[lo] - 3 <= (b.bbox[1] + b.bbox[3]) / 2 <= r[hi] + 3), None) if lo == "top" \
            else next((r for r in group if r[lo] - 3 <= (b.bbox[0] + b.bbox[2]) / 2 <= r[hi] + 3), None)
        if w is None or r is None:
            return False
        length = r["x1"] - r["x0"] if lo == "top" else r["bottom"] - r["top"]
        pairs.append((_value(w.text), length))
    total = sum(v * v for v, _ in pairs)
    if total <= 0:
        return False
    k = sum(v * ln for v, ln in pairs) / total
    longest = max(ln for _, ln in pairs)
    return k > 0 and all(abs(ln - k * v) <= max(2.0, 0.03 * longest) for v, ln in pairs)


def _ticklike(nums: list[Word]) -> bool:
    """A run of axis ticks, not values: evenly spaced in value, and written without thousands
    commas ("0% 10% ...", "500 1000 1500") or a long run ("0 500 1,000 1,500 2,000")."""
    vals = [_value(w.text) for w in nums]
    steps = {round(b - a, 6) for a, b in zip(vals, vals[1:])}
    even = len(steps) == 1 and 0 not in steps
    return even and (not any("," in w.text for w in nums) or len(nums) >= 5)


def _evenly_placed(run: list[Word]) -> bool:
    gaps = [b.top - a.top for a, b in zip(run, run[1:])]
    return len(run) >= 3 and max(gaps) - min(gaps) <= 1.5 and min(abs(g) for g in gaps) > 2


def _detached_row(group: list[dict], words: list[Word], base: float) -> dict[int, Word] | None:
    """Column values printed in a row of their own, under the baseline (among or under the
    category labels) or over the plot, each in line with its column without touching it.
    Returns {column index: value word}, kept only where unambiguous: every number of the row
    within one column's span, one per column, a single such row, no run of ticks; and a
    value whose rank among the row disagrees with its column's height rank is dropped."""
    left, right = group[0]["x0"], group[-1]["x1"]
    top = min(r["top"] for r in group)
    band = [w for w in words if left - 10 <= (w.x0 + w.x1) / 2 <= right + 10
            and (base - 1 <= w.top <= base + 60 or top - 80 <= w.top and w.bottom <= top - 1)]
    if len(band) < 3:
        return None
    lines: list[list[Word]] = []
    for w in sorted(band, key=lambda w: w.top):
        if lines and abs(lines[-1][0].top - w.top) <= 2:
            lines[-1].append(w)
        else:
            lines.append([w])
    found = []
    for line in lines:
        # (a line may hold the year labels too, each value beside its year: "2014 2795")
        if not all(_is_number(w.text) for w in line):
            continue
        line = sorted((w for w in line if not _YEAR.fullmatch(w.text)), key=lambda w: w.x0)
        placed = _one_per_bar(line, group, "x0", "x1") if len(line) >= 3 else None
        if placed:
            found.append(placed)
    if len(found) != 1:
        return None
    return _ranked(found[0], {i: r["bottom"] - r["top"] for i, r in enumerate(group)})


def _one_per_bar(values: list[Word], group: list[dict], lo: str, hi: str) -> dict[int, Word] | None:
    """{bar index: value} when each value's middle lies within the span (lo..hi: "x0".."x1"
    under columns, "top".."bottom" beside bars) of exactly one bar, one value a bar, and the
    values are no run of axis ticks; else None."""
    slots = []
    for w in values:
        mid = (w.x0 + w.x1) / 2 if lo == "x0" else (w.top + w.bottom) / 2
        hits = [i for i, r in enumerate(group) if r[lo] <= mid <= r[hi]]
        slots.append(hits[0] if len(hits) == 1 else None)
    if None in slots or len(set(slots)) != len(slots) or _ticklike(values):
        return None
    return dict(zip(slots, values))


def _ranked(row: dict[int, Word], lengths: dict[int, float]) -> dict[int, Word] | None:
    """The values of `row` whose rank among the row agrees with their bar's length rank (bars
    within a point of each other tie); None when fewer than three are left."""
    values = {i: _value(row[i].text) for i in row}
    keep = {}
    for i in row:
        h_lo = sum(1 for j in row if lengths[j] < lengths[i] - 1)
        h_hi = sum(1 for j in row if lengths[j] <= lengths[i] + 1) - 1
        v_lo = sum(1 for j in row if values[j] < values[i])
        v_hi = sum(1 for j in row if values[j] <= values[i]) - 1
        if v_lo <= h_hi and h_lo <= v_hi:
            keep[i] = row[i]
    return keep if len(keep) >= 3 else None


def _detached_column(group: list[dict], words: list[Word]) -> dict[int, Word] | None:
    """Bar values printed in a column of their own right of the plot, each in line with its
    bar (its middle within the bar's height) without touching it: as for a detached row of
    column values, read only where unambiguous and where the ranks agree with the bars'."""
    far = max(r["x1"] for r in group)
    top, bottom = group[0]["top"], group[-1]["bottom"]
    area = sorted((w for w in words if far + 2 <= w.x0 <= far + 200 and top - 3 <= (w.top + w.bottom) / 2 <= bottom + 3),
                  key=lambda w: w.x0)
    columns: list[list[Word]] = []
    for w in area:
        for col in columns:
            if w.x0 <= max(c.x1 for c in col) and w.x1 >= min(c.x0 for c in col):
                col.append(w)
                break
        else:
            columns.append([w])
    found = []
    for col in columns:
        if len(col) < 3 or not all(_is_number(w.text) and not _YEAR.fullmatch(w.text) for w in col):
            continue
        col.sort(key=lambda w: w.top)
        placed = _one_per_bar(col, group, "top", "bottom")
        if placed:
            found.append(placed)
    if len(found) != 1:
        return None
    return _ranked(found[0], {i: r["x1"] - r["x0"] for i, r in enumerate(group)})


# How segments stack: columns upward (each standing on the top of the one below), bars
# rightward (each starting where the one before ends). Per direction: the keys of the span
# across the stack, then the edge of a segment that meets the previous one's other edge.
_UPWARD = ("x0", "x1", "bottom", "top")
_RIGHTWARD = ("top", "bottom", "x0", "x1")


def _stacks(group: list[dict], rects: list[dict], direction: tuple = _UPWARD) -> list[list[dict]] | None:
    """Each column of `group` (or bar, for _RIGHTWARD) with the segments stacked on it (same
    span, each meeting the one before), first segment first; None when no column has a
    second segment."""
    lo, hi, meets, met = direction
    group = sorted(group, key=lambda r: r[lo])
    widths = [r[hi] - r[lo] for r in group]
    # columns apart from each other (table cells abut), of one width
    if max(widths) > 1.6 * min(widths) or any(b[lo] - a[hi] < 2 for a, b in zip(group, group[1:])):
        return None
    stacks, stacked = [], False
    for r in group:
        stack = [r]
        while True:
            on = [q for q in rects if q is not stack[-1] and abs(q[lo] - r[lo]) <= _TOL
                  and abs(q[hi] - r[hi]) <= _TOL and abs(q[meets] - stack[-1][met]) <= _TOL]
            if len(on) != 1:
                break
            stack.append(on[0])
        stacked |= len(stack) > 1
        stacks.append(stack)
    if not stacked or not _lengths_vary([abs(q[meets] - q[met]) for stack in stacks for q in stack]) \
            or not _series_fills(stacks):
        return None   # blocks of one size or of one colour: shading, not data
    return stacks


def _stacked(stacks: list[list[dict]], words: list[Word], legend: dict) -> tuple[list[ChartBar], set[int], list[tuple]] | None:
    """Stacked (or 100%) columns: each segment's value printed wholly inside it, its series
    the legend entry of its colour, its label under the baseline. A value floating beside a
    segment or among the percentage ticks is not read (it cannot be tied to one segment)."""
    base = stacks[0][0]["bottom"]
    if any(_colour(q) not in legend for stack in stacks for q in stack):
        return None
    bars, used, colours = [], set(), []
    for stack in stacks:
        r = stack[0]
        below = [w for w in _words_in(words, r["x0"] - 6, base, r["x1"] + 6, base + 22)
                 if not _is_number(w.text) or _YEAR.fullmatch(w.text)]
        while below:   # a label set on two lines ("First-" / "professional")
            last = max(w.bottom for w in below)
            more = [w for w in _words_in(words, r["x0"] - 6, last - 1, r["x1"] + 6, last + 12)
                    if w not in below and last - 1 <= w.top <= last + 4 and not _is_number(w.text)]
            if not more:
                break
            below += more
        label = " ".join(w.text for w in sorted(below, key=lambda w: (round(w.top), w.x0))).replace("- ", "-")
        used |= _read_segments(stack, label, below, words, legend, bars, colours)
    if len(bars) < 3 or len({b.label for b in bars}) < 2:
        return None
    return bars, used | _axis_ticks([q for s in stacks for q in s], words), colours


def _read_segments(stack: list[dict], label: str, label_words: list[Word], words: list[Word], legend: dict,
                   bars: list[ChartBar], colours: list[tuple]) -> set[int]:
    """The value printed wholly inside each segment of `stack`, added to `bars` as a bar of
    `label` in the series the legend gives the segment's colour; returns the ids of the words
    used. Nothing without a label."""
    used: set[int] = set()
    # (a legend set over the plot may lie on a segment: its names are not the segment's)
    keyed = {id(w) for entry in legend.values() for w in entry[2]}
    for q in stack:
        inside = [w for w in words if w.x0 >= q["x0"] - 1 and w.x1 <= q["x1"] + 1
                  and w.top >= q["top"] - 1 and w.bottom <= q["bottom"] + 1 and id(w) not in keyed]
        if not inside:
            # a segment thinner than its figure: the figure centred on it, spilling over
            # its edges (and nothing else centred there)
            inside = [w for w in words if w.x0 >= q["x0"] - 1 and w.x1 <= q["x1"] + 1 and id(w) not in keyed
                      and q["top"] <= (w.top + w.bottom) / 2 <= q["bottom"] and w.bottom - w.top > q["bottom"] - q["top"]]
        named: list[Word] = []
        if not inside and label and q["x1"] >= max(r["x1"] for r in stack) - 0.5 and len(stack) >= 2 \
                and all(abs(r["top"] - q["top"]) <= _TOL for r in stack):
            # the last segment of a bar, too narrow for its figure: "Combination 1%" past the
            # bar's end, named as in the legend
            row = sorted((w for w in words if abs((w.top + w.bottom) / 2 - (q["top"] + q["bottom"]) / 2) <= (q["bottom"] - q["top"]) / 2
                          and 0 <= w.x0 - q["x1"] <= 40 + 200 and id(w) not in keyed), key=lambda w: w.x0)
            phrase: list[Word] = []
            for w in row:
                if (phrase and w.x0 - phrase[-1].x1 > 0.6 * (w.bottom - w.top)) or (not phrase and w.x0 - q["x1"] > 40):
                    break
                phrase.append(w)
            if len(phrase) >= 2 and _is_number(phrase[-1].text) and _abbreviates(phrase[:-1], legend[_colour(q)][0]):
                inside, named = phrase[-1:], phrase[:-1]
        if len(inside) != 1 or not _is_number(inside[0].text) or not label:
            continue
        value = inside[0]
        bars.append(ChartBar(label, value.text, value.bbox, words_bbox(label_words), legend[_colour(q)][0]))
        colours.append(_colour(q))
        used |= {id(value)} | {id(w) for w in label_words} | {id(w) for w in named}
    return used


def _keyed_stack(rects: list[dict], words: list[Word], legend: dict):
    """One bar split into segments side by side, its figures printed in the legend, not in
    the bar ("[key] Directed surveillance 59  [key] Property interference 23 ..."): each
    entry's name and figure read as a bar of the chart, kept only when every segment's
    length agrees with its figure's share of their sum. Returns (chart, word ids, segments)
    or None."""
    # the entries with a figure right after their name
    valued: dict[tuple, Word] = {}
    for colour, (_, _, label) in legend.items():
        last = label[-1]
        after = [w for w in words if abs(w.top - last.top) <= 2 and 0 <= w.x0 - last.x1 <= 0.8 * (w.bottom - w.top)]
        if after and _is_number(min(after, key=lambda w: w.x0).text):
            valued[colour] = min(after, key=lambda w: w.x0)
    if len(valued) < 2:
        return None
    # a run of abutting segments of one height, one colour each, every colour a valued entry
    cands = [r for r in rects if _colour(r) in valued]
    for run in _abutting_runs(cands):
        colours = [_colour(q) for q in run]
        if len(run) < 2 or len(set(colours)) != len(run) or set(colours) != set(valued):
            continue
        lengths = [q["x1"] - q["x0"] for q in run]
        values = [_value(valued[c].text) for c in colours]
        total, whole = sum(values), sum(lengths)
        if total <= 0 or any(abs(v / total - ln / whole) > max(0.02, 0.1 * ln / whole) for v, ln in zip(values, lengths)):
            continue
        bars, ids = [], set()
        for c in colours:
            name, _, label = legend[c]
            value = valued[c]
            bars.append(ChartBar(name, value.text, value.bbox, words_bbox(label)))
            ids |= {id(value)} | {id(w) for w in label}
        # the counts printed inside the segments too, the key giving their shares ("29"
        # in the red segment, "Red 8%" in the key): read when each segment holds one
        # figure and the figures' shares of their sum agree with the lengths as well
        held = [[w for w in words if w.x0 >= q["x0"] - 1 and w.x1 <= q["x1"] + 1 and w.top >= q["top"] - 1
                 and w.bottom <= q["bottom"] + 1] for q in run]
        if all(len(h) == 1 and _is_number(h[0].text) and not h[0].text.endswith("%") for h in held) \
                and all(b.value.endswith("%") for b in bars):
            counts = [_value(h[0].text) for h in held]
            if sum(counts) > 0 and all(abs(v / sum(counts) - ln / whole) <= max(0.02, 0.1 * ln / whole)
                                       for v, ln in zip(counts, lengths)):
                for c, h in zip(colours, held):
                    name, _, label = legend[c]
                    bars.append(ChartBar(name, h[0].text, h[0].bbox, words_bbox(label)))
                    ids.add(id(h[0]))
        box = union_bbox([(q["x0"], q["top"], q["x1"], q["bottom"]) for q in run] + [b.bbox for b in bars])
        return Chart(0, bars, box, "bar"), ids, run
    return None


def _box_of(rects: list[dict]) -> tuple:
    return union_bbox([(r["x0"], r["top"], r["x1"], r["bottom"]) for r in rects])


def _entry_figure(label: list[Word], words: list[Word]) -> Word | None:
    """The figure printed right after a legend entry's name ("SPoC (381)", "Red 8%")."""
    last = label[-1]
    after = [w for w in words if abs(w.top - last.top) <= 2 and 0 <= w.x0 - last.x1 <= 0.8 * (w.bottom - w.top)]
    if not after:
        return None
    w = min(after, key=lambda w: w.x0)
    return w if _is_number(w.text.strip("()")) else None


def _keyed_columns(group: list[dict], words: list[Word], legend: dict) -> tuple[list[ChartBar], set[int]] | None:
    """Columns with no figure printed at them, each of its own colour, whose figures are
    printed in the legend after the names ("SPoC (381)"): each column read as its entry's
    name and figure, kept only when nothing is printed over or in the columns and every
    column is as tall as its figure puts it on one scale from zero."""
    group = sorted(group, key=lambda r: r["x0"])
    colours = [_colour(r) for r in group]
    if len(group) < 3 or len(set(colours)) != len(group) or not set(colours) <= set(legend) or not _apart(group):
        return None
    if any(_words_in(words, r["x0"] - 2, r["top"] - 20, r["x1"] + 2, r["bottom"] - 1) for r in group):
        return None
    pairs, bars, ids = [], [], set()
    for r, c in zip(group, colours):
        name, _, label = legend[c]
        fig = _entry_figure(label, words)
        if fig is None:
            return None
        text = fig.text.strip("()")
        pairs.append((_value(text), r["bottom"] - r["top"]))
        bars.append(ChartBar(name, text, fig.bbox, words_bbox(label)))
        ids |= {id(fig)} | {id(w) for w in label}
    total = sum(v * v for v, _ in pairs)
    k = sum(v * ln for v, ln in pairs) / total if total > 0 else 0
    longest = max(ln for _, ln in pairs)
    if k <= 0 or any(abs(ln - k * v) > max(1.5, 0.02 * longest) for v, ln in pairs):
        return None
    return bars, ids


def _abutting_runs(cands: list[dict]):
    """From each box, left to right, the run of boxes abutting it on the right one after
    another, all of its height (a bar split into segments)."""
    for r in sorted(cands, key=lambda r: r["x0"]):
        run = [r]
        while True:
            nxt = [q for q in cands if q is not run[-1] and abs(q["x0"] - run[-1]["x1"]) <= _TOL
                   and abs(q["top"] - r["top"]) <= _TOL and abs(q["bottom"] - r["bottom"]) <= _TOL]
            if len(nxt) != 1:
                break
            run.append(nxt[0])
        yield run


def _split_bar(rects: list[dict], words: list[Word]):
    """One bar split into segments side by side (two or more abutting, one height, each its
    own colour), each segment's figure printed wholly inside it and nothing else there, and
    its label on the line under the bar, centred within the segment's span: kept only when
    every segment has one figure and one label and its length agrees with its figure's share
    of their sum. Returns (chart, word ids, segments) or None."""
    cands = [r for r in rects if 8 <= r["bottom"] - r["top"] <= 60]
    for run in _abutting_runs(cands):
        colours = [_colour(q) for q in run]
        if len(run) < 2 or len(set(colours)) != len(run) or run[-1]["x1"] - run[0]["x0"] < 100:
            continue
        values, names = [], []
        for q in run:
            inside = sorted((w for w in words if w.x0 >= q["x0"] - 1 and w.x1 <= q["x1"] + 1 and w.top >= q["top"] - 1
                             and w.bottom <= q["bottom"] + 1), key=lambda w: w.x0)
            # (its figure last, maybe after its name: "Public authorities 87.5%")
            if not inside or not _is_number(inside[-1].text) or _YEAR.fullmatch(inside[-1].text) \
                    or any(_is_number(w.text) for w in inside[:-1]) or len({round(w.top) for w in inside}) > 1:
                break
            values.append(inside[-1])
            names.append(inside[:-1])
        else:
            lengths = [q["x1"] - q["x0"] for q in run]
            nums = [_value(w.text) for w in values]
            total, whole = sum(nums), sum(lengths)
            if total <= 0 or any(abs(v / total - ln / whole) > max(0.02, 0.1 * ln / whole) for v, ln in zip(nums, lengths)):
                continue
            # the line of labels under the bar, its words gathered into phrases
            base, left, right = run[0]["bottom"], run[0]["x0"] - 10, run[-1]["x1"] + 10
            under = [w for w in words if base <= w.top <= base + 20 and left <= w.x0 and w.x1 <= right and not w.angle]
            if not under:
                continue
            line = min(w.top for w in under)
            row = sorted((w for w in under if abs(w.top - line) <= 2), key=lambda w: w.x0)
            phrases = [[row[0]]]
            for w in row[1:]:
                if w.x0 - phrases[-1][-1].x1 <= 0.6 * (w.bottom - w.top):
                    phrases[-1].append(w)
                else:
                    phrases.append([w])
            # (a segment's name set inside it, before its figure, is its label)
            labels: dict[int, list[Word]] = {k: ph for k, ph in enumerate(names) if ph}
            for ph in phrases:
                mid = (ph[0].x0 + ph[-1].x1) / 2
                hits = [k for k, q in enumerate(run) if q["x0"] <= mid <= q["x1"]]
                if len(hits) != 1 or hits[0] in labels or any(_is_number(w.text) for w in ph):
                    labels = {k: ph for k, ph in enumerate(names) if ph}
                    break
                labels[hits[0]] = ph
            if labels and len(labels) < len(run):
                # the segments named inside it, the rest by a key given in words under the
                # bar ("orange: phone and internet companies"), one colour each
                spoken = _spoken_keys(under, colours)
                for k in range(len(run)):
                    if k not in labels and colours[k] in spoken:
                        labels[k] = spoken[colours[k]][2]
            if len(labels) != len(run):
                continue
            bars, ids = [], set()
            for k, value in enumerate(values):
                bars.append(ChartBar(" ".join(w.text for w in labels[k]), value.text, value.bbox, words_bbox(labels[k])))
                ids |= {id(value)} | {id(w) for w in labels[k]}
            box = union_bbox([(q["x0"], q["top"], q["x1"], q["bottom"]) for q in run] + [b.label_bbox for b in bars])
            return Chart(0, bars, box, "bar"), ids, run
    return None


_RUN_ON = re.compile(r"([+\-\u2212]?\d[\d.,]*%)([A-Za-z][\w\-]*)")


def _parted(w: Word) -> list[Word]:
    """A word that is a share run into the next label's first word ("8%Amber": two labels
    set so close the text layer joins them), parted at the share's end, each part given its
    share of the box by its letters; any other word as it is. No word of English starts
    with a share, so the parting takes nothing apart that is one."""
    m = _RUN_ON.fullmatch(w.text)
    if not m:
        return [w]
    cut = w.x0 + (w.x1 - w.x0) * len(m.group(1)) / len(w.text)
    return [replace(w, text=m.group(1), x1=cut), replace(w, text=m.group(2), x0=cut)]


def _labelled_under(rects: list[dict], words: list[Word]):
    """One bar split into segments side by side (three or more abutting, one height, each its
    own colour) with nothing printed in them, each named with its figure on the line under
    the bar ("Red 8%  Amber 55%  Green 37%"), each label starting within its own segment's
    span, in the segments' order: kept only when every segment has one label ending in its
    figure and its length agrees with that figure's share of their sum. Returns (chart, word
    ids, segments) or None."""
    cands = [r for r in rects if 6 <= r["bottom"] - r["top"] <= 60]
    for run in _abutting_runs(cands):
        colours = [_colour(q) for q in run]
        if len(run) < 3 or len(set(colours)) != len(run) or run[-1]["x1"] - run[0]["x0"] < 100:
            continue
        top, base, left, right = run[0]["top"], run[0]["bottom"], run[0]["x0"], run[-1]["x1"]
        if any(w.x0 < right and w.x1 > left and w.bottom > top + 1 and w.top < base - 1 for w in words):
            continue   # figures inside the segments: read as such elsewhere
        under = [w for w in words if 0 <= w.top - base <= 12 and left - 5 <= w.x0 and w.x1 <= right + 60 and not w.angle]
        if not under:
            continue
        line = min(w.top for w in under)
        row = sorted((w for w in under if abs(w.top - line) <= 2), key=lambda w: w.x0)
        # the line's labels: names each closed by a figure (each set at its segment's start,
        # wide gaps between them)
        labels: list[list[tuple[Word, Word]]] = [[]]
        for w in row:
            for part in _parted(w):
                labels[-1].append((part, w))
                if _is_number(part.text):
                    labels.append([])
        labels = [lb for lb in labels if lb]
        if len(labels) != len(run) or any(len(lb) < 2 or not _is_number(lb[-1][0].text) or _YEAR.fullmatch(lb[-1][0].text)
                                           or any(_is_number(p.text) for p, _ in lb[:-1]) for lb in labels):
            continue
        if not all(q["x0"] - 3 <= lb[0][0].x0 < q["x1"] for q, lb in zip(run, labels)):
            continue
        lengths = [q["x1"] - q["x0"] for q in run]
        nums = [_value(lb[-1][0].text) for lb in labels]
        total, whole = sum(nums), sum(lengths)
        if total <= 0 or any(abs(v / total - ln / whole) > max(0.02, 0.1 * ln / whole) for v, ln in zip(nums, lengths)):
            continue
        bars, ids = [], set()
        for lb in labels:
            name, value = [p for p, _ in lb[:-1]], lb[-1][0]
            bars.append(ChartBar(" ".join(p.text for p in name), value.text, value.bbox, words_bbox(name)))
            ids |= {id(w) for _, w in lb}
        box = union_bbox([(q["x0"], q["top"], q["x1"], q["bottom"]) for q in run] + [b.bbox for b in bars])
        return Chart(0, bars, box, "bar"), ids, run
    return None


def _abbreviates(words: list[Word], name: str) -> bool:
    """`words` name the legend entry `name`: its words, their opening words, or its initials
    ("Intrusive" for "Intrusive", "DP" for "Designated person")."""
    text = " ".join(w.text for w in words).lower()
    parts = name.lower().split()
    return bool(text) and (name.lower().startswith(text) and (len(text) >= 4 or text == name.lower())
                           or (len(parts) >= 2 and text == "".join(p[0] for p in parts)))


def _keyed_segments(rects: list[dict], words: list[Word], legend: dict):
    """One bar split into three or more segments side by side, each in a legend entry's
    colour, no other bar in those colours, each segment's figure printed inside it; a segment too narrow for its figure
    has it outside, with its name ("Intrusive 3" just over it, "DP 22" just past the bar's
    end when it is the last). Each segment is a bar named by the legend (the row's label
    left of the bar, "2018", its label then, the entry its series); a "Total 99" past the
    bar's end is read too when it is the figures' sum. Kept only when every segment has its
    figure and every length agrees with its figure's share of their sum. Returns (chart,
    word ids, segments) or None."""
    cands = [r for r in rects if 6 <= r["bottom"] - r["top"] <= 60 and _colour(r) in legend]
    keyed = {id(w) for entry in legend.values() for w in entry[2]}
    free = [w for w in words if id(w) not in keyed]
    for run in _abutting_runs(cands):
        colours = [_colour(q) for q in run]
        if len(run) < 3 or len(set(colours)) != len(run) or run[-1]["x1"] - run[0]["x0"] < 100:
            continue
        top, bottom, end = run[0]["top"], run[0]["bottom"], run[-1]["x1"]
        h = bottom - top
        # (one bar alone: stacked bars, several in the same colours, are read as such)
        if any(abs(q["top"] - top) > 2 and _colour(q) in colours for q in cands):
            continue
        # the words on the bar's row past its end, in phrases
        past = sorted((w for w in free if abs((w.top + w.bottom) / 2 - (top + bottom) / 2) <= h / 2 and 0 <= w.x0 - end <= 120),
                      key=lambda w: w.x0)
        phrases: list[list[Word]] = []
        for w in past:
            if phrases and w.x0 - phrases[-1][-1].x1 <= 0.6 * (w.bottom - w.top) and not _is_number(phrases[-1][-1].text):
                phrases[-1].append(w)
            elif not phrases or w.x0 - phrases[-1][-1].x1 <= 3 * (w.bottom - w.top):
                phrases.append([w])
            else:
                break
        values, named, ok = [], {}, True
        for k, q in enumerate(run):
            name = legend[colours[k]][0]
            inside = [w for w in free if w.x0 >= q["x0"] - 1 and w.x1 <= q["x1"] + 1 and w.top >= top - 1 and w.bottom <= bottom + 1]
            if len(inside) == 1 and _is_number(inside[0].text) and not _YEAR.fullmatch(inside[0].text):
                values.append(inside[0])
                continue
            if inside:
                ok = False
                break
            # outside: over (or under) the segment, centred on it, or past the bar's end
            mid = (q["x0"] + q["x1"]) / 2
            near = [w for w in free if (0 <= top - w.bottom <= 12 or 0 <= w.top - bottom <= 12)]
            rows = _text_lines(near)
            found = None
            for row in rows:
                row = sorted(row, key=lambda w: w.x0)
                for j in range(len(row)):
                    if not _is_number(row[j].text):
                        continue
                    head = [w for w in row[:j] if row[j].x0 - w.x1 <= 40]
                    ph = head + [row[j]]
                    if _abbreviates(head, name) and ph[0].x0 - 15 <= mid <= ph[-1].x1 + 15:
                        found = ph
            if found is None and k == len(run) - 1 and phrases and len(phrases[0]) >= 2 \
                    and _is_number(phrases[0][-1].text) and _abbreviates(phrases[0][:-1], name):
                found = phrases.pop(0)
            if found is None:
                # or in the legend, right after the segment's name ("Combination 1%" in the
                # key under the bar, its sliver too thin to hold it): the lengths check it
                fig = _entry_figure(legend[colours[k]][2], free)
                found = [fig] if fig is not None and not _YEAR.fullmatch(fig.text) else None
            if found is None:
                ok = False
                break
            named[k] = found[:-1]
            values.append(found[-1])
        if not ok:
            continue
        lengths = [q["x1"] - q["x0"] for q in run]
        nums = [_value(w.text) for w in values]
        total, whole = sum(nums), sum(lengths)
        if total <= 0 or any(abs(v / total - ln / whole) > max(0.02, 0.1 * ln / whole) for v, ln in zip(nums, lengths)):
            continue
        # the row's label left of the bar
        row_label = _row_label(words, (top + bottom) / 2, run[0]["x0"], h / 2)
        row_label = [w for w in row_label if run[0]["x0"] - w.x1 <= 150]
        bars, ids = [], set()
        for k, (q, value) in enumerate(zip(run, values)):
            name, _, entry = legend[colours[k]]
            if row_label:
                bars.append(ChartBar(" ".join(w.text for w in row_label), value.text, value.bbox, words_bbox(row_label), name))
            else:
                bars.append(ChartBar(name, value.text, value.bbox, words_bbox(entry)))
            ids |= {id(value)} | {id(w) for w in named.get(k, [])} | {id(w) for w in entry}
        ids |= {id(w) for w in row_label}
        if phrases and len(phrases[0]) == 2 and phrases[0][0].text.lower() == "total" \
                and _is_number(phrases[0][1].text) and abs(_value(phrases[0][1].text) - total) < 1e-6:
            t = phrases[0]
            if row_label:
                bars.append(ChartBar(" ".join(w.text for w in row_label), t[1].text, t[1].bbox, words_bbox(row_label), "Total"))
            else:
                bars.append(ChartBar("Total", t[1].text, t[1].bbox, t[0].bbox))
            ids |= {id(w) for w in t}
        box = union_bbox([(q["x0"], q["top"], q["x1"], q["bottom"]) for q in run] + [b.bbox for b in bars]
                         + [w.bbox for ws in named.values() for w in ws])
        return Chart(0, bars, box, "bar"), ids, run
    return None


def _axis_ticks(rects: list[dict], words: list[Word]) -> set[int]:
    """The value axis's tick run left of a column plot ("0% 10% ... 100%", "0 500 1,000"):
    numbers right-aligned in one column, evenly spaced in value and on the page. Ticks are
    never figures, whether or not the chart's values can be read."""
    left = min(r["x0"] for r in rects)
    top, base = min(r["top"] for r in rects), max(r["bottom"] for r in rects)
    ticks = [w for w in words if left - 60 <= w.x1 <= left and top - 80 <= w.top <= base + 4 and _is_number(w.text)]
    if not ticks:
        return set()
    # the column most numbers are right-aligned on (a caption's "Figure 2" is not in it)
    edge = max((w.x1 for w in ticks), key=lambda x: (sum(1 for t in ticks if abs(t.x1 - x) <= 3), x))
    run = sorted((w for w in ticks if abs(w.x1 - edge) <= 3), key=lambda w: -w.top)
    if len(run) >= 3 and _ticklike(run) and _evenly_placed(run):
        return {id(w) for w in run}
    return set()


def _series_fills(stacks: list[list[dict]]) -> bool:
    """Segments of one stack differ in colour (one per series); a shaded table row does not."""
    return all(len({_colour(q) for q in stack}) == len(stack) for stack in stacks)


def _stacked_h(stacks: list[list[dict]], words: list[Word], legend: dict) -> tuple[list[ChartBar], set[int], list[tuple]] | None:
    """Stacked bars: each segment's value printed wholly inside it, its series the legend
    entry of its colour, the bar's label left of the axis on its row."""
    if any(_colour(q) not in legend for stack in stacks for q in stack):
        return None
    axis = min(s[0]["x0"] for s in stacks)
    bars, used, colours = [], set(), []
    for stack in stacks:
        r = stack[0]
        before = [w for w in words if w.x1 <= axis + 1 and axis - w.x1 <= 80
                  and r["top"] - 3 <= (w.top + w.bottom) / 2 <= r["bottom"] + 3
                  and (not _is_number(w.text) or _YEAR.fullmatch(w.text))]
        label = " ".join(w.text for w in sorted(before, key=lambda w: w.x0))
        used |= _read_segments(stack, label, before, words, legend, bars, colours)
        end = stack[-1]
        if label and len(stack) >= 2 and not any(_held(end, [w]) for w in words if id(w) in used):
            # a segment too narrow to hold its value has it just past the bar's end
            past = [w for w in words if 0 <= w.x0 - end["x1"] <= 12 and end["top"] - 2 <= (w.top + w.bottom) / 2 <= end["bottom"] + 2]
            if len(past) == 1 and _is_number(past[0].text) and past[0].x1 - past[0].x0 > end["x1"] - end["x0"]:
                bars.append(ChartBar(label, past[0].text, past[0].bbox, words_bbox(before), legend[_colour(end)][0]))
                colours.append(_colour(end))
                used |= {id(past[0])}
    if len(bars) < 3 or len({b.label for b in bars}) < 2:
        return None
    return bars, used, colours


def _titled_runs(group: list[dict], words: list[Word]) -> list[list[dict]]:
    """Bars on one axis split into the charts they belong to: two charts one above the
    other, their axes in line, with the second's title between them ("Largest ICO fines"
    under the last bar of "Items by communication type"). Split where the gap between two
    bars is well over the bars' usual pitch and a line of words with no figure lies in it."""
    group = sorted(group, key=lambda r: r["top"])
    if len(group) < 4:
        return [group]
    pitches = sorted(b["top"] - a["top"] for a, b in zip(group, group[1:]))
    usual = pitches[len(pitches) // 2]
    axis, far = group[0]["x0"], max(r["x1"] for r in group)
    runs = [[group[0]]]
    for a, b in zip(group, group[1:]):
        # (over the plot and its labels, not in a column of text beside it)
        if b["top"] - a["top"] > 1.8 * usual and any(
                a["bottom"] + 2 <= w.top and w.bottom <= b["top"] - 2 and not w.angle and not _is_number(w.text)
                and len(w.text) > 1 and axis - 120 <= w.x1 and w.x0 <= far for w in words):
            runs.append([])
        runs[-1].append(b)
    return runs


def _hairlines(group: list[dict], thin: list[dict]) -> list[dict]:
    """Filled rectangles under 2 points wide starting at the axis of the bars of `group`, as
    tall as they are (within 1.5 points) and on rows of their own within the plot."""
    axis = min(r["x0"] for r in group)
    heights = [r["bottom"] - r["top"] for r in group]
    top, bottom = min(r["top"] for r in group), max(r["bottom"] for r in group)
    rows = sorted(group, key=lambda r: r["top"])
    pitch = max(b["top"] - a["top"] for a, b in zip(rows, rows[1:]))
    return [t for t in thin if abs(t["x0"] - axis) <= _TOL and min(heights) - _TOL <= t["bottom"] - t["top"] <= max(heights) + _TOL
            and top - pitch <= t["top"] and t["bottom"] <= bottom + pitch
            and not any(t["top"] < r["bottom"] and r["top"] < t["bottom"] for r in group)]


def _horizontal(group: list[dict], words: list[Word]) -> tuple[list[ChartBar], set[int], list[tuple]] | None:
    """Bars growing from one axis to the right: label left of the axis, value at the end."""
    group = sorted(group, key=lambda r: r["top"])
    heights = [r["bottom"] - r["top"] for r in group]
    if not _lengths_vary([r["x1"] - r["x0"] for r in group]):
        return None  # shaded table rows, not bars
    if any(a["bottom"] > b["top"] + _TOL for a, b in zip(group, group[1:])):
        return None
    # (bars of unlike thickness, a CSS box as tall as the value it holds over thin bars,
    # are read only when every bar is as long as its value puts it on one scale from zero)
    uneven = max(heights) > 1.6 * min(heights)
    axis = group[0]["x0"]
    far = max(r["x1"] for r in group)
    rows = [[w for w in words if r["top"] - 3 <= (w.top + w.bottom) / 2 <= r["bottom"] + 3] for r in group]
    # Labels stand left of the axis or, when no bar has one there, inside each bar from its
    # start (a bar too short to hold its label has it just after its end, then its value),
    # or on a line of their own just above each bar, starting at the axis.
    beside = any(w.x1 <= axis + 1 for row in rows for w in row)
    within = not beside and sum(any(w.x0 <= r["x0"] + 12 and not _is_number(w.text) for w in _held(r, row))
                                for r, row in zip(group, rows)) * 2 >= len(group)
    bars, used = [], set()
    colours: list[tuple] = []   # each bar's fill, for the legend
    befores = []
    for r, row in zip(group, rows):
        past = []   # a short bar's label, after its end
        if within and not _held(r, row):
            past = sorted((w for w in row if w.x0 >= r["x1"] - 1), key=lambda w: w.x0)
            past = past[:next((k for k, w in enumerate(past) if _is_number(w.text)), len(past))]
        reach = max((w.x1 for w in past), default=r["x1"])
        after = [w for w in row if reach - 4 <= w.x0 <= reach + 45 and (_is_number(w.text) or _is_amount(w.text))]
        if not after:
            # printed inside the bar, against its end
            after = [w for w in row if _is_number(w.text) and w.x0 >= r["x0"] - 1 and r["x1"] - 15 <= w.x1 <= r["x1"] + 1
                     and w.top >= r["top"] - 1 and w.bottom <= r["bottom"] + 1]
        if beside:
            before = _beside_axis([w for w in row if w.x1 <= axis + 1])
        elif within:
            before = [w for w in _held(r, row) if not _is_number(w.text)] or past
        else:
            before = [w for w in words if r["top"] - 8 <= w.bottom <= r["top"] + 0.5 and axis - 3 <= w.x0
                      and w.x1 <= far + 10 and (not _is_number(w.text) or _YEAR.fullmatch(w.text))]
            if before:
                line = max(w.top for w in before)
                before = [w for w in before if abs(w.top - line) <= 2]
        befores.append(before)
        if not after:
            continue
        value = min(after, key=lambda w: w.x0)
        bars.append(ChartBar(" ".join(w.text for w in sorted(before, key=lambda w: w.x0)), value.text, value.bbox,
                             words_bbox(before) if before else None))
        colours.append(_colour(r))
        used |= {id(value)} | {id(w) for w in before}
    if any(_is_amount(b.value) for b in bars):
        # sums with a multiplier read only where every bar is as long as its value puts it
        keep = [k for k, b in enumerate(bars) if not _is_amount(b.value)]
        if not _to_scale(group, bars, words, "top", "bottom"):
            for k in range(len(bars)):
                if k not in keep:
                    used -= {id(w) for w in words if w.bbox == bars[k].bbox
                             or (bars[k].label_bbox and _inside(w.bbox, bars[k].label_bbox))}
            bars, colours = [bars[k] for k in keep], [colours[k] for k in keep]
        else:
            for b in bars:
                dated = _LABEL_FY.search(b.label)
                if dated and not b.series:
                    b.series = dated.group(1)
    column = _detached_column(group, words) if len(bars) < len(group) else None
    if column and len(column) > len(bars) and all(id(_word_at(words, b.bbox)) in {id(w) for w in column.values()} for b in bars):
        # values in a column of their own right of the plot; the attached reading, if any,
        # took only words of that column
        bars, used, colours = [], set(), []
        for i, (r, before) in enumerate(zip(group, befores)):
            if i not in column:
                continue
            value = column[i]
            bars.append(ChartBar(" ".join(w.text for w in sorted(before, key=lambda w: w.x0)), value.text, value.bbox,
                                 words_bbox(before) if before else None))
            colours.append(_colour(r))
            used |= {id(value)} | {id(w) for w in before}
    if uneven and (len(bars) != len(group) or not _to_scale(group, bars, words, "top", "bottom")):
        return None
    bottom = max(r["bottom"] for r in group)
    right = max(r["x1"] for r in group) + 45
    # the tick run: numbers on the one row just under the plot (a caption's year below is not one)
    near = [w for w in words if bottom <= w.top <= bottom + 20 and axis - 10 <= w.x0 <= right and _is_number(w.text)
            and id(w) not in used]
    if len(near) >= 2:   # an axis has two ticks at least; one number under the bars is a note's
        row = min(w.top for w in near)
        used |= {id(w) for w in near if abs(w.top - row) <= 2}
    return bars, used, colours


_SIGNED = re.compile(r"^([+\-\u2212\u2013])?\d+(?:\.\d+)?%?$")


def _signed(text: str) -> float | None:
    """A change printed with its sign ("+16%", "\u221219%", "0%"), as a number; else None."""
    m = _SIGNED.match(text.strip())
    if not m:
        return None
    v = float(text.strip().lstrip("+-\u2212\u2013").rstrip("%"))
    return -v if m.group(1) and m.group(1) != "+" else v


def _diverging(rects: list[dict], words: list[Word]) -> tuple[list[ChartBar], set[int], list[dict]] | None:
    """Bars of changes either side of one axis (rises to the right of it, falls to the left),
    each with its signed value beyond its end ("+16%", "\u221219%") or inside the bar against
    that end, and its label left of the plot on its row; a row with no bar ("n/p") keeps its
    label and mark. Kept only when every value's sign is its bar's side, and the bars' lengths
    one scale of their values.
    Returns (bars, word ids, the bars' shapes) or None."""
    flat = [r for r in rects if r["x1"] - r["x0"] >= 2 and 4 <= r["bottom"] - r["top"] <= 40]
    for axis in sorted({round(r["x0"], 1) for r in flat}):
        right = [r for r in flat if abs(r["x0"] - axis) <= _TOL]
        left = [r for r in flat if abs(r["x1"] - axis) <= _TOL]
        if not right or not left or len(right) + len(left) < 3:
            continue
        group = sorted(right + left, key=lambda r: r["top"])
        heights = [r["bottom"] - r["top"] for r in group]
        if max(heights) > 1.3 * min(heights) or any(a["bottom"] > b["top"] + _TOL for a, b in zip(group, group[1:])):
            continue
        found = []
        for r in group:
            rises = abs(r["x0"] - axis) <= _TOL
            row = [w for w in words if r["top"] - 3 <= (w.top + w.bottom) / 2 <= r["bottom"] + 3]
            # (or set inside the bar against its outer end, where a long bar's figure is put)
            if rises:
                beyond = [w for w in row if (r["x1"] - 4 <= w.x0 <= r["x1"] + 45
                                             or (axis <= w.x0 and r["x1"] - 6 <= w.x1 <= r["x1"] + 1))
                          and _signed(w.text) is not None]
            else:
                beyond = [w for w in row if (r["x0"] - 45 <= w.x1 <= r["x0"] + 4
                                             or (w.x1 <= axis and r["x0"] - 1 <= w.x0 <= r["x0"] + 6))
                          and _signed(w.text) is not None]
            if len(beyond) != 1 or (_signed(beyond[0].text) > 0) != rises or _signed(beyond[0].text) == 0:
                break
            found.append((r, beyond[0]))
        else:
            # one scale: each bar's signed length its value times one factor
            pairs = [((r["x1"] - axis) if abs(r["x0"] - axis) <= _TOL else (r["x0"] - axis), _signed(v.text)) for r, v in found]
            k = sum(ln * v for ln, v in pairs) / sum(v * v for _, v in pairs)
            longest = max(abs(ln) for ln, _ in pairs)
            if k <= 0 or any(abs(ln - k * v) > max(2.0, 0.03 * longest) for ln, v in pairs):
                continue
            edge = min([r["x0"] for r in group] + [v.x0 for _, v in found])
            top, bottom = group[0]["top"], group[-1]["bottom"]
            pitch = min(b["top"] - a["top"] for a, b in zip(group, group[1:]))
            bars, ids = [], set()
            for r, value in found:
                label = _row_label(words, (r["top"] + r["bottom"]) / 2, edge, (r["bottom"] - r["top"]) / 2)
                if not label:
                    return None
                bars.append(ChartBar(" ".join(w.text for w in label), value.text, value.bbox, words_bbox(label)))
                ids |= {id(value)} | {id(w) for w in label}
            # rows with no bar, within the plot: their label and the mark set by the axis ("n/p")
            for w in words:
                if id(w) in ids or not (top - pitch <= w.top and w.bottom <= bottom + pitch) or len(w.text) > 4 \
                        or _signed(w.text) is not None or not -1 <= w.x0 - axis <= 12 \
                        or any(r["top"] - 3 <= (w.top + w.bottom) / 2 <= r["bottom"] + 3 for r in group):
                    continue
                label = _row_label(words, (w.top + w.bottom) / 2, edge, (w.bottom - w.top) / 2)
                if label and all(_YEAR.fullmatch(m.text) or not _signed(m.text) for m in label):
                    ids |= {id(w)} | {id(m) for m in label}
            # the value axis's ticks under the plot ("\u221230 \u221220 ... 30")
            under = [w for w in words if bottom <= w.top <= bottom + 25 and _signed(w.text) is not None]
            if len(under) >= 3:
                line = min(w.top for w in under)
                ids |= {id(w) for w in under if abs(w.top - line) <= 2}
            return bars, ids, group
    return None


def _diverging_columns(rects: list[dict], words: list[Word]) -> tuple[list[ChartBar], set[int], list[dict]] | None:
    """Columns of changes either side of one axis (rises standing on it, falls hanging from
    it), each with its signed value beyond its end ("+16%" over a rise, "-19%" under a fall)
    and its label (a year) under the plot in line with it. Kept only when every value's
    sign is its column's side, and the columns' heights one scale of their values; the value
    axis's signed ticks left of the plot are set aside. Returns (bars, word ids, shapes)."""
    upright = [r for r in rects if r["bottom"] - r["top"] >= 2 and 4 <= r["x1"] - r["x0"] <= 120]
    for axis in sorted({round(r["bottom"], 1) for r in upright}):
        rise = [r for r in upright if abs(r["bottom"] - axis) <= _TOL]
        fall = [r for r in upright if abs(r["top"] - axis) <= _TOL]
        if not rise or not fall or len(rise) + len(fall) < 3:
            continue
        group = sorted(rise + fall, key=lambda r: r["x0"])
        widths = [r["x1"] - r["x0"] for r in group]
        if max(widths) > 1.3 * min(widths) or any(a["x1"] > b["x0"] + _TOL for a, b in zip(group, group[1:])):
            continue
        found = []
        for r in group:
            up = abs(r["bottom"] - axis) <= _TOL
            mid = (r["x0"] + r["x1"]) / 2
            col = [w for w in words if r["x0"] - 2 <= (w.x0 + w.x1) / 2 <= r["x1"] + 2
                   and abs((w.x0 + w.x1) / 2 - mid) <= 0.25 * (r["x1"] - r["x0"]) + 2 and _signed(w.text) is not None]
            beyond = [w for w in col if (0 <= r["top"] - w.bottom <= 15 if up else 0 <= w.top - r["bottom"] <= 15)]
            if len(beyond) != 1 or (_signed(beyond[0].text) > 0) != up or _signed(beyond[0].text) == 0:
                break
            found.append((r, beyond[0]))
        else:
            pairs = [((axis - r["top"]) if abs(r["bottom"] - axis) <= _TOL else (axis - r["bottom"]), _signed(v.text))
                     for r, v in found]
            k = sum(ln * v for ln, v in pairs) / sum(v * v for _, v in pairs)
            longest = max(abs(ln) for ln, _ in pairs)
            if k <= 0 or any(abs(ln - k * v) > max(2.0, 0.03 * longest) for ln, v in pairs):
                continue
            base = max([r["bottom"] for r in group] + [v.bottom for _, v in found])
            bars, ids = [], set()
            for r, value in found:
                mid = (r["x0"] + r["x1"]) / 2
                under = sorted((w for w in words if 0 <= w.top - base <= 30 and not w.angle
                                and r["x0"] - 2 <= (w.x0 + w.x1) / 2 <= r["x1"] + 2), key=lambda w: w.top)
                label = [w for w in under if abs(w.top - under[0].top) <= 2] if under else []
                if not label or abs((min(w.x0 for w in label) + max(w.x1 for w in label)) / 2 - mid) > 0.25 * (r["x1"] - r["x0"]):
                    return None
                label.sort(key=lambda w: w.x0)
                bars.append(ChartBar(" ".join(w.text for w in label), value.text, value.bbox, words_bbox(label)))
                ids |= {id(value)} | {id(w) for w in label}
            # the value axis's signed ticks left of the plot, one column of them
            top = min([r["top"] for r in group] + [v.top for _, v in found]) - 10
            edge = min(r["x0"] for r in group)
            ticks = [w for w in words if 0 <= edge - w.x1 <= 25 and top <= w.top and w.bottom <= base + 5
                     and _signed(w.text) is not None]
            if len(ticks) >= 3:
                right = max(w.x1 for w in ticks)
                ids |= {id(w) for w in ticks if abs(w.x1 - right) <= 2}
            return bars, ids, group
    return None


def _row_label(words: list[Word], mid: float, edge: float, half: float) -> list[Word]:
    """The label left of `edge` on the row at height `mid`: the run of words closest to the
    edge, set without wide gaps."""
    row = sorted((w for w in words if w.x1 <= edge - 2 and not w.angle and abs((w.top + w.bottom) / 2 - mid) <= half + 1),
                 key=lambda w: -w.x1)
    label = row[:1]
    for w in row[1:]:
        if label[-1].x0 - w.x1 > 1.5 * (w.bottom - w.top):
            break
        label.append(w)
    return label[::-1]


def _beside_axis(row: list[Word]) -> list[Word]:
    """A bar's label among the words left of the axis in line with it: the words reached
    from the one nearest the axis across no gap wider than a word's height and a half; text
    set beyond such a gap (a column of prose beside the chart) is no label."""
    row = sorted(row, key=lambda w: -w.x1)
    label = row[:1]
    for w in row[1:]:
        if min(v.x0 for v in label) - w.x1 > 1.5 * (w.bottom - w.top):
            break
        label.append(w)
    return label


def _held(r: dict, row: list[Word]) -> list[Word]:
    """The words of `row` set wholly inside bar `r`."""
    return [w for w in row if w.x0 >= r["x0"] - 1 and w.x1 <= r["x1"] + 1 and w.top >= r["top"] - 2
            and w.bottom <= r["bottom"] + 2]


def _plausible(group: list[dict], bars: list[ChartBar], words: list[Word], least: int = 3) -> bool:
    """Reject shaded table cells and other filled boxes: a bar holds no text but its own
    value, every bar is labelled, and labels are names or periods, not more figures. A bar
    may hold its own label too (set from its start), when the bars' lengths rank as their
    values do."""
    if len(bars) < least or sum(1 for b in bars if b.label) < 0.8 * len(bars):
        return False
    if any(_NUMBER.match(b.label) and not _YEAR.fullmatch(b.label) for b in bars):
        return False
    values = {b.bbox for b in bars}
    labels = [b.label_bbox for b in bars if b.label_bbox]
    labelled_inside = False
    for r in group:
        inside = _words_in(words, r["x0"] + 1, r["top"] + 1, r["x1"] - 1, r["bottom"] - 1)
        own = [w for w in inside if w.bbox not in values and any(_overlap(w.bbox, lb) for lb in labels)]
        labelled_inside |= bool(own)
        if len(inside) - len(own) > 1 or any(w.bbox not in values and w not in own for w in inside):
            return False
    if labelled_inside:
        lengths = {k: max(r["x1"] - r["x0"], r["bottom"] - r["top"]) for k, r in enumerate(group)}
        row = {k: _word_at(words, b.bbox) for k, b in enumerate(bars)}
        if len(bars) != len(group) or any(w is None for w in row.values()) or _ranked(row, lengths) is None \
                or len(_ranked(row, lengths)) != len(row):
            return False
    return True


def _inside(a: tuple, b: tuple) -> bool:
    return b[0] - 0.5 <= a[0] and a[2] <= b[2] + 0.5 and b[1] - 0.5 <= a[1] and a[3] <= b[3] + 0.5


def _overlap(a: tuple, b: tuple) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def _stroke(o: dict) -> tuple:
    return _colour(o, "stroking_color")


def _polylines(page) -> list[tuple[list[tuple[float, float]], tuple]]:
    """A line chart's lines: points of three or more running left to right, points apart,
    each line with its colour (which a legend may name). Read from stroked, unfilled paths;
    or, where a line is drawn as separate segments with a dot at each point (reportlab's
    line plots; a gap where a year has no figure), from the dots of one colour."""
    out = []
    for c in getattr(page, "curves", None) or []:
        pts = [(float(x), float(y)) for x, y in (c.get("pts") or [])]
        if c.get("fill") or len(pts) < 3 or pts[-1][0] - pts[0][0] < 60:
            continue
        if all(b[0] - a[0] >= 8 for a, b in zip(pts, pts[1:])):
            out.append((pts, _stroke(c)))
    # dots: small round marks of one colour, on segments of that colour
    dots: dict[tuple, list[tuple[float, float]]] = {}
    for d in boxes(page):
        w, h = float(d["x1"]) - float(d["x0"]), float(d["bottom"]) - float(d["top"])
        if d.get("object_type") == "curve" and d.get("fill") and 2 <= w <= 9 and abs(w - h) <= 1.5:
            dots.setdefault(_colour(d), []).append(((float(d["x0"]) + float(d["x1"])) / 2, (float(d["top"]) + float(d["bottom"])) / 2))
    drawn = {colour for _, colour in out}
    for colour, pts in dots.items():
        pts.sort()
        segments = [ln for ln in getattr(page, "lines", None) or [] if _stroke(ln) == colour]
        if colour in drawn or len(pts) < 3 or len(segments) < 2 or pts[-1][0] - pts[0][0] < 60 \
                or any(b[0] - a[0] < 8 for a, b in zip(pts, pts[1:])):
            continue
        out.append((pts, colour))
    drawn = {colour for _, colour in out}
    out += _square_marked(page, drawn)
    return _marked_segments(page, out)


def _marked_segments(page, out: list) -> list:
    """Lines drawn segment by segment with a round mark at each point, a line broken by a
    year with no figure (pygal leaves the gap): a stroked segment with a filled mark at both
    ends joins the line of its colour it does not overlap, its ends that line's points; a
    segment of a colour no line has is a line of two points (read only with a value axis,
    see _line)."""
    marks = [((float(c["x0"]) + float(c["x1"])) / 2, (float(c["top"]) + float(c["bottom"])) / 2)
             for c in getattr(page, "curves", None) or [] if c.get("fill") and float(c["x1"]) - float(c["x0"]) <= 9
             and float(c["bottom"]) - float(c["top"]) <= 9]
    if not marks:
        return out

    def marked(p):
        return any(abs(p[0] - x) <= 1.5 and abs(p[1] - y) <= 1.5 for x, y in marks)
    extra: list = []
    for ln in getattr(page, "lines", None) or []:
        pts = [(float(x), float(y)) for x, y in (ln.get("pts") or [])]
        if len(pts) != 2 or abs(pts[1][0] - pts[0][0]) < 30 or abs(pts[1][1] - pts[0][1]) < 1 \
                or not all(marked(p) for p in pts):
            continue
        pts.sort()
        colour = _stroke(ln)
        host = next((k for k, (q, c) in enumerate(out) if c == colour), None)
        if host is not None:
            q = out[host][0]
            if pts[1][0] < q[0][0] - 8 or pts[0][0] > q[-1][0] + 8:
                out[host] = (sorted(set(q) | set(pts)), colour)
            continue
        extra.append(_TwoPoints((pts, colour)))
    return out + extra


class _TwoPoints(tuple):
    """A line of two points (a stroked segment with a mark at each end)."""
    two = True


def _square_marked(page, drawn: set) -> list[tuple[list[tuple[float, float]], tuple]]:
    """A line drawn as separate segments with a small filled square at each point (a
    browser's SVG line chart): the squares of one colour that end the segments of that
    colour, and a square standing alone (a year with no neighbour published) only where it
    lies a whole number of the points' steps from the others."""
    segments: dict[tuple, list[tuple[float, float]]] = {}
    for ln in getattr(page, "lines", None) or []:
        c = _stroke(ln)
        if c and c not in drawn:
            for pt in ln.get("pts") or ():
                segments.setdefault(c, []).append((float(pt[0]), float(pt[1])))
    if not segments:
        return []
    squares: dict[tuple, list[tuple[float, float]]] = {}
    for r in page.rects:
        w, h = float(r["x1"]) - float(r["x0"]), float(r["bottom"]) - float(r["top"])
        if r.get("fill") and 2 <= w <= 9 and abs(w - h) <= 1 and _colour(r) in segments:
            squares.setdefault(_colour(r), []).append(((float(r["x0"]) + float(r["x1"])) / 2,
                                                        (float(r["top"]) + float(r["bottom"])) / 2))
    out = []
    for colour, pts in squares.items():
        ends = segments[colour]
        on = sorted(p for p in pts if any(abs(p[0] - e[0]) <= 1.5 and abs(p[1] - e[1]) <= 1.5 for e in ends))
        if len(on) < 3 or len(ends) < 4 or any(b[0] - a[0] < 8 for a, b in zip(on, on[1:])):
            continue
        step = min(b[0] - a[0] for a, b in zip(on, on[1:]))
        alone = [p for p in pts if p not in on and
                 abs(round((p[0] - on[0][0]) / step) * step - (p[0] - on[0][0])) <= 1.0 and
                 all(abs(p[0] - q[0]) >= step - 1 for q in on)]
        line = sorted(on + alone)
        if line[-1][0] - line[0][0] >= 60:
            out.append((line, colour))
    return out


def _tick_column(words: list[Word], right_of: float, top: float, bottom: float) -> list[Word]:
    """The value axis's ticks: numbers right-aligned in one column left of `right_of`."""
    near = [w for w in words if w.x1 <= right_of and top <= w.top <= bottom and _is_number(w.text)]
    if not near:
        return []
    edge = max(w.x1 for w in near)
    column = [w for w in near if abs(w.x1 - edge) <= 3]
    return column if len(column) >= 3 else []


def _line(pts: list[tuple[float, float]], words: list[Word], least: int = 3) -> tuple[list[ChartBar], set[int]] | None:
    """A line chart's points: the number printed next to each vertex and the label under the
    plot in line with it (both within half the distance to the neighbouring vertex). A line
    of two points (least=2) is read only beside a value axis's run of ticks, and with a
    label (a period) and a value at both points."""
    half = min(b[0] - a[0] for a, b in zip(pts, pts[1:])) / 2
    top, lowest = min(y for _, y in pts), max(y for _, y in pts)
    # Ticks run from above the highest point to the axis, below the lowest one (a line high
    # in a tall plot may stand far above it).
    # (a line of two points: its axis's ticks run down to its baseline close under it)
    ticks = _tick_column(words, pts[0][0] - 2, top - 40, lowest + (200 if least >= 3 else 100))
    tick_ids = {id(w) for w in ticks}
    if least < 3:
        run = sorted(ticks, key=lambda w: -w.top)
        vals = [_value(w.text) for w in run]
        if len(run) < 3 or len({round(b - a, 6) for a, b in zip(vals, vals[1:])}) != 1 or vals[1] <= vals[0] \
                or not _evenly_placed(run):
            return None
    # The label row: the first row under the lowest point with a word in line with a vertex.
    # (another line's values below this one are no labels: labels are names or periods)
    under = sorted((w for w in words if lowest + 4 <= w.top <= lowest + 200 and id(w) not in tick_ids
                    and w.x0 >= pts[0][0] - half and (not _is_number(w.text) or _YEAR.fullmatch(w.text))
                    and any(abs((w.x0 + w.x1) / 2 - x) <= half for x, _ in pts)), key=lambda w: w.top)
    if not under:
        return None
    # (the first such row, or the first under it that reads: a call-out under a low point
    # may stand between the plot and its labels)
    tops: list[float] = []
    for w in under:
        if not tops or w.top - tops[-1] > 2:
            tops.append(w.top)
    for row_top in tops[:4]:
        row = [w for w in under if abs(w.top - row_top) <= 2]
        found = _line_row(pts, words, row, half, tick_ids, least)
        if found and (least >= 3 or (len(found[0]) == len(pts) and all(_YEAR.search(b.label) for b in found[0]))):
            return found
    return None


def _line_row(pts: list[tuple[float, float]], words: list[Word], row: list[Word], half: float,
              tick_ids: set[int], least: int = 3) -> tuple[list[ChartBar], set[int]] | None:
    bars, used = [], set(tick_ids)
    taken: set[int] = set()
    for x, y in pts:
        # (a bare year near a point is a caption's or a note's, not the point's value)
        near = [w for w in words if id(w) not in tick_ids and id(w) not in taken and _is_number(w.text)
                and not _YEAR.fullmatch(w.text)
                and abs((w.x0 + w.x1) / 2 - x) <= half and abs((w.top + w.bottom) / 2 - y) <= 20]
        labels = [w for w in row if abs((w.x0 + w.x1) / 2 - x) <= half]
        if not near or len(labels) != 1:
            continue
        value = min(near, key=lambda w: abs((w.x0 + w.x1) / 2 - x) + abs((w.top + w.bottom) / 2 - y))
        taken.add(id(value))
        bars.append(ChartBar(labels[0].text, value.text, value.bbox, labels[0].bbox))
        used |= {id(value), id(labels[0])}
    if len(bars) < least or len({b.label for b in bars}) < len(bars):
        return None
    return bars, used


def _callouts(page, pts: list[tuple[float, float]], bars: list[ChartBar],
              words: list[Word]) -> tuple[list[ChartBar], set[int]]:
    """Changes called out at a line chart's points: a line of text opening on a signed figure
    ("+16% on a year earlier"), joined to a labelled point by one straight stroke (a pointer
    from the text's edge to the point, both ends within 4 pt). Each is read as the point's
    own (its label, the signed figure as the value), with the whole line of text; one a point."""
    signed = [w for w in words if w.text[:1] in "+\u2212\u2013-" and _signed(w.text) is not None]
    if not signed:
        return [], set()
    segs = [s for s in _segments(page) if math.hypot(s[0][0] - s[1][0], s[0][1] - s[1][1]) >= 6]
    half = min(b[0] - a[0] for a, b in zip(pts, pts[1:])) / 2
    at: dict[int, ChartBar] = {}
    for b in bars:
        if b.label_bbox:
            k = min(range(len(pts)), key=lambda i: abs(pts[i][0] - (b.label_bbox[0] + b.label_bbox[2]) / 2))
            if abs(pts[k][0] - (b.label_bbox[0] + b.label_bbox[2]) / 2) <= half:
                at[k] = b
    out, ids, done = [], set(), set()
    for w in signed:
        h = w.bottom - w.top
        line = [w]
        for o in sorted((o for o in words if abs(o.top - w.top) <= 2 and o.x0 > w.x0), key=lambda o: o.x0):
            if o.x0 - line[-1].x1 > 1.5 * h:
                break
            line.append(o)
        x0, top, x1, bottom = words_bbox(line)
        hits = set()
        for s in segs:
            for a, b in ((s[0], s[1]), (s[1], s[0])):
                if not (x0 - 4 <= a[0] <= x1 + 4 and top - 4 <= a[1] <= bottom + 4):
                    continue
                hits |= {k for k in at if abs(pts[k][0] - b[0]) <= 4 and abs(pts[k][1] - b[1]) <= 4}
        if len(hits) != 1 or next(iter(hits)) in done:
            continue
        k = hits.pop()
        done.add(k)
        out.append(ChartBar(at[k].label, w.text, w.bbox, at[k].label_bbox))
        ids |= {id(o) for o in line}
    return out, ids


# (on since the recogniser titles a chart by the lines over it past a note between them: "(the
# total for 2016 was 948)" had given the bubbles of 2018 the year 2016)
_READ_BUBBLES = True


def _bubbles(page, words: list[Word]) -> list[tuple[Chart, set[int]]]:
    """A row of bubbles: three or more filled discs (15 pt across or more) of one colour,
    centres level, each holding one number centred in it, a label centred under each on the
    first line under the row (a label of several words on that line, nearer its bubble than
    any other). Kept only when every bubble's area is its number's share of the others'
    (within 8%), so that a figure is read only where the drawing says it."""
    discs: dict[tuple, list[tuple[float, float, float]]] = {}
    for c in getattr(page, "curves", None) or []:
        pts = c.get("pts") or ()
        if not c.get("fill") or len(pts) < 4:
            continue
        x0, top, x1, bottom = float(c["x0"]), float(c["top"]), float(c["x1"]), float(c["bottom"])
        w, h = x1 - x0, bottom - top
        if min(w, h) < 15 or not 0.5 <= h / w <= 2:
            continue
        # (a disc drawn in a non-square figure's coordinates is an ellipse: one aspect for all)
        cx, cy, r, k = (x0 + x1) / 2, (top + bottom) / 2, w / 2, h / w
        if all(0.9 * r <= math.hypot(x - cx, (y - cy) / k) <= 1.25 * r for x, y in pts):
            discs.setdefault(_colour(c), []).append((cx, cy, r, k))
    out = []
    for ring in discs.values():
        if len(ring) < 3:
            continue
        ring.sort()
        if max(cy for _, cy, _, _ in ring) - min(cy for _, cy, _, _ in ring) > 2 or \
                max(k for *_, k in ring) - min(k for *_, k in ring) > 0.03 * ring[0][3] or \
                any(b[0] - b[2] < a[0] + a[2] for a, b in zip(ring, ring[1:])):
            continue
        values: list[Word] = []
        for cx, cy, r, k in ring:
            inside = [w for w in words if math.hypot((w.x0 + w.x1) / 2 - cx, ((w.top + w.bottom) / 2 - cy) / k) <= r]
            if len(inside) != 1 or not _is_number(inside[0].text) or _YEAR.fullmatch(inside[0].text) \
                    or abs((inside[0].x0 + inside[0].x1) / 2 - cx) > 0.2 * r + 1:
                break
            values.append(inside[0])
        if len(values) != len(ring):
            continue
        nums = [_value(w.text) for w in values]
        if min(nums) <= 0 or any(abs((r * r / (ring[0][2] ** 2)) / (v / nums[0]) - 1) > 0.08
                                 for (_, _, r, _), v in zip(ring, nums)):
            continue
        base = max(cy + r * k for _, cy, r, k in ring)
        below = sorted((w for w in words if base < w.top <= base + 60 and w.x0 >= ring[0][0] - ring[0][2] - 40
                        and w.x1 <= ring[-1][0] + ring[-1][2] + 40), key=lambda w: w.top)
        if not below:
            continue
        row = [w for w in below if abs(w.top - below[0].top) <= 2]
        labels: dict[int, list[Word]] = {}
        for w in row:
            k = min(range(len(ring)), key=lambda i: abs(ring[i][0] - (w.x0 + w.x1) / 2))
            labels.setdefault(k, []).append(w)
        if len(labels) != len(ring) or any(_is_number(w.text) for w in row):
            continue
        bars, ids = [], set()
        for k, (cx, *_) in enumerate(ring):
            lab = sorted(labels[k], key=lambda w: w.x0)
            if any(b.x0 - a.x1 > 1.5 * (a.bottom - a.top) for a, b in zip(lab, lab[1:])) or \
                    abs((lab[0].x0 + lab[-1].x1) / 2 - cx) > 3:
                break
            bars.append(ChartBar(" ".join(w.text for w in lab), values[k].text, values[k].bbox, words_bbox(lab)))
            ids |= {id(values[k])} | {id(w) for w in lab}
        if len(bars) != len(ring):
            continue
        box = union_bbox([(cx - r, cy - r * k, cx + r, cy + r * k) for cx, cy, r, k in ring] + [b.label_bbox for b in bars])
        out.append((Chart(int(page.page_number), bars, box, "column"), ids))
    return out


def _end_text(words: list[Word], x: float, y: float, side: int) -> list[Word]:
    """The line of text set against one end of a slope (side -1: ending just left of x;
    +1: starting just right of it), centred on y; [] when there is none."""
    def mid(w):
        return (w.top + w.bottom) / 2
    near = [w for w in words if abs(mid(w) - y) <= max(3.0, 0.35 * (w.bottom - w.top))
            and (0 <= x - w.x1 <= 20 if side < 0 else 0 <= w.x0 - x <= 20)]
    if not near:
        return []
    first = max(near, key=lambda w: w.x1) if side < 0 else min(near, key=lambda w: w.x0)
    row = sorted((w for w in words if abs(mid(w) - mid(first)) <= 2),
                 key=lambda w: -w.x1 if side < 0 else w.x0)
    k = row.index(first)
    line = [first]
    for w in row[k + 1:]:
        gap = line[-1].x0 - w.x1 if side < 0 else w.x0 - line[-1].x1
        if gap > 1.5 * (w.bottom - w.top) or gap < -1:
            break
        line.append(w)
    return sorted(line, key=lambda w: w.x0)


def _frame(page, pts: list[tuple[float, float]]) -> tuple | None:
    """The plot's frame: the smallest rectangle holding every point, short of the page."""
    frames = [r for r in getattr(page, "rects", None) or [] if float(r["x1"]) - float(r["x0"]) < 0.9 * float(page.width)
              and all(float(r["x0"]) - 1 <= x <= float(r["x1"]) + 1 and float(r["top"]) - 1 <= y <= float(r["bottom"]) + 1
                      for x, y in pts)]
    if not frames:
        return None
    f = min(frames, key=lambda r: (float(r["x1"]) - float(r["x0"])) * (float(r["bottom"]) - float(r["top"])))
    return (float(f["x0"]), float(f["top"]), float(f["x1"]), float(f["bottom"]))


def _slopes(page, words: list[Word]) -> list[tuple[Chart, set[int]]]:
    """A slope chart: three or more straight strokes of one colour, all from one x to one
    other, each with its figure and name at both ends ("Applicants 26%" left of its start,
    "39.4% Applicants" right of its end, the figure on the stroke's side, the same name at
    both ends), and the two periods under the ends ("2012", "2016"). Kept only when every
    end stands where its figure puts it on one linear scale (within 2 pt)."""
    strokes: dict[tuple, list[tuple[tuple[float, float], tuple[float, float]]]] = {}
    for o in list(getattr(page, "lines", None) or []) + [c for c in getattr(page, "curves", None) or []
                                                           if not c.get("fill") and len(c.get("pts") or ()) == 2]:
        pts = o.get("pts") or ()
        if len(pts) != 2:
            continue
        a, b = sorted(((float(pts[0][0]), float(pts[0][1])), (float(pts[1][0]), float(pts[1][1]))))
        if b[0] - a[0] < 60:
            continue
        strokes.setdefault((_stroke(o), round(a[0]), round(b[0])), []).append((a, b))
    out = []
    for (colour, _, _), group in strokes.items():
        if len(group) < 3:
            continue
        ends, ids, rows = [], set(), []
        for a, b in sorted(group, key=lambda s: s[0][1]):
            left, right = _end_text(words, a[0], a[1], -1), _end_text(words, b[0], b[1], 1)
            if not left or not right or not _is_number(left[-1].text) or not _is_number(right[0].text) \
                    or any(_is_number(w.text) for w in left[:-1] + right[1:]):
                break
            name_l, name_r = " ".join(w.text for w in left[:-1]), " ".join(w.text for w in right[1:])
            if not name_l or name_l != name_r:
                break
            rows.append((name_l, left, right))
            ends += [(a[1], _value(left[-1].text)), (b[1], _value(right[0].text))]
            ids |= {id(w) for w in left + right}
        if len(rows) != len(group) or len({r[0] for r in rows}) != len(rows):
            continue
        fit = _fit([y for y, _ in ends], [v for _, v in ends])
        if fit is None or fit[1] >= 0 or any(abs(fit[0] + fit[1] * v - y) > 2 for y, v in ends):
            continue
        xa, xb = group[0][0][0], group[0][1][0]
        frame = _frame(page, [p for seg in group for p in seg])
        # (the periods stand under the lowest end, or under the plot's frame)
        low = max([max(a[1], b[1]) for a, b in group] + ([frame[3]] if frame else []))
        under = sorted((w for w in words if low < w.top <= low + 60 and id(w) not in ids), key=lambda w: w.top)
        periods = []
        for x in (xa, xb):
            at = [w for w in under if abs((w.x0 + w.x1) / 2 - x) <= 10 and _YEAR.fullmatch(w.text)]
            periods.append(at[0] if at else None)
        if None in periods or abs(periods[0].top - periods[1].top) > 2 or periods[0].text == periods[1].text:
            continue
        bars = []
        for name, left, right in rows:
            bars.append(ChartBar(name, left[-1].text, left[-1].bbox, words_bbox(left[:-1]), periods[0].text))
            bars.append(ChartBar(name, right[0].text, right[0].bbox, words_bbox(right[1:]), periods[1].text))
        ids |= {id(w) for w in periods}
        box = union_bbox([b.bbox for b in bars] + [b.label_bbox for b in bars] + [w.bbox for w in periods])
        if frame:
            box = union_bbox([box, frame])
        out.append((Chart(int(page.page_number), bars, box, "line"), ids))
    return out


def _dots(page) -> list[tuple[float, float, tuple]]:
    """Small filled round marks (2 to 9 points across): (centre x, centre y, colour)."""
    out = []
    for d in boxes(page):
        w, h = float(d["x1"]) - float(d["x0"]), float(d["bottom"]) - float(d["top"])
        if d.get("object_type") == "curve" and d.get("fill") and 2 <= w <= 9 and abs(w - h) <= 1.5:
            out.append(((float(d["x0"]) + float(d["x1"])) / 2, (float(d["top"]) + float(d["bottom"])) / 2, _colour(d)))
    return out


def _sparklines(page, words: list[Word]) -> list[tuple[Chart, set[int]]]:
    """Sparklines: a small line in a tile, a dot at its first point in the line's colour and
    one at its last, only the first point labelled with its value, and the first and last
    years under the line at its two ends (the first under the first point, the last ending
    under the last). The first point is a statistic of the tile's metric for the first year:
    one bar, its label that year, the chart titled by the tile's heading (the top line of
    the smallest box framing the line, no figure in it). Nothing is read unless all of that
    is there and the number by the first point is the only one by any point."""
    dots = _dots(page)
    if len(dots) < 2:
        return []
    runs = []
    for c in getattr(page, "curves", None) or []:
        pts = [(float(x), float(y)) for x, y in (c.get("pts") or [])]
        if not c.get("fill") and len(pts) >= 2 and all(b[0] - a[0] >= 4 for a, b in zip(pts, pts[1:])):
            runs.append((pts, _stroke(c)))
    for ln in getattr(page, "lines", None) or []:
        pts = [(float(x), float(y)) for x, y in (ln.get("pts") or [])]
        if len(pts) == 2 and pts[1][0] - pts[0][0] >= 4:
            runs.append((pts, _stroke(ln)))
    real = getattr(page, "_page", page)   # (a tile read as a window on its page: its frame is the page's)
    out = []
    for pts, colour in runs:
        first, last = pts[0], pts[-1]
        if last[0] - first[0] < 30 or not colour:
            continue
        if not any(abs(x - first[0]) <= 1.5 and abs(y - first[1]) <= 1.5 and c == colour for x, y, c in dots) \
                or not any(abs(x - last[0]) <= 1.5 and abs(y - last[1]) <= 1.5 for x, y, _ in dots):
            continue
        # the value: the one number against the first point, none against any other
        values = [w for w in words if _is_number(w.text) and not _YEAR.fullmatch(w.text) and not w.angle]
        mine = [w for w in values if _gap((first[0], first[1]) * 2, w.bbox) <= 6]
        if len(mine) != 1 or any(_gap((x, y) * 2, w.bbox) <= 6 for x, y in pts[1:] for w in values):
            continue
        value = mine[0]
        # the years under the line: the first from the first point, the last ending at the last
        lowest = max(y for _, y in pts)
        years = [w for w in words if _YEAR.fullmatch(w.text) and not w.angle and lowest <= w.top <= lowest + 20]
        y0 = [w for w in years if abs(w.x0 - first[0]) <= 3]
        y1 = [w for w in years if abs(w.x1 - last[0]) <= 3]
        if len(y0) != 1 or len(y1) != 1 or abs(y0[0].top - y1[0].top) > 2 or int(y0[0].text) >= int(y1[0].text):
            continue
        box = union_bbox([(first[0], min(y for _, y in pts), last[0], lowest), value.bbox, y0[0].bbox, y1[0].bbox])
        frames = [f for f in boxes(real) if (f.get("fill") or f.get("stroke")) and _inside(box, (f["x0"], f["top"], f["x1"], f["bottom"]))
                  and f["x1"] - f["x0"] <= 0.6 * float(real.width)]
        if not frames:
            continue
        frame = min(frames, key=lambda f: (f["x1"] - f["x0"]) * (f["bottom"] - f["top"]))
        title = _heading(_words_in(words, frame["x0"], frame["top"], frame["x1"], box[1] - 1))
        if not title:
            continue
        bar = ChartBar(y0[0].text, value.text, value.bbox, y0[0].bbox)
        chart = Chart(int(page.page_number), [bar], box, "line", " ".join(w.text for w in title), words_bbox(title))
        out.append((chart, {id(value), id(y0[0]), id(y1[0])}))
    return out


def _heading(words: list[Word]) -> list[Word]:
    """The top line of `words` and the lines it wraps onto (set in its size, close under it),
    when none of them holds a figure; else []."""
    lines = _text_lines(words)
    if not lines:
        return []
    out = sorted(lines[0], key=lambda w: w.x0)
    for line in lines[1:]:
        h = out[-1].bottom - out[-1].top
        if line[0].top - max(w.bottom for w in out) > 0.6 * h or abs(line[0].size - out[0].size) > 0.2:
            break
        out += sorted(line, key=lambda w: w.x0)
    # (a year may date it: "CD ITEMS OBTAINED, 2018")
    return [] if any(ch.isdigit() for w in out if not _YEAR.fullmatch(w.text.strip(",.:;()")) for ch in w.text) else out


def _markers(page) -> list[dict]:
    """Small filled round or diamond marks (a dot plot's dots, a line chart's points): filled
    curves about as wide as tall, 3 to 14 points across."""
    out = []
    for c in getattr(page, "curves", None) or []:
        if not c.get("fill") or len(c.get("pts") or ()) < 4:
            continue
        w, h = float(c["x1"]) - float(c["x0"]), float(c["bottom"]) - float(c["top"])
        if 3 <= w <= 14 and 3 <= h <= 14 and abs(w - h) <= 1.5:
            out.append(c)
    return out


def _fit(xs: list[float], vs: list[float]) -> tuple[float, float] | None:
    """The line x = a + b * v fitting the points best (least squares): (a, b), or None when
    the values do not vary."""
    n = len(vs)
    mv, mx = sum(vs) / n, sum(xs) / n
    svv = sum((v - mv) ** 2 for v in vs)
    if svv <= 0:
        return None
    b = sum((v - mv) * (x - mx) for v, x in zip(vs, xs)) / svv
    return mx - b * mv, b


def _dot_value(m: dict, words: list[Word], taken: set[int], side: str) -> Word | None:
    """The one number printed against a dot on `side` of it: "right" or "left" of it on its
    row, or "above" or "below" it, centred on it. None when there is none or more than one."""
    x0, top, x1, bottom = float(m["x0"]), float(m["top"]), float(m["x1"]), float(m["bottom"])
    cx, cy = (x0 + x1) / 2, (top + bottom) / 2
    found = []
    for w in words:
        if id(w) in taken or w.angle or not _is_number(w.text) or _YEAR.fullmatch(w.text):
            continue
        if side in ("right", "left"):
            ok = abs((w.top + w.bottom) / 2 - cy) <= (bottom - top) / 2 + 2 and \
                -3 <= (w.x0 - x1 if side == "right" else x0 - w.x1) <= 10
        else:
            ok = w.x0 - 2 <= cx <= w.x1 + 2 and -3 <= (top - w.bottom if side == "above" else w.top - bottom) <= 10
        if ok:
            found.append(w)
    return found[0] if len(found) == 1 else None


# a key's entry with an alternative for marked rows: "2018 (*2019)", "2018 († 2019)"
_MARKED_ALTERNATIVE = re.compile(r"(?=.*\((?P<m>[*†‡])\s*(?P<alt>[^()]+?)\s*\)$)(?P<main>[^()]+?)\s*\(.*\)")


def _dot_plots(page, words: list[Word], legend: dict) -> list[tuple[Chart, set[int]]]:
    """Dot plots and lollipop charts: dots of one colour, one a row, rows apart, each with its
    value printed against it and its label left of the plot on its row; kept only when the
    dots' positions along the rows are one linear scale of their values (and of the ticks
    under the plot, when there is a run of them), so no number beside a dot is taken for a
    value it does not draw."""
    by_colour: dict[tuple, list[dict]] = {}
    every = _markers(page)
    for m in every:
        by_colour.setdefault(_colour(m), []).append(m)
    out = []
    taken: set[int] = set()
    labels: set[int] = set()   # the row labels of a series read, which the rows' other series share
    spoken = None
    for colour, marks in by_colour.items():
        if len(marks) < 3 or not colour:
            continue
        marks = sorted(marks, key=lambda m: float(m["top"]))
        size = max(float(m["bottom"]) - float(m["top"]) for m in marks)
        if any(float(b["top"]) - float(a["top"]) < size + 2 for a, b in zip(marks, marks[1:])):
            continue   # two dots on one row: a scatter, a line's points, a waffle, not one dot a row
        cxs = [(float(m["x0"]) + float(m["x1"])) / 2 for m in marks]
        if max(cxs) - min(cxs) <= 2:
            continue   # dots in one column: bullets or a key
        # dots of another colour on the same rows (a dumbbell's other end, a second series):
        # read only when the legend names both colours, each dot then of its series
        series = ""
        if any(_colour(o) != colour and any(abs((float(o["top"]) + float(o["bottom"])) / 2
                                                - (float(m["top"]) + float(m["bottom"])) / 2) <= size / 2 for m in marks)
               for o in every):
            # (or a key given in words under the plot: "Grey dot: 2018; red dot: 2024")
            if spoken is None:
                spoken = _spoken_keys(words, [c for c in by_colour if c not in legend])
            if colour not in legend and colour not in spoken:
                continue
            series = (legend.get(colour) or spoken[colour])[0]
        # (the values all set one way from their dots: the one side every dot has one on)
        for side in ("right", "above", "left", "below"):
            values = [_dot_value(m, words, taken, side) for m in marks]
            if all(v is not None for v in values) and len({id(v) for v in values}) == len(values):
                break
        else:
            continue
        left = min([float(m["x0"]) for m in marks] + [v.x0 for v in values])
        bars, ids = [], set()
        for m, value in zip(marks, values):
            cy = (float(m["top"]) + float(m["bottom"])) / 2
            # (a dumbbell's rows are labelled once for both its series)
            row = sorted((w for w in words if w.x1 <= left - 2 and not w.angle and (id(w) not in taken or id(w) in labels)
                          and abs((w.top + w.bottom) / 2 - cy) <= max(3.0, size / 2 + 1)), key=lambda w: -w.x1)
            label = row[:1]
            for w in row[1:]:
                if label[-1].x0 - w.x1 > 1.5 * (w.bottom - w.top):
                    break
                label.append(w)
            label.reverse()
            text = " ".join(w.text for w in label)
            if not label or (_NUMBER.match(text) and not _YEAR.fullmatch(text)):
                break
            # (a label naming its year after the category, "Interception, 2015", gives the
            # year as the dot's series: the recogniser reads a period from either)
            dated = _LABEL_YEAR.search(text)
            # ("2018 (*2019)": the key's alternative in brackets is the series of the rows
            # whose label carries the mark, "Journalists' sources*")
            marked = _MARKED_ALTERNATIVE.fullmatch(series)
            own = (marked.group("alt") if text.endswith(marked.group("m")) else marked.group("main")) if marked else series
            bars.append(ChartBar(text, value.text, value.bbox, words_bbox(label), own or (dated.group(1) if dated else "")))
            ids |= {id(value)} | {id(w) for w in label}
        if len(bars) < len(marks):
            continue
        # one scale: each dot where its value puts it, the ticks under the plot too
        vals = [_value(v.text) for v in values]
        fit = _fit(cxs, vals)
        span = max(cxs) - min(cxs)
        if fit is None or fit[1] <= 0 or any(abs(fit[0] + fit[1] * v - x) > max(2.0, 0.02 * span)
                                             for v, x in zip(vals, cxs)):
            continue
        lowest = max(float(m["bottom"]) for m in marks)
        under = sorted((w for w in words if lowest <= w.top <= lowest + 40 and left - 20 <= w.x0
                        and _is_number(w.text) and id(w) not in ids), key=lambda w: w.top)
        ticks = [w for w in under if abs(w.top - under[0].top) <= 2] if under else []
        if len(ticks) >= 3:
            ticks.sort(key=lambda w: w.x0)
            if not _ticklike(ticks) and not _ticklike(ticks[1:]):
                ticks = []
            elif any(abs(fit[0] + fit[1] * _value(w.text) - (w.x0 + w.x1) / 2) > max(4.0, 0.03 * span)
                     for w in ticks):
                continue   # the axis says the dots stand elsewhere: not their values
        ids |= {id(w) for w in ticks}
        taken |= ids
        if series:
            labels |= {id(w) for b in bars for w in words if b.label_bbox and _inside(w.bbox, b.label_bbox)}
        box = union_bbox([(float(m["x0"]), float(m["top"]), float(m["x1"]), float(m["bottom"])) for m in marks]
                         + [b.bbox for b in bars] + [b.label_bbox for b in bars])
        out.append((Chart(int(page.page_number), bars, box, "bar"), ids))
    return out


def _slice(c: dict) -> tuple[tuple[float, float], float, float, float] | None:
    """A pie slice: a filled path from the centre out to the rim, along it and back. Returns
    (centre, radius, start angle, signed sweep in degrees), or None for any other shape (a
    full disc has no centre vertex, a bar or a map outline no rim at one distance)."""
    pts = [(float(x), float(y)) for x, y in (c.get("pts") or [])]
    if not c.get("fill") or len(pts) < 3 or max(c["x1"] - c["x0"], c["bottom"] - c["top"]) < 8:
        return None
    for centre in (pts[0], pts[-1], pts[-2]):
        rim = [p for p in pts if abs(p[0] - centre[0]) + abs(p[1] - centre[1]) > 0.5]
        if len(rim) > 2 and abs(rim[-1][0] - rim[0][0]) + abs(rim[-1][1] - rim[0][1]) < 0.01:
            rim.pop()  # the path closed back to where it began (matplotlib's wedges): no sweep
        if len(rim) < 2 or len(rim) < len(pts) - 4:
            continue
        dist = sorted(math.hypot(p[0] - centre[0], p[1] - centre[1]) for p in rim)
        radius = dist[len(dist) // 2]
        # every rim point at the radius (Bezier control points a little beyond it)
        if radius < 8 or dist[0] < 0.9 * radius or dist[-1] > 1.25 * radius:
            continue
        angles = [math.degrees(math.atan2(p[1] - centre[1], p[0] - centre[0])) for p in rim]
        sweep = 0.0
        for a, b in zip(angles, angles[1:]):
            sweep += (b - a + 180.0) % 360.0 - 180.0
        return centre, radius, angles[0], sweep
    return None


def _label_lines(words: list[Word]) -> list[list[Word]]:
    """Words set on one line close together, the lines of a label joined: name lines with no
    number directly above one another and above a line that ends in its number."""
    lines: list[list[Word]] = []
    for w in sorted(words, key=lambda w: (round(w.top), w.x0)):
        for line in lines:
            last = line[-1]
            if abs(last.top - w.top) <= 2 and 0 <= w.x0 - last.x1 <= 1.2 * (w.bottom - w.top):
                line.append(w)
                break
        else:
            lines.append([w])
    joined: list[list[Word]] = []
    for line in sorted(lines, key=lambda l: l[0].top):
        prev = joined[-1] if joined else None
        # (a name on two lines, "serious" / "crime" / "68%", joins the same way)
        if prev and not any(_is_number(w.text) for w in prev) \
                and (_is_number(line[-1].text) or not any(_is_number(w.text) for w in line)) \
                and 0 <= line[0].top - prev[-1].bottom <= 0.8 * (line[0].bottom - line[0].top) \
                and min(w.x0 for w in line) < max(w.x1 for w in prev) and max(w.x1 for w in line) > min(w.x0 for w in prev):
            prev.extend(line)
        else:
            joined.append(line)
    return joined


def _pies(page, words: list[Word], legend: dict) -> list[tuple[Chart, set[int]]]:
    """Pie charts: two or more slices about one centre filling the circle, each named by a
    label round it ("Serious crime 68%") in the slice's direction, or by a number inside
    the slice and the legend entry of its colour. Kept only when each printed share agrees
    with its slice's angle (a count, with its share of all the slices' counts)."""
    slices = []
    for c in getattr(page, "curves", None) or []:
        if c.get("fill") and len(c.get("pts") or ()) >= 3:
            found = _slice(c)
            if found:
                slices.append((found, c))
    out = []
    while len(slices) >= 2:
        pie = _one_pie(slices)
        (centre, radius, _, _), _ = pie[0]
        slices = [s for s in slices if s not in pie]
        if len(pie) < 2 or abs(sum(abs(s[0][3]) for s in pie) - 360) > 6:
            continue
        cx, cy = centre
        labels = _labels_round(words, (cx, cy, radius), pie, _near(page, legend, (cx - radius, cy - radius, cx + radius, cy + radius)),
                               _segments(page))
        if not labels:
            found = _keyed_slices(pie, words, _near(page, legend, (cx - radius, cy - radius, cx + radius, cy + radius)),
                                  (cx, cy, radius))
            if found:
                bars, ids = found
                box = union_bbox([(cx - radius, cy - radius, cx + radius, cy + radius)] + [b.label_bbox for b in bars])
                out.append((Chart(int(page.page_number), bars, box, "pie"), ids))
            continue
        if not _agree({k: v[1] for k, v in labels.items()}, {k: abs(pie[k][0][3]) / 360 for k in labels},
                      len(pie)):
            continue
        bars = [ChartBar(labels[k][0], labels[k][1].text, labels[k][1].bbox, words_bbox(labels[k][2]))
                for k in sorted(labels)]
        ids = {id(w) for k in labels for w in [labels[k][1]] + labels[k][2]}
        box = union_bbox([(cx - radius, cy - radius, cx + radius, cy + radius)] + [b.bbox for b in bars]
                         + [b.label_bbox for b in bars if b.label_bbox])
        out.append((Chart(int(page.page_number), bars, box, "pie"), ids))
    return out


def _one_pie(slices: list) -> list:
    """The slices of the first slice's pie: those of its radius about one centre, and those
    pulled out of it ("exploded"), whose centre is moved off the pie's along the slice's own
    middle by a fraction of the radius. The pie's centre is the one most of the slices near
    it share (the first slice may be a pulled-out one); the first slice is always one of the
    pie's."""
    (first, radius, _, _), _ = slices[0]
    same = [s for s in slices if abs(s[0][1] - radius) <= 0.1 * radius
            and math.hypot(s[0][0][0] - first[0], s[0][0][1] - first[1]) <= radius / 2]

    def at(s, centre):
        return math.hypot(s[0][0][0] - centre[0], s[0][0][1] - centre[1]) <= 1.5

    centre = max((s[0][0] for s in same),
                 key=lambda c: (sum(at(t, c) or _pulled(t, c, radius) for t in same), sum(at(t, c) for t in same),
                                at(slices[0], c)))
    if not (at(slices[0], centre) or _pulled(slices[0], centre, radius)):
        centre = first
    return [s for s in same if at(s, centre)] + [s for s in same if not at(s, centre) and _pulled(s, centre, radius)]


def _pulled(s, centre: tuple, radius: float) -> bool:
    """Slice `s` is pulled out of the pie about `centre`: its centre lies off the pie's by at
    most a third of the radius, in the direction of the slice's middle (within 12 degrees)."""
    (c, _, start, sweep), _ = s
    dx, dy = c[0] - centre[0], c[1] - centre[1]
    off = math.hypot(dx, dy)
    if not 1.5 < off <= radius / 3:
        return False
    mid = start + sweep / 2
    return abs((math.degrees(math.atan2(dy, dx)) - mid + 180.0) % 360.0 - 180.0) <= 12


def _aim(line: list[Word], cx: float, cy: float) -> tuple[float, float]:
    """Where a label round a pie or donut stands: the distance from the centre to its
    nearest point, and the direction (degrees) it points from at the end it is set against
    - a label right of the centre starts by its slice, one left of it ends there, one
    across it is centred on it."""
    x0, x1 = min(w.x0 for w in line), max(w.x1 for w in line)
    top, bottom = min(w.top for w in line), max(w.bottom for w in line)
    px, py = min(max(cx, x0), x1), min(max(cy, top), bottom)
    ax = x0 if x0 > cx else x1 if x1 < cx else (x0 + x1) / 2
    return math.hypot(px - cx, py - cy), math.degrees(math.atan2((top + bottom) / 2 - cy, ax - cx))


def _segments(page) -> list[tuple[tuple[float, float], tuple[float, float]]]:
    """The page's stroked straight pieces: its lines, and the sides of its unfilled paths
    (a pointer drawn as one path with an elbow)."""
    out = []
    for ln in getattr(page, "lines", None) or []:
        pts = ln.get("pts") or ()
        if len(pts) >= 2:
            out.append(((float(pts[0][0]), float(pts[0][1])), (float(pts[-1][0]), float(pts[-1][1]))))
    for c in getattr(page, "curves", None) or []:
        pts = c.get("pts") or ()
        if c.get("fill") or len(pts) > 6:
            continue
        out += [((float(a[0]), float(a[1])), (float(b[0]), float(b[1]))) for a, b in zip(pts, pts[1:])]
    return out


def _pointed(line: list[Word], circle: tuple, segments: list, pulled: float = 0.0) -> tuple[float, float] | None:
    """Where the pointer (leader line) from a label round a pie ends: a chain of stroked
    pieces starting against the label's near end, at its middle height, and ending on the
    pie (within its rim, outside its inner half; a slice pulled out of the pie by `pulled`
    has its rim that much further out). None when there is no such chain."""
    cx, cy, radius = circle
    x0, x1 = min(w.x0 for w in line), max(w.x1 for w in line)
    top, bottom = min(w.top for w in line), max(w.bottom for w in line)
    mid = (top + bottom) / 2
    for seg in segments:
        for k in (0, 1):
            p = seg[k]
            if abs(p[1] - mid) > (bottom - top) / 2 + 1 or min(abs(p[0] - x0), abs(p[0] - x1)) > 4:
                continue
            if math.hypot(p[0] - cx, p[1] - cy) <= radius + 2:
                continue
            at, chain = seg[1 - k], [seg]
            for _ in range(4):
                if 0.5 * radius <= math.hypot(at[0] - cx, at[1] - cy) <= radius + 4 + pulled:
                    return at
                nxt = [(s, j) for s in segments if all(s is not c for c in chain) for j in (0, 1)
                       if abs(s[j][0] - at[0]) <= 1 and abs(s[j][1] - at[1]) <= 1]
                if len(nxt) != 1:
                    break
                s, j = nxt[0]
                chain.append(s)
                at = s[1 - j]
    return None


def _labels_round(words: list[Word], circle: tuple, pie: list, legend: dict,
                  segments: list = ()) -> dict[int, tuple[str, Word, list[Word]]] | None:
    """The labels round a pie or donut ("Serious crime 68%", "Journalists" over "203"),
    each given to the slice it points at: {slice index: (name, value word, name words)}.
    `pie` holds ((centre, radius, start, sweep), shape) per slice. A label joined to the pie
    by a pointer (a leader line drawn from it to the rim) may stand further off, and is the
    slice's where the pointer ends. None when two labels point at one slice or fewer than
    two are found."""
    cx, cy, radius = circle
    labels: dict[int, tuple[str, Word, list[Word]]] = {}
    pointed: set[int] = set()
    # (how far the slices pulled out of the pie stand off its centre)
    pulled = max((math.hypot(s[0][0][0] - cx, s[0][0][1] - cy) for s in pie if s[0] and s[0][0]), default=0.0)
    if segments:
        far = [w for w in words if math.hypot((w.x0 + w.x1) / 2 - cx, (w.top + w.bottom) / 2 - cy) <= radius + 250]
        for line in _label_lines(far):
            value, name = line[-1], line[:-1]
            if not _is_number(value.text) or len(line) > 9 or not name or any(_is_number(w.text) for w in name) \
                    or (_YEAR.fullmatch(value.text) and not value.text.endswith("%")):
                continue
            end = _pointed(line, circle, segments, pulled)
            if end is None:
                continue
            k = _slice_at(pie, math.degrees(math.atan2(end[1] - cy, end[0] - cx)))
            if k is None or k in labels:
                return None
            labels[k] = (" ".join(w.text for w in name), value, name)
            pointed |= {id(w) for w in line}
    near = [w for w in words if math.hypot((w.x0 + w.x1) / 2 - cx, (w.top + w.bottom) / 2 - cy) <= radius + 90
            and id(w) not in pointed]
    for line in _label_lines(near):
        value = line[-1]
        name = line[:-1]
        # a label is short and ends in its figure; a year there ends a caption
        if not _is_number(value.text) or len(line) > 7 or any(_is_number(w.text) for w in name) \
                or (_YEAR.fullmatch(value.text) and not value.text.endswith("%")):
            continue
        reach, angle = _aim(line, cx, cy)
        if reach > radius + max(30.0, 0.6 * radius):
            continue
        inside = math.hypot((value.x0 + value.x1) / 2 - cx, (value.top + value.bottom) / 2 - cy) < radius
        k = _slice_at(pie, angle)
        text = " ".join(w.text for w in name)
        if not name and inside and _colour(pie[k][1]) in legend:
            text, _, name = legend[_colour(pie[k][1])]
        elif not name and value.text.endswith("%") and not inside:
            # a bare share set round the slice, in line with its middle (its centre's
            # direction), its name in the legend
            k = _slice_at(pie, math.degrees(math.atan2((value.top + value.bottom) / 2 - cy, (value.x0 + value.x1) / 2 - cx)))
            if k is None or _colour(pie[k][1]) not in legend or not _key_near(legend, _colour(pie[k][1]), circle):
                continue
            text, _, name = legend[_colour(pie[k][1])]
        if not text:
            continue
        if k in labels:
            return None   # two labels for one slice: not read with confidence
        labels[k] = (text, value, name)
    return labels if len(labels) >= 2 else None


def _keyed_slices(pie: list, words: list[Word], legend: dict, circle: tuple) -> tuple[list[ChartBar], set[int]] | None:
    """A pie with no figure round it, its counts printed in the legend after the names
    ("Subscriber information (647)"): each slice read as the entry of its colour, an entry
    beside the pie of count 0 with no slice ("Traffic data (0)") too. Kept only when every
    slice has an entry of its own with a figure and the counts' shares agree with the
    slices' angles."""
    cx, cy, radius = circle
    colours = [_colour(s[1]) for s in pie]
    if len(set(colours)) != len(pie) or not all(c in legend and _key_near(legend, c, circle) for c in colours):
        return None
    if any(_is_number(w.text) for w in words if math.hypot((w.x0 + w.x1) / 2 - cx, (w.top + w.bottom) / 2 - cy) <= radius + 20):
        return None
    figures = {}
    for c, (name, _, label) in legend.items():
        if not _key_near(legend, c, circle):
            continue
        fig = _entry_figure(label, words)
        if fig is not None and fig.text.startswith("(") and fig.text.endswith(")"):
            figures[c] = fig
    if not all(c in figures for c in colours):
        return None
    counts = [_value(figures[c].text.strip("()")) for c in colours]
    total = sum(counts)
    if total <= 0 or any(abs(v / total - abs(s[0][3]) / 360) > max(0.025, 0.1 * abs(s[0][3]) / 360)
                         for v, s in zip(counts, pie)) \
            or not all(_value(w.text.strip("()")) == 0 for c, w in figures.items() if c not in colours):
        return None
    bars, ids = [], set()
    for c in colours + [c for c in legend if c in figures and c not in colours]:
        name, _, label = legend[c]
        fig = figures[c]
        bars.append(ChartBar(name, fig.text.strip("()"), fig.bbox, words_bbox(label)))
        ids |= {id(fig)} | {id(w) for w in label}
    return bars, ids


def _key_near(legend: dict, colour: tuple, circle: tuple) -> bool:
    """The legend entry of `colour` stands by the pie (`circle`): its name within twice the
    radius of the rim (another chart's key in the same colour may lie across the page)."""
    cx, cy, radius = circle
    name = legend[colour][2]
    x0, top, x1, bottom = words_bbox(name)
    dx = max(x0 - cx, cx - x1, 0.0)
    dy = max(top - cy, cy - bottom, 0.0)
    return math.hypot(dx, dy) <= 3 * radius + 40


def _agree(values: dict[int, Word], shares: dict[int, float], n_slices: int) -> bool:
    """Each printed value agrees with its slice's share of the circle: a percentage with
    the share itself, counts (one for every slice) with their share of the counts' sum."""
    nums = {k: _value(w.text) for k, w in values.items()}
    if all(w.text.endswith("%") for w in values.values()):
        return all(abs(nums[k] - 100 * shares[k]) <= max(2.5, 0.1 * nums[k]) for k in values)
    total = sum(nums.values())
    return len(values) == n_slices and total > 0 and \
        all(abs(nums[k] / total - shares[k]) <= max(0.025, 0.1 * shares[k]) for k in values)


def _circle(pts: list[tuple[float, float]]) -> tuple[float, float, float] | None:
    """The circle (centre x, y, radius) fitting `pts` best (least squares, algebraic)."""
    if len(pts) < 3:
        return None
    # minimise sum (x^2 + y^2 - 2ax - 2by - c)^2: normal equations in (a, b, c)
    m = [[0.0] * 4 for _ in range(3)]
    for x, y in pts:
        row, z = (2 * x, 2 * y, 1.0), x * x + y * y
        for i in range(3):
            for j in range(3):
                m[i][j] += row[i] * row[j]
            m[i][3] += row[i] * z
    for i in range(3):   # Gauss-Jordan
        piv = max(range(i, 3), key=lambda r: abs(m[r][i]))
        if abs(m[piv][i]) < 1e-9:
            return None
        m[i], m[piv] = m[piv], m[i]
        for r in range(3):
            if r != i:
                f = m[r][i] / m[i][i]
                m[r] = [a - f * b for a, b in zip(m[r], m[i])]
    a, b, c = (m[i][3] / m[i][i] for i in range(3))
    r2 = c + a * a + b * b
    return (a, b, math.sqrt(r2)) if r2 > 0 else None


def _span(pts: list[tuple[float, float]], cx: float, cy: float) -> tuple[float, float]:
    """(start, sweep) in degrees of the arc a ring segment covers seen from (cx, cy): the
    circle less the widest gap between its points' directions."""
    angles = sorted(math.degrees(math.atan2(y - cy, x - cx)) % 360.0 for x, y in pts)
    gaps = [((angles[(k + 1) % len(angles)] - a) % 360.0, k) for k, a in enumerate(angles)]
    gap, k = max(gaps)
    return angles[(k + 1) % len(angles)], 360.0 - gap


def _rings(page, words: list[Word], legend: dict) -> list[tuple[Chart, set[int]]]:
    """Donuts: filled ring segments about one centre (the middle of the square they fill),
    one ring or several. Only the innermost ring is read (the responsible party inside, the
    cause outside: the inner ring is the one that adds up); each segment's value is the
    number printed within its part of the ring, its name the legend entry of its colour (on
    a page with no legend, the label set round the ring in its direction), and every value
    must agree with its segment's angle."""
    cands = []
    for c in getattr(page, "curves", None) or []:
        pts = [(float(x), float(y)) for x, y in (c.get("pts") or [])]
        if c.get("fill") and len(pts) >= 4 and max(c["x1"] - c["x0"], c["bottom"] - c["top"]) >= 8 \
                and (_colour(c) in legend or not legend) and not _slice(c):
            cands.append((c, pts))
    if len(cands) < 2 or (not legend and len(cands) > 60):
        return []   # (with no legend to pick the ring's colours, a page of drawn shapes, a map, is no donut)
    # touching segments, one component per donut
    comps: list[list] = []
    for cand in cands:
        c = cand[0]
        near = [comp for comp in comps if any(c["x0"] <= d["x1"] + 1 and d["x0"] <= c["x1"] + 1
                                              and c["top"] <= d["bottom"] + 1 and d["top"] <= c["bottom"] + 1
                                              for d, _ in comp)]
        merged = [cand] + [x for comp in near for x in comp]
        comps = [comp for comp in comps if comp not in near] + [merged]
    out = []
    for comp in comps:
        x0, x1 = min(c["x0"] for c, _ in comp), max(c["x1"] for c, _ in comp)
        top, bottom = min(c["top"] for c, _ in comp), max(c["bottom"] for c, _ in comp)
        if len(comp) < 2 or x1 - x0 < 30:
            continue
        # the centre: that of the circle through the outermost points (the outer rim's)
        pts = list({p for _, ps in comp for p in ps})
        circle = _circle(pts)
        if not circle:
            continue
        for _ in range(2):
            dist = [math.hypot(p[0] - circle[0], p[1] - circle[1]) for p in pts]
            rim = [p for p, d in zip(pts, dist) if d >= 0.93 * max(dist)]
            circle = _circle(rim)
            if not circle:
                break
        if not circle or len(rim) < 4 or any(abs(math.hypot(p[0] - circle[0], p[1] - circle[1]) - circle[2])
                                             > 0.01 * circle[2] for p in rim):
            continue
        cx, cy, big = circle
        x0, top, x1, bottom = cx - big, cy - big, cx + big, cy + big
        segs = []
        for c, pts in comp:
            dist = [math.hypot(x - cx, y - cy) for x, y in pts]
            if min(dist) < 0.2 * big:
                segs = []
                break   # a point near the centre: no ring
            segs.append((min(dist), c, pts))
        if not segs:
            continue
        inner_r = min(r for r, _, _ in segs)
        ring = [(c, pts) for r, c, pts in segs if r <= inner_r + 2]
        outer = [r for r, _, _ in segs if r > inner_r + 2]
        reach = min(outer) if outer else big   # the inner ring's outer edge, near enough
        spans = [_span(pts, cx, cy) for _, pts in ring]
        if len(ring) < 2 or abs(sum(sw for _, sw in spans) - 360.0) > 6:
            continue
        found: dict[int, Word] = {}
        ok = True
        for w in words:
            if not _is_number(w.text):
                continue
            mx, my = (w.x0 + w.x1) / 2, (w.top + w.bottom) / 2
            d = math.hypot(mx - cx, my - cy)
            if not inner_r <= d <= reach:
                continue
            angle = math.degrees(math.atan2(my - cy, mx - cx)) % 360.0
            hits = [k for k, (st, sw) in enumerate(spans) if (angle - st) % 360.0 <= sw]
            if len(hits) != 1 or hits[0] in found:
                ok = False   # on a boundary, or two numbers in one segment
                break
            found[hits[0]] = w
        if not ok:
            continue
        names: dict | None = None
        if len(found) < 2:
            # no figures in the ring: labels round it, each a name over its figure
            as_pie = [((None, None, st, sw), c) for (c, _), (st, sw) in zip(ring, spans)]
            names = _labels_round(words, (cx, cy, big), as_pie, _near(page, legend, (x0, top, x1, bottom)))
            if not names and legend:
                # or a key beside it, each entry's figure in a column of its own
                names = _key_values(page, words, legend, [c for c, _ in ring], (x0, top, x1, bottom))
            if not names:
                continue
            found = {k: v[1] for k, v in names.items()}
        if not _agree(found, {k: spans[k][1] / 360.0 for k in found}, len(ring)):
            continue
        if names is None:
            names = {k: legend[_colour(ring[k][0])] for k in found if _colour(ring[k][0]) in legend}
        if len(names) < len(found):
            names = _names_round(words, (cx, cy, big), spans, set(found), {id(w) for w in found.values()})
            if names is None:
                continue
        bars, ids = [], set()
        for k in sorted(found, key=lambda k: (spans[k][0] + spans[k][1] / 2 - 270.0) % 360.0):   # from twelve o'clock
            name, _, label = names[k]
            bars.append(ChartBar(name, found[k].text, found[k].bbox, words_bbox(label)))
            ids |= {id(found[k])} | {id(w) for w in label}
        # (the chart's box holds its labels round the ring: its title is above those)
        box = union_bbox([(x0, top, x1, bottom)] + [b.bbox for b in bars] + [b.label_bbox for b in bars if b.label_bbox])
        out.append((Chart(int(page.page_number), bars, box, "pie"), ids))
    return out


def _key_values(page, words: list[Word], legend: dict, ring: list[dict], box: tuple
                ) -> dict[int, tuple[str, Word, list[Word]]] | None:
    """A donut's key listing each segment's figure in a column of its own right of the names
    ("[key] Single point of contact      47%"): {segment index: (name, figure, name words)},
    each segment named by the entry of its colour nearest the chart. None unless every
    segment has its own entry, each entry one figure on its row after the name with no
    other key between, and the figures right-aligned in one column."""
    near = _near(page, legend, box)
    keys = getattr(page, "_legend_entries", None) or []
    out: dict[int, tuple[str, Word, list[Word]]] = {}
    for k, seg in enumerate(ring):
        entry = near.get(_colour(seg))
        if entry is None or any(entry is v[0] for v in out.values()):
            return None
        name, _, label = entry
        last, h = label[-1], label[-1].bottom - label[-1].top
        row = sorted((w for w in words if abs(w.top - last.top) <= 2 and w.x0 > last.x1 and w.x0 - last.x1 <= 250),
                     key=lambda w: w.x0)
        row = [w for w in row if not any(last.x1 <= r["x0"] <= w.x0 and r["top"] - 2 <= (w.top + w.bottom) / 2 <= r["bottom"] + 2
                                         for _, _, r in keys)]
        if len(row) != 1 or not _is_number(row[0].text) or _YEAR.fullmatch(row[0].text) or row[0].x0 - last.x1 < h:
            return None
        out[k] = (name, row[0], label)
    if len(out) < 2 or max(v[1].x1 for v in out.values()) - min(v[1].x1 for v in out.values()) > 3:
        return None
    return out


def _names_round(words: list[Word], circle: tuple, spans: list[tuple[float, float]], wanted: set[int],
                 taken: set[int]) -> dict[int, tuple[str, Word, list[Word]]] | None:
    """A donut with no legend: each segment in `wanted` named by the label set round the
    ring in its direction ("Applicant" left of its segment), one label a segment; None when
    a segment has none or two."""
    cx, cy, radius = circle
    near = [w for w in words if id(w) not in taken and not _is_number(w.text)
            and radius < math.hypot((w.x0 + w.x1) / 2 - cx, (w.top + w.bottom) / 2 - cy) <= radius + 90]
    names: dict[int, tuple[str, Word, list[Word]]] = {}
    for line in _label_lines(near):
        reach, angle = _aim(line, cx, cy)
        if reach > radius + max(20.0, 0.25 * radius):
            continue   # a title over the chart is further off than a label
        angle %= 360.0
        hits = [k for k, (st, sw) in enumerate(spans) if (angle - st) % 360.0 <= sw]
        if len(hits) != 1 or hits[0] not in wanted:
            continue
        if hits[0] in names:
            return None
        names[hits[0]] = (" ".join(w.text for w in line), line[0], line)
    return names if set(names) == wanted else None


def _slice_at(pie: list, angle: float) -> int | None:
    """The slice whose span holds the direction `angle` (degrees), else the one whose middle
    is nearest to it."""
    best, gap = None, 360.0
    for k, ((_, _, start, sweep), _) in enumerate(pie):
        off = ((angle - start) * (1 if sweep >= 0 else -1)) % 360.0
        if off <= abs(sweep):
            return k
        d = abs((angle - (start + sweep / 2) + 180.0) % 360.0 - 180.0)
        if d < gap:
            best, gap = k, d
    return best


_CAPTION_WORD = re.compile(r"(?:fig(?:ure|\.)?|chart|graph)$", re.I)
_CAPTION_ID = re.compile(r"(?:[A-Z]{0,3}\d[\w.]*|[A-Z])[.:]?$")


def _caption_phrases(words: list[Word]) -> list[list[Word]]:
    """Lines opening on a figure's label ("Figure 4.", "Chart B2."): each the run of words
    from the label, set without wide gaps."""
    out = []
    for line in _text_lines([w for w in words if not w.angle]):
        line = sorted(line, key=lambda w: w.x0)
        for k, w in enumerate(line[:-1]):
            if not _CAPTION_WORD.match(w.text) or not _CAPTION_ID.match(line[k + 1].text) \
                    or (k and w.x0 - line[k - 1].x1 <= 1.5 * (w.bottom - w.top)):
                continue
            run = [w]
            for m in line[k + 1:]:
                if m.x0 - run[-1].x1 > 1.5 * (m.bottom - m.top):
                    break
                run.append(m)
            out.append(run)
    return out


def _own_captions(charts: list[Chart], words: list[Word], page=None) -> None:
    """A chart with a figure's caption just over it and another just under it (a page that
    sets each chart's caption over it, "Figure 4 ..." over this chart and "Figure 6 ..." over
    the next): the caption over it is its own, when that caption lies nearer this chart
    than any other chart and no other chart stands between them. Sets the chart's title."""
    phrases = _caption_phrases(words)
    if len(phrases) < 2:
        return
    for chart in charts:
        if chart.title:
            continue
        x0, top, x1, bottom = chart.bbox

        def across(ph):
            return ph[0].x0 < x1 and x0 < ph[-1].x1
        above = [ph for ph in phrases if across(ph) and max(w.bottom for w in ph) <= top + 1
                 and top - max(w.bottom for w in ph) <= 100]
        # (the caption under it may stand under the chart beside it: a grid of charts)
        below = [ph for ph in phrases if min(w.top for w in ph) >= bottom - 1
                 and min(w.top for w in ph) - bottom <= 40]
        if not above or not below:
            continue
        # (the caption under it heads a chart drawn under that caption: the page sets
        # captions over their charts)
        nxt = words_bbox(min(below, key=lambda ph: min(w.top for w in ph)))
        if page is None or not any(0 <= q["top"] - nxt[3] <= 45 and q["x0"] < nxt[2] + 100 and nxt[0] - 100 < q["x1"]
                                   for q in boxes(page) if q.get("fill")):
            continue
        own = max(above, key=lambda ph: max(w.bottom for w in ph))
        box = words_bbox(own)
        gap = top - box[3]
        # (a chart nearer the caption, with a caption of its own just over it, is no rival)
        if any(o is not chart and (box[3] <= o.bbox[1] <= top and o.bbox[0] < box[2] and box[0] < o.bbox[2]
                                   or _gap(o.bbox, box) < gap
                                   and not any(ph is not own and ph[0].x0 < o.bbox[2] and o.bbox[0] < ph[-1].x1
                                               and 0 <= o.bbox[1] - max(w.bottom for w in ph) <= 40 for ph in phrases))
               for o in charts):
            continue
        chart.title, chart.title_bbox = " ".join(w.text for w in own), box


def _tile_title(page, charts: list[Chart], words: list[Word]) -> None:
    """The one chart of a dashboard's tile (the page seen through the tile's box) is titled
    by the tile's heading: its top lines of words, over the chart, no figures, one size."""
    if len(charts) != 1 or charts[0].title or not hasattr(page, "_page"):
        return
    chart = charts[0]
    lines = [sorted(line, key=lambda w: w.x0) for line in _text_lines([w for w in words if not w.angle])]
    if not lines:
        return
    head = [lines[0]]
    h = max(w.bottom - w.top for w in lines[0])
    for line in lines[1:]:
        lh = max(w.bottom - w.top for w in line)
        if abs(lh - h) > 0.5 or line[0].top - max(w.bottom for w in head[-1]) > 0.6 * h \
                or abs(line[0].x0 - head[0][0].x0) > 2:
            break
        head.append(line)
    flat = [w for line in head for w in line]
    if not 0 <= chart.bbox[1] - max(w.bottom for w in flat) <= 80 or any(_is_number(w.text) and not _YEAR.fullmatch(w.text) for w in flat) \
            or sum(1 for w in flat if w.text[:1].isalpha()) < 2:
        return
    chart.title, chart.title_bbox = " ".join(w.text for w in flat), words_bbox(flat)


def _framed_title(page, charts: list[Chart], words: list[Word], used: set[int]) -> None:
    """A column or bar chart drawn in a frame (matplotlib's value axis, a line up the plot's
    left side from its baseline to over its tallest column) is titled by the line of text
    just over the frame: within 40 points of its top, across the plot, nothing else between,
    words not figures (a year may be among them)."""
    lines = getattr(page, "lines", None) or []
    if not lines:
        return
    for chart in charts:
        if chart.title or chart.kind not in ("column", "bar"):
            continue
        x0, top, x1, bottom = chart.bbox
        axes = [l for l in lines if abs(l["x0"] - l["x1"]) <= 0.5 and x0 - 40 <= l["x0"] <= x0 + 2
                and abs(l["bottom"] - bottom) <= 3 and l["top"] < top - 5]
        if not axes:
            continue
        frame = min(l["top"] for l in axes)
        over = [w for w in words if id(w) not in used and not w.angle and w.bottom <= frame + 1
                and frame - w.bottom <= 40 and w.x0 < x1 and x0 - 40 < w.x1]
        if not over:
            continue
        low = max(w.bottom for w in over)
        line = sorted((w for w in over if abs(w.bottom - low) <= 2), key=lambda w: w.x0)
        if any(o is not chart and o.bbox[1] < frame and line[0].top < o.bbox[3] for o in charts):
            continue
        # (a line over the chart's own words, its legend's entries, heads the legend)
        if any(id(w) in used and low <= w.top and w.bottom <= frame + 1 and w.x0 < x1 and x0 - 40 < w.x1 for w in words):
            continue
        # the whole line (it may run on past the plot), and the lines it wraps from over it
        free = [w for w in words if id(w) not in used and not w.angle]
        rows = [sorted(r, key=lambda w: w.x0) for r in _text_lines([w for w in free if w.bottom <= low + 2])]
        rows.sort(key=lambda r: -max(w.bottom for w in r))
        head = []
        for row in rows:
            if not head:
                if not any(w in line for w in row):
                    continue
                # (the run of words holding the line's, set without wide gaps)
                k = row.index(line[0])
                run = [row[k]]
                for w in row[k + 1:]:
                    if w.x0 - run[-1].x1 > 1.5 * (w.bottom - w.top):
                        break
                    run.append(w)
                for w in reversed(row[:k]):
                    if run[0].x0 - w.x1 > 1.5 * (w.bottom - w.top):
                        break
                    run.insert(0, w)
                head.append(run)
                continue
            h = max(w.bottom - w.top for w in head[-1])
            if len(head) == 3 or min(w.top for w in head[-1]) - max(w.bottom for w in row) > h \
                    or abs(max(w.bottom - w.top for w in row) - h) > 1.5 \
                    or not (row[0].x0 < head[-1][-1].x1 and head[-1][0].x0 < row[-1].x1):
                break
            head.append(row)
        line = [w for row in reversed(head) for w in row]
        if not line or any(_is_number(w.text) and not _YEAR.fullmatch(w.text) and not _CAPTION_WORD.match(line[k - 1].text)
                           for k, w in enumerate(line)) \
                or sum(1 for w in line if w.text[:1].isalpha()) < 2:
            continue
        chart.title, chart.title_bbox = " ".join(w.text for w in line), words_bbox(line)


def find_bar_charts(page, words: list[Word], page_number: int) -> tuple[list[Chart], set[int]]:
    charts, used = _find_bar_charts(page, words, page_number)
    if charts:
        _own_captions(charts, words, page)
        _tile_title(page, charts, words)
        _framed_title(page, charts, words, used)
        _beside_caption_title(charts, words, used)
    return charts, used


def _beside_caption_title(charts: list[Chart], words: list[Word], used: set[int]) -> None:
    """A chart with a figure's caption ("CHART 2") in a column of text beside it, left of the
    chart at its height: that caption heads the column's takeaway, not the chart, which is
    titled by the line just over it within its extent (the part of the line set beyond a
    wide gap from the column's text)."""
    phrases = _caption_phrases(words)
    if not phrases:
        return
    runs = []
    for line in _text_lines([w for w in words if not w.angle and id(w) not in used]):
        line = sorted(line, key=lambda w: w.x0)
        run = [line[0]]
        for w in line[1:]:
            if w.x0 - run[-1].x1 > 1.5 * (w.bottom - w.top):
                runs.append(run)
                run = []
            run.append(w)
        runs.append(run)
    for chart in charts:
        if chart.title:
            continue
        # (its extent with its labels)
        x0, top, x1, bottom = union_bbox([chart.bbox] + [b.label_bbox for b in chart.bars if b.label_bbox])
        if not any(ph[-1].x1 < x0 - 20 and top - 40 <= min(w.top for w in ph) <= bottom for ph in phrases):
            continue
        over = [run for run in runs if max(w.bottom for w in run) <= top + 1 and top - max(w.bottom for w in run) <= 30
                and run[0].x0 < x1 and x0 - 60 < run[-1].x1 and run[0].x0 > x0 - 60
                and not all(_is_number(w.text) for w in run)]
        if not over:
            continue
        own = max(over, key=lambda run: max(w.bottom for w in run))
        if any(o is not chart and o.bbox[3] <= top + 1 and o.bbox[1] >= max(w.bottom for w in own) - 1
               and o.bbox[0] < x1 and x0 < o.bbox[2] for o in charts):
            continue
        chart.title, chart.title_bbox = " ".join(w.text for w in own), words_bbox(own)


def _find_bar_charts(page, words: list[Word], page_number: int) -> tuple[list[Chart], set[int]]:
    """Bar and line charts on a page, and the ids of the words they account for (values,
    labels, ticks)."""
    if not (page.rects or getattr(page, "curves", None) or getattr(page, "lines", None)):
        # Every reader below starts from drawn shapes (bars, keys, slices, strokes, dots):
        # a page of text alone has no chart, and most pages are text alone.
        return [], set()
    legend, keys = _legend(page, words)
    if legend:
        keys = keys + [r for _, _, r in getattr(page, "_legend_entries", None) or [] if all(r is not k for k in keys)]
    elif _SPOKEN_HINT.search(" ".join(w.text for w in words)):
        # no key drawn: a key given in words ("Dark blue: 2016; light blue: 2017") names the
        # bars' fills, the lines' strokes, the dots' fills
        spoken = _spoken_keys(words, [_colour(r) for r in _bars(page)] + [stroke for _, stroke in _polylines(page)]
                              + [_colour(m) for m in _markers(page)])
        if len(spoken) >= 2:
            legend = spoken
    rects = [r for r in _bars(page) if r not in keys]
    rects = [r for r in rects if not _text_box(r, words)]
    charts, used = [], set()
    for chart, ids in _pies(page, words, legend):
        charts.append(chart)
        used |= ids
    for chart, ids in _rings(page, [w for w in words if id(w) not in used], legend):
        charts.append(chart)
        used |= ids
    if _READ_BUBBLES and getattr(page, "curves", None):
        for chart, ids in _bubbles(page, [w for w in words if id(w) not in used]):
            charts.append(chart)
            used |= ids
    if getattr(page, "lines", None):
        for chart, ids in _slopes(page, [w for w in words if id(w) not in used]):
            charts.append(chart)
            used |= ids
    lines = _polylines(page)
    shared: set[int] = set()   # the period labels under the plot, one row for every line
    for drawn_line in lines:
        pts, stroke = drawn_line
        found = _line(pts, [w for w in words if id(w) not in used or id(w) in shared],
                      2 if getattr(drawn_line, "two", False) else 3)
        if found and all(not _is_number(b.label) or _YEAR.fullmatch(b.label) for b in found[0]):
            bars, ids = found
            # (the chart's box holds its values, its labels and its value axis's ticks)
            box = union_bbox([(pts[0][0], min(y for _, y in pts), pts[-1][0], max(y for _, y in pts))]
                             + [w.bbox for w in words if id(w) in ids])
            if len(lines) >= 2 and stroke in legend:
                # several lines: the legend entry in this one's colour names its series
                for b in bars:
                    b.series = legend[stroke][0]
                ids |= {id(w) for w in legend[stroke][2]}
            shared |= {id(w) for b in bars for w in words if b.label_bbox == w.bbox}
            called, more = _callouts(page, pts, bars, [w for w in words if id(w) not in used and id(w) not in ids])
            if called:
                bars, ids = bars + called, ids | more
                box = union_bbox([box] + [w.bbox for w in words if id(w) in more])
                frame = _frame(page, pts)
                if frame:
                    box = union_bbox([box, frame])
            charts.append(Chart(page_number, bars, box, "line"))
            used |= ids
    # (the lines of one plot, their period labels one row, share its box: the lower line's
    # chart is as near its title as the upper's)
    plotted = [c for c in charts if c.kind == "line" and any(b.label_bbox for b in c.bars)]
    for c in plotted:
        row = {b.label_bbox for b in c.bars if b.label_bbox}
        mates = [o for o in plotted if row & {b.label_bbox for b in o.bars if b.label_bbox}]
        if len(mates) >= 2:
            c.bbox = union_bbox([o.bbox for o in mates])
    for chart, ids in _sparklines(page, [w for w in words if id(w) not in used]):
        charts.append(chart)
        used |= ids
    for chart, ids in _dot_plots(page, [w for w in words if id(w) not in used], legend):
        charts.append(chart)
        used |= ids
    if legend:
        found = _keyed_stack(rects, words, legend)
        if found:
            chart, ids, segments = found
            charts.append(Chart(page_number, chart.bars, chart.bbox, chart.kind))
            used |= ids
            rects = [r for r in rects if all(r is not q for q in segments)]
            # its legend is that bar's: another chart in the same colours is no series of it
            legend = {c: v for c, v in legend.items() if c not in {_colour(q) for q in segments}}
    found = _keyed_segments(rects, [w for w in words if id(w) not in used], legend) \
        if legend and len(rects) >= 3 else None
    if found:
        chart, ids, segments = found
        charts.append(Chart(page_number, chart.bars, chart.bbox, chart.kind))
        used |= ids
        rects = [r for r in rects if all(r is not q for q in segments)]
    # (a legend's names under a bar are no labels of its segments: each names a colour, and
    # stacked bars in those colours are read below, segment by segment)
    keyed = {id(w) for entry in legend.values() for w in entry[2]} \
        | {id(w) for _, entry, _ in getattr(page, "_legend_entries", None) or [] for w in entry[2]} if legend else set()
    found = _split_bar(rects, [w for w in words if id(w) not in used and id(w) not in keyed]) if len(rects) >= 2 else None
    if found:
        chart, ids, segments = found
        charts.append(Chart(page_number, chart.bars, chart.bbox, chart.kind))
        used |= ids
        rects = [r for r in rects if all(r is not q for q in segments)]
    found = _labelled_under(rects, [w for w in words if id(w) not in used and id(w) not in keyed]) if len(rects) >= 3 else None
    if found:
        chart, ids, segments = found
        charts.append(Chart(page_number, chart.bars, chart.bbox, chart.kind))
        used |= ids
        rects = [r for r in rects if all(r is not q for q in segments)]
    found = _diverging(rects, [w for w in words if id(w) not in used]) if len(rects) >= 3 else None
    if not found and len(rects) >= 3:
        found = _diverging_columns(rects, [w for w in words if id(w) not in used])
        if found:
            bars, ids, group = found
            if len(bars) >= 3:
                charts.append(Chart(page_number, bars, union_bbox([(r["x0"], r["top"], r["x1"], r["bottom"]) for r in group]
                                                                  + [b.bbox for b in bars] + [b.label_bbox for b in bars]), "column"))
                used |= ids
                rects = [r for r in rects if all(r is not q for q in group)]
            found = None
    if found:
        bars, ids, group = found
        if len(bars) >= 3:
            charts.append(Chart(page_number, bars, union_bbox([(r["x0"], r["top"], r["x1"], r["bottom"]) for r in group]
                                                              + [b.bbox for b in bars] + [b.label_bbox for b in bars]), "bar"))
            used |= ids
            rects = [r for r in rects if all(r is not q for q in group)]
    gone: set[int] = set()   # segments read (or set aside) with a stacked chart
    zeros = _zero_columns(page, words) if rects else []
    thin = [r for r in boxes(page) if r.get("fill") and 0.3 <= r["x1"] - r["x0"] < 2 and 4 <= r["bottom"] - r["top"] <= 40] \
        if len(rects) >= 3 else []
    # segments too thin to be bars of their own (a 1% share of a 100% bar drawn 1.5 points
    # wide): read only as a segment of a stack, meeting the one before edge to edge
    slivers = [r for r in boxes(page) if r.get("fill") and r not in keys
               and (0.3 <= r["x1"] - r["x0"] < 2 <= r["bottom"] - r["top"] <= 60
                    or 0.3 <= r["bottom"] - r["top"] < 1.5 <= 4 <= r["x1"] - r["x0"] <= 120)] if rects else []
    for key, read in (("bottom", _vertical), ("x0", _horizontal)):
        # (two columns make a chart only stacked, each segment named by the legend: "2016"
        # and "2017", law enforcement under other authorities)
        groups = _group(rects + ((zeros + _zero_slots(rects, words, zeros) if len(rects) >= 2 else zeros) if key == "bottom"
                                 else _zero_bars(rects, words) if len(rects) >= 2 else []),
                        key, least=2 if legend else 3)
        if key == "bottom":
            groups = [part for g in groups for part in _panels(g, words)]
        else:
            groups = [part for g in groups for part in _titled_runs(g, words) if len(part) >= 2]
        for group in groups:
            if gone:
                group = [r for r in group if id(r) not in gone]
                if len(group) < 2:
                    continue
            stacks = _stacks(group, rects + slivers, _UPWARD if key == "bottom" else _RIGHTWARD)
            # (a panel of small multiples may hold two columns: "Applied", "Approved" beside
            # panels of five and three, read only when titled and drawn to scale)
            pair = getattr(group, "panel", False) and len(group) == 2 and key == "bottom"
            if len(group) < 3 and not stacks and not pair:
                continue
            if stacks:
                # stacked columns (bars): read only as such; their segments are no bars of their own
                segments = [q for stack in stacks for q in stack]
                box = union_bbox([(q["x0"], q["top"], q["x1"], q["bottom"]) for q in segments])
                near = _near(page, legend, box)
                found = (_stacked if key == "bottom" else _stacked_h)(stacks, words, near)
                gone |= {id(q) for q in segments}
                rects = [r for r in rects if id(r) not in gone]
                if not found:
                    if key == "bottom" and not any(not _is_number(w.text) for q in segments
                               for w in _words_in(words, q["x0"] + 1, q["top"] + 1, q["x1"] - 1, q["bottom"] - 1)):
                        used |= _axis_ticks(segments, words)   # no figures, whether or not values are read
                    continue
                bars, ids, fills = found
                ids |= {id(w) for c in set(fills) for w in near[c][2]}
                charts.append(Chart(page_number, bars, box, "column" if key == "bottom" else "bar"))
                used |= ids
                continue
            found = read(group, words, tuple(legend), not pair) if key == "bottom" else read(group, words)
            if key == "x0" and found and thin:
                # a bar too short to draw at its length is drawn a hairline wide (£50,000
                # among £ millions): read with the others only when every bar is as long as
                # its value puts it on one scale from zero
                extra = _hairlines(group, thin)
                wider = read(group + extra, words) if extra else None
                if wider and len(wider[0]) > len(found[0]) and _plausible(group + extra, wider[0], words) \
                        and _to_scale(group + extra, wider[0], words, "top", "bottom"):
                    group, found = group + extra, wider
            if not found:
                continue
            bars, ids, fills = found
            if getattr(group, "panel", False) and bars and not any(b.label for b in bars):
                ids |= _shared_labels(group, bars, words)
            if pair and not (len(bars) == 2 and _plausible(group, bars, words, least=2)
                             and _to_scale(group, bars, words, "x0", "x1") and _panel_title(group, bars, words, ids | used)):
                continue
            if not _plausible(group, bars, words, least=2 if pair else 3):
                keyed = _keyed_columns(group, words, _near(page, legend, _box_of(group))) \
                    if key == "bottom" and not bars and legend else None
                if keyed:
                    bars, ids = keyed
                    charts.append(Chart(page_number, bars, _box_of(group), "column"))
                    used |= ids | _axis_ticks(group, words)
                    rects = [r for r in rects if r not in group]
                    continue
                if key == "bottom" and not bars and _apart(group) and \
                        not any(_words_in(words, r["x0"] + 1, r["top"] + 1, r["x1"] - 1, r["bottom"] - 1) for r in group):
                    # columns with no value printed (ticks and labels only): the ticks are no figures
                    used |= _axis_ticks(group, words)
                continue
            # The legend names the bars' series when the chart has several colours and the
            # legend names every one of them.
            # (grouped columns with only one series' values printed: the group's colours)
            colours = {_colour(r) for r in group}
            box = union_bbox([(r["x0"], r["top"], r["x1"], r["bottom"]) for r in group])
            if len(colours) >= 2 and colours <= set(legend):
                near = _near(page, legend, box)
                for b, fill in zip(bars, fills):
                    b.series = near[fill][0]
                ids |= {id(w) for c in colours for w in near[c][2]}
            chart = Chart(page_number, bars, box, "column" if key == "bottom" else "bar")
            if getattr(group, "panel", False):
                title = _panel_title(group, bars, words, ids | used)
                if title:
                    chart.title, chart.title_bbox = " ".join(w.text for w in title), words_bbox(title)
                    ids |= {id(w) for w in title}
            charts.append(chart)
            used |= ids
            rects = [r for r in rects if r not in group]
    return charts, used
