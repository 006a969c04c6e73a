import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import ts from 'typescript';

/*
 * The import graph of the project's TypeScript as the compiler parses it: every `import` and
 * `export ... from` between the project's own files, `import type` included (a type-only cycle is
 * still two files that cannot be read, moved or tested one without the other).
 */

/** Every .ts file under `paths` (files or folders), relative to `root`, sorted. */
export function sourceFiles(root: string, paths: readonly string[]): string[] {
  const files: string[] = [];
  const walk = (path: string) => {
    if (statSync(join(root, path)).isDirectory()) for (const entry of readdirSync(join(root, path))) walk(join(path, entry));
    else if (path.endsWith('.ts') && !path.endsWith('.d.ts')) files.push(path);
  };
  paths.forEach(walk);
  return files.sort();
}

/** For each file, the files among `sources` it imports (relative specifiers only: packages are not ours). */
export function importGraph(sources: ReadonlyMap<string, string>): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const [file, text] of sources) {
    const parsed = ts.createSourceFile(file, text, ts.ScriptTarget.Latest);
    const targets = new Set<string>();
    for (const statement of parsed.statements) {
      const specifier = (ts.isImportDeclaration(statement) || ts.isExportDeclaration(statement)) && statement.moduleSpecifier;
      if (!specifier || !ts.isStringLiteral(specifier) || !specifier.text.startsWith('.')) continue;
      const base = normalize(join(dirname(file), specifier.text));
      const target = [`${base}.ts`, join(base, 'index.ts'), base].find((candidate) => sources.has(candidate));
      if (target) targets.add(target);
    }
    graph.set(file, [...targets]);
  }
  return graph;
}

/** The cycles of `graph`: each strongly connected set of two or more files (or a file importing itself), sorted. */
export function importCycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  // Tarjan's algorithm: one pass finds every strongly connected component
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const visit = (file: string) => {
    index.set(file, counter);
    low.set(file, counter++);
    stack.push(file);
    onStack.add(file);
    for (const target of graph.get(file) ?? []) {
      if (!index.has(target)) {
        visit(target);
        low.set(file, Math.min(low.get(file)!, low.get(target)!));
      } else if (onStack.has(target)) low.set(file, Math.min(low.get(file)!, index.get(target)!));
    }
    if (low.get(file) !== index.get(file)) return;
    const members: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      members.push(member);
    } while (member !== file);
    if (members.length > 1 || graph.get(file)?.includes(file)) cycles.push(members.sort());
  };
  for (const file of graph.keys()) if (!index.has(file)) visit(file);
  return cycles.sort((a, b) => a[0].localeCompare(b[0]));
}

/** The project's own import cycles, each as its files. */
export function projectImportCycles(root: string, paths: readonly string[]): string[][] {
  const files = sourceFiles(root, paths);
  return importCycles(importGraph(new Map(files.map((file) => [file, readFileSync(join(root, file), 'utf8')]))));
}
