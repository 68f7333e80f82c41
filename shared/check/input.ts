/**
 * Reads what a user gives `check` — the JSON `az … show` / `az … list` prints, the same resources in an ARM
 * template or compiled Bicep (languageVersion 2.0 included), or a REST `{ "value": [...] }` list — into
 * the few settings the rules look at, each with the line and column of its property in the file.
 *
 * The text is parsed into a syntax tree (jsonc-parser) and read from the tree: no object is ever built
 * from the user's keys, so `__proto__` and friends can't reach a prototype; they are refused anyway,
 * because Azure never prints them.
 */
import type { Node, ParseError } from 'jsonc-parser';
import { getNodePath, parseTree, printParseErrorCode } from 'jsonc-parser';
import type { UsageErrorInfo } from '../answer/answer';
import type { Result } from '../errors';
import { fail, ok } from '../errors';
import { checkPolicy } from './policy';

/** Where a setting is: the file (index into the files given), its 1-based line and column, and its JSON pointer. */
export interface Position {
  file: number;
  line: number;
  column: number;
  pointer: string;
}

export interface Located<T> {
  value: T;
  at: Position;
}

/** A template expression we did not evaluate (anything but a parameter default or a literal variable). */
interface NotEvaluated {
  setting: string;
  expression: string;
  at: Position;
}

/** The point-to-site settings a VPN gateway's vpnClientConfiguration or a VPN server configuration holds. */
export interface P2sSettings {
  at: Position;
  protocols?: Located<string[]>;
  authTypes?: Located<string[]>;
  /** True when vpnAuthenticationTypes was absent and the types were read from what is configured. */
  authInferred: boolean;
  rootCertificates?: Located<number>;
  revokedCertificates?: Located<number>;
  radiusServers?: Located<number>;
  aadAudience?: Located<string>;
}

export interface VpnGatewayResource {
  kind: 'vpn-gateway';
  name?: string;
  at: Position;
  gatewayType?: Located<string>;
  sku?: Located<string>;
  generation?: Located<string>;
  activeActive?: Located<boolean>;
  vpnType?: Located<string>;
  pools: Located<string>[];
  poolAt?: Position;
  p2s?: P2sSettings;
}

interface P2sVpnGatewayResource {
  kind: 'p2s-vpn-gateway';
  name?: string;
  at: Position;
  scaleUnits?: Located<number>;
  /** Pools of every connection configuration, in order. */
  pools: Located<string>[];
  poolAt?: Position;
}

interface VpnServerConfigurationResource {
  kind: 'vpn-server-configuration';
  name?: string;
  at: Position;
  p2s: P2sSettings;
}

type CheckedResource = VpnGatewayResource | P2sVpnGatewayResource | VpnServerConfigurationResource;

export interface CheckInput {
  /** The names the files were given as ("gateway.json", "stdin"). */
  files: string[];
  resources: CheckedResource[];
  /** Address spaces the input holds (VNets, hubs, local network gateways): a pool must not overlap them. */
  addressSpaces: Array<Located<string> & { owner: string }>;
  notEvaluated: NotEvaluated[];
}

export interface InputFile {
  name: string;
  text: string;
}

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** A problem with the input itself, raised deep in the reader and turned into a usage error at the top. */
class InputProblem extends Error {
  constructor(readonly info: UsageErrorInfo) {
    super(info.message);
  }
}

const AZ_SHOW = 'az network vnet-gateway show --name <gateway> --resource-group <group>';
const EXPECTED =
  'the JSON of a VPN gateway (`az network vnet-gateway show`), the same resource in an ARM template or compiled Bicep, or a Virtual WAN point-to-site gateway (`az network p2s-vpn-gateway show`) with its VPN server configuration (`az network vpn-server-config show`)';

function problem(code: string, message: string, example = `${AZ_SHOW} > gateway.json && vpn check gateway.json`): InputProblem {
  return new InputProblem({ code, message, expected: EXPECTED, example });
}

/** Nesting depth of the text, counted without parsing (so that a hostile file can't exhaust the parser's stack). */
function nestingDepth(text: string): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++;
      else if (c === 34) inString = false;
      continue;
    }
    if (c === 34) inString = true;
    else if (c === 123 || c === 91) {
      depth++;
      if (depth > max) max = depth;
    } else if (c === 125 || c === 93) depth--;
  }
  return max;
}

/** Offsets → 1-based line and column (UTF-16 code units, SARIF's default column kind). */
function lineIndex(text: string): (offset: number) => { line: number; column: number } {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo] + 1 };
  };
}

const pointerOf = (node: Node): string =>
  `/${getNodePath(node)
    .map((p) => String(p).replace(/~/g, '~0').replace(/\//g, '~1'))
    .join('/')}`;

/** The value of a property, matched without regard to case (ARM property names are case-insensitive). */
function prop(node: Node | undefined, key: string): Node | undefined {
  if (node?.type !== 'object') return undefined;
  const k = key.toLowerCase();
  for (const p of node.children ?? []) {
    const name = p.children?.[0];
    if (typeof name?.value === 'string' && name.value.toLowerCase() === k) return p.children?.[1];
  }
  return undefined;
}

/** A resource's setting: top level in `az` output, under `properties` in ARM, Bicep and REST. */
function setting(resource: Node, key: string): Node | undefined {
  return prop(resource, key) ?? prop(prop(resource, 'properties'), key);
}

const isNull = (n: Node | undefined): n is undefined => n === undefined || n.type === 'null';

const kindOf = (n: Node): string => (n.type === 'array' ? 'a list' : n.type === 'object' ? 'an object' : `a ${n.type}`);

/** Template scope: where `parameters('x')` and `variables('x')` are looked up. */
interface Scope {
  parameters?: Node;
  variables?: Node;
}

type Resolved = { node: Node } | { expression: string };

const PARAM = /^\[\s*parameters\(\s*'([^']+)'\s*\)\s*\]$/i;
const VARIABLE = /^\[\s*variables\(\s*'([^']+)'\s*\)\s*\]$/i;

/** A value, with `parameters()` defaults and literal `variables()` followed; anything else is left as an expression. */
function resolve(node: Node, scope: Scope, hops = 0): Resolved {
  if (node.type !== 'string' || typeof node.value !== 'string') return { node };
  const v = node.value;
  if (!v.startsWith('[') || v.startsWith('[[') || !v.endsWith(']')) return { node };
  if (hops >= checkPolicy.maxExpressionHops) return { expression: v };
  const p = PARAM.exec(v);
  if (p) {
    const def = prop(prop(scope.parameters, p[1]), 'defaultValue');
    return def ? resolve(def, scope, hops + 1) : { expression: v };
  }
  const m = VARIABLE.exec(v);
  if (m) {
    const value = prop(scope.variables, m[1]);
    return value ? resolve(value, scope, hops + 1) : { expression: v };
  }
  return { expression: v };
}

/** Reads one resource's settings, each with its position; records what it could not evaluate. */
class Reader {
  constructor(
    private readonly file: number,
    private readonly position: (offset: number) => { line: number; column: number },
    private readonly scope: Scope,
    private readonly notEvaluated: NotEvaluated[],
  ) {}

  /** Where a value's property starts (its key), or the value itself inside a list. */
  at(node: Node): Position {
    const anchor = node.parent?.type === 'property' ? node.parent : node;
    return { file: this.file, ...this.position(anchor.offset), pointer: pointerOf(node) };
  }

  /** The value, resolved; undefined (and recorded) when it is an expression we don't evaluate. */
  value(node: Node | undefined, name: string): Node | undefined {
    if (isNull(node)) return undefined;
    const r = resolve(node, this.scope);
    if ('node' in r) return isNull(r.node) ? undefined : r.node;
    this.notEvaluated.push({ setting: name, expression: r.expression, at: this.at(node) });
    return undefined;
  }

  private wrongType(node: Node, name: string, wanted: string): InputProblem {
    const at = this.at(node);
    return problem(
      'check_wrong_type',
      `\`${name}\` (line ${at.line}, column ${at.column}) should be ${wanted}, but it is ${kindOf(node)}. Is this the unedited output of Azure?`,
    );
  }

  str(parent: Node | undefined, key: string, name = key): Located<string> | undefined {
    const raw = parent ? setting(parent, key) : undefined;
    const n = this.value(raw, name);
    if (!n || !raw) return undefined;
    if (n.type !== 'string') throw this.wrongType(n, name, 'a string');
    return { value: String(n.value), at: this.at(raw) };
  }

  bool(parent: Node, key: string, name = key): Located<boolean> | undefined {
    const raw = setting(parent, key);
    const n = this.value(raw, name);
    if (!n || !raw) return undefined;
    if (n.type !== 'boolean') throw this.wrongType(n, name, 'true or false');
    return { value: n.value === true, at: this.at(raw) };
  }

  int(parent: Node, key: string, name = key): Located<number> | undefined {
    const raw = setting(parent, key);
    const n = this.value(raw, name);
    if (!n || !raw) return undefined;
    if (n.type !== 'number' || !Number.isSafeInteger(n.value)) throw this.wrongType(n, name, 'a whole number');
    return { value: Number(n.value), at: this.at(raw) };
  }

  /** A list, resolved; each element resolved too. */
  list(parent: Node | undefined, key: string, name = key): { items: Node[]; at: Position } | undefined {
    const raw = parent ? setting(parent, key) : undefined;
    const n = this.value(raw, name);
    if (!n || !raw) return undefined;
    if (n.type !== 'array') throw this.wrongType(n, name, 'a list');
    const items: Node[] = [];
    for (const child of n.children ?? []) {
      const v = this.value(child, name);
      if (v) items.push(v);
    }
    return { items, at: this.at(raw) };
  }

  strings(parent: Node | undefined, key: string, name = key): Located<string[]> | undefined {
    const l = this.list(parent, key, name);
    if (!l) return undefined;
    return {
      value: l.items.map((i) => {
        if (i.type !== 'string') throw this.wrongType(i, name, 'a list of strings');
        return String(i.value);
      }),
      at: l.at,
    };
  }

  /** Each string of the list with its own position: pools are reported one by one. */
  locatedStrings(parent: Node | undefined, key: string, name = key): { items: Located<string>[]; at: Position } | undefined {
    const raw = parent ? setting(parent, key) : undefined;
    const n = this.value(raw, name);
    if (!n || !raw) return undefined;
    if (n.type !== 'array') throw this.wrongType(n, name, 'a list');
    const items: Located<string>[] = [];
    for (const child of n.children ?? []) {
      const v = this.value(child, name);
      if (!v) continue;
      if (v.type !== 'string') throw this.wrongType(v, name, 'a list of strings');
      items.push({ value: String(v.value), at: this.at(child) });
    }
    return { items, at: this.at(raw) };
  }

  object(parent: Node | undefined, key: string, name = key): Node | undefined {
    const raw = parent ? setting(parent, key) : undefined;
    const n = this.value(raw, name);
    if (!n) return undefined;
    if (n.type !== 'object') throw this.wrongType(n, name, 'an object');
    return n;
  }
}

const AUTH_FROM_SETTINGS: Array<[string, string]> = [
  ['vpnClientRootCertificates', 'Certificate'],
  ['radiusServerAddress', 'Radius'],
  ['radiusServers', 'Radius'],
  ['aadTenant', 'AAD'],
];

function readP2s(r: Reader, config: Node, protocolsKey: string, aad: Node | undefined, name: string): P2sSettings {
  const protocols = r.strings(config, protocolsKey, `${name}.${protocolsKey}`);
  let authTypes = r.strings(config, 'vpnAuthenticationTypes', `${name}.vpnAuthenticationTypes`);
  const roots = r.list(config, 'vpnClientRootCertificates', `${name}.vpnClientRootCertificates`);
  const revoked = r.list(config, 'vpnClientRevokedCertificates', `${name}.vpnClientRevokedCertificates`);
  const servers = r.list(config, 'radiusServers', `${name}.radiusServers`);
  const address = r.str(config, 'radiusServerAddress', `${name}.radiusServerAddress`);
  const audience = r.str(aad ?? config, 'aadAudience', `${name}.aadAudience`);
  let authInferred = false;
  if (!authTypes) {
    // Older gateways have no vpnAuthenticationTypes: Azure reads the type from what is configured.
    const present = AUTH_FROM_SETTINGS.filter(([key]) => {
      const n = setting(aad && key === 'aadTenant' ? aad : config, key);
      return n !== undefined && !isNull(n) && !(n.type === 'array' && !n.children?.length) && !(n.type === 'string' && n.value === '');
    }).map(([, type]) => type);
    if (present.length) {
      authTypes = { value: [...new Set(present)], at: r.at(config) };
      authInferred = true;
    }
  }
  const radiusCount = servers?.items.length ?? (address ? 1 : 0);
  return {
    at: r.at(config),
    ...(protocols ? { protocols } : {}),
    ...(authTypes ? { authTypes } : {}),
    authInferred,
    ...(roots ? { rootCertificates: { value: roots.items.length, at: roots.at } } : {}),
    ...(revoked ? { revokedCertificates: { value: revoked.items.length, at: revoked.at } } : {}),
    ...(servers
      ? { radiusServers: { value: radiusCount, at: servers.at } }
      : address
        ? { radiusServers: { value: 1, at: address.at } }
        : {}),
    ...(audience ? { aadAudience: audience } : {}),
  };
}

function readVpnGateway(r: Reader, res: Node, name?: string): VpnGatewayResource {
  const sku = r.object(res, 'sku');
  const config = r.object(res, 'vpnClientConfiguration');
  const pool = config ? r.object(config, 'vpnClientAddressPool', 'vpnClientConfiguration.vpnClientAddressPool') : undefined;
  const prefixes = pool ? r.locatedStrings(pool, 'addressPrefixes', 'vpnClientAddressPool.addressPrefixes') : undefined;
  const gatewayType = r.str(res, 'gatewayType');
  const skuName = sku ? r.str(sku, 'name', 'sku.name') : undefined;
  const generation = r.str(res, 'vpnGatewayGeneration');
  const activeActive = r.bool(res, 'activeActive');
  const vpnType = r.str(res, 'vpnType');
  return {
    kind: 'vpn-gateway',
    ...(name ? { name } : {}),
    at: r.at(res),
    ...(gatewayType ? { gatewayType } : {}),
    ...(skuName ? { sku: skuName } : {}),
    ...(generation ? { generation } : {}),
    ...(activeActive ? { activeActive } : {}),
    ...(vpnType ? { vpnType } : {}),
    pools: prefixes?.items ?? [],
    ...(prefixes ? { poolAt: prefixes.at } : {}),
    ...(config ? { p2s: readP2s(r, config, 'vpnClientProtocols', undefined, 'vpnClientConfiguration') } : {}),
  };
}

function readP2sVpnGateway(r: Reader, res: Node, name?: string): P2sVpnGatewayResource {
  const scaleUnits = r.int(res, 'vpnGatewayScaleUnit');
  const configs = r.list(res, 'p2SConnectionConfigurations');
  const pools: Located<string>[] = [];
  let poolAt: Position | undefined;
  for (const c of configs?.items ?? []) {
    if (c.type !== 'object') throw problem('check_wrong_type', 'Each of p2SConnectionConfigurations should be an object.');
    const pool = r.object(c, 'vpnClientAddressPool', 'p2SConnectionConfigurations.vpnClientAddressPool');
    const prefixes = pool ? r.locatedStrings(pool, 'addressPrefixes', 'vpnClientAddressPool.addressPrefixes') : undefined;
    if (prefixes) {
      poolAt ??= prefixes.at;
      pools.push(...prefixes.items);
    }
  }
  return {
    kind: 'p2s-vpn-gateway',
    ...(name ? { name } : {}),
    at: r.at(res),
    ...(scaleUnits ? { scaleUnits } : {}),
    pools,
    ...(poolAt ? { poolAt } : {}),
  };
}

function readServerConfiguration(r: Reader, res: Node, name?: string): VpnServerConfigurationResource {
  // az prints the settings at the top level; ARM and REST put them under `properties`.
  const config = prop(res, 'properties') && !prop(res, 'vpnProtocols') ? (prop(res, 'properties') as Node) : res;
  const aad = r.object(config, 'aadAuthenticationParameters');
  return {
    kind: 'vpn-server-configuration',
    ...(name ? { name } : {}),
    at: r.at(res),
    p2s: readP2s(r, config, 'vpnProtocols', aad, 'vpnServerConfiguration'),
  };
}

/** What a resource type that is not a gateway is, and which command prints the gateway instead. */
const NOT_A_GATEWAY: Record<string, { what: string; run: string }> = {
  'microsoft.network/virtualnetworks': { what: 'a virtual network', run: AZ_SHOW },
  'microsoft.network/virtualhubs': {
    what: 'a Virtual WAN hub',
    run: 'az network p2s-vpn-gateway show --name <gateway> --resource-group <group>',
  },
  'microsoft.network/vpngateways': {
    what: "a Virtual WAN hub's site-to-site VPN gateway",
    run: 'az network p2s-vpn-gateway show --name <gateway> --resource-group <group>',
  },
  'microsoft.network/localnetworkgateways': { what: 'a local network gateway (your on-premises side)', run: AZ_SHOW },
  'microsoft.network/publicipaddresses': { what: 'a public IP address', run: AZ_SHOW },
  'microsoft.network/connections': { what: 'a gateway connection', run: AZ_SHOW },
  'microsoft.network/virtualwans': {
    what: 'a virtual WAN',
    run: 'az network p2s-vpn-gateway show --name <gateway> --resource-group <group>',
  },
};

/** The resources a parsed file holds: one object, a list, a REST `{ value: [...] }` page, or a template. */
function resourcesOf(root: Node): { nodes: Node[]; scope: Scope; template: boolean } {
  if (root.type === 'array') return { nodes: root.children ?? [], scope: {}, template: false };
  if (root.type !== 'object') return { nodes: [], scope: {}, template: false };
  const resources = prop(root, 'resources');
  if (resources && (prop(root, '$schema') || prop(root, 'contentVersion') || prop(root, 'languageVersion'))) {
    // languageVersion 2.0 keys resources by symbolic name: an object, not an array.
    const nodes =
      resources.type === 'array'
        ? (resources.children ?? [])
        : resources.type === 'object'
          ? (resources.children ?? []).flatMap((p) => (p.children?.[1] ? [p.children[1]] : []))
          : [];
    return { nodes, scope: { parameters: prop(root, 'parameters'), variables: prop(root, 'variables') }, template: true };
  }
  const value = prop(root, 'value');
  if (value?.type === 'array' && !prop(root, 'type')) return { nodes: value.children ?? [], scope: {}, template: false };
  return { nodes: [root], scope: {}, template: false };
}

function refuseForbiddenKeys(root: Node, position: (offset: number) => { line: number; column: number }): void {
  const stack: Node[] = [root];
  while (stack.length) {
    const n = stack.pop() as Node;
    if (n.type === 'property') {
      const key = n.children?.[0]?.value;
      if (typeof key === 'string' && FORBIDDEN_KEYS.has(key)) {
        const at = position(n.offset);
        throw problem(
          'check_forbidden_key',
          `The key "${key}" (line ${at.line}, column ${at.column}) is not something Azure prints; this input is refused.`,
        );
      }
    }
    for (const c of n.children ?? []) stack.push(c);
  }
}

function parseFile(file: InputFile, index: number): { root: Node; position: (offset: number) => { line: number; column: number } } {
  const label = file.name;
  if (file.text.length > checkPolicy.maxInputBytes) {
    throw problem(
      'check_too_large',
      `${label} is ${file.text.length.toLocaleString('en-US')} characters; check reads at most ${checkPolicy.maxInputBytes.toLocaleString('en-US')}. Give it the gateway's own JSON, not a whole export.`,
    );
  }
  const text = file.text.replace(/^\uFEFF/, '');
  if (!text.trim()) throw problem('check_empty', `${label} is empty.`);
  const depth = nestingDepth(text);
  if (depth > checkPolicy.maxDepth) {
    throw problem('check_too_deep', `${label} nests ${depth} levels deep; Azure's JSON never goes beyond ${checkPolicy.maxDepth}.`);
  }
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false });
  const position = lineIndex(text);
  if (errors.length || !root) {
    const first = errors[0];
    const at = first ? position(first.offset) : { line: 1, column: 1 };
    throw problem(
      'check_not_json',
      `${label} is not valid JSON: ${first ? printParseErrorCode(first.error) : 'no value'} at line ${at.line}, column ${at.column}.`,
    );
  }
  refuseForbiddenKeys(root, position);
  void index;
  return { root, position };
}

/** Reads the files into the settings the rules check, or says why it can't (a usage error). */
export function readCheckInput(files: readonly InputFile[]): Result<CheckInput> {
  try {
    return ok(read(files));
  } catch (e) {
    if (e instanceof InputProblem) return fail(e.info.code, e.info.message, e.info.expected, e.info.example);
    throw e;
  }
}

function read(files: readonly InputFile[]): CheckInput {
  if (files.length === 0) throw problem('check_no_input', 'Give the file to check, or - to read standard input.');
  if (files.length > checkPolicy.maxFiles) {
    throw problem(
      'check_too_many_files',
      `check reads at most ${checkPolicy.maxFiles} files (a Virtual WAN point-to-site gateway and its VPN server configuration); ${files.length} were given.`,
    );
  }
  const resources: CheckedResource[] = [];
  const addressSpaces: CheckInput['addressSpaces'] = [];
  const notEvaluated: NotEvaluated[] = [];
  const others: string[] = [];
  files.forEach((file, index) => {
    const { root, position } = parseFile(file, index);
    const { nodes, scope } = resourcesOf(root);
    for (const res of nodes) {
      if (res.type !== 'object') continue;
      const r = new Reader(index, position, scope, notEvaluated);
      const typeNode = prop(res, 'type');
      const type = typeNode?.type === 'string' ? String(typeNode.value).toLowerCase() : '';
      const nameNode = prop(res, 'name');
      const name = nameNode?.type === 'string' && !String(nameNode.value).startsWith('[') ? String(nameNode.value) : undefined;
      if (
        type === 'microsoft.network/virtualnetworkgateways' ||
        (!type && (setting(res, 'vpnClientConfiguration') || setting(res, 'gatewayType')))
      ) {
        const gw = readVpnGateway(r, res, name);
        if (gw.gatewayType && gw.gatewayType.value.toLowerCase() !== 'vpn') {
          others.push(`an ${gw.gatewayType.value} gateway`);
          continue;
        }
        resources.push(gw);
      } else if (type === 'microsoft.network/p2svpngateways') {
        resources.push(readP2sVpnGateway(r, res, name));
      } else if (type === 'microsoft.network/vpnserverconfigurations') {
        resources.push(readServerConfiguration(r, res, name));
      } else {
        if (type === 'microsoft.network/virtualnetworks') {
          const space = r.object(res, 'addressSpace');
          for (const p of (space && r.locatedStrings(space, 'addressPrefixes', 'addressSpace.addressPrefixes')?.items) ?? [])
            addressSpaces.push({ ...p, owner: `virtual network${name ? ` ${name}` : ''}` });
        } else if (type === 'microsoft.network/virtualhubs') {
          const p = r.str(res, 'addressPrefix');
          if (p) addressSpaces.push({ ...p, owner: `virtual hub${name ? ` ${name}` : ''}` });
        } else if (type === 'microsoft.network/localnetworkgateways') {
          const space = r.object(res, 'localNetworkAddressSpace');
          for (const p of (space && r.locatedStrings(space, 'addressPrefixes', 'localNetworkAddressSpace.addressPrefixes')?.items) ?? [])
            addressSpaces.push({ ...p, owner: `local network gateway${name ? ` ${name}` : ''}` });
        }
        const known = NOT_A_GATEWAY[type];
        others.push(known ? known.what : type ? `a ${typeNode?.value} resource` : 'an object without a resource type');
      }
    }
  });
  if (!resources.length) {
    const firstType = others[0];
    const hint = Object.values(NOT_A_GATEWAY).find((k) => k.what === firstType);
    throw problem(
      'check_not_a_gateway',
      firstType
        ? `This is ${firstType}, not a VPN gateway: run \`${hint?.run ?? AZ_SHOW}\` and check what it prints.`
        : `No VPN gateway, Virtual WAN point-to-site gateway or VPN server configuration was found: run \`${AZ_SHOW}\` and check what it prints.`,
      `${hint?.run ?? AZ_SHOW} > gateway.json && vpn check gateway.json`,
    );
  }
  return { files: files.map((f) => f.name), resources, addressSpaces, notEvaluated };
}
