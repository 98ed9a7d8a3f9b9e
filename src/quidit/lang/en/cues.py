"""English cues: verbs of saying and thinking, multi-word cues, adjuncts.

Sources: the reporting verbs of English grammars (Quirk et al., *A
Comprehensive Grammar of the English Language*, 1985, §14.29–14.31 on
reporting clauses; Huddleston & Pullum 2002, ch. 11 §9), completed with the
attribution forms of wire and newspaper copy (said, told reporters, added,
according to, put the toll at …) that ``spec/annotation-guidelines.md``
lists and the English dev set (``data/dev-en``) holds.
"""

from __future__ import annotations

from quidit.lang.en.inflection import regular_forms

#: Verbs whose that-clause, bare clause ("said the bridge would reopen"),
#: to-infinitive or gerund ("denied having …") is reported content.
SPEECH_VERBS = """
    say tell state declare announce add explain claim insist argue assert
    maintain note observe remark comment report reveal disclose confirm deny
    admit acknowledge concede warn caution predict forecast estimate expect
    project fear believe think reckon suggest hint imply indicate point
    stress emphasise emphasize underline underscore repeat reiterate recall
    write tweet post reply respond retort counter answer complain protest
    allege contend testify plead promise pledge vow swear guarantee assure
    reassure hope shout cry exclaim scream whisper mutter murmur joke quip
    conclude describe recount relate detail outline mention agree concur
    disagree dispute contest reject dismiss rebut refute challenge question
    fume rage snap boast brag lament regret deplore complain grumble
    confide recommend propose advise urge demand ask request tell inform
    notify brief signal specify stipulate certify attest affirm aver
    proclaim pronounce announce broadcast publish calculate count put give
    rule find conclude accuse charge blame criticise criticize condemn
    denounce praise hail welcome applaud commend thank apologise apologize
    threaten vow feel know learn hear see understand realise realize
    recognise recognize speculate guess suppose assume presume doubt
    acknowledge clarify elaborate continue
""".split()

#: Irregular verbs: lemma → every simple form a cue can take.
IRREGULAR: dict[str, list[str]] = {
    "say": "say says said saying".split(),
    "tell": "tell tells told telling".split(),
    "write": "write writes wrote written writing".split(),
    "think": "think thinks thought thinking".split(),
    "swear": "swear swears swore sworn swearing".split(),
    "forecast": "forecast forecasts forecasted forecasting".split(),
    "broadcast": "broadcast broadcasts broadcasted broadcasting".split(),
    "put": "put puts putting".split(),
    "give": "give gives gave given giving".split(),
    "find": "find finds found finding".split(),
    "feel": "feel feels felt feeling".split(),
    "know": "know knows knew known knowing".split(),
    "hear": "hear hears heard hearing".split(),
    "see": "see sees saw seen seeing".split(),
    "understand": "understand understands understood understanding".split(),
    "learn": "learn learns learned learnt learning".split(),
    "go": "go goes went gone going".split(),
    "speak": "speak speaks spoke spoken speaking".split(),
    "read": "read reads reading".split(),
    "hold": "hold holds held holding".split(),
    "lay": "lay lays laid laying".split(),
    "set": "set sets setting".split(),
    "hit": "hit hits hitting".split(),
    "spell": "spell spells spelled spelt spelling".split(),
    "make": "make makes made making".split(),
    "bid": "bid bids bidding".split(),
    "cry": "cry cries cried crying".split(),
}

#: Multi-word cues: first verb's lemma → the words that must follow it.
#: "told reporters" keeps the addressee out of the content and out of the
#: speaker; "pointed out", "went on to say" and "hit back" are one cue.
#: The addressee of "tell" is its object whatever it is ("told the
#: Evening Echo"); the list names the frequent ones a cue span may hold.
MULTIWORD: dict[str, tuple[tuple[str, ...], ...]] = {
    "tell": (
        ("reporters",),
        ("journalists",),
        ("the", "press"),
        ("the", "media"),
        ("the", "jury"),
        ("jurors",),
        ("the", "court"),
        ("parliament",),
        ("lawmakers",),
        ("mps",),
        ("a", "news", "conference"),
        ("a", "press", "conference"),
    ),
    "point": (("out",),),
    "go": (("on", "to", "say"),),
    "hit": (("back",),),
    "speak": (("out",),),
    "spell": (("out",),),
    "lay": (("out",),),
    "set": (("out",),),
    "make": (("clear",), ("the", "point")),
    "weigh": (("in",),),
    "chime": (("in",),),
    "sound": (("the", "alarm"),),
    "play": (("down",),),
    "quote": (("as", "saying"),),
}

#: First verbs of MULTIWORD that are cues only with their tail ("made a
#: cake" is no cue, "made clear that" is); the others are cues alone too.
TAIL_REQUIRED = frozenset(
    "point go hit speak spell lay set make weigh chime sound play quote".split()
)

#: Verbs whose noun-phrase object reports a figure or a fact
#: (annotation guidelines §1): "police put the turnout at 6,000", "the
#: ministry reported 31 dead", "the Bank forecast growth of 0.6 percent".
NP_CONTENT = frozenset(
    """
    report announce confirm give put estimate forecast predict expect
    project claim admit acknowledge record register count cite reveal
    disclose fear see calculate
    """.split()
)

#: NP_CONTENT lemmas whose noun phrase counts only when it holds a number:
#: "aid group fears more than 60" is a quote, "feared the worst" is not;
#: "claimed theft of 2 million records" is, "claimed the attack" is not.
NP_NEEDS_NUMBER = frozenset("claim fear expect see give put admit count".split())

#: Objects that make a claim of responsibility, an act and never a quote
#: (guidelines §1): "claimed responsibility for", "took credit for".
RESPONSIBILITY_NOUNS = frozenset({"responsibility", "credit", "authorship"})

#: Verbs of praise, blame, appeal or refusal: never a quote with a bare
#: noun phrase ("blamed a 23 percent drop", "rejected the estimate"),
#: only with a that-clause, a gerund or a quoted passage.
WEAK = frozenset(
    """
    praise hail welcome applaud commend thank congratulate criticise criticize
    condemn denounce blame accuse charge slam attack regret deplore lament
    apologise apologize demand request urge ask propose recommend advise
    reject dismiss dispute deny contest challenge question describe threaten
    """.split()
)

#: Cues only with a that-clause: perception and knowledge verbs ("knew the
#: area", "found the body") report nothing without one; appeals ("urged
#: residents to leave") are orders, not content.  The engine reads this set
#: under the key the French module uses (``needs_que``).
NEEDS_THAT = frozenset(
    """
    know learn hear see understand realise realize recognise recognize feel
    find rule demand request urge ask propose recommend advise go continue
    """.split()
)

#: Verbs whose object is the addressee, not the content: "…, he told
#: parliament" is an attribution after its content, "…, he denied the
#: charge" is not.
ADDRESSEE_LEMMAS = frozenset(
    "tell inform brief assure reassure warn remind notify advise answer".split()
)

#: Subjects of "hear" and "tell" in the passive that stand for the
#: audience, not the speaker: "a court heard", "the jury was told".  The
#: speaker then comes from context (guidelines §1).
AUDIENCE_NOUNS = frozenset({"court", "jury", "jurors", "tribunal", "inquiry", "hearing", "mps"})

#: Attribution adjuncts, lower-cased word sequences.  "according to X"
#: reaches to the end of its sentence, like "selon X".
ADJUNCTS = (
    ("according", "to"),
    ("in", "the", "words", "of"),
    ("in", "the", "view", "of"),
    ("in", "the", "opinion", "of"),
    ("in", "the", "eyes", "of"),
    ("as", "reported", "by"),
    ("citing",),
    ("quoting",),
)


def speech_verb_forms() -> dict[str, str]:
    """Lower-cased surface form → lemma."""
    forms: dict[str, str] = {}
    for lemma in (*SPEECH_VERBS, *MULTIWORD):
        listed = IRREGULAR.get(lemma)
        for form in listed if listed else sorted(regular_forms(lemma)):
            forms.setdefault(form, lemma)
    return forms


#: Day and time words, and sentence adverbs, that may stand between a verb
#: of saying and what follows it ("said Tuesday that …", "said on Monday",
#: American "“…,” said Wednesday the spokesman" is rare but occurs).
TIME_WORDS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday yesterday today "
    "tonight also again then later earlier however too meanwhile now still "
    "separately previously".split()
)
