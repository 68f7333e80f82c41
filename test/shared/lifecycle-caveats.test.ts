/**
 * The dated caveats the issue names, answer by answer: a pool split for SSTP, the firewall ports for SSTP,
 * `limits sstp`, a compat row whose client or app ID retires, a legacy gateway's Basic public IP. Each
 * comes from the facts the answer used (their `about`), not from the command remembering it.
 */
import { parseAnswer } from '../../shared';
import type { Answer } from '../../shared';
import { answerTo, ask } from '../support/knowledge-fixture';

const cites = (a: Answer, event: string) => a.findings.filter((f) => f.lifecycle?.includes(event));
const lifecycleIds = (a: Answer) => a.lifecycle.map((l) => l.id);

describe('the engine adds the caveat once, in words, for what the answer used', () => {
  it('ports sstp: a warning that SSTP can no longer be enabled, and when it stops', () => {
    const a = answerTo('ports sstp');
    expect(a.findings).toEqual(
      expect.arrayContaining([
        {
          code: 'lifecycle_in_effect',
          severity: 'warning',
          message: 'Since 2026-03-31: SSTP can no longer be enabled on a gateway.',
          lifecycle: ['sstp-enable-ends'],
        },
        {
          code: 'lifecycle_upcoming',
          severity: 'info',
          message: 'From 2027-03-31: SSTP point-to-site connections stop working.',
          lifecycle: ['sstp-retired'],
        },
      ]),
    );
    expect(a.summary).toContain("TCP 443 (can't be enabled since 2026-03-31)");
  });

  it('before SSTP can no longer be enabled, both dates are ahead (information)', () => {
    const a = answerTo('ports sstp', { asOf: '2026-03-30' });
    expect(a.findings.filter((f) => f.code.startsWith('lifecycle_')).map((f) => [f.severity, f.message])).toEqual([
      ['info', 'From 2026-03-31: SSTP can no longer be enabled on a gateway.'],
      ['info', 'From 2027-03-31: SSTP point-to-site connections stop working.'],
    ]);
    expect(a.summary).not.toContain("can't be enabled");
  });

  it('once SSTP has stopped, "can no longer be enabled" is not said any more, and the ports row says it stopped', () => {
    const a = answerTo('ports', { asOf: '2027-04-01' });
    expect(a.findings.map((f) => f.message)).toContain('Since 2027-03-31: SSTP point-to-site connections stop working.');
    expect(cites(a, 'sstp-enable-ends')).toEqual([]);
    expect(lifecycleIds(a)).toEqual(['sstp-enable-ends', 'sstp-retired']);
    const table = a.sections[0];
    expect(table.type === 'table' && table.rows.map((r) => r[0])).toContain(
      'SSTP (Secure Socket Tunneling Protocol) — stopped working on 2027-03-31',
    );
  });

  it('a pool split for SSTP carries the SSTP dates', () => {
    const a = answerTo('pool 172.16.0.0/22 sstp ikev2');
    expect(lifecycleIds(a)).toEqual(['sstp-enable-ends', 'sstp-retired']);
    expect(cites(a, 'sstp-enable-ends')[0]).toMatchObject({ severity: 'warning' });
    expect(cites(a, 'sstp-retired')[0]).toMatchObject({ severity: 'info' });
  });

  it('a legacy gateway carries its retirement and the Basic public IP deprecation', () => {
    const a = answerTo('sizing 300 users from standard');
    expect(lifecycleIds(a)).toEqual(
      expect.arrayContaining(['legacy-creation-ends', 'legacy-migration-window', 'legacy-retired', 'basic-public-ip-deprecated']),
    );
    expect(a.findings.map((f) => f.message)).toContain('Since 2026-06-30: Basic SKU public IP addresses on VPN gateways deprecated.');
    // The migration window closed and creation ended before the retirement: nothing more to say about them.
    expect(cites(a, 'legacy-migration-window')).toEqual([]);
    expect(cites(a, 'legacy-creation-ends')).toEqual([]);
  });

  it('findings keep the events they state through JSON (the CLI and /api/ask)', () => {
    const a = ask('ports sstp');
    expect(parseAnswer(JSON.parse(JSON.stringify(a))).findings).toEqual(a.findings);
  });
});

describe('compat states the dated changes of its cells itself', () => {
  it('compat windows: one SSTP finding covers both SSTP dates; the manually registered app ID retirements are ahead', () => {
    const a = answerTo('compat windows');
    expect(a.findings.find((f) => f.code === 'sstp_cannot_enable')).toMatchObject({
      lifecycle: ['sstp-enable-ends', 'sstp-retired'],
      message: expect.stringContaining('until 2027-03-31'),
    });
    expect(a.findings.filter((f) => f.code.startsWith('lifecycle_')).map((f) => f.message)).toEqual([
      'From 2028-03-31: Manually registered Azure VPN Client app (Entra audience) retired in Azure Public.',
      'From 2029-03-31: Manually registered Azure VPN Client app (Entra audience) retired in Azure Government and 21Vianet.',
    ]);
    expect(a.summary).toContain("SSTP (can't be enabled since 2026-03-31) + Azure certificate authentication");
  });

  it('compat macos certificate: SSTP never worked on a Mac, so its dates are not a macOS caveat', () => {
    const a = answerTo('compat macos certificate');
    expect(lifecycleIds(a)).not.toContain('sstp-enable-ends');
    expect(a.findings.filter((f) => f.code.startsWith('lifecycle_') || f.code.startsWith('sstp_'))).toEqual([]);
  });

  it('compat linux entra, before the Linux client retires: the date is ahead', () => {
    const a = answerTo('compat linux entra', { asOf: '2026-06-01' });
    expect(a.findings.map((f) => f.message)).toContain('From 2026-08-31: Azure VPN Client for Linux retired.');
  });

  it('compat linux entra, after: the cell says the client retired, and the engine does not repeat it', () => {
    const a = answerTo('compat linux entra');
    expect(cites(a, 'azure-vpn-client-linux-retired').map((f) => f.code)).toEqual(['client_retired']);
    expect(lifecycleIds(a)).toContain('azure-vpn-client-linux-retired');
  });

  it('Entra ID itself is not retired: after 2028-03-31 Entra on Windows is still supported, with the retirement said', () => {
    const a = answerTo('compat windows entra openvpn', { asOf: '2028-04-01' });
    expect(a.data.cells[0]).toMatchObject({ status: 'supported' });
    expect(cites(a, 'entra-manual-app-retired-public')[0]).toMatchObject({ code: 'lifecycle_in_effect', severity: 'warning' });
  });
});

describe('limits lists the dated changes of what it matched', () => {
  it('limits sstp: a "Lifecycle dates" table with both SSTP dates and their source, and one finding that points to it', () => {
    const a = answerTo('limits sstp');
    const table = a.sections.find((s) => s.title.startsWith('Lifecycle dates'));
    expect(table?.type === 'table' && table.rows).toEqual(
      expect.arrayContaining([
        [
          'SSTP can no longer be enabled on a gateway',
          'since 2026-03-31',
          expect.stringContaining('Transition to OpenVPN or IKEv2 from SSTP'),
        ],
        ['SSTP point-to-site connections stop working', 'from 2027-03-31', expect.stringContaining('(2025-09-29)')],
      ]),
    );
    const pointer = a.findings.filter((f) => f.lifecycle?.length);
    expect(pointer).toHaveLength(1);
    expect(pointer[0]).toMatchObject({ code: 'lifecycle_dates', severity: 'warning' });
    expect(pointer[0].lifecycle).toEqual(expect.arrayContaining(['sstp-enable-ends', 'sstp-retired']));
  });

  it('limits vpn-gateway-skus: the topic’s dates even when the facts that carry them are beyond the first 40 shown', () => {
    const a = answerTo('limits vpn-gateway-skus');
    const table = a.sections.find((s) => s.title.startsWith('Lifecycle dates'));
    expect(table?.type === 'table' && table.rows.map((r) => r[0])).toEqual(
      expect.arrayContaining(['Non-AZ VpnGw1–5 SKUs deprecated', 'Legacy Standard and HighPerformance SKUs retired']),
    );
  });

  it('a topic with no dated change has no lifecycle table and no finding', () => {
    const a = answerTo('limits bastion');
    expect(a.sections.map((s) => s.title)).toEqual(['Facts']);
    expect(a.findings).toEqual([]);
  });
});
