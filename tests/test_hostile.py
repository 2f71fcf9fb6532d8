"""Property tests: mutated and generated articles never crash the extractor or corrupt a record."""
import random

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import CORPUS
from quotes.run.engine import extract_text
from quotes.schema import problems

ARTICLES = [p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt"))]
INSERTS = ['"', "“", "”", "'", "\n\n", "\n", " ujarnya ", " kata dia, ", "Menurut Anas, ", " mengatakan bahwa ",
           "â€œ", "â€", "Ã©", "<p>", "</p>", "<br/>", "\r", "\r\n", "\u200b", "\u00a0", "\x00", "\x1b[0m",
           "Baca juga: ", "Halaman Selanjutnya", "Selasa (08/11)", "Senin (31/2/2023)", "(", ")", "x" * 5000,
           "中文", "العربية", "🙂", "\ufeff", "\u2028"]


def mutate(text: str, seed: int, n: int) -> str:
    rng = random.Random(seed)
    chars = list(text)
    for _ in range(n):
        op = rng.random()
        pos = rng.randrange(len(chars) + 1)
        if op < 0.45:
            chars[pos:pos] = list(rng.choice(INSERTS))
        elif op < 0.8 and chars:
            del chars[pos:pos + rng.randint(1, 20)]
        else:
            # remove every closing mark: a scrape that lost them
            chars = [c for c in chars if c not in "”"]
    return "".join(chars)


HTML_ENTITIES = {"“": "&ldquo;", "”": "&rdquo;", '"': "&quot;", "&": "&amp;", " ": "&nbsp;", "–": "&ndash;"}
MARKS = "\"“”"


def _unbroken_run(rng: random.Random, n: int = 5000) -> str:
    """n characters without a space: a pasted base64 image, a table without its spaces, glued words."""
    kind = rng.randrange(3)
    if kind == 0:
        alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
        return "".join(rng.choice(alphabet) for _ in range(n))
    if kind == 1:
        return "".join(rng.choice("|-0123456789.,") for _ in range(n))
    words = ["Kami", "siap", "ujarnya", "“Baik,”", "kata", "Anas.", "harga", "naik", "Selasa", "(8/11)"]
    out = []
    while sum(map(len, out)) < n:
        out.append(rng.choice(words))
    return "".join(out)[:n]


def mutate_long(text: str, seed: int) -> str:
    """A long, odd article: the text repeated 2-20 times, then some of: quotation marks removed or
    repeated, mojibake, CRLF line ends, zero-width characters, HTML tags and entities, 5,000-character
    runs without a space, and a few character edits (mutate)."""
    rng = random.Random(seed)
    out = "\n\n".join([text.strip()] * rng.randint(2, 20))
    ops = rng.sample(["drop_marks", "double_marks", "mojibake", "crlf", "zero_width", "html", "runs", "edits"],
                     rng.randint(1, 4))
    for op in ops:
        if op == "drop_marks":
            gone = rng.choice(MARKS)
            out = out.replace(gone, "")
        elif op == "double_marks":
            out = "".join(c * rng.randint(2, 3) if c in MARKS and rng.random() < 0.5 else c for c in out)
        elif op == "mojibake":
            # a share of the paragraphs written as UTF-8 read as cp1252, as broken scrapes do
            paras = out.split("\n")
            out = "\n".join(p.encode("utf-8").decode("cp1252", errors="replace") if rng.random() < 0.5 else p
                            for p in paras)
        elif op == "crlf":
            out = out.replace("\n", "\r\n")
        elif op == "zero_width":
            out = "".join(c + rng.choice("\u200b\u200c\u200d\ufeff") if rng.random() < 0.02 else c for c in out)
        elif op == "html":
            paras = out.split("\n\n")
            paras = ["<p>" + "".join(HTML_ENTITIES.get(c, c) if rng.random() < 0.5 else c for c in p) + "</p>"
                     for p in paras]
            out = "\n".join(paras)
        elif op == "runs":
            for _ in range(rng.randint(1, 3)):
                pos = rng.randrange(len(out) + 1)
                out = out[:pos] + _unbroken_run(rng) + out[pos:]
        else:
            out = mutate(out, rng.randrange(10**9), rng.randint(1, 20))
    return out


def check(text: str):
    qs = extract_text(text, doc_id="fuzz", analyzer="rules")
    spans = []
    for q in qs:
        d = q.to_dict()
        assert problems(d) == [], (problems(d), d)
        assert 0 <= q.start <= q.end <= len(text)
        assert text[q.start:q.end] == q.text
        if q.cue_start is not None:
            assert text[q.cue_start:q.cue_end].lower() == q.cue
        if q.speaker_start is not None:
            assert 0 <= q.speaker_start <= q.speaker_end <= len(text)
        spans.append((q.start, q.end))
    spans.sort()
    for (a, b), (c, d) in zip(spans, spans[1:]):
        assert b <= c, f"overlapping quotes {(a, b)} {(c, d)}"
    return [q.to_dict() for q in qs]


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(article=st.sampled_from(range(len(ARTICLES))), seed=st.integers(0, 10**9), n=st.integers(1, 40))
def test_mutated_articles(article, seed, n):
    text = mutate(ARTICLES[article], seed, n)
    assert check(text) == check(text)  # deterministic


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(list('"“”\'‘’ \n.,:aAbB()') + [" kata ", " ujarnya ", "Anas ", "Menurut ", " bahwa "]),
                max_size=120))
def test_generated_texts(parts):
    check("".join(parts))


@settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(article=st.sampled_from(range(len(ARTICLES))), seed=st.integers(0, 10**9))
def test_long_odd_articles(article, seed):
    check(mutate_long(ARTICLES[article], seed))


def test_special_cases():
    for t in ["", " ", '""""', "“" * 1000, "”“" * 500, "\n" * 1000, "a" * 100_000,
              "“" + "kata " * 3000 + "\n\n" + "“Baik,” ujar Anas."]:
        check(t)
