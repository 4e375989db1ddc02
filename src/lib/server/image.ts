/**
 * A chart as a standalone file: the same server-rendered SVG the page shows, with the light
 * theme's colours written in (no CSS variables), framed 1200×630 with its title and source for
 * social cards, oEmbed thumbnails and downloads; and that SVG as a PNG (resvg, bundled fonts).
 */
import { Resvg } from '@resvg/resvg-js';
import { createRequire } from 'node:module';
import { render } from 'svelte/server';
import chartsCss from '../../styles/charts.css?raw';
import tokensCss from '../../styles/tokens.css?raw';
import type { FigureModel } from '../charts/frame/types.ts';
import chartLayoutsSource from '../charts/frame/ChartLayouts.svelte?raw';
import { staticStylesheet } from '../charts/imageStyles.ts';
import marksSource from '../charts/marks/Marks.svelte?raw';
import { IMAGE_WIDTH } from '../charts/registry.ts';
import { cssTokens } from '../charts/tokens.ts';
import RevenueChart from '../charts/revenue/RevenueChart.svelte';
import revenueSource from '../charts/revenue/RevenueChart.svelte?raw';
import TimelineChart from '../charts/timeline/TimelineChart.svelte';
import timelineSource from '../charts/timeline/TimelineChart.svelte?raw';
import timelineAxisSource from '../charts/timeline/TimelineAxis.svelte?raw';
import timelineEventsSource from '../charts/timeline/TimelineEvents.svelte?raw';

const WIDTH = 1200;
const HEIGHT = 630;

/** The light theme's colour tokens, read from the page's stylesheet so the files match the page. */
const lightTokens = () => cssTokens(tokensCss, ':root');

/** The `<style>` of each component that draws a chart, as the page gets it. */
const COMPONENT_CSS = [
	chartLayoutsSource,
	marksSource,
	revenueSource,
	timelineSource,
	timelineAxisSource,
	timelineEventsSource
].map((source) => /<style>([\s\S]*?)<\/style>/.exec(source)?.[1] ?? '');

/** The classes a chart's markup uses (not Svelte's scoping hashes: the file's rules are unscoped). */
export function markupClasses(markup: string): Set<string> {
	return new Set(
		[...markup.matchAll(/\sclass="([^"]*)"/g)].flatMap((m) =>
			m[1]!.split(/\s+/).filter((c) => c && !c.startsWith('svelte-'))
		)
	);
}

/**
 * The page's own rules for the classes `markup` uses, with the light theme's colours written in;
 * then what only a file needs: its font (resvg's bundled Inter) and no hidden marks at all.
 */
export function stylesheet(markup: string): string {
	const rules = staticStylesheet(
		[chartsCss, ...COMPONENT_CSS],
		lightTokens(),
		markupClasses(markup)
	);
	// A picture in an <img> (the story's no-script stills) cannot load the page's fonts either: a
	// sans where Inter is missing, not the browser's default serif.
	return `text{font-family:Inter,Arial,Helvetica,sans-serif;font-variant-numeric:tabular-nums}\n${rules}\n.off{display:none}.hit{fill:none}`;
}

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The chart's own SVG (one layout), with styles made static. */
function chartMarkup(model: FigureModel): { inner: string; width: number; height: number } {
	const drawing = model.drawing;
	const uid = `file-${model.chart}`;
	const { body } =
		drawing.kind === 'revenue'
			? render(RevenueChart, {
					props: {
						layouts: drawing.layouts.filter((l) => l.width === IMAGE_WIDTH),
						uid,
						describedBy: uid
					}
				})
			: render(TimelineChart, {
					props: {
						layouts: drawing.layouts.filter((l) => l.width === IMAGE_WIDTH),
						rows: model.table.rows,
						uid,
						describedBy: uid
					}
				});
	const svg = /<svg[\s\S]*?<\/svg>/.exec(body)?.[0];
	if (!svg) throw new Error(`no SVG rendered for ${model.chart}:${model.state}`);
	const [, w, h] = /viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(svg) ?? [];
	const inner = svg
		.replace(/^<svg[^>]*>/, '')
		.replace(/<\/svg>$/, '')
		.replace(/<!--[\s\S]*?-->/g, '')
		.replace(/\sstyle="[^"]*"/g, '');
	return { inner, width: Number(w), height: Number(h) };
}

export interface ImageText {
	title: string;
	subtitle: string;
	source: string;
}

/** A 1200×630 card: title, subtitle, the chart, the source line. */
export function chartSvg(model: FigureModel, text: ImageText): string {
	const t = lightTokens();
	const chart = chartMarkup(model);
	const box = { x: 48, y: 140, w: WIDTH - 96, h: HEIGHT - 140 - 64 };
	return `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}">
<style>${stylesheet(chart.inner)}</style>
<rect width="${WIDTH}" height="${HEIGHT}" fill="${t['--bg']}"/>
<text x="48" y="76" font-size="38" font-weight="600" fill="${t['--fg']}">${escape(text.title)}</text>
<text x="48" y="114" font-size="22" fill="${t['--fg-muted']}">${escape(text.subtitle)}</text>
<svg x="${box.x}" y="${box.y}" width="${box.w}" height="${box.h}" viewBox="0 0 ${chart.width} ${chart.height}" preserveAspectRatio="xMidYMid meet">${chart.inner}</svg>
<text x="48" y="${HEIGHT - 28}" font-size="16" fill="${t['--fg-muted']}">${escape(text.source)}</text>
</svg>
`;
}

// resvg draws only TTF/OTF, hence this package beside @fontsource/inter (WOFF2, for pages). Module
// resolution finds it wherever npm put it, whatever the working directory.
const here = createRequire(import.meta.url);
const FONTS = ['400Regular/Inter_400Regular.ttf', '600SemiBold/Inter_600SemiBold.ttf'].map((f) =>
	here.resolve(`@expo-google-fonts/inter/${f}`)
);

export function svgToPng(svg: string): Uint8Array {
	const resvg = new Resvg(svg, {
		fitTo: { mode: 'width', value: WIDTH },
		font: { fontFiles: FONTS, loadSystemFonts: false, defaultFontFamily: 'Inter' }
	});
	return resvg.render().asPng();
}
