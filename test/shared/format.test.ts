/** Number and value formatting shared by every face: locale-independent, so Slack, CLI and site print the same. */
import { formatFactValue, formatMbps, formatNumber, formatPercent } from '../../shared';
import { ask } from '../support/knowledge-fixture';

describe('formatNumber', () => {
  it.each([
    [0, '0'],
    [999, '999'],
    [1000, '1,000'],
    [5000, '5,000'],
    [100000, '100,000'],
    [1234567, '1,234,567'],
    [1.25, '1.25'],
    [1234.5, '1,234.5'],
    [-5000, '-5,000'],
    [1e21, '1e+21'],
    [Number.NaN, 'NaN'],
    [Number.POSITIVE_INFINITY, 'Infinity'],
  ])('%p → %s', (n, s) => {
    expect(formatNumber(n)).toBe(s);
  });
});

describe('formatPercent', () => {
  it.each([
    [1, '100%'],
    [0.8, '80%'],
    [800 / 1128, '71%'],
    [0.004, '<1%'],
    [0, '0%'],
    [2, '200%'],
  ])('%p → %s', (r, s) => {
    expect(formatPercent(r)).toBe(s);
  });

  it('a tiny load reads "<1%", not 0%', () => {
    expect(ask('sizing 1 user').summary).toMatch(/^VpnGw1AZ \(Gen1\) recommended, at <1% of its connection limit/);
  });
});

describe('formatMbps', () => {
  it.each([
    [650, '650 Mbps'],
    [1000, '1 Gbps'],
    [1250, '1.25 Gbps'],
    [10000, '10 Gbps'],
    [0.5, '0.5 Mbps'],
  ])('%p → %s', (m, s) => {
    expect(formatMbps(m)).toBe(s);
  });
});

describe('formatFactValue', () => {
  it.each([
    [{ value: 5000, unit: 'connections' }, '5,000 connections'],
    [{ value: 29, unit: 'prefix length' }, '/29'],
    [{ value: true }, 'yes'],
    [{ value: false }, 'no'],
    [{ value: null, unknown: 'not stated anywhere' }, 'unknown'],
    [{ value: 'TCP 443' }, 'TCP 443'],
    [{ value: '9–3,600', unit: 'seconds' }, '9–3,600 seconds'],
  ])('%j → %s', (f, s) => {
    expect(formatFactValue(f)).toBe(s);
  });
});

describe('a count of one reads in the singular in answers (plural())', () => {
  it('routes 1: summary and table column say "1 route"', () => {
    const a = ask('routes 1');
    expect(a.summary).toBe("1 route fits every client's limit.");
    expect(a.sections[0].type === 'table' && a.sections[0].columns).toContain('1 route');
    expect(JSON.stringify(a.sections)).not.toMatch(/\b1 routes\b/);
  });

  it('sizing 1 users: one hub of "1 user each", not "1 users each"', () => {
    const text = JSON.stringify(ask('sizing 1 users').sections);
    expect(text).toContain('1 hub, 1 user each;');
    expect(text).not.toContain('1 users each');
  });
});
