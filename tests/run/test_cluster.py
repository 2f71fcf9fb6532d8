"""Dask parity: a `--dask local` run gives what a local run gives, ids, errors and manifest included."""
import json
import shutil

import pytest
from click.testing import CliRunner

from conftest import CORPUS
from quotes.cli import main


def run(*args):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def _nested(tmp_path):
    root = tmp_path / "in"
    texts = sorted(CORPUS.glob("*.txt"))
    (root / "2022" / "nov").mkdir(parents=True)
    (root / "2023").mkdir()
    for k, p in enumerate(texts):
        shutil.copy(p, root / ("2022/nov" if k % 2 else "2023") / p.name)
    (root / "2023" / "latin1.txt").write_bytes('"Caf\xe9 buka," ujar Anas.'.encode("latin-1"))
    with open(root / "2022" / "feed.jsonl", "w", encoding="utf-8") as fh:
        fh.write(json.dumps({"id": "j1", "text": texts[0].read_text(encoding="utf-8"), "published": "2023-03-06",
                             "outlet": "Warta", "title": "Banjir", "url": "https://example.id/j1"}) + "\n")
        fh.write("{broken\n")
        fh.write(json.dumps({"id": "j2", "text": '"Kami siap," ujar Anas.', "published": "bukan tanggal"}) + "\n")
    return root


def test_dask_run_over_a_nested_folder_equals_a_local_run(tmp_path):
    pytest.importorskip("dask.distributed")
    root = _nested(tmp_path)
    local, lerr, lman = tmp_path / "local.jsonl", tmp_path / "lerr.jsonl", tmp_path / "lman.jsonl"
    r = run("extract", str(root), "-o", str(local), "--errors", str(lerr), "--manifest", str(lman),
            "--analyzer", "rules", "--workers", "1", "-q")
    assert r.exit_code == 3, r.output
    out, derr, dman = tmp_path / "dask", tmp_path / "derr.jsonl", tmp_path / "dman.jsonl"
    r = run("extract", str(root), "-o", str(out), "--errors", str(derr), "--manifest", str(dman),
            "--analyzer", "rules", "--dask", "local", "--workers", "2")
    assert r.exit_code == 3, r.output
    joined = b"".join(p.read_bytes() for p in sorted(out.glob("part-*.jsonl")))
    assert joined == local.read_bytes()
    ids = {json.loads(l)["doc_id"] for l in local.read_text(encoding="utf-8").splitlines()}
    assert "2023/banjir-ciledug" in ids or "2022/nov/banjir-ciledug" in ids  # path ids, not stems
    assert "j1" in ids
    assert derr.read_bytes() == lerr.read_bytes() and dman.read_bytes() == lman.read_bytes()
    problems = [json.loads(l) for l in derr.read_text().splitlines()]
    assert [(p["doc_id"], "error" in p) for p in problems] == [(None, True), ("j2", False), ("2023/latin1", True)]


def test_dask_reports_a_missing_model_in_one_line(tmp_path):
    pytest.importorskip("dask.distributed")
    r = CliRunner().invoke(main, ["extract", str(CORPUS), "-o", str(tmp_path / "o"), "--dask", "local",
                                  "--analyzer", "hybrid", "--model-dir", str(tmp_path / "none")])
    assert r.exit_code == 1
    assert "does not exist" in r.output and "Traceback" not in r.output


def test_dask_worker_without_a_model_is_one_message(tmp_path, monkeypatch):
    # a worker that cannot load the model returns one Fatal for the run instead of an error per article
    from quotes.run.cluster import Fatal, extract_partition
    from quotes.run.inputs import sources
    from quotes.nlp.loading import ModelError
    from quotes.run.runner import Options

    def no_model(*a, **k):
        raise ModelError("missing Stanza model(s) for ner")

    monkeypatch.setattr("quotes.nlp.analyzers.pipeline_for", no_model)
    (src,) = sources([str(CORPUS / "bps-inflasi.txt")])
    got = extract_partition(src, Options(analyzer="hybrid"))
    assert got == Fatal("missing Stanza model(s) for ner")


def test_time_limit_fires_in_a_worker_thread():
    import threading
    import time

    from quotes.run.engine import ArticleTimeout, time_limit

    seen = []

    def slow():
        try:
            with time_limit(0.1):
                t0 = time.perf_counter()
                while time.perf_counter() - t0 < 5:  # pure Python work, as the extraction is
                    pass
            seen.append("finished")
        except ArticleTimeout as e:
            seen.append(str(e))

    th = threading.Thread(target=slow)
    start = time.perf_counter()
    th.start()
    th.join()
    assert seen == ["extraction took longer than 0.1 s"]
    assert time.perf_counter() - start < 2


def test_time_limit_leaves_fast_work_alone_in_a_thread():
    import threading

    from quotes.run.engine import time_limit

    done = []

    def fast():
        for _ in range(200):
            with time_limit(5):
                sum(range(100))
        done.append(True)

    th = threading.Thread(target=fast)
    th.start()
    th.join()
    assert done == [True]


def test_time_limit_is_not_swallowed_by_a_broad_except_in_the_extraction():
    import time

    import pytest

    from quotes.run.engine import ArticleTimeout, time_limit

    def busy_with_broad_excepts():
        t0 = time.perf_counter()
        while time.perf_counter() - t0 < 5:
            try:
                int("x")  # code that catches its own ValueErrors, as date parsing does
            except ValueError:
                pass
            except Exception:  # noqa: BLE001
                pass

    start = time.perf_counter()
    with pytest.raises(ArticleTimeout, match="longer than 0.1 s"):
        with time_limit(0.1):
            busy_with_broad_excepts()
    assert time.perf_counter() - start < 2
