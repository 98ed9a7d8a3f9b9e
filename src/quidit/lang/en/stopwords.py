"""Frequent English function words, for language detection only.

Chosen to be rare in French copy, so a French article quoting an English
name or slogan does not lean English: words French shares or borrows are
left out ("a" is French *a*, "on" is French *on*, "an" as in *l'an*, "or",
"but" as in *un but*, "me", "son", "plus", "sans", "est", "six",
"second").  Number words and the verbs of saying of headlines are in,
since headlines are short and hold few function words.
"""

STOPWORDS = frozenset(
    """
    the of and to in is was for that with as by at from it its be are were
    been has have had will would which who whom whose this these those they
    their them he his him she her we our you your not no than then there
    what when where while after into over about also said says told could
    should may might must can did does do more most other some such only
    just up out if so all any been being because before between both each
    very own same too under again further once here why how
    it’s it's don’t don't didn’t didn't won’t won't can’t can't isn’t isn't
    wasn’t wasn't we’re we're they’re they're i’m i'm that’s that's we’ve
    we've
    say near amid against across toward towards via
    warns claims denies admits insists urges vows
    two three four five seven eight nine ten eleven twelve fifteen twenty
    thirty forty fifty sixty seventy eighty ninety hundred thousand dozen
    """.split()
)
