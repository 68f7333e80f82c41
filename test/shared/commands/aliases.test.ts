/**
 * Aliases route: every alias a command declares reaches that command when its parser accepts the
 * words, and the same alias with words the parser rejects falls back to search (admins' phrasing
 * finds answers instead of a usage error). A new alias without a row here fails the completeness test.
 */
import { commands } from '../../../shared';
import { ask } from '../../support/knowledge-fixture';

/** alias → a phrase the command's parser accepts. */
const routes: Record<string, string> = {
  size: 'size 5000 users',
  sku: 'sku 3000 users 40 sites',
  capacity: 'capacity 800 users sstp',
  compatibility: 'compatibility macos certificate',
  client: 'client macos',
  clients: 'clients linux entra',
  'address-pool': 'address-pool 172.16.0.0/22',
  addresses: 'addresses 10.8.0.0/19 users 5000',
  cidr: 'cidr 172.16.0.0/22 sstp ikev2',
  route: 'route 30',
  'traffic-selectors': 'traffic-selectors 300',
  selectors: 'selectors 10.0.0.0/16 10.1.0.0/16',
  jumpbox: 'jumpbox 500 rdp',
  rdp: 'rdp 500',
  ssh: 'ssh 300',
  er: 'er 3 circuits 8 gbps',
  'express-route': 'express-route 5 gbps',
  scenarios: 'scenarios',
  guide: 'guide azure-only',
  topology: 'topology users need on-premises access',
  limit: 'limit virtual-wan',
  facts: 'facts sstp',
  fact: 'fact',
  port: 'port ikev2',
  firewall: 'firewall openvpn',
  find: 'find why only 128 users',
  '?': '?',
  commands: 'commands',
  usage: 'usage sizing',
};

/** alias → a phrase its parser rejects, which must go to search rather than fail. */
const fallsBack: Array<[alias: string, text: string]> = [
  ['firewall', 'firewall blocks ikev2 at hotels'],
  ['client', "client can't connect after root cert renewal"],
  ['rdp', 'rdp gateway vs bastion'],
  ['er', 'er private peering not advertised'],
  ['sku', 'sku retirement dates'],
  ['usage', 'usage of the tunnel is slow'],
  ['clients', 'clients drop after an hour'],
  ['cidr', 'cidr overlap with home networks'],
];

const aliasOf = new Map(commands.flatMap((c) => c.aliases.map((a) => [a, c.name] as const)));

describe('aliases that route', () => {
  it('every declared alias has a routing case here, and no case names an alias nobody declares', () => {
    expect(Object.keys(routes).sort()).toEqual([...aliasOf.keys()].sort());
  });

  it.each(Object.entries(routes))('%s → its command ("%s")', (alias, text) => {
    const a = ask(text);
    expect(a.kind).toBe('answer');
    expect(a.command).toBe(aliasOf.get(alias));
  });

  it.each(fallsBack)('%s with words its command rejects goes to search: "%s"', (alias, text) => {
    expect(aliasOf.has(alias)).toBe(true);
    const a = ask(text);
    expect(a.kind).toBe('answer');
    expect(a.command).toBe('search');
  });

  it('a command name keeps its usage error: the name says which command was meant', () => {
    const a = ask('bastion lots of sessions');
    expect(a.kind).toBe('usage_error');
    expect(a.command).toBe('bastion');
  });

  it('search hints never route', () => {
    for (const c of commands) {
      for (const hint of c.searchHints ?? []) {
        expect(aliasOf.has(hint)).toBe(false);
        expect(commands.map((x) => x.name)).not.toContain(hint);
      }
    }
    expect(ask('why only 128 users').command).toBe('search');
  });
});
