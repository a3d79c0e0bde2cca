"""The workpackages endpoints."""

ROUTES = []
