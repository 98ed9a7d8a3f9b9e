"""A quoted word or phrase as the object of a verb of judging or appeal.

« Le syndicat a dénoncé une « provocation » », « la ministre a salué un
« pas historique » », « l'opposition réclame une « enquête indépendante » »:
the verb's object is a determiner (and perhaps an adjective) and words in
marks. Guidelines §1 count a verb of praise, blame or appeal with its noun
phrase as a quote where a quoted passage follows: the words in marks are
the speaker's. The marks hold a term too short for a passage on its own
(``passages.PASSAGE_WORDS``), so the verb right before the article is what
makes them speech; the content is the whole noun phrase, article included
(mixed: the marks do not hold it all).
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc

from quidit.extract.cues import VerbCue
from quidit.extract.marks import MarkPair
from quidit.extract.spans import text_of
from quidit.lang import LanguageData

#: Words between the verb and the opening mark: a determiner, then at most
#: two adjectives or adverbs (« une véritable « provocation » », « un
#: nouveau et grave « scandale » » is past this and left alone).
_MAX_WORDS = 3

_OF = {"", "de", "d'", "d’"}

#: Words an attribute in marks holds at most (« s'est dite « profondément
#: choquée et blessée » » is four); a longer run is a passage, which the
#: finder of introductions reads (``intros.intro_cue``).
_ATTRIBUTE_WORDS = 4


def quoted_object(
    doc: Doc, pair: MarkPair, candidates: Iterable[VerbCue], language: LanguageData
) -> tuple[int, VerbCue] | None:
    """(start of the noun phrase, its cue) where ``pair`` closes the object
    of a verb of judging or appeal that stands right before its article."""
    lemmas = language.extra.get("quoted_object_lemmas", frozenset())
    if not lemmas or not pair.closed:
        return None
    before = doc.char_span(max(0, pair.open - 60), pair.open, alignment_mode="expand")
    if before is None:
        return None
    words = [t for t in before if t.idx < pair.open and not t.is_space]
    # The article and its adjectives, back from the mark.
    k = len(words)
    while k > 0 and len(words) - k < _MAX_WORDS and words[k - 1].pos_ in {"ADJ", "ADV"}:
        k -= 1
    if k == 0 or words[k - 1].pos_ != "DET" or words[k - 1].lower_ in {"ce", "cet", "cette"}:
        return None
    det = words[k - 1]
    if len(words) - k + 1 > _MAX_WORDS:
        return None
    text = text_of(doc)
    # « une « mascarade » du conseil, avec … »: a phrase that
    # goes on past the marks is the noun-phrase reading's (``np_content``).
    after = doc.char_span(pair.end, min(len(text), pair.end + 30), alignment_mode="expand")
    nxt = next((t for t in after if t.idx >= pair.end and not t.is_space), None) if after else None
    of = language.extra.get("name_prepositions", frozenset())
    if nxt is not None and (nxt.lower_ in of or nxt.text in language.quote_pairs):
        return None
    for cue in candidates:
        if cue.lemma not in lemmas or cue.passive:
            continue
        # « a parlé d'une « mascarade » »: the verb's « de » before the article.
        if text[cue.end : det.idx].strip() not in _OF or cue.end > det.idx:
            continue
        if cue.subject is None:
            return None  # no one says it: an infinitive of purpose, a title
        return det.idx, cue
    return None


def quoted_attribute(
    doc: Doc, pair: MarkPair, candidates: Iterable[VerbCue], language: LanguageData
) -> tuple[int, VerbCue] | None:
    """« La ministre s'est dite « surprise » », « l'élu s'estime « trahi » »:
    a reflexive verb of saying whose attribute, an adjective or participle
    in marks, states how the speaker says they feel: the speaker's word
    (guidelines §1: the marks give the source's wording). Returns where the
    content starts (the adverbs before the marks belong to it) and the cue."""
    lemmas = language.extra.get("quoted_attribute_lemmas", frozenset())
    reflexive = language.syntax.reflexive_clitics
    if not lemmas or not pair.closed:
        return None
    inner = doc.char_span(pair.inner_start, pair.inner_end, alignment_mode="contract")
    if inner is None or not 0 < len([t for t in inner if t.is_alpha]) <= _ATTRIBUTE_WORDS:
        return None
    if any(t.pos_ in {"VERB", "AUX"} and t.morph.get("VerbForm", []) != ["Part"] for t in inner):
        return None  # a clause: the finder of introductions reads it
    head = next(t for t in inner if t.is_alpha)
    if head.pos_ in {"DET", "PROPN", "PRON"} or head.text[:1].isupper():
        return None  # « se dit « le Faucon » »: a nickname, a name
    text = text_of(doc)
    fillers = language.extra.get("incise_fillers", frozenset())
    for cue in candidates:
        if cue.lemma not in lemmas or cue.subject is None or cue.end > pair.open:
            continue
        first = text[cue.start : cue.end].split()[0].lower().replace("’", "'")
        if first not in reflexive and not first.startswith(("s'", "m'", "t'")):
            continue
        gap = doc.char_span(cue.end, pair.open, alignment_mode="expand")
        words = [t for t in gap if t.idx < pair.open and not t.is_space] if gap else []
        gap_text = " ".join(w.lower_ for w in words).replace("’", "'")
        # « se dit tout de même « choqué » »: adverbs and their fixed words.
        adverbial = all(w.pos_ == "ADV" or w.dep_ == "fixed" for w in words)
        if words and not (gap_text in fillers or adverbial):
            continue
        return pair.open, cue
    return None
