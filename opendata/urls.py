from django.urls import path

from opendata import views

app_name = "opendata"
urlpatterns = [
    path("open-data/", views.open_data_page, name="page"),
    path("open-data/<str:name>", views.open_data_file, name="file"),
]
