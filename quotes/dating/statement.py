"""Each statement's date: a date in its own attribution ("kata Anas, Senin (21/1)"), else the day
of the same speaker's dated statement or passive back-reference ("Hal itu disampaikan Amalia ...,
Jumat (1/9/2023)"), else the day of the event the article reports. Reads the candidates and
speakers as resolved; never the cues again."""
from __future__ import annotations

import bisect
import datetime as dt
import re
from typing import Optional

import attrs

from ..find.candidates import Candidate
from ..find.marks import Span
from ..lexicon.words import is_cue_word
from ..nlp.analysis import Analysis
from ..speakers.resolve import Backref, Resolved
from ..text.paragraphs import Paragraph
from .choice import Context, Option, choose
from .choice import load as load_dates
from .dates import Calendar, DateMention, find_dates
from .events import (is_bounded, is_gone, is_recent, is_scheduled, lead_date, only_day, passage_date,
                     passage_openers)


@attrs.frozen(slots=True)
class StatementDate:
    date: dt.date
    text: Optional[str]  # the date expression as written (None: the publication day)
    basis: str  # dateline | explicit | relative | weekday (its own) | speaker | paragraph | event | lead |
    # previous | content | published, "+misprint" when the year as written was read as another
    # (dates.Calendar.written_year_holds) or the weekday's publication day (dates.Calendar.weekday_slip)
    start: Optional[int] = None  # where `text` stands in the input (None: the publication day)
    end: Optional[int] = None



def statement_dates(an: Analysis, paras: list[Paragraph], spans: list[Span], said: list[Resolved],
                    backrefs: list[Backref], published: Optional[dt.date],
                    weights: Optional[str] = None) -> list[Optional[StatementDate]]:
    """The date of each statement in `said`, or None: the option the date model picks among
    `date_options` (weights: a `quotes train` file, None: the shipped ones; without any, the
    rules' order: its own, else its speaker's, else the day of the event its passage or the
    article reports)."""
    w = load_dates(weights)
    return [dated(choose(options, rules, ctx, w))
            for options, rules, ctx in date_options(an, paras, spans, said, backrefs, published)]


def dated(o: Option) -> Optional[StatementDate]:
    if o.date is None:
        return None
    m = o.mention
    return StatementDate(o.date, m.text if m else None, o.basis, m.start if m else None, m.end if m else None)


def date_options(an: Analysis, paras: list[Paragraph], spans: list[Span], said: list[Resolved],
                 backrefs: list[Backref], published: Optional[dt.date]) -> list[tuple[list[Option], int, Context]]:
    """Per statement: its date options, the index of the one the rules' order picks, and what the
    rules know of the statement (choice.Context)."""
    text = an.text
    mentions = find_dates(text, Calendar.of(text, published))
    own = [_own_date(text, r.candidate, mentions) for r in said]
    told: dict = {}
    backdated = _backreference_dates(an, backrefs, mentions, said, told)
    # "kata Lily dalam keterangan tertulis, Selasa (21/10/2025)" with "Hal itu diungkapkan olehnya
    # saat membuka talkshow, Senin (20/10/2025)": the release's day is when the words went out,
    # the day the article tells they were said is the statement's
    released = {m.start for r, m in zip(said, own) if m is not None and r.speaker.name in backdated
                and backdated[r.speaker.name].date != m.date and _released(text, r.candidate, m)}
    own = [None if m is not None and m.start in released else m for m in own]
    # the day of the reported event is recent: a date long before publication in the lead
    # ("17 Agustus 1945") is history the article recalls, not the day its people spoke; nor is
    # a release's day that yielded to the told one, nor a day to come ("20-26 Februari mendatang"),
    # nor one the story reaches back to ("setelah 11 November 2016 ketika ...")
    recent = [m for m in mentions if is_recent(m, published) and m.start not in released and not is_scheduled(text, m)
              and not is_bounded(text, m)]
    # a day the story looks back on ("Jumat (30/5) lalu") is not the report's, unless a statement's own
    stated_days = {m.start for m in own if m is not None}
    reported = [m for m in recent if m.start in stated_days or not is_gone(text, m)]
    lead = lead_date(text, paras, spans, reported)
    event = lead or only_day(text, reported)
    interview = event is not None and _interview_day(text, said, own, event)
    if interview:
        event = None
    stated = [m for m in own if m is not None] + list(backdated.values())
    if event is not None and any(m.start == event.start for m in stated) and len({m.date for m in stated}) >= 2:
        event = None  # the lead's day is one statement's, and the article gives statements of another day
    # a statement without a date of its own shares the day of the same speaker's dated statement
    # (one interview, one press conference); other speakers' days are not known
    by_speaker: dict[str, DateMention] = {}
    persons: set = set()
    torn: set = set()  # speakers dated on two days: their undated words could be from either
    read: dict = {}  # per speaker, the day of a court document they read out (_reading)
    for r, d in zip(said, own):
        name = r.speaker.name
        # an earlier statement's day ("Sebelumnya, pada Senin (2/6), Budi menyebut ...") is a past
        # occasion, not the one their undated words were said on
        if d is not None and name and _reading(text, r.candidate):
            read.setdefault(name, d)  # their words after the reading go on with it
            continue
        if d is not None and name and not _earlier(_around(text, an, r.candidate)):
            if name in by_speaker and by_speaker[name].date != d.date:
                torn.add(name)
            by_speaker.setdefault(name, d)
            if r.speaker.type == "person":
                persons.add(name)
    for name in torn:
        del by_speaker[name]
    for name, m in backdated.items():
        by_speaker.setdefault(name, m)
    for name, m in _scene_dates(an, paras, spans, said, own, recent).items():
        by_speaker.setdefault(name, m)
    openers = passage_openers(text, paras, spans, recent, event)
    several = len({m.date for m in stated}) >= 2
    out = []
    previous: Optional[DateMention] = None  # the latest dateline of a statement before this one
    previous_by: Optional[str] = None  # ... and whose statement it was
    beside: dict[int, bool] = {}  # says_beside per expression: the same days are options of many statements

    def says(m: DateMention) -> bool:
        if m.start not in beside:
            beside[m.start] = says_beside(an, m)
        return beside[m.start]

    # per speaker, the first dateline inside the words of their indirect statement ("Emma
    # menjelaskan, hasil audiensi hari Senin (20/10) lebih banyak membahas ..."): the occasion they
    # tell of, where their undated words may have been said; the model weighs it
    content: dict = {}
    for n, (r, m) in enumerate(zip(said, own)):
        name = r.speaker.name
        c0 = r.candidate
        if c0.kind != "direct" and name and name not in content:
            k = bisect.bisect_left(mentions, c0.start, key=lambda x: x.start)
            if k < len(mentions) and mentions[k].start < c0.end and mentions[k].basis == "dateline" \
                    and mentions[k].date is not None and is_recent(mentions[k], published):
                content[name] = mentions[k]
        same = name if name in by_speaker else (
            _same_person(name, persons & set(by_speaker)) if r.speaker.type == "person" else None)
        passage = passage_date(openers, r.candidate)
        where = _around(text, an, r.candidate)
        earlier = _earlier(where)
        options: list[Option] = []
        rules: Optional[int] = None
        # the rules' order: its own, else its speaker's, else its passage's, else the event's
        for kind, found, basis, ok in (
                ("own", m, m.basis if m else "", True),
                ("speaker", told[n] if n in told and m is None else by_speaker[same] if same is not None else (
                    read[name] if name in read and read[name].start < r.candidate.start else None), "speaker", True),
                ("passage", passage, "paragraph", True),
                ("event", event, "event", not earlier and name not in torn)):
            if found is not None:
                options.append(Option(kind, found.date, found, basis + ("+misprint" if found.misprint else ""),
                                      says(found)))
                if rules is None and ok:
                    rules = len(options) - 1
        if lead is not None and (event is None or lead.start != event.start):
            options.append(Option("lead", lead.date, lead, "lead" + ("+misprint" if lead.misprint else ""),
                                  says(lead)))
        same_previous = previous_by is not None and previous_by == name
        inner = content.get(name)
        own_told = inner is not None and m is None and same is None
        if previous is not None and m is None and (same_previous or not own_told):
            # "Senin (20/10/2025)" of the statement before, whoever gave it: the passage goes on
            # about the same day
            options.append(Option("previous", previous.date, previous,
                                  "previous" + ("+misprint" if previous.misprint else ""), says(previous)))
        if m is not None and m.date is not None:
            previous, previous_by = m, name
        if own_told:
            options.append(Option("content", inner.date, inner, "content" + ("+misprint" if inner.misprint else ""),
                                  says(inner)))
        if published is not None:
            options.append(Option("published", published, None, "published"))
        options.append(Option("none", None))
        if published is not None and any(o.date is not None and o.date > published for o in options):
            # no statement is dated after its publication ("Rabu (13/11)" in an article of Tuesday 12
            # November): such a day is a misreading or the metadata's, never the answer
            pick = options[rules] if rules is not None else None
            options = [o for o in options if o.date is None or o.date <= published]
            rules = options.index(pick) if pick in options else None
        c = r.candidate
        ctx = Context(published, earlier, interview, name in torn, several, c.kind == "direct", c.cue is not None,
                      n / max(1, len(said) - 1), c.start, c.end, today=_today(where), same_previous=same_previous)
        out.append((options, len(options) - 1 if rules is None else rules, ctx))
    return out


def _backreference_dates(an: Analysis, backrefs: list[Backref], mentions, said: list[Resolved],
                         told: Optional[dict] = None) -> dict:
    """"Hal itu disampaikan Amalia dalam konferensi pers, Jumat (1/9/2023).": the date of a
    speaker's statements given in a sentence of its own, with a passive cue and the name, or
    with a pronoun ("diungkapkan olehnya"), for the speaker of the statement before it."""
    out: dict = {}
    told = {} if told is None else told  # per statement index, the day pointed back to it
    dated = [m for m in mentions if m.date is not None and m.basis in ("dateline", "explicit")]
    if not dated:
        return out
    starts = [r.candidate.start for r in said]  # statements come in reading order
    for b in backrefs:
        s = an.sentences[b.sentence]
        # mentions come sorted by start: the first at or after the sentence's start
        k = bisect.bisect_left(dated, s.start, key=lambda m: m.start)
        if k < len(dated) and dated[k].start < s.end:
            names = b.names
            j = bisect.bisect_left(starts, s.start) - 1
            if b.before:
                names = (said[j].speaker.name,) if j >= 0 and said[j].speaker.name else ()
            for name in names:
                out.setdefault(name, dated[k])
            if j >= 0 and said[j].speaker.name in names:
                # "Pernyataan tersebut disampaikan Rudianto saat ..., Senin (16/6)": the day of the very
                # statement it points back to, whatever the speaker's other days
                told[j] = dated[k]
    return out


def _scene_dates(an: Analysis, paras: list[Paragraph], spans: list[Span], said: list[Resolved], own: list,
                 mentions) -> dict:
    """"Bupati Sam'ani meninjau lokasi banjir, Kamis (12/6/2025). "Pemkab akan ...," kata Sam'ani.":
    the day of the sentence just before a speaker's undated quote, in its paragraph, that names the
    speaker doing something: the occasion the words were said on."""
    out: dict = {}
    text = an.text
    dated = [m for m in mentions if m.date is not None and m.basis in ("dateline", "explicit")]
    if not dated or not an.sentences:
        return out
    starts = [p.start for p in paras]
    for r, m in zip(said, own):
        c = r.candidate
        name = r.speaker.name
        if m is not None or c.kind != "direct" or not name or name in out or r.speaker.type != "person":
            continue
        k = an.sentence_of(c.start)
        if k <= 0:
            continue
        prev = an.sentences[k - 1]
        i = bisect.bisect_right(starts, prev.start) - 1
        if i < 0 or not (prev.start < paras[i].end and c.start < paras[i].end):
            continue  # the quote opens another paragraph
        j = bisect.bisect_left(dated, prev.start, key=lambda x: x.start)
        if j >= len(dated) or dated[j].start >= prev.end or any(sp.start <= dated[j].start < sp.end for sp in spans):
            continue
        last = name.split()[-1]
        if re.search(r"\b" + re.escape(last) + r"\b", text[prev.start:dated[j].start]):
            out[name] = dated[j]
    return out


# an attribution to a written release: its day is when the words went out
_RELEASE = re.compile(r"\b(?:keterangan\s+(?:tertulis|resmi|pers)|siaran\s+pers|rilis(?:\s+resmi)?)\b", re.I)


def _released(text: str, c: Candidate, m: DateMention) -> bool:
    """Is the statement's own day that of a written release ("kata Lily dalam keterangan
    tertulis, Selasa (21/10/2025)")?"""
    lo, hi = c.date_region
    where = text[lo:hi] if c.kind == "direct" else text[max(lo, c.end):hi]
    return bool(_RELEASE.search(where))


# how many words either side of a date expression a verb of saying may stand to be its verb
_SAYS_WINDOW = 6


def says_beside(an: Analysis, m: DateMention) -> bool:
    """"Anas mengatakan, Selasa (8/11)", "kata Anas kepada wartawan, Selasa": the day stands within
    a few words of a verb of saying in its sentence, so it dates a statement; "kebakaran terjadi
    Senin (14/3)" dates an event."""
    if not an.sentences:
        return False
    s = an.sentences[an.sentence_of(m.start)]
    toks = an.tokens[s.first:s.last]
    first = next((k for k, t in enumerate(toks) if t.start >= m.start), len(toks))
    last = next((k for k, t in enumerate(toks) if t.start >= m.end), len(toks))
    near = toks[max(0, first - _SAYS_WINDOW):first] + toks[last:last + _SAYS_WINDOW]
    return any(is_cue_word(t.text) for t in near)


def _around(text: str, an: Analysis, c: Candidate) -> str:
    """Where a statement's time words stand: a direct quote's date region, else the sentence the
    statement (or its date region) opens."""
    lo, hi = c.date_region
    if c.kind == "direct" or not an.sentences:
        return text[lo:hi]
    s = an.sentences[an.sentence_of(min(c.start, lo))]
    return text[s.start:s.end]


# reading out a court document ("kata jaksa saat membacakan surat dakwaan, Senin (19/5)"): the day
# of the document's reading, which the article recalls, not of the hearing it reports
_READING = re.compile(r"\b(?:membacakan|dibacakan|pembacaan|dalam)\s+(?:surat\s+)?(?:dakwaan|tuntutan|vonis|putusan|"
                      r"amar\s+putusan|replik|duplik|pleidoi|pledoi|eksepsi)\b", re.I)


def _reading(text: str, c: Candidate) -> bool:
    lo, hi = c.date_region
    where = text[lo:hi] if c.kind == "direct" else text[max(lo, c.end):hi]
    return bool(_READING.search(where))


def _today(where: str) -> bool:
    """"... ujarnya, hari ini" / "pagi tadi": the statement is of the publication day."""
    return bool(re.search(r"\b(?:hari ini|pagi tadi|siang tadi|sore tadi|malam tadi|tadi pagi|tadi siang)\b", where, re.I))


def _earlier(where: str) -> bool:
    """"Sebelumnya, Purbaya mengatakan ...", "ujar Yusril, kala itu", "waktu itu", "beberapa hari lalu":
    an earlier statement, whose day is not the day of the event the article reports."""
    return bool(re.search(r"\b(?:[Ss]ebelumnya|kala itu|saat itu|waktu itu|ketika itu|tempo hari|"
                          r"beberapa (?:waktu|hari|pekan) lalu)\b", where))


# words that open a sentence and join it to the one before, without telling a time of their own
_CONNECTIVE = re.compile(r"(?:[Ss]ebelumnya|[Kk]emudian|[Ll]alu|[Ss]elanjutnya|[Ss]ementara(?:\s+itu)?|[Aa]dapun|"
                         r"[Nn]amun|[Ss]edangkan|[Ss]elain\s+itu|[Dd]i\s+sisi\s+lain|[Ss]ebagaimana\s+diketahui)")

_STORY_TIME = re.compile(r"\b(?:pada|sejak|hingga|sampai|usai|setelah|sesudah|sebelum|selama|mulai)\s+(?:tanggal\s+)?$", re.I)


def _own_date(text: str, c: Candidate, mentions):
    """A date expression in the quote's own attribution (cue clause), not inside the quote. A date
    in a phrase before the cue that a time preposition governs ("Terkait orang yang membawanya
    pergi pada Rabu (4/6), Kusnadi mengaku ...") dates that story, not the statement; at the head
    of the sentence ("Pada Senin (8/11), Anas mengatakan ...") it frames the statement."""
    lo, hi = c.date_region
    # mentions come sorted by start: read from the first at lo, up to hi (not all of them for
    # every statement, which made long articles cost their quotes times their dates)
    for k in range(bisect.bisect_left(mentions, lo, key=lambda m: m.start), len(mentions)):
        m = mentions[k]
        if m.start >= hi:
            break
        if m.date is not None and m.end <= hi and not (c.start <= m.start < c.end) \
                and not _story_time(text, c, m, lo):
            return m
    return None


def _story_time(text: str, c: Candidate, m, lo: int) -> bool:
    if c.cue is None or m.end > c.cue.start:
        return False
    if text[m.end:c.cue.start].strip(" ,") == "":
        return False  # "Budi pada Rabu (11/6) mengatakan ...": the day of the verb of saying
    before = text[max(lo, m.start - 20):m.start]
    prep = _STORY_TIME.search(before)
    if not prep:
        return False
    head = text[lo:m.start - len(prep.group())].strip(" ,\n")
    # only a connective before the time phrase ("Sebelumnya, pada Senin (2/6), Budi menyebut ..."):
    # still the head of the sentence
    return head != "" and not _CONNECTIVE.fullmatch(head)


# an attribution that says the words were given to this outlet alone or taken from elsewhere
# ("katanya kepada Kontan.co.id", "saat dihubungi", "seperti dilansir", "melalui keterangan tertulis");
# "kepada wartawan" is a doorstop or a press conference, which others may have spoken at
_INTERVIEW = re.compile(
    r"\b(?:kepada(?!\s+(?:para\s+)?(?:wartawan|awak\s+media|media|jurnalis|pewarta))|dihubungi|dikonfirmasi|"
    r"dilansir|dikutip|diwawancarai|wawancara|keterangan\s+(?:tertulis|resmi|pers)|"
    r"melalui\s+(?:pesan|sambungan|telepon|keterangan))\b", re.I)


def _interview_day(text: str, said: list[Resolved], own: list, event: DateMention) -> bool:
    """Is the article's day only the day one speaker gave an interview ("kata Rofikoh kepada
    Bisnis, Kamis (17/1/2019)")? Then it is that speaker's day, not the day of an event that
    other speakers' undated words would share."""
    for r, m in zip(said, own):
        if m is not None and m.start == event.start:
            c = r.candidate
            lo, hi = c.date_region
            where = text[lo:hi] if c.kind == "direct" else text[max(lo, c.end):hi]
            if _INTERVIEW.search(where):
                return True
    return False


def _same_person(name: Optional[str], dated: set) -> Optional[str]:
    """The one dated person whose name shares a name word with this one ("Yohanes P" and
    "Yohanes P. Wiratmoko"): a short form the name index did not expand."""
    if not name:
        return None
    words = set(re.findall(r"[A-Z][a-z]{2,}", name))
    # one name's words all within the other's: a short form, not two people who share a name word
    # ("Kurnia Ramadhana" is not "Ahmad Doli Kurnia")
    hits = [k for k in dated if words and (other := set(re.findall(r"[A-Z][a-z]{2,}", k)))
            and (words <= other or other <= words)]
    return hits[0] if len(hits) == 1 else None
