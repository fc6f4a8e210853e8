/* Suggestions as you type for the search form (progressive enhancement).
 *
 * Without JavaScript the form simply submits. With it, the input becomes an
 * ARIA 1.2 combobox with a listbox of titles from data-suggest-url:
 * ArrowDown/ArrowUp move, Enter opens the highlighted title, Escape closes.
 */
(function () {
  "use strict";
  var form = document.querySelector("form[data-suggest-url]");
  if (!form || !window.fetch) { return; }
  var input = form.querySelector("input[name=q]");
  var url = form.getAttribute("data-suggest-url");
  var list = document.createElement("ul");
  var active = -1;
  var items = [];
  var timer = null;
  var latest = "";

  list.id = "search-suggestions";
  list.className = "search-suggestions";
  list.setAttribute("role", "listbox");
  list.setAttribute("aria-label", input.labels && input.labels[0] ? input.labels[0].textContent : "");
  list.hidden = true;
  input.parentNode.appendChild(list);
  input.setAttribute("role", "combobox");
  input.setAttribute("aria-autocomplete", "list");
  input.setAttribute("aria-controls", list.id);
  input.setAttribute("aria-expanded", "false");

  function close() {
    list.hidden = true;
    list.textContent = "";
    items = [];
    active = -1;
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
  }

  function highlight(index) {
    items.forEach(function (item, i) { item.setAttribute("aria-selected", i === index ? "true" : "false"); });
    active = index;
    if (index >= 0) { input.setAttribute("aria-activedescendant", items[index].id); }
    else { input.removeAttribute("aria-activedescendant"); }
  }

  function show(results) {
    close();
    if (!results.length) { return; }
    results.forEach(function (result, i) {
      var option = document.createElement("li");
      var link = document.createElement("a");
      option.id = "search-suggestion-" + i;
      option.setAttribute("role", "option");
      option.setAttribute("aria-selected", "false");
      link.href = result.url;
      link.textContent = result.title;
      link.tabIndex = -1;
      option.appendChild(link);
      option.addEventListener("mousedown", function (event) { event.preventDefault(); window.location.href = result.url; });
      list.appendChild(option);
      items.push(option);
    });
    list.hidden = false;
    input.setAttribute("aria-expanded", "true");
  }

  function fetchSuggestions() {
    var query = input.value.trim();
    latest = query;
    if (query.length < 2) { close(); return; }
    fetch(url + "?q=" + encodeURIComponent(query), { headers: { Accept: "application/json" } })
      .then(function (response) { return response.ok ? response.json() : { results: [] }; })
      .then(function (data) { if (data.query === latest) { show(data.results || []); } })
      .catch(close);
  }

  input.addEventListener("input", function () {
    window.clearTimeout(timer);
    timer = window.setTimeout(fetchSuggestions, 200);
  });
  input.addEventListener("keydown", function (event) {
    if (event.key === "ArrowDown" && items.length) {
      event.preventDefault();
      highlight(active + 1 < items.length ? active + 1 : 0);
    } else if (event.key === "ArrowUp" && items.length) {
      event.preventDefault();
      highlight(active > 0 ? active - 1 : items.length - 1);
    } else if (event.key === "Enter" && active >= 0) {
      event.preventDefault();
      window.location.href = items[active].querySelector("a").href;
    } else if (event.key === "Escape") {
      if (!list.hidden) { event.preventDefault(); }
      close();
    }
  });
  input.addEventListener("blur", function () { window.setTimeout(close, 150); });
}());
