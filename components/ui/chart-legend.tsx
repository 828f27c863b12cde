import type { LegendPayload } from 'recharts';
import styles from './chart-figure.module.css';

/**
 * A chart's legend as a plain list of swatches and names. Recharts' own legend labels every swatch
 * "<name> legend icon" in English, which a screen reader reads out in any language.
 */
export function ChartLegend({ payload }: { payload?: readonly LegendPayload[] }) {
  return (
    <ul className={styles.legend}>
      {payload?.map((entry) => (
        <li key={String(entry.value)}>
          <span className={styles.swatch} style={{ background: entry.color }} aria-hidden="true" />
          {entry.value}
        </li>
      ))}
    </ul>
  );
}
