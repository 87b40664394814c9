#!/usr/bin/env node
/**
 * Runs the code snippets of docs/*.md that are marked `<!-- runnable -->`, in
 * order, against the built package (run `npm run build` first), so the docs
 * cannot silently stop working.
 *
 *   node scripts/check-docs.mjs [docs/cookbook.md ...]
 *
 * Snippets run in test-output/doc-snippets/, inside the package, so
 * `import 'standpoint'` resolves to this package's own exports and `ajv` to its
 * devDependency. That folder holds `article.txt` (the golden fixture) and
 * `articles/` (every fixtures/*.txt); `standpoint` on PATH runs dist/cli.js.
 * ```js blocks run as ES modules with node; ```sh blocks with bash -eo pipefail.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const sandbox = join(root, 'test-output', 'doc-snippets');

function docsFiles() {
  const out = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory() && entry.name !== 'api') walk(path);
      else if (entry.isFile() && entry.name.endsWith('.md')) out.push(path);
    }
  };
  walk(join(root, 'docs'));
  return out.sort();
}

/** Snippets marked runnable: { lang, code, line }. */
function snippets(markdown) {
  const out = [];
  const re = /<!--\s*runnable\s*-->\s*\n```(js|sh)\n([\s\S]*?)\n```/g;
  for (let m = re.exec(markdown); m; m = re.exec(markdown)) {
    out.push({ lang: m[1], code: m[2], line: markdown.slice(0, m.index).split('\n').length + 1 });
  }
  return out;
}

function prepare() {
  if (!existsSync(join(root, 'dist', 'index.js')) || !existsSync(join(root, 'dist', 'cli.js'))) {
    console.error('check-docs: dist/ is missing: run `npm run build` first.');
    process.exit(1);
  }
  rmSync(sandbox, { recursive: true, force: true });
  mkdirSync(join(sandbox, 'articles'), { recursive: true });
  mkdirSync(join(sandbox, 'bin'), { recursive: true });
  for (const f of readdirSync(join(root, 'fixtures')).filter((f) => f.endsWith('.txt'))) {
    copyFileSync(join(root, 'fixtures', f), join(sandbox, 'articles', f));
  }
  copyFileSync(join(root, 'fixtures', 'labour-proscription.txt'), join(sandbox, 'article.txt'));
  const shim = join(sandbox, 'bin', 'standpoint');
  writeFileSync(shim, `#!/bin/sh\nexec "${process.execPath}" "${join(root, 'dist', 'cli.js')}" "$@"\n`);
  chmodSync(shim, 0o755);
}

const files = process.argv.slice(2).length ? process.argv.slice(2).map((f) => resolve(f)) : docsFiles();
prepare();
let passed = 0;
let failed = 0;
for (const file of files) {
  const list = snippets(readFileSync(file, 'utf8'));
  list.forEach((s, i) => {
    const where = `${relative(root, file)}:${s.line}`;
    let result;
    if (s.lang === 'js') {
      const path = join(sandbox, `snippet-${relative(root, file).replace(/\W+/g, '-')}-${i + 1}.mjs`);
      writeFileSync(path, `${s.code}\n`);
      result = spawnSync(process.execPath, [path], { cwd: sandbox, encoding: 'utf8', timeout: 120_000 });
    } else {
      result = spawnSync('bash', ['-eo', 'pipefail', '-c', s.code], {
        cwd: sandbox,
        encoding: 'utf8',
        timeout: 120_000,
        env: { ...process.env, PATH: `${join(sandbox, 'bin')}:${process.env.PATH}` },
      });
    }
    const out = `${result.stdout ?? ''}`.trim().split('\n').slice(0, 3).join('\n      ');
    if (result.status === 0) {
      passed += 1;
      console.log(`ok    ${where} (${s.lang})${out ? `\n      ${out}` : ''}`);
    } else {
      failed += 1;
      console.log(`FAIL  ${where} (${s.lang}): exit ${result.status}${result.error ? ` ${result.error.message}` : ''}\n${result.stderr}`);
    }
  });
}
console.log(`\ndoc snippets: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
