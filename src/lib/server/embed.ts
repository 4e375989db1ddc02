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

/**
 * An embed page's data: its chart's steps, and the figure of the one step it opens at. The
 * other figures (every state, for the controls and the host's control API) are in
 * `/embed/<chart>/figures.json`, fetched only when the embed is asked for another step.
 */
export function embedPageData(chart: ChartId, initial: string | null) {
	const data = embedData(chart);
	const step = data.steps.find((s) => s.id === initial);
	const key = figureKey({
		chart,
		state: step?.state ?? 'overview',
		highlight: step?.highlight ?? []
	});
	return { ...data, figures: { [key]: data.figures[key]! }, initial };
}
