/**
 * Finds hand-typed numbers in the prose of an MDX guide. Numbers belong to the knowledge model:
 * prose names a limit and shows it through <FactValue/> (or another knowledge component).
 * Allowed: code (fenced, inline — but Mermaid labels are checked), JSX tags and their attributes, link targets, heading-id comments,
 * ordered-list step numbers, and digits inside product names (IKEv2, VpnGw4AZ, Gen2, P2S) or in the
 * short list of fixed names below.
 */

/** Names whose digits are not quantities. */
const ALLOWED_PHRASES: readonly RegExp[] = [
  /\bWindows (?:10|11)\b/g,
  /\bTLS 1\.[23]\b/g,
  /\bRFC \d+\b/g,
  /\bCVE-\d{4}-\d+\b/g,
  /\bMicrosoft 365\b/g,
];

export interface DigitFinding {
  line: number;
  text: string;
}

/** Replaces a match with spaces so that line numbers stay right. */
function blank(s: string): string {
  return s.replace(/[^\n]/g, ' ');
}

function proseOf(mdx: string): string {
  let s = mdx;
  // Front matter: keep only the prose keys' values (title, sidebar label, description); same line count.
  s = s.replace(/^---\n([\s\S]*?)\n---\n/, (_m, body: string) => {
    const lines = body.split('\n').map((l) => (/^(title|sidebar_label|description):/.test(l) ? l.replace(/^[a-z_]+:/, blank) : blank(l)));
    return ['', ...lines, '', ''].join('\n');
  });
  // Fenced code is left out, except Mermaid: diagram labels are prose and must not carry numbers either.
  s = s.replace(/^```([^\n]*)\n([\s\S]*?)^```/gm, (m, lang: string, body: string) =>
    lang.trim() === 'mermaid' ? `${blank(`\`\`\`${lang}`)}\n${body.replace(/<br\s*\/?>/g, blank)}${blank('```')}` : blank(m),
  );
  s = s.replace(/`[^`\n]*`/g, blank); // inline code
  s = s.replace(/\{\/\*[\s\S]*?\*\/\}/g, blank); // MDX comments (heading ids)
  s = s.replace(/<!--[\s\S]*?-->/g, blank);
  s = s.replace(/^(import|export)\s.*$/gm, blank);
  s = s.replace(/<\/?[A-Za-z][\w.]*(?:\s[^<>]*)?\/?>/g, blank); // JSX / HTML tags with their attributes
  s = s.replace(/\]\([^)\s]*\)/g, (m) => `]${blank(m.slice(1))}`); // link targets
  s = s.replace(/^(\s*)\d+\.(?=\s)/gm, (_m, indent: string) => `${indent}  `); // step numbers
  return s;
}

export function handTypedNumbers(mdx: string): DigitFinding[] {
  let prose = proseOf(mdx);
  for (const re of ALLOWED_PHRASES) prose = prose.replace(re, blank);
  // Digits inside a word that starts with a letter: product and protocol names (IKEv2, VpnGw4AZ, P2S).
  prose = prose.replace(/\b[A-Za-z][A-Za-z0-9_]*\d[A-Za-z0-9_]*\b/g, blank);
  const findings: DigitFinding[] = [];
  prose.split('\n').forEach((line, i) => {
    const m = line.match(/\d[\d,.:/%]*/g);
    if (m) findings.push({ line: i + 1, text: `${m.join(' ')}  ←  ${line.trim()}` });
  });
  return findings;
}
