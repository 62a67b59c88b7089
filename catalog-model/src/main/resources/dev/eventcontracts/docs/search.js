// Search of the home page: events by name, summary, topic, service, team and field name, over
// window.CATALOG_SEARCH (search-index.js), results as links while typing. No request is made.
(function () {
  "use strict";
  var index = window.CATALOG_SEARCH;
  var input = document.getElementById("q");
  var list = document.getElementById("results");
  if (!index || !input || !list) {
    return;
  }
  var LIMIT = 50;
  var events = index.events.map(function (line) {
    var p = line.split("\t");
    return {
      name: p[0], url: p[1], summary: p[2], topics: p[3], services: p[4], team: p[5],
      fields: p[6] ? p[6].split(" ").map(function (n) { return parseInt(n, 36); }) : [],
      lower: (p[0] + "\n" + p[2] + "\n" + p[3] + "\n" + p[4] + "\n" + p[5]).toLowerCase()
    };
  });
  var fields = index.fields;

  function why(e, q, matched) {
    if (e.name.toLowerCase().indexOf(q) >= 0) { return [0, e.summary]; }
    if (e.topics.toLowerCase().indexOf(q) >= 0) { return [1, "topic " + e.topics]; }
    if (e.services.toLowerCase().indexOf(q) >= 0) { return [2, "services " + e.services]; }
    if (e.team.toLowerCase().indexOf(q) >= 0) { return [2, "team " + e.team]; }
    if (e.summary.toLowerCase().indexOf(q) >= 0) { return [3, e.summary]; }
    var names = [];
    for (var i = 0; i < e.fields.length; i++) {
      if (matched[e.fields[i]]) { names.push(fields[e.fields[i]]); }
    }
    return names.length ? [4, "field " + names.slice(0, 5).join(", ")] : null;
  }

  function run() {
    var q = input.value.trim().toLowerCase();
    list.textContent = "";
    if (!q) { return; }
    var matched = {};
    for (var f = 0; f < fields.length; f++) {
      if (fields[f].toLowerCase().indexOf(q) >= 0) { matched[f] = true; }
    }
    var hits = [];
    for (var i = 0; i < events.length; i++) {
      var w = why(events[i], q, matched);
      if (w) { hits.push({ e: events[i], rank: w[0], text: w[1] }); }
    }
    hits.sort(function (a, b) { return a.rank - b.rank || (a.e.name < b.e.name ? -1 : 1); });
    if (!hits.length) {
      var none = document.createElement("li");
      none.className = "empty";
      none.textContent = "No event matches \u201c" + input.value.trim() + "\u201d.";
      list.appendChild(none);
      return;
    }
    hits.slice(0, LIMIT).forEach(function (hit) {
      var li = document.createElement("li");
      var a = document.createElement("a");
      a.href = hit.e.url;
      a.textContent = hit.e.name;
      var small = document.createElement("span");
      small.className = "why";
      small.textContent = hit.text;
      li.appendChild(a);
      li.appendChild(small);
      list.appendChild(li);
    });
    if (hits.length > LIMIT) {
      var more = document.createElement("li");
      more.className = "empty";
      more.textContent = (hits.length - LIMIT) + " more; type more to narrow.";
      list.appendChild(more);
    }
  }

  input.addEventListener("input", run);
  run();
})();
