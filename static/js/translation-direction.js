/* Right-to-left translation fields in wagtail-localize's translation editor.
 *
 * The editor is a React application: its props (data-props) name the target language. When that
 * language is written right to left (data-rtl-languages, from Django's language info), every
 * translation field and translated text the editor renders, now or later, gets dir="rtl" and the
 * language's lang attribute; the French source texts stay left to right. Loaded by the
 * insert_editor_js hook (translation_workflow/in_step.py).
 */
(function () {
  "use strict";
  var script = document.currentScript;
  var rightToLeft = JSON.parse((script && script.dataset.rtlLanguages) || "[]");
  // The translation of a segment: its <textarea> while edited, a <p> in the segment's value <div> otherwise.
  var TRANSLATIONS = "textarea, li > div > p";

  function start() {
    var editor = document.querySelector(".js-translation-editor[data-props]");
    if (!editor) return;
    var locale = (JSON.parse(editor.dataset.props).locale || {}).code;
    if (rightToLeft.indexOf(locale) === -1) return;
    var mark = function () {
      editor.querySelectorAll(TRANSLATIONS).forEach(function (field) {
        if (field.dir !== "rtl") {
          field.dir = "rtl";
          field.lang = locale;
        }
      });
    };
    new MutationObserver(mark).observe(editor, { childList: true, subtree: true });
    mark();
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
