"""The inventory on PFSA-ID's PERSON mentions (evaluation only: PFSA-ID never trains anything).

    python scripts/eval_inventory_pfsa.py [--analyzer rules|hybrid]

PFSA-ID tags every person's name (PERSON, BILOU) but links no mention to a canonical name, so
two things are measured, through the public API (`quotes.people`) on the silver texts:
- type accuracy: the inventory entry holding each PERSON mention is a `person`;
- name agreement: that entry's name holds every word of the mention (a short name expanded to a
  longer form of it counts; another person's name does not).
The BILOU tokens are placed in the silver texts (the same articles, in order) by searching each
token from where the previous one ended.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PFSA = ROOT.parent / "shared" / "data" / "pfsa-id"


def person_spans() -> dict[str, list[tuple[int, int]]]:
    docs = sorted((PFSA / "silver").glob("pfsa-dev-*.txt"))
    texts = [(p.stem, p.read_text(encoding="utf-8")) for p in docs]
    out: dict[str, list[tuple[int, int]]] = {d: [] for d, _ in texts}
    k, pos, start = 0, 0, None
    for line in (PFSA / "pfsa-id-dev.bilou.txt").read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        tok, tag = line.rsplit("\t", 1)
        doc, text = texts[k]
        at = text.find(tok, pos)
        if (at < 0 or at - pos > 40) and len(text) - pos < 30:  # this article is read: the next one starts
            k += 1
            if k >= len(texts):
                break
            doc, text = texts[k]
            pos, start = 0, None
            at = text.find(tok, pos)
        if at < 0 or at - pos > 40:
            continue  # a token written otherwise in the text (quotation marks): skipped
        end = at + len(tok)
        if tag in ("B-PERSON", "U-PERSON"):
            start = at
        if tag in ("L-PERSON", "U-PERSON") and start is not None:
            out[doc].append((start, end))
            start = None
        pos = end
    return out


def main() -> int:
    import quotes
    from quotes.corpus import holder
    from quotes.lexicon import is_title

    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--analyzer", default="rules")
    args = ap.parse_args()
    spans = person_spans()
    n = typed = named = held = 0
    for doc, found in spans.items():
        text = (PFSA / "silver" / f"{doc}.txt").read_text(encoding="utf-8")
        entries = quotes.people(text, analyzer=args.analyzer)
        for s, e in found:
            n += 1
            best = holder(entries, s, e)
            if best is None:
                continue
            held += 1
            typed += best.type == "person"
            # PFSA-ID's PERSON spans hold ranks and titles ("Komisaris Besar", "dr"): not part of a name
            words = {w.lower().strip(".,") for w in text[s:e].split() if not is_title(w) and not is_title(w + ".")}
            named += words <= {w.lower().strip(".,") for w in best.name.split()}
    print(json.dumps({"person_mentions": n, "held": round(held / n, 4), "type_acc": round(typed / n, 4),
                      "name_agreement": round(named / n, 4), "analyzer": args.analyzer}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
