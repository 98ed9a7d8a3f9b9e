"""Page furniture trafilatura keeps and quidit must not analyse.

trafilatura already drops menus, footers, comment sections and most share
bars.  Two kinds of furniture slip through on French news sites: blocks
marked up with site-specific classes (author cards, "à lire aussi" boxes,
calls to action), and one-line prompts inside the article body ("Partagez
votre avis", "Abonnez-vous"); a quote finder would read the latter as
speech.  The first are pruned from the HTML tree before extraction, the
second dropped line by line after it.
"""

from __future__ import annotations

import re

#: Class or id tokens (whole words of the attribute) that mark furniture.
FURNITURE_TOKENS = (
    "author", "author-bio", "author-card", "author-box", "authorbox", "auteur", "bio",
    "cta", "call-to-action", "promo", "newsletter", "subscribe", "abonnement", "paywall",
    "share", "sharing", "social", "partage", "partager", "reseaux-sociaux",
    "related", "related-articles", "read-also", "lire-aussi", "a-lire", "a-lire-aussi",
    "comment", "comments", "commentaires", "reactions", "reagir",
    "outbrain", "taboola", "advert", "advertisement", "publicite", "sponsored",
)  # fmt: skip

#: Attribute prefixes that mark furniture whatever follows them.
FURNITURE_PREFIXES = (
    "author-", "share-", "social-", "newsletter", "related-", "comments-", "comment-",
    "lire-aussi", "read-also", "outbrain", "taboola",
)  # fmt: skip


def _prune_xpath() -> list[str]:
    tests: list[str] = []
    for token in FURNITURE_TOKENS:
        tests.append(f"contains(concat(' ', normalize-space(@class), ' '), ' {token} ')")
        tests.append(f"@id='{token}'")
    for prefix in FURNITURE_PREFIXES:
        tests.append(f"starts-with(@class, '{prefix}')")
        tests.append(f"starts-with(@id, '{prefix}')")
    # Never the whole body: a page that marks its <body> or <article> with
    # one of these classes keeps its text.
    guard = "not(self::body or self::html or self::article or self::main)"
    return [f"//*[{guard} and ({' or '.join(tests)})]"]


PRUNE_XPATH = _prune_xpath()

#: Opening words of one-line prompts (French first, then English).
PROMPTS = (
    "partagez votre avis", "donnez votre avis", "donnez-nous votre avis", "votre avis nous",
    "réagissez", "laissez un commentaire", "ajouter un commentaire", "commentez",
    "abonnez-vous", "inscrivez-vous", "recevez notre newsletter", "recevez nos newsletters",
    "à lire aussi", "a lire aussi", "lire aussi", "lire la suite", "voir aussi", "à voir aussi",
    "partager cet article", "partager sur", "suivez-nous", "cet article vous a plu",
    "vous avez aimé cet article", "contenus sponsorisés", "publicité",
    "share your opinion", "share this article", "leave a comment", "sign up for",
    "subscribe to", "read more", "read also", "related:", "follow us", "advertisement",
)  # fmt: skip

#: Longest line still taken for a prompt: prompts are one short sentence
#: (the longest above, with a headline after "Lire aussi :", fits in 200);
#: a paragraph of the article that happens to open with "Voir aussi" is longer.
PROMPT_MAX_CHARS = 200

# Leading bullets and arrows ("► Lire aussi") are skipped; a quotation mark
# is not, since a quoted "lire aussi" is speech.
_LEAD = r"^[^\w«»“”\"']*"
_PROMPT = re.compile(_LEAD + "(?:" + "|".join(map(re.escape, PROMPTS)) + r")\b", re.IGNORECASE)


def is_prompt(line: str) -> bool:
    line = line.strip()
    return 0 < len(line) <= PROMPT_MAX_CHARS and _PROMPT.match(line) is not None


def drop_prompts(text: str) -> str:
    """The text without its prompt lines (lines are paragraphs in trafilatura's output)."""
    return "\n".join(line for line in text.split("\n") if not is_prompt(line))
