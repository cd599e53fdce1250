"""Load corpora/taxonomy.toml and match its phrases in text.

The taxonomy is data; this module only compiles its phrases into word-boundary regexes
that also accept the plural (and possessive) of each phrase's last word, so the file can list
"journalist" and still match "journalists" and "journalists'".
"""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

DEFAULT_TAXONOMY = Path(__file__).resolve().parent.parent / "corpora" / "taxonomy.toml"


def _apostrophes(pattern: str) -> str:
    """An apostrophe in a phrase matches the typographic one too ("journalist’s source")."""
    return pattern.replace("'", "['’]")


def phrase_regex(phrases: list[str]) -> re.Pattern | None:
    """One regex for a list of phrases: case-insensitive, whole words, flexible spacing,
    optional plural/possessive ending on the last word."""
    alts = []
    for p in sorted(set(phrases), key=len, reverse=True):
        words = [_apostrophes(re.escape(w)) for w in p.split()]
        if not words:
            continue
        last = words[-1]
        if last.endswith("ies") and len(last) > 4:       # "authorities" also matches "authority"
            last = last[:-3] + "(?:y|ies)"
        elif last.endswith("y") and len(last) > 2:
            last = last[:-1] + "(?:y|ies)"
        elif last.endswith("s") and len(last) > 3 and not last.endswith("ss"):  # "requests" ~ "request"
            last = last[:-1] + "(?:s|es)?"
        else:
            last = last + "(?:s|es)?"
        words[-1] = last + "(?:['’]s|s['’]|['’])?"
        alts.append(r"[\s\-]+".join(words))
    if not alts:
        return None
    # Prefix phrases ending in a stem marker like "investigat" should match any ending.
    body = "|".join(alts)
    return re.compile(r"(?<![\w])(?:%s)(?![\w])" % body, re.IGNORECASE)


def stem_regex(phrases: list[str]) -> re.Pattern | None:
    """Like phrase_regex, but a phrase may be a word stem ("investigat" matches
    "investigated", "investigations")."""
    if not phrases:
        return None
    alts = [r"[\s\-]+".join(_apostrophes(re.escape(w)) for w in p.split()) for p in sorted(set(phrases), key=len, reverse=True)]
    return re.compile(r"(?<![\w])(?:%s)\w*" % "|".join(alts), re.IGNORECASE)


# Recognition asks the same question of the same sentence or block once for every figure in
# it, so the answers for recent texts are kept (in plain dicts: a taxonomy stays picklable).
# Texts recur within a block or a page, not across a corpus: when full, a memo starts over.
_MEMO_SIZE = 2048


def _remember(memo: dict, key, value):
    if len(memo) >= _MEMO_SIZE:
        memo.clear()
    memo[key] = value
    return value


# Measures derived from a metric by suffix: a share of it, a change in it, an annualised estimate.
_MEASURES = (".share", ".change", ".annualised")


@dataclass
class Metric:
    id: str
    label: str
    unit: str
    nouns: re.Pattern | None
    context: re.Pattern | None
    requires_any: re.Pattern | None = None
    exclude: re.Pattern | None = None
    categories: str = ""
    stock: bool = False
    # counted only per part ("requests by company" in FOI answers): a figure in prose is of
    # this metric only when it names one of the parts
    parts_only: bool = False
    order: int = 0


@dataclass
class CategorySet:
    name: str
    # canonical key -> compiled regex of its synonyms
    members: dict[str, re.Pattern] = field(default_factory=dict)
    _found: dict = field(default_factory=dict, init=False, repr=False, compare=False)

    def find(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, key) of every member named in text; the longest match wins on overlaps."""
        hits = self._found.get(text)
        if hits is None:
            hits = _remember(self._found, text, tuple(self._find(text)))
        return list(hits)

    def _find(self, text: str) -> list[tuple[int, int, str]]:
        hits = []
        for key, rx in self.members.items():
            for m in rx.finditer(text):
                hits.append((m.start(), m.end(), key))
        hits.sort(key=lambda h: (h[0], -(h[1] - h[0])))
        out: list[tuple[int, int, str]] = []
        for h in hits:
            if out and h[0] < out[-1][1]:
                continue
            out.append(h)
        return out

    def lookup(self, label: str, whole: bool = False) -> str | None:
        """The key whose synonym is the whole label (ignoring case, punctuation and notes);
        unless `whole`, else the one member named inside the label."""
        clean = re.sub(r"[\*\u2020\u2021]+|\(\d+\)$", "", label).strip(" :.-–")
        for key, rx in self.members.items():
            m = rx.fullmatch(clean) if clean else None
            if m:
                return key
        if whole:
            return None
        # "Clearview AI Inc", "Interserve Group Ltd": one member named inside the label
        inside = {k for _, _, k in self.find(clean)}
        return inside.pop() if len(inside) == 1 else None


@dataclass
class Taxonomy:
    metrics: list[Metric]
    category_sets: dict[str, CategorySet]
    # Marks no metric's noun or context phrase contains, with the spaces around them (see
    # naming), e.g. r"\s*[.;]\s*"; None: no such mark.
    phrase_breaks: re.Pattern | None = None
    _named: dict = field(default_factory=dict, init=False, repr=False, compare=False)

    def naming(self, text: str, attr: str) -> frozenset[str]:
        """Ids of the metrics whose `attr` phrases ("nouns" or "context") occur in text.

        A phrase cannot run across a mark it does not contain, and the mark, being no word
        character, bounds a phrase as the end of the text does: so a text names what its
        pieces between such marks name. Nor does a phrase start or end with a space, so the
        spaces around a piece do not matter either. Recognition asks about the same sentences
        again and again (a figure's sentence, the section of text around its block, which
        slides along a sentence at a time), so the answer is remembered per piece."""
        found = frozenset()
        for piece in self.phrase_breaks.split(text.strip()) if self.phrase_breaks else (text,):
            named = self._named.get((piece, attr))
            if named is None:
                named = _remember(self._named, (piece, attr), frozenset(
                    m.id for m in self.metrics if getattr(m, attr) is not None and getattr(m, attr).search(piece)))
            found |= named
        return found

    def metric(self, metric_id: str) -> Metric | None:
        exact = next((m for m in self.metrics if m.id == metric_id), None)
        if exact is not None:
            return exact
        base = metric_id.rsplit(".", 1)[0] if metric_id.endswith(_MEASURES) else metric_id
        return next((m for m in self.metrics if m.id == base), None)

    def label(self, metric_id: str) -> str:
        m = self.metric(metric_id)
        if m is None:
            return "Unclassified statistic"
        if metric_id.endswith(".share"):
            return f"{m.label}: share (%)"
        if metric_id.endswith(".change"):
            return f"{m.label}: change on previous period (%)"
        if metric_id.endswith(".annualised") and m.id != metric_id:
            return f"{m.label} (annualised estimate)"
        return m.label


@lru_cache(maxsize=4)
def load_taxonomy(path: Path = DEFAULT_TAXONOMY) -> Taxonomy:
    data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    metrics = []
    for i, m in enumerate(data.get("metric", [])):
        metrics.append(Metric(
            id=m["id"], label=m["label"], unit=m.get("unit", "count"),
            nouns=phrase_regex(m.get("nouns", [])),
            context=phrase_regex(m.get("context", [])),
            requires_any=stem_regex(m.get("requires_any", [])),
            exclude=stem_regex(m.get("exclude", [])),
            categories=m.get("categories", ""), stock=bool(m.get("stock", False)),
            parts_only=bool(m.get("parts_only", False)), order=i,
        ))
    sets = {}
    for name, members in data.get("categories", {}).items():
        sets[name] = CategorySet(name, {k: phrase_regex(v) for k, v in members.items()})
    phrases = [p for m in data.get("metric", []) for p in m.get("nouns", []) + m.get("context", [])]
    breaks = "".join(c for c in ".;:!?" if not any(c in p for p in phrases))
    ids = [m.id for m in metrics]
    if len(ids) != len(set(ids)):
        raise ValueError(f"duplicate metric ids in {path}")
    for m in metrics:
        if m.categories and m.categories not in sets:
            raise ValueError(f"metric {m.id} names unknown category set {m.categories!r}")
    return Taxonomy(metrics, sets, re.compile(r"\s*[%s]\s*" % re.escape(breaks)) if breaks else None)
