"""The partners endpoints."""

ROUTES = []
