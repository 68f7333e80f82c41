/**
 * The calculators' forms: each form's state ↔ its URL query (so a calculator can be shared), and the
 * command text it asks the engine. The calculators never compute an answer themselves: they build
 * the words a person would type to the bot and call the same `runCommand`, so the calculator, Slack
 * and the CLI agree by construction. Relative imports: jest imports this module directly.
 */
import { OS_LABEL } from '../../../knowledge/labels';
import type { Auth, KnowledgeBase, Os, Tunnel } from '../../../knowledge';
import { AuthSchema, OsSchema, TunnelSchema } from '../../../knowledge/schema/common';
import { isoDate } from './date';

type Query = Record<string, string | undefined>;

export interface Calculator<F> {
  id: 'sizing' | 'pool' | 'compat';
  initial: F;
  fromQuery(q: URLSearchParams, kb: KnowledgeBase): F;
  toQuery(f: F): Query;
  /** The command text, as typed to the bot; undefined while the form has too little to ask. */
  command(f: F, kb: KnowledgeBase): string | undefined;
}

/** A typed value as one command word: whatever it is, it can't add words (flags, units) of its own. */
function word(v: string): string {
  return v.trim().replace(/\s+/g, '');
}

const flag = (on: boolean) => (on ? '1' : undefined);
const isOn = (v: string | null) => v === '1' || v === 'true' || v === 'yes';
const text = (q: URLSearchParams, key: string, max = 100) => (q.get(key) ?? '').slice(0, max);
const oneOf = <T extends string>(v: string | null, allowed: readonly T[]): T | '' => (allowed.includes(v as T) ? (v as T) : '');

// ---------------------------------------------------------------- sizing

export const sizingProtocols = ['', 'ikev2', 'openvpn', 'sstp', 'sstp ikev2', 'sstp openvpn'] as const;
export type SizingProtocol = (typeof sizingProtocols)[number];

export interface SizingForm {
  users: string;
  mbps: string;
  protocol: SizingProtocol;
  zoneRedundant: boolean;
  sites: string;
  /** Gateway SKU id of the current gateway, or ''. */
  from: string;
  asOf: string;
}

export const sizingCalculator: Calculator<SizingForm> = {
  id: 'sizing',
  initial: { users: '1000', mbps: '', protocol: '', zoneRedundant: false, sites: '', from: '', asOf: '' },
  fromQuery: (q, kb) => ({
    users: text(q, 'users', 20),
    mbps: text(q, 'mbps', 20),
    protocol: oneOf(q.get('protocol'), sizingProtocols),
    zoneRedundant: isOn(q.get('zr')),
    sites: text(q, 'sites', 20),
    from: kb.gatewaySkus.some((s) => s.id === q.get('from')) ? q.get('from')! : '',
    asOf: isoDate(q.get('as_of')) ?? '',
  }),
  toQuery: (f) => ({
    users: f.users.trim(),
    mbps: f.mbps.trim(),
    protocol: f.protocol,
    zr: flag(f.zoneRedundant),
    sites: f.sites.trim(),
    from: f.from,
    as_of: f.asOf,
  }),
  command(f, kb) {
    const parts = ['sizing'];
    if (f.users.trim()) parts.push(`${word(f.users)} users`);
    if (f.mbps.trim()) parts.push(`${word(f.mbps)} mbps each`);
    if (f.protocol) parts.push(f.protocol);
    if (f.sites.trim()) parts.push(`${word(f.sites)} sites`);
    if (f.zoneRedundant) parts.push('zone-redundant');
    const sku = kb.gatewaySkus.find((s) => s.id === f.from);
    if (sku) parts.push(`from ${sku.name}${sku.generation ? ` ${sku.generation.toLowerCase()}` : ''}`);
    return parts.join(' ');
  },
};

// ---------------------------------------------------------------- pool

export interface PoolForm {
  cidr: string;
  users: string;
  /** Ranges to avoid, as typed (commas, spaces or new lines between them). */
  avoid: string;
  protocols: Tunnel[];
  virtualWan: boolean;
  scaleUnits: string;
  activeActive: boolean;
  asOf: string;
}

const tunnels = TunnelSchema.options;

function avoidList(avoid: string): string[] {
  return avoid.split(/[\s,;]+/).filter(Boolean);
}

export const poolCalculator: Calculator<PoolForm> = {
  id: 'pool',
  initial: { cidr: '172.16.0.0/22', users: '', avoid: '', protocols: [], virtualWan: false, scaleUnits: '', activeActive: false, asOf: '' },
  fromQuery: (q) => ({
    cidr: text(q, 'cidr', 60),
    users: text(q, 'users', 20),
    avoid: text(q, 'avoid', 400),
    protocols: tunnels.filter((t) => (q.get('proto') ?? '').split(',').includes(t)),
    virtualWan: isOn(q.get('vwan')),
    scaleUnits: text(q, 'su', 20),
    activeActive: isOn(q.get('aa')),
    asOf: isoDate(q.get('as_of')) ?? '',
  }),
  toQuery: (f) => ({
    cidr: f.cidr.trim(),
    users: f.users.trim(),
    avoid: avoidList(f.avoid).join(','),
    proto: tunnels.filter((t) => f.protocols.includes(t)).join(','),
    vwan: flag(f.virtualWan),
    su: f.virtualWan ? f.scaleUnits.trim() : undefined,
    aa: flag(f.activeActive),
    as_of: f.asOf,
  }),
  command(f) {
    if (!f.cidr.trim()) return undefined;
    const parts = ['pool', word(f.cidr)];
    parts.push(...tunnels.filter((t) => f.protocols.includes(t)));
    if (f.users.trim()) parts.push(`users ${word(f.users)}`);
    const avoid = avoidList(f.avoid);
    if (avoid.length) parts.push(`avoid ${avoid.join(',')}`);
    if (f.virtualWan) parts.push(f.scaleUnits.trim() ? `virtual-wan ${word(f.scaleUnits)} scale units` : 'virtual-wan');
    if (f.activeActive) parts.push('active-active');
    return parts.join(' ');
  },
};

// ---------------------------------------------------------------- compat

export interface CompatForm {
  os: Os | '';
  auth: Auth | '';
  tunnel: Tunnel | '';
  asOf: string;
}

export const osOptions = OsSchema.options;
export const authOptions = AuthSchema.options;
export const tunnelOptions = TunnelSchema.options;

/** Display names of the operating systems (the model names auth methods and protocols itself). */
export const osNames: Readonly<Record<Os, string>> = OS_LABEL;

export const compatCalculator: Calculator<CompatForm> = {
  id: 'compat',
  initial: { os: 'windows', auth: '', tunnel: '', asOf: '' },
  fromQuery: (q) => ({
    os: oneOf(q.get('os'), osOptions),
    auth: oneOf(q.get('auth'), authOptions),
    tunnel: oneOf(q.get('tunnel'), tunnelOptions),
    asOf: isoDate(q.get('as_of')) ?? '',
  }),
  toQuery: (f) => ({ os: f.os, auth: f.auth, tunnel: f.tunnel, as_of: f.asOf }),
  command: (f) => (f.os || f.auth || f.tunnel ? ['compat', f.os, f.auth, f.tunnel].filter(Boolean).join(' ') : undefined),
};

/** The query string of a form (what the address bar shows), in a stable key order. */
export function queryString<F>(calc: Calculator<F>, f: F): string {
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(calc.toQuery(f))) if (v) qs.set(k, v);
  const s = qs.toString();
  return s ? `?${s}` : '';
}
