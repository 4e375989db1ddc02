/**
 * The revenue chart's geometry: 2016 revenue as a square of 10,000 cells, split into regional
 * bands; a zoom on one cell to show the US government's sales (smaller than a cell); and bars for
 * what followed. Pure: figures + width + state in, plain marks out. Every state returns every mark
 * (hidden ones with `visible: false`), so the component can tween between any two states.
 */
import type { RevenueRow } from '../../data/schema.ts';
import { formatFigure, shareInWords } from '../../format/numbers.ts';
import { format } from 'd3-format';
import {
	round,
	textBox,
	textWidth,
	wrap,
	type LineMark,
	type RectMark,
	type TextMark
} from '../marks/types.ts';
import type { RevenueState } from './model.ts';

export const CELLS = 10_000;
const dollars = (n: number) => format('$,.0f')(n);
const COLUMNS = 100;
const FONT = 13;
const SMALL = 11.5;

export const REGIONS = [
	{ segment: 'europe', label: 'Europe' },
	{ segment: 'us-canada', label: 'US and Canada' },
	{ segment: 'russia-cis', label: 'Russia and CIS' },
	{ segment: 'rest-of-world', label: 'Rest of the world' }
] as const;

/** The figures the chart draws, checked, each with the words readers see for it. */
export interface RevenueFigures {
	/** The year the square stands for (2016), from its row. */
	year: string;
	/** Revenue that year, US$ million (headline). */
	total: number;
	/** The same, as the chart writes it ("$644m"). */
	totalText: string;
	/** `text`: the share as the chart writes it ("24.3%", "about 26%" for a derived share). */
	regions: { segment: string; label: string; share: number; text: string }[];
	/** US government sales, US$: drawn at this size (for an upper bound, the bound). */
	government: number;
	/** "less than $54,000". */
	governmentText: string;
	/** Whether the sales figure is an upper bound ("less than"): the square is drawn at the bound. */
	governmentBound: boolean;
	/** The sales as a share of the year's revenue ("about 0.008%"), and its year. */
	governmentShare: { text: string; year: string; bound: boolean };
	bars: {
		year: string;
		value: number;
		change: number | null;
		text: string;
		changeText: string | null;
	}[];
	/** `text` is signed ("−8%"), `size` is not ("8%"), `movement` says which way ("fell 8%"). */
	northAmerica: { year: string; change: number; text: string; size: string; movement: string }[];
}

export class RevenueDataError extends Error {
	override name = 'RevenueDataError';
}

/**
 * Whether a figure the chart writes agrees with the one it can be worked out from: an upper
 * bound must not be below it, an "about" figure within a tenth of it, and any other must be it,
 * rounded to the decimals the data file writes.
 */
function agrees(row: RevenueRow, computed: number): boolean {
	if (row.qualifier === 'under') return computed <= row.value;
	if (row.qualifier === 'about') return Math.abs(computed - row.value) <= Math.abs(row.value) / 10;
	const places = (String(row.value).split('.')[1] ?? '').length;
	return Math.abs(computed - row.value) <= 0.5 * 10 ** -places + 1e-12;
}

/** Pick and check the chart's figures from revenue.csv rows. */
export function revenueFigures(rows: RevenueRow[]): RevenueFigures {
	const byId = new Map(rows.map((r) => [r.id, r]));
	const get = (id: string) => {
		const row = byId.get(id);
		if (!row) throw new RevenueDataError(`revenue chart: missing figure "${id}"`);
		if (row.measure !== 'change' && row.value < 0) {
			throw new RevenueDataError(`revenue chart: "${id}" is negative (${row.value})`);
		}
		return row;
	};
	const split = rows.filter((r) => r.split === 'regions-2016');
	const regions = REGIONS.map(({ segment, label }) => {
		const row = split.find((r) => r.segment === segment);
		if (!row)
			throw new RevenueDataError(
				`revenue chart: missing region "${segment}" in split "regions-2016"`
			);
		if (row.value < 0)
			throw new RevenueDataError(`revenue chart: region "${segment}" is negative (${row.value})`);
		return { segment, label, share: row.value, text: formatFigure(row) };
	});
	const sum = regions.reduce((s, r) => s + r.share, 0);
	if (Math.abs(sum - 100) > 0.5) {
		throw new RevenueDataError(`revenue chart: regional shares sum to ${round(sum)}, not 100`);
	}
	const total = get('revenue-2016');
	const government = get('us-government-sales');
	const governmentShare = get('us-government-share-global');
	const y17 = get('revenue-2017');
	const change17 = get('revenue-change-2017');
	const y18 = get('revenue-2018');
	const northAmerica = [get('north-america-change-2017'), get('north-america-change-2018')];

	// The chart writes these beside the figures they are worked out from: a change to one
	// without the other would make the chart contradict itself, so the build stops instead.
	const shareOfTotal = (government.value / (total.value * 1e6)) * 100;
	if (!agrees(governmentShare, shareOfTotal)) {
		throw new RevenueDataError(
			`revenue chart: "us-government-share-global" (${governmentShare.value}%) does not fit us-government-sales ÷ revenue-2016 (${shareOfTotal.toPrecision(2)}%): update it with them`
		);
	}
	const growth = (y17.value / total.value - 1) * 100;
	if (!agrees(change17, growth)) {
		throw new RevenueDataError(
			`revenue chart: "revenue-change-2017" (${change17.value}%) does not fit revenue-2017 ÷ revenue-2016 (${growth.toPrecision(2)}%): update it with them`
		);
	}
	if (government.value >= (total.value * 1e6) / CELLS) {
		throw new RevenueDataError(
			`revenue chart: US government sales (${government.value}) no longer fit inside one of the ${CELLS} squares: the zoom cannot show them`
		);
	}

	const bar = (row: RevenueRow, change: RevenueRow | null) => ({
		year: row.year,
		value: row.value,
		change: change ? change.value : null,
		text: formatFigure(row),
		changeText: change ? formatFigure(change) : null
	});
	const bound = government.qualifier === 'under';
	return {
		year: total.year,
		total: total.value,
		totalText: formatFigure(total),
		regions,
		government: government.value,
		governmentText: formatFigure(government),
		governmentBound: bound,
		governmentShare: {
			text: formatFigure(governmentShare),
			year: governmentShare.year,
			// A share of an upper bound is one too, unless the data already says "less than".
			bound: bound && governmentShare.qualifier !== 'under'
		},
		bars: [bar(total, null), bar(y17, change17), bar(y18, null)],
		northAmerica: northAmerica.map((row) => ({
			year: row.year,
			change: row.value,
			text: formatFigure(row),
			size: formatFigure(row, { signed: false }),
			movement: `${row.value < 0 ? 'fell' : 'rose'} ${formatFigure(row, { signed: false })}`
		}))
	};
}

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

/** "10,000", as the chart's text writes the number of cells. */
export const CELLS_TEXT = format(',')(CELLS);

export interface RevenueGeometry {
	width: number;
	height: number;
	grid: { x: number; y: number; size: number; cell: number; visible: boolean };
	rects: RectMark[];
	texts: TextMark[];
	lines: LineMark[];
}

interface Frame {
	side: boolean;
	width: number;
	height: number;
	gx: number;
	gy: number;
	S: number;
	/** The side panel (zoom, North America bars), beside the square. */
	px: number;
	py: number;
	pw: number;
	ph: number;
	/** Where explanations go: under the zoom (side by side) or under the square (narrow). */
	tx: number;
	ty: number;
	tw: number;
}

/** Where the square, the side panel and the explanations go at a width. */
export function revenueFrame(width: number): Frame {
	if (!(width >= 240))
		throw new RevenueDataError(`revenue chart: width ${width} is too small (min 240)`);
	const pad = 10;
	if (width >= 500) {
		const S = Math.round(Math.min(width * 0.5, 380));
		const px = pad + S + 28;
		const pw = width - px - pad;
		const Z = zoomSize(true, pw);
		return {
			side: true,
			width,
			height: S + 2 * pad,
			gx: pad,
			gy: pad,
			S,
			px,
			py: pad,
			pw,
			ph: S,
			tx: px,
			ty: pad + Z + 26,
			tw: pw
		};
	}
	// Narrow: a smaller square with the panel beside it, explanations underneath.
	const S = Math.round(width * 0.6);
	const px = pad + S + 14;
	const ty = pad + S + 12 + SMALL;
	const textHeight = 96;
	return {
		side: false,
		width,
		height: ty + textHeight,
		gx: pad,
		gy: pad,
		S,
		px,
		py: pad,
		pw: width - px - pad,
		ph: S,
		tx: pad,
		ty,
		tw: width - 2 * pad
	};
}

/** The magnified cell's side. */
function zoomSize(side: boolean, pw: number): number {
	return side ? Math.min(pw - 4, 130) : Math.min(pw, 100);
}

/** The texts set under the zoom or the square, whose length follows the data. */
const EXPLANATIONS = ['grid-key', 'zoom-cell-label', 'zoom-government-label', 'zoom-zero-label'];

const FOCUS: Record<RevenueState, string | null> = {
	overview: null,
	total: null,
	regions: null,
	'us-share': 'us-canada',
	'us-government': 'us-canada',
	after: null
};

export function revenueGeometry(
	figures: RevenueFigures,
	width: number,
	state: RevenueState
): RevenueGeometry {
	const f = revenueFrame(width);
	const cell = f.S / COLUMNS;
	const counts = cellCounts(figures.regions.map((r) => r.share));
	const rects: RectMark[] = [];
	const texts: TextMark[] = [];
	const lines: LineMark[] = [];
	const grid = ['total', 'regions', 'us-share', 'us-government', 'overview'].includes(state);
	const focus = FOCUS[state];

	// Bars for "after": 2016 is made of the regional bands, so the square folds into it.
	const bars = barLayout(f, figures);

	// Regions: each a band of whole cells filled row by row; up to three rects (partial first
	// row, full rows, partial last row).
	let start = 0;
	figures.regions.forEach((region, i) => {
		const n = counts[i]!;
		const end = start + n;
		const r0 = Math.floor(start / COLUMNS);
		const c0 = start % COLUMNS;
		const rA = Math.ceil(start / COLUMNS);
		const rB = Math.floor(end / COLUMNS);
		const c1 = end % COLUMNS;
		const fill =
			state === 'total' || state === 'after'
				? 'fill-total'
				: focus && focus !== region.segment
					? 'fill-muted'
					: `fill-${region.segment}`;
		const parts = [
			// partial first row
			c0 > 0
				? { x: c0, y: r0, w: Math.min(COLUMNS, c0 + n) - c0, h: 1 }
				: { x: 0, y: r0, w: 0, h: 0 },
			// full rows
			{ x: 0, y: rA, w: COLUMNS, h: Math.max(0, rB - rA) },
			// partial last row
			c1 > 0 && rB >= rA ? { x: 0, y: rB, w: c1, h: 1 } : { x: 0, y: rB, w: 0, h: 0 }
		];
		// In "after", the band becomes a segment of the 2016 bar.
		const segTop = bars.base - (bars.heights[0]! * end) / CELLS;
		const segH = (bars.heights[0]! * n) / CELLS;
		parts.forEach((p, k) => {
			rects.push(
				state === 'after'
					? {
							id: `region-${region.segment}-${k}`,
							x: bars.xs[0]!,
							y: k === 1 ? segTop : k === 0 ? segTop + segH : segTop,
							w: bars.w,
							h: k === 1 ? segH : 0,
							cls: fill,
							visible: true
						}
					: {
							id: `region-${region.segment}-${k}`,
							x: f.gx + p.x * cell,
							y: f.gy + p.y * cell,
							w: p.w * cell,
							h: p.h * cell,
							cls: fill,
							visible: true
						}
			);
		});
		const mid = f.gy + ((rA + Math.max(rA, rB)) / 2) * cell;
		const muted = fill === 'fill-muted';
		const showLabel =
			state === 'regions' ||
			state === 'overview' ||
			state === 'us-share' ||
			state === 'us-government';
		// In words too where the step is about this band and a plain fraction fits ("about a quarter").
		const words = region.segment === 'us-canada' && focus ? shareInWords(region.share) : null;
		const labelLines = wrap(
			`${region.label} ${region.text}${words ? `: ${words}` : ''}`,
			f.S - 16,
			FONT
		);
		texts.push({
			id: `label-${region.segment}`,
			x: f.gx + 8,
			y: mid - ((labelLines.length - 1) * FONT * 1.25) / 2 + FONT * 0.35,
			lines: labelLines,
			size: FONT,
			weight: muted ? 400 : 600,
			anchor: 'start',
			cls: muted ? 'text-on-muted' : 'text-on-fill',
			visible: showLabel
		});
		start = end;
	});

	// The whole, in "total".
	const cx = f.gx + f.S / 2;
	const cy = f.gy + f.S / 2;
	const big = Math.round(f.S / 7);
	texts.push(
		{
			id: 'total-value',
			x: cx,
			y: cy - 6,
			lines: [figures.totalText],
			size: big,
			weight: 600,
			anchor: 'middle',
			cls: 'text-on-fill',
			visible: state === 'total'
		},
		{
			id: 'total-caption',
			x: cx,
			y: cy + big * 0.45 + FONT,
			lines: wrap(`Kaspersky’s revenue in ${figures.year}`, f.S - 30, FONT),
			size: FONT,
			weight: 400,
			anchor: 'middle',
			cls: 'text-on-fill',
			visible: state === 'total'
		}
	);

	zoom(f, figures, state, counts, rects, texts, lines);
	afterMarks(f, figures, bars, state, rects, texts, lines);

	// Key to the grid, in the side panel (side layout) or under the square (stacked).
	const perCell = cellText(figures);
	texts.push({
		id: 'grid-key',
		x: f.side ? f.px : f.tx,
		y: f.side ? f.py + FONT : f.ty,
		lines: wrap(
			`Each small square is 1/${CELLS_TEXT} of ${figures.year} revenue: about ${perCell}.`,
			f.side ? f.pw : f.tw,
			SMALL
		),
		size: SMALL,
		weight: 400,
		anchor: 'start',
		cls: 'text-muted',
		visible: state === 'total' || state === 'regions' || state === 'us-share'
	});

	// The explanations carry the data's own figures and qualifiers, so their length is not known
	// in advance: the chart grows to fit them. They are laid out in every state (hidden or not),
	// so the height is the same in every state and a change of state never resizes the chart.
	const bottom = Math.max(
		...texts
			.filter((t) => EXPLANATIONS.includes(t.id))
			.map((t) => {
				const b = textBox(t);
				return b.y + b.h;
			})
	);
	return {
		width: f.width,
		height: Math.max(f.height, Math.ceil(bottom)),
		grid: { x: f.gx, y: f.gy, size: f.S, cell, visible: grid },
		rects: rects.map(roundRect),
		texts: texts.map((t) => ({ ...t, x: round(t.x), y: round(t.y) })),
		lines: lines.map((l) => ({
			...l,
			x1: round(l.x1),
			y1: round(l.y1),
			x2: round(l.x2),
			y2: round(l.y2)
		}))
	};
}

function roundRect(r: RectMark): RectMark {
	return { ...r, x: round(r.x), y: round(r.y), w: round(r.w), h: round(r.h) };
}

/** One cell of the US band, magnified, with the US government's sales drawn inside it. */
function zoom(
	f: Frame,
	figures: RevenueFigures,
	state: RevenueState,
	counts: number[],
	rects: RectMark[],
	texts: TextMark[],
	lines: LineMark[]
) {
	const on = state === 'us-government' || state === 'overview';
	const cell = f.S / COLUMNS;
	// The cell: the right-hand end of the US band's last full row.
	const usStart = counts[0]!;
	const usEnd = usStart + counts[1]!;
	const row = Math.floor(usEnd / COLUMNS) - 1;
	const cellX = f.gx + (COLUMNS - 1) * cell;
	const cellY = f.gy + Math.max(Math.ceil(usStart / COLUMNS), row) * cell;
	const Z = zoomSize(f.side, f.pw);
	const zx = f.px;
	const zy = f.py + 4;
	const ratio = figures.government / cellValue(figures);
	const g = Z * Math.sqrt(ratio);
	rects.push(
		{
			id: 'zoom-cell',
			x: cellX - 1.5,
			y: cellY - 1.5,
			w: cell + 3,
			h: cell + 3,
			cls: 'mark-outline',
			visible: on
		},
		{ id: 'zoom-box', x: zx, y: zy, w: Z, h: Z, cls: 'fill-us-canada', visible: on },
		{
			id: 'zoom-government',
			x: zx,
			y: zy + Z - g,
			w: g,
			h: g,
			cls: 'fill-government',
			visible: on,
			dashed: true
		}
	);
	lines.push(
		{
			id: 'zoom-line-top',
			x1: cellX + cell,
			y1: cellY,
			x2: zx,
			y2: zy,
			cls: 'line-muted',
			visible: on,
			dashed: true
		},
		{
			id: 'zoom-line-bottom',
			x1: cellX + cell,
			y1: cellY + cell,
			x2: zx,
			y2: zy + Z,
			cls: 'line-muted',
			visible: on,
			dashed: true
		}
	);
	// What is drawn, in words (every figure from its row): the outer square is one cell, the
	// dashed one the US government's sales, drawn at their upper bound when that is all we know.
	const perCell = cellText(figures);
	const gov = figures.governmentText;
	const share = figures.governmentShare;
	const { tx, ty, tw } = f;
	const first = wrap(
		`Outer square: one of the ${CELLS_TEXT} squares, about ${perCell}.`,
		tw,
		SMALL
	);
	const second = wrap(
		`Dashed square inside it: US government sales, ${gov}${figures.governmentBound ? ' (drawn at that upper bound)' : ''}. They fit inside one square.`,
		tw,
		SMALL
	);
	const third = wrap(
		`“Close to zero”: ${share.bound ? 'at most ' : ''}${share.text} of ${share.year} revenue.`,
		tw,
		SMALL
	);
	const lh = SMALL * 1.25;
	// Inside the dashed square: its name when it fits, and always its figure, wrapped to fit.
	const room = g - 10;
	const figure = wrap(gov, room, SMALL);
	const inner = textWidth('US government', SMALL) < room ? ['US government', ...figure] : figure;
	texts.push(
		{
			id: 'zoom-inner-label',
			x: zx + g / 2,
			y: zy + Z - g / 2 - ((inner.length - 1) * lh) / 2 + SMALL * 0.35,
			lines: inner,
			size: SMALL,
			weight: 600,
			anchor: 'middle',
			cls: 'text-strong',
			visible: on
		},
		{
			id: 'zoom-cell-label',
			x: tx,
			y: ty,
			lines: first,
			size: SMALL,
			weight: 400,
			anchor: 'start',
			cls: 'text-muted',
			visible: on
		},
		{
			id: 'zoom-government-label',
			x: tx,
			y: ty + (first.length + 0.6) * lh,
			lines: second,
			size: SMALL,
			weight: 600,
			anchor: 'start',
			cls: 'text-strong',
			visible: on
		},
		{
			id: 'zoom-zero-label',
			x: tx,
			y: ty + (first.length + second.length + 1.2) * lh,
			lines: third,
			size: SMALL,
			weight: 400,
			anchor: 'start',
			cls: 'text-muted',
			visible: on
		}
	);
}

interface Bars {
	xs: number[];
	w: number;
	base: number;
	heights: number[];
}

function barLayout(f: Frame, figures: RevenueFigures): Bars {
	// room above the tallest bar for the title and a two-line value label
	const top = f.gy + FONT * 1.25 + FONT * 2.5 + 14;
	const base = f.gy + f.S - 22;
	const max = Math.max(...figures.bars.map((b) => b.value));
	const w = f.S / 5;
	const gap = (f.S - 3 * w) / 4;
	return {
		xs: figures.bars.map((_, i) => f.gx + gap + i * (w + gap)),
		w,
		base,
		heights: figures.bars.map((b) => ((base - top) * b.value) / max)
	};
}

/** "After": global revenue bars by year, and North America's fall. */
function afterMarks(
	f: Frame,
	figures: RevenueFigures,
	bars: Bars,
	state: RevenueState,
	rects: RectMark[],
	texts: TextMark[],
	lines: LineMark[]
) {
	const on = state === 'after';
	texts.push({
		id: 'bars-title',
		x: f.gx,
		y: f.gy + FONT,
		lines: ['Global revenue'],
		size: FONT,
		weight: 600,
		anchor: 'start',
		cls: 'text-strong',
		visible: on
	});
	figures.bars.forEach((b, i) => {
		const h = bars.heights[i]!;
		if (i > 0) {
			rects.push({
				id: `bar-${b.year}`,
				x: bars.xs[i]!,
				y: on ? bars.base - h : bars.base,
				w: bars.w,
				h: on ? h : 0,
				cls: 'fill-total',
				visible: on
			});
		}
		const change = b.changeText === null ? [] : [`(${b.changeText})`];
		texts.push(
			{
				id: `bar-${b.year}-value`,
				x: bars.xs[i]! + bars.w / 2,
				y: bars.base - h - 6 - change.length * FONT * 1.25,
				lines: [b.text, ...change],
				size: FONT,
				weight: 600,
				anchor: 'middle',
				cls: 'text-strong',
				visible: on
			},
			{
				id: `bar-${b.year}-year`,
				x: bars.xs[i]! + bars.w / 2,
				y: bars.base + FONT + 4,
				lines: [b.year],
				size: FONT,
				weight: 400,
				anchor: 'middle',
				cls: 'text-muted',
				visible: on
			}
		);
	});
	lines.push({
		id: 'bars-base',
		x1: f.gx,
		y1: bars.base,
		x2: f.gx + f.S,
		y2: bars.base,
		cls: 'line-axis',
		visible: on
	});

	// North America: change on the year before, as bars falling from a zero line.
	const size = f.side ? FONT : SMALL;
	const title = wrap('North America: change on the year before', f.pw, size);
	const zeroY = f.py + title.length * size * 1.25 + 22;
	const maxDrop = Math.max(...figures.northAmerica.map((n) => Math.abs(n.change)));
	const depth = f.py + f.ph - zeroY - FONT * 2.2;
	const w = Math.min(f.pw / 4, 60);
	const gap = (f.pw - 2 * w) / 3;
	texts.push({
		id: 'na-title',
		x: f.px,
		y: f.py + size,
		lines: title,
		size,
		weight: 600,
		anchor: 'start',
		cls: 'text-strong',
		visible: on
	});
	figures.northAmerica.forEach((n, i) => {
		const x = f.px + gap + i * (w + gap);
		const h = (depth * Math.abs(n.change)) / maxDrop;
		rects.push({
			id: `na-${n.year}`,
			x,
			y: zeroY,
			w,
			h: on ? h : 0,
			cls: 'fill-us-canada',
			visible: on
		});
		texts.push(
			{
				id: `na-${n.year}-year`,
				x: x + w / 2,
				y: zeroY - 7,
				lines: [n.year],
				size: FONT,
				weight: 400,
				anchor: 'middle',
				cls: 'text-muted',
				visible: on
			},
			{
				id: `na-${n.year}-value`,
				x: x + w / 2,
				y: zeroY + h + FONT + 4,
				lines: [n.text],
				size: FONT,
				weight: 600,
				anchor: 'middle',
				cls: 'text-strong',
				visible: on
			}
		);
	});
	lines.push({
		id: 'na-zero',
		x1: f.px,
		y1: zeroY,
		x2: f.px + f.pw,
		y2: zeroY,
		cls: 'line-axis',
		visible: on
	});
}
