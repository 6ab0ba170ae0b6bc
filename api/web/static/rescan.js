// The page cards' rescan loop (templates/_page_cards.html), in the browser.
(function () {
  "use strict";
  // The rescan form's hidden file input: show the chosen file's name, in Vietnamese, next to
  // the button that stands in for Chromium's own English one.
  document.addEventListener("change", (event) => {
    const input = event.target;
    if (!(input instanceof HTMLInputElement) || !input.classList.contains("rescan-file")) return;
    const shown = document.getElementById(input.getAttribute("aria-describedby") || "");
    const file = input.files && input.files[0];
    if (shown && file) shown.textContent = shown.dataset.chosen.replace("{name}", file.name);
  });
  // "Huỷ" in a discard's confirmation closes it (without JavaScript the summary does the same).
  document.addEventListener("click", (event) => {
    const target = event.target;
    const cancel = target instanceof Element && target.closest(".confirm-discard .cancel");
    if (cancel) cancel.closest("details").open = false;
  });
})();
