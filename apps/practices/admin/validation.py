"""The editors' side of validation: the checklist's criteria and validating a case in Wagtail's admin."""
