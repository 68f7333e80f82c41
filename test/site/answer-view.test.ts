/**
 * The site's answer view (site/src/lib/answer-view.ts): the caveats of an answer (coverage, dates that
 * matter, sources that disagree) reach AnswerView, worded as on every face, links site-relative.
 * answer-view-build.test.ts checks what AnswerView makes of them in the built site and in a browser.
 */
import { parseAnswer } from '../../shared';
import { answerView } from '../../site/src/lib/answer-view';
import { BASE, ask } from '../support/knowledge-fixture';
import { LIFECYCLE, UNRESOLVED, withCaveats, withHostileCaveats } from '../shared/render/caveats';

const real = ask('pool 172.16.0.0/22 sstp ikev2');

describe('answerView', () => {
  const view = answerView(withCaveats(real), BASE).answer;

  it('gives each date that matters its wording on the evaluation date and a site-relative link', () => {
    expect(view.lifecycle).toEqual([
      {
        id: LIFECYCLE[0].id,
        title: LIFECYCLE[0].title,
        when: 'In effect from 2025-09-01 to 2026-09-30 (ended)',
        state: 'in_effect',
        href: '/docs/reference/changelog#non-az-migration-window',
      },
      {
        id: LIFECYCLE[1].id,
        title: LIFECYCLE[1].title,
        when: 'In effect since 2026-03-31',
        state: 'in_effect',
        href: '/docs/reference/changelog#sstp-enable-ends',
      },
      {
        id: LIFECYCLE[2].id,
        title: LIFECYCLE[2].title,
        when: 'Upcoming on 2027-03-31',
        state: 'upcoming',
        href: '/docs/reference/changelog#sstp-retired',
      },
      {
        id: LIFECYCLE[3].id,
        title: LIFECYCLE[3].title,
        when: 'Upcoming on 2028-03-31',
        state: 'upcoming',
        href: '/docs/reference/changelog#entra-manual-app-retired-public',
      },
    ]);
  });

  it('gives every value of a conflict with its sources and dates, the current one marked, or says none could be chosen', () => {
    const [unresolved, resolved] = view.conflicts;
    expect(unresolved).toEqual({
      id: 'conflict-10',
      heading: `Sources disagree: ${UNRESOLVED.topic}`,
      unresolved: 'Unresolved: both values are shown because no verdict could be reached.',
      values: [
        {
          value: UNRESOLVED.values[0].value,
          standing: null,
          sources: [
            { title: 'About VPN Gateway SKUs', section: 'Basic SKU', date: '2025-06-23' },
            { title: 'VPN Gateway FAQ', section: 'Basic SKU public IP', date: '2026-06-04' },
          ],
        },
        {
          value: UNRESOLVED.values[1].value,
          standing: null,
          sources: [{ title: 'VPN Gateway SKU consolidation and migration', section: 'SKU consolidation and migration', date: null }],
        },
      ],
      verdictLabel: 'Why no verdict',
      verdict: UNRESOLVED.verdict,
      href: '/docs/reference/conflicts#conflict-10',
    });
    expect(resolved.unresolved).toBeNull();
    expect(resolved.values.map((v) => v.standing)).toEqual(['superseded', 'current', 'superseded']);
    expect(resolved.verdictLabel).toBe('Verdict');
  });

  it('passes each source’s live page on, for the site to link', () => {
    const real = answerView(ask('ports ikev2'), BASE);
    expect(real.answer.facts[0]?.source).toEqual({
      title: 'About point-to-site VPN',
      section: 'Protocols',
      pageUrl: 'https://learn.microsoft.com/azure/vpn-gateway/point-to-site-about',
    });
  });

  it('says how sure the answer is only when it is not a plain answer', () => {
    expect(view.coverage).toBeNull();
    expect(answerView(withCaveats(real, 'low_confidence'), BASE).answer.coverage).toMatchObject({
      kind: 'low_confidence',
      label: 'Not sure',
    });
    expect(answerView(withCaveats(real, 'not_covered'), BASE).answer.coverage).toMatchObject({ kind: 'not_covered', label: 'Not covered' });
  });

  it('carries the conflicts the engine reports for a real answer', () => {
    expect(real.conflicts.length).toBeGreaterThan(0);
    expect(answerView(real, BASE).answer.conflicts.map((c) => c.id)).toEqual(real.conflicts.map((c) => c.id));
  });

  it('passes user text through as text for React to render, and keeps a non-http link out of href', () => {
    const hostile = withHostileCaveats(real);
    const a = parseAnswer({ ...hostile, conflicts: [...hostile.conflicts, { ...UNRESOLVED, id: 'x', url: 'javascript:alert(1)' }] });
    const v = answerView(a, BASE).answer;
    expect(v.conflicts[0].heading).toBe(`Sources disagree: ${hostile.conflicts[0].topic}`);
    expect(v.lifecycle[0].title).toBe(hostile.lifecycle[0].title);
    // AnswerLink shows anything but a site path or an http(s) URL as plain text.
    expect(v.conflicts[1].href).toBe('javascript:alert(1)');
  });
});
