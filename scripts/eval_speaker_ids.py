"""How well `quotes speakers` keeps one id per person on a gold corpus (default ../shared/corpus).

Two checks:
- gold records: the gold speakers themselves go through the merge. Every gold name is one person
  in that corpus (checked by hand for the shared corpus), so the count of ids should equal the
  count of gold names: a split gives one person two ids, a wrong merge gives two people one.
- predicted records (`--predicted FILE`, JSON lines from `quotes extract` on the same texts, or
  made here with --analyzer): each predicted quote matched to a gold quote (`quotes eval`'s
  matching); a gold speaker is split when its matched quotes carry more than one speaker id, and
  an id is a wrong merge when its matched quotes belong to more than one gold speaker.

    python scripts/eval_speaker_ids.py [GOLD_DIR] [--analyzer hybrid|stanza|rules] [--json]
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from quotes.corpus import load_gold, match, norm_name, speaker_table  # noqa: E402


def _named(q: dict) -> bool:
    return bool(q.get("speaker")) and q.get("speaker_type") != "unnamed"


def gold_check(docs) -> dict:
    recs = [dict(q, doc_id=d, outlet=g.get("outlet"), published=g.get("published"))
            for d, _, g in docs for q in g["quotes"] if _named(q)]
    table = speaker_table(recs)
    ids_of = defaultdict(set)
    names_of = defaultdict(set)
    for r in recs:
        sid = table.id_for(r)
        ids_of[r["speaker"]].add(sid)
        names_of[sid].add(r["speaker"])
    return {
        "gold_speakers": len(ids_of),
        "ids": len(table.speakers),
        "split": sorted(n for n, s in ids_of.items() if len(s) > 1),
        "wrongly_merged": sorted(sorted(ns) for ns in names_of.values() if len(ns) > 1),
    }


def predicted_check(docs, preds: dict[str, list[dict]], correct_only: bool = False) -> dict:
    table = speaker_table([p for ps in preds.values() for p in ps])
    ids_of = defaultdict(set)
    gold_of = defaultdict(set)
    for d, _, g in docs:
        pred = preds.get(d, [])
        for i, j in match(pred, g["quotes"]):
            gq = g["quotes"][j]
            if not _named(gq):
                continue
            sid = table.id_for(pred[i])
            if correct_only and norm_name(pred[i].get("speaker")) != norm_name(gq["speaker"]):
                continue
            if sid is None:
                continue
            ids_of[norm_name(gq["speaker"])].add(sid)
            gold_of[sid].add(norm_name(gq["speaker"]))
    return {
        "gold_speakers_matched": len(ids_of),
        "split": sorted(n for n, s in ids_of.items() if len(s) > 1),
        "wrongly_merged": sorted(sorted(ns) for ns in gold_of.values() if len(ns) > 1),
    }


def predict(docs, analyzer: str) -> dict[str, list[dict]]:
    from quotes.run import extract_batch

    pipeline = None
    if analyzer != "rules":
        from quotes.nlp import get_pipeline

        pipeline = get_pipeline()
    arts = [{"id": d, "text": t, "published": g.get("published")} for d, t, g in docs]
    out = {}
    for a, res in zip(arts, extract_batch(arts, pipeline=pipeline, analyzer=analyzer)):
        outlet = next(g.get("outlet") for d, _, g in docs if d == a["id"])
        out[a["id"]] = [dict(q.to_dict(), outlet=outlet) for q in res]
    return out


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("gold_dir", nargs="?", default=str(ROOT.parent / "shared" / "corpus"))
    p.add_argument("--analyzer", choices=["hybrid", "stanza", "rules"], default="hybrid")
    p.add_argument("--json", action="store_true")
    a = p.parse_args()
    docs = list(load_gold(Path(a.gold_dir)))
    preds = predict(docs, a.analyzer)
    result = {"gold": gold_check(docs), "predicted": predicted_check(docs, preds),
              "predicted_speaker_right": predicted_check(docs, preds, correct_only=True)}
    if a.json:
        print(json.dumps(result, ensure_ascii=False, indent=1))
        return
    g = result["gold"]
    print(f"gold records: {g['gold_speakers']} gold speakers -> {g['ids']} ids; "
          f"split {len(g['split'])}, wrongly merged {len(g['wrongly_merged'])}")
    for x in g["split"] + g["wrongly_merged"]:
        print("  ", x)
    for name, what in (("predicted", "all matched quotes"),
                       ("predicted_speaker_right", "quotes whose article-level speaker is right")):
        pr = result[name]
        print(f"predicted records ({what}): {pr['gold_speakers_matched']} gold speakers; "
              f"split {len(pr['split'])}, wrongly merged {len(pr['wrongly_merged'])}")
        for x in pr["split"] + pr["wrongly_merged"]:
            print("  ", x)


if __name__ == "__main__":
    main()
