"""Command line: turn a folder of surveillance-oversight reports into audited data.

    python cli.py run CORPUS_DIR --out OUT_DIR     # observations, series, failures, SQLite
    python cli.py evaluate CORPUS_DIR GOLD_FILE    # precision / recall against gold labels
    python cli.py tables FILE.pdf                  # the tables found in one PDF

Exit codes: 0 success; 1 some documents failed (the rest were processed and written);
2 bad usage (unknown option, missing folder).
"""
from __future__ import annotations

import json
import logging
import sys
from pathlib import Path
from typing import Optional

import typer

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


@app.command()
def run(
    corpus: Path = typer.Argument(..., help="Folder of report PDFs, read recursively."),
    out: Path = typer.Option(..., "--out", "-o", help="Output folder (created if missing)."),
    db_name: str = typer.Option("surveillance_stats", help="Name of the SQLite file written as OUT/<name>.db."),
    password: Optional[str] = typer.Option(None, help="Password for encrypted PDFs."),
    verbose: bool = typer.Option(False, "--verbose", "-v", help="Log each document."),
) -> None:
    """Read every PDF under CORPUS and write observations.csv/.parquet, series.csv,
    failures.csv, documents.csv and OUT/<db-name>.db. Exit 1 if any document failed."""
    from pipeline.runner import run as run_corpus

    _setup_logging(verbose)
    _existing_dir(corpus)
    result = run_corpus(corpus, out, db_name=db_name, password=password)
    n_obs = sum(len(d.observations) for d in result.documents)
    typer.echo(f"{len(result.documents)} documents, {n_obs} observations, "
               f"{len(result.failed)} failed, {len(result.skipped)} skipped -> {out}")
    for d in result.failed:
        typer.echo(f"  failed: {d.document}: {d.failure.reason}", err=True)
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
    """Print the tables found in PDF: JSON {"tables": [{"page", "rows", "spans"}]} or one CSV per table."""
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


def main() -> None:
    # typer/click exit 2 on usage errors already; keep that contract explicit.
    app()


if __name__ == "__main__":
    main()
