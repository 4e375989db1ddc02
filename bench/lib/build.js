// The two builds the bench measures: the site (`npx vite build` at the root, into build/) and the
// framework floor (bench/floor, built with the root's vite, into bench/floor/build/).
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { run, tail } from './proc.js';

/**
 * Build environment: UTC like the tests; no BASE_PATH or BUILD_DIR, so the site lands in build/.
 * A production build needs the site's public address (svelte.config.js); the bench serves on a
 * free port, so a stand-in, as a deployment would have, unless ORIGIN is given.
 */
function env() {
	/** @type {NodeJS.ProcessEnv} */
	const vars = { ORIGIN: 'https://example.org', ...process.env, TZ: 'UTC' };
	delete vars.BASE_PATH;
	delete vars.BUILD_DIR;
	return vars;
}

/**
 * @param {string} label @param {string} cmd @param {string[]} args @param {string} cwd
 * @returns {Promise<{ seconds: number }>}
 */
async function build(label, cmd, args, cwd) {
	const result = await run(cmd, args, { cwd, env: env(), timeout: 300_000 });
	if (result.code !== 0) {
		const why = result.timedOut ? 'timed out after 300 s' : `exit code ${result.code}`;
		throw new Error(`${label} failed (${why}):\n${tail(result.output, 30)}`);
	}
	return { seconds: result.ms / 1000 };
}

/** @param {string} root the repository root */
export function buildSite(root) {
	return build('site build (npx vite build)', 'npx', ['vite', 'build'], root);
}

/** @param {string} root @param {string} floorDir */
export function buildFloor(root, floorDir) {
	const vite = join(root, 'node_modules', 'vite', 'bin', 'vite.js');
	return build('framework floor build', process.execPath, [vite, 'build'], floorDir);
}

/** Total bytes and number of files under a folder. @param {string} dir */
export function dirStats(dir) {
	let bytes = 0;
	let files = 0;
	for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
		if (!entry.isFile()) continue;
		bytes += statSync(join(entry.parentPath, entry.name)).size;
		files += 1;
	}
	return { bytes, files };
}
