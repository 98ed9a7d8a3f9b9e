"""Infinitive content of verbs of saying (guidelines §1: « X affirme avoir
chassé … », from the infinitive on), right after the cue or a few words
later on the parse; after a verb of appeal or accusation, past its object
and its marker (« appelle l'État à défendre … », « accuse X d'avoir … »)."""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Doc, Token

from quidit.extract.cues import VerbCue
from quidit.lang import SyntaxData

#: Determiners that open a date (« ce 12 mars », « le 3 mai 2024 »).
_DATE_DETERMINERS = frozenset({"ce", "le"})


def _past_date(doc: Doc, i: int, time_words: Collection[str], months: Collection[str]) -> int:
    """The token after a date that starts at ``i`` (« a annoncé ce jeudi 12
    septembre 2024 dissoudre … », « le 3 mai »); ``i`` itself where none
    does: a day number and its month, with an optional determiner and day
    name before and a year after."""
    j = i
    if j < len(doc) and doc[j].lower_ in _DATE_DETERMINERS:
        j += 1
    while j < len(doc) and doc[j].lower_ in time_words:
        j += 1
    if not (j + 1 < len(doc) and doc[j].like_num and doc[j + 1].lower_ in months):
        return i
    j += 2
    if j < len(doc) and doc[j].like_num and len(doc[j].text) == 4:
        j += 1
    return j


def infinitive_after(
    cue: VerbCue,
    doc: Doc,
    syntax: SyntaxData,
    appeal: frozenset[str] = frozenset(),
    time_words: Collection[str] = frozenset(),
    fillers: Collection[str] = frozenset(),
    months: Collection[str] = frozenset(),
) -> Token | None:
    """First token of an infinitive complement right after the cue."""
    i = cue.verb.i + 1
    while i < len(doc) and doc[i].idx < cue.end:
        i += 1
    # « a affirmé jeudi avoir … »: the parser may take the day for the
    # verb's object, which hides the infinitive from ``_infinitive_child``.
    while i < len(doc) and doc[i].lower_ in time_words:
        i += 1
    i = _past_date(doc, i, time_words, months)
    # « ont annoncé, mercredi soir, avoir perdu … », « a indiqué, lui, ne
    # pas … », « a affirmé, pour sa part, avoir … »: the same, or an
    # adverbial filler, between commas.
    # « avant de préciser, deux jours après, depuis Lyon, vouloir … »:
    # up to two verbless adjuncts set off by commas, when an infinitive
    # follows them.
    comma = i
    for _ in range(_SET_OFF_ADJUNCTS):
        if not (comma < len(doc) and doc[comma].text == ","):
            break
        j = comma + 1
        while j < len(doc) and j < comma + 1 + ADJUNCT_WINDOW and doc[j].text != ",":
            j += 1
        words = [t.lower_ for t in doc[comma + 1 : j]]
        between = " ".join(words).replace("' ", "'").replace("’ ", "’")
        if not words or j >= len(doc) or doc[j].text != ",":
            break
        short = len(words) < _SHORT_SET_OFF
        plain = short and (all(w in time_words for w in words) or between in fillers)
        verbless = all(t.pos_ in ADJUNCT_POS or t.pos_ == "ADV" for t in doc[comma + 1 : j])
        before_infinitive = _infinitive_at(doc, j + 1, syntax) or _infinitive_at(
            doc, _next_set_off_end(doc, j + 1) + 1, syntax
        )
        if not (plain or (verbless and before_infinitive)):
            break
        # The closing comma may open the next adjunct.
        i, comma = j + 1, j
    start = i
    # Clitic subjects, negation and short adverbs may come first.
    while i < len(doc) and i < start + 4:
        low = doc[i].lower_
        if (syntax.clitic_subjects and low.startswith("-")) or low in syntax.infinitive_lead:
            i += 1
            continue
        break
    if i >= len(doc):
        return None
    tok = doc[i]
    if "Inf" not in tok.morph.get("VerbForm", []):
        child = _infinitive_child(cue, syntax, appeal)
        if child is None and cue.lemma not in appeal:
            child = _past_adjunct(doc, i, syntax)
            if child is not None and child.sent.start != cue.verb.sent.start:
                child = None
        return child
    if tok.sent.start != cue.verb.sent.start:
        return None
    # Back up to include negation before the infinitive.
    first = i
    while first > start and doc[first - 1].lower_ in syntax.infinitive_negation:
        first -= 1
    return doc[first]


#: Comma-set-off adjuncts skipped between a cue and its infinitive: two
#: hold « , deux jours après, depuis Lyon, » (a shape the work split
#: holds once); a
#: time-word or filler group is shorter than five tokens (« , mercredi
#: soir, », « , pour sa part, »).
_SET_OFF_ADJUNCTS = 2
_SHORT_SET_OFF = 4


def _next_set_off_end(doc: Doc, k: int) -> int:
    """The comma that closes a verbless adjunct starting at ``k``, or -2."""
    j = k
    while j < len(doc) and j < k + ADJUNCT_WINDOW and doc[j].text != ",":
        if doc[j].pos_ not in ADJUNCT_POS and doc[j].pos_ != "ADV":
            return -2
        j += 1
    return j if j > k and j < len(doc) and doc[j].text == "," else -2


def _infinitive_at(doc: Doc, k: int, syntax: SyntaxData) -> bool:
    """An infinitive at ``k``, past its negation and clitics."""
    if k < 0:
        return False
    first = k
    while k < len(doc) and k < first + 4 and doc[k].lower_ in syntax.infinitive_lead:
        k += 1
    return k < len(doc) and "Inf" in doc[k].morph.get("VerbForm", [])


#: Words a place or channel adjunct between the cue and its infinitive may
#: hold (« a affirmé à l'AFP être … », « a reconnu au micro de la radio
#: avoir … »): prepositions, articles, nouns, names, adjectives, numbers.
ADJUNCT_POS = frozenset({"ADP", "DET", "NOUN", "PROPN", "ADJ", "NUM"})

#: Longest such adjunct: « au micro de la radio locale » (6 words) in the
#: issue-11 probe, plus room for a two-word outlet name.
ADJUNCT_WINDOW = 8


def _past_adjunct(doc: Doc, i: int, syntax: SyntaxData) -> Token | None:
    """« a affirmé dans les colonnes du journal être choqué »: an infinitive
    after a prepositional adjunct of the cue, which the parser hung on the
    adjunct or out of the cue's reach.  The adjunct starts with a preposition
    and holds no verb and no punctuation; an infinitive governed by a
    preposition (« a dit à son fils de partir », an order) is not content."""
    if i >= len(doc) or doc[i].pos_ != "ADP":
        return None
    k = i
    while k < len(doc) and k < i + ADJUNCT_WINDOW and doc[k].pos_ in ADJUNCT_POS:
        if "Inf" in doc[k].morph.get("VerbForm", []):
            break
        k += 1
    if k == i + 1 or k >= len(doc) or doc[k - 1].pos_ == "ADP":
        return None
    first = k
    while k < len(doc) and k < first + 4 and doc[k].lower_ in syntax.infinitive_lead:
        k += 1
    if k >= len(doc) or "Inf" not in doc[k].morph.get("VerbForm", []):
        return None
    if k > first and doc[first - 1].pos_ == "ADP":
        return None
    # « … avoir « le sentiment … », a-t-elle affirmé »: an inverted incise
    # later in the sentence governs the quoted words (the direct-quote
    # reading of the lead), and the text alone cannot tell where they end.
    if any(t.lower_ in syntax.clitic_subjects for t in doc[k : doc[k].sent.end]):
        return None
    return doc[first]


def detached_predicate_end(
    inf: Token, verb: Token, end: int, sent_end: int, syntax: SyntaxData
) -> int:
    """« dit être dans son droit »: the parser may hang a bare infinitive on
    the cue as a leaf and its predicate (« dans son droit ») on the cue too;
    the content then runs over the cue's dependents that follow the
    infinitive without a gap, up to a comma, a coordination or the end of
    the sentence."""
    if inf.head.i != verb.i or any(True for _ in inf.children):
        return end
    for child in verb.rights:
        if child.i <= inf.i:
            continue
        gap = child.left_edge.i != end_token(verb, end) + 1
        if child.is_punct or child.dep_ in syntax.labels("coordination", "coordinator") or gap:
            break
        end = min(child.right_edge.idx + len(child.right_edge), sent_end)
    return end


def end_token(verb: Token, end: int) -> int:
    """Index of the last token that ends at or before ``end``."""
    doc = verb.doc
    span = doc.char_span(0, end, alignment_mode="contract")
    return span[-1].i if span is not None and len(span) else 0


def _non_finite(token: Token) -> bool:
    """An infinitive, a gerund, or an -ing form (progressive participle)."""
    forms = token.morph.get("VerbForm", [])
    return "Inf" in forms or "Ger" in forms or token.morph.get("Aspect", []) == ["Prog"]


def _infinitive_child(
    cue: VerbCue, syntax: SyntaxData, appeal: frozenset[str] = frozenset()
) -> Token | None:
    """« a annoncé mardi avoir repris … »: an infinitive complement a few
    words after the cue, found on the parse.  After a verb of appeal or
    accusation (``appeal``) an object may come first, and the content
    starts at the infinitive (« appelle les salariés à rejoindre … »)."""
    verb = cue.verb
    complements = syntax.labels("open_complement", "clausal_complement")
    aux = syntax.labels("auxiliary")
    for child in verb.children:
        if child.i <= verb.i or child.dep_ not in complements:
            continue
        if child.pos_ in {"NOUN", "PROPN"} and not any(
            c.dep_ in syntax.labels("auxiliary", "copula") for c in child.children
        ):
            # « a accusé lundi X d'avoir … »: a day read as a complement; an
            # adjective there is an attribute (« a jugé rapide de … »).
            continue
        # An infinitive or a gerund ("denies taking", an -ing form, is a
        # progressive participle), or a verb with an infinitive particle or
        # auxiliary ("to have targeted", "having used").
        infinitive = _non_finite(child) or any(
            a.dep_ in aux and (_non_finite(a) or a.pos_ == "PART") for a in child.children
        )
        if not infinitive:
            return None
        first = child.left_edge
        if cue.lemma in appeal:
            return _appeal_infinitive(verb, child, first, syntax)
        # Only adverbs and temporal words may stand between (three at most,
        # the longest such insertion in the dev set being « mardi soir »).
        between = verb.doc[verb.i + 1 : first.i]
        if first.i - verb.i > 4 or any(t.pos_ in {"VERB", "PUNCT"} for t in between):
            return None
        # "warned residents to stay indoors": an object before the
        # infinitive makes an order or an appeal, not reported content.
        objects = syntax.labels("object", "addressee")
        if any(t.dep_ in objects and t.head.i == verb.i for t in between):
            return None
        return first
    if cue.lemma in appeal:
        return _marked_infinitive(verb, syntax)
    return None


#: Tokens between a verb of appeal and the marker of its infinitive when
#: the parser hung the infinitive on the object (« a accusé lundi les
#: Forces X (FX), une milice, d'avoir … »): an object with an apposition.
MARKED_WINDOW = 16


def _marked_infinitive(verb: Token, syntax: SyntaxData) -> Token | None:
    """« appellent l'ensemble des acteurs à respecter … »: the parser hung
    the infinitive on the object; found by its marker and its form, with no
    verb and no sentence break between."""
    doc = verb.doc
    markers = syntax.labels("clause_marker")
    for k in range(verb.i + 1, min(verb.i + MARKED_WINDOW, len(doc) - 1)):
        tok = doc[k]
        if tok.text in {".", ";", ":", "«", "»"} or tok.is_space:
            return None
        if tok.pos_ == "VERB" and "Inf" not in tok.morph.get("VerbForm", []):
            return None
        if tok.dep_ in markers and tok.head.i > k and _non_finite_clause(tok.head, syntax):
            return doc[k + 1]
    return None


def _non_finite_clause(head: Token, syntax: SyntaxData) -> bool:
    aux = syntax.labels("auxiliary")
    return _non_finite(head) or any(
        a.dep_ in aux and _non_finite(a) for a in head.children if a.i < head.i
    )


#: Tokens between a verb of appeal and its infinitive: an object of up
#: to eight words (« exhorte le conseil municipal de Brénac à … »).
APPEAL_WINDOW = 10


def _appeal_infinitive(verb: Token, child: Token, first: Token, syntax: SyntaxData) -> Token | None:
    """The first word of the infinitive clause of a verb of appeal, past its
    marker (« à », « de »): no verb and no sentence break in between."""
    doc = verb.doc
    if first.i - verb.i > APPEAL_WINDOW:
        return None
    if any(t.pos_ == "VERB" or t.text in {".", ";", ":"} for t in doc[verb.i + 1 : first.i]):
        return None
    markers = syntax.labels("clause_marker")
    while first.i < child.i and first.dep_ in markers:
        first = doc[first.i + 1]
    return first
