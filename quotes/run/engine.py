"""Run the analysis and the extraction over one article or a batch of them.

Tokenisation runs on every sentence; the neural processors (pos, lemma, depparse, ner) run only on
sentences that can change the answer: those holding a quotation mark or a reporting cue. Sentences
of many articles go to Stanza together, so its batches stay full.
"""
from __future__ import annotations

import ctypes
import functools
import threading
from typing import Optional, Sequence

import attrs

from .. import defaults
from ..attribution import article_people, extract_quotes, read_article
from ..dating.dates import parse_published
from ..nlp import analyzers
from ..nlp.analysis import Analysis, rule_based
from ..records import ArticlePeople, Quote
from ..text.normalize import (
    blank_html,
    decode_entities,
    repair_lost_quotes,
    repair_mojibake,
    same_length,
)
from ..text.paragraphs import blank_spans, inline_noise

DEFAULT_MAX_CHARS = defaults.MAX_CHARS
DEFAULT_TIMEOUT = defaults.TIMEOUT
# what a run makes of each analysed article: its quotes (`quotes extract`), its inventory of
# people (`quotes people`), or both from one reading (`quotes eval` scores both); the same
# batches, limits, fall back and errors for all
JOBS = {"quotes": extract_quotes, "people": article_people, "both": read_article}


class ArticleError(ValueError):
    """An article that cannot be processed; the message says why."""


class ArticleTimeout(ArticleError):
    """The extraction of one article took longer than its time limit."""


def _raise_in(thread_id: int, exc_type) -> None:
    # exc_type None clears an exception set but not yet raised
    ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(thread_id),
                                               ctypes.py_object(exc_type) if exc_type else None)


class _Expired(BaseException):
    """Raised into the running thread when its time is up. A BaseException, so that no
    `except ValueError` / `except Exception` on the way swallows it; `time_limit` turns it into
    ArticleTimeout."""


class time_limit:
    """`with time_limit(seconds):` raises ArticleTimeout once `seconds` pass, in any thread.

    Dask runs its tasks in worker threads, where SIGALRM never arrives; here a timer thread raises
    the exception in the running thread instead (PyThreadState_SetAsyncExc). Like a signal
    handler, it lands between two Python bytecodes, so one long C call (a sleep, a single regex
    match) finishes first. None or 0: no limit.
    """

    def __init__(self, seconds: Optional[float], what: str = "extraction") -> None:
        self.seconds, self.what = seconds, what
        self._lock = threading.Lock()
        self._active = False
        self.fired = False

    def __enter__(self) -> "time_limit":
        if not self.seconds:
            return self
        self._thread = threading.get_ident()
        self._active = True
        self._timer = threading.Timer(self.seconds, self._fire)
        self._timer.daemon = True
        self._timer.start()
        return self

    def _fire(self) -> None:
        with self._lock:
            if self._active:
                self.fired = True
                _raise_in(self._thread, _Expired)

    def __exit__(self, exc_type, exc, tb) -> bool:
        if not self.seconds:
            return False
        try:
            with self._lock:
                self._active = False  # from here on, nothing more is raised into this thread
                if self.fired:
                    _raise_in(self._thread, None)  # one set but not raised yet: drop it
        except _Expired:
            exc_type = _Expired  # it arrived just now
        self._timer.cancel()
        if exc_type is not None and issubclass(exc_type, _Expired):
            raise ArticleTimeout(f"{self.what} took longer than {self.seconds:g} s") from None
        return False


def prepare(text: str, max_chars: int = DEFAULT_MAX_CHARS) -> str:
    if not isinstance(text, str):
        raise ArticleError(f"text must be a string, not {type(text).__name__}")
    if len(text) > max_chars:
        raise ArticleError(f"article has {len(text):,} characters, over the limit of {max_chars:,} (--max-chars)")
    # entities first: the one step that changes the length (_finish maps the offsets back)
    decoded, _ = decode_entities(text)
    clean = blank_html(same_length(repair_lost_quotes(repair_mojibake(decoded))))
    return blank_spans(clean, inline_noise(clean))


def extract_text(text: str, *, published=None, doc_id: Optional[str] = None, pipeline=None,
                 analyzer: str = defaults.ANALYZER, max_chars: int = DEFAULT_MAX_CHARS,
                 timeout: Optional[float] = None) -> list[Quote]:
    """The quotes of one article (the batch path with one article); raises the article's error."""
    (out,) = extract_articles([{"id": doc_id, "text": text, "published": published}], pipeline, analyzer,
                              max_chars, timeout=timeout)
    if out.error is not None:
        raise out.error
    return list(out.quotes)


def analyze(texts: Sequence[str], pipeline=None, analyzer=defaults.ANALYZER, full: bool = False) -> list[Analysis]:
    """Analyses of prepared texts by the chosen analyzer (the cached pipeline it needs if none is given)."""
    spec = analyzers.get(analyzer, full)
    if pipeline is None and spec.needs_model:
        pipeline = _default_pipeline(spec)
    return spec.run(texts, pipeline)


def _default_pipeline(analyzer, full: bool = False):
    from ..nlp.analyzers import pipeline_for

    return pipeline_for(analyzer, None, full)


@attrs.frozen
class Outcome:
    """What one article of a batch gave: its quotes or the error that stopped it, and warnings
    (a published date that is not one, a fall back to the rules analyzer) either way."""

    quotes: tuple = ()
    error: Optional[Exception] = None
    warnings: tuple = ()
    published: object = None  # the published date used (None when missing or not a date)


def _published(value, warnings: list) -> object:
    """The article's published date if it is one; a bad one costs the date only, with a warning."""
    try:
        ok = value in (None, "") or parse_published(value) is not None
    except ValueError:
        ok = False
    if ok:
        return value
    warnings.append(f"published {value!r} is not a date (YYYY-MM-DD); the article was processed without it")
    return None


def extract_articles(articles: Sequence[dict], pipeline=None, analyzer=defaults.ANALYZER,
                     max_chars: int = DEFAULT_MAX_CHARS, full: bool = False,
                     timeout: Optional[float] = DEFAULT_TIMEOUT, job: str = "quotes",
                     weights: Optional[str] = None) -> list[Outcome]:
    """An Outcome for each article dict (id, text, published); `job` (a key of JOBS) says which
    records it holds, `weights` which `quotes train` file scores them (None: the shipped weights).

    One bad article never spoils the batch: it is analysed again alone only if the batch fails.
    An article whose extraction runs out of time with a model analyzer is extracted again from the
    rules analysis (same time limit) and kept: its records carry `fallback: "rules"`.
    """
    spec = analyzers.get(analyzer, full)
    results: list[Optional[Outcome]] = [None] * len(articles)
    ok: list[tuple[int, str, object, list]] = []
    for i, a in enumerate(articles):
        try:
            cleaned = prepare(a.get("text"), max_chars)
        except ArticleError as e:
            results[i] = Outcome(error=e)
            continue
        warnings: list[str] = []
        ok.append((i, cleaned, _published(a.get("published"), warnings), warnings))
    # a missing model is one error for the run, not one per article
    if pipeline is None and spec.needs_model:
        pipeline = _default_pipeline(spec)
    analyses = _analyses([t for _, t, _, _ in ok], pipeline, spec, timeout)
    for (i, cleaned, published, warnings), (an, why) in zip(ok, analyses):
        if why:
            warnings.append(why)
        if isinstance(an, Exception):
            results[i] = Outcome(error=an, warnings=tuple(warnings), published=published)
            continue
        a = articles[i]
        try:
            found = _extract(an, cleaned, a.get("id"), published, spec, timeout, warnings, fallen_back=bool(why),
                             job=functools.partial(JOBS[job], weights=weights))
            results[i] = Outcome(tuple(_finish(found, a["text"])), None, tuple(warnings), published)
        except Exception as e:  # noqa: BLE001 - reported per article
            results[i] = Outcome(error=e, warnings=tuple(warnings), published=published)
    return results


def _analyses(texts: list, pipeline, spec, timeout) -> list[tuple[object, Optional[str]]]:
    """(Analysis or the Exception it raised, why it fell back to the rules or None) per text.

    The batch gets one time limit; if it fails or runs out, each text is analysed alone with its
    own, and one that runs out of time with a model is analysed by the rules instead, so that the
    time an article can take stays bounded and the article is kept.
    """
    try:
        with time_limit(timeout, "analysis"):
            return [(an, None) for an in analyze(texts, pipeline, spec)]
    except Exception as e:  # noqa: BLE001 - every text again, alone
        failed = e
    out: list[tuple[object, Optional[str]]] = []
    for t in texts:
        try:
            if len(texts) == 1:
                raise failed  # it was alone already: a second try would double the time it costs
            with time_limit(timeout, "analysis"):
                out.append((analyze([t], pipeline, spec)[0], None))
        except ArticleTimeout as e:
            if spec.needs_model:
                out.append((rule_based(t), f"{e} with the {spec.name} analyzer; analysed with the rules analyzer "
                                           "instead (its records say fallback: rules)"))
            else:
                out.append((e, None))
        except Exception as e:  # noqa: BLE001 - reported per article
            out.append((e, None))
    return out


def _extract(an: Analysis, cleaned: str, doc_id, published, spec, timeout, warnings: list,
             fallen_back: bool = False, job=extract_quotes) -> list:
    if not fallen_back:
        try:
            with time_limit(timeout):
                return job(an, doc_id=doc_id, published=published)
        except ArticleTimeout as e:
            if not spec.needs_model:
                raise
            warnings.append(f"{e} with the {spec.name} analyzer; extracted again with the rules analyzer "
                            "(its records say fallback: rules)")
        an = rule_based(cleaned)
    with time_limit(timeout):
        found = job(an, doc_id=doc_id, published=published)
    return [attrs.evolve(q, fallback="rules") for q in found]


def extract_batch(articles: Sequence[dict], pipeline=None, analyzer=defaults.ANALYZER,
                  max_chars: int = DEFAULT_MAX_CHARS, full: bool = False,
                  timeout: Optional[float] = DEFAULT_TIMEOUT, job: str = "quotes",
                  weights: Optional[str] = None) -> list[object]:
    """For each article dict (id, text, published): its list of records (Quotes; one ArticlePeople
    with job="people"), or the Exception it raised."""
    return [o.error if o.error is not None else list(o.quotes)
            for o in extract_articles(articles, pipeline, analyzer, max_chars, full, timeout, job, weights)]


_OFFSETS = ("start", "end", "cue_start", "cue_end", "speaker_start", "speaker_end")


def _finish(records: list, original: str) -> list:
    # the records point into the text as the user gave it: map the offsets back through the decoded
    # entities (the same map prepare's decoding made), and re-read every span from it
    offsets = decode_entities(original)[1] if records else None
    return [_finish_people(r, original, offsets) if isinstance(r, ArticlePeople) else _finish_quote(r, original, offsets)
            for r in records]


def _finish_people(r: ArticlePeople, original: str, offsets) -> ArticlePeople:
    def form(f):
        start, end = (offsets.to_raw(f.start), offsets.to_raw(f.end)) if offsets else (f.start, f.end)
        return attrs.evolve(f, text=original[start:end], start=start, end=end)

    return attrs.evolve(r, people=tuple(attrs.evolve(e, forms=tuple(form(f) for f in e.forms)) for e in r.people))


def _finish_quote(q: Quote, original: str, offsets) -> Quote:
    if offsets:
        q = attrs.evolve(q, **{k: offsets.to_raw(getattr(q, k)) for k in _OFFSETS if getattr(q, k) is not None})
    return attrs.evolve(
        q,
        text=original[q.start:q.end],
        cue=original[q.cue_start:q.cue_end].lower() if q.cue_start is not None else None,
    )
