"""Who each source is: kind, anonymity and gender, on invented sentences."""

from __future__ import annotations

import entity_rows
import pytest

from quidit.extract.attributes import attribute_data, first_name_gender, kind_of
from quidit.records import Entity

_entities = entity_rows.entities
_find = entity_rows.find


@pytest.mark.parametrize(
    ("name", "type_", "kind"),
    [
        ("le ministère de la Mer", "ORG", "government"),
        ("la préfecture du Lys", "ORG", "government"),
        ("les manifestants", None, "group"),
        ("des habitants", None, "group"),
        ("les syndicats", "ORG", "group"),
        ("l'Union des dockers et la préfecture", "ORG", "group"),
        ("le syndicat des pêcheurs", "ORG", "organisation"),
        ("un nouveau bilan", None, "document"),
        ("le rapport de l'Observatoire", "ORG", "document"),
        ("l'AFP", "ORG", "media"),
        ("le journal local", None, "media"),
        ("Moscou", "GPE", "government"),
        ("la porte-parole de la mairie", None, "person"),
        ("une source sécuritaire", None, "person"),
        ("Odile Carrasco", "PER", "person"),
        ("Brasserie Fontaine", "ORG", "organisation"),
    ],
)
def test_kind_from_head_noun_known_name_or_type(name: str, type_: str | None, kind: str) -> None:
    data = attribute_data("fr")
    assert data is not None
    assert kind_of(Entity("e1", name, type_), data) == kind


@pytest.mark.parametrize(
    ("first", "gender"),
    [
        *[("Clémentine", "female"), ("Thibault", "male"), ("Aïcha", "female"), ("Moussa", "male")],
        *[("Babacar", "male"), ("Abdourahmane", "male"), ("Djeneba", "female")],
        *[("Adama", ""), ("Mame", "")],
        *[("Dominique", ""), ("Camille", ""), ("Claude", ""), ("Vernay", "")],
        # Common in the news French covers, absent from the packages.
        *[("Ikram", "female"), ("Hadiza", "female"), ("Chrystia", "female")],
        *[("Issoufou", "male"), ("Macky", "male"), ("Assimi", "male")],
        # A woman's name in the Maghreb, which the package gives to men.
        ("Amel", "female"),
        # Either way where French-language news meets them; a family name.
        *[("Yacine", ""), ("Lin", ""), ("Nana", ""), ("Manel", ""), ("Touré", "")],
    ],
)
def test_first_names_only_when_unambiguous(first: str, gender: str) -> None:
    assert first_name_gender(first, attribute_data("fr")) == gender


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "who", "gender", "evidence"),
    [
        # Titles.
        ("« Le pont sera rouvert », a déclaré Mme Pelletan lundi.", "Pelletan", "female", "Mme"),
        ("« Le pont sera rouvert », a déclaré M. Dominique Arvel.", "Arvel", "male", "M."),
        # A feminine description, agreement, a pronoun.
        (
            "La porte-parole de la mairie, Dominique Sarlat, a annoncé que la route rouvrirait.",
            "Sarlat",
            "female",
            "porte-parole",
        ),
        (
            "Camille Ferrandis s'est dite favorable au projet. « C'est une chance », a-t-elle dit.",
            "Ferrandis",
            "female",
            "",
        ),
        (
            "« Nous tiendrons », a affirmé Claude Brunel. « Rien n'est perdu », a-t-il ajouté.",
            "Brunel",
            "male",
            "a-t-il",
        ),
        # « l'une des », unless the noun's gender is fixed.
        (
            "« Le délai est trop court », a dit l'une des responsables du collectif, "
            "Dominique Varenne.",
            "Varenne",
            "female",
            "l'une des",
        ),
        # A first name, when the text says nothing.
        ("« Rien n'est décidé », a déclaré Clémentine Auberval.", "Auberval", "female", "first"),
        # Nothing decides: unknown, never a guess.
        ("« Rien n'est décidé », a déclaré Dominique Lestrade.", "Lestrade", "unknown", "none"),
    ],
)
def test_gender_from_the_text_first(analyzer, text, who, gender, evidence) -> None:
    e = _find(_entities(analyzer, text), who)
    assert e.kind == "person"
    assert e.gender == gender
    assert evidence in (e.gender_evidence or "")


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "who", "anonymous"),
    [
        ("« Le dossier est vide », a affirmé une source proche de l'enquête.", "source", True),
        ("« Le dossier est vide », a affirmé un témoin.", "témoin", True),
        (
            "« Tout sera revu », a indiqué un responsable de la mairie, qui a requis l'anonymat.",
            "responsable",
            True,
        ),
        ("« Le dossier est vide », a affirmé le procureur.", "procureur", False),
        ("« Le dossier est vide », a affirmé Odile Carrasco.", "Carrasco", False),
    ],
)
def test_anonymous_sources(analyzer, text: str, who: str, anonymous: bool) -> None:
    e = _find(_entities(analyzer, text), who)
    assert e.anonymous is anonymous
    if e.kind == "person" and anonymous and "témoin" in e.name:
        assert e.gender == "unknown"  # « un témoin » is masculine whoever speaks


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "who", "gender", "anonymous"),
    [
        ('"We will rebuild," said Ms Harlow.', "Harlow", "female", False),
        ('"We will rebuild," said Mr Dane Oakes.', "Oakes", "male", False),
        ('"We will rebuild," said Robin Fairley.', "Fairley", "unknown", False),
        ('"The plan is dead," a senior official said.', "official", "unknown", True),
    ],
)
def test_english(analyzer, text: str, who: str, gender: str, anonymous: bool) -> None:
    e = _find(_entities(analyzer, text, "en"), who)
    assert (e.gender, e.anonymous) == (gender, anonymous)


@pytest.mark.parametrize(
    ("name", "type_", "kind"),
    [
        # A name, then a compound person noun after the comma.
        ("Lemaire, une enseignante-chercheuse", "ORG", "person"),
        # Plural common nouns the lists lack: people together.
        ("des vacanciers", "MISC", "group"),
        ("des festivaliers", "ORG", "group"),
        ("les Casques bleus", "ORG", "organisation"),
        # Armed movements named in the plural are one organisation.
        ("les rebelles", None, "organisation"),
        # The head comes before « des »: a union of growers is a union.
        ("l'Union des maraîchers", "ORG", "organisation"),
        ("une résidente du quartier des Tanneurs", "LOC", "person"),
        # « et » inside a complement joins no sources; between two sources it does.
        ("le directeur de l'Institut de la pêche et des études marines", None, "person"),
        ("le maire de Vernay et la préfète", None, "group"),
        ("le ministère de la Mer et des Ports", "ORG", "government"),
    ],
)
def test_kind_of_descriptions_fr(name: str, type_: str | None, kind: str) -> None:
    data = attribute_data("fr")
    assert data is not None
    assert kind_of(Entity("e1", name, type_), data) == kind


@pytest.mark.parametrize(
    ("name", "type_", "kind"),
    [
        # English compounds end on their head; a genitive stands for a determiner.
        ("The city's new fire chief", "ORG", "person"),
        ("the harbour police", "ORG", "government"),
        ("Harbour security officials", "ORG", "group"),
        ("the insurgents", None, "organisation"),
    ],
)
def test_kind_of_descriptions_en(name: str, type_: str | None, kind: str) -> None:
    data = attribute_data("en")
    assert data is not None
    assert kind_of(Entity("e1", name, type_), data) == kind


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "who", "gender", "evidence"),
    [
        # An epicene office takes the gender of its adjective.
        (
            "« Nous irons jusqu'au bout », a prévenu Dominique Lestrade, secrétaire général "
            "du syndicat des dockers.",
            "Lestrade",
            "male",
            "secrétaire général",
        ),
        # « l'une des » after the name, as before it.
        (
            "« Le délai est trop court », a dit Dominique Varenne, l'une des responsables "
            "du collectif.",
            "Varenne",
            "female",
            "l'une des",
        ),
        # The determiner over a capitalised adjective.
        (
            "La Première ministre, Dominique Arvel, a annoncé un plan. « Il sera voté », "
            "a-t-elle dit.",
            "Arvel",
            "female",
            "",
        ),
        # A description ending on a body: the body's name elsewhere says nothing of her.
        (
            "Marc Tellier, secrétaire général de l'Union des dockers, a parlé lundi. « La grève "
            "continue », estime une porte-parole de l'Union des dockers.",
            "une porte-parole",
            "female",
            "une porte-parole",
        ),
        # A masculine form and a pronoun, two independent words, outweigh a
        # first name (a family name written first, « Lin »).
        (
            "Le porte-parole du ministère, Lin Tao, a démenti. « Rien n'a été signé », "
            "a-t-il ajouté.",
            "Lin Tao",
            "male",
            "porte-parole",
        ),
        # A noun of fixed gender: its agreement says nothing of the person.
        (
            "« Le toit s'est effondré », a raconté une personne présente, interrogée sur place.",
            "personne",
            "unknown",
            "none",
        ),
        # A pronoun after another person's name is not read.
        (
            "« Le chantier reprendra », a déclaré Dominique Varenne, qui a reçu Jean Morel "
            "lundi. « Rien n'est signé », a-t-il ajouté.",
            "Varenne",
            "unknown",
            "none",
        ),
    ],
)
def test_gender_evidence_fr(analyzer, text, who, gender, evidence) -> None:
    e = _find(_entities(analyzer, text), who)
    assert e.kind == "person"
    assert e.gender == gender
    assert evidence in (e.gender_evidence or "")


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "who", "gender"),
    [
        # "spokesman" is written of women too: alone against a first name it
        # decides nothing.
        ('"The ferry will run," said council spokesman Harriet Vance.', "Vance", "unknown"),
        ('"The ferry will run," said council spokeswoman Harriet Vance.', "Vance", "female"),
        ('"The ferry will run," said Mr Harriet Vance.', "Vance", "male"),
        # A pronoun for the person named last is the text's word: it beats
        # the list (which gives "Jordan" as male).
        (
            'Tenants\' chair Jordan Quill said the plan ignored them. "We asked for a park," '
            "she said.",
            "Quill",
            "female",
        ),
    ],
)
def test_weak_words_yield_to_a_first_name(analyzer, text, who, gender) -> None:
    assert _find(_entities(analyzer, text, "en"), who).gender == gender


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "lang", "who", "anonymous"),
    [
        # A definite description after named people stands for one of them.
        (
            "Odile Carrasco et Jean Morel ont voté contre. « C'est une erreur », a tranché "
            "la députée écologiste.",
            "fr",
            "députée",
            False,
        ),
        # Unless an indefinite one introduced it: still unnamed.
        (
            "Jean Morel a présidé la séance. Une riveraine a pris la parole. « Nous avons "
            "peur », a dit la riveraine.",
            "fr",
            "riveraine",
            True,
        ),
        # Nobody named before it: unnamed.
        ("« Nous avons peur », a dit la riveraine.", "fr", "riveraine", True),
        ('"It was close," one Norland official told the newspaper.', "en", "official", True),
        (
            'Helen Marsh chairs the board. "We will not sell," the executive said.',
            "en",
            "executive",
            False,
        ),
    ],
)
def test_anonymous_descriptions(analyzer, text, lang, who, anonymous) -> None:
    assert _find(_entities(analyzer, text, lang), who).anonymous is anonymous


@pytest.mark.parametrize(
    ("name", "type_", "anonymous"),
    [
        # A name after the office, whatever the parser's label.
        ("Harbourline Chief Executive Mara J. Quell", "ORG", False),
        ("a Harbourline executive", "ORG", True),
    ],
)
def test_a_name_after_the_description_is_no_anonymous_source(name, type_, anonymous) -> None:
    from quidit.extract.attributes import is_anonymous

    data = attribute_data("en")
    assert data is not None
    e = Entity("e1", name, type_)
    assert is_anonymous(e, kind_of(e, data), [], name.lower(), data) is anonymous


def test_an_mp_is_a_person() -> None:
    data = attribute_data("en")
    assert data is not None
    assert kind_of(Entity("e1", "The Labour MP", "ORG"), data) == "person"


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "lang", "who", "gender"),
    [
        # The subject pronoun of the clause a speaker's verb reports.
        (
            "The harbour chief said she would close the quay because of the storm.",
            "en",
            "harbour chief",
            "female",
        ),
        (
            "Dominique Arvel a affirmé qu'elle ne céderait pas sur le budget du port.",
            "fr",
            "Arvel",
            "female",
        ),
        # No pronoun in the reported clause: nothing.
        ("Dominique Arvel a affirmé que le port ne céderait pas.", "fr", "Arvel", "unknown"),
    ],
)
def test_pronoun_of_the_reported_clause(analyzer, text, lang, who, gender) -> None:
    assert _find(_entities(analyzer, text, lang), who).gender == gender
