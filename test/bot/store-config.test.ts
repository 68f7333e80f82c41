/**
 * Which store the configuration asks for, and what a bad REDIS_URL / REDIS_KEY_PREFIX says (never its value).
 */
import { loadConfig } from '../../bot/config';

describe('store configuration', () => {
  it('nothing set → embedded (no redis, DATA_DIR default left to the store)', () => {
    const r = loadConfig({});
    expect(r.ok && [r.config.redis, r.config.dataDir]).toEqual([undefined, undefined]);
  });

  it('REDIS_URL (redis:// or rediss://) → Redis with the default prefix; REDIS_KEY_PREFIX and DATA_DIR as given', () => {
    const r = loadConfig({
      REDIS_URL: 'rediss://user:pw@cache.example.net:6380',
      REDIS_KEY_PREFIX: 'vpn-advisor:prod:',
      DATA_DIR: '/var/lib/vpn',
    });
    expect(r.ok && r.config.redis).toEqual({ url: 'rediss://user:pw@cache.example.net:6380', keyPrefix: 'vpn-advisor:prod:' });
    expect(r.ok && r.config.dataDir).toBe('/var/lib/vpn');
    const d = loadConfig({ REDIS_URL: 'redis://127.0.0.1:6379' });
    expect(d.ok && d.config.redis?.keyPrefix).toBe('vpn-advisor:');
  });

  it.each([
    ['an http URL', { REDIS_URL: 'http://secret-host-name:6379' }, /REDIS_URL must be a redis:\/\/ or rediss:\/\/ URL/],
    ['no URL at all', { REDIS_URL: 'secret-host-name:6379' }, /REDIS_URL must be a redis:\/\/ or rediss:\/\/ URL/],
    ['a prefix with a space', { REDIS_URL: 'redis://h', REDIS_KEY_PREFIX: 'secret prefix' }, /REDIS_KEY_PREFIX must not contain spaces/],
  ])('%s → a problem naming the variable, not its value', (_name, env, message) => {
    const r = loadConfig(env);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.problems.join('\n')).toMatch(message);
      expect(r.problems.join('\n')).not.toMatch(/secret/);
    }
  });
});
