"""Helpers of the library's tests: what its listing shows, read through the HTML parser."""

from tests.helpers import html_of, text_of

# A replication request as the service takes it, valid in every field.
REPLICATION_DATA = {
    "name": "Ana García",
    "email": "ana@example.es",
    "organisation": "",
    "country": "España",
    "message": "Queremos replicar esta práctica en Valencia.",
}


def results_heading(response) -> str:
    """The listing's heading, such as "10 cases"."""
    return text_of(response, "#results-heading")


def facet_count(response, label: str) -> int:
    """The count a facet option shows next to its label, such as Sweden's under Country."""
    counts = [
        int(option.select_one(".facet__count").get_text())
        for option in html_of(response).select(".facet__option")
        if any(span.get_text(strip=True) == label for span in option.find_all("span", class_=False))
    ]
    assert len(counts) == 1, f"{len(counts)} facet options are labelled {label!r}"
    return counts[0]


def card_titles(response) -> list[str]:
    """The titles of the cases a listing shows, in its order."""
    return [" ".join(title.get_text(" ").split()) for title in html_of(response).select(".practice-card h3")]
