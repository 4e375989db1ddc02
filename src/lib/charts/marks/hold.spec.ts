import { describe, expect, test } from 'vitest';
import { HeldDrawing, holdHidden } from './hold.ts';

const mark = (id: string, x: number, visible: boolean) => ({ id, x, visible });

describe('holdHidden', () => {
	test('a mark hidden before and after keeps its old place', () => {
		const before = [mark('a', 10, false)];
		const after = holdHidden(before, [mark('a', -300, false)]);
		expect(after).toEqual([mark('a', 10, false)]);
		expect(after[0]).toBe(before[0]);
	});

	test('a mark coming into view, leaving it or staying in it takes its new place', () => {
		const before = [mark('in', 10, false), mark('out', 20, true), mark('stay', 30, true)];
		const next = [mark('in', 50, true), mark('out', 900, false), mark('stay', 60, true)];
		expect(holdHidden(before, next)).toEqual(next);
	});

	test('new marks, and the first drawing, take the state’s own places', () => {
		const next = [mark('a', 1, false), mark('b', 2, true)];
		expect(holdHidden(undefined, next)).toEqual(next);
		expect(holdHidden([mark('c', 5, false)], next)).toEqual(next);
	});

	test('keeps the new order and drops marks that are gone', () => {
		const before = [mark('a', 1, false), mark('b', 2, false), mark('gone', 3, false)];
		const next = [mark('b', 9, false), mark('a', 8, false)];
		expect(holdHidden(before, next).map((m) => m.id)).toEqual(['b', 'a']);
	});
});

describe('HeldDrawing', () => {
	const drawing = (x: number, visible: boolean) => ({
		events: [mark('e', x, visible)],
		labels: [mark('l', x, visible)]
	});

	test('holds what stays hidden from one drawing to the next', () => {
		const held = new HeldDrawing();
		held.hold(drawing(10, false));
		expect(held.hold(drawing(-300, false))).toEqual(drawing(10, false));
	});

	test('a mark coming into view moves to its new place', () => {
		const held = new HeldDrawing();
		held.hold(drawing(10, false));
		expect(held.hold(drawing(50, true))).toEqual(drawing(50, true));
	});

	test('is idempotent, so a derived may call it each time it re-runs', () => {
		const held = new HeldDrawing();
		held.hold(drawing(10, false));
		const once = held.hold(drawing(-300, false));
		expect(held.hold(drawing(-300, false))).toEqual(once);
	});
});
