"""The editors' side of nominations: their queue and decisions in Wagtail's admin."""
