// End-to-end: a redeployment never mixes files. A page of one build, reloaded after the next
// build is served at the same address, asks for none of the first build's files: every file
// whose content changed has a new name, and only index.html (and embed.js) keep theirs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { appendFileSync, cpSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { useSite, openPage, dist, root } from './support.mjs';
import { makeArchive } from './archive.mjs';

const SEED = 'stoltenberg-kiew-2023-04-20';
const scratch = process.env.NEWSLENS_SCRATCH ?? '/tmp';
const first = join(scratch, 'deploy-1');
const second = join(scratch, 'deploy-2');

/** Every file under `dir`, as a path relative to `top`. */
function* files(dir, top = dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path, top);
    else yield relative(top, path);
  }
}

/** The second build: the same site with every script, stylesheet and the wasm changed (as a
 * new version of the code would), one more article, then named by the site build's own step. */
function secondBuild() {
  makeArchive(2, second);
  for (const file of files(second)) {
    const path = join(second, file);
    if (file.endsWith('.css')) appendFileSync(path, '\n/* build 2 */\n');
    else if (file.endsWith('.js') && file !== 'embed.js') appendFileSync(path, '\n// build 2\n');
    // A custom section named "build2" with one byte: a valid module, other bytes.
    else if (file.endsWith('.wasm')) appendFileSync(path, Buffer.from([0, 8, 6, ...Buffer.from('build2'), 0x32]));
  }
  execFileSync('node', [join(root, 'scripts', 'hash-names.mjs'), second]);
}

const site = useSite('/site/', {}, () => {
  rmSync(first, { recursive: true, force: true });
  cpSync(dist, first, { recursive: true });
  secondBuild();
  return { dir: first };
});

test('a page of build 1 reloaded after build 2 is deployed asks for no file of build 1', async () => {
  const old = new Set([...files(first)].filter((f) => f !== 'index.html' && f !== 'embed.js'));
  const fresh = new Set(files(second));
  const gone = [...old].filter((f) => !fresh.has(f));
  for (const kind of ['.wasm', '.css', 'newslens-web.', 'newslens-analysis.', 'worker.', 'articles/index.']) {
    assert.ok(gone.some((f) => f.includes(kind)), `build 2 renamed its ${kind} files: ${gone.join(', ')}`);
  }

  const { page, context } = await openPage(site.browser);
  await page.goto(`${site.server.url}#/a/${SEED}`);
  await page.locator('article[aria-busy="false"] mark.entity').first().waitFor({ timeout: 30_000 });
  site.server.serve(second);
  const before = site.server.requests.length;
  await page.reload();
  await page.locator('article[aria-busy="false"] mark.entity').first().waitFor({ timeout: 30_000 });
  const after = site.server.requests.slice(before).map((p) => p.slice('/site/'.length));
  const stale = after.filter((f) => gone.includes(f));
  assert.deepEqual(stale, [], `files of build 1 asked for after the redeploy: ${after.join(', ')}`);
  assert.ok(after.some((f) => /^newslens-web\.[0-9a-f]{12}\.js$/.test(f) && fresh.has(f)), after.join(', '));
  await context.close();
});
