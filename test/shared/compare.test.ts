/**
 * compareAnswers: what changed in substance between two answers to one question, in the words every face
 * prints; and the corrections a permalink's knowledge version predates (the fact changelog).
 */
import { correctionsSince, factCorrections, knowledgeVersion } from '../../knowledge';
import type { Answer } from '../../shared';
import { changeNotice, changeNoticeLines, hasChanged } from '../../shared/changes/answer-changes';
import { answerChangesSince } from '../../shared/changes/since';
import { compareAnswers } from '../../shared/changes/compare';
import { BASE, answerTo, ask, loadKnowledge } from '../support/knowledge-fixture';

const texts = (before: Answer, after: Answer) => compareAnswers(before, after).map((c) => c.text);

describe('compareAnswers across a lifecycle date', () => {
  it('SSTP: the day it can no longer be enabled is a change, worded from the event', () => {
    const before = ask('compat sstp windows', { asOf: '2026-03-30' });
    const after = ask('compat sstp windows', { asOf: '2026-03-31' });
    const changes = compareAnswers(before, after);
    expect(changes.map((c) => c.text)).toContain('Since 2026-03-31: SSTP can no longer be enabled on a gateway.');
    expect(changes.find((c) => c.kind === 'finding_added')?.text).toMatch(/^New warning: SSTP can't be enabled/);
  });

  it('non-AZ SKUs: the end of creation and the retirement of legacy SKUs are changes, each said once', () => {
    const changes = texts(ask('sizing 400 users', { asOf: '2025-06-01' }), ask('sizing 400 users', { asOf: '2026-12-01' }));
    expect(changes).toEqual([
      'Opened 2025-09-01 and closed 2026-09-30: Non-AZ VpnGw1–5 SKUs: migration window to AZ SKUs.',
      'Since 2025-11-01: Non-AZ VpnGw1–5 SKUs: no new gateways.',
      'Since 2026-06-30: Legacy Standard and HighPerformance SKUs retired.',
      'Since 2026-09-16: Non-AZ VpnGw1–5 SKUs deprecated.',
    ]);
  });

  it('read backwards, the same event is not yet in effect', () => {
    const changes = texts(ask('compat sstp windows', { asOf: '2026-04-01' }), ask('compat sstp windows', { asOf: '2026-03-01' }));
    expect(changes).toContain('Not yet on 2026-04-01: SSTP can no longer be enabled on a gateway (from 2026-03-31).');
  });

  it('is empty when only the evaluation date moved (titles and tables name the date, nothing else differs)', () => {
    const before = ask('sizing 400 users', { asOf: '2026-10-01' });
    const after = ask('sizing 400 users', { asOf: '2026-11-30' });
    expect(JSON.stringify(before.sections)).not.toBe(JSON.stringify(after.sections));
    expect(compareAnswers(before, after)).toEqual([]);
    expect(compareAnswers(ask('ports ikev2', { asOf: '2026-04-01' }), ask('ports ikev2', { asOf: '2026-11-21' }))).toEqual([]);
  });

  it('the same answer compared with itself has no change', () => {
    const a = ask('pool 10.8.0.0/19 users 5000');
    expect(compareAnswers(a, a)).toEqual([]);
  });
});

describe('compareAnswers on the parts of an answer', () => {
  const base = answerTo('sizing 400 users', { asOf: '2026-11-21' });
  const withRecommendation = (label: string, summary = base.summary): Answer => ({
    ...base,
    summary,
    data: { ...base.data, recommended: base.data.recommended && { ...base.data.recommended, label } },
  });

  it('a different recommendation names both SKUs', () => {
    const changes = compareAnswers(withRecommendation('VpnGw2 (Gen2)'), base);
    expect(changes).toEqual([
      { kind: 'recommendation', text: 'VpnGw2 (Gen2) is no longer recommended: VpnGw2AZ (Gen2) is recommended instead.' },
    ]);
  });

  it('other figures in the summary count; a date in it does not', () => {
    expect(texts({ ...base, summary: base.summary.replace('/23', '/22') }, base)).toEqual([`The summary now reads: ${base.summary}`]);
    expect(texts({ ...base, summary: `${base.summary} Checked 2026-01-01.` }, base)).toEqual([]);
  });

  it('a fact value that differs is a change with both values; added and removed findings are named', () => {
    const fact = base.facts[0];
    const before: Answer = {
      ...base,
      facts: base.facts.map((f, i) => (i === 0 ? { ...f, value: 123 } : f)),
      findings: [...base.findings, { code: 'old_note', severity: 'info', message: 'An older note.' }],
    };
    const after: Answer = { ...base, findings: [...base.findings, { code: 'new_risk', severity: 'critical', message: 'A new risk.' }] };
    expect(texts(before, after)).toEqual([
      'New critical: A new risk.',
      'No longer said: An older note.',
      expect.stringMatching(new RegExp(`^${fact.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: now .+ \\(was 123`)),
    ]);
  });

  it('a different command or coverage is said first', () => {
    const other = ask('ports ikev2');
    expect(compareAnswers(base, other)[0].kind).toBe('answer');
    expect(texts({ ...base, coverage: 'low_confidence' }, base)).toEqual(['The answer is now answered (was low confidence).']);
  });
});

describe('the knowledge version and the fact changelog', () => {
  const kb = loadKnowledge();

  it('the version is the newest source date, and permalinks carry it', () => {
    const kv = knowledgeVersion(kb);
    expect(kv).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(kb.sources.every((s) => !s.date || s.date <= kv)).toBe(true);
    expect(ask('ports ikev2').permalink).toBe(`${BASE}/ask?q=ports%20ikev2&as_of=2026-11-21&kv=${kv}`);
  });

  it('corrections are superseded facts against their replacements, dated by the newer source', () => {
    const all = factCorrections(kb);
    expect(all.length).toBeGreaterThan(10);
    const flows = all.find((c) => c.previousId === 'gateway-max-flows-2020-vpngw1');
    expect(flows).toMatchObject({ factId: 'gateway-max-flows', previousValue: 100000, value: 500000, date: '2024-01-04' });
    expect(correctionsSince(kb, '2024-01-03', ['gateway-max-flows']).map((c) => c.previousId)).toContain('gateway-max-flows-2020-vpngw1');
    expect(correctionsSince(kb, '2024-01-04', ['gateway-max-flows'])).toEqual([]);
    expect(correctionsSince(kb, 'not-a-version', ['gateway-max-flows'])).toEqual([]);
  });
});

describe('answerChangesSince: both answers, the changes and the corrections', () => {
  const kb = loadKnowledge();
  const kv = knowledgeVersion(kb);

  it('an old SSTP permalink made with today’s knowledge: the change, no correction, a link to today', () => {
    const c = answerChangesSince('compat sstp windows', { kb, asOf: '2026-01-15', today: '2026-11-21', kv, base: BASE });
    expect(hasChanged(c)).toBe(true);
    const lines = changeNoticeLines(changeNotice(c!, kv));
    expect(lines[0]).toBe('This answer has changed since 2026-01-15: as of 2026-11-21, 3 things are different.');
    expect(lines).toContain('• Since 2026-03-31: SSTP can no longer be enabled on a gateway.');
    expect(c!.corrections).toEqual([]);
    expect(c!.todayUrl).toBe(`${BASE}/ask?q=compat%20sstp%20windows&as_of=2026-11-21&kv=${kv}`);
  });

  it('a permalink from older knowledge lists the corrections to the facts its answer uses', () => {
    const c = answerChangesSince('sizing 400 users', { kb, asOf: '2026-10-01', today: '2026-11-21', kv: '2024-01-01', base: BASE });
    expect(c?.changes).toEqual([]);
    expect(c?.corrections.length).toBeGreaterThan(0);
    const n = changeNotice(c!, '2024-01-01');
    expect(n.heading).toMatch(/the same as of 2026-11-21, but facts it uses were corrected/);
    expect(n.correctionsHeading).toContain('knowledge of 2024-01-01');
  });

  it('nothing to compare for today, a later date, an impossible date or a usage error', () => {
    const o = { kb, today: '2026-11-21', kv, base: BASE };
    expect(answerChangesSince('ports ikev2', { ...o, asOf: '2026-11-21' })).toBeUndefined();
    expect(answerChangesSince('ports ikev2', { ...o, asOf: '2027-01-01' })).toBeUndefined();
    expect(answerChangesSince('ports ikev2', { ...o, asOf: '2026-02-30' })).toBeUndefined();
    expect(answerChangesSince('sizing lots of users', { ...o, asOf: '2026-01-01' })).toBeUndefined();
    expect(hasChanged(answerChangesSince('ports ikev2', { ...o, asOf: '2026-04-01' }))).toBe(false);
  });
});
