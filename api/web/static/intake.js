// The intake page: upload dropped files one after another with a progress bar each, and
// fetch the server-rendered pages part again every second and a half until all is settled.
(function () {
  "use strict";
  const section = document.getElementById("pages-section");
  const pages = document.getElementById("pages");
  const list = document.getElementById("uploads");
  const drop = document.getElementById("dropzone");
  const input = document.getElementById("file-input");
  const csrf = document.querySelector('meta[name="csrf-token"]').content;
  const queue = [];
  let uploading = false;
  let lastHtml = pages.innerHTML;
  let polling = null;

  // Words come from the message catalogue, through the page (intake.html).
  const WORDS = JSON.parse(document.getElementById("intake-words").textContent);
  const words = (key, params) => (WORDS[key] || key).replace(/\{(\w+)\}/g, (_, k) => params[k]);

  function sizeText(bytes) {
    const fmt = (n, d) => n.toLocaleString("vi-VN", { maximumFractionDigits: d });
    return bytes < 1048576 ? fmt(bytes / 1024, 0) + " KB" : fmt(bytes / 1048576, 1) + " MB";
  }

  function row(file) {
    const li = document.createElement("li");
    li.className = "upload";
    li.innerHTML = '<span class="name"></span><progress max="100" value="0"></progress><span class="result muted"></span>';
    li.querySelector(".result").textContent = words("waiting", {});
    li.querySelector(".name").textContent = file.name + " · " + sizeText(file.size);
    list.appendChild(li);
    return li;
  }

  function finish(li, ok, text) {
    const result = li.querySelector(".result");
    result.className = "result " + (ok ? "good" : "bad");
    result.textContent = text;
    li.dataset.done = ok ? "ok" : "refused";
  }

  function describe(xhr) {
    let body = {};
    try { body = JSON.parse(xhr.responseText); } catch (e) { /* not JSON */ }
    if (xhr.status === 200 || xhr.status === 201) {
      const pagesIn = (body.accepted || []).reduce((n, a) => n + a.page_ids.length, 0);
      const again = (body.accepted || []).some((a) => a.already_stored);
      return [true, again ? words("again", {}) : words("received", { pages: pagesIn })];
    }
    // The API words each refused file in Vietnamese (`message`); a session, role or size
    // refusal of the whole request has only the catalogue's words for its status.
    const refused = body.rejected && body.rejected[0];
    if (refused && refused.message) return [false, refused.message];
    return [false, WORDS[String(xhr.status)] || words("failed", { status: xhr.status })];
  }

  function sendNext() {
    if (uploading || !queue.length) return;
    uploading = true;
    const [file, li] = queue.shift();
    const xhr = new XMLHttpRequest();
    xhr.open("PUT", section.dataset.uploadUrl + encodeURIComponent(file.name));
    xhr.setRequestHeader("X-CSRF-Token", csrf);
    xhr.setRequestHeader("Content-Type", "application/octet-stream");
    const bar = li.querySelector("progress");
    li.querySelector(".result").textContent = words("uploading", {});
    xhr.upload.onprogress = (e) => { if (e.lengthComputable) bar.value = (100 * e.loaded) / e.total; };
    xhr.onload = () => {
      bar.value = 100;
      const [ok, text] = describe(xhr);
      finish(li, ok, text);
      uploading = false;
      refresh();
      sendNext();
    };
    xhr.onerror = () => { finish(li, false, words("offline", {})); uploading = false; sendNext(); };
    xhr.send(file);
  }

  function add(files) {
    for (const file of files) queue.push([file, row(file)]);
    sendNext();
    startPolling();
  }

  async function refresh() {
    const response = await fetch(section.dataset.pagesUrl, { credentials: "same-origin" });
    if (!response.ok) return;
    const html = await response.text();
    if (html !== lastHtml) { pages.innerHTML = html; lastHtml = html; }
    const state = pages.querySelector("#dossier-state");
    const idle = !uploading && !queue.length;
    if (idle && state && ["digitised", "settled", "empty"].includes(state.dataset.state)) stopPolling();
  }

  function startPolling() { if (!polling) polling = setInterval(refresh, 1500); }
  function stopPolling() { clearInterval(polling); polling = null; }

  for (const picker of [input, document.getElementById("camera-input")]) {
    picker.addEventListener("change", () => { add(picker.files); picker.value = ""; });
  }
  ["dragenter", "dragover"].forEach((type) => drop.addEventListener(type, (e) => {
    e.preventDefault(); drop.classList.add("over");
  }));
  ["dragleave", "drop"].forEach((type) => drop.addEventListener(type, (e) => {
    e.preventDefault(); drop.classList.remove("over");
  }));
  drop.addEventListener("drop", (e) => add(e.dataTransfer.files));
  // A click anywhere in the box chooses files, as the buttons do.
  drop.addEventListener("click", (e) => { if (!e.target.closest("label, input")) input.click(); });
  const state = pages.querySelector("#dossier-state");
  if (state && state.dataset.state === "working") startPolling();
})();
