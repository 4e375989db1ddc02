/**
 * A chart as a standalone file: the same server-rendered SVG the page shows, with the light
 * theme's colours written in (no CSS variables), framed 1200×630 with its title and source for
 * social cards, oEmbed thumbnails and downloads; and that SVG as a PNG (resvg, bundled fonts).
 */
import { Resvg } from '@resvg/resvg-js';
import { createRequire } from 'node:module';
import { render } from 'svelte/server';
import appCss from '../../app.css?raw';
import type { FigureModel } from '../charts/frame/types.ts';
import { cssTokens } from '../charts/tokens.ts';
import RevenueChart from '../charts/revenue/RevenueChart.svelte';
import TimelineChart from '../charts/timeline/TimelineChart.svelte';

const WIDTH = 1200;
const HEIGHT = 630;
const LAYOUT = 760;

/** The light theme's colour tokens, read from app.css so the files match the page. */
const lightTokens = () => cssTokens(appCss, ':root');

function stylesheet(): string {
	const t = lightTokens();
	const v = (name: string) => {
		const value = t[name];
		if (!value) throw new Error(`app.css has no light value for ${name}`);
		return value;
	};
	const actors = ['government', 'retailer', 'company', 'court', 'other']
		.map(
			(a) =>
				`.actor-${a} .dot,.actor-${a} .span{fill:${v(`--c-${a}`)}}.actor-${a} .diamond,.actor-${a} .span{stroke:${v(`--c-${a}`)}}`
		)
		.join('');
	const fills = ['europe', 'us-canada', 'russia-cis', 'rest-of-world', 'total', 'muted']
		.map((f) => `.fill-${f}{fill:${v(`--fill-${f}`)}}`)
		.join('');
	// A picture in an <img> (the story's no-script stills) or a download cannot load the page's
	// fonts: a sans where Inter is missing, not the browser's default serif.
	return `text{font-family:Inter,Arial,Helvetica,sans-serif;font-variant-numeric:tabular-nums}.off{display:none}${fills}
.fill-government{fill:${v('--bg')};stroke:${v('--fg')};stroke-width:1.5}.mark-outline{fill:none;stroke:${v('--fg')};stroke-width:1.5}
.line-muted,.line-axis,.axis,.tick line,.leader{stroke:${v('--fg-muted')};stroke-width:1}.dashed{stroke-dasharray:3 3}
.text-on-fill{fill:${v('--text-on-fill')}}.text-on-muted,.text-strong{fill:${v('--fg')}}.text-muted{fill:${v('--fg-muted')}}
.cell-line{fill:none;stroke:${v('--bg')};stroke-width:0.35;stroke-opacity:0.55}
.lane-rule{stroke:${v('--rule')};stroke-width:1}.lane-name{font-size:12px;font-weight:600;fill:${v('--fg-muted')}}.lane-name.narrow{font-size:10px}
.gap{fill:${v('--bg-raised')}}.tick-label{font-size:11px;fill:${v('--fg-muted')}}
.span{fill-opacity:0.3;stroke-width:1.5}.dot{stroke:${v('--bg')};stroke-width:1.5}.diamond{fill:${v('--bg')};stroke-width:2}
.focus .dot,.focus .diamond,.focus .span{stroke:${v('--fg')};stroke-width:2}.hit{fill:none}
.ev-label{font-size:12px;font-weight:600;fill:${v('--fg')}}${actors}`;
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
						layouts: drawing.layouts.filter((l) => l.width === LAYOUT),
						uid,
						describedBy: uid
					}
				})
			: render(TimelineChart, {
					props: {
						layouts: drawing.layouts.filter((l) => l.width === LAYOUT),
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
<style>${stylesheet()}</style>
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
