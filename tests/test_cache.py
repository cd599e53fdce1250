"""Per-document cache and the stat-based sha256 index.

Run as a script for the no-op rerun benchmark (not a timed test):

    .venv/bin/python tests/test_cache.py --bench [--docs 1000] [--obs 40]
"""
from __future__ import annotations

import hashlib
import json
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import pytest  # noqa: E402

from pipeline import cache as cache_mod  # noqa: E402
from pipeline.cache import (PIPELINE_VERSION, RACY_NS, Cache, HashIndex,  # noqa: E402
                            compute_pipeline_version, settings_hash)


def payload(doc: str, sha: str, n_obs: int = 3) -> dict:
    return {
        "document": {"document": doc, "sha256": sha, "title": "IPCO Annual Report 2019",
                     "report_year": 2019, "pages": 140, "status": "ok"},
        "observations": [{
            "document": doc, "sha256": sha, "page": 10 + i, "metric": "interception_warrants",
            "metric_label": "Interception warrants", "category": "", "period": "2019",
            "value": 3000.0 + i, "unit": "count", "qualifier": "", "method": "sentence",
            "quote": f"In 2019, {3000 + i:,} warrants were issued.", "bbox": "72.0,100.5,300.2,112.0",
            "confidence": 0.9} for i in range(n_obs)],
        "failure": None,
    }


def sha(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def test_put_get_roundtrip_and_miss(tmp_path):
    c = Cache(tmp_path, version="v1", settings={"ocr": False})
    s = sha("a")
    assert c.get(s) is None and c.misses == 1
    p = payload("a.pdf", s)
    path = c.put(s, p)
    assert path.parent.parent == tmp_path / ".cache" / "docs"
    assert c.get(s) == p and c.hits == 1
    assert s in c and c.keys() == {s}
    # No temporary files left behind by the atomic write.
    assert [f.name for f in path.parent.iterdir()] == [f"{s}.json"]


def test_failure_payload_and_nan_survive(tmp_path):
    c = Cache(tmp_path, version="v1")
    s = sha("broken")
    p = {"document": {"document": "b.pdf", "sha256": s, "status": "failed"}, "observations": [],
         "failure": {"document": "b.pdf", "sha256": s, "reason": "encrypted PDF: password needed"}}
    c.put(s, p)
    assert c.get(s) == p
    q = payload("n.pdf", sha("n"), 1)
    q["observations"][0]["confidence"] = float("nan")
    c.put(sha("n"), q)
    got = c.get(sha("n"))["observations"][0]["confidence"]
    assert got != got                                    # NaN stays NaN


def test_key_includes_version_and_settings(tmp_path):
    s = sha("a")
    Cache(tmp_path, version="v1", settings={"ocr": False}).put(s, payload("a.pdf", s))
    assert Cache(tmp_path, version="v2", settings={"ocr": False}).get(s) is None
    assert Cache(tmp_path, version="v1", settings={"ocr": True}).get(s) is None
    assert Cache(tmp_path, version="v1", settings={"ocr": False}).get(s) is not None
    assert settings_hash({"a": 1, "b": 2}) == settings_hash({"b": 2, "a": 1})


def test_corrupt_or_foreign_entry_is_a_miss(tmp_path):
    c = Cache(tmp_path, version="v1")
    s, t = sha("a"), sha("b")
    c.put(s, payload("a.pdf", s))
    c.path(s).write_text('{"key": {"sha256": "')       # truncated by hand
    assert c.get(s) is None
    # An entry copied under another name does not answer for it.
    c.put(t, payload("b.pdf", t))
    c.path(s).write_bytes(c.path(t).read_bytes())
    assert c.get(s) is None
    with pytest.raises(ValueError):
        c.path("../../etc/passwd")


def test_prune_keeps_only_current_shas_and_version(tmp_path):
    old = Cache(tmp_path, version="v0")
    old.put(sha("x"), payload("x.pdf", sha("x")))
    c = Cache(tmp_path, version="v1")
    for name in "abc":
        c.put(sha(name), payload(f"{name}.pdf", sha(name)))
    removed = c.prune(keep={sha("a"), sha("c")})
    assert removed == 2                                  # b, and x from the old version
    assert c.keys() == {sha("a"), sha("c")}
    assert not old.dir.exists()


def test_pipeline_version_tracks_code_and_taxonomy(tmp_path):
    assert len(PIPELINE_VERSION) == 16 and PIPELINE_VERSION == compute_pipeline_version()
    pkg = tmp_path / "pipeline"
    pkg.mkdir()
    (tmp_path / "corpora").mkdir()
    (pkg / "a.py").write_text("x = 1\n")
    (tmp_path / "corpora" / "taxonomy.toml").write_text("[m]\n")
    v1 = compute_pipeline_version(pkg, tmp_path)
    (pkg / "a.py").write_text("x = 2\n")
    v2 = compute_pipeline_version(pkg, tmp_path)
    (tmp_path / "corpora" / "taxonomy.toml").write_text("[m]\nsynonyms = ['x']\n")
    v3 = compute_pipeline_version(pkg, tmp_path)
    assert len({v1, v2, v3}) == 3
    (pkg / "a.py").write_text("x = 1\n")
    (tmp_path / "corpora" / "taxonomy.toml").write_text("[m]\n")
    assert compute_pipeline_version(pkg, tmp_path) == v1
    (pkg / "fetch.py").write_text("# downloading never changes a document's results\n")
    assert compute_pipeline_version(pkg, tmp_path) == v1


def test_hash_index_reuses_only_unchanged_files(tmp_path, monkeypatch):
    f = tmp_path / "r.pdf"
    f.write_bytes(b"%PDF-1 one")
    idx = HashIndex(tmp_path / "out")
    first = idx.sha256(f)
    assert first == hashlib.sha256(b"%PDF-1 one").hexdigest() and idx.hashed == 1
    # Recorded within 2 s of the file's change: not trusted yet (racy), so hashed again.
    assert idx.sha256(f) == first and idx.hashed == 2 and idx.reused == 0

    # Pretend the record was made long after the last change: now stat alone answers.
    rec = idx.entries[str(f)]
    rec[5] = max(rec[1], rec[2]) + RACY_NS
    calls = []
    monkeypatch.setattr(cache_mod, "sha256_file", lambda p: calls.append(p) or "0" * 64)
    assert idx.sha256(f) == first and idx.reused == 1 and calls == []

    # Same size, new content: mtime/ctime change, so it is hashed. (The explicit utime keeps
    # the test independent of the clock tick; in real runs the racy rule covers same-tick edits.)
    f.write_bytes(b"%PDF-1 two")
    os.utime(f, ns=(rec[1] + 10**9, rec[1] + 10**9))
    assert idx.sha256(f) == "0" * 64 and calls == [str(f)]
    monkeypatch.undo()

    idx.save()
    again = HashIndex(tmp_path / "out")
    assert again.entries.keys() == idx.entries.keys()
    assert again.forget([]) == 1 and again.entries == {}
    idx.dirty = False
    idx.save()                                           # nothing to write is fine


def test_hash_index_survives_a_corrupt_file(tmp_path):
    (tmp_path / ".cache").mkdir()
    (tmp_path / ".cache" / "hashes.json").write_text("{not json")
    f = tmp_path / "x.pdf"
    f.write_bytes(b"x")
    idx = HashIndex(tmp_path)
    assert idx.sha256(f) == hashlib.sha256(b"x").hexdigest()
    idx.save()
    assert json.loads((tmp_path / ".cache" / "hashes.json").read_text())["format"] == 1


# --------------------------------------------------------------------------------------------
# Benchmark (python tests/test_cache.py --bench): a no-op rerun over N cached documents.

def bench(n_docs: int = 1000, n_obs: int = 40, workdir: Path | None = None) -> dict:
    import tempfile

    from pipeline.runner import discover

    tmp = Path(workdir or tempfile.mkdtemp(prefix="cache-bench-"))
    corpus, out = tmp / "corpus", tmp / "out"
    for i in range(n_docs):
        d = corpus / f"y{i % 20:02d}"
        d.mkdir(parents=True, exist_ok=True)
        # ~30-300 KB PDFs-to-be: real size matters for the cold (hashing) pass only.
        (d / f"report-{i:04d}.pdf").write_bytes(b"%PDF-1.4\n" + os.urandom(30_000 + (i % 10) * 30_000))
    time.sleep(RACY_NS / 1e9 + 0.1)          # a cron rerun happens long after the files changed

    def one_run(process):
        t0 = time.perf_counter()
        pdfs, _ = discover(corpus)
        idx = HashIndex(out)
        c = Cache(out, settings={"password": False})
        hits = 0
        shas = []
        for p in pdfs:
            s = idx.sha256(p)
            shas.append(s)
            got = c.get(s)
            if got is None:
                c.put(s, process(p, s))
            else:
                hits += 1
        idx.save()
        return time.perf_counter() - t0, hits, idx.hashed, len(pdfs)

    mk = lambda p, s: payload(p.name, s, n_obs)
    cold = one_run(mk)
    warm = [one_run(mk) for _ in range(3)]
    return {"docs": n_docs, "obs_per_doc": n_obs,
            "cold_s": round(cold[0], 3), "cold_hashed": cold[2],
            "noop_s": [round(w[0], 3) for w in warm], "noop_hits": warm[-1][1], "noop_hashed": warm[-1][2],
            "workdir": str(tmp)}


if __name__ == "__main__":
    if "--bench" in sys.argv:
        import argparse

        ap = argparse.ArgumentParser()
        ap.add_argument("--bench", action="store_true")
        ap.add_argument("--docs", type=int, default=1000)
        ap.add_argument("--obs", type=int, default=40)
        a = ap.parse_args()
        print(json.dumps(bench(a.docs, a.obs), indent=1))
    else:
        sys.exit(pytest.main([__file__, "-q"]))
