"""The library surface an analyst imports: `quotes.extract` and friends."""
import quotes


def test_extract_stays_callable_after_use(pipeline):
    # the engine's own modules must not shadow the package's functions once they are imported
    t = '"Harga beras turun pekan ini," kata Kepala Dinas Pangan Kota Bogor, Rina Santika, Selasa (8/11/2022).'
    first = quotes.extract(t, pipeline=pipeline)
    second = quotes.extract(t, pipeline=pipeline)
    assert callable(quotes.extract) and callable(quotes.extract_many)
    assert first == second
    assert [(q.text, q.speaker, q.date) for q in first] == [("Harga beras turun pekan ini,", "Rina Santika", "2022-11-08")]


def test_extract_many_reads_article_dicts(pipeline):
    arts = [{"id": "a", "text": '"Kami siap," ujar Budi Santoso.'}, {"id": "b", "text": "Tidak ada kutipan di sini."}]
    qs = list(quotes.extract_many(arts, pipeline=pipeline))
    assert [(q.doc_id, q.speaker) for q in qs] == [("a", "Budi Santoso")]


# ---- the library mirrors `quotes extract`: same batch path, same records, metadata included

ARTICLE = ('"Stok beras aman sampai akhir tahun," kata Kepala Bulog Jawa Barat, Budi Santoso, di Bandung, '
           'Selasa (8/11).\n\nIa menambahkan bahwa harga di pasar mulai turun.')


def test_extract_carries_published_and_the_other_metadata():
    qs = quotes.extract(ARTICLE, published="2022-11-08", doc_id="a1", outlet="Warta", title="Stok beras",
                        url="https://example.id/a1", analyzer="rules")
    assert qs[0].published == "2022-11-08"
    assert {(q.doc_id, q.outlet, q.title, q.url) for q in qs} == {("a1", "Warta", "Stok beras", "https://example.id/a1")}
    assert qs[0].date == "2022-11-08"


def test_done_when_published_with_the_default_analyzer(pipeline):
    assert quotes.extract(ARTICLE, published="2022-11-08", pipeline=pipeline)[0].published == "2022-11-08"


def _articles():
    return [
        {"id": "a", "text": ARTICLE, "published": "2022-11-08", "outlet": "Warta", "title": "T", "url": "u",
         "lang": "id"},
        {"id": "b", "text": 42},  # not text: an error, the rest goes on
        {"id": "c", "text": '"Kami siap," ujar Anas.', "published": "2022-13-45"},  # not a date
    ]


def test_extract_many_collects_errors_and_warnings_and_goes_on():
    errors = []
    qs = list(quotes.extract_many(_articles(), errors=errors, analyzer="rules", keep_meta=True))
    assert [q.doc_id for q in qs] == ["a", "a", "c"]
    assert qs[0].meta == {"lang": "id"} and qs[0].title == "T"
    assert qs[2].published is None and qs[2].speaker == "Anas"  # the bad date costs the date only
    assert [(e["doc_id"], "error" in e) for e in errors] == [("b", True), ("c", False)]
    assert "must be a string" in errors[0]["error"] and "not a date" in errors[1]["warning"]


def test_extract_many_without_an_errors_list_warns():
    import pytest

    with pytest.warns(quotes.QuotesWarning) as caught:
        list(quotes.extract_many(_articles(), analyzer="rules"))
    assert ["must be a string" in str(w.message) for w in caught] == [True, False]
    assert "(c): published '2022-13-45' is not a date" in str(caught[1].message)


def test_extract_many_equals_the_command_line(tmp_path):
    import json

    from click.testing import CliRunner

    from quotes.cli import main

    src, out, err = tmp_path / "in.jsonl", tmp_path / "out.jsonl", tmp_path / "err.jsonl"
    src.write_text("".join(json.dumps(a) + "\n" for a in _articles()), encoding="utf-8")
    r = CliRunner().invoke(main, ["extract", str(src), "-o", str(out), "--errors", str(err), "--analyzer", "rules",
                                  "--keep-meta", "-q"])
    assert r.exit_code == 3, r.output
    errors = []
    lib = list(quotes.extract_many(_articles(), errors=errors, analyzer="rules", keep_meta=True))
    assert [json.loads(l) for l in out.read_text(encoding="utf-8").splitlines()] == [q.to_dict() for q in lib]
    cli_errors = [json.loads(l) for l in err.read_text(encoding="utf-8").splitlines()]
    assert [(e["doc_id"], e.get("error"), e.get("warning")) for e in cli_errors] == \
        [(e["doc_id"], e.get("error"), e.get("warning")) for e in errors]
    # read back: Quotes equal to the library's
    assert list(quotes.read_records(str(out))) == lib


def test_extract_raises_for_an_article_that_cannot_be_processed():
    import pytest

    from quotes.run.engine import ArticleError

    with pytest.raises(ArticleError, match="over the limit"):
        quotes.extract("kata " * 100, max_chars=50, analyzer="rules")
    with pytest.warns(quotes.QuotesWarning, match="not a date"):
        assert quotes.extract('"Kami siap," ujar Anas.', published="kemarin", analyzer="rules")[0].published is None


def test_quote_from_dict_round_trips_and_keeps_unknown_keys():
    import pytest

    (q,) = quotes.extract('"Kami siap," ujar Anas.', published="2022-11-08", outlet="Warta", analyzer="rules")
    assert quotes.Quote.from_dict(q.to_dict()) == q
    other = quotes.Quote.from_dict({**q.to_dict(), "sentiment": 0.2})
    assert other.meta == {"sentiment": 0.2}
    with pytest.raises(ValueError, match="not a quote record"):
        quotes.Quote.from_dict({"id": "a", "text": "Artikel."})


def test_link_takes_quotes_or_dicts_and_returns_quotes():
    qs = quotes.extract('"Kami siap," ujar Anas.\n\n"Kami siap," ujar Anas.', doc_id="a", analyzer="rules")
    from_quotes = quotes.link(qs)
    from_dicts = quotes.link([q.to_dict() for q in qs])
    assert from_quotes == from_dicts and all(isinstance(q, quotes.Quote) for q in from_quotes)
    assert len({q.quote_id for q in from_quotes}) == 1 and from_quotes[0].speaker_id == "anas"


def test_to_frame_types_offsets_and_dates():
    import pandas as pd

    qs = list(quotes.extract_many(_articles()[:1], analyzer="rules"))
    df = quotes.to_frame(qs)
    assert str(df["cue_start"].dtype) == "Int64" and str(df["start"].dtype) == "Int64"
    assert pd.api.types.is_datetime64_any_dtype(df["date"]) and pd.api.types.is_datetime64_any_dtype(df["published"])
    assert df["published"].iloc[0] == pd.Timestamp("2022-11-08")
