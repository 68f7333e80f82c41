// How every Node bundle of this project is built (the CLI and the server): one place for esbuild's options.
import { build } from 'esbuild';

/** Bundles `entry` into `outfile` (CommonJS for Node 20); `banner` is prepended (e.g. a shebang). */
export function bundleForNode(entry, outfile, banner) {
  return build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    // jsonc-parser's "main" is a UMD build whose requires esbuild can't follow; its "module" build bundles cleanly.
    mainFields: ['module', 'main'],
    ...(banner ? { banner: { js: banner } } : {}),
    legalComments: 'none',
    logLevel: 'warning',
  });
}
