// The "Print" button of a fact sheet, and transcripts and lists opened on paper.
document.querySelectorAll("[data-print]").forEach(function (button) {
  button.hidden = false;
  button.addEventListener("click", function () { window.print(); });
});
window.addEventListener("beforeprint", function () {
  document.querySelectorAll("details:not([open])").forEach(function (details) {
    details.dataset.closedOnScreen = "1";
    details.open = true;
  });
});
window.addEventListener("afterprint", function () {
  document.querySelectorAll("details[data-closed-on-screen]").forEach(function (details) {
    details.open = false;
    delete details.dataset.closedOnScreen;
  });
});
