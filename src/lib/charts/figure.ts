/**
 * Which figure: a chart in a state, with the rows a step emphasises, or the chart's overview. The
 * one reference every page, endpoint and image uses, and the one key that names a figure in a
 * page's figure map and in the figures endpoints. Pure and tiny: the browser imports it too.
 */
import { OVERVIEW, type ChartId } from './registry.ts';

export interface FigureRef {
	chart: ChartId;
	state: string;
	/** Ids of the rows a step emphasises; empty for the state's own focus. */
	highlight: string[];
}

/** The chart's overview: what an embed shows when no step is asked for. */
export function overviewRef(chart: ChartId): FigureRef {
	return { chart, state: OVERVIEW, highlight: [] };
}

/** A step's figure on a chart, or the chart's overview when there is no step. */
export function figureRef(
	chart: ChartId,
	step: Pick<FigureRef, 'state' | 'highlight'> | null | undefined
): FigureRef {
	return step ? { chart, state: step.state, highlight: step.highlight } : overviewRef(chart);
}

/** The key of a figure in a page's figure map: revenue figures do not depend on the highlight. */
export function figureKey(ref: FigureRef): string {
	return ref.chart === 'revenue'
		? `revenue:${ref.state}`
		: `timeline:${ref.state}:${ref.highlight.join(',')}`;
}
