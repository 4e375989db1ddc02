import { describe, expect, it } from 'vitest';
import type { RevenueRow } from '../data/schema.ts';
import { count, derivedValue, formatFigure, roughly, shareInWords } from './numbers.ts';

type Figure = Pick<RevenueRow, 'value' | 'unit' | 'measure' | 'qualifier'>;
const fig = (value: number, unit: Figure['unit'], over: Partial<Figure> = {}): Figure => ({
	value,
	unit,
	measure: unit === 'percent' ? 'share' : 'revenue',
	qualifier: 'exact',
	...over
});

describe('formatFigure', () => {
	it.each([
		['an exact amount in millions', fig(644, 'usd-million'), '$644m'],
		['an exact amount with a decimal', fig(725.6, 'usd-million'), '$725.6m'],
		['an upper bound in dollars', fig(54000, 'usd', { qualifier: 'under' }), 'less than $54,000'],
		['an approximate share', fig(25, 'percent', { qualifier: 'about' }), 'about 25%'],
		['an exact share', fig(24.3, 'percent'), '24.3%'],
		['a small exact share, as written', fig(0.03, 'percent'), '0.03%'],
		['a fall', fig(-8, 'percent', { measure: 'change' }), '\u22128%'],
		['a rise', fig(8, 'percent', { measure: 'change' }), '+8%'],
		// C5: a remainder we worked out is as approximate as the story says it is
		['a derived share', fig(25.9, 'percent', { qualifier: 'derived' }), 'about 26%'],
		['a small derived share', fig(0.0084, 'percent', { qualifier: 'derived' }), 'about 0.008%'],
		['a derived amount', fig(156.49, 'usd-million', { qualifier: 'derived' }), 'about $156m']
	])('%s: %s', (_name, row, text) => {
		expect(formatFigure(row)).toBe(text);
	});

	it('gives a change’s size alone for text that says which way it went', () => {
		expect(formatFigure(fig(-25, 'percent', { measure: 'change' }), { signed: false })).toBe('25%');
	});
});

describe('roughly', () => {
	it.each([
		[25.9, 26],
		[74.1, 74],
		[0.0084, 0.008],
		[2.4, 2],
		[0, 0]
	])('%d → %d', (n, r) => expect(roughly(n)).toBe(r));
});

describe('derivedValue', () => {
	it('keeps the unrounded result of a derived figure, for the data table', () => {
		expect(derivedValue(fig(25.9, 'percent', { qualifier: 'derived' }))).toBe('25.9%');
		expect(derivedValue(fig(25.9, 'percent'))).toBeNull();
	});
});

describe('shareInWords', () => {
	it.each([
		[24.3, 'about a quarter'],
		[36.5, null],
		[33.3, 'about a third'],
		[13.3, null]
	])('%d%% → %s', (share, words) => expect(shareInWords(share)).toBe(words));
});

describe('count', () => {
	it('gives a number its noun, singular for one only', () => {
		expect(count(1, 'source')).toBe('1 source');
		expect(count(0, 'source')).toBe('0 sources');
		expect(count(83, 'source')).toBe('83 sources');
		expect(count(2, 'analysis', 'analyses')).toBe('2 analyses');
	});
});
