// The one server module every page, endpoint and image takes its figures from.
import { describe, expect, it } from 'vitest';
import { figureKey, overviewRef } from '../charts/figure.ts';
import { CHART_IDS } from '../charts/registry.ts';
import { story } from './content.ts';
import { chartFigures, figureFor, figuresFor, storyFigures } from './figures.ts';

describe('server figures', () => {
	it('computes a figure once, whoever asks for it', () => {
		const step = story.steps[0]!;
		expect(figureFor({ ...step, highlight: [...step.highlight] })).toBe(figureFor(step));
		expect(storyFigures()[figureKey(step)]).toBe(figureFor(step));
		expect(chartFigures(step.chart)[figureKey(step)]).toBe(figureFor(step));
	});

	it('gives an embed every step of its chart and the overview, the story every step', () => {
		for (const chart of CHART_IDS) {
			const steps = story.steps.filter((s) => s.chart === chart);
			expect(Object.keys(chartFigures(chart)).sort()).toEqual(
				[...new Set([overviewRef(chart), ...steps].map(figureKey))].sort()
			);
			expect(figureFor(overviewRef(chart)).state).toBe('overview');
		}
		expect(Object.keys(storyFigures())).toEqual([...new Set(story.steps.map(figureKey))]);
		expect(Object.keys(figuresFor([story.steps[1]!]))).toEqual([figureKey(story.steps[1]!)]);
	});
});
