import { error } from '@sveltejs/kit';
import { dev } from '$app/environment';
import { CHART_IDS, isChartId } from '$lib/charts/registry.ts';
import { chartCard, siteRoot } from '$lib/server/site.ts';
import { embedPageData } from '$lib/server/embed.ts';
import island from 'virtual:embed-island';
import type { EntryGenerator, PageServerLoad } from './$types';

// No SvelteKit client: the page's one script hydrates the chart's view alone (scripts/island-plugin.ts).
// Under `vite dev` SvelteKit hydrates the page as any other (dev-mode markup differs from the island's).
export const csr = dev;

export const entries: EntryGenerator = () => CHART_IDS.map((chart) => ({ chart }));

export const load: PageServerLoad = ({ params, url }) => {
	if (!isChartId(params.chart)) error(404, 'No such chart');
	const root = siteRoot(url);
	return {
		...embedPageData(params.chart, null),
		siteRoot: root,
		island,
		card: chartCard(root, params.chart, null)
	};
};
