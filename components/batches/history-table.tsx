import type { ReactNode } from 'react';
import styles from './history.module.css';

export interface HistoryColumn {
  label: string;
  isNumeric?: boolean;
}

export interface HistoryTableProps {
  /** Read by screen readers only. */
  caption: string;
  columns: readonly HistoryColumn[];
  /** Shown instead of the table when it has no rows. */
  emptyText: string;
  isEmpty: boolean;
  /** The body rows. */
  children: ReactNode;
}

/** The frame every history list shares (batches, a batch's items and chunks, the audit trail). */
export function HistoryTable({ caption, columns, emptyText, isEmpty, children }: HistoryTableProps) {
  if (isEmpty) return <p>{emptyText}</p>;
  return (
    <table className="table">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          {columns.map((column) => (
            <th key={column.label} scope="col" className={column.isNumeric ? styles.numeric : undefined}>
              {column.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  );
}
