from stanza.utils.conll import CoNLL

from quotes.nlp.analysis import from_stanza, rule_based
from quotes.attribution import extract_quotes

CONLLU = """# text = "Kami siap," ujarnya.
1\t"\t"\tPUNCT\t_\t_\t4\tpunct\t_\tstart_char=0|end_char=1|SpaceAfter=No|ner=O
2\tKami\tkami\tPRON\t_\t_\t3\tnsubj\t_\tstart_char=1|end_char=5|ner=O
3\tsiap\tsiap\tADJ\t_\t_\t6\tccomp\t_\tstart_char=6|end_char=10|SpaceAfter=No|ner=O
4\t,\t,\tPUNCT\t_\t_\t3\tpunct\t_\tstart_char=10|end_char=11|SpaceAfter=No|ner=O
5\t"\t"\tPUNCT\t_\t_\t3\tpunct\t_\tstart_char=11|end_char=12|ner=O
6-7\tujarnya\t_\t_\t_\t_\t_\t_\t_\tstart_char=13|end_char=20|SpaceAfter=No|ner=O
6\tujar\tujar\tVERB\t_\t_\t0\troot\t_\t_
7\tnya\tdia\tPRON\t_\t_\t6\tnsubj\t_\t_
8\t.\t.\tPUNCT\t_\t_\t6\tpunct\t_\tstart_char=20|end_char=21|ner=O

"""
TEXT = '"Kami siap," ujarnya.'


def doc():
    d = CoNLL.conll2doc(input_str=CONLLU)
    d.text = TEXT
    return d


def test_stanza_document_becomes_surface_tokens():
    an = from_stanza(doc(), TEXT)
    assert [t.text for t in an.tokens] == ['"', "Kami", "siap", ",", '"', "ujarnya", "."]
    ujar = an.tokens[5]
    assert (ujar.lemma, ujar.upos, ujar.nya) == ("ujar", "VERB", True)
    assert an.tokens[2].head == 5  # "siap" hangs on the token "ujarnya"
    assert an.neural


def test_extraction_from_a_stanza_document():
    (q,) = extract_quotes(from_stanza(doc(), TEXT), doc_id="d")
    assert (q.text, q.cue, q.speaker_mention) == ("Kami siap,", "ujarnya", "-nya")


def test_rule_based_sentences_keep_closing_marks():
    an = rule_based('"Kami siap." Anas pergi. Dr. Budi datang.')
    assert [TEXT_ for TEXT_ in (an.text[s.start:s.end] for s in an.sentences)] == [
        '"Kami siap."', "Anas pergi.", "Dr. Budi datang."]


def test_words_glued_by_a_scraper_are_two_tokens_brands_stay_whole():
    from quotes.nlp.analysis import rule_based

    t = "MenurutClaim, lonjakan terasa. Ia berkata kepadaBerliner Zeitung. YouTube dan iPhone laku."
    an = rule_based(t)
    words = [tok.text for tok in an.tokens]
    assert words[:2] == ["Menurut", "Claim"] and "kepada" in words and "Berliner" in words
    assert "YouTube" in words and "iPhone" in words
    assert all(t[tok.start:tok.end] == tok.text for tok in an.tokens)  # offsets still slice the text
