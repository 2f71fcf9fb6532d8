"""The word tests of names: where a run of capitalised words stops being a place and starts being a name."""
from conftest import random_texts

from quotes.names.name_words import drop_region


def test_a_place_word_never_starts_a_persons_name():
    assert drop_region("Desa Sukarame Dedi Kurnia".split(), False) == ["Dedi", "Kurnia"]
    assert drop_region("Pasar Tradisional Ahmad Sanusi".split(), False) == ["Ahmad", "Sanusi"]
    assert drop_region("Desa Dedi Kurnia".split(), False) == ["Dedi", "Kurnia"]


def test_a_name_and_a_short_place_stay_as_they_are():
    assert drop_region("Dedi Kurnia".split(), False) == ["Dedi", "Kurnia"]
    assert drop_region("Pantai Lojiwangi".split(), False) == ["Pantai", "Lojiwangi"]  # a place, read elsewhere


def test_a_gazetteer_region_and_the_word_after_a_regional_role_go():
    assert drop_region("Sukabumi Darman Hakimi".split(), False) == ["Darman", "Hakimi"]
    assert drop_region("Bandar Danu Pratama".split(), True) == ["Danu", "Pratama"]


def test_a_word_after_an_initials_dot_does_not_open_a_sentence():
    from quotes.names.name_words import sentence_initial

    text = "ujar Rudi P. Wibowo. Harga naik."
    assert not sentence_initial(text, text.index("Wibowo"))
    assert sentence_initial(text, text.index("Harga"))


def test_a_name_respelt_a_letter_off_or_in_the_old_spelling():
    from quotes.names.name_words import respelt
    assert respelt("Tasrul", "Thasrul") and respelt("Kasmudi", "Kasmudhi")
    assert respelt("Poetro", "Putro") and respelt("Tjahjo", "Cahyo") and respelt("Djoko", "Joko")
    assert not respelt("Hasan", "Hasna") and not respelt("Budi", "Budi") and not respelt("Rudi", "Andi")


def test_the_capital_before_a_position_is_what_the_cut_out_window_reads():
    # capital_before replaces _WORD_BEFORE.search(text[pos - 40:pos]): the same word, start and
    # match start at every position of made-up texts, the window's edge cutting words too
    import random

    from quotes.names.name_words import _WORD_BEFORE, capital_before

    pieces = ["Budi", "Santoso", "P.", "al-Malki", "Jean-Pierre", "O’Neil", "kata", "RI", "DPR", ",", ".", "(",
              "\"", "“", "dr.", "Ketua", "A", "x" * 45, "Kab.Bogor", "Ujang_Dedi"]
    rng = random.Random(7)
    for _ in range(400):
        text = ""
        for _ in range(rng.randint(1, 12)):
            text += rng.choice(pieces) + rng.choice([" ", "  ", "\t", "\n", " \n", "", " \n "])
        for pos in range(len(text) + 1):
            lo = max(0, pos - 40)
            mm = _WORD_BEFORE.search(text[lo:pos])
            want = (mm.group(1), lo + mm.start(1), pos - len(mm.group(0))) if mm else None
            assert capital_before(text, pos) == want, (text, pos)
    assert capital_before("kata Ketua DPR  Budi", 16) == ("DPR", 11, 11)


def test_a_short_form_in_brackets_with_a_space_inside_is_found():
    from quotes.names.name_words import bracket_at
    text = "KOMPAS.com - Kementerian Kelautan ( Kemenlaut) sepakat. Kemenlaut Budi hadir (KKP)."
    assert bracket_at(text, "Kemenlaut") == text.index("( Kemenlaut)")
    assert bracket_at(text, "KKP") == text.index("(KKP)")
    assert bracket_at(text, "Budi") == -1


def test_the_inventory_reads_a_short_form_defined_with_a_space_in_its_brackets():
    from quotes.api import people
    text = ("KOMPAS.com - Kementerian Pertanian ( Kementan) sepakat dengan tiga investor. "
            '"Kami dukung," ujar Direktur Jenderal Hortikultura Kementan Sugeng, Senin (21/1/2019). '
            "Kementan berharap petani untung.")
    orgs = {e.name: [f.text for f in e.forms] for e in people(text) if e.type == "organization"}
    assert orgs["Kementerian Pertanian"].count("Kementan") >= 2
    assert "Sugeng" in {e.name for e in people(text) if e.type == "person"}


def test_a_party_acronym_with_its_letter_after_a_hyphen_is_an_acronym():
    from quotes.names.name_words import ACRONYM
    assert ACRONYM.match("PDI-P") and ACRONYM.match("OJK")
    assert not ACRONYM.match("PDI-Perjuangan") and not ACRONYM.match("Budi")


def test_a_muslim_first_name_opening_the_lead_keeps_its_place_in_the_name():
    import quotes
    from quotes.names.name_words import name_word

    # written once, at the start of the sentence, and never again inside the article
    for text, name in [
        ('Muhammad Rizal Pratama mengatakan jalan itu rusak. "Sudah lama begini," kata Rizal.', "Muhammad Rizal Pratama"),
        ('Siti Rahmawati Lubis, pedagang sayur, mengeluhkan harga cabai. "Pembeli sepi," ujar Rahmawati.',
         "Siti Rahmawati Lubis"),
        ('Teuku Rizki Hasan menyebut bantuan sudah tiba. "Sudah dibagikan," kata Rizki.', "Teuku Rizki Hasan"),
    ]:
        assert {r.speaker for r in quotes.extract(text, analyzer="rules")} == {name}
    # other first-name prefixes are also words that open sentences: no evidence there
    assert not name_word("Anak", frozenset(), True, frozenset({"Budi"}))
    assert not name_word("Made", frozenset(), True, frozenset({"Budi"}))
    assert name_word("Muhammad", frozenset(), True, frozenset({"Budi"}))
    assert not name_word("Muhammad", frozenset({"muhammad"}), True, frozenset({"Budi"}))  # written in lower case too


def test_after_regional_role_reads_the_word_before_as_its_regex_did():
    import re

    from quotes.lexicon.words import regional_roles
    from quotes.names.name_words import after_regional_role

    regex = re.compile(r"(\w+)[ \t]+$")  # the search it replaces, over the 30 characters before

    def searched(text: str, pos: int) -> bool:
        m = regex.search(text[max(0, pos - 30):pos])
        return bool(m) and m.group(1).lower() in regional_roles()

    text = "Menurut Bupati Garut Rudi Hartawan, dan Wali Kota \nBandar Danu Pratama, jalan_baru 2 \tditutup."
    assert after_regional_role(text, text.index("Garut")) and after_regional_role(text, text.index("Danu") - 7)
    pieces = ["a", "B", " ", "\t", "\n", ".", "_", "é", "1", "-", "²", "Bupati", " Gubernur ", "Kota", "\xa0"]
    for t in [text] + random_texts(pieces, 7, 3000):
        for pos in range(len(t) + 1):
            assert after_regional_role(t, pos) == searched(t, pos), (t, pos)


def test_a_bracket_with_a_space_inside_is_found_on_either_side():
    from quotes.names.name_words import bracket_at

    text = "Dinas Perikanan (Diskan ) dan Badan Gizi ( BGN ) serta Kementerian Laut (KL) hadir."
    assert bracket_at(text, "Diskan") == text.index("(Diskan )")
    assert bracket_at(text, "BGN") == text.index("( BGN )")
    assert bracket_at(text, "KL") == text.index("(KL)")
    assert bracket_at(text, "KL", text.index("(KL)") + 1) == -1
    plain = "Badan Gizi (BGN) hadir; Dinas Perikanan Diskan tidak."
    assert bracket_at(plain, "Diskan") == -1 and bracket_at(plain, "BGN") == plain.index("(BGN)")


def test_a_bracket_is_found_where_the_texts_search_finds_it():
    import random
    import re

    from quotes.names.name_words import bracket_at

    def searched(text: str, short: str, start: int) -> int:
        i = text.find("(" + short + ")", start)
        if i >= 0 or ("( " + short not in text and short + " )" not in text):
            return i
        m = re.compile(r"\( ?" + re.escape(short) + r" ?\)").search(text, start)
        return m.start() if m else -1

    rng = random.Random(11)
    pieces = ["(", ")", "A", "AB", " ", "x", "((", "))", "( ", " )", "B"]
    for _ in range(5000):
        t = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        short = rng.choice(["A", "AB", "B", "", "A)", "(A", "x", "A B", " "])
        start = rng.randint(0, len(t) + 1)
        assert bracket_at(t, short, start) == searched(t, short, start), (t, short, start)


def test_the_word_before_pattern_finds_what_the_greedy_one_found():
    import re

    from quotes.names.name_words import _WORD_BEFORE

    greedy = re.compile(r"(?<![\w.])([A-Z][\w'’-]*|[A-Z]\.)[ \t]+$")
    pieces = ["A", "Ab", "b", " ", "\t", "-", "’", "'", ".", "A.", "_", "1", "\n", "Budi "]
    for t in random_texts(pieces, 6, 5000, most=12):
        a, b = _WORD_BEFORE.search(t), greedy.search(t)
        assert (a and (a.span(), a.group(1))) == (b and (b.span(), b.group(1))), t
