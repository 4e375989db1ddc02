// Where is a Chromium to test with? An env variable first, then known paths, else undefined
// (Playwright then uses its own browser, after `npx playwright install chromium`).
// Plain JS so Playwright, Vitest and the benchmark can all import it; nothing heavy at the top.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const KNOWN = [
	'/usr/bin/chromium',
	'/usr/bin/chromium-browser',
	'/usr/bin/google-chrome-stable',
	'/usr/bin/google-chrome',
	'/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
	'/Applications/Chromium.app/Contents/MacOS/Chromium'
];

/**
 * @param {NodeJS.ProcessEnv} [env]
 * @param {readonly string[]} [known] paths to try after the env variables
 * @returns {string | undefined}
 */
export function findChromium(env = process.env, known = KNOWN) {
	for (const name of ['CHROMIUM_PATH', 'CHROME_PATH']) {
		const p = env[name];
		if (p && existsSync(p)) return p;
	}
	return known.find((p) => existsSync(p));
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

/**
 * The one line to run when no browser could be had. Debian's own `chromium` package works with
 * Playwright and is found at /usr/bin/chromium. Ubuntu's apt `chromium` is only a wrapper around a
 * snap, whose sandbox Playwright cannot drive, so Ubuntu and other Linux systems get Playwright's
 * browser with the system libraries it needs; macOS and Windows need no libraries.
 * @param {{ platform?: NodeJS.Platform, osRelease?: string, root?: boolean }} [host]
 */
export function installCommand({
	platform = process.platform,
	osRelease = readOsRelease(),
	root = isRoot
} = {}) {
	if (platform !== 'linux') return 'npx playwright install chromium';
	const field = (/** @type {string} */ name) =>
		new RegExp(`^${name}="?([^"\\n]*)"?$`, 'm').exec(osRelease)?.[1]?.split(/\s+/) ?? [];
	const family = [...field('ID'), ...field('ID_LIKE')];
	const sudo = root ? '' : 'sudo ';
	if (family.includes('debian') && !family.includes('ubuntu'))
		return `${sudo}apt-get update && ${sudo}apt-get install -y chromium`;
	return 'npx playwright install --with-deps chromium';
}

function readOsRelease() {
	try {
		return readFileSync('/etc/os-release', 'utf8');
	} catch {
		return '';
	}
}

/**
 * Can Playwright start its own Chromium? Asked in a child process, because Playwright reads
 * PLAYWRIGHT_BROWSERS_PATH once, when it is first imported.
 * @param {NodeJS.ProcessEnv} env
 * @returns {Promise<boolean>}
 */
function playwrightLaunches(env) {
	const probe = `const { chromium } = await import('@playwright/test');
const browser = await chromium.launch({ args: ${JSON.stringify(CHROMIUM_ARGS)} });
await browser.close();`;
	return new Promise((done) => {
		const child = spawn(process.execPath, ['--input-type=module', '-e', probe], {
			cwd: fileURLToPath(new URL('..', import.meta.url)),
			env,
			stdio: 'ignore'
		});
		const timer = setTimeout(() => child.kill(), 60_000);
		child.on('exit', (code) => {
			clearTimeout(timer);
			done(code === 0);
		});
	});
}

/**
 * Makes sure the browser tests have a Chromium, the way the ecosystem gets one: a Chromium found on
 * this machine, else Playwright's own, else `npx playwright install chromium`. When none can be
 * had, returns the one message that says what to run.
 * @param {{ env?: NodeJS.ProcessEnv, known?: readonly string[], log?: (line: string) => void }} [options]
 * @returns {Promise<{ ok: true, path: string | undefined } | { ok: false, message: string }>}
 */
export async function ensureChromium({
	env = process.env,
	known = KNOWN,
	log = (line) => console.log(line)
} = {}) {
	const path = findChromium(env, known);
	if (path) return { ok: true, path };
	if (await playwrightLaunches(env)) return { ok: true, path: undefined };

	log('No Chromium found: getting Playwright’s (npx playwright install chromium)');
	const install = spawnSync('npx', ['playwright', 'install', 'chromium'], {
		// Progress to the terminal; errors kept for the message.
		stdio: ['ignore', 'inherit', 'pipe'],
		encoding: 'utf8',
		shell: process.platform === 'win32',
		// Playwright tries a download five times and, by default, waits 30 s for a silent
		// connection each time; 10 s each keeps a blocked network to under a minute.
		env: { PLAYWRIGHT_DOWNLOAD_CONNECTION_TIMEOUT: '10000', ...env }
	});
	if (install.status === 0 && (await playwrightLaunches(env))) return { ok: true, path: undefined };

	const why =
		install.status === 0
			? 'Playwright installed its Chromium, but it does not start on this system'
			: `Playwright could not install its Chromium${reason(install.stderr ?? '')}`;
	return {
		ok: false,
		message: [
			`✗ The browser tests need Chromium, and none was found. ${why}.`,
			`  Run:  ${installCommand()}`,
			'  then npm test again (or set CHROMIUM_PATH to a Chromium or Chrome you have).'
		].join('\n')
	};
}

/** The first error line of the install's output, as "(…)". */
function reason(/** @type {string} */ stderr) {
	const line = stderr
		.split('\n')
		.map((l) => l.trim())
		.find((l) => /error/i.test(l));
	return line ? ` (${line.length > 160 ? `${line.slice(0, 157)}…` : line})` : '';
}
