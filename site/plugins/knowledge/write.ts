/** Writes the generated pages under site/docs/generated (git-ignored); only changed files are touched. */
import fs from 'node:fs';
import path from 'node:path';
import type { GeneratedPage } from './mdx';

function writeIfChanged(file: string, content: string): boolean {
  if (fs.existsSync(file) && fs.readFileSync(file, 'utf8') === content) return false;
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, content);
  return true;
}

function listFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? listFiles(p) : [p];
  });
}

/** Writes `<id>.mdx` and `_data/<id>.json` for each page and removes files no page produces any more. */
export function writeGeneratedPages(outDir: string, pages: readonly GeneratedPage[]): { written: number; removed: number } {
  const wanted = new Map<string, string>();
  for (const p of pages) {
    wanted.set(path.join(outDir, `${p.id}.mdx`), p.mdx);
    if (Object.keys(p.data).length) wanted.set(path.join(outDir, '_data', `${p.id}.json`), JSON.stringify(p.data));
  }
  let written = 0;
  for (const [file, content] of wanted) if (writeIfChanged(file, content)) written++;
  let removed = 0;
  for (const file of listFiles(outDir)) {
    if (!wanted.has(file)) {
      fs.rmSync(file);
      removed++;
    }
  }
  return { written, removed };
}
