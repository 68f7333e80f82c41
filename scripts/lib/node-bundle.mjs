// How every Node bundle of this project is built (the CLI and the server): one place for esbuild's options.
import { build } from 'esbuild';

export const NODE_BUNDLE_OPTIONS = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  // jsonc-parser's "main" is a UMD build whose requires esbuild can't follow; its "module" build bundles cleanly.
  mainFields: ['module', 'main'],
  legalComments: 'none',
  logLevel: 'warning',
};

/** Bundles `entry` into `outfile` (CommonJS for Node 20). */
export function bundleForNode(entry, outfile) {
  return build({ ...NODE_BUNDLE_OPTIONS, entryPoints: [entry], outfile });
}
