import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const src = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:^|\n)\s*(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]/g)].flatMap((m) =>
    m[1] ? [m[1]] : [],
  );
}

/** The layering rules of STYLE.md, checked on every test run rather than remembered. */
describe('the web app’s layering', () => {
  const files = sourceFiles(src);

  it('keeps features from importing one another', () => {
    const crossings: string[] = [];
    for (const file of files) {
      const parts = relative(src, file).split(sep);
      if (parts[0] !== 'features') continue;
      const feature = parts[1];
      for (const specifier of importsOf(file)) {
        if (!specifier.startsWith('.')) continue;
        const target = relative(src, resolve(dirname(file), specifier)).split(sep);
        if (target[0] === 'features' && target[1] !== feature)
          crossings.push(`${relative(src, file)} → ${specifier}`);
      }
    }
    expect(crossings).toEqual([]);
  });

  it('lets components/ui and lib depend on neither features nor app', () => {
    const upward: string[] = [];
    for (const file of files) {
      const top = relative(src, file).split(sep)[0];
      const shared = top === 'lib' || relative(src, file).startsWith(`components${sep}ui`);
      if (!shared) continue;
      for (const specifier of importsOf(file)) {
        if (!specifier.startsWith('.')) continue;
        const target = relative(src, resolve(dirname(file), specifier)).split(sep)[0];
        if (target === 'features' || target === 'app') upward.push(`${relative(src, file)} → ${specifier}`);
      }
    }
    expect(upward).toEqual([]);
  });

  it('imports nothing from the server, the database or the matching engine', () => {
    const forbidden = files.flatMap((file) =>
      importsOf(file)
        .filter((specifier) => /^@kraftsamling\/(server|db|matching)/.test(specifier))
        .map((specifier) => `${relative(src, file)} → ${specifier}`),
    );
    expect(forbidden).toEqual([]);
  });
});
