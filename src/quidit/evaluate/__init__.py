"""Scoring analyses against gold records, exactly as ``spec/scoring.md`` says.

    from quidit.evaluate import score
    report = score(predicted_analyses, gold_analyses)
    report.figures["e2e_f1"]

Pure functions over records: no spaCy, no engine.  ``quidit eval`` and
``bench/accuracy.py`` run the engine and hand its records here.
"""

from quidit.evaluate.scoring import (
    FIGURES,
    LOOSE,
    SPEAKER_BY,
    STRICT,
    ArticleScore,
    Counts,
    QuotePair,
    Report,
    ScoringError,
    SpeakerBy,
    figures,
    match_claims,
    match_quotes,
    mentions_agree,
    name_words,
    names_agree,
    overlap,
    prf,
    read_conflict_pairs,
    same_name,
    score,
    score_article,
    score_conflicts,
    score_dicts,
    trim,
)

__all__ = [
    "FIGURES",
    "LOOSE",
    "SPEAKER_BY",
    "STRICT",
    "ArticleScore",
    "Counts",
    "QuotePair",
    "Report",
    "ScoringError",
    "SpeakerBy",
    "figures",
    "match_claims",
    "match_quotes",
    "mentions_agree",
    "name_words",
    "names_agree",
    "overlap",
    "prf",
    "read_conflict_pairs",
    "same_name",
    "score",
    "score_article",
    "score_conflicts",
    "score_dicts",
    "trim",
]
