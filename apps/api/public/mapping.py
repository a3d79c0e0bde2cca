"""The mapping endpoints."""

ROUTES = []
