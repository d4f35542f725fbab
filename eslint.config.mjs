// What `npm run lint` enforces: lines short enough to read, functions short enough to follow, and a
// server that only touches Node's API in server/src/node/ and the command line, server/src/cli/ (so it
// can also run in a web worker).
import { builtinModules } from 'node:module';
import tseslint from 'typescript-eslint';

// Code columns only: strings, templates, regular expressions, addresses and comments may run on.
const lineLength = {
  code: 160, ignoreStrings: true, ignoreTemplateLiterals: true, ignoreRegExpLiterals: true, ignoreUrls: true, ignoreComments: true,
};
const functionLength = { max: 60, skipBlankLines: true, skipComments: true };
const nodeBuiltins = builtinModules.filter((name) => !name.startsWith('_'));

export default [
  { ignores: ['dist/**', 'node_modules/**', '.cache/**', 'test-results/**', '**/*.vsix'] },
  {
    files: ['**/*.ts', '**/*.mjs'],
    languageOptions: { parser: tseslint.parser, ecmaVersion: 2022, sourceType: 'module' },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      'max-len': ['error', lineLength],
    },
  },
  {
    files: ['server/src/**/*.ts', 'client/src/**/*.ts'],
    rules: {
      'max-lines-per-function': ['error', functionLength],
    },
  },
  {
    files: ['server/src/**/*.ts'],
    ignores: ['server/src/node/**', 'server/src/cli/**'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: nodeBuiltins.map((name) => ({ name, message: 'Node API belongs in server/src/node/.' })),
        patterns: [{ group: ['node:*'], message: 'Node API belongs in server/src/node/.' }],
      }],
    },
  },
];
