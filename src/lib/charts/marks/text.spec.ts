import { describe, expect, it } from 'vitest';
import { mergeMarks, text, TEXT_STYLE } from './types.ts';

describe('text()', () => {
	it('makes a text mark in a named style, anchored at the start unless told', () => {
		expect(text('a', [1, 2], ['x'], { size: 13, style: 'muted', visible: true })).toEqual({
			id: 'a',
			x: 1,
			y: 2,
			lines: ['x'],
			size: 13,
			weight: 400,
			cls: 'text-muted',
			anchor: 'start',
			visible: true
		});
		const t = text('b', [0, 0], [], {
			size: 11,
			style: 'strong',
			anchor: 'middle',
			visible: false
		});
		expect([t.weight, t.cls, t.anchor]).toEqual([600, 'text-strong', 'middle']);
	});

	it('styles only with classes that colour text', () => {
		for (const { cls } of Object.values(TEXT_STYLE)) expect(cls).toMatch(/^text-/);
	});
});

describe('mergeMarks', () => {
	it('keeps each kind in the order the scenes are given', () => {
		const a = {
			rects: [],
			texts: [text('1', [0, 0], [], { size: 1, style: 'muted', visible: true })]
		};
		const b = {
			texts: [text('2', [0, 0], [], { size: 1, style: 'muted', visible: true })],
			lines: []
		};
		expect(mergeMarks(a, b).texts.map((t) => t.id)).toEqual(['1', '2']);
		expect(mergeMarks(a, b).rects).toEqual([]);
	});
});
