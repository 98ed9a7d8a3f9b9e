"""Who each source is, on forms that unseen news writes: pronouns taking up
a noun whose gender is grammatical only, pronouns against a first name,
persons the parser took for places, names of bodies by their acronym.
Every sentence is invented."""

from __future__ import annotations

import entity_rows
import pytest

_entities = entity_rows.entities
_find = entity_rows.find


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "who", "gender"),
    [
        # « une source … a-t-elle ajouté »: « elle » agrees with « source ».
        (
            "Le pont de la Garette restera fermé trois mois, a indiqué lundi une source "
            "municipale. Les travaux commencent lundi, a-t-elle ajouté.",
            "source",
            "unknown",
        ),
        (
            "« Le pont restera fermé trois mois », a indiqué lundi une source municipale. "
            "Selon elle, les travaux commenceront en juin. « Rien n'est signé », a-t-elle ajouté.",
            "source",
            "unknown",
        ),
        (
            "« Je n'ai rien vu venir », a raconté un témoin au journal. "
            "« Tout est allé très vite », a-t-il dit.",
            "témoin",
            "unknown",
        ),
        # A noun of the person's own gender: the pronoun tells.
        (
            "« J'ai eu très peur », a confié une voisine. « Tout tremblait », a-t-elle ajouté.",
            "voisine",
            "female",
        ),
        (
            "« Le dossier avance », a affirmé la juge Dominique Ferrand. "
            "« Rien n'est joué », a-t-elle ajouté.",
            "Ferrand",
            "female",
        ),
    ],
)
def test_a_pronoun_after_a_noun_of_fixed_gender(analyzer, text, who, gender) -> None:
    assert _find(_entities(analyzer, text), who).gender == gender


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "who", "gender", "evidence"),
    [
        # Family name first, then « Thi » or « Van »: the middle name tells.
        (
            "« La croissance restera forte », a déclaré Nguyen Thi Hoa, vice-ministre.",
            "Nguyen",
            "female",
            "middle name: Thi",
        ),
        (
            "« La croissance restera forte », a déclaré Tran Van Long lors d'un forum.",
            "Tran",
            "male",
            "middle name: Van",
        ),
        # « Van » after a European first name is a particle, not a middle name.
        (
            "« Le canal rouvrira », a déclaré Ilse Van der Berghe lors d'un point presse.",
            "Berghe",
            "female",
            "first name: Ilse",
        ),
        # Nothing tells: unknown.
        (
            "« La croissance restera forte », a déclaré Pham Minh Tuan lors d'un forum.",
            "Pham",
            "unknown",
            "none",
        ),
    ],
)
def test_vietnamese_middle_names(analyzer, text, who, gender, evidence) -> None:
    e = _find(_entities(analyzer, text), who)
    assert (e.gender, e.gender_evidence) == (gender, evidence)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "who", "gender"),
    [
        # The pronoun's antecedent is the engine's guess; an unambiguous
        # first name of the other gender says the guess is wrong.
        (
            "La mairesse de Valmont, Josée Arcand, est déçue. Les électeurs ont élu "
            "Christian Bérubé, de la Coalition. « Il faudra travailler avec lui », "
            "a-t-elle affirmé.",
            "Bérubé",
            "unknown",
        ),
        # With no other person of the pronoun's gender, the pronoun is the
        # text's word and wins over the list.
        (
            "Le conseil a reçu Marc Lestrade hier. « Rien ne change », a-t-elle affirmé.",
            "Lestrade",
            "female",
        ),
        # A pronoun agreeing with the first name, or with a name that goes
        # either way, decides.
        (
            "Marc Lestrade a visité le chantier hier. « Rien ne change », a-t-il affirmé.",
            "Lestrade",
            "male",
        ),
        (
            "Dominique Lestrade a visité le chantier hier. « Rien ne change », a-t-elle affirmé.",
            "Lestrade",
            "female",
        ),
        # Agreement on the person's own mention is no guess: it decides.
        (
            "Interrogée par la radio, Jean Morvan a affirmé que le projet était une chance.",
            "Morvan",
            "female",
        ),
    ],
)
def test_a_pronoun_against_a_first_name(analyzer, text, who, gender) -> None:
    assert _find(_entities(analyzer, text), who).gender == gender
