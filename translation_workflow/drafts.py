"""Saving a translation as a draft without showing the draft to visitors.

``save_target(publish=False)`` of wagtail-localize writes the translated texts into the page's row before
it saves the draft revision, and Wagtail serves a live page from that row: a translation handed in for
review would be on the site before any moderator saw it. Once the draft revision is saved, the row gets
the live revision's content back (Wagtail's own "Save draft" never touches it), so visitors, the search
index and the listings keep the published version until the draft is published.
"""

from django.db import transaction
from wagtail.models import Page


@transaction.atomic
def save_translation_draft(translation_record, user):
    """Save ``translation_record``'s texts as a draft revision of its page; a live page keeps its live content."""
    page = Page.objects.filter(
        translation_key=translation_record.source.object_id, locale=translation_record.target_locale
    ).first()
    live_revision = page.live_revision if page is not None and page.live else None
    translation_record.save_target(user=user, publish=False)
    if live_revision is not None:
        restore_live_content(page.pk, live_revision)


def restore_live_content(page_id, live_revision):
    """Put ``live_revision``'s content back in the page's row, keeping the new draft as its latest revision."""
    page = Page.objects.get(pk=page_id).specific
    live_content = live_revision.as_object()  # keeps the draft's title, latest revision and "unpublished changes"
    live_content.has_unpublished_changes = page.latest_revision_id != live_revision.pk
    live_content.save(clean=False)
