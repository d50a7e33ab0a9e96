"""Running load_demo again changes nothing, and the command says what it built."""

import pytest

from demo.accounts import DEFAULT_DEMO_PASSWORD

pytestmark = pytest.mark.django_db


def test_running_it_again_changes_no_count(demo_run):
    first, second, third = demo_run["counts"]
    assert first["wagtailcore.Page"] > 300
    assert second == first
    assert third == first


def test_output_summarises_counts_and_accounts(demo_run):
    first, _, without_accounts = demo_run["outputs"]
    assert "showcase.FactSheetPage" in first
    assert "pages in zh-hans" in first
    assert f"editor       Editors      password: {DEFAULT_DEMO_PASSWORD}" in first
    assert "kept in French" not in first
    assert "No demo accounts created" in without_accounts
    assert "password:" not in without_accounts
