import gzip

from quotes.run.inputs import Keys, read


def test_folder_of_txt_and_jsonl(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.txt").write_text("Satu.", encoding="utf-8")
    (tmp_path / "b.jsonl").write_text('{"id": "b1", "text": "Dua.", "published": "2023-01-02", "x": 1}\n', encoding="utf-8")
    items = list(read([str(tmp_path)]))
    assert [(i.doc_id, i.article["text"]) for i in items] == [("b1", "Dua."), ("sub/a", "Satu.")]
    assert items[0].article["published"] == "2023-01-02"
    assert "meta" not in items[0].article


def test_keep_meta_and_renamed_keys(tmp_path):
    f = tmp_path / "a.jsonl"
    f.write_text('{"uid": 7, "body": "Tiga.", "lang": "id"}\n', encoding="utf-8")
    (item,) = read([str(f)], Keys(id="uid", text="body", keep_meta=True))
    assert item.article == {"id": "7", "text": "Tiga.", "meta": {"lang": "id"}}


def test_every_broken_line_is_an_error_with_its_line(tmp_path):
    f = tmp_path / "bad.jsonl"
    f.write_bytes(b'{"id": "ok", "text": "Baik."}\nnot json\n[1, 2]\n{"id": "n"}\n\n{"id": "u", "text": "\xff\xfe"}\n')
    items = list(read([str(f)]))
    assert [i.error is None for i in items] == [True, False, False, False, False]
    assert [i.line for i in items] == [1, 2, 3, 4, 6]
    assert "bad JSON" in items[1].error and "missing key 'text'" in items[3].error
    assert "UTF-8" in items[4].error


def test_gzip_and_undecodable_txt(tmp_path):
    g = tmp_path / "a.jsonl.gz"
    with gzip.open(g, "wb") as fh:
        fh.write(b'{"id": "g", "text": "Empat."}\n')
    (tmp_path / "x.txt").write_bytes(b"Lima \xff enam")
    items = list(read([str(tmp_path)]))
    assert items[0].doc_id == "g" and items[0].error is None
    assert items[1].doc_id == "x" and "undecodable byte 0xff" in items[1].error


def test_missing_path_is_an_error_not_a_crash(tmp_path):
    (item,) = read([str(tmp_path / "nope.jsonl")])
    assert "no such file" in item.error
