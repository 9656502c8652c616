import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../lib/format';

export type Bar = { key: string; label: ReactNode; value: number };

type Props = {
  caption: string;
  /** One sentence that says what the chart shows, for those who do not see it. */
  summary?: string;
  bars: readonly Bar[];
  /** When given, each number is also shown as a share of it, and bars are drawn against it. */
  total?: number;
};

/**
 * A horizontal bar chart that is a table: every bar has its label and its number beside it, so the chart reads
 * the same to a screen reader, at 200 % zoom, printed in black and white and in forced-colours mode.
 */
export function BarChart({ caption, summary, bars, total }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const scale = Math.max(total ?? 0, ...bars.map((b) => b.value), 1);
  return (
    <div className={total ? 'chart chart--shares' : 'chart'}>
      <table className="chart__table">
        <caption className="chart__caption">
          {caption}
          {summary ? <span className="chart__summary">{summary}</span> : null}
        </caption>
        <thead className="visually-hidden">
          <tr>
            <th scope="col">{t('overview.category')}</th>
            <th scope="col">{t('overview.count')}</th>
          </tr>
        </thead>
        <tbody>
          {bars.map((bar) => {
            const share = total ? bar.value / Math.max(total, 1) : null;
            return (
              <tr key={bar.key} className="chart__row">
                <th scope="row" className="chart__label">
                  {bar.label}
                </th>
                <td className="chart__cell">
                  <span className="chart__track" aria-hidden="true">
                    <span className="chart__bar" style={{ width: `${(bar.value / scale) * 100}%` }} />
                  </span>
                  <span className="chart__value">
                    {format.number(bar.value)}
                    {share !== null ? <span className="chart__share"> ({format.percent(share)})</span> : null}
                  </span>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
