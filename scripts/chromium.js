// Where is a Chromium to test with? An env variable first, then known paths, else undefined
// (Playwright then uses its own browser, after `npx playwright install chromium`).
// Plain JS so Playwright, Vitest and the benchmark can all import it.
import { existsSync } from 'node:fs';

const KNOWN = [
	'/usr/bin/chromium',
	'/usr/bin/chromium-browser',
	'/usr/bin/google-chrome-stable',
	'/usr/bin/google-chrome',
	'/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
	'/Applications/Chromium.app/Contents/MacOS/Chromium'
];

/** @returns {string | undefined} */
export function findChromium() {
	for (const name of ['CHROMIUM_PATH', 'CHROME_PATH']) {
		const p = process.env[name];
		if (p && existsSync(p)) return p;
	}
	return KNOWN.find((p) => existsSync(p));
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

/** Launch flags that behave well on small, offline CI machines. */
export const CHROMIUM_ARGS = [
	'--disable-gpu',
	'--disable-dev-shm-usage',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--disable-quic',
	'--no-first-run',
	...(isRoot ? ['--no-sandbox'] : [])
];
