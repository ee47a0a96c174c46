"""Would a trained classifier judge which template sections a document covers better than
the rules do? A measure, not a component: it prints the comparison issue 8 asks for.

For each labelled family in ``data/families.toml`` (the real documents aside: they are not in
the repository, and training must be reproducible from it), every document is extracted and
parsed as a run does, which gives the rules' "missing" sections, and its text is kept. Then,
family by family, a spaCy ``textcat_multilabel`` (bag of words and word pairs, CPU, seconds) is
trained on every *other* family and asked, for each held-out document, how likely each section
is present. Three ways of reporting a section missing are scored against the truth, pooled
over the held-out families that are blind:

- rules: the parser's judgement (pipeline.sections);
- model: the classifier alone (missing when it gives the section less than an even chance);
- both: missing only when the rules say so and the classifier agrees.

With ``--test NAME`` (repeatable) only those families are scored, by a classifier trained on
all the others: the way to measure it on a family nobody has tuned against.

Run: ``.venv/bin/python scripts/section_model.py`` (about 10 minutes on two cores, most of it
reading the corpora; ``--cache FILE`` keeps what was read for the next run).
"""

from __future__ import annotations

import argparse
import pickle
import random
from dataclasses import dataclass
from pathlib import Path

import spacy
from spacy.training import Example
from spacy.util import minibatch

from extractors import extract
from pipeline.corpora import families
from pipeline.evaluate import load_truth
from pipeline.fields import parse_document
from pipeline.process import resources_for
from pipeline.vocab import SectionKey

KEYS = [k.value for k in SectionKey]
MAX_WORDS = 4000


@dataclass
class Labelled:
    family: str
    blind: bool
    file: str
    text: str
    rules_missing: set[str]
    truth_missing: set[str]


def read(skip: set[str]) -> list[Labelled]:
    registry, nlp = resources_for(None)
    out = []
    for family in families():
        if family.name in skip or not family.available:
            continue
        truth = {Path(t["file"]).name: t for t in load_truth(family.truth)}
        for path in family.documents():
            document = extract(path).document
            item = truth[path.name]
            if document is None or "missing_sections" not in item:
                continue
            record = parse_document(document, nlp, registry)
            text = " ".join(" ".join(b.text for b in document.blocks).split()[:MAX_WORDS])
            out.append(Labelled(family.name, family.blind, path.name, text,
                                {s.section.value for s in record.sections if s.present is False},
                                set(item["missing_sections"])))
        print(f"read {family.name}", flush=True)
    return out


def train(items: list[Labelled], seed: int = 0) -> spacy.language.Language:
    random.seed(seed)
    nlp = spacy.blank("en")
    textcat = nlp.add_pipe("textcat_multilabel", config={"model": {
        "@architectures": "spacy.TextCatBOW.v3", "exclusive_classes": False,
        "ngram_size": 2, "no_output_layer": False}})
    for key in KEYS:
        textcat.add_label(key)  # type: ignore[attr-defined]
    examples = [Example.from_dict(nlp.make_doc(i.text),
                                  {"cats": {k: float(k not in i.truth_missing) for k in KEYS}})
                for i in items]
    spacy.util.fix_random_seed(seed)
    optimizer = nlp.initialize(lambda: examples)
    for _ in range(12):
        random.shuffle(examples)
        for batch in minibatch(examples, size=8):
            nlp.update(batch, sgd=optimizer, drop=0.2)
    return nlp


def score(pairs: list[tuple[set[str], set[str]]]) -> tuple[float, float, float]:
    tp = sum(len(got & want) for got, want in pairs)
    fp = sum(len(got - want) for got, want in pairs)
    fn = sum(len(want - got) for got, want in pairs)
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return p, r, 2 * p * r / (p + r) if p + r else 0.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cache", type=Path, help="keep the corpora as read, for reruns")
    parser.add_argument("--skip", action="append", default=["realdocs_uk"],
                        help="families to leave out (repeatable)")
    parser.add_argument("--test", action="append", default=[],
                        help="score only these families, each by a model trained on the "
                             "families not named here (repeatable; default: every blind "
                             "family, one at a time)")
    args = parser.parse_args()
    if args.cache and args.cache.exists():
        items = pickle.loads(args.cache.read_bytes())
    else:
        items = read(set(args.skip))
        if args.cache:
            args.cache.write_bytes(pickle.dumps(items))
    held = args.test or sorted({i.family for i in items if i.blind})
    results: dict[str, list[tuple[set[str], set[str]]]] = {"rules": [], "model": [], "both": []}
    for family in held:
        nlp = train([i for i in items if i.family not in [family, *args.test]])
        for item in (i for i in items if i.family == family):
            cats = nlp(item.text).cats
            model = {k for k in KEYS if cats[k] < 0.5}
            for name, got in (("rules", item.rules_missing), ("model", model),
                              ("both", item.rules_missing & model)):
                results[name].append((got, item.truth_missing))
        n = sum(1 for i in items if i.family == family)
        print(f"held out {family}: " + "  ".join(
            "{} P/R {:.3f}/{:.3f}".format(name, *score(pairs[-n:])[:2])
            for name, pairs in results.items()), flush=True)
    print(f"\nmissing sections, pooled over {len(held)} held-out blind families "
          f"({len(results['rules'])} documents):")
    print(f"{'':8}{'precision':>10}{'recall':>10}{'F1':>10}")
    for name, pairs in results.items():
        p, r, f = score(pairs)
        print(f"{name:8}{p:10.3f}{r:10.3f}{f:10.3f}")


if __name__ == "__main__":
    main()
