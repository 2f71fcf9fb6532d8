"""`quotes people`, the mirror of `quotes.people`: the same inputs, errors and exit codes as `quotes extract`."""
import json

from click.testing import CliRunner

from conftest import CORPUS
from quotes.cli import main

ARTICLE = ("Ketua Koperasi Tani Makmur Sardi Wiranata mengatakan, stok pupuk cukup. "
           '"Petani tidak perlu khawatir," ujar Sardi di Garut, Kamis (6/3/2025).')


def run(*args, **kw):
    return CliRunner().invoke(main, list(args), catch_exceptions=False, **kw)


def test_one_line_per_article_with_its_people_and_true_offsets(tmp_path):
    out = tmp_path / "people.jsonl"
    r = run("people", str(CORPUS), "-o", str(out), "--analyzer", "rules", "--workers", "1")
    assert r.exit_code == 0, r.output
    assert "inventories" in r.output
    lines = [json.loads(l) for l in out.read_text(encoding="utf-8").splitlines()]
    texts = {p.stem: p.read_text(encoding="utf-8") for p in CORPUS.glob("*.txt")}
    assert sorted(d["doc_id"] for d in lines) == sorted(texts)
    for d in lines:
        for e in d["people"]:
            assert e["type"] in ("person", "organization", "unnamed", "place", "document", "date", "other")
            for f in e["forms"]:
                assert texts[d["doc_id"]][f["start"]:f["end"]] == f["text"]
    # the speakers of `quotes extract` are entries of the same article's inventory
    quotes_out = tmp_path / "q.jsonl"
    assert run("extract", str(CORPUS), "-o", str(quotes_out), "--analyzer", "rules", "--workers", "1").exit_code == 0
    names = {d["doc_id"]: {e["name"] for e in d["people"]} for d in lines}
    for q in map(json.loads, quotes_out.read_text(encoding="utf-8").splitlines()):
        if q["speaker_type"] in ("person", "organization") and q.get("speaker_mention") not in (None, "nya", "ia", "dia"):
            assert q["speaker"] in names[q["doc_id"]], q


def test_the_library_and_the_command_line_agree():
    import quotes

    r = run("people", "-", "--analyzer", "rules", "-q", input=json.dumps({"id": "x", "text": ARTICLE}) + "\n")
    assert r.exit_code == 0, r.output
    (line,) = [json.loads(l) for l in r.stdout.splitlines() if l.startswith("{")]
    assert line["doc_id"] == "x"
    assert line["people"] == [e.to_dict() for e in quotes.people(ARTICLE, analyzer="rules")]
    sardi = next(e for e in line["people"] if e["name"] == "Sardi Wiranata")
    assert sardi["type"] == "person" and [f["text"] for f in sardi["forms"]] == ["Sardi Wiranata", "Sardi"]
    assert sardi["roles"][0] == "Ketua Koperasi Tani Makmur"


def test_a_broken_line_is_an_error_line_and_the_rest_goes_on(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "a", "text": ARTICLE, "outlet": "Warta"}) + "\n{oops\n"
                   + json.dumps({"id": "c", "text": ARTICLE, "published": "kemarin"}) + "\n", encoding="utf-8")
    out, err = tmp_path / "o.jsonl", tmp_path / "e.jsonl"
    r = run("people", str(src), "-o", str(out), "--errors", str(err), "--analyzer", "rules")
    assert r.exit_code == 3
    got = [json.loads(l) for l in out.read_text().splitlines()]
    assert [d["doc_id"] for d in got] == ["a", "c"] and got[0]["outlet"] == "Warta"
    errors = [json.loads(l) for l in err.read_text().splitlines()]
    assert [(e["line"], "error" in e) for e in errors] == [(2, True), (3, False)]  # bad JSON; a bad date warns


def test_entities_in_the_input_map_back_to_raw_offsets(tmp_path):
    import quotes

    text = "Ketua RT &amp; RW Sardi Wiranata mengatakan, jalan sudah diperbaiki. " + '"Sudah rapi," ujar Sardi.'
    for e in quotes.people(text, analyzer="rules"):
        for f in e.forms:
            assert text[f.start:f.end] == f.text
