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
