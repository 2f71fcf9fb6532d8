"""The inventory: everyone an article mentions, once, with every form and offsets into the text.

Sentences are written for the project; names are made up.
"""
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from quotes.find.candidates import candidates
from quotes.lexicon.words import common_words, function_words
from quotes.find.marks import find_spans
from quotes.names.inventory import SPEAKING, THINGS, Entry, entry_for, inventory
from quotes.nlp.analysis import rule_based
from quotes.speakers.resolve import article_names
from quotes.text.paragraphs import paragraphs


def entries_of(text: str) -> tuple[Entry, ...]:
    an = rule_based(text)
    paras = paragraphs(an.text)
    cands = candidates(an, paras, find_spans(an.text, paras))
    return inventory(an, article_names(an, paras, cands), [c.mention for c in cands])


def holding(entries, text: str, word: str, nth: int = 0):
    start = -1
    for _ in range(nth + 1):
        start = text.index(word, start + 1)
    return next((e for e in entries if e.holds(start, start + len(word))), None)


ARTICLE = (
    "BANDUNG - Kepala Dinas Pertanian Kabupaten Garut Bariwan Santiko mengatakan, panen raya tahun ini "
    "datang lebih awal. Ia meninjau sawah di Desa Cikajang, Senin (3/2/2025).\n\n"
    '"Hasilnya lebih baik dari tahun lalu," ujar Bariwan.\n\n'
    "Menurut Bariwan, harga gabah di tingkat petani masih stabil."
)


def test_one_entry_per_person_with_every_form_and_the_role():
    es = entries_of(ARTICLE)
    (e,) = [e for e in es if e.name == "Bariwan Santiko"]
    assert e.type == "person"
    assert e.role == "Kepala Dinas Pertanian Kabupaten Garut"
    assert [f.text for f in e.forms] == ["Bariwan Santiko", "Bariwan", "Bariwan"]
    for f in e.forms:
        assert ARTICLE[f.start:f.end] == f.text
    assert holding(es, ARTICLE, "Bariwan", 2) is e


def test_places_and_dates_are_kept_as_things_that_never_speak():
    es = entries_of(ARTICLE)
    kinds = {e.name: e.type for e in es}
    assert kinds.get("Senin") == "date"
    assert all(e.type in SPEAKING + THINGS for e in es)
    assert not any(e.type == "person" and e.name in ("BANDUNG", "Senin", "Desa Cikajang") for e in es)


def test_a_nickname_given_with_alias_is_the_person():
    text = ("Ketua kelompok tani Teuku Hasan alias Ampon menyebut irigasi sudah diperbaiki. "
            '"Air sudah sampai ke sawah," kata Ampon.')
    e = holding(entries_of(text), text, "Ampon", 1)
    assert e is not None and e.name == "Teuku Hasan" and e.type == "person"


def test_a_nickname_in_quotation_marks_inside_the_name():
    text = ("Pelatih tim, Munir 'Ucok' Harahap, memuji semangat pemainnya. "
            '"Mereka bermain tanpa rasa takut," ujar Ucok.')
    e = holding(entries_of(text), text, "Ucok", 1)
    assert e is not None and e.name == "Munir Harahap"


def test_initials_defined_in_brackets_are_the_person():
    text = ("Wakil Ketua DPR Hidayat Nur Wahid (HNW) meminta pemerintah bertindak. "
            '"Jangan ditunda lagi," kata HNW.')
    e = holding(entries_of(text), text, "HNW", 1)
    assert e is not None and e.name == "Hidayat Nur Wahid" and e.type == "person"


def test_a_short_name_that_starts_a_longer_word_of_one_name():
    text = ("Wali Kota Surabaya, Tri Rismaharini, meresmikan taman baru. Risma mengatakan, "
            "taman itu terbuka untuk umum setiap hari.")
    e = holding(entries_of(text), text, "Risma", 1)
    assert e is not None and e.name == "Tri Rismaharini"


def test_entry_for_finds_by_name_then_by_mention():
    es = entries_of(ARTICLE)
    assert entry_for(es, "bariwan santiko").name == "Bariwan Santiko"
    start = ARTICLE.index("Bariwan", ARTICLE.index("ujar"))
    assert entry_for(es, None, start, start + 7).name == "Bariwan Santiko"
    assert entry_for(es, "Nobody Here") is None


def test_to_dict_is_plain_json():
    (e,) = [e for e in entries_of(ARTICLE) if e.name == "Bariwan Santiko"]
    d = e.to_dict()
    assert d["name"] == "Bariwan Santiko" and d["type"] == "person" and d["roles"][0] == e.role
    assert d["forms"][0] == {"text": "Bariwan Santiko", "start": e.forms[0].start, "end": e.forms[0].end}


# ---------------------------------------------------------------- generated names

SYLLABLES = ["ba", "di", "ra", "sa", "ti", "wan", "ko", "nu", "ha", "ri", "yo", "mar", "sen", "pra", "gus"]
ROLES = ["Kepala Dinas Pendidikan Kabupaten Garut", "Ketua Komisi III DPRD Jawa Barat", "Direktur Utama PT Sinar Jaya",
         "pengamat ekonomi", "Kapolres Bogor AKBP", ""]


@st.composite
def name_word(draw):
    w = "".join(draw(st.sampled_from(SYLLABLES)) for _ in range(draw(st.integers(2, 3)))).capitalize()
    # made-up names, not Indonesian words that happen to be spelt the same ("Raba", "Sabar")
    assume(w.lower() not in common_words() and w.lower() not in function_words())
    return w


@st.composite
def stories(draw):
    first, last = draw(name_word()), draw(name_word())
    if first == last:
        last = last + "to"
    role = draw(st.sampled_from(ROLES))
    # a company written right before the name without a comma ("Direktur PT Sinar Jaya Baba Babato")
    # leaves even a reader unsure where the company ends: only with the comma here
    comma = (draw(st.booleans()) or " PT " in role) and role
    intro = f"{role}, {first} {last}," if comma else f"{role} {first} {last}".strip()
    short = draw(st.sampled_from([last, first]))
    text = (f"JAKARTA - {intro[0].upper() + intro[1:]} mengatakan, program itu berjalan sesuai rencana. "
            f"Ia berbicara di Jakarta, Selasa (4/3/2025).\n\n"
            f'"Kami sudah siap sejak awal," ujar {short}.')
    return text, f"{first} {last}", short, role


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(stories())
def test_generated_short_names_expand_to_the_full_name_and_offsets_hold(story):
    text, full, short, role = story
    es = entries_of(text)
    for e in es:
        for f in e.forms:
            assert text[f.start:f.end] == f.text
    e = holding(es, text, short, text.count(short) - 1)
    assert e is not None and e.name == full and e.type == "person", (text, e)
    if role and not role.endswith("AKBP"):
        assert e.role and role.split()[0].lower() in e.role.lower(), (text, e.roles)
    assert not any(x.type == "person" and x.name in ("JAKARTA", "Jakarta", "Selasa") for x in es)
