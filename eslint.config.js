// Lint: the TypeScript and React rules, and the layering the code keeps:
// client never imports server, shared imports neither (nor Node built-ins, as
// it also runs in the browser), server never imports client, and only tests
// import tools/ (build, e2e harness, bench, audit), which may import anything.
// Inside shared/, the rules read the question catalogue (paths, labels, answer
// words, the "specialist needs to know" list) and never the reverse; both write
// conditions in shared/conditions, which reads neither. Inside client/, a
// feature never imports another feature: pages and app compose them.
import path from 'node:path';
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const layer = (...patterns) => ({
  'no-restricted-imports': [
    'error',
    {
      patterns: patterns.map(([group, message]) => ({ group: [group], message })),
    },
  ],
});

const noTools = ['**/tools/**', 'Only tests import tools/ (build, e2e harness, bench, audit).'];
const noServer = ['**/server/**', 'The client and shared code never import the server; share through shared/.'];
const noClient = ['**/client/**', 'Only the client imports client/; share through shared/.'];
const noNode = [
  'node:*',
  'shared/ and client/ run in the browser: no Node built-ins (server-only code lives in server/).',
];
const noRules = [
  '**/rules/**',
  'The rules read the questions, never the reverse; conditions live in shared/conditions.',
];
const noQuestions = ['**/questions/**', 'The condition language reads neither the questions nor the rules.'];

// A relative import names no folder it leaves ("../../summary/x"), so features are
// told apart on the resolved path.
const featureOf = (file) => /\/client\/features\/([^/]+)\//.exec(file.split(path.sep).join('/'))?.[1];
const featureBoundaries = {
  meta: {
    type: 'problem',
    schema: [],
    messages: {
      crossFeature:
        'client/features/{{from}} may not import client/features/{{to}}: pages and app compose features; share through client/components, client/lib or shared/.',
    },
  },
  create(context) {
    const from = featureOf(context.filename);
    if (!from) return {};
    const check = ({ source }) => {
      if (source?.type !== 'Literal' || typeof source.value !== 'string' || !source.value.startsWith('.')) return;
      const to = featureOf(`${path.resolve(path.dirname(context.filename), source.value)}/`);
      if (to && to !== from) context.report({ node: source, messageId: 'crossFeature', data: { from, to } });
    };
    return {
      ImportDeclaration: check,
      ExportNamedDeclaration: check,
      ExportAllDeclaration: check,
      ImportExpression: check,
    };
  },
};

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', '.test-results/**', '.artifacts/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  // The rules of hooks; not the React Compiler rules of the plugin's preset (no compiler here).
  {
    files: ['client/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  { files: ['client/**/*.{ts,tsx}'], ignores: ['client/vite.config.ts'], rules: layer(noServer, noTools, noNode) },
  {
    files: ['client/features/**/*.{ts,tsx}'],
    plugins: { local: { rules: { 'feature-boundaries': featureBoundaries } } },
    rules: { 'local/feature-boundaries': 'error' },
  },
  { files: ['shared/**/*.ts'], rules: layer(noServer, noClient, noTools, noNode) },
  { files: ['shared/questions/**/*.ts'], rules: layer(noServer, noClient, noTools, noNode, noRules) },
  { files: ['shared/conditions/**/*.ts'], rules: layer(noServer, noClient, noTools, noNode, noRules, noQuestions) },
  { files: ['server/**/*.ts'], rules: layer(noClient, noTools) },
  // Tests may use the tools (the e2e harness, the server process) and Node.
  { files: ['**/*.test.{ts,tsx}', '**/*.e2e.ts', 'client/test/**'], rules: { 'no-restricted-imports': 'off' } },
  {
    // Tests and their fixtures poke at loosely typed bodies on purpose.
    files: ['**/*.test.{ts,tsx}', '**/*.e2e.ts', 'shared/fixtures/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off', '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);
