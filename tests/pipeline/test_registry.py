from pathlib import Path

import pytest

from pipeline.registry import Registry, RegistryError, find_ico_numbers, normalise


@pytest.fixture(scope="module")
def registry() -> Registry:
    return Registry.load()


@pytest.mark.parametrize(("written", "expected"), [
    ("Essex County Council", "Essex County Council"),
    ("Essex CC", "Essex County Council"),
    ("ECC", "Essex County Council"),
    ("Southend on Sea Borough Council", "Southend Borough Council"),
    ("Southend-on-Sea Borough Council", "Southend Borough Council"),
    ("Thurrock Unitary Authority", "Thurrock Council"),
    ("CHUFT", "Colchester Hospital University NHS Foundation Trust"),
    ("MEHT", "Mid Essex Hospital Services NHS Trust"),
    ("NELFT", "North East London NHS Foundation Trust"),
    ("North East London Foundation Trust", "North East London NHS Foundation Trust"),
    ("Barnardos", "Barnardo's"),
    ("Barnardo’s", "Barnardo's"),
    ("Basildon & Brentwood Clinical Commissioning Group (CCG)",
     "Basildon and Brentwood Clinical Commissioning Group"),
    ("Basildon and Brentwood CCG", "Basildon and Brentwood Clinical Commissioning Group"),
    ("Essex Fire & Rescue Service", "Essex County Fire and Rescue Service"),
    ("essex police", "Essex Police"),
    ("The Children’s Society", "The Children's Society"),
    ("Southend Council", "Southend Borough Council"),
    ("Castle Point BC", "Castle Point Borough Council"),
    ("Uttlesford DC", "Uttlesford District Council"),
])
def test_known_names_match_their_registry_entry(registry: Registry, written: str,
                                                expected: str) -> None:
    match = registry.match(written)
    assert match is not None, written
    assert match.org.name == expected
    assert 0.9 <= match.score <= 1.0


@pytest.mark.parametrize("written", [
    "Norfolk County Council",
    "Kent County Council",
    "Hertfordshire County Council",
    "Essex Partnership University NHS Foundation Trust (EPUT)",
    "Essex Partnership Foundation Trust (EPUT)",
    "Thurrock District Council",
    "Durham City Council",
    "Norfolk Council",
    "Mid and South Essex NHS Foundation Trust",  # the 2020 merger of MEHT and others
    "Partners from Health and Social Care organisations within Essex",
    "Please see appendix D for full list of signatories",
    "Aquinas",
    "EPUT",
    "",
    # one word apart from a registered body: another place, another body
    "West Sussex CCG",
    "Mid Sussex CCG",
    "North West London NHS Foundation Trust",
    "North Essex CCG",
    "One to One (North East) Limited",
    # a bracketed place is not an acronym
    "National Probation Service (Kent)",
    "National Citizen Service (Essex)",
    "The NHS (ECC)",
])
def test_near_misses_and_strangers_stay_unmatched(registry: Registry, written: str) -> None:
    assert registry.match(written) is None


def test_an_alias_added_to_the_csv_fixes_a_miss(tmp_path: Path) -> None:
    csv = tmp_path / "registry.csv"
    csv.write_text("name,ico_registration,email,sector,aliases\n"
                   "Essex County Council,Z2120726,x@essex.gov.uk,Councils,\n")
    assert Registry.load(csv).match("County Hall Essex") is None
    csv.write_text("name,ico_registration,email,sector,aliases\n"
                   "Essex County Council,Z2120726,x@essex.gov.uk,Councils,County Hall Essex\n")
    match = Registry.load(csv).match("County Hall Essex")
    assert match is not None and match.org.name == "Essex County Council"


def test_a_registry_without_the_required_columns_is_refused(tmp_path: Path) -> None:
    csv = tmp_path / "registry.csv"
    csv.write_text("organisation,email\nEssex Police,x@y\n")
    with pytest.raises(RegistryError, match="ico_registration"):
        Registry.load(csv)


def test_the_shipped_registry_holds_appendix_d() -> None:
    registry = Registry.load()
    assert len(registry.organisations) >= 60
    police = registry.by_name("Essex Police")
    assert police is not None and police.ico_registration == "Z4883472"
    assert all(o.ico_registration is None or find_ico_numbers(o.ico_registration)
               for o in registry.organisations)


def test_ico_numbers_in_all_three_shapes_are_found() -> None:
    text = "Essex County Council Z2120726, Castle Point Z588703X and a CCG ZA007615; not Z12."
    assert find_ico_numbers(text) == ["Z2120726", "Z588703X", "ZA007615"]


def test_normalise_treats_ampersand_apostrophes_and_ccg_alike() -> None:
    assert normalise("Colchester & Tendring Women’s Refuge") == normalise(
        "Colchester and Tendring Womens Refuge")
    assert normalise("Mid Essex CCG") == "mid essex clinical commissioning group"
