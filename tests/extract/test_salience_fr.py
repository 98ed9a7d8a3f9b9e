"""Pronouns, « ce dernier » and lead-ins on French copy: the reach of a
pronoun past a long quote, a subject the parse lost, a name beside a role
noun, « ce dernier » handing on its source, the source a colon's lead-in
sets up for a quote with no cue.

Every sentence here is invented (people, places, organisations, figures)."""

from __future__ import annotations

import pytest
from quote_rows import names
from spacy.language import Language

from quidit.service import Analyzer

PERROT = (
    "« La saison est perdue », a affirmé Loïc Perrot. « Nous n'avons plus rien », a-t-il ajouté.\n"
)

PAST_LONG_QUOTES = [
    # The sentences inside the marks do not use up the pronoun's reach: « Il »
    # takes up the subject of the sentence before the quote, not the last
    # person named.
    (
        "Loïc Perrot arrive devant Hugo Tanguy. Il a appelé au calme. « Attendons les "
        "chiffres. Rien n'est joué. Les bureaux de vote ferment à peine. », a-t-il déclaré.",
        ["Loïc Perrot"],
    ),
    (
        PERROT + "De son côté, Hugo Tanguy, directeur du port, s'est montré confiant. "
        "« Les quais rouvriront lundi. Les stocks tiennent. Nous aurons du travail. "
        "Rien n'est perdu », a-t-il estimé.",
        ["Loïc Perrot", "Loïc Perrot", "Hugo Tanguy"],
    ),
    # A subject the parse lost behind a fronted adverb (« Ensuite, X, … »)
    # is still the topic; the whole name is taken.
    (
        "Les secours ont évacué trois maisons. Ensuite, Gwenaëlle Trouvé, éleveuse à "
        "Saint-Fiacre, a été surprise par la crue. « L'eau est montée d'un coup. Les bêtes "
        "paniquaient. Nous avons tout perdu en une heure. Je n'avais jamais vu ça », "
        "a-t-elle raconté.",
        ["Gwenaëlle Trouvé"],
    ),
    # Negative: the last speaker goes on where no one else is introduced.
    (
        "Le préfet Hervé Lansac a visité le port. Les quais étaient déserts. « Les quotas "
        "tombent. Les prix baissent. Les bateaux restent à quai. Rien ne va plus. », "
        "a-t-il dit.",
        ["Hervé Lansac"],
    ),
]


ROLE_APPOSITION = [
    # A name the recogniser read as a body, set beside a role noun, is a
    # person's.
    ("Hailu Desta Mekonnen, directeur général de l'Office des Lagunes, a visité le site.", "PER"),
    ("De son côté, Hailu Desta Mekonnen, porte-parole de l'Office, s'est montré confiant.", "PER"),
    # Negative: no apposition, or one that is no role.
    ("Hailu Desta Mekonnen a visité le site mardi.", "ORG"),
    ("Hailu Desta Mekonnen, un groupe de Nairobi, a visité le site.", "ORG"),
]


LATTER_SUBJECT = [
    # « Ce dernier » as a subject hands on its referent to the pronoun of
    # the next attribution.
    (
        "Loïc Perrot arrive devant Hugo Tanguy. Ce dernier, crédité de 12 %, a appelé au "
        "calme. « Attendons les chiffres. Rien n'est joué. Les bureaux de vote ferment à "
        "peine. », a-t-il déclaré.",
        ["Hugo Tanguy"],
    ),
    # Negative: a plain subject pronoun takes up the main subject.
    (
        "Aurélien Castagné arrive devant Mathis Ferrandou. Il a appelé au calme. "
        "« Attendons les chiffres », a-t-il déclaré.",
        ["Aurélien Castagné"],
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), PAST_LONG_QUOTES)
def test_pronoun_reaches_past_long_quotes(
    analyzer: Analyzer, text: str, expected: list[str | None]
) -> None:
    assert names(analyzer, text) == expected


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), ROLE_APPOSITION)
def test_name_beside_role_is_a_person(nlp_fr: Language, text: str, expected: str) -> None:
    from spacy.tokens import Span

    from quidit.extract.speakers import Resolver
    from quidit.lang import get_language

    doc = nlp_fr(text)
    name = "Hailu Desta Mekonnen"
    start = text.index(name)
    span = doc.char_span(start, start + len(name))
    assert span is not None
    doc.ents = [Span(doc, span.start, span.end, label="ORG")]
    assert Resolver(doc, get_language("fr"))._kind(start, start + len(name)) == expected


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), LATTER_SUBJECT)
def test_latter_subject_hands_on(analyzer: Analyzer, text: str, expected: list[str | None]) -> None:
    assert names(analyzer, text) == expected


LEAD_IN = [
    # A quote with no cue that a colon opens is the source its lead-in
    # clause sets up: the clause's subject ...
    (
        "« Le chantier est lancé », a assuré la préfète. L'ancien maire de Kerlouan, "
        "Yannick Le Goff, n'en revient pas : « Nous avons attendu dix ans. »",
        ["la préfète", "Yannick Le Goff"],
    ),
    # ... else the last person it names.
    (
        "« Tout est prêt », a assuré Loïc Perrot. Même réaction chez Hugo Tanguy : "
        "« Rien ne manque. »",
        ["Loïc Perrot", "Hugo Tanguy"],
    ),
    (
        "« Tout est prêt », a assuré Loïc Perrot. Une confiance qui n'étonne pas le préfet "
        "Hervé Lansac : « Le chantier avance. »",
        ["Loïc Perrot", "Hervé Lansac"],
    ),
    # Negative: a lead-in with no source of its own (a participle, a place)
    # goes on with the last speaker; so does a quote with no lead-in.
    (
        "« Tout est prêt », a assuré Loïc Perrot. Poursuivant son propos : « Rien ne manque. »",
        ["Loïc Perrot", "Loïc Perrot"],
    ),
    (
        "« Tout est prêt », a assuré Loïc Perrot devant Hugo Tanguy. Puis, sur le quai : "
        "« Rien ne manque. »",
        ["Loïc Perrot", "Loïc Perrot"],
    ),
    (
        "« Tout est prêt », a assuré Loïc Perrot. « Rien ne manque. »",
        ["Loïc Perrot", "Loïc Perrot"],
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), LEAD_IN)
def test_colon_lead_in_gives_the_source(
    analyzer: Analyzer, text: str, expected: list[str | None]
) -> None:
    assert names(analyzer, text) == expected


IMPERSONAL = [
    # « On » is never the source: the body where it speaks ...
    (
        "Le conseil régional a reporté le vote. On explique au siège du parti que la "
        "décision « reviendra aux militants ».",
        ["siège du parti"],
    ),
    (
        "Le ministre de la Santé est resté discret. On assure dans l'entourage du ministre "
        "que rien n'est décidé.",
        ["l'entourage du ministre"],
    ),
    # ... the surface the words are read on ...
    (
        "Les éleveurs ont bloqué la route. En dessous, une pancarte sur laquelle on peut "
        "lire : « Sauvez nos fermes ».",
        ["une pancarte"],
    ),
    # ... else the source the context gives.
    (
        "La Fédération des pêcheurs du Lirac a réuni la presse. On affirme que les aides "
        "« n'ont pas été pensées pour les petits ports ».",
        ["La Fédération des pêcheurs du Lirac"],
    ),
    # Negative: « aux parents » is whom « on » speaks to, not where.
    (
        "Le maire a convoqué les familles. On explique aux parents que l'école « rouvrira lundi ».",
        ["Le maire"],
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), IMPERSONAL)
def test_impersonal_on_is_never_the_source(
    analyzer: Analyzer, text: str, expected: list[str | None]
) -> None:
    assert names(analyzer, text) == expected


QUALIFIED_DESCRIPTIONS = [
    # A classifying adjective after the role noun sets two holders apart.
    (
        "Le président français Hugo Tanguy a reçu son homologue à l'Élysée. « La transition "
        "doit prendre fin », a déclaré le président malien à l'issue de la visite.",
        ["le président malien"],
    ),
    # Negative: the bare role, the same adjective, or one set before the
    # noun (« l'ancien ministre ») keep the tie to the named person.
    (
        "Le président français Hugo Tanguy a reçu son homologue à l'Élysée. « La visite fut "
        "utile », a déclaré le président à l'issue de la rencontre.",
        ["Hugo Tanguy"],
    ),
    (
        "Le président français Hugo Tanguy a reçu la presse. « La visite fut utile », a "
        "déclaré le président français.",
        ["Hugo Tanguy"],
    ),
    (
        "Le ministre malien Amadou Keïta était à Paris. « Nous voulons des élections », a "
        "déclaré l'ancien ministre.",
        ["Amadou Keïta"],
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), QUALIFIED_DESCRIPTIONS)
def test_classifying_adjective_sets_holders_apart(
    analyzer: Analyzer, text: str, expected: list[str | None]
) -> None:
    assert names(analyzer, text) == expected


VOICED_BOUNDS = [
    # A pronoun taking up an inverted subject keeps the attribution's own
    # bounds: the medium the words were said on is no part of the name.
    (
        "« L'initiative revient d'abord aux régions », a déclaré le ministre sur Radio "
        "Lirac. « Nous apporterons notre soutien », a-t-il ajouté.",
        ["le ministre", "le ministre"],
    ),
    # Negative: a complement that is part of the description stays.
    (
        "« L'initiative revient d'abord aux régions », a déclaré le ministre de "
        "l'Agriculture. « Nous apporterons notre soutien », a-t-il ajouté.",
        ["le ministre de l'Agriculture", "le ministre de l'Agriculture"],
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), VOICED_BOUNDS)
def test_pronoun_keeps_the_attribution_bounds(
    analyzer: Analyzer, text: str, expected: list[str | None]
) -> None:
    assert names(analyzer, text) == expected


CLEFTS = [
    # The focus of « c'est X qui … » starts after the copula: the adverbial
    # that opens the sentence is no part of the mention.
    (
        "Le lendemain, c'est le maire Hugo Tanguy qui a rappelé que le chantier était "
        "« prioritaire ».",
        ["le maire Hugo Tanguy"],
    ),
    # Negative: a subject before its verb keeps its whole noun phrase.
    (
        "Le maire de Vaudière, Hugo Tanguy, a rappelé que le chantier était « prioritaire ».",
        ["Le maire de Vaudière, Hugo Tanguy"],
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), CLEFTS)
def test_cleft_focus_mention(analyzer: Analyzer, text: str, expected: list[str | None]) -> None:
    from quidit.records import Article

    a = analyzer.analyze(Article(id="t", text=text, lang="fr"))
    assert [q.speaker.mention.text if q.speaker.mention else None for q in a.quotes] == expected
