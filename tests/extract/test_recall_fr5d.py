"""Direct and mixed quotes of French news that the engine missed or
misattributed (issue 11, recall, fifth round). Own sentences, invented
names, each phenomenon with negative cases."""

from __future__ import annotations

import pytest
import quote_rows

from quidit.lang.fr.conjugation import regular_forms

pytestmark = pytest.mark.slow


def rows(analyzer, text: str) -> list[tuple[str, str, str | None, str | None]]:  # type: ignore[no-untyped-def]
    return quote_rows.quotes(analyzer, text, lang="fr")


def quotes(analyzer, text: str) -> list[tuple[str, str | None, str | None]]:  # type: ignore[no-untyped-def]
    return [row[1:] for row in rows(analyzer, text)]


# A reflexive incise whose verb the tagger reads as an adjective
# (« s’indigne », « s’inquiète »): after the clitic only a verb can stand.
REFLEXIVE_MISREAD = [
    (
        "« Nous avons attendu quatre heures sous la pluie », s’indigne Lucie Ferrand.",
        ("Nous avons attendu quatre heures sous la pluie", "s’indigne", "Lucie Ferrand"),
    ),
    (
        "« Personne ne nous a prévenus de la fermeture », s’inquiète la directrice du foyer.",
        ("Personne ne nous a prévenus de la fermeture", "s’inquiète", "la directrice du foyer"),
    ),
    (
        "« Le dossier est vide depuis le début », s’indigne M. Berthaud.",
        ("Le dossier est vide depuis le début", "s’indigne", "M. Berthaud"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), REFLEXIVE_MISREAD)
def test_reflexive_incise_read_as_adjective(analyzer, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in quotes(analyzer, text)


# Negative: « s’il » is « si » elided, no incise; a title in marks with an
# adjective after it attributes nothing.
REFLEXIVE_NEGATIVE = [
    "Le club ira jusqu’au bout de la « Coupe des régions », s’il le faut.",
    "Le roman « Les Grèves » , indigne de son auteur, a été retiré des ventes.",
]


@pytest.mark.parametrize("text", REFLEXIVE_NEGATIVE)
def test_no_reflexive_incise(analyzer, text: str) -> None:  # type: ignore[no-untyped-def]
    assert all(cue in (None, "") or "indign" not in cue for _, cue, _ in quotes(analyzer, text))
    assert all(speaker is None or speaker != "il" for _, _, speaker in quotes(analyzer, text))


# -eler verbs that take a grave accent (« martèle »): the cue is found in
# the present too, in an incise inside the marks and after them.
def test_grave_accent_forms() -> None:
    assert {"martèle", "martèlent"} <= regular_forms("marteler")
    assert "allègue" in regular_forms("alléguer")
    assert "appelle" in regular_forms("appeler")


MARTELE = [
    (
        "« Le vrai sujet est de savoir où va l'argent, martèle Hugo Lestrade. "
        "Nous formons trop peu d'enseignants. »",
        (
            "Le vrai sujet est de savoir où va l'argent, martèle Hugo Lestrade. "
            "Nous formons trop peu d'enseignants.",
            "martèle",
            "Hugo Lestrade",
        ),
    ),
    (
        "« Aucun poste ne sera supprimé », martèle la présidente de la région.",
        ("Aucun poste ne sera supprimé", "martèle", "la présidente de la région"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), MARTELE)
def test_martele_is_a_cue(analyzer, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in quotes(analyzer, text)


# A quotation with its own incise, then, in the same sentence, a clitic
# incise inside a relative clause before a second pair of marks: each pair
# keeps its own incise (the second incise does not read the sentence
# before it, first quotation included, as its content).
TWO_INCISES = [
    (
        "« Les écoles ne sont pas des champs de bataille », a insisté le ministre Paul "
        "Vernier, avant de condamner ces violences qui, promet-il, « seront "
        "sanctionnées ».",
        [
            ("Les écoles ne sont pas des champs de bataille", "a insisté", "Paul Vernier"),
            ("seront sanctionnées", "promet", "Paul Vernier"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), TWO_INCISES)
def test_each_pair_keeps_its_incise(analyzer, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    found = quotes(analyzer, text)
    for row in expected:
        assert row in found


# Negative: a clitic incise with no quotation before it in its sentence
# still reads the whole sentence as its content.
CLITIC_INCISE_KEPT = [
    (
        "Le chantier, dit-il, reprendra au printemps.",
        ("indirect", "Le chantier, dit-il, reprendra au printemps", "dit"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), CLITIC_INCISE_KEPT)
def test_clitic_incise_alone(analyzer, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in [row[:3] for row in rows(analyzer, text)]


# Round-ups of reactions and interviews: the speaker's name on a line of
# its own (a team or a role after it), then a paragraph that is one
# quotation.
NAME_LINES = [
    (
        "Les réactions après le match\n\nAlain Prévost (Rennes)\n\n« On a fait un bon "
        "match ce soir. Les joueurs ont tout donné. »\n\nMarc Delorme (Brest)\n\n« Nous "
        "avons manqué de réalisme devant le but. »\n",
        [
            ("On a fait un bon match ce soir. Les joueurs ont tout donné.", None, "Alain Prévost"),
            ("Nous avons manqué de réalisme devant le but.", None, "Marc Delorme"),
        ],
    ),
    (
        "Ils ont dit\n\nSophie Garnier, maire de Vauclair :\n« Le pont rouvrira avant l’été. »\n",
        [("Le pont rouvrira avant l’été.", None, "Sophie Garnier")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), NAME_LINES)
def test_name_line_above_a_quotation(analyzer, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    found = quotes(analyzer, text)
    for row in expected:
        assert row in found


# Negative: a heading of the writer's, a place or a club above the
# quotation names no speaker; a quotation that does not fill its paragraph
# keeps its own attribution.
NAME_LINE_NEGATIVE = [
    "Les réactions après le match\n\n« On a fait un bon match ce soir. »\n",
    "Crise à Vauclair\n\n« On a fait un bon match ce soir. »\n",
    "Le FC Vauclair\n\n« On a fait un bon match ce soir. »\n",
]


@pytest.mark.parametrize("text", NAME_LINE_NEGATIVE)
def test_no_name_line(analyzer, text: str) -> None:  # type: ignore[no-untyped-def]
    assert all(speaker is None for _, _, speaker in quotes(analyzer, text))


def test_name_line_yields_to_incise(analyzer) -> None:  # type: ignore[no-untyped-def]
    text = "Alain Prévost (Rennes)\n\n« On a fait un bon match ce soir », selon Jean Morel.\n"
    assert ("On a fait un bon match ce soir", "selon", "Jean Morel") in quotes(analyzer, text)


# A closing curly mark read as the determiner subject of the incise verb
# (« “…?” se demande X »): a quotation mark is never a subject; the noun
# after the verb is.
MARK_AS_SUBJECT = [
    (
        "Les étals sont désertés. “Où est passé le beurre ?” se demande le quotidien "
        "régional Le Courrier.",
        ("Où est passé le beurre ?", "se demande", "Le Courrier"),
    ),
    (
        "Les étals sont désertés. « Où est passé le beurre ? » se demande le quotidien "
        "régional Le Courrier.",
        ("Où est passé le beurre ?", "se demande", "Le Courrier"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), MARK_AS_SUBJECT)
def test_closing_mark_is_no_subject(analyzer, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    found = quotes(analyzer, text)
    assert any(c == expected[0] and cue == expected[1] for c, cue, _ in found)
    assert all(speaker is None or "”" not in speaker for _, _, speaker in found)


# Negative: a title in marks that is the subject of its verb stays no quote
# of anyone's (« “Les Rayons” a reçu … »).
def test_title_subject_still_no_quote(analyzer) -> None:  # type: ignore[no-untyped-def]
    text = "Le film “Les Rayons vides” a reçu trois prix au festival de Vauclair."
    assert quotes(analyzer, text) == []
