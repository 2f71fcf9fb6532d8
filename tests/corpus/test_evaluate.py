"""Scoring: lenient speakers and roles, corpus splits, per-outlet tables."""
import json

import pytest

from quotes.corpus.evaluate import evaluate, select
from quotes.corpus.matching import same_role, same_speaker


def test_speakers_strict_and_lenient():
    assert same_speaker("Bapak Budi Santoso", "budi santoso")
    assert not same_speaker("Santoso", "Budi Santoso")
    assert same_speaker("Santoso", "Budi Santoso", lenient=True)
    assert not same_speaker("Rina Wati", "Budi Santoso", lenient=True)
    assert not same_speaker(None, "Budi Santoso", lenient=True)


def test_roles_need_most_of_the_words():
    assert same_role("Direktur Utama Perum Bulog", "Direktur Utama Perum Bulog")
    assert same_role("Kepala Dinas Kesehatan", "Kepala Dinas Kesehatan Kota Bogor")
    assert not same_role("Direktur Utama", "Direktur Utama Perum Bulog")
    assert not same_role(None, "Bupati Bogor")


def test_even_and_odd_halves_partition_the_corpus():
    docs = [(f"d{i}", "", {"outlet": "a" if i < 3 else "b"}) for i in (4, 1, 3, 0, 2)]
    even, odd = select(docs, "even"), select(docs, "odd")
    assert [d[0] for d in even] == ["d0", "d2", "d4"]
    assert [d[0] for d in odd] == ["d1", "d3"]
    assert [d[0] for d in select(docs, "outlet:b")] == ["d3", "d4"]
    with pytest.raises(ValueError):
        select(docs, "thirds")


def test_per_outlet_rows_and_role_accuracy(tmp_path):
    text = 'Rapat selesai. "Kami siap," kata Budi.'
    start = text.index("Kami")
    quote = {"kind": "direct", "text": "Kami siap,", "start": start, "end": start + 10, "cue": "kata",
             "speaker": "Budi", "speaker_role": "Kepala Desa Sukamaju", "date": None}
    for name, outlet in (("a1", "satu.id"), ("a2", "dua.id")):
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
        (tmp_path / f"{name}.gold.json").write_text(json.dumps({"outlet": outlet, "quotes": [quote]}), encoding="utf-8")
    pred = {"a1": [dict(quote)], "a2": [dict(quote, speaker_role=None)]}
    r = evaluate(tmp_path, lambda doc_id, t, pub: pred[doc_id])
    assert r["all"]["role_acc"] == 0.5
    assert set(r["per_outlet"]) == {"satu.id", "dua.id"}
    assert r["per_outlet"]["satu.id"]["role_acc"] == 1.0
    assert evaluate(tmp_path, lambda d, t, p: pred[d], split="odd")["all"]["gold"] == 1


def test_a_split_by_listed_doc_ids_and_a_clear_error_for_a_missing_list(tmp_path):
    docs = [("b", "", {}), ("a", "", {}), ("c", "", {})]
    ids = tmp_path / "dev.txt"
    ids.write_text("c\n\na\n", encoding="utf-8")
    assert [d[0] for d in select(docs, f"ids:{ids}")] == ["a", "c"]
    with pytest.raises(ValueError, match="cannot read the doc ids"):
        select(docs, f"ids:{tmp_path / 'none.txt'}")
