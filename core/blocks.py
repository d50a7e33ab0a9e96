"""StreamField blocks shared by every page type. Each block renders its own template."""

from urllib.parse import urlsplit

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks import StructBlockValidationError
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock

RICH_TEXT_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul"]


def block_meta(template_name, icon, label, description="", **options):
    """A block's Meta: its icon and label in the editor, its template ``core/blocks/<name>.html``."""
    attributes = {"icon": icon, "description": description, **options}
    if label is not None:
        attributes["label"] = label
    if template_name is not None:
        attributes["template"] = f"core/blocks/{template_name}.html"
    return type("Meta", (), attributes)


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Heading"), max_length=200)
    level = blocks.ChoiceBlock(
        label=_("Level"),
        choices=[("h2", _("Level 2")), ("h3", _("Level 3")), ("h4", _("Level 4"))],
        default="h2",
    )

    Meta = block_meta(
        "heading",
        "title",
        _("Heading"),
        _("A section title, to structure the text for readers and screen readers."),
        preview_value={"text": "Une ville qui respire", "level": "h2"},
    )


class ParagraphBlock(blocks.RichTextBlock):
    def __init__(self, **kwargs):
        kwargs.setdefault("features", RICH_TEXT_FEATURES)
        kwargs.setdefault("label", _("Paragraph"))
        super().__init__(**kwargs)

    Meta = block_meta("paragraph", "pilcrow", None, _("Formatted text with links and lists."))


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Image"))
    alt_text = blocks.CharBlock(
        label=_("Alternative text"),
        max_length=250,
        required=False,
        help_text=_("Describe the image for people who cannot see it. Leave empty if decorative."),
    )
    caption = blocks.CharBlock(label=_("Caption"), max_length=250, required=False)
    credit = blocks.CharBlock(label=_("Credit"), max_length=120, required=False)

    Meta = block_meta("image", "image", _("Image"), _("An image with its alternative text, caption and credit."))


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(label=_("Quote"))
    attribution = blocks.CharBlock(label=_("Attribution"), max_length=200, required=False)

    Meta = block_meta(
        "quote",
        "openquote",
        _("Quote"),
        _("A quotation and who said it."),
        preview_value={"quote": "La ville durable se construit avec ses habitants.", "attribution": "Vivapolis"},
    )


class KeyFigureBlock(blocks.StructBlock):
    value = blocks.CharBlock(label=_("Value"), max_length=30)
    unit = blocks.CharBlock(label=_("Unit"), max_length=30, required=False)
    label = blocks.CharBlock(label=_("Label"), max_length=120)

    Meta = block_meta(None, "order", _("Key figure"))


class KeyFiguresBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=120, required=False)
    figures = blocks.ListBlock(KeyFigureBlock(), label=_("Figures"), min_num=1, max_num=6)

    Meta = block_meta("key_figures", "table", _("Key figures"), _("Up to six figures shown side by side."))


class VideoBlock(blocks.StructBlock):
    video = EmbedBlock(label=_("Video URL"), help_text=_("A YouTube, Vimeo or Dailymotion address."))
    title = blocks.CharBlock(label=_("Title"), max_length=200)
    transcript = blocks.TextBlock(label=_("Transcript"), required=False)

    Meta = block_meta(
        "video", "media", _("Video"), _("A video shown only after the visitor asks for it, with its transcript.")
    )


class DocumentLinkBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    title = blocks.CharBlock(label=_("Title"), max_length=200, required=False)

    Meta = block_meta(None, "doc-full", _("Document"))


class DocumentLinksBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=120, required=False)
    documents = blocks.ListBlock(DocumentLinkBlock(), label=_("Documents"), min_num=1)

    Meta = block_meta(
        "document_links",
        "doc-full-inverse",
        _("Documents to download"),
        _("Files to download, with their format and size."),
    )


class CallToActionBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=200)
    text = blocks.TextBlock(label=_("Text"), required=False)
    page = blocks.PageChooserBlock(label=_("Page"), required=False)
    url = blocks.URLBlock(label=_("External address"), required=False)
    button_label = blocks.CharBlock(label=_("Button label"), max_length=60)

    def clean(self, value):
        value = super().clean(value)
        if not value.get("page") and not value.get("url"):
            raise StructBlockValidationError(
                block_errors={"page": ValidationError(_("Choose a page or give an external address."))}
            )
        return value

    Meta = block_meta(
        "call_to_action",
        "pick",
        _("Call to action"),
        _("A highlighted invitation with a button to a page or an address."),
    )


class LegalDetailsBlock(blocks.StaticBlock):
    Meta = block_meta(
        "legal_details",
        "info-circle",
        _("Publisher and host"),
        _("The publisher, publication director and host, as written in the header and footer settings."),
        admin_text=_("Shows the publisher and host from the site settings (Settings › Header and footer)."),
    )


class MapTileServerBlock(blocks.StaticBlock):
    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        context["tile_server"] = urlsplit(settings.VIVAPOLIS_MAP_TILES_URL).hostname
        context["tile_attribution"] = settings.VIVAPOLIS_MAP_ATTRIBUTION
        return context

    Meta = block_meta(
        "map_tile_server",
        "site",
        _("Map tile server"),
        _("Names the server that visitors' browsers contact to draw the maps, as configured."),
        admin_text=_("Names the map tile server configured for the site."),
    )


class BaseStreamBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = ParagraphBlock()
    image = ImageBlock()
    quote = QuoteBlock()
    key_figures = KeyFiguresBlock()
    video = VideoBlock()
    documents = DocumentLinksBlock()
    call_to_action = CallToActionBlock()
    legal_details = LegalDetailsBlock()
    map_tile_server = MapTileServerBlock()
