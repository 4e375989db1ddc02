import { describe, expect, it } from 'vitest';
import type { StoryStep } from '$lib/story/types.ts';
import { firstFigureFile, islandProps } from './islandProps.ts';

const step = {
	id: 'law',
	index: 8,
	chart: 'timeline',
	state: 'law',
	highlight: ['ndaa-signed'],
	heading: 'The law',
	alt: 'The timeline highlights two dates.',
	html: '<p>On 12 December 2017 …</p>'
} satisfies StoryStep;

describe('islandProps', () => {
	it('hands the island every step without what the page already shows: text and description', () => {
		const { html: _text, alt: _alt, ...rest } = step;
		expect([_text, _alt]).not.toContain('');
		const props = islandProps([step]);
		expect(props.steps).toEqual([rest]);
		expect(JSON.stringify(props)).not.toContain('12 December');
		expect(JSON.stringify(props)).not.toContain('highlights two dates');
	});
	it('leaves the steps it was given as they are, for the server’s own render', () => {
		islandProps([step]);
		expect(step.html).toBe('<p>On 12 December 2017 …</p>');
		expect(step.alt).toBe('The timeline highlights two dates.');
	});
	it('holds no figure: the island fetches the first one from the file the page preloads', () => {
		expect(Object.keys(islandProps([step]))).toEqual(['steps']);
		expect(firstFigureFile([step])).toBe('figures/timeline/law/ndaa-signed.json');
	});
});
