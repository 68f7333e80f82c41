/**
 * The command registry: every declaration is complete, every declared example answers without a usage
 * error, every answer validates against the schema, carries its facts with source, date and link,
 * and its permalink reproduces it.
 */
import { AnswerSchema, commands, findCommand, paths } from '../../../shared';
import type { Answer } from '../../../shared';
import { AS_OF, BASE, ask, loadKnowledge } from '../../support/knowledge-fixture';
import { sourcePageUrl } from '../../../knowledge';

const kb = loadKnowledge();

const examples = commands.flatMap((c) => c.examples.map((e) => [c.name, e] as const));
const answered = (e: string) => ask(e);

/** Answers that list things (help, the scenario list, the topic list, search) cite no facts of their own. */
const listsOnly = new Set(['help', 'help sizing', 'scenario', 'limits']);

describe('declarations', () => {
  it.each(commands.map((c) => [c.name, c] as const))('%s has a summary, a usage line and examples that start with its name', (name, c) => {
    expect(c.summary.length).toBeGreaterThan(20);
    expect(c.usage.startsWith(name)).toBe(true);
    expect(c.examples.length).toBeGreaterThan(0);
    for (const e of c.examples) expect(e.split(' ')[0]).toBe(name);
    expect(findCommand(name)).toBe(c);
    expect(findCommand(name.toUpperCase())).toBe(c);
  });

  it('names are unique and no alias shadows another command', () => {
    const names = commands.map((c) => c.name);
    expect(new Set(names).size).toBe(names.length);
    for (const c of commands) for (const a of c.aliases) expect(names.filter((n) => n !== c.name)).not.toContain(a);
  });

  it('help is built from the declarations', () => {
    const a = ask('help');
    const table = a.sections[0];
    expect(table.type === 'table' && table.rows.map((r) => [r[0], r[1], r[2]])).toEqual(
      commands.map((c) => [c.name, c.summary, `/vpn ${c.examples[0]}`]),
    );
    for (const c of commands) {
      const one = ask(`help ${c.name}`);
      expect(one.data).toMatchObject({ command: c.name, usage: c.usage, examples: [...c.examples] });
    }
  });
});

describe('every declared example', () => {
  it.each(examples)('%s: "%s" answers without a usage error and validates', (name, example) => {
    const a = answered(example);
    if (a.kind !== 'answer') throw new Error(`usage error: ${a.error?.message}`);
    expect(a.command).toBe(name);
    expect(AnswerSchema.safeParse(a).success).toBe(true);
    expect(a.asOf).toBe(AS_OF);
    expect(a.query).toBe(example);
    expect(a.title.length).toBeGreaterThan(0);
    expect(a.summary.length).toBeGreaterThan(10);
    if (name !== 'search' && !listsOnly.has(example)) expect(a.facts.length).toBeGreaterThan(0);
  });

  it.each(examples)('%s: "%s" cites every fact with source, section, date and a stable anchor', (_name, example) => {
    const a = answered(example);
    for (const f of a.facts) {
      const fact = kb.factById.get(f.id)!;
      expect(fact).toBeDefined();
      expect(f.value).toEqual(fact.value);
      const src = kb.sourceById.get(f.source.id)!;
      const pageUrl = sourcePageUrl(src);
      expect(f.source).toEqual({
        id: src.id,
        title: src.title,
        path: src.path,
        section: fact.source.section,
        ...(pageUrl ? { pageUrl } : {}),
      });
      expect(f.source.section.length).toBeGreaterThan(0);
      expect(f.date).toBe(src.date);
      if (f.date === null) expect(src.dateNote).toBeTruthy();
      else expect(f.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(f.url).toBe(`${BASE}${paths.fact(fact.topic, fact.id)}`);
      expect(fact.status).toBe('current');
    }
  });

  it.each(examples)('%s: "%s" links only to the site and its permalink carries as_of and reproduces the answer', (_name, example) => {
    const a = answered(example);
    for (const l of a.links) expect(l.url.startsWith(`${BASE}/`)).toBe(true);
    const url = new URL(a.permalink);
    expect(`${url.origin}${url.pathname}`).toBe(`${BASE}/ask`);
    expect(url.searchParams.get('as_of')).toBe(AS_OF);
    expect(url.searchParams.get('q')).toBe(example);
    expect(ask(url.searchParams.get('q')!, { asOf: url.searchParams.get('as_of')! })).toEqual(a);
  });
});

describe('usage errors', () => {
  const bad: Array<[string, string]> = [
    ['sizing -5 users', 'bad_users'],
    ['sizing lots users', 'users_not_a_number'],
    ['sizing 0 users', 'bad_users'],
    ['sizing 2.5 users', 'bad_users'],
    ['sizing 99999999999999999999 users', 'bad_users'],
    ['sizing', 'users_missing'],
    ['sizing 5000 users 3000 users', 'two_user_counts'],
    ['sizing 5000 users banana', 'unknown_word'],
    ['sizing 5000 users from VpnGw9', 'unknown_sku'],
    ['sizing 5000 users from', 'from_missing_sku'],
    ['sizing 5000 users -2 mbps', 'bad_bandwidth'],
    ['sizing 5000 users 0 sites', 'bad_sites'],
    ['pool 999.1.1.1/24', 'cidr_invalid'],
    ['pool 172.16.1.0/19', 'cidr_misaligned'],
    ['pool 10.0.0.0/33', 'cidr_invalid'],
    ['pool 10.0.0.0', 'cidr_missing_prefix'],
    ['pool', 'pool_missing'],
    ['pool 10.0.0.0/16 avoid 10.1.2.3/16', 'cidr_misaligned'],
    ['pool 10.0.0.0/16 users many', 'bad_users'],
    ['pool 10.0.0.0/16 42', 'unknown_number'],
    ['pool 10.0.0.0/16 please-split', 'unknown_word'],
    ['compat', 'compat_empty'],
    ['compat beos', 'unknown_word'],
    ['compat macos windows', 'two_oses'],
    ['routes', 'routes_missing'],
    ['routes -3', 'bad_count'],
    ['routes 10.0.0.1/16', 'cidr_misaligned'],
    ['routes lots', 'cidr_invalid'],
    ['bastion', 'sessions_missing'],
    ['bastion rdp', 'count_missing'],
    ['bastion 10 ftp', 'unknown_word'],
    ['expressroute', 'bandwidth_missing'],
    ['expressroute 5', 'unit_missing'],
    ['expressroute 0 gbps', 'bad_bandwidth'],
    ['expressroute 5 gbps 0 circuits', 'bad_circuits'],
    ['ports pptp', 'unknown_tunnel'],
    ['help frobnicate', 'unknown_command'],
  ];

  it.each(bad)('"%s" → %s, with what was wrong, what was expected and an example that works', (input, code) => {
    const a: Answer = ask(input);
    expect(AnswerSchema.safeParse(a).success).toBe(true);
    expect(a.kind).toBe('usage_error');
    expect(a.error?.code).toBe(code);
    expect(a.error!.message.length).toBeGreaterThan(10);
    expect(a.error!.expected.length).toBeGreaterThan(3);
    expect(a.summary).toBe(a.error!.message);
    const example = ask(a.error!.example);
    expect([example.kind, example.error?.message]).toEqual(['answer', undefined]);
    expect(new URL(a.permalink).searchParams.get('as_of')).toBe(AS_OF);
  });

  it('pool 172.16.1.0/19 suggests the aligned block 172.16.0.0/19', () => {
    const a = ask('pool 172.16.1.0/19');
    expect(a.error!.message).toContain('Did you mean 172.16.0.0/19?');
    expect(a.error!.example).toBe('pool 172.16.0.0/19');
  });

  it('pool 999.1.1.1/24 says which part is wrong', () => {
    expect(ask('pool 999.1.1.1/24').error!.message).toMatch(/between 0 and 255/);
  });

  it('a command longer than the limit is refused without being read', () => {
    const a = ask(`sizing ${'5000 '.repeat(200)}users`);
    expect(a.kind).toBe('usage_error');
    expect(a.error!.code).toBe('too_long');
    expect(a.query.length).toBeLessThanOrEqual(500);
  });
});

describe('text that names no command', () => {
  it('goes to search; empty text gives help', () => {
    expect(ask('why only 128 users').command).toBe('search');
    expect(ask('').command).toBe('help');
    expect(ask('   ').command).toBe('help');
    expect(ask('/vpn').command).toBe('help');
  });
});
