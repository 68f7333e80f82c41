/**
 * Plain text (CLI) and Markdown (tickets, the site) renderings: every part of the answer appears,
 * and user-typed text stays inert — checked on the strings and, for Markdown, through a real GFM parser.
 */
import { spawnSync } from 'node:child_process';
import { parseAnswer, renderMarkdown, renderPlainText } from '../../../shared';
import type { Answer } from '../../../shared';
import { numberedItems } from '../../../shared/render/notices';
import { knowledgeVersion } from '../../../knowledge/changelog';
import { AS_OF, BASE, ask, loadKnowledge } from '../../support/knowledge-fixture';

const KV = knowledgeVersion(loadKnowledge());
import { ROOT } from '../../support/run-cli';

const EVIL =
  '<!channel> <@U123> <https://evil.example|click> [x](javascript:alert(1)) <script>alert(1)</script> <img src=x onerror=alert(1)> www.evil.example me@evil.example https://evil.example/raw';

/** An answer with user text in every string field, the way a quoted query would carry it. */
const hostile: Answer = parseAnswer({
  kind: 'usage_error',
  command: 'sizing',
  query: `sizing ${EVIL}`,
  asOf: AS_OF,
  title: `Title ${EVIL}`,
  summary: `Summary ${EVIL}`,
  sections: [
    { type: 'table', title: `Table ${EVIL}`, columns: ['Col', `C ${EVIL}`], rows: [[`cell ${EVIL}`, 'x|y']] },
    { type: 'list', title: `List ${EVIL}`, items: [`item ${EVIL}`, '- looks like a bullet', '1. looks like a list'] },
    { type: 'note', title: `Note ${EVIL}`, text: `note ${EVIL}\n# heading` },
  ],
  findings: [{ code: 'user_text', severity: 'warning', message: `finding ${EVIL}` }],
  facts: [
    {
      id: 'sstp-max-connections',
      title: `Fact ${EVIL}`,
      value: `value ${EVIL}`,
      source: { id: 's', title: `Source ${EVIL}`, path: 'p', section: `Section ${EVIL}` },
      date: '2025-09-29',
      url: `${BASE}/docs/reference/point-to-site#sstp-max-connections`,
    },
  ],
  links: [
    { title: `Safe ${EVIL}`, url: `${BASE}/docs/commands/sizing` },
    { title: 'Unsafe', url: 'javascript:alert(1)' },
  ],
  permalink: `${BASE}/ask?q=${encodeURIComponent(`sizing ${EVIL}`)}&as_of=${AS_OF}`,
  coverage: 'answered',
  lifecycle: [],
  conflicts: [],
  error: { code: 'unknown_word', message: `I don't know ${EVIL}`, expected: 'N users', example: 'sizing 5000 users' },
  data: {},
});

describe('renderMarkdown', () => {
  const md = renderMarkdown(hostile);

  it('keeps Slack controls, links, images and HTML inert in the Markdown text', () => {
    expect(md).not.toMatch(/<!channel>|<@U123>|<https:\/\/evil|<script|<img/);
    expect(md).not.toMatch(/(^|[^\\])\[x\]\(javascript:/m);
    expect(md).not.toMatch(/\]\(javascript:/);
    expect(md).toContain('&lt;!channel>');
    expect(md).toContain('&lt;script>');
  });

  it('links only to http(s) URLs; others are shown as text', () => {
    const links = [...md.matchAll(/\]\(([^()\s]+)\)/g)].map((m) => m[1]);
    expect(links.length).toBe(3); // the fact, the safe link, the permalink
    for (const l of links) expect(l.startsWith(`${BASE}/`)).toBe(true);
    expect(md).toContain('Unsafe (javascript:alert(1))');
  });

  it('renders every part: title, summary, findings, each section kind, sources with date, links, permalink with as_of', () => {
    expect(md.startsWith('## Title ')).toBe(true);
    expect(md).toContain('> ⚠️ **Warning:** finding ');
    expect(md).toMatch(/^### Table /m);
    expect(md).toMatch(/^\| Col \| C .* \|$/m);
    expect(md).toContain('x\\|y');
    expect(md).toMatch(/^- item /m);
    expect(md).toContain('- \\- looks like a bullet');
    expect(md).toMatch(/^### Note /m);
    expect(md).toMatch(/^### Sources$/m);
    expect(md).toContain('(2025-09-29)');
    expect(md).toMatch(/\[Permalink \(as of 2026-11-21\)\]\(http:\/\/vpn-advisor\.test\/ask\?q=[^)]*&as_of=2026-11-21\)$/);
  });

  it('through a real GFM parser, only our own links become <a>, and no user HTML survives', () => {
    const script = [
      "import { micromark } from 'micromark';",
      "import { gfm, gfmHtml } from 'micromark-extension-gfm';",
      "let s = ''; process.stdin.on('data', (d) => (s += d)).on('end', () => process.stdout.write(micromark(s, { extensions: [gfm()], htmlExtensions: [gfmHtml()] })));",
    ].join('\n');
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, input: md, encoding: 'utf8' });
    if (r.status !== 0 && /ERR_MODULE_NOT_FOUND/.test(r.stderr)) return; // micromark comes with the site's toolchain; without it, the string checks above stand
    expect(r.status).toBe(0);
    const html = r.stdout;
    const hrefs = [...html.matchAll(/<a href="([^"]*)"/g)].map((m) => m[1]);
    expect(hrefs.length).toBe(3);
    for (const h of hrefs) expect(h.startsWith(`${BASE}/`)).toBe(true);
    expect(html).not.toMatch(/<script|<img|<[^>]*onerror=|href="javascript:/);
    expect(html).not.toMatch(/<h1|<ol/);
  });

  it('percent-encodes parentheses in link targets, so an unbalanced one in the query cannot end the link', () => {
    const a = ask('sizing ) 5000 users (');
    const md2 = renderMarkdown(a);
    const last = md2.split('\n').pop()!;
    expect(last).toMatch(/^\[Permalink \(as of 2026-11-21\)\]\(http:\/\/vpn-advisor\.test\/ask\?q=[^()\s]+\)$/);
    expect(last).toContain('%29');
  });

  it('renders a real answer', () => {
    const a = ask('ports ikev2');
    expect(renderMarkdown(a)).toBe(
      [
        '## Firewall ports for IKEv2 (IPsec)',
        '',
        'IKEv2 (IPsec): UDP 500, UDP 4500, IP protocol 50.',
        '',
        '> ℹ️ **Note:** IKEv2 (IPsec) uses ports that hotel, guest and corporate networks often block; offer OpenVPN over TCP 443 as a fallback.',
        '>',
        '> ⚠️ **Warning:** Since 2026-03-31: SSTP can no longer be enabled on a gateway.',
        '>',
        '> ℹ️ **Note:** From 2027-03-31: SSTP point-to-site connections stop working.',
        '>',
        '',
        '### Dates that matter (as of 2026-11-21)',
        '',
        `- In effect since 2026-03-31: [SSTP can no longer be enabled on a gateway](${BASE}/docs/reference/changelog#sstp-enable-ends)`,
        `- Upcoming on 2027-03-31: [SSTP point-to-site connections stop working](${BASE}/docs/reference/changelog#sstp-retired)`,
        '',
        '### Outbound from the client',
        '',
        '| Tunnel | Allow | Firewalls |',
        '|---|---|---|',
        '| IKEv2 (IPsec) | UDP 500, UDP 4500, IP protocol 50 | may be blocked by firewalls and proxies |',
        '',
        '### Sources',
        '',
        `- [IKEv2 (IPsec): what the firewall must allow outbound](${BASE}/docs/reference/protocols-and-ports#ikev2-ports): UDP 500, UDP 4500, IP protocol 50 — [About point-to-site VPN](https://learn.microsoft.com/azure/vpn-gateway/point-to-site-about), Protocols (2026-08-17)`,
        `- [When the user’s network blocks IKEv2: move those users to OpenVPN](${BASE}/docs/reference/protocols-and-ports#ikev2-blocked-use-openvpn-443): OpenVPN runs over TCP 443, which most networks let out: with the tunnel type "IKEv2 and OpenVPN (SSL)" native IKEv2 clients and OpenVPN clients share one gateway, and the blocked users get an OpenVPN profile — [Transition to OpenVPN or IKEv2 from SSTP](https://learn.microsoft.com/azure/vpn-gateway/ikev2-openvpn-from-sstp), Option 2 - Remove SSTP and enable OpenVPN on the Gateway (2020-09-03)`,
        `- [What a client falls back to when IKEv2 fails](${BASE}/docs/reference/protocols-and-ports#ikev2-blocked-fallback-by-client): The Windows native client tries SSTP next, but only if the gateway also runs SSTP; the macOS native client uses IKEv2 only and has nothing to fall back to; OpenVPN over TCP 443 is the fallback available on every platform — [VPN Gateway FAQ](https://learn.microsoft.com/azure/vpn-gateway/vpn-gateway-vpn-faq), What happens when I configure both SSTP and IKEv2 for P2S VPN connections? (2026-06-04)`,
        '',
        'Source links open the live page, which shows today’s text, not the dated version cited here.',
        '',
        `- [Protocols and ports](${BASE}/docs/reference/protocols-and-ports)`,
        '',
        `[Permalink (as of 2026-11-21)](${BASE}/ask?q=ports%20ikev2&as_of=2026-11-21&kv=${KV})`,
      ].join('\n'),
    );
  });
});

describe('renderPlainText', () => {
  const plain = renderPlainText(hostile);

  it('shows user text as text, with no control characters', () => {
    expect(plain).toContain('Title <!channel>');
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are the point here
    expect(plain).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f\u009b]/);
    const withEscapes = renderPlainText({ ...hostile, title: 'x\u001b[2Jy', summary: 'bell\u0007' });
    expect(withEscapes).not.toContain('\u001b');
    expect(withEscapes).not.toContain('\u0007');
  });

  it('renders a real answer readably: title rule, findings with severity words (no internal codes), aligned table, sources, links, permalink', () => {
    const a = ask('ports ikev2');
    expect(renderPlainText(a)).toBe(
      [
        'Firewall ports for IKEv2 (IPsec)',
        '════════════════════════════════',
        'IKEv2 (IPsec): UDP 500, UDP 4500, IP protocol 50.',
        '',
        'Note: IKEv2 (IPsec) uses ports that hotel, guest and corporate networks often block; offer OpenVPN over TCP 443 as a fallback.',
        'Warning: Since 2026-03-31: SSTP can no longer be enabled on a gateway.',
        'Note: From 2027-03-31: SSTP point-to-site connections stop working.',
        '',
        'Dates that matter (as of 2026-11-21)',
        '  • In effect since 2026-03-31: SSTP can no longer be enabled on a gateway',
        '  • Upcoming on 2027-03-31: SSTP point-to-site connections stop working',
        '',
        'Outbound from the client',
        'Tunnel         Allow                              Firewalls',
        '─────────────  ─────────────────────────────────  ───────────────────────────────────────',
        'IKEv2 (IPsec)  UDP 500, UDP 4500, IP protocol 50  may be blocked by firewalls and proxies',
        '',
        'Sources',
        '  • IKEv2 (IPsec): what the firewall must allow outbound: UDP 500, UDP 4500, IP protocol 50 — About point-to-site VPN, Protocols (2026-08-17)',
        '    https://learn.microsoft.com/azure/vpn-gateway/point-to-site-about',
        '  • When the user’s network blocks IKEv2: move those users to OpenVPN: OpenVPN runs over TCP 443, which most networks let out: with the tunnel type "IKEv2 and OpenVPN (SSL)" native IKEv2 clients and OpenVPN clients share one gateway, and the blocked users get an OpenVPN profile — Transition to OpenVPN or IKEv2 from SSTP, Option 2 - Remove SSTP and enable OpenVPN on the Gateway (2020-09-03)',
        '    https://learn.microsoft.com/azure/vpn-gateway/ikev2-openvpn-from-sstp',
        '  • What a client falls back to when IKEv2 fails: The Windows native client tries SSTP next, but only if the gateway also runs SSTP; the macOS native client uses IKEv2 only and has nothing to fall back to; OpenVPN over TCP 443 is the fallback available on every platform — VPN Gateway FAQ, What happens when I configure both SSTP and IKEv2 for P2S VPN connections? (2026-06-04)',
        '    https://learn.microsoft.com/azure/vpn-gateway/vpn-gateway-vpn-faq',
        '',
        'Source links open the live page, which shows today’s text, not the dated version cited here.',
        '',
        `→ Protocols and ports: ${BASE}/docs/reference/protocols-and-ports`,
        `Permalink (as of 2026-11-21): ${BASE}/ask?q=ports%20ikev2&as_of=2026-11-21&kv=${KV}`,
      ].join('\n'),
    );
  });

  it('wraps long table cells within the width instead of cutting them, and marks critical findings', () => {
    const a = ask('compat macos certificate');
    const out = renderPlainText(a, { width: 80 });
    const table = out
      .split('\n')
      .slice(out.split('\n').indexOf('Client compatibility as of 2026-11-21') + 1, out.split('\n').indexOf('Sources'));
    for (const line of table) expect([...line].length).toBeLessThanOrEqual(80);
    expect(out).not.toContain('…');
    // The caveat at the end of the longest note survives, on a continuation line of its row.
    expect(table.join(' ').replace(/\s+/g, ' ')).toContain('(see ikev2-ports)');
    expect(renderPlainText(ask('sizing 150000 users'))).toContain(
      'Critical: No VPN Gateway SKU that can be created on 2026-11-21 carries this on its own',
    );
  });

  it('never shows a finding’s internal code: a severity word instead (the code stays in --json)', () => {
    for (const q of ['sizing 150000 users', 'sizing 5000 users', 'pool 10.0.0.0/24 vwan', 'compat macos certificate']) {
      const a = ask(q);
      const out = renderPlainText(a);
      for (const f of a.findings) {
        expect(out).not.toContain(`[${f.code}]`);
        expect(out).toContain(`${{ critical: 'Critical', warning: 'Warning', info: 'Note' }[f.severity]}: ${f.message}`);
      }
      expect(renderMarkdown(a)).not.toMatch(new RegExp(a.findings.map((f) => `\\b${f.code}\\b`).join('|') || '^$'));
    }
  });

  it('renders a usage error with what was expected and an example', () => {
    const out = renderPlainText(ask('pool 172.16.1.0/19'));
    expect(out).toContain('Did you mean 172.16.0.0/19?');
    expect(out).toContain('What I expected');
    expect(out).toContain('  • pool 172.16.0.0/19');
  });
});

describe('numbered lists (the scenario steps carry their numbers)', () => {
  const a = ask('scenario azure-only');
  const steps = a.sections.find((s) => s.type === 'list' && s.title === 'Steps');

  it('shows one number per step in plain text: no bullet before the number', () => {
    const out = renderPlainText(a);
    expect(out).not.toMatch(/• \d+\./);
    expect(out).toMatch(/^ {2}1\. If the virtual network has no VPN gateway yet/m);
    expect(out).toMatch(/^ {2}2\. Pick the gateway SKU/m);
  });

  it('is an ordered list in Markdown, one number per step', () => {
    const md = renderMarkdown(a);
    expect(md).not.toMatch(/^- \d+\\?\./m);
    expect(md).toMatch(/^1\. If the virtual network has no VPN gateway yet/m);
    expect(steps?.type === 'list' && steps.items.length).toBeGreaterThan(1);
  });

  it('leaves a list alone unless every item carries its own number in order', () => {
    const list = (items: string[]): Answer => ({ ...a, sections: [{ type: 'list', title: 'L', items }] });
    expect(renderPlainText(list(['1. one', '3. three']))).toContain('  • 1. one');
    expect(renderMarkdown(list(['2. two']))).toContain('- 2\\. two');
  });
});

/** Markdown documents → HTML through micromark with GFM (the site toolchain's parser); undefined without it. */
function toHtml(docs: string[]): string[] | undefined {
  const script = [
    "import { micromark } from 'micromark';",
    "import { gfm, gfmHtml } from 'micromark-extension-gfm';",
    "let s = ''; process.stdin.on('data', (d) => (s += d)).on('end', () => process.stdout.write(JSON.stringify(JSON.parse(s).map((m) => micromark(m, { extensions: [gfm()], htmlExtensions: [gfmHtml()] })))));",
  ].join('\n');
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
    cwd: ROOT,
    input: JSON.stringify(docs),
    encoding: 'utf8',
  });
  if (r.status !== 0 && /ERR_MODULE_NOT_FOUND/.test(r.stderr)) return undefined;
  expect(r.status).toBe(0);
  return JSON.parse(r.stdout) as string[];
}

const squash = (t: string) => t.replace(/\s+/g, ' ').trim();
/** What a reader sees of the HTML: tags dropped, entities decoded. */
const visible = (html: string) =>
  squash(
    html
      .replace(/<[^>]+>/g, ' ')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&'),
  );

/** Every string of the answer a reader should see, as the answer carries it (a numbered list's numbers are the list's). */
function answerTexts(a: Answer): string[] {
  return [
    a.title,
    a.summary,
    ...a.findings.map((f) => f.message),
    ...a.sections.flatMap((s) =>
      s.type === 'table'
        ? [s.title, ...s.columns, ...s.rows.flat()]
        : s.type === 'list'
          ? [s.title, ...(numberedItems(s.items) ?? s.items)]
          : s.type === 'note'
            ? [s.title, s.text]
            : [s.title, ...s.items.flatMap((c) => [c.command, c.why ?? ''])],
    ),
    ...a.facts.map((f) => f.title),
    ...a.links.map((l) => l.title),
  ];
}

describe('Markdown round trip: rendered by a Markdown parser, the visible text is the answer’s text', () => {
  const answers = [
    ...[
      'ports ikev2',
      'sizing 5000 users',
      'compat macos certificate',
      'pool 10.8.0.0/19 users 5000 avoid 10.0.0.0/16,192.168.0.0/24',
      'scenario azure-only',
      'routes 30',
      'bastion 500 rdp',
      'expressroute 5 gbps',
      'help',
      'sizing <!channel> users',
    ].map((q) => ask(q)),
    hostile,
  ];
  const html = toHtml(answers.map((a) => renderMarkdown(a)));

  it.each(answers.map((a, i) => [a.query, i] as const))('%s', (_q, i) => {
    if (!html) return; // micromark comes with the site's toolchain; without it, the string checks above stand
    const seen = visible(html[i]);
    for (const t of answerTexts(answers[i])) expect(seen).toContain(squash(t));
    // Nothing in the answer's text became markup: no emphasis, code, strikethrough, images or extra headings.
    expect(html[i]).not.toMatch(/<(em|code|del|img|h1|script)\b/);
    // Only our own links, all http(s).
    for (const m of html[i].matchAll(/<a href="([^"]*)"/g)) expect(m[1]).toMatch(/^https?:\/\//);
  });

  it('keeps the text as typed: no backslashes before parentheses, dots or slashes', () => {
    const md = renderMarkdown(ask('sizing 5000 users'));
    expect(md).toContain('VpnGw4AZ (Gen2)');
    expect(md).not.toMatch(/\\[().]/);
  });
});

describe('commands to ask next: each face writes them its own way', () => {
  it('the CLI writes them as the CLI is typed, Markdown links them to /ask; neither says /vpn', () => {
    const scenario = ask('scenario sstp-migration');
    const plain = renderPlainText(scenario);
    expect(plain).toContain('Ask next\n  • vpn scenario sstp-migration\n  • vpn compat windows certificate');
    expect(plain).not.toMatch(/(^|\s)\/vpn /m);
    const md = renderMarkdown(scenario);
    expect(md).toContain(`- [scenario sstp-migration](${BASE}/ask?q=scenario%20sstp-migration)`);
    expect(md).not.toMatch(/(^|\s)\/vpn /m);
  });

  it('search suggestions too, with what each command answers', () => {
    const a = ask('search which sku for 500 users');
    const section = a.sections.find((s) => s.type === 'commands');
    if (section?.type !== 'commands') throw new Error('no suggestions for this search');
    const [first] = section.items;
    expect(renderPlainText(a)).toContain(`  • vpn ${first.command} — ${first.why}`);
    expect(renderPlainText(a)).not.toMatch(/(^|\s)\/vpn /m);
  });

  it('every source line of the CLI gives the live page as a bare URL, and says once what it opens', () => {
    const plain = renderPlainText(ask('sizing 5000 users'));
    expect(plain).toMatch(/^ {4}https:\/\/learn\.microsoft\.com\/azure\/vpn-gateway\/about-gateway-skus$/m);
    expect(plain.match(/live page/g)).toHaveLength(1);
  });
});
