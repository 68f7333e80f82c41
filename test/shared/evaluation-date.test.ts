/**
 * One reader of dates: impossible calendar days are rejected by the knowledge schema, by the engine's
 * evaluation date and by the "as of" words in a command, with the same usage error.
 */
import { IsoDateSchema, isIsoDate } from '../../knowledge';
import { ask } from '../support/knowledge-fixture';

describe('isIsoDate', () => {
  it.each(['2026-02-28', '2028-02-29', '2026-12-31', '2000-02-29'])('%s is a date', (d) => expect(isIsoDate(d)).toBe(true));
  it.each(['2026-02-30', '2026-02-29', '1900-02-29', '2026-13-01', '2026-00-10', '2026-04-31', '2026-1-5', '20260101', '', 'today'])(
    '%s is not',
    (d) => expect(isIsoDate(d)).toBe(false),
  );
  it('the knowledge schema uses it', () => {
    expect(IsoDateSchema.safeParse('2026-02-30').success).toBe(false);
    expect(IsoDateSchema.safeParse('2026-03-31').success).toBe(true);
  });
});

describe('the evaluation date', () => {
  it('an impossible asOf is a usage error that names the date and gives an example', () => {
    const a = ask('sizing 5000 users', { asOf: '2026-02-30' });
    expect(a.kind).toBe('usage_error');
    expect(a.error?.code).toBe('invalid_date');
    expect(a.summary).toContain('2026-02-30');
    expect(a.error?.example).toMatch(/as of \d{4}-\d{2}-\d{2}/);
  });

  it('"as of DATE" in the text sets the date, and the query keeps only the command', () => {
    const a = ask('sizing 800 users sstp as of 2026-06-01');
    expect(a.kind).toBe('answer');
    expect(a.asOf).toBe('2026-06-01');
    expect(a.query).toBe('sizing 800 users sstp');
    expect(a.permalink).toContain('as_of=2026-06-01');
    expect(ask('as-of 2027-04-01 compat windows').asOf).toBe('2027-04-01');
  });

  it('"as of" an impossible date is the same usage error', () => {
    const a = ask('compat windows as of 2026-02-30');
    expect(a.kind).toBe('usage_error');
    expect(a.error?.code).toBe('invalid_date');
  });

  it('the date changes the answer where a lifecycle date falls between', () => {
    const before = ask('compat windows sstp as of 2026-01-15');
    const after = ask('compat windows sstp as of 2027-04-01');
    expect(before.summary).not.toEqual(after.summary);
  });
});
