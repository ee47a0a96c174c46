"""Orchestration: the Prefect flow and the `isp` command line."""
