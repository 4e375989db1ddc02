#!/usr/bin/env node
// `npm test`: every check, in order, stopping at the first failure:
// svelte-check, Prettier + ESLint, Vitest, the builds (root and under /story), the checks of the
// built files (byte budgets, HTML validity, links and anchors), Playwright.
// Ends with one plain line, "N passed, N failed", summed from the runners' JSON reports.
// First, though, it makes sure there is a browser for the last step: minutes of checks that end in
// "Executable doesn't exist" help nobody.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { ensureChromium } from './chromium.js';

const browser = await ensureChromium();
if (!browser.ok) {
	console.error(browser.message);
	process.exit(1);
}

/** @type {[name: string, cmd: string, args: string[], env?: Record<string, string>][]} */
const steps = [
	['type check', 'npm', ['run', 'check']],
	['lint', 'npm', ['run', 'lint']],
	[
		'unit tests',
		'npx',
		[
			'vitest',
			'run',
			'--reporter=default',
			'--reporter=json',
			'--outputFile=test-results/vitest.json'
		]
	],
	// ORIGIN: where the browser tests serve each build (absolute URLs in QR codes, cards, oEmbed),
	// on the ports playwright.config.ts uses.
	[
		'build',
		'npx',
		['vite', 'build'],
		{ ORIGIN: `http://127.0.0.1:${process.env.PW_PORT_ROOT ?? '4173'}` }
	],
	[
		'build under /story',
		'npx',
		['vite', 'build'],
		{
			BASE_PATH: '/story',
			BUILD_DIR: 'build-story',
			ORIGIN: `http://127.0.0.1:${process.env.PW_PORT_BASE ?? '4174'}`
		}
	],
	['byte budgets', 'node', ['scripts/check-budgets.js']],
	['HTML validity', 'node', ['scripts/validate-html.js']],
	['links and anchors', 'node', ['scripts/check-links.js']],
	['browser tests', 'npx', ['playwright', 'test']]
];

rmSync('test-results', { recursive: true, force: true });
mkdirSync('test-results', { recursive: true });
let passed = 0;
let failed = 0;

for (const [name, cmd, args, env] of steps) {
	console.log(`\n▶ ${name}: ${cmd} ${args.join(' ')}`);
	const started = Date.now();
	const run = spawnSync(cmd, args, {
		stdio: 'inherit',
		env: { ...process.env, TZ: 'UTC', ...env }
	});
	const secs = ((Date.now() - started) / 1000).toFixed(1);
	tally();
	if (run.status !== 0) {
		console.error(`\n✗ ${name} failed after ${secs}s`);
		console.log(`${passed} passed, ${Math.max(failed, 1)} failed`);
		process.exit(run.status ?? 1);
	}
	console.log(`✓ ${name} (${secs}s)`);
}
console.log(`${passed} passed, ${failed} failed`);

function tally() {
	passed = 0;
	failed = 0;
	if (existsSync('test-results/vitest.json')) {
		const v = JSON.parse(readFileSync('test-results/vitest.json', 'utf8'));
		passed += v.numPassedTests ?? 0;
		failed += v.numFailedTests ?? 0;
	}
	if (existsSync('test-results/playwright.json')) {
		const p = JSON.parse(readFileSync('test-results/playwright.json', 'utf8'));
		passed += p.stats?.expected ?? 0;
		failed += (p.stats?.unexpected ?? 0) + (p.stats?.flaky ?? 0);
	}
}
