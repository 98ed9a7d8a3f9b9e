"""English quotation marks: opening → closing.

English copy uses curly double quotes (“ ”), straight double quotes, and,
in British headlines and tabloids, single quotes (‘ ’) — whose closing mark
is also the apostrophe ("‘We’re not leaving’").  Straight quotes open and
close with the same character; the scanner pairs them by position.
"""

QUOTE_PAIRS = {
    "“": "”",
    '"': '"',
    "‘": "’",
}

#: Characters that are also apostrophes: a closing ’ (or ') between two
#: letters ("don’t", "Velmar’s") or after a plural s with no opening ‘ left
#: open is an apostrophe, not the end of a quote.
APOSTROPHES = frozenset({"’", "'"})

#: English news lets a quotation run over paragraphs: a paragraph that ends
#: inside a quote has no closing mark, and the next paragraph opens with a
#: fresh opening mark ("…us.¶“We have…,” Pryce added.").  The scanner
#: closes such a quote at the end of its paragraph.
PARAGRAPH_CONTINUATION = True
