/** The embed code an editor copies: the same chart and step, three ways. Pure, so it is tested as text. */
import { CHARTS, type ChartId } from '../charts/registry.ts';

/** A height that shows the whole figure at common widths when no script can resize the frame. */
export const FALLBACK_HEIGHT: Record<ChartId, number> = { revenue: 640, timeline: 760 };

/** What a step id looks like (as the story and the data require). */
export const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const escapeAttr = (s: string) =>
	s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export interface SnippetOptions {
	/** Absolute URL of the site root, ending in a slash. */
	root: string;
	chart: ChartId;
	step: string | null;
	theme: 'auto' | 'light' | 'dark';
	controls: boolean;
}

export function embedUrl({ root, chart, step, theme, controls }: SnippetOptions): string {
	if (step !== null && !ID.test(step)) throw new Error(`not a step id: "${step}"`);
	const url = new URL(`embed/${chart}/${step ? `${step}/` : ''}`, root);
	if (theme !== 'auto') url.searchParams.set('theme', theme);
	if (controls) url.searchParams.set('controls', '1');
	return url.href;
}

export function embedSnippets(opts: SnippetOptions) {
	const url = embedUrl(opts);
	const title = escapeAttr(CHARTS[opts.chart].title);
	const height = FALLBACK_HEIGHT[opts.chart];
	const id = `story-${opts.chart}${opts.step ? `-${opts.step}` : ''}`;
	const attrs = [
		`data-story-embed="${opts.chart}"`,
		opts.step ? `data-step="${opts.step}"` : '',
		opts.theme !== 'auto' ? `data-theme="${opts.theme}"` : '',
		opts.controls ? 'data-controls="1"' : ''
	].filter(Boolean);
	return {
		url,
		iframe: `<iframe src="${escapeAttr(url)}" title="${title}" width="100%" height="${height}" scrolling="no" loading="lazy" style="border:0;width:100%;max-width:100%"></iframe>`,
		script: `<div ${attrs.join(' ')}></div>\n<script src="${escapeAttr(new URL('embed.js', opts.root).href)}" async></script>`,
		pym: `<div id="${id}"></div>\n<script src="https://pym.nprapps.org/pym.v1.min.js"></script>\n<script>new pym.Parent('${id}', '${url}', { title: '${CHARTS[opts.chart].title.replace(/'/g, '’')}' });</script>`
	};
}
