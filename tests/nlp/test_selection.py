from quotes.nlp.analysis import rule_based
from quotes.nlp.selection import analyze_hybrid, needs_tags, relevant_paragraph


def test_hybrid_analysis_tags_rule_tokens_where_quotes_can_be(pipeline):
    from quotes.run.engine import prepare

    text = prepare('Banjir merendam Ciledug sejak Minggu malam.\n\n'
                   '"Air naik cepat sekali," kata Ahmad Fauzi, warga Sudimara.\n\n'
                   'Lurah Sudimara Rudi Hartono mengatakan warga sudah mengungsi ke masjid.\n\n'
                   'Petugas BPBD membagikan makanan.')
    (an,) = analyze_hybrid([text], pipeline)
    rules = rule_based(text)
    assert [(t.text, t.start, t.end, t.sent) for t in an.tokens] == [(t.text, t.start, t.end, t.sent) for t in rules.tokens]
    assert [(s.start, s.end, s.first, s.last) for s in an.sentences] == \
        [(s.start, s.end, s.first, s.last) for s in rules.sentences]
    assert an.neural
    # the entity model read the sentences with a mark or a cue, and only those
    assert any(t.ner == "PERSON" for t in an.tokens if t.text in ("Ahmad", "Fauzi"))
    assert any(t.ner == "PERSON" for t in an.tokens if t.text in ("Rudi", "Hartono"))
    assert not any(t.ner for t in an.tokens if t.text in ("Banjir", "Ciledug", "Petugas", "BPBD"))
    # the tagger only where its verbs decide something: a verb of saying followed by its content
    tagged = {t.text for t in an.tokens if t.upos is not None}
    assert {"mengatakan", "warga", "mengungsi"} <= tagged
    assert not {"kata", "Ahmad", "Banjir", "Petugas"} & tagged


def test_needs_tags_only_for_a_verb_of_saying_without_comma_or_bahwa():
    def needs(s):
        return needs_tags(rule_based(s).tokens)

    assert needs("Rudi mengatakan warga sudah mengungsi.")
    assert needs("Messi mengungkapkan pandangannya tentang masa depan.")
    assert not needs("Rudi mengatakan, warga sudah mengungsi.")
    assert not needs("Rudi mengatakan bahwa warga sudah mengungsi.")
    assert not needs('"Air naik cepat sekali," kata Ahmad Fauzi.')


def test_a_paragraph_is_read_by_the_models_only_with_a_mark_or_a_cue_word():
    assert relevant_paragraph('Warga menunggu. "Kapan selesai?"')
    assert relevant_paragraph("Menurutnya, proyek itu terlambat.")
    assert not relevant_paragraph("Banjir merendam tiga desa sejak Minggu malam.")
