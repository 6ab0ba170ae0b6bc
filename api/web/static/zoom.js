// A page's picture, large: the popover's image is fetched only when it is first opened
// (a dossier of fifty pages must not make fifty large pictures up front).
(function () {
  "use strict";
  document.addEventListener("toggle", (event) => {
    const box = event.target;
    if (!(box instanceof HTMLElement) || !box.classList.contains("zoomed")) return;
    const img = box.querySelector("img[data-src]");
    if (img && event.newState === "open") { img.src = img.dataset.src; img.removeAttribute("data-src"); }
  }, true);
})();
