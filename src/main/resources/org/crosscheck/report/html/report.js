(function () {
  'use strict';
  var doc = document;

  function choices(kind) {
    var on = {};
    doc.querySelectorAll('input[data-filter="' + kind + '"]').forEach(function (box) {
      on[box.value] = box.checked;
    });
    return on;
  }

  function minConfidence() {
    var range = doc.getElementById('min-confidence');
    var percent = range ? parseInt(range.value, 10) || 0 : 0;
    var label = doc.getElementById('min-confidence-value');
    if (label) { label.textContent = percent + '%'; }
    return percent / 100;
  }

  function confident(el, min) {
    var c = el.getAttribute('data-confidence');
    // rounded as the page prints it, so a finding shown as 80% stays at "at least 80%"
    return c === null || Math.round(parseFloat(c) * 100) >= Math.round(min * 100);
  }

  function shown(el, types, severities, min) {
    return types[el.getAttribute('data-type')] !== false && severities[el.getAttribute('data-severity')] !== false
      && confident(el, min);
  }

  function applyFilters() {
    var types = choices('type'), severities = choices('severity'), min = minConfidence(), visible = 0, total = 0;
    doc.querySelectorAll('.finding, .consensus-entry').forEach(function (el) {
      var on = shown(el, types, severities, min);
      el.hidden = !on;
      if (el.classList.contains('finding')) {
        total++;
        if (on) { visible++; }
      }
    });
    doc.querySelectorAll('.contradicts[data-type]').forEach(function (el) {
      el.classList.toggle('filtered-out', !shown(el, types, severities, min));
    });
    var count = doc.getElementById('filter-count');
    if (count) { count.textContent = visible + ' of ' + total + ' findings shown'; }
  }

  function flash(id) {
    doc.querySelectorAll('.flash').forEach(function (el) { el.classList.remove('flash'); });
    var target = id && doc.getElementById(id);
    if (target) { target.classList.add('flash'); }
  }

  function visibleFindingLinks() {
    return Array.prototype.filter.call(doc.querySelectorAll('.finding-link'), function (a) {
      return a.offsetParent !== null;
    });
  }

  function step(delta) {
    var links = visibleFindingLinks();
    if (!links.length) { return; }
    var at = links.indexOf(doc.activeElement);
    var next = at < 0 ? (delta > 0 ? 0 : links.length - 1) : Math.min(links.length - 1, Math.max(0, at + delta));
    links[next].focus();
    links[next].scrollIntoView({ block: 'nearest' });
  }

  doc.querySelectorAll('input[data-filter]').forEach(function (box) {
    box.addEventListener('change', applyFilters);
    box.addEventListener('input', applyFilters);
  });

  var furniture = doc.getElementById('show-furniture');
  if (furniture) {
    furniture.addEventListener('change', function () {
      doc.body.classList.toggle('show-furniture', furniture.checked);
    });
  }

  function setRun(id, open) {
    doc.querySelectorAll('.row[data-run="' + id + '"]').forEach(function (row) {
      row.classList.toggle('folded', !open);
    });
    var button = doc.querySelector('.run-toggle[data-run="' + id + '"]');
    if (button) { button.setAttribute('aria-expanded', open ? 'true' : 'false'); }
  }

  function unfoldAround(id) {
    var target = id && doc.getElementById(id);
    var row = target && target.closest ? target.closest('.row[data-run]') : null;
    if (row) { setRun(row.getAttribute('data-run'), true); }
  }

  doc.querySelectorAll('.run-toggle').forEach(function (button) {
    button.addEventListener('click', function () {
      setRun(button.getAttribute('data-run'), button.getAttribute('aria-expanded') !== 'true');
    });
  });

  var fold = doc.getElementById('fold-runs');
  if (fold) {
    fold.addEventListener('change', function () {
      doc.querySelectorAll('.run-toggle').forEach(function (button) {
        setRun(button.getAttribute('data-run'), !fold.checked);
      });
    });
  }

  doc.addEventListener('click', function (event) {
    var link = event.target.closest ? event.target.closest('a[href^="#"]') : null;
    if (link) {
      unfoldAround(link.getAttribute('href').slice(1));
      flash(link.getAttribute('href').slice(1));
    }
  });

  window.addEventListener('hashchange', function () { unfoldAround(location.hash.slice(1)); });
  if (location.hash) {
    unfoldAround(location.hash.slice(1));
    var first = doc.getElementById(location.hash.slice(1));
    if (first) { first.scrollIntoView(); }
  }

  doc.addEventListener('keydown', function (event) {
    var tag = event.target && event.target.tagName;
    if (event.altKey || event.ctrlKey || event.metaKey || tag === 'INPUT' || tag === 'TEXTAREA') { return; }
    if (event.key === 'j' || event.key === 'n') { step(1); event.preventDefault(); }
    if (event.key === 'k' || event.key === 'p') { step(-1); event.preventDefault(); }
  });

  window.addEventListener('beforeprint', function () {
    doc.querySelectorAll('details').forEach(function (d) { d.open = true; });
  });

  applyFilters();
}());
