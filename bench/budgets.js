// Budgets: pure functions from a bench result (bench/results.json) and a budgets object
// (bench/budgets.json) to messages. No I/O, so tests and other tools can reuse them.

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
				const value = result?.bytes?.[bytes[1]]?.[bytes[2]];
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

	const maxTask = budgets?.scroll?.max_long_task_ms;
	const tasks = results?.scroll?.long_tasks;
	if (typeof maxTask === 'number' && typeof tasks?.max_ms === 'number' && tasks.max_ms > maxTask) {
		breaches.push(
			`BUDGET scroll ${results.scroll.page ?? '/'} long_task ${tasks.max_ms} ms > ${maxTask} ms` +
				` (${tasks.count} long tasks, ${tasks.total_ms} ms in all, CPU ${results.scroll.cpu_throttle ?? 4}× slower)`
		);
	}
	return breaches;
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
	if (typeof budgets?.scroll?.max_long_task_ms === 'number' && !results?.scroll?.long_tasks) {
		lines.push(`scroll long tasks: ${results?.scroll?.error ?? 'not measured'}`);
	} else if (results?.scroll?.long_tasks?.supported === false) {
		lines.push('scroll long tasks: this Chromium has no long-task API');
	}
	return lines;
}
