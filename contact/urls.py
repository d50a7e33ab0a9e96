from django.urls import path

from contact import views

app_name = "contact"
urlpatterns = [path("contact/<int:page_id>/", views.send_message, name="send")]
