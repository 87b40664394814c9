#!/usr/bin/env node
/**
 * Takes the README screenshot, docs/demo.png: the demo on the golden article,
 * 1200 px wide, from the stance table down into the annotated article.
 *
 *   node scripts/demo-screenshot.mjs [out.png]
 *
 * Builds the demo first. Needs Debian's Chromium (`apt-get install -y chromium`;
 * or CHROMIUM_PATH). If `pngquant` is installed, the PNG is quantised to stay
 * small (the README image should be under 200 KB).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { buildDemo, DIST } from '../demo/build.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = process.argv[2] ? resolve(process.argv[2]) : join(root, 'docs', 'demo.png');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(CHROMIUM)) {
  console.error(`Chromium not found at ${CHROMIUM}: install it with \`apt-get install -y chromium\`.`);
  process.exit(1);
}

await buildDemo({ quiet: true });
const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.woff2': 'font/woff2' };
const server = createServer((req, res) => {
  const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
  const file = normalize(join(DIST, path.endsWith('/') ? `${path}index.html` : path));
  if (!file.startsWith(DIST + sep) || !existsSync(file)) return void res.writeHead(404).end();
  res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const profile = mkdtempSync(join(tmpdir(), 'standpoint-shot-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: CHROMIUM,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  viewport: { width: 1200, height: 1000 },
  deviceScaleFactor: 1,
  reducedMotion: 'reduce',
});
try {
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(`http://127.0.0.1:${server.address().port}/`);
  await page.waitForFunction(() => Number(document.body.dataset.runs ?? 0) >= 1);
  await page.evaluate(() => document.fonts.ready);
  // Show one record's popup, as a reader hovering a stance cue would see it.
  const cue = page.locator('#reading mark.stance-support').first();
  const top = await page.evaluate(() => document.getElementById('results').getBoundingClientRect().top + window.scrollY - 12);
  let height = 1100;
  if ((await cue.count()) > 0) {
    await cue.hover();
    await page.locator('#tip').waitFor({ state: 'visible' });
    const tipBottom = await page.evaluate(() => document.getElementById('tip').getBoundingClientRect().bottom + window.scrollY);
    height = Math.min(1400, Math.max(height, Math.ceil(tipBottom - top + 24)));
  }
  await page.screenshot({ path: out, fullPage: true, clip: { x: 0, y: top, width: 1200, height } });
} finally {
  await context.close();
  server.close();
  rmSync(profile, { recursive: true, force: true });
}

if (spawnSync('pngquant', ['--version']).status === 0) {
  const tmp = `${out}.tmp.png`;
  const q = spawnSync('pngquant', ['--quality=70-95', '--speed=1', '--strip', '--force', '--output', tmp, out]);
  if (q.status === 0) renameSync(tmp, out);
}
console.log(`wrote ${out} (${(statSync(out).size / 1024).toFixed(0)} kB)`);
