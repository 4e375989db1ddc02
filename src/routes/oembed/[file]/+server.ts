// Static oEmbed responses (oembed.com 1.0, type "rich"): /oembed/revenue.json, /oembed/timeline.json.
// Every URL in them is absolute, from the site's address given at build time (ORIGIN, see
// svelte.config.js): a consumer reads them on another site.
// oEmbed has no field for a licence, and lets providers add their own: `license` and `license_url`,
// the names Flickr's responses use. `author_name` is oEmbed's own.
import { error } from '@sveltejs/kit';
import { CHART_IDS, CHARTS, isChartId } from '$lib/charts/registry.ts';
import { embedSnippets, FALLBACK_HEIGHT } from '$lib/embed/snippets.ts';
import { AUTHOR, LICENCE } from '$lib/licence.ts';
import { siteRoot } from '$lib/server/site.ts';
import { SITE_NAME } from '$lib/site.ts';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
export const trailingSlash = 'never';

export const entries: EntryGenerator = () => CHART_IDS.map((id) => ({ file: `${id}.json` }));

export const GET: RequestHandler = ({ params, url }) => {
	const chart = params.file.replace(/\.json$/, '');
	if (!isChartId(chart) || !params.file.endsWith('.json')) error(404, 'Not found');
	const root = siteRoot(url);
	const { iframe } = embedSnippets({ root, chart, step: null, theme: 'auto', controls: false });
	const body = {
		version: '1.0',
		type: 'rich',
		title: CHARTS[chart].title,
		author_name: AUTHOR,
		provider_name: SITE_NAME,
		provider_url: root,
		license: LICENCE.short,
		license_url: LICENCE.url,
		html: iframe,
		width: 600,
		height: FALLBACK_HEIGHT[chart],
		thumbnail_url: `${root}og/${chart}/overview.png`,
		thumbnail_width: 1200,
		thumbnail_height: 630
	};
	return new Response(JSON.stringify(body, null, '\t') + '\n', {
		headers: { 'content-type': 'application/json; charset=utf-8' }
	});
};
