"""Batches of articles: what `quotes extract` and `extract_many` run.

In: articles (files, folders, JSON lines, stdin, dicts: `inputs`). Out: `records.Quote`s per
article, in input order, with errors and warnings per article. `engine` prepares, analyses and
extracts one batch under a time limit; `runner` adds worker processes, checkpoints and resume;
`cluster` runs the same on Dask. A new input format goes into `inputs`.
"""
from .engine import (
           ArticleError,
           analyze,
           extract_articles,
           extract_batch,
           extract_text,
           prepare,
)
from .inputs import Item, Keys, read
from .runner import Options, run

__all__ = ["ArticleError", "analyze", "extract_articles", "extract_batch", "extract_text", "prepare", "Item",
           "Keys", "read", "Options", "run"]
