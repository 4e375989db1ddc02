// The bench's second reference page: a minimal reveal.js deck (bench/reveal/index.html, a few
// slides of text) with the files reveal.js's own getting-started page links (reset, core styles,
// the default black theme, the script), copied from the installed package at bench time into a
// temporary folder (outside the repository, where ESLint and Prettier would read reveal.js's own
// code), so the deck is always the version the lockfile pins.
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import { dirname, join } from 'node:path';

/** The files the deck links, relative to the package's folder. */
export const REVEAL_FILES = [
	'dist/reset.css',
	'dist/reveal.css',
	'dist/theme/black.css',
	'dist/reveal.js'
];

/**
 * Copies the deck and its reveal.js files into `out`.
 * @param {string} root the project root (where reveal.js is installed)
 * @param {string} dir bench/reveal
 * @param {string} [out] where the deck is written
 * @returns {{ ok: true, out: string, version: string } | { ok: false, reason: string }}
 */
export function buildReveal(
	root,
	dir,
	out = join(os.tmpdir(), `story-bench-reveal-${os.userInfo().username}`)
) {
	let from;
	try {
		// The package exports no package.json; its main script is dist/reveal.js.
		from = dirname(dirname(createRequire(join(root, 'package.json')).resolve('reveal.js')));
	} catch {
		return {
			ok: false,
			reason: 'reveal.js is not installed (npm ci installs it: a devDependency)'
		};
	}
	const pkg = join(from, 'package.json');
	rmSync(out, { recursive: true, force: true });
	for (const file of REVEAL_FILES) {
		if (!existsSync(join(from, file))) return { ok: false, reason: `reveal.js has no ${file}` };
		mkdirSync(dirname(join(out, file)), { recursive: true });
		copyFileSync(join(from, file), join(out, file));
	}
	copyFileSync(join(dir, 'index.html'), join(out, 'index.html'));
	const { version } = JSON.parse(readFileSync(pkg, 'utf8'));
	return { ok: true, out, version };
}
