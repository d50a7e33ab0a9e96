// The "Print" button of a fact sheet: shown only when JavaScript can print.
document.querySelectorAll("[data-print]").forEach(function (button) {
  button.addEventListener("click", function () { window.print(); });
});
