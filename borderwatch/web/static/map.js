/* borderwatch map: Natural Earth country outlines plus one dot per crossing.
 *
 * Plain JS and SVG, no library and no tile server.  The points come from the
 * page itself: every element with [data-map-point] (the board's rows, or the
 * crossing page's header) carries data-crossing, data-lat, data-lon,
 * data-status, data-activity, data-countries and data-href.  The base map is
 * /static/basemap.json (see borderwatch/web/basemap.py).  Projection:
 * equirectangular, x scaled by cos(latitude of the view's centre).
 * Zoom: mouse wheel or the +/- buttons; pan: drag.
 */
(function () {
  "use strict";
  var SVG = "http://www.w3.org/2000/svg";
  var svg = document.getElementById("map");
  if (!svg) { return; }

  var MIN_SPAN = 6;      // degrees: never zoom closer than this on load
  var PAD = 0.35;        // share of the points' extent added on each side
  var BASE_RADIUS = 5;   // px: a crossing with no recent events
  var kx = 1;            // cos(lat0), fixed once from the initial view

  function el(name, attrs) {
    var node = document.createElementNS(SVG, name);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    return node;
  }

  var points = Array.prototype.slice.call(document.querySelectorAll("[data-map-point]"))
    .map(function (node) {
      return {
        node: node,
        name: node.getAttribute("data-crossing"),
        lat: parseFloat(node.getAttribute("data-lat")),
        lon: parseFloat(node.getAttribute("data-lon")),
        status: node.getAttribute("data-status") || "unknown",
        activity: parseInt(node.getAttribute("data-activity") || "0", 10),
        countries: (node.getAttribute("data-countries") || "").split(/[ ,-]+/),
        href: node.getAttribute("data-href")
      };
    })
    .filter(function (p) { return isFinite(p.lat) && isFinite(p.lon); });

  // --- the initial view: the reported crossings, padded; else the world ---
  var focus = points.filter(function (p) { return p.status !== "unknown"; });
  if (!focus.length) { focus = points; }
  var box;
  if (focus.length) {
    var lons = focus.map(function (p) { return p.lon; });
    var lats = focus.map(function (p) { return p.lat; });
    var w = Math.max.apply(null, lons), e = Math.min.apply(null, lons);
    var n = Math.max.apply(null, lats), s = Math.min.apply(null, lats);
    var cx = (w + e) / 2, cy = (n + s) / 2;
    var span = Math.max(MIN_SPAN, (w - e) * (1 + 2 * PAD), (n - s) * (1 + 2 * PAD));
    box = { west: cx - span, east: cx + span, south: cy - span / 2, north: cy + span / 2 };
  } else {
    box = { west: -180, east: 180, south: -60, north: 85 };
  }
  kx = Math.cos(((box.north + box.south) / 2) * Math.PI / 180);

  function project(lon, lat) { return [lon * kx, -lat]; }

  var home = [box.west * kx, -box.north, (box.east - box.west) * kx, box.north - box.south];
  var view = home.slice();

  var countriesLayer = el("g", { "class": "countries" });
  var pointsLayer = el("g", { "class": "points" });
  var labelsLayer = el("g", { "class": "labels" });
  svg.appendChild(countriesLayer);
  svg.appendChild(pointsLayer);
  svg.appendChild(labelsLayer);

  function pxPerUnit() {
    var rect = svg.getBoundingClientRect();
    var width = rect.width || 800, height = rect.height || 460;
    return Math.min(width / view[2], height / view[3]);
  }

  function radius(p) { return BASE_RADIUS + 2.5 * Math.sqrt(p.activity); }

  function redraw() {
    svg.setAttribute("viewBox", view.join(" "));
    var unit = 1 / pxPerUnit();
    circles.forEach(function (c) { c.node.setAttribute("r", String(radius(c.point) * unit)); });
    labels.forEach(function (t) {
      var xy = project(t.point.lon, t.point.lat);
      t.node.setAttribute("x", String(xy[0] + (radius(t.point) + 3) * unit));
      t.node.setAttribute("y", String(xy[1] + 4 * unit));
      t.node.style.fontSize = String(12 * unit) + "px";
      t.node.style.strokeWidth = String(3 * unit) + "px";
    });
  }

  // --- crossings: drawn at once, before the base map arrives ---
  var circles = [], labels = [];
  // unknown crossings underneath, then the big dots before the small ones
  var order = points.slice().sort(function (a, b) {
    return ((b.status === "unknown") - (a.status === "unknown")) || (radius(b) - radius(a));
  });
  order.forEach(function (p) {
    var xy = project(p.lon, p.lat);
    var c = el("circle", {
      "class": "crossing " + p.status, cx: xy[0], cy: xy[1], r: 1,
      "data-crossing": p.name, "data-status": p.status, tabindex: "0", role: "link",
      "aria-label": p.name + ": " + p.status
    });
    var title = el("title");
    title.textContent = p.name + " — " + p.status + (p.activity ? " (" + p.activity + " recent events)" : "");
    c.appendChild(title);
    function go() { if (p.href) { window.location.href = p.href; } }
    c.addEventListener("click", go);
    c.addEventListener("keydown", function (ev) { if (ev.key === "Enter") { go(); } });
    c.addEventListener("mouseenter", function () { p.node.classList.add("focus"); });
    c.addEventListener("mouseleave", function () { p.node.classList.remove("focus"); });
    p.node.addEventListener("mouseenter", function () { c.classList.add("focus"); });
    p.node.addEventListener("mouseleave", function () { c.classList.remove("focus"); });
    pointsLayer.appendChild(c);
    circles.push({ node: c, point: p });
    if (p.status !== "unknown") {
      var t = el("text", { "class": "label" });
      t.textContent = p.name;
      labelsLayer.appendChild(t);
      labels.push({ node: t, point: p });
    }
  });
  redraw();
  svg.setAttribute("data-points", String(points.length));

  // --- the base map ---
  var involved = {};
  focus.forEach(function (p) { p.countries.forEach(function (c) { if (c) { involved[c] = true; } }); });
  fetch(svg.getAttribute("data-basemap"), { credentials: "same-origin" })
    .then(function (r) { if (!r.ok) { throw new Error("basemap " + r.status); } return r.json(); })
    .then(function (data) {
      var frag = document.createDocumentFragment();
      data.countries.forEach(function (country) {
        var d = country.rings.map(function (ring) {
          var parts = [];
          for (var i = 0; i < ring.length; i += 2) {
            var xy = project(ring[i], ring[i + 1]);
            parts.push((i ? "L" : "M") + xy[0].toFixed(3) + " " + xy[1].toFixed(3));
          }
          return parts.join("") + "Z";
        }).join("");
        var path = el("path", { d: d, "class": "country" + (involved[country.iso] ? " involved" : "") });
        path.setAttribute("data-iso", country.iso);
        var title = el("title");
        title.textContent = country.name;
        path.appendChild(title);
        frag.appendChild(path);
      });
      countriesLayer.appendChild(frag);
      svg.setAttribute("data-basemap-loaded", "true");
    })
    .catch(function (err) { svg.setAttribute("data-basemap-error", String(err)); });

  // --- zoom and pan ---
  function zoom(factor, cx, cy) {
    var nw = Math.min(Math.max(view[2] * factor, 0.5), 400);
    var real = nw / view[2];
    view = [cx - (cx - view[0]) * real, cy - (cy - view[1]) * real, view[2] * real, view[3] * real];
    redraw();
  }
  function toWorld(clientX, clientY) {
    var pt = svg.createSVGPoint();
    pt.x = clientX; pt.y = clientY;
    var m = svg.getScreenCTM();
    if (!m) { return [view[0] + view[2] / 2, view[1] + view[3] / 2]; }
    var w = pt.matrixTransform(m.inverse());
    return [w.x, w.y];
  }
  svg.addEventListener("wheel", function (ev) {
    ev.preventDefault();
    var at = toWorld(ev.clientX, ev.clientY);
    zoom(ev.deltaY > 0 ? 1.25 : 0.8, at[0], at[1]);
  }, { passive: false });
  var drag = null;
  svg.addEventListener("pointerdown", function (ev) {
    if (ev.target.tagName === "circle") { return; }
    drag = { x: ev.clientX, y: ev.clientY, view: view.slice() };
    svg.classList.add("dragging");
  });
  window.addEventListener("pointermove", function (ev) {
    if (!drag) { return; }
    var unit = 1 / pxPerUnit();
    view = [drag.view[0] - (ev.clientX - drag.x) * unit, drag.view[1] - (ev.clientY - drag.y) * unit,
            drag.view[2], drag.view[3]];
    redraw();
  });
  window.addEventListener("pointerup", function () { drag = null; svg.classList.remove("dragging"); });
  window.addEventListener("resize", redraw);
  Array.prototype.forEach.call(document.querySelectorAll("[data-map-zoom]"), function (button) {
    button.addEventListener("click", function () {
      var how = button.getAttribute("data-map-zoom");
      if (how === "home") { view = home.slice(); redraw(); return; }
      zoom(how === "in" ? 0.66 : 1.5, view[0] + view[2] / 2, view[1] + view[3] / 2);
    });
  });
})();
