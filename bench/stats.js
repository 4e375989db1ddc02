// Small pure helpers for the bench's figures: medians and spreads over repeated runs, and whether
// the machine is quiet enough for timings to mean anything. No I/O, so tests can reuse them.

/**
 * The numbers among `values`, sorted (runs that failed give null and are left out).
 * @param {unknown[]} values
 * @returns {number[]}
 */
function numbers(values) {
	return /** @type {number[]} */ (values.filter((v) => typeof v === 'number' && !isNaN(v))).sort(
		(a, b) => a - b
	);
}

/**
 * The median of the numbers among `values` (the mean of the middle two for an even count), or
 * null when there are none.
 * @param {unknown[]} values
 * @returns {number | null}
 */
export function median(values) {
	const sorted = numbers(values);
	if (!sorted.length) return null;
	const mid = sorted.length >> 1;
	const at = (/** @type {number} */ i) => /** @type {number} */ (sorted[i]);
	return sorted.length % 2 ? at(mid) : (at(mid - 1) + at(mid)) / 2;
}

/**
 * The lowest and highest of the numbers among `values`, or null when there are none.
 * @param {unknown[]} values
 * @returns {[number, number] | null}
 */
export function spread(values) {
	const sorted = numbers(values);
	return sorted.length
		? [/** @type {number} */ (sorted[0]), /** @type {number} */ (sorted[sorted.length - 1])]
		: null;
}

/**
 * The highest 1-minute load average at which the bench's timings still mean something: 0.75 per
 * CPU (1.5 on the 2-core machines it runs on). Above it, another build or browser is taking the
 * cores the page is timed on.
 * @param {number} cpus
 */
export function maxLoad(cpus) {
	return 0.75 * Math.max(1, cpus);
}

/**
 * Why the machine is too busy to time anything, or null when it is quiet enough.
 * @param {number[]} loadAverage `os.loadavg()`: the 1, 5 and 15 minute load averages
 * @param {number} cpus `os.cpus().length`
 * @returns {string | null}
 */
export function busyReason(loadAverage, cpus) {
	const now = loadAverage[0] ?? 0;
	const limit = maxLoad(cpus);
	if (now <= limit) return null;
	return (
		`the machine is busy: load average ${Math.round(now * 100) / 100} over the last minute, ` +
		`over ${limit} on ${cpus} CPU${cpus === 1 ? '' : 's'}; timings taken now would mean nothing ` +
		`(wait until other builds and browsers have finished, or run without --check)`
	);
}

/**
 * `value / reference`, rounded to 2 decimals, or null when either is missing or the reference is 0.
 * @param {number | null | undefined} value @param {number | null | undefined} reference
 * @returns {number | null}
 */
export function ratio(value, reference) {
	if (typeof value !== 'number' || typeof reference !== 'number' || !reference) return null;
	return Math.round((value / reference) * 100) / 100;
}
