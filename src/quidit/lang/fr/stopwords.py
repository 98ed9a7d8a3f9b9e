"""Frequent French function words, for language detection only.

Chosen to be rare in English, German, Spanish or Italian text ("de" and
"la" are shared with Spanish and Italian, so they are left out).
"""

STOPWORDS = frozenset(
    """
    le les des du un une et est sont été être avec pour dans sur par qui que
    qu ne pas plus au aux cette ces son ses leur leurs nous vous ils elles il
    elle ont fait avait sera selon mais où donc aussi tout tous très après
    avant entre sans sous depuis contre lors déjà encore ainsi même dont
    c’est c'est d’un d'un d’une d'une l’ l' qu’il qu'il n’est n'est
    """.split()
)
