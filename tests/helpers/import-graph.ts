import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** A module's own relative imports: static ones (`import … from`, `export … from`) and lazy ones. */
export interface Imports {
  static: string[];
  lazy: string[];
}

const STATIC =
  /(?:^|[\s;])(?:import|export)\s+(?:type\s+)?(?:[^'"`;]*?\sfrom\s+)?['"](\.[^'"]+)['"]/g;
const LAZY = /import\(\s*['"](\.[^'"]+)['"]\s*\)/g;

/** The file a relative import names: `./x.js` is written for `./x.ts` in this project. */
function resolve(from: string, specifier: string): string | null {
  const target = path.resolve(path.dirname(from), specifier);
  const candidates = [target.replace(/\.js$/, '.ts'), target, `${target}.ts`];
  return candidates.find((candidate) => existsSync(candidate)) ?? null;
}

export function importsOf(file: string): Imports {
  const source = readFileSync(file, 'utf8');
  // Type-only imports bring no code (and no words) along.
  const code = source.replace(/import\s+type\s[^;]*?from\s+['"][^'"]+['"];?/g, '');
  const found = (pattern: RegExp) =>
    [...code.matchAll(pattern)]
      .map((match) => resolve(file, match[1]))
      .filter((target): target is string => target !== null);
  return { static: found(STATIC), lazy: found(LAZY) };
}

/** Every file `entry` loads with itself (static imports, followed), and the lazy imports met. */
export function staticClosure(entry: string): { files: Set<string>; lazy: Set<string> } {
  const files = new Set<string>();
  const lazy = new Set<string>();
  const visit = (file: string): void => {
    if (files.has(file)) return;
    files.add(file);
    const imports = importsOf(file);
    imports.lazy.forEach((target) => lazy.add(target));
    imports.static.forEach(visit);
  };
  visit(entry);
  return { files, lazy };
}
