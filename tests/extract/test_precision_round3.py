"""Precision and content bounds, third round (extract/polarity.py,
content_cuts.at_sentence_breaks, adjuncts, elliptic): a negated verb of
telling and the writer's « Rappelons que » report nothing; an indirect
content is one sentence and stops before a colon that opens a quotation
and before a closing inverted incise. Sentences written for these tests,
with the readings that must stay found."""

from __future__ import annotations

import pytest
import quote_rows

pytestmark = pytest.mark.slow


def quotes(analyzer, text: str) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return [(kind, content) for kind, content, _, _ in quote_rows.quotes(analyzer, text)]


NOT_QUOTES = [
    # a verb of telling under negation
    (
        "La porte-parole n'a toutefois pas confirmé que le ministre viendrait à Brest.",
        "le ministre viendrait à Brest",
    ),
    ("Le maire n'a jamais dit que la piscine fermerait en juin.", "la piscine fermerait en juin"),
    (
        "Personne n'a annoncé que le festival de Lorient était annulé.",
        "le festival de Lorient était annulé",
    ),
    (
        "Les pompiers ont déclaré qu'il n'y avait aucun indice suggérant que l'incendie "
        "était criminel.",
        "l'incendie était criminel",
    ),
    # the writer addressing the reader
    (
        "Rappelons que Jeanne Morvan avait quitté le conseil municipal en 2019.",
        "Jeanne Morvan avait quitté le conseil municipal en 2019",
    ),
    (
        "Et notons que le budget de Vannes a doublé en dix ans.",
        "le budget de Vannes a doublé en dix ans",
    ),
]


@pytest.mark.parametrize(("text", "words"), NOT_QUOTES)
def test_reports_nothing(analyzer, text: str, words: str) -> None:  # type: ignore[no-untyped-def]
    assert words not in [content for _, content in quotes(analyzer, text)]


FOUND = [
    # negation that leaves the report standing: an opinion, a negated
    # content, a subject « nous »
    (
        "Le syndicat ne pense pas que la réforme passera au Sénat.",
        ("indirect", "la réforme passera au Sénat"),
    ),
    (
        "Le préfet n'estime pas que la situation soit tendue à Quimper.",
        ("indirect", "la situation soit tendue à Quimper"),
    ),
    (
        "Le maire a confirmé que la piscine ne fermerait pas en juin.",
        ("indirect", "la piscine ne fermerait pas en juin"),
    ),
    (
        "Nous rappelons que le site est fermé au public, a précisé la mairie de Dinan.",
        ("indirect", "le site est fermé au public"),
    ),
    # a closing inverted incise is another attribution, out of the content
    (
        "Il ne croit pas que le projet aboutira avant 2030, a-t-il dit.",
        ("indirect", "le projet aboutira avant 2030"),
    ),
    (
        "Elle entend rappeler aux élus qu'ils doivent attendre le vote du conseil, "
        "a-t-elle également précisé à la radio locale.",
        ("indirect", "ils doivent attendre le vote du conseil"),
    ),
    # one sentence: a full stop or a colon before a quotation ends the content
    (
        "Pour l'entraîneuse, c'est la défense qui a flanché. « Nous avons manqué de "
        "rigueur derrière. »",
        ("indirect", "c'est la défense qui a flanché"),
    ),
    (
        "Pour l'entraîneuse, c'est la défense qui a flanché. « Nous avons manqué de "
        "rigueur derrière. »",
        ("direct", "Nous avons manqué de rigueur derrière."),
    ),
    (
        "Le capitaine estime que l'équipe a manqué de rythme : « On n'a jamais su accélérer. »",
        ("indirect", "l'équipe a manqué de rythme"),
    ),
    (
        "Le capitaine estime que l'équipe a manqué de rythme : « On n'a jamais su accélérer. »",
        ("direct", "On n'a jamais su accélérer."),
    ),
    # negative: an initial or a title is no sentence end; a list after a
    # colon with no marks stays in the content
    (
        "Selon M. Le Gall, la route de Pontivy sera rouverte lundi.",
        ("indirect", "la route de Pontivy sera rouverte lundi"),
    ),
    (
        "Le rapport estime que deux choses manquent à la commune : des bras et de l'argent.",
        ("indirect", "deux choses manquent à la commune : des bras et de l'argent"),
    ),
    (
        "Le président a assuré que la ville de Lannion « n'a pas cédé. Elle ne cédera pas ».",
        ("mixed", "la ville de Lannion « n'a pas cédé. Elle ne cédera pas »"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), FOUND)
def test_found(analyzer, text: str, expected: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in quotes(analyzer, text)


ADJUNCT_BOUNDS = [
    # an adposition that attributes nothing (« pour la journée ») bounds no
    # content of the trailing « selon X »
    (
        "Quelque 300 trains ont été supprimés pour la journée de lundi, au départ de Rennes, "
        "selon la SNCF.",
        (
            "indirect",
            "Quelque 300 trains ont été supprimés pour la journée de lundi, au départ de Rennes",
        ),
    ),
    # one clause holds both figures: « contre » is no ellipsis there
    (
        "La région aura une croissance de 2,1 % en 2025, contre 1,4 % en 2024, d'après un "
        "rapport de la banque régionale.",
        ("indirect", "La région aura une croissance de 2,1 % en 2025, contre 1,4 % en 2024"),
    ),
    (
        "Le chômage est de 6,2 % en mai, contre 6,5 % en avril, selon l'institut.",
        ("indirect", "Le chômage est de 6,2 % en mai, contre 6,5 % en avril"),
    ),
    # negative: a clause that counts a figure sets it against another
    # source's (an ellipsis)
    (
        "Les syndicats ont enregistré 12 000 manifestants, contre 4 300 pour la police.",
        ("indirect", "4 300"),
    ),
    (
        "Selon la CGT, 9 000 personnes ont défilé, contre 2 100 selon la préfecture.",
        ("indirect", "2 100"),
    ),
    # a bare figure before « , selon X, » is a figure of its own
    (
        "12 000, selon la police, 30 000 selon les organisateurs, les chiffres divergent.",
        ("indirect", "12 000"),
    ),
    (
        "12 000, selon la police, 30 000 selon les organisateurs, les chiffres divergent.",
        ("indirect", "30 000"),
    ),
    # negative: a clause before « , selon X, » stays whole
    (
        "Les pirates auraient, selon la gendarmerie, exploité une faille du réseau.",
        ("indirect", "Les pirates auraient, selon la gendarmerie, exploité une faille du réseau"),
    ),
    # a connective locution before the adjunct
    (
        "Par ailleurs, selon la mairie, la piscine de Morlaix rouvrira en juin.",
        ("indirect", "la piscine de Morlaix rouvrira en juin"),
    ),
    (
        "En outre, selon le syndicat, « rien n'est réglé à l'usine ».",
        ("direct", "rien n'est réglé à l'usine"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), ADJUNCT_BOUNDS)
def test_adjunct_bounds(analyzer, text: str, expected: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in quotes(analyzer, text)


def test_fragment_of_a_mixed_quote_is_not_read_again(analyzer) -> None:  # type: ignore[no-untyped-def]
    text = (
        "La maire indique que ses administrés « vivent une période difficile. » « Nous avons "
        "perdu trois commerces en un an », explique Anne Kerbrat."
    )
    found = quotes(analyzer, text)
    assert ("mixed", "ses administrés « vivent une période difficile. »") in found
    assert ("direct", "vivent une période difficile.") not in found
    assert ("direct", "Nous avons perdu trois commerces en un an") in found


def test_infinitive_inside_marks_is_the_direct_quote(analyzer) -> None:  # type: ignore[no-untyped-def]
    text = "Le préfet exhorte « les habitants à rester chez eux pendant la tempête »."
    found = quotes(analyzer, text)
    assert ("direct", "les habitants à rester chez eux pendant la tempête") in found
    assert len(found) == 1


def test_nested_attribution_inside_a_mixed_quote_stays(analyzer) -> None:  # type: ignore[no-untyped-def]
    text = "Selon notre correspondant, le général a affirmé que « trois villages ont été repris »."
    assert ("direct", "trois villages ont été repris") in quotes(analyzer, text)


CLEFTS = [
    (
        "Les travaux du port de Concarneau dureront deux ans. C'est ce qu'a déclaré "
        "le maire, Yann Le Bihan.",
        ("indirect", "Les travaux du port de Concarneau dureront deux ans"),
    ),
    (
        "La ligne de bus sera prolongée. C'est, en substance, ce qu'affirme la présidente "
        "de la métropole.",
        ("indirect", "La ligne de bus sera prolongée"),
    ),
    (
        "Les loyers vont baisser. C'est en tout cas ce que révèle une étude publiée mardi.",
        ("indirect", "Les loyers vont baisser"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), CLEFTS)
def test_cleft_points_back(analyzer, text: str, expected: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    found = quotes(analyzer, text)
    assert expected in found
    assert len(found) == 1  # what follows the verb is its subject, no content


def test_cleft_needs_a_sentence_start(analyzer) -> None:  # type: ignore[no-untyped-def]
    assert quotes(analyzer, "Le maire a fait ce qu'il a dit pendant la campagne.") == []


def test_connective_before_an_introducing_incise(analyzer) -> None:  # type: ignore[no-untyped-def]
    text = "Enfin, dit encore l'avocate : « Mes clientes attendent la vérité. »"
    found = quotes(analyzer, text)
    assert ("indirect", "Enfin") not in found
    assert ("direct", "Mes clientes attendent la vérité.") in found


FRONTED = [
    # a fronted adjunct right after « qu' »: the clause after it is the content
    (
        "La gendarmerie a estimé qu'à Lorient il y avait 4 000 personnes au défilé.",
        ("indirect", "à Lorient il y avait 4 000 personnes au défilé"),
    ),
    # negative: the speaker's own act after a comma stays out
    (
        "Le maire a assuré que la route de Dinard rouvrirait, en soulignant que les "
        "travaux sont finis.",
        ("indirect", "la route de Dinard rouvrirait"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), FRONTED)
def test_fronted_adjunct_in_que_clause(analyzer, text: str, expected: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in quotes(analyzer, text)


NOUN_PHRASES = [
    # an infinitive that complements a noun of the phrase stays in it
    (
        "Les avocats ont confirmé l'intention du club de porter plainte contre le promoteur.",
        ("indirect", "l'intention du club de porter plainte contre le promoteur"),
    ),
    # negative: a subordinator still ends the phrase
    (
        "L'armée annonce 17 assaillants tués alors que les habitants parlent de civils.",
        ("indirect", "17 assaillants tués"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), NOUN_PHRASES)
def test_noun_phrase_bounds(analyzer, text: str, expected: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in quotes(analyzer, text)


def test_tail_of_a_multiword_cue_is_no_content(analyzer) -> None:  # type: ignore[no-untyped-def]
    text = (
        "« Trois ponts ont été fermés cette nuit », a fait savoir sur son compte Yann Perrot, "
        "chef des secours du département."
    )
    found = quotes(analyzer, text)
    assert found == [("direct", "Trois ponts ont été fermés cette nuit")]


RELATIVES = [
    # « que » as the object of a relative clause on a noun: no completive
    (
        "Les avocats ont dénoncé le caractère absurde d'un procès qu'ils jugent sans fondement.",
        [],
    ),
    # negative: the completive after a noun of the addressee stays
    (
        "Le maire a déclaré à la presse qu'il ne briguerait pas de second mandat.",
        [("indirect", "il ne briguerait pas de second mandat")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), RELATIVES)
def test_relative_que(analyzer, text: str, expected: list[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    assert quotes(analyzer, text) == expected


PAGE_DATES = [
    # a stored page's crawl date before its first paragraph is no content
    (
        " date 2021-05 Ils étaient 4 000 à défiler dans les rues de Quimper, selon la police.",
        ("indirect", "Ils étaient 4 000 à défiler dans les rues de Quimper"),
    ),
    (
        " date 2020-11 D'après la préfecture, la digue de Saint-Malo a tenu.",
        ("indirect", "la digue de Saint-Malo a tenu"),
    ),
    # negative: a date inside the text stays (« La date 2021 … » is no page date)
    (
        "Le rapport publié en 2021 montre que la date limite a été repoussée, selon le syndicat.",
        (
            "indirect",
            "Le rapport publié en 2021 montre que la date limite a été repoussée",
        ),
    ),
]


@pytest.mark.parametrize(("text", "expected"), PAGE_DATES)
def test_page_date(analyzer, text: str, expected: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in quotes(analyzer, text)


def test_inverted_subject_is_not_a_noun_phrase_content(analyzer) -> None:  # type: ignore[no-untyped-def]
    text = (
        "« Du vent, de la poudre aux yeux », a de son côté estimé le chef de file du parti, "
        "Jean Dufresne, dénonçant le retour de la rigueur « toujours payée par les salariés »."
    )
    found = quotes(analyzer, text)
    assert ("direct", "Du vent, de la poudre aux yeux") in found
    assert not any(content.startswith("le chef de file") for _, content in found)
