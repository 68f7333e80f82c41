/**
 * GET /lifecycle.ics from the real HTTP server: every upcoming lifecycle event as an all-day VEVENT,
 * checked against RFC 5545's structure by a small reader below (no calendar library is installed): CRLF
 * line endings, folding at 75 octets, TEXT escaping, stable UIDs, DTSTAMP, DTSTART;VALUE=DATE.
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { mkdtempSync, rmSync } from 'node:fs';
import { knowledgeVersion, loadKnowledge } from '../../knowledge';
import { makeAnswerer } from '../../bot/answerer';
import { createLogger, memorySink } from '../../bot/log';
import { createHttpServer } from '../../bot/server';
import { escapeIcsText, foldIcsLine, renderIcs, upcomingLifecycle } from '../../shared/changes/lifecycle-calendar';

jest.setTimeout(20_000);

const SITE = 'https://vpn.example.test';
const kb = loadKnowledge();

interface Property {
  name: string;
  params: Record<string, string>;
  value: string;
}

/** Reads an iCalendar text as RFC 5545 says, failing on anything that breaks its line rules. */
function readIcs(text: string): Array<{ name: string; props: Property[] }> {
  if (!text.endsWith('\r\n')) throw new Error('the last line does not end with CRLF');
  const physical = text.slice(0, -2).split('\r\n');
  for (const l of physical) {
    if (l.includes('\n') || l.includes('\r')) throw new Error(`a bare line break: ${JSON.stringify(l)}`);
    if (Buffer.byteLength(l, 'utf8') > 75) throw new Error(`longer than 75 octets: ${l}`);
    if (l.includes('\uFFFD')) throw new Error('a UTF-8 character was split by a fold');
  }
  // Unfold: a line starting with a space or tab continues the previous one.
  const logical: string[] = [];
  for (const l of physical) {
    if (/^[ \t]/.test(l)) {
      if (!logical.length) throw new Error('a continuation line before any content line');
      logical[logical.length - 1] += l.slice(1);
    } else logical.push(l);
  }
  const components: Array<{ name: string; props: Property[] }> = [];
  const stack: Array<{ name: string; props: Property[] }> = [];
  for (const line of logical) {
    const m = /^([A-Z0-9-]+)((?:;[A-Z0-9-]+=[^;:]*)*):(.*)$/.exec(line);
    if (!m) throw new Error(`not a content line: ${line}`);
    const [, name, rawParams, value] = m;
    const params = Object.fromEntries(
      rawParams
        .split(';')
        .filter(Boolean)
        .map((p) => p.split('=') as [string, string]),
    );
    if (name === 'BEGIN') stack.push({ name: value, props: [] });
    else if (name === 'END') {
      const open = stack.pop();
      if (open?.name !== value) throw new Error(`END:${value} closes ${open?.name ?? 'nothing'}`);
      components.push(open);
    } else {
      const top = stack[stack.length - 1];
      if (!top) throw new Error(`a property outside any component: ${line}`);
      top.props.push({ name, params, value });
    }
  }
  if (stack.length) throw new Error(`${stack.map((c) => c.name).join(', ')} not closed`);
  return components;
}

/** TEXT unescaped: \\n, \\, \\; \\, and \\\\; a lone backslash before anything else is an error. */
function unescapeText(v: string): string {
  return v.replace(/\\(.)|;|,/g, (all, c: string | undefined) => {
    if (!c) throw new Error(`an unescaped ${all} in TEXT: ${v}`);
    if (c === 'n' || c === 'N') return '\n';
    if (c === '\\' || c === ';' || c === ',') return c;
    throw new Error(`an unknown escape \\${c} in ${v}`);
  });
}

const prop = (c: { props: Property[] }, name: string) => c.props.find((p) => p.name === name);

describe('iCalendar writing rules', () => {
  it('escapes backslash, semicolon, comma and line breaks, and the reader undoes it', () => {
    const text = 'a\\b; c, d\ne\r\nf';
    expect(escapeIcsText(text)).toBe('a\\\\b\\; c\\, d\\ne\\nf');
    expect(unescapeText(escapeIcsText(text))).toBe('a\\b; c, d\ne\nf');
  });

  it('folds at 75 octets without splitting a UTF-8 character; unfolding restores the line', () => {
    const line = `SUMMARY:${'Non-AZ VpnGw1–5 SKUs – ünïcödé '.repeat(8)}`;
    const folded = foldIcsLine(line);
    const parts = folded.split('\r\n');
    expect(parts.length).toBeGreaterThan(3);
    for (const p of parts) expect(Buffer.byteLength(p, 'utf8')).toBeLessThanOrEqual(75);
    expect(parts.slice(1).every((p) => p.startsWith(' '))).toBe(true);
    expect(parts.map((p, i) => (i ? p.slice(1) : p)).join('')).toBe(line);
    expect(foldIcsLine('SHORT:x')).toBe('SHORT:x');
  });
});

describe('GET /lifecycle.ics', () => {
  let server: Server;
  let url: string;
  let site: string;

  beforeAll(async () => {
    site = mkdtempSync(path.join(os.tmpdir(), 'vpn-ics-'));
    const logger = createLogger({ sink: memorySink().sink });
    server = createHttpServer({
      answer: makeAnswerer(kb, () => SITE, '2026-11-21'),
      logger,
      siteDir: site,
      slackMode: 'off',
      check: { kb, base: () => SITE, asOf: '2026-11-21' },
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/lifecycle.ics`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((r) => server.close(r));
    rmSync(site, { recursive: true, force: true });
  });

  it('serves a valid calendar with every event still ahead on the day, each linking to its fact and guide', async () => {
    const res = await fetch(url);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    const text = await res.text();
    const components = readIcs(text);
    const calendar = components.find((c) => c.name === 'VCALENDAR')!;
    expect(prop(calendar, 'VERSION')?.value).toBe('2.0');
    expect(prop(calendar, 'PRODID')?.value).toBeTruthy();

    const events = components.filter((c) => c.name === 'VEVENT');
    const ahead = kb.lifecycle.filter((e) => e.date >= '2026-11-21' || (e.endDate ?? '') >= '2026-11-21');
    expect(events.map((e) => prop(e, 'UID')?.value).sort()).toEqual(ahead.map((e) => `${e.id}@vpn-advisor`).sort());
    expect(events.length).toBeGreaterThanOrEqual(3);
    const kv = knowledgeVersion(kb).replace(/-/g, '');
    for (const e of events) {
      expect(prop(e, 'DTSTAMP')?.value).toBe(`${kv}T000000Z`);
      const start = prop(e, 'DTSTART')!;
      expect(start.params).toEqual({ VALUE: 'DATE' });
      expect(start.value).toMatch(/^\d{8}$/);
      expect(prop(e, 'DTEND')!.value > start.value).toBe(true);
      expect(unescapeText(prop(e, 'SUMMARY')!.value).length).toBeGreaterThan(3);
      expect(unescapeText(prop(e, 'DESCRIPTION')!.value)).toContain(`Changelog: ${SITE}/docs/reference/changelog#`);
    }

    const sstp = events.find((e) => prop(e, 'UID')?.value === 'sstp-retired@vpn-advisor')!;
    expect(prop(sstp, 'DTSTART')?.value).toBe('20270331');
    expect(prop(sstp, 'DTEND')?.value).toBe('20270401');
    expect(unescapeText(prop(sstp, 'SUMMARY')!.value)).toBe('SSTP point-to-site connections stop working');
    expect(unescapeText(prop(sstp, 'DESCRIPTION')!.value)).toContain(`Migration guide: `);
    expect(unescapeText(prop(sstp, 'DESCRIPTION')!.value)).toContain(`${SITE}/docs/scenarios/sstp-migration`);
    const entra = events.find((e) => prop(e, 'UID')?.value === 'entra-manual-app-retired-public@vpn-advisor')!;
    expect(prop(entra, 'URL')?.value).toBe(`${SITE}/docs/reference/authentication#entra-audience-manual`);
  });

  it('is the same text on every request (stable UIDs and DTSTAMP), and HEAD has no body', async () => {
    const [a, b] = await Promise.all([fetch(url).then((r) => r.text()), fetch(url).then((r) => r.text())]);
    expect(a).toBe(b);
    const head = await fetch(url, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });

  it('an event drops out once its date has passed; a text with every special character stays valid', () => {
    const later = upcomingLifecycle(kb, '2028-06-01', SITE).map((e) => e.id);
    expect(later).toEqual(['entra-manual-app-retired-gov']);
    const odd = upcomingLifecycle(kb, '2026-11-21', SITE).map((e) => ({
      ...e,
      title: 'Semi; comma, back\\slash\nnew line',
      note: 'ü'.repeat(100),
    }));
    const [event] = readIcs(renderIcs(odd, kb)).filter((c) => c.name === 'VEVENT');
    expect(unescapeText(prop(event, 'SUMMARY')!.value)).toBe('Semi; comma, back\\slash\nnew line');
  });
});
