"""English numbers: qualifiers, approximate nouns, multipliers, and the
contexts where a number is no claim (dates, times, durations, references).

Sources: the qualifier phrases of ``spec/annotation-guidelines.md`` §4 in
their English forms (more than, over, at least, fewer than, up to, about,
nearly …), completed with the approximators of English grammars (Quirk et
al. 1985, §7.5 on approximate numerals; Huddleston & Pullum 2002, ch. 5
§7); number words themselves are read by ``text_to_num`` (language "en"),
not listed here.  Phrases are lower case with ``'`` for every apostrophe.
"""

from __future__ import annotations

from quidit.lang import NumberData

#: Before the number.  Longer phrases win over their tails ("no more than"
#: over "more than"), whatever the order here.
QUALIFIERS_BEFORE = {
    # more than
    "more than": "more_than",
    "over": "more_than",
    "well over": "more_than",
    "just over": "more_than",
    "slightly more than": "more_than",
    "far more than": "more_than",
    "above": "more_than",
    "upwards of": "more_than",
    "in excess of": "more_than",
    "greater than": "more_than",
    "higher than": "more_than",
    "exceeding": "more_than",
    # at least
    "at least": "at_least",
    "no fewer than": "at_least",
    "no less than": "at_least",
    "a minimum of": "at_least",
    "not less than": "at_least",
    "not fewer than": "at_least",
    # less than
    "less than": "less_than",
    "fewer than": "less_than",
    "under": "less_than",
    "just under": "less_than",
    "below": "less_than",
    "lower than": "less_than",
    "barely": "less_than",
    # at most
    "up to": "at_most",
    "at most": "at_most",
    "no more than": "at_most",
    "not more than": "at_most",
    "a maximum of": "at_most",
    "as many as": "at_most",
    "as much as": "at_most",
    # about
    "about": "about",
    "around": "about",
    "roughly": "about",
    "approximately": "about",
    "some": "about",
    "nearly": "about",
    "almost": "about",
    "close to": "about",
    "nearer": "about",
    "nearer to": "about",
    "an estimated": "about",
    "estimated": "about",
    "circa": "about",
    "c.": "about",
    "in the region of": "about",
    "of the order of": "about",
    "on the order of": "about",
    "the best part of": "about",
    "just about": "about",
    "more or less": "about",
}

#: Right after the number (and its %/multiplier): "15 or more".
QUALIFIERS_AFTER = {
    "or more": "at_least",
    "and more": "at_least",
    "at least": "at_least",
    "or so": "about",
    "or thereabouts": "about",
    "odd": "about",
    "at most": "at_most",
    "or fewer": "at_most",
    "or less": "at_most",
}

#: "two dozen" is about 24, "a dozen" about 12, "a score" about 20.  The
#: bare plurals ("dozens of prisoners", "hundreds", "thousands") are vague
#: amounts, no claim (guidelines §4); "a hundred" is a number word that
#: text_to_num reads.
APPROXIMATE_NOUNS = {
    "dozen": 12,
    "score": 20,
}

#: After digits ("1.28 million", "$4.5bn", "£300k").  Word forms after
#: number words are read by text_to_num ("two million").
MULTIPLIERS = {
    "thousand": 1e3,
    "million": 1e6,
    "millions": 1e6,
    "billion": 1e9,  # the short scale: English "billion" is 10^9
    "billions": 1e9,
    "trillion": 1e12,
    "trillions": 1e12,
    "k": 1e3,
    "m": 1e6,
    "mn": 1e6,
    "mln": 1e6,
    "bn": 1e9,
    "b": 1e9,
    "tn": 1e12,
    "trn": 1e12,
}

PERCENT_WORDS = ("%", "percent", "per cent", "pc", "percentage points", "points")

CURRENCY_SYMBOLS = {
    "$": "dollar",
    "£": "pound",
    "€": "euro",
    "¥": "yen",
    "₹": "rupee",
    "₽": "rouble",
}

#: "no new cases", "none of the passengers", "no one died".  "nobody" is
#: left out: in quotes it is rhetoric far more often than a count
#: ("nobody checked anything", "nobody could move").
ZERO_WORDS = frozenset({"no", "none", "zero", "no-one"})

#: "no doubt", "no comment", "no one knows" idioms: no count of anything.
ZERO_IDIOM_NOUNS = frozenset(
    """
    doubt idea reason intention choice option way point sense time moment
    problem question need interest link role risk chance comment
    guarantee regret difficulty proof evidence information explanation
    answer remorse mercy longer matter excuse alternative plan sign hope
    deal agreement limit pretext thing record more less fewer longer
    sooner further matter than
    """.split()
)
#: "than" is there because the engine looks past restrictive modifiers
#: ("more") to the noun: "no more than 40" is a qualifier, not a zero.
#: "by no means", "in no way", "at no point".
ZERO_IDIOM_BEFORE = frozenset({"by", "in", "at", "under", "of"})

#: "a" and "an" are left out: "a man was killed" names no count the way
#: "one man was killed" does; "a single" is in ONE_PHRASES.
ONE_WORDS = frozenset({"one"})

#: The number one where it answers "how many": "one of them", "a single".
ONE_PHRASES = (
    ("one", "of"),
    ("a", "single"),
    ("one", "person"),
    ("only", "one"),
)

#: "one dead", "one person was killed": nouns after which "one" is a count.
ONE_COUNT_NOUNS = frozenset(
    """
    dead death fatality casualty victim person man woman child officer
    soldier hostage arrest injury case
    """.split()
)

#: Words that make an approximate noun vague ("dozens of", "hundreds of",
#: "several", "many").
VAGUE_QUANTIFIERS = frozenset(
    """
    dozens hundreds thousands millions scores several many numerous some
    various countless few
    """.split()
)

APPROXIMATE_ADJECTIVES = frozenset({"good", "few", "couple"})

RANGE_PATTERNS = (
    ("between", "and"),
    ("from", "to"),
    ("", "to"),
    ("", "-"),
    ("", "–"),
    ("", "or"),
)

#: "rose from 3 to 5 percent" is a change, not a range.
CHANGE_WORDS = frozenset(
    """
    rose rise rises rising risen fell fall falls falling fallen increased
    increase increases increasing decreased decrease decreases dropped drop
    drops climbed climb climbs jumped jump jumps grew grow grows grown
    shrank shrink shrinks went go goes gone cut cuts raised raise lowered
    lower slipped slip surged surge soared soar plunged plunge declined
    decline
    """.split()
)

#: Durations, ages, dates and times: "three days", "eight years", "9pm".
TIME_WORDS = frozenset(
    """
    second seconds minute minutes min mins hour hours hr hrs day days night
    nights evening evenings morning mornings week weeks weekend weekends
    fortnight fortnights month months year years decade decades century
    centuries quarter quarters semester semesters millennium
    year-old years-old month-old week-old day-old am pm a.m. p.m. o'clock
    """.split()
)

NOT_CLAIM_AFTER = frozenset(
    """
    times street st road rd avenue ave lane way drive boulevard
    """.split()
)

#: "page 12", "Article 5", "No. 10", "Route 66", "Section 230".
NOT_CLAIM_BEFORE = frozenset(
    """
    page pages p pp article articles art clause clauses chapter chapters no
    no. number nos section sections paragraph paragraphs line lines
    appendix annex verse figure fig table volume vol season episode act
    scene route highway flight platform gate room level division rule
    covid-19 g7 g20 channel
    """.split()
)

MONTHS = frozenset(
    """
    january february march april may june july august september october
    november december jan feb mar apr jun jul aug sep sept oct nov dec
    """.split()
)

#: Words before a four-digit number that make it a year ("in 2022").
YEAR_WORDS = frozenset(
    """
    in since from until till by before after during early late mid end
    start year years spring summer autumn fall winter fiscal
    """.split()
)

YEAR_FOLLOWERS = frozenset(
    """
    and or to in for by on at with without against the a an of from was
    were is are had has have which who that when where already again then
    also only notably
    """.split()
)

ORDINAL_SUFFIXES = ("st", "nd", "rd", "th")
TIME_SUFFIXES = ("am", "pm", "h", "hrs")
GLUED_UNITS = frozenset(
    {"km", "m", "cm", "mm", "kg", "g", "t", "l", "ml", "ha", "mw", "gw", "kw", "mph", "kmh", "ft"}
)

#: Number words that are also common other words.
AMBIGUOUS_WORDS = frozenset({"one", "ones", "no"})

PARTITIVE_WORDS = frozenset({"of"})

SUBSET_MARKERS = frozenset({"including", "among", "of whom", "of which"})

RATE_MARKERS = frozenset({"per", "a", "an", "each", "every", "apiece"})

RESTRICTIVE_MODIFIERS = frozenset(
    """
    new more further additional other another extra latest recent fresh
    suspected confirmed
    """.split()
)

#: A count's noun phrase ends at these words (and at , ; : . ! ? ( )).
CLAUSE_WORDS = frozenset(
    """
    and or but because since when while whereas as though although
    according that which who whom
    """.split()
)

#: "two dozen of them": what is counted is the antecedent.
PRONOUN_PARTITIVES = (
    ("of", "them"),
    ("of", "us"),
    ("of", "whom"),
    ("of", "which"),
)

RATIO_WORDS = frozenset({"in", "out of", "of"})

NUMBERS = NumberData(
    text2num_lang="en",
    decimal_mark=".",
    # English copy groups thousands with commas (1,280,000); a thin or
    # no-break space appears in some scientific and international copy.
    group_marks=",\u00a0\u202f\u2009",
    qualifiers_before=QUALIFIERS_BEFORE,
    qualifiers_after=QUALIFIERS_AFTER,
    approximate_nouns=APPROXIMATE_NOUNS,
    multipliers=MULTIPLIERS,
    percent_words=PERCENT_WORDS,
    currency_symbols=CURRENCY_SYMBOLS,
    zero_words=ZERO_WORDS,
    zero_idiom_nouns=ZERO_IDIOM_NOUNS,
    zero_idiom_before=ZERO_IDIOM_BEFORE,
    one_words=ONE_WORDS,
    one_phrases=ONE_PHRASES,
    one_count_nouns=ONE_COUNT_NOUNS,
    vague_quantifiers=VAGUE_QUANTIFIERS,
    approximate_adjectives=APPROXIMATE_ADJECTIVES,
    range_patterns=RANGE_PATTERNS,
    change_words=CHANGE_WORDS,
    time_words=TIME_WORDS,
    not_claim_after=NOT_CLAIM_AFTER,
    not_claim_before=NOT_CLAIM_BEFORE,
    months=MONTHS,
    year_words=YEAR_WORDS,
    year_followers=YEAR_FOLLOWERS,
    # Four-digit figures 1000–2100 written without a comma are years in
    # English copy ("since 1964", "in 2022"); counts that size take a
    # comma ("1,900 observers").
    year_range=(1000, 2100),
    ordinal_suffixes=ORDINAL_SUFFIXES,
    time_suffixes=TIME_SUFFIXES,
    glued_units=GLUED_UNITS,
    ambiguous_words=AMBIGUOUS_WORDS,
    partitive_words=PARTITIVE_WORDS,
    subset_markers=SUBSET_MARKERS,
    rate_markers=RATE_MARKERS,
    restrictive_modifiers=RESTRICTIVE_MODIFIERS,
    clause_words=CLAUSE_WORDS,
    pronoun_partitives=PRONOUN_PARTITIVES,
    ratio_words=RATIO_WORDS,
    plural_suffixes=("ies", "es", "s"),
)
