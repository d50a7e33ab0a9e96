// Privacy-friendly video: the player (and its host's cookies) load only after the visitor asks.
document.querySelectorAll("[data-video-consent][data-embed-url]").forEach(function (container) {
  var button = container.querySelector("[data-video-play]");
  if (!button || container.dataset.ready) return;
  container.dataset.ready = "1";
  button.hidden = false;
  button.addEventListener("click", function () {
    var frame = document.createElement("div");
    frame.className = "video-frame";
    var iframe = document.createElement("iframe");
    iframe.src = container.dataset.embedUrl;
    iframe.title = container.dataset.embedTitle || "";
    iframe.allow = "fullscreen; picture-in-picture";
    iframe.setAttribute("allowfullscreen", "");
    frame.appendChild(iframe);
    container.replaceWith(frame);
    iframe.focus();
  });
});
