"""Batch runs: articles in, JSON lines out, in input order, with errors and resume.

The run is a sequence of fixed-size batches. After each batch the output, the errors file and the
manifest are flushed and synced, then a checkpoint records how many input items are done and how
long each file is. `--resume` truncates the files to the checkpoint and skips the done items, so a
run killed at any moment finishes with the same bytes as one that was never stopped.
"""
from __future__ import annotations

import itertools
import os
import stat
import sys
import time
from collections import deque
from pathlib import Path
from typing import BinaryIO, Iterable, Iterator, Optional

import attrs
import orjson

from .. import defaults
from .inputs import Item

BATCH = defaults.BATCH


@attrs.define
class Summary:
    articles: int = 0
    ok: int = 0
    failed: int = 0
    quotes: int = 0
    seconds: float = 0.0
    warnings: int = 0
    noun: str = "quotes"  # what the output lines are: quotes, or one inventory per article

    def line(self) -> str:
        rate = self.articles / self.seconds if self.seconds else 0.0
        s = (f"quotes: {self.articles} articles, {self.quotes} {self.noun}, {self.failed} failed "
             f"({rate:.1f} articles/s)")
        if self.warnings:
            s += f", {self.warnings} warning(s)"
        return s


@attrs.frozen
class Options:
    workers: int = 1
    batch: int = BATCH
    model_dir: Optional[str] = None
    analyzer: str = defaults.ANALYZER  # a key of analyzers.ANALYZERS
    max_chars: int = defaults.MAX_CHARS
    timeout: Optional[float] = defaults.TIMEOUT
    job: str = "quotes"  # a key of engine.JOBS: "quotes" (`quotes extract`) or "people" (`quotes people`)
    weights: Optional[str] = None  # a `quotes train` file; None: the shipped weights


@attrs.frozen
class Result:
    """One input item after extraction: its records (with the article's metadata) or the error
    that stopped it, and warnings either way."""

    item: Item
    quotes: tuple = ()
    error: Optional[Exception] = None
    warnings: tuple = ()


# ---------------------------------------------------------------- work done in a worker

_PIPELINE = None
_INIT_ERROR: Optional[BaseException] = None


def _init_worker(model_dir: Optional[str], analyzer: str, threads: int) -> None:
    # an initializer that raises makes the pool respawn workers forever: keep the error for the
    # first batch to raise instead
    global _PIPELINE, _INIT_ERROR
    try:
        from ..nlp.analyzers import get, pipeline_for

        if get(analyzer).needs_model:
            import torch

            torch.set_num_threads(threads)
            _PIPELINE = pipeline_for(analyzer, model_dir)
    except BaseException as e:  # noqa: BLE001
        _INIT_ERROR = e


def with_metadata(q, article: dict, published):
    """A record (a Quote or an ArticlePeople) with its article's metadata: published (when it is
    a date), outlet, title, url, meta."""
    return attrs.evolve(
        q, published=str(published) if published is not None else None, outlet=article.get("outlet"),
        title=article.get("title"), url=article.get("url"), meta=article.get("meta") or None,
    )


def extract_items(items: list[Item], opts: Options, pipeline=None) -> list[Result]:
    """The batch path that the command line, the library and Dask share: a Result per item."""
    from .engine import extract_articles

    out: list[Result] = [Result(it) for it in items]
    idx = [i for i, it in enumerate(items) if it.error is None]
    arts = [items[i].article for i in idx]
    if arts:
        outcomes = extract_articles(arts, pipeline=pipeline, analyzer=opts.analyzer, max_chars=opts.max_chars,
                                    timeout=opts.timeout, job=opts.job, weights=opts.weights)
        for i, art, o in zip(idx, arts, outcomes):
            quotes = tuple(with_metadata(q, art, o.published) for q in o.quotes)
            out[i] = Result(items[i], quotes, o.error, o.warnings)
    for i, it in enumerate(items):
        if it.error is not None:
            out[i] = Result(it, error=ValueError(it.error))
    return out


def error_record(it: Item, error: Exception) -> dict:
    """The line of the errors file for a failed item."""
    msg = str(error) if it.error is not None else f"{error.__class__.__name__}: {error}"
    return {"source": it.source, "line": it.line, "doc_id": it.doc_id, "error": msg}


def warning_record(it: Item, warning: str) -> dict:
    """The line of the errors file for an article processed with a warning."""
    return {"source": it.source, "line": it.line, "doc_id": it.doc_id, "warning": warning}


def process_batch(items: list[Item], opts: Options, pipeline=None) -> list[tuple[list[bytes], Optional[dict], list[dict]]]:
    """For each item: its output lines, its error record if it failed, and its warning records."""
    if pipeline is None and _INIT_ERROR is not None:
        raise _INIT_ERROR
    pipeline = pipeline if pipeline is not None else _PIPELINE
    out = []
    for r in extract_items(items, opts, pipeline):
        err = error_record(r.item, r.error) if r.error is not None else None
        lines = [orjson.dumps(q.to_dict()) + b"\n" for q in r.quotes]
        out.append((lines, err, [warning_record(r.item, w) for w in r.warnings]))
    return out


# ---------------------------------------------------------------- the run

def _batches(items: Iterator[Item], size: int) -> Iterator[list[Item]]:
    while True:
        b = list(itertools.islice(items, size))
        if not b:
            return
        yield b


def _ordered_results(batches: Iterator[list[Item]], opts: Options) -> Iterator[tuple[list[Item], list]]:
    from ..nlp.analyzers import get, pipeline_for
    from ..nlp.loading import resolve_models

    if opts.workers <= 1:
        pipeline = pipeline_for(opts.analyzer, opts.model_dir)
        for b in batches:
            yield b, process_batch(b, opts, pipeline)
        return
    import multiprocessing as mp

    if get(opts.analyzer).needs_model:
        resolve_models(opts.model_dir)  # a missing model is one clear error here, not in N workers
    ctx = mp.get_context("spawn")
    threads = max(1, (os.cpu_count() or 1) // opts.workers)
    with ctx.Pool(opts.workers, initializer=_init_worker, initargs=(opts.model_dir, opts.analyzer, threads)) as pool:
        window: deque = deque()
        limit = opts.workers * 8  # bounded: never more than this many batches in flight
        for b in batches:
            window.append((b, pool.apply_async(process_batch, (b, opts))))
            while len(window) >= limit:
                bb, r = window.popleft()
                yield bb, r.get()
        while window:
            bb, r = window.popleft()
            yield bb, r.get()


@attrs.define
class Checkpoint:
    path: Path
    items: int = 0
    out_bytes: int = 0
    err_bytes: int = 0
    manifest_bytes: int = 0
    ok: int = 0
    failed: int = 0
    quotes: int = 0

    def save(self) -> None:
        tmp = self.path.with_name(self.path.name + ".tmp")
        data = orjson.dumps({k: v for k, v in attrs.asdict(self).items() if k != "path"})
        with open(tmp, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, self.path)

    @classmethod
    def load(cls, path: Path) -> "Checkpoint":
        if not path.exists():
            return cls(path)
        d = orjson.loads(path.read_bytes())
        return cls(path, **d)


def _open(path: Optional[str], resume_at: int) -> Optional[BinaryIO]:
    if path is None:
        return None
    if path == "-":
        return sys.stdout.buffer
    fh = open(path, "r+b" if (resume_at and os.path.exists(path)) else "wb")
    if stat.S_ISREG(os.fstat(fh.fileno()).st_mode):  # not /dev/null or a pipe
        fh.truncate(resume_at)
        fh.seek(resume_at)
    return fh


def _sync(fh: Optional[BinaryIO]) -> None:
    if fh is None:
        return
    fh.flush()
    try:
        os.fsync(fh.fileno())
    except OSError:
        pass  # a pipe


def run(items: Iterable[Item], output: str, errors: Optional[str], opts: Options, *, manifest: Optional[str] = None,
        resume: bool = False, progress=None, total: Optional[int] = None) -> Summary:
    start = time.perf_counter()
    ckpt_path = Path(output + ".checkpoint") if output != "-" else None
    ck = Checkpoint.load(ckpt_path) if (resume and ckpt_path) else Checkpoint(ckpt_path or Path(os.devnull))
    if resume and output == "-":
        raise ValueError("--resume needs an output file (-o), not stdout")
    out = _open(output, ck.out_bytes)
    err = _open(errors, ck.err_bytes) if errors else None
    man = _open(manifest, ck.manifest_bytes) if manifest else None
    summary = Summary(articles=ck.items, ok=ck.ok, failed=ck.failed, quotes=ck.quotes,
                      noun="quotes" if opts.job == "quotes" else "inventories")
    it = iter(items)
    if ck.items:
        for _ in itertools.islice(it, ck.items):
            pass
    bar = progress(total=total, initial=ck.items) if progress else None
    try:
        for batch, results in _ordered_results(_batches(it, opts.batch), opts):
            for item, (lines, error, warnings) in zip(batch, results):
                summary.articles += 1
                summary.warnings += len(warnings)
                for w in warnings:
                    if err is not None:
                        err.write(orjson.dumps(w) + b"\n")
                    else:
                        print(f"quotes: warning: {_where(w)}: {w['warning']}", file=sys.stderr)
                if error is not None:
                    summary.failed += 1
                    if err is not None:
                        err.write(orjson.dumps(error) + b"\n")
                    else:
                        print(f"quotes: {_where(error)}: {error['error']}", file=sys.stderr)
                else:
                    summary.ok += 1
                    summary.quotes += len(lines)
                    out.writelines(lines)
                if man is not None:
                    man.write(orjson.dumps(manifest_record(item, error, lines, warnings)) + b"\n")
            if bar is not None:
                bar.update(len(batch))
                bar.set_postfix(quotes=summary.quotes, failed=summary.failed, refresh=False)
            if ckpt_path is not None:
                _sync(out)
                _sync(err)
                _sync(man)
                ck.items, ck.ok, ck.failed, ck.quotes = summary.articles, summary.ok, summary.failed, summary.quotes
                ck.out_bytes = out.tell()
                ck.err_bytes = err.tell() if err is not None else 0
                ck.manifest_bytes = man.tell() if man is not None else 0
                ck.save()
            else:
                out.flush()
    finally:
        if bar is not None:
            bar.close()
        for fh in (out, err, man):
            if fh is not None and fh is not sys.stdout.buffer:
                fh.close()
            elif fh is not None:
                fh.flush()
    if ckpt_path is not None and ckpt_path.exists():
        ckpt_path.unlink()  # finished: nothing to resume
    summary.seconds = time.perf_counter() - start
    return summary


def manifest_record(item: Item, error: Optional[dict], lines: list, warnings: list) -> dict:
    rec = {"source": item.source, "line": item.line, "doc_id": item.doc_id,
           "status": "failed" if error else "ok", "quotes": len(lines)}
    if warnings:
        rec["warnings"] = len(warnings)
    return rec


def _where(error: dict) -> str:
    w = error.get("source") or "?"
    if error.get("line"):
        w += f":{error['line']}"
    if error.get("doc_id"):
        w += f" ({error['doc_id']})"
    return w
