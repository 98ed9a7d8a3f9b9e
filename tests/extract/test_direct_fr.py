"""Direct quotes of French news copy (own sentences): incises the parser
misreads, quotes with no cue of their own, headlines, pairs that share a
cue; with hard negatives (titles, names, terms in marks)."""

from __future__ import annotations

import pytest

from quidit.records import Analysis, Article

pytestmark = pytest.mark.slow


def run(analyzer, text: str) -> Analysis:  # type: ignore[no-untyped-def]
    return analyzer.analyze(Article(id="t", text=text))


def directs(analyzer, text: str) -> list[tuple[str, str | None, str | None]]:  # type: ignore[no-untyped-def]
    a = run(analyzer, text)
    return [
        (q.content.text, q.cue.text if q.cue else None, q.speaker.name)
        for q in a.quotes
        if q.type == "direct"
    ]


# Incises after the marks whose inverted subject the parser misreads.
INCISES = [
    # a nominalised adjective as subject (tagged ADJ)
    (
        "Les pompiers sont intervenus vers midi. « J’ai cru que le toit allait tomber », "
        "a confié une sexagénaire qui habite le quartier.",
        ("J’ai cru que le toit allait tomber", "a confié", "une sexagénaire"),
    ),
    # a prepositional adjunct of the verb before the subject
    (
        "« Nous ne laisserons pas faire cette fermeture », a déclaré à la presse un délégué "
        "du syndicat des cheminots.",
        ("Nous ne laisserons pas faire cette fermeture", "a déclaré", "un délégué"),
    ),
    # an adverbial between the auxiliary and the participle
    (
        "« Les chiffres du chômage restent trop élevés », a pour sa part souligné Hélène "
        "Carvalho, économiste à la banque Ravel.",
        ("Les chiffres du chômage restent trop élevés", "souligné", "Hélène Carvalho"),
    ),
    (
        "« Ce budget ne tient pas debout », a de son côté estimé le chef de file des "
        "écologistes, Bastien Ollier.",
        ("Ce budget ne tient pas debout", "estimé", "Bastien Ollier"),
    ),
    # the comma inside the closing mark
    (
        '"Nous avons perdu le fil du match après la pause," a reconnu l\'entraîneur de Brézac '
        "en conférence de presse.",
        ("Nous avons perdu le fil du match après la pause,", "a reconnu", "l'entraîneur"),
    ),
    # no comma, but a whole clause in the marks
    (
        "« Jamais nous n’avions vu autant de monde sur la place » a affirmé un responsable "
        "de la mairie.",
        ("Jamais nous n’avions vu autant de monde sur la place", "a affirmé", "un responsable"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), INCISES)
def test_incise_after_marks(analyzer, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    found = directs(analyzer, text)
    assert found, text
    content, cue, speaker = found[0]
    assert content.rstrip(",") == expected[0].rstrip(",")
    assert cue is not None and expected[1] in cue
    assert speaker is not None and expected[2].lower() in speaker.lower()


INCISE_NEGATIVES = [
    # a title in marks as the subject, no comma: not a quote
    "« Les Vents du nord » a attiré 40 000 spectateurs en une semaine.",
    # a name in marks before a passive
    "L’opération « Rempart d’hiver » avait été annoncée par le ministère.",
]


@pytest.mark.parametrize("text", INCISE_NEGATIVES)
def test_incise_negatives(analyzer, text: str) -> None:  # type: ignore[no-untyped-def]
    assert directs(analyzer, text) == []
