"""The incise after a pair of quotation marks, read on the surface.

« … », a confié une habitante · « … », a pour sa part souligné la
directrice · « … », a déclaré à la presse un responsable du ministère ·
« … », a affirmé devant les journalistes, Paul Vidal: after a quotation
closed by a comma, a verb of saying followed by a noun phrase is an
inverted-subject incise (French puts the subject after the verb there).
The parser reads these badly: it takes the subject for an object, hangs
it on the preceding prepositional phrase as an apposition, or tags a
nominalised adjective (« une quinquagénaire ») as an adjective, and an
adverbial between the auxiliary and the participle (« a de son côté
estimé ») cuts the verb group. The words are read here in order instead
of from the tree.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable

from spacy.tokens import Doc, Token

from quidit.extract.cues import VerbCue, nominal_participle
from quidit.extract.spans import text_of
from quidit.lang import LanguageData

_WS = " \t\u00a0\u202f"

#: Tokens scanned for the inverted subject after the verb: twelve hold the
#: longest such subjects (a title, a two-word name and an apposition), as in
#: ``cues.noun_after``, plus room for one prepositional adjunct before it.
SCAN_TOKENS = 20

#: Characters between the closing mark and a cue verb that an auxiliary and
#: an adverbial phrase may fill (« a, quant à elle, de son côté, estimé »):
#: the longest such run in the fillers of ``quote_marks.INCISE_FILLERS``.
FILLER_CHARS = 40

#: Prepositions that continue a noun phrase as a complement of its noun
#: (« un responsable du ministère de la Défense »); any other preposition
#: after the subject opens an adjunct of the verb (« en conférence de presse »).
_NOUN_COMPLEMENT = frozenset({"de", "du", "des", "d'", "d’"})


def incise_cue(
    doc: Doc, after: int, candidates: Iterable[VerbCue], language: LanguageData
) -> VerbCue | None:
    """A cue verb that follows ``after`` with nothing before it but its
    auxiliary and adverbials (« a pour sa part souligné »)."""
    fillers: Collection[str] = language.extra.get("incise_fillers", frozenset())
    text = text_of(doc)
    for cue in candidates:
        if cue.start < after:
            continue
        if cue.start - after > FILLER_CHARS:
            return None
        gap = doc.char_span(after, cue.start, alignment_mode="expand")
        if gap is None:
            continue
        words = [t for t in gap if t.idx < cue.start and not t.is_space]
        if not words or words[0].pos_ != "AUX":
            continue
        if text[after : cue.start].count(",") not in (0, 2):
            continue
        k, stop = words[0].i + 1, words[-1].i + 1
        while k < stop:
            tok = doc[k]
            step = 1 if tok.text == "," or tok.pos_ == "ADV" else _filler_at(doc, k, fillers)
            if not step:
                break
            k += step
        if k >= stop:
            return cue
    return None


def past_object_clitic(doc: Doc, after: int, language: LanguageData) -> int:
    """Where the verb group starts when an object clitic opens the incise
    (« », lui a répondu le maire · « », leur a-t-il expliqué): past the
    clitic, which the parser often takes for the subject; else ``after``."""
    clitics: Collection[str] = language.extra.get("incise_object_clitics", frozenset())
    span = doc.char_span(after, after + 1, alignment_mode="expand")
    if not clitics or span is None or len(span) == 0:
        return after
    tok = span[0]
    if tok.idx != after or tok.lower_ not in clitics or tok.i + 1 >= len(doc):
        return after
    verb = doc[tok.i + 1]
    return verb.idx if verb.pos_ in {"VERB", "AUX"} else after


def inverted_subject(cue: VerbCue, language: LanguageData) -> tuple[int, int] | None:
    """The noun phrase after the cue verb, past time words, adverbials and
    one prepositional adjunct of the verb: the inverted subject."""
    doc = cue.verb.doc
    time_words = language.extra.get("time_words", frozenset())
    fillers = language.extra.get("incise_fillers", frozenset())
    i = cue.verb.i + 1
    while i < len(doc) and doc[i].idx < cue.end:
        i += 1
    limit = min(len(doc), i + SCAN_TOKENS)
    adjunct_seen = False
    while i < limit:
        tok = doc[i]
        # Fillers first: « tout de suite » opens with an adverb.
        skip = _filler_at(doc, i, fillers)
        if skip:
            i += skip
            continue
        if tok.lower_ in time_words or tok.pos_ == "ADV":
            i += 1
            continue
        if tok.pos_ == "ADP" and not adjunct_seen:
            i = _skip_phrase(doc, i + 1, limit)
            adjunct_seen = True
            if i < limit and doc[i].text == ",":
                i += 1
            continue
        break
    return noun_phrase(doc, i, limit)


def _filler_at(doc: Doc, i: int, fillers: Collection[str]) -> int:
    """Tokens of an adverbial filler (« pour sa part ») starting at ``i``."""
    for n in (3, 2, 1):
        # « d’emblée » is two tokens: no space after an elided word.
        words = "".join(
            t.lower_ + ("" if t.lower_.endswith(("'", "’")) else " ") for t in doc[i : i + n]
        )
        words = words.strip().replace("’", "'")
        if words in fillers:
            return n
    return 0


def _skip_phrase(doc: Doc, i: int, limit: int) -> int:
    """Past the noun phrase of a prepositional adjunct: a determiner, then
    nouns, adjectives and numbers, and their « de » complements; it ends
    before a comma or a new determiner (the subject's)."""
    seen_noun = False
    while i < limit:
        tok = doc[i]
        if tok.pos_ in {"DET", "PRON"} and not seen_noun:
            i += 1
            continue
        if tok.pos_ in {"NOUN", "PROPN", "ADJ", "NUM"}:
            seen_noun = True
            i += 1
            continue
        if seen_noun and tok.lower_ in _NOUN_COMPLEMENT:
            i += 1
            seen_noun = False
            continue
        break
    return i


def refine_mention(doc: Doc, mention: tuple[int, int], language: LanguageData) -> tuple[int, int]:
    """An inverted subject's mention cut where its noun phrase ends: before
    a time word, an adjunct or a participle the parser hung on it (« la
    candidate lors d’une allocution », « le Palais mercredi vers 19h30 »)."""
    span = doc.char_span(mention[0], mention[1], alignment_mode="expand")
    if span is None or len(span) == 0:
        return mention
    i = span[0].i
    stops = language.extra.get("time_words", frozenset())
    found = noun_phrase(doc, i, min(len(doc), i + SCAN_TOKENS), stops)
    return found if found is not None and found[0] == mention[0] else mention


def noun_phrase(
    doc: Doc, i: int, limit: int, stops: Collection[str] = frozenset()
) -> tuple[int, int] | None:
    """The noun phrase starting at ``i``: determiner, nouns, adjectives,
    « de » complements, and a proper name in apposition after a comma
    (« le chef du groupe, Paul Vidal »); it ends before a word of
    ``stops``."""
    if i >= len(doc) or doc[i].pos_ not in {"DET", "NOUN", "PROPN", "ADJ"}:
        return None
    start = doc[i].idx
    end = start
    nominal = False
    determiner = doc[i].pos_ == "DET"
    k = i
    while k < limit:
        tok = doc[k]
        if tok.text == "-" and not tok.whitespace_ and end > start:
            k += 1
            continue
        if nominal and tok.lower_ in stops:
            break
        if tok.text == "," and nominal and _name_after(doc, k, limit):
            k += 1
            continue
        if tok.pos_ in {"DET"} and k > i and doc[k - 1].lower_ not in _NOUN_COMPLEMENT:
            break
        if tok.lower_ in _NOUN_COMPLEMENT and nominal:
            k += 1
            continue
        if _elided_name_part(doc, k, limit):
            # « O'Farrell », « N'Diaye »: a capital elided before a capital
            # is part of the name, whatever the tagger made of it.
            k += 1
            continue
        if (
            tok.pos_ in {"NOUN", "PROPN"}
            or (tok.pos_ == "ADJ" and (determiner or nominal))
            or (k == i + 1 and determiner and nominal_participle(tok))
        ):
            nominal = True
        elif tok.pos_ not in {"DET", "ADJ", "NUM"}:
            break
        end = tok.idx + len(tok)
        k += 1
    if not nominal or end <= start:
        return None
    return start, end


def _elided_name_part(doc: Doc, k: int, limit: int) -> bool:
    tok = doc[k]
    return (
        tok.text[:1].isupper()
        and tok.text.endswith(("'", "’"))
        and not tok.whitespace_
        and k + 1 < limit
        and doc[k + 1].text[:1].isupper()
    )


def _name_after(doc: Doc, comma: int, limit: int) -> bool:
    """A proper name right after the comma, closed by a comma, a full stop
    or the end: an apposed name, not the next clause."""
    k = comma + 1
    if k >= limit or doc[k].pos_ != "PROPN" or not doc[k].text[:1].isupper():
        return False
    while k < len(doc) and (doc[k].pos_ == "PROPN" or doc[k].text == "-"):
        k += 1
    return k >= len(doc) or doc[k].is_punct or doc[k].is_space


#: Reflexive clitics that open an incise's verb group (« s’est-il insurgé »).
_REFLEXIVE = frozenset({"se", "s'", "s’", "me", "m'", "m’", "nous", "vous"})


def surface_incise(
    doc: Doc, after: int, language: LanguageData
) -> tuple[tuple[int, int], tuple[int, int], bool] | None:
    """(cue, mention, pronoun) of an incise whose verb is outside the cue
    lexicon, told by its inverted subject alone: French inverts the subject
    after a quotation only in an incise (« », s’est-il insurgé · « »,
    écarte d’emblée l’avocat général), whatever the verb (sourire,
    ironiser, balayer …). A clitic subject after the verb is enough; a
    noun phrase must agree with a finite verb in number."""
    if not language.extra.get("inverted_incises", False):
        return None
    span = doc.char_span(after, min(len(text_of(doc)), after + 1), alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    syntax = language.syntax
    fillers = language.extra.get("incise_fillers", frozenset())
    i = span[0].i
    first = i
    reflexive = doc[i].lower_ in _REFLEXIVE
    if reflexive:
        i += 1
    if i >= len(doc):
        return None
    verb = doc[i]
    finite = verb.pos_ in {"VERB", "AUX"} and verb.morph.get("VerbForm", []) == ["Fin"]
    if not (finite or (reflexive and _misread_after_reflexive(verb))):
        return None
    k = i + 1
    clitics = [t for t in doc[k : k + 2] if t.lower_ in syntax.clitic_subjects]
    if clitics:
        k = clitics[-1].i + 1
        clitic = clitics[-1]
        mention = (clitic.idx + clitic.text.rfind("-") + 1, clitic.idx + len(clitic))
        end = _participle_end(doc, k, verb, fillers)
        return (doc[first].idx, end), mention, True
    group_end = verb.idx + len(verb)
    if verb.pos_ == "AUX":
        # « », a balancé le maire: a compound tense, the subject after the
        # participle (past an adverbial: « a aussitôt ironisé X »).
        j = k
        while j < len(doc) and (doc[j].pos_ == "ADV" or _filler_at(doc, j, fillers)):
            j += _filler_at(doc, j, fillers) or 1
        if not (
            j < len(doc)
            and verb.lemma_ in {"avoir", "être"}
            and doc[j].pos_ == "VERB"
            and "Part" in doc[j].morph.get("VerbForm", [])
        ):
            return None  # « », est … : a full subject never follows a bare auxiliary here
        k = j + 1
        group_end = doc[j].idx + len(doc[j])
    while k < len(doc) and (doc[k].pos_ == "ADV" or _filler_at(doc, k, fillers)):
        k += _filler_at(doc, k, fillers) or 1
    limit = min(len(doc), k + SCAN_TOKENS)
    found = noun_phrase(doc, k, limit)
    titled = doc[k].lower_ in language.titles and k + 1 < len(doc) and doc[k + 1].pos_ == "PROPN"
    if found is None or (doc[k].pos_ not in {"DET", "PROPN"} and not titled):
        return None
    head = next((t for t in doc[k:limit] if t.pos_ in {"NOUN", "PROPN"}), None)
    if head is not None:
        v_num, n_num = verb.morph.get("Number", []), head.morph.get("Number", [])
        if v_num and n_num and v_num != n_num:
            return None
    return (doc[first].idx, group_end), found, False


def _misread_after_reflexive(word: Token) -> bool:
    """« », s’indigne X · « », s’inquiète X: a reflexive clitic after the
    comma of a quotation is followed by a verb, whatever the tagger says;
    it reads the present of some verbs of feeling as their adjective
    (« indigne », « inquiète »). Lower-case words only: a name never
    follows the clitic."""
    return word.pos_ in {"ADJ", "NOUN"} and word.is_alpha and word.is_lower


def _participle_end(doc: Doc, k: int, verb: Token, fillers: Collection[str]) -> int:
    """End of the verb group after an inverted clitic: the participle of a
    compound tense, past adverbials (« a-t-il notamment défendu »)."""
    end = verb.idx + len(verb)
    if verb.pos_ != "AUX" and verb.lemma_ not in {"avoir", "être"}:
        return end
    j = k
    while j < len(doc) and (doc[j].pos_ == "ADV" or _filler_at(doc, j, fillers)):
        j += _filler_at(doc, j, fillers) or 1
    if j < len(doc) and doc[j].pos_ in {"VERB", "ADJ"} and doc[j].is_alpha:
        return doc[j].idx + len(doc[j])
    return end
