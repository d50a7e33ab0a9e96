from django.urls import path

from showcase.pdf import views as pdf_views

app_name = "showcase"
urlpatterns = [
    path("pdf/fact-sheet/<int:page_id>/", pdf_views.fact_sheet_pdf, name="fact_sheet_pdf"),
    path("pdf/booklet/<int:page_id>/", pdf_views.booklet_pdf, name="booklet_pdf"),
]
