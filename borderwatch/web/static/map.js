/* borderwatch map: Natural Earth country outlines plus one dot per crossing.
 *
 * Plain JS and SVG, no library and no tile server.  The points come from the
 * page itself: every element with [data-map-point] (the board's rows, or the
 * crossing page's header) carries data-crossing, data-lat, data-lon,
 * data-status, data-activity, data-countries and data-href.  The base map is
 * /static/basemap.json (see borderwatch/web/basemap.py).  Projection:
 * equirectangular, x scaled by cos(latitude of the view's centre).
 * Zoom: mouse wheel or the +/- buttons; pan: drag.
 *
 * Whole borders: every element with [data-map-border] (the board's border
 * rows) carries data-countries ("AF PK"), data-status and data-href; the
 * border is drawn as the line the two countries share, from
 * /static/borders.json (see borderwatch/web/borderlines.py).
 *
 * The first view fits the crossings and borders shown (those with a known
 * status, else all), padded, to the frame's own shape.  Labels never
 * overlap: they are placed greedily, the most constrained and most active
 * crossings first, each at the first free spot around its dot; a label with
 * no free spot is hidden and shows while its dot or board row is hovered or
 * focused.
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

  var borders = Array.prototype.slice.call(document.querySelectorAll("[data-map-border]"))
    .map(function (node) {
      return {
        node: node,
        key: (node.getAttribute("data-countries") || "").split(/[ ,-]+/).sort().join("-"),
        status: node.getAttribute("data-status") || "unknown",
        name: node.getAttribute("data-name") || "",
        href: node.getAttribute("data-href")
      };
    });

  // --- the initial view: what is shown (known first), fitted to the frame ---
  var focus = points.filter(function (p) { return p.status !== "unknown"; });
  if (!focus.length) { focus = points; }
  var extent = [];  // [lon, lat] pairs the first view must hold
  focus.forEach(function (p) { extent.push([p.lon, p.lat]); });

  function fit(pairs) {
    if (!pairs.length) { return { west: -170, east: 190, south: -58, north: 84 }; }
    var lons = pairs.map(function (q) { return q[0]; });
    var lats = pairs.map(function (q) { return q[1]; });
    var west = Math.min.apply(null, lons), east = Math.max.apply(null, lons);
    var south = Math.min.apply(null, lats), north = Math.max.apply(null, lats);
    var padX = Math.max(MIN_SPAN / 2, (east - west) * PAD);
    var padY = Math.max(MIN_SPAN / 4, (north - south) * PAD);
    return { west: west - padX, east: east + padX,
             south: Math.max(-85, south - padY), north: Math.min(85, north + padY) };
  }

  function frameShape() {
    var rect = svg.getBoundingClientRect();
    return (rect.width || 800) / (rect.height || 460);
  }

  function homeView(box) {
    var x = box.west * kx, y = -box.north;
    var w = (box.east - box.west) * kx, h = box.north - box.south;
    var shape = frameShape();
    if (w / h < shape) {  // too tall for the frame: widen around the middle
      var nw = h * shape; x -= (nw - w) / 2; w = nw;
    } else {              // too wide: heighten around the middle
      var nh = w / shape; y -= (nh - h) / 2; h = nh;
    }
    return [x, y, w, h];
  }

  var box = fit(extent);
  kx = Math.max(0.2, Math.cos(((box.north + box.south) / 2) * Math.PI / 180));

  function project(lon, lat) { return [lon * kx, -lat]; }

  var home = homeView(box);
  var view = home.slice();
  var moved = false;  // the reader zoomed or panned: a late refit leaves the view alone

  var countriesLayer = el("g", { "class": "countries" });
  var bordersLayer = el("g", { "class": "borders" });
  var pointsLayer = el("g", { "class": "points" });
  var labelsLayer = el("g", { "class": "labels" });
  svg.appendChild(countriesLayer);
  svg.appendChild(bordersLayer);
  svg.appendChild(pointsLayer);
  svg.appendChild(labelsLayer);

  function pxPerUnit() {
    var rect = svg.getBoundingClientRect();
    var width = rect.width || 800, height = rect.height || 460;
    return Math.min(width / view[2], height / view[3]);
  }

  /* The part of the plane the frame shows (the viewBox, centred, widened to the frame). */
  function shown() {
    var rect = svg.getBoundingClientRect();
    var unit = 1 / pxPerUnit();
    var w = (rect.width || 800) * unit, h = (rect.height || 460) * unit;
    return [view[0] + view[2] / 2 - w / 2, view[1] + view[3] / 2 - h / 2, w, h];
  }

  function radius(p) { return BASE_RADIUS + 2.5 * Math.sqrt(p.activity); }

  // Where a label may sit around its dot, in order of preference:
  // right, left, above, below, then the four corners.
  var SPOTS = [[1, 0], [-1, 0], [0, -1], [0, 1], [1, -1], [1, 1], [-1, -1], [-1, 1]];
  var LABEL_GAP = 3;    // px between a dot and its label
  var LABEL_MARGIN = 2; // px kept free around each placed label

  function overlaps(a, b) { return a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3]; }

  function placeLabels(unit) {
    var frame = shown();
    var placed = [];
    var margin = LABEL_MARGIN * unit;
    labels.forEach(function (t) {
      var node = t.node;
      var xy = project(t.point.lon, t.point.lat);
      node.style.fontSize = String(12 * unit) + "px";
      node.style.strokeWidth = String(3 * unit) + "px";
      node.setAttribute("x", String(xy[0]));
      node.setAttribute("y", String(xy[1]));
      var bb = node.getBBox();
      var dx = bb.x - xy[0], dy = bb.y - xy[1], w = bb.width, h = bb.height;
      var r = (radius(t.point) + LABEL_GAP) * unit;
      var spot = null;
      for (var i = 0; i < SPOTS.length && !spot; i++) {
        var sx = SPOTS[i][0], sy = SPOTS[i][1];
        var x0 = sx > 0 ? xy[0] + r : (sx < 0 ? xy[0] - r - w : xy[0] - w / 2);
        var y0 = sy < 0 ? xy[1] - r - h : (sy > 0 ? xy[1] + r : xy[1] - h / 2);
        var boxed = [x0 - margin, y0 - margin, x0 + w + margin, y0 + h + margin];
        var inside = x0 >= frame[0] && y0 >= frame[1] &&
          x0 + w <= frame[0] + frame[2] && y0 + h <= frame[1] + frame[3];
        if (inside && !placed.some(function (b) { return overlaps(b, boxed); })) {
          spot = boxed;
          node.setAttribute("x", String(x0 - dx));
          node.setAttribute("y", String(y0 - dy));
        }
      }
      if (spot) {
        placed.push(spot);
        node.classList.remove("crowded");
      } else {  // no room: shown on hover or focus only, to the right of its dot
        node.setAttribute("x", String(xy[0] + r - dx));
        node.setAttribute("y", String(xy[1] - h / 2 - dy));
        node.classList.add("crowded");
      }
    });
    svg.setAttribute("data-labels-shown", String(placed.length));
  }

  function redraw() {
    svg.setAttribute("viewBox", view.join(" "));
    var unit = 1 / pxPerUnit();
    circles.forEach(function (c) { c.node.setAttribute("r", String(radius(c.point) * unit)); });
    placeLabels(unit);
  }

  var STATUS_ORDER = { closed: 0, restricted: 1, open: 2, unknown: 3 };

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
    var t = null;
    if (p.status !== "unknown") {
      t = el("text", { "class": "label", "data-crossing": p.name });
      t.textContent = p.name;
      labelsLayer.appendChild(t);
      labels.push({ node: t, point: p });
    }
    function go() { if (p.href) { window.location.href = p.href; } }
    function on() {
      p.node.classList.add("focus"); c.classList.add("focus");
      if (t) { t.classList.add("hover"); labelsLayer.appendChild(t); }  // on top
    }
    function off() {
      p.node.classList.remove("focus"); c.classList.remove("focus");
      if (t) { t.classList.remove("hover"); }
    }
    c.addEventListener("click", go);
    c.addEventListener("keydown", function (ev) { if (ev.key === "Enter") { go(); } });
    c.addEventListener("mouseenter", on);
    c.addEventListener("mouseleave", off);
    c.addEventListener("focus", on);
    c.addEventListener("blur", off);
    p.node.addEventListener("mouseenter", on);
    p.node.addEventListener("mouseleave", off);
    p.node.addEventListener("focusin", on);
    p.node.addEventListener("focusout", off);
    pointsLayer.appendChild(c);
    circles.push({ node: c, point: p });
  });
  // labels claim their room in order: closed, restricted, open; busiest first
  labels.sort(function (a, b) {
    return (STATUS_ORDER[a.point.status] - STATUS_ORDER[b.point.status]) ||
      (b.point.activity - a.point.activity) || (a.point.name < b.point.name ? -1 : 1);
  });
  redraw();
  svg.setAttribute("data-points", String(points.length));

  // --- the base map ---
  var involved = {};
  focus.forEach(function (p) { p.countries.forEach(function (c) { if (c) { involved[c] = true; } }); });
  borders.forEach(function (b) {
    if (b.status !== "unknown") { b.key.split("-").forEach(function (c) { involved[c] = true; }); }
  });
  function pathOf(ring, close) {
    var parts = [];
    for (var i = 0; i < ring.length; i += 2) {
      var xy = project(ring[i], ring[i + 1]);
      parts.push((i ? "L" : "M") + xy[0].toFixed(3) + " " + xy[1].toFixed(3));
    }
    return parts.join("") + (close ? "Z" : "");
  }
  fetch(svg.getAttribute("data-basemap"), { credentials: "same-origin" })
    .then(function (r) { if (!r.ok) { throw new Error("basemap " + r.status); } return r.json(); })
    .then(function (data) {
      var frag = document.createDocumentFragment();
      data.countries.forEach(function (country) {
        var d = country.rings.map(function (ring) { return pathOf(ring, true); }).join("");
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

  // --- whole borders: the line two countries share ---
  var bordersUrl = svg.getAttribute("data-borders");
  if (bordersUrl && borders.length) {
    fetch(bordersUrl, { credentials: "same-origin" })
      .then(function (r) { if (!r.ok) { throw new Error("borders " + r.status); } return r.json(); })
      .then(function (data) {
        var drawn = 0;
        var known = borders.filter(function (b) { return b.status !== "unknown"; });
        borders.forEach(function (b) {
          var lines = data.borders[b.key];
          if (!lines) { return; }
          var path = el("path", {
            d: lines.map(function (line) { return pathOf(line, false); }).join(""),
            "class": "border-line " + b.status, "data-border": b.key, tabindex: "0", role: "link",
            "aria-label": b.name + ": " + b.status
          });
          var title = el("title");
          title.textContent = b.name + " — " + b.status;
          path.appendChild(title);
          function go() { if (b.href) { window.location.href = b.href; } }
          path.addEventListener("click", go);
          path.addEventListener("keydown", function (ev) { if (ev.key === "Enter") { go(); } });
          function on() { path.classList.add("focus"); b.node.classList.add("focus"); }
          function off() { path.classList.remove("focus"); b.node.classList.remove("focus"); }
          path.addEventListener("mouseenter", on);
          path.addEventListener("mouseleave", off);
          b.node.addEventListener("mouseenter", on);
          b.node.addEventListener("mouseleave", off);
          bordersLayer.appendChild(path);
          drawn += 1;
          if (known.indexOf(b) >= 0 || !focus.length) {
            lines.forEach(function (line) {
              for (var i = 0; i < line.length; i += 2) { extent.push([line[i], line[i + 1]]); }
            });
          }
        });
        if (!moved) {  // fit again, now with the borders' lines
          home = homeView(fit(extent));
          view = home.slice();
          redraw();
        }
        svg.setAttribute("data-borders-drawn", String(drawn));
        svg.setAttribute("data-borders-loaded", "true");
      })
      .catch(function (err) { svg.setAttribute("data-borders-error", String(err)); });
  }

  // --- zoom and pan ---
  function zoom(factor, cx, cy) {
    var nw = Math.min(Math.max(view[2] * factor, 0.5), 400);
    var real = nw / view[2];
    view = [cx - (cx - view[0]) * real, cy - (cy - view[1]) * real, view[2] * real, view[3] * real];
    moved = true;
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
    moved = true;
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
