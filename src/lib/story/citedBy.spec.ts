import { describe, expect, it } from 'vitest';
import { citedBy } from './citedBy.ts';

const sources = [
	{ id: 'x', url: 'https://example.org/x?a=1&b=2' },
	{ id: 'y', url: 'https://example.org/y' }
];
const none = { timeline: [], revenue: [] };

describe('citedBy', () => {
	it('names, for each source, the parts listing it or linking to it, in the story order', () => {
		const by = citedBy(
			sources,
			[
				{ id: 'a', heading: 'A', html: '<p>no link</p>', sources: ['x', 'y'] },
				{ id: 'b', heading: 'B', html: '<a href="https://example.org/y">y</a>' },
				{ id: 'c', heading: 'C', html: '<a href="https://example.org/x?a=1&amp;b=2">x</a>' }
			],
			none
		);
		expect(by.x!.parts.map((p) => p.id)).toEqual(['a', 'c']);
		expect(by.y!.parts).toEqual([
			{ id: 'a', heading: 'A' },
			{ id: 'b', heading: 'B' }
		]);
	});
	it('counts the timeline events and revenue figures citing each source', () => {
		const by = citedBy(sources, [], {
			timeline: [{ sources: ['x'] }, { sources: ['x', 'y'] }],
			revenue: [{ sources: ['y', 'y'] }]
		});
		expect(by).toEqual({
			x: { parts: [], events: 2, figures: 0 },
			y: { parts: [], events: 1, figures: 1 }
		});
	});
	it('leaves out sources nothing cites', () => {
		expect(citedBy(sources, [{ id: 'a', heading: 'A', html: '<p>x</p>' }], none)).toEqual({});
	});
});
