"""A keyboard user: the skip link comes first, every stop shows its focus, headings follow in order."""

import pytest

from tests.factories import build_delegation_site, translated_page

pytestmark = [pytest.mark.slow, pytest.mark.browser, pytest.mark.django_db(transaction=True)]

MAX_TAB_STOPS = 150

FOCUSED_ELEMENT = """() => {
    const element = document.activeElement;
    if (!element || element === document.body) return null;
    const style = getComputedStyle(element);
    const box = element.getBoundingClientRect();
    const drawsFocus = (node, pseudo) => {
        const look = getComputedStyle(node, pseudo);
        return (look.outlineStyle !== 'none' && parseFloat(look.outlineWidth) > 0) || look.boxShadow !== 'none';
    };
    // DSFR cards ("fr-enlarge-link") draw the focus ring around the whole card, not on the link.
    let ancestor = element.parentElement, ringedAncestor = false;
    for (let depth = 0; ancestor && depth < 6; depth++, ancestor = ancestor.parentElement) {
        if (ancestor.matches(':focus-within') && drawsFocus(ancestor)) { ringedAncestor = true; break; }
    }
    return {
        tag: element.tagName.toLowerCase(),
        text: (element.innerText || element.value || element.getAttribute('aria-label') || element.title || '').trim().slice(0, 60),
        href: element.getAttribute('href'),
        outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0,
        shadow: style.boxShadow !== 'none' || drawsFocus(element, '::before') || drawsFocus(element, '::after') || ringedAncestor,
        visible: box.width > 0 && box.height > 0,
        path: element.id ? '#' + element.id : element.tagName.toLowerCase() + '.' + [...element.classList].join('.'),
    };
}"""

HEADINGS = """() => [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')]
    .filter(h => h.getClientRects().length > 0 || h.closest('[hidden]') === null)
    .map(h => ({level: Number(h.tagName[1]), text: h.innerText.trim().slice(0, 60)}))"""


@pytest.fixture
def content(transactional_db):
    return build_delegation_site(languages=["en"])


def test_skip_link_is_the_first_tab_stop_and_leads_to_the_content(page, content):
    page.goto(translated_page(content["tram"], "en").url)

    page.keyboard.press("Tab")
    first = page.evaluate(FOCUSED_ELEMENT)

    assert first is not None and first["tag"] == "a", first
    assert first["href"].startswith("#"), first
    assert first["visible"], "the skip link must show when focused"
    assert first["outline"] or first["shadow"], "the skip link must show its focus"
    target = first["href"][1:]
    assert page.locator(f"#{target}").count() == 1, f"skip link target #{target} is missing"
    page.keyboard.press("Enter")
    assert page.evaluate("location.hash") == f"#{target}"


@pytest.mark.parametrize("name", ["home", "mobility", "tram"])
def test_every_tab_stop_shows_its_focus(page, content, name):
    page.goto(translated_page(content[name], "en").url)
    without_focus_style = []
    seen = []
    for _ in range(MAX_TAB_STOPS):
        page.keyboard.press("Tab")
        focused = page.evaluate(FOCUSED_ELEMENT)
        if focused is None or (seen and focused == seen[0]):
            break
        seen.append(focused)
        if focused["visible"] and not (focused["outline"] or focused["shadow"]):
            without_focus_style.append(focused)
    assert len(seen) > 5, f"too few keyboard stops: {seen}"
    assert not without_focus_style, f"focus not visible on: {without_focus_style}"


def test_main_actions_of_a_fact_sheet_are_reachable_by_keyboard(page, content):
    english_tram = translated_page(content["tram"], "en")
    page.goto(english_tram.url)
    reached = set()
    for _ in range(MAX_TAB_STOPS):
        page.keyboard.press("Tab")
        focused = page.evaluate(FOCUSED_ELEMENT)
        if focused is None:
            break
        if focused["href"]:
            reached.add(focused["href"])
    expected = {translated_page(content["mobility"], "en").url}
    if page.locator("a[href*='/pdf/fact-sheet/']").count():
        expected.add(page.locator("a[href*='/pdf/fact-sheet/']").first.get_attribute("href"))
    assert expected <= reached, f"not reachable by keyboard: {expected - reached}"


@pytest.mark.parametrize("name", ["home", "mobility", "tram", "morocco"])
@pytest.mark.parametrize("language", ["fr", "en"])
def test_headings_follow_in_order(page, content, name, language):
    target = content[name] if language == "fr" else translated_page(content[name], language)
    page.goto(target.url)
    headings = page.evaluate(HEADINGS)

    assert [h["level"] for h in headings].count(1) == 1, headings
    skips = [
        (before, after) for before, after in zip(headings, headings[1:]) if after["level"] > before["level"] + 1
    ]
    assert not skips, f"heading levels skipped: {skips}"
