"""Speakers on French copy: whole names, mention bounds, documents and
their issuers, participles, pronouns by salience, « ce dernier ».

Every sentence here is invented (people, places, figures)."""

from __future__ import annotations

import pytest

from quidit.extract.person_names import name_end, name_start
from quidit.lang.fr.mentions import NAME_PARTICLES
from quidit.service import Analyzer

# -- where a name ends (pure) ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "cut", "expected"),
    [
        ("a dit Anke Van de Velde. Elle", "Anke Van", "Anke Van de Velde"),
        ("a dit Hilde Van de weghe, la", "Hilde Van", "Hilde Van de weghe"),
        ("selon Siobhan O'Farrell, la", "Siobhan O'", "Siobhan O'Farrell"),
        ("Gérald Marchais d'Aubigny a dit", "Gérald Marchais", "Gérald Marchais d'Aubigny"),
        ("Sidi Ould Mahmoud Bellal a", "Sidi", "Sidi Ould Mahmoud Bellal"),
        ("Karim ben Salem a dit", "Karim", "Karim ben Salem"),
        # Negative: a name stops before a common noun and before « de » + place.
        ("Paul Arnal de la mairie", "Paul Arnal", "Paul Arnal"),
        ("Paul Arnal a dit", "Paul Arnal", "Paul Arnal"),
        ("Lucie Vernet, de Lyon", "Lucie Vernet", "Lucie Vernet"),
    ],
)
def test_name_end(text: str, cut: str, expected: str) -> None:
    start = text.index(cut)
    assert text[start : name_end(text, start + len(cut), NAME_PARTICLES)] == expected


@pytest.mark.parametrize(
    ("text", "cut", "expected"),
    [
        # A compound first name cut after its hyphen.
        ("Par ailleurs, Jean-Baptiste Morel a dit", "Baptiste Morel", "Jean-Baptiste Morel"),
        ("selon Anne-Marie-Louise Roy, la", "Louise Roy", "Anne-Marie-Louise Roy"),
        # Negative: a lower-case word before the hyphen is no first name,
        # and a name with no hyphen before it stays as it is.
        ("le néo-Gaulliste Paul Roy", "Gaulliste Paul Roy", "Gaulliste Paul Roy"),
        ("a dit Paul Roy", "Paul Roy", "Paul Roy"),
    ],
)
def test_name_start(text: str, cut: str, expected: str) -> None:
    start = text.index(cut)
    assert text[name_start(text, start) : start + len(cut)] == expected


def test_name_stops_before_a_place() -> None:
    text = "Hugo Berthier de Valmont a dit"
    place = text.index("Valmont")
    end = name_end(text, len("Hugo Berthier"), NAME_PARTICLES, frozenset({place}))
    assert text[:end] == "Hugo Berthier"


# -- on the engine -------------------------------------------------------------


def run(analyzer: Analyzer, text: str) -> list[tuple[str, str | None]]:
    from quidit.records import Article

    a = analyzer.analyze(Article(id="t", text=text, lang="fr"))
    return [(q.content.text, q.speaker.name) for q in a.quotes]


def names(analyzer: Analyzer, text: str) -> list[str | None]:
    return [name for _, name in run(analyzer, text)]


CASES = [
    # Names whole: a particle, an apostrophe, a title alone.
    (
        "« Les travaux avancent bien », a déclaré la porte-parole de la mairie, Anke Van de Velde.",
        ["Anke Van de Velde"],
    ),
    (
        "« Nous restons prudents », a déclaré Siobhan O'Farrell, directrice du programme.",
        ["Siobhan O'Farrell"],
    ),
    # Mention bounds: no circumstance, no time.
    (
        "« Le calme est revenu dans la vallée », a annoncé le ministère de "
        "l'Intérieur dans un communiqué.",
        ["le ministère de l'Intérieur"],
    ),
    (
        "La route restera fermée jusqu'à lundi, a indiqué ce jeudi la préfecture du Valcourt.",
        ["la préfecture du Valcourt"],
    ),
    # A document's issuer, when the text names one; else the document.
    (
        "Selon un bilan communiqué par la préfecture, douze personnes ont été blessées.",
        ["la préfecture"],
    ),
    (
        "Selon un rapport de l'armée consulté par notre rédaction, les pertes sont lourdes.",
        ["l'armée"],
    ),
    (
        "Selon le bilan provisoire communiqué par la mairie, 40 maisons ont brûlé.",
        ["la mairie"],
    ),
    (
        "Selon le nouveau bilan de l'accident, trois personnes sont mortes.",
        ["le nouveau bilan de l'accident"],
    ),
    # A participle after a comma shares the main clause's source.
    (
        "Le maire Hervé Lantier a annoncé que le pont fermerait, précisant que "
        "les travaux dureraient trois mois.",
        ["Hervé Lantier", "Hervé Lantier"],
    ),
    # Sources coordinated at the head are one group; a coordination inside
    # a complement is not.
    (
        "« Nous avons trouvé un accord », ont déclaré Anne Roy et Marc Lenoir.",
        ["Anne Roy et Marc Lenoir"],
    ),
    (
        "Selon le ministère de l'Économie et des Finances, la dette a reculé de 2 %.",
        ["le ministère de l'Économie et des Finances"],
    ),
    # An adjective the finder left off.
    (
        "Le pont a été fermé, a-t-on appris mardi de source policière locale.",
        ["source policière locale"],
    ),
    # A description with a name in apposition is that person.
    (
        "Le syndicat des dockers refuse l'accord. Son secrétaire général, Maëlle "
        "Kerbrat, affirme que la grève continuera. « Rien n'est réglé », déplore-t-elle.",
        ["Maëlle Kerbrat", "Maëlle Kerbrat"],
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), CASES)
def test_speakers(analyzer: Analyzer, text: str, expected: list[str]) -> None:
    assert names(analyzer, text) == expected


PRONOUNS = [
    # The main clause's subject, not the que-clause's, nor an object.
    (
        "Le ministre Paul Ostrander a rappelé que le préfet Gilles Marnier restait en "
        "poste. Il a ajouté que les recherches continueraient.",
        "Paul Ostrander",
    ),
    (
        "Alice Fontenoy a salué le travail du maire Thomas Berthelot. « Tout le monde "
        "a fait son devoir », a-t-elle dit.",
        "Alice Fontenoy",
    ),
    # A pronoun subject hands on its own referent.
    (
        "Romain Delsol est arrivé mardi. Il a critiqué le directeur Marc Vidal. "
        "« Ce projet est mal financé », a-t-il conclu.",
        "Romain Delsol",
    ),
    # Left dislocation.
    (
        "La majorité a voté le texte. Quant au Parti vert, il a estimé que le budget "
        "était injuste.",
        "Parti vert",
    ),
    # A pronoun in a subordinate clause set first refers ahead...
    (
        "La marche a eu lieu samedi. Alors qu'elles estimaient que la foule serait "
        "faible, les autorités ont compté 9 000 personnes.",
        "les autorités",
    ),
    # ... but only to a source.
    (
        "Le maire Paul Arnal était confiant. Alors qu'il affirmait que le pont "
        "tiendrait, la route s'est effondrée.",
        "Paul Arnal",
    ),
    # The person the quote names in the third person is not its speaker.
    (
        "Le président de la fédération a félicité le ministre, Jules Arnoult. « Le "
        "ministre Arnoult a fait un travail remarquable », a-t-il souligné.",
        "Le président de la fédération",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), PRONOUNS)
def test_pronoun_salience(analyzer: Analyzer, text: str, expected: str) -> None:
    got = names(analyzer, text)
    assert got and got[-1] is not None
    assert got[-1].lower() == expected.lower()


@pytest.mark.slow
def test_ce_dernier_is_the_last_named(analyzer: Analyzer) -> None:
    text = (
        "La banque relèvera sa prévision, a annoncé son gouverneur, Étienne Morvan. "
        "Ce dernier estime que la croissance reviendra dès l'automne."
    )
    assert names(analyzer, text)[-1] == "Étienne Morvan"


CONTEXT = [
    # No cue: the subject of the sentence before, through its pronoun.
    (
        "Léa Morin a longtemps entraîné l'équipe nationale. Elle a quitté son poste "
        "en juin.\n\n« Je ne regrette rien de ces années. »",
        ["Léa Morin"],
    ),
    # The sentence before is an attribution: the same speaker goes on.
    (
        "« Le budget est prêt », a déclaré Paul Girard. « Il sera voté en mai. »",
        ["Paul Girard", "Paul Girard"],
    ),
    # A new person introduced between two quotes takes the second.
    (
        "« Nous avons gagné », a dit Paul Girard.\n\nSon adjoint, Marc Tessier, "
        "était plus réservé.\n\n« Il reste beaucoup à faire. »",
        ["Paul Girard", "Marc Tessier"],
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), CONTEXT)
def test_quote_with_no_cue_takes_its_speaker_from_context(
    analyzer: Analyzer, text: str, expected: list[str]
) -> None:
    assert names(analyzer, text) == expected
