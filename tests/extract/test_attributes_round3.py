"""Who each source is, third round: namesakes who share a surname, the
written form of a participle the tagger reads wrong, « l'une d'entre
elles » in vox pops, stations named by « FM » or « TV ».  Every sentence is
invented."""

from __future__ import annotations

import entity_rows
import pytest

from quidit.extract.attributes import attribute_data, is_anonymous, kind_of
from quidit.extract.source_words import one_of_them
from quidit.records import Entity

_entities = entity_rows.entities
_find = entity_rows.find


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "who", "gender"),
    [
        # The father's surname in the daughter's name says nothing of him.
        (
            "Le fondateur du parti, Gérard Vasseur, a publié ses mémoires. Sa fille "
            "Hélène Vasseur, la candidate du mouvement, n'a pas réagi. « Je ne regrette "
            "rien », a expliqué Gérard Vasseur, qui refuse de commenter la campagne.",
            "Gérard",
            "male",
        ),
        (
            "Aminata Kane Diallo, récemment nommée ministre, a déclaré que le président "
            "Ousmane Diallo lui avait confié la réforme.",
            "Kane",
            "female",
        ),
        # « Me » (Maître) is a title the name lists hold as a name too.
        (
            "Catherine Lemaire défend la famille. « Le dossier est vide », a déclaré "
            "l'avocate. Me Lemaire a ajouté qu'elle ferait appel.",
            "Catherine",
            "female",
        ),
        # The surname with a title, or with the entity's own first name, is hers.
        (
            "Hélène Vasseur a présenté son programme à Lille. « Nous irons jusqu'au bout », "
            "a affirmé Mme Vasseur devant ses partisans.",
            "Hélène",
            "female",
        ),
    ],
)
def test_a_namesake_is_someone_else(analyzer, text, who, gender) -> None:
    assert _find(_entities(analyzer, text), who).gender == gender


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "who", "gender"),
    [
        # The written form of the apposed participle decides.
        (
            "Claude Berthier, récemment nommée directrice du port, a déclaré que les "
            "quais seraient rénovés.",
            "Berthier",
            "female",
        ),
        (
            "Claude Berthier, récemment nommé directeur du port, a déclaré que les "
            "quais seraient rénovés.",
            "Berthier",
            "male",
        ),
        # A masculine past participle after « avoir » agrees with nothing.
        (
            "Claude Berthier a annoncé lundi que les quais seraient rénovés.",
            "Berthier",
            "unknown",
        ),
    ],
)
def test_a_participle_by_its_written_form(analyzer, text, who, gender) -> None:
    assert _find(_entities(analyzer, text), who).gender == gender


@pytest.mark.parametrize(
    ("name", "one"),
    [
        ("l'une d'entre elles", "une"),
        ("l'une d'entre eux", "une"),
        ("l'un d'eux", "un"),
        ("L'un d'entre nous", "un"),
        # A plural noun after the link is a description, read elsewhere.
        ("l'une des manifestantes", ""),
        ("l'un des avocats", ""),
        ("l'une d'entre", ""),
    ],
)
def test_one_of_them(name, one) -> None:
    data = attribute_data("fr")
    assert data is not None
    assert one_of_them(name, data) == one


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "who", "kind", "anonymous", "gender"),
    [
        (
            "Des riveraines attendaient devant la mairie. « On nous a oubliées », "
            "lance l'une d'entre elles.",
            "l'une d'entre elles",
            "person",
            True,
            "female",
        ),
        (
            "Quatre secouristes ont témoigné lundi. « La fumée a tout envahi », lance "
            "l'un d'entre eux.",
            "l'un d'entre eux",
            "person",
            True,
            "male",
        ),
    ],
)
def test_one_of_a_group_the_text_leaves_unnamed(
    analyzer, text, who, kind, anonymous, gender
) -> None:
    e = _find(_entities(analyzer, text), who)
    assert (e.kind, e.anonymous, e.gender) == (kind, anonymous, gender)


@pytest.mark.parametrize(
    ("name", "kind", "anonymous"),
    [
        # One of a plural the lists lack: a person of an unnamed group.
        ("l'un des secouristes", "person", True),
        ("l'une des festivalières venues de Rennes", "person", True),
        # One of several bodies is a body.
        ("l'un des syndicats", "organisation", False),
        ("l'une des associations du quartier", "organisation", False),
    ],
)
def test_one_of_a_plural(name, kind, anonymous) -> None:
    data = attribute_data("fr")
    assert data is not None
    e = Entity("e1", name, "ORG")
    got = kind_of(e, data)
    assert (got, is_anonymous(e, got, [], name.lower(), data)) == (kind, anonymous)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "who", "gender"),
    [
        # A compound past with « avoir » under a sentence that opens on a
        # participle agrees with nothing: the title decides.
        (
            "Rappelant les promesses faites par le maire qui avait assuré que la piscine "
            "rouvrirait, Mme Ferrandi a qualifié ces annonces de « mensongères ».",
            "Ferrandi",
            "female",
        ),
        (
            "Rappelant les promesses faites par le maire qui avait assuré que la piscine "
            "rouvrirait, Claude Ferrandi a qualifié ces annonces de « mensongères ».",
            "Ferrandi",
            "unknown",
        ),
    ],
)
def test_a_compound_past_with_avoir_agrees_with_nothing(analyzer, text, who, gender) -> None:
    assert _find(_entities(analyzer, text), who).gender == gender


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        # Stations named by what they are, and news agencies.
        ("Horizon FM", "media"),
        ("Canal Sept TV", "media"),
        ("Télé Vallée", "media"),
        # Not a station: the words must be what the name ends or starts on.
        ("Fondation Horizon", "organisation"),
        # Papers quoted by their title, elided article and all; not a
        # common noun phrase that starts alike.
        ("le JDD", "media"),
        ("L'Équipe", "media"),
        ("l'équipe municipale", "organisation"),
        ("l'agence Belga", "media"),
        ("l'agence officielle APS", "media"),
        ("l'agence de presse officielle", "media"),
        ("l'Agence France-Presse", "media"),
        ("l'agence de presse Chine nouvelle", "media"),
        # A public agency, and a person of a medium, are not media.
        ("l'agence régionale de santé", "government"),
        ("le directeur de l'AFP", "person"),
        ("la famille de la victime", "group"),
    ],
)
def test_kind_by_the_name(name, kind) -> None:
    data = attribute_data("fr")
    assert data is not None
    assert kind_of(Entity("e1", name, "ORG"), data) == kind


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "who", "gender", "evidence"),
    [
        # « Thi » tells even where the name is cut after it, or its family
        # name « Le » was read as an article.
        (
            "« La croissance restera forte », a déclaré Le Thi Mai Lan lors d'un forum.",
            "Thi",
            "female",
            "middle name: Thi",
        ),
        # « Van » opening a name is no middle name (a Dutch particle too).
        (
            "« La croissance restera forte », a déclaré Van Minh Duc lors d'un forum.",
            "Van",
            "unknown",
            "none",
        ),
    ],
)
def test_thi_where_the_family_name_is_lost(analyzer, text, who, gender, evidence) -> None:
    e = _find(_entities(analyzer, text), who)
    assert (e.gender, e.gender_evidence) == (gender, evidence)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("role", "kind", "gender"),
    [
        # Belgian, Québec and court-room roles before a name that goes either
        # way: the role's form or its determiner decides.
        ("l'échevine", "person", "female"),
        ("le mayeur", "person", "male"),
        ("la bourgmestre", "person", "female"),
        ("la coordonnatrice", "person", "female"),
        ("la prévenue", "person", "female"),
        ("la psychiatre", "person", "female"),
        ("la rapporteuse", "person", "female"),
        # An epicene role after an elided article tells nothing.
        ("l'urgentiste", "person", "unknown"),
    ],
)
def test_roles_before_a_name(analyzer, role, kind, gender) -> None:
    text = f"« Le chantier avance bien », a déclaré {role} Claude Fontanel lundi."
    e = _find(_entities(analyzer, text), "Fontanel")
    assert (e.kind, e.gender) == (kind, gender)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "who", "gender"),
    [
        # A relative clause saying what the person is reads like an apposition.
        (
            "« On a tout perdu », raconte Camille, qui est infirmière à l'hôpital.",
            "Camille",
            "female",
        ),
        (
            "« Rien ne bouge », a confié notre interlocuteur qui est conseillère au ministère.",
            "interlocuteur",
            "female",
        ),
        # Not a person noun after « qui est »: nothing tells.
        (
            "« On a tout perdu », raconte Camille, qui est à Lyon depuis mardi.",
            "Camille",
            "unknown",
        ),
        (
            "« On a tout perdu », raconte Camille, qui est la cible de menaces.",
            "Camille",
            "unknown",
        ),
    ],
)
def test_a_clause_saying_what_the_person_is(analyzer, text, who, gender) -> None:
    assert _find(_entities(analyzer, text), who).gender == gender


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "who", "kind"),
    [
        # A body's one-word name the parser may take for a place: the noun
        # the text puts before it, or after it in apposition, tells.
        (
            "Le syndicat policier Solidarité a réagi lundi. « Les collègues sont épuisés », "
            "a déclaré Solidarité dans un communiqué.",
            "Solidarité",
            "organisation",
        ),
        # A place named with a complement stays a place.
        (
            "La ville de Valmorel prépare la saison. « Les pistes ouvriront samedi », "
            "a annoncé Valmorel dans un communiqué.",
            "Valmorel",
            "government",
        ),
    ],
)
def test_a_body_named_by_the_noun_before_it(analyzer, text, who, kind) -> None:
    assert _find(_entities(analyzer, text), who).kind == kind
