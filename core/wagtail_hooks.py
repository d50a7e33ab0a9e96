from django.db import models
from wagtail import hooks
from wagtail.admin.forms.models import register_form_field_override

from core.rich_text import VisitorPageLinkHandler
from core.slugs import AsciiSlugField, AsciiSlugInput

# Every slug the admin edits (pages' included) is ASCII, typed or made from a title (core/slugs.py).
register_form_field_override(models.SlugField, override={"form_class": AsciiSlugField, "widget": AsciiSlugInput})


@hooks.register("register_rich_text_features", order=1)  # after Wagtail's own page link handler
def register_visitor_page_links(features):
    features.register_link_type(VisitorPageLinkHandler)
