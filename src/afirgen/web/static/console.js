// AFIRGen console: the few behaviours HTMX does not give (no inline scripts: CSP default-src 'self').
(function () {
  "use strict";

  // A step finished generating: show it.
  document.addEventListener("htmx:sseClose", function (event) {
    if (event.detail && event.detail.type === "message") { window.location.reload(); }
  });

  // Record the complainant with the microphone; the recording goes in the file field.
  function setUpRecorder() {
    var box = document.getElementById("recorder");
    if (!box) { return; }
    var start = document.getElementById("record-start");
    var stop = document.getElementById("record-stop");
    var status = document.getElementById("record-status");
    var input = document.getElementById("media");
    if (!window.MediaRecorder || !navigator.mediaDevices || !window.DataTransfer) {
      start.disabled = true;
      status.textContent = box.dataset.unsupported;
      return;
    }
    var recorder = null;
    var chunks = [];
    start.addEventListener("click", function () {
      navigator.mediaDevices.getUserMedia({ audio: true }).then(function (stream) {
        var type = ["audio/webm", "audio/ogg"].find(function (t) { return MediaRecorder.isTypeSupported(t); });
        recorder = new MediaRecorder(stream, type ? { mimeType: type } : undefined);
        chunks = [];
        recorder.ondataavailable = function (e) { if (e.data.size) { chunks.push(e.data); } };
        recorder.onstop = function () {
          stream.getTracks().forEach(function (track) { track.stop(); });
          var mime = (recorder.mimeType || "audio/webm").split(";")[0];
          var file = new File(chunks, "recording." + (mime === "audio/ogg" ? "ogg" : "webm"), { type: mime });
          var files = new DataTransfer();
          files.items.add(file);
          input.files = files.files;
          status.textContent = box.dataset.recorded;
        };
        recorder.start();
        start.disabled = true;
        stop.disabled = false;
        status.textContent = box.dataset.recording;
      }).catch(function () { status.textContent = box.dataset.unsupported; });
    });
    stop.addEventListener("click", function () {
      if (recorder && recorder.state !== "inactive") { recorder.stop(); }
      start.disabled = false;
      stop.disabled = true;
    });
  }

  // The language selector sends itself when changed (its button stays for keyboards without JS).
  function setUpLanguage() {
    var select = document.getElementById("language");
    if (select) { select.addEventListener("change", function () { select.form.submit(); }); }
  }

  document.addEventListener("DOMContentLoaded", function () {
    setUpRecorder();
    setUpLanguage();
  });
})();
