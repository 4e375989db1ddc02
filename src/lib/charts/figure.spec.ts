import { describe, expect, it } from 'vitest';
import { figureKey, figureRef, overviewRef } from './figure.ts';

describe('figureRef and figureKey', () => {
	it('name a step’s figure by chart, state and, for the timeline, the rows it highlights', () => {
		const law = { state: 'law', highlight: ['ndaa-signed', 'ndaa-in-force'] };
		expect(figureKey(figureRef('timeline', law))).toBe('timeline:law:ndaa-signed,ndaa-in-force');
		// The revenue chart draws the same figure whatever a step highlights.
		expect(figureKey(figureRef('revenue', { state: 'after', highlight: ['x'] }))).toBe(
			'revenue:after'
		);
	});

	it('give the chart’s overview when there is no step', () => {
		expect(figureRef('timeline', null)).toEqual(overviewRef('timeline'));
		expect(figureKey(figureRef('timeline', undefined))).toBe('timeline:overview:');
		expect(figureKey(overviewRef('revenue'))).toBe('revenue:overview');
	});
});
