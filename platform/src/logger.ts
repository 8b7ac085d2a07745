import { pino, type Logger } from 'pino';

export type { Logger } from 'pino';

/** One JSON logger per process; request loggers are children carrying `requestId`. */
export function createLogger(service: string, level: string): Logger {
  return pino({
    name: service,
    level,
    base: { service },
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: {
      paths: ['req.headers.authorization', 'req.headers["x-realserv-caller"]', 'req.headers.cookie'],
      censor: '[redacted]',
    },
  });
}
