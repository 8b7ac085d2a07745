import { z } from 'zod';
import { ConfigError, envBoolean, parseConfig } from './config.js';
import { subgraphConfigSchema } from './subgraph/config.js';

describe('configuration', () => {
  it('lists every bad or missing variable by name at once', () => {
    let error: unknown;
    try {
      parseConfig('identity', subgraphConfigSchema, { PORT: 'eighty', CALLER_KEY: 'short', DATABASE_URL: undefined });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems.join('\n');
    expect(problems).toMatch(/^PORT: /m);
    expect(problems).toMatch(/^DATABASE_URL: is required but not set$/m);
    expect(problems).toMatch(/^CALLER_KEY: CALLER_KEY must be at least 32 characters$/m);
  });

  it('applies defaults and coerces numbers and booleans', () => {
    const config = parseConfig('identity', subgraphConfigSchema, {
      PORT: '4001',
      DATABASE_URL: 'postgres://u:p@localhost:5432/identity',
      CALLER_KEY: 'c'.repeat(32),
      MIGRATE_ON_START: 'yes',
    });
    expect(config).toMatchObject({ PORT: 4001, NODE_ENV: 'development', MIGRATE_ON_START: true, SEED_DEMO_DATA: false, DB_POOL_MAX: 10 });
  });

  it('accepts only real boolean spellings', () => {
    const schema = z.object({ FLAG: envBoolean });
    expect(parseConfig('x', schema, { FLAG: '0' }).FLAG).toBe(false);
    expect(() => parseConfig('x', schema, { FLAG: 'maybe' })).toThrow(ConfigError);
  });
});
