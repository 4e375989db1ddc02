import { error } from '@sveltejs/kit';
import { isChartId } from '$lib/charts/registry.ts';
import { siteRoot } from '$lib/server/site.ts';
import { embedData, embedEntries, embedPageData } from '$lib/server/embed.ts';
import type { EntryGenerator, PageServerLoad } from './$types';

// Every chart-and-step pair is its own page, so an embed works with JavaScript off.
export const entries: EntryGenerator = () => embedEntries();

export const load: PageServerLoad = ({ params }) => {
	if (!isChartId(params.chart)) error(404, 'No such chart');
	const { steps } = embedData(params.chart);
	if (!steps.some((s) => s.id === params.step)) error(404, 'No such step for this chart');
	return { ...embedPageData(params.chart, params.step), siteRoot: siteRoot() };
};
