import { classifyMapsFailure, classifyStatus } from './maps-errors.js';

describe('what a failed Maps call means', () => {
  it('ZERO_RESULTS and NOT_FOUND are “no such place”, not an outage', () => {
    expect(classifyStatus('ZERO_RESULTS')).toEqual({ kind: 'not_found', status: 'ZERO_RESULTS' });
    expect(classifyMapsFailure({ response: { status: 404, data: { status: 'NOT_FOUND' } } })).toEqual({ kind: 'not_found', status: 'NOT_FOUND' });
  });

  it('quota, a refused key and Google’s own errors are unavailability, with Google’s message', () => {
    expect(classifyMapsFailure({ response: { status: 429, data: { status: 'OVER_QUERY_LIMIT', error_message: 'You have exceeded your rate-limit' } } })).toEqual({
      kind: 'unavailable',
      status: 'OVER_QUERY_LIMIT',
      detail: 'You have exceeded your rate-limit',
    });
    expect(classifyStatus('REQUEST_DENIED').kind).toBe('unavailable');
    expect(classifyStatus('OVER_DAILY_LIMIT').kind).toBe('unavailable');
    expect(classifyStatus('UNKNOWN_ERROR').kind).toBe('unavailable');
  });

  it('timeouts, network errors and bare HTTP failures are unavailability too', () => {
    expect(classifyMapsFailure({ code: 'ECONNABORTED', message: 'timeout of 3000ms exceeded' })).toMatchObject({ kind: 'unavailable', status: 'TIMEOUT' });
    expect(classifyMapsFailure({ code: 'ECONNREFUSED', message: 'connect ECONNREFUSED' })).toMatchObject({ kind: 'unavailable', status: 'NETWORK_ERROR' });
    expect(classifyMapsFailure({ response: { status: 502 } })).toMatchObject({ kind: 'unavailable', status: 'HTTP_502' });
  });

  it('a request Google calls invalid is our bug, kept apart', () => {
    expect(classifyStatus('INVALID_REQUEST', 'bad')).toEqual({ kind: 'bad_request', status: 'INVALID_REQUEST', detail: 'bad' });
    expect(classifyStatus('MAX_ELEMENTS_EXCEEDED').kind).toBe('bad_request');
  });
});
