// ESLint 9 flat config: typescript-eslint recommended + eslint-plugin-regexp recommended,
// with the ReDoS rules raised to errors. Kept deliberately small: the point is to catch
// regular expressions that backtrack super-linearly on long news text.
import tseslint from 'typescript-eslint';
import regexp from 'eslint-plugin-regexp';

export default tseslint.config(
  {
    ignores: ['dist/**', 'node_modules/**', 'scratch/**', 'coverage/**'],
  },
  {
    files: ['src/**/*.ts'],
    extends: [tseslint.configs.recommended, regexp.configs['flat/recommended']],
    rules: {
      // Exponential or polynomial backtracking inside one regex (e.g. /(a+)+$/, /\s*\s*$/).
      'regexp/no-super-linear-backtracking': 'error',
      // Polynomial time when a regex is retried at every position of a long string (e.g. /a+b/ on "aaaa…").
      'regexp/no-super-linear-move': 'error',
    },
  },
);
