"""Names of every shape news gives them never crash the extractor, and keep offsets true.

Generated sentences combine a role and its affiliation, a rank, honorifics and degrees, initials
("Danu A Pratama", "Danu A. Pratama"), aliases ("alias", "akrab disapa", a bracketed nickname), a
comma between role and name, and scraper glue (a missing space before the name).
"""
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import rules

SYLLABLES = ["ba", "di", "ra", "sa", "ti", "wan", "ko", "nu", "ha", "ri", "yo", "mar", "sen", "dan", "pra"]
ROLES = ["Wakil Wali Kota Bandar", "Ketua Fraksi Partai Maju DPR", "Kabid Humas Polda Riau", "Bupati Garut",
         "Guru Besar Ilmu Politik Universitas Nusa", "Komisioner Ombudsman RI", "pengamat pendidikan",
         "Direktur Utama Perum Sinar", "Ketua Parlemen Malaysia", ""]
RANKS = ["", "Kombes Pol", "AKBP", "Ajun Komisaris Besar", "Brigjen"]
HONORIFICS = ["", "H.", "Dr.", "dr.", "Prof. Dr.", "Ustaz"]


@st.composite
def words(draw):
    n = draw(st.integers(2, 3))
    return "".join(draw(st.sampled_from(SYLLABLES)) for _ in range(n)).capitalize()


@st.composite
def names(draw):
    given_ = draw(st.lists(words(), min_size=1, max_size=3))
    initial = draw(st.sampled_from(["", "A", "A.", "WA"]))
    family = draw(words())
    parts = given_ + ([initial] if initial else []) + [family]
    return " ".join(parts), draw(st.sampled_from([given_[0], family, parts[-1]]))


@st.composite
def sentences(draw):
    full, short = draw(names())
    role = draw(st.sampled_from(ROLES))
    rank = draw(st.sampled_from(RANKS))
    hon = draw(st.sampled_from(HONORIFICS))
    comma = draw(st.booleans())
    glue = draw(st.booleans())
    alias = draw(st.sampled_from(["", " alias {n}", " (Kang {n})", ", yang akrab disapa {n},"]))
    nick = draw(words())
    head = " ".join(p for p in (role, rank, hon) if p)
    sep = "" if glue and head else (", " if comma and head else " ")
    intro = f"{head}{sep}{full}{alias.format(n=nick)}"
    kind = draw(st.integers(0, 2))
    if kind == 0:
        text = f'{intro} mengatakan, program itu berjalan. "Kami siap bekerja," ujar {short}, Senin (3/2).'
    elif kind == 1:
        text = f'"Kami siap bekerja," kata {intro}.\n\n"Semua sudah diatur," ujarnya.'
    else:
        text = f'Menurut {intro}, program itu berjalan. "Kami siap," ujar {nick if alias else short}.'
    return text


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(sentences())
def test_every_name_shape_is_read_without_error(text):
    quotes = rules(text)
    assert quotes, text
    for q in quotes:
        assert text[q.start:q.end] == q.text
        if q.speaker_start is not None:
            assert text[q.speaker_start:q.speaker_end] == q.speaker_mention or q.speaker_mention == "-nya"
        if q.cue_start is not None:
            assert text[q.cue_start:q.cue_end].lower() == q.cue.lower()  # cues are recorded in lower case


def test_a_middle_initial_after_a_role_does_not_crash():
    text = 'Wakil Wali Kota Bandar Danu A Pratama mengatakan, program itu berjalan. "Kami siap," ujar Pratama.'
    (first, second) = rules(text)
    assert second.speaker == "Danu A Pratama"
