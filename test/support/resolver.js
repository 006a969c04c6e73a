// Jest resolves with the "require" condition; the ES-module-only packages listed in esm-packages.js
// publish behind "import" alone. Ask for "import" for those and leave every other package as is.
const esmPackages = require('./esm-packages');

const esmOnly = new RegExp(`^(${esmPackages.join('|')})(/|$)`);

module.exports = (request, options) =>
  options.defaultResolver(
    request,
    esmOnly.test(request) ? { ...options, conditions: [...(options.conditions ?? ['require', 'node', 'default']), 'import'] } : options,
  );
