"""Errors the ingest raises for one file; the CLI reports them and goes on with the rest."""


class IngestError(Exception):
    """A raw file that cannot become a report: the message says what is wrong and what to do."""
