// Packages that reach the tests only as ES modules (kubernetes-models and what its validator imports).
// Jest resolves them with the "import" condition and compiles them to CommonJS with swc.
module.exports = ['kubernetes-models', '@kubernetes-models/[^/]+', 'is-cidr', 'cidr-regex'];
