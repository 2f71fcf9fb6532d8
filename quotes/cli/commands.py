"""The `quotes` command line. Every command has a Python counterpart in the package (`quotes.api`)."""
from __future__ import annotations

import functools
import json
import sys
from pathlib import Path

import click

from .. import defaults
from ..nlp.analyzers import NAMES
from ..version import __version__
from .options import (
    EXIT_SOME_FAILED,
    INPUT,
    INPUT_FILE,
    Usage,
    output_path,
)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="quotes")
def main() -> None:
    """Who said what, and when, in Indonesian news."""


@main.command("eval")
@click.argument("gold_dir", type=click.Path(exists=True, file_okay=False))
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
@click.option("--errors-out", default=None, callback=output_path, help="Write every mismatch here (JSON lines).")
@click.option("--model-dir", default=None)
@click.option("--analyzer", type=click.Choice(NAMES), default=defaults.ANALYZER, show_default=True)
@click.option("--full", is_flag=True, help="The same as --analyzer full.")
@click.option("--split", default=None, metavar="even|odd|outlet:NAME|ids:FILE",
              help="Score one part: every other article in doc-id order, one outlet, or the doc ids listed in FILE.")
@click.option("--lenient", is_flag=True, help="Speakers agree when they share a name word (silver gold).")
@click.option("--per-outlet", is_flag=True, help="Add a table per outlet.")
def eval_cmd(gold_dir, as_json, errors_out, model_dir, analyzer, full, split, lenient, per_outlet):
    """Score the extractor on a folder of *.txt + *.gold.json."""
    from ..corpus.evaluate import NoGoldError, evaluate_dir, format_table, select
    from ..nlp.loading import ModelError

    try:
        select([], split)
    except ValueError as e:
        raise click.BadParameter(str(e), param_hint="--split")
    try:
        result = evaluate_dir(Path(gold_dir), model_dir=model_dir, analyzer=analyzer, full=full, split=split,
                              lenient=lenient)
    except NoGoldError as e:
        raise Usage(str(e))
    except ModelError as e:
        raise click.ClickException(str(e))
    if errors_out:
        with open(errors_out, "w", encoding="utf-8") as fh:
            for doc_id, (kind, p, g) in result["errors"]:
                fh.write(json.dumps({"doc_id": doc_id, "error": kind, "pred": p, "gold": g}, ensure_ascii=False) + "\n")
    if as_json:
        click.echo(json.dumps({k: result[k] for k in ("direct", "all", "inventory", "per_outlet", "per_doc")}, indent=1))
    else:
        click.echo(format_table(result, per_outlet))


@main.command()
@click.argument("gold_dirs", nargs=-1, required=True, type=click.Path(exists=True, file_okay=False))
@click.option("-o", "--output", required=True, callback=output_path, help="The weights file to write (JSON).")
@click.option("--analyzer", type=click.Choice(NAMES), multiple=True, default=("rules",), show_default=True,
              help="The analysis the examples are read with; give it twice (rules and one model analyzer) "
                   "for weights for both kinds of extraction in one file.")
@click.option("--folds", type=click.IntRange(min=2), default=5, show_default=True,
              help="Folds of whole articles (balanced by outlet) for the estimates.")
@click.option("--raw", type=click.Path(exists=True, dir_okay=False), default=None,
              help="Raw news (gzip, one article per line): the speaker chooser also learns from names "
                   "the writers gave after a verb of saying, hidden.")
@click.option("--raw-articles", type=click.IntRange(min=1), default=1000, show_default=True,
              help="How many raw articles to read examples from.")
def train(gold_dirs, output, analyzer, folds, raw, raw_articles):
    """Learn the weights from folders of gold articles (NAME.txt + NAME.gold.json); print the
    cross-validated scores; use them with `quotes extract --weights`."""
    from ..api import train as fit
    from ..corpus.evaluate import NoGoldError

    try:
        result = fit(list(gold_dirs), output=output, analyzer=list(analyzer), folds=folds, raw=raw,
                     raw_articles=raw_articles)
    except (NoGoldError, ValueError) as e:
        raise Usage(str(e))
    for part in ([result] if "speaker" in result else []) + ([result["neural"]] if "neural" in result else []):
        _report_training(part, folds)


def _report_training(result: dict, folds: int) -> None:
    sp, model = result["speaker"], result["confidence"]
    say = functools.partial(click.echo, err=True)
    say(f"quotes: {sp['analyzer']} analyses: speakers: {sp['decisions']} decisions ({sp['reachable']} with the gold "
        f"speaker among the options) and {sp['raw_examples']} raw-news examples; cross-validated accuracy "
        f"{sp['cross_validated']['all']} (untrained prior {sp['untrained']['all']})")
    for point in sp["learning_curve"]:
        say(f"quotes: speakers: learning curve {int(point['share'] * 100)}%: accuracy {point['all']}")
    for folder, row in sp["held_out"].items():
        say(f"quotes: held out, {folder}: quote + speaker F1 all kinds {row['all']['e2e_f1']}, direct "
            f"{row['direct']['e2e_f1']}; speaker {row['all']['speaker_acc']}, right person "
            f"{row['all']['person_acc']}; quote F1 {row['all']['f1']}")
    cv = model["cross_validated"]
    say(f"quotes: {model['examples']} examples from {model['articles']} articles, {model['cpu_seconds']} CPU s; "
        f"cross-validated ({folds} folds by article): log loss {cv['log_loss']}, ECE {cv['ece']}, "
        f"{cv['at_0.9']} records at >= 0.9 of which {cv['right_at_0.9']} right")
    for point in model["learning_curve"]:
        say(f"quotes: learning curve {int(point['share'] * 100)}% of the training articles: "
            f"log loss {point['log_loss']}, ECE {point['ece']}")
    dates = result["dates"]
    cvd = dates["cross_validated"]
    say(f"quotes: dates: cross-validated accuracy {cvd['accuracy_dated']} over statements the gold dates "
        f"(the rules' order {cvd['rules_accuracy_dated']}), {cvd['accuracy']} over all (rules "
        f"{cvd['rules_accuracy']}); {dates['examples']} statements, {dates['reachable']} with the gold day "
        "among the options: " + ("the model is used" if dates["use"] else "the rules' order stays"))
    cl = result.get("clauses")
    if cl:
        cvc = cl["cross_validated"]
        say(f"quotes: clauses: {cl['examples']} cue + clause pairs the rules doubt, {cl['quotes_among_them']} of "
            f"them quotes; held out, the model says {cvc['said']}: {cvc['right']} right, {cvc['wrong']} wrong: "
            + ("the model is used" if cl["use"] else "the rules' answer stays"))


@main.command()
@click.argument("file", type=INPUT_FILE)
def validate(file):
    """Check a JSON lines file of quotes ('-' for stdin) against the record schema."""
    from ..schema import validate_file

    problems = validate_file(file)
    name = "<stdin>" if file == "-" else file
    for line, msg in problems[:50]:
        click.echo(f"{name}:{line}: {msg}", err=True)
    if problems:
        click.echo(f"quotes: {len(problems)} problem(s) in {name}", err=True)
        sys.exit(EXIT_SOME_FAILED)
    click.echo(f"{name}: valid")


@main.command()
def schema():
    """Print the JSON Schema of an output record."""
    from ..schema import schema_text

    click.echo(schema_text())


class _Records:
    """The records of a file as Quotes; bad lines are reported on stderr, counted and skipped.
    A file that is not a records file at all is a usage error."""

    def __init__(self, path: str) -> None:
        self.path, self.skipped = path, 0

    def read(self) -> list:
        from ..records import NotRecordsError, read_records

        def warn(err):
            self.skipped += 1
            click.echo(f"quotes: skipped {err}", err=True)

        try:
            return list(read_records(self.path, on_error=warn))
        except NotRecordsError as e:
            raise Usage(str(e))
        except (OSError, EOFError) as e:
            raise click.ClickException(f"cannot read {self.path}: {getattr(e, 'strerror', None) or e}")

    def exit(self) -> None:
        if self.skipped:
            click.echo(f"quotes: {self.skipped} bad line(s) skipped in {self.path}", err=True)
            sys.exit(EXIT_SOME_FAILED)


def _writer(output: str):
    return sys.stdout.buffer if output == "-" else open(output, "wb")


@main.command()
@click.argument("quotes_file", metavar="QUOTES.jsonl", type=INPUT_FILE)
@click.option("--json", "as_json", is_flag=True, help="One JSON line per speaker, with roles over time.")
@click.option("--top", type=click.IntRange(min=0), default=50, show_default=True, help="Speakers in the table (0: all).")
def speakers(quotes_file, as_json, top):
    """Who is quoted: one row per person across articles, names merged (see `quotes link`)."""
    import orjson

    from ..corpus.speaker_ids import speaker_table

    source = _Records(quotes_file)
    table = speaker_table(source.read())
    rows = table.speakers if top <= 0 else table.speakers[:top]
    if as_json:
        for sp in rows:
            click.echo(orjson.dumps(sp.to_dict()).decode())
    else:
        click.echo(_speaker_table_text(rows))
        click.echo(f"{len(table.speakers)} speakers", err=True)
    source.exit()


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
@click.argument("quotes_file", metavar="QUOTES.jsonl", type=INPUT_FILE)
@click.option("-o", "--output", default="-", show_default=True, callback=output_path,
              help="JSON lines out ('-' for stdout).")
@click.option("--threshold", type=click.FloatRange(0.0, 1.0), default=0.6, show_default=True,
              help="Character 5-gram Jaccard from which two quotes of one speaker are one statement.")
def link(quotes_file, output, threshold):
    """Add speaker_id and quote_id: one id per person and per statement across articles."""
    import orjson

    from ..api import link as link_records

    source = _Records(quotes_file)
    rows = link_records(source.read(), threshold=threshold)
    out = _writer(output)
    try:
        for r in rows:
            out.write(orjson.dumps(r.to_dict()) + b"\n")
    finally:
        if out is not sys.stdout.buffer:
            out.close()
    statements = len({r.quote_id for r in rows})
    people = len({r.speaker_id for r in rows if r.speaker_id})
    click.echo(f"quotes: {len(rows)} quotes, {statements} statements, {people} speakers", err=True)
    source.exit()


@main.command()
@click.argument("quotes_file", metavar="QUOTES.jsonl", type=INPUT_FILE)
@click.option("-o", "--output", required=True, callback=output_path, help="The Parquet file to write (.parquet).")
def export(quotes_file, output):
    """Write records (of `quotes extract` or `quotes link`) to Parquet: typed columns, offsets as
    integers, `date` and `published` as dates (needs the `parquet` extra: pyarrow)."""
    from ..corpus.tabular import write_parquet

    if output == "-" or not output.endswith(".parquet"):
        raise Usage(f"-o {output}: expected a file name ending in .parquet")
    source = _Records(quotes_file)
    records = source.read()
    try:
        n = write_parquet(records, output)
    except ImportError as e:
        raise click.ClickException(str(e))
    click.echo(f"quotes: wrote {n} records to {output}", err=True)
    source.exit()


@main.command()
@click.argument("inputs", nargs=-1, required=True, metavar="ARTICLES... QUOTES_JSONL", type=INPUT)
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
    from ..report import write_report
    from ..run.inputs import Keys, read

    if len(inputs) < 2:
        raise Usage("give the articles and then the quotes file: quotes view ARTICLES... QUOTES_JSONL")
    *article_paths, records_path = inputs
    if Path(records_path).is_dir():
        raise Usage(f"{records_path} is a folder; the last argument must be the quotes file")
    skipped = 0

    def warn(msg: str) -> None:
        click.echo(f"quotes: warning: {msg}", err=True)

    # read now, not lazily inside the report, so that an unreadable file is named as such
    source = _Records(records_path)
    records = [q.to_dict() for q in source.read()]

    def articles():
        nonlocal skipped
        for item in read(article_paths, Keys(id_key, text_key)):
            if item.error:
                where = f"{item.source}:{item.line}" if item.line else item.source
                warn(f"{where}: {item.error}; article skipped")
                skipped += 1
            else:
                yield item.article

    written = write_report(articles(), records, Path(output), page_size=page_size)
    pages = f" (+{len(written) - 1} page file(s))" if len(written) > 1 else ""
    click.echo(f"quotes: wrote {len(written)} file(s): {written[0]}{pages}", err=True)
    source.exit()
    if skipped:
        sys.exit(EXIT_SOME_FAILED)


from .batch import extract, people  # noqa: E402 - the batch runs live in their own module
from .models import models  # noqa: E402 - the `quotes models` group lives in its own module

main.add_command(extract)
main.add_command(people)
main.add_command(models)

if __name__ == "__main__":  # pragma: no cover
    main()
