"""Command line: turn a folder of surveillance-oversight reports into audited data.

    python cli.py run CORPUS_DIR --out OUT_DIR     # observations, series, failures, SQLite
    python cli.py evaluate CORPUS_DIR GOLD_FILE    # precision / recall against gold labels
    python cli.py tables FILE.pdf                  # the tables found in one PDF

Exit codes: 0 success; 1 some documents failed (the rest were processed and written);
2 bad usage (unknown option, missing folder); 3 (run) another run holds the output folder.
"""
from __future__ import annotations

import json
import logging
import os
import sys
from pathlib import Path
from typing import Optional

import typer

from pipeline.isolate import DEFAULT_MEMORY_MB, DEFAULT_TIMEOUT

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="Turn UK surveillance-oversight reports (IPCO, IOCCO, ICO, police FOI) into "
                       "provenance-linked statistics and time series.")

EXIT_OK, EXIT_FAILURES, EXIT_USAGE = 0, 1, 2


def _existing_dir(path: Path) -> Path:
    if not path.is_dir():
        typer.echo(f"error: {path} is not a folder", err=True)
        raise typer.Exit(EXIT_USAGE)
    return path


def _setup_logging(verbose: bool) -> None:
    logging.basicConfig(level=logging.INFO if verbose else logging.WARNING,
                        format="%(levelname)s %(message)s", stream=sys.stderr)


EXIT_LOCKED = 3
RUN_EXIT_CODES = ("Exit codes: 0 every document processed; 1 some documents failed (the others were "
                  "processed and written); 2 bad usage (unknown option, missing folder, no Dask "
                  "scheduler at --scheduler, Dask workers that cannot run the pipeline); 3 another "
                  "run holds the output folder's lock (nothing was done).")


@app.command(epilog=RUN_EXIT_CODES)
def run(
    corpus: Path = typer.Argument(..., help="Folder of report PDFs, read recursively."),
    out: Path = typer.Option(..., "--out", "-o", help="Output folder (created if missing)."),
    db_name: str = typer.Option("surveillance_stats", help="Name of the SQLite file written as OUT/<name>.db."),
    password: Optional[str] = typer.Option(None, help="Password for encrypted PDFs."),
    timeout: float = typer.Option(DEFAULT_TIMEOUT, "--timeout", min=0, metavar="SECONDS",
                                  help="Wall-time limit per document; a document over it fails with "
                                       "'timed out after N s'. 0: no limit."),
    memory_limit: int = typer.Option(DEFAULT_MEMORY_MB, "--memory-limit", min=0, metavar="MB",
                                     help="Memory a document may use, in MiB (address space on top of "
                                          "the worker's start size); a document over it fails with "
                                          "'memory limit N MiB exceeded'. 0: no limit."),
    workers: Optional[int] = typer.Option(None, "--workers", "-j", min=1,
                                          help="Documents read in parallel (default: number of cores; with "
                                               "--executor dask and no --scheduler, the LocalCluster's workers)."),
    ocr: Optional[bool] = typer.Option(None, "--ocr/--no-ocr",
                                       help="OCR pages without a text layer (default: when tesseract is installed)."),
    force: bool = typer.Option(False, "--force", help="Process every document again, ignoring cached results."),
    executor: str = typer.Option("local", "--executor", metavar="local|dask",
                                 help="local: worker processes on this machine. dask: a Dask distributed "
                                      "cluster (--scheduler, or a LocalCluster started for the run)."),
    scheduler: Optional[str] = typer.Option(None, "--scheduler", metavar="ADDRESS",
                                            help="Dask scheduler address, e.g. tcp://10.0.0.5:8786 (implies "
                                                 "--executor dask)."),
    send_bytes: bool = typer.Option(False, "--send-bytes",
                                    help="With dask: send each file's bytes to the workers instead of its path "
                                         "(for workers that do not see the corpus folder)."),
    log_format: str = typer.Option("text", "--log-format", metavar="text|json",
                                   help="text, or json: one JSON object per line on stderr per event "
                                        "(document read, failed, cached, skipped; run summary)."),
    verbose: bool = typer.Option(False, "--verbose", "-v", help="Log each document."),
) -> None:
    """Read every PDF under CORPUS and write observations.csv/.parquet, series.csv,
    failures.csv, documents.csv and OUT/<db-name>.db, plus OUT/manifest.json and
    OUT/changes_since_last_run.csv/.json. Each document is read in its own worker process
    under the time and memory limits, so a hostile or broken file fails with a reason and
    never stops the run. Incremental: results are cached per file content (OUT/.cache), so a
    rerun reads only new or changed files; --force reads all again. A progress bar is shown
    only when stderr is a terminal."""
    from pipeline.lock import LockedError
    from pipeline.runner import DaskWorkersError, TerminalProgress, configure_logging, run as run_corpus

    if log_format not in ("text", "json"):
        typer.echo("error: --log-format must be text or json", err=True)
        raise typer.Exit(EXIT_USAGE)
    if executor not in ("local", "dask"):
        typer.echo("error: --executor must be local or dask", err=True)
        raise typer.Exit(EXIT_USAGE)
    if scheduler:
        executor = "dask"
    if send_bytes and executor != "dask":
        typer.echo("error: --send-bytes needs --executor dask", err=True)
        raise typer.Exit(EXIT_USAGE)
    configure_logging(verbose, log_format)
    _existing_dir(corpus)
    if ocr:
        from pipeline import ocr as ocr_mod
        if not ocr_mod.available():
            typer.echo("error: --ocr needs tesseract (install tesseract-ocr, e.g. make setup-ocr)", err=True)
            raise typer.Exit(EXIT_USAGE)
    if executor == "dask":
        try:
            import distributed  # noqa: F401
        except ImportError:
            typer.echo("error: --executor dask needs dask[distributed] (pip install -r requirements.txt)", err=True)
            raise typer.Exit(EXIT_USAGE)
    bar = TerminalProgress() if TerminalProgress.wanted(log_format) else None
    try:
        if bar:
            bar.__enter__()
        result = run_corpus(corpus, out, db_name=db_name, password=password, workers=workers,
                            timeout=timeout, memory_mb=memory_limit, ocr=ocr, force=force,
                            executor=executor, scheduler=scheduler, send_bytes=send_bytes,
                            on_start=bar.start if bar else None, progress=bar.advance if bar else None)
    except LockedError as e:
        if log_format == "json":
            logging.getLogger("oversight").error(str(e), extra={"event": "locked", "data": {
                "pid": e.pid, "host": e.host, "started": e.started, "lock": str(e.path)}})
        else:
            typer.echo(f"error: {e}", err=True)
        raise typer.Exit(EXIT_LOCKED)
    except OSError as e:
        if executor == "dask" and scheduler:  # the scheduler could not be reached
            typer.echo(f"error: cannot use the Dask scheduler at {scheduler}: {e}", err=True)
            raise typer.Exit(EXIT_USAGE)
        raise
    except DaskWorkersError as e:
        typer.echo(f"error: {e}", err=True)
        raise typer.Exit(EXIT_USAGE)
    finally:
        if bar:
            bar.__exit__(None, None, None)
    n_obs = sum(len(d.observations) for d in result.documents)
    changes = result.changes.get("observations", {})
    typer.echo(f"{len(result.documents)} documents ({len(result.processed)} read, {len(result.cached)} cached), "
               f"{n_obs} observations, {len(result.failed)} failed, {len(result.skipped)} skipped, "
               f"{len(result.removed)} removed -> {out}"
               + ("" if result.rewritten else " (outputs unchanged)"))
    if changes and (changes.get("new") or changes.get("changed") or changes.get("removed")):
        typer.echo(f"changes since last run: {changes.get('new', 0)} new, {changes.get('changed', 0)} changed, "
                   f"{changes.get('removed', 0)} removed observations (changes_since_last_run.csv)")
    if log_format == "text":
        for d in result.failed:
            typer.echo(f"  failed: {d.document}: {d.failure.reason}", err=True)
        for d in result.documents:
            for note in getattr(d, "notes", None) or []:
                typer.echo(f"  note: {d.document}: {note}", err=True)
        for rel, why in result.skipped:
            typer.echo(f"  skipped: {rel}: {why}", err=True)
    raise typer.Exit(result.exit_code)


@app.command()
def evaluate(
    corpus: Path = typer.Argument(..., help="Folder of report PDFs."),
    gold: Path = typer.Argument(..., help="Gold CSV: document,page,metric,category,period,value[,method]."),
    show: int = typer.Option(50, help="How many misses and false positives to list."),
) -> None:
    """Run extraction and recognition on CORPUS and print precision, recall and F1 against
    GOLD: overall, per form (sentence, table, list, chart, words) and per document, then the
    misses and false positives with page and quote."""
    from pipeline.evaluate import evaluate as score, load_gold
    from pipeline.recognize import Recognizer
    from pipeline.runner import discover, frames, process_document

    _existing_dir(corpus)
    if not gold.is_file():
        typer.echo(f"error: gold file {gold} not found", err=True)
        raise typer.Exit(EXIT_USAGE)
    recognizer = Recognizer()
    pdfs, _ = discover(corpus)
    results = [process_document(p, corpus, recognizer) for p in pdfs]
    _, obs, _ = frames(results)
    ev = score(obs, load_gold(gold))
    line = "{:<44} {:>6} {:>6} {:>6} {:>5} {:>5} {:>5}"
    typer.echo(line.format("", "P", "R", "F1", "TP", "FP", "FN"))

    def row(name, s):
        typer.echo(line.format(name[:44], f"{s.precision:.3f}", f"{s.recall:.3f}", f"{s.f1:.3f}",
                               s.tp_gold, s.fp, s.fn))
    row("overall", ev.overall)
    typer.echo("by form:")
    for k, s in ev.by_form.items():
        row("  " + k, s)
    typer.echo("by document:")
    for k, s in ev.by_document.items():
        row("  " + k, s)
    typer.echo(f"unclassified (not scored: a figure no taxonomy metric fits): {ev.unclassified}")
    typer.echo(f"\nmisses ({len(ev.misses)}):")
    for _, m in ev.misses.head(show).iterrows():
        typer.echo(f"  {m.document} p{m.page} {m.metric} [{m.category}] {m.period} = {m.value:g}  "
                   f"({m.get('method', '')}) {str(m.get('quote', ''))[:90]}")
    typer.echo(f"\nfalse positives ({len(ev.false_positives)}):")
    for _, m in ev.false_positives.head(show).iterrows():
        typer.echo(f"  {m.document} p{m.page} {m.metric} [{m.category}] {m.period} = {m.value:g}  "
                   f"({m.method}) {m.quote[:90]}")


@app.command()
def tables(
    pdf: Path = typer.Argument(..., help="A PDF file."),
    format: str = typer.Option("json", "--format", "-f", help="json (to stdout) or csv (one file per table)."),
    out: Path = typer.Option(Path("tables"), "--out", "-o", help="Folder for --format csv."),
) -> None:
    """Print the tables found in PDF: JSON {"tables": [{"page", "pages", "rows", "spans"}]} or one
    CSV per table. A table continued on the next pages is one table ("pages" lists them); a
    spanning cell's text is repeated in every grid position it covers and listed once in
    "spans" as [first row, first column, last row, last column]."""
    import csv

    from pipeline.extract import ExtractionError
    from pipeline.tables import tables_json

    if format not in ("json", "csv"):
        typer.echo("error: --format must be json or csv", err=True)
        raise typer.Exit(EXIT_USAGE)
    if not pdf.is_file():
        typer.echo(f"error: {pdf} not found", err=True)
        raise typer.Exit(EXIT_USAGE)
    try:
        data = tables_json(pdf)
    except ExtractionError as e:
        typer.echo(f"error: {pdf}: {e}", err=True)
        raise typer.Exit(EXIT_FAILURES)
    if format == "json":
        typer.echo(json.dumps(data, indent=1, ensure_ascii=False))
        return
    out.mkdir(parents=True, exist_ok=True)
    for i, t in enumerate(data["tables"], start=1):
        path = out / f"{pdf.stem}-p{t['page']}-t{i}.csv"
        with open(path, "w", newline="", encoding="utf-8") as f:
            csv.writer(f).writerows(t["rows"])
        typer.echo(str(path))


# --- Reading a run's outputs: series, trace, changes, report -------------------------------

_FORMATS = ("table", "csv", "json")


def _outputs(out_dir: Path):
    from pipeline.report import OutputsError, load_outputs

    try:
        return load_outputs(out_dir)
    except OutputsError as e:
        typer.echo(f"error: {e}", err=True)
        raise typer.Exit(EXIT_USAGE)


def _check_format(fmt: str) -> None:
    if fmt not in _FORMATS:
        typer.echo(f"error: --format must be one of {', '.join(_FORMATS)}", err=True)
        raise typer.Exit(EXIT_USAGE)


def _console():
    from rich.console import Console

    console = Console()
    # Piped or captured output has no terminal width; don't squeeze tables into 80 columns.
    return console if console.is_terminal else Console(width=200)


def _emit_machine(frame, fmt: str) -> None:
    """CSV (numbers without a trailing .0) or JSON records (NaN -> null) to stdout."""
    import math

    from pipeline.series import format_number

    if fmt == "csv":
        out = frame.copy()
        for col in out.columns:
            if out[col].dtype.kind == "f":
                out[col] = out[col].map(format_number)
        typer.echo(out.to_csv(index=False), nl=False)
        return
    records = []
    for row in frame.to_dict("records"):
        clean = {}
        for k, v in row.items():
            if hasattr(v, "item"):
                v = v.item()
            if isinstance(v, float) and math.isnan(v):
                v = None
            clean[k] = v
        records.append(clean)
    typer.echo(json.dumps(records, indent=1, ensure_ascii=False))


@app.command()
def series(
    out_dir: Path = typer.Argument(..., help="Output folder written by `run`."),
    metric: Optional[str] = typer.Option(None, "--metric", "-m", help="Metric id, or a pattern such as 'cd.*'."),
    category: Optional[str] = typer.Option(None, "--category", "-c", help="Category key, e.g. journalist or total."),
    family: Optional[str] = typer.Option(None, "--family", help="A series_family id (metric|category|unit|period type)."),
    status: Optional[str] = typer.Option(None, help="Only points with this status: single, agree, revised, conflict."),
    format: str = typer.Option("table", "--format", "-f", help="table (rich), csv or json."),
) -> None:
    """Print series points: value (from the latest report), status, every distinct value and the
    document and page it came from, one block per series family."""
    import fnmatch

    from pipeline.series import SERIES_COLUMNS, display_number, period_label

    _check_format(format)
    s = _outputs(out_dir).series
    if metric:
        s = s[s["metric"].map(lambda m: m == metric or fnmatch.fnmatchcase(m, metric))]
    if category is not None:
        s = s[s["category"] == category]
    if family:
        s = s[s["series_family"] == family]
    if status:
        s = s[s["status"] == status]
    s = s.sort_values(["series_family", "period_start", "period"], kind="stable")
    if format != "table":
        _emit_machine(s[[c for c in SERIES_COLUMNS if c in s.columns]], format)
        return
    from rich.table import Table

    console = _console()
    if s.empty:
        console.print("no series points match")
        return
    style = {"conflict": "bold red", "revised": "yellow", "agree": "cyan", "single": "green"}
    for fam, pts in s.groupby("series_family", sort=False):
        first = pts.iloc[0]
        table = Table(title=f"{first['metric_label']} [{first['category'] or '-'}]  ({fam})",
                      title_justify="left", show_lines=False)
        for name, just in [("period", "left"), ("value", "right"), ("status", "left"),
                           ("values seen", "left"), ("document", "left"), ("page", "right"),
                           ("series_id", "left")]:
            table.add_column(name, justify=just, overflow="fold")
        for p in pts.to_dict("records"):
            table.add_row(period_label(p["period"]), display_number(p["value"], p["unit"]),
                          f"[{style.get(p['status'], '')}]{p['status']}[/]", p["values"],
                          p["document"], str(p["page"]), p["series_id"])
        console.print(table)


@app.command()
def trace(
    out_dir: Path = typer.Argument(..., help="Output folder written by `run`."),
    ident: str = typer.Argument(..., metavar="ID", help="A series_id (metric|category|period|unit) or an observation_id (or a unique prefix)."),
    image: Optional[Path] = typer.Option(None, "--image", help="Write a PNG crop of the page with the value boxed."),
    corpus: Optional[Path] = typer.Option(None, "--corpus", help="The corpus folder the run read (needed for --image)."),
    format: str = typer.Option("table", "--format", "-f", help="table (text) or json."),
) -> None:
    """Print where a series point or an observation came from: document, page, quote, box on
    the page, and for a point every observation behind it (the chosen one first)."""
    from pipeline.report import render_trace_image, trace as find
    from pipeline.series import display_number, period_label

    if format not in ("table", "json"):
        typer.echo("error: --format must be table or json", err=True)
        raise typer.Exit(EXIT_USAGE)
    if image and not corpus:
        typer.echo("error: --image needs --corpus CORPUS_DIR (the folder the PDFs were read from)", err=True)
        raise typer.Exit(EXIT_USAGE)
    outputs = _outputs(out_dir)
    try:
        t = find(outputs, ident)
    except KeyError as e:
        typer.echo(f"error: {e.args[0]}", err=True)
        raise typer.Exit(EXIT_USAGE)
    if format == "json":
        def clean(d):
            if d is None:
                return None
            d = {k: (v.item() if hasattr(v, "item") else v) for k, v in d.items()}
            return {k: (None if isinstance(v, float) and v != v else v) for k, v in d.items()}
        typer.echo(json.dumps({"kind": t.kind, "point": clean(t.point),
                               "observations": [clean(o) for o in t.observations]},
                              indent=1, ensure_ascii=False, default=str))
    else:
        if t.point:
            p = t.point
            typer.echo(f"point {p['series_id']}: {display_number(p['value'], p['unit'])} {p['unit']}, "
                       f"{period_label(p['period'])}, status {p['status']}"
                       + (f" (values {p['values']})" if p["status"] in ("conflict", "revised") else ""))
            typer.echo(f"  {p['metric_label']}; family {p['series_family']}")
            if p.get("note"):
                typer.echo(f"  {p['note']}")
            if p.get("breaks"):
                typer.echo(f"  series break before this point: {p['breaks']}")
        for i, o in enumerate(t.observations):
            chosen = t.point is not None and o["observation_id"] == t.point.get("chosen_observation_id")
            typer.echo(f"{'*' if chosen else '-'} observation {o['observation_id']}"
                       + ("  (value used)" if chosen else ""))
            typer.echo(f"    document: {o['document']}  page {o['page']}  ({o['method']})")
            typer.echo(f"    value:    {display_number(o['value'], o['unit'])} {o['unit']}  "
                       f"{o['metric']} [{o['category']}] {o['period']}")
            typer.echo(f"    quote:    \u201c{o['quote']}\u201d")
            typer.echo(f"    bbox:     {o['bbox'] or '(none)'}  (x0,top,x1,bottom, PDF points)")
            typer.echo(f"    sha256:   {o['sha256']}")
    if image:
        if not t.observations:
            typer.echo("error: nothing to draw: the point has no observations", err=True)
            raise typer.Exit(EXIT_USAGE)
        o = t.observations[0]
        try:
            from pipeline.fsutil import sha256_file

            on_disk = sha256_file(corpus / o["document"])
            if o.get("sha256") and on_disk != o["sha256"]:
                typer.echo(f"warning: {o['document']} in {corpus} is not the file that was read "
                           "(sha256 differs); the box may be off", err=True)
            result = render_trace_image(corpus, o, image)
        except (FileNotFoundError, ValueError) as e:
            typer.echo(f"error: {e}", err=True)
            raise typer.Exit(EXIT_USAGE)
        how = {"bbox": "box from the observation", "search": "number found on the page",
               "none": "whole page, value not located"}[result["located"]]
        typer.echo(f"wrote {image} ({o['document']} page {result['page']}; {how})", err=format == "json")


@app.command()
def changes(
    out_dir: Path = typer.Argument(..., help="Output folder written by `run`."),
    threshold: float = typer.Option(0.0, "--threshold", "-t", help="Only changes of at least this many percent (up or down)."),
    top: int = typer.Option(20, "--top", "-n", help="How many to list (0 = all)."),
    metric: Optional[str] = typer.Option(None, "--metric", "-m", help="Metric id, or a pattern such as 'cd.*'."),
    direction: str = typer.Option("both", help="rise, fall or both."),
    format: str = typer.Option("table", "--format", "-f", help="table (rich), csv or json."),
) -> None:
    """List the largest rises and falls between consecutive points of each series, with the
    document and page of both ends. 'gap' = periods not back to back; 'break' = a series break
    (counting or body changed) lies between them."""
    import fnmatch

    from pipeline.series import CHANGE_COLUMNS, display_number, largest_changes, period_label

    _check_format(format)
    if direction not in ("rise", "fall", "both"):
        typer.echo("error: --direction must be rise, fall or both", err=True)
        raise typer.Exit(EXIT_USAGE)
    c = _outputs(out_dir).changes
    if metric:
        c = c[c["metric"].map(lambda m: m == metric or fnmatch.fnmatchcase(m, metric))]
    if direction != "both":
        c = c[c["direction"] == direction]
    c = largest_changes(c, threshold, top or None)
    if format != "table":
        _emit_machine(c[[k for k in CHANGE_COLUMNS if k in c.columns]], format)
        return
    from rich.table import Table

    console = _console()
    if c.empty:
        console.print(f"no changes of {threshold:g}% or more")
        return
    table = Table(title=f"Largest changes (|change| >= {threshold:g}%)", title_justify="left")
    for name, just in [("series", "left"), ("from", "left"), ("to", "left"), ("from value", "right"),
                       ("to value", "right"), ("change", "right"), ("change %", "right"),
                       ("flags", "left"), ("sources", "left")]:
        table.add_column(name, justify=just, overflow="fold")
    for r in c.to_dict("records"):
        colour = "red" if r["direction"] == "rise" else "blue" if r["direction"] == "fall" else ""
        pct = r["change_pct"]
        pct_text = "n/a" if pct is None or pct != pct else f"{pct:+,.1f}%"
        flags = ([] if int(r["consecutive"] or 0) else ["gap"]) + ([f"break: {r['across_break']}"] if r["across_break"] else [])
        table.add_row(f"{r['metric_label']} [{r['category'] or '-'}]\n{r['series_family']}",
                      period_label(r["from_period"]), period_label(r["to_period"]),
                      display_number(r["from_value"], r["unit"]), display_number(r["to_value"], r["unit"]),
                      f"[{colour}]{display_number(r['change_abs'], r['unit'])}[/]",
                      f"[{colour}]{pct_text}[/]", ", ".join(flags),
                      f"{r['from_document']} p.{r['from_page']}\n{r['to_document']} p.{r['to_page']}")
    console.print(table)


@app.command()
def report(
    out_dir: Path = typer.Argument(..., help="Output folder written by `run`."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="HTML file to write (default OUT_DIR/report.html)."),
    threshold: float = typer.Option(50.0, "--threshold", "-t", help="Flag changes of at least this many percent."),
) -> None:
    """Write OUT_DIR/report.html (one self-contained file: inline CSS and SVG charts, no network)
    and one PNG and SVG chart per series family with 2+ points into OUT_DIR/charts/."""
    from pipeline.report import OutputsError, build_report

    try:
        path = build_report(out_dir, output=output, threshold=threshold)
    except OutputsError as e:
        typer.echo(f"error: {e}", err=True)
        raise typer.Exit(EXIT_USAGE)
    n_charts = len(list((out_dir / "charts").glob("*.svg")))
    typer.echo(f"wrote {path} ({path.stat().st_size:,} bytes) and {n_charts} charts in {out_dir / 'charts'}")


@app.command()
def fetch(
    registry: Path = typer.Argument(..., help="Registry TOML, one report table per document (e.g. corpora/registry.toml)."),
    into: Path = typer.Option(..., "--into", "-i", help="Corpus folder to download into (created if missing)."),
    publisher: Optional[list[str]] = typer.Option(None, "--publisher", "-p", help="Only these publishers (repeatable, e.g. IPCO)."),
    retries: int = typer.Option(4, min=0, help="Further attempts after a failed one (connection errors, 5xx, 429, truncated bodies)."),
    backoff: float = typer.Option(1.0, min=0.0, help="First delay between attempts in seconds; doubles each retry."),
    backoff_max: float = typer.Option(60.0, min=0.0, help="Longest delay between attempts in seconds."),
    timeout: float = typer.Option(60.0, min=0.1, help="Socket timeout in seconds (connect and each read)."),
    as_json: bool = typer.Option(False, "--json", help="Print the per-entry results as JSON lines on stdout."),
    verbose: bool = typer.Option(False, "--verbose", "-v", help="Log each retry."),
) -> None:
    """Download the reports listed in REGISTRY into INTO: retries with backoff, resume of partial
    downloads, conditional requests (ETag / Last-Modified; 304 keeps the file), sha256 check
    where the registry gives one. A file appears under its final name only when complete.
    Exit 0 when every entry is in place, 1 when any failed, 2 on a bad registry or usage."""
    from pipeline.fetch import FetchOptions, RegistryError, exit_code, fetch_all, load_registry

    _setup_logging(verbose)
    try:
        entries = load_registry(registry)
    except RegistryError as e:
        typer.echo(f"error: {e}", err=True)
        raise typer.Exit(EXIT_USAGE)
    if publisher:
        wanted = {p.lower() for p in publisher}
        entries = [e for e in entries if e.publisher.lower() in wanted]
    options = FetchOptions(retries=retries, backoff=backoff, backoff_max=backoff_max, timeout=timeout)

    def show(r) -> None:
        if as_json:
            typer.echo(json.dumps(r.to_dict(), ensure_ascii=False))
            return
        detail = f"{r.size:,} bytes" if r.ok else r.reason
        note = f" ({r.reason})" if r.ok and r.reason else ""
        typer.echo(f"{r.status:<12} {r.filename}: {detail}{note}", err=not r.ok)

    results = fetch_all(entries, into, options, progress=show)
    n_ok = sum(r.ok for r in results)
    if not as_json:
        typer.echo(f"{n_ok} of {len(results)} in place in {into}, {len(results) - n_ok} failed")
    raise typer.Exit(exit_code(results))


def main() -> None:
    # typer/click exit 2 on usage errors already; keep that contract explicit.
    try:
        app()
    except SystemExit as e:
        code = e.code
    else:
        code = 0
    # Everything this process writes is written and closed by now (outputs atomically, logs
    # flushed per line). What the interpreter would still do is tear the heap down object by
    # object: after a run over 1,000 pages that is 0.3 s of a 10 s run spent freeing memory
    # the operating system reclaims at once. So flush and leave without it. Only here, where
    # cli.py is the program: imported (tests, `from cli import app`), nothing changes.
    if isinstance(code, str):
        print(code, file=sys.stderr)
        code = 1
    logging.shutdown()
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):  # a closed or broken pipe: nothing more to say there
            pass
    os._exit(code or 0)


if __name__ == "__main__":
    main()
