/** One entry point for every chart's figure model, keyed by chart id. */
import type { Dataset } from '../data/schema.ts';
import type { FigureRef } from './figure.ts';
import type { FigureModel } from './frame/types.ts';
import { CHARTS, OVERVIEW, isChartState } from './registry.ts';
import { revenueFigure, type RevenueState } from './revenue/model.ts';
import { timelineFigure } from './timeline/model.ts';
import type { TimelineState } from './timeline/states.ts';

/** A figure reference (figure.ts); a chart alone is its overview. */
export type FigureRequest = Pick<FigureRef, 'chart'> &
	Partial<FigureRef> & {
		/** The figure's description; the state's default when not given. */
		description?: string;
	};

export function figureModel(data: Dataset, req: FigureRequest): FigureModel {
	const state = req.state ?? OVERVIEW;
	if (!isChartState(req.chart, state)) {
		throw new Error(
			`"${state}" is not a state of chart "${req.chart}" (${CHARTS[req.chart].states.join(', ')})`
		);
	}
	const description = req.description ?? '';
	return req.chart === 'revenue'
		? revenueFigure(data, state as RevenueState, { description })
		: timelineFigure(data, state as TimelineState, { description, highlight: req.highlight ?? [] });
}
