/**
 * Code bundled for the browser lives in site/src; site/plugins runs only in Node at build time. A value
 * import from src into plugins would put build-time code into the client bundles, so src may import
 * types only from there (erased by the compiler).
 */
import fs from 'node:fs';
import path from 'node:path';

const SITE = path.join(__dirname, '..', '..', 'site');
const SRC = path.join(SITE, 'src');

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(p);
    return /\.(ts|tsx|js|jsx)$/.test(e.name) ? [p] : [];
  });
}

/** Every `import … from '…'` / `export … from '…'` / `import('…')` with its specifier and whether it is type-only. */
function imports(code: string): Array<{ spec: string; typeOnly: boolean }> {
  const out: Array<{ spec: string; typeOnly: boolean }> = [];
  for (const m of code.matchAll(/^\s*(import|export)\s+(type\s+)?[^'";]*?from\s+['"]([^'"]+)['"]/gm))
    out.push({ spec: m[3]!, typeOnly: Boolean(m[2]) });
  for (const m of code.matchAll(/^\s*import\s+['"]([^'"]+)['"]/gm)) out.push({ spec: m[1]!, typeOnly: false });
  for (const m of code.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)) out.push({ spec: m[1]!, typeOnly: false });
  return out;
}

function intoPlugins(file: string, spec: string): boolean {
  if (spec.startsWith('@site/')) return spec.startsWith('@site/plugins/');
  if (!spec.startsWith('.')) return false;
  const target = path.resolve(path.dirname(file), spec);
  return target.startsWith(path.join(SITE, 'plugins') + path.sep);
}

describe('site/src and site/plugins', () => {
  const files = sourceFiles(SRC);

  test('the scan sees the source files and their imports', () => {
    expect(files.length).toBeGreaterThan(20);
    const engine = fs.readFileSync(path.join(SRC, 'lib', 'engine.ts'), 'utf8');
    expect(imports(engine).map((i) => i.spec)).toContain('./answer-view');
  });

  test('src imports only types from plugins (browser code lives in src)', () => {
    const offenders = files.flatMap((f) =>
      imports(fs.readFileSync(f, 'utf8'))
        .filter((i) => !i.typeOnly && intoPlugins(f, i.spec))
        .map((i) => `${path.relative(SITE, f)} → ${i.spec}`),
    );
    expect(offenders).toEqual([]);
  });
});
