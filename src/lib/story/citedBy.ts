import { escapeHtml } from './markdown.ts';

/** A part of the story that cites sources: its anchor on the story page, its heading, its text (HTML) and the sources it lists. */
export interface Part {
	id: string;
	heading: string;
	html: string;
	sources?: readonly string[];
}

/** Where a source is used: the parts citing it (in the story's order), and how many timeline events and revenue figures cite it. */
export interface Uses {
	parts: { id: string; heading: string }[];
	events: number;
	figures: number;
}

/**
 * For each source id, where the story uses it. A part cites a source it lists, or whose address
 * its text links to (a `src:` link in the Markdown).
 */
export function citedBy(
	sources: readonly { id: string; url: string }[],
	parts: readonly Part[],
	rows: {
		timeline: readonly { sources: readonly string[] }[];
		revenue: readonly { sources: readonly string[] }[];
	}
): Record<string, Uses> {
	const by: Record<string, Uses> = {};
	const uses = (id: string) => (by[id] ??= { parts: [], events: 0, figures: 0 });
	for (const part of parts)
		for (const source of sources)
			if (
				part.sources?.includes(source.id) ||
				part.html.includes(`href="${escapeHtml(source.url)}"`)
			)
				uses(source.id).parts.push({ id: part.id, heading: part.heading });
	for (const row of rows.timeline) for (const id of new Set(row.sources)) uses(id).events += 1;
	for (const row of rows.revenue) for (const id of new Set(row.sources)) uses(id).figures += 1;
	return by;
}
