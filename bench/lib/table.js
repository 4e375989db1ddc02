// The printed table: one row per measured page plus the framework floor, columns aligned.

const kb = (/** @type {number | undefined} */ bytes) =>
	typeof bytes === 'number' ? (bytes / 1024).toFixed(1) : '';
const int = (/** @type {number | null | undefined} */ n) =>
	typeof n === 'number' ? String(Math.round(n)) : '';

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
	['perf', (r) => int(r.lighthouse?.performance)],
	['a11y', (r) => int(r.lighthouse?.accessibility)],
	['bp', (r) => int(r.lighthouse?.['best-practices'])],
	['seo', (r) => int(r.lighthouse?.seo)],
	['LCP ms', (r) => int(r.lighthouse?.lcp_ms)],
	['CLS', (r) => (typeof r.lighthouse?.cls === 'number' ? r.lighthouse.cls.toFixed(3) : '')],
	['TBT ms', (r) => int(r.lighthouse?.tbt_ms)]
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
	const widths = COLUMNS.map((_, i) => Math.max(...cells.map((line) => line[i].length)));
	const format = (/** @type {string[]} */ line) =>
		line.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ');
	const rule = widths.map((w) => '─'.repeat(w)).join('  ');
	return [format(cells[0]), rule, ...cells.slice(1).map(format)]
		.map((line) => line.trimEnd())
		.join('\n');
}
