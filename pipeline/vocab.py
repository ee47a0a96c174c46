"""Closed vocabularies, in one place."""

from __future__ import annotations

from enum import StrEnum

#: Bump when a rule or pattern changes what is extracted: a stored record made by another
#: version is re-parsed on the next run even when its file is unchanged.
RULES_VERSION = "2026.12.1"


class SectionKey(StrEnum):
    """The eleven WEISF template sections (CONTRACT.md), in template order."""

    PURPOSE = "purpose"
    INFORMATION_SHARED = "information_shared"
    LEGAL_BASIS = "legal_basis"
    INDIVIDUAL_RIGHTS = "individual_rights"
    SECURITY = "security"
    FORMAT_FREQUENCY = "format_frequency"
    RETENTION = "retention"
    ACCURACY = "accuracy"
    COMPLAINTS = "complaints"
    BREACH = "breach"
    AGREEMENT = "agreement"


class Role(StrEnum):
    LEAD = "lead"
    PARTNER = "partner"


class ReviewBasis(StrEnum):
    EXPLICIT = "explicit"  # the document states a date (or a month)
    RELATIVE = "relative"  # a rule such as "reviewed annually from the date of signing"
    NONE = "none"  # nothing found


class StatuteStatus(StrEnum):
    IN_FORCE = "in_force"
    REPEALED = "repealed"
    UNVERIFIED = "unverified"  # in the catalogue, but its repeal status is not recorded
    UNKNOWN = "unknown"  # not in the catalogue as cited (wrong year, misspelt, foreign law)


class ChangeKind(StrEnum):
    """What a run did with one input file."""

    NEW = "new"
    CHANGED = "changed"
    UNCHANGED = "unchanged"
    REPARSED = "reparsed"  # same content, newer rules
