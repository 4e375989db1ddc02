import { describe, expect, it } from 'vitest';
import { datePrecision, endOf, startOf } from './dates.ts';

describe('datePrecision', () => {
	it.each([
		['2017-09-13', 'day'],
		['2016-02-29', 'day'],
		['2017-02-29', null],
		['2017-04-31', null],
		['2017-00-10', null],
		['2017-10', 'month'],
		['2017-13', null],
		['2017', 'year'],
		['17-09-13', null],
		['', null],
		['2017-9-13', null]
	])('%s → %s', (value, expected) => {
		expect(datePrecision(value)).toBe(expected);
	});
});

describe('startOf / endOf', () => {
	it('spans a day, a month and a year in UTC', () => {
		expect(startOf('2017-09-13').toISOString()).toBe('2017-09-13T00:00:00.000Z');
		expect(endOf('2017-09-13').toISOString()).toBe('2017-09-14T00:00:00.000Z');
		expect(endOf('2017-12').toISOString()).toBe('2018-01-01T00:00:00.000Z');
		expect(endOf('2024').toISOString()).toBe('2025-01-01T00:00:00.000Z');
	});
});
