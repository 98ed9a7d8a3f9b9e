"""Cues on the parse: verbs of saying with their verb group and subject,
and attribution adjuncts (selon, d'après, according to …) with their source.

Dependency labels and function words come from the language data
(``LanguageData.syntax``), by role.  French UD parses need their own
handling here, driven by that data:

* inverted clitic subjects are tokens of their own, attached to the
  auxiliary or the verb (« a-t-il ajouté »: ``a`` ← ``-t``, ``-il``);
* inverted full subjects follow the verb (« déclare Kapustin »,
  « a promis la préfète ») and still carry ``nsubj``;
* a relative ``qui`` subject stands for the noun the relative clause hangs
  on (« Kapustin, qui affirme que … »);
* participles (« précisant », « ajoutant ») take the subject of the verb
  they depend on.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from quidit.extract.adjunct_cues import AdjunctCue, find_adjunct_cues
from quidit.extract.mentions import mention_bounds
from quidit.extract.misparses import asyndetic_incise, stray_subject
from quidit.extract.spans import dateline_end, skip_incise, text_of, tokens_among
from quidit.lang import LanguageData, SyntaxData

_VERBAL = {"VERB", "AUX"}
_CLOSING_MARKS = {"»", "”", '"', "›", "«", "“"}


@dataclass(frozen=True, slots=True)
class VerbCue:
    verb: Token  # the lexical verb (the participle in a compound tense)
    lemma: str  # the cue's lemma (first verb of a multi-word cue)
    start: int  # char offsets of the cue words
    end: int
    subject: Token | None  # head of the subject mention, if any
    subject_start: int = -1
    subject_end: int = -1
    pronoun: bool = False
    inverted: bool = False  # subject after the verb
    #: Token index of the cue whose clause the parser wrongly hung this one
    #: in ("told X the plan was dead but admitted …"), or -1.
    governor: int = -1
    #: A passive of saying whose source is its agent or a document
    #: (« il a été précisé par le parquet que … », « est-il précisé dans le
    #: communiqué »): it reports only a clause, never a noun phrase.
    passive: bool = False


def verb_lemma(token: Token, language: LanguageData) -> str | None:
    """The cue lemma of a token, by its written form; None if not a cue."""
    lemma = language.speech_verb_forms.get(token.lower_)
    if lemma is None:
        return None
    syntax = language.syntax
    passive = syntax.labels("passive_auxiliary")
    if any(c.dep_ in passive for c in token.children) and _passive_source(token, language) is None:
        return None  # « avaient été reconnus »: a passive has no speaker
    reflexive = any(c.lower_ in syntax.reflexive_clitics for c in token.children)
    if lemma in language.extra.get("reflexive_only", ()) and not reflexive:
        return None
    if lemma in language.extra.get("never_reflexive", ()) and reflexive:
        return None  # « il s’appelle Paul »: a name, not an appeal
    if token.pos_ in _VERBAL:
        return lemma
    # Participles and present forms tagged ADJ or NOUN still head a clause
    # of saying when the parser gives them an auxiliary or a subject.
    group = syntax.labels("auxiliary", "subject", "passive_subject", "clausal_subject")
    if token.pos_ in {"ADJ", "NOUN", "PROPN"} and any(c.dep_ in group for c in token.children):
        return lemma
    return None


def _multiword_tail(
    token: Token, lemma: str, language: LanguageData
) -> tuple[int, tuple[str, ...]] | None:
    """End token index and tail words of a multi-word cue starting at
    ``token``, if any."""
    doc = token.doc
    # « fait, pour sa part, état de », « a fait quant à lui état de »: a
    # short incise may split the locution (languages that list them).
    tails = language.multiword_cues.get(lemma, ())
    if not tails:
        return None
    incises = language.extra.get("np_incises", ())
    first = skip_incise(doc, token.i + 1, incises) if incises else token.i + 1
    # « fait désormais état de », « a fait lundi savoir que »: adverbs and
    # time words inside the locution (two at most, as « aussi hier »).
    heads = {tail[0] for tail in tails}
    time_words = language.extra.get("time_words", frozenset())
    for _ in range(2):
        if (
            first < len(doc)
            and doc[first].lower_ not in heads
            and (doc[first].pos_ == "ADV" or doc[first].lower_ in time_words)
        ):
            first += 1
    for tail in tails:
        j = first if first < len(doc) and doc[first].lower_ == tail[0] else token.i + 1
        ok = True
        for word in tail:
            if j >= len(doc) or doc[j].lower_ != word:
                ok = False
                break
            j += 1
        if ok:
            return j, tail
    return None


def _verb_group(verb: Token, syntax: SyntaxData) -> tuple[Token, list[Token]]:
    """The first token of the verb group (auxiliaries, reflexive clitic)
    and the clitic subjects attached inside it."""
    first = verb
    clitics: list[Token] = []
    aux = syntax.labels("auxiliary")
    reflexive = syntax.labels("reflexive")
    clitic_subjects = syntax.clitic_subjects
    for child in verb.children:
        if child.i > verb.i:
            if child.lower_ in clitic_subjects and child.i <= verb.i + 2:
                clitics.append(child)
            continue
        if child.dep_ in aux and child.i >= verb.i - 4:
            first = min(first, child, key=lambda t: t.i)
            for sub in child.children:
                if sub.lower_ in clitic_subjects:
                    clitics.append(sub)
        elif (
            child.dep_ in reflexive
            and child.lower_ in syntax.reflexive_clitics
            and child.i >= verb.i - 3
        ):
            first = min(first, child, key=lambda t: t.i)
    # The parser sometimes hangs « -il » on the next token instead.
    doc = verb.doc
    if clitic_subjects:
        for k in range(first.i, min(verb.i + 3, len(doc))):
            if doc[k].lower_ in clitic_subjects and doc[k] not in clitics:
                clitics.append(doc[k])
    if clitic_subjects and first is verb and not clitics:
        first, clitics = _split_inverted_group(verb, syntax)
    return first, clitics


#: Words between an inverted clitic and its participle (« a-t-il par
#: ailleurs assuré », « a-t-elle de son côté estimé »): the adverbials of
#: ``quote_marks.INCISE_FILLERS`` hold three at most.
_SPLIT_GROUP_WORDS = 3


def _split_inverted_group(verb: Token, syntax: SyntaxData) -> tuple[Token, list[Token]]:
    """« a-t-il par ailleurs assuré »: an adverbial between the inverted
    clitic and the participle makes the parser lose the auxiliary; read the
    words leftwards: a clitic subject right after an auxiliary, with only
    adverbial words (no verb, no punctuation) before the participle."""
    doc = verb.doc
    if verb.morph.get("VerbForm", []) != ["Part"]:
        return verb, []
    for k in range(verb.i - 1, max(verb.i - 2 - _SPLIT_GROUP_WORDS, -1), -1):
        tok = doc[k]
        if tok.lower_ in syntax.clitic_subjects:
            j = k - 1
            if j >= 0 and doc[j].lower_ in {"-t", "-t-"}:
                j -= 1
            if j >= 0 and doc[j].pos_ == "AUX" and k < verb.i - 1:
                return doc[j], [tok]
            return verb, []
        if tok.is_punct or tok.pos_ in {"VERB", "AUX"}:
            return verb, []
    return verb, []


def _passive_source(verb: Token, language: LanguageData) -> Token | None:
    """The source of a passive of saying: its agent (« a été annoncé par la
    mairie »), or, with the inverted expletive « il » (« est-il précisé
    dans le communiqué »), the document or place named after it. None for
    a passive whose source is not in the text (« avaient été reconnus »)."""
    syntax = language.syntax
    expletives = language.extra.get("expletive_clitics", frozenset())
    for child in verb.children:
        if child.dep_ in syntax.labels("passive_agent") and child.pos_ in {"NOUN", "PROPN"}:
            return child
        if child.dep_ in syntax.labels("expletive_subject") and child.lower_ in expletives:
            # The document comes after the participle (« est-il précisé
            # dans … »), which follows the clitic.
            return _impersonal_source(verb, language)
    return None


def _impersonal_source(clitic: Token, language: LanguageData) -> Token | None:
    """The noun after « à », « dans », « chez », « auprès de », « du côté
    de » right after an inverted impersonal clitic (past time words): the
    place or body whose people speak."""
    doc = clitic.doc
    openers = language.extra.get("impersonal_source_openers", frozenset())
    time_words = language.extra.get("time_words", frozenset())
    k = clitic.i + 1
    while k < len(doc) and doc[k].lower_ in time_words:
        k += 1
    if k >= len(doc) or doc[k].lower_ not in openers:
        return None
    for j in range(k + 1, min(k + 5, len(doc))):
        tok = doc[j]
        if tok.is_punct:
            return None
        if tok.pos_ in {"NOUN", "PROPN"} and tok.lower_ != "côté":
            return tok
    return None


def _relative_antecedent(
    verb: Token, syntax: SyntaxData, pronoun: Token | None = None
) -> Token | None:
    """For « X, qui affirme … », the noun X.  A personal relative ("who")
    whose clause the parser hung on a nested noun ("Laura Chen, economist at
    Northgate Capital, who expects …") climbs to the person."""
    node = verb
    # Climb conj chains: « qui a mené … et affirme … ».
    coordination = syntax.labels("coordination")
    while node.dep_ in coordination and node.head.i != node.i:
        node = node.head
    relative = syntax.labels("relative_clause", "clause_modifier")
    if node.dep_ not in relative or node.head.i == node.i:
        return None
    antecedent = node.head
    if pronoun is not None and pronoun.lower_ in syntax.personal_relatives:
        climb = syntax.labels("adposition", "adposition_object", "apposition", "nominal_modifier")
        person = antecedent
        for _ in range(4):
            if syntax.entity_type(person.ent_type_) == "PER" or person.dep_ not in climb:
                break
            person = person.head
        if syntax.entity_type(person.ent_type_) == "PER":
            return person
    return antecedent


def _is_relative(token: Token, relatives: frozenset[str]) -> bool:
    # "The WHO warned …": an acronym is a name, not the pronoun.
    if token.pos_ == "PROPN" or (token.text.isupper() and len(token.text) > 1):
        return False
    return token.lower_ in relatives or (
        token.pos_ == "PRON" and ("PronType=Rel" in str(token.morph))
    )


_OPENING = {"«": "»", "“": "”", "‹": "›"}


def _quote_ends_between(doc: Doc, lo: int, hi: int) -> bool:
    """A quotation closes between tokens ``lo`` and ``hi`` that did not
    open there (or an odd number of straight quotes stands there)."""
    depth = 0
    straight = 0
    for t in doc[lo:hi]:
        if t.text in _OPENING:
            depth += 1
        elif t.text in _OPENING.values():
            if depth == 0:
                return True
            depth -= 1
        elif t.text == '"':
            straight += 1
    return depth != 0 or straight % 2 == 1


def find_subject(
    verb: Token, language: LanguageData, clitics: list[Token] | None = None
) -> tuple[Token | None, bool, bool]:
    """(subject head, is_pronoun, is_inverted) of a verb of saying;
    ``clitics`` as ``_verb_group`` found them, when already known."""
    syntax = language.syntax
    if clitics is None:
        _, clitics = _verb_group(verb, syntax)
    if clitics:
        return clitics[0], True, True
    doc = verb.doc
    subjects = syntax.labels("subject", "clausal_subject")
    relatives = syntax.relative_pronouns
    candidates = []
    for child in verb.children:
        if child.dep_ in subjects:
            lo, hi = sorted((child.i, verb.i))
            if any(t.text in _CLOSING_MARKS for t in doc[lo:hi]):
                continue  # « … », dénoncent X: a subject across the quote is a misparse
            candidates.append(child)
    if len(candidates) > 1:
        # Two subjects is a misparse: "which they say sends …" (the relative
        # pronoun is the content verb's), "KASTRO, May 20 - The commission
        # said" (a dateline).  The nearest non-relative one is the verb's.
        plain = [c for c in candidates if not _is_relative(c, relatives)] or candidates
        candidates = [min(plain, key=lambda c: abs(c.i - verb.i))]
    for child in candidates:
        if _is_relative(child, relatives):
            antecedent = _relative_antecedent(verb, syntax, child)
            return antecedent, False, False
        pronoun = child.lower_ in language.pronouns
        return child, pronoun, child.i > verb.i
    # « vient d'annoncer », « veut dénoncer »: an infinitive under a verb
    # of aspect or intent takes that verb's subject.
    governors = language.extra.get("infinitive_governors", frozenset())
    if (
        governors
        and verb.morph.get("VerbForm", []) == ["Inf"]
        and verb.dep_ in syntax.labels("open_complement")
        and verb.head.lemma_ in governors
        and verb.head.i < verb.i
    ):
        for child in verb.head.children:
            if child.dep_ in subjects and not _is_relative(child, relatives):
                return child, child.lower_ in language.pronouns, child.i > verb.head.i
    # « … et a ajouté que … »: the subject of the first conjunct.
    node = verb
    seen = 0
    coordination = syntax.labels("coordination")
    if verb.dep_ in coordination and asyndetic_incise(verb, syntax):
        return None, False, False
    adverbial = syntax.labels("participle_clause", "clause_modifier")
    while seen < 4 and (
        node.dep_ in coordination
        or (
            node.dep_ in adverbial
            and node.morph.get("VerbForm", []) == ["Part"]
            and node.morph.get("Tense", []) == ["Pres"]
        )
    ):
        if node.head.i > node.i:
            break
        # Never climb out of an incise into the quote it follows; a quoted
        # fragment wholly between the two verbs is no such quote ("called
        # the plan “a disaster” and vowed to …").
        lo, hi = sorted((node.head.i, node.i))
        if _quote_ends_between(doc, lo, hi):
            break
        node = node.head
        seen += 1
        for child in node.children:
            if child.dep_ in subjects:
                if _is_relative(child, relatives) and child.lower_ not in syntax.complementisers:
                    return _relative_antecedent(node, syntax, child), False, False
                return child, child.lower_ in language.pronouns, child.i > node.i
    if verb.dep_ in syntax.labels("relative_clause", "clause_modifier") and verb.pos_ != "VERB":
        return _relative_antecedent(verb, syntax), False, False
    stray = stray_subject(verb, syntax)
    if stray is not None:
        return stray, stray.lower_ in language.pronouns, False
    return None, False, False


def noun_after(cue: VerbCue, language: LanguageData) -> tuple[int, int] | None:
    """The noun phrase right after a cue verb: an inverted subject the
    parser took for an object (« », a insisté Me Hennequart »).

    Time words (« a déclaré mercredi la directrice ») and one prepositional
    phrase of the verb (« a indiqué à la presse le ministre ») may come
    first.
    """
    doc = cue.verb.doc
    time_words = language.extra.get("time_words", frozenset())
    i = cue.verb.i + 1
    while i < len(doc) and doc[i].idx < cue.end:
        i += 1
    months = language.extra.get("months", frozenset())
    i = _past_times(doc, i, time_words, months)
    # Up to two prepositional phrases of the verb (« a annoncé dans la
    # soirée à la presse le gouverneur »): where and when, to whom.
    for _ in range(2):
        if i < len(doc) and doc[i].pos_ == "ADP" and doc[i].head.head.i == cue.verb.i:
            i = doc[i].head.right_edge.i + 1
            i = _past_times(doc, i, time_words, months)
    start = end = None
    # Twelve tokens hold the longest inverted subjects of news copy, an
    # apposed name included (« la directrice générale du CHU, Nathalie
    # Ferrière-Lamblin »).
    k = i
    while k < min(i + 12, len(doc)):
        tok = doc[k]
        if tok.text == "-" and not tok.whitespace_ and start is not None:
            k += 1  # « Roussel-Gaudin » split by the tokenizer
            continue
        if tok.text == "," and start is not None and _name_follows(doc, k):
            k += 1  # « son délégué, Karim Laouadi »: the apposed name belongs to it
            continue
        if tok.text == "(" and start is not None:
            close = next(
                (j for j in range(k + 1, min(k + 5, len(doc))) if doc[j].text == ")"), None
            )
            if close is not None:  # « l’agence (AFAD) »: an acronym in brackets
                end = doc[close].idx + 1
                k = close + 1
                continue
        if tok.is_punct or tok.is_space or tok.pos_ in {"VERB", "AUX", "SCONJ", "CCONJ"}:
            break
        if tok.pos_ == "ADP" and tok.head.head is cue.verb and start is not None:
            break  # « sous les applaudissements »: an adjunct of the verb
        if (
            tok.pos_ == "ADP"
            and start is not None
            and tok.lower_ not in language.extra.get("name_prepositions", (tok.lower_,))
        ):
            # « l'armée sur les réseaux sociaux », « le ministre à la presse »:
            # past the name, a preposition other than « de » opens the
            # verb's adjunct whatever the parse hangs it on.
            break
        if start is None:
            if tok.pos_ not in {"NOUN", "PROPN", "DET", "ADJ"}:
                return None
            start = tok.idx
        end = tok.idx + len(tok)
        k += 1
    if start is None or end is None:
        return None
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not any(t.pos_ in {"NOUN", "PROPN"} for t in span):
        return None
    return start, end


def _past_times(doc: Doc, i: int, time_words: Collection[str], months: Collection[str]) -> int:
    """Past time words and a date (« jeudi 4 mars 2025 ») at ``i``."""
    while i < len(doc):
        if doc[i].lower_ in time_words:
            i += 1
        elif doc[i].like_num and i + 1 < len(doc) and doc[i + 1].lower_ in months:
            i += 2
            if i < len(doc) and doc[i].like_num and len(doc[i].text) == 4:
                i += 1  # the year
        else:
            break
    return i


def _name_follows(doc: Doc, comma: int) -> bool:
    """A proper name right after the comma, closed by a comma or the end."""
    k = comma + 1
    names = 0
    while k < len(doc) and (doc[k].pos_ == "PROPN" or (doc[k].text == "-" and names)):
        names += doc[k].pos_ == "PROPN"
        k += 1
    return names >= 2 and (k >= len(doc) or doc[k].is_punct or doc[k].is_space)


def find_verb_cues(doc: Doc | Span, language: LanguageData) -> list[VerbCue]:
    cues: list[VerbCue] = []
    tail_required = language.extra.get("tail_required", frozenset())
    known = language.np_content_lemmas | language.weak_lemmas
    passive = language.syntax.labels("passive_auxiliary")
    impersonal_subjects = language.extra.get("impersonal_subjects", frozenset())
    for token in tokens_among(doc, language.speech_verb_forms):
        lemma = verb_lemma(token, language)
        if lemma is None:
            misread = _misread_verb(token, language)
            if misread is not None:
                cues.append(misread)
            continue
        end_i = token.i + 1
        tail = _multiword_tail(token, lemma, language)
        if tail is not None:
            end_i = tail[0]
            # « fait état de »: the cue's lemma is the whole expression when
            # the language lists it as such; "told reporters" stays "tell".
            whole = "_".join([lemma, *tail[1]])
            if whole in known:
                lemma = whole
        elif lemma in tail_required:
            continue
        first, clitics = _verb_group(token, language.syntax)
        subject, pronoun, inverted = find_subject(token, language, clitics)
        is_passive = any(c.dep_ in passive for c in token.children)
        if token.dep_ in language.syntax.labels("open_complement"):
            # « peut-on lire dans … »: the clitic hangs on the modal.
            modal_clitics = language.extra.get("impersonal_clitics", frozenset())
            modal_clitic = next((c for c in token.head.children if c.lower_ in modal_clitics), None)
            if (
                modal_clitic is not None
                and token.head.i < token.i
                and _impersonal_source(token, language) is not None
            ):
                # The place or document speaks; « …, peut-on estimer » alone
                # is the writer's own reflection.
                subject, pronoun, inverted = modal_clitic, True, True
                first = token.head  # the cue is the whole group « peut-on lire »
        if is_passive:
            subject, pronoun, inverted = _passive_source(token, language), False, True
        if subject is not None and subject.lower_ in language.extra.get(
            "impersonal_clitics", frozenset()
        ):
            # « assure-t-on à l'Élysée », « indique-t-on dans l'entourage du
            # ministre »: the impersonal « on » speaks for the place named.
            # « peut-on lire dans le rapport »: the place follows the cue
            # verb, which may follow the clitic's modal.
            source = _impersonal_source(subject if subject.i > token.i else token, language)
            if source is not None:
                subject, pronoun, inverted = source, False, True
            elif lemma in language.extra.get("impersonal_only", frozenset()):
                continue
        elif (
            lemma in language.extra.get("impersonal_only", frozenset())
            and not is_passive
            and (subject is None or subject.lower_ not in impersonal_subjects)
        ):
            continue  # « elle aime lire »: only « on » reading a document attributes
        last = token.doc[end_i - 1]
        s_start = s_end = -1
        if subject is not None:
            if pronoun or subject.lower_.startswith("-"):
                # A clitic subject's pronoun follows its last hyphen
                # (« -il », « -t-elle »).
                word = subject.text
                offset = subject.idx + (word.rfind("-") + 1 if word.startswith("-") else 0)
                s_start, s_end = offset, subject.idx + len(word)
                pronoun = True
            else:
                s_start, s_end = mention_bounds(subject, language.syntax)
                if subject.i < token.i and s_end > first.idx:
                    # A misparse may hang the verb group under the subject
                    # (« Une autre personne décrit des tirs »): the mention
                    # ends before the verb.
                    s_end = len(text_of(token.doc)[: first.idx].rstrip(" ,\u00a0"))
                # A dateline the parser took into the subject ("Kyiv,
                # Ukraine - President X said") is no part of it.
                full_text = text_of(token.doc)
                para = full_text.rfind("\n", 0, s_start) + 1
                dateline = dateline_end(full_text, para)
                if s_start < dateline < s_end:
                    s_start = dateline
                if is_passive:
                    # The parser may hang the que-clause on the agent (« par le
                    # parquet que deux suspects … »): the mention stops there.
                    for tok in token.doc[subject.i : token.doc[subject.i].sent.end]:
                        if tok.idx >= s_end:
                            break
                        if tok.lower_ in language.syntax.complementisers or tok.is_punct:
                            s_end = len(full_text[: tok.idx].rstrip(" ,\u00a0"))
                            break
        cues.append(
            VerbCue(
                verb=token,
                lemma=lemma,
                start=first.idx,
                end=last.idx + len(last),
                subject=subject,
                subject_start=s_start,
                subject_end=s_end,
                pronoun=pronoun,
                inverted=inverted,
                passive=is_passive,
            )
        )
    return _reattach_conjuncts(cues, language.syntax)


def _misread_verb(token: Token, language: LanguageData) -> VerbCue | None:
    """ "The Bank on Thursday forecast growth of 0.6 percent": a verb of
    forecasting or reporting that reads as a noun too, tagged as a noun
    modifying the next noun, whose phrase states a figure; it is a verb when
    a name or a time word, not an article or an adjective, stands before
    it.  The subject is the noun the misread phrase was hung on."""
    syntax = language.syntax
    lemma = language.speech_verb_forms[token.lower_]
    if (
        lemma not in language.np_content_lemmas
        or token.pos_ != "NOUN"
        or token.dep_ not in syntax.labels("name_part")
        or token.i == 0
    ):
        return None
    doc = token.doc
    head, prev = token.head, doc[token.i - 1]
    if head.i != token.i + 1 or prev.pos_ not in {"PROPN", "NOUN"}:
        return None
    if prev.head.i == token.i:
        return None  # "the weather forecast": a noun compound after all
    if not any(t.pos_ == "NUM" for t in head.subtree):
        return None
    # The subject: the noun before, over a time phrase ("on Thursday").
    time_words = language.extra.get("time_words", frozenset())
    k = token.i - 1
    while k > 0 and (
        (doc[k].ent_type_ and not syntax.entity_type(doc[k].ent_type_))
        or doc[k].pos_ == "ADP"
        or doc[k].lower_ in time_words
    ):
        k -= 1
    last = doc[k]
    subject: Token | None = last if last.pos_ in {"NOUN", "PROPN"} else None
    climb = syntax.labels("name_part", "modifier", "adposition", "adposition_object")
    while subject is not None and subject.head.i < token.i and subject.dep_ in climb:
        subject = subject.head  # "the Bank of Norland": up to "Bank"
    if head.dep_ in syntax.labels("apposition", "subject") and head.head.i < token.i:
        subject = head.head  # the misread phrase hung on the subject
    s_start = s_end = -1
    if subject is not None and subject.i < token.i:
        s_start, s_end = mention_bounds(subject, syntax)
        s_end = min(s_end, last.idx + len(last))
    return VerbCue(
        verb=token,
        lemma=lemma,
        start=token.idx,
        end=token.idx + len(token),
        subject=subject,
        subject_start=s_start,
        subject_end=s_end,
    )


def misread_content(cue: VerbCue, syntax: SyntaxData) -> tuple[int, int] | None:
    """The noun phrase after a misread verb (``_misread_verb``), to its
    first comma."""
    verb = cue.verb
    if verb.dep_ not in syntax.labels("name_part") or verb.head.i != verb.i + 1:
        return None
    head = verb.head
    right = head.right_edge.i
    doc = verb.doc
    for k in range(head.i, right + 1):
        if doc[k].text == ",":
            right = k - 1
            break
    return head.idx, doc[right].idx + len(doc[right])


def _reattach_conjuncts(cues: list[VerbCue], syntax: SyntaxData) -> list[VerbCue]:
    """ "Pike told the paper the manager had his backing but admitted the
    club needed a reaction": the parser often hangs the second verb of
    saying on the verb of the first one's content.  A verb of saying with
    no subject of its own, coordinated inside a cue's complement clause,
    in the cue's tense and with no auxiliary, is that cue's conjunct: it takes the
    cue's subject, and the cue's content stops before it."""
    by_verb = {c.verb.i: c for c in cues}
    subjects = syntax.labels("subject", "passive_subject", "clausal_subject")
    coordination = syntax.labels("coordination")
    complements = syntax.labels("clausal_complement", "open_complement")
    aux = syntax.labels("auxiliary")
    out: list[VerbCue] = []
    for cue in cues:
        verb = cue.verb
        outer = None
        if verb.dep_ in coordination:
            # Up from the conjunct to a complement clause of a cue verb.
            for node in verb.ancestors:
                if node.dep_ in complements and node.head.i in by_verb:
                    outer = by_verb[node.head.i]
                    break
        if (
            outer is None
            or outer.verb.i >= verb.i
            or outer.subject is None
            or any(c.dep_ in subjects or c.dep_ in aux for c in verb.children)
            or verb.morph.get("Tense", []) != outer.verb.morph.get("Tense", [])
            # « exigent que les auteurs fournissent … et publient … »: a
            # subjunctive conjunct belongs to the content, not to the cue.
            or verb.morph.get("Mood", []) != outer.verb.morph.get("Mood", [])
        ):
            out.append(cue)
            continue
        out.append(
            VerbCue(
                verb=verb,
                lemma=cue.lemma,
                start=cue.start,
                end=cue.end,
                subject=outer.subject,
                subject_start=outer.subject_start,
                subject_end=outer.subject_end,
                pronoun=outer.pronoun,
                inverted=False,
                governor=outer.verb.i,
            )
        )
    return out


def conjunct_cut(cue: VerbCue, governed: Mapping[int, list[VerbCue]]) -> int | None:
    """Where ``cue``'s content must stop: before the coordinator (and the
    comma) of a verb of saying reattached to it by ``_reattach_conjuncts``
    (``governed``: cues by their ``governor``)."""
    cut: int | None = None
    for other in governed.get(cue.verb.i, ()):
        doc = other.verb.doc
        k = other.verb.i - 1
        # Back over the coordinator and any comma before the conjunct.
        while k > cue.verb.i and (doc[k].pos_ == "CCONJ" or doc[k].is_punct or doc[k].is_space):
            k -= 1
        end = doc[k].idx + len(doc[k])
        cut = end if cut is None else min(cut, end)
    return cut


__all__ = [
    "AdjunctCue",
    "VerbCue",
    "conjunct_cut",
    "find_adjunct_cues",
    "find_subject",
    "find_verb_cues",
    "mention_bounds",
    "misread_content",
    "noun_after",
    "tokens_among",
    "verb_lemma",
]
