/**
 * Parts of the story page that never change once built, drawn here into the empty elements the
 * page leaves for them, so that they cost the browser neither page data nor hydration:
 * - the list of every source (`data-static-sources`);
 * - the story without script: every step carries a still copy of its chart in a `<noscript>`, and
 * the sources section carries the charts' data tables. They are drawn here, on the server, into
 * the empty `data-still` and `data-still-data` elements the page leaves inside its `<noscript>`s,
 * so that their figures never enter the page's data (which the browser would download a second
 * time, for hydration, though it never draws them). Each still links to the tables rather than
 * repeating its rows: fourteen tables of up to 49 rows made most of the page's weight.
 * Svelte hydrates each of these elements as the empty element it rendered and never looks inside.
 */
import { render } from 'svelte/server';
import ChartFigure from '../charts/ChartFigure.svelte';
import DataTable from '../charts/frame/DataTable.svelte';
import { figureModel } from '../charts/figures.ts';
import { CHART_IDS, figureKey } from '../charts/registry.ts';
import { dataset, story } from './content.ts';
import { storyFigures } from './figures.ts';
import SourcesList from '../story/SourcesList.svelte';
import { formatDate } from '../format/dates.ts';

/** An empty element inside a `<noscript>`, e.g. `<div class="static-figure" data-still="s1"></div>`. */
const STILL = /(<noscript><div [^>]*\bdata-still="([^"]*)"[^>]*>)(<\/div><\/noscript>)/g;
const SOURCES = /(<div [^>]*\bdata-static-sources\b[^>]*>)(<\/div>)/;
const DATA = /(<noscript><div [^>]*\bdata-still-data\b[^>]*>)(<\/div><\/noscript>)/g;

/** Svelte's hydration markers mean nothing where nothing hydrates. */
const clean = (html: string) => html.replace(/<!--[\s\S]*?-->/g, '');

/** The id of the element that holds a chart's full data table. */
export const dataTableId = (chart: string) => `data-${chart}`;

/** `html` with every still marker filled in (the figures' links resolve against the page rendered). */
export function fillStills(html: string): string {
	return html
		.replace(STILL, (_, open: string, id: string, close: string) => {
			const step = story.steps.find((s) => s.id === id);
			if (!step) throw new Error(`<div data-still="${id}">: no step "${id}" in the story`);
			const { body } = render(ChartFigure, {
				props: {
					model: storyFigures()[figureKey(step)]!,
					uid: `static-${step.id}`,
					description: step.alt,
					highlight: step.highlight,
					imageStep: step.id,
					still: true,
					tableHref: `#${dataTableId(step.chart)}`
				}
			});
			return open + clean(body) + close;
		})
		.replace(DATA, (_, open: string, close: string) => {
			const tables = CHART_IDS.map((chart) => {
				// The overview of each chart shows every row.
				const model = figureModel(dataset, { chart });
				const { body } = render(DataTable, { props: { model, highlight: [] } });
				return `<div id="${dataTableId(chart)}" class="still-table">${clean(body)}</div>`;
			});
			return open + tables.join('') + close;
		})
		.replace(SOURCES, (_, open: string, close: string) => {
			const sources = dataset.sources.map((s) => ({
				...s,
				dateText: formatDate(s.date, { long: true })
			}));
			return open + clean(render(SourcesList, { props: { sources } }).body) + close;
		});
}
