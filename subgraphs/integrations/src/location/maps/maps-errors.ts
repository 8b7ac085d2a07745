/**
 * What a failed Google Maps call means for us. The client library turns a response's `status`
 * into an HTTP status (REQUEST_DENIED 403, OVER_QUERY_LIMIT 429, UNKNOWN_ERROR 500, …) and
 * rejects with an axios error whose response still carries Google's JSON; a timeout or a refused
 * connection has no response at all.
 */
export type MapsFailure = { kind: 'not_found'; status: string } | { kind: 'unavailable'; status: string; detail: string } | { kind: 'bad_request'; status: string; detail: string };

interface AxiosLikeError {
  code?: string;
  message?: string;
  response?: { status?: number; data?: { status?: string; error_message?: string } };
}

export function classifyMapsFailure(error: unknown): MapsFailure {
  const e = (error ?? {}) as AxiosLikeError;
  const googleStatus = e.response?.data?.status;
  const detail = e.response?.data?.error_message ?? e.message ?? String(error);
  if (googleStatus) return classifyStatus(googleStatus, detail);
  if (e.code === 'ECONNABORTED' || e.code === 'ETIMEDOUT' || /timeout/i.test(e.message ?? '')) return { kind: 'unavailable', status: 'TIMEOUT', detail };
  if (e.response?.status) return { kind: 'unavailable', status: `HTTP_${e.response.status}`, detail };
  return { kind: 'unavailable', status: 'NETWORK_ERROR', detail };
}

/** Google's `status` values (Geocoding and Distance Matrix share them). */
export function classifyStatus(status: string, detail = ''): MapsFailure {
  switch (status) {
    case 'ZERO_RESULTS':
    case 'NOT_FOUND':
      return { kind: 'not_found', status };
    case 'INVALID_REQUEST':
    case 'MAX_ELEMENTS_EXCEEDED':
    case 'MAX_DIMENSIONS_EXCEEDED':
      // Our request was wrong: a bug, not an outage; still answered with the fallback, and logged as an error.
      return { kind: 'bad_request', status, detail };
    default:
      // OVER_QUERY_LIMIT, OVER_DAILY_LIMIT, REQUEST_DENIED, UNKNOWN_ERROR and anything new.
      return { kind: 'unavailable', status, detail };
  }
}
