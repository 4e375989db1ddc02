/**
 * Numbers → cells: the square is 10,000 cells, 100 to a row; each region gets whole cells
 * (largest remainder) and fills them row by row from where the one before it ended.
 */
import { format } from 'd3-format';
import type { RevenueFigures } from './figures.ts';

export const CELLS = 10_000;
/** Cells to a row of the square. */
export const COLUMNS = 100;

/** "10,000", as the chart's text writes the number of cells. */
export const CELLS_TEXT = format(',')(CELLS);

const dollars = format('$,.0f');

/** Whole cells per region, summing to exactly 10,000 (largest remainder). */
export function cellCounts(shares: number[]): number[] {
	const total = shares.reduce((a, b) => a + b, 0);
	const exact = shares.map((s) => (s / total) * CELLS);
	const counts = exact.map(Math.floor);
	let left = CELLS - counts.reduce((a, b) => a + b, 0);
	const order = exact.map((e, i) => [e - Math.floor(e), i] as const).sort((a, b) => b[0] - a[0]);
	for (const [, i] of order) {
		if (left-- <= 0) break;
		counts[i]! += 1;
	}
	return counts;
}

/** The value of one cell, in US$: 1/10,000 of the total. */
export const cellValue = (f: RevenueFigures) => (f.total * 1e6) / CELLS;

/** One cell's value as the chart writes it ("$64,400"): the reader is told it is "about" that. */
export const cellText = (f: RevenueFigures) => dollars(cellValue(f));

/** A region's run of cells: from cell `start` (counted row by row), `n` cells. */
export interface Band {
	segment: string;
	start: number;
	n: number;
}

/** Each region's run of cells, in the figures' order, end to end. */
export function regionBands(figures: RevenueFigures): Band[] {
	const counts = cellCounts(figures.regions.map((r) => r.share));
	let start = 0;
	return figures.regions.map((region, i) => {
		const band = { segment: region.segment, start, n: counts[i]! };
		start += band.n;
		return band;
	});
}

/** A rectangle in cells: column, row, columns wide, rows high. */
export interface CellRect {
	x: number;
	y: number;
	w: number;
	h: number;
}

/**
 * A band as three rectangles, in cells (as Plot's waffle does): the partial first row, the full
 * rows, the partial last row; a part the band lacks is empty (zero size), so every band has the
 * same three marks and any two states tween.
 */
export function bandRects({ start, n }: Band, columns = COLUMNS): [CellRect, CellRect, CellRect] {
	const end = start + n;
	const r0 = Math.floor(start / columns);
	const c0 = start % columns;
	const { first, last } = bandRows({ start, n }, columns);
	const c1 = end % columns;
	return [
		c0 > 0
			? { x: c0, y: r0, w: Math.min(columns, c0 + n) - c0, h: 1 }
			: { x: 0, y: r0, w: 0, h: 0 },
		{ x: 0, y: first, w: columns, h: Math.max(0, last - first) },
		c1 > 0 && last >= first ? { x: 0, y: last, w: c1, h: 1 } : { x: 0, y: last, w: 0, h: 0 }
	];
}

/** The band's first full row, and the row its full rows end at (exclusive). */
export function bandRows({ start, n }: Pick<Band, 'start' | 'n'>, columns = COLUMNS) {
	return { first: Math.ceil(start / columns), last: Math.floor((start + n) / columns) };
}

/** The cell the zoom magnifies: the right-hand end of the band's last full row. */
export function zoomCell(band: Band, columns = COLUMNS): { column: number; row: number } {
	const { first, last } = bandRows(band, columns);
	return { column: columns - 1, row: Math.max(first, last - 1) };
}
