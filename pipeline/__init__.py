"""From a document model to protocol records in DuckDB.

Stages: ``fields`` turns an extracted document into a :class:`~pipeline.records.ProtocolRecord`
(using ``nlp``, ``registry``, ``statutes``, ``dates``, ``sections``); ``process`` runs extraction
and parsing for one file; ``store`` is the one DuckDB writer.
"""
