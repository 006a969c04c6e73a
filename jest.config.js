/** Tests run TypeScript through swc; type errors are caught by `tsc --noEmit` in `npm test`. */
const esmPackages = require('./test/support/esm-packages');

const swc = ['@swc/jest', { jsc: { target: 'es2022', parser: { syntax: 'typescript' } }, module: { type: 'commonjs' } }];

module.exports = {
  testEnvironment: 'node',
  // every core: jest's default keeps one for itself, which on a 2-core machine runs the suites one at a time
  maxWorkers: '100%',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.(ts|js)$': swc },
  transformIgnorePatterns: [`/node_modules/(?!(${esmPackages.join('|')})/)`],
  resolver: '<rootDir>/test/support/resolver.js',
  // the temporary folders the tests make go under one folder, removed after the run
  globalSetup: '<rootDir>/test/support/global-setup.js',
  globalTeardown: '<rootDir>/test/support/global-teardown.js',
  moduleFileExtensions: ['ts', 'js', 'json'],
};
