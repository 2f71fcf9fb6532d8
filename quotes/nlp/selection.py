"""Which parts of a batch of articles the models read, and the analyses that come back.

Tokenisation runs on every sentence; the neural processors (pos, lemma, depparse, ner) run only on
sentences that can change the answer: those holding a quotation mark or a reporting cue. Sentences
of many articles go to Stanza together, so its batches stay full.
"""
from __future__ import annotations

from typing import Sequence

import attrs

from ..lexicon.words import COMPLEMENTISERS, QUOTE_CHARS, is_cue_word, roles_for
from ..text.paragraphs import WORDS, paragraphs
from .analysis import (
    Analysis,
    from_stanza_sentences,
    lower_vocab,
    merge,
    mid_caps,
    rule_based,
    segment,
)
from .model_input import model_words, windows

# depparse runs only with --full: the extractor reads the parse only as a fallback for a missing
# subject, which the rules find on their own (the benchmark reports the accuracy difference)
NEURAL_PROCESSORS = ("pos", "lemma", "depparse", "ner")
# What the extractor reads: part of speech and entities. Lemmas only ever add "weak" cues (a verb
# whose lemma is a verb of saying but whose form is not in the cue table), which changed no quote
# on ../shared/corpus or corpus/ (same scores without them), so the lemmatiser, like the parser,
# runs only with --full.
SELECTIVE_PROCESSORS = ("pos", "ner")



def relevant(tokens) -> bool:
    """A sentence (its tokens, Stanza's or ours) with a quotation mark or a cue word."""
    return any(any(ch in QUOTE_CHARS for ch in tok.text) or is_cue_word(tok.text) for tok in tokens)


def needs_tags(tokens) -> bool:
    """The tagger decides one thing in the default path: whether the words right after a verb of
    saying are a clause ("Anas mengatakan harga naik") or its object ("mengungkapkan pandangannya").
    Only a sentence with such a verb not followed by a comma or "bahwa" needs parts of speech."""
    for k, tok in enumerate(tokens[:-1]):
        if any(r.role in ("say", "weak") for r in roles_for(tok.text)):
            nxt = tokens[k + 1].text
            if nxt not in (",", ":") and nxt.lower() not in COMPLEMENTISERS:
                return True
    return False


def relevant_paragraph(text: str) -> bool:
    if any(ch in QUOTE_CHARS for ch in text):
        return True
    return any(is_cue_word(w) for w in WORDS.findall(text))


def analyze_many(texts: Sequence[str], pipeline, full: bool = False) -> list[Analysis]:
    """Analyses for several prepared texts with one Stanza call per stage.

    Paragraphs with neither a quotation mark nor a cue word are split by rule: Stanza's tokenizer,
    the largest cost after the parser, reads only the paragraphs that can hold a quote. Within
    those, pos and ner run on the sentences with a mark or a cue. `full` runs
    every processor (lemma and parser too) on every sentence of every paragraph.
    """
    from stanza.models.common.doc import Document

    if not texts:
        return []
    # pieces: (article, paragraph start, paragraph text, use Stanza?)
    pieces: list[tuple[int, int, str, bool]] = []
    for di, text in enumerate(texts):
        if full:
            pieces.append((di, 0, text, True))
            continue
        for p in paragraphs(text):
            chunk = text[p.start:p.end]
            pieces.append((di, p.start, chunk, (not p.noise) and relevant_paragraph(chunk)))
    stanza_idx = [k for k, pc in enumerate(pieces) if pc[3] and pc[2].strip()]
    docs = pipeline.process([Document([], text=pieces[k][2]) for k in stanza_idx], processors="tokenize,mwt") \
        if stanza_idx else []
    doc_of = dict(zip(stanza_idx, docs))
    selected: list[tuple[int, int]] = []
    sub_sents = []
    for k, doc in doc_of.items():
        for si, sent in enumerate(doc.sentences):
            if full or relevant(sent.tokens):
                selected.append((k, si))
                sub_sents.append(sent.to_dict())
    processed: dict[tuple[int, int], object] = {}
    if sub_sents:
        wanted = NEURAL_PROCESSORS if full else SELECTIVE_PROCESSORS
        neural = [p for p in wanted if p in pipeline.processors]
        sub = Document(sub_sents, text=None)
        # offsets belong to different paragraphs, so the sub-document has no text of its own;
        # each sentence gets its own (the NER processor reads entity text from it)
        for (k, _), sent in zip(selected, sub.sentences):
            first, last = sent.tokens[0], sent.tokens[-1]
            if first.start_char is not None and last.end_char is not None:
                sent.text = pieces[k][2][first.start_char:last.end_char]
        if neural:
            sub = pipeline.process(sub, processors=",".join(neural))
        for key, sent in zip(selected, sub.sentences):
            processed[key] = sent
    parts: list[list[Analysis]] = [[] for _ in texts]
    for k, (di, offset, chunk, _) in enumerate(pieces):
        if k in doc_of:
            sents = [processed.get((k, si), s) for si, s in enumerate(doc_of[k].sentences)]
            parts[di].append(from_stanza_sentences(sents, texts[di], offset))
        else:
            parts[di].append(_shift(rule_based(chunk), offset))
    return [merge(ps, text) for ps, text in zip(parts, texts)]


def analyze_hybrid(texts: Sequence[str], pipeline) -> list[Analysis]:
    """Analyses with rule tokens and sentences, and Stanza's pos and ner on the sentences that can
    hold a quote (a mark or a cue), batched across texts.

    Stanza's neural tokenizer and multi-word expander are the largest cost of the selective path;
    here they do not run at all. The tagger then sees "ujarnya" as one word, as the entity model
    was trained to (its data is not split into words either).
    """
    from stanza.models.common.doc import Document

    # per text: its rule tokens and sentences; `chosen`: (text, sentence, first token) of each
    # sentence (or window of one) in `batch`
    docs: list[tuple[list, list]] = []
    chosen: list[tuple[int, int, int]] = []
    batch = []
    sent_texts = []
    tag_pos = []  # positions in `batch` of the sentences the tagger must read
    for di, text in enumerate(texts):
        tokens: list = []
        sentences: list = []
        for p in paragraphs(text):
            s0 = len(sentences)
            segment(text, p.start, p.end, tokens, sentences)
            if p.noise or not relevant_paragraph(text[p.start:p.end]):
                continue
            for si in range(s0, len(sentences)):
                sent = sentences[si]
                toks = tokens[sent.first:sent.last]
                if not relevant(toks):
                    continue
                # an over-long sentence goes to the models in windows, long tokens cut (model_input)
                for lo, hi in windows(len(toks)):
                    part = toks[lo:hi]
                    if needs_tags(part):
                        tag_pos.append(len(batch))
                    chosen.append((di, si, lo))
                    sent_texts.append(text[part[0].start:part[-1].end])
                    batch.append(model_words(part))
        docs.append((tokens, sentences))

    def run(sents, texts_, processor):
        doc = Document(sents, text=None)
        for sent, st in zip(doc.sentences, texts_):
            sent.text = st  # the entity model reads entity text from it by character offsets
        return pipeline.process(doc, processors=processor).sentences

    entities, tags = [], {}
    if batch and "ner" in pipeline.processors:
        entities = run(batch, sent_texts, "ner")
    if tag_pos and "pos" in pipeline.processors:
        tags = dict(zip(tag_pos, run([batch[k] for k in tag_pos], [sent_texts[k] for k in tag_pos], "pos")))
    neural = [False] * len(texts)
    for k, (di, si, lo) in enumerate(chosen):
        tokens, sentences = docs[di]
        first = sentences[si].first + lo
        ner_toks = entities[k].tokens if entities else ()
        pos_toks = tags[k].tokens if k in tags else ()
        neural[di] = neural[di] or bool(entities or tags)
        for j in range(len(batch[k])):
            tag = getattr(ner_toks[j], "ner", None) if ner_toks else None
            ner = tag.split("-", 1)[-1] if tag and tag != "O" else None
            upos = pos_toks[j].words[0].upos if pos_toks else None
            if ner is not None or upos is not None:
                tokens[first + j] = attrs.evolve(tokens[first + j], upos=upos, ner=ner)
    return [Analysis(text, tuple(tokens), tuple(sentences), neural=nn, lower=lower_vocab(text), midcaps=mid_caps(text))
            for text, (tokens, sentences), nn in zip(texts, docs, neural)]


def _shift(an: Analysis, offset: int) -> Analysis:
    if offset == 0:
        return an
    toks = tuple(attrs.evolve(t, start=t.start + offset, end=t.end + offset) for t in an.tokens)
    sents = tuple(attrs.evolve(s, start=s.start + offset, end=s.end + offset) for s in an.sentences)
    return attrs.evolve(an, tokens=toks, sentences=sents)
