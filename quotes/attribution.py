"""From an analysed article to Quote records.

The flow is one way: quotation-mark spans (marks) and reporting cues (cues) give candidates;
candidates get speakers (speakers), in reading order so that "ujarnya" and "ia" resolve to the
person last quoted; then dates (dates); then records.
"""
from __future__ import annotations

import re
from typing import Optional

import attrs

from . import dates as dates_mod
from .analysis import Analysis
from .cues import QUOTE_CHARS, cue_after, cue_at, cue_before
from .lexicon import roles_for
from .marks import Span, find_spans
from .records import Quote
from .speakers import Mention, NameIndex, mention_from_tokens, phrase_after, phrase_before, strip_adverbs
from .text import Paragraph, blank_spans, paragraphs

COMPLEMENTISERS = frozenset({"bahwa", "kalau", "agar", "supaya", "jika", "bila"})
CONNECTORS = frozenset(
    """pasalnya namun tetapi akan tetapi sementara itu selain itu adapun kemudian lalu bahkan dengan demikian
    oleh karena karenanya maka sebab meski demikian""".split()
)
SUBORDINATORS = frozenset(
    """meski meskipun walaupun walau jika kalau ketika saat setelah sebelum karena untuk sambil sementara
    bila apabila agar supaya sehingga usai seusai""".split()
)
SUBJECT_BREAKERS = frozenset(
    "dengan untuk di ke dari pada yaitu yakni bisa dapat akan harus cukup sangat diharapkan agar".split()
)
NOT_VERBS = frozenset(
    """terhadap tentang bersama berdasarkan mengenai menjelang terkait terutama termasuk bersamaan
    kepada ketika menurut melalui selama sebagai""".split()
)
PREDICATE_WORDS = frozenset(
    """adalah merupakan akan telah sudah sedang masih belum tidak tak bukan bisa dapat harus perlu mesti wajib
    mampu ingin mau hendak boleh sempat pernah mulai ialah yakni menjadi jadi ada terus tetap""".split()
)
_VERB_SHAPE = re.compile(r"^(?:me|mem|men|meng|meny|ber|be|di|ter|ke)\w{3,}$", re.I)


def _has_predicate(an: Analysis, start: int, end: int) -> bool:
    """Does the text after a cue read as a clause (it has a verb or a predicate word) rather than
    a noun phrase? With Stanza's tags a verb, auxiliary or adjective decides; without, word shapes."""
    toks = [t for t in an.tokens if t.start >= start and t.end <= end]
    if any(t.upos is not None for t in toks):
        return any(t.upos in ("VERB", "AUX", "ADJ") for t in toks[1:]) or any(
            t.text.lower() in PREDICATE_WORDS for t in toks)
    for t in toks[1:]:
        low = t.text.lower()
        if low in PREDICATE_WORDS or (_VERB_SHAPE.match(low) and not low.endswith(("an", "nya"))
                                      and low not in NOT_VERBS):
            return True
    return False


BACKREF = frozenset({"demikian", "hal", "itu", "begitu", "tersebut"})


@attrs.frozen(slots=True)
class Candidate:
    kind: str
    start: int
    end: int
    cue: Optional[int]  # token index
    mention: Optional[Mention]
    pronoun_cue: bool = False  # "ujarnya": the speaker is -nya
    date_region: tuple[int, int] = (0, 0)
    confidence: float = 0.5
    # a cue with a noun object ("Messi mengungkapkan pandangannya ...") is no quote, but it still
    # tells who is speaking now, which the next "-nya" refers to
    emit: bool = True


def _clean_end(text: str, start: int, end: int) -> int:
    while end > start and (text[end - 1].isspace() or text[end - 1] in ".!?;"):
        end -= 1
    return end


def _clean_start(text: str, start: int, end: int) -> int:
    while start < end and (text[start].isspace() or text[start] in ",:;"):
        start += 1
    return start


def _words(s: str) -> int:
    return len(re.findall(r"\w+", s))


def _paragraph_of(paras: list[Paragraph], pos: int) -> Optional[Paragraph]:
    for p in paras:
        if p.start <= pos < p.end or (pos == p.end):
            return p
    return None


def direct_candidates(an: Analysis, paras: list[Paragraph], spans: list[Span]) -> list[Candidate]:
    text = an.text
    out: list[Candidate] = []
    prev_close = 0
    for sp in spans:
        para = _paragraph_of(paras, sp.open)
        if para is not None and para.noise:
            prev_close = sp.close or sp.end
            continue
        floor = max(para.start if para else 0, prev_close)
        after = cue_after(an, sp.close) if sp.closed else None
        cue_i: Optional[int] = None
        mention: Optional[Mention] = None
        pronoun_cue = False
        conf = 0.5
        region = (sp.end, sp.end)
        if after is not None:
            cue_i = after.cue
            c = cue_at(an, cue_i)
            if c is not None and c.pronoun:
                pronoun_cue = True
                conf = 0.85
            else:
                mention = mention_from_tokens(an, after.phrase)
                conf = 0.9 if mention is not None and mention.kind != "pronoun" else 0.8
            s_i = an.tokens[cue_i].sent
            region = (sp.close or sp.end, an.sentences[s_i].end if s_i >= 0 else sp.end)
        else:
            before = cue_before(an, sp.open, floor)
            if before is not None:
                cue_i = before.cue
                if cue_i is not None:
                    c = cue_at(an, cue_i)
                    pronoun_cue = bool(c and c.pronoun)
                mention = mention_from_tokens(an, before.phrase) if before.phrase else None
                conf = 0.85
                region = (floor, sp.open)
        words = _words(text[sp.start:sp.end])
        at_par_start = para is not None and text[para.start:sp.open].strip() == ""
        if cue_i is None and mention is None:
            # no cue: speech only when the quote stands as its own paragraph or sentence
            ends_sentence = bool(re.search(r"[.!?,]\s*$", text[sp.start:sp.end]))
            if not ((at_par_start and words >= 3) or (words >= 8 and ends_sentence)):
                prev_close = sp.close or sp.end
                continue
            conf = 0.6
        elif words <= 2 and not at_par_start and mention is None and not pronoun_cue:
            prev_close = sp.close or sp.end
            continue
        out.append(Candidate("direct", sp.start, sp.end, cue_i, mention, pronoun_cue, region, conf))
        prev_close = sp.close or sp.end
    return out


def _inside(spans: list[Span], pos: int) -> bool:
    return any(s.open <= pos <= (s.close if s.close is not None else s.end) for s in spans)


def indirect_candidates(an: Analysis, paras: list[Paragraph], spans: list[Span], used: set[int]) -> list[Candidate]:
    toks = an.tokens
    out: list[Candidate] = []
    for sent in an.sentences:
        para = _paragraph_of(paras, sent.start)
        if para is not None and para.noise:
            continue
        for i in range(sent.first, sent.last):
            if i in used or _inside(spans, toks[i].start):
                continue
            c = cue_at(an, i)
            if c is None:
                continue
            cand = None
            readings = roles_for(an.tokens[i].text) or (c,)
            for r in readings:
                if r.role == "menurut":
                    cand = _menurut(an, sent, i, r.pronoun, spans)
                elif r.role in ("say", "weak"):
                    cand = _say(an, sent, i, r.role, spans)
                elif r.role == "post":
                    cand = _post(an, sent, i, r.pronoun, spans)
                if cand is not None:
                    break
            if cand is not None:
                out.append(cand)
                break
    return out


def _content_end(an: Analysis, sent, start: int, spans: list[Span]) -> int:
    text = an.text
    end = sent.end
    # reported speech stops where a quotation starts
    for ch_i in range(start, end):
        if text[ch_i] in QUOTE_CHARS and ch_i > start:
            end = ch_i
            break
    return _clean_end(text, start, end)


def _menurut(an: Analysis, sent, i: int, pronoun: bool, spans) -> Optional[Candidate]:
    toks = an.tokens
    if pronoun:
        phrase: list[int] = []
        j = i + 1
        if i > sent.first and toks[i - 1].text != "," and (j >= sent.last or toks[j].text != ","):
            # "Pengembangan tersebut menurutnya perlu dilakukan ...": the cue sits inside the clause
            start = _clean_start(an.text, sent.start, sent.end)
            end = _content_end(an, sent, start, spans)
            if _words(an.text[start:end]) < 4 or an.text[start] in QUOTE_CHARS:
                return None
            return Candidate("indirect", start, end, i, None, True, (sent.start, sent.end), 0.65)
    else:
        phrase = phrase_after(an, i + 1, limit=10)
        if not phrase:
            return None
        j = phrase[-1] + 1
    if j >= sent.last or toks[j].text != ",":
        return None
    start = _clean_start(an.text, toks[j].end, sent.end)
    if start < sent.end and an.text[start] in QUOTE_CHARS:
        return None  # "Menurut Anas, "..."": the direct quote carries it
    end = _content_end(an, sent, start, spans)
    if _words(an.text[start:end]) < 3:
        return None
    mention = mention_from_tokens(an, phrase) if phrase else None
    region = (sent.start, sent.end)
    return Candidate("indirect", start, end, i, mention, pronoun, region, 0.75)


def _say(an: Analysis, sent, i: int, role: str, spans) -> Optional[Candidate]:
    toks = an.tokens
    subj = [k for k in phrase_before(an, i) if k >= sent.first]
    if not subj and an.neural:
        subj = _dep_subject(an, sent, i)
    subj, negated = strip_adverbs(an, subj)
    if negated or not subj:
        return None
    if any(toks[k].text.lower() in ("hal", "ini", "itu") for k in subj[:1]) and len(subj) <= 2:
        return None
    if toks[subj[0]].text.lower() in SUBORDINATORS:
        return None
    if any(toks[k].text.lower() in SUBJECT_BREAKERS for k in subj):
        return None  # "Ia cukup puas dengan ...", "diharapkan bisa ...": not a subject phrase
    j = i + 1
    has_comp = False
    # "mengatakan di Jakarta, Senin (21/1), bahwa ..." : allow a short place/time phrase
    if j < sent.last and toks[j].text in (",", ":"):
        j += 1
        has_comp = True
    if j < sent.last and toks[j].text.lower() in COMPLEMENTISERS:
        j += 1
        has_comp = True
    if j >= sent.last:
        return None
    start = _clean_start(an.text, toks[j].start, sent.end)
    if start < sent.end and an.text[start] in QUOTE_CHARS:
        return None
    if toks[j].text.lower() in BACKREF and j + 1 < sent.last and toks[j + 1].text in ".,":
        return None
    end = _content_end(an, sent, start, spans)
    if _words(an.text[start:end]) < 3:
        return None
    noun_object = not has_comp and not _has_predicate(an, start, end)
    if role == "weak" and not has_comp:
        first = toks[j].text.lower()
        if _words(an.text[start:end]) < 5 or first.endswith("nya") or first in ("rasa", "hal"):
            noun_object = True  # "mengungkapkan kekagumannya ...", "memaparkan capaian ..."
    mention = mention_from_tokens(an, subj)
    if mention is None:
        return None
    if noun_object:
        return Candidate("indirect", start, end, i, mention, False, (sent.start, sent.end), 0.0, emit=False)
    conf = 0.75 if has_comp else 0.65
    return Candidate("indirect", start, end, i, mention, False, (sent.start, sent.end), conf)


def _dep_subject(an: Analysis, sent, i: int) -> list[int]:
    """The subject the parser attaches to the cue verb, as a token span ("Anas, yang ..., mengatakan")."""
    toks = an.tokens
    for k in range(sent.first, i):
        if toks[k].head == i and (toks[k].deprel or "").startswith("nsubj"):
            members = {k}
            changed = True
            while changed:
                changed = False
                for m in range(sent.first, sent.last):
                    if m not in members and toks[m].head in members:
                        members.add(m)
                        changed = True
            lo, hi = min(members), max(members)
            if hi < i:
                return [m for m in range(lo, hi + 1) if toks[m].text not in ",;"]
    return []


def _post(an: Analysis, sent, i: int, pronoun: bool, spans) -> Optional[Candidate]:
    """Reported speech with the cue after or inside it: "..., kata Anas." / "A, lanjutnya, B."."""
    toks = an.tokens
    text = an.text
    if i == sent.first or toks[i - 1].text != ",":
        return None
    if pronoun:
        phrase: list[int] = []
        j = i + 1
    else:
        phrase = phrase_after(an, i + 1, limit=8)
        if not phrase:
            return None
        j = phrase[-1] + 1
    mention = mention_from_tokens(an, phrase) if phrase else None
    if not pronoun and mention is None:
        return None
    before_start = _clean_start(text, sent.start, toks[i - 1].start)
    if j < sent.last and toks[j].text == "," and j + 1 < sent.last and _words(text[toks[j].end:sent.end]) >= 3:
        # the cue sits inside the clause
        lead = text[before_start:toks[i - 1].start].strip()
        if lead.lower() in CONNECTORS or _words(lead) <= 1 and lead.lower().endswith("nya"):
            start = _clean_start(text, toks[j].end, sent.end)
        else:
            start = before_start
        end = _content_end(an, sent, start, spans)
    else:
        # the cue closes the sentence
        if j < sent.last and toks[j].text not in ".!?," and not _only_tail(an, j, sent):
            return None
        start = before_start
        end = _clean_end(text, start, toks[i - 1].start)
    if start < len(text) and text[start] in QUOTE_CHARS:
        return None
    if _words(text[start:end]) < 4:
        return None
    return Candidate("indirect", start, end, i, mention, pronoun, (toks[i].start, sent.end), 0.7)


def _only_tail(an: Analysis, j: int, sent) -> bool:
    # "..., ujarnya kepada wartawan di Jakarta." : a tail of place and time after the cue
    return an.tokens[j].text.lower() in {"di", "kepada", "dalam", "saat", "ketika", "pada", "usai", "seperti", "melalui"}


# ---------------------------------------------------------------- resolution

@attrs.frozen(slots=True)
class Speaker:
    name: Optional[str]
    type: Optional[str]
    role: Optional[str]


def resolve(an: Analysis, cands: list[Candidate], names: NameIndex) -> list[tuple[Candidate, Speaker, Optional[tuple[str, int, int]]]]:
    """Speakers in reading order: pronouns and cue-less quotes take the person last quoted."""
    out = []
    last: Optional[Speaker] = None
    last_pos = 0
    roles: dict[str, str] = {}
    people: list[Speaker] = []  # speakers quoted so far with a role
    named_as: dict[str, set] = {}  # the forms each named speaker was written in
    for c in cands:
        m = c.mention
        mention_span = None
        nick = _NICKNAMED.match(an.text, m.end) if m is not None and m.kind == "unnamed" else None
        if nick:
            # "kata pria yang akrab disapa Jos ini": the nickname names the speaker
            m = attrs.evolve(m, text=an.text[m.start:nick.end(1)], end=nick.end(1), kind="person")
        if m is not None and m.kind != "pronoun":
            kind = "unnamed" if m.kind == "unnamed" else m.kind
            name = m.text if kind == "unnamed" else names.canonical(nick.group(1) if nick else m.text, kind)
            holder = names.holder_of(m.text, m.start) if kind != "organization" and _role_only(m.text) else None
            if holder:  # "ujar Kepala Negara": the president the article named
                name, kind = names.canonical(holder), "person"
            own = _trim_role(m.role, name)
            role = own or roles.get(name)
            if own and name not in roles:
                roles[name] = own
            sp = Speaker(name, kind, role)
            mention_span = (m.text, m.start, m.end)
            if kind != "unnamed":
                named_as.setdefault(name, {name}).add(m.text)
        else:
            if m is not None:
                mention_span = (m.text, m.start, m.end)
            elif c.pronoun_cue and c.cue is not None:
                t = an.tokens[c.cue]
                mention_span = ("-nya", t.end - 3, t.end)
            subject = _subject_between(an, names, last_pos, min(c.start, c.date_region[0] or c.start))
            if subject is None and m is not None:
                subject = _introduced_before(an, names, m.start, last)
            if subject is not None and (m is not None or c.pronoun_cue or c.cue is None):
                # "Desi kemudian meralat keterangannya. Menurut dia, ...": a person who became the
                # subject after the last quote is the likelier referent of a pronoun
                sp = Speaker(names.canonical(subject), "person", roles.get(names.canonical(subject)))
            elif last is None:
                guess = names.last_person_before(c.start)
                sp = Speaker(names.canonical(guess), "person", None) if guess else Speaker(None, None, None)
            else:
                sp = _spokesperson(last, people, named_as) or last
        out.append((c, sp, mention_span))
        if sp.name is not None:
            last = sp
            if sp.role and sp.type != "unnamed":
                people.append(sp)
        last_pos = max(last_pos, c.end, c.date_region[1])
    return out


def _spokesperson(last: Optional[Speaker], people: list[Speaker], named_as: dict) -> Optional[Speaker]:
    """"AMI memprediksi ... "...," tuturnya.": "-nya" and "ia" stand for a person, so after an
    organisation's statement they mean the person quoted earlier as speaking for it ("Ketua AMI
    Sutjiadi Lukas")."""
    # the organisation may not be typed as one yet: a name inside a person's job title is one
    # ("Creative Director Urban Quarter Adelaide Chintara" ... "pihak Urban Quarter menegaskan")
    if last is None or last.role or last.type == "unnamed":
        return None
    forms = named_as.get(last.name, {last.name})
    for sp in reversed(people):
        if sp.name != last.name and any(
                re.search(r"(?<!\w)" + re.escape(f) + r"(?!\w)", sp.role) for f in forms if f and f[:1].isupper()):
            return sp
    return None


def _unify(resolved):
    """One name per person in an article. When a longer form holds a shorter one that the article
    uses by its first word ("Silmy"), the words before it in the longer form were an organisation
    ("Krakatau Steel Silmy Karim" -> "Silmy Karim")."""
    from .lexicon import is_title
    from .speakers import _looks_org, name_prefixes

    names = {sp.name for _, sp, _ in resolved if sp.name and sp.type == "person"}
    used_alone = {ms[0] for _, _, ms in resolved if ms and ms[0] and " " not in ms[0]}
    mapping = {}
    for long in names:
        lw = long.split()
        for short in names:
            sw = short.split()
            if len(sw) >= len(lw) or not sw:
                continue
            for k in range(1, len(lw) - len(sw) + 1):
                if lw[k:k + len(sw)] == sw and sw[0] in used_alone:
                    keep = k
                    while keep > 0 and lw[keep - 1].lower() in name_prefixes():
                        keep -= 1
                    mapping[long] = " ".join(lw[keep:])
    # a name the article quotes as a person once is a person everywhere; so is one with a job title
    # ("Plt Kepala BPS Amalia ...", which the entity model may read as part of an organisation)
    people = {sp.name for _, sp, _ in resolved if sp.type == "person"}
    people |= {sp.name for _, sp, _ in resolved
               if sp.type == "organization" and sp.role and is_title(sp.role.split()[0]) and not _looks_org(sp.name)}

    def fix(sp):
        name = mapping.get(sp.name, sp.name)
        kind = "person" if (name in people or sp.name in people) and sp.type == "organization" else sp.type
        return attrs.evolve(sp, name=name, type=kind)

    return [(c, fix(sp), ms) for c, sp, ms in resolved]


def _introduced_before(an: Analysis, names: NameIndex, pos: int, last) -> Optional[str]:
    """"Rapat itu dihadiri Wakil Ketua Komisi I Bambang Kristiono. Ia menilai ...": a sentence-initial
    pronoun right after a sentence that brings in a new person, by title and full name, means them."""
    from .lexicon import is_title

    si = an.sentence_of(pos)
    if si <= 0 or an.tokens[an.sentences[si].first].start != pos:
        return None  # the pronoun is not the subject at the start of the sentence
    prev = an.sentences[si - 1]
    toks = an.tokens[prev.first:prev.last]
    found = None
    for k, t in enumerate(toks):
        if not is_title(t.text) or (k == 0 and not t.text[:1].isupper()):
            continue
        run = []
        j = k + 1
        while j < len(toks) and (is_title(toks[j].text) or toks[j].text[:1].isupper()):
            run.append(toks[j])
            j += 1
        # the name is the last two or three capitalised words of the run
        tail = [t2 for t2 in run if not is_title(t2.text)]
        name_toks = []
        for t2 in reversed(tail):
            if not t2.text.isalpha() or not names._name_like(t2.text, False) or len(name_toks) == 3:
                break
            name_toks.insert(0, t2)
        if len(name_toks) >= 2:
            found = an.text[name_toks[0].start:name_toks[-1].end]
    if found is None:
        return None
    canon = names.canonical(found)
    if last is not None and last.name == canon:
        return None
    if an.text.find(found) < prev.start:
        return None  # not new: named before
    return found


def _trim_role(role: Optional[str], name: Optional[str]) -> Optional[str]:
    """"Plt Kepala BPS Amalia" when the entity model took only "Adininggar Widyasanti" as the
    name: words of the speaker's name are not part of the role."""
    if not role or not name:
        return role
    words = role.split()
    in_name = set(name.split())
    while words and words[-1] in in_name:
        words.pop()
    return " ".join(words) or None


def _role_only(text: str) -> bool:
    from .lexicon import is_title, role_equivalents

    return text.lower() in role_equivalents() or all(is_title(w) for w in text.split())


_NICKNAMED = re.compile(
    r"[ \t]+yang[ \t]+(?:(?:akrab[ \t]+|biasa[ \t]+)?(?:disapa|dipanggil)|bernama)[ \t]+([A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,3})")
_INTRODUCERS = frozenset("oleh adalah bernama yakni yaitu ialah dari".split())


def _name_tokens(an: Analysis, names: NameIndex, toks, k: int) -> list:
    """The capitalised name run starting at toks[k] (empty when it is no person's name)."""
    from .speakers import name_word, sentence_initial

    run = []
    while k < len(toks) and toks[k].text[:1].isupper() and toks[k].text.isalpha():
        if not name_word(toks[k].text, an.lower, not run and sentence_initial(an.text, toks[k].start), an.midcaps):
            break
        if toks[k].text.lower() in ("ia", "dia", "beliau", "mereka", "hal", "menurut"):
            break
        run.append(toks[k])
        k += 1
    if run and any(t.text.lower() in an.lower or not names._name_like(t.text, False) for t in run):
        return []  # "Surat Edaran Nomor", "Distrik Jayapura": words the article also writes in lower case
    if len(run) > 4 or not any(t.ner in (None, "PERSON") for t in run):
        return []
    if any(t.ner in ("ORGANISATION", "PLACE") for t in run):
        return []
    return run


def _appositive_person(an: Analysis, names: NameIndex, toks, k: int) -> bool:
    from .lexicon import is_title

    if k + 2 >= len(toks) or toks[k + 1].text != ",":
        return False
    w, nxt = toks[k].text, toks[k + 2].text
    return (w[:1].isupper() and w.isalpha() and names._name_like(w, False) and w.lower() not in an.lower
            and (nxt.lower() in ("seorang", "salah", "warga") or is_title(nxt)))


def _subject_between(an: Analysis, names: NameIndex, lo: int, hi: int) -> Optional[str]:
    """The person last brought in between lo and hi: the subject a sentence opens with ("Sudi
    menegaskan ...", "Adi, seorang warga Sukajadi, juga ..."), or a person introduced inside one
    ("... adalah Sudi (53).", "disampaikan oleh Chandra (38).")."""
    from .lexicon import is_title

    found = None
    for s in an.sentences:
        if s.start < lo or s.end > hi:
            continue
        toks = an.tokens[s.first:s.last]
        k = 0
        while k < len(toks) and is_title(toks[k].text):
            k += 1
        run = _name_tokens(an, names, toks, k)
        if not run and _appositive_person(an, names, toks, k):
            run = [toks[k]]  # "Adi, seorang warga Sukajadi, ...": the apposition says it is a name
        if run:
            nxt = k + len(run)
            after = toks[nxt].text if nxt < len(toks) else ""
            follow = toks[nxt + 1].text if nxt + 1 < len(toks) else ""
            if (after[:1].islower() and after.lower() not in ("ini", "itu", "tersebut", "yang")) \
                    or (after == "," and follow[:1].islower()):  # not "Warga Cibeunying ini ..."
                found = an.text[run[0].start:run[-1].end]
        for j in range(1, len(toks)):
            prev = toks[j - 1].text.lower()
            run = _name_tokens(an, names, toks, j) if toks[j].text[:1].isupper() else []
            if not run:
                continue
            end = j + len(run)
            aged = end + 2 < len(toks) and toks[end].text == "(" and toks[end + 1].text.isdigit() \
                and toks[end + 2].text == ")"
            after = toks[end].text if end < len(toks) else ""
            introduced = prev in _INTRODUCERS and after in (".", ",") and (prev != "dari" or len(run) >= 2)
            if aged or introduced or (prev == "," and roles_for(after.lower())):
                # "Sudi (53)"; "... adalah Sudi."; "datang dari Helen Bond, ..." (a full name: not
                # "pembeli dari China."); "Warga lainnya, Nendah mengatakan ..."
                found = an.text[run[0].start:run[-1].end]
    return found


def extract_quotes(an: Analysis, doc_id: Optional[str] = None, published=None) -> list[Quote]:
    text = an.text
    pub = dates_mod.parse_published(published) if published is not None else None
    paras = paragraphs(text)
    spans = find_spans(text, paras)
    direct = direct_candidates(an, paras, spans)
    used = {c.cue for c in direct if c.cue is not None}
    indirect = indirect_candidates(an, paras, spans, used)
    # an indirect candidate that overlaps a direct quote loses
    cands = sorted(
        direct + [c for c in indirect if not any(d.start < c.end and c.start < d.end for d in direct)],
        key=lambda c: c.start,
    )
    # the headline and Title Case lines: capitals there say nothing about names
    masked = [p for k, p in enumerate(paras)
              if (k == 0 and len(paras) > 1 and _headline(text[p.start:p.end], p.noise))
              or (p.noise and _title_case(text[p.start:p.end]))]
    names = NameIndex.build(an, blank_spans(text, [(p.start, p.end) for p in masked]))
    for c in cands:
        if c.mention is not None and c.mention.kind in ("person",):
            names.add(c.mention.text)
    resolved = [r for r in _unify(resolve(an, cands, names)) if r[0].emit]
    cal = dates_mod.Calendar(pub, dates_mod.years_in(text))
    mentions = dates_mod.find_dates(text, cal)
    event = _lead_date(text, paras, spans, mentions) or _only_day(text, mentions)
    own = [_own_date(c, mentions) for c, _, _ in resolved]
    # a statement without a date of its own shares the day of the same speaker's dated statement
    # (one interview, one press conference); other speakers' days are not known
    by_speaker: dict[str, object] = {}
    torn: set = set()  # speakers dated on two days: their undated words could be from either
    for (c, sp, _), d in zip(resolved, own):
        if d is not None and sp.name:
            if sp.name in by_speaker and by_speaker[sp.name].date != d.date:
                torn.add(sp.name)
            by_speaker.setdefault(sp.name, d)
    for name in torn:
        del by_speaker[name]
    for name, m in _backreference_dates(an, names, mentions).items():
        by_speaker.setdefault(name, m)
    quotes = []
    for n, (c, sp, ms) in enumerate(resolved):
        m = own[n]
        if m is not None:
            date, date_text, basis = m.date, m.text, m.basis
        elif sp.name in by_speaker:
            m = by_speaker[sp.name]
            date, date_text, basis = m.date, m.text, "speaker"
        elif event is not None and not _earlier(text, an, c) and sp.name not in torn:
            date, date_text, basis = event.date, event.text, "event"
        else:
            date, date_text, basis = None, None, None
        cue_text = cue_start = cue_end = None
        if c.cue is not None:
            t = an.tokens[c.cue]
            cue_text, cue_start, cue_end = t.text.lower(), t.start, t.end
        quotes.append(
            Quote(
                doc_id=doc_id, kind=c.kind, text=text[c.start:c.end], start=c.start, end=c.end,
                cue=cue_text, cue_start=cue_start, cue_end=cue_end,
                speaker=sp.name, speaker_mention=ms[0] if ms else None,
                speaker_start=ms[1] if ms else None, speaker_end=ms[2] if ms else None,
                speaker_type=sp.type, speaker_role=sp.role,
                date=date.isoformat() if date else None, date_text=date_text, date_basis=basis,
                confidence=round(c.confidence if sp.name else c.confidence * 0.5, 3), index=n,
            )
        )
    return quotes


def _headline(line: str, noise: bool) -> bool:
    line = line.rstrip()
    return _words(line) <= 25 and (noise or line.endswith("...") or not line.endswith((".", "!", "?", '"', "”")))


def _title_case(line: str) -> bool:
    # in a Title Case headline a capital says nothing about names
    words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", line)]
    return bool(words) and sum(1 for w in words if w[0].isupper()) >= 0.7 * len(words)


def _only_day(text: str, mentions):
    """The article's one day, when every dateline it gives is that day ("ujar Siti, Senin
    (21/01/2019)" and no other): the day of the event it reports, so of its undated statements
    too. Times inside the story ("sejak Minggu malam", "hingga kemarin") are not datelines."""
    def dateline(m) -> bool:
        if m.basis == "dateline":
            return True
        return m.basis == "weekday" and bool(re.match(r"\s*[.(,]", text[m.end:m.end + 2]))

    lines = [m for m in mentions if m.date is not None and dateline(m)]
    days = {m.date for m in lines}
    if len(days) != 1 or any(m.date is not None and m.basis == "explicit" and m.date not in days for m in mentions):
        return None
    return lines[0]


def _backreference_dates(an: Analysis, names: NameIndex, mentions) -> dict:
    """"Hal itu disampaikan Amalia dalam konferensi pers, Jumat (1/9/2023).": the date of a
    speaker's statements given in a sentence of its own, with a passive cue and the name."""
    out = {}
    dated = [m for m in mentions if m.date is not None and m.basis in ("dateline", "explicit")]
    if not dated:
        return out
    for s in an.sentences:
        ms = [m for m in dated if s.start <= m.start < s.end]
        if not ms:
            continue
        for i in range(s.first, s.last):
            c = cue_at(an, i)
            if c is None or c.role != "passive":
                continue
            mention = mention_from_tokens(an, phrase_after(an, i + 1, limit=6))
            if mention is not None and mention.kind in ("person", "organization"):
                # the entity model may read a person as an organisation here: try both forms
                out.setdefault(names.canonical(mention.text), ms[0])
                out.setdefault(names.canonical(mention.text, mention.kind), ms[0])
            break
    return out


def _lead_date(text: str, paras, spans, mentions):
    """The day of the event the article reports: a date in its lead (the first body paragraphs),
    outside quotation marks. Dates that only appear deeper belong to particular statements."""
    body = [p for k, p in enumerate(paras) if not p.noise and k > 0 or (k == 0 and len(paras) == 1)]
    lead = body[:2]
    for m in mentions:
        if m.date is None:
            continue
        if m.basis == "relative" and not m.text.lower().startswith("hari ini"):
            continue  # "hingga kemarin ...": a time in the story, not the day of the report
        if m.basis == "weekday" and not re.match(r"\s*[.(]", text[m.end:m.end + 2]):
            continue  # "sejak Minggu malam", "Kamis mendatang"; but "di Jakarta, Selasa." is a dateline
        if any(p.start <= m.start < p.end for p in lead) and not any(
                s.start <= m.start < s.end for s in spans):
            return m
    return None


def _earlier(text: str, an: Analysis, c: Candidate) -> bool:
    """"Sebelumnya, Purbaya mengatakan ...", "ujar Yusril, kala itu": an earlier statement, whose day
    is not the day of the event the article reports."""
    lo, hi = c.date_region
    if c.kind == "direct" or not an.sentences:
        where = text[lo:hi]
    else:
        s = an.sentences[an.sentence_of(min(c.start, lo))]
        where = text[s.start:s.end]
    return bool(re.search(r"\b(?:[Ss]ebelumnya|kala itu|saat itu|beberapa waktu lalu)\b", where))


def _own_date(c: Candidate, mentions):
    """A date expression in the quote's own attribution (cue clause), not inside the quote."""
    lo, hi = c.date_region
    own = [m for m in mentions if m.date is not None and lo <= m.start and m.end <= hi
           and not (c.start <= m.start < c.end)]
    return own[0] if own else None
