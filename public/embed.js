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
      var src;
      try {
        src = new URL(frame.src, location.href);
      } catch (e) {
        return;
      }
      if (src.origin !== origin || frame.getAttribute('data-tiess-figure') !== id) return;
      frame.style.height = Math.ceil(height) + 'px';
      return;
    }
  });
})();
