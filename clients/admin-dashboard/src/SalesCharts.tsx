import { useId, useMemo } from 'react';
import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { SalesSeriesDocument, type SalesSeriesQuery } from '../generated/graphql';
import type { GatewayClient } from './api';
import { addDays, formatCount, formatPaise, formatPaiseCompact, formatPeriod, rangeProblem, type DateRange, type Granularity } from './format';
import { useQuery } from './use-query';

type Point = SalesSeriesQuery['salesSeries'][number];

const PRESETS: Array<{ label: string; days: number; granularity: Granularity }> = [
  { label: 'Last 7 days', days: 7, granularity: 'DAY' },
  { label: 'Last 30 days', days: 30, granularity: 'DAY' },
  { label: 'Last 12 weeks', days: 84, granularity: 'WEEK' },
  { label: 'Last 12 months', days: 365, granularity: 'MONTH' },
];

// Colours with at least 3:1 contrast against the white background (WCAG non-text contrast).
const COLOURS = { orders: '#1d4ed8', cancelled: '#b91c1c', gmv: '#1d4ed8', net: '#047857' };

export function RangePicker({ range, onChange, today }: { range: DateRange; onChange: (range: DateRange) => void; today: string }) {
  const id = useId();
  const problem = rangeProblem(range);
  return (
    <fieldset className="range">
      <legend>Period</legend>
      <div className="field">
        <label htmlFor={`${id}-from`}>From</label>
        <input id={`${id}-from`} type="date" value={range.from} max={today} onChange={(e) => onChange({ ...range, from: e.target.value })} aria-invalid={problem ? true : undefined} aria-describedby={problem ? `${id}-problem` : undefined} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-to`}>To</label>
        <input id={`${id}-to`} type="date" value={range.to} max={today} onChange={(e) => onChange({ ...range, to: e.target.value })} aria-invalid={problem ? true : undefined} aria-describedby={problem ? `${id}-problem` : undefined} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-granularity`}>Group by</label>
        <select id={`${id}-granularity`} value={range.granularity} onChange={(e) => onChange({ ...range, granularity: e.target.value as Granularity })}>
          <option value="DAY">Day</option>
          <option value="WEEK">Week</option>
          <option value="MONTH">Month</option>
        </select>
      </div>
      <div className="presets" role="group" aria-label="Quick periods">
        {PRESETS.map((p) => (
          <button key={p.label} type="button" className="secondary" onClick={() => onChange({ from: addDays(today, 1 - p.days), to: today, granularity: p.granularity })}>
            {p.label}
          </button>
        ))}
      </div>
      {problem ? <p id={`${id}-problem`} role="alert" className="notice notice-error">{problem}</p> : null}
    </fieldset>
  );
}

export function SalesCharts({ client, range, onRangeChange, today, version }: { client: GatewayClient; range: DateRange; onRangeChange: (r: DateRange) => void; today: string; version: number }) {
  const valid = rangeProblem(range) === null;
  const series = useQuery(
    `series:${range.from}:${range.to}:${range.granularity}:${version}`,
    (signal) => client.query(SalesSeriesDocument, { range }, signal).then((d) => d.salesSeries),
    valid,
  );
  const points = useMemo(
    () => (series.data ?? []).map((p: Point) => ({ ...p, label: formatPeriod(p.periodStart, range.granularity) })),
    [series.data, range.granularity],
  );
  const totals = points.reduce((t, p) => ({ orders: t.orders + p.orders, gmv: t.gmv + p.gmvPaise, net: t.net + p.netGmvPaise }), { orders: 0, gmv: 0, net: 0 });

  return (
    <section aria-labelledby="sales" className="panel">
      <h2 id="sales">Sales over time</h2>
      <RangePicker range={range} onChange={onRangeChange} today={today} />
      {series.error ? <p role="alert" className="notice notice-error">Sales could not be loaded: {series.error.message}</p> : null}
      <p className="muted" aria-live="polite">
        {series.loading ? 'Loading…' : `${formatCount(totals.orders)} ${totals.orders === 1 ? 'order' : 'orders'} · GMV ${formatPaise(totals.gmv)} · net ${formatPaise(totals.net)}`}
      </p>
      <div className="charts">
        <figure className="chart" aria-labelledby="orders-chart">
          <figcaption id="orders-chart">Orders per {range.granularity.toLowerCase()}</figcaption>
          <ResponsiveContainer width="100%" height={260}>
            <BarChart data={points} margin={{ top: 8, right: 8, bottom: 8, left: 0 }}>
              <CartesianGrid strokeDasharray="3 3" stroke="#d1d5db" />
              <XAxis dataKey="label" tick={{ fill: '#374151', fontSize: 12 }} minTickGap={8} />
              <YAxis allowDecimals={false} tick={{ fill: '#374151', fontSize: 12 }} width={48} />
              <Tooltip formatter={(value) => formatCount(Number(value))} />
              <Legend />
              <Bar dataKey="orders" name="Orders" fill={COLOURS.orders} isAnimationActive={false} />
              <Bar dataKey="cancelledOrders" name="Cancelled" fill={COLOURS.cancelled} isAnimationActive={false} />
            </BarChart>
          </ResponsiveContainer>
        </figure>
        <figure className="chart" aria-labelledby="gmv-chart">
          <figcaption id="gmv-chart">GMV per {range.granularity.toLowerCase()}</figcaption>
          <ResponsiveContainer width="100%" height={260}>
            <LineChart data={points} margin={{ top: 8, right: 8, bottom: 8, left: 0 }}>
              <CartesianGrid strokeDasharray="3 3" stroke="#d1d5db" />
              <XAxis dataKey="label" tick={{ fill: '#374151', fontSize: 12 }} minTickGap={8} />
              <YAxis tickFormatter={(v: number) => formatPaiseCompact(v)} tick={{ fill: '#374151', fontSize: 12 }} width={72} />
              <Tooltip formatter={(value) => formatPaise(Number(value))} />
              <Legend />
              <Line type="linear" dataKey="gmvPaise" name="GMV" stroke={COLOURS.gmv} strokeWidth={2} dot={false} isAnimationActive={false} />
              <Line type="linear" dataKey="netGmvPaise" name="Net GMV" stroke={COLOURS.net} strokeWidth={2} strokeDasharray="6 3" dot={false} isAnimationActive={false} />
            </LineChart>
          </ResponsiveContainer>
        </figure>
      </div>
      <details>
        <summary>Show the figures as a table</summary>
        <div className="table-scroll">
          <table>
            <caption>Sales per {range.granularity.toLowerCase()}, {range.from} to {range.to}</caption>
            <thead>
              <tr>
                <th scope="col">Period</th>
                <th scope="col" className="num">Orders</th>
                <th scope="col" className="num">Cancelled</th>
                <th scope="col" className="num">COD</th>
                <th scope="col" className="num">Online</th>
                <th scope="col" className="num">GMV</th>
                <th scope="col" className="num">Net GMV</th>
                <th scope="col" className="num">Refunded</th>
              </tr>
            </thead>
            <tbody>
              {points.map((p) => (
                <tr key={p.periodStart}>
                  <th scope="row">{p.label}</th>
                  <td className="num">{formatCount(p.orders)}</td>
                  <td className="num">{formatCount(p.cancelledOrders)}</td>
                  <td className="num">{formatCount(p.codOrders)}</td>
                  <td className="num">{formatCount(p.onlineOrders)}</td>
                  <td className="num">{formatPaise(p.gmvPaise)}</td>
                  <td className="num">{formatPaise(p.netGmvPaise)}</td>
                  <td className="num">{formatPaise(p.refundedPaise)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </section>
  );
}
