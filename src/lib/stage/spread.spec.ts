import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { FigureModel } from '../charts/frame/types.ts';
import { fakeFrames } from '../testing/frames.ts';
import { partWay, spreadChange } from './spread.ts';

describe('partWay', () => {
	const at = (id: string, x: number) => ({ id, x });
	const from = ['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((id) => at(id, 0));
	// b, c, e, f and g change; a and d stay.
	const to = from.map((m) => (m.id === 'a' || m.id === 'd' ? m : at(m.id, 1)));

	test('moves the changing marks in equal shares, in order, leaving the others alone', () => {
		const moved = (done: number) =>
			partWay(from, to, done, 3)
				.filter((m) => m.x === 1)
				.map((m) => m.id);
		expect(moved(1)).toEqual(['b', 'c']);
		expect(moved(2)).toEqual(['b', 'c', 'e', 'f']);
		expect(moved(3)).toEqual(['b', 'c', 'e', 'f', 'g']);
	});

	test('keeps unchanged marks as the very same objects (nothing to redraw)', () => {
		const first = partWay(from, to, 1, 3);
		expect(first[0]).toBe(from[0]);
		expect(first[3]).toBe(from[3]);
		expect(first[6]).toBe(from[6]); // not moved yet
	});

	test('does not spread lists of different marks', () => {
		const other = [at('z', 1), ...to.slice(1)];
		expect(partWay(from, other, 1, 3)).toEqual(other);
	});
});

test('partWay counts a mark with the same values as unchanged, whatever the object', () => {
	const from = [
		{ id: 'a', x: 0 },
		{ id: 'b', x: 0 }
	];
	const to = [
		{ id: 'a', x: 0 }, // a copy: same values
		{ id: 'b', x: 1 }
	];
	// Only b changes, so one share of two moves it: nothing is left for the second.
	expect(partWay(from, to, 1, 2)).toEqual(to);
});

test('partWay counts a label with the same lines as unchanged, whatever the list', () => {
	const from = [
		{ id: 'a', lines: ['Europe', '36.5%'] },
		{ id: 'b', lines: ['US', '24.3%'] }
	];
	const to = [
		{ id: 'a', lines: ['Europe', '36.5%'] }, // a new list: the same lines
		{ id: 'b', lines: ['US and Canada', '24.3%'] }
	];
	// Only b changes: one share of two moves it.
	expect(partWay(from, to, 1, 2)).toEqual(to);
	expect(partWay(from, to, 1, 2)[0]).toBe(from[0]);
});

describe('spreadChange', () => {
	const layout = (xs: number[]) => ({
		width: 560,
		events: xs.map((x, i) => ({ id: `e${i}`, x }))
	});
	const model = (xs: number[], state: string) =>
		({ state, drawing: { kind: 'timeline', layouts: [layout(xs)] } }) as unknown as FigureModel;
	const from = model([0, 0, 0, 0, 0, 0], 'law');
	const to = model([1, 1, 1, 1, 1, 1], 'courts');
	const xs = (m: FigureModel) =>
		(m.drawing.layouts[0] as unknown as ReturnType<typeof layout>).events.map((e) => e.x);

	let paint: () => void;
	const motion = (pick: string) =>
		vi.stubGlobal('document', { documentElement: { dataset: { motion: pick } } });
	beforeEach(() => {
		({ paint } = fakeFrames());
		motion('full');
	});
	afterEach(() => {
		vi.useRealTimers();
		vi.unstubAllGlobals();
	});

	test('moves the events in three shares, a painted frame apart, with the new state at once', () => {
		const drawn: FigureModel[] = [];
		spreadChange(from, to, (m) => drawn.push(m));
		expect(drawn.map(xs)).toEqual([[1, 1, 0, 0, 0, 0]]);
		expect(drawn[0]!.state).toBe('courts');
		paint();
		vi.runAllTimers();
		paint();
		vi.runAllTimers();
		expect(drawn.map(xs)).toEqual([
			[1, 1, 0, 0, 0, 0],
			[1, 1, 1, 1, 0, 0],
			[1, 1, 1, 1, 1, 1]
		]);
		expect(drawn[2]).toBe(to);
	});

	test('stops where it is when called off', () => {
		const drawn: FigureModel[] = [];
		spreadChange(from, to, (m) => drawn.push(m))?.();
		paint();
		vi.runAllTimers();
		expect(drawn).toHaveLength(1);
	});

	test('draws at once with motion reduced', () => {
		motion('reduce');
		const drawn: FigureModel[] = [];
		spreadChange(from, to, (m) => drawn.push(m));
		expect(drawn).toEqual([to]);
	});
});

describe('spreadChange on the revenue chart', () => {
	const mark = (id: string, x: number) => ({ id, x });
	const layout = (x: number, grid: boolean) => ({
		width: 560,
		grid: { visible: grid },
		rects: ['r0', 'r1', 'r2'].map((id) => mark(id, x)),
		lines: [mark('l0', x)],
		texts: ['t0', 't1', 't2'].map((id) => mark(id, x))
	});
	const model = (x: number, grid: boolean, state: string) =>
		({ state, drawing: { kind: 'revenue', layouts: [layout(x, grid)] } }) as unknown as FigureModel;
	type Layout = ReturnType<typeof layout>;
	const drawnAt = (m: FigureModel) => {
		const g = m.drawing.layouts[0] as unknown as Layout;
		return [g.rects, g.lines, g.texts].map((marks) => marks.filter((r) => r.x === 1).length);
	};

	beforeEach(() => {
		vi.stubGlobal('document', { documentElement: { dataset: { motion: 'full' } } });
	});
	afterEach(() => {
		vi.useRealTimers();
		vi.unstubAllGlobals();
	});

	test('moves its rects, lines and labels in three shares, and its grid with the last', () => {
		const { paint } = fakeFrames();
		const drawn: FigureModel[] = [];
		const to = model(1, false, 'us-government');
		spreadChange(model(0, true, 'us-share'), to, (m) => drawn.push(m));
		paint();
		vi.runAllTimers();
		paint();
		vi.runAllTimers();
		// [rects, lines, labels] in their new place after each frame
		expect(drawn.map(drawnAt)).toEqual([
			[1, 1, 1],
			[2, 1, 2],
			[3, 1, 3]
		]);
		expect(drawn.map((m) => m.state)).toEqual(['us-government', 'us-government', 'us-government']);
		expect(drawn.map((m) => (m.drawing.layouts[0] as unknown as Layout).grid.visible)).toEqual([
			true,
			true,
			false
		]);
		expect(drawn[2]).toBe(to);
	});

	test('draws a change between charts at once', () => {
		const drawn: FigureModel[] = [];
		const timeline = {
			state: 'law',
			drawing: { kind: 'timeline', layouts: [{ width: 560, events: [] }] }
		} as unknown as FigureModel;
		spreadChange(timeline, model(1, false, 'after'), (m) => drawn.push(m));
		expect(drawn).toHaveLength(1);
	});
});
