"""township_reports: ingest Chinese township Party-building reports and publish them with Pelican.

The ingest pipeline (``ingest``) turns raw reports into Markdown; the site (``site/``,
hooked into Pelican by ``register``) turns that Markdown into the archive's pages.
"""


def register():
    """Pelican entry point: hook the archive's readers and generators into Pelican's signals."""
    from pelican import signals

    from .site import failures, generator, hrefs, long_lived, reader
    from .site.search import pelican_glue

    signals.initialized.connect(failures.start_counting)
    signals.readers_init.connect(reader.add_reader)
    signals.article_generator_pretaxonomy.connect(reader.drop_duplicate_reports)
    signals.get_generators.connect(generator.get_generators)
    signals.generator_init.connect(generator.keep_compiled_templates)
    signals.generator_init.connect(hrefs.add_filters)
    # The reports just read live until the end of the build: out of the collector's sight.
    signals.article_generator_finalized.connect(long_lived.keep)
    signals.finalized.connect(long_lived.release)
    pelican_glue.register()
    # Last: after the search index is written, a build that logged errors fails.
    signals.finalized.connect(failures.exit_if_errors)
