"""The command line, run the way users run it (rule analyser: no model needed here)."""
import json
import os
import signal
import subprocess
import sys
import time

from click.testing import CliRunner

from conftest import CORPUS
from quotes.cli import main


def run(*args):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def test_extract_folder_to_file_and_validate(tmp_path):
    out = tmp_path / "q.jsonl"
    r = run("extract", str(CORPUS), "-o", str(out), "--analyzer", "rules", "--workers", "1")
    assert r.exit_code == 0, r.output
    recs = [json.loads(l) for l in out.read_text(encoding="utf-8").splitlines()]
    assert len(recs) > 30
    texts = {p.stem: p.read_text(encoding="utf-8") for p in CORPUS.glob("*.txt")}
    for q in recs:
        assert texts[q["doc_id"]][q["start"]:q["end"]] == q["text"]
    assert run("validate", str(out)).exit_code == 0


def test_output_is_identical_for_any_number_of_workers(tmp_path):
    a, b = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    assert run("extract", str(CORPUS), "-o", str(a), "--analyzer", "rules", "--workers", "1").exit_code == 0
    assert run("extract", str(CORPUS), "-o", str(b), "--analyzer", "rules", "--workers", "2",
               "--batch-size", "2").exit_code == 0
    assert a.read_bytes() == b.read_bytes()


def test_broken_lines_go_to_errors_and_the_rest_goes_on(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text('{"id": "a", "text": "\\"Kami siap,\\" ujar Anas."}\n{oops\n{"id": "c", "text": "\\"Baik,\\" kata Budi."}\n',
                   encoding="utf-8")
    out, err, man = tmp_path / "o.jsonl", tmp_path / "e.jsonl", tmp_path / "m.jsonl"
    r = run("extract", str(src), "-o", str(out), "--errors", str(err), "--manifest", str(man), "--analyzer", "rules")
    assert r.exit_code == 3
    assert [json.loads(l)["doc_id"] for l in out.read_text().splitlines()] == ["a", "c"]
    (e,) = [json.loads(l) for l in err.read_text().splitlines()]
    assert (e["source"], e["line"]) == (str(src), 2) and e["error"].startswith("bad JSON")
    assert [json.loads(l)["status"] for l in man.read_text().splitlines()] == ["ok", "failed", "ok"]


def test_stdin_to_stdout(tmp_path):
    r = CliRunner().invoke(main, ["extract", "-", "--analyzer", "rules", "-q"],
                           input='{"id": "s", "text": "\\"Kami siap,\\" ujar Anas."}\n')
    assert r.exit_code == 0
    lines = [l for l in r.stdout.splitlines() if l.startswith("{")]
    assert json.loads(lines[0])["speaker"] == "Anas"


def test_too_large_article_is_an_error(tmp_path):
    src = tmp_path / "big.jsonl"
    src.write_text(json.dumps({"id": "big", "text": "kata " * 1000}) + "\n", encoding="utf-8")
    err = tmp_path / "e.jsonl"
    r = run("extract", str(src), "-o", str(tmp_path / "o.jsonl"), "--errors", str(err), "--max-chars", "100",
            "--analyzer", "rules")
    assert r.exit_code == 3
    assert "over the limit" in json.loads(err.read_text())["error"]


def _corpus_jsonl(path, copies):
    with open(path, "w", encoding="utf-8") as fh:
        for k in range(copies):
            for p in sorted(CORPUS.glob("*.txt")):
                fh.write(json.dumps({"id": f"{p.stem}-{k}", "text": p.read_text(encoding="utf-8")}) + "\n")


def test_resume_after_kill_gives_the_uninterrupted_output(tmp_path):
    src = tmp_path / "in.jsonl"
    _corpus_jsonl(src, 40)
    ref = tmp_path / "ref.jsonl"
    assert run("extract", str(src), "-o", str(ref), "--analyzer", "rules", "--batch-size", "4").exit_code == 0
    out = tmp_path / "out.jsonl"
    cmd = [sys.executable, "-m", "quotes", "extract", str(src), "-o", str(out), "--analyzer", "rules",
           "--batch-size", "4", "--workers", "1", "-q"]
    proc = subprocess.Popen(cmd, stderr=subprocess.DEVNULL)
    deadline = time.time() + 60
    while time.time() < deadline and (not out.exists() or out.stat().st_size < 20_000):
        time.sleep(0.02)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert out.stat().st_size < ref.stat().st_size, "the run finished before it could be killed"
    r = subprocess.run(cmd + ["--resume"], capture_output=True)
    assert r.returncode == 0, r.stderr
    assert out.read_bytes() == ref.read_bytes()
    assert not (tmp_path / "out.jsonl.checkpoint").exists()


def test_schema_command_prints_json():
    assert json.loads(run("schema").output)["title"] == "quotes record"


def test_missing_model_dir_is_one_clear_error(tmp_path):
    r = CliRunner().invoke(main, ["extract", str(CORPUS), "--analyzer", "hybrid", "--model-dir", str(tmp_path / "none"), "-q"])
    assert r.exit_code == 1
    assert "does not exist" in r.output


def test_dask_local_cluster_gives_the_same_records(tmp_path):
    import pytest

    pytest.importorskip("dask.distributed")
    shards = tmp_path / "shards"
    shards.mkdir()
    texts = sorted(CORPUS.glob("*.txt"))
    for k in range(2):
        with open(shards / f"s{k}.jsonl", "w", encoding="utf-8") as fh:
            for p in texts[k::2]:
                fh.write(json.dumps({"id": p.stem, "text": p.read_text(encoding="utf-8")}) + "\n")
            if k == 1:
                fh.write("{broken\n")
    local = tmp_path / "local.jsonl"
    assert run("extract", str(shards), "-o", str(local), "--analyzer", "rules", "--workers", "1").exit_code == 3
    out, err = tmp_path / "dask", tmp_path / "err.jsonl"
    r = run("extract", str(shards), "-o", str(out), "--errors", str(err), "--analyzer", "rules",
            "--dask", "local", "--workers", "2")
    assert r.exit_code == 3, r.output
    joined = b"".join(p.read_bytes() for p in sorted(out.glob("part-*.jsonl")))
    assert joined == local.read_bytes()
    (e,) = [json.loads(l) for l in err.read_text().splitlines()]
    assert e["source"].endswith("s1.jsonl") and e["line"] == 4


def test_folder_with_an_unreadable_file_processes_all_the_others(tmp_path):
    import shutil

    for p in sorted(CORPUS.glob("*.txt"))[:2]:
        shutil.copy(p, tmp_path / p.name)
    (tmp_path / "broken.txt").symlink_to(tmp_path / "missing-target.txt")
    (tmp_path / "latin1.txt").write_bytes("Caf\xe9 \"Kami siap,\" ujar Anas.".encode("latin-1"))
    out, err = tmp_path / "o.jsonl", tmp_path / "e.jsonl"
    r = run("extract", str(tmp_path), "-o", str(out), "--errors", str(err), "--analyzer", "rules")
    assert r.exit_code == 3
    errors = {json.loads(l)["doc_id"]: json.loads(l)["error"] for l in err.read_text().splitlines()}
    assert set(errors) == {"broken", "latin1"}
    assert "cannot read file" in errors["broken"] and "not UTF-8" in errors["latin1"]
    done = {json.loads(l)["doc_id"] for l in out.read_text().splitlines()}
    assert done == {p.stem for p in sorted(CORPUS.glob("*.txt"))[:2]}


def test_output_to_dev_null(tmp_path):
    r = run("extract", str(CORPUS / "bps-inflasi.txt"), "-o", os.devnull, "--analyzer", "rules", "--workers", "1")
    assert r.exit_code == 0, r.output


def _extracted(tmp_path):
    out = tmp_path / "q.jsonl"
    assert run("extract", str(CORPUS), "-o", str(out), "--analyzer", "rules", "--workers", "1").exit_code == 0
    return out


def test_speakers_and_link_mirror_the_api(tmp_path):
    import quotes

    out = _extracted(tmp_path)
    records = list(quotes.read_records(str(out)))
    table = quotes.speaker_table(records)
    r = run("speakers", str(out), "--json", "--top", "0")
    assert r.exit_code == 0, r.output
    rows = [json.loads(l) for l in r.stdout.splitlines()]
    assert [x["id"] for x in rows] == [s.id for s in table.speakers]
    riefky = next(x for x in rows if x["id"] == "teuku-riefky")
    assert riefky["articles"] == 2 and "Riefky" in riefky["names"]  # one-word name, same role
    text = run("speakers", str(out)).stdout
    assert text.splitlines()[0].split()[:3] == ["speaker_id", "name", "quotes"]

    linked = tmp_path / "linked.jsonl"
    r = run("link", str(out), "-o", str(linked))
    assert r.exit_code == 0, r.output
    got = [json.loads(l) for l in linked.read_text(encoding="utf-8").splitlines()]
    assert got == [q.to_dict() for q in quotes.link(records)]
    assert run("validate", str(linked)).exit_code == 0
    amalia = [g for g in got if g["speaker_id"] == "amalia-adininggar-widyasanti" and g["text"].startswith("Beras")]
    assert {g["doc_id"] for g in amalia} == {"bps-inflasi", "beras-stok-bulog"}
    assert len({g["quote_id"] for g in amalia}) == 1  # one statement, two outlets


def test_a_broken_records_line_is_named_and_skipped(tmp_path):
    out = _extracted(tmp_path)
    lines = out.read_text(encoding="utf-8").splitlines()
    bad = tmp_path / "bad.jsonl"
    bad.write_text("\n".join(lines[:3] + ["{not json"] + lines[3:]) + "\n", encoding="utf-8")
    r = CliRunner().invoke(main, ["link", str(bad), "-o", str(tmp_path / "l.jsonl")])
    assert r.exit_code == 3  # the rest is linked; exit 3: some lines failed
    assert f"{bad}:4: bad record" in r.stderr
    assert len((tmp_path / "l.jsonl").read_text().splitlines()) == len(lines)
    r = CliRunner().invoke(main, ["speakers", str(tmp_path / "missing.jsonl")])
    assert r.exit_code != 0 and "missing.jsonl" in r.output
