/** One entry point for every chart's figure model, keyed by chart id. */
import type { Dataset } from '../data/schema.ts';
import type { FigureModel } from './frame/types.ts';
import { CHARTS, OVERVIEW, isChartState, type ChartId } from './registry.ts';
import { revenueFigure, type RevenueState } from './revenue/model.ts';
import { timelineFigure } from './timeline/model.ts';
import type { TimelineState } from './timeline/states.ts';

export interface FigureRequest {
	chart: ChartId;
	state?: string;
	/** Rows the step talks about (drawn with labels); the state's own focus when empty. */
	highlight?: string[];
	description?: string;
}

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
