/**
 * Every figure the site shows, computed once per build and shared by everything that shows it:
 * the story, the slides, the notes, the handout, the stills, the embeds, the figures endpoints
 * and the images. Keyed by figureKey, so a figure two pages show is computed once.
 */
import { figureKey, overviewRef, type FigureRef } from '../charts/figure.ts';
import { figureModel } from '../charts/figures.ts';
import type { FigureModel } from '../charts/frame/types.ts';
import { CHART_IDS, type ChartId } from '../charts/registry.ts';
import { dataset, story } from './content.ts';

// Not state shared between pages: the same deterministic result for the same key, built from
// the build's one copy of the content.
const memo = new Map<string, FigureModel>();

/** One figure, with its default description (a step's own alt is the view's to show). */
export function figureFor(ref: FigureRef): FigureModel {
	const key = figureKey(ref);
	let model = memo.get(key);
	if (!model) {
		model = figureModel(dataset, ref);
		memo.set(key, model);
	}
	return model;
}

/** The figures of these references (steps are references), keyed by figureKey. */
export function figuresFor(refs: readonly FigureRef[]): Record<string, FigureModel> {
	return Object.fromEntries(refs.map((ref) => [figureKey(ref), figureFor(ref)]));
}

/** Every figure the story's steps show (the handout prints them all). */
export function storyFigures(): Record<string, FigureModel> {
	return figuresFor(story.steps);
}

/**
 * Every figure an embed of the chart can show: its overview and each step the story gives it
 * (`/embed/<chart>/figures.json`, and the chart's images).
 */
export function chartFigures(chart: ChartId): Record<string, FigureModel> {
	return figuresFor([overviewRef(chart), ...story.steps.filter((s) => s.chart === chart)]);
}

/**
 * Every figure a page may fetch after its first paint, each from a file of its own
 * (`/figures/<chart>/…json`, src/lib/stage/figureFiles.ts): each step's, and each chart's overview.
 */
export function fetchedFigures(): Record<string, FigureModel> {
	return figuresFor([...story.steps, ...CHART_IDS.map(overviewRef)]);
}
