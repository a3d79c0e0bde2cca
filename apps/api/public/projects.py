"""The projects endpoints."""

ROUTES = []
