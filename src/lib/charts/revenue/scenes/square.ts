/**
 * The square: 2016 revenue as 10,000 cells in regional bands, with their labels, the total across
 * it and the key to what a cell is worth. In "after" the bands fold into the first yearly bar.
 */
import { shareInWords } from '../../../format/numbers.ts';
import { text, wrap, type MarkSet, type RectMark, type TextMark } from '../../marks/types.ts';
import { bandRects, bandRows, CELLS, COLUMNS, type Band } from '../cells.ts';
import { FONT, SMALL } from '../frame.ts';
import type { Bars, SceneInput } from './input.ts';
import { REVENUE_WORDS } from '../words.ts';

function bandFill({ show }: SceneInput, segment: string): string {
	if (show.bands === 'total') return 'fill-total';
	return show.focusSegment && show.focusSegment !== segment ? 'fill-muted' : `fill-${segment}`;
}

/** A band's three rects: in the square, or (in "after") stacked as a segment of the first bar. */
function bandMarks(input: SceneInput, band: Band, bars: Bars): RectMark[] {
	const { square } = input.frame;
	const cell = square.size / COLUMNS;
	const cls = bandFill(input, band.segment);
	const top = bars.base - (bars.heights[0]! * (band.start + band.n)) / CELLS;
	const height = (bars.heights[0]! * band.n) / CELLS;
	return bandRects(band).map((p, k) => {
		const id = `region-${band.segment}-${k}`;
		if (input.show.after) {
			const y = k === 0 ? top + height : top;
			return { id, x: bars.xs[0]!, y, w: bars.w, h: k === 1 ? height : 0, cls, visible: true };
		}
		const [x, y] = [square.x + p.x * cell, square.y + p.y * cell];
		return { id, x, y, w: p.w * cell, h: p.h * cell, cls, visible: true };
	});
}

/** A band's name and share, centred on its full rows. */
function bandLabel(input: SceneInput, band: Band, index: number): TextMark {
	const { frame, figures, show } = input;
	const region = figures.regions[index]!;
	const cell = frame.square.size / COLUMNS;
	const { first, last } = bandRows(band);
	const mid = frame.square.y + ((first + Math.max(first, last)) / 2) * cell;
	const muted = bandFill(input, band.segment) === 'fill-muted';
	// In words too where the step is about this band and a plain fraction fits ("about a quarter").
	const words = band.segment === show.focusSegment ? shareInWords(region.share) : null;
	const label = `${region.label} ${region.text}${words ? `: ${words}` : ''}`;
	const lines = wrap(label, frame.square.size - 16, FONT);
	const y = mid - ((lines.length - 1) * FONT * 1.25) / 2 + FONT * 0.35;
	const style = muted ? 'onMuted' : 'onFill';
	return text(`label-${band.segment}`, [frame.square.x + 8, y], lines, {
		size: FONT,
		style,
		visible: show.regionLabels
	});
}

/** The year's revenue, large, across the square. */
function totalMarks({ frame, figures, show }: SceneInput): TextMark[] {
	const { x, y, size } = frame.square;
	const [cx, cy] = [x + size / 2, y + size / 2];
	const big = Math.round(size / 7);
	const o = { anchor: 'middle', visible: show.total } as const;
	const caption = wrap(REVENUE_WORDS.totalCaption(figures), size - 30, FONT);
	return [
		text('total-value', [cx, cy - 6], [figures.totalText], { ...o, size: big, style: 'onFill' }),
		text('total-caption', [cx, cy + big * 0.45 + FONT], caption, {
			...o,
			size: FONT,
			style: 'onFillPlain'
		})
	];
}

export function squareScene(input: SceneInput, bars: Bars): MarkSet {
	return {
		rects: input.bands.flatMap((band) => bandMarks(input, band, bars)),
		texts: [...input.bands.map((band, i) => bandLabel(input, band, i)), ...totalMarks(input)],
		lines: []
	};
}

/** Key to the grid: in the side panel (side by side) or under the square (narrow). */
export function gridKey({ frame, figures, show }: SceneInput): TextMark {
	const at = frame.side ? [frame.panel.x, frame.panel.y + FONT] : [frame.notes.x, frame.notes.y];
	const lines = wrap(
		REVENUE_WORDS.gridKey(figures),
		frame.side ? frame.panel.w : frame.notes.w,
		SMALL
	);
	return text('grid-key', at as [number, number], lines, {
		size: SMALL,
		style: 'muted',
		visible: show.gridKey
	});
}
