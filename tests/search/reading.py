"""What a visitor reads on the results page."""


def result_titles(response):
    """The titles of the results, in their order."""
    return [result.page.title for result in response.context["outcome"].results]
