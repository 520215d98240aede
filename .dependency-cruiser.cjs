// The import rules `npm run check:deps` enforces (and `npm test` runs first). One violation is one
// line: the rule's name, then importing file → imported file. docs/ARCHITECTURE.md says why.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'module-through-index',
      severity: 'error',
      comment: 'A file in src/modules/A uses src/modules/B only through src/modules/B/index.ts (what B exports for others).',
      from: { path: '^src/modules/([^/]+)/', pathNot: '\\.table\\.ts$' },
      to: { path: '^src/modules/[^/]+/', pathNot: ['^src/modules/$1/', '^src/modules/[^/]+/index\\.ts$'] },
    },
    {
      name: 'tables-refer-to-tables',
      severity: 'error',
      comment:
        "A table's foreign keys name another module's table directly (src/modules/B/x.table.ts), never its index.ts: index.ts loads services, and a table loaded half-way through a cycle is undefined.",
      from: { path: '^src/modules/([^/]+)/[^/]+\\.table\\.ts$' },
      to: { path: '^src/modules/[^/]+/', pathNot: ['^src/modules/$1/', '^src/modules/[^/]+/[^/]+\\.table\\.ts$'] },
    },
    {
      name: 'outside-through-index',
      severity: 'error',
      comment: 'Code outside src/modules (server, command line, HTTP plumbing) uses a module only through its index.ts; src/modules/index.ts lists the manifests.',
      from: { path: '^src/', pathNot: '^src/modules/' },
      to: { path: '^src/modules/[^/]+/', pathNot: '^src/modules/[^/]+/index\\.ts$' },
    },
    {
      name: 'pure-core',
      severity: 'error',
      comment: 'src/core is pure: no modules, no database, no HTTP.',
      from: { path: '^src/core/' },
      to: { path: '^src/(modules|db|http)/' },
    },
    {
      name: 'web-uses-core-only',
      severity: 'error',
      comment: 'The staff app (web/) may share pure code from src/core, nothing else of the server.',
      from: { path: '^web/' },
      to: { path: '^src/', pathNot: '^src/core/' },
    },
    {
      name: 'thin-routes',
      severity: 'error',
      comment: 'Routes call services; tables and queries (drizzle-orm) stay in services.',
      from: { path: '\\.routes\\.ts$' },
      to: { path: ['\\.table\\.ts$', '^node_modules/drizzle-orm/'] },
    },
  ],
  options: {
    // Type-only imports count too: a type reached past index.ts ties two modules as much as a value does.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    doNotFollow: { path: 'node_modules' },
    enhancedResolveOptions: { extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json'] },
  },
};
