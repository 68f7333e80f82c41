import type { Fact } from '../knowledge/schema';

/** 5000 → "5,000"; 1.25 → "1.25". Locale-independent so every face prints the same. */
export function formatNumber(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  const [int, frac] = String(Math.abs(n)).split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${n < 0 ? '-' : ''}${grouped}${frac ? `.${frac}` : ''}`;
}

export function formatPercent(ratio: number): string {
  return `${Math.round(ratio * 100)}%`;
}

/** Mbps → "650 Mbps" / "1.25 Gbps". */
export function formatMbps(mbps: number): string {
  return mbps >= 1000 ? `${formatNumber(Math.round((mbps / 1000) * 100) / 100)} Gbps` : `${formatNumber(Math.round(mbps * 100) / 100)} Mbps`;
}

export function formatFactValue(f: Pick<Fact, 'value' | 'unit' | 'unknown'>): string {
  if (f.value === null) return 'unknown';
  if (typeof f.value === 'boolean') return f.value ? 'yes' : 'no';
  if (typeof f.value === 'number') {
    if (f.unit === 'prefix length') return `/${f.value}`;
    return f.unit ? `${formatNumber(f.value)} ${f.unit}` : formatNumber(f.value);
  }
  return f.unit ? `${f.value} ${f.unit}` : f.value;
}
