// Lede's page works without this file; it only adds conveniences.
(function () {
  'use strict';

  // "/" jumps to the search box, as on most search sites.
  document.addEventListener('keydown', function (e) {
    var box = document.getElementById('q');
    if (e.key === '/' && box && document.activeElement !== box &&
        !(document.activeElement && /^(INPUT|TEXTAREA|SELECT)$/.test(document.activeElement.tagName))) {
      e.preventDefault();
      box.focus();
      box.select();
    }
  });

  document.addEventListener('DOMContentLoaded', function () {
    // On a phone the facets start folded, unless a filter is already applied.
    var panel = document.querySelector('details.facet-panel');
    if (panel && window.matchMedia('(max-width: 760px)').matches && !document.querySelector('.chips')) {
      panel.removeAttribute('open');
    }

    // Article page: show where the people and companies stand in the text.
    var toggle = document.getElementById('show-names');
    var body = document.getElementById('body');
    if (toggle && body) {
      toggle.addEventListener('change', function () {
        body.classList.toggle('show-names', toggle.checked);
      });
    }

    // Article page: a money fact's link flashes its place in the body.
    document.querySelectorAll('.money-list a.amount').forEach(function (link) {
      link.addEventListener('click', function () {
        var target = document.getElementById(link.getAttribute('href').slice(1));
        if (target) {
          target.classList.remove('flash');
          void target.offsetWidth; // restart the animation
          target.classList.add('flash');
        }
      });
    });
  });
})();
