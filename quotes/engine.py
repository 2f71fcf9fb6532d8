"""Run the analysis and the extraction over one article or a batch of them.

Tokenisation runs on every sentence; the neural processors (pos, lemma, depparse, ner) run only on
sentences that can change the answer: those holding a quotation mark or a reporting cue. Sentences
of many articles go to Stanza together, so its batches stay full.
"""
from __future__ import annotations

import contextlib
import signal
import threading
from typing import Optional, Sequence

from .analysis import Analysis, rule_based
from .attribution import extract_quotes
from .normalize import blank_html, decode_entities, repair_mojibake, same_length
from .records import Quote
from .selection import analyze_hybrid, analyze_many
from .text import blank_spans, inline_noise

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
    # entities first: the one step that changes the length (_finish maps the offsets back)
    decoded, _ = decode_entities(text)
    clean = blank_html(same_length(repair_mojibake(decoded)))
    return blank_spans(clean, inline_noise(clean))



def extract_text(text: str, doc_id: Optional[str] = None, published=None, pipeline=None,
                 analyzer: str = "hybrid", max_chars: int = DEFAULT_MAX_CHARS) -> list[Quote]:
    an = analyze([prepare(text, max_chars)], pipeline, analyzer)[0]
    return _finish(extract_quotes(an, doc_id=doc_id, published=published), text)


def analyze(texts: Sequence[str], pipeline=None, analyzer: str = "hybrid", full: bool = False) -> list[Analysis]:
    """Analyses of prepared texts by the chosen analyzer (the cached pipeline it needs if none is given)."""
    if analyzer == "rules":
        return [rule_based(t) for t in texts]
    pipeline = pipeline if pipeline is not None else _default_pipeline(analyzer, full)
    if analyzer == "hybrid" and not full:
        return analyze_hybrid(texts, pipeline)
    return analyze_many(texts, pipeline, full=full)


def _default_pipeline(analyzer: str, full: bool):
    from .pipeline import get_pipeline, processors_for

    return get_pipeline(None, processors_for(analyzer, full)) if analyzer != "rules" else None


def extract_batch(articles: Sequence[dict], pipeline=None, analyzer: str = "hybrid",
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
    # a missing model is one error for the run, not one per article
    pipeline = pipeline if pipeline is not None else _default_pipeline(analyzer, full)
    try:
        analyses = analyze(cleaned, pipeline, analyzer, full)
    except Exception:
        analyses = []
        for t in cleaned:
            try:
                analyses.append(analyze([t], pipeline, analyzer, full)[0])
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


_OFFSETS = ("start", "end", "cue_start", "cue_end", "speaker_start", "speaker_end")


def _finish(quotes: list[Quote], original: str) -> list[Quote]:
    # the records point into the text as the user gave it: map the offsets back through the decoded
    # entities (the same map prepare's decoding made), and re-read every span from it
    import attrs

    offsets = decode_entities(original)[1] if quotes else None
    out = []
    for q in quotes:
        if offsets:
            q = attrs.evolve(q, **{k: offsets.to_raw(getattr(q, k)) for k in _OFFSETS if getattr(q, k) is not None})
        fixed = attrs.evolve(
            q,
            text=original[q.start:q.end],
            cue=original[q.cue_start:q.cue_end].lower() if q.cue_start is not None else None,
        )
        out.append(fixed)
    return out
