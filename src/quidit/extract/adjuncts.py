"""Indirect quotes from attribution adjuncts: « selon X, … », « d'après X »,
« pour X » where it means *according to*, "according to X", "in the words
of X" (guidelines §1: the adjunct governs the main clause of its sentence).
"""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Doc, Span, Token

from quidit.extract.cues import AdjunctCue, mention_bounds
from quidit.extract.drafts import (
    _WS,
    CONFIDENCE,
    Draft,
    _skip,
    _skip_back,
    sentence_end,
    sentence_start,
)
from quidit.extract.spans import clip_content, text_of
from quidit.lang import LanguageData, SyntaxData


def _source_like(head: Token, language: LanguageData) -> bool:
    if head.pos_ in {"PROPN", "PRON"} or head.ent_type_:
        return True
    nouns = language.extra.get("source_nouns", frozenset())
    roles = language.extra.get("role_nouns", frozenset())
    return head.lower_ in nouns or head.lemma_ in nouns or head.lower_ in roles


def _issuer(source: Token, language: LanguageData) -> tuple[int, int] | None:
    """« selon un communiqué du ministère », « d'après les chiffres de la
    CGT »: a document whose issuer is named has the issuer for source
    (guidelines §2); the issuer is the noun the document's « de » names."""
    documents = language.extra.get("document_nouns", frozenset())
    if source.lower_ not in documents and source.lemma_ not in documents:
        return None
    syntax = language.syntax
    genitive = language.extra.get("name_prepositions", frozenset())
    for child in source.rights:
        if child.dep_ not in syntax.labels("nominal_modifier") or child.pos_ not in {
            "NOUN",
            "PROPN",
        }:
            continue
        if child.lower_ in documents or not _source_like(child, language):
            continue  # « un décompte des chiffres fournis par … »: no issuer named
        if any(c.lower_ in genitive for c in child.children if c.i < child.i):
            start, end = mention_bounds(child, syntax)
            first = next(c for c in child.children if c.lower_ in genitive)
            # « un rapport de l'armée consulté par l'AFP »: the participle
            # qualifies the document, whatever the parse hangs it on.
            verb = next((t for t in child.subtree if t.pos_ in {"VERB", "AUX"}), None)
            if verb is not None and start < verb.idx < end:
                end = len(text_of(source.doc)[: verb.idx].rstrip(" ,\u00a0"))
            return max(start, first.idx + len(first.text)), end
    return None


#: Appositions skipped after « Selon X, … » at most: a name, then a
#: relative clause (« Selon l'ONG, basée à Oslo, qui suit … , … ») is the
#: longest chain news copy strings on one source.
MAX_APPOSITIONS = 3

#: Words of a verbless apposition at most (« le dirigeant de la CFDT »);
#: a longer stretch between two commas is taken for content.
APPOSITION_WORDS = 8


def _apposition(span: Span | None, syntax: SyntaxData) -> bool:
    """``span`` (between two commas after a source) describes the source:
    a short verbless noun phrase or name, a relative clause, or a phrase
    opened by a participle (« basée à Oslo », « interrogé par l'AFP »)."""
    if span is None or len(span) == 0:
        return False
    first = span[0]
    if first.lower_ in syntax.complementisers and first.lower_ not in syntax.relative_pronouns:
        return False
    # A relative clause on the source describes it even where it quotes the
    # source's words (« Selon la mairie, qui évoque une « crise », … »): the
    # clause is closed by its comma, and the adjunct's content comes after.
    if first.lower_ in syntax.relative_pronouns and first.lower_ not in syntax.complementisers:
        return True
    if any(t.is_quote or t.text in {"«", "»", "“", "”"} for t in span):
        return False  # quoted words are the source's, not a description of it
    # « Pour un collectif de médias, dont fait partie X, … »
    if first.pos_ == "PRON" and "Rel" in first.morph.get("PronType", []):
        return first.lower_ not in syntax.complementisers
    if "Part" in first.morph.get("VerbForm", []) and first.pos_ in {"VERB", "ADJ", "AUX"}:
        return not any("Fin" in t.morph.get("VerbForm", []) for t in span if t.i > first.i
                       and t.head.i == first.i and t.dep_.startswith("nsubj"))  # fmt: skip
    return (
        len(span) <= APPOSITION_WORDS
        and not any(t.pos_ in {"VERB", "AUX"} for t in span)
        and first.pos_ in {"DET", "NOUN", "ADJ", "PROPN", "NUM"}
    )


def _subject_of_later_verb(span: Span | None, after: int, syntax: SyntaxData) -> bool:
    """« Pour X, les témoignages recueillis par Y, au motif que …, restent
    valables »: the phrase is the subject of a verb past the comma, the content's
    own subject, not an apposition on the source."""
    if span is None:
        return False
    subjects = syntax.labels("subject", "passive_subject")
    return any(t.dep_ in subjects and t.head.idx > after for t in span)


def _has_clause(doc: Doc, start: int, end: int, syntax: SyntaxData) -> bool:
    """``[start, end)`` holds a subject with its verb, both inside it."""
    span = doc.char_span(start, end, alignment_mode="contract")
    if span is None:
        return False
    subjects = syntax.labels("subject", "passive_subject")
    return any(t.dep_ in subjects and span.start <= t.head.i < span.end for t in span)


def _comma(text: str, start: int, end: int) -> int:
    """The next comma in ``[start, end)`` that is punctuation, not the
    decimal mark of a figure (« Selon X, 2,5 millions … »); -1 if none."""
    k = text.find(",", start, end)
    while 0 < k < end - 1 and text[k - 1].isdigit() and text[k + 1].isdigit():
        k = text.find(",", k + 1, end)
    return k


def _after_source(doc: Doc, source_end: int, sent_end: int, syntax: SyntaxData) -> int:
    """Where the content starts after « Selon X, … »: past the comma that
    closes the source, and past appositions or relative clauses on it
    (« Pour Laurent Berger, le dirigeant de la CFDT, « … » », "In the words
    of an engineer, who spoke on condition of anonymity, …", « Selon
    l'ONG, basée à Oslo et qui …, … »), one after the other."""
    text = text_of(doc)
    i = source_end
    if text[i : i + 40].lstrip(_WS).startswith("("):  # « (SAM) »
        close = text.find(")", i, i + 40)
        i = close + 1 if close >= 0 else i
    comma = _comma(text, i, sent_end)
    between = text[i:comma].strip(_WS) if comma >= 0 else ""
    restrictive = bool(between) and between.split()[0].lower() in (
        syntax.relative_pronouns - syntax.complementisers
    )
    if comma < 0 or (between and len(between.split()) > APPOSITION_WORDS and not restrictive):
        # No comma right after the source: the content follows directly
        # (unless a relative clause on the source runs up to the comma:
        # « Selon le président qui a déclaré l'état d'urgence …, … »).
        return _skip(text, i, _WS + ",")
    rest = comma + 1
    for _ in range(MAX_APPOSITIONS):
        nxt = _comma(text, rest, sent_end)
        if nxt < 0 or not text[nxt + 1 : sent_end].strip(_WS + ".!?"):
            break
        span = doc.char_span(rest, nxt, alignment_mode="expand")
        # « Pour X, le directeur du cabinet, « … » »: marks right after the
        # phrase hold the content; the parser hangs the phrase on their verb.
        quoted = text[nxt + 1 : nxt + 4].lstrip(_WS)[:1] in _OPENING_MARKS
        if not _apposition(span, syntax) or (
            _subject_of_later_verb(span, nxt, syntax) and not quoted
        ):
            break
        # « Selon le parquet, Marc Durand, 45 ans, a été interpellé »: the
        # name is the content's subject, not an apposition on the source.
        if not quoted and not _has_clause(doc, nxt + 1, sent_end, syntax):
            break
        rest = nxt + 1
    return _skip(text, rest, _WS)


_OPENING_MARKS = {"«", '"', "“"}


def _lead(adj: AdjunctCue) -> int:
    """Where the adjunct begins with its own adverbs (« toujours selon X »)."""
    return adj.lead if adj.lead >= 0 else adj.start


def _parenthetical(doc: Doc, adj: AdjunctCue, sent_end: int, syntax: SyntaxData) -> bool:
    """« …, selon X, … »: commas on both sides and text after, where the
    text after goes on with the sentence (« Les pirates auraient, selon le
    CNRI, exploité une faille ») rather than describing the source (« Le
    bilan s'est alourdi, selon l'Afad, organisme public de secours »: the
    content ends before the adjunct)."""
    text = text_of(doc)
    before = text[: _lead(adj)].rstrip(_WS)
    after = text[adj.source_end : sent_end].lstrip(_WS)
    if not (before.endswith(",") and after.startswith(",") and len(after.strip(" ,.")) > 0):
        return False
    if _bare_figure(doc, sentence_start(doc, adj.first), _lead(adj)):
        return False  # « 340 000, selon la police, 1 million selon … »: a figure of its own
    start = adj.source_end + text[adj.source_end : sent_end].index(",") + 1
    end = _skip_back(text, sent_end, _WS + ".!?")
    tail = doc.char_span(_skip(text, start, _WS), end, alignment_mode="expand")
    if tail is None or not _apposition(tail, syntax):
        return True
    if adj.source is not None and adj.source.pos_ == "PRON":
        return True  # « …, selon lui, qui … »: a pronoun takes no apposition
    # An apposition only where the sentence's own verb stands before the
    # adjunct (it is whole without the tail).
    root = adj.first.sent.root
    return not (root.idx < adj.start and root.pos_ in {"VERB", "AUX", "ADJ", "NOUN"})


def _before_object(doc: Doc, adj: AdjunctCue, sent_end: int) -> bool:
    """« on recensait selon la police 8 500 personnes », « ils étaient selon
    X 4 000 »: an adjunct between a verb and the rest of its clause, with no
    comma, governs the whole clause."""
    if adj.first.i == 0:
        return False
    verb = doc[adj.first.i - 1]
    if verb.pos_ not in {"VERB", "AUX"} or verb.sent.start != adj.first.sent.start:
        return False
    text = text_of(doc)
    after = text[adj.source_end : sent_end].lstrip(_WS)
    return bool(after.strip(" .!?…")) and not after.startswith((",", ";", ":", "(", ")"))


#: Words of a bare figure phrase before « , selon X, » at most (« plus de
#: 2 000 manifestants à Caen »: 6), as ``elliptic.MAX_WORDS``.
FIGURE_WORDS = 6


def _bare_figure(doc: Doc, start: int, end: int) -> bool:
    """``[start, end)`` is a verbless phrase opened by a number (« 340 000, »,
    « 12 000 personnes, »): an elliptical figure, not a clause the adjunct
    sits in."""
    span = doc.char_span(start, end, alignment_mode="expand")
    words = [t for t in span if not t.is_punct and not t.is_space] if span is not None else []
    return (
        0 < len(words) <= FIGURE_WORDS
        and words[0].like_num
        and not any(t.pos_ in {"VERB", "AUX"} for t in words)
    )


def _contrasted_count(noun: Token, contrast: Collection[str]) -> bool:
    """« … Contre 1 800 enseignants pour le rectorat. »: the counted noun
    of a figure set against another source's (« contre » right before the
    figure) is as good as the figure before « pour »."""
    doc = noun.doc
    k = noun.i - 1
    if k < 1 or noun.pos_ != "NOUN" or not doc[k].like_num:
        return False
    return doc[k - 1].lower_ in contrast


def _relative_follows(text: str, adj: AdjunctCue, later: list[AdjunctCue]) -> bool:
    """« …, selon Paul Verdier, pour qui … »: the source takes a relative
    of its own right after it, so the adjunct closes the content before
    it rather than standing inside one sentence."""
    if not later or not later[0].relative or later[0].start < adj.source_end:
        return False
    return not text[adj.source_end : later[0].start].strip(" ,")


def _noun_before(doc: Doc, first: Token, syntax: SyntaxData, proper_only: bool) -> Token | None:
    """The noun right before « , pour qui » / « , selon laquelle »: a
    relative pronoun after a comma takes the nearest noun phrase as its
    antecedent. The parser often hangs the clause elsewhere (higher, on
    the noun of a preceding « selon X »'s clause: « un scandale, selon Paul
    Verdier, pour qui … »; or on the main verb as an adverbial: « une étude,
    selon laquelle … , a été publiée »). Where the parser did find a
    relative clause, only a proper name overrides it (a common noun may be
    the complement of the true antecedent: « les articles des médias, selon
    lesquels … »). The head token of that noun, or None."""
    k = first.i - 1
    if k < 1 or doc[k].text != ",":
        return None
    tok = doc[k - 1]
    if tok.pos_ != "PROPN" and (proper_only or tok.pos_ != "NOUN"):
        return None
    names = syntax.labels("name_part")
    while tok.dep_ in names and tok.head.i < tok.i:
        tok = tok.head
    return tok


def adjunct_drafts(doc: Doc, adjuncts: list[AdjunctCue], language: LanguageData) -> list[Draft]:
    drafts: list[Draft] = []
    text = text_of(doc)
    syntax = language.syntax
    relative_clause = syntax.labels("relative_clause")
    figure_signs = {"%", *language.numbers.currency_symbols}
    percent_signs = {"%", "pourcent", "percent"}
    vote_words = language.extra.get("vote_words", frozenset())
    # Adjuncts read as attributions; one left out (« annulés pour la
    # journée de samedi »: no source) bounds no other's content.
    accepted: list[AdjunctCue] = []
    for n, adj in enumerate(adjuncts):
        first = adj.first
        sent_start = sentence_start(doc, first)
        sent_end = sentence_end(doc, first)
        # « selon X » reaches to the end of its sentence, and a semicolon
        # ends it (« Selon X, A ; Y en a compté B »).
        semi = text.find(";", first.idx, sent_end)
        if semi >= 0:
            sent_end = semi
        semi_before = text.rfind(";", sent_start, first.idx)
        if semi_before >= 0:
            sent_start = semi_before + 1
        word = first.lower_
        mention = (adj.source_start, adj.source_end) if adj.source is not None else None
        issuer = _issuer(adj.source, language) if adj.source is not None else None
        if issuer is not None:
            mention = issuer
        if adj.relative:
            rel = doc[first.i + 1]
            # « les articles … selon lesquels la milice aurait … »: the
            # pronoun hangs on the relative clause's verb, which hangs on
            # the antecedent.
            verb = rel.head if rel.head.i != rel.i else first.head
            if rel.i + 1 < len(doc) and doc[rel.i + 1].pos_ in {"VERB", "AUX"}:
                continue  # « un projet pour qui veut réussir »: « qui » is a subject
            parsed = verb.dep_ in relative_clause and verb.head.i < first.i
            ante = _noun_before(doc, first, syntax, proper_only=parsed)
            if ante is None and parsed:
                ante = verb.head
            if ante is None or verb.i < first.i:
                continue
            # The antecedent with its modifiers (« les articles parus dans
            # les médias occidentaux »), up to the cue.
            m_start, _ = mention_bounds(ante, syntax)
            m_end = _skip_back(text, adj.start, _WS + ",")
            # A relative between commas (« X, pour qui A, votera contre »)
            # ends with its clause where the main clause resumes after the
            # comma with its verb; otherwise the parser may only have
            # left a coordinated tail out of the subtree (« dans leur parti,
            # au gouvernement et au parlement »).
            clause_end = max(t.idx + len(t.text) for t in verb.subtree)
            rel_end = sent_end
            if clause_end < sent_end and text[clause_end:sent_end].lstrip(_WS).startswith(","):
                tail = doc.char_span(clause_end, sent_end, alignment_mode="expand")
                # Any verb but an infinitive: the tagger's morphology often
                # misses the future (« votera » read as a participle).
                if tail is not None and any(
                    t.pos_ in {"VERB", "AUX"} and "Inf" not in t.morph.get("VerbForm", [])
                    for t in tail
                ):
                    rel_end = clause_end
            start, end = clip_content(text, rel.idx + len(rel.text), rel_end)
            if end > start:
                drafts.append(
                    Draft("adjunct", start, end, (adj.start, rel.idx + len(rel.text)),
                          (m_start, min(m_end, adj.start)), confidence=CONFIDENCE["adjunct"])
                )  # fmt: skip
            continue
        if adj.source is None or mention is None:
            continue
        lead = text[sent_start : _lead(adj)].rstrip(_WS)
        at_start = (
            not lead
            or lead[-1] in ".!?:;"
            or lead.split()[-1].lower() in syntax.coordinators
            or _adverbs_only(
                doc, sent_start, first, language.extra.get("sentence_connectives", frozenset())
            )
        )
        if (
            not at_start
            and first.i + 1 < len(doc)
            and doc[first.i + 1].lower_ in syntax.adjunct_source_nouns
            and not _after_comma_or_cue(doc, first, language)
        ):
            continue  # « l'eau vient de sources voisines »: a noun, no attribution
        if word in syntax.guarded_adjuncts:
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
                comma = prev.text == ","
                if comma:
                    prev = doc[first.i - 2] if first.i >= 2 else prev
                if not (
                    prev.like_num
                    or prev.text in figure_signs
                    or prev.pos_ == "NUM"
                    or _contrasted_count(prev, language.extra.get("contrast_words", ()))
                ):
                    continue
                # « 23 % pour le parti » with no comma, in a sentence about
                # votes, is the party's share, not a figure according to it.
                if (
                    prev.text in percent_signs
                    and not comma
                    and _about_votes(doc, first.sent, vote_words)
                ):
                    continue
        accepted.append(adj)
        trailing = False
        # « … la crue, qui a noyé, selon la mairie, deux cents caves »: set
        # inside a relative clause, the adjunct governs that clause only.
        clause = None if at_start else _relative_around(adj, relative_clause, sent_end)
        if at_start:
            rest = _after_source(doc, adj.source_end, sent_end, syntax)
            start, end = clip_content(text, rest, sent_end)
            kind = "adjunct"
            if word in syntax.guarded_adjuncts and _participle_only(doc, start, end):
                # « Quant à Léa, interpellée pour fraude, … » read as « pour X »:
                # a participle phrase on the name is no clause it governs.
                continue
        elif clause is not None and sent_start < clause[0] and clause[1] <= sent_end:
            start, end = clip_content(text, *clause)
            kind = "adjunct"
        elif not _relative_follows(text, adj, adjuncts[n + 1 :]) and (
            _parenthetical(doc, adj, sent_end, syntax) or _before_object(doc, adj, sent_end)
        ):
            # « Les pirates auraient, selon le CNRI, exploité une faille »:
            # the adjunct governs the whole sentence around it.
            start, end = clip_content(text, sent_start, sent_end)
            kind = "adjunct"
        else:
            # Content before the cue, back to the sentence start or to the
            # end of the previous adjunct's source in the same sentence.
            seg_start = sent_start
            for prev_adj in accepted[:-1]:
                if sent_start <= prev_adj.start and prev_adj.source_end <= adj.start:
                    seg_start = max(seg_start, prev_adj.source_end)
            colon = text.rfind(":", seg_start, _lead(adj))
            if colon >= 0:
                seg_start = colon + 1  # « Grève : 5 % de grévistes selon … »
            while seg_start < _lead(adj) and text[seg_start] in " ,;\u00a0\u202f":
                seg_start += 1
            # « 15 000 selon la police, contre 8 700 selon les syndicats »:
            # the word that sets the figure against another is the writer's.
            for word in language.extra.get("contrast_words", ()):
                if text[seg_start : seg_start + len(word) + 1].lower() == word + " ":
                    seg_start = _skip(text, seg_start + len(word), _WS)
            # « de 4 euros selon X à 7 euros selon Y »: after another
            # source, the word that closes the range (or adds the figure)
            # links the two figures; it is no part of the second.
            if seg_start > sent_start:
                for word in language.extra.get("range_links", ()):
                    after = _skip(text, seg_start + len(word), _WS)
                    if (
                        text[seg_start : seg_start + len(word) + 1].lower() == word + " "
                        and text[after : after + 1].isdigit()
                    ):
                        seg_start = after
            start, end = clip_content(text, seg_start, _lead(adj))
            kind = "adjunct" if end - start > 25 else "adjunct_figure"
            trailing = True
        if end <= start:
            continue
        if trailing and _reported_by_pronoun(doc, adj, start, end, language):
            continue
        drafts.append(
            Draft(
                kind,
                start,
                end,
                (adj.start, adj.end),
                mention,
                confidence=CONFIDENCE[kind],
                lead=_lead(adj),
            )
        )
    return drafts


def _participle_only(doc: Doc, start: int, end: int) -> bool:
    """``[start, end)`` opens on a past participle and holds no finite verb."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    if span[0].morph.get("VerbForm", []) != ["Part"]:
        return False
    return not any(t.pos_ in {"VERB", "AUX"} and "Fin" in t.morph.get("VerbForm", []) for t in span)


def _relative_around(
    adj: AdjunctCue, relative_clause: frozenset[str], sent_end: int
) -> tuple[int, int] | None:
    """The bounds of the relative clause whose verb the adjunct's source
    hangs on (« qui a noyé, selon la mairie, … »), or None."""
    if adj.source is None or adj.source.pos_ == "PRON":
        return None  # « qui a été truqué selon lui … »: the speaker again
    doc = adj.first.doc
    # The parser often hangs the adjunct on the main verb; the surface says
    # it all: a relative pronoun, its verb group, a comma, the adjunct.
    k = adj.first.i - 1
    if k >= 0 and doc[k].text == ",":
        k -= 1
        while k >= 0 and doc[k].pos_ in {"AUX", "VERB", "ADV"}:
            k -= 1
        if k >= 0 and k < adj.first.i - 2 and "Rel" in doc[k].morph.get("PronType", []):
            return doc[k].idx, sent_end
    verb = adj.source.head
    if verb.dep_ not in relative_clause or verb.i == adj.source.i:
        return None
    opener = verb.left_edge
    if opener.pos_ != "PRON" or opener.i > adj.first.i:
        return None  # the clause opens on its relative pronoun, before the cue
    last = verb.right_edge
    end = last.idx + len(last.text)
    if adj.source_end >= end or doc[adj.first.i - 1].text != ",":
        end = _lead(adj)  # « qui a attiré 800 curieux selon X »: the figure before it
    return opener.idx, end


def _reported_by_pronoun(
    doc: Doc, adj: AdjunctCue, start: int, end: int, language: LanguageData
) -> bool:
    """« X a indiqué que A, selon lui »: a « selon » whose source is a
    personal pronoun, set in a sentence whose content already stands under
    a verb of saying with its subject, only repeats that verb's speaker (the
    pronoun takes the subject for antecedent); it adds no quote of its own."""
    source = adj.source
    if source is None or source.pos_ != "PRON":
        return False
    subjects = language.syntax.labels("subject", "passive_subject")
    for tok in adj.first.sent:
        if not (start <= tok.idx < end) or tok.lower_ not in language.speech_verb_forms:
            continue
        if tok.pos_ in {"VERB", "AUX"} and any(c.dep_ in subjects for c in tok.children):
            return True
    return False


def _about_votes(doc: Doc, sent: Span, vote_words: frozenset[str]) -> bool:
    """A sentence about votes or a poll, or one that goes on from such a
    sentence (« Selon un sondage, … . Elle recueille 41 % contre 37 % pour
    son rival »)."""
    before = doc[sent.start - 1].sent if sent.start > 0 else None
    return any(t.lower_ in vote_words for s in (sent, before) if s is not None for t in s)


def _after_comma_or_cue(doc: Doc, first: Token, language: LanguageData) -> bool:
    """« …, de source policière » · « a-t-on appris de source judiciaire »:
    inside a sentence, « de source(s) X » attributes only after a comma or
    right after a verb of saying; elsewhere it is a complement (« venir de
    sources voisines »)."""
    skip = language.extra.get("time_words", frozenset()) | language.extra.get("months", frozenset())
    k = first.i - 1
    # « a-t-on appris mardi 4 mars de source … »: past the date.
    while k >= 0 and (doc[k].lower_ in skip or doc[k].like_num):
        k -= 1
    if k < 0:
        return True
    prev = doc[k]
    return prev.text == "," or prev.lower_ in language.speech_verb_forms


#: Words that may open a sentence before its attribution adjunct (« Toujours
#: selon X, … », « Mais, d'après X, … »): the longest such run seen in copy.
LEAD_ADVERBS = 3


def _adverbs_only(
    doc: Doc, sent_start: int, first: Token, connectives: frozenset[str] = frozenset()
) -> bool:
    """« Toujours selon X, … », « Or, selon X, … »: only adverbs and
    coordinators (and commas) stand between the sentence start and the
    adjunct, which still governs the whole sentence."""
    words = [t for t in doc[: first.i] if t.idx >= sent_start and not t.is_space and t.text != ","]
    # « En outre, selon X », « Par ailleurs, d'après X »: a connective
    # locution the tagger reads as a preposition and a noun.
    lead = " ".join(t.lower_ for t in words).replace("' ", "'").replace("’ ", "’")
    if lead in connectives:
        return True
    return 0 < len(words) <= LEAD_ADVERBS and all(t.pos_ in {"ADV", "CCONJ"} for t in words)
