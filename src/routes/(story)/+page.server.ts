import { figureModel } from '$lib/charts/figures.ts';
import type { FigureModel } from '$lib/charts/frame/types.ts';
import { formatDate } from '$lib/format/dates.ts';
import { dataset, story } from '$lib/server/content.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => {
	const figures: Record<string, FigureModel> = {};
	for (const step of story.steps) {
		const key = `${step.chart}:${step.state}`;
		figures[key] ??= figureModel(dataset, { chart: step.chart, state: step.state });
	}
	const sources = dataset.sources.map((s) => ({
		...s,
		dateText: formatDate(s.date, { long: true })
	}));
	return { story, figures, sources };
};
