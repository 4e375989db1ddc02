/** What an embed page needs: its chart's steps, narrowed to what an embed shows, and one figure. */
import { figureRef } from '../charts/figure.ts';
import { CHARTS, type ChartId } from '../charts/registry.ts';
import { EMBED_FIELDS, narrow, type EmbedStep } from '../story/types.ts';
import { story } from './content.ts';
import { figuresFor } from './figures.ts';

const byChart = new Map<ChartId, EmbedStep[]>();

/** The story's steps on this chart, as an embed reads them. */
export function embedSteps(chart: ChartId): EmbedStep[] {
	let steps = byChart.get(chart);
	if (!steps) {
		steps = story.steps.filter((s) => s.chart === chart).map((s) => narrow(s, EMBED_FIELDS));
		byChart.set(chart, steps);
	}
	return steps;
}

/** Every chart-and-step pair, for prerendering. */
export function embedEntries() {
	return story.steps.map((s) => ({ chart: s.chart, step: s.id }));
}

/**
 * An embed page's data: its chart's steps, and the figure of the one step it opens at. Another
 * step's figure (for the controls and the host's control API) is fetched from its own file
 * (`/figures/…`) when the embed is asked for that step.
 */
export function embedPageData(chart: ChartId, initial: string | null) {
	const steps = embedSteps(chart);
	const step = steps.find((s) => s.id === initial);
	return {
		chart,
		title: CHARTS[chart].title,
		steps,
		figures: figuresFor([figureRef(chart, step)]),
		initial
	};
}
