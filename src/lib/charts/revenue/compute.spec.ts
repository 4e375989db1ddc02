import { describe, expect, it } from 'vitest';
import { FILES } from '../../data/fixtures.ts';
import { loadDataset } from '../../data/load.ts';
import type { RevenueRow } from '../../data/schema.ts';
import { textBox } from '../marks/types.ts';
import { CHARTS } from '../registry.ts';
import { CELLS, cellCounts, cellValue } from './cells.ts';
import { revenueGeometry, type RevenueGeometry } from './compute.ts';
import { revenueFigures, type RevenueFigures } from './figures.ts';
import { revenueFrame } from './frame.ts';
import type { RevenueState } from './states.ts';

const row = (id: string, over: Partial<RevenueRow>): RevenueRow => ({
	id,
	year: '2016',
	measure: 'revenue',
	segment: 'global',
	split: '',
	base: '',
	value: 0,
	unit: 'usd-million',
	qualifier: 'exact',
	wording: '',
	sources: ['s'],
	confidence: 'high',
	note: '',
	...over
});

const share = (segment: RevenueRow['segment'], value: number) =>
	row(`share-${segment}-2016`, {
		measure: 'share',
		segment,
		split: 'regions-2016',
		unit: 'percent',
		value
	});

const ROWS: RevenueRow[] = [
	row('revenue-2016', { value: 644 }),
	share('europe', 36.5),
	share('us-canada', 24.3),
	share('russia-cis', 13.3),
	{ ...share('rest-of-world', 25.9), qualifier: 'derived', note: '100 − 74.1' },
	row('us-government-sales', {
		segment: 'us-government',
		unit: 'usd',
		value: 54000,
		qualifier: 'under'
	}),
	row('us-government-share-global', {
		measure: 'share',
		segment: 'us-government',
		base: 'global-revenue',
		unit: 'percent',
		value: 0.008,
		qualifier: 'derived',
		note: '$54,000 ÷ $644m'
	}),
	row('revenue-2017', { year: '2017', value: 698 }),
	row('revenue-change-2017', { year: '2017', measure: 'change', unit: 'percent', value: 8 }),
	row('revenue-2018', { year: '2018', value: 725.6 }),
	row('north-america-change-2017', {
		year: '2017',
		measure: 'change',
		segment: 'north-america',
		unit: 'percent',
		value: -8
	}),
	row('north-america-change-2018', {
		year: '2018',
		measure: 'change',
		segment: 'north-america',
		unit: 'percent',
		value: -25
	})
];

const figures = revenueFigures(ROWS);
const STATES = CHARTS.revenue.states as readonly RevenueState[];
const WIDTHS = [360, 560, 760];

describe('cellCounts', () => {
	it.each([
		[
			[36.5, 24.3, 13.3, 25.9],
			[3650, 2430, 1330, 2590]
		],
		[
			[33.3, 33.3, 33.4],
			[3330, 3330, 3340]
		],
		[
			[1, 1, 1],
			[3334, 3333, 3333]
		],
		[
			[36.5, 24.3, 13.3, 25.6],
			[3661, 2437, 1334, 2568]
		]
	])('%j → %j, always 10,000 cells', (shares, expected) => {
		const counts = cellCounts(shares);
		expect(counts).toEqual(expected);
		expect(counts.reduce((a, b) => a + b, 0)).toBe(CELLS);
	});
});

describe('revenueFigures', () => {
	it('reads the figures the chart needs', () => {
		expect(figures.total).toBe(644);
		expect(figures.regions.map((r) => [r.label, r.share])).toEqual([
			['Europe', 36.5],
			['US and Canada', 24.3],
			['Russia and CIS', 13.3],
			['Rest of the world', 25.9]
		]);
		const sum = figures.regions.reduce((s, r) => s + r.share, 0);
		expect(Math.abs(sum - 100)).toBeLessThanOrEqual(0.5);
		expect(figures.bars.map((b) => b.value)).toEqual([644, 698, 725.6]);
		expect(figures.northAmerica.map((n) => n.change)).toEqual([-8, -25]);
	});

	it('words every figure as readers read it, qualifier and all, from its row', () => {
		expect(figures.regions.map((r) => r.text)).toEqual(['36.5%', '24.3%', '13.3%', 'about 26%']);
		expect(figures.totalText).toBe('$644m');
		expect(figures.governmentText).toBe('less than $54,000');
		expect(figures.governmentBound).toBe(true);
		expect(figures.governmentShare).toEqual({ text: 'about 0.008%', year: '2016', bound: true });
		expect(figures.bars.map((b) => [b.year, b.text, b.changeText])).toEqual([
			['2016', '$644m', null],
			['2017', '$698m', '+8%'],
			['2018', '$725.6m', null]
		]);
		expect(figures.northAmerica.map((n) => [n.text, n.movement])).toEqual([
			['\u22128%', 'fell 8%'],
			['\u221225%', 'fell 25%']
		]);
	});

	it('makes one cell worth about $64,000, more than all US government sales', () => {
		expect(cellValue(figures)).toBe(64_400);
		expect(figures.government).toBeLessThan(cellValue(figures));
	});

	it.each([
		[
			'a negative value',
			ROWS.map((r) => (r.id === 'revenue-2016' ? { ...r, value: -644 } : r)),
			'revenue chart: "revenue-2016" is negative (-644)'
		],
		[
			'a negative region',
			ROWS.map((r) => (r.segment === 'europe' ? { ...r, value: -36.5 } : r)),
			'revenue chart: region "europe" is negative (-36.5)'
		],
		[
			'a missing region',
			ROWS.filter((r) => r.segment !== 'russia-cis'),
			'revenue chart: missing region "russia-cis" in split "regions-2016"'
		],
		[
			'a missing figure',
			ROWS.filter((r) => r.id !== 'revenue-2017'),
			'revenue chart: missing figure "revenue-2017"'
		],
		[
			'shares that do not make a whole',
			ROWS.map((r) => (r.segment === 'europe' ? { ...r, value: 30 } : r)),
			'revenue chart: regional shares sum to 93.5, not 100'
		],
		[
			'a government figure changed without the share worked out from it',
			ROWS.map((r) => (r.id === 'us-government-sales' ? { ...r, value: 61_000 } : r)),
			'revenue chart: "us-government-share-global" (0.008%) does not fit us-government-sales ÷ revenue-2016 (0.0095%): update it with them'
		],
		[
			'a 2016 total changed without the growth worked out from it',
			ROWS.map((r) => (r.id === 'revenue-2016' ? { ...r, value: 650 } : r)),
			'revenue chart: "revenue-change-2017" (8%) does not fit revenue-2017 ÷ revenue-2016 (7.4%): update it with them'
		],
		[
			'government sales too large for the one square the zoom shows',
			ROWS.map((r) =>
				r.id === 'us-government-sales'
					? { ...r, value: 70_000 }
					: r.id === 'us-government-share-global'
						? { ...r, value: 0.01 }
						: r
			),
			'revenue chart: US government sales (70000) no longer fit inside one of the 10000 squares: the zoom cannot show them'
		]
	])('rejects %s with a clear error', (_name, rows, message) => {
		expect(() => revenueFigures(rows)).toThrow(message);
	});

	it('reads the project’s data through the same checks', () => {
		const data = loadDataset(FILES);
		expect(() => revenueFigures(data.revenue)).toThrow(/missing/);
	});
});

describe('revenueFrame', () => {
	it.each([
		[360, false, 216],
		[560, true, 280],
		[760, true, 380]
	])('width %i: side by side %s, square %i', (width, side, S) => {
		const f = revenueFrame(width);
		expect(f.side).toBe(side);
		expect(f.square.size).toBe(S);
		expect(f.width).toBe(width);
	});
	it('refuses a width too small to draw', () => {
		expect(() => revenueFrame(100)).toThrow('revenue chart: width 100 is too small (min 240)');
	});
});

describe('revenueGeometry', () => {
	const geo = (state: RevenueState, width = 560) => revenueGeometry(figures, width, state);
	/** A label's words, its lines joined. */
	const words = (g: RevenueGeometry, id: string) =>
		g.texts.find((t) => t.id === id)!.lines.join(' ');
	const area = (g: ReturnType<typeof geo>, prefix: string) =>
		g.rects.filter((r) => r.id.startsWith(prefix)).reduce((a, r) => a + r.w * r.h, 0);

	it('every state draws the same marks, so any two states can tween', () => {
		const ids = (s: RevenueState) =>
			[...geo(s).rects, ...geo(s).texts, ...geo(s).lines].map((m) => m.id).sort();
		for (const state of STATES) expect(ids(state)).toEqual(ids('overview'));
	});

	it('regions cover the square in proportion to their shares', () => {
		const g = geo('regions');
		const whole = g.grid.size ** 2;
		const shares = figures.regions.map((r) => area(g, `region-${r.segment}-`) / whole);
		shares.forEach((s, i) => expect(s * 100).toBeCloseTo(figures.regions[i]!.share, 1));
		expect(shares.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 3);
	});

	it.each([
		[
			'total',
			['total-value', 'total-caption', 'grid-key'],
			['label-europe', 'zoom-box', 'bars-title']
		],
		[
			'regions',
			['label-europe', 'label-us-canada', 'label-russia-cis', 'label-rest-of-world'],
			['total-value', 'zoom-box']
		],
		['us-share', ['label-us-canada'], ['zoom-box', 'total-value']],
		[
			'us-government',
			['zoom-box', 'zoom-government', 'zoom-government-label', 'zoom-cell'],
			['total-value', 'bars-title']
		],
		[
			'after',
			['bar-2017', 'na-2018', 'bars-title', 'na-title', 'bar-2016-value'],
			['label-europe', 'zoom-box', 'total-value']
		],
		['overview', ['label-europe', 'zoom-box', 'zoom-government'], ['total-value', 'bar-2017']]
	] as const)('%s shows %j and hides %j', (state, shown, hidden) => {
		const g = geo(state);
		const marks = new Map([...g.rects, ...g.texts, ...g.lines].map((m) => [m.id, m.visible]));
		for (const id of shown) expect(marks.get(id), `${state}: ${id}`).toBe(true);
		for (const id of hidden) expect(marks.get(id), `${state}: ${id}`).toBe(false);
	});

	it('highlights the US and mutes the rest when the step is about the US', () => {
		for (const state of ['us-share', 'us-government'] as const) {
			const fills = new Map(geo(state).rects.map((r) => [r.id, r.cls]));
			expect(fills.get('region-us-canada-1')).toBe('fill-us-canada');
			expect(fills.get('region-europe-1')).toBe('fill-muted');
		}
		expect(words(geo('us-share'), 'label-us-canada')).toBe('US and Canada 24.3%: about a quarter');
	});

	it.each(WIDTHS)('at %i units the zoom says what it draws, with no period', (width) => {
		const g = geo('us-government', width);
		const text = (id: string) => words(g, id).replace(/ (?=[.,)])/g, '');
		expect(text('zoom-cell-label')).toBe('Outer square: one of the 10,000 squares, about $64,400.');
		expect(text('zoom-government-label')).toBe(
			'Dashed square inside it: US government sales, less than $54,000 (drawn at that upper bound). They fit inside one square.'
		);
		expect(text('zoom-zero-label')).toBe('“Close to zero”: at most about 0.008% of 2016 revenue.');
		// U2: the reports give no period for the figure
		const all = g.texts.flatMap((t) => t.lines).join(' ');
		expect(all).not.toMatch(/a year|per year|annual/);
		expect(text('zoom-inner-label')).toContain('less than $54,000');
	});

	it('draws a derived share as approximate (C5)', () => {
		expect(words(geo('regions'), 'label-rest-of-world')).toBe('Rest of the world about 26%');
	});

	it.each(WIDTHS)('at %i units every state has the same height, whatever the text', (width) => {
		const heights = new Set(STATES.map((s) => geo(s, width).height));
		expect(heights.size).toBe(1);
	});

	it.each(WIDTHS)(
		'at %i units the government square is smaller than the one cell it magnifies',
		(width) => {
			const g = geo('us-government', width);
			const box = g.rects.find((r) => r.id === 'zoom-box')!;
			const gov = g.rects.find((r) => r.id === 'zoom-government')!;
			expect(gov.w * gov.h).toBeLessThan(box.w * box.h);
			// area in proportion: $54,000 of a $64,400 cell
			expect((gov.w * gov.h) / (box.w * box.h)).toBeCloseTo(54_000 / 64_400, 2);
			// and the magnified cell is one of the 10,000
			const cell = g.rects.find((r) => r.id === 'zoom-cell')!;
			expect(cell.w - 3).toBeCloseTo(g.grid.size / 100, 1);
		}
	);

	it('folds the square into the 2016 bar in "after", with bars in proportion to revenue', () => {
		const g = geo('after');
		const seg = area(g, 'region-') / g.rects.find((r) => r.id === 'bar-2017')!.w;
		const h17 = g.rects.find((r) => r.id === 'bar-2017')!.h;
		const h18 = g.rects.find((r) => r.id === 'bar-2018')!.h;
		expect(seg / h17).toBeCloseTo(644 / 698, 2);
		expect(h17 / h18).toBeCloseTo(698 / 725.6, 2);
		const na = (y: string) => g.rects.find((r) => r.id === `na-${y}`)!.h;
		expect(na('2017') / na('2018')).toBeCloseTo(8 / 25, 2);
	});

	it.each(STATES.flatMap((s) => WIDTHS.map((w) => [s, w] as const)))(
		'%s at %i units: labels stay inside the chart and clear of each other',
		(state, width) => {
			const g = geo(state, width);
			const boxes = g.texts.filter((t) => t.visible).map((t) => ({ id: t.id, ...textBox(t) }));
			for (const b of boxes) {
				expect(b.x, b.id).toBeGreaterThanOrEqual(0);
				expect(b.x + b.w, b.id).toBeLessThanOrEqual(g.width + 0.5);
				expect(b.y, b.id).toBeGreaterThanOrEqual(0);
				expect(b.y + b.h, b.id).toBeLessThanOrEqual(g.height + 0.5);
			}
			// region labels sit inside the square
			for (const b of boxes.filter((b) => b.id.startsWith('label-'))) {
				expect(b.x + b.w, b.id).toBeLessThanOrEqual(g.grid.x + g.grid.size);
			}
			for (let i = 0; i < boxes.length; i++)
				for (let j = i + 1; j < boxes.length; j++) {
					const [a, b] = [boxes[i]!, boxes[j]!];
					const overlap = a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
					expect(overlap, `${a.id} overlaps ${b.id}`).toBe(false);
				}
		}
	);
});

export type { RevenueFigures };
