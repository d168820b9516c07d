// Lint: TypeScript rules everywhere, plus the determinism fence around the pure ASL core.
// src/asl must not touch I/O, the clock or randomness: the engine injects them (RuntimeEnv),
// so executions can be persisted, resumed and replayed (docs: architecture.md).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

const determinism = {
  files: ['src/asl/**/*.ts'],
  rules: {
    'no-restricted-imports': ['error', {
      patterns: [
        { group: ['node:*', 'fs', 'path', 'os', 'crypto', 'child_process', 'http', 'https', 'net', 'worker_threads'], message: 'src/asl is pure: no Node I/O modules.' },
        { group: ['**/engine/**', '**/store/**', '**/api/**', '**/cli/**', '**/integrations/**'], message: 'src/asl must not depend on outer layers.' },
      ],
    }],
    'no-restricted-globals': ['error',
      { name: 'process', message: 'src/asl is pure: no process access.' },
      { name: 'setTimeout', message: 'Timers are commands, never sleeps.' },
      { name: 'setInterval', message: 'Timers are commands, never sleeps.' },
      { name: 'setImmediate', message: 'Timers are commands, never sleeps.' },
      { name: 'performance', message: 'Use the injected clock (RuntimeEnv.now).' },
      { name: 'crypto', message: 'Use the injected RuntimeEnv for ids and randomness.' },
      { name: 'fetch', message: 'src/asl does no I/O.' },
    ],
    'no-restricted-syntax': ['error',
      { selector: "MemberExpression[object.name='Date'][property.name='now']", message: 'Use the injected clock (RuntimeEnv.now).' },
      { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'Use the injected clock (RuntimeEnv.now).' },
      { selector: "MemberExpression[object.name='Math'][property.name='random']", message: 'Use the injected RuntimeEnv.random.' },
    ],
  },
};

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
      'no-constant-condition': ['error', { checkLoops: false }],
    },
  },
  determinism,
  // The console: hooks are called unconditionally, and effects name what they read.
  {
    files: ['console/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'warn' },
  },
);
