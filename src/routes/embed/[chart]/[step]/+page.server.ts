import { error } from '@sveltejs/kit';
import { dev } from '$app/environment';
import { isChartId } from '$lib/charts/registry.ts';
import { chartCard, siteRoot } from '$lib/server/site.ts';
import { embedEntries, embedPageData, embedSteps } from '$lib/server/embed.ts';
import island from 'virtual:embed-island';
import type { EntryGenerator, PageServerLoad } from './$types';

// No SvelteKit client: the page's one script hydrates the chart's view alone (scripts/island-plugin.ts).
// Under `vite dev` SvelteKit hydrates the page as any other (dev-mode markup differs from the island's).
export const csr = dev;

// Every chart-and-step pair is its own page, so an embed works with JavaScript off.
export const entries: EntryGenerator = () => embedEntries();

export const load: PageServerLoad = ({ params, url }) => {
	if (!isChartId(params.chart)) error(404, 'No such chart');
	if (!embedSteps(params.chart).some((s) => s.id === params.step))
		error(404, 'No such step for this chart');
	const root = siteRoot(url);
	return {
		...embedPageData(params.chart, params.step),
		siteRoot: root,
		island,
		card: chartCard(root, params.chart, params.step)
	};
};
