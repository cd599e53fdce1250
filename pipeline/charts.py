"""One chart per series family: PNG and SVG, matplotlib's Agg backend, source under the chart.

A family (metric + category + unit + period type) is what one line may join, so a chart never
mixes units or period types. Points whose sources disagree (conflict, revised) get a hollow red
marker; series breaks inside the family's span are drawn as dashed vertical lines. The SVG keeps
its text as text (searchable, small) and is deterministic: no date stamp, fixed id salt.
"""
from __future__ import annotations

import re
import textwrap
from datetime import date
from pathlib import Path

import matplotlib

matplotlib.use("Agg")  # no display, ever: charts are files

from matplotlib.backends.backend_agg import FigureCanvasAgg  # noqa: E402
from matplotlib.figure import Figure  # noqa: E402
from matplotlib.ticker import FuncFormatter  # noqa: E402

import pandas as pd  # noqa: E402

from pipeline.series import display_number, period_label  # noqa: E402

LINE_COLOUR = "#1f5fa8"
FLAG_COLOUR = "#c0392b"
BREAK_COLOUR = "#7f7f7f"
FLAGGED = ("conflict", "revised")


def slug(family: str) -> str:
    """'cd.items|total|items|year' -> 'cd.items--total--items--year' (a safe file name/anchor)."""
    text = re.sub(r"[^A-Za-z0-9._-]+", "-", family.replace("|", "--"))
    return text.strip("-") or "series"


def _x(period_start: str, period_end: str) -> float:
    """The middle of a period as a fractional year (2018 -> 2018.5)."""
    d0, d1 = date.fromisoformat(period_start), date.fromisoformat(period_end)
    mid = d0 + (d1 - d0) / 2
    year_len = (date(mid.year + 1, 1, 1) - date(mid.year, 1, 1)).days
    return mid.year + (mid - date(mid.year, 1, 1)).days / year_len


def _category_label(category: str) -> str:
    if not category:
        return ""
    return "all" if category == "total" else category.replace("_", " ")


def chart_title(points: pd.DataFrame) -> str:
    first = points.iloc[0]
    title = str(first["metric_label"] or first["metric"])
    category = _category_label(first["category"])
    return f"{title}: {category}" if category else title


def source_note(points: pd.DataFrame) -> str:
    pages: dict[str, list[str]] = {}
    for _, p in points.iterrows():
        pages.setdefault(p["document"], [])
        page = f"p.{int(p['page'])}"
        if page not in pages[p["document"]]:
            pages[p["document"]].append(page)
    parts = [f"{doc} {', '.join(ps)}" for doc, ps in pages.items()]
    return ("Source: " + "; ".join(parts) +
            ". Crown copyright, Open Government Licence v3.0. Value from the latest report; "
            "red rings: reports disagree.")


def draw_family(points: pd.DataFrame, png: Path | None, svg: Path | None,
                breaks: list[dict] | None = None, dpi: int = 110) -> None:
    """Draw one family's points (rows of the series table, any order) to png and/or svg."""
    from pipeline.series import break_applies

    pts = points[points["period_start"].notna()].sort_values(["period_start", "period"])
    if pts.empty:
        raise ValueError("no datable points to chart")
    first = pts.iloc[0]
    unit = str(first["unit"])
    xs = [_x(s, e) for s, e in zip(pts["period_start"], pts["period_end"])]
    ys = [float(v) for v in pts["value"]]
    salt = slug(str(first["series_family"]))

    with matplotlib.rc_context({"svg.hashsalt": salt, "svg.fonttype": "none",
                                "font.family": "DejaVu Sans", "font.size": 9}):
        fig = Figure(figsize=(7.2, 3.8), dpi=dpi)
        FigureCanvasAgg(fig)
        ax = fig.add_axes((0.11, 0.24, 0.86, 0.62))
        ax.plot(xs, ys, color=LINE_COLOUR, linewidth=2.2, marker="o", markersize=6, zorder=3)
        for x, y, status in zip(xs, ys, pts["status"]):
            if status in FLAGGED:
                ax.plot([x], [y], marker="o", markersize=13, markerfacecolor="none",
                        markeredgecolor=FLAG_COLOUR, markeredgewidth=2, zorder=4)
        top = max(ys + [0.0])
        bottom = min(ys + [0.0])
        span = (top - bottom) or 1.0
        for x, y, status, values in zip(xs, ys, pts["status"], pts["values"]):
            label, colour, offset, va = display_number(y, unit), "#222222", (0, 9), "bottom"
            if status in FLAGGED:
                others = [display_number(float(v), unit) for v in str(values).split("; ")
                          if v and abs(float(v) - y) > 1e-9]
                label, colour = f"{label} ({status}; also {', '.join(others)})", FLAG_COLOUR
                offset, va = (0, -12), "top"  # below the ring, clear of the value labels above
            ax.annotate(label, (x, y), textcoords="offset points", xytext=offset, ha="center",
                        va=va, fontsize=8.5, color=colour, zorder=5,
                        bbox={"boxstyle": "round,pad=0.15", "facecolor": "white", "edgecolor": "none",
                              "alpha": 0.85} if status in FLAGGED else None)
        ax.set_ylim(bottom - 0.05 * span if bottom < 0 else 0, top + 0.18 * span)
        pad = max(0.6, (max(xs) - min(xs)) * 0.06)
        ax.set_xlim(min(xs) - pad, max(xs) + pad)
        ax.set_xticks(xs, [period_label(p) for p in pts["period"]])
        ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _: display_number(round(v, 6), unit)))
        ax.grid(axis="y", color="#dddddd", linewidth=0.8)
        ax.set_axisbelow(True)
        for side in ("top", "right"):
            ax.spines[side].set_visible(False)
        ax.set_ylabel(unit.replace("_", " "))
        shown = [b for b in breaks or []
                 if break_applies(b, str(first["metric"])) and min(xs) < b["year"] < max(xs)]
        for i, b in enumerate(sorted(shown, key=lambda b: (b["year"], b["id"]))):
            ax.axvline(b["year"], color=BREAK_COLOUR, linestyle="--", linewidth=1, zorder=1)
            right = b["year"] > (min(xs) + max(xs)) / 2
            # Stagger the labels so that breaks a year or two apart stay readable.
            ax.text(b["year"], 1.0 - 0.075 * i, f" break: {b['id']} ", color=BREAK_COLOUR,
                    fontsize=7, va="top", ha="right" if right else "left",
                    transform=ax.get_xaxis_transform())
        fig.suptitle("\n".join(textwrap.wrap(chart_title(pts), 90)), x=0.02, ha="left",
                     fontsize=10.5, fontweight="bold", y=0.97)
        fig.text(0.02, 0.02, "\n".join(textwrap.wrap(source_note(pts), 125)), fontsize=6.8,
                 color="#444444", ha="left", va="bottom")
        if png:
            fig.savefig(png, format="png", dpi=dpi, metadata={"Software": None})
        if svg:
            fig.savefig(svg, format="svg", metadata={"Date": None, "Creator": None})


def chartable_families(series: pd.DataFrame) -> list[str]:
    """Families with at least two datable points, in series order."""
    if series.empty:
        return []
    pts = series[series["period_start"].notna() & (series["period_start"] != "")]
    counts = pts.groupby("series_family", sort=False).size()
    return [f for f in pts["series_family"].drop_duplicates() if counts.get(f, 0) >= 2]


def write_charts(series: pd.DataFrame, out_dir: Path, breaks: list[dict] | None = None
                 ) -> dict[str, tuple[Path, Path]]:
    """One PNG and one SVG per family with >= 2 points, into out_dir; {family: (png, svg)}.
    Charts of families that no longer exist are removed, so the folder matches the data."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    written: dict[str, tuple[Path, Path]] = {}
    for family in chartable_families(series):
        name = slug(family)
        png, svg = out_dir / f"{name}.png", out_dir / f"{name}.svg"
        draw_family(series[series["series_family"] == family], png, svg, breaks)
        written[family] = (png, svg)
    keep = {p.name for pair in written.values() for p in pair}
    for old in out_dir.glob("*"):
        if old.suffix in (".png", ".svg") and old.name not in keep:
            old.unlink()
    return written


__all__ = ["draw_family", "write_charts", "chartable_families", "slug", "chart_title", "source_note"]
