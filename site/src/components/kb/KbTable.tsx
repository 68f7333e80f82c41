import React from 'react';
import Link from '@docusaurus/Link';
import clsx from 'clsx';
import type { Cell, TableView } from '@site/plugins/knowledge/view-model';
import { useAnchors } from './anchor';
import styles from './kb.module.css';

const tones = { ok: styles.ok, no: styles.no, unknown: styles.unknownTone, warn: styles.warn } as const;

/** Site paths and in-page anchors go through Docusaurus' Link, so the build checks them. */
function SmartLink({ href, title, children }: { href: string; title?: string; children: React.ReactNode }): React.ReactElement {
  return (
    <Link to={href} title={title}>
      {children}
    </Link>
  );
}

function CellView({ cell }: { cell: Cell }): React.ReactElement {
  if (typeof cell === 'string') return <>{cell}</>;
  const text = cell.code ? <code>{cell.text}</code> : cell.text;
  const main = cell.href ? (
    <SmartLink href={cell.href} title={cell.title}>
      {text}
    </SmartLink>
  ) : cell.title ? (
    <span title={cell.title} className={styles.hasTitle}>
      {text}
    </span>
  ) : (
    text
  );
  return (
    <span className={clsx(cell.tone && tones[cell.tone], cell.muted && styles.mutedCell, cell.nowrap && styles.nowrap)}>
      {main}
      {cell.sub && <span className={styles.sub}>{cell.sub}</span>}
      {cell.list && cell.list.length > 0 && (
        <ul className={styles.cellList}>
          {cell.list.map((item, i) => (
            <li key={i}>{item}</li>
          ))}
        </ul>
      )}
    </span>
  );
}

/** "P2S IKEv2/OpenVPN" may wrap after the slash: a wide table's headers set its columns' narrowest width. */
function breakAfterSlashes(text: string): React.ReactNode {
  const parts = text.split('/');
  return parts.map((part, i) => (
    <React.Fragment key={i}>
      {i > 0 && (
        <>
          /<wbr />
        </>
      )}
      {part}
    </React.Fragment>
  ));
}

/** A table generated from the model; rows with an anchor get that id and register it. */
export default function KbTable({ table }: { table: TableView }): React.ReactElement {
  useAnchors(table.rows.map((r) => r.anchor));
  return (
    <div className={styles.tableWrap}>
      <table className={styles.kbTable}>
        {table.caption && <caption>{table.caption}</caption>}
        <thead>
          <tr>
            {table.columns.map((c) => (
              <th key={c}>{breakAfterSlashes(c)}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, i) => (
            <tr key={row.anchor ?? i} id={row.anchor} className={row.muted ? styles.history : undefined}>
              {row.cells.map((cell, j) => (
                <td key={j}>
                  <CellView cell={cell} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
