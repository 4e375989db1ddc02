// Each chart at each step as a file: /og/<chart>/<step|overview>.{png,svg}, made at build time from
// the server-rendered SVG. Used for social cards, oEmbed thumbnails and the figures' downloads.
import { error } from '@sveltejs/kit';
import { figureRef } from '$lib/charts/figure.ts';
import { CHART_IDS, isChartId, OVERVIEW } from '$lib/charts/registry.ts';
import { embedSteps } from '$lib/server/embed.ts';
import { figureFor } from '$lib/server/figures.ts';
import { LICENCE } from '$lib/licence.ts';
import { SITE_NAME } from '$lib/site.ts';
import { chartSvg, svgToPng } from '$lib/server/image.ts';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
export const trailingSlash = 'never';

export const entries: EntryGenerator = () =>
	CHART_IDS.flatMap((chart) =>
		[OVERVIEW, ...embedSteps(chart).map((s) => s.id)].flatMap((step) => [
			{ chart, file: `${step}.png` },
			{ chart, file: `${step}.svg` }
		])
	);

export const GET: RequestHandler = ({ params }) => {
	const m = /^([a-z0-9-]+)\.(png|svg)$/.exec(params.file);
	if (!isChartId(params.chart) || !m) error(404, 'Not found');
	const [, stepId, ext] = m as unknown as [string, string, 'png' | 'svg'];
	const step = embedSteps(params.chart).find((s) => s.id === stepId) ?? null;
	if (!step && stepId !== OVERVIEW) error(404, 'Not found');
	const model = figureFor(figureRef(params.chart, step));
	const publishers = [...new Set(model.sources.map((s) => s.publisher))];
	// The image travels without the page: it carries its own credit and licence. The line has room
	// for about 135 characters (16 px type across 1104 px): it names as many publishers as fit, up to 3.
	const line = (n: number) =>
		`Source${publishers.length > 1 ? 's' : ''}: ${publishers.slice(0, n).join(', ')}${publishers.length > n ? ' and others' : ''} · ${SITE_NAME} · ${LICENCE.short}`;
	let shown = Math.min(3, publishers.length);
	while (shown > 1 && line(shown).length > 135) shown--;
	const source = line(shown);
	const svg = chartSvg(model, {
		title: model.title,
		subtitle: step?.heading ?? model.subtitle,
		source
	});
	if (ext === 'svg') return new Response(svg, { headers: { 'content-type': 'image/svg+xml' } });
	return new Response(Buffer.from(svgToPng(svg)), { headers: { 'content-type': 'image/png' } });
};
