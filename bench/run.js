#!/usr/bin/env node
// `npm run bench [-- --quick] [-- --no-build] [-- --check] [-- --runs N]`: build the site and the
// framework floor, serve both (and a minimal reveal.js deck) on loopback, and measure each page:
// the bytes it requests at first load, Lighthouse (mobile, median and spread of N runs),
// scrolling smoothness of the story (3 runs), build time and size. Prints one table, writes
// bench/results.json; `--check` fails on any budget breach, or at once on a busy machine.
// See bench/README.md.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../scripts/chromium.js';
import { checkBudgets, scrollRuns, uncheckedBudgets } from './budgets.js';
import { buildFloor, buildSite, dirStats } from './lib/build.js';
import { buildReveal } from './lib/reveal.js';
import { serve } from './lib/serve.js';
import { table } from './lib/table.js';
import { prepareLighthouse, runLighthouse, summarise } from './measure/lighthouse.js';
import { measureRequests } from './measure/network.js';
import { measureScroll } from './measure/scroll.js';
import { pageBytes, pageFile } from './pageBytes.js';
import { busyReason, ratio } from './stats.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BENCH = join(ROOT, 'bench');
const BUILD = join(ROOT, 'build');
const FLOOR = join(BENCH, 'floor');
const FLOOR_BUILD = join(FLOOR, 'build');
const REVEAL = join(BENCH, 'reveal');
/** The pages the issue names; any other page named in budgets.json is measured too. */
const PAGES = ['/', '/present/', '/embed/revenue/', '/embed/timeline/', '/teach/'];
const STORY = '/';
/** Each Lighthouse run's full report, kept until the next run. */
const REPORTS = join(os.tmpdir(), `story-bench-lighthouse-${os.userInfo().username}`);

const USAGE = `Usage: npm run bench [-- options]
  --quick      skip Lighthouse (bytes, scrolling and build only)
  --no-build   reuse build/ (and bench/floor/build/ if present) instead of building
  --check      exit non-zero if any figure breaks bench/budgets.json, naming each breach; on a
               busy machine (1-minute load average over 0.75 per CPU) stop at once, measuring nothing
  --runs N     Lighthouse runs per page, the median and spread are reported (default 5)
  --scrolls N  scroll runs of the story in a row (default: budgets.json's scroll.runs, else 3)
  --page P     measure only page P (repeatable, e.g. --page / --page /present/); the story is
               scrolled only when / is one of them`;

const { values: opts } = parseArgs({
	options: {
		quick: { type: 'boolean', default: false },
		check: { type: 'boolean', default: false },
		'no-build': { type: 'boolean', default: false },
		runs: { type: 'string', default: '5' },
		scrolls: { type: 'string' },
		page: { type: 'string', multiple: true },
		help: { type: 'boolean', short: 'h', default: false }
	}
});
const RUNS = Number(opts.runs);

const began = Date.now();
const elapsed = () => `${((Date.now() - began) / 1000).toFixed(0)}s`.padStart(4);
const log = (/** @type {string} */ line) => console.log(`[${elapsed()}] ${line}`);

async function main() {
	if (opts.help) return console.log(USAGE);
	if (!Number.isInteger(RUNS) || RUNS < 1)
		throw new Error(`--runs wants a whole number ≥ 1\n${USAGE}`);
	process.chdir(ROOT);
	const load = os.loadavg().map((n) => Math.round(n * 100) / 100);
	const busy = busyReason(load, os.cpus().length);
	if (busy && opts.check) {
		// A figure taken now would fail or pass by chance: say so rather than measure.
		console.error(`bench --check: not measuring, ${busy}`);
		process.exitCode = 1;
		return;
	}
	if (busy) log(`warning: ${busy}`);
	const budgets = JSON.parse(readFileSync(join(BENCH, 'budgets.json'), 'utf8'));
	const SCROLLS = Number(opts.scrolls ?? budgets.scroll?.runs ?? 3);
	if (!Number.isInteger(SCROLLS) || SCROLLS < 1)
		throw new Error(`--scrolls wants a whole number ≥ 1\n${USAGE}`);

	// 1. Build the site and the floor.
	const build = {
		site: { seconds: /** @type {number | null} */ (null) },
		floor: { seconds: /** @type {number | null} */ (null) }
	};
	if (opts['no-build']) {
		if (!existsSync(join(BUILD, 'index.html')))
			throw new Error('--no-build: build/index.html does not exist; run without --no-build');
		log('reusing build/ (--no-build)');
	} else {
		log('building the site: npx vite build');
		const { seconds } = await buildSite(ROOT);
		build.site = { seconds };
		log(`site built in ${seconds.toFixed(1)} s`);
	}
	if (!opts['no-build'] || !existsSync(join(FLOOR_BUILD, 'index.html'))) {
		log('building the framework floor (bench/floor)');
		const { seconds } = await buildFloor(ROOT, FLOOR);
		build.floor = { seconds };
		log(`floor built in ${seconds.toFixed(1)} s`);
	}
	const sizes = { site: dirStats(BUILD), floor: dirStats(FLOOR_BUILD) };
	const deck = buildReveal(ROOT, REVEAL);
	if (!deck.ok) log(`no reveal.js deck: ${deck.reason}`);

	// 2. Which pages exist.
	const known = [...new Set([...PAGES, ...Object.keys(budgets.pages ?? {})])];
	const wanted = opts.page?.length ? opts.page : known;
	/** @type {Record<string, string>} */
	const skipped = {};
	for (const page of known) if (!wanted.includes(page)) skipped[page] = 'not asked for (--page)';
	const pages = wanted.filter((page) => {
		const file = pageFile(BUILD, page);
		if (existsSync(file)) return true;
		skipped[page] = `${file.slice(ROOT.length)} does not exist`;
		log(`skipping ${page}: ${skipped[page]}`);
		return false;
	});

	// 3. Measure, with both builds served on loopback (the servers stop however this ends).
	/** @type {Record<string, any>} */
	const results = {};
	/** @type {any} */
	let floor;
	/** @type {any} */
	let reveal = deck.ok ? null : { error: deck.reason };
	/** @type {any} */
	let scroll;
	/** @type {any} */
	let lighthouse = { ran: false, reason: 'skipped (--quick)' };
	/** @type {string} */
	let chromiumVersion;
	const chromePath = findChromium();
	const site = await serve(BUILD);
	const floorSite = await serve(FLOOR_BUILD).catch(async (error) => {
		await site.close();
		throw error;
	});
	const deckSite = deck.ok
		? await serve(deck.out).catch(async (error) => {
				await site.close();
				await floorSite.close();
				throw error;
			})
		: null;
	try {
		const browser = await chromium.launch({ executablePath: chromePath, args: CHROMIUM_ARGS });
		try {
			chromiumVersion = browser.version();
			for (const page of pages) {
				log(`first load of ${page}`);
				results[page] = {
					...(await measureRequests(browser, site.origin + page)),
					static: pageBytes(BUILD, page)
				};
			}
			log('first load of the framework floor');
			floor = {
				...(await measureRequests(browser, `${floorSite.origin}/`)),
				static: pageBytes(FLOOR_BUILD, '/')
			};
			if (deckSite && deck.ok) {
				log(`first load of the reveal.js ${deck.version} deck`);
				reveal = {
					version: deck.version,
					...(await measureRequests(browser, `${deckSite.origin}/`))
				};
			}
			if (pages.includes(STORY)) {
				scroll = { page: STORY, runs: /** @type {any[]} */ ([]) };
				for (let n = 1; n <= SCROLLS; n++) {
					log(`scrolling ${STORY} with the CPU 4× slower (${n}/${SCROLLS})`);
					const run = await measureScroll(browser, site.origin + STORY).catch((error) => {
						log(`scroll measurement failed: ${error.message}`);
						return { error: error.message };
					});
					// A failed run is `{ error }`; a measured one has no such field.
					const { error } = /** @type {{ error?: string }} */ (run);
					if (error) {
						scroll.error = error;
						break;
					}
					scroll.runs.push(run);
				}
			} else {
				scroll = { page: STORY, error: skipped[STORY] };
			}
		} finally {
			await browser.close();
		}

		if (!opts.quick)
			lighthouse = await lighthouseAll(
				pages,
				results,
				floor,
				reveal && deckSite ? { into: reveal, url: `${deckSite.origin}/` } : null,
				site.origin,
				floorSite.origin,
				chromePath
			);
	} finally {
		await site.close();
		await floorSite.close();
		await deckSite?.close();
	}

	// 4. Put it together, print, write, check.
	const floorJs = floor.bytes.js.gzip;
	for (const page of pages) {
		const r = results[page];
		r.js_vs_floor = floorJs ? Math.round((r.bytes.js.gzip / floorJs) * 100) / 100 : null;
	}
	floor.js_vs_floor = 1;
	// The ratios the budgets judge, recorded beside the figures they come from.
	for (const page of pages) {
		const r = results[page];
		if (r.lighthouse)
			r.lighthouse.lcp_vs_floor = ratio(r.lighthouse.lcp_ms, floor.lighthouse?.lcp_ms);
		r.total_vs_reveal = ratio(r.bytes.total.gzip, reveal?.bytes?.total?.gzip);
	}
	const cpus = os.cpus();
	const output = {
		timestamp: new Date().toISOString(),
		machine: {
			os: `${os.type()} ${os.release()}`,
			arch: os.arch(),
			cpus: cpus.length,
			cpu_model: cpus[0]?.model?.trim() ?? '',
			memory_gb: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
			load_average_at_start: load,
			busy_at_start: busy,
			node: process.version,
			chromium: chromiumVersion,
			lighthouse: lighthouse.version ?? null
		},
		options: {
			quick: opts.quick,
			build: !opts['no-build'],
			lighthouse_runs: opts.quick ? 0 : RUNS,
			scroll_runs: SCROLLS
		},
		units: 'bytes; KB in budgets and the table = 1024 bytes; gzip = node:zlib default level',
		build: {
			site: { seconds: round1(build.site.seconds), ...sizes.site },
			floor: { seconds: round1(build.floor.seconds), ...sizes.floor }
		},
		skipped,
		pages: results,
		floor,
		reveal,
		scroll,
		lighthouse: {
			reports: lighthouse.ran ? REPORTS : null,
			ran: lighthouse.ran,
			reason: lighthouse.reason,
			runs: opts.quick ? 0 : RUNS,
			seconds: lighthouse.seconds
		},
		seconds: Math.round((Date.now() - began) / 1000)
	};
	const breaches = checkBudgets(output, budgets);
	const unchecked = uncheckedBudgets(output, budgets);
	Object.assign(output, { budgets: { breaches, unchecked } });
	writeFileSync(join(BENCH, 'results.json'), `${JSON.stringify(output, null, '\t')}\n`);

	console.log(
		`\nStory benchmark, ${output.timestamp}: ${output.machine.os}, ${cpus.length} CPUs, Node ${process.version}, Chromium ${chromiumVersion}`
	);
	console.log('');
	console.log(
		table([
			...pages.map((page) => ({ label: page, ...results[page] })),
			{ label: 'floor (bench/floor)', ...floor },
			...(reveal?.bytes ? [{ label: `reveal.js ${reveal.version} deck`, ...reveal }] : [])
		])
	);
	console.log(
		`\nKB = 1024 bytes; gz = gzip (zlib default level) of each response body. First load: fresh cache, 1280×800, until the network is idle.`
	);
	console.log(
		lighthouse.ran
			? `Lighthouse ${lighthouse.version}: mobile preset, median (and lowest–highest) of ${RUNS} run(s) per page, pages interleaved with the floor, over a gzip proxy; reports in ${REPORTS}/`
			: `Lighthouse: not run, ${lighthouse.reason}`
	);
	for (const [page, why] of Object.entries(skipped)) console.log(`Skipped ${page}: ${why}`);
	if (busy) console.log(`Busy machine at the start: ${busy}.`);
	for (const line of ratioLines(pages, results, floor, reveal)) console.log(line);
	for (const line of scrollLines(scroll)) console.log(line);
	const mb = (/** @type {number} */ b) => `${(b / 1024 / 1024).toFixed(2)} MB`;
	console.log(
		`Build: ${build.site.seconds === null ? 'reused' : `${build.site.seconds.toFixed(1)} s`}, build/ ${mb(sizes.site.bytes)} in ${sizes.site.files} files` +
			` (floor: ${build.floor.seconds === null ? 'reused' : `${build.floor.seconds.toFixed(1)} s`}, ${mb(sizes.floor.bytes)} in ${sizes.floor.files} files)`
	);
	console.log(`Results: bench/results.json (${output.seconds} s in all)`);

	for (const line of unchecked) console.log(`Not checked: ${line}`);
	if (breaches.length) {
		console.log('');
		for (const line of breaches) console.log(line);
	}
	if (opts.check) {
		console.log(
			breaches.length ? `\n✗ ${breaches.length} budget breach(es)` : '\n✓ within budgets'
		);
		if (breaches.length) process.exitCode = 1;
	} else if (breaches.length) {
		console.log(`(${breaches.length} over budget; --check makes that a failure)`);
	}
}

/**
 * Lighthouse for every page, the floor and the reveal.js deck, interleaved run by run (each page,
 * then the floor, then the deck, then again) so that noise on this machine falls on all alike.
 * @param {string[]} pages @param {Record<string, any>} results @param {any} floor
 * @param {{ into: any, url: string } | null} deck
 * @param {string} origin @param {string} floorOrigin @param {string | undefined} chromePath
 */
async function lighthouseAll(pages, results, floor, deck, origin, floorOrigin, chromePath) {
	const started = Date.now();
	log('preparing Lighthouse (bench/lighthouse)');
	const lh = await prepareLighthouse(join(BENCH, 'lighthouse'));
	if (!lh.ok) {
		log(`Lighthouse cannot run: ${lh.reason}`);
		return { ran: false, reason: lh.reason };
	}
	// Reports go outside the repository: Prettier would check them there.
	rmSync(REPORTS, { recursive: true, force: true });
	mkdirSync(REPORTS, { recursive: true });
	const targets = [
		...pages.map((page) => ({ label: page, url: origin + page, into: results[page] })),
		{ label: 'floor', url: `${floorOrigin}/`, into: floor },
		...(deck ? [{ label: 'reveal', url: deck.url, into: deck.into }] : [])
	];
	/** @type {Map<object, any[]>} */
	const runs = new Map(targets.map((t) => [t.into, []]));
	for (let n = 1; n <= RUNS; n++) {
		for (const target of targets) {
			const slug = target.label.replace(/^\/|\/$/g, '').replace(/\W+/g, '-') || 'story';
			const report = join(REPORTS, `${slug}-${n}.json`);
			const result = await runLighthouse(lh, target.url, report, chromePath);
			runs.get(target.into)?.push(result);
			log(
				`Lighthouse ${n}/${RUNS} ${target.label}: ` +
					(result.error
						? `failed, ${result.error}`
						: `perf ${result.performance}, a11y ${result.accessibility}, bp ${result['best-practices']}, seo ${result.seo}`) +
					` (${result.seconds.toFixed(0)} s)`
			);
		}
	}
	for (const target of targets) target.into.lighthouse = summarise(runs.get(target.into) ?? []);
	return { ran: true, version: lh.version, seconds: Math.round((Date.now() - started) / 1000) };
}

/**
 * One line per scroll run, numbered when there are several.
 * @param {any} s
 * @returns {string[]}
 */
function scrollLines(s) {
	const runs = scrollRuns(s);
	if (!runs.length) return [`Scroll ${STORY}: not measured${s?.error ? `, ${s.error}` : ''}`];
	const lines = runs.map((r, i) => {
		const t = r.long_tasks;
		const f = r.frames;
		const c = r.frames_while_charts_change;
		return (
			`Scroll ${r.page}${runs.length > 1 ? ` ${i + 1}/${runs.length}` : ''} (CPU ${r.cpu_throttle}× slower, ${r.wheel}, ${r.viewport}): ${r.steps_seen}/${r.steps} steps seen, ${r.state_changes} chart state changes in ${(r.duration_ms / 1000).toFixed(1)} s; ` +
			`long tasks ${t.count} (${t.total_ms} ms in all, worst ${t.max_ms} ms); ` +
			`frame interval median ${f.median_ms} ms, p95 ${f.p95_ms} ms` +
			(c.count ? ` (while charts change: median ${c.median_ms} ms, p95 ${c.p95_ms} ms)` : '')
		);
	});
	if (s?.error) lines.push(`Scroll ${STORY}: stopped after ${runs.length} run(s), ${s.error}`);
	return lines;
}

/**
 * The ratios the budgets judge: each page's LCP against the floor's, its transfer against the
 * reveal.js deck's.
 * @param {string[]} pages @param {Record<string, any>} results @param {any} floor @param {any} reveal
 * @returns {string[]}
 */
function ratioLines(pages, results, floor, reveal) {
	const kb = (/** @type {number} */ b) => `${(b / 1024).toFixed(1)} KB`;
	const lcp = pages
		.filter((p) => typeof results[p].lighthouse?.lcp_vs_floor === 'number')
		.map((p) => `${p} ${results[p].lighthouse.lcp_vs_floor}×`);
	const lines = [];
	if (lcp.length)
		lines.push(`LCP against the floor's (${floor.lighthouse.lcp_ms} ms): ${lcp.join(', ')}`);
	if (reveal?.bytes)
		lines.push(
			`Transfer against the reveal.js deck's (${kb(reveal.bytes.total.gzip)}): ` +
				pages.map((p) => `${p} ${results[p].total_vs_reveal}×`).join(', ')
		);
	else if (reveal?.error) lines.push(`reveal.js deck: not measured, ${reveal.error}`);
	return lines;
}

const round1 = (/** @type {number | null} */ n) => (n === null ? null : Math.round(n * 10) / 10);

main().catch((error) => {
	console.error(`\nbench: ${error?.message ?? error}`);
	process.exitCode = 1;
});
