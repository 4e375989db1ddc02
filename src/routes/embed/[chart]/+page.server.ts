import { error } from '@sveltejs/kit';
import { CHART_IDS, isChartId } from '$lib/charts/registry.ts';
import { siteRoot } from '$lib/server/site.ts';
import { embedPageData } from '$lib/server/embed.ts';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => CHART_IDS.map((chart) => ({ chart }));

export const load: PageServerLoad = ({ params }) => {
	if (!isChartId(params.chart)) error(404, 'No such chart');
	return { ...embedPageData(params.chart, null), siteRoot: siteRoot() };
};
