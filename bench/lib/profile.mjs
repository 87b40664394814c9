// Reads a V8 .cpuprofile and lists functions by self time, mapped back to
// src/ through the build's source maps when they exist.
import { existsSync, readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ROOT } from './common.mjs';

const maps = new Map();

function sourceMapFor(url) {
  if (!url.startsWith('file://')) return null;
  if (maps.has(url)) return maps.get(url);
  let map = null;
  const mapPath = `${fileURLToPath(url)}.map`;
  if (existsSync(mapPath)) {
    try {
      map = new SourceMap(JSON.parse(readFileSync(mapPath, 'utf8')));
    } catch {
      map = null;
    }
  }
  maps.set(url, map);
  return map;
}

function where(frame) {
  const { url, lineNumber, columnNumber } = frame;
  if (!url) return '(native)';
  const map = sourceMapFor(url);
  if (map && lineNumber >= 0) {
    const e = map.findEntry(lineNumber, Math.max(0, columnNumber));
    if (e && e.originalSource) {
      const src = e.originalSource.startsWith('file://') ? fileURLToPath(e.originalSource) : e.originalSource;
      return `${relative(ROOT, src).replace(/^(\.\.\/)+/u, '')}:${e.originalLine + 1}`;
    }
  }
  const path = url.startsWith('file://') ? relative(ROOT, fileURLToPath(url)) : url;
  return `${path.replace(/^.*node_modules\//u, '')}:${lineNumber + 1}`;
}

/** Top `n` functions by self time: [{ name, where, selfMs, share }]. */
export function topSelf(profile, n = 15) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map();
  let total = 0;
  const { samples, timeDeltas } = profile;
  for (let i = 0; i < samples.length; i++) {
    // The delta after a sample is the time spent in it.
    const dt = (timeDeltas[i + 1] ?? timeDeltas[i] ?? 0) / 1000;
    self.set(samples[i], (self.get(samples[i]) ?? 0) + dt);
    total += dt;
  }
  const agg = new Map();
  for (const [id, ms] of self) {
    const frame = byId.get(id)?.callFrame;
    if (!frame) continue;
    const name = frame.functionName || '(anonymous)';
    const loc = where(frame);
    const key = `${name} ${loc}`;
    const a = agg.get(key) ?? { name, where: loc, selfMs: 0 };
    a.selfMs += ms;
    agg.set(key, a);
  }
  return {
    totalMs: total,
    top: [...agg.values()]
      .sort((a, b) => b.selfMs - a.selfMs)
      .slice(0, n)
      .map((a) => ({ ...a, share: a.selfMs / total })),
  };
}
