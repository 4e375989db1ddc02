// /data/: the column documentation of data/README.md as a page, with the downloads and their
// licence. Built from the README at build time; a column the README does not describe stops the
// build (src/lib/data/readme.ts). A page of text, links and tables: no JavaScript.
import { citation } from '$lib/credits.ts';
import { dataset, readme, story } from '$lib/server/content.ts';
import { siteRoot } from '$lib/server/site.ts';
import type { PageServerLoad } from './$types';

export const csr = false;

export const load: PageServerLoad = ({ url }) => {
	const rows: Record<string, number> = {
		sources: dataset.sources.length,
		timeline: dataset.timeline.length,
		revenue: dataset.revenue.length
	};
	return {
		readme,
		files: readme.files.map((f) => ({ ...f, rows: rows[f.name] ?? 0 })),
		citation: citation({
			headline: readme.title,
			published: story.published,
			url: `${siteRoot(url)}data/`
		})
	};
};
