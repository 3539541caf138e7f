// Starts the wasm app. A same-origin file rather than an inline script, so the page's
// Content-Security-Policy can forbid inline scripts. Paths are relative to this file, so the
// site works under any sub-path.
import init from './newslens-web.js';

init({ module_or_path: new URL('newslens-web_bg.wasm', import.meta.url) }).catch((error) => {
  const note = document.getElementById('app-failed');
  if (note) note.hidden = false;
  console.error('newslens could not start:', error);
});
