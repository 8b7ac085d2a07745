import { holdTheSuiteLock } from './suite-lock.js';

// Every e2e file: the stack-sharing lock (suite-lock.ts).
holdTheSuiteLock();
