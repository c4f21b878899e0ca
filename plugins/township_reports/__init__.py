"""township_reports: ingest Chinese township Party-building reports and publish them with Pelican.

The ingest pipeline (``ingest``) turns raw reports into Markdown; the Pelican glue
(``register``) turns that Markdown into the archive's facet pages.
"""


def register():
    """Pelican entry point: hook the archive's readers and generators into Pelican's signals."""
    from pelican import signals

    from . import generator, reader, search

    signals.readers_init.connect(reader.add_reader)
    signals.get_generators.connect(generator.get_generators)
    search.register()
