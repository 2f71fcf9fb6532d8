"""Build quotes/data/common_words.txt: Indonesian words that are almost always written in lower case.

    python scripts/build_common_words.py [../shared/data/raw/id-raw.txt.gz]

A capitalised word whose lower-case form is a common word ("Termasuk", "Pertama", "Motor") is a
sentence start, a heading or part of an organisation's name, not a person's name. People's names
that are also words ("Budi", "Dewi", "Bayu") are capitalised most of the time in running text, so
the share of lower-case occurrences keeps them out. Counted over the raw Indonesian text of
../shared/data/raw (SOURCES.md there): the text itself never ships, only this word list, like the
word vectors trained on it. Words inside a sentence only (the first word of a sentence is
capitalised whatever it is).
"""
from __future__ import annotations

import gzip
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RAW = ROOT.parent / "shared" / "data" / "raw" / "id-raw.txt.gz"
OUT = ROOT / "quotes" / "data" / "common_words.txt"
MIN_COUNT = 20  # seen often enough to judge
MIN_LOWER = 0.85  # share of mid-sentence occurrences in lower case (names that are also words, "Bagus" 0.81, "Putri" 0.31, stay out)
_WORD = re.compile(r"(?<![\w.])([^\W\d_][^\W\d]{2,})(?![\w])")


def main() -> None:
    src = Path(sys.argv[1]) if len(sys.argv) > 1 else RAW
    lower, cap = Counter(), Counter()
    with gzip.open(src, "rt", encoding="utf-8", errors="replace") as fh:
        for line in fh:
            for sent in re.split(r"[.!?:\"“”]\s+", line):
                for m in list(_WORD.finditer(sent))[1:]:  # not the sentence's first word
                    w = m.group(1)
                    if w.islower():
                        lower[w] += 1
                    elif w[0].isupper() and w[1:].islower():
                        cap[w.lower()] += 1
    words = sorted(w for w, n in lower.items()
                   if n + cap[w] >= MIN_COUNT and n / (n + cap[w]) >= MIN_LOWER)
    OUT.write_text(
        "# Indonesian words written in lower case in at least 85% of their mid-sentence occurrences\n"
        "# (at least 20 of them) in ../shared/data/raw; built by scripts/build_common_words.py.\n"
        + "".join(w + "\n" for w in words), encoding="utf-8")
    print(f"wrote {len(words)} words to {OUT}")


if __name__ == "__main__":
    main()
