/**
 * Knowledge model (and, when present, the site's guide prose) → search documents. One document per
 * thing a support engineer might be looking for: a fact (current or superseded), a lifecycle date,
 * a client-matrix cell, a conflict between sources, a scenario, a reference page, a command, a
 * section of a scenario guide. Each knows its page URL and anchor from shared/site-urls.ts.
 *
 * Pure and browser-safe: the Node script reads the guide files and passes them in.
 */
import type { ClientMatrixRow, Conflict, Fact, KnowledgeBase, LifecycleEvent, Scenario, Topic } from '../../knowledge';
import { AUTH_LABEL, CLIENT_STATUS_LABEL, OS_LABEL } from '../../knowledge/labels';
import {
  clientMatrixFactId,
  factsFromBastionSku,
  factsFromErGateway,
  factsFromGatewaySku,
  factsFromPoolRequirement,
  factsFromUserVpnScaleUnit,
} from '../../knowledge/derive';
import type { CommandSpec } from '../commands/command-spec';
import { formatFactValue } from '../format';
import { paths, referencePages } from '../site-urls';
import { referencePageInfo } from './pages';

const documentKinds = ['fact', 'lifecycle', 'client-matrix', 'conflict', 'scenario', 'guide', 'reference', 'command'] as const;
export type DocumentKind = (typeof documentKinds)[number];

/** One thing search can find. Fields marked "indexed" are searched; the rest are stored for display and ranking. */
export interface SearchDocument {
  /** `<kind>:<id>`, unique. */
  id: string;
  kind: DocumentKind;
  /** Indexed (boosted most). */
  title: string;
  /** Site path with anchor, e.g. /docs/reference/point-to-site#sstp-max-connections. */
  url: string;
  /** Where it lives on the site, for display: "Reference › Point-to-site". */
  section: string;
  /** A short plain text to show under the title (after the value, which is shown on its own). */
  snippet: string;
  /** A fact's value, formatted with its unit; a lifecycle event's date; a matrix cell's status. */
  value?: string;
  /** Only for history: superseded facts are kept, labelled and ranked lower. */
  status?: 'superseded';
  /** The fact that replaced a superseded one (its title), for the label. */
  supersededBy?: string;
  /** Product names this document is about (space-separated, lowercase: "vpngw2az"); drives SKU routing. */
  entity?: string;
  /** 1 when the document is one cell of a per-SKU table: a general question prefers general facts. */
  cell?: 1;
  /** Near-duplicate groups (space-separated keys); results show the best of a group first, the rest lower. */
  group?: string;
  /** Importance prior (1 = neutral): how often the rest of the model cites it, and its kind. */
  prior: number;
  /** ISO date that matters for the answer (lifecycle date, a matrix cell's end or start). */
  date?: string;
  /** Indexed (boosted): tags, aliases, id words and other field terms. Not stored. */
  keywords: string;
  /** Indexed: the body. Not stored. */
  text: string;
}

/** Prose of one scenario guide page (site/docs/scenarios/*.mdx), section by section. */
export interface GuidePage {
  url: string;
  title: string;
  sections: { heading: string; anchor: string; text: string }[];
}

/** What search needs from a command declaration (a CommandSpec has all of it). */
export type CommandDeclaration = Pick<CommandSpec, 'name' | 'aliases' | 'searchHints' | 'summary' | 'usage' | 'examples'>;

const SNIPPET_MAX = 260;
const GUIDE_TEXT_MAX = 2400;

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const LIFECYCLE_WORDS: Readonly<Record<LifecycleEvent['kind'], string>> = {
  'creation-ends': 'creation ends, no new gateways can be created',
  'enable-ends': 'can no longer be enabled',
  retired: 'retired, retirement, stops working, end of life',
  deprecated: 'deprecated, deprecation',
  available: 'available, released',
  'migration-window': 'migration window, migrate, upgrade',
};

/** Words each per-SKU table field answers to, so "VpnGw2AZ users" finds the connection cells. */
const CELL_FIELD_WORDS: readonly [suffix: RegExp, words: string][] = [
  [/-s2s-tunnels$/, 'site-to-site tunnels sites branches VNet-to-VNet connections'],
  [/-p2s-sstp$/, 'SSTP users connections concurrent clients'],
  [/-p2s-ikev2-openvpn$/, 'IKEv2 OpenVPN users connections concurrent clients'],
  [/-connections$/, 'users connections concurrent clients'],
  [/-throughput$/, 'throughput bandwidth speed capacity'],
  [/-supported-vms$/, 'VMs virtual machines'],
  [/-(rdp|ssh)-per-instance$/, 'sessions users concurrent'],
  [/-max-sessions$/, 'sessions users concurrent'],
];

/** Product names whose mention in a title makes a document "about" that product (SKU routing). */
const NAMED_PRODUCT = /\b(VpnGw\d(?:AZ)?|ErGw\dAz|ErGwScale)\b/gi;
/** Client platforms, the other thing questions name ("mac users …"): title word → entity. */
const NAMED_OS: readonly [RegExp, ClientMatrixRow['os']][] = [
  [/\bWindows\b/, 'windows'],
  [/\b(?:macOS|Mac)\b/, 'macos'],
  [/\bLinux\b/, 'linux'],
  [/\biOS\b/, 'ios'],
  [/\bAndroid\b/, 'android'],
];

/** Products and platforms a title names, as entity terms (lowercase, as the analyzer writes them). */
function titleEntities(title: string): { products: string[]; platforms: string[] } {
  return {
    products: [...new Set([...title.matchAll(NAMED_PRODUCT)].map((m) => m[1].toLowerCase()))],
    platforms: NAMED_OS.filter(([re]) => re.test(title)).map(([, os]) => os),
  };
}

function humanDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

function clip(text: string, max = SNIPPET_MAX): string {
  const t = text.replace(/\s+/g, ' ').trim();
  if (t.length <= max) return t;
  const cut = t.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > max * 0.6 ? cut.slice(0, space) : cut}…`;
}

function words(...parts: (string | undefined | false | null | readonly (string | undefined)[])[]): string {
  return parts
    .flat()
    .filter((p): p is string => typeof p === 'string' && p.length > 0)
    .join(' \n ');
}

const topicTitle = (t: Topic) => referencePageInfo[t].title;
const idWords = (id: string) => id.replace(/-/g, ' ');

/** How often the rest of the model points at each fact: scenario steps, matrix rows, conflicts. */
function citations(kb: KnowledgeBase): Map<string, number> {
  const n = new Map<string, number>();
  const add = (id: string | undefined) => id && n.set(id, (n.get(id) ?? 0) + 1);
  for (const s of kb.scenarios) new Set([...s.facts, ...s.steps.flatMap((st) => st.facts)]).forEach(add);
  for (const r of kb.clientMatrix) add(r.minOsFact);
  for (const c of kb.conflicts) c.facts.forEach(add);
  return n;
}

interface TableCell {
  entity: string;
  words: string;
  /** The table column ("p2s-sstp"), for derived cells. */
  field?: string;
}

/**
 * Fact id → product and field words, for every cell of the per-SKU tables, plus the label prefix
 * ("Bastion Standard:", "VpnGw2AZ (Gen2):") of each row, so hand-written facts about one row count too.
 */
function tableCells(kb: KnowledgeBase): { byId: Map<string, TableCell>; byLabel: [label: string, entity: string][] } {
  const byId = new Map<string, TableCell>();
  const labels = new Map<string, string>();
  const add = (facts: { id: string; title: string }[], entity: string) => {
    for (const f of facts) {
      const field =
        /-(s2s-tunnels|p2s-sstp|p2s-ikev2-openvpn|throughput|bgp|zone-redundant|supported-vms|rdp-per-instance|ssh-per-instance|instances-min|instances-max|max-sessions|pps|flows|routes|max-circuits|fastpath|connections)$/.exec(
          f.id,
        )?.[1];
      byId.set(f.id, {
        entity: entity.toLowerCase(),
        words: CELL_FIELD_WORDS.find(([re]) => re.test(f.id))?.[1] ?? '',
        ...(field ? { field } : {}),
      });
      const colon = f.title.indexOf(':');
      if (colon > 0 && entity !== 'scale-unit') labels.set(`${f.title.slice(0, colon)}:`, entity.toLowerCase());
    }
  };
  for (const s of kb.gatewaySkus) add(factsFromGatewaySku(s), s.name);
  for (const g of kb.erGateways) add(factsFromErGateway(g), (/ErGw\w+/i.exec(g.name) ?? [g.id])[0]);
  for (const b of kb.bastionSkus) add(factsFromBastionSku(b), b.name);
  for (const u of kb.userVpnScaleUnits) add(factsFromUserVpnScaleUnit(u), 'scale-unit');
  for (const p of kb.poolRequirements) add(factsFromPoolRequirement(p), 'scale-unit');
  return { byId, byLabel: [...labels] };
}

function cellOf(f: Fact, cells: ReturnType<typeof tableCells>): TableCell | undefined {
  const direct = cells.byId.get(f.id);
  if (direct) return direct;
  const row = cells.byLabel.find(([label]) => f.title.startsWith(label));
  return row ? { entity: row[1], words: '' } : undefined;
}

function factDocument(kb: KnowledgeBase, f: Fact, cited: number, cell: TableCell | undefined): SearchDocument {
  const value = formatFactValue(f);
  const current = f.supersededBy ? kb.factById.get(f.supersededBy) : undefined;
  const named = titleEntities(f.title);
  const entity = [...new Set([...(cell && cell.entity !== 'scale-unit' ? [cell.entity] : []), ...named.products, ...named.platforms])].join(
    ' ',
  );
  const superseded = f.status === 'superseded';
  const lead = superseded && current ? `Superseded by: ${current.title} (${formatFactValue(current)}). ` : '';
  const detail = f.unknown ? `Unknown: ${f.unknown}` : (f.note ?? '');
  return {
    id: `fact:${f.id}`,
    kind: 'fact',
    title: f.title,
    url: paths.fact(f.topic, f.id),
    section: `Reference › ${topicTitle(f.topic)}`,
    snippet: clip(`${lead}${detail}`),
    value,
    ...(superseded ? { status: 'superseded' as const, ...(current ? { supersededBy: current.title } : {}) } : {}),
    ...(entity ? { entity } : {}),
    ...(cell || named.products.length ? { cell: 1 as const } : {}),
    // the same column of a per-SKU table: one row is an answer, five rows are noise
    ...(cell?.field ? { group: `column:${cell.field}` } : {}),
    // Gen2 before Gen1 when a SKU has both (the product's sizing rule), otherwise equal
    prior: round((superseded ? 0.45 : 1) * (1 + 0.12 * Math.min(cited, 4)) * (cell && /\(Gen2\):/.test(f.title) ? 1.02 : 1)),
    ...(f.effective ? { date: f.effective } : {}),
    keywords: words(f.tags, idWords(f.id), cell?.words, typeof f.value === 'number' ? String(f.value) : undefined),
    text: words(value, f.unit, f.note, f.unknown, f.source.section, lead),
  };
}

function subjectName(kb: KnowledgeBase, id: string): string {
  return (
    kb.gatewaySkus.find((s) => s.id === id)?.name ??
    kb.clients.find((c) => c.id === id)?.name ??
    kb.protocols.find((p) => p.id === id)?.name ??
    kb.authMethods.find((a) => a.id === id)?.name ??
    idWords(id)
  );
}

function lifecycleDocument(kb: KnowledgeBase, e: LifecycleEvent): SearchDocument {
  const when = e.endDate ? `${e.date} – ${e.endDate}` : e.date;
  const subjects = [...new Set(e.subjects.map((s) => subjectName(kb, s)))];
  const dates = [e.date, e.endDate].filter((d): d is string => !!d).map(humanDate);
  const named = titleEntities(`${e.title} ${subjects.join(' ')}`);
  const entity = [...named.products, ...named.platforms].join(' ');
  return {
    id: `lifecycle:${e.id}`,
    kind: 'lifecycle',
    title: e.title,
    url: paths.lifecycle(e.id),
    section: 'Changelog › Lifecycle dates',
    snippet: clip(e.note ?? LIFECYCLE_WORDS[e.kind]),
    value: when,
    prior: 1.1,
    ...(entity ? { entity } : {}),
    date: e.date,
    keywords: words(LIFECYCLE_WORDS[e.kind], idWords(e.id), e.subjects.map(idWords)),
    text: words(dates, subjects.join(', '), e.note, e.source.section),
  };
}

function matrixDocument(kb: KnowledgeBase, r: ClientMatrixRow): SearchDocument {
  const tunnel = kb.protocols.find((p) => p.id === r.tunnel)?.name ?? r.tunnel;
  const auth = kb.authMethods.find((a) => a.id === r.auth);
  const clients = r.clients.map((c) => kb.clients.find((x) => x.id === c)?.name ?? c);
  const minOs = r.minOsFact ? kb.factById.get(r.minOsFact) : undefined;
  const window = [r.availableFrom && `from ${r.availableFrom}`, r.availableUntil && `until ${r.availableUntil}`].filter(Boolean).join(' ');
  const value = `${CLIENT_STATUS_LABEL[r.status]}${window ? ` ${window}` : ''}${clients.length ? `: ${clients.join(', ')}` : ''}`;
  const lead =
    r.status === 'supported'
      ? minOs
        ? `Minimum: ${formatFactValue(minOs)}.`
        : ''
      : `${r.reason ?? ''}${r.instead ? ` Instead: ${r.instead}` : ''}`;
  return {
    id: `client-matrix:${r.id}`,
    kind: 'client-matrix',
    title: `${OS_LABEL[r.os]} with ${AUTH_LABEL[r.auth]} over ${tunnel.replace(/ \(.*\)$/, '')}`,
    // the row's fact carries its anchor on the compatibility page
    url: paths.fact('client-compatibility', clientMatrixFactId(r)),
    section: 'Reference › Client compatibility',
    snippet: clip(`${lead} ${r.caveats.join(' ')}`),
    value,
    prior: 1.1,
    // one cell of the OS × sign-in × tunnel table: about its OS, and second to general facts when no OS is named
    entity: r.os,
    cell: 1,
    // near-duplicates: the same sign-in and tunnel on each OS; the same "no" on one OS
    group: `${r.auth}:${r.tunnel}${r.status === 'supported' ? '' : ` ${r.os}:${r.status}`}`,
    ...((r.availableUntil ?? r.availableFrom) ? { date: r.availableUntil ?? r.availableFrom } : {}),
    keywords: words(
      OS_LABEL[r.os],
      AUTH_LABEL[r.auth],
      auth?.aliases,
      tunnel,
      'client compatibility which vpn client works',
      CLIENT_STATUS_LABEL[r.status],
    ),
    text: words(
      clients,
      minOs && formatFactValue(minOs),
      r.caveats,
      r.reason,
      r.instead,
      [r.availableFrom, r.availableUntil].filter((d): d is string => !!d).map(humanDate),
    ),
  };
}

function conflictDocument(c: Conflict): SearchDocument {
  const verdict =
    c.verdict.status === 'resolved'
      ? `Current: ${c.values[c.verdict.current].value}`
      : 'Unresolved: answers show every value with its date';
  return {
    id: `conflict:${c.id}`,
    kind: 'conflict',
    title: `Conflict ${c.number}: ${c.topic}`,
    url: paths.conflict(c.id),
    section: 'Reference › Conflicts between sources',
    snippet: clip(c.verdict.reason),
    value: clip(verdict, 160),
    prior: 0.6,
    keywords: words(
      'conflict: sources disagree, versions differ, changed over time, which value is right or correct, outdated or older docs',
      c.facts.map(idWords),
    ),
    text: words(
      c.values.map((v) => v.value),
      c.verdict.reason,
    ),
  };
}

function scenarioDocument(kb: KnowledgeBase, s: Scenario): SearchDocument {
  return {
    id: `scenario:${s.id}`,
    kind: 'scenario',
    title: s.title,
    url: paths.scenario(s.id),
    section: 'Scenario guides',
    snippet: clip(s.summary),
    prior: 1.15,
    keywords: words(idWords(s.id), s.services, s.commands, 'scenario guide design'),
    text: words(
      s.summary,
      s.whenItFits,
      s.whenNot,
      s.steps.map((st) => st.text),
      s.facts.map((id) => kb.factById.get(id)?.title),
    ),
  };
}

function guideDocuments(g: GuidePage): SearchDocument[] {
  return g.sections.map((sec, i) => {
    const top = i === 0 && !sec.anchor;
    return {
      id: `guide:${g.url}#${sec.anchor || i}`,
      kind: 'guide' as const,
      title: top || !sec.heading ? g.title : `${g.title} › ${sec.heading}`,
      url: sec.anchor ? `${g.url}#${sec.anchor}` : g.url,
      section: `${g.url.startsWith(paths.guide('')) ? 'Guide' : 'Scenario guide'} › ${g.title}`,
      snippet: clip(sec.text),
      prior: 1,
      keywords: words(sec.heading),
      text: clip(sec.text, GUIDE_TEXT_MAX),
    };
  });
}

function referenceDocuments(): SearchDocument[] {
  return referencePages.map((p) => ({
    id: `reference:${p}`,
    kind: 'reference' as const,
    title: referencePageInfo[p].title,
    url: paths.reference(p),
    section: 'Reference',
    snippet: clip(referencePageInfo[p].about),
    prior: 0.8,
    keywords: words(idWords(p), 'reference table'),
    text: referencePageInfo[p].about,
  }));
}

function commandDocument(c: CommandDeclaration): SearchDocument {
  return {
    id: `command:${c.name}`,
    kind: 'command',
    title: `The ${c.name} command`,
    url: paths.command(c.name),
    section: 'Commands',
    snippet: clip(`${c.summary} Example: ${c.examples[0] ?? c.name}`),
    value: c.usage,
    prior: 0.75,
    keywords: words(c.name, c.aliases, c.searchHints ?? []),
    text: words(c.summary, c.usage, c.examples),
  };
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

/**
 * Every document search knows, in a stable order. `guides` is the site's scenario prose when the
 * caller can read it; `commands` the command declarations (the registry's specs).
 */
export function buildSearchDocuments(
  kb: KnowledgeBase,
  guides: readonly GuidePage[] = [],
  commands: readonly CommandDeclaration[] = [],
): SearchDocument[] {
  const cited = citations(kb);
  const cells = tableCells(kb);
  // a client-matrix row is indexed once, as its richer matrix document (clients, caveats, what instead)
  const matrixFacts = new Set(kb.clientMatrix.map(clientMatrixFactId));
  return [
    ...kb.facts.filter((f) => !matrixFacts.has(f.id)).map((f) => factDocument(kb, f, cited.get(f.id) ?? 0, cellOf(f, cells))),
    ...kb.lifecycle.map((e) => lifecycleDocument(kb, e)),
    ...kb.clientMatrix.map((r) => matrixDocument(kb, r)),
    ...kb.conflicts.map(conflictDocument),
    ...kb.scenarios.map((s) => scenarioDocument(kb, s)),
    ...guides.flatMap(guideDocuments),
    ...referenceDocuments(),
    ...commands.map(commandDocument),
  ];
}
