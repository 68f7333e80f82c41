import { analyze, analyzeQuery, analyzeTerms, stem } from '../../shared/search/analyze';
import { synonymGroups } from '../../shared/search/synonyms';

const terms = (text: string) => analyze(text);

describe('tokenizer: field names stay whole and are split', () => {
  it.each([
    ['VpnGw2AZ', ['vpngw2az', 'vpngw2', 'az']],
    ['ErGw1AZ', ['ergw1az', 'ergw1', 'az']],
    ['IKEv2', ['ikev2']],
    ['VpnGw4', ['vpngw4']],
  ])('%s → %j', (text, expected) => {
    expect(terms(text)).toEqual(expected);
  });

  it('keeps slashed protocol pairs whole and each side', () => {
    expect(terms('IKEv2/OpenVPN')).toEqual(expect.arrayContaining(['ikev2/openvpn', 'ikev2', 'openvpn']));
  });

  it('keeps hyphenated terms whole and in parts, and adds the canonical synonym', () => {
    expect(terms('point-to-site')).toEqual(['point-to-site', 'p2s', 'point', 'site']);
    expect(terms('active-active')).toEqual(expect.arrayContaining(['active-active', 'active']));
  });

  it('splits camelCase product words', () => {
    expect(terms('HighPerformance')).toEqual(['highperformance', 'high', 'performance']);
    expect(terms('AzureBastionSubnet')).toEqual(expect.arrayContaining(['azurebastionsubnet', 'bastion', 'subnet']));
  });

  it('keeps P2S and S2S whole (no "p2" part)', () => {
    expect(terms('P2S S2S')).toEqual(['p2s', 's2s']);
  });
});

describe('tokenizer: addresses, prefixes, ports and numbers', () => {
  it('keeps a CIDR whole, with its address and prefix length, never single octets', () => {
    expect(terms('10.0.0.0/24')).toEqual(['10.0.0.0/24', '10.0.0.0', '/24']);
    expect(terms('pool 172.16.0.0/22.')).toEqual(['pool', '172.16.0.0/22', '172.16.0.0', '/22']);
  });

  it('keeps a bare prefix length with its slash', () => {
    expect(terms('a GatewaySubnet of /27 or larger')).toEqual(expect.arrayContaining(['/27']));
  });

  it('joins a transport and its port into one term as well', () => {
    expect(terms('UDP 500')).toEqual(['udp', 'udp500', '500']);
    expect(terms('TCP 443')).toEqual(['tcp', 'tcp443', '443']);
    expect(terms('UDP 500, UDP 4500 and IP protocol 50')).toEqual(expect.arrayContaining(['udp500', 'udp4500', '50']));
  });

  it('drops thousands separators and reads 10k', () => {
    expect(terms('5,000 users')).toEqual(['5000', 'user']);
    expect(terms('10k users')).toEqual(['10000', 'user']);
    expect(terms('2mbps')).toEqual(['2', 'mbps']);
  });

  it('keeps versions and dates whole (dates also give their year)', () => {
    expect(terms('client 2.8.100')).toEqual(['client', '2.8.100']);
    expect(terms('2026-08-31')).toEqual(['2026-08-31', '2026']);
  });

  it('treats en dashes and arrows as separators', () => {
    expect(terms('VpnGw1–5')).toEqual(['vpngw1', '5']);
    expect(terms('Standard → VpnGw1')).toEqual(['standard', 'vpngw1']);
  });
});

describe('stop words and stemming', () => {
  it('drops question phrasing', () => {
    expect(terms('why can only 128 users connect')).toEqual(['128', 'user', 'connect']);
    expect(terms('how do I')).toEqual([]);
  });

  it('stems plain English words only', () => {
    expect(stem('connections')).toBe('connect');
    expect(stem('encryption')).toBe('encrypt');
    expect(stem('option')).toBe('option');
    expect(stem('blocked')).toBe('block');
    expect(stem('overlapping')).toBe('overlap');
    expect(stem('addresses')).toBe('address');
    expect(stem('policies')).toBe('policy');
    expect(stem('windows')).toBe('windows');
    expect(stem('radius')).toBe('radius');
    expect(stem('based')).toBe('based');
    expect(stem('vpngw2az')).toBe('vpngw2az');
  });
});

describe('synonyms, at index and query time', () => {
  const canonical = (text: string) =>
    analyzeTerms(text)
      .filter((t) => t.origin === 'synonym' || synonymGroups.some((g) => g.canonical === t.term))
      .map((t) => t.term);

  it.each([
    ['P2S', 'p2s'],
    ['point-to-site', 'p2s'],
    ['point to site', 'p2s'],
    ['User VPN', 'p2s'],
    ['S2S', 's2s'],
    ['site-to-site', 's2s'],
    ['branch office', 's2s'],
    ['ER', 'expressroute'],
    ['ExpressRoute', 'expressroute'],
    ['vWAN', 'vwan'],
    ['Virtual WAN', 'vwan'],
    ['Entra ID', 'entra'],
    ['Azure AD', 'entra'],
    ['AAD', 'entra'],
    ['Azure Active Directory', 'entra'],
    ['AVD', 'avd'],
    ['Azure Virtual Desktop', 'avd'],
    ['mac', 'macos'],
  ])('%s → %s', (text, term) => {
    expect(canonical(text)).toContain(term);
  });

  it('gives a document and a query that use different words a shared term', () => {
    const doc = new Set(analyze('Point-to-site (User VPN) users per Virtual WAN hub'));
    for (const q of ['p2s users per vwan hub', 'user vpn hub limit']) {
      const shared = [...analyzeQuery(q).keys()].filter((t) => doc.has(t));
      expect(shared).toEqual(expect.arrayContaining(['p2s']));
    }
  });

  it('weighs a typed word above a split part or a synonym', () => {
    const w = analyzeQuery('VpnGw2AZ P2S');
    expect(w.get('vpngw2az')).toBe(1);
    expect(w.get('vpngw2')!).toBeLessThan(1);
    expect(w.get('p2s')).toBe(1);
  });
});
