import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './scripts/chromium.js';

const executablePath = findChromium();
// Ports of the two test servers; override with PW_PORT_ROOT / PW_PORT_BASE to run beside other
// servers (then build with ORIGIN on the same port, as scripts/test.js does).
const PORT_ROOT = process.env.PW_PORT_ROOT ?? '4173';
const PORT_BASE = process.env.PW_PORT_BASE ?? '4174';
const ROOT = `http://127.0.0.1:${PORT_ROOT}/`;
const UNDER_BASE = `http://127.0.0.1:${PORT_BASE}/story/`;

export default defineConfig({
	testDir: 'tests',
	outputDir: 'test-results/artifacts',
	fullyParallel: false,
	workers: 1,
	forbidOnly: !!process.env.CI,
	retries: 0,
	timeout: 30_000,
	reporter: [['list'], ['json', { outputFile: 'test-results/playwright.json' }]],
	use: {
		...devices['Desktop Chrome'],
		launchOptions: {
			executablePath,
			// Host pages on localhost frame the site on 127.0.0.1; in real use both are public, so
			// Chrome's local-network permission prompt would never apply.
			args: [
				...CHROMIUM_ARGS,
				'--disable-features=LocalNetworkAccessChecks,BlockInsecurePrivateNetworkRequests'
			]
		},
		trace: 'off',
		// The offline cache is tested on its own (tests/offline.spec.ts, present.spec.ts); elsewhere it would make
		// every fresh browser download the whole site in the background.
		serviceWorkers: 'block'
	},
	projects: [
		{ name: 'story', testIgnore: /nojs\.spec\.ts/, use: { baseURL: ROOT } },
		{
			name: 'no-js',
			testMatch: /nojs\.spec\.ts/,
			use: { baseURL: ROOT, javaScriptEnabled: false }
		},
		{
			// The same story tests against a build deployed under a sub-path, and its absolute URLs.
			name: 'base-path',
			testMatch: /(story|absolute-urls)\.spec\.ts/,
			use: { baseURL: UNDER_BASE }
		}
	],
	webServer: [
		{
			command: `node scripts/serve.js --dir build --port ${PORT_ROOT}`,
			url: ROOT,
			reuseExistingServer: !process.env.CI
		},
		{
			command: `node scripts/serve.js --dir build-story --port ${PORT_BASE} --base /story`,
			url: UNDER_BASE,
			reuseExistingServer: !process.env.CI
		}
	]
});
