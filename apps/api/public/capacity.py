"""The capacity endpoints."""

ROUTES = []
