"""A learned attribution finder over the parse, next to the rules.

Trained on PolNeAR (``scripts/train_en_attribution.py``), it finds what
listed rules miss: the long tail of cues ("slammed", "pushed back",
"cited"), reported speech without "that", sources away from their cue.
It reads the dependency parse the pipeline already made, so it costs a
few feature look-ups per candidate word, not a second network.

Two linear models, both averaged perceptrons over sparse string features:

* **cue**: is this word the head of an attribution cue?  (binary; the
  score's sign decides);
* **content**: for a cue, which stretch of the parse is its content?  A
  ranking over candidate spans built from the cue's dependents (its
  ``ccomp``, ``xcomp``, ``dobj`` … subtree), its head's clause without
  the cue's own subtree ("…, he said"), and the rest of the sentence
  before or after it.

The source mention is read from the parse (the cue's subject, the
passive's agent, the object of "according to", else the subject of the
clause the cue hangs on).  Spans follow the project's guidelines, not
PolNeAR's where they differ: a leading complementiser "that" is left out
of the content (see README, "English on real news").

Pure functions over a Doc and a loaded :class:`Model`; the model file is
read once per process.
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from functools import cache
from importlib import resources
from itertools import pairwise
from pathlib import Path

from spacy.tokens import Doc, Token

from quidit.extract.spans import text_of
from quidit.lang import LanguageData
from quidit.lang.en.attribution import NOT_CUE_LEMMAS
from quidit.records import Quote, Span, Speaker

#: Parts of speech a cue's head may have: in PolNeAR dev, 98 % of cue heads
#: are VERB, NOUN, AUX, ADP, PROPN or ADJ (the rest: colons and dashes, which
#: the rules read as direct-quote introductions).
CUE_POS = frozenset({"VERB", "NOUN", "AUX", "ADP", "PROPN", "ADJ"})

#: Dependents whose subtree may be a content (on PolNeAR dev, ccomp, dobj,
#: prep, xcomp, advcl, nsubjpass, acl, oprd, acomp and conj cover the
#: contents that sit under their cue; the others are rarer relations kept as
#: candidates for the ranker to weigh).
CONTENT_DEPS = frozenset(
    {"ccomp", "dobj", "prep", "xcomp", "advcl", "nsubjpass", "acl", "oprd", "acomp", "conj"}
    | {"attr", "pcomp", "dative", "npadvmod", "parataxis", "csubj", "nsubj", "relcl"}
)
SUBJECTS = frozenset({"nsubj", "nsubjpass"})
QUOTE_CHARS = frozenset('“”"‘’«»')
#: Quotation marks that make a quote direct or mixed: PolNeAR's conversion
#: and the English dev set read only double marks (single ones are
#: apostrophes far more often than quotation marks in US copy).
DOUBLE_MARKS = frozenset('“”"')
#: Trimmed from the ends of a content: spaces and punctuation, as the
#: scorer trims them (spec/scoring.md rule 1), and quotation marks kept.
EDGE_PUNCT = frozenset(".,;:!?—–-()[]")


@dataclass(frozen=True)
class Model:
    """Weights of the two perceptrons, feature → weight."""

    cue: dict[str, float]
    content: dict[str, float]
    #: Score a cue needs (0.0 is the perceptron's own boundary).
    threshold: float = 0.0
    meta: dict[str, object] | None = None

    def cue_score(self, features: Iterable[str]) -> float:
        w = self.cue
        return sum(w.get(f, 0.0) for f in features)

    def content_score(self, features: Iterable[str]) -> float:
        w = self.content
        return sum(w.get(f, 0.0) for f in features)

    def to_json(self) -> dict[str, object]:
        return {
            "cue": self.cue,
            "content": self.content,
            "threshold": self.threshold,
            "meta": self.meta or {},
        }

    def save(self, path: Path) -> None:
        data = json.dumps(self.to_json(), sort_keys=True, separators=(",", ":"))
        # No time stamp nor file name in the header: the same weights give the
        # same bytes (a deterministic artefact).
        with (
            open(path, "wb") as raw,
            gzip.GzipFile(filename="", fileobj=raw, mode="wb", mtime=0) as f,
        ):
            f.write(data.encode("utf-8"))


def read_model(path: Path | str) -> Model:
    with gzip.open(path, "rt", encoding="utf-8") as f:
        d = json.load(f)
    return Model(
        cue=d["cue"], content=d["content"], threshold=d.get("threshold", 0.0), meta=d.get("meta")
    )


@cache
def packaged_model(package: str, name: str) -> Model | None:
    """The model file ``name`` shipped inside ``package``; None when absent."""
    ref = resources.files(package).joinpath(name)
    if not ref.is_file():
        return None
    with resources.as_file(ref) as path:
        return read_model(path)


def learned_model(language: LanguageData) -> Model | None:
    """The language's shipped model (``extra["learned_model"]``: package and
    file name), or None for a language without one."""
    where = language.extra.get("learned_model")
    if not where:
        return None
    package, name = where
    return packaged_model(package, name)


# -- features ---------------------------------------------------------------


def _shape(t: Token) -> str:
    return "X" if t.is_title else ("x" if t.is_lower else "o")


def cue_features(t: Token) -> list[str]:
    """Sparse features of a candidate cue head."""
    lemma = t.lemma_.lower()
    f = [
        "b",
        "l=" + lemma,
        "w=" + t.lower_,
        "p=" + t.pos_,
        "t=" + t.tag_,
        "d=" + t.dep_,
        "l+d=" + lemma + "|" + t.dep_,
        "l+t=" + lemma + "|" + t.tag_,
        "hl=" + t.head.lemma_.lower(),
        "l+hd=" + lemma + "|" + t.head.dep_,
        "s=" + _shape(t),
    ]
    deps = set()
    for c in t.children:
        dep = c.dep_
        deps.add(dep)
        f.append("c=" + dep)
        f.append("l+c=" + lemma + "|" + dep)
        if dep in SUBJECTS:
            f.append("subj=" + c.pos_)
            f.append("subj-ent=" + c.ent_type_)
            f.append("l+subjpos=" + lemma + "|" + c.pos_)
        elif dep == "ccomp":
            marks = [g.lower_ for g in c.children if g.dep_ == "mark"]
            f.append("l+ccomp-mark=" + lemma + "|" + (marks[0] if marks else "-"))
        elif dep == "prep":
            f.append("l+prep=" + lemma + "|" + c.lower_)
        elif dep == "xcomp":
            f.append("l+xcomp=" + lemma + "|" + c.tag_)
    f.append("deps=" + ",".join(sorted(deps)))
    doc = t.doc
    prev = doc[t.i - 1].lower_ if t.i > 0 else "<s>"
    nxt = doc[t.i + 1].lower_ if t.i + 1 < len(doc) else "</s>"
    f.append("pw=" + prev)
    f.append("nw=" + nxt)
    f.append("l+nw=" + lemma + "|" + nxt)
    f.append("l+pw=" + lemma + "|" + prev)
    return f


@dataclass(frozen=True, slots=True)
class Candidate:
    kind: str
    start: int  # token index, inclusive
    end: int  # token index, exclusive


def _subtree_bounds(t: Token) -> tuple[int, int]:
    return t.left_edge.i, t.right_edge.i + 1


def sentence_bounds(doc: Doc) -> list[tuple[int, int]]:
    """Each token's sentence as (start, end) token indices, in one pass:
    ``Token.sent`` walks the document's sentences at every call."""
    out: list[tuple[int, int]] = []
    for sent in doc.sents:
        out.extend([(sent.start, sent.end)] * len(sent))
    return out


def content_candidates(t: Token, sent: tuple[int, int] | None = None) -> list[Candidate]:
    """Stretches of the parse that may be the content of cue ``t``; ``sent``:
    its sentence's token bounds (:func:`sentence_bounds`), read from the parse
    when not given."""
    out: list[Candidate] = []
    seen: set[tuple[int, int]] = set()

    def add(kind: str, start: int, end: int) -> None:
        doc = t.doc
        while start < end and (doc[start].is_punct or doc[start].is_space):
            if doc[start].text in QUOTE_CHARS:
                break
            start += 1
        while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
            if doc[end - 1].text in QUOTE_CHARS:
                break
            end -= 1
        if end > start and (start, end) not in seen:
            seen.add((start, end))
            out.append(Candidate(kind, start, end))

    lo, hi = _subtree_bounds(t)
    kids = [c for c in t.children if c.dep_ in CONTENT_DEPS]
    for c in kids:
        add("c:" + c.dep_, *_subtree_bounds(c))
    # Two neighbouring dependents read as one content: "urged supporters to
    # vote" (dobj + xcomp), "called the plan “a disaster”" (dobj + oprd).
    for a, b in pairwise(kids):
        add("c:" + a.dep_ + "+" + b.dep_, a.left_edge.i, b.right_edge.i + 1)
    head = t.head
    s_start, s_end = sent if sent is not None else (t.sent.start, t.sent.end)
    if head.i != t.i:
        h_lo, h_hi = _subtree_bounds(head)
        if hi <= h_hi and h_lo < lo:
            add("hb:" + t.dep_, h_lo, lo)  # the head's clause before the cue's subtree
        if lo >= h_lo and hi < h_hi:
            add("ha:" + t.dep_, hi, h_hi)  # … after it
    if s_start < lo:
        add("sb", s_start, lo)
    if hi < s_end:
        add("sa", hi, s_end)
    for kind, bounds in (("qb", _marked_before(t)), ("qa", _marked_after(t))):
        if bounds is not None:
            add(kind, *bounds)
    return out


#: How far from its cue a closing (or opening) quotation mark may stand and
#: still be the cue's quote: "…,” the senator from Ohio said" has the mark
#: 5 words back.  A judgement, not tuned: the ranker decides whether the
#: marked span is the content.
MARK_REACH = 6


def _marked_before(t: Token) -> tuple[int, int] | None:
    """Token bounds of a quotation closed just before the cue, from its
    opening mark, within the paragraph: a quote of several sentences."""
    doc = t.doc
    for i in range(t.i - 1, max(t.i - 1 - MARK_REACH, -1), -1):
        if doc[i].text in {"”", '"'}:
            close = doc[i].idx
            text = text_of(doc)
            para = text.rfind("\n", 0, close) + 1
            open_ = max(text.rfind("“", para, close), text.rfind('"', para, close))
            if open_ < 0:
                return None
            span = doc.char_span(open_, close + 1, alignment_mode="expand")
            return (span.start, span.end) if span is not None else None
        if "\n" in doc[i].text:
            return None
    return None


def _marked_after(t: Token) -> tuple[int, int] | None:
    """Token bounds of a quotation opened just after the cue ("said: “…”")."""
    doc = t.doc
    for i in range(t.i + 1, min(t.i + 1 + MARK_REACH, len(doc))):
        if doc[i].text in {"“", '"'}:
            start = doc[i].idx
            text = text_of(doc)
            para = text.find("\n", start)
            para = len(text) if para < 0 else para
            ends = [e for e in (text.find("”", start + 1, para),) if e >= 0]
            if not ends:
                ends = [e for e in (text.find('"', start + 1, para),) if e >= 0]
            if not ends:
                return None
            span = doc.char_span(start, ends[0] + 1, alignment_mode="expand")
            return (span.start, span.end) if span is not None else None
        if "\n" in doc[i].text:
            return None
    return None


def candidate_features(t: Token, c: Candidate) -> list[str]:
    doc = t.doc
    lemma = t.lemma_.lower()
    first = doc[c.start]
    n = c.end - c.start
    size = "1" if n == 1 else "2-3" if n <= 3 else "4-8" if n <= 8 else "9+"
    side = "after" if c.start > t.i else "before" if c.end <= t.i else "around"
    k = c.kind
    return [
        "k=" + k,
        "k+l=" + k + "|" + lemma,
        "k+f=" + k + "|" + first.lower_,
        "k+fp=" + k + "|" + first.pos_,
        "k+n=" + k + "|" + size,
        "k+side=" + k + "|" + side,
        "k+d=" + k + "|" + t.dep_,
        "f=" + first.lower_,
        "n=" + size,
        "l+n=" + lemma + "|" + size,
        "q=" + str(doc[c.start].text in QUOTE_CHARS),
    ]


# -- reading a Doc ----------------------------------------------------------


def candidate_cues(doc: Doc) -> Iterator[Token]:
    for t in doc:
        if t.pos_ in CUE_POS and not t.is_space:
            yield t


def source_mention(t: Token) -> tuple[int, int] | None:
    """Character offsets of the source mention of cue ``t``, read from the parse."""
    subj = None
    agent = None
    for c in t.children:
        if c.dep_ == "nsubj" and subj is None:
            subj = c
        elif c.dep_ == "agent" or (c.lower_ == "to" and t.lower_ == "according"):
            agent = next((g for g in c.children if g.dep_ == "pobj"), None)
    if t.lower_ == "according" and agent is None:
        to = next((c for c in t.children if c.lower_ == "to"), None)
        if to is not None:
            agent = next((g for g in to.children if g.dep_ == "pobj"), None)
    source = agent or subj
    if source is None and t.dep_ in {"conj", "xcomp", "advcl", "relcl", "acl"}:
        head = t.head
        if t.dep_ == "relcl" or t.dep_ == "acl":
            source = head
        else:
            source = next((c for c in head.children if c.dep_ in SUBJECTS), None)
    if source is None:
        return None
    # The noun phrase up to its head: relative clauses and appositions after
    # it are left out, as in the rules' mentions.
    start = source.left_edge
    return start.idx, source.idx + len(source)


def content_offsets(doc: Doc, c: Candidate, strip_that: bool = True) -> tuple[int, int]:
    """Character offsets of a candidate, per the guidelines: a leading
    complementiser "that" is not part of the content (``strip_that=False``
    keeps it, as PolNeAR does: bench/polnear.py measures the difference)."""
    start = c.start
    if (
        strip_that
        and c.end - start > 1
        and doc[start].lower_ == "that"
        and doc[start].dep_ == "mark"
    ):
        start += 1
    return doc[start].idx, doc[c.end - 1].idx + len(doc[c.end - 1])


def follows_guidelines(doc: Doc, cue: Token, start: int, end: int, sourced: bool) -> bool:
    """Is an attribution of cue ``cue`` with content ``[start, end)`` (character
    offsets) one the project's guidelines count?  Where PolNeAR counts more,
    the guidelines decide (README, "English on real news"):

    * the cue's lemma is not one of ``NOT_CUE_LEMMAS`` (intentions, refusals …);
    * a noun-phrase content (no verb) counts only when it reports a figure:
      "announced 17 dead", not "attacked the plan", "claimed responsibility",
      "disputed the figures", nor a term or title in marks ("called the
      scheme a “cash grab”", "its album, “Dark Water”") (guidelines §1);
    * a content with no source is left to the rules, which read it from the
      context; the model's reading of a sourceless clause is most often a
      passive of expectation ("is expected to last three weeks").
    """
    if cue.lemma_.lower() in NOT_CUE_LEMMAS:
        return False
    body = text_of(doc)[start:end]
    marked = any(ch in DOUBLE_MARKS for ch in body)
    if not sourced and not marked:
        return False
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    if any(_clause_verb(t, span.start, span.end) for t in span):
        return True
    # A noun phrase: its own head counts something ("17 dead", "a 3 % rise").
    root = span.root
    return root.like_num or any(c.like_num for c in root.children)


#: Dependents that make a verb part of a noun phrase, not a clause of its
#: own: "responsibility for an attack that shut the port" is a noun phrase.
NOUN_MODIFIERS = frozenset({"relcl", "acl", "amod", "compound"})


def _clause_verb(t: Token, start: int, end: int) -> bool:
    """``t`` is a verb that heads a clause of the span ``[start, end)`` (token
    indices): not inside a noun's modifier on its way up to the span's edge."""
    if t.pos_ not in {"VERB", "AUX"}:
        return False
    while True:
        # The span's own top stands for the whole span, whatever its relation
        # outside it: "the claim that the guard had refused" hangs its clause
        # on "claim" as ``acl`` but is a clause all the same.
        if t.head.i == t.i or not (start <= t.head.i < end):
            return True
        if t.dep_ in NOUN_MODIFIERS:
            return False
        t = t.head


@dataclass(frozen=True, slots=True)
class Found:
    start: int
    end: int
    cue: tuple[int, int]
    mention: tuple[int, int] | None
    score: float


def find_learned(doc: Doc, model: Model, *, polnear: bool = False) -> list[Found]:
    """Attributions the model finds in ``doc``, in text order.

    ``polnear=True`` follows PolNeAR's conventions instead of the guidelines
    (keeps a leading "that", skips :func:`follows_guidelines`): only for
    measuring what the guidelines cost on PolNeAR (bench/polnear.py).
    """
    out = []
    sents: list[tuple[int, int]] | None = None
    for t in candidate_cues(doc):
        s = model.cue_score(cue_features(t))
        if s <= model.threshold:
            continue
        if sents is None:
            sents = sentence_bounds(doc)
        cands = content_candidates(t, sents[t.i])
        if not cands:
            continue
        best = max(cands, key=lambda c: model.content_score(candidate_features(t, c)))
        start, end = content_offsets(doc, best, strip_that=not polnear)
        mention = source_mention(t)
        if not polnear and not (
            follows_guidelines(doc, t, start, end, mention is not None)
            and _not_an_order(best)
            and _a_source(doc, mention)
            and not _opens_on_a_closing_mark(text_of(doc)[start:end])
        ):
            continue
        out.append(Found(start, end, (t.idx, t.idx + len(t)), mention, s))
    return out


def _not_an_order(c: Candidate) -> bool:
    """An object and its infinitive ("warned residents to stay indoors",
    "urged voters to turn out") is an order or an appeal to someone, not
    what the source says (the English rules' hard negatives)."""
    return c.kind != "c:dobj+xcomp"


def _opens_on_a_closing_mark(body: str) -> bool:
    """A content that begins by closing a quotation («," he added» after the
    marks) is a misreading: a quote's span takes the marks whole or keeps
    out of them (guidelines §1)."""
    body = body.lstrip(",.;:!? \u00a0")
    return body[:1] in {"”", '"'} and body[1:2] in {",", ".", ";", ":", "!", "?", " ", ""}


#: Words that are a subject but never a source: "That said, …" is an idiom.
NOT_SOURCES = frozenset({"that", "this", "these", "those", "what"})


def _a_source(doc: Doc, mention: tuple[int, int] | None) -> bool:
    return mention is None or text_of(doc)[mention[0] : mention[1]].lower() not in NOT_SOURCES


def quote_type(text: str, start: int, end: int) -> str:
    """Direct when the marks hold the whole content, mixed when it holds one
    elsewhere (guidelines §1)."""
    body = text[start:end]
    if not any(ch in DOUBLE_MARKS for ch in body):
        return "indirect"
    if body[:1] in DOUBLE_MARKS and body[-1:] in DOUBLE_MARKS:
        return "direct"
    return "mixed"


def to_quotes(doc: Doc, found: Sequence[Found]) -> list[Quote]:
    text = text_of(doc)
    return [
        Quote(
            id="",
            type=quote_type(text, f.start, f.end),
            content=Span.of(text, f.start, f.end),
            cue=Span.of(text, *f.cue),
            speaker=Speaker(mention=Span.of(text, *f.mention) if f.mention else None),
            # Below the rules' hand-set priors (drafts.CONFIDENCE): the
            # model's quotes rank after the rules' for review.
            confidence=0.6,
        )
        for f in found
    ]


def merge(first: Sequence[Quote], second: Sequence[Quote], fill: bool = False) -> list[Quote]:
    """``first``'s quotes, plus ``second``'s where none of ``first`` already
    holds that content or that cue; renumbered in text order.

    With ``fill``, a quote of ``first`` with no cue takes the cue and the
    speaker mention of a quote of ``second`` over the same content: the
    rules find a quote by its marks but may not tell its attribution, which
    the model reads from the parse.
    """
    quotes = list(first)
    taken = [(q.content.start, q.content.end) for q in first]
    cues = [(q.cue.start, q.cue.end) for q in first if q.cue is not None]
    for q in second:
        hit = [i for i, (a, b) in enumerate(taken) if a < q.content.end and q.content.start < b]
        if hit:
            i = hit[0]
            # Only where the rules found no attribution at all: a cue with no
            # mention is the rules' own reading ("…, jury told": the audience
            # is not the source; the speaker comes from the context).
            # Nor a cue another quote already has: "“A,” Ruiz said. “B.”" —
            # the second pair is a quote of its own with no cue (guidelines §1).
            # Nor a cue inside the quote it would attribute: an attribution
            # inside a direct quote is the speaker's words (guidelines §1).
            if (
                fill
                and i < len(first)
                and quotes[i].cue is None
                and q.cue is not None
                and not any(a < q.cue.end and q.cue.start < b for a, b in cues)
                and not (taken[i][0] <= q.cue.start and q.cue.end <= taken[i][1])
            ):
                old = quotes[i]
                quotes[i] = replace(
                    old, cue=q.cue, speaker=replace(old.speaker, mention=q.speaker.mention)
                )
            continue
        if q.cue is not None and any(a < q.cue.end and q.cue.start < b for a, b in cues):
            continue
        taken.append((q.content.start, q.content.end))
        quotes.append(q)
    quotes.sort(key=lambda q: (q.content.start, -q.content.end))
    return [replace(q, id=f"q{n}") for n, q in enumerate(quotes, 1)]


def layered(rules: Sequence[Quote], learned: Sequence[Quote]) -> list[Quote]:
    """The shipped combination: the rules' quotes with quotation marks
    first (marks, incises and context speakers are what rules read best),
    then the model's, then the rules' other quotes where neither holds
    that content or cue."""
    marked = [q for q in rules if q.type != "indirect"]
    plain = [q for q in rules if q.type == "indirect"]
    return merge(merge(marked, learned), plain)
