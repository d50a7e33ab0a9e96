"""A PDF is rendered once for the same content, and again as soon as the content changes."""

import pytest
from django.core.cache import cache
from django.urls import reverse

from showcase.pdf import tasks as pdf_tasks
from tests import factories
from tests.showcase.pdf_support import page_texts, read_pdf, require_weasyprint

pytestmark = pytest.mark.django_db


@pytest.fixture
def renders(monkeypatch):
    require_weasyprint()
    cache.clear()
    calls = []
    real_render = pdf_tasks.render_pdf

    def counting_render(html, base_url):
        calls.append(base_url)
        return real_render(html, base_url=base_url)

    monkeypatch.setattr(pdf_tasks, "render_pdf", counting_render)
    return calls


def test_second_download_of_a_booklet_is_not_rendered_again(client, site_tree, renders):
    theme = factories.ThemePageFactory(parent=site_tree["theme_index"], title="Nature en ville")
    factories.FactSheetPageFactory(parent=site_tree["fact_sheet_index"], title="Toitures végétalisées", themes=[theme])
    url = reverse("showcase:booklet_pdf", args=[theme.pk])

    first = client.get(url)
    second = client.get(url)

    assert len(renders) == 1
    assert first.content == second.content


def test_published_change_gives_a_new_pdf(client, site_tree, renders):
    theme = factories.ThemePageFactory(parent=site_tree["theme_index"], title="Nature en ville")
    sheet = factories.FactSheetPageFactory(parent=site_tree["fact_sheet_index"], title="Toitures végétalisées", themes=[theme])
    url = reverse("showcase:booklet_pdf", args=[theme.pk])
    client.get(url)

    sheet.title = "Toitures et façades végétalisées"
    sheet.save_revision().publish()
    reader = read_pdf(client.get(url))

    assert len(renders) == 2
    assert "Toitures et façades végétalisées" in "\n".join(page_texts(reader))
