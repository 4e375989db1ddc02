// What the revenue figure tells readers in words and in its table, from the project's own data.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../data/load.ts';
import { CONFIDENCE_MEANING } from '../../format/confidence.ts';
import { CHARTS } from '../registry.ts';
import { timelineFigure } from '../timeline/model.ts';
import { REVENUE_ROWS, revenueFigure, type RevenueState } from './model.ts';

const read = (f: string) => readFileSync(new URL(`../../../../data/${f}`, import.meta.url), 'utf8');
const data = loadDataset({
	'sources.csv': read('sources.csv'),
	'timeline.csv': read('timeline.csv'),
	'revenue.csv': read('revenue.csv')
});
const STATES = CHARTS.revenue.states as readonly RevenueState[];
const row = (state: RevenueState, id: string) =>
	revenueFigure(data, state).table.rows.find((r) => r.id === id)!;

describe('revenueFigure', () => {
	it('lists and describes the 2018 bar the "after" state draws (C6)', () => {
		expect(REVENUE_ROWS.after).toContain('revenue-2018');
		expect(row('after', 'revenue-2018').cells.value).toBe('$725.6m');
		expect(revenueFigure(data, 'after').description).toContain('$725.6m in 2018');
	});

	it.each(STATES)('%s: gives no period for the US government figure (U2)', (state) => {
		expect(revenueFigure(data, state).description).not.toMatch(/a year|per year|annual/);
	});

	it('shows a derived figure as approximate, with our unrounded result, not as source words', () => {
		const rest = row('regions', 'share-rest-2016').cells;
		expect(rest.value).toBe('about 26%');
		expect(rest.wording).toBe('— (our calculation: 25.9%)');
	});

	it.each(STATES)('%s: a Confidence column, and a key to the levels it uses (C4c)', (state) => {
		const model = revenueFigure(data, state);
		expect(model.table.columns.map((c) => c.label)).toContain('Confidence');
		const levels = new Set(model.table.rows.map((r) => r.cells.confidence));
		expect(model.table.confidenceKey.map((k) => k.term).sort()).toEqual([...levels].sort());
		for (const k of model.table.confidenceKey) {
			expect(k.meaning).toBe(CONFIDENCE_MEANING[k.term as keyof typeof CONFIDENCE_MEANING]);
		}
	});
});

describe('timelineFigure', () => {
	it('gives each event its confidence and its caveat, for the table and the event details', () => {
		const model = timelineFigure(data, 'overview');
		expect(model.table.columns.map((c) => c.label)).toContain('Confidence');
		expect(model.table.confidenceKey.length).toBeGreaterThan(0);
		const events = new Map(data.timeline.map((e) => [e.id, e]));
		for (const { id, cells } of model.table.rows) {
			const e = events.get(id)!;
			expect(cells.confidence, id).toBe(e.confidence);
			if (e.note) expect(cells.note, id).toBe(e.note);
			// a month-precision event always says why it has no day
			else if (e.precision === 'month') expect(cells.note, id).toMatch(/day is not known/);
			else expect(cells.note, id).toBe('');
		}
	});
});
