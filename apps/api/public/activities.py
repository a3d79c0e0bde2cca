"""The activities endpoints."""

ROUTES = []
