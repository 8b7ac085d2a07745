import { AUTH_EMULATOR_OPT_IN, authEmulatorProblem } from './firebase.js';

describe('the Auth emulator outside development', () => {
  const emulator = { FIREBASE_PROJECT_ID: 'demo-realserv', FIREBASE_AUTH_EMULATOR_HOST: '127.0.0.1:9099' };

  it('is refused in production without the explicit opt-in, saying why and what to do', () => {
    const problem = authEmulatorProblem({ ...emulator, NODE_ENV: 'production' });
    expect(problem).toMatch(/unsigned ID tokens/);
    expect(problem).toContain(`REALSERV_LOCAL_AUTH_EMULATOR=${AUTH_EMULATOR_OPT_IN}`);
    // Any other value is not the opt-in.
    expect(authEmulatorProblem({ ...emulator, NODE_ENV: 'production', REALSERV_LOCAL_AUTH_EMULATOR: 'true' })).not.toBeNull();
  });

  it('is allowed with the opt-in, in development and tests, and real Firebase always is', () => {
    expect(authEmulatorProblem({ ...emulator, NODE_ENV: 'production', REALSERV_LOCAL_AUTH_EMULATOR: AUTH_EMULATOR_OPT_IN })).toBeNull();
    expect(authEmulatorProblem({ ...emulator, NODE_ENV: 'development' })).toBeNull();
    expect(authEmulatorProblem({ FIREBASE_PROJECT_ID: 'realserv-prod', NODE_ENV: 'production' })).toBeNull();
  });
});
