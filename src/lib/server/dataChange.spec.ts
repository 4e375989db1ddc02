// A figure changed in the data changes everywhere a reader meets it, and the old one survives
// nowhere: the figure model (description, table, notes), the server-rendered chart at every
// layout width, the SVG export and the PNG made from it. This is what "no figure typed into
// chart code" means in practice: the data files are the one place a figure lives.
import { csvFormat, csvParse } from 'd3-dsv';
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { readContentFiles } from './loadContent.ts';
import { ROOT } from '../testing/realContent.ts';
import ChartFigure from '../charts/ChartFigure.svelte';
import DataTable from '../charts/frame/DataTable.svelte';
import type { FigureModel } from '../charts/frame/types.ts';
import { CHARTS } from '../charts/registry.ts';
import { REVENUE_LAYOUTS, revenueFigure, type RevenueState } from '../charts/revenue/model.ts';
import { loadDataset, type DataFiles } from '../data/load.ts';
import type { Dataset } from '../data/schema.ts';
import { chartSvg, svgToPng } from './image.ts';

const real = readContentFiles(ROOT);
const FILES: DataFiles = {
	'sources.csv': real['data/sources.csv'],
	'timeline.csv': real['data/timeline.csv'],
	'revenue.csv': real['data/revenue.csv']
};
const STATES = CHARTS.revenue.states as readonly RevenueState[];

interface Change {
	name: string;
	/** New values by row id, as an editor types them into revenue.csv. */
	values: Record<string, string>;
	/** The same figures where the rows' wording and notes write them, replaced as an editor would. */
	words: [string, string][];
	/** What readers must no longer read anywhere. */
	old: string[];
	/** What they must read instead, as the chart writes it, and the states whose drawing shows it. */
	shown: { text: string; states: RevenueState[] }[];
}

/** A copy of the data files with one change made to revenue.csv, validated as the build does. */
function changed(change: Change): Dataset {
	const rows = csvParse(FILES['revenue.csv']);
	for (const [id, value] of Object.entries(change.values)) {
		const row = rows.find((r) => r.id === id);
		if (!row) throw new Error(`revenue.csv has no row "${id}"`);
		row.value = value;
	}
	for (const row of rows) {
		for (const field of ['wording', 'note'] as const) {
			for (const [from, to] of change.words) row[field] = row[field]!.replaceAll(from, to);
		}
	}
	return loadDataset({ ...FILES, 'revenue.csv': csvFormat(rows, rows.columns) + '\n' });
}

const CHANGES: Change[] = [
	{
		name: 'the US government figure, 54,000 → 61,000 (and the share worked out from it)',
		values: { 'us-government-sales': '61000', 'us-government-share-global': '0.009' },
		words: [
			['$54,000', '$61,000'],
			['0.0084%', '0.0095%']
		],
		old: ['54,000', '0.008%'],
		shown: [
			{ text: 'less than $61,000', states: ['us-government', 'overview'] },
			{ text: 'about 0.009%', states: ['us-government', 'overview'] }
		]
	},
	{
		name: 'the 2016 total, $644m → $646m',
		values: { 'revenue-2016': '646' },
		words: [
			['$644m', '$646m'],
			['$644 million', '$646 million']
		],
		old: ['$644m', '$644 million', '64,400'],
		shown: [
			{ text: '$646m', states: ['total', 'after'] },
			// one of the 10,000 squares: 1/10,000 of the total
			{ text: '$64,600', states: ['total', 'regions', 'us-share', 'us-government', 'overview'] }
		]
	},
	{
		name: 'a regional share, Europe 36.5% → 35.8% (and the derived rest, 25.9 → 26.6)',
		values: { 'share-europe-2016': '35.8', 'share-rest-2016': '26.6' },
		words: [
			['36.5', '35.8'],
			['74.1', '73.4'],
			['25.9', '26.6'],
			['about 26%', 'about 27%']
		],
		old: ['36.5', '25.9', 'about 26%'],
		shown: [
			{ text: 'Europe 35.8%', states: ['regions', 'us-share', 'us-government', 'overview'] },
			{
				text: 'Rest of the world about 27%',
				states: ['regions', 'us-share', 'us-government', 'overview']
			}
		]
	}
];

const original = loadDataset(FILES);

/** The text of an SVG's `<text>` elements, drawn ones only (hidden marks carry the class `off`). */
function drawnText(svg: string): string {
	return [...svg.matchAll(/<text\b([^>]*)>([\s\S]*?)<\/text>/g)]
		.filter(([, attrs]) => !/\bclass="[^"]*\boff\b/.test(attrs!))
		.map(([, , inner]) => inner!.replace(/<[^>]*>/g, ' '))
		.join(' ')
		.replace(/\s+/g, ' ');
}

/** A layout's drawn labels as one string, each label's lines joined as the reader reads them. */
function drawnLabels(model: FigureModel, width: number): string {
	if (model.drawing.kind !== 'revenue') throw new Error('not the revenue chart');
	const g = model.drawing.layouts.find((l) => l.width === width)!;
	return g.texts
		.filter((t) => t.visible)
		.map((t) => t.lines.join(' '))
		.join(' | ');
}

/** The words of a page or file: its text, not its markup (coordinates are numbers too). */
const words = (markup: string) =>
	markup
		.replace(/<style[\s\S]*?<\/style>/g, ' ')
		.replace(/<[^>]*>/g, ' ')
		.replace(/&amp;/g, '&')
		.replace(/\s+/g, ' ');

/** The words of a figure model: what it says and every label it can draw, hidden ones included. */
function modelWords(model: FigureModel): string {
	if (model.drawing.kind !== 'revenue') throw new Error('not the revenue chart');
	return [
		model.title,
		model.subtitle,
		model.description,
		model.table.caption,
		...model.table.rows.flatMap((r) => Object.values(r.cells)),
		...model.notes,
		...model.drawing.layouts.flatMap((g) => g.texts.map((t) => t.lines.join(' ')))
	].join(' | ');
}

/** Everything readers can get from a state: model, page markup (chart, table) and the export. */
function everything(data: Dataset, state: RevenueState) {
	const model = revenueFigure(data, state);
	const page = render(ChartFigure, { props: { model, uid: 't' } }).body;
	const table = render(DataTable, { props: { model, highlight: [] } }).body;
	const file = chartSvg(model, { title: model.title, subtitle: model.subtitle, source: 'Source' });
	return {
		model,
		page,
		file,
		all: [modelWords(model), words(page), words(table), words(file)].join('\n')
	};
}

describe.each(CHANGES)('a change to $name', (change) => {
	const data = changed(change);

	it('is a real change: the old figure is there to begin with', () => {
		const all = STATES.map((s) => everything(original, s).all).join('\n');
		for (const old of change.old) expect(all, old).toContain(old);
	});

	it.each(STATES)('%s: the old figure is gone from the model, the page and the export', (state) => {
		const { all } = everything(data, state);
		for (const old of change.old) expect(all, old).not.toContain(old);
	});

	const drawn = change.shown.flatMap(({ text, states }) => states.map((s) => [s, text] as const));
	it.each(drawn)('%s: “%s” is drawn at every layout width and in the export', (state, text) => {
		const { model, page, file } = everything(data, state);
		for (const width of REVENUE_LAYOUTS) {
			// Labels wrap: their lines are compared joined by spaces.
			expect(drawnLabels(model, width), `at ${width}`).toContain(text);
			const svg = new RegExp(`<svg[^>]*data-layout="${width}"[\\s\\S]*?</svg>`).exec(page)?.[0];
			expect(drawnText(svg ?? ''), `in the page at ${width}`).toContain(text);
		}
		expect(drawnText(file), 'in the SVG export').toContain(text);
	});

	it('makes a different PNG, drawn from the changed SVG', () => {
		const state = change.shown[0]!.states[0]!;
		const before = everything(original, state).file;
		const after = everything(data, state).file;
		expect(after).not.toBe(before);
		const [a, b] = [svgToPng(before), svgToPng(after)];
		const png = [0x89, 0x50, 0x4e, 0x47];
		expect([...a.subarray(0, 4)]).toEqual(png);
		expect([...b.subarray(0, 4)]).toEqual(png);
		expect(Buffer.from(b).equals(Buffer.from(a))).toBe(false);
		// and the PNG is the SVG's: the same SVG always gives the same picture
		expect(Buffer.from(svgToPng(after)).equals(Buffer.from(b))).toBe(true);
	});
});
