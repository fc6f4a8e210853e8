// As the editor types an action item's deadline, the panel under it is read again on the server.
// Without JavaScript the panel still shows the reading of the text as it was last saved.
(function () {
  "use strict";
  function start() {
    var panel = document.querySelector("[data-deadline-reading]");
    var form = panel && panel.closest("form");
    var field = form && form.querySelector('[name="deadline_text"]');
    if (!field) return;
    var assigned = form.querySelector('[name="assigned_on"]');
    var timer = null;
    function refresh() {
      window.clearTimeout(timer);
      timer = window.setTimeout(function () {
        var params = new URLSearchParams({
          text: field.value,
          plan: panel.dataset.plan,
          language: panel.dataset.language,
          assigned_on: assigned ? assigned.value : "",
        });
        fetch(panel.dataset.url + "?" + params.toString(), { credentials: "same-origin" })
          .then(function (response) { return response.ok ? response.text() : null; })
          .then(function (html) { if (html !== null) panel.innerHTML = html; })
          .catch(function () { /* keep the last reading */ });
      }, 400);
    }
    field.addEventListener("input", refresh);
    if (assigned) assigned.addEventListener("change", refresh);
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
