// "Copy the link" of the share links: shown only where the browser can copy, and says so once done.
document.querySelectorAll("[data-copy-link]").forEach(function (button) {
  if (!navigator.clipboard) return;
  var status = button.closest("section").querySelector("[data-copy-link-status]");
  button.hidden = false;
  button.addEventListener("click", function () {
    navigator.clipboard.writeText(button.dataset.copyLink).then(function () {
      status.textContent = button.dataset.copiedMessage;
    });
  });
});
