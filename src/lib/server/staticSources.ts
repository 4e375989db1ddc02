/**
 * The list of every source on the story page, drawn here into the empty `data-static-sources`
 * element the page leaves for it, so that it costs the browser neither page data nor hydration:
 * rendered by the page itself, its 80-odd sources would be sent twice, once as markup and once
 * again as data for hydration, though they never change. Svelte hydrates the element as the empty
 * element it rendered and never looks inside.
 * (The story's no-script chart stills are pictures the page draws itself: ScrollyView.svelte.)
 */
import { render } from 'svelte/server';
import SourcesList from '../story/SourcesList.svelte';
import { formatDate } from '../format/dates.ts';
import { dataset } from './content.ts';

/** The empty element the story page leaves for the list. */
const SOURCES = /(<div [^>]*\bdata-static-sources\b[^>]*>)(<\/div>)/;

/** Svelte's hydration markers mean nothing where nothing hydrates. */
const clean = (html: string) => html.replace(/<!--[\s\S]*?-->/g, '');

/** `html` with the list of sources drawn into its `data-static-sources` element. */
export function fillSources(html: string): string {
	return html.replace(SOURCES, (_, open: string, close: string) => {
		const sources = dataset.sources.map((s) => ({
			...s,
			dateText: formatDate(s.date, { long: true })
		}));
		return open + clean(render(SourcesList, { props: { sources } }).body) + close;
	});
}
