"""The `quotes` command line. Every command has a Python counterpart in the package."""
from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Optional

import click

from . import __version__

EXIT_SOME_FAILED = 3


def _progress(quiet: bool):
    if quiet or not sys.stderr.isatty():
        return None
    from tqdm import tqdm

    def make(total=None, initial=0):
        return tqdm(total=total, initial=initial, unit="art", file=sys.stderr, dynamic_ncols=True,
                    desc="quotes")

    return make


def _count_txt(paths: list[str]) -> Optional[int]:
    # a total (for the ETA) is known only for folders of .txt files and single files
    n = 0
    for p in paths:
        path = Path(p)
        if p == "-":
            return None
        if path.is_dir():
            for _, _, files in os.walk(path):
                if any(f.endswith((".jsonl", ".jsonl.gz")) for f in files):
                    return None
                n += sum(1 for f in files if f.endswith(".txt"))
        elif path.suffix == ".txt":
            n += 1
        else:
            return None
    return n


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="quotes")
def main() -> None:
    """Who said what, and when, in Indonesian news."""


@main.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("-o", "--output", default="-", show_default=True, help="JSON lines out ('-' for stdout).")
@click.option("--errors", "errors_path", default=None, help="Write failed articles here (JSON lines).")
@click.option("--manifest", default=None, help="Write one line per input article: status and quote count.")
@click.option("--workers", type=int, default=None, help="Worker processes (default: number of cores).")
@click.option("--batch-size", type=int, default=16, show_default=True, help="Articles per batch.")
@click.option("--resume", is_flag=True, help="Finish an interrupted run with the same arguments.")
@click.option("--id-key", default="id", show_default=True)
@click.option("--text-key", default="text", show_default=True)
@click.option("--keep-meta", is_flag=True, help="Carry other JSON keys to the output under 'meta'.")
@click.option("--model-dir", default=None, help="Folder of Stanza models (ours or an official download).")
@click.option("--max-chars", type=int, default=500_000, show_default=True, help="Larger articles are errors.")
@click.option("--timeout", type=float, default=60.0, show_default=True,
              help="Seconds the extraction of one article may take (after analysis); slower ones are errors.")
@click.option("--analyzer", type=click.Choice(["hybrid", "stanza", "rules"]), default="hybrid", show_default=True,
              help="hybrid: rule tokens, Stanza pos and ner where quotes can be; stanza: Stanza's "
                   "tokenizer too; rules: no model (fastest, less accurate).")
@click.option("--full", is_flag=True, help="Run every neural processor on every sentence (slow; for comparison).")
@click.option("--dask", "dask_address", default=None, help="Run on a Dask cluster: scheduler address or 'local'.")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar.")
def extract(inputs, output, errors_path, manifest, workers, batch_size, resume, id_key, text_key, keep_meta,
            model_dir, max_chars, timeout, analyzer, full, dask_address, quiet):
    """Extract quotes from INPUTS (.txt files, folders, .jsonl/.jsonl.gz, or '-' for stdin)."""
    from .inputs import Keys, read
    from .pipeline import ModelError
    from .runner import Options, run

    keys = Keys(id_key, text_key, keep_meta)
    workers = workers or os.cpu_count() or 1
    opts = Options(workers=workers, batch=batch_size, model_dir=model_dir, analyzer=analyzer,
                   max_chars=max_chars, full=full, timeout=timeout or None)
    if dask_address:
        from .distributed import run_dask

        try:
            summary = run_dask(list(inputs), output, errors_path, opts, keys, dask_address)
        except ImportError as e:
            raise click.ClickException(f"Dask is not installed: pip install 'quotes-id[dask]' ({e})")
    else:
        try:
            summary = run(read(list(inputs), keys), output, errors_path, opts, manifest=manifest, resume=resume,
                          progress=_progress(quiet), total=_count_txt(list(inputs)))
        except ModelError as e:
            raise click.ClickException(str(e))
        except ValueError as e:
            raise click.ClickException(str(e))
    click.echo(summary.line(), err=True)
    if summary.failed:
        where = f" (see {errors_path})" if errors_path else ""
        click.echo(f"quotes: {summary.failed} article(s) failed{where}", err=True)
        sys.exit(EXIT_SOME_FAILED)


@main.command("eval")
@click.argument("gold_dir", type=click.Path(exists=True, file_okay=False))
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
@click.option("--errors-out", default=None, help="Write every mismatch here (JSON lines).")
@click.option("--model-dir", default=None)
@click.option("--analyzer", type=click.Choice(["hybrid", "stanza", "rules"]), default="hybrid", show_default=True)
@click.option("--full", is_flag=True, help="Every neural processor on every sentence.")
@click.option("--split", default=None, metavar="even|odd|outlet:NAME",
              help="Score one part: every other article in doc-id order, or one outlet.")
@click.option("--lenient", is_flag=True, help="Speakers agree when they share a name word (silver gold).")
@click.option("--per-outlet", is_flag=True, help="Add a table per outlet.")
def eval_cmd(gold_dir, as_json, errors_out, model_dir, analyzer, full, split, lenient, per_outlet):
    """Score the extractor on a folder of *.txt + *.gold.json."""
    from .evaluate import evaluate_dir, format_table, select

    try:
        select([], split)
    except ValueError as e:
        raise click.BadParameter(str(e), param_hint="--split")
    result = evaluate_dir(Path(gold_dir), model_dir=model_dir, analyzer=analyzer, full=full, split=split,
                          lenient=lenient)
    if errors_out:
        with open(errors_out, "w", encoding="utf-8") as fh:
            for doc_id, (kind, p, g) in result["errors"]:
                fh.write(json.dumps({"doc_id": doc_id, "error": kind, "pred": p, "gold": g}, ensure_ascii=False) + "\n")
    if as_json:
        click.echo(json.dumps({k: result[k] for k in ("direct", "all", "per_outlet", "per_doc")}, indent=1))
    else:
        click.echo(format_table(result, per_outlet))


@main.command()
@click.argument("file", type=click.Path(exists=True, dir_okay=False))
def validate(file):
    """Check a JSON lines file of quotes against the record schema."""
    from .schema import validate_file

    problems = validate_file(Path(file))
    for line, msg in problems[:50]:
        click.echo(f"{file}:{line}: {msg}", err=True)
    if problems:
        raise click.ClickException(f"{len(problems)} invalid line(s)")
    click.echo(f"{file}: valid")


@main.command()
def schema():
    """Print the JSON Schema of an output record."""
    from .schema import schema_text

    click.echo(schema_text())


def _records(path: str):
    """Records of a JSON lines file; a bad line is reported on stderr and skipped."""
    from .records import read_records

    def warn(err):
        click.echo(f"quotes: skipped {err}", err=True)

    return read_records(path, on_error=warn)


@main.command()
@click.argument("quotes_file", metavar="QUOTES.jsonl")
@click.option("--json", "as_json", is_flag=True, help="One JSON line per speaker, with roles over time.")
@click.option("--top", type=int, default=50, show_default=True, help="Speakers in the table (0: all).")
def speakers(quotes_file, as_json, top):
    """Who is quoted: one row per person across articles, names merged (see `quotes link`)."""
    import orjson

    from .speaker_ids import speaker_table

    try:
        table = speaker_table(_records(quotes_file))
    except OSError as e:
        raise click.ClickException(f"cannot read {quotes_file}: {e.strerror or e}")
    rows = table.speakers if top <= 0 else table.speakers[:top]
    if as_json:
        for sp in rows:
            click.echo(orjson.dumps(sp.to_dict()).decode())
        return
    click.echo(_speaker_table_text(rows))
    click.echo(f"{len(table.speakers)} speakers", err=True)


def _speaker_table_text(rows) -> str:
    def roles(sp):
        def when(r):
            if not r.first:
                return ""
            return f" ({r.first})" if r.first == r.last else f" ({r.first}..{r.last})"

        return "; ".join(r.role + when(r) for r in sp.roles[:3])

    head = ("speaker_id", "name", "quotes", "articles", "outlets", "first", "last", "roles", "also named")
    lines = [head]
    for sp in rows:
        lines.append((sp.id, sp.name, str(sp.quotes), str(sp.articles),
                      ", ".join(o for o, _ in sp.outlets[:3]), sp.first or "", sp.last or "", roles(sp),
                      ", ".join(n for n in sp.names if n != sp.name)))
    widths = [min(40, max(len(r[i]) for r in lines)) for i in range(len(head))]
    return "\n".join("  ".join(c[:40].ljust(w) for c, w in zip(r, widths)).rstrip() for r in lines)


@main.command()
@click.argument("quotes_file", metavar="QUOTES.jsonl")
@click.option("-o", "--output", default="-", show_default=True, help="JSON lines out ('-' for stdout).")
@click.option("--threshold", type=click.FloatRange(0.0, 1.0), default=0.6, show_default=True,
              help="Character 5-gram Jaccard from which two quotes of one speaker are one statement.")
def link(quotes_file, output, threshold):
    """Add speaker_id and quote_id: one id per person and per statement across articles."""
    import orjson

    from .quote_ids import link as link_records

    try:
        rows = link_records(_records(quotes_file), threshold=threshold)
    except OSError as e:
        raise click.ClickException(f"cannot read {quotes_file}: {e.strerror or e}")
    out = sys.stdout.buffer if output == "-" else open(output, "wb")
    try:
        for r in rows:
            out.write(orjson.dumps(r) + b"\n")
    finally:
        if out is not sys.stdout.buffer:
            out.close()
    statements = len({r["quote_id"] for r in rows})
    people = len({r["speaker_id"] for r in rows if r["speaker_id"]})
    click.echo(f"quotes: {len(rows)} quotes, {statements} statements, {people} speakers", err=True)


@main.group()
def models():
    """Inspect, evaluate or download the Stanza models."""


@models.command("info")
@click.option("--model-dir", default=None)
def models_info(model_dir):
    """Which model file each processor uses."""
    from .pipeline import ModelError, model_info

    try:
        info = model_info(model_dir)
    except ModelError as e:
        raise click.ClickException(str(e))
    for proc, d in info.items():
        click.echo(f"{proc:9s} {d['bytes'] / 1e6:6.1f} MB  {d['path']}")


@models.command("download")
@click.option("--dir", "target", default=None, help="Where to put them (default $STANZA_RESOURCES_DIR or ~/stanza_resources).")
def models_download(target):
    """Download Stanza's official Indonesian models (needs a network). Our NER stays in use."""
    from .pipeline import download_official

    try:
        where = download_official(target)
    except Exception as e:  # noqa: BLE001 - network and server errors of every kind
        raise click.ClickException(f"download failed ({e.__class__.__name__}: {e}); this needs a network")
    click.echo(f"downloaded to {where}; use it with --model-dir {where} or STANZA_RESOURCES_DIR={where}")


@models.command("evaluate")
@click.option("--ud-test", type=click.Path(exists=True), default=None, help="CoNLL-U test file (default: GSD test in ../shared).")
@click.option("--ner-test", type=click.Path(exists=True), multiple=True, help="BIO NER test file(s).")
@click.option("--model-dir", default=None)
@click.option("--lowercase-ner", is_flag=True, help="Also score NER on lower-cased input.")
def models_evaluate(ud_test, ner_test, model_dir, lowercase_ner):
    """Score the models end to end on held-out data (CoNLL 2018 scorer; NER span F1)."""
    from .model_eval import run_all

    click.echo(run_all(ud_test, list(ner_test), model_dir))


@main.command()
@click.argument("inputs", nargs=-1, required=True, metavar="ARTICLES... QUOTES_JSONL")
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False),
              help="The report's HTML file (more pages go into a folder beside it).")
@click.option("--page-size", type=click.IntRange(min=1), default=500, show_default=True,
              help="Articles per page; with more articles, pages go to <output stem>-pages/.")
@click.option("--id-key", default="id", show_default=True)
@click.option("--text-key", default="text", show_default=True)
def view(inputs, output, page_size, id_key, text_key):
    """Write an HTML report of ARTICLES with the quotes of QUOTES_JSONL highlighted.

    ARTICLES are read like `quotes extract` reads them (.txt files, folders, .jsonl/.jsonl.gz);
    the last argument is the quotes file that `quotes extract` wrote for them.
    """
    from .inputs import Keys, read
    from .report import write_report

    if len(inputs) < 2:
        raise click.UsageError("give the articles and then the quotes file: quotes view ARTICLES... QUOTES_JSONL")
    *article_paths, records_path = inputs
    if Path(records_path).is_dir():
        raise click.ClickException(f"{records_path} is a folder; the last argument must be the quotes file")

    def warn(msg: str) -> None:
        click.echo(f"quotes: warning: {msg}", err=True)

    try:
        # read now, not lazily inside the report, so that an unreadable file is named as such
        records = list(_records(records_path))
    except (OSError, EOFError) as e:
        raise click.ClickException(f"cannot read quotes file {records_path}: {getattr(e, 'strerror', None) or e}")

    def articles():
        for item in read(article_paths, Keys(id_key, text_key)):
            if item.error:
                where = f"{item.source}:{item.line}" if item.line else item.source
                warn(f"{where}: {item.error}; article skipped")
            else:
                yield item.article

    written = write_report(articles(), records, Path(output), page_size=page_size)
    pages = f" (+{len(written) - 1} page file(s))" if len(written) > 1 else ""
    click.echo(f"quotes: wrote {len(written)} file(s): {written[0]}{pages}", err=True)


if __name__ == "__main__":  # pragma: no cover
    main()
