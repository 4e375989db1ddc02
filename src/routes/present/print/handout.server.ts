import { renderSVG } from 'uqr';
import { presentData } from '$lib/server/present.ts';
import { dataset } from '$lib/server/content.ts';
import { formatDate } from '$lib/format/dates.ts';
import { siteRoot } from '$lib/server/site.ts';

/**
 * What both versions of the handout print (two steps to a sheet at /present/print/, one at
 * /present/print/single/): every step, its figure, its sources in full and a QR code back to it.
 */
export function handoutData(url: URL) {
	const data = presentData();
	// Absolute: a phone scanning the paper has no page to resolve a relative link against.
	const root = siteRoot(url);
	const sources = new Map(dataset.sources.map((s) => [s.id, s]));
	return {
		...data,
		pages: data.steps.map((step) => {
			const url = `${root}#${step.id}`;
			return {
				id: step.id,
				url,
				// Generated at build time, as SVG, so it prints sharp and needs no script.
				qr: renderSVG(url, { border: 1 }),
				sources: step.sources.map((id) => {
					const s = sources.get(id)!;
					// Paper cannot be clicked: the date and the full address are printed.
					return {
						id,
						publisher: s.publisher,
						title: s.title,
						date: formatDate(s.date),
						url: s.url
					};
				})
			};
		})
	};
}

export type HandoutData = ReturnType<typeof handoutData>;
export type HandoutPage = HandoutData['pages'][number];
