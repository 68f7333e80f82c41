/**
 * The answer is a union keyed by command: a consumer that reads another command's data, or reads data
 * before knowing the command, does not compile. `npm run typecheck` checks the `@ts-expect-error` lines
 * below (an expectation that no longer errors is itself an error), so these prove the check bites.
 */
import { isAnswerOf } from '../../shared';
import type { SizingData } from '../../shared/commands/sizing';
import { sizingCharts } from '../../site/src/lib/sizing-charts';
import { ask, loadKnowledge } from '../support/knowledge-fixture';

describe('the answer union', () => {
  it("types the site's use of sizing data against what the engine produces", () => {
    const a = ask('sizing 5000 users 40 sites');
    // @ts-expect-error: `data` is a union until the command is known
    expect(a.data.considered).toBeDefined();
    if (!isAnswerOf(a, 'sizing')) throw new Error('expected a sizing answer');
    const considered: SizingData['considered'] = a.data.considered;
    expect(considered.length).toBeGreaterThan(0);
    // @ts-expect-error: `cells` is compat's data, not sizing's
    expect(a.data.cells).toBeUndefined();
    // @ts-expect-error: a limit the engine never checks is not a LimitName
    expect(considered[0]?.checks.some((c) => c.limit === 'bandwidth')).toBe(false);
    expect(sizingCharts(a, loadKnowledge()).map((c) => c.title)).toHaveLength(2);
  });

  it('narrows a usage error to its error, with no data', () => {
    const a = ask('sizing lots');
    if (a.kind !== 'usage_error') throw new Error('expected a usage error');
    expect(a.error.code).toBeTruthy();
    expect(a.data).toEqual({});
  });
});
