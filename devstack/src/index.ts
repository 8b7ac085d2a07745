export * from './stack.js';
export * from './services.js';
export * from './compose.js';
export * from './ports.js';
export * from './lock.js';
export * from './data-dirs.js';
