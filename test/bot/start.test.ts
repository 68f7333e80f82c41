/**
 * `npm start` and `npm run start:prod` as real processes on a copy of the repository, with artifacts
 * recorded as fresh (so nothing rebuilds), and the SITE_URL warning when Slack is on.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { memorySink } from '../../bot/log';
import { startVpnAdvisor } from '../../bot/server-lifecycle';
import { ARTIFACTS, fingerprints, MANIFEST_FILE, recordBuilt } from '../../scripts/lib/build-fingerprint.cjs';
import { startHarness } from './harness';

const ROOT = path.resolve(__dirname, '../..');
const SITE_URL = 'https://vpn.example.test';
const PLACEHOLDER_SITE = '<!doctype html><title>placeholder site</title>';
const UNREACHABLE_LINKS = /WARN .*Slack: answers link to .*Slack users get links they can't open\. Set SITE_URL/;

jest.setTimeout(90_000);

describe('SITE_URL warning', () => {
  const warnings = async (env: Record<string, string>) => {
    const h = await startHarness({ env });
    await h.stop();
    return h.logs.filter((l) => UNREACHABLE_LINKS.test(l));
  };

  test('Slack on, SITE_URL a public address: no warning', async () => {
    expect(await warnings({ SITE_URL })).toEqual([]);
  });

  test('Slack on, SITE_URL unset: warns, naming the localhost links and how to set it', async () => {
    const lines = await warnings({ SITE_URL: '' });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/answers link to http:\/\/localhost:\d+ \(SITE_URL is not set\)/);
    expect(lines[0]).toContain('SITE_URL=https://vpn.example.com npm start');
  });

  test.each(['http://localhost:3000', 'http://127.0.0.1:8080/', 'http://[::1]:3000'])('Slack on, SITE_URL=%s: warns', async (url) => {
    expect(await warnings({ SITE_URL: url })).toHaveLength(1);
  });

  test('Slack off: no warning, the links are for people on this machine', async () => {
    const { sink, lines } = memorySink();
    const advisor = await startVpnAdvisor({ env: { PORT: '0', HOST: '127.0.0.1' }, sink });
    await advisor.stop();
    expect(lines.some((l) => /Slack is off/.test(l))).toBe(true);
    expect(lines.filter((l) => UNREACHABLE_LINKS.test(l))).toEqual([]);
  });
});

/** Sources, scripts and lockfile copied to a temp dir (node_modules linked); generated files left behind. */
function copyOfRepository(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vpn-start-'));
  const generated = new Set(
    ['site/build', 'site/.docusaurus', 'site/static/generated', 'site/docs/generated'].map((p) => path.join(ROOT, p)),
  );
  for (const entry of ['bot', 'shared', 'knowledge', 'scripts', 'site', 'package.json', 'package-lock.json', 'tsconfig.json'])
    fs.cpSync(path.join(ROOT, entry), path.join(dir, entry), {
      recursive: true,
      filter: (src) => !generated.has(src) && path.basename(src) !== 'node_modules',
    });
  fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'));
  return dir;
}

/**
 * The server bundle built for real; the other artifacts are placeholders (building the site takes a
 * while and is not what this tests); everything recorded as built for `env`, as `npm run build` would.
 */
function freshBuild(dir: string, env: Record<string, string>): void {
  execFileSync(process.execPath, ['scripts/build-server.mjs'], { cwd: dir });
  fs.writeFileSync(path.join(dir, 'dist/vpn.js'), '// placeholder\n');
  fs.writeFileSync(path.join(dir, 'dist/search-index.json'), '{}\n');
  fs.mkdirSync(path.join(dir, 'site/build'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'site/build/index.html'), PLACEHOLDER_SITE);
  const current = fingerprints(dir, env);
  for (const a of ARTIFACTS) recordBuilt(dir, a.name, current[a.name]!);
}

function childEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? '',
    npm_config_update_notifier: 'false',
    HOST: '127.0.0.1',
    PORT: '0',
    ...extra,
  };
}

interface Run {
  child: ChildProcess;
  output: () => string;
  /** npm exited (a child it left behind may still hold its output open). */
  exited: Promise<number | null>;
  /** npm exited and its output is complete. */
  closed: Promise<number | null>;
}

/** Every npm started here, stopped after each test however it ended (a hung child would keep jest waiting). */
const started: ChildProcess[] = [];
afterEach(() => {
  for (const child of started.splice(0))
    if (child.exitCode === null && child.signalCode === null)
      for (const pid of [...descendants(child.pid!), child.pid!]) process.kill(pid, 'SIGKILL');
});

function npm(dir: string, script: string, env: Record<string, string>): Run {
  const child = spawn('npm', ['run', script], { cwd: dir, env: childEnv(env) });
  started.push(child);
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
  const closed = new Promise<number | null>((r) => child.on('close', (code) => r(code)));
  return { child, output: () => out, exited, closed };
}

/** The port, once the server has said where it listens and what it serves (the line after). */
async function untilListening(run: Run): Promise<number> {
  for (const deadline = Date.now() + 60_000; Date.now() < deadline; ) {
    const m = /listening on http:\/\/127\.0\.0\.1:(\d+)[\s\S]*Docs site: /.exec(run.output());
    if (m) return Number(m[1]);
    if (run.child.exitCode !== null) break;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`no "listening" line:\n${run.output()}`);
}

/** Every process below `pid`, from `ps`. */
function descendants(pid: number): number[] {
  const rows = execFileSync('ps', ['-A', '-o', 'pid=,ppid='], { encoding: 'utf8' })
    .trim()
    .split('\n')
    .map((l) => l.trim().split(/\s+/).map(Number));
  const found: number[] = [];
  for (let frontier = [pid]; frontier.length; ) {
    const children = rows.filter(([, ppid]) => frontier.includes(ppid!)).map(([p]) => p!);
    found.push(...children);
    frontier = children;
  }
  return found;
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

const portFree = (port: number) =>
  new Promise<boolean>((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });

/** Polls (generously: a loaded CI machine) until `check` holds; false if it never does. */
async function eventually(check: () => boolean | Promise<boolean>, ms = 15_000): Promise<boolean> {
  for (const deadline = Date.now() + ms; Date.now() < deadline; await new Promise((r) => setTimeout(r, 100)))
    if (await check()) return true;
  return check();
}

describe('npm start / npm run start:prod', () => {
  let dir: string;
  const env = { SITE_URL };
  beforeAll(() => {
    dir = copyOfRepository();
    freshBuild(dir, env);
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  async function stopsCleanly(run: Run, port: number): Promise<void> {
    const below = descendants(run.child.pid!);
    expect(below.length).toBeGreaterThan(0);
    run.child.kill('SIGTERM');
    await run.exited;
    try {
      expect(await eventually(() => below.every((p) => !alive(p)))).toBe(true);
      expect(await eventually(() => portFree(port))).toBe(true);
    } finally {
      // A failed run must not leave its orphan behind (on the port, and keeping jest waiting on its output).
      for (const p of below.filter(alive)) process.kill(p, 'SIGKILL');
    }
  }

  test('fresh artifacts: builds nothing, serves from dist/server.js, and SIGTERM to npm leaves no process and a free port', async () => {
    const run = npm(dir, 'start', env);
    const port = await untilListening(run);
    expect(run.output()).toContain('build: everything is up to date');
    expect(run.output()).not.toContain('rebuilding');
    expect(run.output()).toContain(`Docs site: serving ${path.join(dir, 'site/build')}`);
    expect(await (await fetch(`http://127.0.0.1:${port}/`)).text()).toContain('placeholder site');
    const ask = await fetch(`http://127.0.0.1:${port}/api/ask?q=ports`);
    expect(ask.status).toBe(200);
    const server = descendants(run.child.pid!).map((p) => fs.readFileSync(`/proc/${p}/cmdline`, 'utf8').replace(/\0/g, ' '));
    expect(server.join('\n')).not.toMatch(/tsx/);
    await stopsCleanly(run, port);
  });

  test('start:prod serves a complete build, even one shipped without its sources', async () => {
    const shipped = fs.mkdtempSync(path.join(os.tmpdir(), 'vpn-shipped-'));
    try {
      for (const entry of ['package.json', 'scripts', 'dist', 'site/build'])
        fs.cpSync(path.join(dir, entry), path.join(shipped, entry), { recursive: true });
      const run = npm(shipped, 'start:prod', env);
      const port = await untilListening(run);
      expect(run.output()).not.toContain('build:');
      expect((await fetch(`http://127.0.0.1:${port}/api/ask?q=ports`)).status).toBe(200);
      await stopsCleanly(run, port);
    } finally {
      fs.rmSync(shipped, { recursive: true, force: true });
    }
  });

  test('start:prod refuses (exit 1) a site built for another SITE_URL, saying what to do', async () => {
    const run = npm(dir, 'start:prod', { SITE_URL: 'https://vpn.contoso.com' });
    expect(await run.closed).toBe(1);
    expect(run.output()).toContain(
      'site: built with SITE_URL=https://vpn.example.test, now https://vpn.contoso.com: its links would point elsewhere. Start with SITE_URL=https://vpn.example.test, or rebuild: SITE_URL=https://vpn.contoso.com npm run build',
    );
    expect(run.output()).not.toContain('listening');
  });

  test('start:prod builds nothing: a missing artifact or manifest is named with the command that builds it, exit 1', async () => {
    const server = path.join(dir, 'dist/server.js');
    const manifest = path.join(dir, MANIFEST_FILE);
    fs.renameSync(server, `${server}.away`);
    try {
      const run = npm(dir, 'start:prod', env);
      expect(await run.closed).toBe(1);
      expect(run.output()).toContain('server: dist/server.js missing (npm run build:server builds it)');
      expect(fs.existsSync(server)).toBe(false);
    } finally {
      fs.renameSync(`${server}.away`, server);
    }
    fs.renameSync(manifest, `${manifest}.away`);
    try {
      const run = npm(dir, 'start:prod', env);
      expect(await run.closed).toBe(1);
      expect(run.output()).toContain('dist/build-info.json is missing (npm run build writes it)');
      expect(run.output()).toContain('site: not recorded in dist/build-info.json');
    } finally {
      fs.renameSync(`${manifest}.away`, manifest);
    }
  });
});
