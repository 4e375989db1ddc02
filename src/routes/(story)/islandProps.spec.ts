import { describe, expect, it } from 'vitest';
import type { StoryStep } from '$lib/story/types.ts';
import { islandProps } from './islandProps.ts';

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
	it('hands the island every step without its text, which the page already shows', () => {
		const { html: _text, ...rest } = step;
		expect(_text).toBeTruthy();
		const props = islandProps([step], {});
		expect(props.steps).toEqual([rest]);
		expect(JSON.stringify(props)).not.toContain('12 December');
	});
	it('leaves the steps it was given as they are, for the server’s own render', () => {
		islandProps([step], {});
		expect(step.html).toBe('<p>On 12 December 2017 …</p>');
	});
});
