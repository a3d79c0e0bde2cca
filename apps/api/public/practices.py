"""The practices endpoints."""

ROUTES = []
