/** Parse and cross-check the three data files into one Dataset. Pure: text in, data or a DataError out. */
import { parseCsv, type Located } from './csv.ts';
import { datePrecision } from './dates.ts';
import { DataError } from './errors.ts';
import {
	revenueRow,
	sourceRow,
	timelineRow,
	type Dataset,
	type RevenueRow,
	type TimelineEvent
} from './schema.ts';

export interface DataFiles {
	'sources.csv': string;
	'timeline.csv': string;
	'revenue.csv': string;
}

export function loadDataset(files: DataFiles): Dataset {
	const sources = parseCsv('sources.csv', files['sources.csv'], sourceRow);
	uniqueIds('sources.csv', sources);
	const known = new Set(sources.map((s) => s.row.id));

	const timeline = parseCsv('timeline.csv', files['timeline.csv'], timelineRow);
	uniqueIds('timeline.csv', timeline);
	for (const { row, line } of timeline) {
		const form = datePrecision(row.date);
		if (form !== row.precision) {
			throw new DataError(
				'timeline.csv',
				line,
				'date',
				`"${row.date}" is a ${form}, but precision is "${row.precision}"`
			);
		}
		knownSources('timeline.csv', line, row.sources, known);
	}

	const revenue = parseCsv('revenue.csv', files['revenue.csv'], revenueRow);
	uniqueIds('revenue.csv', revenue);
	for (const { row, line } of revenue) checkRevenueRow(row, line, known);
	checkSplits(revenue);

	return {
		sources: sources.map((s) => s.row),
		timeline: timeline
			.map(({ row }): TimelineEvent => ({ ...row, label: row.label || row.title }))
			.sort((a, b) => a.date.localeCompare(b.date)),
		revenue: revenue.map((r) => r.row)
	};
}

function uniqueIds(file: string, rows: Located<{ id: string }>[]): void {
	const seen = new Map<string, number>();
	for (const { row, line } of rows) {
		const first = seen.get(row.id);
		if (first !== undefined) {
			throw new DataError(file, line, 'id', `"${row.id}" is a duplicate of line ${first}`);
		}
		seen.set(row.id, line);
	}
}

function knownSources(file: string, line: number, ids: string[], known: Set<string>): void {
	for (const id of ids) {
		if (!known.has(id)) throw new DataError(file, line, 'sources', `unknown source id "${id}"`);
	}
}

function checkRevenueRow(row: RevenueRow, line: number, known: Set<string>): void {
	if (row.measure === 'share' && (row.value < 0 || row.value > 100)) {
		throw new DataError('revenue.csv', line, 'value', `share ${row.value} is outside 0–100`);
	}
	if (row.measure === 'share' && row.unit !== 'percent') {
		throw new DataError(
			'revenue.csv',
			line,
			'unit',
			`a share must be in percent, not "${row.unit}"`
		);
	}
	if (row.measure === 'revenue' && row.value < 0) {
		throw new DataError('revenue.csv', line, 'value', `revenue ${row.value} is negative`);
	}
	if (row.split && row.measure !== 'share') {
		throw new DataError('revenue.csv', line, 'split', `only share rows can be part of a split`);
	}
	if (row.qualifier !== 'exact' && row.qualifier !== 'derived' && !row.wording) {
		throw new DataError(
			'revenue.csv',
			line,
			'wording',
			`is missing: an approximate figure ("${row.qualifier}") keeps the source's words`
		);
	}
	// A derived figure is ours: words in `wording` would be shown as the source's (the table's
	// "As the source puts it"), so it has none, and its note is what a reader checks it by.
	if (row.qualifier === 'derived' && row.wording) {
		throw new DataError(
			'revenue.csv',
			line,
			'wording',
			'must be empty for a derived figure: it is our calculation, not the source’s words (say how in note)'
		);
	}
	if (row.qualifier === 'derived' && !row.note) {
		throw new DataError(
			'revenue.csv',
			line,
			'note',
			'is missing: a derived figure says how it was worked out'
		);
	}
	knownSources('revenue.csv', line, row.sources, known);
}

function checkSplits(rows: Located<RevenueRow>[]): void {
	const totals = new Map<string, { sum: number; line: number }>();
	for (const { row, line } of rows) {
		if (!row.split) continue;
		const t = totals.get(row.split) ?? { sum: 0, line };
		t.sum += row.value;
		t.line = line;
		totals.set(row.split, t);
	}
	for (const [split, { sum, line }] of totals) {
		if (Math.abs(sum - 100) > 0.5) {
			const shown = Math.round(sum * 100) / 100;
			throw new DataError(
				'revenue.csv',
				line,
				'value',
				`shares of split "${split}" sum to ${shown}, not 100 ± 0.5`
			);
		}
	}
}
