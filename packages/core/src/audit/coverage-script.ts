/**
 * The coverage page's own script (plain ES2017, run in the browser, inlined by `coveragePage`).
 * The tables are the page; the map repeats them for those who can see it. Data is read from the
 * page's JSON block and only ever written as text (textContent), never as markup.
 */
export const COVERAGE_SCRIPT = `
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('coverage-data').textContent);
  var kinds = data.kinds, communes = data.communes, places = data.places, deps = data.departements;
  var CLASSES = data.classes; // [{ upTo: km | null, colour, label }]
  var PAGE = 100;
  var nf = new Intl.NumberFormat('en');
  var kindSelect = document.getElementById('kind');
  var depSelect = document.getElementById('dep');
  var state = { kind: 0, dep: '', sort: { key: 'km', dir: -1 }, depSort: { key: 'beyond20', dir: -1 }, shown: PAGE };

  // Rows: [insee, name, dep, population, lat, lon, km[], nearest[]]; km null: none within reach.
  function km(row) { return row[6][state.kind]; }
  function nearest(row) {
    var i = row[7][state.kind];
    return i === null || i === undefined ? '' : places[i][0] + ' (' + places[i][1] + ')';
  }
  function classOf(value) {
    for (var c = 0; c < CLASSES.length; c++) {
      if (CLASSES[c].upTo === null ? value === null : value !== null && value <= CLASSES[c].upTo) return c;
    }
    return CLASSES.length - 1;
  }
  function inScope() {
    return state.dep ? communes.filter(function (r) { return r[2] === state.dep; }) : communes;
  }
  function distanceText(value) { return value === null ? 'none within ' + data.reachKm + ' km' : value.toFixed(1) + ' km'; }
  function cell(tag, text, attrs) {
    var el = document.createElement(tag);
    el.textContent = text;
    if (attrs) for (var k in attrs) el.setAttribute(k, attrs[k]);
    return el;
  }

  function compare(key, dir, get) {
    return function (a, b) {
      var x = get(a, key), y = get(b, key);
      // "None within reach" is the farthest of all.
      if (x === null) x = Infinity;
      if (y === null) y = Infinity;
      if (typeof x === 'string') return dir * x.localeCompare(y, 'fr');
      return dir * (x - y) || b[3] - a[3];
    };
  }
  var communeFields = {
    name: function (r) { return r[1]; },
    dep: function (r) { return r[2]; },
    population: function (r) { return r[3]; },
    km: function (r) { return km(r); },
    nearest: function (r) { return nearest(r); },
  };

  function renderCommunes() {
    var rows = inScope().slice().sort(compare(state.sort.key, state.sort.dir, function (r, key) { return communeFields[key](r); }));
    var body = document.querySelector('#communes tbody');
    body.textContent = '';
    rows.slice(0, state.shown).forEach(function (r) {
      var tr = document.createElement('tr');
      var th = cell('th', r[1] + ' (' + r[0] + ')', { scope: 'row' });
      th.setAttribute('lang', 'fr');
      tr.appendChild(th);
      tr.appendChild(cell('td', r[2] + ' ' + (deps[r[2]] || '')));
      tr.appendChild(cell('td', nf.format(r[3]), { class: 'number' }));
      var d = km(r);
      var td = cell('td', distanceText(d), { class: 'number' });
      var swatch = cell('span', '', { class: 'swatch', 'aria-hidden': 'true' });
      swatch.style.background = CLASSES[classOf(d)].colour;
      td.insertBefore(swatch, td.firstChild);
      tr.appendChild(td);
      tr.appendChild(cell('td', nearest(r), { lang: 'fr' }));
      body.appendChild(tr);
    });
    var more = document.getElementById('more');
    more.hidden = rows.length <= state.shown;
    document.getElementById('communes-count').textContent =
      'Showing ' + nf.format(Math.min(state.shown, rows.length)) + ' of ' + nf.format(rows.length) + ' communes.';
    markSorted('communes', state.sort);
  }

  function departementRows() {
    var byDep = {};
    communes.forEach(function (r) {
      var d = byDep[r[2]] || (byDep[r[2]] = { code: r[2], communes: 0, population: 0, beyond10: 0, beyond20: 0, beyond30: 0, farthest: 0 });
      var value = km(r);
      d.communes++;
      d.population += r[3];
      if (value === null || value > 10) d.beyond10 += r[3];
      if (value === null || value > 20) d.beyond20 += r[3];
      if (value === null || value > 30) d.beyond30 += r[3];
      d.farthest = d.farthest === null || value === null ? null : Math.max(d.farthest, value);
    });
    return Object.keys(byDep).map(function (k) {
      var d = byDep[k];
      d.share20 = d.population ? d.beyond20 / d.population : 0;
      return d;
    });
  }
  function renderDepartements() {
    var rows = departementRows().sort(function (a, b) {
      var x = a[state.depSort.key], y = b[state.depSort.key];
      if (x === null) x = Infinity;
      if (y === null) y = Infinity;
      if (typeof x === 'string') return state.depSort.dir * x.localeCompare(y);
      return state.depSort.dir * (x - y) || a.code.localeCompare(b.code);
    });
    var body = document.querySelector('#departements tbody');
    body.textContent = '';
    rows.forEach(function (d) {
      var tr = document.createElement('tr');
      if (d.code === state.dep) tr.className = 'current';
      tr.appendChild(cell('th', d.code + ' ' + (deps[d.code] || ''), { scope: 'row', lang: 'fr' }));
      tr.appendChild(cell('td', nf.format(d.communes), { class: 'number' }));
      tr.appendChild(cell('td', nf.format(d.population), { class: 'number' }));
      tr.appendChild(cell('td', nf.format(d.beyond10), { class: 'number' }));
      tr.appendChild(cell('td', nf.format(d.beyond20), { class: 'number' }));
      tr.appendChild(cell('td', nf.format(d.beyond30), { class: 'number' }));
      tr.appendChild(cell('td', (d.share20 * 100).toFixed(1) + '%', { class: 'number' }));
      tr.appendChild(cell('td', d.farthest === null ? 'none within ' + data.reachKm + ' km' : d.farthest.toFixed(1) + ' km', { class: 'number' }));
      body.appendChild(tr);
    });
    markSorted('departements', state.depSort);
  }

  function renderSummary() {
    var rows = inScope();
    var people = 0, far = 0, none = 0;
    rows.forEach(function (r) {
      var value = km(r);
      people += r[3];
      if (value === null || value > 20) far += r[3];
      if (value === null) none += r[3];
    });
    var where = state.dep ? deps[state.dep] || state.dep : 'the communes audited';
    document.getElementById('summary').textContent =
      kinds[state.kind].label + ', ' + where + ': ' + nf.format(far) + ' of ' + nf.format(people) + ' people (' +
      (people ? (far / people * 100).toFixed(1) : '0') + '%) live more than 20 km from one; ' +
      nf.format(none) + ' have none within ' + data.reachKm + ' km.';
  }

  function renderLegend() {
    var counts = CLASSES.map(function () { return { communes: 0, people: 0 }; });
    inScope().forEach(function (r) {
      var c = counts[classOf(km(r))];
      c.communes++;
      c.people += r[3];
    });
    var list = document.getElementById('legend-list');
    list.textContent = '';
    CLASSES.forEach(function (c, i) {
      var li = document.createElement('li');
      var swatch = cell('span', '', { class: 'swatch', 'aria-hidden': 'true' });
      swatch.style.background = c.colour;
      li.appendChild(swatch);
      li.appendChild(document.createTextNode(c.label + ': ' + nf.format(counts[i].communes) + ' communes, ' + nf.format(counts[i].people) + ' people'));
      list.appendChild(li);
    });
  }

  function markSorted(table, sort) {
    document.querySelectorAll('#' + table + ' thead th').forEach(function (th) {
      var button = th.querySelector('button');
      var on = button && button.getAttribute('data-key') === sort.key;
      if (on) th.setAttribute('aria-sort', sort.dir > 0 ? 'ascending' : 'descending');
      else th.removeAttribute('aria-sort');
    });
  }
  function sortable(table, sortOf, render) {
    document.querySelectorAll('#' + table + ' thead button').forEach(function (button) {
      button.addEventListener('click', function () {
        var key = button.getAttribute('data-key');
        var sort = sortOf();
        if (sort.key === key) sort.dir = -sort.dir;
        else { sort.key = key; sort.dir = button.getAttribute('data-first') === 'ascending' ? 1 : -1; }
        render();
      });
    });
  }

  // The map: an extra for those who see it. Markers are drawn on a canvas, not focusable: the
  // tables above hold the same figures for keyboards and screen readers.
  var map = null, markers = [];
  var reduced = window.matchMedia && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  function initMap() {
    if (typeof L === 'undefined') return;
    map = L.map('map', { preferCanvas: true, zoomAnimation: !reduced, fadeAnimation: !reduced, markerZoomAnimation: !reduced, attributionControl: !!data.tiles });
    if (data.tiles) L.tileLayer(data.tiles.url, { attribution: data.tiles.attribution || '', maxZoom: 18 }).addTo(map);
    var renderer = L.canvas({ padding: 0.5 });
    communes.forEach(function (r) {
      markers.push(L.circleMarker([r[4], r[5]], { renderer: renderer, interactive: false, radius: Math.min(12, 3 + Math.sqrt(r[3]) / 40), weight: 0.6, color: '#333', fillOpacity: 0.9 }).addTo(map));
    });
    map.on('click', function (event) {
      var best = null, bestPx = 12;
      var at = map.latLngToContainerPoint(event.latlng);
      communes.forEach(function (r) {
        if (state.dep && r[2] !== state.dep) return;
        var p = map.latLngToContainerPoint([r[4], r[5]]);
        var px = Math.hypot(p.x - at.x, p.y - at.y);
        if (px < bestPx) { best = r; bestPx = px; }
      });
      if (!best) return;
      var box = document.createElement('div');
      box.appendChild(cell('strong', best[1] + ' (' + best[0] + ')', { lang: 'fr' }));
      box.appendChild(cell('p', nf.format(best[3]) + ' people · ' + kinds[state.kind].label + ': ' + distanceText(km(best))));
      var n = nearest(best);
      if (n) box.appendChild(cell('p', 'Nearest: ' + n, { lang: 'fr' }));
      L.popup().setLatLng([best[4], best[5]]).setContent(box).openOn(map);
    });
    fit();
  }
  function paintMap() {
    if (!map) return;
    communes.forEach(function (r, i) {
      var shown = !state.dep || r[2] === state.dep;
      markers[i].setStyle({ fillColor: CLASSES[classOf(km(r))].colour, opacity: shown ? 1 : 0, fillOpacity: shown ? 0.9 : 0 });
    });
  }
  function fit() {
    if (!map) return;
    var rows = inScope();
    // All départements: the mainland ones (overseas, choose the département), or all if none is.
    if (!state.dep) {
      var m = data.mainland;
      var mainland = rows.filter(function (r) { return r[4] >= m[0][0] && r[4] <= m[1][0] && r[5] >= m[0][1] && r[5] <= m[1][1]; });
      if (mainland.length) rows = mainland;
    }
    var lats = rows.map(function (r) { return r[4]; }), lons = rows.map(function (r) { return r[5]; });
    map.fitBounds([[Math.min.apply(null, lats), Math.min.apply(null, lons)], [Math.max.apply(null, lats), Math.max.apply(null, lons)]], { padding: [10, 10], maxZoom: 11 });
  }

  function render() {
    renderSummary();
    renderLegend();
    renderDepartements();
    renderCommunes();
    paintMap();
  }

  kinds.forEach(function (k, i) {
    var option = cell('option', k.label, { value: String(i) });
    if (k.lang) option.setAttribute('lang', k.lang);
    kindSelect.appendChild(option);
  });
  Object.keys(deps).sort().forEach(function (code) {
    if (!communes.some(function (r) { return r[2] === code; })) return;
    depSelect.appendChild(cell('option', code + ' ' + deps[code], { value: code, lang: 'fr' }));
  });
  kindSelect.addEventListener('change', function () { state.kind = Number(kindSelect.value); render(); });
  depSelect.addEventListener('change', function () { state.dep = depSelect.value; state.shown = PAGE; render(); fit(); });
  document.getElementById('more').addEventListener('click', function () {
    var first = state.shown;
    state.shown += PAGE;
    renderCommunes();
    // Keyboard and screen reader users land on the first commune just shown.
    var row = document.querySelectorAll('#communes tbody th')[first];
    if (row) { row.setAttribute('tabindex', '-1'); row.focus(); }
  });
  sortable('communes', function () { return state.sort; }, function () { state.shown = PAGE; renderCommunes(); });
  sortable('departements', function () { return state.depSort; }, renderDepartements);
  render();
  // The map is drawn when it comes into view: the tables are there at once.
  var mapElement = document.getElementById('map');
  function showMap() {
    if (map) return;
    initMap();
    paintMap();
  }
  if ('IntersectionObserver' in window) {
    var seen = new IntersectionObserver(function (entries) {
      if (entries.some(function (e) { return e.isIntersecting; })) { seen.disconnect(); showMap(); }
    }, { rootMargin: '200px' });
    seen.observe(mapElement);
  } else showMap();
})();
`;
