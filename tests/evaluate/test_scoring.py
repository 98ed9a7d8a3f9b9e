"""Each rule of spec/scoring.md, on hand-built records (invented French copy)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from quidit.evaluate import (
    Counts,
    ScoringError,
    figures,
    match_claims,
    match_quotes,
    name_words,
    names_agree,
    overlap,
    prf,
    same_name,
    score,
    score_article,
    trim,
)
from quidit.evaluate.report import error_listing, to_json
from quidit.records import Entity, Span

NBSP = "\u00a0"
NNBSP = "\u202f"


# -- rule 1: trimming -------------------------------------------------------


@pytest.mark.parametrize(
    ("span", "expected"),
    [
        (f"«{NBSP}Nous viendrons{NBSP}»", "Nous viendrons"),
        (f"«{NNBSP}Nous viendrons{NNBSP}»", "Nous viendrons"),
        ("“Le pont tiendra.”", "Le pont tiendra"),
        ('"Le pont tiendra",', "Le pont tiendra"),
        ("‘oui’", "oui"),
        ("'oui'", "oui"),
        (" — (oui) — ", "oui"),
        ("[sic] !", "sic"),
        ("– le pont ? ;", "le pont"),
        ("\n\tLe pont\n", "Le pont"),
        ("« ... »", ""),
        # Marks inside the span stay: only the ends are trimmed.
        ("il parle d’un « pont fragile » hier.", "il parle d’un « pont fragile » hier"),
        # Not in the spec's list: kept.
        ("…le pont…", "…le pont…"),
        ("‹ le pont ›", "‹ le pont ›"),
        ("*le pont*", "*le pont*"),
    ],
)
def test_trim(span: str, expected: str) -> None:
    text = "xx" + span + "yy"
    start, end = trim(text, 2, 2 + len(span))
    assert text[start:end] == expected
    assert 2 <= start <= end <= 2 + len(span)


# -- rule 2: overlap --------------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ((0, 10), (0, 10), 1.0),
        ((0, 10), (10, 20), 0.0),
        ((0, 10), (5, 15), 5 / 15),
        ((0, 10), (2, 4), 0.2),
        ((3, 3), (3, 3), 0.0),
        ((0, 4), (8, 12), 0.0),
    ],
)
def test_overlap_is_jaccard_on_positions(a, b, expected) -> None:
    assert overlap(a, b) == pytest.approx(expected)
    assert overlap(b, a) == pytest.approx(expected)


# -- rule 3: matching -------------------------------------------------------

TEXT = (
    "« Nous rouvrirons le pont avant l’hiver », a promis Lucie Ferrand mardi. "
    "Le maire, Octave Brun, a assuré que les travaux coûteraient 3 millions d’euros. "
    "Selon la préfecture, deux routes restent fermées. "
    "Le syndicat estime que 40 agents manquent."
)
ENTITIES = [
    {"id": "e1", "name": "Lucie Ferrand", "aliases": []},
    {"id": "e2", "name": "Octave Brun", "aliases": ["Le maire"]},
    {"id": "e3", "name": "la préfecture", "aliases": []},
]


def test_greedy_matching_is_one_to_one_and_best_first(make_record) -> None:
    gold = make_record(TEXT, [("les travaux coûteraient 3 millions d’euros", "Octave Brun")])
    pred = make_record(
        TEXT,
        [
            ("les travaux coûteraient", "x"),  # 23/42 of the gold span
            ("a assuré que les travaux coûteraient 3 millions d’euros", "y"),
        ],
    )
    pairs = match_quotes(TEXT, pred.quotes, gold.quotes, 0.3)
    # Both overlap enough; only the better one is taken.
    assert [(i, j) for i, j, _ in pairs] == [(1, 0)]
    assert pairs[0][2] == pytest.approx(42 / 55)


def test_matching_ties_go_to_the_earlier_prediction(make_record) -> None:
    gold = make_record(TEXT, [("deux routes restent fermées", "la préfecture")])
    pred = make_record(
        TEXT, [("deux routes restent fermées", "a"), ("deux routes restent fermées.", "b")]
    )
    pairs = match_quotes(TEXT, pred.quotes, gold.quotes, 0.8)
    assert [(i, j) for i, j, _ in pairs] == [(0, 0)]


@pytest.mark.parametrize(
    ("predicted", "threshold", "matched"),
    [
        ("les travaux coûteraient", 0.3, 1),  # overlap 23/42 = 0.548
        ("les travaux coûteraient", 0.8, 0),
        ("les travaux", 0.3, 0),  # 11/42 = 0.262
        ("les travaux coûteraient 3 millions", 0.8, 1),  # 34/42 = 0.810
        ("« Nous rouvrirons le pont avant l’hiver »", 0.3, 0),  # elsewhere
    ],
)
def test_threshold(make_record, predicted: str, threshold: float, matched: int) -> None:
    gold = make_record(TEXT, [("les travaux coûteraient 3 millions d’euros", "Octave Brun")])
    pred = make_record(TEXT, [(predicted, "Octave Brun")])
    assert len(match_quotes(TEXT, pred.quotes, gold.quotes, threshold)) == matched


def test_trimming_applies_before_overlap(make_record) -> None:
    gold = make_record(TEXT, [("Nous rouvrirons le pont avant l’hiver", "Lucie Ferrand")])
    pred = make_record(TEXT, [("« Nous rouvrirons le pont avant l’hiver », ", "Lucie Ferrand")])
    [(_, _, o)] = match_quotes(TEXT, pred.quotes, gold.quotes, 0.8)
    assert o == 1.0


# -- rule 4: names ----------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "words"),
    [
        ("Élodie Marçais", ("elodie", "marcais")),
        ("L’armée valdoise", ("armee", "valdoise")),
        ("l'armée valdoise", ("armee", "valdoise")),
        ("le général Fabre", ("fabre",)),
        ("M. Jules Fabre", ("jules", "fabre")),
        ("Mme la présidente Ruiz", ("ruiz",)),
        ("Le ministre de l’Intérieur", ("interieur",)),
        ("Jean-Marc Tessier", ("jean", "marc", "tessier")),
        ("Dr. Sarah Mbeki", ("sarah", "mbeki")),
        ("Sir Colin Grey", ("colin", "grey")),
        ("the Minister", ()),
        ("le préfet", ("prefet",)),  # préfet is not in the spec's list
    ],
)
def test_name_normal_form(name: str, words: tuple[str, ...]) -> None:
    assert name_words(name) == words


@pytest.mark.parametrize(
    ("a", "b", "agree"),
    [
        ("Élodie Marçais", "Elodie Marcais", True),
        ("ÉLODIE MARÇAIS", "élodie marçais", True),
        ("M. Fabre", "Jules Fabre", True),
        ("le général Fabre", "Jules Fabre", True),
        ("Mme Dumoulin", "Anne Dumoulin", True),
        ("Marc Tessier", "Jean-Marc Tessier", True),
        ("Tessier", "Jean-Marc Tessier", True),
        ("L’armée valdoise", "armée valdoise", True),
        ("Jules Fabre", "Jules Ferrand", False),  # contained first name, other last word
        ("Jules", "Jules Fabre", False),  # subset, but not the same last word
        ("Fabre Jules", "Jules Fabre", False),  # same words, different last word
        ("Anne Fabre", "Jules Fabre", False),  # neither set inside the other
        ("le préfet", "Bertrand Olde", False),
        ("la ministre", "le président", False),  # both normalise to nothing
        ("Le Ministre", "le ministre", True),
    ],
)
def test_same_name(a: str, b: str, agree: bool) -> None:
    assert same_name(a, b) is agree
    assert same_name(b, a) is agree


ALIASED = (Entity(id="e7", name="Paul Verdier", aliases=("le Hibou", "l’ancien maire")),)


@pytest.mark.parametrize(
    ("predicted", "gold", "entity", "agree"),
    [
        (None, None, None, True),
        ("Paul Verdier", None, None, False),
        (None, "Paul Verdier", "e7", False),
        ("Verdier", "Paul Verdier", "e7", True),
        ("Le Hibou", "Paul Verdier", "e7", True),  # an alias counts as the name
        ("hibou", "Paul Verdier", "e7", True),
        ("L'ancien maire", "Paul Verdier", "e7", True),
        ("le Hibou", "Paul Verdier", None, True),  # entity found by name
        ("le Corbeau", "Paul Verdier", "e7", False),
        ("le Hibou", "Paul Verdier", "e9", True),  # unknown id: found by name
    ],
)
def test_names_agree_with_aliases(predicted, gold, entity, agree) -> None:
    assert names_agree(predicted, gold, entity, ALIASED) is agree


def test_aliases_of_another_entity_do_not_count() -> None:
    entities = (*ALIASED, Entity(id="e8", name="Marie Roux", aliases=("la doyenne",)))
    assert names_agree("la doyenne", "Marie Roux", "e8", entities)
    assert not names_agree("la doyenne", "Paul Verdier", "e7", entities)
    # Predicted aliases never count: only gold ones do.
    assert not names_agree("Paul Verdier", "le Hibou", None, ())


# -- rules 3–6 on one article -----------------------------------------------


def _article_pair(make_record):
    gold = make_record(
        TEXT,
        [
            ("Nous rouvrirons le pont avant l’hiver", "Lucie Ferrand", "direct", "a promis", "e1"),
            (
                "les travaux coûteraient 3 millions d’euros",
                "Octave Brun",
                "indirect",
                "a assuré",
                "e2",
            ),
            ("deux routes restent fermées", "la préfecture", "indirect", "Selon", "e3"),
        ],
        entities=ENTITIES,
        claims=[(3_000_000, "3 millions", "Octave Brun"), (2, "deux", "la préfecture")],
    )
    pred = make_record(
        TEXT,
        [
            # trimmed to the gold span; title dropped; cue overlaps
            ("« Nous rouvrirons le pont avant l’hiver »", "Mme Ferrand", "direct", "promis"),
            # overlap 0.548: matched at 0.3 only; wrong speaker, type and cue
            ("les travaux coûteraient", "Lucie Ferrand", "direct", None),
            # spurious
            ("40 agents manquent", "le syndicat", "indirect", "estime"),
        ],
        claims=[
            (3e6, "3 millions", "le maire"),  # source by gold alias
            (2, "deux", "la gendarmerie"),  # wrong source
            (40, "40", "le syndicat"),  # spurious
        ],
    )
    return pred, gold


def test_article_counts(make_record) -> None:
    pred, gold = _article_pair(make_record)
    s = score_article(pred, gold)
    assert s.counts == Counts(
        quotes_predicted=3,
        quotes_gold=3,
        matched_loose=2,
        matched_strict=1,
        speaker_right=1,
        type_right=1,
        cue_gold=2,
        cue_right=1,
        claims_predicted=3,
        claims_gold=2,
        claims_matched=1,
    )
    assert [q.id for q in s.missed] == ["q3"]
    assert [q.content.text for q in s.spurious] == ["40 agents manquent"]
    assert [c.source for c in s.claims_missed] == ["la préfecture"]


def test_article_figures_to_three_decimals(make_record) -> None:
    pred, gold = _article_pair(make_record)
    f = score_article(pred, gold).figures
    assert f["quote_p@0.3"] == f["quote_r@0.3"] == f["quote_f1@0.3"] == 0.667
    assert f["quote_p@0.8"] == f["quote_r@0.8"] == f["quote_f1@0.8"] == 0.333
    assert f["e2e_p"] == f["e2e_r"] == f["e2e_f1"] == 0.333
    assert f["speaker_accuracy"] == f["type_accuracy"] == f["cue_accuracy"] == 0.5
    assert (f["claim_p"], f["claim_r"], f["claim_f1"]) == (0.333, 0.5, 0.4)


def test_cue_accuracy_only_counts_gold_quotes_with_a_cue(make_record) -> None:
    gold = make_record(TEXT, [("deux routes restent fermées", "la préfecture", "indirect")])
    pred = make_record(TEXT, [("deux routes restent fermées", "la préfecture", "indirect")])
    s = score_article(pred, gold)
    assert (s.counts.cue_gold, s.counts.cue_right) == (0, 0)
    assert s.figures["cue_accuracy"] is None
    assert s.figures["e2e_f1"] == 1.0


@pytest.mark.parametrize(
    ("cue", "right"),
    [("Selon", True), ("Selon la", True), ("lon", True), ("la préfecture", False), (None, False)],
)
def test_cue_right_when_it_overlaps_at_all(make_record, cue, right) -> None:
    gold = make_record(
        TEXT, [("deux routes restent fermées", "la préfecture", "indirect", "Selon")]
    )
    pred = make_record(TEXT, [("deux routes restent fermées", "la préfecture", "indirect", cue)])
    assert score_article(pred, gold).counts.cue_right == int(right)


def test_end_to_end_needs_the_speaker(make_record) -> None:
    gold = make_record(TEXT, [("deux routes restent fermées", "la préfecture")])
    right = make_record(TEXT, [("deux routes restent fermées", "Préfecture")])
    wrong = make_record(TEXT, [("deux routes restent fermées", "la mairie")])
    nobody = make_record(TEXT, [("deux routes restent fermées", None)])
    assert score_article(right, gold).figures["e2e_f1"] == 1.0
    for pred in (wrong, nobody):
        f = score_article(pred, gold).figures
        assert (f["quote_f1@0.3"], f["e2e_f1"], f["speaker_accuracy"]) == (1.0, 0.0, 0.0)


def test_text_mismatch_is_an_error(make_record) -> None:
    gold = make_record(TEXT)
    pred = make_record(TEXT.replace("mardi", "lundi"))
    with pytest.raises(ScoringError, match="differs from gold text"):
        score_article(pred, gold)


def test_missing_prediction_predicts_nothing(make_record) -> None:
    _, gold = _article_pair(make_record)
    s = score_article(None, gold)
    assert not s.predicted
    assert (s.counts.quotes_predicted, s.counts.quotes_gold, s.counts.matched_loose) == (0, 3, 0)
    assert s.figures["e2e_f1"] == 0.0
    assert len(s.missed) == 3


# -- rule 7: claims ---------------------------------------------------------


def test_claims_match_one_to_one(make_record) -> None:
    text = "Selon Octave Brun, deux ponts et deux routes sont fermés."
    gold = make_record(text, claims=[(2, "deux", "Octave Brun"), (2, (31, 35), "Octave Brun")])
    pred = make_record(text, claims=[(2, "deux", "Brun")])
    assert match_claims(pred.claims, gold.claims, gold.entities) == [(0, 0)]
    s = score_article(pred, gold)
    assert (s.counts.claims_matched, s.figures["claim_p"], s.figures["claim_r"]) == (1, 1.0, 0.5)


def test_claims_matching_is_maximal(make_record) -> None:
    # "Fabre" agrees with both gold sources, "Jules Fabre" with one only: a
    # first-come matching would pair one claim, the maximum pairs both.
    text = "deux ici, deux là."
    gold = make_record(text, claims=[(2, "deux", "Jules Fabre"), (2, (10, 14), "Anne Fabre")])
    pred = make_record(text, claims=[(2, "deux", "Fabre"), (2, (10, 14), "Jules Fabre")])
    assert len(match_claims(pred.claims, gold.claims, gold.entities)) == 2


@pytest.mark.parametrize(
    ("value", "source", "matched"),
    [
        (70, "Ilse Morgan", 1),
        (70.0, "Morgan", 1),
        (71, "Ilse Morgan", 0),
        (70, "Hans Morgan", 0),
        (70, None, 0),
        (70, "la Commandante", 1),  # gold alias
    ],
)
def test_claim_value_and_source(make_record, value, source, matched) -> None:
    text = "Ilse Morgan parle de plus de 70 blessés."
    ents = [{"id": "e1", "name": "Ilse Morgan", "aliases": ["la Commandante"]}]
    gold = make_record(text, entities=ents, claims=[(70, "plus de 70", "Ilse Morgan")])
    pred = make_record(text, claims=[(value, "plus de 70", source)])
    assert score_article(pred, gold).counts.claims_matched == matched


# -- many articles ----------------------------------------------------------


def test_micro_totals_sum_counts(make_record) -> None:
    g1 = make_record(TEXT, [("deux routes restent fermées", "la préfecture")], id="a")
    p1 = make_record(TEXT, [("deux routes restent fermées", "la préfecture")], id="a")
    g2 = make_record(TEXT, [("40 agents manquent", "le syndicat")], id="b")
    p2 = make_record(
        TEXT,
        [("Nous rouvrirons", "x"), ("Le maire", "y"), ("Selon", "z")],
        id="b",
    )
    report = score([p2, p1], [g1, g2])
    assert [a.id for a in report.articles] == ["a", "b"]  # gold order
    # Micro: 1 matched of 4 predicted (macro would average 1.0 and 0.0).
    assert report.figures["quote_p@0.3"] == 0.25
    assert report.figures["quote_r@0.3"] == 0.5
    assert report.totals == report.article("a").counts + report.article("b").counts


def test_predictions_without_gold_are_listed_not_scored(make_record) -> None:
    gold = make_record(TEXT, id="a")
    report = score([make_record(TEXT, id="a"), make_record(TEXT, id="zz")], [gold])
    assert report.unscored == ("zz",)
    assert len(report.articles) == 1


def test_duplicate_ids_are_an_error(make_record) -> None:
    with pytest.raises(ScoringError, match="twice"):
        score([], [make_record(TEXT, id="a"), make_record(TEXT, id="a")])


@pytest.mark.parametrize(
    ("found", "predicted", "gold", "expected"),
    [
        (0, 0, 0, (1.0, 1.0, 1.0)),
        (0, 0, 5, (0.0, 0.0, 0.0)),
        (0, 3, 0, (0.0, 0.0, 0.0)),
        (2, 4, 2, (0.5, 1.0, 2 / 3)),
    ],
)
def test_prf(found, predicted, gold, expected) -> None:
    assert prf(found, predicted, gold) == pytest.approx(expected)


def test_figures_round_to_three_decimals() -> None:
    f = figures(Counts(quotes_predicted=3, quotes_gold=7, matched_loose=2, speaker_right=1))
    assert f["quote_p@0.3"] == 0.667
    assert f["quote_r@0.3"] == 0.286
    assert f["quote_f1@0.3"] == 0.4
    assert f["e2e_r"] == 0.143


def test_json_and_error_listing(make_record) -> None:
    pred, gold = _article_pair(make_record)
    report = score([pred], [gold])
    data = to_json(report)
    assert data["e2e_f1"] == 0.333
    assert data["counts"]["matched_loose"] == 2
    assert data["per_article"]["a1"]["quotes_gold"] == 3
    listing = error_listing(report)
    assert "missed    q3 indirect" in listing
    assert "spurious  q3 indirect" in listing and "40 agents manquent" in listing
    assert "speaker   gold 'Octave Brun' ≠ predicted 'Lucie Ferrand'" in listing
    assert "claim-    missed c2 2 exact" in listing
    # A perfect prediction lists nothing.
    assert error_listing(score([gold], [gold])) == ""


# -- conflicts (issue 12) ---------------------------------------------------

_K_TEXT = "Le syndicat compte 9 000 marcheurs, la mairie 4 000 et le journal 5 000."
_K_GOLD = [
    (9000, "9 000", "le syndicat"),
    (4000, "4 000", "la mairie"),
    (5000, "5 000", "le journal"),
]


def _with_conflicts(record, pairs):
    from dataclasses import replace

    from quidit.records import Conflict

    ks = tuple(Conflict(f"k{n}", "x", tuple(p), None) for n, p in enumerate(pairs, 1))
    return replace(record, conflicts=ks)


@pytest.mark.parametrize(
    ("predicted_pairs", "right", "found"),
    [
        ([("c1", "c2")], 1, 1),
        ([("c2", "c1"), ("c1", "c3")], 2, 2),
        ([("c2", "c3")], 0, 0),  # not a gold pair
        ([], 0, 0),
    ],
)
def test_conflict_scoring(make_record, predicted_pairs, right, found) -> None:
    gold = make_record(_K_TEXT, claims=_K_GOLD)
    pred = _with_conflicts(make_record(_K_TEXT, claims=_K_GOLD), predicted_pairs)
    s = score_article(pred, gold, [("c1", "c2"), ("c1", "c3")])
    c = s.counts
    assert (c.conflicts_predicted, c.conflicts_right, c.conflicts_found) == (
        len(predicted_pairs),
        right,
        found,
    )
    assert c.conflicts_gold == 2
    assert len(s.conflicts_missed) == 2 - found


def test_conflict_side_needs_value_and_source(make_record) -> None:
    # The predicted claim c2 has the wrong source: the pair cannot map to gold.
    gold = make_record(_K_TEXT, claims=_K_GOLD)
    wrong = [(9000, "9 000", "le syndicat"), (4000, "4 000", "le journal")]
    pred = _with_conflicts(make_record(_K_TEXT, claims=wrong), [("c1", "c2")])
    f = score_article(pred, gold, [("c1", "c2")]).figures
    assert (f["conflict_p"], f["conflict_r"]) == (0.0, 0.0)


def test_conflicts_unscored_without_gold_pairs(make_record) -> None:
    gold = make_record(_K_TEXT, claims=_K_GOLD)
    f = score_article(gold, gold).figures
    assert f["conflict_p"] is None
    # Given gold pairs, an article it does not list has none.
    report = score([_with_conflicts(gold, [("c1", "c2")])], [gold], {"other": [("c1", "c2")]})
    assert report.figures["conflict_p"] == 0.0


# -- speakers by mention (gold without coreference) --------------------------

MENTION_TEXT = "Ms. Ortolan said the bridge would reopen. He added that tolls would stay."


def _with_mentions(record, mentions):
    """``record`` with each quote's speaker mention set to a substring (or None)."""
    quotes = []
    for q, m in zip(record.quotes, mentions, strict=True):
        span = None
        if m is not None:
            start = MENTION_TEXT.index(m)
            span = Span.of(MENTION_TEXT, start, start + len(m))
        quotes.append(replace(q, speaker=replace(q.speaker, mention=span)))
    return replace(record, quotes=tuple(quotes))


@pytest.mark.parametrize(
    ("predicted", "gold", "right"),
    [
        ("Ortolan", "Ms. Ortolan", True),  # overlapping spans
        ("Ms. Ortolan said", "Ortolan", True),
        ("He", "Ms. Ortolan", False),  # another mention, even of the same person
        (None, None, True),  # both null
        (None, "Ms. Ortolan", False),
        ("Ms. Ortolan", None, False),
    ],
)
def test_speaker_by_mention(make_record, predicted, gold, right) -> None:
    content = "the bridge would reopen"
    pred = _with_mentions(make_record(MENTION_TEXT, [(content, "someone else")]), [predicted])
    gold_record = _with_mentions(make_record(MENTION_TEXT, [(content, "Ortolan")]), [gold])
    counts = score_article(pred, gold_record, speaker_by="mention").counts
    assert counts.matched_loose == 1
    assert counts.speaker_right == int(right)


def test_speaker_by_name_ignores_mentions(make_record) -> None:
    content = "the bridge would reopen"
    pred = _with_mentions(make_record(MENTION_TEXT, [(content, "Ortolan")]), ["He"])
    gold_record = _with_mentions(make_record(MENTION_TEXT, [(content, "Ms. Ortolan")]), ["Ortolan"])
    assert score_article(pred, gold_record).counts.speaker_right == 1
    assert score([pred], [gold_record], speaker_by="mention").totals.speaker_right == 0


def test_unknown_speaker_by_is_an_error(make_record) -> None:
    record = make_record(MENTION_TEXT)
    with pytest.raises(ScoringError, match="speaker_by"):
        score_article(record, record, speaker_by="entity")  # type: ignore[arg-type]
