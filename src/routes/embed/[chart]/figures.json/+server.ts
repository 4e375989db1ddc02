// Every figure an embed of this chart can show (its overview and each step the story gives it),
// keyed by figureKey, in one file, for whoever wants them all. The embed pages themselves fetch
// each figure from its own file (src/routes/figures/) when their controls or host ask for a step.
import { error } from '@sveltejs/kit';
import { CHART_IDS, isChartId } from '$lib/charts/registry.ts';
import { chartFigures } from '$lib/server/figures.ts';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
export const trailingSlash = 'never';

export const entries: EntryGenerator = () => CHART_IDS.map((chart) => ({ chart }));

export const GET: RequestHandler = ({ params }) => {
	if (!isChartId(params.chart)) error(404, 'No such chart');
	return new Response(JSON.stringify(chartFigures(params.chart)), {
		headers: { 'content-type': 'application/json; charset=utf-8' }
	});
};
