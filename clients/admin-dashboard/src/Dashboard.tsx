import { useCallback, useEffect, useRef, useState } from 'react';
import { DashboardKpisDocument, DashboardUpdatedDocument, type KpisFragment } from '../generated/graphql';
import { subscribe, type ApiError, type GatewayClient, type LiveState } from './api';
import { defaultRange, indiaToday, type DateRange } from './format';
import { useQuery } from './use-query';
import { KpiCards } from './KpiCards';
import { SalesCharts } from './SalesCharts';
import { Breakdown } from './Breakdown';

const LIVE_LABEL: Record<LiveState | 'stopped', string> = {
  connecting: 'Connecting to live updates…',
  connected: 'Live',
  reconnected: 'Live',
  disconnected: 'Reconnecting…',
  stopped: 'Live updates stopped',
};

/** Today's KPIs (kept current over `dashboardUpdated`), sales over time and breakdowns. */
export function Dashboard({ client }: { client: GatewayClient }) {
  const [today, setToday] = useState(() => indiaToday());
  const kpis = useQuery(`kpis:${today}`, (signal) => client.query(DashboardKpisDocument, { date: today }, signal).then((d) => d.dashboardKpis));
  const [live, setLive] = useState<KpisFragment | null>(null);
  const [liveState, setLiveState] = useState<LiveState>('connecting');
  const [liveError, setLiveError] = useState<ApiError | null>(null);
  // Bumped by "Retry live updates" after the server ended the subscription with an error.
  const [liveAttempt, setLiveAttempt] = useState(0);
  const [range, setRange] = useState<DateRange>(() => defaultRange(today));
  // Bumped by live updates, so charts and tables that include today fetch again (at most every few seconds).
  const [salesVersion, setSalesVersion] = useState(0);
  const refreshTimer = useRef<number | undefined>(undefined);

  const reloadKpis = kpis.reload;
  const onUpdate = useCallback((update: KpisFragment) => {
    setLive(update);
    const date = indiaToday();
    setToday(date);
    if (refreshTimer.current === undefined) {
      refreshTimer.current = window.setTimeout(() => {
        refreshTimer.current = undefined;
        setSalesVersion((v) => v + 1);
      }, 3000);
    }
  }, []);

  useEffect(() => {
    setLiveError(null);
    const socket = client.live((state) => {
      setLiveState(state);
      // Updates may have been missed while the socket was down: read the figures again.
      if (state === 'reconnected') reloadKpis();
    });
    const unsubscribe = subscribe(socket, DashboardUpdatedDocument, {}, {
      next: (data) => onUpdate(data.dashboardUpdated),
      error: (error) => setLiveError(error),
    });
    return () => {
      unsubscribe();
      // dispose() rejects when the socket was still connecting and closed meanwhile: nothing to do.
      Promise.resolve(socket.dispose()).catch(() => undefined);
      window.clearTimeout(refreshTimer.current);
      refreshTimer.current = undefined;
    };
  }, [client, onUpdate, reloadKpis, liveAttempt]);

  // The latest of the query's answer and the live updates, for today only.
  const fetched = kpis.data;
  const current = [fetched, live]
    .filter((k): k is KpisFragment => k !== null && k.date === today)
    .sort((a, b) => a.updatedAt.localeCompare(b.updatedAt))
    .at(-1) ?? null;

  const shown: LiveState | 'stopped' = liveError ? 'stopped' : liveState;
  const isLive = shown === 'connected' || shown === 'reconnected';
  return (
    <>
      <section aria-labelledby="today" className="panel">
        <div className="section-head">
          <h2 id="today">Today</h2>
          <div className="live-box">
            <p className={`live live-${isLive ? 'on' : 'off'}`} role="status" aria-live="polite">
              <span aria-hidden="true" className="dot" /> {LIVE_LABEL[shown]}
              {liveError ? `: ${liveError.message}` : null}
            </p>
            {liveError ? (
              <button type="button" className="secondary" onClick={() => setLiveAttempt((n) => n + 1)}>
                Retry live updates
              </button>
            ) : null}
          </div>
        </div>
        {kpis.error && !current ? <p role="alert" className="notice notice-error">Today's figures could not be loaded: {kpis.error.message}</p> : null}
        <KpiCards kpis={current} loading={kpis.loading && !current} />
      </section>
      <SalesCharts client={client} range={range} onRangeChange={setRange} today={today} version={range.to >= today ? salesVersion : 0} />
      <Breakdown client={client} range={range} version={range.to >= today ? salesVersion : 0} />
    </>
  );
}
