// The revenue chart's state table: the one place that says what each state shows.
import { describe, expect, it } from 'vitest';
import { CHARTS } from '../registry.ts';
import { bandRects, cellCounts, regionBands, zoomCell, COLUMNS } from './cells.ts';
import { REVENUE_STATES } from './states.ts';

describe('REVENUE_STATES', () => {
	it('has one row per state of the registry, and no other', () => {
		expect(Object.keys(REVENUE_STATES).sort()).toEqual([...CHARTS.revenue.states].sort());
	});

	it('emphasises only rows its table lists', () => {
		for (const show of Object.values(REVENUE_STATES))
			for (const id of show.focusRows) expect(show.rows).toContain(id);
	});

	it('draws the zoom and the key only over the grid, and "after" without it', () => {
		for (const show of Object.values(REVENUE_STATES)) {
			if (show.zoom || show.gridKey) expect(show.grid).toBe(true);
			if (show.after) expect(show.grid).toBe(false);
		}
	});

	it('greys out regions only where the bands are drawn by region', () => {
		for (const show of Object.values(REVENUE_STATES))
			if (show.focusSegment) expect(show.bands).toBe('regions');
	});
});

describe('bandRects', () => {
	const area = (rects: ReturnType<typeof bandRects>) => rects.reduce((a, r) => a + r.w * r.h, 0);

	it('covers exactly the band’s cells, wherever it starts', () => {
		for (const [start, n] of [
			[0, 3650],
			[3650, 2430],
			[6080, 1330],
			[7410, 2590],
			[50, 20]
		] as const) {
			expect(area(bandRects({ segment: 's', start, n }))).toBe(n);
		}
	});

	it('leaves a part the band lacks empty, so every band has three marks', () => {
		const [first, , last] = bandRects({ segment: 's', start: 0, n: 300 });
		expect(first.w * first.h).toBe(0);
		expect(last.w * last.h).toBe(0);
	});

	it('puts the bands end to end, in the figures’ order', () => {
		const shares = [36.5, 24.3, 13.3, 25.9];
		const counts = cellCounts(shares);
		const bands = regionBands({
			regions: shares.map((share, i) => ({ segment: `r${i}`, label: '', share, text: '' }))
		} as Parameters<typeof regionBands>[0]);
		expect(bands.map((b) => b.n)).toEqual(counts);
		bands.slice(1).forEach((b, i) => expect(b.start).toBe(bands[i]!.start + bands[i]!.n));
	});

	it('magnifies the right-hand end of the band’s last full row', () => {
		expect(zoomCell({ segment: 's', start: 3650, n: 2430 })).toEqual({
			column: COLUMNS - 1,
			row: 59
		});
	});
});
