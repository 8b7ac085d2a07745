import { useId, useState } from 'react';
import { SalesBreakdownDocument, type SalesDimension } from '../generated/graphql';
import type { GatewayClient } from './api';
import { formatCount, formatPaise, rangeProblem, type DateRange } from './format';
import { useQuery } from './use-query';

const DIMENSIONS: Array<{ value: SalesDimension; label: string; column: string }> = [
  { value: 'CITY', label: 'City', column: 'City' },
  { value: 'VENDOR', label: 'Vendor', column: 'Vendor' },
  { value: 'CATEGORY', label: 'Category', column: 'Category' },
  { value: 'MATERIAL', label: 'Material', column: 'Material' },
];

/** The top rows by GMV for one dimension over the chosen period. */
export function Breakdown({ client, range, version }: { client: GatewayClient; range: DateRange; version: number }) {
  const id = useId();
  const [by, setBy] = useState<SalesDimension>('CITY');
  const [limit, setLimit] = useState(10);
  const valid = rangeProblem(range) === null;
  const rows = useQuery(
    `breakdown:${range.from}:${range.to}:${by}:${limit}:${version}`,
    (signal) => client.query(SalesBreakdownDocument, { range, by, limit }, signal).then((d) => d.salesBreakdown),
    valid,
  );
  const dimension = DIMENSIONS.find((d) => d.value === by)!;

  return (
    <section aria-labelledby="breakdown" className="panel">
      <h2 id="breakdown">Breakdown</h2>
      <div className="controls">
        <div className="field">
          <label htmlFor={`${id}-by`}>Break down by</label>
          <select id={`${id}-by`} value={by} onChange={(e) => setBy(e.target.value as SalesDimension)}>
            {DIMENSIONS.map((d) => (
              <option key={d.value} value={d.value}>{d.label}</option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-limit`}>Rows</label>
          <select id={`${id}-limit`} value={limit} onChange={(e) => setLimit(Number(e.target.value))}>
            {[5, 10, 25, 50].map((n) => (
              <option key={n} value={n}>Top {n}</option>
            ))}
          </select>
        </div>
      </div>
      {rows.error ? <p role="alert" className="notice notice-error">The breakdown could not be loaded: {rows.error.message}</p> : null}
      <div className="table-scroll">
        <table aria-busy={rows.loading}>
          <caption>
            Top {limit} by {dimension.label.toLowerCase()}, {range.from} to {range.to}
          </caption>
          <thead>
            <tr>
              <th scope="col">{dimension.column}</th>
              <th scope="col" className="num">Orders</th>
              <th scope="col" className="num">GMV</th>
              <th scope="col" className="num">Net GMV</th>
            </tr>
          </thead>
          <tbody>
            {(rows.data ?? []).map((row) => (
              <tr key={row.key}>
                <th scope="row">{row.label}</th>
                <td className="num">{formatCount(row.orders)}</td>
                <td className="num">{formatPaise(row.gmvPaise)}</td>
                <td className="num">{formatPaise(row.netGmvPaise)}</td>
              </tr>
            ))}
            {rows.data && rows.data.length === 0 ? (
              <tr>
                <td colSpan={4} className="muted">No sales in this period.</td>
              </tr>
            ) : null}
          </tbody>
        </table>
      </div>
    </section>
  );
}
