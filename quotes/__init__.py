"""Who said what, and when, in Indonesian news.

    import quotes
    for q in quotes.extract(text, published="2022-11-08"):
        print(q.speaker, q.cue, q.text, q.date, q.published)

The public API is what `__all__` names; the command line (`quotes --help`) mirrors it. Importing
this package is cheap: Stanza and torch load on the first call that needs them.

How an article flows, one sub-package a stage, each importing only the ones before it:

    text/       the raw input: normalising, paragraphs and scraping noise, positions, word index
    lexicon/    the Indonesian words every stage reads with: cues, titles, places, months
    learn/      the fits and folds the learned stages share (no stage of its own)
    nlp/        the analysis (sentences, tokens, tags): rules or the bundled Stanza models
    names/      who the article names: what a phrase names, fullest forms, roles, the inventory
    find/       candidate quotes: quotation marks, cues, reported clauses, the speaker phrase
    speakers/   each candidate's speaker, resolved in reading order (pronouns, short names)
    dating/     date expressions, each statement's date options and the one chosen
    attribution the flow above, one article -> Quote records (records.py, schema.py)
    run/        batches of articles: inputs, time limits, worker processes, resume, Dask
    corpus/     over many records: evaluation and training on gold, speaker and quote ids, tables
    report/     the HTML report
    api         the library's functions (re-exported here)
    cli/        the `quotes` command, the mirror of the library
"""
from .api import QuotesWarning, export, extract, extract_many, link, people, speaker_table, to_frame, train
from .records import NotRecordsError, Quote, RecordError, read_records
from .version import __version__

__all__ = ["Quote", "QuotesWarning", "RecordError", "NotRecordsError", "export", "extract", "extract_many",
           "link", "people", "read_records", "speaker_table", "to_frame", "train", "__version__"]
