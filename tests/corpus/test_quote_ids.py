"""Statement ids: the same words of the same speaker in several articles share a quote_id."""
from quotes.corpus.quote_ids import link, same_statement, shingles, words


def rec(doc, text, speaker="Amalia Adininggar Widyasanti", date=None, type_="person"):
    return {"doc_id": doc, "text": text, "speaker": speaker, "speaker_type": type_, "date": date,
            "kind": "direct", "start": 0, "end": len(text)}


BASE = "Beras memberikan andil inflasi terbesar pada kelompok makanan. Kami akan terus memantau harganya."


def test_near_identical_text_of_one_speaker_is_one_statement():
    rows = link([rec("a", BASE, date="2023-09-02"),
                 rec("b", BASE.replace("terbesar", "paling besar"), speaker="Amalia", date="2023-09-01"),
                 rec("c", "“" + BASE.upper() + "”", date="2023-09-03")])
    # "Amalia" alone is not merged with the full name (one word, no role), so b stays apart
    assert rows[0]["quote_id"] == rows[2]["quote_id"] != rows[1]["quote_id"]
    rows = link([rec("a", BASE, date="2023-09-02"),
                 rec("b", BASE.replace("terbesar", "paling besar"), date="2023-09-01")])
    assert rows[0]["quote_id"] == rows[1]["quote_id"]
    assert rows[0]["speaker_id"] == "amalia-adininggar-widyasanti"


def test_the_earliest_report_names_the_statement():
    a = link([rec("a", BASE, date="2023-09-05"), rec("b", BASE + " Itu saja.", date="2023-09-01")])
    b = link([rec("b", BASE + " Itu saja.", date="2023-09-01")])
    assert a[0]["quote_id"] == a[1]["quote_id"] == b[0]["quote_id"]


def test_a_cut_quote_is_the_same_statement():
    first = "Beras memberikan andil inflasi terbesar pada kelompok makanan."
    rows = link([rec("a", BASE), rec("b", first)])
    assert rows[0]["quote_id"] == rows[1]["quote_id"]


def test_different_speakers_or_different_words_stay_apart():
    rows = link([rec("a", BASE), rec("b", BASE, speaker="Teuku Rifaldi"),
                 rec("c", "Harga cabai rawit turun tajam menjelang akhir pekan di pasar induk.")])
    assert len({r["quote_id"] for r in rows}) == 3


def test_short_or_unnamed_quotes_link_only_when_identical():
    long = "Air naik cepat sekali tadi malam, kami tidak sempat menyelamatkan barang."
    rows = link([rec("a", "Terima kasih,", speaker="seorang warga", type_="unnamed"),
                 rec("b", "Terima kasih,", speaker="warga lain", type_="unnamed"),
                 rec("c", long, speaker="seorang warga", type_="unnamed"),
                 rec("d", long, speaker="seorang ibu", type_="unnamed"),
                 rec("e", long.replace("cepat", "cepat-cepat"), speaker="seorang warga", type_="unnamed"),
                 rec("f", "Tidak benar,", speaker="Rahmat Hidayat"),
                 rec("g", "Tidak benar,", speaker="Rahmat Hidayat"),
                 rec("h", "Tidak benar sekali,", speaker="Rahmat Hidayat")])
    q = [r["quote_id"] for r in rows]
    assert q[0] != q[1]  # two residents thanking somebody
    assert q[2] == q[3] != q[4]  # one wire text printed twice; an edited copy without a speaker
    assert q[5] == q[6] != q[7]
    assert rows[0]["speaker_id"] is None


def test_similarity_measure():
    a = shingles(words(BASE))
    assert same_statement(a, shingles(words(BASE.replace("terbesar", "paling besar"))))
    assert not same_statement(a, shingles(words("Kami akan terus memantau harga cabai di pasar.")))
