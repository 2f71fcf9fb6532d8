"""The word index answers as the whole-text regexes it replaces, on any text."""
import re
from unittest.mock import patch

from hypothesis import given, settings
from hypothesis import strategies as st

from quotes.text import wordindex
from quotes.text.wordindex import WordIndex, word_index

_BITS = st.sampled_from(["Anas", "anas", "Azwar", "Anas-Anas", "kata", "ujar", " ", "  ", "\t", ",", ".", "\n",
                         "(", ")", "Al-Amin", "dr.", "é", "_", "3", "Anas3"])
_WORDS = st.sampled_from(["Anas", "Azwar", "kata", "Al-Amin", "dr.", "(OJK)", "Anas-Anas", "é"])


@settings(max_examples=300, deadline=None)
@given(st.lists(_BITS, max_size=40), st.lists(_WORDS, min_size=1, max_size=3))
def test_counts_and_occurrences_equal_the_regex(bits, words):
    text = "".join(bits)
    pat = r"(?<!\w)" + r"[ \t]+".join(re.escape(w) for w in words) + r"(?!\w)"
    one = r"(?<!\w)" + re.escape(words[0]) + r"(?!\w)"
    # the first words asked about are found one by one; past FIND_FIRST, from the index of every word
    for first in (wordindex.FIND_FIRST, 0):
        with patch.object(wordindex, "FIND_FIRST", first):
            idx = WordIndex(text)
            assert idx.count(words) == len(re.findall(pat, text))
            assert idx.occurrences(words[0]) == [m.span() for m in re.finditer(one, text)]


@settings(max_examples=300, deadline=None)
@given(st.lists(_BITS, max_size=40), _WORDS)
def test_neighbours_equal_the_regex(bits, word):
    text = "".join(bits)
    pat = r"(\w+)?[ \t]*(?<!\w)" + re.escape(word) + r"(?!\w)[ \t,]*(\w+)?"
    expected = [((m.group(1) or "").lower(), (m.group(2) or "").lower()) for m in re.finditer(pat, text)]
    for first in (wordindex.FIND_FIRST, 0):
        with patch.object(wordindex, "FIND_FIRST", first):
            assert WordIndex(text).neighbours(word) == expected


def test_the_index_is_built_past_the_words_found_one_by_one():
    text = " ".join(f"Nama{k} kata{k}" for k in range(100)) + " Nama7 lagi"
    idx = WordIndex(text)
    for k in range(100):
        assert idx.occurrences(f"Nama{k}") == [m.span() for m in re.finditer(rf"\bNama{k}\b", text)]
    assert idx.count(["Nama7", "lagi"]) == 1 and idx.count(["Nama7"]) == 2
    assert idx._at is not None  # (built once more than FIND_FIRST words were asked about)


def test_one_index_per_text():
    text = "Menurut Anas, harga naik. Anas juga mengatakan stok aman."
    assert word_index(text) is word_index(text)
    assert word_index(text).count(["Anas"]) == 2
    assert word_index(text).neighbours("Anas") == [("menurut", "harga"), ("", "juga")]  # a comma may stand between


_TEXT = st.sampled_from(["Ketua", "Direktur", "Dhika", "Pramudya", "Ketua,", "xDhika", "A.B", " ", "  ", "\t",
                         "\n", ",", "Indef", "(", "AAAAAAAAAA", "tim"])


@settings(max_examples=400, deadline=None)
@given(st.lists(_TEXT, max_size=30), st.sampled_from(["Dhika", "Dhika Pramudya", "Indef"]))
def test_token_matches_equal_finditer(bits, form):
    from quotes.text.wordindex import token_matches

    text = "".join(bits)
    rest = r"(?:[ \t]+[A-Z][\w'’.&-]*){0,4}[ \t]+" + re.escape(form) + r"(?!\w)"
    expected = [(m.span(), m.group(1)) for m in re.finditer(r"(\S+)" + rest, text)]
    assert [(m.span(), m.group(1)) for m in token_matches(rest, text)] == expected
