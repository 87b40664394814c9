import { defineConfig } from 'tsup';

export default defineConfig([
  {
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: true,
    target: 'node20.10',
    platform: 'neutral',
    external: ['compromise', 'wink-nlp', 'wink-eng-lite-web-model'],
  },
  {
    entry: { cli: 'src/cli.ts' },
    format: ['esm'],
    sourcemap: true,
    target: 'node20.10',
    platform: 'node',
    banner: { js: '#!/usr/bin/env node' },
    external: ['compromise', 'wink-nlp', 'wink-eng-lite-web-model'],
  },
  {
    // Node-only worker pool for extractMany and the CLI's --jsonl mode, loaded at run time
    // from dist/ with a dynamic import(), and the worker thread entry it starts.
    entry: { 'batch-pool': 'src/batch/pool.ts', 'batch-worker': 'src/batch/worker.ts' },
    format: ['esm'],
    sourcemap: true,
    target: 'node20.10',
    platform: 'node',
    external: ['compromise', 'wink-nlp', 'wink-eng-lite-web-model', 'tinypool'],
  },
]);
