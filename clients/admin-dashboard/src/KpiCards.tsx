import type { KpisFragment } from '../generated/graphql';
import { formatCount, formatDate, formatIndiaTime, formatOptionalCount, formatPaise, formatPercent, formatRatio } from './format';

interface Card {
  id: keyof KpisFragment;
  label: string;
  value: (k: KpisFragment) => string;
  hint?: string;
}

const CARDS: Card[] = [
  { id: 'ordersPlaced', label: 'Orders placed', value: (k) => formatCount(k.ordersPlaced) },
  { id: 'gmvPaise', label: 'GMV', value: (k) => formatPaise(k.gmvPaise), hint: 'Gross value of orders placed' },
  { id: 'netGmvPaise', label: 'Net GMV', value: (k) => formatPaise(k.netGmvPaise), hint: 'After cancellations and refunds' },
  { id: 'averageOrderValuePaise', label: 'Average order value', value: (k) => formatPaise(k.averageOrderValuePaise) },
  { id: 'codSharePercent', label: 'Cash on delivery share', value: (k) => formatPercent(k.codSharePercent) },
  { id: 'onlinePaymentSuccessRate', label: 'Online payment success', value: (k) => formatRatio(k.onlinePaymentSuccessRate), hint: 'Captured over attempted' },
  { id: 'refundsPaise', label: 'Refunds', value: (k) => formatPaise(k.refundsPaise) },
  { id: 'activeVendors', label: 'Active vendors', value: (k) => formatCount(k.activeVendors), hint: 'With an order today' },
  { id: 'openSupportTickets', label: 'Support queue (open tickets)', value: (k) => formatOptionalCount(k.openSupportTickets) },
];

export function KpiCards({ kpis, loading }: { kpis: KpisFragment | null; loading: boolean }) {
  return (
    <>
      <p className="muted">
        {kpis ? (
          <>
            {formatDate(kpis.date)} (India time) · updated <time dateTime={kpis.updatedAt}>{formatIndiaTime(kpis.updatedAt)}</time>
          </>
        ) : loading ? (
          'Loading today’s figures…'
        ) : (
          'No figures yet.'
        )}
      </p>
      <dl className="kpis" aria-busy={loading}>
        {CARDS.map((card) => (
          <div className="kpi" key={card.id} data-kpi={card.id}>
            <dt>{card.label}</dt>
            <dd className="kpi-value">{kpis ? card.value(kpis) : '…'}</dd>
            {card.hint ? <dd className="kpi-hint">{card.hint}</dd> : null}
          </div>
        ))}
      </dl>
    </>
  );
}
