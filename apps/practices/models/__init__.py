"""The library's models: the cases and their pages, their validation, and the nominations."""

from .cases import (
    MESSAGE_MIN_LENGTH,
    CountryPage,
    LinkBlock,
    PracticeIndexPage,
    PracticePage,
    ReplicationRequest,
    validate_message_length,
)
from .nominations import Nomination, new_nomination_token
from .validation import CaseValidation, CriterionRating, Rating, ValidationCriterion, ValidationState

__all__ = [
    "MESSAGE_MIN_LENGTH",
    "CaseValidation",
    "CountryPage",
    "CriterionRating",
    "LinkBlock",
    "Nomination",
    "PracticeIndexPage",
    "PracticePage",
    "Rating",
    "ReplicationRequest",
    "ValidationCriterion",
    "ValidationState",
    "new_nomination_token",
    "validate_message_length",
]
