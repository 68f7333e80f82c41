// Builds artifacts by name and records each one's fingerprint in the manifest (scripts/lib/build-fingerprint.cjs).
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';

const fingerprint = createRequire(import.meta.url)('./build-fingerprint.cjs');

/**
 * Runs one build command with the terminal's output. Ctrl-C or SIGTERM while it runs stops the build
 * too and exits, rather than leaving a build running with nobody waiting for it. The command runs in
 * its own process group and the signal goes to the whole group: npm runs scripts through `sh -c`, which
 * does not pass signals on, so signalling npm alone would leave the builder running.
 */
function run(root, command) {
  const [file, ...args] = command.split(' ');
  return new Promise((resolve, reject) => {
    const child = spawn(file, args, { cwd: root, stdio: 'inherit', detached: true });
    const stop = (signal) => {
      try {
        process.kill(-child.pid, signal);
      } catch {
        // the group is gone already
      }
      const exit = () => process.exit(signal === 'SIGINT' ? 130 : 143);
      if (child.exitCode !== null || child.signalCode !== null) exit();
      else child.once('close', exit);
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    child.once('error', reject);
    child.once('close', (code, signal) => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      if (code === 0) resolve();
      else reject(new Error(`${command} failed (${signal ?? `exit ${code}`})`));
    });
  });
}

/**
 * Builds `names` in build order, each from the fingerprint taken before any build started (a source
 * edited during the build then shows up as a change on the next start), and records it once built.
 * An artifact whose build fails is forgotten, so the next start builds it again. `current`: the
 * fingerprints already taken, if any.
 */
export async function buildArtifacts(root, names, { env = process.env, log = console.log, current } = {}) {
  current ??= fingerprint.fingerprints(root, env, names);
  for (const artifact of fingerprint.ARTIFACTS.filter((a) => names.includes(a.name))) {
    const started = performance.now();
    fingerprint.forgetBuilt(root, artifact.name);
    await run(root, artifact.build);
    fingerprint.recordBuilt(root, artifact.name, current[artifact.name]);
    log(`build: ${artifact.name} built in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
}

export { fingerprint };
