import { z } from 'zod';

/**
 * Settings every RealServ process shares. A service extends this with its own keys and calls
 * `loadConfig` once at start; nothing else in the codebase reads `process.env`.
 */
export const baseConfigSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  HOST: z.string().default('0.0.0.0'),
  PORT: z.coerce.number().int().min(1).max(65535),
  /** Internal port for Prometheus `/metrics` (not published). Unset: main port outside production, off in production. */
  METRICS_PORT: z.coerce.number().int().min(0).max(65535).optional(),
});

export type BaseConfig = z.infer<typeof baseConfigSchema>;

/** Boolean env values: only the spellings operators actually write. */
export const envBoolean = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

export class ConfigError extends Error {
  constructor(
    readonly service: string,
    readonly problems: string[],
  ) {
    super(`${service}: invalid configuration\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/**
 * Parses the environment against a schema and lists every problem at once, naming each variable.
 * Throws ConfigError; `loadConfigOrExit` turns that into a clear message and exit code 1.
 */
export function parseConfig<S extends z.ZodType>(
  service: string,
  schema: S,
  env: Record<string, string | undefined> = process.env,
): z.infer<S> {
  const result = schema.safeParse(env);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const key = issue.path.join('.') || '(environment)';
    const received = issue.code === 'invalid_type' && env[key] === undefined ? 'missing' : issue.message;
    return `${key}: ${received === 'missing' ? 'is required but not set' : received}`;
  });
  throw new ConfigError(service, problems);
}

export function loadConfigOrExit<S extends z.ZodType>(service: string, schema: S): z.infer<S> {
  try {
    return parseConfig(service, schema);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
}
