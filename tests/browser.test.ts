/**
 * End-to-end test of the browser demo: builds demo/dist, serves it on a random
 * localhost port, drives Debian's Chromium (headless, no network, empty profile)
 * with playwright-core, reads the golden article and checks the stance table,
 * the highlights and their popups. Saves test-output/demo.png.
 *
 * Needs Chromium at /usr/bin/chromium (or CHROMIUM_PATH): `apt-get install -y chromium`.
 */
import { createRequire } from 'node:module';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDemo } from '../demo/build.mjs';

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const DIST = join(root, 'demo', 'dist');
const OUT = join(root, 'test-output');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const GOLDEN = readFileSync(join(root, 'fixtures', 'labour-proscription.txt'), 'utf8');
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.woff2': 'font/woff2',
  '.map': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
};

/** A static file server for demo/dist on 127.0.0.1, random port. */
function serve(dir: string): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    const file = normalize(join(dir, path.endsWith('/') ? `${path}index.html` : path));
    if (!file.startsWith(dir + sep) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({ server, url: `http://127.0.0.1:${port}/` });
    });
  });
}

let server: Server | undefined;
let url = '';
let context: BrowserContext | undefined;
let page: Page;
let profile = '';
const problems: string[] = [];
const requests: string[] = [];

async function runs(): Promise<number> {
  return Number((await page.getAttribute('body', 'data-runs')) ?? '0');
}

describe('browser demo (demo/dist in headless Chromium)', () => {
  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) {
      throw new Error(
        `Chromium not found at ${CHROMIUM}. The browser test drives Debian's Chromium: install it with ` +
          '`apt-get install -y chromium` (or set CHROMIUM_PATH to a Chromium binary).',
      );
    }
    await buildDemo({ quiet: true });
    ({ server, url } = await serve(DIST));
    profile = mkdtempSync(join(tmpdir(), 'standpoint-chromium-'));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: CHROMIUM_ARGS,
      viewport: { width: 1200, height: 900 },
      deviceScaleFactor: 1,
      reducedMotion: 'reduce',
    });
    page = context.pages()[0] ?? (await context.newPage());
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(`console.${m.type()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(url);
    // The page reads the first fixture on load.
    await page.waitForFunction(() => Number(document.body.dataset.runs ?? 0) >= 1, undefined, { timeout: 60_000 });
  }, 180_000);

  afterAll(async () => {
    await context?.close();
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  it('reads the pasted golden article and highlights entities and quotes', async () => {
    const before = await runs();
    await page.getByRole('combobox', { name: 'Example article' }).selectOption('');
    await page.getByRole('textbox', { name: 'Article text' }).fill(GOLDEN);
    await page.getByRole('button', { name: 'Read', exact: true }).click();
    await page.waitForFunction((n) => Number(document.body.dataset.runs ?? 0) > n, before);

    expect(await page.isVisible('#results')).toBe(true);
    expect(await page.locator('#error').isHidden()).toBe(true);
    await expect.poll(() => page.locator('#status').textContent()).toMatch(/^Read [\d,]+ characters in/);

    const reading = (await page.locator('#reading').textContent()) ?? '';
    expect(reading.replace(/\s+/g, ' ')).toContain('Labour is to proscribe three leftwing groups');
    expect(await page.locator('#reading mark.hl.ent').count()).toBeGreaterThan(0);
    expect(await page.locator('#reading mark.hl.quote').count()).toBeGreaterThan(0);
    expect(await page.locator('#reading mark.hl[tabindex="0"]').count()).toBe(await page.locator('#reading mark.hl').count());

    mkdirSync(OUT, { recursive: true });
    await page.screenshot({ path: join(OUT, 'demo.png'), fullPage: true });
  });

  it('lists the three stances on the proscription: the NEC sources support, Clive Lewis and Momentum oppose', async () => {
    const rows = page.locator('#stances tr[data-stance]');
    const stances = await rows.evaluateAll((trs) =>
      trs.map((tr) => ({
        holder: (tr as HTMLElement).dataset.holder ?? '',
        polarity: (tr as HTMLElement).dataset.polarity ?? '',
        text: (tr.textContent ?? '').replace(/\s+/g, ' '),
        evidence: (tr.querySelector('.evidence')?.textContent ?? '').replace(/\s+/g, ' '),
        cue: tr.querySelector('.ev-cue')?.textContent ?? '',
      })),
    );
    const summary = JSON.stringify(stances.map((s) => `${s.holder}: ${s.polarity}`));
    expect(stances, `stance table rows: ${summary}`).toHaveLength(3);
    const find = (re: RegExp) => stances.filter((s) => re.test(s.holder) || re.test(s.text.split(/Supports|Opposes/)[0] ?? ''));
    const nec = find(/national executive committee|\bNEC\b|sources/i);
    const lewis = find(/Clive Lewis/);
    const momentum = find(/Momentum/);
    expect(nec.map((s) => s.polarity), `NEC sources in ${summary}`).toEqual(['support']);
    expect(lewis.map((s) => s.polarity), `Clive Lewis in ${summary}`).toEqual(['oppose']);
    expect(momentum.map((s) => s.polarity), `Momentum in ${summary}`).toEqual(['oppose']);
    // Every row shows its evidence sentence, and the cue is highlighted in the article.
    for (const s of stances) {
      expect(s.evidence.length, `evidence sentence of ${s.holder}`).toBeGreaterThan(30);
      expect(s.evidence, `evidence of ${s.holder} contains its cue`).toContain(s.cue);
      expect(GOLDEN.replace(/\s+/g, ' ')).toContain(s.evidence);
    }
    expect(await page.locator('#reading mark.hl.stance-oppose').count()).toBeGreaterThanOrEqual(2);
    expect(await page.locator('#reading mark.hl.stance-support').count()).toBeGreaterThanOrEqual(1);
    mkdirSync(OUT, { recursive: true });
    await page.screenshot({ path: join(OUT, 'demo.png'), fullPage: true });
  });

  it('shows a highlight’s record on keyboard focus and on hover, and Escape hides it', async () => {
    const tip = page.locator('#tip');
    const marks = page.locator('#reading mark.hl');
    // Keyboard: tab from the Read button into the page until a highlight has focus.
    await page.getByRole('button', { name: 'Read', exact: true }).focus();
    let focusedMark = false;
    for (let i = 0; i < 40 && !focusedMark; i++) {
      await page.keyboard.press('Tab');
      focusedMark = await page.evaluate(() => document.activeElement?.matches('#reading mark.hl') ?? false);
    }
    expect(focusedMark, 'Tab reaches the highlights in the article').toBe(true);
    await expect.poll(() => tip.isVisible()).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-describedby'))).toBe('tip');
    expect((await tip.textContent())?.length ?? 0).toBeGreaterThan(5);
    expect(await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)).not.toBe('none');
    await page.keyboard.press('Escape');
    await expect.poll(() => tip.isVisible()).toBe(false);

    // Mouse: hover an entity mention (nothing focused, so the popup follows the pointer).
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    const entity = page.locator('#reading mark.hl.ent').first();
    await entity.hover();
    await expect.poll(() => tip.isVisible()).toBe(true);
    const name = await entity.textContent();
    expect(await tip.textContent()).toMatch(/entity e\d+/);
    expect(name).toBeTruthy();
    await page.mouse.move(0, 0);
    await expect.poll(() => tip.isVisible()).toBe(false);
    expect(await marks.count()).toBeGreaterThan(0);
  });

  it('is keyboard-operable from the top: skip link, picker, text, Read', async () => {
    await page.reload();
    await page.waitForFunction(() => Number(document.body.dataset.runs ?? 0) >= 1, undefined, { timeout: 60_000 });
    const order: string[] = [];
    for (let i = 0; i < 5; i++) {
      await page.keyboard.press('Tab');
      order.push(await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        return el ? el.id || el.className || el.tagName : '';
      }));
    }
    expect(order).toEqual(['skip-link', 'fixture', 'article', 'read', 'clear']);
  });

  it('has no WCAG 2.1 A/AA violations that axe-core can find (colour contrast included)', async () => {
    await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[] }> } }).axe;
      const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
      return result.violations.map((v) => `${v.id} (${v.impact}): ${v.help}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
    });
    expect(violations).toEqual([]);
  });

  it('loads nothing from outside 127.0.0.1 and logs no errors', () => {
    const outside = requests.filter((r) => !r.startsWith(url) && !r.startsWith('data:') && !r.startsWith('blob:'));
    expect(outside).toEqual([]);
    expect(problems).toEqual([]);
  });
});
