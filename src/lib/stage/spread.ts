/**
 * A change of a chart's state spread over a few frames, for the scrolling story: its marks move
 * in PARTS shares a frame apart (the timeline's events; the revenue chart's rects, lines and
 * labels), and the rest of the drawing (the timeline's labels and ticks, the revenue chart's
 * grid) with the last share, so that no one frame restyles and repaints them all while the reader
 * scrolls (at 4× CPU, one frame for all of it was the longest task of a scroll). The figure's
 * title, caption and state change at once. With motion reduced the change is drawn at once:
 * there is no tween to hide the steps. Embeds and slides, where nothing scrolls, draw at once and
 * do not ship this.
 */
import { afterPaint } from './schedule.ts';
import { motionReduced } from '../state/motion.ts';
import type { Drawing, FigureModel } from '../charts/frame/types.ts';

const PARTS = 3;

/** Draws `to` over a few frames from `from`; returns a function that stops it where it is. */
export function spreadChange(
	from: FigureModel,
	to: FigureModel,
	draw: (model: FigureModel) => void
): (() => void) | undefined {
	const [a, b] = [from.drawing, to.drawing];
	if (
		a.kind !== b.kind ||
		a.layouts.length !== b.layouts.length ||
		a.layouts.some((g, i) => g.width !== b.layouts[i]!.width) ||
		motionReduced()
	) {
		draw(to);
		return undefined;
	}
	let done = 0;
	let cancel: (() => void) | undefined;
	const next = () => {
		done += 1;
		if (done >= PARTS) return draw(to);
		draw({ ...to, drawing: partDrawing(a, b, done) });
		cancel = afterPaint(next);
	};
	next();
	return () => cancel?.();
}

/** The drawing `done` shares of PARTS of the way from `a` to `b` (two drawings of one chart). */
function partDrawing(a: Drawing, b: Drawing, done: number): Drawing {
	if (a.kind === 'timeline' && b.kind === 'timeline')
		return {
			kind: 'timeline',
			layouts: b.layouts.map((g, i) => {
				const was = a.layouts[i]!;
				return { ...was, events: partWay(was.events, g.events, done, PARTS) };
			})
		};
	if (a.kind === 'revenue' && b.kind === 'revenue')
		return {
			kind: 'revenue',
			layouts: b.layouts.map((g, i) => {
				const was = a.layouts[i]!;
				return {
					...was,
					rects: partWay(was.rects, g.rects, done, PARTS),
					lines: partWay(was.lines, g.lines, done, PARTS),
					texts: partWay(was.texts, g.texts, done, PARTS)
				};
			})
		};
	return b;
}

/**
 * Part of the way from one drawing to the next: of the marks that change, the first `done` of
 * `parts` equal shares in their new state, the others as they were. Applied a frame apart, the
 * shares spread a change's restyling and repainting over several short frames instead of one
 * long one; under the tweens that follow, a frame's head start does not show. Marks that do not
 * change (the same values, whether or not the same object), and lists that are not the same marks
 * in the same order, are not spread.
 */
export function partWay<T extends { id: string }>(
	from: readonly T[],
	to: readonly T[],
	done: number,
	parts: number
): T[] {
	if (done >= parts || from.length !== to.length || from.some((m, i) => m.id !== to[i]!.id))
		return [...to];
	const changed = to.flatMap((mark, i) => (same(mark, from[i]!) ? [] : [i]));
	const moved = new Set(changed.slice(0, Math.ceil((changed.length * done) / parts)));
	return to.map((mark, i) => (moved.has(i) ? mark : from[i]!));
}

/** Two marks with the same values (records of plain values, or of lists of them: a label's lines). */
function same<T extends object>(a: T, b: T): boolean {
	if (a === b) return true;
	const keys = Object.keys(a) as (keyof T)[];
	return keys.length === Object.keys(b).length && keys.every((key) => equal(a[key], b[key]));
}

function equal(a: unknown, b: unknown): boolean {
	if (Array.isArray(a) && Array.isArray(b))
		return a.length === b.length && a.every((x, i) => x === b[i]);
	return a === b;
}
