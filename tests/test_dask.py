"""The Dask executor on a real distributed.LocalCluster (two single-threaded worker processes):
`cli.py run --scheduler ADDRESS` maps the same isolated process_document over the documents
on the cluster and writes the same observations, series, documents and failures as the local
executor, with the paths shared or the bytes sent; `--executor dask` alone starts its own
LocalCluster."""
from __future__ import annotations

import json
import shutil

import pytest

distributed = pytest.importorskip("distributed")

from cli_helper import SAMPLE, cli  # noqa: E402
DOCS = ("ipco-annual-report-2019.pdf", "ipco-annual-report-2024-statement.pdf",
        "foi/police-foi-response-2025-01234.pdf")
COMPARED = ("observations.csv", "series.csv", "documents.csv", "failures.csv", "checks.csv", "changes.csv")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """Three reports and a truncated one (a failure with a reason, on both executors)."""
    d = tmp_path_factory.mktemp("dask-corpus")
    for name in DOCS:
        (d / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(SAMPLE / name, d / name)
    good = (SAMPLE / "ipco-annual-report-2018.pdf").read_bytes()
    (d / "truncated.pdf").write_bytes(good[: len(good) // 3])
    return d


@pytest.fixture(scope="module")
def local(corpus, tmp_path_factory):
    out = tmp_path_factory.mktemp("local-out")
    proc = cli("run", corpus, "--out", out)
    assert proc.returncode == 1, proc.stderr  # the truncated file
    return {name: (out / name).read_bytes() for name in COMPARED}


@pytest.fixture(scope="module")
def cluster():
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as c:
        yield c


@pytest.mark.parametrize("send_bytes", [False, True], ids=["shared-paths", "send-bytes"])
def test_dask_gives_the_same_results_as_local(corpus, local, cluster, tmp_path, send_bytes):
    out = tmp_path / "out"
    args = ["run", corpus, "--out", out, "--scheduler", cluster.scheduler_address, "--log-format", "json"]
    proc = cli(*args, *(["--send-bytes"] if send_bytes else []))
    assert proc.returncode == 1, proc.stderr
    events = [json.loads(line) for line in proc.stderr.splitlines()]
    assert sorted(e["document"] for e in events if e["event"] == "read") == sorted(DOCS)
    [failed] = [e for e in events if e["event"] == "failed"]
    assert failed["document"] == "truncated.pdf" and failed["reason"].startswith("corrupt PDF")
    for name in COMPARED:
        assert (out / name).read_bytes() == local[name], name
    m = json.loads((out / "manifest.json").read_text())
    assert m["settings"]["executor"] == "dask" and m["settings"]["scheduler"] == cluster.scheduler_address
    assert m["settings"]["send_bytes"] is send_bytes and "distributed" in m["versions"]


def test_dask_workers_ran_the_documents(corpus, cluster, tmp_path):
    """The documents really went to the cluster's workers (their task counts went up)."""
    with distributed.Client(cluster.scheduler_address) as client:
        def done_tasks(dask_worker):
            return sum(1 for key in dask_worker.state.log if "process_on_worker" in str(key))

        before = sum(client.run(done_tasks).values())
        proc = cli("run", corpus, "--out", tmp_path / "out", "--scheduler", cluster.scheduler_address,
                   "--force")
        assert proc.returncode == 1, proc.stderr
        after = sum(client.run(done_tasks).values())
    assert after > before


def test_executor_dask_without_scheduler_starts_a_local_cluster(corpus, local, tmp_path):
    out = tmp_path / "out"
    proc = cli("run", corpus, "--out", out, "--executor", "dask", "--workers", "1")
    assert proc.returncode == 1, proc.stderr
    assert (out / "observations.csv").read_bytes() == local["observations.csv"]
    assert json.loads((out / "manifest.json").read_text())["settings"]["scheduler"] is None


def test_unreachable_scheduler_is_a_usage_error(corpus, tmp_path, monkeypatch):
    monkeypatch.setenv("DASK_DISTRIBUTED__COMM__TIMEOUTS__CONNECT", "1s")
    proc = cli("run", corpus, "--out", tmp_path / "out", "--scheduler", "tcp://127.0.0.1:9", timeout=120)
    assert proc.returncode == 2
    assert "cannot use the Dask scheduler at tcp://127.0.0.1:9" in proc.stderr
