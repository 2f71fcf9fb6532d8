"""Writing the report's files: one page, or a summary page and numbered article pages.

More than `page_size` articles go into numbered page files beside the summary, rendered one page
at a time, so a 10,000-article report never holds more than a page of articles in memory.
"""
from __future__ import annotations

import itertools
from collections import Counter
from pathlib import Path
from typing import Any, Iterable, Iterator, Mapping, Optional

import attrs

from .article_view import ArticleView, anchor_of, article_view
from .records import Grouped, group_records
from .render import render, render_article
from .summary import Entry, summarize


@attrs.frozen
class Nav:
    index: str
    prev: Optional[str]
    next: Optional[str]
    label: str


class _Articles:
    """Gives each article its anchor and index entry as it is prepared (anchors must stay unique)."""

    def __init__(self, grouped: Grouped):
        self.grouped = grouped
        self.entries: list[Entry] = []
        self.bad_offsets = 0
        self._anchors: Counter[str] = Counter()

    def view(self, article: Mapping[str, Any], href_prefix: str, back: str) -> ArticleView:
        doc_id = str(article.get("id"))
        text = article.get("text")
        article = {**article, "id": doc_id, "text": text if isinstance(text, str) else ""}
        base = anchor_of(doc_id)
        self._anchors[base] += 1
        # '~' is escaped by anchor_of, so a repeated id's anchor cannot collide with another id's
        anchor = base if self._anchors[base] == 1 else f"{base}~{self._anchors[base]}"
        records = self.grouped.by_doc.get(doc_id, [])
        view = article_view(article, records, anchor, back)
        self.bad_offsets += len(view.bad)
        self.entries.append(Entry(
            doc_id, anchor, f"{href_prefix}#{anchor}", _opt_str(article.get("title")),
            _opt_str(article.get("outlet")), _opt_str(article.get("published")), len(records),
        ))
        return view


def _opt_str(v) -> Optional[str]:
    return None if v is None else str(v)


def _with_next(items: Iterable) -> Iterator[tuple[Any, bool]]:
    it = iter(items)
    try:
        cur = next(it)
    except StopIteration:
        return
    for nxt in it:
        yield cur, True
        cur = nxt
    yield cur, False


def _chunks(items: Iterator[dict], size: int) -> Iterator[list[dict]]:
    while chunk := list(itertools.islice(items, size)):
        yield chunk


def write_report(articles: Iterable[dict], records: Iterable[Any], out: Path, page_size: int = 500) -> list[Path]:
    """Write the report for `articles` (dicts with id, text, optional title/url/outlet/published).

    `records` are dicts (as in a quotes file) or Quote objects. Up to `page_size` articles:
    everything in `out`. More: the summary and index in `out` and the articles in
    `<stem>-pages/0001.html`, ... Returns the files written, `out` first.
    """
    if page_size < 1:
        raise ValueError("page_size must be at least 1")
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    grouped = group_records(records)
    state = _Articles(grouped)
    pages_dir = out.parent / f"{out.stem}-pages"
    it = iter(articles)
    head = list(itertools.islice(it, page_size + 1))
    if len(head) <= page_size:
        html = [render_article(state.view(a, "", "#index")) for a in head]
        summary = summarize(state.entries, grouped, state.bad_offsets)
        _write(out, render("summary.html.j2", home="#top", s=summary, entries=state.entries, pages=(), articles=html))
        _remove_stale_pages(pages_dir, set())
        return [out]

    pages_dir.mkdir(exist_ok=True)
    written: list[Path] = []
    index_href = f"../{out.name}"
    for n, (chunk, has_next) in enumerate(_with_next(_chunks(itertools.chain(head, it), page_size)), 1):
        name = f"{n:04d}.html"
        first = len(state.entries) + 1
        html = [render_article(state.view(a, f"{pages_dir.name}/{name}", f"{index_href}#index")) for a in chunk]
        nav = Nav(f"{index_href}#index", f"{n - 1:04d}.html" if n > 1 else None,
                  f"{n + 1:04d}.html" if has_next else None,
                  f"Page {n} · articles {first:,}–{len(state.entries):,}")
        written.append(_write(pages_dir / name, render("articles.html.j2", nav=nav, articles=html,
                                                       home=index_href)))
    _remove_stale_pages(pages_dir, {p.name for p in written})
    links = [(str(i), f"{pages_dir.name}/{p.name}") for i, p in enumerate(written, 1)]
    summary = summarize(state.entries, grouped, state.bad_offsets)
    _write(out, render("summary.html.j2", home="#top", s=summary, entries=state.entries, pages=links, articles=()))
    return [out, *written]


def _write(path: Path, page: str) -> Path:
    # a lone surrogate (possible in a str built in Python) must not abort the whole report
    path.write_bytes(page.encode("utf-8", "replace"))
    return path


def _remove_stale_pages(pages_dir: Path, keep: set[str]) -> None:
    # a previous, longer report left pages that nothing links to any more; only our numbered
    # pages are removed, and the folder only if that leaves it empty
    if not pages_dir.is_dir():
        return
    for p in pages_dir.glob("[0-9][0-9][0-9][0-9]*.html"):
        if p.name not in keep and p.stem.isdigit():
            p.unlink()
    if not keep and not any(pages_dir.iterdir()):
        pages_dir.rmdir()
