// newslens host script: sizes the iframes that show a newslens embed to their content.
//
// Use on the host page:
//   <iframe src="https://…/newslens/#/embed/<slug>" data-newslens title="…"></iframe>
//   <script src="https://…/newslens/embed.js" async></script>
//
// The embed posts {type: "newslens:height", version: 1, height} to its parent whenever its
// content's height changes. This script accepts such a message only from the window of an
// iframe marked data-newslens, and only when it is well-formed (a finite height between 0 and
// 100000 CSS pixels); everything else is ignored. It asks each marked iframe once for its
// height ({type: "newslens:request-height", version: 1}), for iframes that loaded before it.
(function () {
  'use strict';
  if (window.newslensEmbed) return; // the snippet pasted twice: one listener is enough
  var HEIGHT = 'newslens:height';
  var REQUEST = 'newslens:request-height';
  var VERSION = 1;
  var MAX_HEIGHT = 100000;

  function frames() {
    return Array.prototype.slice.call(document.querySelectorAll('iframe[data-newslens]'));
  }

  function isHeightMessage(data) {
    return data !== null && typeof data === 'object' && data.type === HEIGHT && data.version === VERSION &&
      typeof data.height === 'number' && isFinite(data.height) && data.height >= 0 && data.height <= MAX_HEIGHT;
  }

  window.addEventListener('message', function (event) {
    if (!isHeightMessage(event.data)) return;
    frames().forEach(function (frame) {
      if (frame.contentWindow === event.source) {
        frame.style.height = Math.ceil(event.data.height) + 'px';
        // The iframe is as tall as its content: no inner scrollbar.
        frame.setAttribute('scrolling', 'no');
      }
    });
  });

  function ask(frame) {
    if (frame.contentWindow) frame.contentWindow.postMessage({ type: REQUEST, version: VERSION }, '*');
  }

  function askAll() {
    frames().forEach(function (frame) {
      ask(frame);
      frame.addEventListener('load', function () { ask(frame); });
    });
  }

  window.newslensEmbed = { version: VERSION };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', askAll);
  else askAll();
})();
