// The site's public address (svelte.config.js): a production build without it stops with a message
// that says what to set; everything else runs without it.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isProductionBuild, siteOrigin } from '../svelte.config.js';

const production = { production: true };

describe('siteOrigin', () => {
	it('is ORIGIN, as a scheme and host', () => {
		expect(siteOrigin({ ORIGIN: 'https://example.org' }, production)).toBe('https://example.org');
		expect(siteOrigin({ ORIGIN: ' https://Example.org/ ' }, production)).toBe(
			'https://example.org'
		);
		expect(siteOrigin({ ORIGIN: 'http://127.0.0.1:4173' }, production)).toBe(
			'http://127.0.0.1:4173'
		);
	});

	it('stops a production build without it, saying what to set', () => {
		for (const ORIGIN of [undefined, '', '  ']) {
			expect(() => siteOrigin({ ORIGIN }, production)).toThrow(
				/^ORIGIN is not set\..*\n {2}ORIGIN=https:\/\/example\.org npm run build\n/s
			);
		}
	});

	it('falls back to localhost for anything else (vite dev, svelte-check, Vitest)', () => {
		expect(siteOrigin({}, { production: false })).toBe('http://localhost:5173');
	});

	it.each(['https://example.org/story', 'example.org', 'ftp://example.org', 'https://x.org/?a=1'])(
		'refuses %s, which is not a scheme and host',
		(ORIGIN) => {
			expect(() => siteOrigin({ ORIGIN }, { production: false })).toThrow(
				/^ORIGIN must be a scheme and host, like https:\/\/example\.org/
			);
		}
	);
});

describe('isProductionBuild', () => {
	it.each([
		[['node', 'vite', 'build'], {}, true],
		[['node', 'vite', 'build'], { NODE_ENV: 'production' }, true],
		[['node', 'vite', 'build'], { NODE_ENV: 'development' }, false],
		[['node', 'vite', 'dev'], {}, false],
		[['node', 'vite', 'preview'], { NODE_ENV: 'production' }, false],
		[['node', 'svelte-check', '--tsconfig', './tsconfig.json'], {}, false],
		[['node', 'vitest', 'run'], { NODE_ENV: 'test' }, false]
	])('%j with %j: %s', (argv, env, expected) => {
		expect(isProductionBuild(argv, env)).toBe(expected);
	});
});

it('a build reading the config without ORIGIN stops with the message', () => {
	// The config as `vite build` reads it (argv ends in "build"), without building anything.
	const env = { ...process.env };
	delete env.ORIGIN;
	delete env.NODE_ENV;
	const run = spawnSync(process.execPath, ['svelte.config.js', 'build'], {
		cwd: fileURLToPath(new URL('..', import.meta.url)),
		env,
		encoding: 'utf8'
	});
	expect(run.status).not.toBe(0);
	expect(run.stderr).toContain('ORIGIN is not set');
	expect(run.stderr).toContain('ORIGIN=https://example.org npm run build');
});
