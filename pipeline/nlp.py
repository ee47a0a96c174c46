"""The spaCy pipeline, built from the project's own data.

No pretrained model is needed: a blank English pipeline gets an EntityRuler whose patterns
come from the signatory registry (every name and alias, with ``&``/``and`` and apostrophe
variants; label ORG) and from the UK public bodies whose names hold "and" or a comma (a short
list of national bodies and the official lists in ``public_bodies.csv``; label BODY, never
matched to the registry), so that a list of partners is not split inside a name, and a
statute component that marks legislation citations using the statute catalogue. An installed
pretrained pipeline can be used instead of the blank one by naming it in ``ISP_SPACY_MODEL``;
the rule components are added on top.
"""

from __future__ import annotations

import csv
import logging
import os
import re
from collections.abc import Iterable
from importlib import resources

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

from pipeline.registry import Registry
from pipeline.statutes import Catalogue, Citation, find_citations

log = logging.getLogger(__name__)

ORG_RULER = "registry_orgs_v1"
STATUTES = "isp_statutes_v1"

if not Doc.has_extension("citations"):
    Doc.set_extension("citations", default=None)


@Language.factory(STATUTES)
def _make_statutes(nlp: Language, name: str) -> StatuteTagger:
    return StatuteTagger()


class StatuteTagger:
    """Marks citations of legislation as ``doc.spans["statutes"]`` (label STATUTE)."""

    def __init__(self) -> None:
        self.catalogue = Catalogue.default()

    def __call__(self, doc: Doc) -> Doc:
        citations = find_citations(doc.text, self.catalogue)
        doc._.citations = citations
        spans = []
        for c in citations:
            span = doc.char_span(c.start, c.end, label="STATUTE", alignment_mode="expand")
            if span is not None:
                spans.append(span)
        doc.spans["statutes"] = spans
        return doc


def _variants(name: str) -> set[str]:
    out = {name}
    for text in list(out):
        out |= {text.replace("&", "and"), text.replace(" and ", " & ")}
    for text in list(out):
        out |= {text.replace("’", "'"), text.replace("'", "’"), text.replace("'", "")}
    if len(name.split()) > 1:
        out |= {t.upper() for t in out}
    return {" ".join(t.split()) for t in out if t.strip()}


def org_patterns(registry: Registry) -> list[dict[str, object]]:
    """EntityRuler patterns for every registry name and alias (ids are registry names).

    Patterns match case-sensitively: "Provide" the charity is not "provide" the verb.
    """
    patterns: list[dict[str, object]] = []
    for org, variant in registry.variants():
        for text in sorted(_variants(variant)):
            patterns.append({"label": "ORG", "pattern": text, "id": org.name})
    return patterns


def body_patterns() -> list[dict[str, object]]:
    """Patterns (label BODY) for public bodies outside the registry whose names a list
    splitter would break ("Department for Work and Pensions")."""
    text = resources.files("pipeline.resources").joinpath("national_bodies.txt").read_text(
        encoding="utf-8")
    names = [line.strip() for line in text.splitlines()
             if line.strip() and not line.startswith("#")]
    names += [n for n in listed_bodies() if re.search(r",| and | & ", n)]
    return [{"label": "BODY", "pattern": variant, "id": name}
            for name in dict.fromkeys(names) for variant in sorted(_variants(name))]


def listed_bodies() -> list[str]:
    """Names from the official lists of UK public bodies (resources/public_bodies.csv)."""
    text = resources.files("pipeline.resources").joinpath("public_bodies.csv").read_text(
        encoding="utf-8")
    rows = csv.DictReader(line for line in text.splitlines() if not line.startswith("#"))
    return [r["name"] for r in rows]


def build_nlp(registry: Registry, model: str | None = None) -> Language:
    """A pipeline that tags registry organisations (ORG) and legislation (STATUTE)."""
    model = model or os.environ.get("ISP_SPACY_MODEL") or None
    if model:
        nlp = spacy.load(model, exclude=["ner"])
        log.info("using spaCy model %s under the rule components", model)
    else:
        nlp = spacy.blank("en")
    ruler = nlp.add_pipe("entity_ruler", name=ORG_RULER,
                         config={"phrase_matcher_attr": "ORTH", "overwrite_ents": True})
    ruler.add_patterns(org_patterns(registry) + body_patterns())  # type: ignore[attr-defined]
    nlp.add_pipe(STATUTES)
    return nlp


def orgs_in(doc: Doc) -> list[Span]:
    """Registry organisations found in a parsed text (``span.ent_id_`` is the registry name)."""
    return [e for e in doc.ents if e.label_ == "ORG"]


def citations_in(doc: Doc) -> list[Citation]:
    return list(doc._.citations or [])


_GIANT_TOKEN = re.compile(r"\S{100,}")


def tokenisable(text: str) -> str:
    """``text`` with runs of 100+ non-space characters broken up: spaCy's tokenizer is
    quadratic in the length of one token, and no name or citation is that long."""
    return _GIANT_TOKEN.sub(lambda m: " ".join(m.group(0)[i:i + 50]
                                               for i in range(0, len(m.group(0)), 50)), text)


def parse_texts(nlp: Language, texts: Iterable[str]) -> list[Doc]:
    return list(nlp.pipe((tokenisable(t) for t in texts), batch_size=64))
