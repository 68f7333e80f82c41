/**
 * The CLI's pre-validated knowledge model (knowledge/snapshot.ts, scripts/build-cli.mjs): read back it is
 * the model the sources validate, an altered or foreign snapshot is refused, and an invalid model fails
 * the build instead of reaching a snapshot.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { knowledgeFromSnapshot, snapshotFingerprint, snapshotText } from '../../knowledge/snapshot';
import { commands } from '../../shared/commands/registry';
import { fingerprintInputs } from '../../shared/search/search-index';
import { loadKnowledge } from '../support/knowledge-fixture';

const ROOT = path.resolve(__dirname, '../..');

describe('knowledge snapshot', () => {
  const kb = loadKnowledge();
  const text = snapshotText(kb);

  it('reads back as the validated model, with the same search-index fingerprint', () => {
    const back = knowledgeFromSnapshot(text, snapshotFingerprint(text));
    expect(back).toStrictEqual(kb);
    expect(Object.isFrozen(back)).toBe(true);
    // The CLI's prebuilt search index is keyed by this: a snapshot must not make it look stale.
    expect(fingerprintInputs(back, commands)).toEqual(fingerprintInputs(kb, commands));
  });

  it('refuses a snapshot altered after the build', () => {
    const fingerprint = snapshotFingerprint(text);
    const altered = text.replace('"facts":[', '"facts":[{"id":"invented"},');
    expect(() => knowledgeFromSnapshot(altered, fingerprint)).toThrow(/does not match its fingerprint/);
  });

  it('refuses a snapshot of another format, even with a matching fingerprint', () => {
    const foreign = text.replace(/^\{"format":\d+/, '{"format":999');
    expect(foreign).not.toBe(text);
    expect(() => knowledgeFromSnapshot(foreign, snapshotFingerprint(foreign))).toThrow(/format 999/);
  });
});

describe('the CLI build', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'vpn-build-'));
    for (const part of ['knowledge', 'scripts', 'package.json']) cpSync(path.join(ROOT, part), path.join(dir, part), { recursive: true });
    symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('fails on an invalid model, naming the problem, and writes no bundle', () => {
    const file = path.join(dir, 'knowledge/data/sources.ts');
    const source = readFileSync(file, 'utf8');
    const broken = source.replace(/id: '([a-z0-9-]+)'/, "id: 'Not Kebab Case'");
    expect(broken).not.toBe(source);
    writeFileSync(file, broken);
    const r = spawnSync(process.execPath, [path.join(dir, 'scripts/build-cli.mjs')], { cwd: dir, encoding: 'utf8', timeout: 120_000 });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/knowledge model is invalid/);
    expect(r.stderr).toMatch(/sources\.ts › sources › Not Kebab Case/);
    expect(() => readFileSync(path.join(dir, 'dist/vpn.js'))).toThrow();
  });
});
