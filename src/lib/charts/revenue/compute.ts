/**
 * The revenue chart's geometry: 2016 revenue as a square of 10,000 cells, split into regional
 * bands; a zoom on one cell to show the US government's sales (smaller than a cell); and bars for
 * what followed. Pure: figures + width + state in, plain marks out. Every state returns every mark
 * (hidden ones with `visible: false`), so the component can tween between any two states. What a
 * state shows is in `states.ts`; each kind of picture is a scene in `scenes/`.
 */
import { mergeMarks, round, textBox, type MarkSet, type RectMark } from '../marks/types.ts';
import { COLUMNS, regionBands } from './cells.ts';
import type { RevenueFigures } from './figures.ts';
import { revenueFrame } from './frame.ts';
import { afterScene, barLayout } from './scenes/after.ts';
import { gridKey, squareScene } from './scenes/square.ts';
import { zoomScene } from './scenes/zoom.ts';
import { REVENUE_STATES, type RevenueState } from './states.ts';

export interface RevenueGeometry extends MarkSet {
	width: number;
	height: number;
	grid: { x: number; y: number; size: number; cell: number; visible: boolean };
}

declare module '../frame/types.ts' {
	interface ChartGeometries {
		revenue: RevenueGeometry;
	}
}

/** The texts set under the zoom or the square, whose length follows the data. */
const EXPLANATIONS = ['grid-key', 'zoom-cell-label', 'zoom-government-label', 'zoom-zero-label'];

const roundRect = (r: RectMark): RectMark => ({
	...r,
	x: round(r.x),
	y: round(r.y),
	w: round(r.w),
	h: round(r.h)
});

export function revenueGeometry(
	figures: RevenueFigures,
	width: number,
	state: RevenueState
): RevenueGeometry {
	const frame = revenueFrame(width);
	const show = REVENUE_STATES[state];
	const input = { frame, figures, show, bands: regionBands(figures) };
	const bars = barLayout(frame, figures);
	const marks = mergeMarks(squareScene(input, bars), zoomScene(input), afterScene(input, bars), {
		texts: [gridKey(input)]
	});
	// The explanations carry the data's own figures and qualifiers, so their length is not known
	// in advance: the chart grows to fit them. They are laid out in every state (hidden or not),
	// so the height is the same in every state and a change of state never resizes the chart.
	const bottom = Math.max(
		...marks.texts
			.filter((t) => EXPLANATIONS.includes(t.id))
			.map((t) => textBox(t).y + textBox(t).h)
	);
	const { x, y, size } = frame.square;
	return {
		width,
		height: Math.max(frame.height, Math.ceil(bottom)),
		grid: { x, y, size, cell: size / COLUMNS, visible: show.grid },
		rects: marks.rects.map(roundRect),
		texts: marks.texts.map((t) => ({ ...t, x: round(t.x), y: round(t.y) })),
		lines: marks.lines.map((l) => ({
			...l,
			x1: round(l.x1),
			y1: round(l.y1),
			x2: round(l.x2),
			y2: round(l.y2)
		}))
	};
}
