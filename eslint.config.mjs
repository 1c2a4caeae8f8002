import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

// The layer rules of STYLE.md, held by the linter: a wrong import fails `npm run lint`.
const restrict = (...patterns) => ['error', { patterns }];
const noSandbox = {
  group: ['@/sandbox', '@/sandbox/*', '../sandbox/*', '../../sandbox/*'],
  message: 'Loket reaches the sandbox only over HTTP.',
};
const noNextAuth = {
  group: ['next-auth', 'next-auth/*'],
  message: 'Only lib/auth/ imports next-auth, so the auth library can be swapped in one folder.',
};
const noServer = {
  group: ['@/lib/server/*', '@/lib/integrations/*', '@/lib/db', '@/lib/db/*', '@/lib/generated/*'],
  message: 'Components and domain code must not reach use cases, integrations or the database.',
};
const noIo = {
  group: ['@/lib/*', '!@/lib/domain', '!@/lib/domain/*', 'node:*', 'next/*', 'react', 'react-dom'],
  message: 'lib/domain holds pure rules: no I/O, no framework.',
};

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores([
    '.next/**',
    'node_modules/**',
    'data/**',
    'lib/generated/**',
    'next-env.d.ts',
    'test-results/**',
    'playwright-report/**',
  ]),
  {
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[object.name='process'][property.name='env']",
          message: 'Read configuration through lib/env.ts.',
        },
      ],
      'no-restricted-imports': restrict(noSandbox, noNextAuth),
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['lib/domain/**'],
    rules: { 'no-restricted-imports': restrict(noSandbox, noNextAuth, noServer, noIo) },
  },
  {
    files: ['components/**'],
    rules: { 'no-restricted-imports': restrict(noSandbox, noNextAuth, noServer) },
  },
  { files: ['lib/auth/**'], rules: { 'no-restricted-imports': restrict(noSandbox) } },
  {
    files: ['sandbox/**'],
    rules: {
      'no-restricted-imports': restrict({
        group: ['@/*', '../lib/*', '../app/*'],
        message: 'The sandbox shares no code with Loket.',
      }),
    },
  },
  {
    // Programs with their own configuration: the env module itself, the sandbox (a separate
    // program), and tool configs that run before the app exists.
    files: [
      'lib/env.ts',
      'sandbox/config.ts',
      'sandbox/main.ts',
      '*.config.ts',
      '*.config.mjs',
      'tests/**',
      'scripts/**',
    ],
    rules: { 'no-restricted-syntax': 'off' },
  },
]);
