/**
 * The knowledge model for the CLI. Run from the sources (tsx, jest) this validates the data modules like
 * everything else; the bundle (scripts/build-cli.mjs) replaces this module with one that reads the model
 * validated at build time (knowledge/snapshot.ts), so `vpn` doesn't run zod over every entry at each start.
 * Keep the export list in step with the replacement in scripts/build-cli.mjs.
 */
export { loadKnowledge } from './index';
