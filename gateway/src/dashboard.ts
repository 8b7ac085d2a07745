import { existsSync } from 'node:fs';
import { join, sep } from 'node:path';
import express, { type Router } from 'express';

/** What the dashboard needs from the gateway's settings (config.ts). */
export interface DashboardSettings {
  DASHBOARD_DIR: string;
  FIREBASE_PROJECT_ID: string;
  FIREBASE_AUTH_EMULATOR_HOST?: string | undefined;
  DASHBOARD_AUTH_EMULATOR_URL?: string | undefined;
  DASHBOARD_FIREBASE_API_KEY?: string | undefined;
  DASHBOARD_FIREBASE_AUTH_DOMAIN?: string | undefined;
}

/** The Firebase web settings the dashboard signs in with, served as /dashboard/config.json. */
export interface DashboardRuntimeConfig {
  firebase: { apiKey: string; authDomain: string; projectId: string };
  /** The Auth emulator as the browser reaches it, or null (real Firebase Authentication). */
  authEmulatorUrl: string | null;
  /** Same origin as the page. */
  graphqlPath: string;
}

export function dashboardRuntimeConfig(settings: DashboardSettings): DashboardRuntimeConfig {
  const emulator =
    settings.DASHBOARD_AUTH_EMULATOR_URL ?? (settings.FIREBASE_AUTH_EMULATOR_HOST ? `http://${settings.FIREBASE_AUTH_EMULATOR_HOST}` : null);
  return {
    firebase: {
      // The emulator accepts any API key; real Firebase needs the project's web API key.
      apiKey: settings.DASHBOARD_FIREBASE_API_KEY ?? (emulator ? 'local-emulator' : ''),
      authDomain: settings.DASHBOARD_FIREBASE_AUTH_DOMAIN ?? `${settings.FIREBASE_PROJECT_ID}.firebaseapp.com`,
      projectId: settings.FIREBASE_PROJECT_ID,
    },
    authEmulatorUrl: emulator,
    graphqlPath: '/graphql',
  };
}

/**
 * Content-Security-Policy of the dashboard's pages: its own scripts and styles only; it talks
 * to this gateway (HTTP and WebSocket, same origin) and to Firebase Authentication (or the
 * emulator). No inline scripts, no frames, no plugins.
 */
export function dashboardCsp(config: DashboardRuntimeConfig): string {
  const auth = config.authEmulatorUrl
    ? [new URL(config.authEmulatorUrl).origin]
    : ['https://identitytoolkit.googleapis.com', 'https://securetoken.googleapis.com'];
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src 'self' ${auth.join(' ')}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/**
 * The admin dashboard (clients/admin-dashboard, built by Vite into DASHBOARD_DIR), mounted at
 * /dashboard/. Hashed assets are cached for a year; index.html and config.json are revalidated.
 * Without a build, /dashboard/ says how to make one.
 */
export function dashboardRouter(settings: DashboardSettings): Router {
  const runtime = dashboardRuntimeConfig(settings);
  const csp = dashboardCsp(runtime);
  const router = express.Router();
  router.use((_req, res, next) => {
    res.setHeader('Content-Security-Policy', csp);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Referrer-Policy', 'no-referrer');
    res.setHeader('X-Frame-Options', 'DENY');
    next();
  });
  router.get('/config.json', (_req, res) => {
    res.setHeader('Cache-Control', 'no-cache');
    res.json(runtime);
  });
  router.use(
    express.static(settings.DASHBOARD_DIR, {
      index: 'index.html',
      redirect: false,
      dotfiles: 'ignore',
      setHeaders: (res, path) => {
        res.setHeader('Cache-Control', path.includes(`${sep}assets${sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    }),
  );
  router.get('/', (_req, res) => {
    const built = existsSync(join(settings.DASHBOARD_DIR, 'index.html'));
    res
      .status(built ? 404 : 503)
      .type('text/plain')
      .send(built ? 'Not found' : 'The admin dashboard is not built: run `npm start` (it builds clients/admin-dashboard), or `npm run build -w clients/admin-dashboard`.');
  });
  return router;
}
