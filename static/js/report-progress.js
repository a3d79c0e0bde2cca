// A report's progress bar, kept current without a reload: asks the status URL every few
// seconds until the report is done or failed, then shows the download link or the message.
(function () {
  "use strict";
  var box = document.querySelector(".report-progress[data-status-url]");
  if (!box || !window.fetch) return;
  var bar = box.querySelector("progress");
  var status = box.querySelector(".report-progress__status");
  var download = box.querySelector(".report-progress__download");
  var error = box.querySelector(".report-progress__error");
  var delay = 1000;

  function show(state) {
    bar.value = state.progress;
    bar.textContent = state.progress + " %";
    if (state.download_url) {
      download.querySelector("a").href = state.download_url;
      download.hidden = false;
    }
    if (state.status === "done") {
      var note = download.querySelector(".report-progress__note");
      if (note) note.remove();
      status.textContent = box.dataset.doneText || state.label;
    } else if (state.status === "failed") {
      status.textContent = state.label;
      error.textContent = state.error;
      error.hidden = false;
    } else {
      status.textContent = state.label + " " + state.progress + " %";
    }
    var finished = state.status === "done" || state.status === "failed";
    if (finished) bar.removeAttribute("aria-busy");
    return finished;
  }

  function poll() {
    fetch(box.dataset.statusUrl, { headers: { Accept: "application/json" }, credentials: "same-origin" })
      .then(function (response) {
        if (!response.ok) throw new Error(response.status);
        return response.json();
      })
      .then(function (state) {
        if (!show(state)) schedule(1000);
      })
      .catch(function () {
        schedule(Math.min(delay * 2, 15000));
      });
  }

  function schedule(next) {
    delay = next;
    window.setTimeout(poll, delay);
  }

  if (bar.hasAttribute("aria-busy")) schedule(delay);
})();
