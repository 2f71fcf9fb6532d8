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

from .inputs import Item

BATCH = 16


@attrs.define
class Summary:
    articles: int = 0
    ok: int = 0
    failed: int = 0
    quotes: int = 0
    seconds: float = 0.0

    def line(self) -> str:
        rate = self.articles / self.seconds if self.seconds else 0.0
        s = (f"quotes: {self.articles} articles, {self.quotes} quotes, {self.failed} failed "
             f"({rate:.1f} articles/s)")
        return s


@attrs.frozen
class Options:
    workers: int = 1
    batch: int = BATCH
    model_dir: Optional[str] = None
    analyzer: str = "hybrid"
    max_chars: int = 500_000
    full: bool = False
    timeout: Optional[float] = 60.0


# ---------------------------------------------------------------- work done in a worker

_PIPELINE = None
_INIT_ERROR: Optional[BaseException] = None


def _init_worker(model_dir: Optional[str], analyzer: str, full: bool, threads: int) -> None:
    # an initializer that raises makes the pool respawn workers forever: keep the error for the
    # first batch to raise instead
    global _PIPELINE, _INIT_ERROR
    try:
        if analyzer != "rules":
            import torch

            torch.set_num_threads(threads)
            from .pipeline import get_pipeline, processors_for

            _PIPELINE = get_pipeline(model_dir, processors_for(analyzer, full))
    except BaseException as e:  # noqa: BLE001
        _INIT_ERROR = e


def process_batch(items: list[Item], opts: Options, pipeline=None) -> list[tuple[list[bytes], Optional[dict]]]:
    """For each item: its output lines and, if it failed, its error record."""
    from .engine import extract_batch

    if pipeline is None and _INIT_ERROR is not None:
        raise _INIT_ERROR
    pipeline = pipeline if pipeline is not None else _PIPELINE
    out: list[tuple[list[bytes], Optional[dict]]] = [([], None)] * len(items)
    arts, idx = [], []
    for i, it in enumerate(items):
        if it.error is not None:
            out[i] = ([], _err(it, it.error))
        else:
            arts.append(it.article)
            idx.append(i)
    if arts:
        results = extract_batch(arts, pipeline=pipeline, analyzer=opts.analyzer, max_chars=opts.max_chars,
                                full=opts.full, timeout=opts.timeout)
        for i, res in zip(idx, results):
            it = items[i]
            if isinstance(res, Exception):
                out[i] = ([], _err(it, f"{res.__class__.__name__}: {res}"))
                continue
            lines = []
            art = it.article
            for q in res:
                d = q.to_dict()
                if art.get("published") is not None:
                    d["published"] = str(art["published"])
                if art.get("outlet") is not None:
                    d["outlet"] = art["outlet"]
                if art.get("meta"):
                    d["meta"] = art["meta"]
                lines.append(orjson.dumps(d) + b"\n")
            out[i] = (lines, None)
    return out


def _err(it: Item, msg: str) -> dict:
    return {"source": it.source, "line": it.line, "doc_id": it.doc_id, "error": msg}


# ---------------------------------------------------------------- the run

def _batches(items: Iterator[Item], size: int) -> Iterator[list[Item]]:
    while True:
        b = list(itertools.islice(items, size))
        if not b:
            return
        yield b


def _ordered_results(batches: Iterator[list[Item]], opts: Options) -> Iterator[tuple[list[Item], list]]:
    if opts.workers <= 1:
        pipeline = None
        if opts.analyzer != "rules":
            from .pipeline import get_pipeline, processors_for

            pipeline = get_pipeline(opts.model_dir, processors_for(opts.analyzer, opts.full))
        for b in batches:
            yield b, process_batch(b, opts, pipeline)
        return
    import multiprocessing as mp

    if opts.analyzer != "rules":
        from .pipeline import resolve_models

        resolve_models(opts.model_dir)  # a missing model is one clear error here, not in N workers
    ctx = mp.get_context("spawn")
    threads = max(1, (os.cpu_count() or 1) // opts.workers)
    with ctx.Pool(opts.workers, initializer=_init_worker, initargs=(opts.model_dir, opts.analyzer, opts.full, threads)) as pool:
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
    summary = Summary(articles=ck.items, ok=ck.ok, failed=ck.failed, quotes=ck.quotes)
    it = iter(items)
    if ck.items:
        for _ in itertools.islice(it, ck.items):
            pass
    bar = progress(total=total, initial=ck.items) if progress else None
    try:
        for batch, results in _ordered_results(_batches(it, opts.batch), opts):
            for item, (lines, error) in zip(batch, results):
                summary.articles += 1
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
                    man.write(orjson.dumps({
                        "source": item.source, "line": item.line, "doc_id": item.doc_id,
                        "status": "failed" if error else "ok", "quotes": len(lines),
                    }) + b"\n")
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


def _where(error: dict) -> str:
    w = error.get("source") or "?"
    if error.get("line"):
        w += f":{error['line']}"
    if error.get("doc_id"):
        w += f" ({error['doc_id']})"
    return w
