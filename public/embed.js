/* TIESS, Rapport annuel 2019-2020 : donne aux figures intégrées (iframe data-tiess-figure) la hauteur
   que leur page annonce. Aucune dépendance ; peut être collé une fois par figure sans effet de plus. */
(function () {
  'use strict';
  if (window.tiessEmbedSizer) return;
  window.tiessEmbedSizer = true;
  var script = document.currentScript;
  var origin;
  try {
    origin = new URL(script.src, location.href).origin;
  } catch (e) {
    return;
  }
  // Chromium pauses rendering in cross-origin frames that are off screen, so a figure's page does not
  // see its frame's new width there (after a resize, a phone's rotation): whenever a frame's width
  // changes, and when it comes within a screen of the viewport, this page asks it to measure itself.
  var widths = typeof WeakMap === 'function' ? new WeakMap() : null;
  var resized =
    window.ResizeObserver &&
    new ResizeObserver(function (entries) {
      for (var i = 0; i < entries.length; i++) {
        var frame = entries[i].target;
        var width = Math.round(entries[i].contentRect.width);
        if (widths.has(frame) && widths.get(frame) !== width) ask(frame, 0);
        widths.set(frame, width);
      }
    });
  var near =
    window.IntersectionObserver &&
    new IntersectionObserver(
      function (entries) {
        for (var i = 0; i < entries.length; i++) if (entries[i].isIntersecting) ask(entries[i].target, 0);
      },
      { rootMargin: '100% 0px' },
    );

  function ours(frame) {
    try {
      return new URL(frame.src, location.href).origin === origin;
    } catch (e) {
      return false;
    }
  }

  // Asks a frame for its height; retried (a few times) while it answers for another width than its frame's.
  // (Only a frame that has spoken: one still loading is not on the report's origin yet, and measures itself once loaded.)
  function ask(frame, tries) {
    frame.tiessTries = tries;
    if (frame.tiessHeard && frame.contentWindow) frame.contentWindow.postMessage({ type: 'tiess-embed:measure' }, origin);
  }

  function adopt(frame) {
    if (frame.tiessAdopted || !ours(frame)) return;
    frame.tiessAdopted = true;
    // The code given earlier made the frame fluid by a style attribute, which a strict
    // Content-Security-Policy blocks: the same, through the CSSOM, which such a policy allows.
    // (Today's code does it by its attributes, which the partner's own CSS can still override.)
    if (frame.hasAttribute('style') && !frame.style.width) {
      frame.style.border = '0';
      frame.style.width = '100%';
      frame.style.maxWidth = '100%';
    }
    if (resized && widths) resized.observe(frame);
    if (near) near.observe(frame);
  }

  function adoptAll() {
    var frames = document.querySelectorAll('iframe[data-tiess-figure]');
    for (var i = 0; i < frames.length; i++) adopt(frames[i]);
  }
  adoptAll();
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', adoptAll);

  window.addEventListener('message', function (event) {
    if (event.origin !== origin) return;
    var data = event.data;
    if (!data || typeof data !== 'object' || data.type !== 'tiess-embed:height') return;
    var id = data.id;
    var height = data.height;
    if (typeof id !== 'string' || typeof height !== 'number' || !isFinite(height) || height < 50 || height > 20000) return;
    var frames = document.querySelectorAll('iframe[data-tiess-figure]');
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      if (frame.contentWindow !== event.source) continue;
      if (!ours(frame) || frame.getAttribute('data-tiess-figure') !== id) return;
      adopt(frame);
      frame.tiessHeard = true;
      frame.style.height = Math.ceil(height) + 'px';
      // Measured before its frame took its new width: ask again.
      var tries = frame.tiessTries || 0;
      if (typeof data.width === 'number' && Math.abs(data.width - frame.clientWidth) > 1 && tries < 20) {
        setTimeout(function (f, n) {
          return function () {
            ask(f, n);
          };
        }(frame, tries + 1), 50);
      }
      return;
    }
  });
})();
