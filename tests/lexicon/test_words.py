from quotes.lexicon.words import QUOTE_CHARS, cue_for, cues, function_words, is_cue_word, roles_for


def test_the_cue_table_and_the_readings_come_from_one_parse():
    for form, cue in cues().items():
        assert roles_for(form)[0] == cue
    assert cue_for("Ujarnya").pronoun and cue_for("ujarnya").role == "post"


def test_a_cue_word_may_carry_nya():
    assert is_cue_word("mengatakan") and is_cue_word("Menurutnya") and is_cue_word("dijelaskannya")
    assert not is_cue_word("rumah")


def test_word_classes():
    assert {"“", "”", '"'} <= set(QUOTE_CHARS)
    assert {"kata", "bahwa", "ia", "meskipun", "tanpa"} <= function_words()


def test_a_shared_title_is_a_title():
    from quotes.lexicon.words import is_title
    assert is_title("Co-CEO") and is_title("Co-Founder") and is_title("CEO")
    assert not is_title("Co-Budi") and not is_title("Coba")
