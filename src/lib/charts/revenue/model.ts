/** What the revenue figure shows in each state, as rows from revenue.csv. */
import type { Dataset, RevenueRow } from '../../data/schema.ts';
import { derivedValue, formatFigure, shareInWords } from '../../format/numbers.ts';
import { CHARTS, LAYOUT_WIDTHS, SEGMENT_LABELS } from '../registry.ts';
import { sourceRefs } from '../frame/sources.ts';
import { figureTable } from '../frame/table.ts';
import type { FigureModel } from '../frame/types.ts';
import { CELLS_TEXT, cellText } from './cells.ts';
import { revenueGeometry } from './compute.ts';
import { revenueFigures, type RevenueFigures } from './figures.ts';
import { REVENUE_STATES, type RevenueState } from './states.ts';

export type { RevenueState };

/** The widths the chart is laid out at; the figure shows the one that suits its container. */
export const REVENUE_LAYOUTS: number[] = [...LAYOUT_WIDTHS];

/** The rows each state shows, by id, in reading order (from the state table). */
export const REVENUE_ROWS = Object.fromEntries(
	Object.entries(REVENUE_STATES).map(([state, show]) => [state, show.rows])
) as Record<RevenueState, string[]>;

const BASE: Record<string, string> = {
	'global-revenue': 'of global revenue',
	'us-subsidiary-sales': 'of the US subsidiary’s US sales',
	'north-america-sales': 'of North American sales'
};

/** "Europe: share of global revenue", "Kaspersky worldwide: revenue". */
export function revenueRowLabel(row: RevenueRow): string {
	const what =
		row.measure === 'revenue'
			? row.segment === 'us-government'
				? 'sales to the US government'
				: 'revenue'
			: row.measure === 'share'
				? `share ${BASE[row.base] ?? ''}`.trim()
				: 'change on the year before';
	return `${SEGMENT_LABELS[row.segment]}: ${what}`;
}

const REVENUE_COLUMNS = [
	{ key: 'figure', label: 'Figure' },
	{ key: 'year', label: 'Year', numeric: true },
	{ key: 'value', label: 'Value', numeric: true },
	{ key: 'wording', label: 'As the source puts it' },
	{ key: 'confidence', label: 'Confidence' }
];

export function revenueFigure(
	data: Dataset,
	state: RevenueState,
	{ description = '' } = {}
): FigureModel {
	const byId = new Map(data.revenue.map((r) => [r.id, r]));
	const rows = REVENUE_ROWS[state].map((id) => {
		const row = byId.get(id);
		if (!row) throw new Error(`revenue.csv has no row "${id}", which the "${state}" state shows`);
		return row;
	});
	const sources = new Map(data.sources.map((s) => [s.id, s]));
	const notes = rows
		.filter((r) => r.note)
		.map((r) => `${revenueRowLabel(r)}${r.year ? `, ${r.year}` : ''}: ${r.note}`);
	const figures = revenueFigures(data.revenue);
	return {
		chart: 'revenue',
		state,
		title: CHARTS.revenue.title,
		subtitle: CHARTS.revenue.subtitle,
		description: description || describeRevenue(figures, state),
		table: figureTable(
			{
				caption: `Figures shown (${state === 'overview' ? 'overview' : state.replace('-', ' ')})`,
				columns: REVENUE_COLUMNS,
				cells: (r) => ({
					figure: revenueRowLabel(r),
					year: r.year || 'not stated',
					value: formatFigure(r),
					wording: wordingCell(r),
					confidence: r.confidence
				})
			},
			rows,
			sources
		),
		focus: REVENUE_STATES[state].focusRows,
		drawing: {
			kind: 'revenue',
			layouts: REVENUE_LAYOUTS.map((w) => revenueGeometry(figures, w, state))
		},
		sources: sourceRefs(
			rows.flatMap((r) => r.sources),
			sources
		),
		moreSources: 0,
		notes
	};
}

/**
 * The source's own words, quoted; a derived figure has none (we worked it out), so the cell says
 * so, with the unrounded result where the Value column shows it rounded.
 */
function wordingCell(row: RevenueRow): string {
	if (row.wording) return `“${row.wording}”`;
	const exact = derivedValue(row);
	if (exact === null) return '—';
	return exact === formatFigure(row).replace(/^about /, '')
		? '— (our calculation)'
		: `— (our calculation: ${exact})`;
}

/** What the chart shows in each state, in words, for screen readers. */
export function describeRevenue(f: RevenueFigures, state: RevenueState): string {
	const cell = cellText(f);
	const regions = f.regions.map((r) => `${r.label} ${r.text}`).join(', ');
	const us = f.regions.find((r) => r.segment === 'us-canada')!;
	const words = shareInWords(us.share);
	const share = f.governmentShare;
	// What the zoom draws (W1 of the December 2026 copy audit): a dashed square inside the cell.
	const gov = `A dashed square inside it shows US government sales, ${f.governmentText}${f.governmentBound ? ' (drawn at that upper bound)' : ''}: they fit inside that one square, ${share.bound ? 'at most ' : ''}${share.text} of ${share.year} revenue, close to zero.`;
	const [y16, y17, y18] = f.bars;
	const [na17, na18] = f.northAmerica;
	// "fell 8% in 2017 and 25% in 2018": the verb once when both years went the same way.
	const sameWay = na17!.change < 0 === na18!.change < 0;
	switch (state) {
		case 'total':
			return `A square stands for Kaspersky’s ${f.year} revenue, ${f.totalText} (the company’s headline figure). It is made of ${CELLS_TEXT} small squares of about ${cell} each.`;
		case 'regions':
			return `The square of ${f.year} revenue is split into regional bands: ${regions}.`;
		case 'us-share':
			return `The US and Canada band is highlighted: ${us.text} of ${f.year} revenue${words ? `, ${words} of sales` : ''}. The other regions are greyed out.`;
		case 'us-government':
			return `One small square of the US and Canada band, 1/${CELLS_TEXT} of ${f.year} revenue or about ${cell}, is magnified. ${gov}`;
		case 'after':
			return `Bars show global revenue: ${y16!.text} in ${y16!.year}, ${y17!.text} in ${y17!.year} (${y17!.changeText}) and ${y18!.text} in ${y18!.year}. Beside them, North American sales ${na17!.movement} in ${na17!.year} and ${sameWay ? na18!.size : na18!.movement} in ${na18!.year}.`;
		case 'overview':
			return `Kaspersky’s ${f.year} revenue, ${f.totalText}, as a square of ${CELLS_TEXT} small squares split by region: ${regions}. One small square, about ${cell}, is magnified. ${gov}`;
	}
}
