/** What an embed page needs: its chart's figure in every state the story gives it, computed at build time. */
import { figureModel } from '../charts/figures.ts';
import type { FigureModel } from '../charts/frame/types.ts';
import { CHARTS, figureKey, type ChartId } from '../charts/registry.ts';
import { dataset, story } from './content.ts';

export interface EmbedStep {
	id: string;
	state: string;
	highlight: string[];
	heading: string;
	alt: string;
}

export function embedData(chart: ChartId) {
	const steps: EmbedStep[] = story.steps
		.filter((s) => s.chart === chart)
		.map(({ id, state, highlight, heading, alt }) => ({ id, state, highlight, heading, alt }));
	const figures: Record<string, FigureModel> = {};
	figures[figureKey({ chart, state: 'overview', highlight: [] })] = figureModel(dataset, { chart });
	for (const s of steps)
		figures[figureKey({ chart, ...s })] ??= figureModel(dataset, { chart, ...s });
	return { chart, title: CHARTS[chart].title, steps, figures };
}

/** Every chart-and-step pair, for prerendering. */
export function embedEntries() {
	return story.steps.map((s) => ({ chart: s.chart, step: s.id }));
}
