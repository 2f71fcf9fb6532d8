"""Score the Stanza models end to end on held-out data (`quotes models evaluate`).

UD: the raw text of a CoNLL-U test file goes through the whole pipeline; the CoNLL 2018 scorer
(udtools, a Stanza dependency) compares the result with the gold file, after the same cleaning
the training data had (XPOS dropped, lemma conventions reconciled). NER: the gold tokens go
through the NER model; entity spans are compared exactly, per type.
"""
from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Optional

SHARED = Path(__file__).resolve().parents[3] / "shared"


def clean_token_line(line: str) -> str:
    cols = line.split("\t")
    if len(cols) != 10:
        return line
    cols[4] = "_"
    form, upos = cols[1], cols[3]
    # GSD lower-cases every lemma (proper nouns too); CSUI and PUD keep the case of the form.
    # One convention for all: lower case, which is what lemma lookups want anyway.
    cols[2] = cols[2].lower()
    if form.lower() == "nya" and upos == "PRON":
        cols[2] = "dia"
    elif form.lower() == "menurut":
        cols[2] = "menurut"
    misc = [m for m in cols[9].split("|") if m and not m.startswith("Morf=")]
    cols[9] = "|".join(misc) if misc else "_"
    return "\t".join(cols)


def clean_conllu(text: str) -> str:
    out = []
    for line in text.splitlines():
        if line and not line.startswith("#"):
            line = clean_token_line(line)
        out.append(line)
    return "\n".join(out).rstrip("\n") + "\n\n"


def raw_text(conllu: str) -> str:
    """The running text of a CoNLL-U file: sentences joined by a space, documents by a blank line."""
    docs: list[list[str]] = [[]]
    for line in conllu.splitlines():
        if line.startswith("# newdoc") and docs[-1]:
            docs.append([])
        elif line.startswith("# text = "):
            docs[-1].append(line[len("# text = "):])
    return "\n\n".join(" ".join(d) for d in docs if d)


def evaluate_ud(test_file: Path, model_dir: Optional[str] = None) -> dict:
    from stanza.utils.conll import CoNLL
    from udtools.udeval import evaluate, load_conllu_file

    from .loading import build_pipeline

    gold = clean_conllu(Path(test_file).read_text(encoding="utf-8"))
    nlp = build_pipeline(model_dir, processors=("tokenize", "mwt", "pos", "lemma", "depparse"))
    doc = nlp(raw_text(gold))
    with tempfile.TemporaryDirectory() as tmp:
        g, s = Path(tmp) / "gold.conllu", Path(tmp) / "sys.conllu"
        g.write_text(gold, encoding="utf-8")
        CoNLL.write_doc2conll(doc, str(s))
        ev = evaluate(load_conllu_file(str(g)), load_conllu_file(str(s)))
    keys = ["Tokens", "Sentences", "Words", "UPOS", "UFeats", "Lemmas", "UAS", "LAS"]
    return {k: round(100 * ev[k].f1, 2) for k in keys if k in ev}


def read_bio(path: Path, lowercase: bool = False) -> list[tuple[list[str], list[str]]]:
    sents, words, tags = [], [], []
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line:
            if words:
                sents.append((words, tags))
            words, tags = [], []
            continue
        w, _, t = line.rpartition("\t") if "\t" in line else line.rpartition(" ")
        words.append(w.lower() if lowercase else w)
        tags.append(t)
    if words:
        sents.append((words, tags))
    return sents


NERP_TO_OURS = {"PPL": "PERSON", "PLC": "PLACE", "IND": "ORGANISATION"}


def _spans(tags: list[str], mapping: Optional[dict] = None) -> set:
    """Entity spans (start, end, type) from BIO or BIOES tags; `mapping` renames types (None drops)."""
    def label(t: str) -> Optional[str]:
        lab = t[2:]
        return mapping.get(lab) if mapping is not None else lab

    out, start, typ = set(), None, None
    for i, t in enumerate(tags + ["O"]):
        lab = label(t) if t != "O" else None
        continues = t.startswith(("I-", "E-")) and typ is not None and lab == typ
        if not continues:
            if typ is not None:
                out.add((start, i, typ))
            start, typ = (i, lab) if lab else (None, None)
        if t.startswith(("E-", "S-")) and typ is not None:
            out.add((start, i + 1, typ))
            start, typ = None, None
    return out


def evaluate_ner(test_file: Path, model_dir: Optional[str] = None, nerp: bool = False) -> dict:
    from .loading import build_pipeline

    # gold tokens: the pipeline's "tokenize" only passes pre-split words through
    nlp = build_pipeline(model_dir, processors=("tokenize", "ner"))
    sents = read_bio(test_file)
    doc = nlp([w for w, _ in sents])
    tp: dict = {}
    fp: dict = {}
    fn: dict = {}
    for (words, gold_tags), sent in zip(sents, doc.sentences):
        pred_tags = [t.ner for t in sent.tokens]
        g = _spans(gold_tags, NERP_TO_OURS if nerp else None)
        p = _spans(pred_tags)
        for typ in {x[2] for x in g | p}:
            gs = {x for x in g if x[2] == typ}
            ps = {x for x in p if x[2] == typ}
            tp[typ] = tp.get(typ, 0) + len(gs & ps)
            fp[typ] = fp.get(typ, 0) + len(ps - gs)
            fn[typ] = fn.get(typ, 0) + len(gs - ps)
    out = {}
    for typ in sorted(set(tp) | set(fn)):
        p = tp[typ] / (tp[typ] + fp[typ]) if tp[typ] + fp[typ] else 0.0
        r = tp[typ] / (tp[typ] + fn[typ]) if tp[typ] + fn[typ] else 0.0
        out[typ] = round(100 * (2 * p * r / (p + r) if p + r else 0.0), 2)
    T, F, N = sum(tp.values()), sum(fp.values()), sum(fn.values())
    p = T / (T + F) if T + F else 0.0
    r = T / (T + N) if T + N else 0.0
    out["ALL"] = round(100 * (2 * p * r / (p + r) if p + r else 0.0), 2)
    return out


def run_all(ud_test: Optional[str], ner_tests: list[str], model_dir: Optional[str] = None) -> str:
    lines = []
    ud_files = [Path(ud_test)] if ud_test else [p for p in (SHARED / "data" / "ud" / "id_gsd-ud-test.conllu",
                                                               SHARED / "data" / "ud" / "id_csui-ud-test.conllu") if p.exists()]
    for f in ud_files:
        scores = evaluate_ud(f, model_dir)
        lines.append(f"{f.name}: " + ", ".join(f"{k} {v}" for k, v in scores.items()))
    ner_files = [Path(p) for p in ner_tests] or [p for p in (SHARED / "data" / "ner" / "nergrit" / "test.txt",
                                                              SHARED / "data" / "ner" / "nerp" / "test.txt") if p.exists()]
    for f in ner_files:
        scores = evaluate_ner(f, model_dir, nerp="nerp" in str(f))
        lines.append(f"NER {f.parent.name}/{f.name}: " + ", ".join(f"{k} {v}" for k, v in scores.items()))
    if not lines:
        return "no test files found: give --ud-test and --ner-test"
    return "\n".join(lines)
