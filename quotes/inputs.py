"""Reading articles: .txt files, folders, JSON lines (.jsonl, .jsonl.gz) and stdin.

Every item read is either an article or an error that names its source and line, so that one
broken line never stops a run and every input line is accounted for.
"""
from __future__ import annotations

import gzip
import os
import sys
from pathlib import Path
from typing import Iterator, Optional

import attrs
import orjson

MAX_LINE_BYTES = 50_000_000


@attrs.frozen(slots=True)
class Item:
    source: str
    line: Optional[int]
    doc_id: Optional[str]
    article: Optional[dict] = None  # id, text, published, title, url, outlet, meta
    error: Optional[str] = None


@attrs.frozen(slots=True)
class Keys:
    id: str = "id"
    text: str = "text"
    keep_meta: bool = False


KNOWN = ("published", "title", "url", "outlet")


def read(paths: list[str], keys: Keys = Keys()) -> Iterator[Item]:
    for p in paths:
        if p == "-":
            yield from _jsonl(sys.stdin.buffer, "<stdin>", keys)
            continue
        path = Path(p)
        if path.is_dir():
            for f in sorted(_walk(path)):
                yield from _file(f, keys, base=path)
        elif path.exists():
            yield from _file(path, keys, base=path.parent)
        else:
            yield Item(str(path), None, None, error=f"no such file or folder: {path}")


def _walk(root: Path) -> Iterator[Path]:
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames.sort()
        for name in filenames:
            if name.endswith((".txt", ".jsonl", ".jsonl.gz")) and not name.startswith("."):
                yield Path(dirpath) / name


def _file(path: Path, keys: Keys, base: Path) -> Iterator[Item]:
    name = path.name
    if name.endswith(".txt"):
        doc_id = str(path.relative_to(base))[: -len(".txt")] if base in path.parents else path.stem
        try:
            data = path.read_bytes()
        except OSError as e:
            yield Item(str(path), None, doc_id, error=f"cannot read file: {e.strerror or e}")
            return
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as e:
            yield Item(str(path), _line_of(data, e.start), doc_id,
                       error=f"not UTF-8: undecodable byte 0x{data[e.start]:02x} at byte {e.start}")
            return
        yield Item(str(path), None, doc_id, {"id": doc_id, "text": text})
    elif name.endswith(".jsonl.gz"):
        try:
            with gzip.open(path, "rb") as fh:
                yield from _jsonl(fh, str(path), keys)
        except (OSError, EOFError) as e:
            yield Item(str(path), None, None, error=f"cannot read gzip file: {e}")
    elif name.endswith(".jsonl"):
        try:
            with open(path, "rb") as fh:
                yield from _jsonl(fh, str(path), keys)
        except OSError as e:
            yield Item(str(path), None, None, error=f"cannot read file: {e.strerror or e}")
    else:
        yield Item(str(path), None, None, error="unknown file type (expected .txt, .jsonl or .jsonl.gz)")


def _line_of(data: bytes, byte: int) -> int:
    return data.count(b"\n", 0, byte) + 1


def _jsonl(fh, source: str, keys: Keys) -> Iterator[Item]:
    n = 0
    while True:
        raw = fh.readline(MAX_LINE_BYTES + 1)
        if not raw:
            break
        n += 1
        if len(raw) > MAX_LINE_BYTES and not raw.endswith(b"\n"):
            # skip the rest of an oversized line without holding it in memory
            while raw and not raw.endswith(b"\n"):
                raw = fh.readline(MAX_LINE_BYTES)
            yield Item(source, n, None, error=f"line longer than {MAX_LINE_BYTES:,} bytes")
            continue
        if not raw.strip():
            continue
        yield parse_line(raw, source, n, keys)


def parse_line(raw: bytes, source: str, n: int, keys: Keys) -> Item:
    try:
        obj = orjson.loads(raw)
    except orjson.JSONDecodeError as e:
        msg = str(e)
        if "utf-8" in msg.lower() or "surrogate" in msg.lower():
            return Item(source, n, None, error=f"not UTF-8: {msg}")
        return Item(source, n, None, error=f"bad JSON: {msg}")
    if not isinstance(obj, dict):
        return Item(source, n, None, error=f"expected a JSON object, got {type(obj).__name__}")
    doc_id = obj.get(keys.id)
    if doc_id is not None and not isinstance(doc_id, (str, int)):
        return Item(source, n, None, error=f"key {keys.id!r} must be a string or number")
    doc_id = str(doc_id) if doc_id is not None else f"{Path(source).name}:{n}"
    text = obj.get(keys.text)
    if text is None:
        return Item(source, n, doc_id, error=f"missing key {keys.text!r}")
    if not isinstance(text, str):
        return Item(source, n, doc_id, error=f"key {keys.text!r} must be a string, got {type(text).__name__}")
    art = {"id": doc_id, "text": text}
    for k in KNOWN:
        if obj.get(k) is not None:
            art[k] = obj[k]
    if keys.keep_meta:
        meta = {k: v for k, v in obj.items() if k not in (keys.id, keys.text, *KNOWN)}
        if meta:
            art["meta"] = meta
    return Item(source, n, doc_id, art)
