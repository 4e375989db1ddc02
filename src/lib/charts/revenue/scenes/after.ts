/** "After": global revenue bars by year, and North America's fall beside them. */
import { SEGMENT_LABELS } from '../../registry.ts';
import {
	mergeMarks,
	text,
	wrap,
	type MarkSet,
	type RectMark,
	type TextMark
} from '../../marks/types.ts';
import type { RevenueFigures } from '../figures.ts';
import { FONT, SMALL, type RevenueFrame } from '../frame.ts';
import type { Bars, SceneInput } from './input.ts';
import { REVENUE_WORDS } from '../words.ts';

/** Where the yearly bars stand, in the square's place. */
export function barLayout(frame: RevenueFrame, figures: RevenueFigures): Bars {
	const { x, y, size } = frame.square;
	// room above the tallest bar for the title and a two-line value label
	const top = y + FONT * 1.25 + FONT * 2.5 + 14;
	const base = y + size - 22;
	const max = Math.max(...figures.bars.map((b) => b.value));
	const w = size / 5;
	const gap = (size - 3 * w) / 4;
	return {
		xs: figures.bars.map((_, i) => x + gap + i * (w + gap)),
		w,
		base,
		heights: figures.bars.map((b) => ((base - top) * b.value) / max)
	};
}

/** Global revenue: a bar a year (the first is the square's bands, drawn by the square scene). */
function globalBars({ frame, figures, show }: SceneInput, bars: Bars): MarkSet {
	const on = show.after;
	const { x, y, size } = frame.square;
	const rects: RectMark[] = [];
	const texts: TextMark[] = [
		text('bars-title', [x, y + FONT], [REVENUE_WORDS.barsTitle], {
			size: FONT,
			style: 'strong',
			visible: on
		})
	];
	figures.bars.forEach((b, i) => {
		const h = bars.heights[i]!;
		const mid = bars.xs[i]! + bars.w / 2;
		if (i > 0) {
			rects.push({
				id: `bar-${b.year}`,
				x: bars.xs[i]!,
				y: on ? bars.base - h : bars.base,
				w: bars.w,
				h: on ? h : 0,
				cls: 'fill-total',
				visible: on
			});
		}
		const change = b.changeText === null ? [] : [`(${b.changeText})`];
		const label = { size: FONT, anchor: 'middle', visible: on } as const;
		texts.push(
			text(
				`bar-${b.year}-value`,
				[mid, bars.base - h - 6 - change.length * FONT * 1.25],
				[b.text, ...change],
				{ ...label, style: 'strong' }
			),
			text(`bar-${b.year}-year`, [mid, bars.base + FONT + 4], [b.year], {
				...label,
				style: 'muted'
			})
		);
	});
	const base = { id: 'bars-base', x1: x, y1: bars.base, x2: x + size, y2: bars.base };
	return { rects, texts, lines: [{ ...base, cls: 'line-axis', visible: on }] };
}

/** North America: change on the year before, as bars falling from a zero line. */
function northAmerica({ frame, figures, show }: SceneInput): MarkSet {
	const on = show.after;
	const { panel } = frame;
	const size = frame.side ? FONT : SMALL;
	const name = SEGMENT_LABELS['north-america'];
	const title = wrap(`${name}: change on the year before`, panel.w, size);
	const zeroY = panel.y + title.length * size * 1.25 + 22;
	const maxDrop = Math.max(...figures.northAmerica.map((n) => Math.abs(n.change)));
	const depth = panel.y + panel.h - zeroY - FONT * 2.2;
	const w = Math.min(panel.w / 4, 60);
	const gap = (panel.w - 2 * w) / 3;
	const rects: RectMark[] = [];
	const texts = [
		text('na-title', [panel.x, panel.y + size], title, { size, style: 'strong', visible: on })
	];
	figures.northAmerica.forEach((n, i) => {
		const x = panel.x + gap + i * (w + gap);
		const h = (depth * Math.abs(n.change)) / maxDrop;
		rects.push({
			id: `na-${n.year}`,
			x,
			y: zeroY,
			w,
			h: on ? h : 0,
			cls: 'fill-us-canada',
			visible: on
		});
		const label = { size: FONT, anchor: 'middle', visible: on } as const;
		texts.push(
			text(`na-${n.year}-year`, [x + w / 2, zeroY - 7], [n.year], { ...label, style: 'muted' }),
			text(`na-${n.year}-value`, [x + w / 2, zeroY + h + FONT + 4], [n.text], {
				...label,
				style: 'strong'
			})
		);
	});
	const zero = { id: 'na-zero', x1: panel.x, y1: zeroY, x2: panel.x + panel.w, y2: zeroY };
	return { rects, texts, lines: [{ ...zero, cls: 'line-axis', visible: on }] };
}

export function afterScene(input: SceneInput, bars: Bars): MarkSet {
	return mergeMarks(globalBars(input, bars), northAmerica(input));
}
