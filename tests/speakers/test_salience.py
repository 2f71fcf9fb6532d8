"""Salience: who "-nya", "ia" and cue-less quotes stand for (quotes/speakers/salience.py)."""
import importlib.util

from conftest import ROOT, rules

from quotes.names import persons
from quotes.speakers import salience as S
from quotes.nlp.analysis import rule_based
from quotes.attribution import extract_quotes
from quotes.names.index import NameIndex


def by_text(quotes):
    return {q.text: q for q in quotes}


def mention(an, text):
    return next(m for m in persons.person_mentions(an) if m.text == text)


def test_subject_of_menilai_then_katanya_and_a_place_between_does_not_win():
    t = ("Pengamat transportasi Rudi Hartanto menilai, tarif ojek daring perlu dikaji ulang. Kenaikan itu "
         "paling terasa di Kabupaten Bogor dan Kota Depok.\n\n"
         '"Pemerintah harus mendengar pengemudi," katanya.')
    an = rule_based(t)
    pos = t.index('"Pemerintah')
    ref = S.choose_referent(an, pos, [], NameIndex.build(an).canonical)
    assert ref is not None and ref.name == "Rudi Hartanto" and ref.type == "person"
    names = {c.name for c in S.candidates(an, pos, [], NameIndex.build(an).canonical, persons.person_mentions(an))}
    assert "Kabupaten Bogor" not in names and "Depok" not in names and "Kota Depok" not in names
    q = by_text(rules(t))["Pemerintah harus mendengar pengemudi,"]
    assert (q.speaker_mention, q.speaker) == ("-nya", "Rudi Hartanto")


def test_a_date_read_as_the_subject_is_no_speaker():
    # "Senin (3/2/2025)" stands where the subject of "menyampaikan" would; a date cannot speak
    # (the mention reader types it as naming nobody, and the ranker knows it too), so "-nya" is
    # the official introduced with her title, with and without the ranker
    t = ("Kepala Dinas Kesehatan Kota Bogor Sri Nuraini, Senin (3/2/2025), menyampaikan, vaksinasi akan "
         "diperluas ke seluruh kecamatan di Kabupaten Bogor.\n\n"
         '"Stok vaksin cukup untuk tiga bulan," ujarnya.')
    an = rule_based(t)
    assert extract_quotes(an, choose=None)[-1].speaker == "Sri Nuraini"
    q = by_text(extract_quotes(an))["Stok vaksin cukup untuk tiga bulan,"]
    assert (q.speaker_mention, q.speaker, q.speaker_type) == ("-nya", "Sri Nuraini", "person")


def test_the_last_speaker_keeps_the_floor_against_a_person_named_as_an_object():
    t = ('"Anggaran sudah kami siapkan," kata Bupati Sleman Hendra Wijaya.\n\n'
         "Kepala Dinas Pendidikan Sleman Sari Handayani menjelaskan, sekolah akan dibuka bertahap. "
         "Rencana itu sudah dilaporkan kepada Hendra.\n\n"
         '"Kami mulai dari kelas satu," ujarnya.')
    an = rule_based(t)
    assert mention(an, "Hendra").oblique
    sari = mention(an, "Sari Handayani")
    assert sari.subject and sari.says and sari.titled
    q = by_text(rules(t))["Kami mulai dari kelas satu,"]
    assert q.speaker == "Sari Handayani"


def test_history_speakers_are_candidates_and_an_organisation_only_as_the_rules_pick():
    t = 'Rapat digelar di Balai Kota. "Kami siap," kata Ketua Panitia Wulan Sari. Panitia lalu bubar. "Selesai," ujarnya.'
    an = rule_based(t)
    pos = t.index('"Selesai')
    hist = [S.Said("Wulan Sari", "person", t.index('"Kami'), t.index(" kata"), "direct", t.index("Wulan")),
            S.Said("Panitia Pusat", "organization", 0, 5, "direct")]
    canon = NameIndex.build(an).canonical
    cands = {c.name: c for c in S.candidates(an, pos, hist, canon, persons.person_mentions(an))}
    assert "Panitia Pusat" not in cands
    wulan = dict(zip(S.FEATURES, cands["Wulan Sari"].features))
    # "-nya" stands for a person: the organisation quoted after her does not take the floor from her
    assert wulan["last_speaker"] == 1.0 and wulan["speaker_count"] > 0 and wulan["titled"] == 1.0
    with_prior = {c.name: c for c in S.candidates(an, pos, hist, canon, persons.person_mentions(an), prior="Panitia Pusat")}
    assert dict(zip(S.FEATURES, with_prior["Panitia Pusat"].features))["organisation"] == 1.0


def test_no_candidates_or_no_model_leaves_the_rules_in_charge():
    an = rule_based('"Semua aman," ujarnya.')
    assert S.choose_referent(an, 0, [], lambda s: s) is None
    an = rule_based('Budi Santoso datang. "Semua aman," ujarnya.')
    assert S.choose_referent(an, 20, [], lambda s: s, weights=None) is not None  # shipped weights
    assert len(S.load_weights()) == len(S.FEATURES)


def test_scores_are_a_softmax_of_the_linear_model():
    cands = [S.Candidate("A", "person", (1.0, 0.0), 0, 1), S.Candidate("B", "person", (0.0, 1.0), 0, 1)]
    p = S.scores(cands, (2.0, 0.0))
    assert abs(sum(p) - 1) < 1e-9 and p[0] > 0.85


def test_training_fit_learns_the_feature_that_picks_the_right_candidate():
    spec = importlib.util.spec_from_file_location("train_salience", ROOT / "scripts" / "train_salience.py")
    train = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(train)
    # the right candidate always has feature 0; feature 1 is noise
    examples = [([[1.0, k % 2], [0.0, 1 - k % 2], [0.0, 0.5]], 0) for k in range(20)]
    w = train.fit(examples, l2=0.1)
    assert w[0] > 1.0 and abs(w[1]) < 0.5


def test_a_pronoun_is_read_against_the_passage_before_it_not_the_whole_article():
    # the window keeps long articles linear; a person last named further back than it is no
    # candidate, one named within it is
    filler = "Hujan turun sepanjang hari di kota itu. " * (S.WINDOW // 40 + 10)
    t = f'Budi Santoso datang pagi itu. {filler}Rina Marlina tiba kemudian. "Semua aman," ujarnya.'
    an = rule_based(t)
    canon = NameIndex.build(an).canonical
    names = {c.name for c in S.candidates(an, t.index('"Semua'), [], canon, persons.person_mentions(an))}
    assert names == {"Rina Marlina"}
    short = t.replace(filler, "")
    an = rule_based(short)
    names = {c.name for c in S.candidates(an, short.index('"Semua'), [], NameIndex.build(an).canonical,
                                          persons.person_mentions(an))}
    assert names == {"Budi Santoso", "Rina Marlina"}


def test_model_analyses_have_their_own_weights_where_the_entity_types_count():
    rules_w, neural_w = S.load_weights(False), S.load_weights(True)
    assert len(neural_w) == len(rules_w) == len(S.FEATURES) and neural_w != rules_w
    person = S.FEATURES.index("ner_person")
    assert rules_w[person] == 0.0 and neural_w[person] > 0  # the rules analysis has no entity tags
    # choose_referent reads the analysis' kind: the same candidates, the other weights
    import attrs

    t = 'Budi Santoso datang. Rina Marlina menyusul. "Semua aman," ujarnya.'
    an = rule_based(t)
    pos = t.index('"Semua')
    canon = NameIndex.build(an).canonical
    for neural, w in ((False, rules_w), (True, neural_w)):
        a = attrs.evolve(an, neural=neural)
        ref = S.choose_referent(a, pos, [], canon)
        cands = S.candidates(a, pos, [], canon, persons.person_mentions(a))
        assert ref.probability == max(S.scores(cands, w))


def _train_module():
    spec = importlib.util.spec_from_file_location("train_salience", ROOT / "scripts" / "train_salience.py")
    train = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(train)
    return train


def test_a_name_hidden_after_the_verb_becomes_a_pronoun_example_labelled_with_it():
    train = _train_module()
    t = ('Wali Kota Sukamaju Rina Marlina meninjau pasar pada Senin. Ia ditemani Kepala Dinas '
         'Perdagangan Budi Santoso. "Harga cabai sudah turun," kata Rina. Budi Santoso menambahkan '
         'stok beras cukup. "Pasokan dari petani lancar," ujar Budi. "Kami terus memantau harga," '
         'ujar Rina.')
    examples, stats = train.masked_examples("made-up", t)
    assert stats["eligible"] >= 2 and examples
    for e in examples:
        assert e["gold"] in ("Rina Marlina", "Budi Santoso")
        assert e["names"][e["y"]] == e["gold"]  # the label is the hidden name's person
        assert len(e["rows"]) == len(e["names"]) >= 2


def test_fit_weighs_examples():
    train = _train_module()
    # two kinds of examples disagree; the weighted kind wins
    a = [([[1.0, 0.0], [0.0, 1.0]], 0, 5.0)] * 10
    b = [([[1.0, 0.0], [0.0, 1.0]], 1, 1.0)] * 10
    w = train.fit(a + b, l2=0.1)
    assert w[0] > w[1]
    w = train.fit([(r, y, 1.0) for r, y, _ in a] + [(r, y, 5.0) for r, y, _ in b], l2=0.1)
    assert w[1] > w[0]


def test_raw_news_gets_its_paragraph_breaks_back_around_quotations():
    train = _train_module()
    flat = ('Harga cabai naik sejak pekan lalu. "Kami kewalahan," kata Rina. Pedagang lain mengeluh. '
            '"Pembeli berkurang," ujar Budi Santoso, Senin (3/3/2025). Pasar tetap ramai.')
    assert train.paragraphs_back(flat).split("\n\n") == [
        "Harga cabai naik sejak pekan lalu.", '"Kami kewalahan," kata Rina.', "Pedagang lain mengeluh.",
        '"Pembeli berkurang," ujar Budi Santoso, Senin (3/3/2025).', "Pasar tetap ramai."]
