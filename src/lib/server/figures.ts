/** Every figure the story's steps show, keyed by figureKey(step), computed once at build time. */
import { figureModel } from '../charts/figures.ts';
import type { FigureModel } from '../charts/frame/types.ts';
import { figureKey } from '../charts/registry.ts';
import type { Step } from '../story/types.ts';
import { dataset, story } from './content.ts';

const all: Record<string, FigureModel> = {};
for (const step of story.steps) all[figureKey(step)] ??= figureModel(dataset, step);

export function storyFigures(): Record<string, FigureModel> {
	return all;
}

/**
 * Only the figures the given steps show: what a page needs for its first paint. The rest come
 * from `/figures.json` (src/routes/figures.json), which the page fetches when it is idle.
 */
export function figuresFor(steps: Step[]): Record<string, FigureModel> {
	return Object.fromEntries(steps.map((step) => [figureKey(step), all[figureKey(step)]!]));
}
