"""The signatory registry, and precision-first matching of organisation names against it.

A wrong organisation is worse than none: ``Norfolk County Council`` must never become
``Essex County Council``. So a name matches only when, after normalisation, it equals a
registry name or alias, or differs from one by nothing but filler words ("on Sea", "NHS",
"Limited"), or is a council named without its tier ("Southend Council") when only one
council in the registry has that place name. There is no fuzzy matching: one letter is all
that parts West Essex from West Sussex. Everything else stays unmatched, as written, for an
analyst to alias.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from rapidfuzz import fuzz

REQUIRED_COLUMNS = ("name", "ico_registration", "email", "sector")

#: Words whose presence or absence does not change which body is meant.
_FILLER = frozenset({"the", "on", "sea", "nhs", "limited", "ltd", "plc", "cic", "uk"})
#: Abbreviations expanded on both sides before comparing.
_EXPANSIONS = {
    "ccg": "clinical commissioning group",
    "ft": "foundation trust",
    "univ": "university",
    "dept": "department",
    "co": "company",
    "dc": "district council",
    "bc": "borough council",
}
#: A council's tier or status. Informally a council is often named without it: "Southend
#: Council" is Southend Borough Council.
_COUNCIL_TIER = frozenset({"borough", "district", "city", "county", "metropolitan"})

_ICO = re.compile(r"\bZ(?:\d{6}[\dX]|[A-Z]\d{6})\b")


class RegistryError(ValueError):
    """The registry file cannot be used (missing columns, unreadable)."""


@dataclass(frozen=True, slots=True)
class Organisation:
    name: str
    ico_registration: str | None
    email: str | None
    sector: str | None
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Match:
    org: Organisation
    score: float  # 1.0 exact name or alias; below 1.0 a filler-word or fuzzy match
    via: str  # the registry name or alias that matched


def normalise(name: str) -> str:
    """Lower-case, ``&`` → ``and``, no apostrophes or punctuation, abbreviations expanded."""
    text = unicodedata.normalize("NFKC", name).lower()
    text = re.sub(r"[’'`´]", "", text)
    text = text.replace("&", " and ").replace("-", " ")
    text = re.sub(r"[^\w\s]", " ", text)
    words = [_EXPANSIONS.get(w, w) for w in text.split()]
    return " ".join(words)


def _core(normalised: str) -> str:
    return " ".join(w for w in normalised.split() if w not in _FILLER)


def _council(normalised: str) -> str:
    """A council's name without its tier: only the place tells councils apart."""
    return " ".join(w for w in _core(normalised).split() if w not in _COUNCIL_TIER)


def strip_acronym(name: str) -> tuple[str, str | None]:
    """``"North East London Foundation Trust (NELFT)"`` → (name without it, ``"NELFT"``)."""
    # "(DfE)", "(MoJ)": mostly capitals; "(Kent)" is kept
    m = re.search(r"\s*\(\s*[“\"'‘]?([A-Z][A-Za-z&]{1,9})[”\"'’]?\s*\)\s*$", name)
    capitals = sum(c.isupper() for c in m.group(1)) if m else 0
    if not m or capitals < 2 or 2 * capitals < len(m.group(1)):
        return name.strip(), None
    return name[: m.start()].strip(), m.group(1)


def find_ico_numbers(text: str) -> list[str]:
    """ICO registration numbers in ``text``: ``Z2120726``, ``Z588703X``, ``ZA007615``."""
    return _ICO.findall(text)


@dataclass
class Registry:
    organisations: list[Organisation]
    _exact: dict[str, tuple[Organisation, str]] = field(default_factory=dict, repr=False)
    _core: dict[str, list[tuple[Organisation, str]]] = field(default_factory=dict, repr=False)
    _acronyms: dict[str, Organisation] = field(default_factory=dict, repr=False)
    _councils: dict[str, list[tuple[Organisation, str]]] = field(default_factory=dict, repr=False)
    _keys: list[tuple[str, str]] = field(default_factory=list, repr=False)  # name, core key

    def __post_init__(self) -> None:
        for org in self.organisations:
            for variant in (org.name, *org.aliases):
                self._keys.append((org.name, _core(normalise(variant))))
                base, acronym = strip_acronym(variant)
                if acronym:
                    self._acronyms.setdefault(acronym, org)
                if _is_acronym(base):
                    self._acronyms.setdefault(base, org)
                    continue
                key = normalise(base)
                self._exact.setdefault(key, (org, variant))
                self._core.setdefault(_core(key), []).append((org, variant))
                if key.endswith(" council"):
                    self._councils.setdefault(_council(key), []).append((org, variant))

    @classmethod
    def load(cls, path: Path | None = None) -> Registry:
        """Read a registry CSV (the shipped default when ``path`` is None)."""
        if path is None:
            text = resources.files("pipeline.resources").joinpath("registry.csv").read_text(
                encoding="utf-8")
            source = "the default registry"
        else:
            try:
                text = Path(path).read_text(encoding="utf-8-sig")
            except OSError as exc:
                raise RegistryError(f"cannot read registry {path}: {exc.strerror}") from exc
            source = str(path)
        reader = csv.DictReader(text.splitlines())
        missing = [c for c in REQUIRED_COLUMNS if c not in (reader.fieldnames or [])]
        if missing:
            raise RegistryError(f"{source} lacks the column(s) {', '.join(missing)}")
        orgs = []
        for row in reader:
            name = (row.get("name") or "").strip()
            if not name:
                continue
            aliases = tuple(a.strip() for a in (row.get("aliases") or "").split(";") if a.strip())
            orgs.append(Organisation(
                name=name,
                ico_registration=(row.get("ico_registration") or "").strip() or None,
                email=(row.get("email") or "").strip() or None,
                sector=(row.get("sector") or "").strip() or None,
                aliases=aliases,
            ))
        return cls(orgs)

    def by_name(self, name: str) -> Organisation | None:
        return next((o for o in self.organisations if o.name == name), None)

    def variants(self) -> list[tuple[Organisation, str]]:
        """Every (organisation, name-or-alias) pair, for building phrase patterns."""
        return [(org, v) for org in self.organisations for v in (org.name, *org.aliases)]

    def match(self, name: str) -> Match | None:
        """The registry organisation ``name`` denotes, or None when not sure."""
        base, acronym = strip_acronym(name.strip(" .,;:"))
        if not base:
            return None
        if _is_acronym(base):
            org = self._acronyms.get(base)
            return Match(org, 1.0, base) if org else None
        key = normalise(base)
        if key in self._exact:
            org, via = self._exact[key]
            return Match(org, 1.0, via)
        core = _core(key)
        candidates = self._core.get(core, [])
        if len({o.name for o, _ in candidates}) == 1:
            org, via = candidates[0]
            return Match(org, 0.95, via)
        if key.endswith(" council") and not _COUNCIL_TIER & set(key.split()):
            # "Southend Council" names no tier, so any one council of that place is meant;
            # "Thurrock District Council" names a tier that is not the registered one.
            councils = self._councils.get(_council(key), [])
            if len({o.name for o, _ in councils}) == 1:
                org, via = councils[0]
                return Match(org, 0.9, via)
        if acronym and acronym in self._acronyms:
            # The name itself is unknown but its acronym is registered: only trust it when
            # the names share their distinctive words (guards against EPUT-style mergers).
            org = self._acronyms[acronym]
            registered = _core(normalise(org.name)).split()
            if registered and core.split() and registered[0] == core.split()[0]:
                return Match(org, 0.9, acronym)
        return None

    def candidates(self, name: str, limit: int = 3) -> list[tuple[str, float]]:
        """The registry names closest to ``name`` (by any of their names or aliases), each
        with a 0–1 score: a suggestion for an analyst to confirm, never a match."""
        key = _core(normalise(strip_acronym(name)[0]))
        best: dict[str, float] = {}
        for org_name, written in self._keys:
            score = fuzz.token_sort_ratio(key, written) / 100
            best[org_name] = max(best.get(org_name, 0.0), score)
        ranked = sorted(best.items(), key=lambda x: (-x[1], x[0]))
        return [(n, round(s, 3)) for n, s in ranked[:limit]]


def _is_acronym(text: str) -> bool:
    return bool(re.fullmatch(r"[A-Z][A-Z&]{1,8}", text))
