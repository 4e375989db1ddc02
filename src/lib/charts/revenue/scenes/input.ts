/** What every scene of the revenue chart draws from: the frame, the figures, what the state shows. */
import type { Band } from '../cells.ts';
import type { RevenueFigures } from '../figures.ts';
import type { RevenueFrame } from '../frame.ts';
import type { RevenueShow } from '../states.ts';

export interface SceneInput {
	frame: RevenueFrame;
	figures: RevenueFigures;
	show: RevenueShow;
	/** Each region's run of cells. */
	bands: Band[];
}

/** The yearly bars of "after", which the square folds into. */
export interface Bars {
	xs: number[];
	w: number;
	/** The bars' baseline. */
	base: number;
	heights: number[];
}
