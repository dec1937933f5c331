// kg view: draws the graph embedded in #kg-data with vis-network (inlined above).
// Every name from the graph reaches the page through textContent or canvas text, never as markup.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("kg-data").textContent);
  var COLUMN = 280, ROW = 70;  // timeline spacing, in canvas pixels
  var nodes = new vis.DataSet();
  var edges = new vis.DataSet();
  var drawn = {};  // node index -> true for the nodes on the canvas
  var place = {};  // node index -> {x, y} on the timeline, for the dated events drawn
  var columns = [];  // the timeline's columns, in date order: {date, x, y}
  var neighbours = data.nodes.map(function () { return []; });
  data.edges.forEach(function (e) {
    neighbours[e.from].push(e.to);
    neighbours[e.to].push(e.from);
  });

  function el(tag, text, className) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = String(text);
    if (className) node.className = className;
    return node;
  }

  function colour(kind) {
    return data.colours[kind] || data.colours[""];
  }

  function shortLabel(label) {
    return label.length > 40 ? label.slice(0, 39) + "\u2026" : label;
  }

  function visNode(i) {
    var n = data.nodes[i];
    var v = {id: i, label: shortLabel(n.label), color: {background: colour(n.class), border: "#555"},
             shape: "dot", size: 12, font: {size: 13, color: "#222"}};
    if (n.timeline) {
      v.shape = "box";
      v.x = place[i].x;
      v.y = place[i].y;
      v.fixed = {x: true, y: true};
      v.mass = 4;  // pushes other nodes off the timeline
      v.font = {size: 14, color: "#fff", bold: true};
    } else {
      if (n.class === "Event" || n.class === "Meeting" || n.class === "Summit") {
        v.shape = "box";
        v.font = {size: 14, color: "#fff"};
      }
    }
    return v;
  }

  function visEdge(j) {
    var e = data.edges[j];
    var precedes = e.label === "precedes";
    return {id: j, from: e.from, to: e.to, label: e.label, arrows: "to",
            color: {color: precedes ? "#b8336a" : "#9aa0a6"}, width: precedes ? 3 : 1, dashes: precedes,
            font: {size: 10, color: "#555", strokeWidth: 3, align: "middle"}, smooth: {type: "continuous"}};
  }

  var network = new vis.Network(document.getElementById("graph"), {nodes: nodes, edges: edges}, {
    layout: {randomSeed: 7},  // the same page lays out the same way each time it is opened
    physics: {solver: "barnesHut",
              barnesHut: {gravitationalConstant: -4000, centralGravity: 0.4, springLength: 120, avoidOverlap: 0.3},
              stabilization: {iterations: 300, updateInterval: 50}},
    interaction: {hover: true, tooltipDelay: 200, navigationButtons: false, keyboard: false},
    edges: {selectionWidth: 2},
    nodes: {borderWidth: 1}
  });
  network.on("stabilizationIterationsDone", function () {
    network.setOptions({physics: {enabled: false}});  // a still picture: no CPU spent once laid out
    document.body.dataset.ready = "true";
  });

  // The timeline: one column per date of the events drawn, in date order, a row per event that day;
  // more than LANE dates wrap onto further lanes below, so a long timeline stays on screen.
  var LANE = 10;
  function layOutTimeline(chosen) {
    var byDate = {};
    chosen.forEach(function (i) {
      var date = data.nodes[i].timeline;
      if (date) (byDate[date] = byDate[date] || []).push(i);
    });
    var dates = Object.keys(byDate).sort();
    place = {};
    columns = [];
    var top = 0;
    for (var start = 0; start < dates.length; start += LANE) {
      var rows = 1;
      dates.slice(start, start + LANE).forEach(function (date, column) {
        columns.push({date: date, x: column * COLUMN, y: top});
        byDate[date].forEach(function (i, row) { place[i] = {x: column * COLUMN, y: top + row * ROW}; });
        rows = Math.max(rows, byDate[date].length);
      });
      top += rows * ROW + 2.5 * ROW;
    }
  }

  network.on("beforeDrawing", function (ctx) {
    ctx.save();
    ctx.strokeStyle = "#b8336a";
    ctx.fillStyle = "#b8336a";
    ctx.lineWidth = 2;
    ctx.font = "bold 13px sans-serif";
    ctx.textAlign = "center";
    columns.forEach(function (c, k) {
      var first = k % LANE === 0, last = k % LANE === LANE - 1 || k === columns.length - 1;
      ctx.beginPath();  // the lane's axis, drawn a column at a time
      ctx.moveTo(c.x - (first ? 80 : COLUMN / 2), c.y - 45);
      ctx.lineTo(c.x + (last ? 80 : COLUMN / 2), c.y - 45);
      ctx.stroke();
      ctx.fillText(c.date, c.x, c.y - 55);
    });
    ctx.restore();
  });

  function setStatus(shown, total, why) {
    var status = document.getElementById("status");
    var text = "Showing " + shown + " of " + data.nodes.length + " nodes";
    if (why) text += " (" + why + ")";
    if (total > shown) {
      text += "; only the first " + data.max_nodes + " are drawn: pick an article or an event, or search, to see the rest";
      status.className = "capped";
    } else {
      status.className = "";
    }
    status.textContent = text;
  }

  // Draws a set of node indices (the most important first when there are too many).
  function draw(indices, why) {
    var wanted = {};
    indices.forEach(function (i) { wanted[i] = true; });
    var chosen = data.rank.filter(function (i) { return wanted[i]; }).slice(0, data.max_nodes);
    drawn = {};
    chosen.forEach(function (i) { drawn[i] = true; });
    var visEdges = [];
    data.edges.forEach(function (e, j) {
      if (drawn[e.from] && drawn[e.to]) visEdges.push(visEdge(j));
    });
    layOutTimeline(chosen);
    document.body.dataset.ready = "false";
    edges.clear();
    nodes.clear();
    nodes.add(chosen.map(visNode));
    edges.add(visEdges);
    document.body.dataset.drawnNodes = String(chosen.length);
    setStatus(chosen.length, indices.length, why);
    if (!chosen.length) {  // nothing to lay out: no stabilization event will come
      document.body.dataset.ready = "true";
      return;
    }
    network.setOptions({physics: {enabled: true}});
    network.stabilize(300);
  }

  function everything() {
    return data.nodes.map(function (_, i) { return i; });
  }

  function articleNodes(a) {
    return everything().filter(function (i) { return data.nodes[i].articles.indexOf(a) >= 0; });
  }

  // An event, what takes part in it, and who leads the delegations at it.
  function eventNodes(i) {
    var found = {};
    found[i] = true;
    neighbours[i].forEach(function (j) {
      found[j] = true;
      if (data.nodes[j].class === "Delegation") neighbours[j].forEach(function (k) { found[k] = true; });
    });
    return Object.keys(found).map(Number);
  }

  // .. the side panel ..
  function name(index) {
    return index === null ? "?" : data.nodes[index].label;
  }

  // One quote per sentence, with the facts read from it and its article under it.
  function evidenceList(numbers) {
    var groups = [], byKey = {};
    numbers.forEach(function (k) {
      var ev = data.evidence[k];
      var key = ev.article + "\u0000" + ev.text;
      if (!byKey[key]) {
        byKey[key] = {text: ev.text, article: ev.article, facts: []};
        groups.push(byKey[key]);
      }
      byKey[key].facts.push(ev);
    });
    var list = el("ul", null, "evidence");
    groups.forEach(function (group) {
      var item = el("li");
      item.appendChild(el("blockquote", group.text));
      var facts = el("ul", null, "facts");
      group.facts.forEach(function (ev) {
        var object = ev.value !== null ? "\u201c" + ev.value + "\u201d" : name(ev.object);
        facts.appendChild(el("li", name(ev.subject) + " \u2014 " + ev.predicate + " \u2192 " + object
          + (ev.confidence ? " (confidence " + ev.confidence + ")" : "")));
      });
      item.appendChild(facts);
      var article = group.article === null ? null : data.articles[group.article];
      if (article) item.appendChild(el("div", article.title + (article.date ? " (" + article.date + ")" : ""), "source"));
      list.appendChild(item);
    });
    return list;
  }

  function link(url) {
    // Only web links are clickable; anything else (javascript:, data:) is shown as text.
    if (!/^https?:\/\//i.test(url)) return el("span", url);
    var a = el("a", url);
    a.href = url;
    a.target = "_blank";
    a.rel = "noopener noreferrer";
    return a;
  }

  function showNode(i) {
    var n = data.nodes[i];
    var box = document.getElementById("details");
    box.replaceChildren();
    box.appendChild(el("h2", n.label));
    var kind = el("span", n.classes.join(", "), "kind");
    kind.style.background = colour(n.class);
    box.appendChild(kind);
    var facts = el("dl");
    function fact(name, value) {
      facts.appendChild(el("dt", name));
      var dd = el("dd");
      if (typeof value === "string") dd.textContent = value; else dd.appendChild(value);
      facts.appendChild(dd);
    }
    if (n.labels.length) fact("also labelled", n.labels.join("; "));
    if (n.alt.length) fact("other names", n.alt.join("; "));
    n.props.forEach(function (p) { fact(p[0], p[1]); });
    fact("IRI", n.iri);
    box.appendChild(facts);
    if (n.links.length) {
      box.appendChild(el("h2", "Links"));
      var links = el("ul");
      n.links.forEach(function (url) {
        var item = el("li");
        item.appendChild(link(url));
        links.appendChild(item);
      });
      box.appendChild(links);
    }
    if (n.articles.length) {
      box.appendChild(el("h2", "Articles"));
      var list = el("ul");
      n.articles.forEach(function (a) {
        var article = data.articles[a];
        list.appendChild(el("li", article.title + (article.date ? " (" + article.date + ")" : "")));
      });
      box.appendChild(list);
    }
    box.appendChild(el("h2", "Evidence (" + n.evidence.length + ")"));
    box.appendChild(evidenceList(n.evidence));
  }

  function showEdge(j) {
    var e = data.edges[j];
    var box = document.getElementById("details");
    box.replaceChildren();
    box.appendChild(el("h2", data.nodes[e.from].label + " \u2192 " + e.label + " \u2192 " + data.nodes[e.to].label));
    box.appendChild(el("h2", "Evidence (" + e.evidence.length + ")"));
    box.appendChild(evidenceList(e.evidence));
  }

  network.on("click", function (params) {
    if (params.nodes.length) showNode(params.nodes[0]);
    else if (params.edges.length) showEdge(params.edges[0]);
  });

  function focus(i) {
    if (!drawn[i]) draw([i].concat(neighbours[i]), "around \u201c" + data.nodes[i].label + "\u201d");
    network.selectNodes([i]);
    network.focus(i, {scale: 1.2, animation: false});
    showNode(i);
  }

  // .. search, filters ..
  var search = document.getElementById("search");
  var results = document.getElementById("results");
  function matches(query) {
    var q = query.trim().toLowerCase();
    if (!q) return [];
    return everything().filter(function (i) {
      var n = data.nodes[i];
      return [n.label].concat(n.labels, n.alt).some(function (name) { return name.toLowerCase().indexOf(q) >= 0; });
    }).slice(0, 20);
  }
  search.addEventListener("input", function () {
    var found = matches(search.value);
    results.replaceChildren();
    results.hidden = !search.value.trim();
    if (!found.length && search.value.trim()) results.appendChild(el("li", "no match"));
    found.forEach(function (i) {
      var item = el("li");
      var button = el("button", data.nodes[i].label + " (" + data.nodes[i].class + ")");
      button.type = "button";
      button.addEventListener("click", function () { focus(i); });
      item.appendChild(button);
      results.appendChild(item);
    });
  });
  search.addEventListener("keydown", function (event) {
    if (event.key === "Enter") {
      var found = matches(search.value);
      if (found.length) focus(found[0]);
    }
  });

  var articleFilter = document.getElementById("article-filter");
  data.articles.forEach(function (article, a) {
    var option = el("option", (article.date ? article.date + " \u2014 " : "") + article.title);
    option.value = String(a);
    articleFilter.appendChild(option);
  });
  var eventFilter = document.getElementById("event-filter");
  everything().filter(function (i) {
    var kind = data.nodes[i].class;
    return kind === "Event" || kind === "Meeting" || kind === "Summit";
  }).sort(function (a, b) {
    var da = data.nodes[a].timeline || "~";
    var db = data.nodes[b].timeline || "~";
    return da < db ? -1 : da > db ? 1 : a - b;
  }).forEach(function (i) {
    var n = data.nodes[i];
    var option = el("option", (n.timeline ? n.timeline + " \u2014 " : "") + n.label);
    option.value = String(i);
    eventFilter.appendChild(option);
  });
  articleFilter.addEventListener("change", function () {
    eventFilter.value = "";
    if (articleFilter.value === "") { draw(everything(), ""); return; }
    var a = Number(articleFilter.value);
    draw(articleNodes(a), "article \u201c" + data.articles[a].title + "\u201d");
  });
  eventFilter.addEventListener("change", function () {
    articleFilter.value = "";
    if (eventFilter.value === "") { draw(everything(), ""); return; }
    var i = Number(eventFilter.value);
    draw(eventNodes(i), "event \u201c" + data.nodes[i].label + "\u201d");
  });
  document.getElementById("reset").addEventListener("click", function () {
    articleFilter.value = "";
    eventFilter.value = "";
    search.value = "";
    results.hidden = true;
    draw(everything(), "");
  });

  var legend = document.getElementById("legend");
  data.legend.forEach(function (kind) {
    var item = el("li");
    var swatch = el("span", null, "swatch");
    swatch.style.background = colour(kind);
    item.appendChild(swatch);
    item.appendChild(document.createTextNode(kind));
    legend.appendChild(item);
  });

  window.kgView = {network: network, nodes: nodes, edges: edges, data: data, draw: draw};
  draw(everything(), "");
})();
