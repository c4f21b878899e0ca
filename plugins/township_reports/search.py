"""Search index builder (placeholder until the search issue lands)."""


def register():
    """Hook the search index builder into Pelican (nothing yet)."""
