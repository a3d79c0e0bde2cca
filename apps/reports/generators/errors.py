class ReportError(Exception):
    """A report that cannot be made, with a message for the person who asked for it."""
