"""French quotation marks: opening → closing.

French copy uses chevrons (« ») with a (narrow) no-break space inside,
English-style curly quotes (“ ”), straight quotes, and single chevrons
(‹ ›) or single curly quotes (‘ ’) for quotes within quotes.  Straight
quotes open and close with the same character; the scanner pairs them by
position.
"""

import re

QUOTE_PAIRS = {
    "«": "»",
    "“": "”",
    '"': '"',
    "‹": "›",
    "‘": "’",
}

#: Marks of two characters each, opening → closing: some agencies' copy
#: (the Senegalese APS among them) doubles the single curly quote, « ‘’Nous
#: rouvrirons l’école’’, a écrit X »; paired before single marks.
DOUBLED_MARKS = {"‘’": "’’", "‘‘": "’’"}

#: Characters that are also apostrophes: French prints its apostrophe as
#: ’ (« l’armée ») and, misprinted, as ‘ (« jusqu‘à »); between two letters
#: either one is an apostrophe, never a quotation mark.
APOSTROPHES = frozenset({"’", "‘"})

#: Object clitics that may open an incise before its verb (« », lui a
#: répondu le maire · « », leur a-t-il expliqué · « », nous a confié X):
#: the dative and accusative personal pronouns of the grammars (Riegel et
#: al., ch. VII, pronoms conjoints), which French places before the verb.
INCISE_OBJECT_CLITICS = frozenset(
    {"lui", "leur", "nous", "vous", "me", "m'", "m’", "te", "t'", "t’"}
)

#: Adverbials that stand between the auxiliary and the participle of an
#: incise, or between the verb and its inverted subject (« », a pour sa
#: part estimé X · « », a lancé de son côté X): the contrastive and
#: additive adverbials of news reporting, from the grammars' lists of
#: « adverbes de phrase » and connectives. Lower case, ' for apostrophes.
INCISE_FILLERS = frozenset(
    {
        "pour sa part",
        "pour leur part",
        "de son côté",
        "de leur côté",
        "quant à lui",
        "quant à elle",
        "quant à eux",
        "quant à elles",
        "lui aussi",
        "elle aussi",
        "eux aussi",
        "elles aussi",
        "lui",
        "elle",
        "eux",
        "elles",
        "à son tour",
        "à leur tour",
        "d'emblée",
        # « », rassure tout de suite X: the parser hangs « suite » on the
        # subject's name, a phrase of the verb.
        "tout de suite",
        "de nouveau",
        "une nouvelle fois",
        "encore",
        "aussi",
        "ainsi",
        "alors",
        "ensuite",
        "également",
        "enfin",
        "notamment",
        "toutefois",
        "pourtant",
        "cependant",
        "néanmoins",
        "plus tard",
        "simplement",
        "sobrement",
        "encore une fois",
        # The connectives of addition and contrast (Riegel et al.:
        # « connecteurs »), set between the auxiliary and the participle or
        # between the verb and its content (« a par ailleurs rappelé »,
        # « affirme, par ailleurs, avoir prévenu … »).
        "par ailleurs",
        "en outre",
        "de plus",
        "en effet",
        "d'ailleurs",
        "du reste",
        "de même",
        "en revanche",
        "par contre",
        "au contraire",
    }
)

#: Attribution adjuncts that have another, more frequent meaning (« pour »:
#: purpose or benefit); after a quotation they attribute it only as an
#: incise, set off by a comma and closing the clause.
AMBIGUOUS_ADJUNCTS = frozenset({"pour"})

#: Words that join two quotations of one list (« « A », et « B » »,
#: « « A », « B » ou encore « C » »): the coordinating conjunctions and
#: their additive locutions. Lower case.
QUOTE_JOINERS = frozenset(
    {"et", "ou", "ou encore", "et encore", "ainsi que", "puis", "mais", "mais aussi", "et aussi"}
)

#: The writer's gloss after a content, set off by a comma: what the words
#: allude or refer to (« …, allusion aux élus … », « …, en référence à … »,
#: « …, faisant référence à … »).
GLOSS_AFTER_CONTENT = re.compile(
    r",\s+(?:en\s+|faisant\s+)?(?:allusion|référence)\s+(?:à|au|aux)\b", re.IGNORECASE
)

#: A wire agency's credit closing a paragraph (« … (AFP) », « … (avec
#: AFP) », « (Belga) », « (ATS/AFP) »): the writer's byline, no part of what
#: was said. Only agency names: a place in brackets (« (Morbihan) ») may
#: end a content. The agencies are those French-language papers credit.
_AGENCIES = r"(?:AFP|Reuters|AP|Belga|ATS|ANP|DPA|dpa|EFE|ANSA|Xinhua|APS|MAP|Keystone-ATS|La Presse canadienne)"
WIRE_CREDIT = re.compile(
    r"\s*[.]?\s*\((?:avec\s+(?:l'|l’)?)?"
    + _AGENCIES
    + r"(?:\s*(?:/|,|-|et)\s*"
    + _AGENCIES
    + r")*\)\s*[.]?\s*$"
)

#: Words right before a quotation mark that distance the writer from the
#: words in marks (irony, a term): « les supposées « nuisances » », « le
#: soi-disant « plan de paix » », « la fameuse « règle d’or » ». From the
#: grammars' description of « guillemets de distanciation ».
SCARE_MARKERS = frozenset(
    "supposé supposée supposés supposées prétendu prétendue prétendus prétendues "
    "soi-disant fameux fameuse fameuses pseudo".split()
)

#: Words that introduce a name right before its marks (« une opération
#: baptisée « … » », « la zone dite « … » », « un livre intitulé « … » »):
#: what follows is a name or a title, never speech (guidelines §1). Not
#: « dit », the verb as often as the participle (« X dit « … » »).
NAMING_MARKERS = frozenset(
    "baptisé baptisée baptisés baptisées intitulé intitulée intitulés intitulées "
    "nommé nommée nommés nommées dénommé dénommée dénommés dénommées surnommé "
    "surnommée surnommés surnommées dite titré titrée".split()
)

#: Verbs that show, chant or write words (slogans, placards, banners):
#: right before quotation marks they quote them (« on pouvait lire « … » »,
#: « ils scandaient « … » », « était inscrit « … » »). Not « chanter » nor
#: « entonner »: their object in marks is a song's title.
DISPLAY_LEMMAS = frozenset("lire scander crier hurler inscrire clamer afficher".split())


#: Reflexive verbs of saying whose attribute in marks is the speaker's word
#: for how they feel or judge (« s'est dite « surprise » », « s'estime
#: « trahi » », « se montre « très inquiet » »; Riegel et al.: « se dire »,
#: « se déclarer » + attribute of the subject) (extract/quoted_objects.py).
QUOTED_ATTRIBUTE_LEMMAS = frozenset("dire déclarer montrer estimer avouer juger".split())


#: Nouns of manner, measure or rule after « selon » (TLFi, selon: « en se
#: conformant à, d'une manière qui dépend de »): « selon des règles
#: précises », « selon une routine », « selon les cas », « selon le
#: rythme convenu » report no one (extract/adjunct_cues.py).
ADJUNCT_NON_SOURCES = frozenset(
    "règle routine cas besoin modalité procédure critère rythme principe "
    "méthode mode protocole formule schéma logique barème circonstance saison "
    "heure moment type taille âge".split()
)
