"""Train every Indonesian Stanza model that `quotes` bundles, from ../shared/data.

Reproducible: fixed seeds, fixed step counts, fixed data split. Run from the project root:

    python scripts/train_models.py all            # everything, in order, then install
    python scripts/train_models.py tokenize pos   # some processors
    python scripts/train_models.py install        # copy the best models into quotes/nlp/models/id (fp16)

On 2 cores the bundled models were trained as two chains side by side, one thread each, after
the word vectors (`vectors`: gensim fastText on ../shared/data/raw, needs `pip install -e .[train]`):
    python scripts/train_models.py vectors
    OMP_NUM_THREADS=1 python scripts/train_models.py tokenize mwt lemma ner &
    OMP_NUM_THREADS=1 python scripts/train_models.py pos depparse &
(depparse needs pos: it trains on tags predicted by our own tagger; pos, depparse and ner read
the vectors.) Logs go to stdout: run them with nohup and a log file, they take a while.

Resuming after an interruption (a session is 3 hours):
    vectors   the tokenized corpus and the trained fastText model are kept in build/train/vectors;
              a rerun redoes only what is missing (an interrupted fastText run starts again)
    depparse  QUOTES_RESUME=1 python scripts/train_models.py depparse  (Stanza's checkpoint: weights,
              optimizer, step count)
    ner       QUOTES_RESUME=1 python scripts/train_models.py ner  (continues from the best model saved
              so far, fresh optimizer; Stanza's NER trainer keeps no optimizer checkpoint)
    pos       no checkpoint in Stanza's tagger trainer: rerun it (1,000 steps)
Every trainer keeps the best model on the dev set as it goes, so `install` after an interruption
installs the best model reached.

Split (see MODELS.md): train = CSUI train + GSD dev + PUD; dev = CSUI test (model selection only);
test = GSD test (reported, never trained on). NER: train = NERGrit train + NERP train (labels mapped),
dev = NERGrit valid, test = NERGrit test and NERP test.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("QUOTES_SHARED", ROOT.parent / "shared"))
UD = SHARED / "data" / "ud"
NER = SHARED / "data" / "ner"
WORK = Path(os.environ.get("QUOTES_TRAIN_DIR", ROOT / "build" / "train"))
TREEBANK = "UD_Indonesian-Mix"
SHORT = "id_mix"
SEED = "1234"
INSTALL_DIR = ROOT / "quotes" / "nlp" / "models" / "id"
RAW = SHARED / "data" / "raw" / "id-raw.txt.gz"
PRETRAIN = WORK / "vectors" / "id_raw.pt"  # Stanza's pretrain format, fp32, shared by pos, depparse, ner
VECTORS = {
    "dim": 100,
    "epochs": int(os.environ.get("QUOTES_VECTOR_EPOCHS", 2)),  # 5 took too long on a shared 2-core machine
    "min_count": 5,        # drops most scraper glue ("trumpmengatakan"): it is rare by nature
    "max_vocab": int(os.environ.get("QUOTES_VECTOR_VOCAB", 100_000)),  # size: 100 dims x 2 bytes per word
    "max_len": 30,         # longer "words" are glue or URLs
}

# The step counts of the bundled models: the whole run takes about 1.5 hours on 2 cores when two
# chains run side by side with one thread each (see MODELS.md). Raise them for better models.
STEPS = {
    "tokenize": int(os.environ.get("QUOTES_TOKENIZE_STEPS", 2000)),
    "pos": int(os.environ.get("QUOTES_POS_STEPS", 1000)),
    "lemma_epochs": int(os.environ.get("QUOTES_LEMMA_EPOCHS", 12)),
    "depparse": int(os.environ.get("QUOTES_DEPPARSE_STEPS", 1500)),
    "ner": int(os.environ.get("QUOTES_NER_STEPS", 5000)),
}


def env() -> dict:
    e = dict(os.environ)
    e["UDBASE"] = str(WORK / "ud")
    e["DATA_ROOT"] = str(WORK / "data")
    e["STANZA_RESOURCES_DIR"] = str(WORK / "resources")
    return e


def run(args: list[str]) -> None:
    print("+", " ".join(args), flush=True)
    subprocess.run([sys.executable, *args], check=True, cwd=WORK, env=env())


# ---------------------------------------------------------------- data

def clean_conllu(text: str) -> str:
    # the same cleaning `quotes models evaluate` applies to the gold file: XPOS dropped (tag sets
    # differ between treebanks), lemma conventions reconciled on the GSD side, Morf= dropped
    sys.path.insert(0, str(ROOT))
    from quotes.nlp import clean_conllu as clean

    return clean(text)


def _tokens(text: str):
    for line in text.splitlines():
        cols = line.split("\t")
        if len(cols) == 10 and cols[0].isdigit():
            yield cols


def _majority(counts: Counter, share: float) -> str | None:
    tag, n = counts.most_common(1)[0]
    return tag if n >= 2 and n / sum(counts.values()) >= share else None


def gsd_lemma_conventions(gsd_dev: str) -> dict[str, str]:
    """Lemmas GSD gives a form consistently ("sebagai" -> "sebagai", "ia" -> "dia").

    CSUI and PUD strip more affixes ("sebagai" -> "bagai", "tersebut" -> "sebut"). The treebank we
    report on is GSD, so where GSD dev (training data) is consistent about a form, the other
    treebanks follow it; everything else keeps its own lemma.
    """
    seen: dict[str, Counter] = defaultdict(Counter)
    for cols in _tokens(gsd_dev):
        seen[cols[1].lower()][cols[2]] += 1
    return {form: lemma for form, c in seen.items() if (lemma := _majority(c, 0.9))}


def apply_lemma_conventions(text: str, table: dict[str, str]) -> str:
    out = []
    for line in text.splitlines():
        cols = line.split("\t")
        if len(cols) == 10 and cols[0].isdigit() and cols[1].lower() in table:
            cols[2] = table[cols[1].lower()]
            line = "\t".join(cols)
        out.append(line)
    return "\n".join(out) + "\n"


def build_treebank() -> None:
    d = WORK / "ud" / TREEBANK
    d.mkdir(parents=True, exist_ok=True)
    parts = {
        "train": ["id_csui-ud-train.conllu", "id_gsd-ud-dev.conllu", "id_pud-ud-test.conllu"],
        "dev": ["id_csui-ud-test.conllu"],
        "test": ["id_gsd-ud-test.conllu"],
    }
    cleaned = {f: clean_conllu((UD / f).read_text(encoding="utf-8")) for fs in parts.values() for f in fs}
    table = gsd_lemma_conventions(cleaned["id_gsd-ud-dev.conllu"])
    for split, files in parts.items():
        text = "".join(cleaned[f] if "gsd" in f else apply_lemma_conventions(cleaned[f], table)
                       for f in files)
        (d / f"{SHORT}-ud-{split}.conllu").write_text(text, encoding="utf-8")
        print(split, text.count("# sent_id"), "sentences")
    print(len(table), "GSD lemma conventions")


def gsd2017_for_tagger(current: str) -> str:
    """The 2017 GSD train (4,477 sentences) as extra tagger data, its UPOS moved to the current scheme.

    The old scheme differs mostly on closed-class words ("telah", "akan": ADV then, AUX now). Where the
    current treebanks never (under 5%) give a form the old tag, it takes their majority tag; lemmas
    and features stay empty (the file has none), dependencies are dropped.
    """
    tags: dict[str, Counter] = defaultdict(Counter)
    for cols in _tokens(current):
        tags[cols[1].lower()][cols[3]] += 1
    out = []
    for line in (UD / "id_gsd-2017-train.conllu").read_text(encoding="utf-8").splitlines():
        cols = line.split("\t")
        if len(cols) == 10 and cols[0].isdigit():
            c = tags.get(cols[1].lower())
            if c and sum(c.values()) >= 3 and c[cols[3]] / sum(c.values()) < 0.05:
                cols[3] = c.most_common(1)[0][0]
            cols[2] = cols[4] = cols[5] = "_"
            line = "\t".join(cols)
        out.append(line)
    return "\n".join(out).rstrip("\n") + "\n\n"


NERP_MAP = {"PPL": "PERSON", "PLC": "PLACE", "IND": "ORGANISATION"}  # EVT, FNB -> O


def read_bio(path: Path, mapping: dict | None = None) -> list[list[dict]]:
    sents, cur = [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line:
            if cur:
                sents.append(cur)
            cur = []
            continue
        word, _, tag = line.rpartition("\t") if "\t" in line else line.rpartition(" ")
        if mapping is not None and tag != "O":
            prefix, _, label = tag.partition("-")
            tag = f"{prefix}-{mapping[label]}" if label in mapping else "O"
        cur.append({"text": word, "ner": tag})
    if cur:
        sents.append(cur)
    return sents


def build_ner() -> None:
    d = WORK / "data" / "ner"
    d.mkdir(parents=True, exist_ok=True)
    train = read_bio(NER / "nergrit" / "train.txt") + read_bio(NER / "nerp" / "train.txt", NERP_MAP)
    files = {
        "train": train,
        "dev": read_bio(NER / "nergrit" / "valid.txt"),
        "test": read_bio(NER / "nergrit" / "test.txt"),
    }
    for split, sents in files.items():
        (d / f"id_ner.{split}.json").write_text(json.dumps(sents, ensure_ascii=False), encoding="utf-8")
    nerp_test = read_bio(NER / "nerp" / "test.txt", NERP_MAP)
    (d / "id_nerp.test.json").write_text(json.dumps(nerp_test, ensure_ascii=False), encoding="utf-8")
    print("ner train", len(train), "sentences")


# ---------------------------------------------------------------- word vectors

# A token is a run of word characters (with inner hyphens, dots, commas, apostrophes, as in
# "anak-anak", "4,15", "13.00") or one punctuation mark: close to UD Indonesian tokens.
TOKEN = r"\w+(?:[-.,'’]\w+)*|[^\w\s]"


def write_vector_corpus(dest: Path) -> int:
    """The raw text lower-cased and tokenized, one line per input line (Stanza looks words up lower-cased)."""
    import gzip
    import re

    tok = re.compile(TOKEN)
    n = 0
    with gzip.open(RAW, "rt", encoding="utf-8") as src, dest.open("w", encoding="utf-8") as out:
        for line in src:
            words = tok.findall(line.lower())
            if words:
                out.write(" ".join(words) + "\n")
                n += len(words)
    return n


def train_vectors() -> None:
    """fastText skip-gram (subword n-grams help Indonesian affixes) -> Stanza pretrain file.

    gensim is needed here only (`pip install quotes-id[train]`), never at run time. Fixed seed; with
    two worker threads gensim is not bit-for-bit deterministic, the scores are.
    """
    import logging

    from gensim.models import FastText
    from stanza.models.common.pretrain import Pretrain

    logging.basicConfig(format="%(asctime)s %(message)s", level=logging.INFO)  # gensim's progress

    d = PRETRAIN.parent
    d.mkdir(parents=True, exist_ok=True)
    corpus = d / "corpus.txt"
    if not corpus.exists():
        print("tokens:", write_vector_corpus(corpus), flush=True)
    model_file = d / "fasttext.model"
    if model_file.exists():  # resume: the trained vectors are kept, only the conversion is redone
        model = FastText.load(str(model_file))
    else:
        model = FastText(vector_size=VECTORS["dim"], window=5, min_count=VECTORS["min_count"], sg=1,
                         min_n=3, max_n=6, workers=2, seed=int(SEED))
        model.build_vocab(corpus_file=str(corpus))
        print("vocabulary:", len(model.wv.index_to_key), flush=True)
        model.train(corpus_file=str(corpus), epochs=VECTORS["epochs"],
                    total_examples=model.corpus_count, total_words=model.corpus_total_words)
        model.save(str(model_file))
    # most frequent first (gensim's order); glue and URL-like strings left out
    words = [w for w in model.wv.index_to_key if len(w) <= VECTORS["max_len"]][:VECTORS["max_vocab"]]
    vec = d / "vectors.txt"
    with vec.open("w", encoding="utf-8") as out:
        out.write(f"{len(words)} {VECTORS['dim']}\n")
        for w in words:
            out.write(w + " " + " ".join(f"{x:.5f}" for x in model.wv[w]) + "\n")
    if PRETRAIN.exists():
        PRETRAIN.unlink()
    pt = Pretrain(str(PRETRAIN), str(vec), max_vocab=VECTORS["max_vocab"] + 4)  # + Stanza's 4 specials
    print("pretrain:", len(pt.vocab), "words ->", PRETRAIN, flush=True)
    for w in ("mengatakan", "presiden", "polda", "jakarta"):
        if w in model.wv.key_to_index:
            print(w, "->", [x for x, _ in model.wv.most_similar(w, topn=5)])


# ---------------------------------------------------------------- trainers

def pretrain_args() -> list[str]:
    """Our word vectors (the `vectors` stage) for pos, depparse and ner; QUOTES_NO_PRETRAIN=1 trains without."""
    if os.environ.get("QUOTES_NO_PRETRAIN"):
        return ["--no_pretrain"]
    if not PRETRAIN.exists():
        sys.exit(f"{PRETRAIN} missing: run the `vectors` stage first")
    return ["--wordvec_pretrain_file", str(PRETRAIN)]


def train_tokenize() -> None:
    run(["-m", "stanza.utils.datasets.prepare_tokenizer_treebank", TREEBANK])
    run(["-m", "stanza.utils.training.run_tokenizer", TREEBANK, "--no_charlm", "--force",
         "--steps", str(STEPS["tokenize"]), "--eval_steps", "250", "--seed", SEED])


def train_mwt() -> None:
    run(["-m", "stanza.utils.datasets.prepare_mwt_treebank", TREEBANK])
    run(["-m", "stanza.utils.training.run_mwt", TREEBANK, "--force", "--seed", SEED])


def train_pos() -> None:
    run(["-m", "stanza.utils.datasets.prepare_pos_treebank", TREEBANK])
    if os.environ.get("QUOTES_POS_GSD2017"):  # an experiment, off for the bundled model (MODELS.md)
        train = WORK / "data" / "pos" / f"{SHORT}.train.in.conllu"
        current = train.read_text(encoding="utf-8")
        train.write_text(current.rstrip("\n") + "\n\n" + gsd2017_for_tagger(current), encoding="utf-8")
    run(["-m", "stanza.utils.training.run_pos", TREEBANK, "--no_charlm", "--force", *pretrain_args(),
         "--word_cutoff", "2", "--batch_size", "50", "--char_hidden_dim", "200",
         "--max_steps", str(STEPS["pos"]), "--eval_interval", "100", "--seed", SEED])


def train_lemma() -> None:
    run(["-m", "stanza.utils.datasets.prepare_lemma_treebank", TREEBANK, "--gold"])
    run(["-m", "stanza.utils.training.run_lemma", TREEBANK, "--no_charlm", "--force",
         "--num_epoch", str(STEPS["lemma_epochs"]), "--decay_epoch", "15", "--seed", SEED])


def retag(path: Path) -> None:
    """Replace gold UPOS/FEATS by our tagger's predictions, so the parser trains on what it will see."""
    import stanza
    from stanza.utils.conll import CoNLL

    pos_model = find_model(MODEL_FILES["pos"])
    (WORK / "resources").mkdir(exist_ok=True)
    (WORK / "resources" / "resources.json").write_text("{}")
    nlp = stanza.Pipeline("id", dir=str(WORK / "resources"), download_method=None,
                          allow_unknown_language=True, processors="tokenize,pos",
                          tokenize_pretokenized=True, pos_model_path=str(pos_model),
                          pos_pretrain_path=None if os.environ.get("QUOTES_NO_PRETRAIN") else str(PRETRAIN),
                          logging_level="WARN")
    doc = CoNLL.conll2doc(input_file=str(path))
    nlp.processors["pos"].process(doc)
    CoNLL.write_doc2conll(doc, str(path))


def train_depparse() -> None:
    # Stanza's parser trainer resumes from a checkpoint it finds (weights, optimizer, step): that is
    # how an interrupted run continues (QUOTES_RESUME=1); otherwise start from scratch
    resume = os.environ.get("QUOTES_RESUME") and any((WORK / "saved_models" / "depparse").glob("*_checkpoint.pt"))
    if not resume:
        for stale in (WORK / "saved_models" / "depparse").glob("*_checkpoint.pt"):
            stale.unlink()
        run(["-m", "stanza.utils.datasets.prepare_depparse_treebank", TREEBANK, "--gold"])
        for split in ("train", "dev"):
            retag(WORK / "data" / "depparse" / f"{SHORT}.{split}.in.conllu")
    run(["-m", "stanza.utils.training.run_depparse", TREEBANK, "--no_charlm", "--force", *pretrain_args(),
         "--word_cutoff", "2", "--hidden_dim", "200", "--char_hidden_dim", "200",
         "--deep_biaff_hidden_dim", "200", "--num_layers", "2", "--optim", "adam", "--lr", "3e-3",
         "--beta2", "0.95", "--no_second_optim", "--batch_size", "1000",
         "--max_steps", str(STEPS["depparse"]), "--eval_interval", "100", "--seed", SEED])


def train_ner() -> None:
    """Stanza's NER trainer keeps no optimizer checkpoint; it saves the best model on dev as it goes.
    QUOTES_RESUME=1 continues from that model (fresh optimizer, QUOTES_NER_STEPS more steps)."""
    build_ner()
    best = find_model(MODEL_FILES["ner"])
    more = ["--finetune", "--finetune_load_name", str(best)] if os.environ.get("QUOTES_RESUME") and best else []
    run(["-m", "stanza.utils.training.run_ner", "id_ner", "--no_charlm", "--force", *pretrain_args(),
         "--max_steps", str(STEPS["ner"]), "--eval_interval", "250", "--seed", SEED, *more, *NER_OPTIM])


# Stanza's default optimizer for NER is SGD (lr 0.1), made for long runs. QUOTES_NER_OPTIM=adam
# trains with Adam (lr 1e-3), which gets further in few steps, into saved_models/ner_adam (an
# experiment run beside the default one on the same data; the dev set decides which is installed).
NER_OPTIM = (["--optim", "adam", "--lr", "0.001", "--save_dir", str(WORK / "saved_models" / "ner_adam")]
             if os.environ.get("QUOTES_NER_OPTIM") == "adam" else [])


# ---------------------------------------------------------------- install

MODEL_FILES = {
    "tokenize": "tokenize/id_mix_nocharlm_tokenizer.pt",
    "mwt": "mwt/id_mix_mwt_expander.pt",
    "pos": "pos/id_mix_nopretrain_tagger.pt",
    "lemma": "lemma/id_mix_nocharlm_lemmatizer.pt",
    "depparse": "depparse/id_mix_nopretrain_parser.pt",
    "ner": ("ner_adam" if os.environ.get("QUOTES_NER_OPTIM") == "adam" else "ner") + "/id_ner_nocharlm_nertagger.pt",
}


def to_fp16(obj):
    import torch
    if isinstance(obj, torch.Tensor) and obj.is_floating_point():
        return obj.half()
    if isinstance(obj, dict):
        return {k: to_fp16(v) for k, v in obj.items() if k != "optimizer"}
    if isinstance(obj, list):
        return [to_fp16(v) for v in obj]
    return obj


def install() -> None:
    """fp16 copies into quotes/nlp/models/id; QUOTES_INSTALL="pos ner" limits it to some processors.

    The word vectors go along (`pretrain.pt`, fp16; `quotes.nlp.loading` casts them back to fp32 on
    load) whenever a model trained with them is installed.
    """
    import torch
    INSTALL_DIR.mkdir(parents=True, exist_ok=True)
    only = os.environ.get("QUOTES_INSTALL", "").split()
    if not os.environ.get("QUOTES_NO_PRETRAIN") and (not only or {"pos", "depparse", "ner"} & set(only)):
        data = torch.load(PRETRAIN, map_location="cpu", weights_only=False)
        emb = torch.as_tensor(data["emb"]).half()
        dest = INSTALL_DIR / "pretrain.pt"
        torch.save({"vocab": data["vocab"], "emb": emb}, dest)
        print(f"pretrain: {PRETRAIN} -> {dest} ({dest.stat().st_size / 1e6:.1f} MB)")
    for proc, rel in MODEL_FILES.items():
        if only and proc not in only:
            continue
        src = find_model(rel)
        if src is None:
            print(f"missing {proc}: {rel}")
            continue
        state = torch.load(src, map_location="cpu", weights_only=False)
        dest = INSTALL_DIR / f"{proc}.pt"
        torch.save(to_fp16(state), dest)
        print(f"{proc}: {src} -> {dest} ({dest.stat().st_size / 1e6:.1f} MB)")


def find_model(rel: str) -> Path | None:
    base = WORK / "saved_models"
    p = base / rel
    if p.exists():
        return p
    cands = sorted((base / rel.split("/")[0]).glob("*.pt")) if (base / rel.split("/")[0]).exists() else []
    cands = [c for c in cands if "checkpoint" not in c.name]
    return cands[0] if cands else None


STAGES = {
    "data": build_treebank,
    "vectors": train_vectors,
    "tokenize": train_tokenize,
    "mwt": train_mwt,
    "pos": train_pos,
    "lemma": train_lemma,
    "depparse": train_depparse,
    "ner": train_ner,
    "install": install,
}


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("stages", nargs="+", choices=[*STAGES, "all"])
    a = p.parse_args()
    WORK.mkdir(parents=True, exist_ok=True)
    stages = list(STAGES) if "all" in a.stages else a.stages
    if "data" not in stages and not (WORK / "ud" / TREEBANK).exists():
        stages.insert(0, "data")
    for s in stages:
        print(f"=== {s}", flush=True)
        STAGES[s]()


if __name__ == "__main__":
    main()
