/**
 * Lifecycle events, source conflicts and coverage in the plain text (CLI) and Markdown (tickets, the site)
 * renderings: each appears, with its dates and sources, marked the way the evaluation date and the
 * verdict say; user text in them stays inert.
 */
import { spawnSync } from 'node:child_process';
import { parseAnswer, renderMarkdown, renderPlainText } from '../../../shared';
import { AS_OF, BASE, ask } from '../../support/knowledge-fixture';
import { ROOT } from '../../support/run-cli';
import { LIFECYCLE, RESOLVED, UNRESOLVED, withCaveats, withHostileCaveats } from './caveats';

const real = ask('pool 172.16.0.0/22 sstp ikev2');
const answer = withCaveats(real);

/** The lines of `text` from the line `start` up to (not including) the next blank line. */
function block(text: string, start: string): string[] {
  const lines = text.split('\n');
  const from = lines.indexOf(start);
  if (from === -1) throw new Error(`no line ${JSON.stringify(start)} in:\n${text}`);
  const to = lines.indexOf('', from);
  return lines.slice(from, to === -1 ? undefined : to);
}

describe('the engine fills what the renderers show', () => {
  it('a real answer names a conflict between its sources', () => {
    // If this fails, the engine stopped reporting conflicts for this question: pick another question.
    expect(real.conflicts.length).toBeGreaterThan(0);
    const out = renderPlainText(real);
    for (const c of real.conflicts) expect(out).toContain(`Sources disagree: ${c.topic}`);
  });
});

describe('renderPlainText', () => {
  const out = renderPlainText(answer);

  it('lists the dates that matter, each in effect or upcoming on the evaluation date', () => {
    expect(block(out, `Dates that matter (as of ${AS_OF})`)).toEqual([
      `Dates that matter (as of ${AS_OF})`,
      '  • In effect from 2025-09-01 to 2026-09-30 (ended): Non-AZ VpnGw1–5 SKUs: migration window to AZ SKUs',
      '  • In effect since 2026-03-31: SSTP can no longer be enabled on a gateway',
      '  • Upcoming on 2027-03-31: SSTP point-to-site connections stop working',
      '  • Upcoming on 2028-03-31: Manually registered Azure VPN Client app (Entra audience) retired in Azure Public',
    ]);
  });

  it('shows a resolved conflict with every value, its sources and dates, the current one marked', () => {
    expect(block(out, `Sources disagree: ${RESOLVED.topic}`)).toEqual([
      'Sources disagree: Minimum size of the gateway subnet',
      '  • [superseded] /29 is possible; /27 or larger recommended',
      '      About VPN Gateway configuration settings, Gateway subnet (2020-09-16)',
      '  • [current] /29 only for the Basic SKU; every other SKU needs /27 or larger',
      '      About VPN Gateway configuration settings, Gateway subnet (2024-02-29)',
      '  • [superseded] A subnet as small as /29 can be created; /27 or larger recommended',
      '      VPN Gateway FAQ, Gateway subnet (2026-06-04)',
      `  Verdict: ${RESOLVED.verdict}`,
    ]);
  });

  it('says plainly that an unresolved conflict shows both values because no verdict could be reached', () => {
    expect(block(out, `Sources disagree: ${UNRESOLVED.topic}`)).toEqual([
      'Sources disagree: Public IP SKU for a Basic SKU VPN gateway',
      '  Unresolved: both values are shown because no verdict could be reached.',
      '  • A Basic SKU gateway uses (and currently supports only) a Basic SKU public IP',
      '      About VPN Gateway SKUs, Basic SKU (2025-06-23)',
      '      VPN Gateway FAQ, Basic SKU public IP (2026-06-04)',
      '  • Create a Basic SKU gateway with a Standard SKU public IP',
      '      VPN Gateway SKU consolidation and migration, SKU consolidation and migration (undated)',
      `  Why no verdict: ${UNRESOLVED.verdict}`,
    ]);
  });

  it('puts the caveats (dates, then conflicts) after the findings and before the sections, and keeps the rest of the answer', () => {
    const at = (s: string) => out.indexOf(s);
    expect(at(real.summary)).toBeLessThan(at('Dates that matter'));
    expect(at('Dates that matter')).toBeLessThan(at('Sources disagree'));
    expect(at('Sources disagree')).toBeLessThan(at(`\n${real.sections[0].title}\n`));
    expect(out.endsWith(`Permalink (as of ${AS_OF}): ${real.permalink}`)).toBe(true);
  });

  it('says when the answer is a best guess, or outside what vpn-advisor knows; nothing when answered', () => {
    expect(out).not.toMatch(/Not sure|Not covered/);
    const unsure = renderPlainText(withCaveats(real, 'low_confidence')).split('\n');
    expect(unsure[2]).toMatch(/^\? Not sure: .*best guesses/);
    const outside = renderPlainText(withCaveats(real, 'not_covered')).split('\n');
    expect(outside[2]).toMatch(/^✖ Not covered: This question is outside what vpn-advisor knows/);
  });

  it('keeps user text in events and conflicts as text, without control characters', () => {
    const hostile = renderPlainText(
      parseAnswer({ ...withHostileCaveats(real), conflicts: [{ ...UNRESOLVED, topic: 'x\u001b[2Jy', verdict: 'bell\u0007' }] }),
    );
    expect(hostile).toContain('Event <!channel>');
    expect(hostile).toContain('Sources disagree: x[2Jy');
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are the point here
    expect(hostile).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f\u009b]/);
  });
});

describe('renderMarkdown', () => {
  const md = renderMarkdown(answer);

  it('lists the dates that matter, each linked to its changelog entry', () => {
    const lines = md.split('\n');
    const from = lines.indexOf(`### Dates that matter (as of ${AS_OF})`);
    expect(lines[from + 1]).toBe('');
    expect(block(lines.slice(from + 2).join('\n'), lines[from + 2])).toEqual([
      `- In effect from 2025-09-01 to 2026-09-30 (ended): [Non-AZ VpnGw1–5 SKUs: migration window to AZ SKUs](${LIFECYCLE[0].url})`,
      `- In effect since 2026-03-31: [SSTP can no longer be enabled on a gateway](${LIFECYCLE[1].url})`,
      `- Upcoming on 2027-03-31: [SSTP point-to-site connections stop working](${LIFECYCLE[2].url})`,
      `- Upcoming on 2028-03-31: [Manually registered Azure VPN Client app (Entra audience) retired in Azure Public](${LIFECYCLE[3].url})`,
    ]);
  });

  it('shows every value of a conflict with its sources and dates, the current one marked, and links the details', () => {
    const lines = md.split('\n');
    const from = lines.indexOf(`### Sources disagree: ${RESOLVED.topic}`);
    expect(lines.slice(from, from + 7)).toEqual([
      '### Sources disagree: Minimum size of the gateway subnet',
      '',
      '- Superseded: /29 is possible; /27 or larger recommended — About VPN Gateway configuration settings, Gateway subnet (2020-09-16)',
      '- **Current:** /29 only for the Basic SKU; every other SKU needs /27 or larger — About VPN Gateway configuration settings, Gateway subnet (2024-02-29)',
      '- Superseded: A subnet as small as /29 can be created; /27 or larger recommended — VPN Gateway FAQ, Gateway subnet (2026-06-04)',
      '',
      `Verdict: The settings article gives the rule per SKU: /27 or larger for every SKU except Basic, so the stricter rule applies. [Details](${RESOLVED.url})`,
    ]);
  });

  it('says plainly when a conflict is unresolved, and marks no value current', () => {
    const lines = md.split('\n');
    const from = lines.indexOf(`### Sources disagree: ${UNRESOLVED.topic}`);
    expect(lines.slice(from, from + 6)).toEqual([
      '### Sources disagree: Public IP SKU for a Basic SKU VPN gateway',
      '',
      'Unresolved: both values are shown because no verdict could be reached.',
      '',
      '- A Basic SKU gateway uses (and currently supports only) a Basic SKU public IP — About VPN Gateway SKUs, Basic SKU (2025-06-23); VPN Gateway FAQ, Basic SKU public IP (2026-06-04)',
      '- Create a Basic SKU gateway with a Standard SKU public IP — VPN Gateway SKU consolidation and migration, SKU consolidation and migration (undated)',
    ]);
    expect(lines[from + 7]).toMatch(/^Why no verdict: The newest FAQ/);
  });

  it('says when the answer is a best guess, or outside what vpn-advisor knows', () => {
    expect(md).not.toMatch(/Not sure|Not covered/);
    expect(renderMarkdown(withCaveats(real, 'low_confidence')).split('\n')[2]).toMatch(/^> ❓ \*\*Not sure:\*\* .*best guesses/);
    expect(renderMarkdown(withCaveats(real, 'not_covered')).split('\n')[2]).toMatch(/^> 🚫 \*\*Not covered:\*\* This question is outside/);
  });

  it('keeps user text in events and conflicts inert: no pings, links or HTML, through a real GFM parser too', () => {
    const hostile = renderMarkdown(withHostileCaveats(real));
    expect(hostile).not.toMatch(/<!channel>|<@U123>|<https:\/\/evil|<script|<img|\]\(javascript:/);
    expect(hostile).toContain('Topic &lt;!channel>');
    const script = [
      "import { micromark } from 'micromark';",
      "import { gfm, gfmHtml } from 'micromark-extension-gfm';",
      "let s = ''; process.stdin.on('data', (d) => (s += d)).on('end', () => process.stdout.write(micromark(s, { extensions: [gfm()], htmlExtensions: [gfmHtml()] })));",
    ].join('\n');
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, input: hostile, encoding: 'utf8' });
    if (r.status !== 0 && /ERR_MODULE_NOT_FOUND/.test(r.stderr)) return; // micromark comes with the site's toolchain
    expect(r.status).toBe(0);
    // The only links: the site's, and the live pages of the sources (from the model, never from user text).
    for (const [, href] of r.stdout.matchAll(/<a href="([^"]*)"/g))
      expect(href.startsWith(`${BASE}/`) || href.startsWith('https://learn.microsoft.com/azure/')).toBe(true);
    expect(r.stdout).not.toMatch(/<script|<img|<[^>]*onerror=|href="javascript:|evil\.example"/);
  });
});
