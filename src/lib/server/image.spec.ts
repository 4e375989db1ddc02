// The chart files (social cards, downloads, PNGs) are styled by the page's own rules with the
// light theme's colours written in: every class the chart markup uses has a rule in the file's
// stylesheet, so a class added to a component cannot come out unstyled (black) in the images.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { figureModel } from '../charts/figures.ts';
import { CHART_IDS, CHARTS, type ChartId } from '../charts/registry.ts';
import { cssTokens } from '../charts/tokens.ts';
import { loadDataset } from '../data/load.ts';
import { chartSvg, markupClasses } from './image.ts';

const read = (f: string) => readFileSync(new URL(`../../../data/${f}`, import.meta.url), 'utf8');
const data = loadDataset({
	'sources.csv': read('sources.csv'),
	'timeline.csv': read('timeline.csv'),
	'revenue.csv': read('revenue.csv')
});

/** Classes that only name a mark for scripts, tests or tweens: nothing in a file draws them differently. */
const HOOKS = new Set(['m', 'label', 'ev', 'day', 'month', 'deadline', 'break-label', 'cells']);

const cases = CHART_IDS.flatMap((chart) =>
	CHARTS[chart].states.map((state): [ChartId, string] => [chart, state])
);

describe('chart image stylesheet', () => {
	it.each(cases)('%s %s: every class the markup uses has a rule', (chart, state) => {
		const svg = chartSvg(figureModel(data, { chart, state }), {
			title: 't',
			subtitle: 's',
			source: 'src'
		});
		const css = /<style>([\s\S]*?)<\/style>/.exec(svg)![1]!;
		const markup = svg.replace(/<style>[\s\S]*?<\/style>/, '');
		const styled = new Set([...css.matchAll(/\.([\w-]+)/g)].map((m) => m[1]!));
		const unstyled = [...markupClasses(markup)].filter((c) => !styled.has(c) && !HOOKS.has(c));
		expect(unstyled).toEqual([]);
		// no variable is left for resvg, which knows none
		expect(css).not.toMatch(/var\(/);
	});

	it('writes each actor’s colour into the marks that read it', () => {
		const svg = chartSvg(figureModel(data, { chart: 'timeline', state: 'overview' }), {
			title: 't',
			subtitle: 's',
			source: 'src'
		});
		const tokens = readFileSync(new URL('../../styles/tokens.css', import.meta.url), 'utf8');
		const government = cssTokens(tokens, ':root')['--c-government']!;
		expect(government).toMatch(/^#[0-9a-f]{6}$/i);
		expect(svg).toContain(`.actor-government .dot,.actor-government .span{fill:${government}}`);
	});
});
