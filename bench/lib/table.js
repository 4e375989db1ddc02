// The printed table: one row per measured page plus the framework floor, columns aligned.

const kb = (/** @type {number | undefined} */ bytes) =>
	typeof bytes === 'number' ? (bytes / 1024).toFixed(1) : '';
const int = (/** @type {number | null | undefined} */ n) =>
	typeof n === 'number' ? String(Math.round(n)) : '';

/**
 * A Lighthouse figure: its median, and the lowest–highest of the runs when they differ.
 * @param {any} row @param {string} key @param {(n: number) => string} [format]
 */
function lh(row, key, format = (n) => String(Math.round(n))) {
	const value = row.lighthouse?.[key];
	if (typeof value !== 'number') return '';
	const range = row.lighthouse?.spread?.[key];
	if (!range || range[0] === range[1]) return format(value);
	return `${format(value)} (${format(range[0])}–${format(range[1])})`;
}

/** @type {Array<[string, (row: any) => string]>} */
const COLUMNS = [
	['page', (r) => r.label],
	['req', (r) => int(r.requests)],
	['JS gz', (r) => kb(r.bytes?.js?.gzip)],
	['JS raw', (r) => kb(r.bytes?.js?.raw)],
	['JS/floor', (r) => (typeof r.js_vs_floor === 'number' ? `${r.js_vs_floor.toFixed(2)}×` : '')],
	['CSS gz', (r) => kb(r.bytes?.css?.gzip)],
	['HTML gz', (r) => kb(r.bytes?.html?.gzip)],
	['HTML raw', (r) => kb(r.bytes?.html?.raw)],
	['fonts', (r) => kb(r.bytes?.font?.gzip)],
	['images', (r) => kb(r.bytes?.image?.gzip)],
	['other', (r) => kb(r.bytes?.other?.gzip)],
	['total gz', (r) => kb(r.bytes?.total?.gzip)],
	['perf', (r) => lh(r, 'performance')],
	['a11y', (r) => lh(r, 'accessibility')],
	['bp', (r) => lh(r, 'best-practices')],
	['seo', (r) => lh(r, 'seo')],
	['LCP ms', (r) => lh(r, 'lcp_ms')],
	['CLS', (r) => lh(r, 'cls', (n) => n.toFixed(3))],
	['TBT ms', (r) => lh(r, 'tbt_ms')],
	['LH KB', (r) => lh(r, 'total_bytes', (n) => (n / 1024).toFixed(0))]
];

/**
 * @param {Array<Record<string, any> & { label: string }>} rows
 * @returns {string}
 */
export function table(rows) {
	const cells = [
		COLUMNS.map(([title]) => title),
		...rows.map((row) => COLUMNS.map(([, cell]) => cell(row)))
	];
	const widths = COLUMNS.map((_, i) =>
		Math.max(...cells.map((line) => /** @type {string} */ (line[i]).length))
	);
	const format = (/** @type {string[]} */ line) =>
		line
			.map((cell, i) => {
				const width = /** @type {number} */ (widths[i]);
				return i === 0 ? cell.padEnd(width) : cell.padStart(width);
			})
			.join('  ');
	const rule = widths.map((w) => '─'.repeat(w)).join('  ');
	return [format(/** @type {string[]} */ (cells[0])), rule, ...cells.slice(1).map(format)]
		.map((line) => line.trimEnd())
		.join('\n');
}
