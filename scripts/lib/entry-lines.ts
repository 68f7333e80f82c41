/**
 * The line where each entry of a data file is written, for `npm run kb:where`.
 *
 * Entries are not always literal objects with their id on a line: SKU rows come from helper calls
 * (`azSku('vpngw1az-gen1', …)`), some facts from spreads of helper calls (`...perfFacts('gen1-vpngw1', …)`),
 * scale-unit rows from `.map` over a table of tuples. So the file is compiled once more with every array
 * element wrapped in a marker that records its line on the object the element produces (a spread marks
 * every object it spreads; `.map` over marked rows passes each row's line on to what it returns; the
 * outermost marker wins). Running that copy gives each entry object its line; entries are then named as
 * the loader names them in `origin` ("collection:name"). An element's line is the line where its id is
 * written when it has one (see idNode), else the line it starts on.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import vm from 'node:vm';
import ts from 'typescript';
import { entryName } from '../../knowledge/load';
import { collections } from '../../knowledge/model';
import type { CollectionName, DataModule } from '../../knowledge/model';

const AT = '__kbWhereAt';
const AT_ALL = '__kbWhereAtAll';
const MAP = '__kbWhereMap';

function lineOf(sf: ts.SourceFile, node: ts.Node): number {
  return sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;
}

/**
 * Where an element's id is written: the `id: …` property of an object literal, or of an object literal passed
 * to a call (`fact({ id: … })`); else a call's first argument when it is a string (`azSku('vpngw1az-gen1', …)`).
 */
function idNode(node: ts.Expression): ts.Node | undefined {
  const objects = ts.isObjectLiteralExpression(node)
    ? [node]
    : ts.isCallExpression(node)
      ? node.arguments.filter(ts.isObjectLiteralExpression)
      : [];
  for (const o of objects) {
    const id = o.properties.find((p) => p.name && ts.isIdentifier(p.name) && p.name.text === 'id');
    if (id) return id;
  }
  if (ts.isCallExpression(node) && node.arguments.length && ts.isStringLiteralLike(node.arguments[0])) return node.arguments[0];
  return undefined;
}

function marker(context: ts.TransformationContext): ts.Transformer<ts.SourceFile> {
  const f = context.factory;
  const call = (name: string, args: ts.Expression[]) => f.createCallExpression(f.createIdentifier(name), undefined, args);
  return (sf) => {
    const visit = (node: ts.Node): ts.Node => {
      if (ts.isArrayLiteralExpression(node)) {
        const elements = node.elements.map((el) => {
          if (ts.isOmittedExpression(el)) return el;
          if (ts.isSpreadElement(el)) {
            const inner = ts.visitNode(el.expression, visit) as ts.Expression;
            return f.createSpreadElement(call(AT_ALL, [f.createNumericLiteral(lineOf(sf, el)), inner]));
          }
          const line = lineOf(sf, idNode(el) ?? el);
          return call(AT, [f.createNumericLiteral(line), ts.visitNode(el, visit) as ts.Expression]);
        });
        return f.updateArrayLiteralExpression(node, elements);
      }
      if (
        ts.isCallExpression(node) &&
        ts.isPropertyAccessExpression(node.expression) &&
        !node.expression.questionDotToken &&
        node.expression.name.text === 'map'
      ) {
        const target = ts.visitNode(node.expression.expression, visit) as ts.Expression;
        const args = node.arguments.map((a) => ts.visitNode(a, visit) as ts.Expression);
        return call(MAP, [target, ...args]);
      }
      return ts.visitEachChild(node, visit, context);
    };
    return ts.visitNode(sf, visit) as ts.SourceFile;
  };
}

/** "collection:name" → line, for every entry of the data module that `file` (relative to `root`) exports. */
export function entryLines(root: string, file: string): Map<string, number> {
  const absolute = path.join(root, file);
  const { outputText } = ts.transpileModule(readFileSync(absolute, 'utf8'), {
    fileName: absolute,
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 },
    transformers: { before: [marker] },
  });

  const lines = new WeakMap<object, number>();
  const isObject = (v: unknown): v is object => typeof v === 'object' && v !== null;
  const at = (line: number, v: unknown) => {
    if (isObject(v)) lines.set(v, line);
    return v;
  };
  const atAll = (line: number, vs: Iterable<unknown>) => {
    for (const v of vs) at(line, v);
    return vs;
  };
  const map = (target: unknown, ...args: unknown[]) => {
    const out = (target as { map: (...a: unknown[]) => unknown }).map(...args);
    if (Array.isArray(target) && Array.isArray(out))
      target.forEach((row, i) => {
        const line = isObject(row) ? lines.get(row) : undefined;
        if (line !== undefined) at(line, out[i]);
      });
    return out;
  };

  const module = { exports: {} as Record<string, unknown> };
  const run = vm.compileFunction(outputText, ['exports', 'require', 'module', AT, AT_ALL, MAP], { filename: absolute });
  run(module.exports, createRequire(absolute), module, at, atAll, map);

  const data = Object.values(module.exports).find((v): v is DataModule => isObject(v) && (v as { file?: unknown }).file === file);
  const result = new Map<string, number>();
  if (!data) return result;
  for (const collection of Object.keys(collections) as CollectionName[]) {
    ((data[collection] ?? []) as unknown[]).forEach((entry, i) => {
      const line = isObject(entry) ? lines.get(entry) : undefined;
      if (line !== undefined) result.set(`${collection}:${entryName(entry, i)}`, line);
    });
  }
  return result;
}
