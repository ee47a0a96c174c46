from datetime import date
from pathlib import Path

import pytest
from prefect.testing.utilities import prefect_test_harness


@pytest.fixture(autouse=True, scope="session")
def prefect_harness():
    with prefect_test_harness():
        yield


@pytest.fixture(scope="session")
def sample(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample corpus ingested by the flow as of 1 January 2019 (reviews overdue, due and
    current), which also writes the reports beside the database."""
    from flows.ingest import ingest_flow
    from tests.conftest import RAW

    db = tmp_path_factory.mktemp("sample") / "isp.duckdb"
    ingest_flow([RAW], db, None, date(2019, 1, 1))
    return db
