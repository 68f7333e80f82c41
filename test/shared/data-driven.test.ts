/**
 * The rules read data, they don't encode it: change an in-memory copy of the knowledge model (a matrix
 * row, a SKU, a date, a limit, a scenario) and the answers change, with no change to the code.
 */
import { AnswerSchema } from '../../shared';
import type { AnswerOf } from '../../shared';
import type { CommandOf } from '../support/knowledge-fixture';
import { answerTo, ask, copyModules, entriesOf, findEntry, loadKnowledgeFrom } from '../support/knowledge-fixture';

const P2S = 'knowledge/data/point-to-site.ts';
const SKUS = 'knowledge/data/vpn-gateway-skus.ts';
const MATRIX = 'knowledge/data/client-compatibility.ts';
const SOURCE = { sourceId: 'vpn-vpn-gateway-vpn-faq-2026-06-04', section: 'A test-only section' };

/** The answer to a literal command on a changed model, validated, its `data` typed by the command it names. */
function answerWith<T extends string>(kb: ReturnType<typeof loadKnowledgeFrom>, text: T, asOf = '2026-11-21'): AnswerOf<CommandOf<T>> {
  const a = answerTo(text, { kb, asOf });
  AnswerSchema.parse(a);
  return a;
}

describe('client matrix', () => {
  it('a new client and a new row change the compat answer, and the new row is cited as a fact', () => {
    const mods = copyModules();
    entriesOf(mods, P2S, 'clients').push({
      id: 'azure-vpn-client-android',
      name: 'Azure VPN Client for Android',
      os: ['android'],
      tunnels: ['openvpn'],
      source: SOURCE,
    });
    const row = findEntry(mods, 'clientMatrix', 'android-entra-openvpn').entry;
    Object.assign(row, { status: 'supported', clients: ['azure-vpn-client-android'], reason: undefined });
    const kb = loadKnowledgeFrom(mods);

    const before = answerTo('compat android entra');
    expect(before.data.cells).toEqual(expect.arrayContaining([expect.objectContaining({ tunnel: 'openvpn', status: 'not-documented' })]));

    const after = answerWith(kb, 'compat android entra');
    expect(after.data.cells).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ tunnel: 'openvpn', status: 'supported', clients: ['Azure VPN Client for Android'] }),
      ]),
    );
    expect(after.summary).toContain('Azure VPN Client for Android');
    expect(after.facts.find((f) => f.id === 'compat-android-entra-openvpn')).toMatchObject({
      value: 'supported',
      source: { section: 'Newest matrix (2026)' },
    });
  });

  it('a row that starts on a later date answers "not yet available" before it and "supported" from it', () => {
    const mods = copyModules();
    entriesOf(mods, P2S, 'clients').push({
      id: 'linux-entra-client-next',
      name: 'Next Linux client',
      os: ['linux'],
      tunnels: ['openvpn'],
      source: SOURCE,
    });
    entriesOf(mods, MATRIX, 'clientMatrix').push({
      id: 'linux-entra-openvpn-from-2027-06-01',
      os: 'linux',
      auth: 'entra',
      tunnel: 'openvpn',
      status: 'supported',
      clients: ['linux-entra-client-next'],
      availableFrom: '2027-06-01',
      source: SOURCE,
    });
    // The old row ended 2026-08-31; remove it so the future row is the only one for the cell.
    const rows = entriesOf(mods, MATRIX, 'clientMatrix');
    rows.splice(
      rows.findIndex((r) => r.id === 'linux-entra-openvpn'),
      1,
    );
    const kb = loadKnowledgeFrom(mods);
    const cell = (asOf: string) =>
      (answerWith(kb, 'compat linux entra openvpn', asOf).data.cells as Array<{ status: string; clients: string[] }>)[0];
    expect(cell('2027-01-01').status).toBe('not-yet-available');
    expect(cell('2027-07-01')).toMatchObject({ status: 'supported', clients: ['Next Linux client'] });
  });
});

describe('gateway SKUs', () => {
  it('a larger SKU becomes the recommendation and the headroom, with its own limits as facts', () => {
    const mods = copyModules();
    const gw5 = structuredClone(findEntry(mods, 'gatewaySkus', 'vpngw5az-gen2').entry);
    entriesOf(mods, SKUS, 'gatewaySkus').push({
      ...gw5,
      id: 'vpngw6az-gen2',
      name: 'VpnGw6AZ',
      tier: 6,
      p2sIkev2OpenVpn: 20000,
      throughputMbps: 20000,
    });
    const kb = loadKnowledgeFrom(mods);

    expect(answerTo('sizing 15000 users').data.recommended).toBeNull();
    const a = answerWith(kb, 'sizing 15000 users');
    expect(a.data.recommended).toMatchObject({ sku: 'vpngw6az-gen2', label: 'VpnGw6AZ (Gen2)', utilisation: 0.75 });
    expect(a.facts.map((f) => f.id)).toContain('vpngw6az-gen2-p2s-ikev2-openvpn');
    expect(answerWith(kb, 'sizing 5000 users 2 mbps each').data.recommended).toMatchObject({ sku: 'vpngw6az-gen2', utilisation: 0.5 });
  });

  it('a changed limit changes the answer: VpnGw4AZ with 4,000 connections no longer carries 5,000 users', () => {
    const mods = copyModules();
    findEntry(mods, 'gatewaySkus', 'vpngw4az-gen2').entry.p2sIkev2OpenVpn = 4000;
    const a = answerWith(loadKnowledgeFrom(mods), 'sizing 5000 users');
    expect(a.data.minimum?.sku).toBe('vpngw5az-gen2');
    expect(answerTo('sizing 5000 users').data.minimum?.sku).toBe('vpngw4az-gen2');
  });
});

describe('dates and limits', () => {
  it('moving the SSTP enable-ends date later makes the 128 SSTP connections count again', () => {
    const mods = copyModules();
    findEntry(mods, 'lifecycle', 'sstp-enable-ends').entry.date = '2027-01-01';
    const a = answerWith(loadKnowledgeFrom(mods), 'sizing 800 users sstp');
    expect(a.data.sstpCounted).toBe(true);
    expect(a.findings.map((f) => f.code)).toContain('sstp_connection_cap');
    expect(answerTo('sizing 800 users sstp').data.sstpCounted).toBe(false);
  });

  it('a different non-AZ creation date makes VpnGw SKUs recommendable before it', () => {
    const mods = copyModules();
    findEntry(mods, 'lifecycle', 'non-az-creation-ends').entry.date = '2027-01-01';
    const a = answerWith(loadKnowledgeFrom(mods), 'sizing 200 users');
    expect(a.data.considered.find((c) => c.sku === 'vpngw1-gen1')?.blocked).toBeNull();
  });

  it('the per-hub user limit drives the number of Virtual WAN hubs', () => {
    const mods = copyModules();
    findEntry(mods, 'facts', 'vwan-hub-p2s-users').entry.value = 10000;
    const a = answerWith(loadKnowledgeFrom(mods), 'sizing 50000 users');
    // 80% of 10,000 per hub: 7 hubs of 7,143 users; at 100% it would be 5 hubs of 10,000
    expect(a.data.virtualWan).toMatchObject({ hubs: 7, usersPerHub: 7143, minimumHubs: 5, hubsBinding: 'users' });
    expect(answerTo('sizing 50000 users').data.virtualWan).toMatchObject({ hubs: 1 });
  });

  it('the SSTP cap drives the pool split: with 256, SSTP keeps a /24 of a /22', () => {
    const mods = copyModules();
    findEntry(mods, 'facts', 'sstp-max-connections').entry.value = 256;
    const a = answerWith(loadKnowledgeFrom(mods), 'pool 172.16.0.0/22 sstp ikev2');
    expect(a.data.plan.parts[0]).toMatchObject({ protocol: 'sstp', blocks: ['172.16.0.0/24'], capacity: 256 });
    expect(a.data.plan.parts[1].blocks).toEqual(['172.16.1.0/24', '172.16.2.0/23']);
  });

  it('the minimum pool size comes from the model', () => {
    const mods = copyModules();
    findEntry(mods, 'facts', 'p2s-pool-min-prefix-active-passive').entry.value = 27;
    const a = answerWith(loadKnowledgeFrom(mods), 'pool 10.0.0.0/28');
    expect(a.findings.map((f) => f.code)).toContain('pool_too_small');
    expect(ask('pool 10.0.0.0/28').findings.map((f) => f.code)).not.toContain('pool_too_small');
  });
});

describe('scenarios', () => {
  it('a new scenario is listed, found by id and by words', () => {
    const mods = copyModules();
    entriesOf(mods, 'knowledge/data/scenarios.ts', 'scenarios').push({
      id: 'satellite-offices',
      title: 'Satellite offices on a shoestring',
      summary: 'Small satellite offices connect with one site-to-site tunnel each.',
      whenItFits: ['Tiny offices with a consumer router and a fixed public address.'],
      steps: [{ text: 'Create one site-to-site connection per office.', facts: ['vpngw1az-gen1-s2s-tunnels'] }],
      services: ['VPN Gateway'],
      sources: [SOURCE],
    });
    const kb = loadKnowledgeFrom(mods);
    expect(answerWith(kb, 'scenario').data.matches).toContain('satellite-offices');
    const byId = answerWith(kb, 'scenario satellite-offices');
    expect(byId.data.scenario).toBe('satellite-offices');
    expect(byId.facts.map((f) => f.id)).toContain('vpngw1az-gen1-s2s-tunnels');
    expect(answerWith(kb, 'scenario shoestring satellite').data.scenario).toBe('satellite-offices');
  });
});

describe('lifecycle events', () => {
  const LIFECYCLE = 'knowledge/data/lifecycle.ts';

  it('a new retirement of an existing client reaches every answer that uses the client, before and after its date', () => {
    const mods = copyModules();
    entriesOf(mods, LIFECYCLE, 'lifecycle').push({
      id: 'openvpn-client-retired-test',
      title: 'OpenVPN client no longer supported (test)',
      kind: 'retired',
      subjects: ['openvpn-client'],
      date: '2027-06-30',
      source: SOURCE,
    });
    const kb = loadKnowledgeFrom(mods);

    const before = answerWith(kb, 'compat macos certificate');
    expect(before.lifecycle).toContainEqual(expect.objectContaining({ id: 'openvpn-client-retired-test', state: 'upcoming' }));
    expect(before.findings).toContainEqual(
      expect.objectContaining({
        code: 'lifecycle_upcoming',
        severity: 'info',
        message: 'From 2027-06-30: OpenVPN client no longer supported (test).',
      }),
    );
    // The project's own model has no such event.
    expect(answerTo('compat macos certificate').lifecycle.map((l) => l.id)).not.toContain('openvpn-client-retired-test');

    const after = answerWith(kb, 'compat macos certificate openvpn', '2027-07-01');
    expect(after.data.cells[0]).toMatchObject({ status: 'no-longer-supported', lifecycle: ['openvpn-client-retired-test'] });
    // The cell's own finding states the retirement; the engine doesn't say it again.
    expect(after.findings.filter((f) => f.lifecycle?.includes('openvpn-client-retired-test')).map((f) => f.code)).toEqual([
      'client_retired',
    ]);

    // Any other command that uses a fact about the client carries it too: the limits listing shows its date.
    const limits = answerWith(kb, 'limits macos', '2027-07-01');
    expect(JSON.stringify(limits.sections)).toContain('OpenVPN client no longer supported (test)');
  });

  it('a new end of enabling for IKEv2 marks every "supported" IKEv2 cell and the IKEv2 ports', () => {
    const mods = copyModules();
    entriesOf(mods, LIFECYCLE, 'lifecycle').push({
      id: 'ikev2-enable-ends-test',
      title: 'IKEv2 can no longer be enabled (test)',
      kind: 'enable-ends',
      subjects: ['ikev2'],
      date: '2027-01-01',
      source: SOURCE,
    });
    const kb = loadKnowledgeFrom(mods);

    const compat = answerWith(kb, 'compat ios certificate', '2027-02-01');
    expect(compat.data.cells.find((c) => c.tunnel === 'ikev2')).toMatchObject({
      status: 'supported',
      statusNote: "can't be enabled since 2027-01-01",
    });
    expect(compat.findings.find((f) => f.code === 'ikev2_cannot_enable')).toMatchObject({ lifecycle: ['ikev2-enable-ends-test'] });

    const ports = answerWith(kb, 'ports ikev2', '2027-02-01');
    expect(ports.summary).toContain("can't be enabled since 2027-01-01");
    expect(ports.findings).toContainEqual(
      expect.objectContaining({ code: 'lifecycle_in_effect', severity: 'warning', lifecycle: ['ikev2-enable-ends-test'] }),
    );
    expect(answerWith(kb, 'ports ikev2', '2026-12-31').findings.find((f) => f.lifecycle?.includes('ikev2-enable-ends-test'))).toMatchObject(
      {
        code: 'lifecycle_upcoming',
      },
    );
  });
});
