import { runCommand } from './shared';
import { loadKnowledge } from './knowledge';
const kb = loadKnowledge();
const asOf = process.env.AS_OF ?? '2026-11-21';
for (const q of process.argv.slice(2)) { const a = runCommand(q, { kb, asOf, base: 'http://x' }); console.log('==', q, '|', a.summary); for (const f of a.findings) console.log('   ', f.severity, f.code, f.message.slice(0,160)); }
