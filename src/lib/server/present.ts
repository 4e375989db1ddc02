/** What the slides need: every step and its figure, computed at build time. */
import { figureModel } from '../charts/figures.ts';
import type { FigureModel } from '../charts/frame/types.ts';
import { figureKey } from '../charts/registry.ts';
import { dataset, story } from './content.ts';

export function presentData() {
	const figures: Record<string, FigureModel> = {};
	for (const step of story.steps) figures[figureKey(step)] ??= figureModel(dataset, step);
	return { steps: story.steps, figures, headline: story.headline };
}
