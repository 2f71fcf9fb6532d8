"""What users meet first (issue 14's table): each bad input gets one clear line and the documented
exit code: 0 ok, 1 fatal, 2 usage (checked before any model loads), 3 some articles failed."""
import json
import subprocess
import sys

import pytest
from click.testing import CliRunner

from conftest import CORPUS
from quotes.cli import main

ARTICLE = '"Kami siap menghadapi musim hujan," ujar Kepala BPBD Kota Bogor, Budi Santoso, Selasa (8/11).'


def run(*args, input=None):
    return CliRunner().invoke(main, list(args), input=input)


def test_missing_input_is_a_usage_error_before_any_model_loads(tmp_path):
    code = (
        "import sys\nfrom click.testing import CliRunner\nfrom quotes.cli import main\n"
        "r = CliRunner().invoke(main, ['extract', 'nope.txt'])\n"
        "assert r.exit_code == 2, r.output\nassert \"'nope.txt' does not exist\" in r.output, r.output\n"
        "assert 'torch' not in sys.modules and 'stanza' not in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=tmp_path)


@pytest.mark.parametrize("command", [
    ["extract"], ["link"], ["view", str(CORPUS)], ["validate"], ["speakers"], ["export", "-o", "x.parquet"],
])
def test_every_command_gives_exit_2_for_a_missing_input(tmp_path, command):
    r = run(*command[:1], *command[1:], str(tmp_path / "nope.jsonl"), *(["-o", str(tmp_path / "r.html")]
                                                                          if command[0] == "view" else []))
    assert r.exit_code == 2, r.output
    assert "does not exist" in r.output


@pytest.mark.parametrize("command", ["extract", "link"])
def test_output_in_a_missing_folder_is_one_line_exit_2(tmp_path, command):
    src = tmp_path / "q.jsonl"
    assert run("extract", str(CORPUS / "bps-inflasi.txt"), "-o", str(src), "--analyzer", "rules").exit_code == 0
    given = str(CORPUS / "bps-inflasi.txt") if command == "extract" else str(src)
    r = run(command, given, "-o", "/nonexistent/dir/x", "--analyzer", "rules") if command == "extract" else \
        run(command, given, "-o", "/nonexistent/dir/x")
    assert r.exit_code == 2, r.output
    assert "folder /nonexistent/dir does not exist" in r.output and "Traceback" not in r.output


def test_plain_text_on_stdin_is_read_as_one_article():
    for args in ([], ["--format", "text"]):
        r = run("extract", "-", "--analyzer", "rules", "-q", *args, input=ARTICLE + "\n")
        assert r.exit_code == 0, r.output
        (rec,) = [json.loads(l) for l in r.stdout.splitlines()]
        assert rec["doc_id"] == "stdin" and rec["speaker"] == "Budi Santoso"
        assert ARTICLE[rec["start"]:rec["end"]] == rec["text"]
    # JSON lines are sniffed; told otherwise, the message says what stdin was expected to hold
    r = run("extract", "-", "--analyzer", "rules", "-q", input=json.dumps({"id": "j", "text": ARTICLE}) + "\n")
    assert json.loads(r.stdout.splitlines()[0])["doc_id"] == "j"
    r = run("extract", "-", "--analyzer", "rules", "-q", "--format", "jsonl", input=ARTICLE)
    assert r.exit_code == 3 and "<stdin>:1: bad JSON" in r.output


def test_validate_reads_stdin(tmp_path):
    out = tmp_path / "q.jsonl"
    assert run("extract", str(CORPUS / "bps-inflasi.txt"), "-o", str(out), "--analyzer", "rules").exit_code == 0
    r = run("validate", "-", input=out.read_text(encoding="utf-8"))
    assert r.exit_code == 0 and "<stdin>: valid" in r.output
    r = run("validate", "-", input='{"doc_id": "a"}\n')
    assert r.exit_code == 3 and "<stdin>:1:" in r.output


@pytest.mark.parametrize("command", ["link", "speakers", "export"])
def test_an_articles_file_given_as_records_is_rejected(tmp_path, command):
    src = tmp_path / "articles.jsonl"
    src.write_text(json.dumps({"id": "a", "text": ARTICLE}) + "\n", encoding="utf-8")
    args = [command, str(src)] + (["-o", str(tmp_path / "x.parquet")] if command == "export" else [])
    r = run(*args)
    assert r.exit_code == 2, r.output
    assert "looks like an articles file" in r.output and "expected the quote records" in r.output


def test_eval_on_a_folder_without_gold_files_is_rejected(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    r = run("eval", str(tmp_path), "--analyzer", "rules")
    assert r.exit_code == 2 and "holds no gold files" in r.output


def test_workers_zero_means_every_core_and_negative_is_rejected(tmp_path):
    r = run("extract", str(CORPUS / "bps-inflasi.txt"), "--workers", "0", "--analyzer", "rules", "-q")
    assert r.exit_code == 0, r.output
    r = run("extract", str(CORPUS / "bps-inflasi.txt"), "--workers", "-3", "--analyzer", "rules")
    assert r.exit_code == 2 and "--workers" in r.output
    for opt in ("--batch-size", "--max-chars"):
        assert run("extract", str(CORPUS), opt, "0", "--analyzer", "rules").exit_code == 2


def test_encoding_for_latin1_and_cp1252_txt(tmp_path):
    text = '"Caf\xe9 itu buka lagi \u2013 akhirnya," ujar Anas.'
    (tmp_path / "w.txt").write_bytes(text.encode("cp1252"))
    r = run("extract", str(tmp_path / "w.txt"), "--analyzer", "rules", "-q")
    assert r.exit_code == 3 and "not UTF-8 (--encoding names another one)" in r.output
    r = run("extract", str(tmp_path / "w.txt"), "--analyzer", "rules", "-q", "--encoding", "cp1252")
    assert r.exit_code == 0, r.output
    rec = json.loads(r.stdout.splitlines()[0])
    assert rec["text"] == text[1:text.index(",")+1] and rec["speaker"] == "Anas"
    assert run("extract", str(tmp_path / "w.txt"), "--encoding", "klingon").exit_code == 2


def test_a_bad_published_costs_the_date_only(tmp_path):
    src, out, err = tmp_path / "in.jsonl", tmp_path / "o.jsonl", tmp_path / "e.jsonl"
    src.write_text(json.dumps({"id": "a", "text": ARTICLE, "published": "8 November"}) + "\n" +
                   json.dumps({"id": "b", "text": ARTICLE, "published": "2022-11-08", "title": "Hujan",
                               "url": "https://example.id/b", "outlet": "Warta"}) + "\n", encoding="utf-8")
    r = run("extract", str(src), "-o", str(out), "--errors", str(err), "--analyzer", "rules", "-q")
    assert r.exit_code == 0, r.output
    a, b = [json.loads(l) for l in out.read_text(encoding="utf-8").splitlines()]
    assert a["doc_id"] == "a" and "published" not in a and a["speaker"] == "Budi Santoso"
    assert (b["published"], b["date"], b["title"], b["url"], b["outlet"]) == \
        ("2022-11-08", "2022-11-08", "Hujan", "https://example.id/b", "Warta")
    (w,) = [json.loads(l) for l in err.read_text().splitlines()]
    assert (w["doc_id"], w["line"]) == ("a", 1) and "'8 November' is not a date" in w["warning"]
    assert run("validate", str(out)).exit_code == 0
