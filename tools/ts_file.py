"""Read and write Qt Linguist .ts files (XML): the entries, their state, the placeholders."""
from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

PLACEHOLDER = re.compile(r"%L?\d+|%n|\{[A-Za-z_][A-Za-z_0-9]*\}")


@dataclass
class Entry:
    context: str
    source: str
    translations: list[str]  # one, or one per plural form
    kind: str  # "", "unfinished", "vanished", "obsolete"
    numerus: bool


def load(path: Path) -> ET.ElementTree:
    return ET.parse(path)


def entries(tree: ET.ElementTree) -> list[Entry]:
    found = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            tr = message.find("translation")
            forms = tr.findall("numerusform")
            texts = [f.text or "" for f in forms] if forms else [tr.text or ""]
            found.append(Entry(name, message.findtext("source") or "", texts,
                               tr.get("type", ""), message.get("numerus") == "yes"))
    return found


def unfinished(tree: ET.ElementTree) -> list[tuple[str, str]]:
    """Entries in use whose English is missing or not yet accepted."""
    return [(e.context, e.source) for e in entries(tree)
            if e.kind not in ("vanished", "obsolete")
            and (e.kind == "unfinished" or not all(e.translations))]


def placeholders(text: str) -> set[str]:
    return set(PLACEHOLDER.findall(text))


def read_dictionary(path: Path) -> tuple[dict[str, str], dict[tuple[str, str], str]]:
    """source → English, and (context, source) → English for entries that need their own."""
    plain, by_context = {}, {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = [part.replace("\\n", "\n") for part in line.split("\t")]
        if len(parts) == 2:
            plain[parts[0]] = parts[1]
        elif len(parts) == 3:
            by_context[(parts[0], parts[1])] = parts[2]
        else:
            raise ValueError(f"{path}:{number}: expected 2 or 3 tab-separated columns")
    return plain, by_context


def fill(tree: ET.ElementTree, dictionary: Path) -> int:
    """Give unfinished entries the English of the dictionary; the count filled."""
    plain, by_context = read_dictionary(dictionary)
    count = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            tr = message.find("translation")
            if tr.get("type") != "unfinished":
                continue
            source = message.findtext("source") or ""
            english = by_context.get((name, source), plain.get(source))
            if english is None:
                continue
            forms = tr.findall("numerusform")
            if forms:
                singular, _, plural = english.partition("|")
                forms[0].text = singular
                for form in forms[1:]:
                    form.text = plural or singular
            else:
                tr.text = english
            del tr.attrib["type"]
            count += 1
    return count


def save(tree: ET.ElementTree, path: Path) -> None:
    """Write as lupdate does (so its next run changes only what changed)."""
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
                    encoding="utf-8")
