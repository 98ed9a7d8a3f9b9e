"""French quotation marks: opening → closing.

French copy uses chevrons (« ») with a (narrow) no-break space inside,
English-style curly quotes (“ ”), straight quotes and single chevrons
(‹ ›) for quotes within quotes.  Straight quotes open and close with the
same character; the scanner pairs them by position.
"""

QUOTE_PAIRS = {
    "«": "»",
    "“": "”",
    '"': '"',
    "‹": "›",
}
