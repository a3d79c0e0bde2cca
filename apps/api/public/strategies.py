"""The strategies endpoints."""

ROUTES = []
