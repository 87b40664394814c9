#!/usr/bin/env node
/**
 * Builds the browser demo into demo/dist/ with esbuild:
 *
 *   node demo/build.mjs            (npm run demo)
 *   node demo/build.mjs --no-check skip the TypeScript check of demo/
 *
 * - bundles demo/main.ts and the library's src/index.ts for the browser;
 * - embeds the project's own fixtures/*.txt through the `virtual:fixtures` module;
 * - lets a Node builtin (or tinypool) through only as a lazy `import()`, which the
 *   browser never reaches; a static import of one fails the build and names the importer;
 * - prints the size of what a browser downloads, raw and gzipped.
 *
 * tests/browser.test.ts imports `buildDemo()` from here.
 */
import { execFileSync } from 'node:child_process';
import { builtinModules } from 'node:module';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const demoDir = dirname(fileURLToPath(import.meta.url));
const root = join(demoDir, '..');
export const DIST = join(demoDir, 'dist');

/** Modules that exist only in Node. The core path may reach them only through a lazy `import()`. */
const NODE_ONLY = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`), 'tinypool']);

/** @returns {import('esbuild').Plugin} */
function nodeOnlyGuard() {
  return {
    name: 'node-only-guard',
    setup(b) {
      b.onResolve({ filter: /.*/ }, (args) => {
        if (!NODE_ONLY.has(args.path) && !args.path.startsWith('node:')) return undefined;
        if (args.kind === 'dynamic-import') return { path: args.path, external: true };
        const importer = relative(root, args.importer) || args.importer;
        return {
          errors: [
            {
              text:
                `${importer} imports the Node-only module "${args.path}" (${args.kind}). ` +
                'The browser bundle of src/index.ts cannot contain it: load it lazily with import() ' +
                'on a Node-only path, or move the import out of the core path.',
            },
          ],
        };
      });
    },
  };
}

/** The project's own fixtures, embedded at build time. */
export function readFixtures() {
  const dir = join(root, 'fixtures');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((file) => {
      const text = readFileSync(join(dir, file), 'utf8');
      const firstLine = text.split('\n', 1)[0]?.trim() ?? file;
      return { file, title: firstLine.length > 90 ? `${firstLine.slice(0, 87)}…` : firstLine, text };
    });
}

/** @returns {import('esbuild').Plugin} */
function fixturesModule() {
  return {
    name: 'virtual-fixtures',
    setup(b) {
      b.onResolve({ filter: /^virtual:fixtures$/ }, (args) => ({ path: args.path, namespace: 'fixtures' }));
      b.onLoad({ filter: /.*/, namespace: 'fixtures' }, () => ({
        contents: `export default ${JSON.stringify(readFixtures())};`,
        loader: 'js',
        watchFiles: readFixtures().map((f) => join(root, 'fixtures', f.file)),
      }));
    },
  };
}

function formatBytes(n) {
  return n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(2)} MB` : `${(n / 1024).toFixed(1)} kB`;
}

/**
 * Builds demo/dist. Returns the sizes of the files a browser downloads.
 * @param {{ check?: boolean, quiet?: boolean }} [opts]
 */
export async function buildDemo({ check = true, quiet = false } = {}) {
  const log = quiet ? () => {} : (/** @type {string} */ s) => console.log(s);
  if (check) {
    // esbuild strips types without checking them: check the demo (and the src/ it imports) first.
    try {
      execFileSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', join(demoDir, 'tsconfig.json')], {
        stdio: 'pipe',
        encoding: 'utf8',
      });
    } catch (error) {
      throw new Error(`TypeScript errors in demo/ or the src/ it imports:\n${error.stdout ?? ''}${error.stderr ?? ''}`);
    }
  }
  rmSync(DIST, { recursive: true, force: true });
  mkdirSync(DIST, { recursive: true });
  const result = await build({
    absWorkingDir: root,
    entryPoints: { main: join(demoDir, 'main.ts') },
    outdir: DIST,
    bundle: true,
    // A classic script (not a module), so dist/index.html also opens from file://.
    format: 'iife',
    platform: 'browser',
    target: ['es2020', 'chrome100', 'firefox100', 'safari15'],
    minify: true,
    sourcemap: 'linked',
    legalComments: 'linked',
    metafile: true,
    logLevel: 'warning',
    // The Node-only worker pool reads import.meta.url on a path the browser never takes.
    logOverride: { 'empty-import-meta': 'silent' },
    loader: { '.woff2': 'file' },
    assetNames: 'fonts/[name]-[hash]',
    define: { 'process.env.NODE_ENV': '"production"' },
    plugins: [nodeOnlyGuard(), fixturesModule()],
  });
  copyFileSync(join(demoDir, 'index.html'), join(DIST, 'index.html'));

  const lazy = new Set();
  for (const input of Object.values(result.metafile.inputs)) {
    for (const imp of input.imports) if (imp.external && !imp.path.startsWith('<')) lazy.add(imp.path);
  }
  const files = readdirSync(DIST, { recursive: true })
    .map((f) => join(DIST, String(f)))
    .filter((f) => statSync(f).isFile() && !f.endsWith('.map') && !f.endsWith('.LEGAL.txt'));
  const sizes = files.map((f) => {
    const raw = readFileSync(f);
    return { file: relative(DIST, f), raw: raw.length, gzip: gzipSync(raw, { level: 9 }).length };
  });
  const js = sizes.find((s) => s.file === 'main.js');
  const css = sizes.find((s) => s.file === 'main.css');
  const fonts = sizes.filter((s) => s.file.startsWith('fonts'));
  const total = sizes.reduce((a, s) => ({ raw: a.raw + s.raw, gzip: a.gzip + s.gzip }), { raw: 0, gzip: 0 });
  log(`demo built in ${relative(process.cwd(), DIST) || DIST}/ (${readFixtures().length} fixture(s) embedded)`);
  if (lazy.size) log(`  left as lazy import() for Node only: ${[...lazy].sort().join(', ')}`);
  const row = (name, s) => `  ${name.padEnd(24)} ${formatBytes(s.raw).padStart(10)} raw ${formatBytes(s.gzip).padStart(10)} gzip`;
  if (js) log(row('main.js (library + demo)', js));
  if (css) log(row('main.css', css));
  if (fonts.length) log(row(`fonts (${fonts.length} woff2)`, fonts.reduce((a, s) => ({ raw: a.raw + s.raw, gzip: a.gzip + s.gzip }), { raw: 0, gzip: 0 })));
  log(row('total', total));
  return { dist: DIST, sizes, js, total, lazyExternals: [...lazy].sort() };
}

const isMain = process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1];
if (isMain) {
  buildDemo({ check: !process.argv.includes('--no-check') }).catch((error) => {
    // esbuild has already printed its errors with file and line.
    if (!String(error?.message ?? '').startsWith('Build failed')) console.error(error?.message ?? error);
    console.error(`\n${basename(fileURLToPath(import.meta.url))}: the demo build failed.`);
    process.exit(1);
  });
}
