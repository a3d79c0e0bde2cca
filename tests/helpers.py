"""Helpers shared by the tests of several apps."""

import re


def sitemap_locations(client, *, children_only: bool = False) -> list[str]:
    """Every URL the sitemap lists, following the index to its children."""
    index = client.get("/sitemap.xml").content.decode()
    children = re.findall(r"<loc>([^<]+)</loc>", index)
    if children_only:
        return children
    locations = []
    for child in children:
        locations += re.findall(r"<url><loc>([^<]+)</loc>", client.get(child).content.decode())
    return locations


def sitemap_xml(client) -> str:
    """The children of the sitemap index, as one text."""
    return "".join(
        client.get(child).content.decode() for child in sitemap_locations(client, children_only=True)
    )
