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
from quidit.extract.inverted_subjects import nominal_participle, noun_after
from quidit.extract.mentions import mention_bounds
from quidit.extract.spans import dateline_end, skip_incise, text_of, tokens_among, written_tense
from quidit.extract.subjects import (
    find_subject,
    governed_incise_start,
    impersonal_source,
    narrative_subject,
    passive_source,
    verb_group,
)
from quidit.lang import LanguageData, SyntaxData

_VERBAL = {"VERB", "AUX"}


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
    if any(c.dep_ in passive for c in token.children) and passive_source(token, language) is None:
        return None  # « avaient été reconnus »: a passive has no speaker
    reflexive = any(c.lower_ in syntax.reflexive_clitics for c in token.children)
    if lemma in language.extra.get("reflexive_only", ()) and not reflexive:
        return None
    if lemma in language.extra.get("never_reflexive", ()) and reflexive:
        return None  # « il s’appelle Paul »: a name, not an appeal
    if token.pos_ in _VERBAL:
        return lemma
    # « raconte-t-elle », « poursuit-il »: only a verb takes an inverted
    # clitic subject after a hyphen, whatever the tagger made of it.
    nxt = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    if (
        nxt is not None
        and nxt.idx == token.idx + len(token.text)
        and (
            nxt.lower_ in syntax.clitic_subjects
            or (bool(syntax.clitic_subjects) and nxt.lower_ == "-t")
        )
    ):
        return lemma
    # « …, soupire Nelly. »: after a comma and before a name or a
    # determiner, a form of a verb of saying is an incise's verb; a noun
    # there would need its own determiner before it.
    prev = token.doc[token.i - 1] if token.i > 0 else None
    if (
        token.pos_ in {"NOUN", "ADJ", "PROPN"}
        and prev is not None
        and prev.text == ","
        and nxt is not None
        and nxt.pos_ in {"PROPN", "DET"}
        and token.text[:1].islower()
    ):
        return lemma
    # Participles and present forms tagged ADJ or NOUN still head a clause
    # of saying when the parser gives them an auxiliary or a subject.
    group = syntax.labels("auxiliary", "subject", "passive_subject", "clausal_subject")
    # A loanword the tagger does not know (« a tweeté »: X) likewise.
    if token.pos_ in {"ADJ", "NOUN", "PROPN", "X"} and any(c.dep_ in group for c in token.children):
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


def find_verb_cues(doc: Doc | Span, language: LanguageData) -> list[VerbCue]:
    cues: list[VerbCue] = []
    tail_required = language.extra.get("tail_required", frozenset())
    known = language.np_content_lemmas | language.weak_lemmas
    passive = language.syntax.labels("passive_auxiliary")
    impersonal_subjects = language.extra.get("impersonal_subjects", frozenset())
    for token in tokens_among(doc, language.speech_verb_forms):
        lemma = verb_lemma(token, language)
        if lemma is None:
            misread = _misread_verb(token, language) or _verbless_misread(token, language)
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
        first, clitics = verb_group(token, language.syntax)
        subject, pronoun, inverted = find_subject(token, language, clitics)
        is_passive = any(c.dep_ in passive for c in token.children)
        if token.dep_ in language.syntax.labels("open_complement"):
            # « peut-on lire dans … »: the clitic hangs on the modal.
            modal_clitics = language.extra.get("impersonal_clitics", frozenset())
            modal_clitic = next((c for c in token.head.children if c.lower_ in modal_clitics), None)
            if (
                modal_clitic is not None
                and token.head.i < token.i
                and impersonal_source(token, language) is not None
            ):
                # The place or document speaks; « …, peut-on estimer » alone
                # is the writer's own reflection.
                subject, pronoun, inverted = modal_clitic, True, True
                first = token.head  # the cue is the whole group « peut-on lire »
        governed = governed_incise_start(token, language)
        if governed is not None:
            # « …, a tenu à souligner le maire », « …, a-t-il voulu
            # rappeler »: the governor's group, and its clitic subject.
            first, clitics = verb_group(token.head, language.syntax)
            if clitics:
                subject, pronoun, inverted = find_subject(token.head, language, clitics)
        if is_passive:
            subject, pronoun, inverted = passive_source(token, language), False, True
        if subject is not None and subject.lower_ in language.extra.get(
            "impersonal_clitics", frozenset()
        ):
            # « assure-t-on à l'Élysée », « indique-t-on dans l'entourage du
            # ministre »: the impersonal « on » speaks for the place named.
            # « peut-on lire dans le rapport »: the place follows the cue
            # verb, which may follow the clitic's modal.
            source = impersonal_source(subject if subject.i > token.i else token, language)
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
        narrative = narrative_subject(token, language) if subject is None else None
        if narrative is not None:
            # « Et le maire d'ajouter que … »: the infinitive of narration.
            subject, s_start, s_end = narrative
            # « Et lui de répondre »: a stressed pronoun, resolved like « il ».
            pronoun = subject.lower_ in language.extra.get("stressed_pronouns", frozenset())
            inverted = False
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
    return _reattach_conjuncts(
        cues, language.syntax, language.extra.get("subjunctive_governors", frozenset())
    )


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


def _verbless_misread(token: Token, language: LanguageData) -> VerbCue | None:
    """« La Banque de France table sur une croissance de 0,8 % »: the tagger
    reads the verb as a noun or an adjective, and the sentence is left with
    no verb at all.  A form of a verb of saying with no determiner before it
    (a noun would need one), right after a noun or a name, in a sentence
    with no other verb, is the verb; that noun phrase is its subject."""
    if not language.extra.get("bare_nouns_rare", False):
        return None  # English compounds stack bare nouns (« the weather forecast »)
    if token.pos_ not in {"NOUN", "ADJ"} or token.i == 0 or not token.text[:1].islower():
        return None
    if token.pos_ == "ADJ" and token.dep_ in language.syntax.labels("modifier"):
        # An adjective the parser hung on the noun before would be read into
        # that noun's mention (« la Banque … table »): no safe speaker.
        return None
    doc = token.doc
    prev = doc[token.i - 1]
    if prev.pos_ not in {"PROPN", "NOUN"} or prev.is_punct:
        return None
    lemma = language.speech_verb_forms[token.lower_]
    # « Un quotidien fait, pour sa part, état de … »: an incise may split a
    # multi-word cue, whose tail then tells the verb; a later clause may
    # have its own verb (« …, mais les secours avancent … »).
    tail = _multiword_tail(token, lemma, language)
    verbs = token.sent if tail is None else doc[token.sent.start : token.i]
    if any(t.pos_ in {"VERB", "AUX"} for t in verbs):
        return None
    nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if nxt is None or (nxt.is_punct and nxt.text not in {"«", "“", '"'} and tail is None):
        return None
    if tail is not None:
        whole = "_".join([lemma, *tail[1]])
        if whole in language.np_content_lemmas | language.weak_lemmas:
            lemma = whole
    elif lemma in language.extra.get("tail_required", frozenset()):
        return None
    syntax = language.syntax
    subject = prev
    climb = syntax.labels("name_part", "nominal_modifier", "adposition", "modifier")
    while subject.head.i < token.i and subject.dep_ in climb and subject.head.i != subject.i:
        subject = subject.head  # « la Banque de France »: up to « Banque »
    s_start, s_end = mention_bounds(subject, syntax)
    s_end = min(s_end, prev.idx + len(prev))
    if s_start >= token.idx:
        return None
    last = doc[tail[0] - 1] if tail is not None else token
    return VerbCue(
        verb=token,
        lemma=lemma,
        start=token.idx,
        end=last.idx + len(last),
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


def _reattach_conjuncts(
    cues: list[VerbCue], syntax: SyntaxData, subjunctive: Collection[str] = ()
) -> list[VerbCue]:
    """ "Pike told the paper the manager had his backing but admitted the
    club needed a reaction": the parser often hangs the second verb of
    saying on the verb of the first one's content.  A verb of saying with
    no subject of its own, coordinated inside a cue's complement clause,
    in the cue's tense and with no auxiliary (or with the cue's own where
    the clause has another), is that cue's conjunct: it takes the cue's
    subject, and the cue's content stops before it."""
    by_verb = {c.verb.i: c for c in cues}
    subjects = syntax.labels("subject", "passive_subject", "clausal_subject")
    coordination = syntax.labels("coordination")
    complements = syntax.labels("clausal_complement", "open_complement")
    aux = syntax.labels("auxiliary")
    out: list[VerbCue] = []
    for cue in cues:
        verb = cue.verb
        outer = clause = None
        if verb.dep_ in coordination:
            # Up from the conjunct to a complement clause of a cue verb.
            for node in verb.ancestors:
                if node.dep_ in complements and node.head.i in by_verb:
                    outer, clause = by_verb[node.head.i], node
                    break
        auxiliary = any(c.dep_ in aux for c in verb.children)
        if (
            outer is None
            or clause is None
            or outer.verb.i >= verb.i
            or outer.subject is None
            or any(c.dep_ in subjects for c in verb.children)
            # « a demandé que A soit revu et a noté que … »: with an
            # auxiliary, the cue's written tense where the clause has another
            # (a subjunctive conjunct has its own auxiliary, « ait »).
            or (
                auxiliary
                and not written_tense(verb, aux)
                == written_tense(outer.verb, aux)
                != written_tense(clause, aux)
            )
            or (
                not auxiliary
                and (
                    verb.morph.get("Tense", []) != outer.verb.morph.get("Tense", [])
                    # « exigent que les auteurs fournissent … et publient … »:
                    # a subjunctive conjunct (which the tagger often reads as
                    # indicative after a verb of demand) is the content's.
                    or verb.morph.get("Mood", []) != outer.verb.morph.get("Mood", [])
                    or outer.lemma in subjunctive
                )
            )
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
    "nominal_participle",
    "noun_after",
    "tokens_among",
    "verb_lemma",
]
