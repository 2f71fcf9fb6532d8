"""Reading articles: .txt files, folders, JSON lines (.jsonl, .jsonl.gz), stdin and Python dicts.

Every item read is either an article or an error that names its source and line, so that one
broken line never stops a run and every input line is accounted for. This is the one reader:
local runs, the library and the Dask workers all read through `sources` and `read_source`, so an
article gets the same doc id whichever way it is run.
"""
from __future__ import annotations

import codecs
import gzip
import os
import sys
from pathlib import Path
from typing import Iterable, Iterator, Optional

import attrs
import orjson

MAX_LINE_BYTES = 50_000_000
STDIN_FORMATS = ("auto", "jsonl", "text")
STDIN_TEXT_ID = "stdin"


@attrs.frozen(slots=True)
class Item:
    source: str
    line: Optional[int]
    doc_id: Optional[str]
    article: Optional[dict] = None  # id, text, published, title, url, outlet, meta
    error: Optional[str] = None


@attrs.frozen(slots=True)
class Keys:
    """How articles are read: the JSON keys of id and text, whether other keys are kept under
    `meta`, the encoding of .txt files (and of plain text on stdin), and what stdin holds."""

    id: str = "id"
    text: str = "text"
    keep_meta: bool = False
    encoding: str = "utf-8"
    stdin: str = "auto"  # auto (sniffed: JSON lines if it starts with "{"), jsonl or text


KNOWN = ("published", "title", "url", "outlet")


@attrs.frozen(slots=True)
class Source:
    """One thing to read: a file (with the folder its doc ids are relative to), or '-' for stdin."""

    path: str
    base: Optional[str] = None


def sources(paths: Iterable[str]) -> list[Source]:
    """The files behind the paths given on the command line, folders walked in sorted order."""
    out: list[Source] = []
    for p in paths:
        if p == "-":
            out.append(Source("-"))
            continue
        path = Path(p)
        if path.is_dir():
            out += [Source(str(f), str(path)) for f in sorted(_walk(path))]
        else:
            out.append(Source(str(path), str(path.parent)))
    return out


def read(paths: Iterable[str], keys: Keys = Keys()) -> Iterator[Item]:
    for src in sources(paths):
        yield from read_source(src, keys)


def read_source(src: Source, keys: Keys = Keys()) -> Iterator[Item]:
    if src.path == "-":
        yield from _stdin(keys)
        return
    path = Path(src.path)
    if not path.exists() and not path.is_symlink():
        yield Item(str(path), None, None, error=f"no such file or folder: {path}")
    else:
        yield from _file(path, keys, Path(src.base) if src.base is not None else path.parent)


def _walk(root: Path) -> Iterator[Path]:
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames.sort()
        for name in filenames:
            if name.endswith((".txt", ".jsonl", ".jsonl.gz")) and not name.startswith("."):
                yield Path(dirpath) / name


def txt_doc_id(path: Path, base: Path) -> str:
    """A .txt article's id: its path relative to the folder given, without .txt."""
    return str(path.relative_to(base))[: -len(".txt")] if base in path.parents else path.stem


def _file(path: Path, keys: Keys, base: Path) -> Iterator[Item]:
    name = path.name
    if name.endswith(".txt"):
        doc_id = txt_doc_id(path, base)
        try:
            data = path.read_bytes()
        except OSError as e:
            yield Item(str(path), None, doc_id, error=f"cannot read file: {e.strerror or e}")
            return
        yield _text_item(data, str(path), doc_id, keys.encoding)
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


def _text_item(data: bytes, source: str, doc_id: str, encoding: str) -> Item:
    codec = codecs.lookup(encoding).name
    try:
        text = data.decode("utf-8-sig" if codec == "utf-8" else encoding)
    except UnicodeDecodeError as e:
        what = "UTF-8" if codec == "utf-8" else encoding
        hint = " (--encoding names another one)" if codec == "utf-8" else ""
        return Item(source, _line_of(data, e.start), doc_id,
                    error=f"not {what}{hint}: undecodable byte 0x{data[e.start]:02x} at byte {e.start}")
    return Item(source, None, doc_id, {"id": doc_id, "text": text})


def _stdin(keys: Keys) -> Iterator[Item]:
    fh = sys.stdin.buffer
    if keys.stdin == "text":
        yield _text_item(fh.read(), "<stdin>", STDIN_TEXT_ID, keys.encoding)
        return
    if keys.stdin == "jsonl":
        yield from _jsonl(fh, "<stdin>", keys)
        return
    # auto: JSON lines when the first thing on stdin is a JSON object, plain text otherwise
    head = []
    for raw in fh:
        head.append(raw)
        if raw.strip():
            break
    first = b"".join(head).lstrip()
    if first.startswith(b"\xef\xbb\xbf"):
        first = first[3:]
    if first.startswith(b"{"):
        yield from _jsonl(_Replay(head, fh), "<stdin>", keys)
    elif first:
        yield _text_item(b"".join(head) + fh.read(), "<stdin>", STDIN_TEXT_ID, keys.encoding)


class _Replay:
    """A binary stream that gives back the lines already read, then the rest."""

    def __init__(self, lines: list[bytes], rest) -> None:
        self._lines, self._rest = list(lines), rest

    def readline(self, limit: int = -1) -> bytes:
        if self._lines:
            return self._lines.pop(0)
        return self._rest.readline(limit)


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
    return article_item(obj, source, n, keys)


def article_item(obj, source: str, n: int, keys: Keys = Keys()) -> Item:
    """An article dict (a JSON line, or a dict handed to the library) checked and normalised."""
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


def articles(objs: Iterable, keys: Keys = Keys(), source: str = "<articles>") -> Iterator[Item]:
    """Items of articles handed to the library: dicts as in a JSON line, or plain strings (the
    text; the id is its position)."""
    for n, obj in enumerate(objs, 1):
        if isinstance(obj, str):
            obj = {keys.id: str(n), keys.text: obj}
        yield article_item(obj, source, n, keys)


__all__ = ["Item", "Keys", "Source", "article_item", "articles", "parse_line", "read", "read_source", "sources",
           "txt_doc_id"]
