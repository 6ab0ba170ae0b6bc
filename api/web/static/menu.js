// The header's menu button on narrow screens: shows or hides the links and the account.
(function () {
  const toggle = document.querySelector(".menu-toggle");
  if (!toggle) return;
  toggle.addEventListener("click", () => {
    const open = toggle.closest(".top").classList.toggle("open");
    toggle.setAttribute("aria-expanded", String(open));
  });
})();
