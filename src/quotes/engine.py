"""Run the analysis and the extraction over one article or a batch of them.

Tokenisation runs on every sentence; the neural processors (pos, lemma, depparse, ner) run only on
sentences that can change the answer: those holding a quotation mark or a reporting cue. Sentences
of many articles go to Stanza together, so its batches stay full.
"""
from __future__ import annotations

import contextlib
import signal
import threading
from typing import Iterable, Optional, Sequence

from .analysis import Analysis, from_stanza_sentences, rule_based
from .extract import extract_quotes
from .lexicon import cues
from .normalize import blank_html, repair_mojibake, same_length
from .records import Quote

QUOTE_CHARS = set("\"“”„«»‟")
DEFAULT_MAX_CHARS = 500_000


class ArticleError(ValueError):
    """An article that cannot be processed; the message says why."""


class ArticleTimeout(ArticleError):
    """The extraction of one article took longer than its time limit."""


DEFAULT_TIMEOUT = 60.0


@contextlib.contextmanager
def time_limit(seconds: Optional[float]):
    """Raise ArticleTimeout after `seconds` (POSIX, main thread only; elsewhere no limit)."""
    if not seconds or threading.current_thread() is not threading.main_thread() or not hasattr(signal, "setitimer"):
        yield
        return

    def on_alarm(signum, frame):
        raise ArticleTimeout(f"extraction took longer than {seconds:g} s")

    old = signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)


def prepare(text: str, max_chars: int = DEFAULT_MAX_CHARS) -> str:
    if not isinstance(text, str):
        raise ArticleError(f"text must be a string, not {type(text).__name__}")
    if len(text) > max_chars:
        raise ArticleError(f"article has {len(text):,} characters, over the limit of {max_chars:,} (--max-chars)")
    return blank_html(same_length(repair_mojibake(text)))


def _relevant(sentence) -> bool:
    table = cues()
    for tok in sentence.tokens:
        t = tok.text
        if any(ch in QUOTE_CHARS for ch in t):
            return True
        low = t.lower()
        if low in table or (low.endswith("nya") and low[:-3] in table):
            return True
    return False


def analyze_many(texts: Sequence[str], pipeline, full: bool = False) -> list[Analysis]:
    """Analyses for several prepared texts with one Stanza call per stage."""
    from stanza.models.common.doc import Document

    if not texts:
        return []
    docs = pipeline.process([Document([], text=t) for t in texts], processors="tokenize,mwt")
    selected: list[tuple[int, int]] = []
    sub_sents = []
    for di, doc in enumerate(docs):
        for si, sent in enumerate(doc.sentences):
            if full or _relevant(sent):
                selected.append((di, si))
                sub_sents.append(sent.to_dict())
    processed: dict[tuple[int, int], object] = {}
    if sub_sents:
        neural = [p for p in ("pos", "lemma", "depparse", "ner") if p in pipeline.processors]
        sub = Document(sub_sents, text=None)
        # offsets belong to different articles, so the sub-document has no text of its own;
        # each sentence gets its own (the NER processor reads entity text from it)
        for (di, _), sent in zip(selected, sub.sentences):
            first, last = sent.tokens[0], sent.tokens[-1]
            if first.start_char is not None and last.end_char is not None:
                sent.text = texts[di][first.start_char:last.end_char]
        sub = pipeline.process(sub, processors=",".join(neural))
        for key, sent in zip(selected, sub.sentences):
            processed[key] = sent
    out = []
    for di, (doc, text) in enumerate(zip(docs, texts)):
        sents = [processed.get((di, si), s) for si, s in enumerate(doc.sentences)]
        out.append(from_stanza_sentences(sents, text))
    return out


def extract_text(text: str, doc_id: Optional[str] = None, published=None, pipeline=None,
                 analyzer: str = "stanza", max_chars: int = DEFAULT_MAX_CHARS) -> list[Quote]:
    clean = prepare(text, max_chars)
    if analyzer == "rules":
        an = rule_based(clean)
    else:
        if pipeline is None:
            from .pipeline import get_pipeline

            pipeline = get_pipeline()
        an = analyze_many([clean], pipeline)[0]
    return _finish(extract_quotes(an, doc_id=doc_id, published=published), text)


def extract_batch(articles: Sequence[dict], pipeline=None, analyzer: str = "stanza",
                  max_chars: int = DEFAULT_MAX_CHARS, full: bool = False,
                  timeout: Optional[float] = DEFAULT_TIMEOUT) -> list[object]:
    """For each article dict (id, text, published): its list of Quotes, or the Exception it raised.

    One bad article never spoils the batch: it is analysed again alone only if the batch fails.
    """
    results: list[object] = [None] * len(articles)
    ok: list[int] = []
    cleaned: list[str] = []
    for i, a in enumerate(articles):
        try:
            cleaned.append(prepare(a.get("text"), max_chars))
            ok.append(i)
        except ArticleError as e:
            results[i] = e
    if analyzer == "rules":
        analyses = [rule_based(t) for t in cleaned]
    else:
        if pipeline is None:
            from .pipeline import get_pipeline

            pipeline = get_pipeline()
        try:
            analyses = analyze_many(cleaned, pipeline, full=full)
        except Exception:
            analyses = []
            for t in cleaned:
                try:
                    analyses.append(analyze_many([t], pipeline, full=full)[0])
                except Exception as e:  # noqa: BLE001 - reported per article
                    analyses.append(e)
    for i, an in zip(ok, analyses):
        a = articles[i]
        if isinstance(an, Exception):
            results[i] = an
            continue
        try:
            with time_limit(timeout):
                found = extract_quotes(an, doc_id=a.get("id"), published=a.get("published"))
            results[i] = _finish(found, a["text"])
        except Exception as e:  # noqa: BLE001 - reported per article
            results[i] = e
    return results


def _finish(quotes: list[Quote], original: str) -> list[Quote]:
    # the records point into the text as the user gave it: re-read every span from it
    import attrs

    out = []
    for q in quotes:
        fixed = attrs.evolve(
            q,
            text=original[q.start:q.end],
            cue=original[q.cue_start:q.cue_end].lower() if q.cue_start is not None else None,
        )
        out.append(fixed)
    return out
