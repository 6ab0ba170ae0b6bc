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

  const REASONS = {
    400: "Tên tệp không hợp lệ",
    401: "Phiên đăng nhập đã hết — hãy đăng nhập lại",
    403: "Không được phép tải lên hồ sơ này",
    413: "Tệp quá lớn",
    415: "Không phải tệp PDF, TIFF, JPEG hoặc PNG",
    422: "Tệp rỗng, hỏng, bị cắt cụt hoặc có mật khẩu",
  };

  function sizeText(bytes) {
    return bytes < 1048576 ? (bytes / 1024).toFixed(0) + " KB" : (bytes / 1048576).toFixed(1) + " MB";
  }

  function row(file) {
    const li = document.createElement("li");
    li.className = "upload";
    li.innerHTML = '<span class="name"></span><progress max="100" value="0"></progress><span class="result muted">Đang chờ…</span>';
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
      return [true, again ? "Tệp này đã có trong hồ sơ" : "Đã nhận — " + pagesIn + " trang"];
    }
    const refused = (body.rejected && body.rejected[0]) || body;
    const reason = REASONS[xhr.status] || "Lỗi khi tải lên (" + xhr.status + ")";
    return [false, reason + (refused.message || refused.reason ? ": " + (refused.reason || refused.message) : "")];
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
    li.querySelector(".result").textContent = "Đang tải lên…";
    xhr.upload.onprogress = (e) => { if (e.lengthComputable) bar.value = (100 * e.loaded) / e.total; };
    xhr.onload = () => {
      bar.value = 100;
      const [ok, text] = describe(xhr);
      finish(li, ok, text);
      uploading = false;
      refresh();
      sendNext();
    };
    xhr.onerror = () => { finish(li, false, "Mất kết nối khi tải lên — hãy thử lại"); uploading = false; sendNext(); };
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

  input.addEventListener("change", () => { add(input.files); input.value = ""; });
  ["dragenter", "dragover"].forEach((type) => drop.addEventListener(type, (e) => {
    e.preventDefault(); drop.classList.add("over");
  }));
  ["dragleave", "drop"].forEach((type) => drop.addEventListener(type, (e) => {
    e.preventDefault(); drop.classList.remove("over");
  }));
  drop.addEventListener("drop", (e) => add(e.dataTransfer.files));
  const state = pages.querySelector("#dossier-state");
  if (state && state.dataset.state === "working") startPolling();
})();
