/** Plain geometry a chart component draws: computed on the server, identical in every view. */

export interface RectMark {
	id: string;
	x: number;
	y: number;
	w: number;
	h: number;
	/** CSS class naming its fill (e.g. `fill-us-canada`); colours live in CSS, per theme. */
	cls: string;
	visible: boolean;
	dashed?: boolean;
}

export interface TextMark {
	id: string;
	x: number;
	y: number;
	lines: string[];
	size: number;
	weight: 400 | 600;
	anchor: 'start' | 'middle' | 'end';
	cls: string;
	visible: boolean;
}

export interface LineMark {
	id: string;
	x1: number;
	y1: number;
	x2: number;
	y2: number;
	cls: string;
	visible: boolean;
	dashed?: boolean;
}

/** Line height of multi-line labels, in ems. */
export const LINE_HEIGHT = 1.25;

/** A conservative estimate of a label's width, for layout before any browser measures it. */
export function textWidth(text: string, size: number): number {
	let units = 0;
	for (const ch of text)
		units += /[MW@%—]/.test(ch)
			? 0.9
			: /[A-Z$0-9]/.test(ch)
				? 0.66
				: /[il.,:;'’ ]/.test(ch)
					? 0.3
					: 0.56;
	// Inter measures within ±5% of this; the margin keeps bold labels inside their boxes.
	return units * size * 1.08;
}

/** Break a label into lines no wider than `max`. */
export function wrap(text: string, max: number, size: number): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/)) {
		const next = line ? `${line} ${word}` : word;
		if (line && textWidth(next, size) > max) {
			lines.push(line);
			line = word;
		} else line = next;
	}
	if (line) lines.push(line);
	return lines;
}

/** The box a text mark covers (top-left origin), from its estimated size. */
export function textBox(t: TextMark) {
	const w = Math.max(...t.lines.map((l) => textWidth(l, t.size)));
	const h = t.lines.length * t.size * LINE_HEIGHT;
	const x = t.anchor === 'start' ? t.x : t.anchor === 'middle' ? t.x - w / 2 : t.x - w;
	// y is the first line's baseline
	return { x, y: t.y - t.size * 0.9, w, h };
}

export const round = (n: number) => Math.round(n * 10) / 10;

/** A picture's marks, by kind: what a chart's scenes return and its component draws. */
export interface MarkSet {
	rects: RectMark[];
	texts: TextMark[];
	lines: LineMark[];
}

/** The marks of several scenes, in the order given (later ones drawn on top). */
export function mergeMarks(...sets: Partial<MarkSet>[]): MarkSet {
	return {
		rects: sets.flatMap((s) => s.rects ?? []),
		texts: sets.flatMap((s) => s.texts ?? []),
		lines: sets.flatMap((s) => s.lines ?? [])
	};
}

/** How a label reads: its weight and the class that colours it (per theme, in CSS). */
export const TEXT_STYLE = {
	strong: { weight: 600, cls: 'text-strong' },
	muted: { weight: 400, cls: 'text-muted' },
	onFill: { weight: 600, cls: 'text-on-fill' },
	onFillPlain: { weight: 400, cls: 'text-on-fill' },
	onMuted: { weight: 400, cls: 'text-on-muted' }
} as const satisfies Record<string, Pick<TextMark, 'weight' | 'cls'>>;

export type TextStyle = keyof typeof TEXT_STYLE;

export interface TextOptions {
	size: number;
	style: TextStyle;
	visible: boolean;
	/** `start` unless given. */
	anchor?: TextMark['anchor'];
}

/** A text mark whose first baseline is at `x`, `y`. */
export function text(
	id: string,
	[x, y]: readonly [number, number],
	lines: string[],
	{ size, style, visible, anchor = 'start' }: TextOptions
): TextMark {
	return { id, x, y, lines, size, ...TEXT_STYLE[style], anchor, visible };
}
