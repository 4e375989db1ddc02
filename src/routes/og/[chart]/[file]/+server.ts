// Each chart at each step as a file: /og/<chart>/<step|overview>.{png,svg}, made at build time from
// the server-rendered SVG. Used for social cards, oEmbed thumbnails and the figures' downloads.
import { error } from '@sveltejs/kit';
import { CHART_IDS, figureKey, isChartId } from '$lib/charts/registry.ts';
import { embedData } from '$lib/server/embed.ts';
import { chartSvg, svgToPng } from '$lib/server/image.ts';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
export const trailingSlash = 'never';

export const entries: EntryGenerator = () =>
	CHART_IDS.flatMap((chart) =>
		['overview', ...embedData(chart).steps.map((s) => s.id)].flatMap((step) => [
			{ chart, file: `${step}.png` },
			{ chart, file: `${step}.svg` }
		])
	);

export const GET: RequestHandler = ({ params }) => {
	const m = /^([a-z0-9-]+)\.(png|svg)$/.exec(params.file);
	if (!isChartId(params.chart) || !m) error(404, 'Not found');
	const [, stepId, ext] = m as unknown as [string, string, 'png' | 'svg'];
	const data = embedData(params.chart);
	const step = data.steps.find((s) => s.id === stepId) ?? null;
	if (!step && stepId !== 'overview') error(404, 'Not found');
	const model =
		data.figures[
			figureKey({
				chart: params.chart,
				state: step?.state ?? 'overview',
				highlight: step?.highlight ?? []
			})
		]!;
	const publishers = [...new Set(model.sources.map((s) => s.publisher))];
	const source = `Source${publishers.length > 1 ? 's' : ''}: ${publishers.slice(0, 3).join(', ')}${publishers.length > 3 ? ' and others' : ''} · Trust and the ban`;
	const svg = chartSvg(model, {
		title: model.title,
		subtitle: step?.heading ?? model.subtitle,
		source
	});
	if (ext === 'svg') return new Response(svg, { headers: { 'content-type': 'image/svg+xml' } });
	return new Response(Buffer.from(svgToPng(svg)), { headers: { 'content-type': 'image/png' } });
};
