import { describe, expect, it } from 'vitest';
import type { Source } from '../../data/schema.ts';
import { figureTable } from './table.ts';

const source = (id: string, publisher: string): Source =>
	({
		id,
		publisher,
		title: `${publisher} report`,
		url: `https://${id}.example/`,
		date: '2017-09-08'
	}) as Source;
const SOURCES = new Map([source('a', 'Reuters'), source('b', 'BBC')].map((s) => [s.id, s]));

describe('figureTable', () => {
	const rows = [
		{ id: 'one', sources: ['a'], confidence: 'high' as const, n: 1 },
		{ id: 'two', sources: ['b', 'a'], confidence: 'low' as const, n: 2 }
	];
	const table = figureTable(
		{
			caption: 'Caption',
			columns: [{ key: 'n', label: 'N', numeric: true }],
			cells: (r) => ({ n: String(r.n) })
		},
		rows,
		SOURCES
	);

	it('gives each data row its cells and its sources, in order', () => {
		expect(table.caption).toBe('Caption');
		expect(table.columns).toEqual([{ key: 'n', label: 'N', numeric: true }]);
		expect(table.rows.map((r) => [r.id, r.cells, r.sources.map((s) => s.text)])).toEqual([
			['one', { n: '1' }, ['Reuters']],
			['two', { n: '2' }, ['BBC', 'Reuters']]
		]);
	});

	it('explains only the confidence levels its rows use', () => {
		expect(table.confidenceKey.map((k) => k.term)).toEqual(['high', 'low']);
	});
});
