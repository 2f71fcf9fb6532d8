"""Speakers: read the words that name a speaker, and resolve them to the fullest name in the article.

`mention_from_tokens` turns a noun phrase next to a cue ("ketua majelis hakim Baslin Sinaga",
"dia", "Direktur PT Astra Otoparts Tbk Yusak Kristian") into a Mention: the name as written, its
span, whether it is a pronoun, an organisation or an unnamed description, and the role words.
`NameIndex` finds, for a short name ("Anas"), the longest form of it in the article
("Abdullah Azwar Anas").
"""
from __future__ import annotations

import functools
import re
from typing import Optional, Sequence

import attrs

from .analysis import Analysis, Token
from .lexicon import is_title

PRONOUNS = frozenset({"ia", "dia", "beliau", "mereka", "nya", "kami", "saya", "aku", "pihaknya"})
# Words that end a speaker phrase: prepositions and clause words after "ujar Anas ..."
STOP = frozenset(
    """di dalam saat ketika kepada pada seperti usai setelah sebelum yang dengan sambil melalui lewat
    kala tatkala menanggapi lagi mengenai terkait soal via sembari seraya kemarin dan atau tetapi namun
    yaitu yakni bahwa untuk sebagai saat itu ini juga pun menjelang jelang selepas seusai dari ke oleh
    kemudian lalu tadi sementara sedangkan karena agar supaya jika kalau bila""".split()
)
# Capitalised words that close a name on the left: organisations and places, not people.
ORG_WORDS = frozenset(
    """pt cv tbk persero bank kementerian kemenkeu otoritas badan dinas lembaga komisi asosiasi
    universitas institut koalisi partai dewan majelis mahkamah pengadilan kejaksaan kepolisian polri polda
    polres polsek kpk ojk bi dpr dpd mpr tni pemerintah pemkot pemkab pemprov kantor perusahaan yayasan
    organisasi forum serikat gabungan himpunan ikatan persatuan perhimpunan federasi konfederasi klub
    sekolah rumah sakit rs bumn bpk bpjs bps bmkg kpu bawaslu lsm ngo sekuritas securities capital
    holding holdings group grup corp corporation inc ltd institute foundation""".split()
)
# words after which the next capitalised word still names the organisation ("PT Evoluzione ...")
NAME_SUFFIXES = frozenset("jr sr ii iii iv".split())
ORG_PREFIXES = frozenset("pt cv bank universitas institut yayasan koperasi perum klub grup group".split())
NOT_NAME = frozenset(
    """indonesia jakarta ri republik negara nasional internasional pusat daerah provinsi kota kabupaten
    selatan utara barat timur tengah raya senin selasa rabu kamis jumat sabtu minggu januari februari maret
    april mei juni juli agustus september oktober november desember""".split()
)
_ACRONYM = re.compile(r"^[A-Z]{2,}[A-Za-z]*$")


@attrs.frozen(slots=True)
class Mention:
    text: str  # the name as written, titles removed ("Anas", "dia", "nya", "seorang warga")
    start: int
    end: int
    kind: str  # person | organization | unnamed | pronoun
    role: Optional[str] = None


def _is_cap(t: Token) -> bool:
    w = t.text
    return bool(w) and (w[0].isupper() or (w[0].isdigit() and False))


def _is_punct(t: Token) -> bool:
    return not any(ch.isalnum() for ch in t.text)


def phrase_after(an: Analysis, i: int, limit: int = 12) -> list[int]:
    """Token indices of the speaker phrase that starts at token i ("ujar [Ketua KPK Firli Bahuri], ...")."""
    out: list[int] = []
    toks = an.tokens
    sent = toks[i].sent if i < len(toks) else -1
    j = i
    while j < len(toks) and len(out) < limit and toks[j].sent == sent:
        t = toks[j]
        low = t.text.lower()
        if _is_punct(t):
            # names may hold brackets "(OJK)" and hyphens; other punctuation ends the phrase
            if t.text in "()" and out:
                out.append(j)
                j += 1
                continue
            if (t.text == "," and out and all(not _is_cap(toks[k]) or is_title(toks[k].text) for k in out)
                    and j + 1 < len(toks) and _is_cap(toks[j + 1]) and toks[j + 1].sent == sent):
                out.append(j)
                j += 1
                continue
            if (t.text == "." and out and is_title(toks[j - 1].text) and j + 1 < len(toks)
                    and toks[j + 1].sent == sent and _is_cap(toks[j + 1])):
                out.append(j)  # "dr. Sri Nowo Retno": the abbreviation's dot
                j += 1
                continue
            if t.text == "," and _role_then_name(an, out, j):
                # "kata Ketua Al Mumtaz Kota Tasikmalaya, Ustaz Hilmi Afwan, Minggu": the role and its
                # place come first, the name after the comma
                out.append(j)
                j += 1
                continue
            if ((t.text in "-'’&" or (t.text == "." and len(toks[j - 1].text) == 1))
                    and out and j + 1 < len(toks) and toks[j + 1].start == t.end):
                out.append(j)
                j += 1
                continue
            break
        if out and low in ("itu", "ini", "tersebut") and all(not _is_cap(toks[k]) for k in out):
            out.append(j)
            break
        if out and low in STOP and not _is_cap(t):
            break
        if out and not _is_cap(t) and not is_title(low) and low not in PRONOUNS and not _lower_np_word(low, out, an):
            break
        out.append(j)
        j += 1
    while out and toks[out[-1]].text in "(":
        out.pop()
    return out


def _role_then_name(an: Analysis, sofar: list[int], comma: int) -> bool:
    """A comma inside a speaker phrase that opens with a role, with no name yet, and a short run of
    name words after it that ends the clause."""
    from .dates import MONTHS, WEEKDAYS

    toks = an.tokens
    if not sofar or not is_title(toks[sofar[0]].text) or toks[comma - 1].ner == "PERSON":
        return False
    if any(toks[k].text == "," for k in sofar):
        return False
    sent = toks[comma].sent
    k = comma + 1
    names = 0
    while (k < len(toks) and toks[k].sent == sent and k - comma <= 6
           and (_is_cap(toks[k]) or is_title(toks[k].text) or toks[k].text == ".")):
        w = toks[k].text
        if w == "." and is_title(toks[k - 1].text):
            k += 1
            continue
        if w.lower() in WEEKDAYS or w.lower() in MONTHS or w.lower() in _function_words():
            return False
        names += 0 if is_title(w) else 1
        k += 1
    ends = k >= len(toks) or toks[k].sent != sent or toks[k].text in ",.;:()" or toks[k].text.lower() in STOP
    return 1 <= names <= 4 and ends


def _lower_np_word(low: str, sofar: list[int], an: Analysis) -> bool:
    # an unnamed speaker is a lower-case noun phrase ("seorang warga", "salah satu tetangganya");
    # allow it to grow while nothing capitalised has been seen
    if any(_is_cap(an.tokens[k]) and not is_title(an.tokens[k].text) for k in sofar):
        return False
    return len(sofar) < 4 and low.isalpha()


def phrase_before(an: Analysis, i: int, limit: int = 20) -> list[int]:
    """Token indices of the subject phrase that ends just before token i ("[Anas] mengatakan ...")."""
    toks = an.tokens
    if i <= 0:
        return []
    sent = toks[i].sent
    j = i - 1
    # a comma right before the verb closes an apposition: "Walikota X, Ahmet Poyraz, menyatakan"
    if j >= 0 and toks[j].text == "," and toks[j].sent == sent:
        j -= 1
    out: list[int] = []
    while j >= 0 and toks[j].sent == sent and len(out) < limit:
        t = toks[j]
        if t.text in ",;:\"“”–—" or t.text.lower() in {"dan", "tetapi", "namun", "sedangkan", "sementara", "serta"}:
            break
        if t.text == "-" and toks[j - 1].end < t.start:
            break
        out.append(j)
        j -= 1
    out.reverse()
    # "Taufiek Bawazier, yang turut hadir dalam rapat tersebut, menjelaskan": skip the relative clause
    if out and toks[out[0]].text.lower() == "yang" and j >= 0 and toks[j].text == "," and toks[j].sent == sent:
        k = j - 1
        head: list[int] = []
        while k >= 0 and toks[k].sent == sent and toks[k].text not in ",;:\"“”" and len(head) < 8:
            head.append(k)
            k -= 1
        if head:
            return list(reversed(head))
    # "Rofikoh yang juga menjabat sebagai ... menjelaskan": the subject is what comes before "yang"
    for k, ti in enumerate(out):
        if toks[ti].text.lower() == "yang" and k > 0:
            out = out[:k]
            break
    return out


ADVERBS = frozenset(
    """juga pun pula telah sudah sempat kembali lebih lanjut hanya bahkan lantas kemudian pun masih
    turut ikut langsung sendiri secara terpisah terang sekaligus tegas lalu pernah mengaku akhirnya
    justru malah tetap""".split()
)
NEGATIONS = frozenset({"tidak", "tak", "belum", "bukan", "enggan", "menolak", "tanpa", "jangan"})


def strip_adverbs(an: Analysis, idx: list[int]) -> tuple[list[int], bool]:
    """Drop adverbs between subject and verb; report a negation ("tidak mengatakan")."""
    negated = False
    while idx and an.tokens[idx[-1]].text.lower() in ADVERBS | NEGATIONS:
        if an.tokens[idx[-1]].text.lower() in NEGATIONS:
            negated = True
        idx = idx[:-1]
    return idx, negated


def mention_from_tokens(an: Analysis, idx: Sequence[int]) -> Optional[Mention]:
    """The speaker named by a phrase: NER entity first, then a capitalised name, a pronoun, a description."""
    idx = [k for k in idx if not _is_punct(an.tokens[k]) or an.tokens[k].text in "()"]
    while idx and _is_punct(an.tokens[idx[-1]]):
        idx.pop()
    while idx and _is_punct(an.tokens[idx[0]]):
        idx.pop(0)
    if not idx:
        return None
    toks = an.tokens
    text = an.text
    words = [toks[k] for k in idx]
    lows = [w.text.lower() for w in words]
    # pronouns
    for k, low in zip(idx, lows):
        if low in PRONOUNS and len(idx) <= 2:
            return Mention(toks[k].text, toks[k].start, toks[k].end, "pronoun")
    # "Mantan Ketua DPRD Kota Jayapura ini menjelaskan ...": a role with a demonstrative points back
    # to a person already in the story (but "perempuan itu", with no role, may be somebody new)
    if len(idx) >= 2 and lows[-1] in ("ini", "itu", "tersebut") and any(is_title(w.text) for w in words[:-1]) \
            and not any(w.ner == "PERSON" for w in words):
        return Mention(text[toks[idx[0]].start:toks[idx[-1]].end], toks[idx[0]].start, toks[idx[-1]].end, "pronoun")
    # named entities from the model
    ents = _entities(an, idx)
    person = [e for e in ents if e[2] == "PERSON"]
    org = [e for e in ents if e[2] in ("ORGANISATION", "ORGANIZATION", "ORG")]
    person = [p for p in (_clean_person(an, s, e) for s, e, _ in person) if p is not None]
    if person:
        s, e = person[-1]
        # the rules may see the name run on to the right ("Mahfud MD", "Holdbrooks Jr"): take that,
        # but not words on the left, where an organisation usually stands
        run = _name_run(an, idx)
        if run is not None and run[0] <= s <= run[1] and run[1] > e:
            e = run[1]
        return _named(an, idx, s, e, "person")
    org_run = _org_run(an, idx)
    if org_run is not None:
        return org_run
    # a capitalised run at the end of the phrase, after titles and organisation words
    run = _name_run(an, idx)
    if run:
        s, e = run
        kind = "organization" if _looks_org(text[toks[s].start:toks[e].end]) else "person"
        if org and not person and kind == "person":
            os_, oe, _ = org[-1]
            if os_ <= s and oe >= e:
                kind = "organization"
        return _named(an, idx, s, e, kind)
    if org:
        s, e, _ = org[-1]
        return _named(an, idx, s, e, "organization")
    if len(idx) == 1 and _ACRONYM.match(words[0].text) and re.search(
            r"\(" + re.escape(words[0].text) + r"\)", text):
        return _named(an, idx, idx[0], idx[0], "organization")  # "APP", defined as "... (APP)"
    # no name: the description as written ("seorang warga")
    s, e = idx[0], idx[-1]
    phrase = text[toks[s].start:toks[e].end]
    if len(idx) > 6:
        return None
    return Mention(phrase, toks[s].start, toks[e].end, "unnamed")


def _person_word(an: Analysis, t: Token) -> bool:
    w = t.text
    low = w.lower()
    return (_is_cap(t) and not is_title(w) and low not in _function_words() and low not in NOT_NAME
            and low not in ORG_WORDS and not _ACRONYM.match(w)
            and name_word(w, an.lower, sentence_initial(an.text, t.start), an.midcaps))


def _clean_person(an: Analysis, s: int, e: int) -> Optional[tuple[int, int]]:
    """An entity span from the model, trimmed to the words that can be part of a name
    (a weak model tags "ungkap Brotoseno" or "AMI Sutjiadi" as one person)."""
    toks = an.tokens
    while s <= e and not _person_word(an, toks[s]):
        s += 1
    while e >= s and not _person_word(an, toks[e]):
        e -= 1
    if s > e or any(not _person_word(an, toks[k]) and toks[k].text not in ".-'’" for k in range(s, e + 1)):
        return None
    # a span that starts inside a run of capitals holds the end of an organisation's name
    # ("Investa Saran [Mandiri Hans Kwee]"): a name of three words or more loses its first ones
    while e - s >= 2 and s > 0 and toks[s - 1].sent == toks[s].sent and toks[s - 1].text[:1].isupper() \
            and toks[s - 1].text.isalpha() and not is_title(toks[s - 1].text) \
            and toks[s].text.lower() not in name_prefixes():
        s += 1
    return s, e


def _named(an: Analysis, idx: Sequence[int], s: int, e: int, kind: str) -> Mention:
    toks = an.tokens
    # drop titles at the front of the name ("Menteri Azwar Anas" -> "Azwar Anas")
    while s < e and is_title(toks[s].text):
        s += 1
    role = None
    before = [k for k in idx if k < s]
    if before:
        rs = next((k for k in before if is_title(toks[k].text)), None)
        if rs is not None:
            role_text = an.text[toks[rs].start:toks[before[-1]].end].strip(" ,")
            # "Ketua Al Mumtaz Kota Tasikmalaya, Ustaz": an honorific after the comma is not the role
            head, comma, tail = role_text.rpartition(",")
            if comma and head and all(is_title(w) for w in tail.split()):
                role_text = head.strip()
            # "... Kota Bogor dr.": a lower-case honorific before the name belongs to the name
            ws = role_text.split()
            while (len(ws) > 1 and is_title(ws[-1].rstrip(".")) and ws[-1][:1].islower()
                   and (ws[-1].endswith(".") or len(ws[-1]) <= 3)):  # "dr", "ir.", not "hakim"
                ws.pop()
            role_text = " ".join(ws)
            role = role_text or None
    return Mention(an.text[toks[s].start:toks[e].end], toks[s].start, toks[e].end, kind, role)


def _org_run(an: Analysis, idx: Sequence[int]) -> Optional[Mention]:
    """"Kepolisian Wales Selatan", "Koalisi Masyarakat Sipil Melawan Impunitas": a trailing capitalised
    run that opens with an organisation word names an organisation, unless a person's name follows
    a closing marker ("PT Astra Otoparts Tbk Yusak Kristian") or a title."""
    toks = an.tokens
    run: list[int] = []
    for k in reversed(idx):
        t = toks[k].text
        if _is_cap(toks[k]) or t.lower() in ("dan", "&", "(", ")", "-") or t[:1].isdigit():
            run.insert(0, k)
        else:
            break
    while run and not _is_cap(toks[run[0]]):
        run.pop(0)
    while run and toks[run[0]].text.lower() not in ORG_WORDS and is_title(toks[run[0]].text):
        run.pop(0)
    if not run or toks[run[0]].text.lower() not in ORG_WORDS:
        return None
    words = [toks[k].text for k in run]
    if any(is_title(w) for w in words[1:]):
        return None
    # the organisation's name ends at its last organisation-like word; name-like words after it
    # are a person ("Universitas Indonesia Teuku Riefky", "Bank Sentral AS Jerome Powell")
    last_org = max(n for n, w in enumerate(words)
                   if w.lower() in ORG_WORDS or w.lower() in NOT_NAME or _ACRONYM.match(w) or w == ")")
    after = [w for w in words[last_org + 1:] if w[:1].isupper()]
    if after:
        common = sum(1 for w in after if w.lower() in an.lower)
        if common * 2 < len(after) and not (common >= 1 and len(after) >= 3):
            return None
    s, e = run[0], run[-1]
    # a trailing "(ACRONYM)" is the short name, not part of the name
    if toks[e].text == ")" and e - 2 >= s and toks[e - 2].text == "(":
        e -= 3
    return Mention(an.text[toks[s].start:toks[e].end], toks[s].start, toks[e].end, "organization")


def _entities(an: Analysis, idx: Sequence[int]) -> list[tuple[int, int, str]]:
    out = []
    cur = None
    for k in idx:
        t = an.tokens[k]
        if t.ner and (cur is None or cur[2] == t.ner) and (cur is None or cur[1] == k - 1):
            cur = (cur[0] if cur else k, k, t.ner)
        else:
            if cur:
                out.append(cur)
            cur = (k, k, t.ner) if t.ner else None
    if cur:
        out.append(cur)
    return out


def _name_run(an: Analysis, idx: Sequence[int]) -> Optional[tuple[int, int]]:
    toks = an.tokens
    # last capitalised, non-title token of the phrase
    end = None
    for k in reversed(idx):
        t = toks[k]
        if (_is_cap(t) and not is_title(t.text) and t.text.lower() not in NOT_NAME
                and name_word(t.text, an.lower, sentence_initial(an.text, t.start), an.midcaps)):
            end = k
            break
    if end is None:
        return None
    start = end
    k = end - 1
    while k >= idx[0] and end - k < 4:
        t = toks[k]
        low = t.text.lower()
        if not _is_cap(t) or is_title(low) or low in ORG_WORDS or low in NOT_NAME or _ACRONYM.match(t.text) or not name_word(t.text, an.lower, sentence_initial(an.text, t.start), an.midcaps):
            break
        start = k
        k -= 1
    # the word after an organisation marker names the organisation: "PT Evoluzione Alessandro Monzani"
    if k >= idx[0] and toks[k].text.lower() in ORG_PREFIXES and start < end:
        start += 1
    # "HRTA Abadi Mohammad Ath Thoriz": Mohammad, Siti, Teuku ... start a name
    for k2 in range(start + 1, end):
        if toks[k2].text.lower() in name_prefixes():
            start = k2
            break
    # "Co-Founder Tokomodal Chris Antonius": leading words the article also uses on their own,
    # away from the rest of the name, name the organisation
    words = [toks[k].text for k in range(start, end + 1)]
    kept = NameIndex(an.text, [], an.lower, an.midcaps).strip_leading_org(words)
    start += len(words) - len(kept)
    return start, end


@functools.lru_cache(maxsize=None)
def _function_words() -> frozenset:
    from .lexicon import cues

    return frozenset(cues()) | STOP | PRONOUNS | SUBORD | {"hal", "menurutnya", "sebelumnya", "selain", "sedangkan",
                                                           "the", "of", "and", "for", "in", "on", "a", "an"}


SUBORD = frozenset(
    """meski meskipun walaupun walau jika kalau ketika saat setelah sebelum karena untuk sambil sementara
    bila apabila agar supaya sehingga usai seusai terlebih asalkan tanpa namun tetapi lebih ditambah
    selain melalui sedangkan adapun bahkan""".split()
)


@functools.lru_cache(maxsize=None)
def name_prefixes() -> frozenset:
    from .lexicon import _lines

    return frozenset(_lines("name_prefixes.txt"))


def _contains(form: str, target: list[str]) -> Optional[int]:
    fw = [w.lower() for w in form.split()]
    for k in range(len(fw) - len(target) + 1):
        if fw[k:k + len(target)] == target:
            return k
    return None


_NOUN_AFFIX = re.compile(r"^(?:per|pen|pem|peng|peny|pe|ke|ber)\w{3,}an$", re.I)


def name_word(word: str, lower: frozenset, initial: bool = True, midcaps: Optional[frozenset] = None) -> bool:
    """Could this capitalised word be part of a person's name? Not a pe-/ke-...-an noun
    ("Perindustrian", "Kehutanan"), nor, where a capital says nothing (sentence start), a word the
    article also writes in lower case ("Pelaku usaha menilai ...")."""
    w = word.rstrip(".")
    if w.lower() in _function_words():
        return False
    if initial and w.lower() in lower:
        return False
    if initial and midcaps is not None and w not in midcaps:
        return False  # capitalised only where every word is: no evidence of a name
    return not _NOUN_AFFIX.match(w)


def sentence_initial(text: str, pos: int) -> bool:
    k = pos - 1
    while k >= 0 and text[k] in " \t":
        k -= 1
    if k >= 0 and text[k] == ".":
        m = re.search(r"(\w+)$", text[max(0, k - 12):k])
        if m and is_title(m.group(1)):
            return False  # "dr. Sri", "H. Anas": the dot of an abbreviation
    return k < 0 or text[k] in ".!?\n\"“”–—-:"


def _looks_org(name: str) -> bool:
    words = name.split()
    if any(w.lower().strip("()") in ORG_WORDS for w in words):
        return True
    return len(words) == 1 and bool(_ACRONYM.match(words[0])) and len(words[0]) <= 6


# ---------------------------------------------------------------- canonical names

_WORD = re.compile(r"[A-Za-zÀ-ÿ][\w'’.-]*")


@attrs.define
class NameIndex:
    """Every name form in one article; `canonical` picks the fullest form of a short one."""

    text: str
    forms: list[str] = attrs.field(factory=list)
    lower_vocab: frozenset = frozenset()
    midcaps: Optional[frozenset] = None
    # canonical() reads the whole text for every call; one article asks for the same names often
    _cache: dict = attrs.field(factory=dict, init=False, repr=False)

    @classmethod
    def build(cls, an: Analysis, search_text: Optional[str] = None) -> "NameIndex":
        idx = cls(search_text if search_text is not None else an.text, [], an.lower, an.midcaps)
        # entity spans from the model
        k = 0
        n = len(an.tokens)
        while k < n:
            if an.tokens[k].ner != "PERSON":
                k += 1
                continue
            j = k
            while j + 1 < n and an.tokens[j + 1].ner == "PERSON" and an.tokens[j + 1].sent == an.tokens[k].sent:
                j += 1
            span = _clean_person(an, k, j)
            if span is not None:
                idx.add(an.text[an.tokens[span[0]].start:an.tokens[span[1]].end])
            k = j + 1
        return idx

    def add(self, name: str) -> None:
        words = [w for w in name.split() if not is_title(w)]
        if words:
            form = " ".join(words)
            if form not in self.forms:
                self.forms.append(form)
                self._cache.clear()

    def _runs_with(self, word: str) -> list[str]:
        """Capitalised runs around each occurrence of `word` in the text ("... Abdullah Azwar Anas")."""
        out = []
        for m in re.finditer(r"(?<![\w])" + re.escape(word) + r"(?![\w])", self.text):
            words = [word]
            pos = m.end()
            for _ in range(3):
                mm = re.match(r"[ \t]+([A-Z][\w'’-]*)", self.text[pos:pos + 40])
                if not mm or not self._name_like(mm.group(1), False):
                    break
                words.append(mm.group(1))
                pos += len(mm.group(0))
            pos = m.start()
            initials = None  # "Fredrickus WA Maclarimboen": capitals kept only if a name stands before
            for _ in range(4):
                seg_start = max(0, pos - 40)
                mm = re.search(r"(?<![\w.])([A-Z][\w'’-]*|[A-Z]\.)[ \t]+$", self.text[seg_start:pos])
                if not mm:
                    break
                w = mm.group(1)
                initial = sentence_initial(self.text, seg_start + mm.start(1))
                # "KOMPAS.com – Lionel Messi": a first name is often written only once, at the start
                # of the lead; right before the name itself the lower-case vocabulary is evidence enough
                lenient = initial and len(words) == 1 and self.midcaps is not None and words[0] in self.midcaps
                if not (self._name_like(w, initial) or lenient and self._name_like(w, True, midcaps=False)):
                    if initials is None and re.fullmatch(r"[A-Z]{1,2}", w) and len(words) == 1:
                        initials = (w, pos)
                        pos = pos - len(mm.group(0))
                        continue
                    break
                if initials is not None:
                    words.insert(0, initials[0])
                    initials = ()
                words.insert(0, w)
                pos = pos - len(mm.group(0))
            if initials:
                pos = initials[1]  # no name before the capitals: they were not initials
            before = self.text[max(0, pos - 40):pos].split()
            if before and before[-1].lower() in ("the", "a", "an"):
                continue  # "The Messi Store": a brand or a title, not a name
            if before and before[-1].lower() in ORG_PREFIXES and len(words) > 2:
                words.pop(0)
            out.append(" ".join(self.strip_leading_org(words)))
        return out

    def _name_like(self, w: str, initial: bool, midcaps: bool = True) -> bool:
        lw = w.lower()
        if lw in _function_words():
            return False
        return not (is_title(w) or lw in ORG_WORDS or lw in NOT_NAME
                    or not name_word(w, self.lower_vocab, initial, self.midcaps if midcaps else None)
                    or _ACRONYM.match(w))

    def strip_leading_org(self, words: list[str]) -> list[str]:
        """Drop leading words that the article also uses without the rest of the name
        ("Urban Quarter Adelaide Chintara" when "pihak Urban Quarter" stands elsewhere)."""
        for k in range(len(words) - 2, -1, -1):
            prefix = words[: k + 1]
            if len(words) - (k + 1) < 2 and k > 0:
                continue
            if len(words) - (k + 1) < 1:
                continue
            if re.fullmatch(r"[A-Z]{1,2}\.?", words[k + 1]):
                continue  # what would be left starts with an initial: "Fredrickus WA Maclarimboen"
            if self._count(prefix) > self._count(words[: k + 2]) and len(words) - (k + 1) >= 2:
                if k == 0 and (self._speaks_alone(words[0]) or words[0].lower() in name_prefixes()):
                    continue  # "Muhammad" of "Muhammad Nabil ..." also stands in other names
                return words[k + 1:]
        return words

    def _speaks_alone(self, w: str) -> bool:
        """"Amalia menuturkan", "kata Amalia": the word alone is used as a speaker's short name."""
        from .lexicon import cues

        table = cues()
        for m in re.finditer(r"(\w+)?[ \t]*(?<!\w)" + re.escape(w) + r"(?!\w)[ \t,]*(\w+)?", self.text):
            before, after = (m.group(1) or "").lower(), (m.group(2) or "").lower()
            if before in table or after in table:
                return True
        return False

    def _count(self, words: list[str]) -> int:
        return len(re.findall(r"(?<!\w)" + r"[ \t]+".join(re.escape(w) for w in words) + r"(?!\w)", self.text))

    def last_person_before(self, pos: int) -> Optional[str]:
        """The last name-like run (two capitalised name words or more) before `pos`, for a pronoun
        that has no quoted person to refer to."""
        runs = []
        for m in re.finditer(r"(?<![\w])([A-Z][a-z][\w'’-]*)(?:[ \t]+([A-Z]\.|[A-Z][a-z][\w'’-]*)){1,3}",
                             self.text[:pos]):
            words = [w for w in m.group(0).split() if not re.fullmatch(r"[A-Z]\.", w)]  # "Jospehus K. Triprakoso"
            # "Raditya Pramana Putra": a name may hold a word the article also writes in lower case
            # ("putra sulung"), as long as two of its words are names only
            ok = [w for w in words if self._name_like(w, False)]
            only_names = [w for w in ok if w.lower() not in self.lower_vocab]
            before = self.text[max(0, m.start() - 12):m.start()].split()
            if before and before[-1].lower() in ORG_PREFIXES:
                continue  # "PT Sinar Laut"
            if len(only_names) >= 2 and len(ok) == len(words):
                runs.append(m)
        if not runs:
            return None
        # the first person of the sentence that names the last one: "Brandon Nicholas Salim, putra
        # sulung aktor Fery Salim, ... ia ..." is about Brandon
        last = runs[-1]
        cut = max(self.text.rfind(". ", 0, last.start()), self.text.rfind("\n", 0, last.start()))
        return next(m.group(0) for m in runs if m.start() > cut)

    def _alone(self, w: str) -> int:
        return len(re.findall(r"(?<!\w)" + re.escape(w) + r"(?!\w)", self.text))

    def _together(self, w: str, nxt: str) -> int:
        return len(re.findall(r"(?<!\w)" + re.escape(w) + r"[ \t]+" + re.escape(nxt) + r"(?!\w)", self.text))

    def alias(self, name: str) -> Optional[str]:
        """"Basuki Tjahaja Purnama (Ahok)", "Kementerian Pertanian (Kementan)": the name a short form
        stands for in brackets."""
        m = re.search(r"((?:[A-Z][\w.'’-]*[ \t]+(?:dan[ \t]+|&[ \t]+|bin[ \t]+|binti[ \t]+)?){1,7})\(" + re.escape(name) + r"\)", self.text)
        if not m:
            return None
        words = m.group(1).split()
        cut = 0
        for k, w in enumerate(words[:-1]):
            lw = w.lower()
            if is_title(w) or lw in _function_words() or lw in NOT_NAME or lw in ORG_WORDS or _ACRONYM.match(w):
                cut = k + 1
        words = words[cut:]
        return " ".join(words) if len(words) >= 2 else None

    def nickname(self, name: str) -> Optional[str]:
        """"Muhammad Buldansyah, ... Pria yang akrab disapa Dani ini ...": the person a nickname
        given with "disapa" / "sapaan akrabnya" belongs to (the one the text was about just before)."""
        m = re.search(r"(?:[Dd]isapa|[Ss]apaan(?:[ \t]+akrab(?:nya)?)?)[ \t]+" + re.escape(name) + r"(?!\w)", self.text)
        if not m:
            return None
        full = self.last_person_before(m.start())
        return full if full and name not in full.split() else None

    def holder_of(self, role: str, pos: int) -> Optional[str]:
        """The person the article names with `role` before `pos` ("Presiden Prabowo Subianto ...
        ujar Kepala Negara"): a mention made only of role words stands for that person."""
        from .lexicon import role_equivalents

        low = " ".join(role.lower().split())
        phrases = {low, role_equivalents().get(low, low)}
        best = None
        for ph in phrases:
            pat = r"(?<!\w)(?i:" + r"[ \t]+".join(re.escape(w) for w in ph.split()) + \
                r")[ \t]+((?:[A-Z][\w'’-]*[ \t]*){1,4})"
            for m in re.finditer(pat, self.text[:pos]):
                words = []
                for w in m.group(1).split():
                    if not self._name_like(w, False):
                        break
                    words.append(w)
                if len(words) >= 2:
                    # several presidents in one article ("era Presiden Joko Widodo"): the one the
                    # article talks about most
                    score = (self._alone(words[0]) + self._alone(words[-1]), m.start())
                    if best is None or score > best[0]:
                        best = (score, " ".join(words))
        return best[1] if best else None

    def canonical(self, mention: str, kind: str = "person") -> str:
        key = (mention, kind)
        if key not in self._cache:
            self._cache[key] = self._canonical(mention, kind)
        return self._cache[key]

    def _canonical(self, mention: str, kind: str) -> str:
        words = [w for w in mention.split() if not is_title(w)]
        if not words:
            return mention
        if len(words) == 1 and kind != "organization":
            full = self.alias(words[0]) or self.nickname(words[0])
            if full:
                return full
        if kind == "organization":
            return self._canonical_org(" ".join(words))
        target = [w.lower() for w in words]
        best = " ".join(words)
        best_score = (len(words), True)
        cands = list(self.forms)
        for w in words[-1:] + words[:1]:
            cands += self._runs_with(w)
        for form in cands:
            fw = form.split()
            k = _contains(form, target)
            if k is None:
                continue
            trailing = [w for w in fw[k + len(target):] if w.lower().rstrip(".") not in NAME_SUFFIXES]
            if k > 0 and trailing:
                # the short name is a first name inside a longer run: several words before it are an
                # organisation ("Investa Saran Mandiri Hans Kwee" for "Hans"), unless they are name
                # prefixes; one word is a first name ("Yulisyah Putri Daulay", called "Putri")
                keep = k
                while keep > 0 and fw[keep - 1].lower() in name_prefixes():
                    keep -= 1
                if keep > 1 or (keep == 1 and (_looks_org(fw[0]) or self._after_title(form))):
                    fw = fw[keep:]
            # longer wins; at equal length a form that ends with the short name ("Lionel Messi" for
            # "Messi") beats one that runs on past it ("Messi Store")
            score = (len(fw), _contains(" ".join(fw), target) == len(fw) - len(target))
            if score > best_score:
                best, best_score = " ".join(fw), score
        return best

    def _after_title(self, form: str) -> bool:
        """"Ekonom Indef Bhima Yudhistira", "Direktur Investa Saran Mandiri Hans Kwee": a run after
        a role starts with the employer."""
        # the role may stand a few capitalised words (the employer) before the run
        pat = r"(\S+)(?:[ \t]+[A-Z][\w'’.&-]*){0,4}[ \t]+" + re.escape(form) + r"(?!\w)"
        for m in re.finditer(pat, self.text):
            word = m.group(1)
            if is_title(word) and not word.endswith(","):  # not "Ketua tim peneliti, Lestari ..."
                return True
        return False

    def _canonical_org(self, name: str) -> str:
        # "Otoritas" -> "Otoritas Jasa Keuangan"; an acronym -> the words before "(ACRONYM)"
        if _ACRONYM.match(name) and " " not in name:
            # "PT Bank Negara Indonesia (Persero) Tbk (BNI)": a bracketed word inside the name
            m = re.search(r"((?:(?:[A-Z][\w-]*|\([A-Z][\w-]*\))\s+(?:dan\s+|&\s+)?){1,8})\(" + re.escape(name) + r"\)",
                          self.text)
            if m:
                words = m.group(1).split()
                while words and is_title(words[0]) and words[0].lower() not in ORG_WORDS:
                    words.pop(0)  # "Ketua Asosiasi Mainan Indonesia (AMI)": not "Asosiasi"
                return " ".join(words) if words else name
            return name
        m = re.search(re.escape(name) + r"((?:\s+[A-Z][\w-]*){1,6})", self.text)
        if m and len(name.split()) == 1:
            ext = name + m.group(1)
            words = ext.split()
            keep = [words[0]]
            for w in words[1:]:
                if w.lower() in self.lower_vocab or w.lower() in NOT_NAME and len(keep) > 2:
                    break
                keep.append(w)
            return " ".join(keep)
        return name
