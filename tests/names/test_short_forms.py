"""Syllabic short forms of an organisation's name (quotes/names/short_forms.py)."""
from conftest import random_texts

import quotes
from quotes.names.short_forms import full_name, spells


def test_a_short_form_spells_the_start_of_every_word():
    assert spells("kemenkes", ["kementerian", "kesehatan"])
    assert spells("bappenas", ["badan", "perencanaan", "pembangunan", "nasional"])
    assert spells("kemenkumham", ["kementerian", "hukum", "dan", "hak", "asasi", "manusia"]) is False
    assert spells("kemenag", ["kementerian", "agama"])
    # a syllable from inside a word ("dik" of "pendidikan") or a word left out is no spelling
    assert not spells("kemendikbud", ["kementerian", "pendidikan", "dan", "kebudayaan"])
    assert not spells("kemen", ["kementerian", "kesehatan"])
    assert not spells("kes", ["kesehatan"])


def test_the_full_name_is_the_one_organisation_run_of_the_article_it_shortens():
    text = ("Pemerintah Kota Bandung dan Kementerian Kesehatan menggelar rapat. Kemenkes menyebut kasus "
            "naik, sedangkan Pemkot Bandung menyiapkan posko.")
    assert full_name(text, "Kemenkes") == "Kementerian Kesehatan"
    assert full_name(text, "Pemkot Bandung") == "Pemerintah Kota Bandung"
    assert full_name(text, "Pemkot Bogor") is None
    assert full_name(text, "DBD") is None  # capitals only: an acronym, read elsewhere
    # two organisations the short form could stand for: neither
    assert full_name("Kementerian Kesehatan dan Kementerian Kesenian hadir.", "Kemenkes") is None


def test_the_inventory_and_the_records_give_the_full_name():
    text = ("JAKARTA - Kementerian Kesehatan mengumumkan kasus baru demam berdarah, Selasa (13/5/2025).\n"
            "Kemenkes menyatakan kasus naik 20 persen di tiga provinsi.\n")
    (e,) = [e for e in quotes.people(text) if e.type == "organization" and "Kemenkes" in [f.text for f in e.forms]]
    assert e.name == "Kementerian Kesehatan"
    recs = quotes.extract(text, analyzer="rules", published="2025-05-13")
    assert [r.speaker for r in recs if "naik 20 persen" in r.text] == ["Kementerian Kesehatan"]


def test_initials_of_one_organisation_name_without_the_company_words():
    from quotes.names.short_forms import initials_name
    text = "PT Kereta Api Indonesia (Persero) dan Badan Pusat Statistik merilis data. KAI dan BPS sepakat."
    assert initials_name(text, "KAI") == "PT Kereta Api Indonesia"
    assert initials_name(text, "BPS") == "Badan Pusat Statistik"
    assert initials_name(text, "KPK") is None
    assert initials_name(text, "Kai") is None  # capitals only


BANK = ("Jakarta - Kabar terbaru datang dari PT Bank Sentosa Raya Tbk (BBSR).\n\n"
        "Manajemen BSR mengungkapkan bahwa anak usahanya akan melantai di bursa tahun depan.\n\n"
        "PT Bank Nusa Makmur Tbk mencatat laba naik. Nusa Makmur menyebut kredit UMKM juga naik.\n\n"
        "Bank Indonesia menahan suku bunga. Indonesia menegaskan inflasi terkendali.")


def test_a_company_named_by_its_initials_or_its_name_alone_is_the_full_company_name():
    from quotes.names.short_forms import company_name, initials_name
    # the run from "PT" and the run from "Bank" are the same name: the longer; "Tbk" closes it
    assert initials_name(BANK, "BSR") == "PT Bank Sentosa Raya Tbk"
    assert company_name(BANK, "Nusa Makmur") == "PT Bank Nusa Makmur Tbk"
    assert company_name(BANK, "Indonesia") is None  # "Bank Indonesia" opens with no company word
    assert company_name(BANK, "Makmur") is None
    orgs = {e.name: [f.text for f in e.forms] for e in quotes.people(BANK) if e.type == "organization"}
    assert {"BSR", "BBSR"} <= set(orgs["PT Bank Sentosa Raya Tbk"])
    assert "Nusa Makmur" in orgs["PT Bank Nusa Makmur Tbk"]
    assert "Indonesia" in orgs and "Bank Indonesia" in orgs


def test_the_capitals_after_a_name_are_the_regex_search_s():
    import random
    import re

    from quotes.names.short_forms import capitals_after

    text = "Rapat digelar Dinas. Dinas Pendidikan Kota Bandar menyebut Dinas  Sosial\tBaru siap."
    assert capitals_after(text, "Dinas").group(1) == " Pendidikan Kota Bandar"
    assert capitals_after(text, "Badan") is None
    rng = random.Random(4)
    pieces = ["a", "B", "Bu", " ", "\t", "\n", "-", "_", "1", "é", "\xa0", "Dinas", "Kota"]
    for _ in range(5000):
        t = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 14)))
        name = rng.choice(["B", "Bu", "Dinas", "a", "Kota", "Dinas Kota", "B-"])
        m, f = re.search(re.escape(name) + r"((?:\s+[A-Z][\w-]*){1,6})", t), capitals_after(t, name)
        assert (m.group(1) if m else None) == (f.group(1) if f else None), (t, name)


def test_the_runs_filed_by_their_first_letters_give_the_full_name_the_scan_of_every_run_gave():
    from quotes.names.short_forms import company_name

    text = ("Kementerian Kelautan dan Perikanan (KKP) bertemu Badan Kesehatan Daerah, Komisi Kesehatan Daerah "
            "serta PT Sinar Jaya Tbk. Kemenlut menyebut Sinar Jaya siap, kata Bakesda dan Kemenkp.")
    assert full_name(text, "Bakesda") == "Badan Kesehatan Daerah"
    assert full_name(text, "Komkesda") == "Komisi Kesehatan Daerah"
    assert full_name(text, "Kemenkp") == "Kementerian Kelautan dan Perikanan"
    assert full_name(text, "Kemenlut") is None  # ("lut": no word of the run opens with it)
    assert company_name(text, "Sinar Jaya") == "PT Sinar Jaya Tbk"
    assert company_name(text, "Sinar") is None


def test_the_organisation_runs_pattern_never_gives_letters_back_and_finds_what_the_greedy_one_found():
    import re

    from quotes.names.short_forms import _RUN

    greedy = re.compile(r"[A-Z](?<![\w-][A-Z])[\w-]*(?:[ \t]+(?:dan[ \t]+)?[A-Z][\w-]*){1,7}")
    pieces = ["A", "Ab", "b", " ", "\t", "-", "dan ", "Dan", "x-Y", "_", "1", "\n", "B-", "Badan Gizi"]
    for t in random_texts(pieces, 5, 5000, most=12):
        assert [m.span() for m in _RUN.finditer(t)] == [m.span() for m in greedy.finditer(t)], t
