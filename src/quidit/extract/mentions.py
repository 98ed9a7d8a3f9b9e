"""Where a speaker mention ends: the noun phrase of a subject or a source,
bounded on the parse (appositions, name parts and modifiers in; relative
clauses, clauses, coordination and date phrases out), by role labels from
the language data."""

from __future__ import annotations

from spacy.tokens import Token

from quidit.lang import SyntaxData


def mention_bounds(head: Token, syntax: SyntaxData) -> tuple[int, int]:
    """Char bounds of the noun phrase headed by ``head``, without relative
    clauses, without what follows a comma unless it is an apposition of a
    name, and without verbs."""
    doc = head.doc
    left = head.left_edge.i
    # « c'est X qui a dit »: the focus of a cleft is the predicate of « est »;
    # its noun phrase starts after the copula, not at the sentence's opening.
    copulas = [c.i for c in head.lefts if c.dep_ == "cop"]
    if copulas:
        left = max(left, copulas[-1] + 1)
    while left < head.i and (doc[left].pos_ == "ADP" or doc[left].lower_ in syntax.complementisers):
        # « sur les articles »: the preposition is not the source; nor the
        # « que » of a comparison (« plus optimistes que celles du
        # gouvernement, qui table sur … »).
        left += 1
    if left + 1 < head.i and doc[left].pos_ == "PRON" and doc[left + 1].text == ",":
        left += 2  # « Parmi eux, Solène »: the group she is picked from is no part
    right = _phrase_right(head, syntax)
    # Trim a trailing comma or opening bracket.
    while right > left and doc[right].is_punct and doc[right].lower_ not in {")", "»", "”", '"'}:
        right -= 1
    while left < right and doc[left].is_punct and doc[left].lower_ not in {"(", "«", "“", '"'}:
        left += 1
    if right > left and doc[right].text == ")" and not any(t.text == "(" for t in doc[left:right]):
        # « 12 500 (selon la préfecture) »: the bracket closes
        # the figure's parenthesis, not a part of the name (« le M23 (…) »).
        right -= 1
    return doc[left].idx, doc[right].idx + len(doc[right])


def _phrase_right(node: Token, syntax: SyntaxData, depth: int = 0) -> int:
    """Index of the last token of ``node``'s noun phrase: its appositions,
    name parts and modifiers, each bounded the same way (so a relative
    clause on a nested noun stays out: "an engineer at the company, who
    spoke …"), and no phrase made only of dates, times or figures ("the
    Bank of Norland on Thursday")."""
    right = node.i
    clause_modifier = syntax.labels("clause_modifier")
    objects = syntax.labels("object")
    stops = syntax.labels(
        "relative_clause",
        "clause_modifier",
        "parataxis",
        "clausal_complement",
        "participle_clause",
        "coordination",
        "coordinator",
    )
    keeps = syntax.labels(
        "apposition", "name_part", "nominal_modifier", "modifier", "fixed", "adposition_object"
    )
    appositions = syntax.labels("apposition", "name_part")
    rights = list(node.rights)
    for n, child in enumerate(rights):
        # « un sondage publié samedi »; not « une personne décrit des tirs »,
        # a finite verb read as a participle (it has an object).
        participle = (
            child.dep_ in clause_modifier
            and child.morph.get("Tense", []) == ["Past"]
            and not any(c.dep_ in objects for c in child.children)
        )
        if participle and child.i == right + 1:
            right = child.right_edge.i  # « un sondage publié samedi »
            counts = [t for t in child.subtree if t.i > child.i and _count_after_comma(t)]
            if counts:
                right = min(right, counts[0].left_edge.i - 2)  # before its comma
            continue
        if child.dep_ in stops:
            break
        if child.dep_ in keeps:
            if _only_figures(child, syntax) or _count_after_comma(child, appositions):
                break
            inner = _phrase_right(child, syntax, depth + 1) if depth < 6 else child.right_edge.i
            right = max(right, inner)
        elif child.dep_ == "punct" and child.lower_ in {")", "»", "”", '"'}:
            right = max(right, child.i)
        elif (
            child.text == ","
            and n + 1 < len(rights)
            and rights[n + 1].dep_ in appositions
            and rights[n + 1].pos_ == "PROPN"
            and rights[n + 1].left_edge.i == child.i + 1
        ):
            continue  # "its coordinator, Inés Calvo": the comma before an apposed name
        else:
            break
    return right


def _count_after_comma(phrase: Token, appositions: frozenset[str] | None = None) -> bool:
    """« D'après les relevés tenus par la fédération, près de 8 000
    coureurs, dont … »: a phrase after a comma that counts in digits
    is the content the source gives, which the parser hung on the source
    as an apposition (or, past a participle, under any label); a
    description of a source counts nothing."""
    doc = phrase.doc
    edge = phrase.left_edge.i
    return (
        (appositions is None or phrase.dep_ in appositions)
        and phrase.pos_ in {"NOUN", "PROPN"}
        and edge > 0
        and doc[edge - 1].text == ","
        and any(c.text[:1].isdigit() and c.i < phrase.i for c in phrase.children)
    )


def _only_figures(phrase: Token, syntax: SyntaxData) -> bool:
    """Every word of the phrase is in an entity that names no source (a
    date, a time, a figure), with the adposition before it."""
    words = [t for t in phrase.subtree if not t.is_punct and t.pos_ != "ADP"]
    return bool(words) and all(t.ent_type_ and not syntax.entity_type(t.ent_type_) for t in words)
