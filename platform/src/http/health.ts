import { Router } from 'express';

export interface ReadinessCheck {
  name: string;
  check: () => Promise<boolean>;
}

/** `/health/live`: the process answers. `/health/ready`: every dependency answers (503 if not). */
export function healthRouter(checks: ReadinessCheck[], isShuttingDown: () => boolean): Router {
  const router = Router();
  router.get('/health/live', (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get('/health/ready', async (_req, res) => {
    if (isShuttingDown()) {
      res.status(503).json({ status: 'shutting-down' });
      return;
    }
    const results = await Promise.all(
      checks.map(async (c) => [c.name, await c.check().catch(() => false)] as const),
    );
    const ok = results.every(([, up]) => up);
    res.status(ok ? 200 : 503).json({ status: ok ? 'ok' : 'unavailable', checks: Object.fromEntries(results) });
  });
  return router;
}
