"""Helpers of the search tests."""

import re


def results(client, language, query, **params):
    """The result titles of a search page, in order."""
    response = client.get(f"/{language}/search/", {"q": query, **params})
    assert response.status_code == 200
    html = response.content.decode()
    return [re.sub(r"<[^>]+>", "", t) for t in re.findall(r'<h3><a href="[^"]*">(.*?)</a></h3>', html)]
