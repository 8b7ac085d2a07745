import { dashboardCsp, dashboardRuntimeConfig } from './dashboard.js';

describe('the admin dashboard’s runtime config and CSP', () => {
  const base = { DASHBOARD_DIR: '/nowhere', FIREBASE_PROJECT_ID: 'demo-realserv' };

  it('locally, signs in on the Auth emulator the gateway uses, with any API key', () => {
    const config = dashboardRuntimeConfig({ ...base, FIREBASE_AUTH_EMULATOR_HOST: '127.0.0.1:9099' });
    expect(config).toEqual({
      firebase: { apiKey: 'local-emulator', authDomain: 'demo-realserv.firebaseapp.com', projectId: 'demo-realserv' },
      authEmulatorUrl: 'http://127.0.0.1:9099',
      graphqlPath: '/graphql',
    });
    expect(dashboardCsp(config)).toContain("connect-src 'self' http://127.0.0.1:9099;");
  });

  it('in docker-compose, the emulator as the browser reaches it wins over the service-network host', () => {
    const config = dashboardRuntimeConfig({ ...base, FIREBASE_AUTH_EMULATOR_HOST: 'firebase-auth:9099', DASHBOARD_AUTH_EMULATOR_URL: 'http://localhost:9099' });
    expect(config.authEmulatorUrl).toBe('http://localhost:9099');
    expect(dashboardCsp(config)).toContain("connect-src 'self' http://localhost:9099;");
  });

  it('with real Firebase, uses the web API key and allows only Google’s auth endpoints', () => {
    const config = dashboardRuntimeConfig({ ...base, DASHBOARD_FIREBASE_API_KEY: 'AIza-test', DASHBOARD_FIREBASE_AUTH_DOMAIN: 'auth.realserv.in' });
    expect(config.firebase).toEqual({ apiKey: 'AIza-test', authDomain: 'auth.realserv.in', projectId: 'demo-realserv' });
    expect(config.authEmulatorUrl).toBeNull();
    const csp = dashboardCsp(config);
    expect(csp).toContain("connect-src 'self' https://identitytoolkit.googleapis.com https://securetoken.googleapis.com;");
    expect(csp).toContain("script-src 'self';");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).toContain("frame-ancestors 'none'");
  });

  it('without an emulator or an API key there is nothing to sign in with (the page says so)', () => {
    expect(dashboardRuntimeConfig(base).firebase.apiKey).toBe('');
  });
});
