"""Corpus-level speaker ids: merge one person's names, keep different people apart."""
import json

import pytest
from conftest import SHARED

from quotes.corpus.speaker_ids import name_key, speaker_table


def rec(doc, speaker, role=None, type_="person", date=None, outlet=None):
    return {"doc_id": doc, "speaker": speaker, "speaker_role": role, "speaker_type": type_,
            "date": date, "outlet": outlet, "text": "x", "kind": "direct", "start": 0, "end": 1}


def ids(records):
    t = speaker_table(records)
    return t, [t.id_for(r) for r in records]


def test_name_key_drops_titles_degrees_and_resolves_aliases():
    assert name_key("Pak Jokowi") == ("joko", "widodo")
    assert name_key("Dr. Budi Santoso, S.H., M.H.") == ("budi", "santoso")
    assert name_key("Badan Meteorologi, Klimatologi, dan Geofisika") == (
        "badan", "meteorologi", "klimatologi", "dan", "geofisika")
    assert name_key("") is None and name_key(None) is None


def test_longer_names_absorb_their_shorter_forms():
    recs = [rec("a", "Abdullah Azwar Anas", "Menteri PANRB", date="2022-11-08", outlet="kompas"),
            rec("b", "Azwar Anas", date="2022-11-09", outlet="tempo"),
            rec("c", "Anas", "Menteri PANRB", date="2022-11-10", outlet="detik")]
    t, got = ids(recs)
    assert got == ["abdullah-azwar-anas"] * 3
    (sp,) = t.speakers
    assert sp.name == "Abdullah Azwar Anas" and sp.quotes == 3 and sp.articles == 3
    assert set(sp.names) == {"Abdullah Azwar Anas", "Azwar Anas", "Anas"}
    assert sp.first == "2022-11-08" and sp.last == "2022-11-10"
    assert [(r.role, r.first, r.last, r.quotes) for r in sp.roles] == [
        ("Menteri PANRB", "2022-11-08", "2022-11-10", 2)]
    assert dict(sp.outlets) == {"kompas": 1, "tempo": 1, "detik": 1}


def test_one_word_names_need_the_articles_to_agree_on_the_role():
    recs = [rec("a", "Riko Chandra", "Wakil Wali Kota Banjar"),
            rec("b", "Chandra", "orang tua murid"),
            rec("c", "Chandra"),
            rec("d", "Chandra", "Wakil Wali Kota Banjar")]
    _, got = ids(recs)
    assert got == ["riko-chandra", "chandra", "chandra", "riko-chandra"]


def test_people_sharing_a_surname_stay_apart():
    recs = [rec("a", "Cecep Sumantri"), rec("b", "Rudy Sumantri"), rec("c", "Sumantri", "kepala desa")]
    _, got = ids(recs)
    assert got == ["cecep-sumantri", "rudy-sumantri", "sumantri"]


def test_a_name_inside_two_longer_names_is_ambiguous():
    recs = [rec("a", "Budi Arie Setiadi"), rec("b", "Budi Arie Wibowo"), rec("c", "Budi Arie")]
    _, got = ids(recs)
    assert got == ["budi-arie-setiadi", "budi-arie-wibowo", "budi-arie"]


def test_aliases_and_organisations():
    recs = [rec("a", "Jokowi", "Presiden"), rec("b", "Joko Widodo"),
            rec("c", "KPK", type_="organization"), rec("d", "Komisi Pemberantasan Korupsi", type_="organization"),
            rec("e", "seorang warga", type_="unnamed"), rec("f", None, type_=None)]
    t, got = ids(recs)
    assert got == ["joko-widodo", "joko-widodo", "komisi-pemberantasan-korupsi",
                   "komisi-pemberantasan-korupsi", None, None]
    assert len(t.speakers) == 2


def test_quote_objects_work_too():
    from quotes.records import Quote

    q = Quote(doc_id="a", kind="direct", text="x", start=0, end=1, speaker="Sri Mulyani",
              speaker_type="person")
    t = speaker_table([q])
    assert t.id_for(q) == "sri-mulyani-indrawati"


@pytest.mark.skipif(not (SHARED / "corpus").exists(), reason="../shared/corpus not present")
def test_gold_speakers_of_the_shared_corpus_are_neither_split_nor_merged():
    # every gold name there is one person (checked by hand), and several share a word:
    # Chandra / Diky Chandra, Andi / Andi Kurniawan, Cecep / Rudy Suhendar
    recs = []
    for g in sorted((SHARED / "corpus").glob("*.gold.json")):
        gold = json.loads(g.read_text(encoding="utf-8"))
        recs += [dict(q, doc_id=gold["doc_id"]) for q in gold["quotes"]
                 if q.get("speaker") and q.get("speaker_type") != "unnamed"]
    t = speaker_table(recs)
    by_name = {}
    for r in recs:
        by_name.setdefault(r["speaker"], set()).add(t.id_for(r))
    assert all(len(v) == 1 for v in by_name.values())
    assert len(t.speakers) == len(by_name)
