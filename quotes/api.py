"""The library's functions, the mirror of the command line: `extract` and `extract_many` run the
batch path of `quotes extract` (same records, metadata included; per-article errors and time
limit), `read_records` reads its output as Quotes, `link` and `speaker_table` are `quotes link`
and `quotes speakers`, `export` is `quotes export`. `quotes/__init__.py` re-exports them; the
command line (`quotes.cli`) calls them. Stanza and torch load on the first call that needs them.
"""
from __future__ import annotations

import warnings as _warnings
from typing import Iterable, Iterator, Optional

import attrs

from . import defaults
from .records import Quote


class QuotesWarning(UserWarning):
    """An article processed with a problem: a `published` that is not a date (ignored), or a fall
    back to the rules analyzer after the time limit."""


def _options(analyzer: str, model_dir, max_chars: int, timeout, batch_size: int = defaults.BATCH, weights=None):
    from .nlp.analyzers import get
    from .run.runner import Options

    return Options(workers=1, batch=batch_size, model_dir=model_dir, analyzer=get(analyzer).name,
                   max_chars=max_chars, timeout=timeout or None, weights=None if weights is None else str(weights))


def extract(text: str, *, published=None, doc_id: Optional[str] = None, outlet: Optional[str] = None,
            title: Optional[str] = None, url: Optional[str] = None, analyzer: str = defaults.ANALYZER,
            model_dir: Optional[str] = None, max_chars: int = defaults.MAX_CHARS,
            timeout: Optional[float] = defaults.TIMEOUT, pipeline=None, weights=None) -> list[Quote]:
    """All quotes in one article, as `quotes extract` gives them for a JSON line with these keys.

    `published` (ISO date) anchors relative dates and missing years; it is carried to every record
    with `outlet`, `title` and `url`. An article that cannot be processed raises
    `engine.ArticleError` (too large, not text); a bad `published` only warns (QuotesWarning).
    `weights`: a file of `quotes train` (None: the shipped weights).
    """
    from .run.inputs import Item
    from .run.runner import extract_items

    article = {"id": doc_id, "text": text}
    for k, v in (("published", published), ("outlet", outlet), ("title", title), ("url", url)):
        if v is not None:
            article[k] = v
    (res,) = extract_items([Item("<text>", None, doc_id, article)],
                           _options(analyzer, model_dir, max_chars, timeout, weights=weights), pipeline)
    for w in res.warnings:
        _warnings.warn(w, QuotesWarning, stacklevel=2)
    if res.error is not None:
        raise res.error
    return list(res.quotes)


def people(text: str, *, published=None, doc_id: Optional[str] = None, analyzer: str = defaults.ANALYZER,
           model_dir: Optional[str] = None, max_chars: int = defaults.MAX_CHARS,
           timeout: Optional[float] = defaults.TIMEOUT, pipeline=None) -> tuple:
    """Everyone one article mentions, as `quotes people` gives them: a tuple of frozen `Entry`s
    (`name`, `type`, `roles`, `forms` with offsets into `text`), in the order of their first
    mention: people, organisations, unnamed speakers ("seorang warga") and the places, dates and
    documents that must never speak. The same inventory `extract` attributes quotes from.
    """
    from .run.inputs import Item
    from .run.runner import extract_items

    opts = attrs.evolve(_options(analyzer, model_dir, max_chars, timeout), job="people")
    (res,) = extract_items([Item("<text>", None, doc_id, {"id": doc_id, "text": text, "published": published})],
                           opts, pipeline)
    for w in res.warnings:
        _warnings.warn(w, QuotesWarning, stacklevel=2)
    if res.error is not None:
        raise res.error
    return res.quotes[0].people


def extract_many(articles: Iterable, *, errors: Optional[list] = None, analyzer: str = defaults.ANALYZER,
                 model_dir: Optional[str] = None, max_chars: int = defaults.MAX_CHARS,
                 timeout: Optional[float] = defaults.TIMEOUT, batch_size: int = defaults.BATCH,
                 keep_meta: bool = False, id_key: str = "id", text_key: str = "text",
                 pipeline=None, weights=None) -> Iterator[Quote]:
    """Quotes of many articles, in order: `articles` yields dicts like the JSON lines of
    `quotes extract` (`id`, `text`, optional `published`, `outlet`, `title`, `url`; other keys under
    `meta` with keep_meta) or plain strings.

    A bad article never stops the rest. Its error (and any warning) is appended to `errors` as the
    dict `--errors` writes (`source`, `line`, `doc_id`, `error` or `warning`); without `errors`
    each becomes a QuotesWarning.
    """
    import itertools

    from .run.inputs import Keys
    from .run.inputs import articles as article_items
    from .run.runner import error_record, extract_items, warning_record

    opts = _options(analyzer, model_dir, max_chars, timeout, batch_size, weights)
    items = article_items(articles, Keys(id_key, text_key, keep_meta))
    while True:
        batch = list(itertools.islice(items, opts.batch))
        if not batch:
            return
        for res in extract_items(batch, opts, pipeline):
            problems = [warning_record(res.item, w) for w in res.warnings]
            if res.error is not None:
                problems.append(error_record(res.item, res.error))
            for p in problems:
                if errors is not None:
                    errors.append(p)
                else:
                    where = f"{p['source']}:{p['line']} ({p['doc_id']})"
                    _warnings.warn(f"{where}: {p.get('error') or p.get('warning')}", QuotesWarning, stacklevel=2)
            yield from res.quotes


def speaker_table(records):
    """The speakers of a corpus, one per person across articles (`quotes speakers`): a SpeakerTable
    with `.speakers` (most quoted first) and `.id_for(record)`. Records: Quotes or record dicts."""
    from .corpus.speaker_ids import speaker_table as table

    return table(records)


def link(records, threshold: float = 0.6) -> list[Quote]:
    """`quotes link`: the records (Quotes or record dicts, e.g. from `read_records`) as Quotes with
    `speaker_id` and `quote_id` set, in the same order."""
    from .corpus.quote_ids import link as link_records

    return [Quote.from_dict(d) for d in link_records(records, threshold=threshold)]


def to_frame(records):
    """A pandas DataFrame of Quotes or record dicts (needs the `pandas` extra), with typed columns:
    offsets and `index` as nullable integers (Int64), `date` and `published` as dates
    (datetime64, NaT when missing or not a date)."""
    from .corpus.tabular import to_frame as frame

    return frame(records)


def export(records, path: str) -> int:
    """`quotes export`: write the records (Quotes or record dicts) to a Parquet file with typed
    columns (needs the `parquet` extra); returns the number of rows."""
    from .corpus.tabular import write_parquet

    return write_parquet(records, path)


def train(gold_dirs, *, output=None, analyzer: str = "rules", folds: int = 5, raw=None,
          raw_articles: int = 1000) -> dict:
    """`quotes train`: learn the weights (the clause model, the speaker chooser, the confidence model
    and the date chooser) from folders of gold articles (`NAME.txt` + `NAME.gold.json`, GUIDELINES.md); one
    folder or several; `raw`: a gzip of raw news, one article per line, whose hidden speaker names
    teach the chooser too. Returns the weights with their cross-validated scores (folds of whole
    articles, balanced by outlet) and writes them to `output` when given, for
    `extract(..., weights=output)` and `quotes extract --weights`."""
    import os

    from .corpus.train import train as fit

    dirs = [gold_dirs] if isinstance(gold_dirs, (str, os.PathLike)) else list(gold_dirs)
    return fit([str(d) for d in dirs], output=output, analyzer=analyzer, folds=folds,
               raw=str(raw) if raw else None, raw_articles=raw_articles)
