"""The read endpoints: public records only, with the visibility of the pages.

Each module declares ROUTES, (prefix, viewset, basename) triples that apps/api/urls.py registers.
"""
