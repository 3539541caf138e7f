#!/usr/bin/env node
// Gives every file of the built site that can change between deployments a name with a hash of
// its content (`app.css` → `app.3f2a9c01b7de.css`), and rewrites the references to it, so a
// browser holding one deployment's files never combines them with another's. Only index.html
// (which names everything else) and embed.js (which other sites link to) keep fixed names;
// dist/articles/ is named by `newslens index` already.
//
// The app's own references to files it fetches (the model, the worker script) go into
// index.html as <meta name="newslens-files" content="model/ner.bin=model/ner.<hash>.bin …">.
// A name that holds a hash already (a site hashed before) is hashed again from its base name.
// The loader script then goes into index.html itself, allowed by its hash in the page's
// Content-Security-Policy.
//
//     node scripts/hash-names.mjs [dist]
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join, relative } from 'node:path';

const dist = process.argv[2] ?? 'dist';
const FIXED = new Set(['index.html', 'embed.js']);
const HASHED = /\.[0-9a-f]{12}(?=\.[^.]+$)/;
// Files whose text names other files, each after the files it names.
const ORDER = ['newslens-web_bg.wasm', 'newslens-web.js', 'newslens-analysis_bg.wasm', 'newslens-analysis.js', 'worker.js', 'loader.js'];

function* files(dir) {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      if (relative(dist, path) !== 'articles') yield* files(path);
    } else yield relative(dist, path);
  }
}

const hashOf = (bytes) => createHash('sha256').update(bytes).digest('hex').slice(0, 12);
const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const all = [...files(dist)].filter((f) => !FIXED.has(f));
// The base name each file had before any hashing, and the name it has now.
const current = new Map(all.map((f) => [f.replace(HASHED, ''), f]));
const rank = (f) => (ORDER.includes(f) ? ORDER.indexOf(f) : -1);
const bases = [...current.keys()].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));

/** Replaces each base name (between quotes or after a slash) with its new name. */
function rewrite(text, renamed) {
  for (const [base, name] of renamed) {
    const file = basename(base);
    const pattern = new RegExp(`(["'/])${escape(file).replace(/\\\.([^.]+)$/, '(?:\\.[0-9a-f]{12})?\\.$1')}(?=["'?#])`, 'g');
    text = text.replace(pattern, `$1${basename(name)}`);
  }
  return text;
}

/** A script's text with the new names of the scripts and wasm it loads; the app finds every
 * other file through index.html's map (a script's 'model/ner.bin' is a key into it, left as
 * it is). */
const rewriteScript = (text, renamed) =>
  rewrite(text, new Map([...renamed].filter(([b]) => ['.js', '.wasm'].includes(extname(b)))));

const renamed = new Map();
for (const base of bases) {
  const path = join(dist, current.get(base));
  let bytes = readFileSync(path);
  if (extname(base) === '.js') {
    bytes = Buffer.from(rewriteScript(bytes.toString('utf8'), renamed), 'utf8');
    writeFileSync(path, bytes);
  }
  const name = join(dirname(base), `${basename(base, extname(base))}.${hashOf(bytes)}${extname(base)}`)
    .replace(/^\.\//, '');
  renameSync(path, join(dist, name));
  renamed.set(base, name);
}

// index.html: every reference, and the map the app reads for the files it fetches itself.
const html = join(dist, 'index.html');
// A site hashed before has the loader inline already (see below): it is renamed like a script,
// apart from the page, whose other names (the model's) it keeps as keys into the map.
const INLINE = /<script type="module" async>([\s\S]*?)<\/script>/;
const original = readFileSync(html, 'utf8');
const inline = original.match(INLINE)?.[1];
let page = rewrite(original.replace(INLINE, () => '<script type="module" async></script>'), renamed);
// The module and the wasm start downloading with the page, beside the loader that needs them.
const preload = `<link rel="modulepreload" href="./${renamed.get('newslens-web.js')}">\n  ` +
  `<link rel="preload" href="./${renamed.get('newslens-web_bg.wasm')}" as="fetch" type="application/wasm" crossorigin>\n  `;
page = page.replace(/<link rel="(?:modulepreload|preload)"[^>]*>\s*/g, '').replace(/<script type="module"/, `${preload}<script type="module"`);
// Subresource integrity follows each file's final bytes (a script rewritten above changed).
page = page.replace(/((?:href|src)="\.\/([^"]+)"[^>]*?integrity=")sha384-[^"]+"/g, (_, head, file) =>
  `${head}sha384-${createHash('sha384').update(readFileSync(join(dist, file))).digest('base64')}"`);
// The loader goes into index.html itself: as a file it would cost a round trip before it could
// start the article's fetches. The page's Content-Security-Policy allows exactly that script
// by its hash (a host sending its own policy copies this one, see the README).
let code;
if (renamed.has('loader.js')) {
  const loader = join(dist, renamed.get('loader.js'));
  code = readFileSync(loader, 'utf8');
  rmSync(loader);
  const tag = `<script type="module" async src="./${renamed.get('loader.js')}"></script>`;
  page = page.replace(tag, () => '<script type="module" async></script>');
  renamed.delete('loader.js');
} else {
  code = inline && rewriteScript(inline, renamed);
}
if (!code || !INLINE.test(page) || !/script-src 'self'/.test(page) || /<\/script/i.test(code)) {
  console.error('hash-names: no loader to inline into index.html (or no script-src to allow it under)');
  process.exit(1);
}
const scriptHash = createHash('sha256').update(code, 'utf8').digest('base64');
page = page.replace(INLINE, () => `<script type="module" async>${code}</script>`)
  .replace(/script-src 'self'( 'sha256-[^']+')?/, `script-src 'self' 'sha256-${scriptHash}'`);
const served = [...renamed].map(([base, name]) => `${base}=${name}`).join(' ');
page = page.replace(/<meta name="newslens-files" content="[^"]*">/, `<meta name="newslens-files" content="${served}">`);
if (!page.includes(`content="${served}"`)) {
  console.error('hash-names: index.html has no <meta name="newslens-files"> to fill in');
  process.exit(1);
}
writeFileSync(html, page);
console.log(`hash-names: ${renamed.size} files renamed in ${dist}`);
