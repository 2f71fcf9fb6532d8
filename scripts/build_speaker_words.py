"""Build quotes/data/speaker_words.tsv: how often a capitalised word names who speaks.

    python scripts/build_speaker_words.py [../shared/data/raw/id-raw.txt.gz]

News names a speaker right after the verb of saying ("...," kata Budi.). Over millions of words of
raw news, the words of people's names fill that slot again and again, while the capitalised words
of organisations, places, products and events ("Barcelona", "TikTok", "Otoritas", "Open") almost
never do, however often they are written. For each word: how often it stands in that slot (after
the title, if any), how often it is written capitalised inside a sentence, and how often in lower
case, counted over the articles that quote somebody that way. quotes.speakers.salience turns the counts into one feature of a pronoun's candidates ("does this look
like somebody who speaks?"), learned with the others. Counted over the raw Indonesian text of
../shared/data/raw (SOURCES.md there): the text never ships, only these counts, like the word
vectors and common_words.txt.
"""
from __future__ import annotations

import gzip
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from quotes.lexicon import is_title  # noqa: E402

RAW = ROOT.parent / "shared" / "data" / "raw" / "id-raw.txt.gz"
OUT = ROOT / "quotes" / "data" / "speaker_words.tsv"
VERBS = r"(?:kata|ujar|ungkap|jelas|tutur|tegas|imbuh|ucap|papar|terang|sebut|tambah|pungkas|lanjut)"
# '...," kata [Kepala Dinas] Budi Santoso': up to six capitalised words after the verb
_SLOT = re.compile(r"[,\"\u201d]\s*" + VERBS + r"\s+((?:[A-Z][\w'\u2019.\-]*\s){0,5}[A-Z][\w'\u2019.\-]*)")
_WORD = re.compile(r"[A-Za-z][\w'\u2019\-]*")
_STARTS = re.compile(r"[.!?\"\u201c\u201d]\s*$")
MIN_SEEN = 3  # rarer words are left out: the feature then treats them as unknown


def main() -> None:
    src = Path(sys.argv[1]) if len(sys.argv) > 1 else RAW
    slot, cap, low = Counter(), Counter(), Counter()
    with gzip.open(src, "rt", encoding="utf-8", errors="replace") as fh:
        for line in fh:
            slots = list(_SLOT.finditer(line))
            if not slots:
                # only articles that quote somebody: court decisions and encyclopaedic text name
                # people hundreds of times without ever quoting them, which would make a name look
                # like a thing
                continue
            for m in slots:
                words = [w.strip(".,") for w in m.group(1).split()]
                k = 0
                while k < len(words) and is_title(words[k]):
                    k += 1  # the title is not the name
                if k:  # "kata Menteri Keuangan Sri Mulyani": after a title, the name closes the run
                    k = max(k, len(words) - 2)
                for w in words[k:]:
                    if w:
                        slot[w.lower()] += 1
            for m in _WORD.finditer(line):
                w = m.group(0)
                if w[0].isupper():
                    # a sentence's first word is capitalised whatever it is
                    if m.start() and not _STARTS.search(line[max(0, m.start() - 3):m.start()]):
                        cap[w.lower()] += 1
                else:
                    low[w] += 1
    rows = sorted(w for w in cap.keys() | slot.keys() if slot[w] + cap[w] >= MIN_SEEN and w.isascii())
    with OUT.open("w", encoding="utf-8") as out:
        out.write("# word\tafter a verb of saying\tcapitalised mid-sentence\tlower case "
                  "(scripts/build_speaker_words.py, counted over ../shared/data/raw)\n")
        for w in rows:
            out.write(f"{w}\t{slot[w]}\t{cap[w]}\t{low[w]}\n")
    print(f"wrote {OUT}: {len(rows)} words")


if __name__ == "__main__":
    main()
