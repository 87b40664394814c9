#!/usr/bin/env node
/**
 * Generates the JSON Schema of `Extraction` from src/types.ts with
 * ts-json-schema-generator, so the schema can never be written by hand.
 *
 *   node scripts/schema.mjs           writes schema.json at the package root
 *   node scripts/schema.mjs --check   exits 1 when schema.json is out of date
 *
 * `generateSchemaText()` is also imported by tests/schema.test.ts, which
 * compares it with the committed file.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createGenerator } from 'ts-json-schema-generator';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const SCHEMA_PATH = join(root, 'schema.json');

/** The schema object, generated in memory from src/types.ts. */
export function generateSchema() {
  const generator = createGenerator({
    path: join(root, 'src/types.ts'),
    tsconfig: join(root, 'tsconfig.json'),
    type: 'Extraction',
    expose: 'export',
    topRef: true,
    jsDoc: 'extended',
    sortProps: true,
    strictTuples: true,
    additionalProperties: false,
    skipTypeCheck: true,
    markdownDescription: false,
  });
  const schema = generator.createSchema('Extraction');
  return {
    $schema: schema.$schema,
    title: 'standpoint Extraction',
    description: "The result of standpoint's extract(). Generated from src/types.ts by scripts/schema.mjs (npm run schema); do not edit by hand.",
    $ref: schema.$ref,
    definitions: schema.definitions,
  };
}

/** The exact text that `npm run schema` writes. */
export function generateSchemaText() {
  return `${JSON.stringify(generateSchema(), null, 2)}\n`;
}

const isMain = process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1];
if (isMain) {
  const text = generateSchemaText();
  if (process.argv.includes('--check')) {
    let current = '';
    try {
      current = readFileSync(SCHEMA_PATH, 'utf8');
    } catch {
      /* missing counts as stale */
    }
    if (current !== text) {
      console.error('schema.json is out of date with src/types.ts: run `npm run schema` and commit the result.');
      process.exit(1);
    }
    console.log('schema.json is up to date.');
  } else {
    writeFileSync(SCHEMA_PATH, text);
    console.log(`wrote ${SCHEMA_PATH} (${Object.keys(generateSchema().definitions).length} definitions)`);
  }
}
