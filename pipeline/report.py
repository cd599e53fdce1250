"""Read a run's outputs back, and turn them into things people read.

- `load_outputs(out_dir)`: every table of OUT_DIR/<name>.db as DataFrames.
- `trace(outputs, ident)`: where a series point or an observation came from.
- `render_trace_image(...)`: a PNG crop of the PDF page around a value, the value boxed.
- `build_report(out_dir)`: OUT_DIR/report.html, one self-contained static file (inline CSS,
  inline SVG charts, base64 PNG thumbnails, no script, nothing fetched), plus the charts as
  PNG and SVG files in OUT_DIR/charts/.
"""
from __future__ import annotations

import base64
import html
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from pipeline.series import (CHANGE_COLUMNS, CHECK_COLUMNS, SERIES_COLUMNS, display_number,
                             largest_changes, load_breaks, period_label)

DEFAULT_DB = "surveillance_stats.db"
THUMBNAIL_DPI = 56  # 'at a glance' thumbnails: about 400 px wide, shown at about 280
TABLES = ("documents", "observations", "series", "checks", "changes", "breaks", "failures")


class OutputsError(Exception):
    """OUT_DIR holds no (or no single) database written by `run`."""


@dataclass
class Outputs:
    out_dir: Path
    db: Path
    documents: pd.DataFrame
    observations: pd.DataFrame
    series: pd.DataFrame
    checks: pd.DataFrame
    changes: pd.DataFrame
    breaks: pd.DataFrame
    failures: pd.DataFrame


def find_db(out_dir: Path) -> Path:
    out_dir = Path(out_dir)
    if not out_dir.is_dir():
        raise OutputsError(f"{out_dir} is not a folder")
    dbs = sorted(out_dir.glob("*.db"))
    if len(dbs) == 1:
        return dbs[0]
    if (out_dir / DEFAULT_DB) in dbs:
        return out_dir / DEFAULT_DB
    if not dbs:
        raise OutputsError(f"no .db file in {out_dir}: run `python cli.py run CORPUS --out {out_dir}` first")
    raise OutputsError(f"several .db files in {out_dir}: {', '.join(d.name for d in dbs)}")


_EMPTY = {"series": SERIES_COLUMNS, "checks": CHECK_COLUMNS, "changes": CHANGE_COLUMNS}


def load_outputs(out_dir: Path) -> Outputs:
    """All tables of the run's database. Text columns come back with '' for NULL."""
    db = find_db(out_dir)
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        names = {r[0] for r in con.execute("select name from sqlite_master where type='table'")}
        frames = {}
        for t in TABLES:
            if t in names:
                df = pd.read_sql_query(f"select * from [{t}]", con)
            else:  # a database from before this table existed
                df = pd.DataFrame(columns=_EMPTY.get(t, []))
            for col in df.columns:
                if df[col].dtype == object:
                    df[col] = df[col].fillna("")
            frames[t] = df
    finally:
        con.close()
    return Outputs(Path(out_dir), db, **frames)


# --------------------------------------------------------------------------------------------
# Trace

@dataclass
class Trace:
    kind: str                 # "point" or "observation"
    point: dict | None        # the series row, for a point
    observations: list[dict]  # best first for a point (the chosen one first)


def trace(outputs: Outputs, ident: str) -> Trace:
    """Resolve ID: a series_id (metric|category|period|unit), an observation_id, or a unique
    prefix of an observation_id. Raises KeyError with a hint when nothing (or several) match."""
    ident = ident.strip()
    series, obs = outputs.series, outputs.observations
    by_id = {r["observation_id"]: r for r in obs.to_dict("records")}
    hit = series[series["series_id"] == ident]
    if not hit.empty:
        point = hit.iloc[0].to_dict()
        ids = [i for i in str(point["observation_ids"]).split("; ") if i]
        chosen = point.get("chosen_observation_id", "")
        ids.sort(key=lambda i: (i != chosen,))
        return Trace("point", point, [by_id[i] for i in ids if i in by_id])
    matches = [i for i in by_id if i.startswith(ident)] if len(ident) >= 4 else []
    if ident in by_id:
        matches = [ident]
    if len(matches) == 1:
        o = by_id[matches[0]]
        point = series[series["observation_ids"].str.contains(o["observation_id"], regex=False)]
        return Trace("observation", point.iloc[0].to_dict() if not point.empty else None, [o])
    if len(matches) > 1:
        raise KeyError(f"{ident!r} matches {len(matches)} observations; give more characters")
    raise KeyError(f"no series point or observation {ident!r} (series ids look like "
                   "'cd.items|total|2018|items'; observation ids are 16 hex digits)")


def _bbox(text) -> tuple[float, float, float, float] | None:
    try:
        parts = [float(v) for v in str(text).split(",")]
    except ValueError:
        return None
    return tuple(parts) if len(parts) == 4 else None  # type: ignore[return-value]


def _search_value(page, observation: dict):
    """When an observation has no box, look for its number as printed on the page."""
    value = float(observation["value"])
    forms = []
    if value.is_integer():
        forms += [f"{value:,.0f}", f"{value:.0f}"]
    else:
        forms += [f"{value:,}", f"{value}"]
    for form in dict.fromkeys(forms):
        for hit in page.search(re.escape(form), regex=True):
            return (hit["x0"], hit["top"], hit["x1"], hit["bottom"])
    return None


def render_trace_image(corpus: Path, observation: dict, out_png: Path, resolution: int = 150,
                       margin: float = 48.0) -> dict:
    """Write a PNG of the page region around one observation, its box drawn in red over a
    yellow fill. Returns {"path", "page", "bbox", "crop", "located"} where located says where the
    box came from: "bbox" (the observation's own), "search" (the number found on the page) or
    "none" (whole page, nothing highlighted)."""
    import pdfplumber

    pdf_path = Path(corpus) / observation["document"]
    if not pdf_path.is_file():
        raise FileNotFoundError(f"{pdf_path} not found: --corpus must be the folder the run read")
    with pdfplumber.open(pdf_path) as pdf:
        number = int(observation["page"])
        if not 1 <= number <= len(pdf.pages):
            raise ValueError(f"{observation['document']} has no page {number}")
        page = pdf.pages[number - 1]
        box, located = _bbox(observation.get("bbox", "")), "bbox"
        if box is None:
            box, located = _search_value(page, observation), "search"
        if box is None:
            crop, located = (0, 0, float(page.width), float(page.height)), "none"
        else:
            crop = (0.0, max(0.0, box[1] - margin), float(page.width),
                    min(float(page.height), box[3] + margin))
        image = page.crop(crop).to_image(resolution=resolution)
        if box is not None:
            # A little larger than the glyphs, so the outline frames the number, not strikes it.
            pad = 2.5
            frame = (box[0] - pad, box[1] - pad, box[2] + pad, box[3] + pad)
            image.draw_rect(frame, fill=(255, 221, 0, 70), stroke=(220, 0, 0), stroke_width=2)
        out_png = Path(out_png)
        out_png.parent.mkdir(parents=True, exist_ok=True)
        image.save(out_png, format="PNG")
    return {"path": out_png, "page": number, "bbox": box, "crop": crop, "located": located}


# --------------------------------------------------------------------------------------------
# HTML report

CSS = """
:root { --ink:#1b1b1b; --muted:#5a5a5a; --line:#d9d9d9; --blue:#1f5fa8; --red:#c0392b;
        --amber:#b7791f; --green:#2f7d32; --bg:#fafafa; }
* { box-sizing: border-box; }
body { font: 15px/1.45 "DejaVu Sans", Arial, Helvetica, sans-serif; color: var(--ink);
       margin: 0; background: #fff; }
header { background: #0b2e4f; color: #fff; padding: 20px 32px 16px; }
header h1 { margin: 0 0 4px; font-size: 24px; }
header p { margin: 0; color: #d6e2ee; }
main { padding: 8px 32px 40px; max-width: 1240px; }
h2 { border-bottom: 2px solid var(--blue); padding-bottom: 4px; margin-top: 32px; }
h3 { margin: 26px 0 4px; }
.stats { display: flex; flex-wrap: wrap; gap: 10px; margin: 16px 0; }
.stat { background: var(--bg); border: 1px solid var(--line); border-radius: 6px;
        padding: 8px 14px; min-width: 130px; }
.stat b { display: block; font-size: 22px; color: var(--blue); }
.glance { display: grid; grid-template-columns: repeat(auto-fill, minmax(280px, 1fr)); gap: 12px; }
.glance a { display: block; border: 1px solid var(--line); border-radius: 6px; padding: 6px;
            color: var(--ink); text-decoration: none; background: #fff; }
.glance img { width: 100%; height: auto; display: block; }
.glance span { display: block; font-size: 12px; color: var(--muted); overflow: hidden;
               text-overflow: ellipsis; white-space: nowrap; }
table { border-collapse: collapse; width: 100%; margin: 8px 0 12px; font-size: 13px; }
th, td { border-bottom: 1px solid var(--line); padding: 4px 6px; text-align: left;
         vertical-align: top; overflow-wrap: anywhere; }
th { background: var(--bg); font-weight: 600; }
td.num, th.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
td.p, th.p { white-space: nowrap; }
.quote { color: var(--muted); font-style: italic; max-width: 460px; }
code { font-size: 12px; background: #f1f1f1; padding: 1px 4px; border-radius: 3px; }
.badge { display: inline-block; padding: 1px 7px; border-radius: 10px; font-size: 12px;
         font-weight: 600; white-space: nowrap; }
.s-single, .s-ok { background: #e8f3e9; color: var(--green); }
.s-agree { background: #e6eef8; color: var(--blue); }
.s-revised { background: #fdf2e0; color: var(--amber); }
.s-conflict, .s-mismatch { background: #fbe7e5; color: var(--red); }
.flag { background: #fbe7e5; color: var(--red); }
.rise { color: var(--red); } .fall { color: var(--blue); }
.note { color: var(--muted); font-size: 13px; }
.break { border-left: 4px solid #7f7f7f; background: var(--bg); padding: 6px 10px; margin: 6px 0;
         font-size: 13px; }
.chart svg { width: 100%; max-width: 860px; height: auto; display: block; }
.family { border-top: 1px solid var(--line); padding-top: 4px; }
details summary { cursor: pointer; color: var(--blue); font-size: 12px; }
nav.toc { columns: 2; font-size: 13px; }
footer { color: var(--muted); font-size: 12px; margin-top: 40px; }
"""


def _e(value) -> str:
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return ""
    return html.escape(str(value), quote=True)


def _num(value, unit: str = "") -> str:
    try:
        if value is None or value == "" or pd.isna(value):
            return ""
    except (TypeError, ValueError):
        pass
    return _e(display_number(float(value), unit))


def _pct(value) -> str:
    try:
        if value is None or value == "" or pd.isna(value):
            return "n/a"
    except (TypeError, ValueError):
        return "n/a"
    return f"{float(value):+,.1f}%"


def _year(value) -> str:
    try:
        return "" if value is None or value == "" or pd.isna(value) else str(int(float(value)))
    except (TypeError, ValueError):
        return str(value)


def _badge(status: str) -> str:
    return f'<span class="badge s-{_e(status)}">{_e(status)}</span>'


def _table(headers: list[tuple[str, str]], rows: list[list[str]]) -> str:
    """headers: (label, css class); rows: already-escaped cell HTML."""
    head = "".join(f'<th class="{c}">{_e(h)}</th>' for h, c in headers)
    body = "".join("<tr>" + "".join(f'<td class="{headers[i][1]}">{cell}</td>'
                                    for i, cell in enumerate(r)) + "</tr>" for r in rows)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _inline_svg(path: Path) -> str:
    text = Path(path).read_text(encoding="utf-8")
    text = re.sub(r"<\?xml[^>]*\?>", "", text)
    text = re.sub(r"<!DOCTYPE[^>]*>", "", text, flags=re.S)
    # Scale with the page: drop the fixed size, keep the viewBox.
    text = re.sub(r"<svg([^>]*?)\swidth=\"[^\"]*\"([^>]*?)\sheight=\"[^\"]*\"", r"<svg\1\2", text, count=1)
    return text.strip()


def _thumbnail(points: pd.DataFrame, breaks: list[dict]) -> str:
    """A small PNG of a family's chart as a data: URI (the full-size files stay in charts/)."""
    from io import BytesIO

    from pipeline.charts import draw_family

    buf = BytesIO()
    draw_family(points, buf, None, breaks, dpi=THUMBNAIL_DPI)
    return "data:image/png;base64," + base64.b64encode(buf.getvalue()).decode("ascii")


def _family_title(points: pd.DataFrame) -> str:
    from pipeline.charts import chart_title
    return chart_title(points)


def build_report(out_dir: Path, output: Path | None = None, threshold: float = 50.0,
                 charts_dir: Path | None = None) -> Path:
    """Write the charts (OUT_DIR/charts/) and the report (OUT_DIR/report.html by default)."""
    from pipeline.charts import slug, write_charts

    outputs = load_outputs(out_dir)
    out_dir = Path(out_dir)
    output = Path(output) if output else out_dir / "report.html"
    breaks = load_breaks()
    charts = write_charts(outputs.series, charts_dir or out_dir / "charts", breaks)
    text = render_html(outputs, charts, breaks, threshold, slug)
    tmp = output.with_name(output.name + ".tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(output)
    return output


def render_html(outputs: Outputs, charts: dict, breaks: list[dict], threshold: float, slug) -> str:
    docs, obs, series = outputs.documents, outputs.observations, outputs.series
    checks, changes, failures = outputs.checks, outputs.changes, outputs.failures
    quotes = {r["observation_id"]: r for r in obs.to_dict("records")}
    families = list(dict.fromkeys(series["series_family"])) if not series.empty else []
    multi = [f for f in families if f in charts]
    single = [f for f in families if f not in charts]
    n_flag = 0
    if not changes.empty:
        n_flag = int((pd.to_numeric(changes["change_pct"], errors="coerce").abs() >= threshold).sum())
    status_counts = series["status"].value_counts().to_dict() if not series.empty else {}
    mismatches = int((checks["status"] == "mismatch").sum()) if not checks.empty else 0

    parts: list[str] = []
    add = parts.append
    add("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        "<title>UK surveillance oversight statistics: series report</title>"
        f"<style>{CSS}</style></head><body>")
    add("<header><h1>UK surveillance oversight statistics</h1>"
        "<p>Series assembled from the published reports, with every point traced to its document, "
        "page and quote. Crown copyright material reused under the Open Government Licence v3.0.</p>"
        "</header><main>")

    stats = [
        (len(docs), "documents read"), (len(failures), "failed"), (len(obs), "observations"),
        (len(series), "series points"), (len(families), "series families"),
        (len(multi), "charted (2+ points)"),
        (status_counts.get("conflict", 0), "conflicts"), (status_counts.get("revised", 0), "revisions"),
        (len(checks), "checks"), (mismatches, "check mismatches"),
        (n_flag, f"changes of {threshold:g}% or more"),
    ]
    add('<section id="summary"><div class="stats">' + "".join(
        f'<div class="stat"><b>{n:,}</b>{_e(label)}</div>' for n, label in stats) + "</div></section>")

    # Charts at a glance: thumbnails linking to each family.
    if multi:
        add('<section id="glance"><h2>Series at a glance</h2><div class="glance">')
        for fam in multi:
            pts = series[series["series_family"] == fam]
            add(f'<a href="#{_e(slug(fam))}"><img alt="{_e(_family_title(pts))}" src="{_thumbnail(pts, breaks)}">'
                f'<span>{_e(fam)}</span></a>')
        add("</div></section>")

    # Overview: documents and failures.
    add('<section id="overview"><h2>Documents</h2>')
    n_obs = obs.groupby("document").size().to_dict() if not obs.empty else {}
    rows = [[_e(d["document"]), _e(d.get("title", "")), _e(_year(d.get("report_year"))),
             _num(d.get("pages")),
             f'<span class="badge s-{"ok" if d.get("status") == "ok" else "conflict"}">{_e(d.get("status"))}</span>',
             _num(n_obs.get(d["document"], 0))]
            for d in docs.to_dict("records")]
    add(_table([("document", ""), ("title", ""), ("report year", "num"), ("pages", "num"),
                ("status", ""), ("observations", "num")], rows))
    add("<h3>Failures</h3>")
    if failures.empty:
        add('<p class="note">Every document was processed.</p>')
    else:
        add(_table([("document", ""), ("reason", "")],
                   [[_e(f["document"]), _e(f["reason"])] for f in failures.to_dict("records")]))
    add("</section>")

    # Largest changes.
    add(f'<section id="changes"><h2>Largest changes</h2><p class="note">Change between consecutive '
        f'points of each series, largest first; flagged when {threshold:g}% or more. "gap" means the '
        'periods are not back to back; "break" means the counting or the body changed in between.</p>')
    top = largest_changes(changes, 0.0, 25)
    rows = []
    for c in top.to_dict("records"):
        pct = pd.to_numeric(c["change_pct"], errors="coerce")
        flags = []
        if pd.notna(pct) and abs(pct) >= threshold:
            flags.append('<span class="badge flag">flag</span>')
        if not int(c["consecutive"] or 0):
            flags.append('<span class="badge s-revised">gap</span>')
        if c["across_break"]:
            flags.append(f'<span class="badge s-conflict">break: {_e(c["across_break"])}</span>')
        rows.append([
            f'<a href="#{_e(slug(c["series_family"]))}">{_e(c["metric_label"])}</a>'
            f'<br><code>{_e(c["series_family"])}</code>',
            f"{_e(period_label(c['from_period']))} &rarr; {_e(period_label(c['to_period']))}",
            _num(c["from_value"], c["unit"]), _num(c["to_value"], c["unit"]),
            f'<span class="{_e(c["direction"])}">{_num(c["change_abs"], c["unit"])}</span>',
            f'<span class="{_e(c["direction"])}">{_pct(c["change_pct"])}</span>', " ".join(flags),
            f'{_e(c["from_document"])} p.{_e(c["from_page"])}<br>{_e(c["to_document"])} p.{_e(c["to_page"])}',
        ])
    add(_table([("series", ""), ("periods", "p"), ("from", "num"), ("to", "num"), ("change", "num"),
                ("change %", "num"), ("flags", ""), ("sources (from, to)", "")], rows)
        if rows else '<p class="note">No series has two points yet.</p>')
    add("</section>")

    # Checks.
    add('<section id="checks"><h2>Checks</h2><p class="note">Totals against the sum of their '
        'categories, and figures printed both in prose and in a table, within one document.</p>')
    rows = [[_badge(c["status"]), _e(c["check"]), _e(c["metric"]), _e(c["category"]),
             _e(period_label(c["period"])), f'{_e(c["document"])} p.{_e(c["page"])}',
             _num(c["expected"]), _num(c["actual"]), _num(c["difference"]), _e(c["detail"])]
            for c in checks.to_dict("records")]
    add(_table([("status", ""), ("check", ""), ("metric", ""), ("category", ""), ("period", "p"),
                ("document", ""), ("expected", "num"), ("actual", "num"), ("difference", "num"),
                ("detail", "")], rows) if rows else '<p class="note">No checks could be made.</p>')
    add("</section>")

    # Disagreements.
    flagged = series[series["status"].isin(["conflict", "revised"])] if not series.empty else series
    add('<section id="disagreements"><h2>Conflicts and revisions</h2>')
    if flagged.empty:
        add('<p class="note">No report disagrees with another, or with itself.</p>')
    else:
        rows = [[_badge(p["status"]), f'<a href="#{_e(slug(p["series_family"]))}">{_e(p["series_id"])}</a>',
                 _num(p["value"], p["unit"]), _e(p["values"]), _e(p["note"]), _e(p["sources"])]
                for p in flagged.to_dict("records")]
        add(_table([("status", ""), ("point", ""), ("value used", "num"), ("all values", ""),
                    ("what happened", ""), ("sources", "")], rows))
    add("</section>")

    # Every family.
    add('<section id="series"><h2>Series</h2><nav class="toc">' + "".join(
        f'<div><a href="#{_e(slug(f))}">{_e(f)}</a></div>' for f in families) + "</nav>")
    change_by_to = {}
    for c in changes.to_dict("records"):
        change_by_to[(c["series_family"], c["to_period"])] = c
    for fam in multi + single:
        pts = series[series["series_family"] == fam].sort_values(["period_start", "period"])
        first = pts.iloc[0]
        add(f'<section class="family" id="{_e(slug(fam))}"><h3>{_e(_family_title(pts))}</h3>')
        add(f'<p class="note"><code>{_e(fam)}</code> &middot; unit: {_e(first["unit"])} &middot; '
            f'period: {_e(str(first["period_type"]).replace("_", " "))} &middot; {len(pts)} point(s)</p>')
        fam_breaks = outputs.breaks[outputs.breaks["series_family"] == fam] if not outputs.breaks.empty else outputs.breaks
        for b in fam_breaks.to_dict("records"):
            if int(b.get("splits_series") or 0):
                add(f'<div class="break"><b>Series break {_e(b["year"])} ({_e(b["break_id"])})</b>: '
                    f'{_e(b["from_basis"])} &rarr; {_e(b["to_basis"])}. {_e(b["note"])}</div>')
        if fam in charts:
            add(f'<div class="chart">{_inline_svg(charts[fam][1])}</div>')
        rows = []
        for p in pts.to_dict("records"):
            c = change_by_to.get((fam, p["period"]))
            change = ""
            if c:
                pct = pd.to_numeric(c["change_pct"], errors="coerce")
                change = f'<span class="{_e(c["direction"])}">{_pct(c["change_pct"])}</span>'
                if pd.notna(pct) and abs(pct) >= threshold:
                    change += ' <span class="badge flag">flag</span>'
                if c["across_break"]:
                    change += ' <span class="badge s-conflict">break</span>'
            others = ""
            ids = [i for i in str(p["observation_ids"]).split("; ") if i]
            if len(ids) > 1:
                items = "".join(
                    f'<li>{_e(quotes[i]["document"])} p.{_e(quotes[i]["page"])} '
                    f'({_e(quotes[i]["method"])}): <b>{_num(quotes[i]["value"], p["unit"])}</b> '
                    f'<span class="quote">&ldquo;{_e(quotes[i]["quote"])}&rdquo;</span> '
                    f'<code>{_e(i)}</code></li>' for i in ids if i in quotes)
                others = f"<details><summary>all {len(ids)} observations</summary><ul>{items}</ul></details>"
            value = _num(p["value"], p["unit"])
            if p["status"] in ("conflict", "revised"):
                value += f'<br><span class="note">values: {_e(p["values"])}</span>'
            rows.append([_e(period_label(p["period"])), value, _badge(p["status"]), change,
                         f'{_e(p["document"])}<br>page {_e(p["page"])}',
                         f'<span class="quote">&ldquo;{_e(p["quote"])}&rdquo;</span>{others}',
                         f'<code>{_e(p["series_id"])}</code>'])
        add(_table([("period", "p"), ("value", "num"), ("status", ""), ("change", "num"),
                    ("source", ""), ("quote", ""), ("trace id", "")], rows))
        add("</section>")
    add("</section>")

    add('<footer><p>Trace any point: <code>python cli.py trace OUT_DIR "SERIES_ID"</code>, with '
        '<code>--image crop.png --corpus CORPUS_DIR</code> for a picture of the page. Data: the '
        "CSV files and the SQLite database next to this report. Source documents are Crown copyright, "
        "reused under the Open Government Licence v3.0.</p></footer></main></body></html>\n")
    return "".join(parts)


__all__ = ["Outputs", "OutputsError", "find_db", "load_outputs", "trace", "Trace",
           "render_trace_image", "build_report", "render_html"]
