"""The vocabulary endpoints."""

ROUTES = []
