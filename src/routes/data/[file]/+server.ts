// The validated data, as downloads: /data/{sources,timeline,revenue}.{csv,json}.
import { error } from '@sveltejs/kit';
import { csvFormat } from 'd3-dsv';
import { dataset } from '$lib/server/content.ts';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
export const trailingSlash = 'never';

const NAMES = ['sources', 'timeline', 'revenue'] as const;
type Name = (typeof NAMES)[number];

export const entries: EntryGenerator = () =>
	NAMES.flatMap((name) => [{ file: `${name}.csv` }, { file: `${name}.json` }]);

function rows(name: Name): Record<string, unknown>[] {
	return dataset[name].map((row) => ({ ...row }));
}

export const GET: RequestHandler = ({ params }) => {
	const m = /^(sources|timeline|revenue)\.(csv|json)$/.exec(params.file);
	if (!m) error(404, 'Not found');
	const [, name, ext] = m as unknown as [string, Name, 'csv' | 'json'];
	if (ext === 'json') {
		return new Response(JSON.stringify(rows(name), null, '\t') + '\n', {
			headers: { 'content-type': 'application/json; charset=utf-8' }
		});
	}
	const csv = csvFormat(
		rows(name).map((r) =>
			Object.fromEntries(
				Object.entries(r).map(([k, v]) => [k, Array.isArray(v) ? v.join(';') : String(v)])
			)
		)
	);
	return new Response(csv + '\n', { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
