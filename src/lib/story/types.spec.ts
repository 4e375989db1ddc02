import { describe, expect, it } from 'vitest';
import { realContent } from '../testing/realContent.ts';
import { EMBED_FIELDS, LINK_FIELDS, narrow, SLIDE_FIELDS, STORY_FIELDS } from './types.ts';

describe('narrow', () => {
	const step = realContent().story.steps[0]!;

	it('keeps only the fields a view reads', () => {
		expect(Object.keys(narrow(step, STORY_FIELDS))).toEqual([...STORY_FIELDS]);
		expect(narrow(step, EMBED_FIELDS)).toEqual({
			id: step.id,
			state: step.state,
			highlight: step.highlight,
			heading: step.heading,
			alt: step.alt
		});
		expect(narrow(step, LINK_FIELDS)).toEqual({
			id: step.id,
			chart: step.chart,
			heading: step.heading
		});
	});

	it('leaves the step’s text and sources out of the slides', () => {
		const slide = narrow(step, SLIDE_FIELDS);
		expect(slide).not.toHaveProperty('html');
		expect(slide).not.toHaveProperty('sources');
		expect(slide.notes).toBe(step.notes);
	});
});
