"""The last name-like run before a position, read from the article's runs found once, answers as
the search of the whole text before the position it replaces."""
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from quotes.lexicon.places import cannot_speak
from quotes.lexicon.words import ORG_PREFIXES, is_title
from quotes.names.index import NameIndex
from quotes.names.name_words import after_regional_role, drop_region
from quotes.names.person_runs import quoted
from quotes.names.who_speaks import THING, speaker_words
from quotes.nlp.analysis import name_glue, rule_based


def _plain(idx, pos, speaking=False, unquoted=False):
    """The search it replaces: every run of the text before `pos`, read again for each question."""
    runs = []
    for m in re.finditer(r"(?<![\w])([A-Z][a-z][\w'’-]*)(?:[ \t]+([A-Z]\.|[A-Z][a-z][\w'’-]*)){1,3}", idx.text[:pos]):
        full, start = m.group(0).split(), m.start()
        cut = name_glue(idx.text, full[-1])
        if cut:
            full[-1] = full[-1][:cut]
        while len(full) > 2 and is_title(full[0]) and not re.fullmatch(r"[A-Z]\.", full[1]):
            start = idx.text.index(full[1], start + len(full[0]))
            full = full[1:]
            while len(full) > 2 and not idx.name_like(full[0], False) and not re.fullmatch(r"[A-Z]\.", full[1]):
                start = idx.text.index(full[1], start + len(full[0]))
                full = full[1:]
        words = [w for w in full if not re.fullmatch(r"[A-Z]\.", w)]
        ok = [w for w in words if idx.name_like(w, False)]
        only_names = [w for w in ok if w.lower() not in idx.lower_vocab]
        before = idx.text[max(0, start - 12):start].split()
        if before and before[-1].lower() in ORG_PREFIXES:
            continue
        if len(only_names) >= 2 and len(ok) == len(words) \
                and not (speaking and (speaker_words(" ".join(words)) < THING or cannot_speak(" ".join(words)))) \
                and not (unquoted and quoted(idx.text, start)):
            runs.append((start, full))
    if unquoted:
        firsts = {f.split()[0] for f in idx.forms if len(f.split()) >= 2}
        runs = [r for r in runs if r[1][0] in firsts] or runs
    if not runs:
        return None
    last = runs[-1][0]
    cut = max(idx.text.rfind(". ", 0, last), idx.text.rfind("\n", 0, last))
    start, words = next(r for r in runs if r[0] > cut)
    return " ".join(drop_region(words, after_regional_role(idx.text, start)))


def _index(text, forms=()):
    idx = NameIndex.build(rule_based(text))
    for f in forms:
        idx.add(f)
    return idx


_BITS = st.sampled_from(["Menteri", "Keuangan", "Sri", "Wulandari", "Budi", "Santoso", "Yohanes", "P.", "Wiratmoko",
                         "PT", "Sinar", "Laut", "Kota", "Bandung", "Dedi", "Santosomenegaskan", "putra", "ia",
                         "kata", "Ia", " ", " ", " ", "\t", "\n", ". ", ", ", '"', "“", "”", "di", "Hotel", "Mason"])


@settings(max_examples=150, deadline=None)
@given(st.lists(_BITS, min_size=1, max_size=40))
def test_every_position_answers_as_the_search_of_the_text_before_it(bits):
    text = "".join(bits)
    idx = _index(text, ["Budi Santoso", "Yohanes P. Wiratmoko"])
    for pos in range(len(text) + 1):  # (positions inside a run too: the text before reads it cut)
        for speaking in (False, True):
            for unquoted in (False, True):
                assert idx.last_person_before(pos, speaking, unquoted) == _plain(idx, pos, speaking, unquoted)


def test_a_pronoun_refers_to_the_first_person_of_the_sentence_that_names_the_last():
    text = ("Rapat dibuka pagi hari. Menteri Keuangan Sri Wulandari, didampingi staf ahli Budi Santoso, "
            "meninjau pasar. Ia menyebut harga stabil.")
    idx = _index(text)
    pos = text.index("Ia menyebut")
    assert idx.last_person_before(pos) == "Sri Wulandari" == _plain(idx, pos)
    # a position inside a name reads the name as cut there, as the text before it does
    cut = text.index("Santoso") + 3
    assert idx.last_person_before(cut) == _plain(idx, cut)
    assert idx.last_person_before(text.index("Rapat")) is None
