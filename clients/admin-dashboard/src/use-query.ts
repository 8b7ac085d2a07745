import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from './api';

export interface QueryState<T> {
  data: T | null;
  error: ApiError | null;
  loading: boolean;
  /** Fetches again, keeping the current data on screen meanwhile. */
  reload: () => void;
}

/** Runs `load` when `key` changes (the latest answer wins; older requests are aborted). */
export function useQuery<T>(key: string, load: (signal: AbortSignal) => Promise<T>, enabled = true): QueryState<T> {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [loading, setLoading] = useState(enabled);
  const [generation, setGeneration] = useState(0);
  const loadRef = useRef(load);
  loadRef.current = load;

  useEffect(() => {
    if (!enabled) return;
    const controller = new AbortController();
    setLoading(true);
    loadRef.current(controller.signal).then(
      (value) => {
        if (controller.signal.aborted) return;
        setData(value);
        setError(null);
        setLoading(false);
      },
      (problem: unknown) => {
        if (controller.signal.aborted) return;
        setError(problem instanceof ApiError ? problem : new ApiError((problem as Error).message || 'The request failed.', 'NETWORK_ERROR'));
        setLoading(false);
      },
    );
    return () => controller.abort();
  }, [key, generation, enabled]);

  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  return { data, error, loading, reload };
}
