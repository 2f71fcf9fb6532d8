"""`quotes models evaluate` machinery, on a slice of the held-out GSD test file."""
import pytest

from conftest import SHARED, needs_models
from quotes.nlp.model_eval import _spans, clean_conllu, raw_text

GSD_TEST = SHARED / "data" / "ud" / "id_gsd-ud-test.conllu"


def test_cleaning_reconciles_lemmas_and_drops_xpos():
    line = "5\tnya\tnya\tPRON\tPS3\t_\t4\tnmod:poss\t_\tMorf=^dia<p>_PS3$|SpaceAfter=No"
    out = clean_conllu(line + "\n")
    assert out.split("\t")[2] == "dia" and out.split("\t")[4] == "_" and "Morf" not in out


def test_raw_text_joins_sentences():
    c = "# newdoc id = a\n# text = Satu.\n1\tSatu\n\n# text = Dua.\n1\tDua\n\n# newdoc id = b\n# text = Tiga.\n"
    assert raw_text(c) == "Satu. Dua.\n\nTiga."


def test_entity_spans_from_bio_and_bioes():
    assert _spans(["B-PERSON", "I-PERSON", "O", "S-PLACE"]) == {(0, 2, "PERSON"), (3, 4, "PLACE")}
    assert _spans(["B-PPL", "I-PPL", "B-EVT"], {"PPL": "PERSON"}) == {(0, 2, "PERSON")}


@needs_models
def test_ud_scores_on_a_slice_of_the_test_file(tmp_path):
    if not GSD_TEST.exists():
        pytest.skip("../shared/data is not present")
    from quotes.nlp.model_eval import evaluate_ud

    blocks = GSD_TEST.read_text(encoding="utf-8").split("\n\n")[:15]
    part = tmp_path / "slice.conllu"
    part.write_text("\n\n".join(blocks) + "\n\n", encoding="utf-8")
    scores = evaluate_ud(part)
    assert scores["Tokens"] > 95 and 50 < scores["UPOS"] <= 100 and 0 < scores["LAS"] <= 100


@needs_models
def test_ner_scores_per_type_on_written_sentences(tmp_path):
    from quotes.nlp.model_eval import evaluate_ner

    bio = tmp_path / "test.txt"
    rows = [("Gubernur", "O"), ("Jawa", "B-PLACE"), ("Tengah", "I-PLACE"), ("Ganjar", "B-PERSON"),
            ("Pranowo", "I-PERSON"), ("meninjau", "O"), ("kantor", "O"), ("Kementerian", "B-ORGANISATION"),
            ("Keuangan", "I-ORGANISATION"), ("di", "O"), ("Jakarta", "B-PLACE"), (".", "O")]
    bio.write_text("\n".join(f"{w}\t{t}" for w, t in rows) + "\n\n", encoding="utf-8")
    scores = evaluate_ner(bio)
    # every gold type is scored, and the overall figure is there too
    assert {"PERSON", "PLACE", "ORGANISATION", "ALL"} <= set(scores)
    assert all(0 <= v <= 100 for v in scores.values())
    assert scores["PERSON"] == 100.0
