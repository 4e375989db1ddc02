import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './scripts/chromium.js';

const executablePath = findChromium();
const ROOT = 'http://127.0.0.1:4173/';
const UNDER_BASE = 'http://127.0.0.1:4174/story/';

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
		// The offline cache is tested on its own (tests/present.spec.ts); elsewhere it would make
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
			// The same story tests against a build deployed under a sub-path.
			name: 'base-path',
			testMatch: /story\.spec\.ts/,
			use: { baseURL: UNDER_BASE }
		}
	],
	webServer: [
		{
			command: 'node scripts/serve.js --dir build --port 4173',
			url: ROOT,
			reuseExistingServer: !process.env.CI
		},
		{
			command: 'node scripts/serve.js --dir build-story --port 4174 --base /story',
			url: UNDER_BASE,
			reuseExistingServer: !process.env.CI
		}
	]
});
