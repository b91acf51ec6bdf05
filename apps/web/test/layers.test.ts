import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The dashboard's layers (docs/architecture.md, "Web layout"): each may import only those below it.
const SRC = fileURLToPath(new URL('../src', import.meta.url));
const RANK: Record<string, number> = {
  main: 6,
  app: 5,
  pages: 4,
  features: 3,
  ui: 2,
  api: 1,
  lib: 0,
  styles: 0,
};

interface Source {
  file: string;
  imports: string[];
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.(tsx?|css)$/.test(entry.name) ? [full] : [];
  });
}

/** Where a relative specifier leads, as a path under src; `.js` in a specifier names the `.ts`/`.tsx` file. */
function resolve(from: string, specifier: string, known: Set<string>): string {
  const target = path.join(path.dirname(from), specifier);
  const candidates = [target, target.replace(/\.js$/, '.ts'), target.replace(/\.js$/, '.tsx')];
  const found = candidates.find((candidate) => known.has(candidate));
  if (found === undefined) throw new Error(`${from} imports ${specifier}, which is not a file under src`);
  return found;
}

function readSources(): Source[] {
  const files = sourceFiles(SRC).map((file) => path.relative(SRC, file));
  const known = new Set(files);
  const pattern = /(?:from\s+|import\s*\(?\s*)['"](\.{1,2}\/[^'"]+)['"]/g;
  return files.map((file) => ({
    file,
    imports: [...readFileSync(path.join(SRC, file), 'utf8').matchAll(pattern)].map((m) =>
      resolve(file, m[1]!, known),
    ),
  }));
}

/** The layer a file is in, and for a feature which one. */
function placeOf(file: string): { layer: string; feature?: string } {
  const [top, second] = file.split(path.sep);
  if (top === 'main.tsx') return { layer: 'main' };
  if (top === 'features') return { layer: 'features', feature: second! };
  if (top === undefined || RANK[top] === undefined) throw new Error(`${file} is in no layer`);
  return { layer: top };
}

/** Every circle among the nodes of a graph (strongly connected parts of more than one node, or a self-loop). */
function circles(edges: Map<string, Set<string>>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (node: string) => {
    index.set(node, index.size);
    low.set(node, index.get(node)!);
    stack.push(node);
    onStack.add(node);
    for (const next of edges.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) low.set(node, Math.min(low.get(node)!, index.get(next)!));
    }
    if (low.get(node) !== index.get(node)) return;
    const part: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      part.push(member);
    } while (member !== node);
    if (part.length > 1 || edges.get(node)?.has(node)) found.push(part.sort());
  };
  for (const node of edges.keys()) if (!index.has(node)) visit(node);
  return found;
}

describe('the web layers', () => {
  const sources = readSources();

  it('reads the whole app', () => {
    expect(sources.length).toBeGreaterThan(100);
    expect(sources.find((s) => s.file === 'main.tsx')?.imports).toContain(path.join('app', 'router.tsx'));
  });

  it('has no import that runs up a layer', () => {
    const upward = sources.flatMap(({ file, imports }) =>
      imports
        .filter((target) => RANK[placeOf(target).layer]! > RANK[placeOf(file).layer]!)
        .map((target) => `${file} -> ${target}`),
    );
    expect(upward).toEqual([]);
  });

  it('has no circle between features: a feature uses another only if that one never uses it back', () => {
    const uses = new Map<string, Set<string>>();
    for (const { file, imports } of sources) {
      const from = placeOf(file).feature;
      if (from === undefined) continue;
      for (const target of imports) {
        const to = placeOf(target).feature;
        if (to !== undefined && to !== from) uses.set(from, (uses.get(from) ?? new Set()).add(to));
      }
    }
    expect(circles(uses)).toEqual([]);
  });

  it('has no circle between files', () => {
    const edges = new Map(sources.map(({ file, imports }) => [file, new Set(imports)]));
    expect(circles(edges)).toEqual([]);
  });
});
