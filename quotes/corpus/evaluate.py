"""Measure the extractor against gold files (the format of GUIDELINES.md).

A predicted quote matches a gold quote when their spans overlap by at least half of their union;
matching is one-to-one, best overlap first. Speakers are compared case-insensitively, without
titles and honorifics; with `lenient=True` (silver gold whose names were derived by a heuristic,
such as PFSA-ID's) two names agree when they share a name word. Roles are scored where the gold
gives one, leniently (word overlap), as GUIDELINES.md says.

A corpus can be split (`split="even"` / `"odd"`: every other article in doc-id order;
`"outlet:NAME"`: one outlet), so that a rule tuned on one half is judged on the other.
"""
from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Iterable, Optional

import attrs

from ..lexicon.words import is_title


def norm_name(name: Optional[str]) -> Optional[str]:
    if name is None:
        return None
    words = [w for w in re.split(r"\s+", name.strip()) if w and not is_title(w)]
    return " ".join(words).lower().strip(" ,.") or None


def same_speaker(pred: Optional[str], gold: Optional[str], lenient: bool = False) -> bool:
    a, b = norm_name(pred), norm_name(gold)
    if a == b:
        return True
    if not lenient or a is None or b is None:
        return False
    return bool(set(a.split()) & set(b.split()))


def _role_words(role: Optional[str]) -> set[str]:
    return {w for w in re.findall(r"\w+", (role or "").lower()) if len(w) > 1}


def same_role(pred: Optional[str], gold: Optional[str]) -> bool:
    """Lenient role match by word overlap (token F1 >= 0.75): a missing bracketed acronym or place
    does not fail a long title, but a title cut short ("Direktur Utama" for "Direktur Utama Perum
    Bulog", F1 0.67) does."""
    p, g = _role_words(pred), _role_words(gold)
    if not p or not g:
        return False
    inter = len(p & g)
    return 2 * inter / (len(p) + len(g)) >= 0.75


def overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    inter = min(a[1], b[1]) - max(a[0], b[0])
    union = max(a[1], b[1]) - min(a[0], b[0])
    return inter > 0 and inter * 2 >= union


def match(pred: list[dict], gold: list[dict]) -> list[tuple[int, int]]:
    pairs = []
    for i, p in enumerate(pred):
        for j, g in enumerate(gold):
            if overlap((p["start"], p["end"]), (g["start"], g["end"])):
                inter = min(p["end"], g["end"]) - max(p["start"], g["start"])
                pairs.append((inter, i, j))
    pairs.sort(reverse=True)
    used_p, used_g, out = set(), set(), []
    for _, i, j in pairs:
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            out.append((i, j))
    return out


@attrs.define
class Counts:
    pred: int = 0
    gold: int = 0
    matched: int = 0
    speaker_ok: int = 0
    date_ok: int = 0
    cue_ok: int = 0
    role_gold: int = 0
    role_ok: int = 0

    def add(self, other: "Counts") -> None:
        for f in attrs.fields(Counts):
            setattr(self, f.name, getattr(self, f.name) + getattr(other, f.name))

    @staticmethod
    def _f(p: float, r: float) -> float:
        return 2 * p * r / (p + r) if p + r else 0.0

    def row(self) -> dict:
        p = self.matched / self.pred if self.pred else 0.0
        r = self.matched / self.gold if self.gold else 0.0
        e2e_p = self.speaker_ok / self.pred if self.pred else 0.0
        e2e_r = self.speaker_ok / self.gold if self.gold else 0.0
        return {
            "gold": self.gold, "pred": self.pred, "matched": self.matched,
            "precision": round(p, 4), "recall": round(r, 4), "f1": round(self._f(p, r), 4),
            "speaker_acc": round(self.speaker_ok / self.matched, 4) if self.matched else 0.0,
            "e2e_f1": round(self._f(e2e_p, e2e_r), 4),
            "date_acc": round(self.date_ok / self.matched, 4) if self.matched else 0.0,
            "cue_acc": round(self.cue_ok / self.matched, 4) if self.matched else 0.0,
            "role_acc": round(self.role_ok / self.role_gold, 4) if self.role_gold else None,
        }


def score_doc(pred: list[dict], gold: list[dict], kinds: Optional[set[str]] = None,
              lenient: bool = False) -> tuple[Counts, list]:
    if kinds is not None:
        pred = [p for p in pred if p["kind"] in kinds]
        gold = [g for g in gold if g["kind"] in kinds]
    c = Counts(pred=len(pred), gold=len(gold))
    errors = []
    pairs = match(pred, gold)
    c.matched = len(pairs)
    for i, j in pairs:
        p, g = pred[i], gold[j]
        if same_speaker(p.get("speaker"), g.get("speaker"), lenient):
            c.speaker_ok += 1
        else:
            errors.append(("speaker", p, g))
        if g.get("speaker_role"):
            c.role_gold += 1
            if same_role(p.get("speaker_role"), g["speaker_role"]):
                c.role_ok += 1
            else:
                errors.append(("role", p, g))
        if p.get("date") == g.get("date"):
            c.date_ok += 1
        else:
            errors.append(("date", p, g))
        if (p.get("cue") or None) == (g.get("cue") or None):
            c.cue_ok += 1
    mp = {i for i, _ in pairs}
    mg = {j for _, j in pairs}
    errors += [("fp", pred[i], None) for i in range(len(pred)) if i not in mp]
    errors += [("fn", None, gold[j]) for j in range(len(gold)) if j not in mg]
    return c, errors


def load_gold(gold_dir: Path) -> Iterable[tuple[str, str, dict]]:
    for g in sorted(Path(gold_dir).glob("*.gold.json")):
        doc_id = g.name[: -len(".gold.json")]
        txt = g.with_name(doc_id + ".txt")
        if not txt.exists():
            continue
        yield doc_id, txt.read_text(encoding="utf-8"), json.loads(g.read_text(encoding="utf-8"))


SPLITS = ("even", "odd")


def select(docs: list, split: Optional[str]) -> list:
    """The articles of one part of a corpus: `even` / `odd` (every other article in doc-id order,
    so both halves mix outlets and topics) or `outlet:NAME` (the gold files' `outlet`)."""
    if split is None:
        return docs
    docs = sorted(docs, key=lambda d: d[0])
    if split in SPLITS:
        return docs[SPLITS.index(split)::2]
    if split.startswith("outlet:"):
        name = split[len("outlet:"):]
        return [d for d in docs if (d[2].get("outlet") or "") == name]
    raise ValueError(f"unknown split {split!r}: use even, odd or outlet:NAME")


def evaluate(gold_dir: Path, predict, published_from_gold: bool = True, split: Optional[str] = None,
             lenient: bool = False) -> dict:
    """`predict(doc_id, text, published) -> list[dict]`. Returns the tables and the error list."""
    direct, all_kinds = Counts(), Counts()
    per_doc, per_outlet = {}, {}
    errors = []
    for doc_id, text, gold in select(list(load_gold(gold_dir)), split):
        pub = gold.get("published") if published_from_gold else None
        pred = predict(doc_id, text, pub)
        cd, _ = score_doc(pred, gold["quotes"], {"direct"}, lenient)
        ca, errs = score_doc(pred, gold["quotes"], None, lenient)
        direct.add(cd)
        all_kinds.add(ca)
        per_outlet.setdefault(gold.get("outlet") or "-", Counts()).add(ca)
        per_doc[doc_id] = ca.row()
        errors += [(doc_id, e) for e in errs]
    return {"direct": direct.row(), "all": all_kinds.row(), "per_doc": per_doc,
            "per_outlet": {k: v.row() for k, v in sorted(per_outlet.items())}, "errors": errors}


COLUMNS = ["gold", "pred", "matched", "precision", "recall", "f1", "speaker_acc", "e2e_f1", "date_acc",
           "cue_acc", "role_acc"]


def _table(first: str, rows: dict) -> list[str]:
    lines = [f"| {first} | " + " | ".join(COLUMNS) + " |", "|---" * (len(COLUMNS) + 1) + "|"]
    for name, r in rows.items():
        lines.append(f"| {name} | " + " | ".join("-" if r[c] is None else str(r[c]) for c in COLUMNS) + " |")
    return lines


def format_table(result: dict, per_outlet: bool = False) -> str:
    lines = _table("kinds", {"direct": result["direct"], "all": result["all"]})
    if per_outlet:
        lines += ["", *_table("outlet (all kinds)", result["per_outlet"])]
    return "\n".join(lines)


class NoGoldError(ValueError):
    """A folder given to `quotes eval` without any article and gold file pair."""


def evaluate_dir(gold_dir: Path, model_dir=None, analyzer: str = "hybrid", full: bool = False,
                 split: Optional[str] = None, lenient: bool = False) -> dict:
    """Run the extractor over a gold folder (or one part of it), all articles in one batch run."""
    from ..nlp.analyzers import pipeline_for
    from ..run.engine import extract_batch

    found = list(load_gold(gold_dir))
    if not found:
        raise NoGoldError(f"{gold_dir} holds no gold files: expected articles NAME.txt each beside its "
                          "NAME.gold.json (the format of GUIDELINES.md)")
    docs = select(found, split)
    pipeline = pipeline_for(analyzer, model_dir, full)
    arts = [{"id": d, "text": t, "published": g.get("published")} for d, t, g in docs]
    preds: dict[str, list[dict]] = {}
    for k in range(0, len(arts), 8):
        chunk = arts[k:k + 8]
        for a, res in zip(chunk, extract_batch(chunk, pipeline=pipeline, analyzer=analyzer, full=full)):
            if isinstance(res, Exception):
                raise res
            preds[a["id"]] = [q.to_dict() for q in res]
    return evaluate(gold_dir, lambda doc_id, text, pub: preds[doc_id], split=split, lenient=lenient)
