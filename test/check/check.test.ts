/**
 * `check` on realistic whole-gateway fixtures (az shape, ARM template, Bicep languageVersion 2.0, a Virtual
 * WAN pair in one file or two), the SARIF it writes validated against the SARIF 2.1.0 JSON schema with ajv,
 * line numbers checked against the fixture text, dated rules before and after their dates, and hostile input.
 */
import Ajv from 'ajv';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseAnswer } from '../../shared';
import { runCheck } from '../../shared/check/run';
import { checkPolicy } from '../../shared/check/policy';
import { rules } from '../../shared/check/rules';
import { toSarif } from '../../shared/check/sarif';
import { AS_OF, BASE, FIXTURES, check, factValue, fixture, kb, lineOf } from './support';

const ids = (a: ReturnType<typeof check>) => a.data.results.map((r) => r.ruleId).sort();

const schema = JSON.parse(readFileSync(path.join(FIXTURES, 'sarif-schema-2.1.0.json'), 'utf8'));
const ajv = new Ajv({ strict: false, unicodeRegExp: false, allErrors: true });
ajv.addFormat('uri', /^[a-z][a-z0-9+.-]*:[^\s]*$/i);
ajv.addFormat('uri-reference', /^[^\s]*$/);
ajv.addFormat('date-time', (s: string) => !Number.isNaN(Date.parse(s)));
const validateSarif = ajv.compile(schema);

describe('declarations', () => {
  it('ids are unique kebab-case; facts and events exist in the model', () => {
    expect(new Set(rules.map((r) => r.id)).size).toBe(rules.length);
    for (const r of rules) {
      expect(r.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      for (const f of r.facts) expect(kb.factById.has(f)).toBe(true);
      for (const e of [...(r.events ?? []), ...(r.escalation ? [r.escalation.event] : [])])
        expect(kb.lifecycle.some((x) => x.id === e)).toBe(true);
    }
  });

  it("a rule's words carry no limit or date: those come from the facts it cites", () => {
    // Numbers inside names (VpnGw1AZ, IKEv2, RFC 1918) are names, not limits.
    for (const r of rules)
      expect(`${r.title} ${r.rationale} ${r.fix}`.replace(/VpnGw\d\w*|RFC \d+|IKEv2|IPv4|Gen(eration )?[12]/g, '')).not.toMatch(/\d/);
  });
});

describe('realistic gateways', () => {
  it('an old VpnGw1 with SSTP + IKEv2 and a small pool, 5,000 users on Windows, macOS and Linux', () => {
    const a = check([fixture('old-vpngw1-sstp.az.json')], { users: 5000, clients: ['windows', 'macos', 'linux'] });
    expect(ids(a)).toEqual([
      'capacity-exceeded',
      'gateway-not-zone-redundant',
      'gateway-sku-non-az',
      'p2s-pool-too-small-for-users',
      'p2s-sstp-retirement',
    ]);
    const nonAz = a.data.results.find((r) => r.ruleId === 'gateway-sku-non-az');
    expect(nonAz?.severity).toBe('critical');
    expect(nonAz?.message).toContain('2026-09-16');
    expect(a.facts.map((f) => f.id)).toEqual(expect.arrayContaining(['vpngw1-gen1-p2s-ikev2-openvpn', 'non-az-config-changes-rejected']));
    expect(a.lifecycle.map((l) => l.id)).toEqual(expect.arrayContaining(['sstp-retired', 'non-az-deprecated']));
    expect(a.permalink).toBe(`${BASE}/check`);
    // The answer object is the one every face reads.
    expect(() => parseAnswer(JSON.parse(JSON.stringify(a)))).not.toThrow();
  });

  it('a healthy Gen2 AZ gateway has nothing to report', () => {
    const a = check([fixture('healthy-gen2-az.az.json')], { users: 800, clients: ['windows', 'macos'] });
    expect(ids(a)).toEqual([]);
    expect(a.summary).toContain('No rule found a problem');
  });

  it('the same healthy gateway as compiled Bicep (languageVersion 2.0, resources keyed by name)', () => {
    const a = check([fixture('healthy-gen2-az.bicep-v2.json')], { users: 800 });
    expect(ids(a)).toEqual([]);
    expect(a.data.resources).toEqual([
      { kind: 'vpn-gateway', name: 'vng-remote-neu', file: 0, line: lineOf(fixture('healthy-gen2-az.bicep-v2.json').text, '"gateway": {') },
    ]);
    // The format() expressions (aadTenant, aadIssuer) are in settings no rule reads: nothing needed evaluating.
    expect(a.data.notEvaluated).toEqual([]);
  });

  it('an Entra gateway with the manually registered audience: warning before its retirement, critical after', () => {
    const before = check([fixture('entra-manual-audience.az.json')], { clients: ['windows', 'macos', 'linux'] });
    const hit = before.data.results.find((r) => r.ruleId === 'p2s-entra-manual-audience');
    expect(hit?.severity).toBe('warning');
    expect(hit?.message).toContain('2028-03-31');
    const text = fixture('entra-manual-audience.az.json').text;
    expect(hit?.line).toBe(lineOf(text, '"aadAudience"'));
    // Linux lost its Entra client on 2026-08-31: Linux users can't connect with Entra ID over OpenVPN.
    expect(before.data.results.find((r) => r.ruleId === 'p2s-client-os-cannot-connect')?.message).toMatch(/^Linux users can't connect/);
    const after = check([fixture('entra-manual-audience.az.json')], { asOf: '2028-04-01' });
    expect(after.data.results.find((r) => r.ruleId === 'p2s-entra-manual-audience')?.severity).toBe('critical');
  });

  it('an ARM template: parameter defaults and literal variables resolved, the VNet in the same file overlapping the pool', () => {
    const f = fixture('old-gateway.arm.json');
    const a = check([f]);
    expect(ids(a)).toEqual(
      expect.arrayContaining(['gateway-sku-non-az', 'p2s-sstp-retirement', 'p2s-pool-overlap', 'gateway-not-zone-redundant']),
    );
    const overlap = a.data.results.find((r) => r.ruleId === 'p2s-pool-overlap');
    expect(overlap?.message).toContain('virtual network vnet-hub');
    expect(overlap?.line).toBe(lineOf(f.text, `"[variables('clientPool')]"`));
    expect(a.data.results.find((r) => r.ruleId === 'gateway-sku-non-az')?.line).toBe(
      lineOf(f.text, `"name": "[parameters('gatewaySku')]"`),
    );
    expect(a.data.notEvaluated).toEqual([]);
  });

  it('an expression other than a parameter default or a literal variable is reported as not evaluated, never guessed', () => {
    const f = fixture('old-gateway.arm.json');
    const text = f.text.replace(`"[variables('protocols')]"`, `"[if(parameters('legacy'), variables('protocols'), createArray('IkeV2'))]"`);
    const a = check([{ name: f.name, text }]);
    expect(a.data.notEvaluated).toEqual([
      {
        setting: 'vpnClientConfiguration.vpnClientProtocols',
        expression: "[if(parameters('legacy'), variables('protocols'), createArray('IkeV2'))]",
        file: 0,
        line: lineOf(text, '"vpnClientProtocols"'),
        column: expect.any(Number),
      },
    ]);
    // With the tunnel types unknown, no tunnel-type rule guesses.
    expect(a.data.results.some((r) => r.ruleId === 'p2s-sstp-retirement')).toBe(false);
    expect(a.sections.map((x) => x.title)).toContain(
      'Not evaluated (template expressions other than parameter defaults and literal variables)',
    );
  });

  it.each([
    ['one file (ARM)', ['vwan-pair.arm.json']],
    ['two files (az)', ['vwan-p2s-gateway.az.json', 'vwan-server-config.az.json']],
    ['two files, server configuration first', ['vwan-server-config.az.json', 'vwan-p2s-gateway.az.json']],
  ])('a Virtual WAN pair in %s: 40 scale units need two pools', (_label, names) => {
    const a = check(names.map(fixture), { users: 15000, clients: ['windows', 'macos'] });
    // One pool serves one instance, so the pool, not the scale units, caps the users.
    expect(ids(a)).toEqual(['p2s-pool-too-small-for-users', 'vwan-pools-per-scale-unit']);
    expect(a.data.results.find((r) => r.ruleId === 'vwan-pools-per-scale-unit')?.message).toContain('Configure 2 pools');
    expect(check(names.map(fixture), { users: 8000 }).data.results.map((r) => r.ruleId)).toEqual(['vwan-pools-per-scale-unit']);
  });
});

describe('evaluation dates', () => {
  const sstp = () => fixture('old-vpngw1-sstp.az.json');
  it.each([
    ['2026-03-30', 'warning', /can't be enabled on a gateway after 2026-03-31/],
    ['2026-04-01', 'warning', /can't be enabled again since 2026-03-31/],
    ['2027-04-01', 'critical', /stopped working on 2027-03-31/],
  ])('SSTP on %s', (asOf, severity, message) => {
    const hit = check([sstp()], { asOf }).data.results.find((r) => r.ruleId === 'p2s-sstp-retirement');
    expect(hit?.severity).toBe(severity);
    expect(hit?.message).toMatch(message);
  });

  it.each([
    ['2026-09-15', 'warning', /deprecated from 2026-09-16/],
    ['2026-09-16', 'critical', /Deprecated since 2026-09-16/],
  ])('non-AZ SKU on %s', (asOf, severity, message) => {
    const hit = check([sstp()], { asOf }).data.results.find((r) => r.ruleId === 'gateway-sku-non-az');
    expect(hit?.severity).toBe(severity);
    expect(hit?.message).toMatch(message);
  });

  it('a legacy SKU before and after its retirement', () => {
    const legacy = { name: 'legacy.json', text: fixture('old-vpngw1-sstp.az.json').text.replace(/"VpnGw1"/g, '"Standard"') };
    expect(check([legacy], { asOf: '2026-06-29' }).data.results.find((r) => r.ruleId === 'gateway-sku-legacy')?.severity).toBe('warning');
    const after = check([legacy], { asOf: '2026-07-01' }).data.results.find((r) => r.ruleId === 'gateway-sku-legacy');
    expect(after?.severity).toBe('critical');
    expect(after?.message).toContain(String(factValue('legacy-auto-migration-after-retirement')));
  });
});

describe('SARIF', () => {
  const f = fixture('old-vpngw1-sstp.az.json');
  const a = check([f], { users: 5000, clients: ['windows', 'macos', 'linux'] });
  const log = toSarif(a, { version: '0.1.0', base: BASE });

  it('validates against the SARIF 2.1.0 schema', () => {
    const ok = validateSarif(log);
    expect(validateSarif.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it('the schema is not a rubber stamp: a result without a message is refused', () => {
    const broken = JSON.parse(JSON.stringify(log));
    delete broken.runs[0].results[0].message;
    expect(validateSarif(broken)).toBe(false);
  });

  it('lists every rule with its page on the site, and maps severities to levels', () => {
    const driver = log.runs[0].tool.driver;
    expect(driver.rules?.map((r) => r.id)).toEqual(rules.map((r) => r.id));
    expect(driver.rules?.find((r) => r.id === 'p2s-sstp-retirement')?.helpUri).toBe(`${BASE}/docs/rules/p2s-sstp-retirement`);
    const levels = Object.fromEntries(log.runs[0].results?.map((r) => [r.ruleId, r.level]) ?? []);
    expect(levels).toMatchObject({ 'capacity-exceeded': 'error', 'p2s-sstp-retirement': 'warning', 'gateway-not-zone-redundant': 'note' });
  });

  it('points at the line and column of the offending property', () => {
    const where = (id: string) => log.runs[0].results?.find((r) => r.ruleId === id)?.locations?.[0].physicalLocation?.region;
    const at = (needle: string) => ({
      startLine: lineOf(f.text, needle),
      startColumn: f.text.split('\n')[lineOf(f.text, needle) - 1].indexOf(needle) + 1,
    });
    expect(where('gateway-sku-non-az')).toEqual(at('"name": "VpnGw1"'));
    expect(where('p2s-sstp-retirement')).toEqual(at('"vpnClientProtocols"'));
    expect(where('p2s-pool-too-small-for-users')).toEqual(at('"172.16.201.0/24"'));
    expect(log.runs[0].results?.[0].locations?.[0].physicalLocation?.artifactLocation?.uri).toBe('old-vpngw1-sstp.az.json');
  });

  it('fingerprints stay the same across runs, dates, user counts and reformatting', () => {
    const print = (l: typeof log) => l.runs[0].results?.map((r) => `${r.ruleId}:${r.partialFingerprints?.['vpnAdvisorFinding/v1']}`).sort();
    const again = toSarif(check([f], { users: 5000, clients: ['windows', 'macos', 'linux'] }), { version: '0.1.0', base: BASE });
    expect(print(again)).toEqual(print(log));
    const reformatted = { name: f.name, text: JSON.stringify(JSON.parse(f.text)) };
    const other = toSarif(check([reformatted], { users: 6000, asOf: '2026-12-01', clients: ['windows'] }), {
      version: '0.1.0',
      base: BASE,
    });
    expect(print(other)).toEqual(print(log));
    expect(new Set(print(log)).size).toBe(log.runs[0].results?.length);
  });
});

describe('input it refuses (usage errors, never a crash)', () => {
  const refuse = (text: string, code: string, name = 'input.json') => {
    const a = runCheck([{ name, text }], { kb, asOf: AS_OF, base: BASE });
    expect(a.kind).toBe('usage_error');
    expect(a.error?.code).toBe(code);
    return a;
  };

  it('a VNet says what it is and which command prints the gateway', () => {
    const a = refuse(fixture('vnet.az.json').text, 'check_not_a_gateway');
    expect(a.summary).toContain('This is a virtual network, not a VPN gateway: run `az network vnet-gateway show');
  });

  it.each([
    ['not JSON', '{"sku": ', 'check_not_json'],
    ['empty', '  ', 'check_empty'],
    ['a number', '42', 'check_not_a_gateway'],
    ['an unknown resource', '{"type":"Microsoft.Storage/storageAccounts","name":"x"}', 'check_not_a_gateway'],
    [
      'wrong types',
      '{"type":"Microsoft.Network/virtualNetworkGateways","vpnClientConfiguration":{"vpnClientProtocols":"IkeV2"}}',
      'check_wrong_type',
    ],
    [
      'a pool that is a number',
      '{"gatewayType":"Vpn","vpnClientConfiguration":{"vpnClientAddressPool":{"addressPrefixes":[10]}}}',
      'check_wrong_type',
    ],
    ['__proto__', '{"type":"Microsoft.Network/virtualNetworkGateways","__proto__":{"polluted":true}}', 'check_forbidden_key'],
    ['constructor', '{"gatewayType":"Vpn","sku":{"constructor":{"prototype":{}}}}', 'check_forbidden_key'],
    ['deep nesting', `${'['.repeat(100_000)}${']'.repeat(100_000)}`, 'check_too_deep'],
    ['a huge file', `{"pad":"${'x'.repeat(checkPolicy.maxInputBytes)}"}`, 'check_too_large'],
  ])('%s', (_label, text, code) => {
    refuse(text, code);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('more files than a gateway and its configuration', () => {
    const f = fixture('vwan-p2s-gateway.az.json');
    const a = runCheck([f, f, f], { kb, asOf: AS_OF, base: BASE });
    expect(a.error?.code).toBe('check_too_many_files');
  });

  it('an impossible evaluation date', () => {
    const a = runCheck([fixture('healthy-gen2-az.az.json')], { kb, asOf: '2026-02-30', base: BASE });
    expect(a.error?.code).toBe('invalid_date');
  });

  it('random mutations of a real gateway never throw', () => {
    const base = fixture('old-vpngw1-sstp.az.json').text;
    let seed = 7;
    const rnd = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const junk = ['null', '1', '"x"', '[]', '{}', 'true', '"10.0.0.0/33"', '"[concat(1)]"', '-1', '1e309'];
    for (let i = 0; i < 500; i++) {
      // Replace one JSON value (after a colon) with junk.
      const spots = [...base.matchAll(/: ("[^"]*"|\d+|true|false|\[\]|\{)/g)];
      const s = spots[Math.floor(rnd() * spots.length)];
      const text =
        s.index !== undefined && s[1] !== '{'
          ? base.slice(0, s.index + 2) + junk[Math.floor(rnd() * junk.length)] + base.slice(s.index + 2 + s[1].length)
          : base;
      const a = runCheck([{ name: 'm.json', text }], { kb, asOf: AS_OF, base: BASE, users: 100, clients: ['windows', 'linux'] });
      expect(['answer', 'usage_error']).toContain(a.kind);
    }
  });
});
