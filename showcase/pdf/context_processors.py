from . import is_available


def pdf_available(request):
    """``pdf_available`` is True when this server can make PDFs; templates show the PDF actions then."""
    return {"pdf_available": is_available()}
