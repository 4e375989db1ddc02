import { figureModel } from '$lib/charts/figures.ts';
import { figureKey } from '$lib/charts/registry.ts';
import type { FigureModel } from '$lib/charts/frame/types.ts';
import { formatDate } from '$lib/format/dates.ts';
import { dataset, story } from '$lib/server/content.ts';
import { siteRoot } from '$lib/server/site.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => {
	const figures: Record<string, FigureModel> = {};
	for (const step of story.steps) {
		figures[figureKey(step)] ??= figureModel(dataset, step);
	}
	const sources = dataset.sources.map((s) => ({
		...s,
		dateText: formatDate(s.date, { long: true })
	}));
	return { story, figures, sources, siteRoot: siteRoot() };
};
