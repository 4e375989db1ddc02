/** One cell of the US band, magnified, with the US government's sales drawn inside it. */
import { SEGMENT_LABELS } from '../../registry.ts';
import { text, textWidth, wrap, type MarkSet, type TextMark } from '../../marks/types.ts';
import { cellValue, COLUMNS, zoomCell } from '../cells.ts';
import { SMALL } from '../frame.ts';
import type { SceneInput } from './input.ts';
import { REVENUE_WORDS } from '../words.ts';

const LEADING = SMALL * 1.25;

/**
 * What is drawn, in words (every figure from its row): the outer square is one cell, the dashed
 * one the US government's sales, drawn at their upper bound when that is all we know.
 */
function explanations({ frame, figures, show }: SceneInput): TextMark[] {
	const { x, y, w } = frame.notes;
	const first = wrap(REVENUE_WORDS.zoomCell(figures), w, SMALL);
	const second = wrap(REVENUE_WORDS.zoomGovernment(figures), w, SMALL);
	const third = wrap(REVENUE_WORDS.zoomShare(figures), w, SMALL);
	const o = { size: SMALL, visible: show.zoom } as const;
	return [
		text('zoom-cell-label', [x, y], first, { ...o, style: 'muted' }),
		text('zoom-government-label', [x, y + (first.length + 0.6) * LEADING], second, {
			...o,
			style: 'strong'
		}),
		text('zoom-zero-label', [x, y + (first.length + second.length + 1.2) * LEADING], third, {
			...o,
			style: 'muted'
		})
	];
}

export function zoomScene(input: SceneInput): MarkSet {
	const { frame, figures, show, bands } = input;
	const on = show.zoom;
	const cell = frame.square.size / COLUMNS;
	const us = bands.find((b) => b.segment === 'us-canada')!;
	const at = zoomCell(us);
	const cellX = frame.square.x + at.column * cell;
	const cellY = frame.square.y + at.row * cell;
	const Z = frame.zoom;
	const [zx, zy] = [frame.panel.x, frame.panel.y + 4];
	const g = Z * Math.sqrt(figures.government / cellValue(figures));
	// Inside the dashed square: its name when it fits, and always its figure, wrapped to fit.
	const room = g - 10;
	const name = SEGMENT_LABELS['us-government'];
	const figure = wrap(figures.governmentText, room, SMALL);
	const inner = textWidth(name, SMALL) < room ? [name, ...figure] : figure;
	const innerY = zy + Z - g / 2 - ((inner.length - 1) * LEADING) / 2 + SMALL * 0.35;
	const line = { cls: 'line-muted', visible: on, dashed: true };
	return {
		rects: [
			{
				id: 'zoom-cell',
				x: cellX - 1.5,
				y: cellY - 1.5,
				w: cell + 3,
				h: cell + 3,
				cls: 'mark-outline',
				visible: on
			},
			{ id: 'zoom-box', x: zx, y: zy, w: Z, h: Z, cls: 'fill-us-canada', visible: on },
			{
				id: 'zoom-government',
				x: zx,
				y: zy + Z - g,
				w: g,
				h: g,
				cls: 'fill-government',
				visible: on,
				dashed: true
			}
		],
		texts: [
			text('zoom-inner-label', [zx + g / 2, innerY], inner, {
				size: SMALL,
				style: 'strong',
				anchor: 'middle',
				visible: on
			}),
			...explanations(input)
		],
		lines: [
			{ id: 'zoom-line-top', x1: cellX + cell, y1: cellY, x2: zx, y2: zy, ...line },
			{ id: 'zoom-line-bottom', x1: cellX + cell, y1: cellY + cell, x2: zx, y2: zy + Z, ...line }
		]
	};
}
