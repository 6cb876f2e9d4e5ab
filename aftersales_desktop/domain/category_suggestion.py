"""Category suggestions from the complaint text by keyword rules, with the words that matched."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class KeywordRule:
    keyword: str
    category: str  # top-level code, e.g. "logistics"
    subcategory: str | None = None  # full code, e.g. "logistics.damaged"
    weight: int = 1


@dataclass(frozen=True)
class Suggestion:
    category: str
    subcategory: str | None
    score: int
    keywords: tuple[str, ...]  # in the order they appear in the text

    def why(self) -> str:
        """The reason shown to the clerk: 描述中出现“破损”“外壳破损”."""
        return "描述中出现" + "".join(f"“{word}”" for word in self.keywords)


def suggest(text: str, rules: list[KeywordRule], limit: int = 3) -> list[Suggestion]:
    """Best first. A rule without a sub-category also counts for every sub-category of its
    category that another rule suggests; a keyword inside a longer matched keyword
    (收到 in 没收到) does not count on its own."""
    text = text or ""
    hits = [r for r in rules if r.keyword and r.keyword in text]
    hits = [r for r in hits if not any(r.keyword != o.keyword and r.keyword in o.keyword
                                       for o in hits)]
    groups: dict[tuple[str, str | None], list[KeywordRule]] = {}
    for rule in hits:
        groups.setdefault((rule.category, rule.subcategory), []).append(rule)
    for (category, sub), members in list(groups.items()):
        if sub is not None and (category, None) in groups:
            members.extend(groups[(category, None)])
    if any(sub is not None for _, sub in groups):
        groups = {key: members for key, members in groups.items()
                  if key[1] is not None or not any(k[0] == key[0] and k[1] for k in groups)}
    out = []
    for (category, sub), members in groups.items():
        words = sorted({m.keyword for m in members}, key=text.find)
        score = sum(max(m.weight for m in members if m.keyword == w) for w in words)
        out.append(Suggestion(category, sub, score, tuple(words)))
    out.sort(key=lambda s: (-s.score, text.find(s.keywords[0]), s.subcategory is None))
    return out[:limit]
