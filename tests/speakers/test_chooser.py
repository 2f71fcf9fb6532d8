"""The speaker chooser (quotes/speakers/chooser.py): options, their features, the pick."""
from conftest import rules

from quotes.learn import fit_conditional
from quotes.names.inventory import Entry, Form
from quotes.speakers import chooser as C

TEXT = ("Menteri Perdagangan Sutarjo Wiryawan Hadi meninjau Pasar Induk Kramat Jati, Senin (4/3/2024). Ia "
        "didampingi Kepala Dinas Perdagangan DKI Rina Marlina.\n\n"
        '"Harga beras mulai turun," kata Sutar kepada wartawan.\n\n'
        "Rina menambahkan, stok di gudang cukup sampai akhir bulan.\n\n"
        '"Kami pantau setiap hari," ujarnya.')


def _entry(name, start, kind="person"):
    return Entry(name, kind, (Form(name, start, start + len(name)),))


def _f(option, kind, feature):
    return option.row[C.FEATURES.index(f"{kind}:{feature}")]


def test_feature_names_are_unique_and_the_prior_and_shipped_weights_fit_them():
    assert len(set(C.BASE)) == len(C.BASE) and len(C.FEATURES) == len(C.KINDS) * len(C.BASE)
    assert len(C.PRIOR) == len(C.FEATURES)
    assert C.load("") == C.PRIOR  # no trained weights: the prior
    assert len(C.load()) == len(C.FEATURES) and C.load() != C.PRIOR  # the shipped ones are trained


def test_options_carry_what_each_reading_proposes_and_no_named_speaker_comes_first():
    entries = [_entry("Sutarjo Wiryawan Hadi", 20), _entry("Rina Marlina", 120), _entry("Sutar", 200),
               _entry("Pasar Induk", 60, "place")]
    p = C.Proposals("name", named=("Sutar", "person"), mention=("Sutar", 200, 205))
    opts = C.options(p, [], entries, 190)
    assert opts[0].name is None and _f(opts[0], "name", "no_speaker") == 1.0
    by = {o.name: o for o in opts[1:]}
    assert "Pasar Induk" not in by  # a place is no option
    assert _f(by["Sutar"], "name", "by_named") == 1.0
    # "Sutar" starts a word of a fuller name of the article: that entry is an alias option
    assert _f(by["Sutarjo Wiryawan Hadi"], "name", "alias") == 1.0
    assert _f(by["Sutarjo Wiryawan Hadi"], "name", "alias_fuller") == 1.0
    assert _f(by["Rina Marlina"], "name", "alias") == 0.0
    # the features of one kind of mention are in its own block: nothing in the others
    assert all(v == 0.0 for o in opts for f, v in zip(C.FEATURES, o.row) if not f.startswith("name:"))
    p = C.Proposals("pronoun", subject="Rina Marlina", last=("Sutarjo Wiryawan Hadi", "person"))
    by = {o.name: o for o in C.options(p, [], entries, 300)[1:]}
    assert _f(by["Rina Marlina"], "pronoun", "by_subject") == 1.0
    assert _f(by["Sutarjo Wiryawan Hadi"], "pronoun", "by_last") == 1.0


def test_one_letter_variants_and_prefixes_are_aliases_but_the_same_word_is_not():
    assert C._alias("Sutar", "Sutarjo Hadi") and C._alias("Hermawam", "Budi Hermawan")
    assert C._alias("Deddy", "Dedy Mulyadi")
    assert not C._alias("Hadi", "Sutarjo Hadi")  # a word of the name: the name itself, not an alias
    assert not C._alias("Bu", "Budi Hermawan")  # too short to say anything
    assert not C._alias("Rina", "Sutarjo Hadi")


def test_choose_takes_the_best_scored_option_with_its_softmax_probability():
    opts = [C.Option(None, None, None, "name", (1.0, 0.0)), C.Option("A", "person", None, "name", (0.0, 1.0)),
            C.Option("B", "person", None, "name", (0.0, 0.5))]
    ch = C.choose(opts, (0.0, 2.0))
    assert ch.picked == 1
    import math

    z = [0.0, 2.0, 1.0]
    assert abs(ch.probability - math.exp(2.0) / sum(math.exp(v) for v in z)) < 1e-9
    assert C.choose(opts, (5.0, 1.0)).picked == 0  # "no named speaker" when it scores best


def test_trained_on_decisions_where_the_subject_is_right_the_chooser_learns_to_follow_it():
    k = C.FEATURES.index("pronoun:by_subject")
    last = C.FEATURES.index("pronoun:by_last")

    def row(**on):
        r = [0.0] * len(C.FEATURES)
        for name, v in on.items():
            r[C.FEATURES.index(f"pronoun:{name}")] = v
        return tuple(r)

    data = [([row(no_speaker=1.0), row(by_subject=1.0), row(by_last=1.0)], 1)] * 8 \
        + [([row(no_speaker=1.0), row(by_last=1.0)], 1)] * 8
    w = fit_conditional(data, l2=0.01)
    assert w[k] > w[last] > 0


def test_a_short_name_the_article_writes_in_full_elsewhere_is_the_full_name():
    by = {q.text: q for q in rules(TEXT)}
    assert by["Harga beras mulai turun,"].speaker == "Sutarjo Wiryawan Hadi"
    assert by["Harga beras mulai turun,"].speaker_mention == "Sutar"  # the mention stays as written
    assert by["Kami pantau setiap hari,"].speaker == "Rina Marlina"
    assert by["Kami pantau setiap hari,"].speaker_role == "Kepala Dinas Perdagangan DKI"


def test_options_made_once_per_article_are_those_made_for_each_quote():
    # the options of everyone no reading proposes are kept per inventory (a tuple): the same as
    # those made afresh (a list is never kept), quote after quote
    entries = (_entry("Sutarjo Wiryawan Hadi", 20), _entry("Rina Marlina", 120), _entry("Sutar", 200),
               _entry("Pasar Induk", 60, "place"), _entry("Dinas Perdagangan", 90, "organization"),
               _entry("Rina Marlina dan Sutar", 230), _entry("rina marlina", 260), _entry("warga", 280, "unnamed"))
    asks = [(C.Proposals("name", named=("Sutar", "person"), mention=("Sutar", 200, 205), here=("Rina Marlina",)), 190),
            (C.Proposals("pronoun", subject="Rina Marlina", agent=(118, 125)), 300),
            (C.Proposals("pronoun", plural=True, group=("Dinas Perdagangan", "organization")), 10),
            (C.Proposals("none", last=("Sutarjo Wiryawan Hadi", "person")), 190)]
    kept = [C.options(p, [], entries, pos) for p, pos in asks * 2]
    fresh = [C.options(p, [], list(entries), pos) for p, pos in asks * 2]
    assert kept[4][-1] is kept[0][-1]  # (the same option, made once)
    assert [[(o.name, o.type, o.entry, o.kind, o.row) for o in opts] for opts in kept] == \
           [[(o.name, o.type, o.entry, o.kind, o.row) for o in opts] for opts in fresh]


def test_scores_are_the_sums_of_the_features_set_whatever_the_weights():
    opts = [C.Option(None, None, None, "name", (1.0,) + (0.0,) * (len(C.BASE) - 1)),
            C.Option("A", "person", None, "name", (0.0, 0.5) + (0.0,) * (len(C.BASE) - 2))]
    finite = (0.3, 2.0) + (0.0,) * (len(C.FEATURES) - 2)
    assert C.choose(opts, finite).picked == 1
    # an infinite weight of a feature no option has set adds nothing (no 0 * inf)
    infinite = (0.3, 2.0, float("inf")) + (0.0,) * (len(C.FEATURES) - 3)
    assert C.choose(opts, infinite).picked == 1 and C.choose(opts, infinite).probability == C.choose(opts, finite).probability
