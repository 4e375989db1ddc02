/**
 * Data → numbers: the figures the revenue chart draws, picked from revenue.csv's rows, checked
 * against each other, each with the words readers see for it (through the one number formatter).
 */
import type { RevenueRow } from '../../data/schema.ts';
import { formatFigure } from '../../format/numbers.ts';
import { round } from '../marks/types.ts';
import { REGION_SEGMENTS, SEGMENT_LABELS } from '../registry.ts';
import { CELLS } from './cells.ts';

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

/** A row by id, refused when missing or (but for a change) negative. */
function picker(rows: RevenueRow[]): (id: string) => RevenueRow {
	const byId = new Map(rows.map((r) => [r.id, r]));
	return (id) => {
		const row = byId.get(id);
		if (!row) throw new RevenueDataError(`revenue chart: missing figure "${id}"`);
		if (row.measure !== 'change' && row.value < 0) {
			throw new RevenueDataError(`revenue chart: "${id}" is negative (${row.value})`);
		}
		return row;
	};
}

/** The 2016 regional split, in the square's band order, summing to 100%. */
function regionFigures(rows: RevenueRow[]): RevenueFigures['regions'] {
	const split = rows.filter((r) => r.split === 'regions-2016');
	const regions = REGION_SEGMENTS.map((segment) => {
		const row = split.find((r) => r.segment === segment);
		if (!row)
			throw new RevenueDataError(
				`revenue chart: missing region "${segment}" in split "regions-2016"`
			);
		if (row.value < 0)
			throw new RevenueDataError(`revenue chart: region "${segment}" is negative (${row.value})`);
		return { segment, label: SEGMENT_LABELS[segment], share: row.value, text: formatFigure(row) };
	});
	const sum = regions.reduce((s, r) => s + r.share, 0);
	if (Math.abs(sum - 100) > 0.5) {
		throw new RevenueDataError(`revenue chart: regional shares sum to ${round(sum)}, not 100`);
	}
	return regions;
}

interface Derived {
	total: RevenueRow;
	government: RevenueRow;
	governmentShare: RevenueRow;
	y17: RevenueRow;
	change17: RevenueRow;
}

/**
 * The chart writes these beside the figures they are worked out from: a change to one without the
 * other would make the chart contradict itself, so the build stops instead.
 */
function checkDerived({ total, government, governmentShare, y17, change17 }: Derived): void {
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
}

const bar = (row: RevenueRow, change: RevenueRow | null): RevenueFigures['bars'][number] => ({
	year: row.year,
	value: row.value,
	change: change ? change.value : null,
	text: formatFigure(row),
	changeText: change ? formatFigure(change) : null
});

const change = (row: RevenueRow): RevenueFigures['northAmerica'][number] => ({
	year: row.year,
	change: row.value,
	text: formatFigure(row),
	size: formatFigure(row, { signed: false }),
	movement: `${row.value < 0 ? 'fell' : 'rose'} ${formatFigure(row, { signed: false })}`
});

/** Pick and check the chart's figures from revenue.csv rows. */
export function revenueFigures(rows: RevenueRow[]): RevenueFigures {
	const get = picker(rows);
	const regions = regionFigures(rows);
	const total = get('revenue-2016');
	const government = get('us-government-sales');
	const governmentShare = get('us-government-share-global');
	const y17 = get('revenue-2017');
	const change17 = get('revenue-change-2017');
	const y18 = get('revenue-2018');
	const northAmerica = [get('north-america-change-2017'), get('north-america-change-2018')];
	checkDerived({ total, government, governmentShare, y17, change17 });
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
		northAmerica: northAmerica.map(change)
	};
}
