"""The alias readers answer as the plain searches they replace."""
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from quotes.names.aliases import before_bracket

# the patterns `aliases.alias`, `aliases.person_behind` and `index._canonical_org` read before "(SHORT)"
_PATTERNS = [r"((?:[A-Z][\w.'’-]*[ \t]+(?:dan[ \t]+|&[ \t]+|bin[ \t]+|binti[ \t]+)?){1,7})",
             r"((?:[A-Z][\w.'’-]*[ \t]+){0,8}[A-Z][\w.'’-]*)[ \t]*",
             r"((?:(?:[A-Z][\w-]*|\([A-Z][\w-]*\))\s+(?:dan\s+|&\s+)?){1,8})"]
_BITS = st.sampled_from(["Badan", "Pusat", "Statistik", "Hendra", "Nur", "Salam", "dan", "&", "bin", " ", "  ", "\t",
                         "\n", ",", ":", ";", "“", "”", '"', "!", "?", ".", "-", "'", "(BPS)", "(HNW)", "(Persero)",
                         "kata", "RI", "x" * 30])


def _plain(text, short, words):
    rx = re.compile(words + r"\Z")
    key = "(" + short + ")"
    i = text.find(key)
    while i >= 0:
        m = rx.search(text, max(0, i - 600), i)
        if m:
            return m
        i = text.find(key, i + 1)
    return None


@settings(max_examples=400, deadline=None)
@given(st.lists(_BITS, max_size=60), st.sampled_from(["BPS", "HNW"]), st.sampled_from(_PATTERNS))
def test_before_bracket_equals_the_search_of_the_whole_window(bits, short, words):
    text = "".join(bits)
    got, want = before_bracket(text, short, words), _plain(text, short, words)
    assert (got and (got.span(), got.groups())) == (want and (want.span(), want.groups()))


def test_nicknames_are_read_at_the_keys_and_quotation_marks_the_name_stands_by():
    # made-up sentences: a nickname in quotation marks inside the name, one given with "alias" and
    # "disapa", and a name that stands only inside a longer word after a key (no nickname)
    from quotes.names.index import NameIndex

    text = ("Warga Desa Sukamaju, Rahmat 'Acep' Hidayat, mengatakan jalan itu rusak. Teuku Hasan alias Ampon "
            "juga hadir. Muhammad Sofyan, pria yang akrab disapa Opan ini, menambahkan hal serupa. "
            "Ia disapa Bagusman oleh tetangganya.")
    idx = NameIndex(text, ["Rahmat Hidayat", "Teuku Hasan", "Muhammad Sofyan"])
    assert idx.nickname("Acep") == "Rahmat Hidayat"
    assert idx.nickname("Ampon") == "Teuku Hasan"
    assert idx.nickname("Opan") == "Muhammad Sofyan"
    assert idx.nickname("Bagus") is None  # "disapa Bagusman": the key stands before a longer word
    assert idx.nickname("Sukamaju") is None


def test_a_blend_takes_one_letter_or_more_of_the_first_word_and_two_or_more_of_each_next():
    from quotes.names.aliases import _blends

    assert _blends("aher", ("ahmad", "hermawan"))  # "A" + "her"
    assert _blends("zulhas", ("zulkifli", "hasan"))
    assert _blends("bamsoet", ("bambang", "soetrisno"))
    assert not _blends("ahmad", ("ahmad", "hermawan"))  # one word is no blend
    assert not _blends("ahr", ("ahmad", "hermawan"))  # "r" is no start of a word
    assert not _blends("ah", ("ahmad", "h"))  # the second word gives one letter only
    assert _blends("rikhan", ("budi", "rika", "hanum"))  # from the second word on
