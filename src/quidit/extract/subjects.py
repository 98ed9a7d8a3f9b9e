"""Verb groups of cues and their subjects on the parse (split from
:mod:`quidit.extract.cues`, which finds the cues).

French UD parses need their own handling here, driven by the language
data: inverted clitic subjects (« a-t-il ajouté »), inverted full subjects
(« déclare Kapustin »), a relative « qui » standing for the noun its clause
hangs on, passives with « par X » and the impersonal « il » or « on ».
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from quidit.extract.misparses import asyndetic_incise, stray_subject
from quidit.lang import LanguageData, SyntaxData

_CLOSING_MARKS = {"»", "”", '"', "›", "«", "“"}


def verb_group(verb: Token, syntax: SyntaxData) -> tuple[Token, list[Token]]:
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


#: Markers between a verb of intent and its infinitive (« a tenu à
#: souligner », « a choisi de rappeler »).
_INFINITIVE_MARKERS = frozenset({"à", "de", "d'", "d’"})


def governed_incise_start(verb: Token, language: LanguageData) -> Token | None:
    """« …, a tenu à souligner le maire », « …, a voulu rappeler la
    ministre »: an infinitive of saying under a verb of intent
    (``infinitive_governors``) that opens an incise after a comma. The
    cue is the whole group from the governor's auxiliary, which is
    finite and inverts its subject like any incise verb; returns that
    group's first token, or None (« Le maire a tenu à rappeler que … »
    keeps the infinitive alone, its subject before it)."""
    syntax = language.syntax
    governors = language.extra.get("infinitive_governors", frozenset())
    head = verb.head
    if (
        verb.morph.get("VerbForm", []) != ["Inf"]
        or verb.dep_ not in syntax.labels("open_complement")
        or head.lemma_ not in governors
        or head.i >= verb.i
    ):
        return None
    doc = verb.doc
    if any(
        t.lower_ not in _INFINITIVE_MARKERS and t.pos_ != "ADV" for t in doc[head.i + 1 : verb.i]
    ):
        return None
    first, _ = verb_group(head, syntax)
    subjects = syntax.labels("subject")
    if any(c.dep_ in subjects and c.i < first.i for c in head.children):
        return None
    if first.i == 0 or doc[first.i - 1].text != ",":
        return None
    return first


#: Words a subject of the narrative infinitive may span (« Et le
#: porte-parole du ministère de la Culture de … »: eight).
_NARRATIVE_SUBJECT_WORDS = 8


def narrative_subject(verb: Token, language: LanguageData) -> tuple[Token, int, int] | None:
    """« Et le maire d'ajouter que … », « Et la source de rappeler que … »:
    the infinitive of narration (Riegel et al., ch. XI: « Et + sujet + de +
    infinitif », which journalists favour) stands for a finite verb whose
    subject is the noun phrase between the opening « Et » and « de ». The
    parser reads it as anything but a subject. Returns the subject's head
    and the bounds of its words, or None."""
    openers = language.extra.get("narrative_openers", frozenset())
    doc = verb.doc
    if not openers or verb.morph.get("VerbForm", []) != ["Inf"] or verb.i < 3:
        return None
    if doc[verb.i - 1].lower_ not in _INFINITIVE_MARKERS - {"à"}:
        return None
    k = verb.i - 2
    words: list[Token] = []
    while k >= 0 and len(words) <= _NARRATIVE_SUBJECT_WORDS and doc[k].lower_ not in openers:
        words.append(doc[k])
        k -= 1
    if k < 0 or not words or len(words) > _NARRATIVE_SUBJECT_WORDS:
        return None
    opener = doc[k]
    # « Et » opens the sentence (or follows a line break).
    if opener.i > opener.sent.start and not doc[opener.i - 1].is_space:
        prev = doc[opener.i - 1].text
        if prev not in {".", "!", "?", ";", "…"}:
            return None
    words.reverse()
    if any(t.is_punct and t.text not in {"-", "'", "’"} for t in words):
        return None
    if any(t.pos_ in {"VERB", "AUX"} and "Fin" in t.morph.get("VerbForm", []) for t in words):
        return None
    stressed = language.extra.get("stressed_pronouns", frozenset())
    head = next((t for t in words if t.pos_ in {"NOUN", "PROPN"} or t.lower_ in stressed), None)
    if head is None:
        return None
    last = words[-1]
    return head, words[0].idx, last.idx + len(last)


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


def passive_source(verb: Token, language: LanguageData) -> Token | None:
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
            return impersonal_source(verb, language)
    return None


def impersonal_source(clitic: Token, language: LanguageData) -> Token | None:
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
        # « du côté de X », « au sein de X »: the noun of the locution
        # opens the place; X is it.
        if tok.pos_ in {"NOUN", "PROPN"} and tok.lower_ not in {"côté", "sein"}:
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


def _personal_expletive(child: Token, verb: Token, language: LanguageData) -> bool:
    """« Il précise que … » parsed with « il » as an expletive: a verb of
    saying in the active voice is personal (the impersonal « il » goes with
    a passive, « il est précisé que », or with verbs such as « il s'agit »,
    never before the verb of an attribution), so the clitic is its subject."""
    syntax = language.syntax
    return (
        child.dep_ in syntax.labels("expletive_subject")
        and child.lower_ in language.pronouns
        and child.i < verb.i
        and not any(c.dep_ in syntax.labels("passive_auxiliary") for c in verb.children)
    )


def _adjacent_antecedent(
    antecedent: Token | None, pronoun: Token, language: LanguageData
) -> Token | None:
    """A relative pronoun follows its antecedent: where the parse hung the
    clause on a verb (« …, déplorent les organisations, qui rappellent … »)
    or on a noun that names no source while a person's name stands right
    before the pronoun (« les propos de Jeanne Roy qui accuse … »), the
    noun phrase just before the pronoun is the antecedent."""
    doc = pronoun.doc
    antecedent = past_age(antecedent, language)
    k = pronoun.i - 1
    while k >= 0 and doc[k].is_punct and doc[k].text == ",":
        k -= 1
    if k < 0 or doc[k].pos_ not in {"NOUN", "PROPN"}:
        return antecedent
    before = doc[k]
    names = language.syntax.labels("name_part")
    while before.dep_ in names and before.head.i < before.i:
        before = before.head
    if antecedent is None or antecedent.pos_ in {"VERB", "AUX", "ADJ"}:
        # « plus basses que celles de la préfecture, qui … »: a relative the
        # parser hung on a predicate takes up the noun right before it.
        return before
    if before.i == antecedent.i:
        return antecedent
    extra = language.extra
    sourced = (
        extra.get("role_nouns", frozenset())
        | extra.get("person_nouns", frozenset())
        | extra.get("source_nouns", frozenset())
    )
    person = language.syntax.entity_type(before.ent_type_) == "PER"
    if (
        person
        and antecedent.pos_ == "NOUN"
        and antecedent.lower_ not in sourced
        and antecedent.lemma_ not in sourced
    ):
        return before
    return antecedent


def past_age(antecedent: Token | None, language: LanguageData) -> Token | None:
    """« Solène, 45 ans, employée …, qui trouvait … »: the parser hangs the
    relative on the age set beside the name; the person is the noun the
    age is set beside."""
    ages: frozenset[str] = language.extra.get("age_nouns", frozenset())
    if (
        antecedent is None
        or antecedent.lower_ not in ages
        or not any(c.like_num for c in antecedent.children)
    ):
        return antecedent
    if antecedent.head.i < antecedent.i and antecedent.head.pos_ in {"NOUN", "PROPN"}:
        return antecedent.head
    # Hung elsewhere: the age follows the name and its comma (« X, 45 ans »).
    doc = antecedent.doc
    k = antecedent.left_edge.i - 1
    if k > 0 and doc[k].text == "," and doc[k - 1].pos_ in {"NOUN", "PROPN"}:
        name = doc[k - 1]
        while name.dep_ in language.syntax.labels("name_part") and name.head.i < name.i:
            name = name.head
        return name
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
    ``clitics`` as ``verb_group`` found them, when already known."""
    syntax = language.syntax
    if clitics is None:
        _, clitics = verb_group(verb, syntax)
    if clitics:
        return clitics[0], True, True
    doc = verb.doc
    subjects = syntax.labels("subject", "clausal_subject")
    relatives = syntax.relative_pronouns
    object_only = language.extra.get("object_only_clitics", frozenset())
    candidates = []
    # « Les autorités avaient, elles, comptabilisé … »: a passive subject
    # on a verb with no passive auxiliary is a misread active subject.
    misread_passive = (
        syntax.labels("passive_subject")
        if not any(c.dep_ in syntax.labels("passive_auxiliary") for c in verb.children)
        else frozenset()
    )
    for child in verb.children:
        if (
            child.dep_ in subjects
            or (child.dep_ in misread_passive and child.i < verb.i)
            or _personal_expletive(child, verb, language)
        ):
            if child.text in _CLOSING_MARKS:
                continue  # « “…” se demande X »: the tagger took the mark for a determiner
            lo, hi = sorted((child.i, verb.i))
            if any(t.text in _CLOSING_MARKS for t in doc[lo:hi]) and _quote_ends_between(
                doc, lo, hi
            ):
                # « … », dénoncent X: a subject across the quote is a
                # misparse; a name in marks inside the subject (« le
                # collectif « Les Comptes Bleus » a recensé ») is none.
                continue
            if child.lower_ in object_only and child.i < verb.i:
                continue  # « …, leur a répondu X »: a dative clitic, never a subject
            child = _past_fronted_adjunct(child, syntax)
            candidates.append(child)
    if len(candidates) > 1:
        # Two subjects is a misparse: "which they say sends …" (the relative
        # pronoun is the content verb's), "KASTRO, May 20 - The commission
        # said" (a dateline).  The nearest non-relative one is the verb's.
        plain = [c for c in candidates if not _is_relative(c, relatives)] or candidates
        # « Les organisateurs, parmi lesquels la députée X, ont évoqué … »:
        # the noun of a verbless relative set between commas is one of the
        # subject's members, not the subject.
        plain = [c for c in plain if not _in_verbless_relative(c)] or plain
        candidates = [min(plain, key=lambda c: abs(c.i - verb.i))]
    for child in candidates:
        if _is_relative(child, relatives):
            antecedent = _relative_antecedent(verb, syntax, child)
            return _adjacent_antecedent(antecedent, child, language), False, False
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
                    antecedent = _relative_antecedent(node, syntax, child)
                    return _adjacent_antecedent(antecedent, child, language), False, False
                return child, child.lower_ in language.pronouns, child.i > node.i
    if verb.dep_ in syntax.labels("relative_clause", "clause_modifier") and verb.pos_ != "VERB":
        return _relative_antecedent(verb, syntax), False, False
    # « Le maire décrit la situation comme … »: a present form read as a
    # participle modifying the noun before; a participle so used takes no
    # direct object, so the noun is the subject of a finite verb.
    if (
        verb.dep_ in syntax.labels("clause_modifier")
        and verb.head.i == verb.i - 1
        and verb.head.pos_ in {"NOUN", "PROPN"}
        and any(c.dep_ in syntax.labels("object") and c.i > verb.i for c in verb.children)
        and not any(c.dep_ in syntax.labels("auxiliary") for c in verb.children)
        # « a de son côté décompté … »: the noun ends an adverbial incise
        # between the auxiliary and the participle, no subject.
        and not _ends_incise(verb.head, language.extra.get("np_incises", ()))
    ):
        return verb.head, False, False
    if verb.dep_ in syntax.labels("clause_modifier") and _ends_incise(
        verb.head, language.extra.get("np_incises", ())
    ):
        # « Le rectorat a de son côté décompté … » parsed with the incise's
        # noun for the root: the subject hangs on that noun.
        for child in verb.head.children:
            if child.dep_ in subjects and child.i < verb.head.i:
                return child, child.lower_ in language.pronouns, False
    stray = stray_subject(verb, syntax)
    if stray is not None and stray.lower_ not in object_only and stray.text not in _CLOSING_MARKS:
        return stray, stray.lower_ in language.pronouns, False
    # « Paul Vidal, le porte-parole du parti, parle de … »: the parser hangs
    # the finite verb on the apposition before it as a clause modifier; a
    # finite verb with no relative pronoun opens no relative clause, so the
    # noun phrase before it, apposition and all, is its subject.
    if (
        verb.dep_ in syntax.labels("clause_modifier")
        and verb.morph.get("VerbForm", []) == ["Fin"]
        and verb.head.i < verb.i
        and verb.head.pos_ in {"NOUN", "PROPN"}
        and verb.i > 0
        and verb.doc[verb.i - 1].text == ","
        and not any(c.lower_ in relatives for c in verb.subtree)
    ):
        node = verb.head
        chain = syntax.labels("apposition", "coordination")
        while node.dep_ in chain and node.head.i < node.i:
            node = node.head
        return node, False, False
    coordinated = _coordinated_clause_subject(verb) or _apposed_to_fronted_adjunct(verb, syntax)
    if coordinated is not None:
        return coordinated, False, False
    return None, False, False


def _ends_incise(token: Token, incises: tuple[tuple[str, ...], ...]) -> bool:
    """``token`` is the last word of a short adverbial incise (« de son
    côté », « pour sa part »)."""
    doc = token.doc
    for words in incises:
        first = token.i - len(words) + 1
        if first >= 0 and tuple(t.lower_ for t in doc[first : token.i + 1]) == words:
            return True
    return False


def _past_fronted_adjunct(subject: Token, syntax: SyntaxData) -> Token:
    """« Parmi les 2 870 blessés, l'association dénombre … »: a subject
    behind a preposition is a fronted adjunct the parser misread; the noun
    it hung after the adjunct's comma is the subject."""
    cases = [
        c for c in subject.children if c.dep_ in syntax.labels("adposition") and c.i < subject.i
    ]
    if not cases or subject.pos_ not in {"NOUN", "PROPN"}:
        return subject
    doc = subject.doc
    for child in subject.rights:
        if (
            child.pos_ in {"NOUN", "PROPN"}
            and child.left_edge.i > 0
            and doc[child.left_edge.i - 1].text == ","
            and not any(c.dep_ in syntax.labels("adposition") for c in child.children)
        ):
            return child
    return subject


#: Words of a subject's noun phrase between « et » and its verb (« et la
#: préfecture de police de Paris évoque »: 6).
_COORDINATED_SUBJECT_WORDS = 7


def _coordinated_clause_subject(verb: Token) -> Token | None:
    """« X annoncent 350 000 manifestants, contre … et la préfecture évoque
    76 000 »: the parser hangs the second clause's subject on the first
    clause's figures; a noun phrase opened by a determiner right after a
    coordinator, right before a finite verb with no subject, is its
    subject."""
    if verb.morph.get("VerbForm", []) != ["Fin"]:
        return None
    doc = verb.doc
    first: Token | None = None
    k = verb.i - 1
    while k >= 0 and verb.i - k <= _COORDINATED_SUBJECT_WORDS:
        tok = doc[k]
        if tok.pos_ == "CCONJ":
            break
        if tok.pos_ not in {"NOUN", "PROPN", "DET", "ADP", "ADJ"}:
            return None
        if tok.pos_ in {"NOUN", "PROPN"}:
            first = tok
        k -= 1
    if k < 0 or doc[k].pos_ != "CCONJ" or first is None or doc[k + 1].pos_ != "DET":
        return None
    return first


def _apposed_to_fronted_adjunct(verb: Token, syntax: SyntaxData) -> Token | None:
    """« Plus tard dans la soirée, Yaya Roux, le ministre, a fait état de … »:
    the parser hangs the subject, set off by commas, on the fronted adjunct
    of time or place as its apposition; a finite verb with no subject takes
    the first noun so hung after the adjunct's comma."""
    if verb.morph.get("VerbForm", []) != ["Fin"] and not any(
        c.dep_ in syntax.labels("auxiliary") for c in verb.children
    ):
        return None
    doc = verb.doc
    hung = syntax.labels("apposition", "coordination")
    for adjunct in verb.children:
        if adjunct.i > verb.i or not adjunct.dep_.startswith("obl"):
            continue
        for child in adjunct.children:
            edge = child.left_edge.i
            comma = doc[edge].text == "," or (edge > 0 and doc[edge - 1].text == ",")
            if child.i > adjunct.i and child.dep_ in hung and child.pos_ in {"NOUN", "PROPN"}:
                return child if comma else None
    return None


def _in_verbless_relative(noun: Token) -> bool:
    """``noun`` heads « parmi lesquels X », « dont X »: a relative pronoun
    hung on it before it."""
    return any(
        c.i < noun.i and c.pos_ == "PRON" and "Rel" in c.morph.get("PronType", [])
        for c in noun.children
    )
