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
from pathlib import Path
from typing import Iterable, Optional

import attrs

from .. import defaults
from .calibration import ece, reliability, share_right_at
from .inventory_eval import InventoryCounts, score_inventory
from .matching import match, same_role, same_speaker


@attrs.define
class Counts:
    pred: int = 0
    gold: int = 0
    matched: int = 0
    speaker_ok: int = 0
    person_ok: int = 0  # the right person, maybe under another form of the name (a shared word)
    date_ok: int = 0
    cue_ok: int = 0
    role_gold: int = 0
    role_ok: int = 0
    dated: int = 0  # matched quotes whose gold has a date
    dated_ok: int = 0
    # per date_basis of the records: [matched, date right]
    by_basis: dict = attrs.Factory(dict)
    # (confidence, speaker right) per matched record: the reliability table
    confidence: list = attrs.Factory(list)

    def add(self, other: "Counts") -> None:
        for f in attrs.fields(Counts):
            mine, theirs = getattr(self, f.name), getattr(other, f.name)
            if isinstance(mine, dict):
                for k, (n, ok) in theirs.items():
                    a = mine.setdefault(k, [0, 0])
                    a[0], a[1] = a[0] + n, a[1] + ok
            else:
                setattr(self, f.name, mine + theirs)

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
            "person_acc": round(self.person_ok / self.matched, 4) if self.matched else 0.0,
            "e2e_f1": round(self._f(e2e_p, e2e_r), 4),
            "date_acc": round(self.date_ok / self.matched, 4) if self.matched else 0.0,
            "date_acc_dated": round(self.dated_ok / self.dated, 4) if self.dated else None,
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
        if same_speaker(p.get("speaker"), g.get("speaker"), True):
            c.person_ok += 1
        right = same_speaker(p.get("speaker"), g.get("speaker"), lenient)
        c.confidence.append((float(p.get("confidence") or 0.0), right))
        if right:
            c.speaker_ok += 1
        else:
            errors.append(("speaker", p, g))
        if g.get("speaker_role"):
            c.role_gold += 1
            if same_role(p.get("speaker_role"), g["speaker_role"]):
                c.role_ok += 1
            else:
                errors.append(("role", p, g))
        date_ok = p.get("date") == g.get("date")
        basis = c.by_basis.setdefault(p.get("date_basis") or "none", [0, 0])
        basis[0] += 1
        basis[1] += date_ok
        if g.get("date"):
            c.dated += 1
            c.dated_ok += date_ok
        if date_ok:
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
    so both halves mix outlets and topics), `outlet:NAME` (the gold files' `outlet`) or `ids:FILE`
    (the doc ids listed in FILE, one a line)."""
    if split is None:
        return docs
    docs = sorted(docs, key=lambda d: d[0])
    if split in SPLITS:
        return docs[SPLITS.index(split)::2]
    if split.startswith("outlet:"):
        name = split[len("outlet:"):]
        return [d for d in docs if (d[2].get("outlet") or "") == name]
    if split.startswith("ids:"):
        # a part fixed once in a file (one doc id a line): the half of a new batch kept out of
        # tuning stays the same when articles are added
        path = Path(split[len("ids:"):])
        try:
            ids = {line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip()}
        except OSError as e:
            raise ValueError(f"cannot read the doc ids of split {split!r}: {e.strerror}") from None
        return [d for d in docs if d[0] in ids]
    raise ValueError(f"unknown split {split!r}: use even, odd, outlet:NAME or ids:FILE")


def evaluate(gold_dir: Path, predict, published_from_gold: bool = True, split: Optional[str] = None,
             lenient: bool = False, people=None) -> dict:
    """`predict(doc_id, text, published) -> list[dict]`; `people(doc_id)`, if given, the
    article's inventory entries. Returns the tables and the error list."""
    direct, all_kinds, inventory = Counts(), Counts(), InventoryCounts()
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
        if people is not None:
            found: list = []
            inventory.add(score_inventory(text, gold["quotes"], people(doc_id), lenient, found))
            errors += [(doc_id, (kind, {"mention": m, "pred": p}, {"gold": g})) for kind, m, g, p in found]
    rows = reliability(all_kinds.confidence)
    top, top_right = share_right_at(all_kinds.confidence)
    return {"direct": direct.row(), "all": all_kinds.row(), "per_doc": per_doc,
            "date_basis": {k: {"matched": n, "date_acc": round(ok / n, 4)} for k, (n, ok) in sorted(all_kinds.by_basis.items())},
            "calibration": {"bins": rows, "ece": ece(rows), "at_0.9": top, "right_at_0.9": top_right},
            "inventory": inventory.row() if people is not None else None,
            "per_outlet": {k: v.row() for k, v in sorted(per_outlet.items())}, "errors": errors}


COLUMNS = ["gold", "pred", "matched", "precision", "recall", "f1", "speaker_acc", "person_acc", "e2e_f1", "date_acc",
           "date_acc_dated",
           "cue_acc", "role_acc"]


def _table(first: str, rows: dict) -> list[str]:
    lines = [f"| {first} | " + " | ".join(COLUMNS) + " |", "|---" * (len(COLUMNS) + 1) + "|"]
    for name, r in rows.items():
        lines.append(f"| {name} | " + " | ".join("-" if r[c] is None else str(r[c]) for c in COLUMNS) + " |")
    return lines


def format_table(result: dict, per_outlet: bool = False) -> str:
    lines = _table("kinds", {"direct": result["direct"], "all": result["all"]})
    if result.get("date_basis"):
        lines += ["", "| date_basis | matched | date_acc |", "|---|---|---|"]
        lines += [f"| {k} | {v['matched']} | {v['date_acc']} |" for k, v in result["date_basis"].items()]
    cal = result.get("calibration")
    if cal:
        lines += ["", f"| confidence (speaker right), ECE {cal['ece']}; >= 0.9: {cal['at_0.9']} records, "
                      f"{cal['right_at_0.9']} right | count | mean confidence | share right |", "|---|---|---|---|"]
        lines += [f"| {b['bin']} | {b['count']} | {b['confidence']} | {b['right']} |" for b in cal["bins"]]
    inv = result.get("inventory")
    if inv:
        cols = list(inv)
        lines += ["", "| inventory | " + " | ".join(cols) + " |", "|---" * (len(cols) + 1) + "|",
                  "| all kinds | " + " | ".join("-" if inv[c] is None else str(inv[c]) for c in cols) + " |"]
    if per_outlet:
        lines += ["", *_table("outlet (all kinds)", result["per_outlet"])]
    return "\n".join(lines)


class NoGoldError(ValueError):
    """A folder given to `quotes eval` without any article and gold file pair."""


def evaluate_dir(gold_dir: Path, model_dir=None, analyzer: str = defaults.ANALYZER, full: bool = False,
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
    people: dict[str, tuple] = {}
    for k in range(0, len(arts), 8):
        chunk = arts[k:k + 8]
        for a, res in zip(chunk, extract_batch(chunk, pipeline=pipeline, analyzer=analyzer, full=full, job="both")):
            if isinstance(res, Exception):
                raise res
            preds[a["id"]] = [q.to_dict() for q in res[:-1]]
            people[a["id"]] = res[-1].people
    return evaluate(gold_dir, lambda doc_id, text, pub: preds[doc_id], split=split, lenient=lenient,
                    people=people.__getitem__)
