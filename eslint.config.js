import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import { defineConfig, globalIgnores } from 'eslint/config';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

export default defineConfig(
	globalIgnores([
		'build/',
		'build-*/',
		'.svelte-kit/',
		'node_modules/',
		'test-results/',
		'playwright-report/'
	]),
	js.configs.recommended,
	ts.configs.recommended,
	svelte.configs.recommended,
	prettier,
	svelte.configs.prettier,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
		rules: {
			'no-undef': 'off',
			// Internal links do go through resolve(); what this rule flags beyond them are the
			// sources' external URLs and `#` links, read from data it cannot see into.
			'svelte/no-navigation-without-resolve': 'off',
			// `base` and `assets` are deprecated since SvelteKit 2.26: paths go through resolve()/asset().
			'no-restricted-imports': [
				'error',
				{
					paths: [
						{
							name: '$app/paths',
							importNames: ['base', 'assets', 'resolveRoute'],
							message: 'Use resolve() or asset() from $app/paths.'
						}
					]
				}
			],
			// `{', '}` keeps the separator's space between inline links, which plain text would lose.
			'svelte/no-useless-mustaches': 'off'
		}
	},
	{
		// Small files and functions, so each has one job a newcomer can change safely (issue 13);
		// specs are tables of cases and may run long. Components count script, markup and style.
		files: ['src/**/*.{ts,js,svelte}'],
		ignores: ['**/*.spec.ts'],
		rules: {
			'max-lines': ['error', { max: 250 }],
			'max-lines-per-function': [
				'error',
				{ max: 60, skipComments: true, skipBlankLines: true, IIFEs: true }
			]
		}
	},
	{
		// The host script other sites load is a plain script that nothing types; its tests run it.
		files: ['src/lib/embed/host.js'],
		rules: {
			'@typescript-eslint/ban-ts-comment': ['error', { 'ts-nocheck': 'allow-with-description' }]
		}
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		}
	}
);
