"""Run the analysis and the extraction over one article or a batch of them.

Tokenisation runs on every sentence; the neural processors (pos, lemma, depparse, ner) run only on
sentences that can change the answer: those holding a quotation mark or a reporting cue. Sentences
of many articles go to Stanza together, so its batches stay full.
"""
from __future__ import annotations

import ctypes
import re
import threading
from typing import Optional, Sequence

import attrs

from . import analyzers, defaults
from .analysis import Analysis, from_stanza_sentences, lower_vocab, merge, mid_caps, rule_based, segment
from .attribution import COMPLEMENTISERS, extract_quotes
from .dates import parse_published
from .lexicon import cues, roles_for
from .normalize import blank_html, repair_mojibake, same_length
from .records import Quote
from .text import blank_spans, inline_noise, paragraphs

_WORD = re.compile(r"\w+")
# depparse runs only with --full: the extractor reads the parse only as a fallback for a missing
# subject, which the rules find on their own (the benchmark reports the accuracy difference)
NEURAL_PROCESSORS = ("pos", "lemma", "depparse", "ner")
# What the extractor reads: part of speech and entities. Lemmas only ever add "weak" cues (a verb
# whose lemma is a verb of saying but whose form is not in the cue table), which changed no quote
# on ../shared/corpus or corpus/ (same scores without them), so the lemmatiser, like the parser,
# runs only with --full.
SELECTIVE_PROCESSORS = ("pos", "ner")

QUOTE_CHARS = set("\"“”„«»‟")
DEFAULT_MAX_CHARS = defaults.MAX_CHARS
DEFAULT_TIMEOUT = defaults.TIMEOUT


class ArticleError(ValueError):
    """An article that cannot be processed; the message says why."""


class ArticleTimeout(ArticleError):
    """The extraction of one article took longer than its time limit."""


def _raise_in(thread_id: int, exc_type) -> None:
    # exc_type None clears an exception set but not yet raised
    ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(thread_id),
                                               ctypes.py_object(exc_type) if exc_type else None)


class time_limit:
    """`with time_limit(seconds):` raises ArticleTimeout in the running thread once `seconds` pass.

    Works in any thread, not only the main one: Dask runs its tasks in worker threads, where
    SIGALRM never arrives. A timer thread raises the exception in the running thread
    (PyThreadState_SetAsyncExc); like a signal handler, it lands between two Python bytecodes, so a
    long single C call (a sleep, one regex match) finishes first. None or 0: no limit.
    """

    def __init__(self, seconds: Optional[float]) -> None:
        self.seconds = seconds
        self._lock = threading.Lock()
        self._active = False
        self.fired = False

    def __enter__(self) -> "time_limit":
        if not self.seconds:
            return self
        message = f"extraction took longer than {self.seconds:g} s"

        class Expired(ArticleTimeout):
            def __init__(self) -> None:  # raised by class, without arguments
                super().__init__(message)

        self._thread = threading.get_ident()
        self._expired = Expired
        self._active = True
        self._timer = threading.Timer(self.seconds, self._fire)
        self._timer.daemon = True
        self._timer.start()
        return self

    def _fire(self) -> None:
        with self._lock:
            if self._active:
                self.fired = True
                _raise_in(self._thread, self._expired)

    def __exit__(self, *exc) -> bool:
        if not self.seconds:
            return False
        with self._lock:
            self._active = False
            if self.fired:
                _raise_in(self._thread, None)  # finished in the same instant: no late exception
        self._timer.cancel()
        return False


def prepare(text: str, max_chars: int = DEFAULT_MAX_CHARS) -> str:
    if not isinstance(text, str):
        raise ArticleError(f"text must be a string, not {type(text).__name__}")
    if len(text) > max_chars:
        raise ArticleError(f"article has {len(text):,} characters, over the limit of {max_chars:,} (--max-chars)")
    clean = blank_html(same_length(repair_mojibake(text)))
    return blank_spans(clean, inline_noise(clean))


def _cue_word(word: str, table) -> bool:
    low = word.lower()
    return low in table or (low.endswith("nya") and low[:-3] in table)


def _relevant(tokens) -> bool:
    """A sentence (its tokens, Stanza's or ours) with a quotation mark or a cue word."""
    table = cues()
    return any(any(ch in QUOTE_CHARS for ch in tok.text) or _cue_word(tok.text, table) for tok in tokens)


def _needs_tags(tokens) -> bool:
    """The tagger decides one thing in the default path: whether the words right after a verb of
    saying are a clause ("Anas mengatakan harga naik") or its object ("mengungkapkan pandangannya").
    Only a sentence with such a verb not followed by a comma or "bahwa" needs parts of speech."""
    for k, tok in enumerate(tokens[:-1]):
        if any(r.role in ("say", "weak") for r in roles_for(tok.text)):
            nxt = tokens[k + 1].text
            if nxt not in (",", ":") and nxt.lower() not in COMPLEMENTISERS:
                return True
    return False


def _relevant_paragraph(text: str) -> bool:
    if any(ch in QUOTE_CHARS for ch in text):
        return True
    table = cues()
    return any(_cue_word(w, table) for w in _WORD.findall(text))


def analyze_many(texts: Sequence[str], pipeline, full: bool = False) -> list[Analysis]:
    """Analyses for several prepared texts with one Stanza call per stage.

    Paragraphs with neither a quotation mark nor a cue word are split by rule: Stanza's tokenizer,
    the largest cost after the parser, reads only the paragraphs that can hold a quote. Within
    those, pos and ner run on the sentences with a mark or a cue. `full` runs
    every processor (lemma and parser too) on every sentence of every paragraph.
    """
    from stanza.models.common.doc import Document

    if not texts:
        return []
    # pieces: (article, paragraph start, paragraph text, use Stanza?)
    pieces: list[tuple[int, int, str, bool]] = []
    for di, text in enumerate(texts):
        if full:
            pieces.append((di, 0, text, True))
            continue
        for p in paragraphs(text):
            chunk = text[p.start:p.end]
            pieces.append((di, p.start, chunk, (not p.noise) and _relevant_paragraph(chunk)))
    stanza_idx = [k for k, pc in enumerate(pieces) if pc[3] and pc[2].strip()]
    docs = pipeline.process([Document([], text=pieces[k][2]) for k in stanza_idx], processors="tokenize,mwt") \
        if stanza_idx else []
    doc_of = dict(zip(stanza_idx, docs))
    selected: list[tuple[int, int]] = []
    sub_sents = []
    for k, doc in doc_of.items():
        for si, sent in enumerate(doc.sentences):
            if full or _relevant(sent.tokens):
                selected.append((k, si))
                sub_sents.append(sent.to_dict())
    processed: dict[tuple[int, int], object] = {}
    if sub_sents:
        wanted = NEURAL_PROCESSORS if full else SELECTIVE_PROCESSORS
        neural = [p for p in wanted if p in pipeline.processors]
        sub = Document(sub_sents, text=None)
        # offsets belong to different paragraphs, so the sub-document has no text of its own;
        # each sentence gets its own (the NER processor reads entity text from it)
        for (k, _), sent in zip(selected, sub.sentences):
            first, last = sent.tokens[0], sent.tokens[-1]
            if first.start_char is not None and last.end_char is not None:
                sent.text = pieces[k][2][first.start_char:last.end_char]
        if neural:
            sub = pipeline.process(sub, processors=",".join(neural))
        for key, sent in zip(selected, sub.sentences):
            processed[key] = sent
    parts: list[list[Analysis]] = [[] for _ in texts]
    for k, (di, offset, chunk, _) in enumerate(pieces):
        if k in doc_of:
            sents = [processed.get((k, si), s) for si, s in enumerate(doc_of[k].sentences)]
            parts[di].append(from_stanza_sentences(sents, texts[di], offset))
        else:
            parts[di].append(_shift(rule_based(chunk), offset))
    return [merge(ps, text) for ps, text in zip(parts, texts)]


def analyze_hybrid(texts: Sequence[str], pipeline) -> list[Analysis]:
    """Analyses with rule tokens and sentences, and Stanza's pos and ner on the sentences that can
    hold a quote (a mark or a cue), batched across texts.

    Stanza's neural tokenizer and multi-word expander are the largest cost of the selective path;
    here they do not run at all. The tagger then sees "ujarnya" as one word, as the entity model
    was trained to (its data is not split into words either).
    """
    import attrs
    from stanza.models.common.doc import Document

    # per text: its rule tokens and sentences; `chosen`: (text, sentence) of each sentence in `batch`
    docs: list[tuple[list, list]] = []
    chosen: list[tuple[int, int]] = []
    batch = []
    sent_texts = []
    tag_pos = []  # positions in `batch` of the sentences the tagger must read
    for di, text in enumerate(texts):
        tokens: list = []
        sentences: list = []
        for p in paragraphs(text):
            s0 = len(sentences)
            segment(text, p.start, p.end, tokens, sentences)
            if p.noise or not _relevant_paragraph(text[p.start:p.end]):
                continue
            for si in range(s0, len(sentences)):
                sent = sentences[si]
                toks = tokens[sent.first:sent.last]
                if _relevant(toks):
                    if _needs_tags(toks):
                        tag_pos.append(len(batch))
                    chosen.append((di, si))
                    sent_texts.append(text[sent.start:sent.end])
                    # offsets as fields, not in "misc": Stanza parses misc strings one by one
                    batch.append([{"id": j + 1, "text": t.text, "start_char": t.start, "end_char": t.end}
                                  for j, t in enumerate(toks)])
        docs.append((tokens, sentences))

    def run(sents, texts_, processor):
        doc = Document(sents, text=None)
        for sent, st in zip(doc.sentences, texts_):
            sent.text = st  # the entity model reads entity text from it by character offsets
        return pipeline.process(doc, processors=processor).sentences

    entities, tags = [], {}
    if batch and "ner" in pipeline.processors:
        entities = run(batch, sent_texts, "ner")
    if tag_pos and "pos" in pipeline.processors:
        tags = dict(zip(tag_pos, run([batch[k] for k in tag_pos], [sent_texts[k] for k in tag_pos], "pos")))
    neural = [False] * len(texts)
    for k, (di, si) in enumerate(chosen):
        tokens, sentences = docs[di]
        sent = sentences[si]
        ner_toks = entities[k].tokens if entities else ()
        pos_toks = tags[k].tokens if k in tags else ()
        neural[di] = neural[di] or bool(entities or tags)
        for j in range(sent.last - sent.first):
            tag = getattr(ner_toks[j], "ner", None) if ner_toks else None
            ner = tag.split("-", 1)[-1] if tag and tag != "O" else None
            upos = pos_toks[j].words[0].upos if pos_toks else None
            if ner is not None or upos is not None:
                tokens[sent.first + j] = attrs.evolve(tokens[sent.first + j], upos=upos, ner=ner)
    return [Analysis(text, tuple(tokens), tuple(sentences), neural=nn, lower=lower_vocab(text), midcaps=mid_caps(text))
            for text, (tokens, sentences), nn in zip(texts, docs, neural)]


def _shift(an: Analysis, offset: int) -> Analysis:
    import attrs

    if offset == 0:
        return an
    toks = tuple(attrs.evolve(t, start=t.start + offset, end=t.end + offset) for t in an.tokens)
    sents = tuple(attrs.evolve(s, start=s.start + offset, end=s.end + offset) for s in an.sentences)
    return attrs.evolve(an, tokens=toks, sentences=sents)


def extract_text(text: str, *, published=None, doc_id: Optional[str] = None, pipeline=None,
                 analyzer: str = "hybrid", max_chars: int = DEFAULT_MAX_CHARS,
                 timeout: Optional[float] = None) -> list[Quote]:
    """The quotes of one article (the batch path with one article); raises the article's error."""
    (out,) = extract_articles([{"id": doc_id, "text": text, "published": published}], pipeline, analyzer,
                              max_chars, timeout=timeout)
    if out.error is not None:
        raise out.error
    return list(out.quotes)


def analyze(texts: Sequence[str], pipeline=None, analyzer="hybrid", full: bool = False) -> list[Analysis]:
    """Analyses of prepared texts by the chosen analyzer (the cached pipeline it needs if none is given)."""
    spec = analyzers.get(analyzer, full)
    if pipeline is None and spec.needs_model:
        pipeline = _default_pipeline(spec)
    return spec.run(texts, pipeline)


def _default_pipeline(analyzer, full: bool = False):
    from .pipeline import pipeline_for

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


def extract_articles(articles: Sequence[dict], pipeline=None, analyzer="hybrid",
                     max_chars: int = DEFAULT_MAX_CHARS, full: bool = False,
                     timeout: Optional[float] = DEFAULT_TIMEOUT) -> list[Outcome]:
    """An Outcome for each article dict (id, text, published).

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
    texts = [t for _, t, _, _ in ok]
    try:
        analyses = analyze(texts, pipeline, spec)
    except Exception:
        analyses = []
        for t in texts:
            try:
                analyses.append(analyze([t], pipeline, spec)[0])
            except Exception as e:  # noqa: BLE001 - reported per article
                analyses.append(e)
    for (i, cleaned, published, warnings), an in zip(ok, analyses):
        if isinstance(an, Exception):
            results[i] = Outcome(error=an, warnings=tuple(warnings), published=published)
            continue
        a = articles[i]
        try:
            found = _extract(an, cleaned, a.get("id"), published, spec, timeout, warnings)
            results[i] = Outcome(tuple(_finish(found, a["text"])), None, tuple(warnings), published)
        except Exception as e:  # noqa: BLE001 - reported per article
            results[i] = Outcome(error=e, warnings=tuple(warnings), published=published)
    return results


def _extract(an: Analysis, cleaned: str, doc_id, published, spec, timeout, warnings: list) -> list[Quote]:
    try:
        with time_limit(timeout):
            return extract_quotes(an, doc_id=doc_id, published=published)
    except ArticleTimeout as e:
        if not spec.needs_model:
            raise
        warnings.append(f"{e} with the {spec.name} analyzer; extracted again with the rules analyzer "
                        "(its records say fallback: rules)")
    with time_limit(timeout):
        found = extract_quotes(rule_based(cleaned), doc_id=doc_id, published=published)
    return [attrs.evolve(q, fallback="rules") for q in found]


def extract_batch(articles: Sequence[dict], pipeline=None, analyzer="hybrid",
                  max_chars: int = DEFAULT_MAX_CHARS, full: bool = False,
                  timeout: Optional[float] = DEFAULT_TIMEOUT) -> list[object]:
    """For each article dict (id, text, published): its list of Quotes, or the Exception it raised."""
    return [o.error if o.error is not None else list(o.quotes)
            for o in extract_articles(articles, pipeline, analyzer, max_chars, full, timeout)]


def _finish(quotes: list[Quote], original: str) -> list[Quote]:
    # the records point into the text as the user gave it: re-read every span from it
    return [attrs.evolve(q, text=original[q.start:q.end],
                         cue=original[q.cue_start:q.cue_end].lower() if q.cue_start is not None else None)
            for q in quotes]
