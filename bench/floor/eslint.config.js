// ESLint 10 reads the nearest config to each file, so this one covers the floor: plain JS and
// Svelte (no TypeScript project to resolve), and never the build output.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';

export default [
	{ ignores: ['build/', '.svelte-kit/'] },
	js.configs.recommended,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{ languageOptions: { globals: { ...globals.browser, ...globals.node } } }
];
