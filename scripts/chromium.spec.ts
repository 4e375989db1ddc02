import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ensureChromium, findChromium, installCommand } from './chromium.js';

const made: string[] = [];
afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));

/**
 * A machine with no Chromium: no CHROMIUM_PATH, none of the known paths, an empty folder for
 * Playwright's browsers, and an `npx` first on the PATH that stands in for
 * `npx playwright install chromium` (it records its arguments and exits with `status`), so that
 * nothing is downloaded.
 */
function bareMachine(status: number) {
	const dir = mkdtempSync(join(tmpdir(), 'no-chromium-'));
	made.push(dir);
	const calls = join(dir, 'npx-calls');
	writeFileSync(
		join(dir, 'npx'),
		`#!/bin/sh\necho "$@" >> "${calls}"\n` +
			(status === 0 ? '' : 'echo "Error: Failed to download Chromium (no network)" >&2\n') +
			`exit ${status}\n`
	);
	chmodSync(join(dir, 'npx'), 0o755);
	const env = { PATH: `${dir}:/usr/bin:/bin`, HOME: dir, PLAYWRIGHT_BROWSERS_PATH: dir };
	const npxCalls = () => (existsSync(calls) ? readFileSync(calls, 'utf8').trim().split('\n') : []);
	return { env, npxCalls };
}

describe('ensureChromium', () => {
	it('stops within seconds with one message that says what to run when the install fails', async () => {
		const { env, npxCalls } = bareMachine(1);
		const logged: string[] = [];
		const started = Date.now();
		const result = await ensureChromium({ env, known: [], log: (l) => logged.push(l) });
		const seconds = (Date.now() - started) / 1000;

		expect(npxCalls()).toEqual(['playwright install chromium']);
		expect(result).toEqual({
			ok: false,
			message: [
				'✗ The browser tests need Chromium, and none was found. Playwright could not install its Chromium (Error: Failed to download Chromium (no network)).',
				`  Run:  ${installCommand()}`,
				'  then npm test again (or set CHROMIUM_PATH to a Chromium or Chrome you have).'
			].join('\n')
		});
		expect(logged).toEqual([
			'No Chromium found: getting Playwright’s (npx playwright install chromium)'
		]);
		expect(seconds).toBeLessThan(15);
	});

	it('says so when the install succeeds but still no browser starts', async () => {
		const { env, npxCalls } = bareMachine(0);
		const result = await ensureChromium({ env, known: [], log: () => {} });
		expect(npxCalls()).toEqual(['playwright install chromium']);
		expect(result.ok).toBe(false);
		expect(!result.ok && result.message).toContain(
			'Playwright installed its Chromium, but it does not start on this system.\n' +
				`  Run:  ${installCommand()}\n`
		);
	});

	it('installs nothing when CHROMIUM_PATH names a browser', async () => {
		const { env, npxCalls } = bareMachine(1);
		const fake = join(env.HOME, 'chrome');
		writeFileSync(fake, '');
		const result = await ensureChromium({ env: { ...env, CHROMIUM_PATH: fake }, known: [] });
		expect(result).toEqual({ ok: true, path: fake });
		expect(npxCalls()).toEqual([]);
	});
});

describe('findChromium', () => {
	it('takes CHROMIUM_PATH, then CHROME_PATH, then the first known path that exists', () => {
		const { env } = bareMachine(1);
		const a = join(env.HOME, 'a');
		writeFileSync(a, '');
		expect(findChromium({ CHROMIUM_PATH: '/nope', CHROME_PATH: a }, [])).toBe(a);
		expect(findChromium({}, ['/nope', a])).toBe(a);
		expect(findChromium({ CHROMIUM_PATH: '/nope' }, ['/nope'])).toBeUndefined();
	});
});

describe('installCommand', () => {
	const debian = 'PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"\nID=debian\nVERSION_ID="12"\n';
	const ubuntu = 'NAME="Ubuntu"\nID=ubuntu\nID_LIKE=debian\nVERSION_ID="24.04"\n';
	const raspbian = 'ID=raspbian\nID_LIKE=debian\n';
	const mint = 'ID=linuxmint\nID_LIKE="ubuntu debian"\n';
	const fedora = 'ID=fedora\nVERSION_ID=41\n';

	it.each([
		['Debian as root', 'linux', debian, true, 'apt-get update && apt-get install -y chromium'],
		[
			'Debian as a user',
			'linux',
			debian,
			false,
			'sudo apt-get update && sudo apt-get install -y chromium'
		],
		['Raspberry Pi OS', 'linux', raspbian, true, 'apt-get update && apt-get install -y chromium'],
		[
			'Ubuntu (apt has only a snap)',
			'linux',
			ubuntu,
			true,
			'npx playwright install --with-deps chromium'
		],
		['Linux Mint', 'linux', mint, false, 'npx playwright install --with-deps chromium'],
		['Fedora', 'linux', fedora, false, 'npx playwright install --with-deps chromium'],
		['Linux without os-release', 'linux', '', false, 'npx playwright install --with-deps chromium'],
		['macOS', 'darwin', '', false, 'npx playwright install chromium'],
		['Windows', 'win32', '', false, 'npx playwright install chromium']
	] as const)('%s: %s', (_, platform, osRelease, root, expected) => {
		expect(installCommand({ platform, osRelease, root })).toBe(expected);
	});
});
