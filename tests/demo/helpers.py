"""Read what load_demo built."""

from django.apps import apps
from django.db import connection

THEME_TITLES = {
    "Développement territorial", "Économie circulaire", "Énergie", "Europe et international", "Financement",
    "Gouvernance participative", "Ingénierie", "Mobilité", "Nature en ville", "Numérique", "Valeur du sol",
    "Services urbains intégrés",
}
OTHER_LANGUAGES = ("es", "pt", "ar", "zh-hans")
FOOTER_SLUGS = ("mentions-legales", "accessibilite", "donnees-personnelles", "plan-du-site")


def count_every_model():
    tables = set(connection.introspection.table_names())
    return {
        model._meta.label: model._default_manager.count()
        for model in apps.get_models()
        if model._meta.db_table in tables
    }


def french(model):
    return model.objects.filter(locale__language_code="fr")


def in_language(model, language_code):
    return model.objects.live().filter(locale__language_code=language_code)
