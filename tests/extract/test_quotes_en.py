"""Quotes, cues and speakers on small parsed English texts (own sentences).

English parses (ClearNLP labels) need their own readings, driven by the
language data: "that" may be left out, attributions keep the subject first
("…,” Ruiz said"), "according to X" is prep → pobj, gerunds and
to-infinitives carry content, figures follow "put X at", headlines drop
verbs.  Each is tested here with negative cases (scare quotes, titles,
orders, acts of responsibility, verbs of blame with a noun phrase).
"""

from __future__ import annotations

import pytest

from quidit.options import Options
from quidit.records import Analysis, Article
from quidit.service import Analyzer

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def analyzer_en() -> Analyzer:
    return Analyzer(Options(lang="en"))


def run(analyzer: Analyzer, text: str) -> Analysis:
    return analyzer.analyze(Article(id="t", text=text))


def quotes(analyzer: Analyzer, text: str) -> list[tuple[str, str, str | None, str | None]]:
    a = run(analyzer, text)
    assert a.lang == "en"
    for q in a.quotes:
        assert text[q.content.start : q.content.end] == q.content.text
    return [
        (q.type, q.content.text, q.cue.text if q.cue else None, q.speaker.name) for q in a.quotes
    ]


CASES = [
    # that-clause after a time phrase; title and apposed name
    (
        "The mayor of Brockton, Alan Pruitt, said on Friday that the bridge would reopen in June.",
        [("indirect", "the bridge would reopen in June", "said", "Alan Pruitt")],
    ),
    # no "that", and "X, who …, said"
    (
        "Helen Kovacs, who chairs the hospital board, said the wing would close for six months.",
        [("indirect", "the wing would close for six months", "said", "Helen Kovacs")],
    ),
    # "said X" after the quote; the comma inside the closing mark is left out
    (
        "“We are not going anywhere,” said Janet Ruiz, a spokeswoman for the tenants.",
        [("direct", "We are not going anywhere", "said", "Janet Ruiz")],
    ),
    # "X said" after the quote, then a pair with no cue: speaker from context
    (
        "“We are not going anywhere,” Ruiz said. “This is our home.”",
        [
            ("direct", "We are not going anywhere", "said", "Ruiz"),
            ("direct", "This is our home.", None, "Ruiz"),
        ],
    ),
    # according to X, before and after the content
    (
        "According to the fire service, 12 people were rescued from the building.",
        [
            (
                "indirect",
                "12 people were rescued from the building",
                "According to",
                "the fire service",
            )
        ],
    ),
    (
        "Twelve people were rescued from the building, according to the fire service.",
        [
            (
                "indirect",
                "Twelve people were rescued from the building",
                "according to",
                "the fire service",
            )
        ],
    ),
    # "told reporters" and ", adding that"
    (
        "Ortega told reporters the talks had collapsed, adding that no new date had been set.",
        [
            ("indirect", "the talks had collapsed", "told reporters", "Ortega"),
            ("indirect", "no new date had been set", "adding", "Ortega"),
        ],
    ),
    # an attribution after plain content, subject first
    (
        "The talks have collapsed, a senior diplomat said on Tuesday.",
        [("indirect", "The talks have collapsed", "said", "a senior diplomat")],
    ),
    # gerund and to-infinitive content
    (
        "Councillor Ben Duarte denied accepting any payment from the developer.",
        [("indirect", "accepting any payment from the developer", "denied", "Ben Duarte")],
    ),
    (
        "The minister claimed to have secured 4,000 new jobs for the region.",
        [("indirect", "to have secured 4,000 new jobs for the region", "claimed", "The minister")],
    ),
    # a figure after "put/estimate X at"
    (
        "Police estimated the crowd at around 15,000.",
        [("indirect", "the crowd at around 15,000", "estimated", "Police")],
    ),
    # a quoted fragment inside indirect content: mixed
    (
        "The union said the offer was “an insult” to its members.",
        [("mixed", "the offer was “an insult” to its members", "said", "The union")],
    ),
    # a quoted passage after a verb of blame is a quote
    (
        "Rita Vance accused the council of “selling off the town piece by piece”.",
        [("direct", "selling off the town piece by piece", "accused", "Rita Vance")],
    ),
    # another source's attribution in a "while" clause ends the first content
    (
        "The minister said 300 troops would be sent, while the opposition said the figure "
        "was closer to 3,000.",
        [
            ("indirect", "300 troops would be sent", "said", "The minister"),
            ("indirect", "the figure was closer to 3,000", "said", "the opposition"),
        ],
    ),
    # a pair that resumes after the attribution is a quote of its own
    (
        "Lena Ortiz spoke to the crowd. “We will not stop,” she said, “until the law changes.”",
        [
            ("direct", "We will not stop", "said", "Lena Ortiz"),
            ("direct", "until the law changes.", None, "Lena Ortiz"),
        ],
    ),
    # a quoted end of the clause, the comma inside the mark, then "said X": mixed
    (
        "The ruling was “deeply unfair,” said Karen Olsen, who leads the trust.",
        [("mixed", "The ruling was “deeply unfair,”", "said", "Karen Olsen")],
    ),
    # "forecast" tagged as a noun between its subject and its figure
    (
        "The central bank on Tuesday forecast growth of 1.4 percent for next year.",
        [("indirect", "growth of 1.4 percent", "forecast", "The central bank")],
    ),
    # headline ellipsis: content first, and source first
    (
        "Flood toll rises to 40, officials say\n\nThe floods have killed 40 people.",
        [("indirect", "Flood toll rises to 40", "say", "officials")],
    ),
    (
        "Army says 12 rebels killed in raid\n\nRebels attacked a depot on Monday.",
        [("indirect", "12 rebels killed in raid", "says", "Army")],
    ),
    # a dateline is no part of the sentence
    (
        "LORWICK, March 3 (Westwire) - Floods have cut off 200 homes, the coastguard said.",
        [("indirect", "Floods have cut off 200 homes", "said", "the coastguard")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_english_quote_patterns(analyzer_en: Analyzer, text: str, expected: list) -> None:
    assert quotes(analyzer_en, text) == expected


NEGATIVES = [
    # scare quotes, a title and a name in marks
    "Critics have called the scheme a “cash grab”.",
    "The band released its new album, “Dark Water”, on Friday.",
    "The government's so-called “fiscal rule” limits borrowing.",
    # "said" and "told" that report nothing
    "That said, the economy grew faster than expected in the spring.",
    "He was told to leave the building immediately.",
    # an order, not content
    "The governor warned residents to stay indoors.",
    # a claim of responsibility is an act
    "The rebels claimed responsibility for the attack on the depot.",
    # a verb of refusal with a noun phrase
    "The ministry rejected the estimate.",
    # a participle modifying a noun speaks for no one
    "The trial, expected to last three weeks, continues.",
    # the article's own figure
    "The company has 4,800 workers at the plant.",
    # "forecast" as a noun after all
    "The weather forecast rain for 3 days.",
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_english_hard_negatives(analyzer_en: Analyzer, text: str) -> None:
    assert quotes(analyzer_en, text) == []


def test_pronouns_follow_natural_gender(analyzer_en: Analyzer) -> None:
    # "she" is the woman named before, not the organisation mentioned last.
    text = (
        "Paula Grant, the head of the Valley Health Trust, spoke on Monday. "
        "The trust runs four hospitals. “We are ready,” she said."
    )
    got = quotes(analyzer_en, text)
    assert [g[3] for g in got] == ["Paula Grant"]


def test_surname_and_title_resolve_to_full_name(analyzer_en: Analyzer) -> None:
    text = (
        "Governor Ellen Marsh announced the plan in March.\n\n"
        "Ms Marsh said it would cost $2 million."
    )
    a = run(analyzer_en, text)
    assert [q.speaker.name for q in a.quotes] == ["Ellen Marsh"]
    (entity,) = a.entities
    assert entity.type == "PER" and "Ms Marsh" in entity.aliases
    # The claim inside the quote carries the resolved speaker.
    assert [(c.value, c.source) for c in a.claims] == [(2_000_000, "Ellen Marsh")]


def test_court_copy_takes_the_speaker_named_later(analyzer_en: Analyzer) -> None:
    # "…, jury told" / "a court heard": the audience is not the speaker.
    text = (
        "Former bank manager ‘stole £400,000’, jury told\n\n"
        "A former bank manager stole £400,000 from customers, a court heard on Tuesday. "
        "Prosecutor Ian Webb said the money was spent on cars."
    )
    a = run(analyzer_en, text)
    assert [(q.type, q.speaker.mention is None, q.speaker.name) for q in a.quotes] == [
        ("mixed", True, "Ian Webb"),
        ("indirect", True, "Ian Webb"),
        ("indirect", False, "Ian Webb"),
    ]


def test_paragraph_left_open_is_one_quote_and_no_warning(analyzer_en: Analyzer) -> None:
    # English lets a quotation run on: the paragraph ends with no closing mark
    # and the next one reopens it.
    text = (
        "“The water came so fast,” said Nora Quinn, 71.\n\n"
        "“We lost everything in ten minutes.\n"
        "“Nobody warned us,” Quinn added."
    )
    a = run(analyzer_en, text)
    assert [(q.content.text, q.speaker.name) for q in a.quotes] == [
        ("The water came so fast", "Nora Quinn"),
        ("We lost everything in ten minutes.", "Nora Quinn"),
        ("Nobody warned us", "Nora Quinn"),
    ]
    assert "unbalanced quotation marks" not in a.warnings


def test_apostrophes_do_not_close_single_quotes(analyzer_en: Analyzer) -> None:
    text = "‘We’re not leaving, and they can’t make us,’ said Omar Reyes, a tenant."
    assert quotes(analyzer_en, text) == [
        ("direct", "We’re not leaving, and they can’t make us", "said", "Omar Reyes")
    ]


SIGN_OFFS = [
    # a quotation signed off with a dash and a name fills its paragraph
    (
        "Voters wrote to us after the debate.\n"
        "“He never answered a single question about jobs.” ― Marta Quinlow\n"
        "“I liked her plan for the schools.” — Derrick Amsel.",
        [
            ("direct", "He never answered a single question about jobs.", None, "Marta Quinlow"),
            ("direct", "I liked her plan for the schools.", None, "Derrick Amsel"),
        ],
    ),
    # the last speaker named does not take a signed quotation
    (
        "Nadia Fenwick said the turnout was high.\n“Lines were long but calm.” – Omar Trell",
        [
            ("indirect", "the turnout was high", "said", "Nadia Fenwick"),
            ("direct", "Lines were long but calm.", None, "Omar Trell"),
        ],
    ),
    # letters pages: the sign-off on the next line, the town after a comma
    (
        "On the new bridge:\n\n“The tolls will drive shoppers away from the old town.”\n\n"
        "— Wilma Drecker, Port Alden\n\n"
        "“Ferries were cheaper.” — Anton Viel, Kessby",
        [
            (
                "direct",
                "The tolls will drive shoppers away from the old town.",
                None,
                "Wilma Drecker",
            ),
            ("direct", "Ferries were cheaper.", None, "Anton Viel"),
        ],
    ),
    # a place and a date after the dash name no one
    (
        "“Stay calm and carry on.” — Dover, 1940",
        [("direct", "Stay calm and carry on.", None, None)],
    ),
    # a title credited inside a sentence of the writer's is no signed quote
    ("The choir closed with “Morning Light” — Ellen Brac’s hymn.", []),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), SIGN_OFFS, ids=[c[0][:40] for c in SIGN_OFFS])
def test_quotation_signed_off_with_a_dash(analyzer_en: Analyzer, text: str, expected) -> None:
    assert quotes(analyzer_en, text) == expected
