"""The demo accounts, members of the product's roles (translation_workflow/roles.py)."""

import os

from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password

from translation_workflow.roles import ROLES, setup_roles, target_languages

DEFAULT_DEMO_PASSWORD = "vivapolis-demo"

# username, first name, role (None: superuser), languages of a translator (None: every language)
ACCOUNTS = [
    ("admin", "Admin", None, None),
    ("editor", "Élise", "Editors", None),
    ("moderator", "Marc", "Moderators", None),
    ("translator", "Tania", "Translators", None),
]
# Besides "translator", who translates into every language, one translator per language: translator-en...
TRANSLATOR_FIRST_NAMES = {"en": "Emma", "es": "Elena", "pt": "Paulo", "ar": "Amal", "zh-hans": "Li"}


def setup_groups():
    """The product's roles, which the demo accounts join: ``{group name: Group}``."""
    return setup_roles()


def demo_accounts():
    """``(username, first name, role, languages)`` of every demo account."""
    return [
        *ACCOUNTS,
        *((f"translator-{code}", TRANSLATOR_FIRST_NAMES.get(code, "Sacha"), "Translators", [code]) for code in target_languages()),
    ]


def role_group_names(role_name, languages):
    role = next(role for role in ROLES if role.name == role_name)
    return [name for name, codes in role.groups() if languages is None or set(codes) <= set(languages)]


def demo_password():
    return os.environ.get("DEMO_PASSWORD") or DEFAULT_DEMO_PASSWORD


class SharedDemoPassword:
    """The demo accounts' one password, hashed once: a hash costs a fifth of a second by design."""

    def __init__(self, password):
        self.password = password
        self.verified_hashes = set()
        self._hashed = None

    def hashed(self):
        if self._hashed is None:
            self._hashed = make_password(self.password)
            self.verified_hashes.add(self._hashed)
        return self._hashed

    def is_set_on(self, user):
        if user.password in self.verified_hashes:
            return True
        if user.check_password(self.password):
            self.verified_hashes.add(user.password)
            return True
        return False


def setup_accounts(groups):
    """The demo accounts; a password is only set when it differs, so a rerun changes nothing.

    Returns ``(username, role, password)`` for each, as ``load_demo`` prints them.
    """
    password = demo_password()
    passwords = SharedDemoPassword(password)
    user_model = get_user_model()
    accounts = []
    for username, first_name, role_name, languages in demo_accounts():
        user, _created = user_model.objects.get_or_create(
            username=username,
            defaults={"email": f"{username}@vivapolis.example", "first_name": first_name, "last_name": "Démo"},
        )
        if role_name is None and not (user.is_superuser and user.is_staff):
            user.is_superuser = user.is_staff = True
            user.save()
        if not passwords.is_set_on(user):
            user.password = passwords.hashed()
            user.save()
        if role_name is None:
            accounts.append((username, "superuser", password))
            continue
        names = role_group_names(role_name, languages)
        user.groups.set([groups[name] for name in names])
        accounts.append((username, names[0] if len(names) == 1 else f"{role_name} (every language)", password))
    return accounts
