/**
 * Two projects: `unit` (pure logic beside the code, no services) and `e2e` (the booted
 * supergraph, once per run, through the gateway like a client). TypeScript is transpiled by
 * ts-jest per file; `npm test` type-checks everything with tsc first.
 */
const tsJest = ['ts-jest', { useESM: true, tsconfig: '<rootDir>/tsconfig.jest.json' }];
const common = {
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: { '^.+\\.ts$': tsJest },
  testEnvironment: 'node',
};

export default {
  // Global (jest ignores it per project): e2e steps wait on real services.
  testTimeout: 60000,
  // Two files at once, whatever the machine: e2e files spend most of their time waiting on the
  // stack, so on the 2-core CI machine (where jest's default is one) the suite takes about two
  // thirds of the time. They share the one test stack; the few that must not share it say so
  // (tests/harness/suite-lock.ts). More workers than two are not what the suite is tested with.
  maxWorkers: 2,
  projects: [
    {
      ...common,
      displayName: 'unit',
      testMatch: ['<rootDir>/{platform,contracts,gateway,devstack,subgraphs/*}/src/**/*.test.ts'],
    },
    {
      ...common,
      displayName: 'e2e',
      testMatch: ['<rootDir>/tests/**/*.test.ts'],
      globalSetup: '<rootDir>/tests/harness/global-setup.ts',
      setupFilesAfterEnv: ['<rootDir>/tests/harness/setup-e2e-file.ts'],
      globalTeardown: '<rootDir>/tests/harness/global-teardown.ts',
    },
  ],
};
