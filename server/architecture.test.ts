import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** ARCHITECTURE.md, section 3: which top-level folders each folder may import. */
const MAY_IMPORT: Record<string, string[]> = {
  adapters: ['config', 'core'],
  router: ['nlp', 'keywords', 'integrations', 'store', 'core'],
  nlp: ['store', 'core'],
  keywords: ['core'],
  integrations: ['config', 'core'],
  queues: ['config', 'core'],
  config: ['core'],
  store: ['core'],
  server: ['adapters', 'router', 'nlp', 'keywords', 'integrations', 'queues', 'config', 'store', 'core'],
  core: [],
};

function productFiles(): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts')) files.push(path);
    }
  };
  for (const folder of Object.keys(MAY_IMPORT)) {
    try {
      walk(join(ROOT, folder));
    } catch {
      // A folder the architecture names but this build does not have yet.
    }
  }
  return files;
}

function relativeImports(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  return [...source.matchAll(/^\s*(?:import|export)[^'";]*?from\s+['"](\.[^'"]+)['"]/gm)].map((m) =>
    resolve(dirname(file), m[1]!.replace(/\.js$/, '.ts')),
  );
}

const topFolder = (file: string) => relative(ROOT, file).split('/')[0]!;

describe('architecture', () => {
  const files = productFiles();

  it('finds the product code', () => {
    expect(files.length).toBeGreaterThan(30);
  });

  it('keeps every import inside the folder boundaries of ARCHITECTURE.md', () => {
    const violations: string[] = [];
    for (const file of files) {
      const from = topFolder(file);
      for (const target of relativeImports(file)) {
        const to = topFolder(target);
        if (to !== from && !MAY_IMPORT[from]!.includes(to))
          violations.push(`${relative(ROOT, file)} imports ${relative(ROOT, target)}`);
      }
    }
    expect(violations).toEqual([]);
  });

  it('reaches into another folder only through its index.ts', () => {
    const violations: string[] = [];
    for (const file of files) {
      for (const target of relativeImports(file)) {
        const to = topFolder(target);
        if (to === topFolder(file)) continue;
        const inside = relative(join(ROOT, to), target).split('/');
        const isIndex = inside.length === 1 && inside[0] === 'index.ts';
        if (!isIndex) violations.push(`${relative(ROOT, file)} imports ${relative(ROOT, target)}`);
      }
    }
    expect(violations).toEqual([]);
  });

  it('lists channels in the registry only: no other product file names a channel folder', () => {
    const violations = files.filter((file) => {
      if (topFolder(file) === 'adapters') return false;
      return relativeImports(file).some((target) => /^adapters\/[^/]+\//.test(relative(ROOT, target)));
    });
    expect(violations.map((f) => relative(ROOT, f))).toEqual([]);
    // The registry imports every channel folder's index.ts, and nothing else lists them.
    const registry = join(ROOT, 'adapters', 'index.ts');
    const folders = readdirSync(join(ROOT, 'adapters'), { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => e.name);
    const registered = relativeImports(registry).map((t) => relative(join(ROOT, 'adapters'), t).split('/')[0]);
    expect(folders.filter((folder) => !registered.includes(folder))).toEqual([]);
  });

  it('keeps channel folders apart: one channel folder never imports another', () => {
    const violations: string[] = [];
    for (const file of files.filter((f) => /^adapters\/[^/]+\//.test(relative(ROOT, f)))) {
      const own = relative(ROOT, file).split('/')[1];
      for (const target of relativeImports(file)) {
        const [top, folder, rest] = relative(ROOT, target).split('/');
        if (top === 'adapters' && rest !== undefined && folder !== own)
          violations.push(`${relative(ROOT, file)} imports ${relative(ROOT, target)}`);
      }
    }
    expect(violations).toEqual([]);
  });

  it('lets only the dialog host import integrations on the router side', () => {
    const importers = files
      .filter((file) => topFolder(file) === 'router')
      .filter((file) => relativeImports(file).some((target) => topFolder(target) === 'integrations'))
      .map((file) => relative(ROOT, file));
    expect(importers).toEqual(['router/dialog-host.ts']);
  });

  it('has no import cycles', () => {
    const graph = new Map(files.map((f) => [f, relativeImports(f).filter((t) => files.includes(t))]));
    const state = new Map<string, 'visiting' | 'done'>();
    const cycles: string[] = [];
    const visit = (file: string, path: string[]) => {
      if (state.get(file) === 'done') return;
      if (state.get(file) === 'visiting') {
        cycles.push([...path.slice(path.indexOf(file)), file].map((f) => relative(ROOT, f)).join(' → '));
        return;
      }
      state.set(file, 'visiting');
      for (const next of graph.get(file) ?? []) visit(next, [...path, file]);
      state.set(file, 'done');
    };
    for (const file of files) visit(file, []);
    expect(cycles).toEqual([]);
  });
});
