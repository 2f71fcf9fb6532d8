"""The date patterns tried only at scan.anchors find what their finditer over the whole text finds."""
import sys

from hypothesis import given, settings
from hypothesis import strategies as st

from quotes.dating import dates, scan


def _key(found):
    return [(basis, m.span(), m.groups(), m.groupdict()) for basis, m in found]


def _plain(text):
    return [(basis, m) for basis, rx, _ in dates._PATTERNS for m in rx.finditer(text)]


def _fast(text):
    dates._matches.cache_clear()
    return list(dates._matches(text))


# made-up pieces of Indonesian news: weekdays in every case and spelling, relative words, days with
# months, numbers with slashes and dashes, brackets after runs of spaces and commas, Unicode that
# folds to ASCII under re.I ("ſ", the Kelvin sign) and digits that are not ASCII ("٣")
_BITS = st.sampled_from([
    "Senin", "SELASA", "rabu", "Kamis", "Jumat", "Jum'at", "Jum’at", "jum", "Sabtu", "Minggu", "Ahad", "ſenin",
    "\u212aamis", "kemarin", "Kemarin lusa", "tahun kemarin", "pekan kemarin", "hari ini", "pagi ini", "malam ini",
    "semalam", "tadi pagi", "tadi", "pekan lalu", "minggu lalu", "lalu", "pagi", "malam", "dini hari", "sore",
    "9", "21", "08", "123", "2023", "٣", "/", "-", "(", ")", "( ", " )", ",", ", ", "  ", " ", "\t", "\n", ".",
    "November", "Nov.", "des", "desa", "Mei", "Sept", "Agustus", "2022-11-08", "21/8/2023", "08/11", "(21/1)",
    "9 November 2022", "kata dia", "di Jakarta", "ujar", "x", "_", "perabu", "Kamisnya", "2023)", "Rp", "“", "”",
])


@settings(max_examples=600, deadline=None)
@given(st.lists(_BITS, max_size=40))
def test_the_anchored_scan_finds_what_finditer_finds(bits):
    text = "".join(bits)
    assert _key(_fast(text)) == _key(_plain(text))


@settings(max_examples=300, deadline=None)
@given(st.lists(_BITS, max_size=12), st.text(alphabet=" ,\t\n(0123456789/-SsKkRrJj", max_size=30))
def test_the_anchored_scan_holds_on_loose_characters(bits, noise):
    text = noise.join(bits) + noise
    assert _key(_fast(text)) == _key(_plain(text))


def test_a_made_up_article_gives_the_same_matches():
    text = ("JAKARTA - Menteri itu meninjau pasar, Senin (21/8/2023). \"Harga beras turun,\" kata dia.\n"
            "Rabu, 9 November 2022 lalu ia juga datang. Pekan lalu, tadi pagi dan kemarin pun begitu.\n"
            "Rapat digelar pada 2022-11-08, lalu 08-11-2022 , ( 11/11 ) dan Jumat malam (3/3)\n"
            "Sabtu 11/11 ia pulang; Kamis lalu ia pergi. Tahun kemarin ramai, kata warga, Selasa.\n"
            "Senin, (21/1")
    found = _fast(text)
    assert _key(found) == _key(_plain(text))
    assert {basis for basis, _ in found} == {"dateline", "explicit", "relative", "weekday"}


def test_no_pattern_matches_the_empty_string():
    # scan.finditer moves on from a match's end, which holds only for matches that take a character
    assert all(rx.match("") is None and rx.match(" ") is None for _, rx, _ in dates._PATTERNS)


def test_a_bracket_anchors_the_run_of_spaces_and_commas_before_it():
    assert scan.anchors("a ,  (1/2) b(")["paren"] == [1, 2, 3, 4, 5, 12]


def test_the_space_class_is_str_isspace():
    # anchors backs up over the run before a bracket with str.isspace, standing for `\s`
    import re
    space = re.compile(r"\s")
    assert all((space.match(chr(i)) is not None) == chr(i).isspace() for i in range(min(sys.maxunicode, 0x3100)))


def test_the_first_characters_fold_as_the_words_do():
    # scan._ANCHOR's lookahead lets a word start through when, folded as re.I folds, it can begin
    # a digit run or a key word ("ſenin")
    import re
    first = re.compile(r"[\dsrkjmahpt]", re.I)
    words = re.compile(r"\d|s|r|k|j|m|a|h|p|t", re.I)
    assert all((first.match(chr(i)) is None) == (words.match(chr(i)) is None) for i in range(0x10000))
