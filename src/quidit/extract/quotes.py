"""Finding quotes: direct, indirect and mixed, with cue and speaker mention.

The stages, in order:

1. indirect quotes from verbs of saying (que-clauses, infinitives, noun
   phrases with a figure, and inverted incises after plain content);
2. indirect quotes from attribution adjuncts (selon, d'après, pour …);
3. direct quotes from pairs of quotation marks, attributed by an incise
   after them, an introduction before them, or the context;
4. quotation marks inside an indirect quote's content make it mixed; a
   content that the marks hold whole makes it direct.

Speaker *mentions* are found here; resolving them to entities is
``speakers.resolve_speakers``'s work.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from quidit.extract.cues import AdjunctCue, VerbCue, find_adjunct_cues, find_verb_cues
from quidit.extract.marks import MarkPair, find_pairs, inner_bounds
from quidit.extract.spans import (
    clip_content,
    paragraph_bounds,
    sentence_of,
    token_at,
    trim,
)
from quidit.lang import LanguageData
from quidit.records import Quote, Span, Speaker

_QUE = {"que", "qu'", "qu’"}
#: Words before « que » that make it a conjunction of their own
#: (alors que, parce que, ce que …), not a complementiser of the cue.
_NOT_COMPLEMENTISER = {
    "alors", "parce", "tandis", "pendant", "avant", "après", "sans", "pour", "afin", "dès",
    "bien", "ainsi", "ce", "tant", "plutôt", "moins", "plus", "autant", "même", "si", "lors",
    "sorte", "jusqu'", "jusqu’",
}  # fmt: skip
#: Tokens that may stand between a cue and its « que » (« a déclaré
#: mercredi à la presse que »); a verb or sentence end stops the search.
#: Ten tokens hold the longest such insertions seen in news copy
#: (« a déclaré mercredi soir devant les députés de la commission que »).
QUE_WINDOW = 10

#: Pattern priors: the share of quotes of each pattern that are right
#: (content and speaker), set from the dev-set figures of bench/accuracy.py
#: and rounded down.
CONFIDENCE = {
    "direct_incise": 0.95,
    "direct_intro": 0.9,
    "direct_context": 0.75,
    "direct_label": 0.85,
    "que": 0.9,
    "infinitive": 0.85,
    "noun_phrase": 0.75,
    "incise": 0.8,
    "adjunct": 0.85,
    "adjunct_figure": 0.8,
}


@dataclass
class Draft:
    kind: str
    start: int
    end: int
    cue: tuple[int, int] | None
    mention: tuple[int, int] | None
    pronoun: bool = False
    type: str = "indirect"
    confidence: float = 0.8
    pairs: list[MarkPair] = field(default_factory=list)


@dataclass
class Found:
    quotes: list[Quote] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def sentence_end(doc: Doc, token: Token) -> int:
    """End offset of the token's sentence, never past its paragraph."""
    sent = token.sent
    end = doc[sent.end - 1].idx + len(doc[sent.end - 1])
    para_end = doc.text.find("\n", token.idx)
    return end if para_end < 0 else min(end, para_end)


def sentence_start(doc: Doc, token: Token) -> int:
    start = doc[token.sent.start].idx
    para_start = doc.text.rfind("\n", 0, token.idx) + 1
    return max(start, para_start)


def _mention_of(cue: VerbCue) -> tuple[tuple[int, int] | None, bool]:
    if cue.subject is None or cue.subject_start < 0:
        return None, False
    return (cue.subject_start, cue.subject_end), cue.pronoun


# --------------------------------------------------------------------------
# 1. verbs of saying


def _que_after(cue: VerbCue, doc: Doc) -> Token | None:
    """The « que » that opens the cue's complement clause, if any."""
    verb = cue.verb
    sent_end = verb.sent.end
    last = doc[verb.i]
    # Start right after the cue words (a multi-word cue ends after its tail).
    i = last.i + 1
    while i < len(doc) and doc[i].idx < cue.end:
        i += 1
    steps = 0
    while i < sent_end and steps < QUE_WINDOW:
        tok = doc[i]
        if tok.lower_ in _QUE:
            prev = doc[i - 1].lower_ if i > 0 else ""
            if prev in _NOT_COMPLEMENTISER or _restrictive(verb):
                return None
            return tok
        if tok.pos_ in {"VERB"} and tok.dep_ not in {"obl", "nmod"} or tok.lower_ in {".", "!", "?", ";"}:
            return None
        if tok.text in {"«", "“", '"', ":"}:
            return None
        i += 1
        steps += 1
    return None


def _restrictive(verb: Token) -> bool:
    """« ne soutient … qu'en … »: ne … que means "only", not "that"."""
    negated = any(c.lower_ in {"ne", "n'", "n’"} for c in verb.children)
    full = any(c.lower_ in {"pas", "jamais", "plus", "point", "guère"} for c in verb.children)
    return negated and not full


def _infinitive_after(cue: VerbCue, doc: Doc) -> Token | None:
    """First token of an infinitive complement right after the cue."""
    i = cue.verb.i + 1
    while i < len(doc) and doc[i].idx < cue.end:
        i += 1
    start = i
    # Clitic subjects, negation and short adverbs may come first.
    while i < len(doc) and i < start + 4:
        tok = doc[i]
        low = tok.lower_
        if low.startswith("-") or low in {"ne", "n'", "n’", "pas", "jamais", "plus", "bien", "aussi"}:
            i += 1
            continue
        break
    if i >= len(doc):
        return None
    tok = doc[i]
    if "Inf" not in tok.morph.get("VerbForm"):
        return _infinitive_child(cue)
    if tok.sent.start != cue.verb.sent.start:
        return None
    # Back up to include negation before the infinitive.
    first = i
    while first > start and doc[first - 1].lower_ in {"ne", "n'", "n’", "pas", "jamais", "plus"}:
        first -= 1
    return doc[first]


def _np_with_figure(cue: VerbCue, doc: Doc) -> tuple[int, int] | None:
    """A noun-phrase object that states a figure (« annonce 17 tués »)."""
    for child in cue.verb.children:
        if child.i <= cue.verb.i or child.dep_ not in {"obj", "obl", "obl:arg", "nsubj:pass"}:
            continue
        sub = list(child.subtree)
        if not any(t.like_num or t.pos_ == "NUM" for t in sub):
            continue
        start, end = sub[0].idx, sub[-1].idx + len(sub[-1])
        # Drop a leading preposition (« fait état de », « table sur »).
        if sub[0].pos_ == "ADP" and len(sub) > 1:
            start = sub[1].idx
        return start, end
    return None


def _incise_content(cue: VerbCue, doc: Doc) -> tuple[int, int] | None:
    """« L'attaque a fait deux morts, a indiqué la police. »: an inverted
    cue after a comma takes the clause before it."""
    if not (cue.inverted or cue.pronoun):
        return None
    first = token_at(doc, cue.start)
    if first is None or first.i == 0:
        return None
    prev = doc[first.i - 1]
    if prev.text != ",":
        return None
    before = doc.text[: prev.idx].rstrip(" \u00a0\u202f")
    if before.endswith(("»", "”", '"', "›")):
        return None  # « … », a-t-il dit: a direct quote, found by the marks
    start = sentence_start(doc, first)
    if prev.idx <= start:
        return None
    return start, prev.idx


def _infinitive_child(cue: VerbCue) -> Token | None:
    """« a annoncé mardi avoir repris … »: an infinitive complement a few
    words after the cue, found on the parse."""
    verb = cue.verb
    for child in verb.children:
        if child.i <= verb.i or child.dep_ not in {"xcomp", "ccomp"}:
            continue
        infinitive = "Inf" in child.morph.get("VerbForm") or any(
            a.dep_.startswith("aux") and "Inf" in a.morph.get("VerbForm") for a in child.children
        )
        if not infinitive:
            return None
        first = child.left_edge
        # Only adverbs and temporal words may stand between (three at most,
        # the longest such insertion in the dev set being « mardi soir »).
        if first.i - verb.i > 4 or any(t.pos_ in {"VERB", "PUNCT"} for t in verb.doc[verb.i + 1 : first.i]):
            return None
        return first
    return None


def verb_drafts(doc: Doc, cues: list[VerbCue], language: LanguageData) -> list[Draft]:
    drafts: list[Draft] = []
    needs_que = language.extra.get("needs_que", frozenset())
    for cue in cues:
        mention, pronoun = _mention_of(cue)
        sent = cue.verb.sent
        sent_end = sentence_end(doc, cue.verb)
        que = _que_after(cue, doc)
        kind = ""
        start = end = -1
        if que is not None and que.i + 1 < sent.end:
            kind, start, end = "que", doc[que.i + 1].idx, sent_end
        elif cue.lemma not in needs_que:
            inf = _infinitive_after(cue, doc)
            if inf is not None and cue.verb.morph.get("VerbForm") != ["Inf"]:
                kind, start, end = "infinitive", inf.idx, sent_end
            elif cue.lemma in language.np_content_lemmas:
                span = _np_with_figure(cue, doc)
                if span is not None:
                    kind, (start, end) = "noun_phrase", span
        if not kind and cue.lemma == "apprendre":
            span = _incise_content(cue, doc)
            source = _aupres_de(cue)
            if span is not None and source is not None:
                kind, (start, end) = "incise", span
                mention, pronoun = source, False
        elif not kind and cue.lemma not in language.weak_lemmas:
            span = _incise_content(cue, doc)
            if span is not None:
                kind, (start, end) = "incise", span
        if not kind:
            continue
        if cue.verb.morph.get("VerbForm") == ["Inf"] and mention is None:
            continue  # « Pour expliquer … »: no one is speaking
        start, end = clip_content(doc.text, start, end)
        if end <= start:
            continue
        drafts.append(
            Draft(
                kind=kind,
                start=start,
                end=end,
                cue=(cue.start, cue.end),
                mention=mention,
                pronoun=pronoun,
                confidence=CONFIDENCE[kind],
            )
        )
    return drafts


def _aupres_de(cue: VerbCue) -> tuple[int, int] | None:
    """« a-t-on appris auprès du parquet »: the source after « auprès de »."""
    from quidit.extract.cues import mention_bounds

    for child in cue.verb.subtree:
        if child.lower_ == "auprès":
            head = child.head if child.head.i > child.i else None
            if head is None:
                for k in range(child.i + 1, min(child.i + 4, len(child.doc))):
                    if child.doc[k].pos_ in {"NOUN", "PROPN"}:
                        head = child.doc[k]
                        break
            if head is not None:
                start, end = mention_bounds(head)
                after = child.idx + len(child.text)
                return max(start, after), end
    return None


# --------------------------------------------------------------------------
# 2. attribution adjuncts


def _source_like(head: Token, language: LanguageData) -> bool:
    if head.pos_ in {"PROPN", "PRON"} or head.ent_type_:
        return True
    nouns = language.extra.get("source_nouns", frozenset())
    roles = language.extra.get("role_nouns", frozenset())
    return head.lower_ in nouns or head.lemma_ in nouns or head.lower_ in roles


def adjunct_drafts(doc: Doc, adjuncts: list[AdjunctCue], language: LanguageData) -> list[Draft]:
    drafts: list[Draft] = []
    text = doc.text
    for n, adj in enumerate(adjuncts):
        first = adj.first
        sent = first.sent
        sent_start = sentence_start(doc, first)
        sent_end = sentence_end(doc, first)
        word = first.lower_
        mention = (adj.source_start, adj.source_end) if adj.source is not None else None
        if adj.relative:
            rel = doc[first.i + 1]
            # « les articles … selon lesquels la milice aurait … »: the
            # pronoun hangs on the relative clause's verb, which hangs on
            # the antecedent.
            verb = rel.head if rel.head is not rel else first.head
            if verb.dep_ != "acl:relcl" or verb.head.i >= first.i:
                continue
            ante = verb.head
            from quidit.extract.cues import mention_bounds

            # The antecedent with its modifiers (« les articles parus dans
            # les médias occidentaux »), up to the cue.
            m_start, _ = mention_bounds(ante)
            m_end = _skip_back(text, adj.start, _WS + ",")
            start, end = clip_content(text, rel.idx + len(rel.text), sent_end)
            if end > start:
                drafts.append(
                    Draft("adjunct", start, end, (adj.start, rel.idx + len(rel.text)),
                          (m_start, min(m_end, adj.start)), confidence=CONFIDENCE["adjunct"])
                )  # fmt: skip
            continue
        if adj.source is None or mention is None:
            continue
        lead = text[sent_start : adj.start].rstrip(_WS)
        at_start = not lead or lead[-1] in ".!?:;" or lead.split()[-1].lower() in {"et", "mais"}
        if word == "pour":
            if not _source_like(adj.source, language):
                continue
            if at_start:
                # « Pour X, … »: the comma after the source is required.
                follow = text[adj.source_end : adj.source_end + 40].lstrip()
                if follow.startswith("(") and ")" in follow:
                    follow = follow[follow.index(")") + 1 :].lstrip()
                if not follow.startswith(","):
                    continue
            else:
                # « 38 %, pour les syndicats »: only right after a figure.
                prev = doc[first.i - 1]
                if prev.text == ",":
                    prev = doc[first.i - 2] if first.i >= 2 else prev
                if not (prev.like_num or prev.text in {"%", "€"} or prev.pos_ == "NUM"):
                    continue
        if at_start:
            rest = adj.source_end
            while rest < sent_end and text[rest] in " ,\u00a0\u202f":
                rest += 1
            start, end = clip_content(text, rest, sent_end)
            kind = "adjunct"
        else:
            # Content before the cue, back to the sentence start or to the
            # end of the previous adjunct's source in the same sentence.
            seg_start = sent_start
            for prev_adj in adjuncts[:n]:
                if prev_adj.first.sent.start == sent.start and prev_adj.source_end <= adj.start:
                    seg_start = max(seg_start, prev_adj.source_end)
            while seg_start < adj.start and text[seg_start] in " ,;\u00a0\u202f":
                seg_start += 1
            start, end = clip_content(text, seg_start, adj.start)
            kind = "adjunct" if end - start > 25 else "adjunct_figure"
        if end <= start:
            continue
        drafts.append(
            Draft(kind, start, end, (adj.start, adj.end), mention, confidence=CONFIDENCE[kind])
        )
    return drafts


# --------------------------------------------------------------------------
# 3. direct quotes


def _cue_starting_at(doc: Doc, offset: int, cues: list[VerbCue]) -> VerbCue | None:
    """A verb cue whose words start at ``offset`` (after « », »)."""
    for cue in cues:
        if cue.start == offset:
            return cue
    return None


def _skip(text: str, i: int, chars: str) -> int:
    while i < len(text) and text[i] in chars:
        i += 1
    return i


def _skip_back(text: str, i: int, chars: str) -> int:
    while i > 0 and text[i - 1] in chars:
        i -= 1
    return i


_WS = " \t\u00a0\u202f"


def direct_drafts(
    doc: Doc,
    pairs: list[MarkPair],
    verb_cues: list[VerbCue],
    adjuncts: list[AdjunctCue],
    taken: list[Draft],
) -> list[Draft]:
    text = doc.text
    drafts: list[Draft] = []
    for pair in pairs:
        if pair.depth:
            continue
        inner_start, inner_end = inner_bounds(text, pair)
        if inner_end <= inner_start:
            continue
        if any(d.start <= pair.open and pair.end <= d.end + 1 for d in taken):
            continue  # a fragment of an indirect quote: mixed
        p_start, p_end = paragraph_bounds(text, pair.open)
        cue: VerbCue | None = None
        unclosed_mention: tuple[int, int] | None = None
        end_inner = inner_end
        if not pair.closed:
            # Unclosed: end at an inserted attribution (« …, a dénoncé X »).
            for c in verb_cues:
                if not inner_start < c.start < inner_end:
                    continue
                before = _skip_back(text, c.start, _WS)
                if before == 0 or text[before - 1] != ",":
                    continue
                if c.inverted or c.pronoun:
                    cue, end_inner = c, before - 1
                    break
                noun = _noun_after(c)
                if noun is not None:
                    cue, end_inner = c, before - 1
                    unclosed_mention = noun
                    break
        after = _skip(text, pair.end, _WS + ",")
        mention: tuple[int, int] | None = None
        pronoun = False
        if cue is not None and unclosed_mention is not None:
            mention = unclosed_mention
        elif cue is None:
            cue = _cue_starting_at(doc, after, verb_cues)
            if cue is not None:
                mention, pronoun = _mention_of(cue)
                passive = any(c.dep_ == "aux:pass" for c in cue.verb.children)
                preceded = not (cue.inverted or cue.pronoun) and (
                    cue.subject is not None and cue.subject.i < cue.verb.i
                )
                if passive or preceded:
                    # « Rempart de pierre » avait été lancée; un groupe
                    # « X » a revendiqué …: the marks sit in the subject.
                    cue = None
                elif not (cue.inverted or cue.pronoun) and "," not in text[pair.end : after]:
                    cue = None  # « X » a revendiqué …: no comma, no incise
                elif not (cue.inverted or cue.pronoun):
                    # The parser often takes an inverted subject for an
                    # object: « », a lancé le Grand Jo ».
                    mention = _noun_after(cue)
                    if mention is None:
                        cue = None  # « » avait été lancée: not an incise
        else:
            mention, pronoun = _mention_of(cue)
        if cue is not None:
            drafts.append(
                Draft("direct_incise", inner_start, end_inner, (cue.start, cue.end), mention,
                      pronoun, "direct", CONFIDENCE["direct_incise"])
            )  # fmt: skip
            continue
        adj = next((a for a in adjuncts if a.start == after and a.source is not None), None)
        if adj is not None:
            drafts.append(
                Draft("direct_incise", inner_start, end_inner, (adj.start, adj.end),
                      (adj.source_start, adj.source_end), False, "direct",
                      CONFIDENCE["direct_incise"])
            )  # fmt: skip
            continue
        before = _skip_back(text, pair.open, _WS)
        if before > p_start and text[before - 1] == ":":
            intro = _intro_cue(doc, before - 1, verb_cues, p_start)
            if intro is not None:
                mention, pronoun = _mention_of(intro)
                drafts.append(
                    Draft("direct_intro", inner_start, end_inner, (intro.start, intro.end),
                          mention, pronoun, "direct", CONFIDENCE["direct_intro"])
                )  # fmt: skip
                continue
            label = _label_mention(doc, p_start, before - 1)
            if label is not None:
                drafts.append(
                    Draft("direct_label", inner_start, end_inner, None, label, False,
                          "direct", CONFIDENCE["direct_label"])
                )  # fmt: skip
                continue
        # A cue right before the marks (« a lancé « … » »).
        intro = _intro_cue(doc, before, verb_cues, p_start, adjacent=True)
        if intro is not None:
            mention, pronoun = _mention_of(intro)
            drafts.append(
                Draft("direct_intro", inner_start, end_inner, (intro.start, intro.end),
                      mention, pronoun, "direct", CONFIDENCE["direct_intro"])
            )  # fmt: skip
            continue
        if _stands_alone(text, pair, doc):
            drafts.append(
                Draft("direct_context", inner_start, end_inner, None, None, False, "direct",
                      CONFIDENCE["direct_context"])
            )  # fmt: skip
    return drafts


def _noun_after(cue: VerbCue) -> tuple[int, int] | None:
    """The noun phrase right after a cue verb (an inverted subject the
    parser took for an object): « », a insisté Me Hennequart »."""
    doc = cue.verb.doc
    i = cue.verb.i + 1
    while i < len(doc) and doc[i].idx < cue.end:
        i += 1
    start = None
    end = None
    # Twelve tokens hold the longest inverted subjects of news copy, an
    # apposed name included (« la directrice générale du CHU, Nathalie
    # Ferrière-Lamblin »).
    time_words = _TIME_WORDS
    while i < len(doc) and doc[i].lower_ in time_words:
        i += 1  # « a déclaré mercredi la directrice … »
    k = i
    while k < min(i + 12, len(doc)):
        tok = doc[k]
        if tok.text == "-" and not tok.whitespace_ and start is not None:
            k += 1  # « Roussel-Gaudin » split by the tokenizer
            continue
        if tok.text == "," and start is not None and _name_follows(doc, k):
            # « son délégué, Karim Laouadi »: an apposed name belongs to it.
            k += 1
            continue
        if tok.is_punct or tok.is_space or tok.pos_ in {"VERB", "AUX", "SCONJ", "CCONJ"}:
            break
        if tok.pos_ == "ADP" and tok.head.head is cue.verb and start is not None:
            break  # « sous les applaudissements »: an adjunct of the verb
        if start is None:
            if tok.pos_ not in {"NOUN", "PROPN", "DET", "ADJ"}:
                return None
            start = tok.idx
        end = tok.idx + len(tok)
        k += 1
    if start is None or end is None:
        return None
    if not any(t.pos_ in {"NOUN", "PROPN"} for t in doc.char_span(start, end, alignment_mode="expand") or ()):
        return None
    return start, end


#: Day and time words that may stand between a verb and its inverted
#: subject (« a déclaré mercredi la directrice »).
_TIME_WORDS = frozenset(
    "lundi mardi mercredi jeudi vendredi samedi dimanche hier aujourd'hui aujourd’hui "
    "soir matin midi encore aussi alors ensuite également enfin".split()
)


def _name_follows(doc: Doc, comma: int) -> bool:
    """A proper name right after the comma, closed by a comma or the end."""
    k = comma + 1
    names = 0
    while k < len(doc) and (doc[k].pos_ == "PROPN" or doc[k].text == "-" and names):
        names += doc[k].pos_ == "PROPN"
        k += 1
    return names >= 2 and (k >= len(doc) or doc[k].is_punct or doc[k].is_space)


def _intro_cue(
    doc: Doc, colon: int, cues: list[VerbCue], p_start: int, adjacent: bool = False
) -> VerbCue | None:
    """The verb cue that introduces a quote at ``colon`` (or right before it)."""
    best = None
    for cue in cues:
        if p_start <= cue.start and cue.end <= colon:
            gap = doc.text[cue.end : colon]
            if adjacent:
                if gap.strip(_WS) == "" and cue.verb.morph.get("VerbForm") != ["Part"] or (
                    gap.strip(_WS) == "" and cue.subject is not None
                ):
                    best = cue
            elif len(gap) < 80 and not any(ch in gap for ch in ".!?«»"):
                best = cue
    if best is not None and _nickname(best):
        return None
    return best


def _nickname(cue: VerbCue) -> bool:
    """« Ilyan Berzak, dit « le Vautour » »: a participle with no auxiliary
    introduces a nickname, not speech."""
    verb = cue.verb
    if any(c.dep_.startswith("aux") for c in verb.children):
        return False
    after_comma = verb.i > 0 and verb.doc[verb.i - 1].text == ","
    return verb.morph.get("VerbForm") == ["Part"] or (
        after_comma and verb.lower_ in {"dit", "dite", "dits", "dites"}
    )


def _label_mention(doc: Doc, p_start: int, colon: int) -> tuple[int, int] | None:
    """« Name : « … » » in a headline: the words before the colon."""
    label = doc.text[p_start:colon].strip()
    # A short label only: five words or fewer is a name or a title-like
    # source; longer ones are sentences that end in a colon.
    if not label or len(label.split()) > 5:
        return None
    span = doc.char_span(p_start, colon, alignment_mode="contract")
    if span is None or not any(t.pos_ == "PROPN" or t.ent_type_ == "PER" for t in span):
        return None
    if any(t.ent_type_ in {"LOC"} for t in span) and not any(t.ent_type_ == "PER" for t in span):
        return None
    start, end = trim(doc.text, p_start, colon)
    return (start, end) if end > start else None


def _stands_alone(text: str, pair: MarkPair, doc: Doc) -> bool:
    """The marks hold a whole sentence or paragraph: only punctuation
    around them in their sentence."""
    p_start, p_end = paragraph_bounds(text, pair.open)
    left = text[p_start : pair.open].strip(_WS)
    right = text[pair.end : p_end].strip(_WS)
    if left and left[-1] not in ".!?":
        return False
    if right and right[0] not in ".!?":
        return False
    inner = text[pair.inner_start : pair.inner_end].strip()
    # A lone short phrase in marks is a title or a term; two words at least
    # and a verb make speech.
    span = doc.char_span(pair.inner_start, pair.inner_end, alignment_mode="contract")
    if span is None or len(inner.split()) < 2:
        return False
    return any(t.pos_ in {"VERB", "AUX"} for t in span)


# --------------------------------------------------------------------------
# 4. assembly


def find_quotes(doc: Doc, language: LanguageData) -> Found:
    text = doc.text
    found = Found()
    pairs = find_pairs(text, language.quote_pairs)
    if any(not p.closed for p in pairs):
        found.warnings.append("unbalanced quotation marks")
    closed = [p for p in pairs if p.depth == 0 and p.closed]
    # Attributions inside a direct quote are not marked (guidelines §1).
    verb_cues = [
        c for c in find_verb_cues(doc, language)
        if not any(p.open < c.verb.idx < p.close for p in closed)
    ]  # fmt: skip
    adjuncts = [
        a for a in find_adjunct_cues(doc, language)
        if not any(p.open < a.start < p.close for p in closed)
    ]  # fmt: skip
    drafts = verb_drafts(doc, verb_cues, language)
    # An adjunct inside a verb quote's content that already covers it is
    # still its own quote (« X affirme que, selon Y, … » is nested).
    drafts += adjunct_drafts(doc, adjuncts, language)
    drafts = _drop_overlapping_incises(drafts)
    drafts += direct_drafts(doc, pairs, verb_cues, adjuncts, drafts)
    top = [p for p in pairs if p.depth == 0]
    for d in drafts:
        if d.type == "direct":
            continue
        inside = [p for p in top if d.start <= p.open and p.end <= d.end + 1]
        if not inside:
            continue
        whole = inside[0]
        i_start, i_end = inner_bounds(text, whole)
        if len(inside) == 1 and whole.open <= d.start + 1 and d.end <= whole.end:
            d.type, d.start, d.end = "direct", i_start, i_end
        else:
            d.type = "mixed"
            d.end = max(d.end, max(p.end for p in inside if p.closed) if any(
                p.closed for p in inside) else d.end)  # fmt: skip
    drafts.sort(key=lambda d: (d.start, -d.end, d.mention is None))
    unique: list[Draft] = []
    for d in drafts:
        if unique and unique[-1].start == d.start and unique[-1].end == d.end:
            continue
        unique.append(d)
    for i, d in enumerate(unique, 1):
        content = Span.of(text, d.start, d.end)
        cue = Span.of(text, *d.cue) if d.cue else None
        mention = Span.of(text, *d.mention) if d.mention else None
        found.quotes.append(
            Quote(
                id=f"q{i}",
                type=d.type,
                content=content,
                cue=cue,
                speaker=Speaker(mention=mention),
                confidence=d.confidence,
            )
        )
    return found


def _drop_overlapping_incises(drafts: list[Draft]) -> list[Draft]:
    """An incise reading (content before the cue) loses to any other
    reading of the same stretch."""
    keep: list[Draft] = []
    for d in drafts:
        if d.kind == "incise" and any(
            o is not d and o.kind != "incise" and o.start < d.end and d.start < o.end
            for o in drafts
        ):
            continue
        keep.append(d)
    return keep


__all__ = ["Draft", "Found", "find_quotes", "sentence_of"]
