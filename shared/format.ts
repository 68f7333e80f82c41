import type { Fact } from '../knowledge/schema';

/** 5000 → "5,000"; 1.25 → "1.25". Locale-independent so every face prints the same. */
export function formatNumber(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  if (n > -1000 && n < 1000) return String(n); // nothing to group; the common case in tables
  const digits = String(Math.abs(n));
  if (digits.includes('e')) return String(n); // exponent notation (1e+21): leave as JavaScript prints it
  const dot = digits.indexOf('.');
  const int = dot < 0 ? digits : digits.slice(0, dot);
  // Sizing tables format a hundred numbers per answer: no array, no regular expression.
  let grouped = int.slice(0, int.length % 3 || 3);
  for (let i = grouped.length; i < int.length; i += 3) grouped += `,${int.slice(i, i + 3)}`;
  return `${n < 0 ? '-' : ''}${grouped}${dot < 0 ? '' : digits.slice(dot)}`;
}

export function formatPercent(ratio: number): string {
  // A load that rounds to 0% is still a load: say "<1%" rather than claim none.
  if (ratio > 0 && ratio < 0.005) return '<1%';
  return `${Math.round(ratio * 100)}%`;
}

/** Mbps → "650 Mbps" / "1.25 Gbps". */
export function formatMbps(mbps: number): string {
  return mbps >= 1000
    ? `${formatNumber(Math.round((mbps / 1000) * 100) / 100)} Gbps`
    : `${formatNumber(Math.round(mbps * 100) / 100)} Mbps`;
}

/** A unit as it reads after one: "1 pool", "1 public IP address"; rates and compound units stay as they are. */
function unitFor(value: number, unit: string): string {
  if (value !== 1 || /bps$|\//.test(unit)) return unit;
  if (/sses$/.test(unit)) return unit.slice(0, -2);
  return unit.endsWith('s') ? unit.slice(0, -1) : unit;
}

export function formatFactValue(f: Pick<Fact, 'value' | 'unit' | 'unknown'>): string {
  if (f.value === null) return 'unknown';
  if (typeof f.value === 'boolean') return f.value ? 'yes' : 'no';
  if (typeof f.value === 'number') {
    if (f.unit === 'prefix length') return `/${f.value}`;
    return f.unit ? `${formatNumber(f.value)} ${unitFor(f.value, f.unit)}` : formatNumber(f.value);
  }
  return f.unit ? `${f.value} ${f.unit}` : f.value;
}

/** 1 → "1 session", 3 → "3 sessions"; irregular plurals passed in ("1 scale unit", "2 scale units" work as is). */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${formatNumber(n)} ${n === 1 ? one : many}`;
}
