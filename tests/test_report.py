"""Series, changes, trace and report end to end: the real pipeline (`cli.py run`) reads PDFs of
the bundled corpus, writes real files and SQLite, and the report is opened in real headless
Chromium."""
import html
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image
from typer.testing import CliRunner

import cli
from pipeline.charts import LINE_COLOUR, chartable_families, slug
from pipeline.report import load_outputs, trace

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "corpora" / "sample"
cli_runner = CliRunner()


# Three documents of the bundled corpus, enough for every case below and quick to read: the
# IOCCO 2016 conflict (1,200 vs 1,101), IPCO 2018's sensitive-professions table and its 2016-2018
# items of data, and the FOI response with the LycaMobile rise.
SUBSET = ["iocco-report-2016.pdf", "ipco-annual-report-2018.pdf", "foi/police-foi-response-2025-01234.pdf"]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    corpus = tmp_path_factory.mktemp("corpus")
    for name in SUBSET:
        (corpus / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(SAMPLE / name, corpus / name)
    return corpus


@pytest.fixture(scope="module")
def out(tmp_path_factory, corpus):
    """`python cli.py run CORPUS --out OUT`, in its own process as a journalist runs it."""
    out = tmp_path_factory.mktemp("out")
    res = subprocess.run([sys.executable, str(ROOT / "cli.py"), "run", str(corpus), "--out", str(out)],
                         cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert res.returncode == 0, res.stderr[-3000:]
    return out


@pytest.fixture(scope="module")
def outputs(out):
    return load_outputs(out)


@pytest.fixture(scope="module")
def report(out):
    """The report as a journalist makes it: `python cli.py report OUT_DIR`."""
    res = cli_runner.invoke(cli.app, ["report", str(out)])
    assert res.exit_code == 0, res.output
    assert res.output.startswith(f"wrote {out / 'report.html'}")
    return out / "report.html"


def point(outputs, series_id):
    rows = outputs.series[outputs.series["series_id"] == series_id]
    assert len(rows) == 1, series_id
    return rows.iloc[0]


# --- the run's data --------------------------------------------------------------------------

def test_run_writes_series_with_statuses_checks_and_changes(outputs):
    series, checks, changes = outputs.series, outputs.checks, outputs.changes
    conflict = point(outputs, "cd.errors|total|2016|errors")
    assert conflict["status"] == "conflict" and {"1101", "1200"} <= set(conflict["values"].split("; "))
    assert conflict["n_observations"] >= 2
    assert point(outputs, "cd.items|total|2016|items")["status"] == "agree"
    assert series.groupby("series_family").size().max() >= 3
    assert set(series["status"]) <= {"single", "agree", "revised", "conflict"}

    total = checks[(checks["check"] == "total_vs_categories")
                   & (checks["metric"] == "cd.applications.sensitive_profession")
                   & (checks["period"] == "2018")].iloc[0]
    assert (total["expected"], total["actual"], total["difference"], total["status"]) == (1320.0, 1320.0, 0.0, "ok")
    assert (total["document"], total["page"]) == ("ipco-annual-report-2018.pdf", 5)

    lyca = changes[changes["series_family"] == "cd.requests.company|lycamobile|requests|year"].iloc[0]
    assert lyca["change_pct"] == (93527 - 15702) / 15702 * 100
    assert lyca["from_document"] == "foi/police-foi-response-2025-01234.pdf"


def test_trace_point_and_observation(outputs):
    t = trace(outputs, "cd.errors|total|2016|errors")
    assert t.kind == "point" and len(t.observations) >= 2
    assert t.observations[0]["observation_id"] == t.point["chosen_observation_id"]
    iocco = {(o["page"], o["value"]) for o in t.observations if o["document"] == "iocco-report-2016.pdf"}
    assert {(2, 1200.0), (5, 1101.0)} <= iocco
    assert all(o["quote"] and o["bbox"] for o in t.observations)
    oid = t.observations[1]["observation_id"]
    by_prefix = trace(outputs, oid[:10])
    assert by_prefix.kind == "observation" and by_prefix.observations[0]["observation_id"] == oid
    assert by_prefix.point["series_id"] == "cd.errors|total|2016|errors"
    with pytest.raises(KeyError):
        trace(outputs, "no.such|point|2099|x")


# --- CLI -------------------------------------------------------------------------------------

def test_cli_series(out):
    res = cli_runner.invoke(cli.app, ["series", str(out), "--metric", "cd.items", "--category", "total",
                                      "--format", "json"])
    assert res.exit_code == 0, res.output
    rows = json.loads(res.output)
    values = {r["period"]: r["value"] for r in rows}
    assert {k: values[k] for k in ("2016", "2017", "2018")} == {"2016": 754559.0, "2017": 757977.0, "2018": 808214.0}
    assert {r["series_family"] for r in rows} == {"cd.items|total|items|year"}
    assert [r["period"] for r in rows] == sorted(values)
    assert next(r for r in rows if r["period"] == "2016")["status"] == "agree"

    res = cli_runner.invoke(cli.app, ["series", str(out), "--metric", "cd.errors", "--category", "total"])
    assert res.exit_code == 0, res.output
    assert "1,101" in res.output and "conflict" in res.output and "1101; 1200" in res.output

    res = cli_runner.invoke(cli.app, ["series", str(out), "-m", "cd.*", "--status", "conflict", "-f", "csv"])
    assert res.exit_code == 0 and res.output.splitlines()[0].startswith("series_id,series_family,")
    lines = res.output.splitlines()[1:]
    assert any(line.startswith("cd.errors|total|2016|errors,") for line in lines)
    assert all(line.startswith("cd.") and ",conflict," in line for line in lines)

    res = cli_runner.invoke(cli.app, ["series", str(out), "--format", "xml"])
    assert res.exit_code == 2


def test_cli_changes(out):
    res = cli_runner.invoke(cli.app, ["changes", str(out), "--threshold", "50", "--top", "20", "--format", "json"])
    assert res.exit_code == 0, res.output
    rows = json.loads(res.output)
    assert rows and all(abs(r["change_pct"]) >= 50 for r in rows if r["change_pct"] is not None)
    lyca = next(r for r in rows if r["series_family"] == "cd.requests.company|lycamobile|requests|year")
    assert round(lyca["change_pct"]) == 496
    assert lyca["to_document"] == "foi/police-foi-response-2025-01234.pdf" and lyca["to_page"] in (1, 2)

    res = cli_runner.invoke(cli.app, ["changes", str(out), "--threshold", "50"])
    assert res.exit_code == 0 and "+495.6%" in res.output and "Largest changes" in res.output
    res = cli_runner.invoke(cli.app, ["changes", str(out), "--direction", "fall", "-f", "csv"])
    assert res.exit_code == 0
    assert all(line.count(",fall,") == 1 for line in res.output.splitlines()[1:])


def test_cli_trace_text_and_image(out, corpus, tmp_path):
    res = cli_runner.invoke(cli.app, ["trace", str(out), "cd.errors|total|2016|errors"])
    assert res.exit_code == 0, res.output
    assert "status conflict" in res.output and "iocco-report-2016.pdf  page 2" in res.output
    assert "iocco-report-2016.pdf  page 5" in res.output and "1,200" in res.output
    assert "bbox:" in res.output and "quote:" in res.output

    png = tmp_path / "crop.png"
    res = cli_runner.invoke(cli.app, ["trace", str(out), "cd.items|total|2018|items", "--image", str(png),
                                      "--corpus", str(corpus)])
    assert res.exit_code == 0, res.output
    assert "box from the observation" in res.output
    image = Image.open(png).convert("RGB")
    assert image.width > 1000 and 100 < image.height < image.width  # a band of the page, not all of it
    red = sum(n for n, (r, g, b) in image.getcolors(maxcolors=1 << 24) if r > 190 and g < 60 and b < 60)
    assert red > 100  # the box drawn around 808,214

    res = cli_runner.invoke(cli.app, ["trace", str(out), "cd.items|total|2018|items", "--image", str(png)])
    assert res.exit_code == 2 and "--corpus" in res.output
    res = cli_runner.invoke(cli.app, ["trace", str(out), "nothing-like-this"])
    assert res.exit_code == 2


def test_cli_commands_on_a_folder_without_outputs(tmp_path):
    for command in ("report", "series", "changes"):
        res = cli_runner.invoke(cli.app, [command, str(tmp_path)])
        assert res.exit_code == 2 and "no .db file" in res.output, command
    res = cli_runner.invoke(cli.app, ["report", str(tmp_path / "missing")])
    assert res.exit_code == 2


# --- charts and report -----------------------------------------------------------------------

def test_charts_one_png_and_svg_per_family(out, outputs, report):
    families = chartable_families(outputs.series)
    assert "cd.items|total|items|year" in families
    charts = out / "charts"
    assert sorted(p.name for p in charts.iterdir()) == sorted(
        f"{slug(f)}.{ext}" for f in families for ext in ("png", "svg"))
    png = charts / f"{slug('cd.items|total|items|year')}.png"
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    svg = (charts / f"{slug('cd.items|total|items|year')}.svg").read_text(encoding="utf-8")
    assert "808,214" in svg and "757,977" in svg and "Source: " in svg
    assert "ipco-annual-report-2018.pdf p.5" in svg and "Open Government Licence" in svg


def test_report_is_one_self_contained_file(report):
    text = report.read_text(encoding="utf-8")
    assert text.startswith("<!DOCTYPE html>")
    # Nothing is fetched: no scripts, stylesheets or images from elsewhere.
    assert "<script" not in text and "<link" not in text and "@import" not in text
    assert not re.search(r"""src=["'](?!data:)""", text)
    assert not re.search(r"url\((?!#)", text)  # SVG clip paths use url(#id) only


def test_report_shows_every_point_with_its_source(outputs, report):
    text = report.read_text(encoding="utf-8")
    families = chartable_families(outputs.series)
    assert text.count("<svg") == len(families)
    for p in outputs.series.to_dict("records"):
        assert html.escape(p["quote"], quote=True) in text, p["series_id"]
        assert f'{html.escape(p["document"])}<br>page {p["page"]}' in text, p["series_id"]
    for f in outputs.failures.to_dict("records"):
        assert html.escape(f["document"]) in text
    assert "808,214" in text and "+495.6%" in text
    conflict = outputs.series[outputs.series["series_id"] == "cd.errors|total|2016|errors"].iloc[0]
    assert html.escape(conflict["values"]) in text and html.escape(conflict["note"]) in text
    assert 'class="badge flag"' in text


def _chromium():
    return shutil.which("chromium") or shutil.which("chromium-browser")


def _run_chromium(tmp_path, *args):
    return subprocess.run(
        [_chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run",
         f"--user-data-dir={tmp_path / 'profile'}", *args],
        capture_output=True, text=True, timeout=120)


@pytest.mark.skipif(_chromium() is None, reason="chromium not found on PATH: `make setup-browser` "
                    "installs Debian's chromium package (needs root and apt)")
def test_report_in_headless_chromium(report, tmp_path):
    url = report.resolve().as_uri()
    dom = _run_chromium(tmp_path, "--dump-dom", url)
    assert dom.returncode == 0, dom.stderr[-2000:]
    assert "808,214" in dom.stdout and "1,200" in dom.stdout
    assert dom.stdout.count("<svg") >= 3 and "Series at a glance" in dom.stdout

    shot = tmp_path / "report.png"
    res = _run_chromium(tmp_path, f"--screenshot={shot}", "--window-size=1280,2000",
                        "--hide-scrollbars", url)
    assert res.returncode == 0 and shot.exists(), res.stderr[-2000:]
    image = Image.open(shot).convert("RGB")
    assert image.size == (1280, 2000)
    colours = image.getcolors(maxcolors=1 << 20)
    assert colours is not None and len(colours) > 500  # text, charts, badges: not a blank page
    # The charts' line colour is on screen (thumbnails near the top, scaled by the browser).
    target = tuple(int(LINE_COLOUR[i:i + 2], 16) for i in (1, 3, 5))
    near = sum(n for n, c in colours if sum(abs(a - b) for a, b in zip(c, target)) < 40)
    assert near > 300
