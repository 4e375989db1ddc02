// Budgets: pure functions from a bench result (bench/results.json) and a budgets object
// (bench/budgets.json) to messages. No I/O, so tests and other tools can reuse them.

import { ratio } from './stats.js';

const KB = 1024;
const BYTE_KEY = /^(js|css|html|font|image|other|total)_(gzip|raw)_kb$/;

/** @param {number} n */
function num(n) {
	if (Number.isInteger(n)) return String(n);
	return Math.abs(n) >= 1 ? n.toFixed(1) : String(Number(n.toPrecision(3)));
}

/** @param {any} results @param {string} page */
function pageResult(results, page) {
	return results?.pages?.[page];
}

/**
 * Every figure that breaks its budget, one line each, e.g.
 * `BUDGET /embed/revenue/ js_gzip 52.1 KB > 45 KB`. Figures that were not measured (a page not
 * built, Lighthouse skipped) are not breaches: see `uncheckedBudgets`.
 * @param {any} results the object bench/run.js writes to bench/results.json
 * @param {any} budgets the object in bench/budgets.json
 * @returns {string[]}
 */
export function checkBudgets(results, budgets) {
	/** @type {string[]} */
	const breaches = [];
	for (const [page, limits] of Object.entries(budgets?.pages ?? {})) {
		const result = pageResult(results, page);
		for (const [key, limit] of Object.entries(/** @type {Record<string, number>} */ (limits))) {
			const bytes = BYTE_KEY.exec(key);
			if (key === 'requests') {
				const value = result?.requests;
				if (typeof value === 'number' && value > limit)
					breaches.push(`BUDGET ${page} requests ${value} > ${limit}`);
			} else if (bytes) {
				const value =
					result?.bytes?.[/** @type {string} */ (bytes[1])]?.[/** @type {string} */ (bytes[2])];
				if (typeof value === 'number' && value / KB > limit)
					breaches.push(
						`BUDGET ${page} ${bytes[1]}_${bytes[2]} ${(value / KB).toFixed(1)} KB > ${limit} KB`
					);
			} else {
				breaches.push(
					`BUDGET ${page} ${key}: unknown budget (use <type>_gzip_kb, <type>_raw_kb or requests)`
				);
			}
		}
	}

	for (const [page, result] of Object.entries(results?.pages ?? {})) {
		const lh = /** @type {any} */ (result)?.lighthouse;
		if (!lh) continue;
		if (typeof budgets?.cls === 'number' && typeof lh.cls === 'number' && lh.cls > budgets.cls)
			breaches.push(`BUDGET ${page} cls ${num(lh.cls)} > ${budgets.cls}`);
		for (const [category, min] of Object.entries(budgets?.lighthouse ?? {})) {
			const score = lh[category];
			if (typeof score === 'number' && score < /** @type {number} */ (min))
				breaches.push(`BUDGET ${page} ${category} ${score} < ${min}`);
		}
	}

	for (const [page, result] of Object.entries(results?.pages ?? {})) {
		const lh = /** @type {any} */ (result)?.lighthouse;
		const maxTbt = budgets?.tbt_ms;
		if (typeof maxTbt === 'number' && typeof lh?.tbt_ms === 'number' && lh.tbt_ms > maxTbt)
			breaches.push(`BUDGET ${page} tbt ${lh.tbt_ms} ms > ${maxTbt} ms`);
	}

	for (const [page, max] of Object.entries(budgets?.lcp_vs_floor ?? {})) {
		const lcp = pageResult(results, page)?.lighthouse?.lcp_ms;
		const floor = results?.floor?.lighthouse?.lcp_ms;
		const times = ratio(lcp, floor);
		if (times !== null && times > /** @type {number} */ (max))
			breaches.push(`BUDGET ${page} lcp ${lcp} ms = ${times}× the floor's (${floor} ms) > ${max}×`);
	}

	for (const [page, max] of Object.entries(budgets?.total_vs_reveal ?? {})) {
		const total = pageResult(results, page)?.bytes?.total?.gzip;
		const deck = results?.reveal?.bytes?.total?.gzip;
		const times = ratio(total, deck);
		if (times !== null && times > /** @type {number} */ (max))
			breaches.push(
				`BUDGET ${page} transfer ${(total / KB).toFixed(1)} KB = ${times}× the reveal.js deck's` +
					` (${(deck / KB).toFixed(1)} KB) > ${max}×`
			);
	}

	const runs = scrollRuns(results?.scroll);
	const maxTask = budgets?.scroll?.max_long_task_ms;
	const maxP95 = budgets?.scroll?.frame_p95_ms_while_charts_change;
	runs.forEach((run, i) => {
		const which = runs.length > 1 ? ` run ${i + 1}/${runs.length}` : '';
		const page = results.scroll.page ?? '/';
		const tasks = run?.long_tasks;
		if (typeof maxTask === 'number' && typeof tasks?.max_ms === 'number' && tasks.max_ms > maxTask)
			breaches.push(
				`BUDGET scroll ${page}${which} long_task ${tasks.max_ms} ms > ${maxTask} ms` +
					` (${tasks.count} long tasks, ${tasks.total_ms} ms in all, CPU ${run.cpu_throttle ?? 4}× slower)`
			);
		const p95 = run?.frames_while_charts_change?.p95_ms;
		if (typeof maxP95 === 'number' && typeof p95 === 'number' && p95 > maxP95)
			breaches.push(
				`BUDGET scroll ${page}${which} frame interval p95 ${p95} ms > ${maxP95} ms while charts change`
			);
	});
	return breaches;
}

/**
 * The scroll runs of a result: `scroll.runs`, or (results written before the bench scrolled
 * several times) the one run `scroll` itself is; none when the scroll failed or was skipped.
 * @param {any} scroll
 * @returns {any[]}
 */
export function scrollRuns(scroll) {
	if (Array.isArray(scroll?.runs)) return scroll.runs;
	return scroll?.long_tasks ? [scroll] : [];
}

/**
 * Budgets that could not be checked because their figures are missing, one line each.
 * @param {any} results @param {any} budgets
 * @returns {string[]}
 */
export function uncheckedBudgets(results, budgets) {
	/** @type {string[]} */
	const lines = [];
	for (const page of Object.keys(budgets?.pages ?? {})) {
		if (!pageResult(results, page))
			lines.push(`${page}: not measured (${results?.skipped?.[page] ?? 'not built'})`);
	}
	const wantsLighthouse =
		typeof budgets?.cls === 'number' || Object.keys(budgets?.lighthouse ?? {}).length;
	const measured = Object.values(results?.pages ?? {});
	if (
		wantsLighthouse &&
		measured.length &&
		!measured.some((p) => /** @type {any} */ (p)?.lighthouse)
	) {
		lines.push(`Lighthouse scores and CLS: ${results?.lighthouse?.reason ?? 'not measured'}`);
	} else if (wantsLighthouse) {
		for (const [page, result] of Object.entries(results?.pages ?? {})) {
			const lh = /** @type {any} */ (result)?.lighthouse;
			if (lh && !lh.ok_runs)
				lines.push(`${page} Lighthouse: every run failed (${lh.errors?.[0] ?? 'no report'})`);
		}
	}
	const pagesLighthouse = (/** @type {string} */ page) => pageResult(results, page)?.lighthouse;
	for (const page of Object.keys(budgets?.lcp_vs_floor ?? {})) {
		if (!pageResult(results, page)) continue;
		if (typeof pagesLighthouse(page)?.lcp_ms !== 'number')
			lines.push(`${page} LCP against the floor's: ${page}'s LCP not measured`);
		else if (typeof results?.floor?.lighthouse?.lcp_ms !== 'number')
			lines.push(`${page} LCP against the floor's: the floor's LCP not measured`);
	}
	for (const page of Object.keys(budgets?.total_vs_reveal ?? {})) {
		if (!pageResult(results, page)) continue;
		if (typeof results?.reveal?.bytes?.total?.gzip !== 'number')
			lines.push(
				`${page} transfer against the reveal.js deck: ${results?.reveal?.error ?? 'deck not measured'}`
			);
	}
	const scroll = budgets?.scroll ?? {};
	const wantsScroll =
		typeof scroll.max_long_task_ms === 'number' ||
		typeof scroll.frame_p95_ms_while_charts_change === 'number';
	const runs = scrollRuns(results?.scroll);
	if (wantsScroll && !runs.length) {
		lines.push(`scroll: ${results?.scroll?.error ?? 'not measured'}`);
	} else if (wantsScroll) {
		if (typeof scroll.runs === 'number' && runs.length < scroll.runs)
			lines.push(
				`scroll: ${runs.length} run(s) of the ${scroll.runs} in a row the budget asks for` +
					(results?.scroll?.error ? ` (${results.scroll.error})` : '')
			);
		if (runs.some((run) => run?.long_tasks?.supported === false))
			lines.push('scroll long tasks: this Chromium has no long-task API');
	}
	return lines;
}

/**
 * The byte budgets `npm test` holds the build to (scripts/check-budgets.js): every `pages` budget,
 * except that where `npm_test_interim.pages` gives a page's budget an interim value (an issue's
 * target the build does not meet yet), npm test holds the build to that value instead, so that it
 * can neither break the target's commit nor grow meanwhile. `npm run bench -- --check` judges the
 * targets themselves.
 * @param {any} budgets the object in bench/budgets.json
 * @returns {{ gated: Record<string, Record<string, number>>, targets: Record<string, Record<string, number>> }}
 *   `gated`: what npm test checks; `targets`: the budgets an interim value stands in for
 */
export function npmTestBudgets(budgets) {
	/** @type {Record<string, Record<string, number>>} */
	const gated = {};
	/** @type {Record<string, Record<string, number>>} */
	const targets = {};
	const interim = budgets?.npm_test_interim?.pages ?? {};
	for (const [page, limits] of Object.entries(budgets?.pages ?? {})) {
		for (const [key, limit] of Object.entries(/** @type {Record<string, number>} */ (limits))) {
			const meanwhile = interim[page]?.[key];
			(gated[page] ??= {})[key] = typeof meanwhile === 'number' ? meanwhile : limit;
			if (typeof meanwhile === 'number') (targets[page] ??= {})[key] = limit;
		}
	}
	return { gated, targets };
}
