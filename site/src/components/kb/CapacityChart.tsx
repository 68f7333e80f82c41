import type React from 'react';
import type { ChartView } from '@site/plugins/knowledge/view-model';
import styles from './kb.module.css';

const LABEL_W = 150;
const PLOT_W = 470;
const VALUE_W = 80;
const BAR_H = 16;
const GAP = 6;
const TOP = 22;
const AXIS_H = 26;

function niceStep(max: number, ticks: number): number {
  const raw = max / ticks;
  const pow = 10 ** Math.floor(Math.log10(raw));
  const n = raw / pow;
  return (n <= 1 ? 1 : n <= 2 ? 2 : n <= 5 ? 5 : 10) * pow;
}

const fmt = (n: number) => n.toLocaleString('en-US');

/**
 * A horizontal bar chart drawn as SVG at build time (no chart library): one bar per row, value at its
 * end, reference lines for caps. Each bar links to the fact it shows.
 */
export default function CapacityChart({ chart }: { chart: ChartView }): React.ReactElement {
  const max = Math.max(1, ...chart.bars.map((b) => b.value), ...chart.markers.map((m) => m.value));
  const step = niceStep(max, 5);
  const axisMax = Math.ceil(max / step) * step;
  const x = (v: number) => LABEL_W + (v / axisMax) * PLOT_W;
  const groups = [...new Set(chart.bars.map((b) => b.group))];
  const color = (group: string) => styles[`chartBar${(chart.colors?.[group] ?? groups.indexOf(group)) % 4}`];
  const plotBottom = TOP + chart.bars.length * (BAR_H + GAP);
  const height = plotBottom + AXIS_H;
  const ticks = Array.from({ length: Math.round(axisMax / step) + 1 }, (_, i) => i * step);
  return (
    <figure className={styles.chart}>
      {/* No role="img": its bars are links, and an image's content would hide them from assistive technology. */}
      <svg viewBox={`0 0 ${LABEL_W + PLOT_W + VALUE_W} ${height}`} aria-label={chart.title} className={styles.chartSvg}>
        <title>{chart.title}</title>
        {ticks.map((t) => (
          <g key={t}>
            <line x1={x(t)} x2={x(t)} y1={TOP - 4} y2={plotBottom} className={styles.chartGrid} />
            <text x={x(t)} y={plotBottom + 14} textAnchor="middle" className={styles.chartTick}>
              {fmt(t)}
            </text>
          </g>
        ))}
        {chart.bars.map((b, i) => {
          const y = TOP + i * (BAR_H + GAP);
          return (
            <a key={`${b.label}-${i}`} href={b.href}>
              <text x={LABEL_W - 8} y={y + BAR_H - 4} textAnchor="end" className={styles.chartLabel}>
                {b.label}
              </text>
              <rect x={LABEL_W} y={y} width={Math.max(1, x(b.value) - LABEL_W)} height={BAR_H} className={color(b.group)}>
                <title>{`${b.label}: ${b.display} ${chart.axis} (${b.group})`}</title>
              </rect>
              <text x={x(b.value) + 4} y={y + BAR_H - 4} className={styles.chartValue}>
                {b.display}
              </text>
            </a>
          );
        })}
        {chart.markers.map((m) => (
          <g key={m.label}>
            <line x1={x(m.value)} x2={x(m.value)} y1={TOP - 12} y2={plotBottom} className={styles.chartMarker} />
            <text
              x={x(m.value) > LABEL_W + PLOT_W / 2 ? x(m.value) - 3 : x(m.value) + 3}
              y={TOP - 12}
              textAnchor={x(m.value) > LABEL_W + PLOT_W / 2 ? 'end' : 'start'}
              className={styles.chartMarkerText}
            >
              {`${m.label}: ${m.display}`}
            </text>
          </g>
        ))}
        <text x={LABEL_W + PLOT_W / 2} y={height - 2} textAnchor="middle" className={styles.chartTick}>
          {chart.axis}
        </text>
      </svg>
      <figcaption>
        {chart.title}.{' '}
        {groups.map((g) => (
          <span key={g} className={styles.legendItem}>
            <span className={`${styles.legendSwatch} ${color(g)}`} /> {g}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}
