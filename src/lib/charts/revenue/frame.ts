/** Width → frame: where the square, the side panel and the explanations go at a layout width. */
import { RevenueDataError } from './figures.ts';

/** Type sizes: labels, and the smaller explanations. */
export const FONT = 13;
export const SMALL = 11.5;

const PAD = 10;
/** From this width the side panel is as tall as the square and the explanations go under the zoom. */
const SIDE_BY_SIDE = 500;
/** The narrow layout keeps this much room under the square for the explanations. */
const NARROW_TEXT_HEIGHT = 96;

export interface RevenueFrame {
	/** Side by side (explanations under the zoom) or narrow (explanations under the square). */
	side: boolean;
	width: number;
	/** At least this tall; the chart grows when its explanations need more. */
	height: number;
	/** The square of 10,000 cells: top-left corner and side. */
	square: { x: number; y: number; size: number };
	/** Beside the square: the zoom, the grid key, North America's bars. */
	panel: { x: number; y: number; w: number; h: number };
	/** Where explanations start, and how wide they may run. */
	notes: { x: number; y: number; w: number };
	/** The magnified cell's side. */
	zoom: number;
}

export function revenueFrame(width: number): RevenueFrame {
	if (!(width >= 240))
		throw new RevenueDataError(`revenue chart: width ${width} is too small (min 240)`);
	const side = width >= SIDE_BY_SIDE;
	const size = Math.round(side ? Math.min(width * 0.5, 380) : width * 0.6);
	const square = { x: PAD, y: PAD, size };
	const px = PAD + size + (side ? 28 : 14);
	const panel = { x: px, y: PAD, w: width - px - PAD, h: size };
	const zoom = side ? Math.min(panel.w - 4, 130) : Math.min(panel.w, 100);
	if (side) {
		const notes = { x: px, y: PAD + zoom + 26, w: panel.w };
		return { side, width, height: size + 2 * PAD, square, panel, notes, zoom };
	}
	const notes = { x: PAD, y: PAD + size + 12 + SMALL, w: width - 2 * PAD };
	return { side, width, height: notes.y + NARROW_TEXT_HEIGHT, square, panel, notes, zoom };
}
