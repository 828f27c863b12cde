import { useTranslations } from 'next-intl';
import { type ReactNode, useId, useState } from 'react';
import styles from './chart-figure.module.css';

export interface FigureTable {
  columns: readonly { label: string; isNumeric?: boolean }[];
  rows: readonly (readonly (string | number)[])[];
}

/**
 * A chart with its text alternative: a one-sentence summary always, and a toggle that swaps the picture for
 * a table of the same numbers.
 */
export function ChartFigure({
  title,
  summary,
  table,
  children,
}: {
  title: string;
  summary: string;
  table: FigureTable;
  children: ReactNode;
}) {
  const t = useTranslations();
  const [isTable, setIsTable] = useState(false);
  const headingId = useId();
  return (
    <figure className={styles.figure} aria-labelledby={headingId}>
      <div className={styles.head}>
        <h2 id={headingId}>{title}</h2>
        <button type="button" className="btn" aria-pressed={isTable} onClick={() => setIsTable(!isTable)}>
          {isTable ? t('common.showChart') : t('common.showTable')}
        </button>
      </div>
      <figcaption className={styles.muted}>{summary}</figcaption>
      {/* Both stay mounted: switching back does not redraw the chart, and nothing on the page jumps. */}
      <div className={styles.tableWrap} hidden={!isTable}>
        <table className="table">
          <caption className="visually-hidden">{title}</caption>
          <thead>
            <tr>
              {table.columns.map((column) => (
                <th key={column.label} scope="col" className={column.isNumeric ? styles.numeric : undefined}>
                  {column.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row) => (
              <tr key={String(row[0])}>
                {row.map((cell, index) => (
                  <td
                    key={table.columns[index]?.label}
                    className={typeof cell === 'number' ? styles.numeric : undefined}
                  >
                    {typeof cell === 'number' ? cell.toLocaleString('en') : cell}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div role="img" aria-label={`${title}. ${summary}`} className={styles.chart} hidden={isTable}>
        {children}
      </div>
    </figure>
  );
}
