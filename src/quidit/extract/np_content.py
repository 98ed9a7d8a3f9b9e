"""Noun-phrase content of verbs of saying (annotation guidelines §1).

A noun phrase after a verb of saying is a quote's content when it states
what the source says:

* a verb that reports a fact or a figure, with a figure in the phrase
  (« la préfecture a dénombré 7 850 manifestants », « fait état de la mort
  de 12 soldats »), or with a head noun that is itself a report (« avance
  des bilans plus élevés », « a donné un bilan de 14 morts »);
* a verb of forecasting, whatever the phrase (« table sur un
  ralentissement »);
* any verb of saying, praise, blame or appeal included, when the phrase
  holds a quoted fragment and runs past it (« a salué l'organisation
  « remarquable » du tournoi »): the quote is mixed.

Never for verbs of promise or offer, nor with the impersonal « on » for
subject (the writer's own count: « on dénombrait 3 000 personnes »).

The phrase is read from the words right after the cue (past time words, a
short incise, one preposition: « parle de », « table sur »), up to its
right edge on the parse, cut before a writer's gloss (« , soit … »),
another source's figure (« contre 8 000 ») or a participle clause.
The language data drive it (``LanguageData.extra``: ``report_nouns`` and
the sets beside it); a language without them (English) keeps the figure
reading of ``indirect._np_with_figure`` only.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from quidit.extract.cues import VerbCue
from quidit.extract.marks import PairIndex
from quidit.extract.np_start import figure_after_a, past_clock, start_after_cue
from quidit.extract.spans import clip_content, text_of
from quidit.lang import LanguageData

#: ``np_content`` found no noun phrase after the cue (the caller may try
#: another reading), as opposed to ``None``: a phrase that is no quote.
NOT_FOUND = (-1, -1)

#: Prepositions of the verbs that take their content through one (« parler
#: de », « faire état de », « tabler sur », « ironiser sur »).
_LEADING_ADP = frozenset({"de", "d'", "d’", "sur"})
_GENITIVE = frozenset({"de", "d'", "d’", "du", "des"})

#: Openers of a title in marks, never a quoted fragment (« un film intitulé
#: « … » »).
_TITLE_WORDS = frozenset(
    "intitulé intitulée intitulés intitulées baptisé baptisée nommé nommée dénommé "
    "dénommée surnommé surnommée".split()
)

#: How far right the head of the phrase may stand from its first word
#: (« des bilans », « la mort de 17 personnes » head within three words;
#: eight covers an adjective group or a figure written in words).
_HEAD_REACH = 8

_OPENING = {"«", "“", '"', "‹"}
_CLOSING = {"»", "”", '"', "›"}
_SUBJECTS = frozenset({"nsubj", "nsubj:pass", "csubj"})
_COMPLEMENTISERS = frozenset({"que", "qu'", "qu’"})
#: Stop words that end the phrase only before a figure: « 9 000 manifestants
#: contre 3 000 selon la police », not « des attaques contre des civils ».
_BEFORE_FIGURE = frozenset({"contre"})


def _phrase_head(doc: Doc, first: int) -> Token | None:
    """The head of the noun phrase starting at token ``first``."""
    node = doc[first]
    while node.text in _OPENING and node.i + 1 < len(doc):
        node = doc[node.i + 1]
    for _ in range(_HEAD_REACH):
        head = node.head
        if head.i <= node.i or head.i - first > _HEAD_REACH:
            break
        if node.dep_ not in {"det", "nummod", "amod", "advmod", "case", "punct", "flat:name"}:
            break
        node = head
    if node.pos_ not in {"NOUN", "PROPN", "NUM", "PRON", "ADJ", "DET"} and not node.like_num:
        return None
    return node


def _figure_in(head: Token, language: LanguageData) -> bool:
    """A figure in the phrase itself, not in a clause hung on it (« a
    revendiqué l'attaque qui a fait 12 morts » states no figure), nor a date
    (« la réunion du 15 mars », « en 2022 »)."""
    numbers = language.numbers
    lo, hi = numbers.year_range
    doc = head.doc
    for tok in head.subtree:
        # Digits whatever their tag (« 12 000 » is often tagged DET); number
        # words only as numerals, and never the article « un », « une ».
        digits = tok.text[:1].isdigit()
        # « un million de manifestants », « un milliard d'euros »: « un »
        # before a multiplier noun is the figure's numeral, not an article.
        scaled = (
            tok.lower_ in numbers.one_words
            and tok.i + 1 < len(doc)
            and doc[tok.i + 1].lower_ in numbers.multipliers
        )
        # « une vingtaine de blessés »: an approximate noun after « un(e) »
        # (« des dizaines » stays vague, no figure).
        approximate = (
            tok.lower_ in numbers.approximate_nouns
            and tok.i > 0
            and doc[tok.i - 1].lower_ in numbers.one_words
        )
        if not (
            digits
            or scaled
            or approximate
            or (tok.pos_ == "NUM" and tok.lower_ not in numbers.one_words)
        ):
            continue
        nxt = doc[tok.i + 1].lower_ if tok.i + 1 < len(doc) else ""
        if nxt in numbers.months or nxt in numbers.time_words:
            continue
        if tok.text.isdigit() and len(tok.text) == 4 and lo <= int(tok.text) <= hi:
            continue
        node, clause = tok, False
        while node.i != head.i and node.head.i != node.i:
            node = node.head
            if node.i != head.i and node.pos_ in {"VERB", "AUX"}:
                clause = True
                break
        if not clause:
            return True
    return False


def _phrase_end(
    doc: Doc,
    first: int,
    verb: Token,
    head: Token,
    sent_end: int,
    stops: frozenset[str],
    attribute_marks: frozenset[str] = frozenset(),
    comparatives: frozenset[str] = frozenset(),
) -> int:
    """End offset of the phrase: the end of the cue's clause (the verb's
    right edge: adjuncts of place and time stay, « quatre morts dans les
    frappes »), cut before a stop word, a comma that opens another clause
    (a coordinator, a subordinator, a verb that is no participle of a noun),
    a subordinator (« alors que »), a semicolon or a colon."""
    # The phrase's own edge too: a misparse may leave the verb a leaf.
    last = max(verb.right_edge.i, head.right_edge.i)
    while last > first and doc[last].idx >= sent_end:
        last -= 1
    end_i = last
    for k in range(first + 1, last + 1):
        tok = doc[k]
        nxt = doc[k + 1] if k + 1 < len(doc) else tok
        # « un coût plus élevé que prévu »: the second term of a
        # comparison belongs to the phrase.
        compared = any(t.lower_ in comparatives for t in doc[max(first, k - 3) : k + 1])
        mark = (
            tok.dep_ == "mark"
            and tok.lower_ not in attribute_marks
            and not _noun_infinitive(tok, first, k)
            and not (compared and tok.lower_ in _COMPLEMENTISERS)
        )
        if (
            tok.text in {";", ":"}
            or mark
            or (nxt.lower_ in _COMPLEMENTISERS and not (compared or tok.lower_ in comparatives))
        ):
            end_i = k - 1
            break
        if tok.lower_ in stops and (tok.lower_ not in _BEFORE_FIGURE or nxt.like_num):
            end_i = k - 1
            break
        if tok.text == "," and (
            nxt.pos_ in {"SCONJ", "CCONJ"}
            or (nxt.lower_ in stops and (nxt.lower_ not in _BEFORE_FIGURE or _figure_next(nxt)))
            or (nxt.pos_ in {"VERB", "AUX"} and nxt.dep_ not in {"acl", "amod"})
            or _new_clause_after(doc, k)
        ):
            end_i = k - 1
            break
    if end_i < first:
        return -1
    # Closing marks the parser left out of the phrase belong to it.
    while end_i + 1 < len(doc) and doc[end_i + 1].text in _CLOSING and end_i + 1 > last:
        end_i += 1
    return doc[end_i].idx + len(doc[end_i])


#: Tokens after a comma within which a new clause's subject and finite
#: verb stand (« , la police en a aussitôt compté … »: subject of two
#: words, a clitic, an adverb, the auxiliary).
_CLAUSE_REACH = 7


def _new_clause_after(doc: Doc, comma: int) -> bool:
    """The comma at ``comma`` opens a clause of its own: a subject followed
    by its finite verb (« espérait 20 000 spectateurs, la police en a
    compté 31 000 »), or « où » (« 4 000 à Lyon, où la marche a fini »:
    the writer's relative on the place)."""
    if comma + 1 >= len(doc):
        return False
    if doc[comma + 1].lower_ == "où":
        return True
    stop = min(len(doc), comma + 1 + _CLAUSE_REACH)
    for t in doc[comma + 1 : stop]:
        if t.is_punct:
            return False
        if t.dep_ not in _SUBJECTS or (t.pos_ == "PRON" and "Rel" in t.morph.get("PronType", [])):
            continue
        verb = t.head
        if not (t.i < verb.i < stop + 2):
            continue
        group = [verb, *(c for c in verb.children if c.dep_.startswith("aux"))]
        if any("Fin" in v.morph.get("VerbForm", []) for v in group):
            return True
    return False


def _noun_infinitive(mark: Token, first: int, at: int) -> bool:
    """« l'intention de la famille de porter plainte »: « de » (or « à »)
    opening an infinitive that complements a noun of the phrase is part of
    the phrase, not a subordinator ending it."""
    verb = mark.head
    return (
        verb.dep_ == "acl"
        and "Inf" in verb.morph.get("VerbForm", [])
        and first <= verb.head.i < at
        and verb.head.pos_ in {"NOUN", "PROPN"}
    )


#: Words that open the attribute of a characterising verb's object
#: (« décrire X comme Y », « qualifier X de Y »; TLFi s.v. qualifier).
_ATTRIBUTE_MARKS = frozenset({"comme"})
_ATTRIBUTE_OPENERS = frozenset({"comme", "de", "d'", "d’"})


def _attribute_in(doc: Doc, head: Token, end: int) -> bool:
    """An attribute opener right after the object's own phrase, within the
    content."""
    k = head.right_edge.i + 1
    return k < len(doc) and doc[k].idx < end and doc[k].lower_ in _ATTRIBUTE_OPENERS


def _figure_next(tok: Token) -> bool:
    doc = tok.doc
    return tok.i + 1 < len(doc) and doc[tok.i + 1].like_num


def _right_end(head: Token) -> int:
    """End offset of the head's subtree, closing marks right after it included."""
    doc = head.doc
    k = head.right_edge.i
    while k + 1 < len(doc) and doc[k + 1].text in _CLOSING:
        k += 1
    return doc[k].idx + len(doc[k])


def in_incise(cue: VerbCue, text: str) -> bool:
    """A finite cue right after a comma or a closing mark: an incise, whose
    inverted subject follows it.  A participle there (« …, précisant
    l'ouverture d'une enquête ») still takes an object."""
    verb = cue.verb
    if verb.morph.get("VerbForm", []) == ["Part"] and verb.morph.get("Tense", []) == ["Pres"]:
        return False
    if cue.subject is not None and cue.subject.i < verb.i:
        return False  # « X, qui …, a salué … »: the subject stands before
    before = text[: cue.start].rstrip(" \u00a0\u202f")
    return before.endswith((",", *_CLOSING))


def _holds_fragment(doc: Doc, pairs: PairIndex, start: int, end: int, phrase_end: int) -> bool:
    """A closed pair of marks inside the content, with content words of the
    noun phrase outside it: before the marks (« le caractère « clé » »), or
    after them within the phrase's own subtree (``phrase_end``); « des
    « anomalies » » is a term with its article, and « « 42 morts » dans ce
    massacre » a quoted phrase and the verb's adjunct.  No title word may
    stand before the marks."""
    inside = [p for p in pairs.opening_in(start, end) if p.closed and p.end <= end + 1]
    if not inside:
        return False
    span = doc.char_span(start, end, alignment_mode="expand")
    first_open = inside[0].open
    outside = [
        t
        for t in (span if span is not None else ())
        if not any(p.open <= t.idx < p.end for p in inside)
        and t.pos_ in {"NOUN", "PROPN", "ADJ", "VERB", "NUM", "ADV"}
        and (t.idx < first_open or t.idx < phrase_end)
    ]
    if not outside:
        return False  # the marks hold the whole phrase: a direct quote, or a term
    if all(t.idx > first_open for t in outside):
        # Marks first, then a prepositional phrase (« parlent de « zone
        # blanche » depuis des années »): the marks hold the phrase, the
        # rest is the verb's adjunct (``quotes._adjunct_after``).
        after = doc.char_span(inside[-1].end, end, alignment_mode="expand")
        words = [t for t in (after if after is not None else ()) if t.idx >= inside[-1].end]
        # « de » opens the noun's own complement (« la « panique » de ses
        # adversaires »); another preposition, an adjunct.
        if words and words[0].pos_ == "ADP" and words[0].lower_ not in _GENITIVE:
            return False
    text = text_of(doc)
    for p in inside:
        before = text[max(start, p.open - 20) : p.open].split()
        if before and before[-1].lower() in _TITLE_WORDS:
            return False
    return True


def _counting_act(cue: VerbCue, language: LanguageData, head: Token | None = None) -> bool:
    """« a compté », « en compte »: the act of counting, by a source that is
    no territory; « compte 300 membres » states what the subject holds.  A
    count of people an event makes (« comptabilise 899 000 manifestants »,
    « compte 12 morts ») is counted, never held, in any tense."""
    verb = cue.verb
    aux = language.syntax.labels("auxiliary")
    act = (
        any(c.dep_ in aux for c in verb.children)
        or any(c.lower_ == "en" and c.i < verb.i for c in verb.children)
        or (head is not None and _event_people(head, language))
    )
    subject = cue.subject
    territory = subject is not None and (
        subject.lower_ in language.extra.get("territory_nouns", ())
        or subject.lemma_ in language.extra.get("territory_nouns", ())
    )
    return act and not territory and _source_subject(cue, language)


def _event_people(head: Token, language: LanguageData) -> bool:
    """A noun of the people an event counts: the dead, the wounded, the
    demonstrators, the arrested (the language's people families)."""
    units = language.units
    family = units.families.get(head.lemma_.lower()) or units.families.get(head.lower_)
    return family in units.scope.people_families


def _source_subject(cue: VerbCue, language: LanguageData) -> bool:
    """A subject that can be a source: a person or organisation, a pronoun,
    or a noun of source or role (« la police », « les organisateurs »)."""
    subject = cue.subject
    if subject is None:
        return False
    if cue.pronoun or subject.lower_ in language.pronouns:
        return True
    kind = language.syntax.entity_type(subject.ent_type_) if subject.ent_type_ else None
    if kind in {"PER", "ORG"}:
        return True
    if kind is not None:
        return False  # a place: « Brénac compte 4 500 habitants »
    nouns = language.extra.get("source_nouns", frozenset())
    roles = language.extra.get("role_nouns", frozenset())
    return bool({subject.lower_, subject.lemma_} & (nouns | roles))


def np_content(
    cue: VerbCue,
    doc: Doc,
    language,
    pairs: PairIndex,
    sent_end: int,
) -> tuple[int, int] | None:
    """The noun-phrase content of ``cue``: its span, ``None`` when the
    phrase is no quote, ``NOT_FOUND`` when there is no phrase to read."""
    extra = language.extra
    report_nouns = extra.get("report_nouns")
    if not report_nouns:
        return NOT_FOUND
    lemma = cue.lemma
    if lemma in extra.get("no_np_quote", ()):
        return None
    subject = cue.subject
    if subject is not None and subject.lower_ in extra.get("impersonal_subjects", ()):
        return None  # « on dénombrait … »: the writer's own count
    if subject is not None and subject.i > cue.verb.i and not cue.pronoun:
        return NOT_FOUND  # « a annoncé mercredi la préfète »: the phrase is the speaker
    text = text_of(doc)
    if in_incise(cue, text):
        return NOT_FOUND  # « …, a estimé le chef du parti »: the phrase is the speaker
    first = start_after_cue(
        cue,
        doc,
        extra.get("time_words", frozenset()),
        extra.get("np_incises", ()),
        frozenset(language.numbers.months),
        lambda j: figure_after_a(doc, j, lemma, language),
        extra.get("period_nouns", frozenset()),
        lambda j: past_clock(doc, j, language),
    )
    if first < len(doc) and doc[first].lower_ in _LEADING_ADP and first + 1 < len(doc):
        first += 1
    evaluation = figure_after_a(doc, first, lemma, language)
    if evaluation:
        first += 1  # « a chiffré à un million le nombre de … »
    if first < len(doc) and doc[first - 1].text == ":" and doc[first].idx >= sent_end:
        # The parser may end the sentence at the colon: the list after it
        # is the next « sentence » (« annonçait : 14 morts et 60 blessés. »).
        sent_end = doc[first].sent.end_char
    if first >= len(doc) or doc[first].idx >= sent_end or doc[first].pos_ == "ADP":
        return NOT_FOUND  # « se poursuit par des … », « répond aux … »: no object
    head = _phrase_head(doc, first)
    # After a colon the parser may take a verbless list of figures for the
    # subject of the full stop (« annonçait : 14 morts et 60 blessés. »).
    listed = doc[first - 1].text == ":" and head is not None and head.head.pos_ == "PUNCT"
    if head is None or (head.dep_ in _SUBJECTS and not listed):
        return NOT_FOUND
    # « décrit l'économie comme « résiliente » », « qualifie la mesure
    # d'« injuste » »: the attribute of the object is part of what is said.
    attribute = lemma in extra.get("attribute_lemmas", ())
    marks = _ATTRIBUTE_MARKS if attribute else frozenset()
    stops = extra.get("np_stops", frozenset())
    end = _phrase_end(
        doc, first, cue.verb, head, sent_end, stops, marks, extra.get("comparatives", frozenset())
    )
    if evaluation:
        end = _before_new_subject(doc, first, end)
    if head.lower_ in report_nouns:
        end = _figure_after_colon(doc, head.i, end, sent_end, stops)
    end = _coordinated_figure(doc, head.i, end, sent_end, stops)
    start, end = clip_content(text, doc[first].idx, end)
    if end <= start:
        return NOT_FOUND
    if lemma in extra.get("event_count_only", ()) and not (
        _event_people(head, language)
        and _source_subject(cue, language)
        # « a révélé qu'il avait enregistré la mort de 847 civils »: the
        # clause of another cue already reports the count
        and cue.verb.dep_ not in language.syntax.labels("clausal_complement", "open_complement")
    ):
        return None  # « a enregistré une baisse de 3 % »: a fact recorded, even quoted
    # The fragment must sit in the noun phrase itself, with words of the
    # phrase outside it: « a déploré « 42 morts » dans ce massacre » is a
    # direct quote followed by the verb's adjunct.
    own_end = end if attribute and _attribute_in(doc, head, end) else min(end, _right_end(head))
    if _holds_fragment(doc, pairs, start, end, own_end):
        return start, end
    if lemma not in language.np_content_lemmas:
        return None
    if lemma in extra.get("count_needs_source", ()) and not _counting_act(cue, language, head):
        return None
    acts = extra.get("act_nouns", frozenset())
    if lemma in extra.get("responsibility_lemmas", ()) and (
        head.lower_ in acts or head.lemma_ in acts
    ):
        return None  # « a revendiqué les deux attaques »: an act, not a figure
    report = head.lower_ in report_nouns
    if lemma in extra.get("report_noun_verbs", ()):
        found = report
    elif lemma in extra.get("forecast_np", ()):
        found = True
    else:
        found = report or _figure_in(head, language)
    if not found and lemma in extra.get("assertion_np", ()):
        found = _states_fact(head, lemma, language)
    return (start, end) if found else None


def _figure_after_colon(doc: Doc, head: int, end: int, sent_end: int, stops: frozenset[str]) -> int:
    """« avance un chiffre bien plus élevé : 290 000 »: the figure a colon
    gives after a noun of counting is the figure reported; the phrase runs
    on to the next punctuation or stop word (« selon », « contre »)."""
    k = head
    while k < len(doc) and doc[k].idx < end:
        k += 1
    if k + 1 >= len(doc) or doc[k].text != ":" or not doc[k + 1].like_num:
        return end
    last = k + 1
    while (
        last + 1 < len(doc)
        and doc[last + 1].idx < sent_end
        and not doc[last + 1].is_punct
        and doc[last + 1].lower_ not in stops
    ):
        last += 1
    return doc[last].idx + len(doc[last])


def _coordinated_figure(doc: Doc, head: int, end: int, sent_end: int, stops: frozenset[str]) -> int:
    """« une inflation de 2 % cette année et de 1,8 % l'an prochain »: a second
    figure coordinated by « et de » continues the phrase, wherever the
    parser hung it; the phrase runs on to the next punctuation or stop."""
    k = head
    while k < len(doc) and doc[k].idx < end:
        k += 1
    if (
        k + 2 >= len(doc)
        or doc[k].idx >= sent_end
        or doc[k].pos_ != "CCONJ"
        or doc[k + 1].lower_ not in _GENITIVE
        or not doc[k + 2].text[:1].isdigit()
    ):
        return end
    last = k + 2
    while (
        last + 1 < len(doc)
        and doc[last + 1].idx < sent_end
        and not (doc[last + 1].is_punct and doc[last + 1].text != "%")
        and doc[last + 1].lower_ not in stops
    ):
        last += 1
    return doc[last].idx + len(doc[last])


def _before_new_subject(doc: Doc, first: int, end: int) -> int:
    """« évaluait à 40 000 le nombre de marcheurs et nous à 90 000 »: a
    coordinator before a pronoun, an article or a name opens a gapped
    clause with a source of its own; a range (« 400 ou 500 ») does not."""
    for tok in doc[first + 1 :]:
        if tok.idx >= end:
            break
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if tok.pos_ == "CCONJ" and nxt is not None and nxt.pos_ in {"PRON", "DET", "PROPN"}:
            prev = doc[tok.i - 1]
            return prev.idx + len(prev)
    return end


def _states_fact(head: Token, lemma: str, language: LanguageData) -> bool:
    """« a reconnu les faits », « dément toute fraude »: the head names a
    fact or a claim, or a denial is quantified by « tout »."""
    extra = language.extra
    if head.lower_ in extra.get("fact_nouns", ()) or head.lemma_ in extra.get("fact_nouns", ()):
        return True
    if head.lower_ in extra.get("responsibility_nouns", ()):
        return False  # « nie toute responsabilité »: no claim, as its mirror
    return lemma in extra.get("denial_np", ()) and any(
        c.dep_ == "det" and c.lemma_ == "tout" for c in head.children
    )


#: A figure in a noun phrase, for the other readers of noun phrases
#: (extract/agent_participles.py).
figure_in = _figure_in
