// wagtail-localize's translation editor always opens on its first tab. The links that name an
// untranslated text (translation_workflow/completeness.py) end with "#tab-<tab>": open that tab
// once the editor has drawn it, and bring its first text not translated yet into view. The link
// may be followed from the editor itself, where only the address's fragment changes. Loaded in
// the page's head (Wagtail's insert_editor_js): it starts once the document is parsed.
document.addEventListener("DOMContentLoaded", () => {
  if (!document.querySelector(".js-translation-editor")) {
    return;
  }

  function openTab() {
    const match = window.location.hash.match(/^#tab-([\w-]+)$/);
    if (!match) {
      return;
    }
    let attempts = 0;
    const timer = window.setInterval(() => {
      attempts += 1;
      const label = document.getElementById(`tab-label-${match[1]}`);
      if (label || attempts > 50) {
        window.clearInterval(timer);
      }
      if (!label) {
        return;
      }
      label.click();
      window.requestAnimationFrame(() => {
        const panel = document.getElementById(`tab-${match[1]}`);
        const target = (panel && panel.querySelector("li.incomplete")) || panel;
        if (target) {
          target.scrollIntoView({ block: "center" });
        }
      });
    }, 100);
  }

  window.addEventListener("hashchange", openTab);
  openTab();
});
