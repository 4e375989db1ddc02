// An embed page is a light island: its prerendered HTML is the page, and its one script hydrates
// the chart's view alone (no router, no page data). What a reader sees must not move or be drawn
// again when that script runs, and the chart must still answer the reader.
import { gzipSync } from 'node:zlib';
import { expect, readStory, scriptsLoaded, test } from './fixtures.ts';

const { story } = readStory();
const retailers = story.steps.find(
	(s) => s.chart === 'timeline' && s.highlight.includes('staples-drops')
)!;
const PAGES = ['embed/revenue/', 'embed/timeline/', `embed/timeline/${retailers.id}/`];

/**
 * Before any script runs: record what a reader sees as the server drew it (the view, its heading,
 * the chart's visible drawing, their boxes), every element the page moves, and every link it
 * rewrites. Module scripts run after the document turns `interactive`, so that is the moment.
 */
function watchThePage() {
	const seen = { shifted: [] as string[], removed: [] as string[], rewritten: [] as string[] };
	const drawn: { node: Element; box: string }[] = [];
	const box = (el: Element) => JSON.stringify(el.getBoundingClientRect());
	(window as unknown as { check: () => typeof seen }).check = () => {
		for (const { node, box: before } of drawn) {
			if (!node.isConnected) seen.removed.push(node.tagName);
			else if (box(node) !== before) seen.shifted.push(`${node.tagName} ${before} → ${box(node)}`);
		}
		return seen;
	};
	document.addEventListener('readystatechange', () => {
		if (document.readyState !== 'interactive') return;
		const nodes = [
			...document.querySelectorAll('main, figure, h1, .foot'),
			...[...document.querySelectorAll('svg.layout')].filter((svg) => svg.checkVisibility())
		];
		for (const node of nodes) drawn.push({ node, box: box(node) });
	});
	// A web font arriving moves glyphs inside text nodes; an element moving is what hydration would do.
	new PerformanceObserver((list) => {
		for (const entry of list.getEntries() as unknown as {
			sources: { node?: Node }[];
		}[])
			for (const source of entry.sources)
				if (source.node instanceof Element) seen.shifted.push(source.node.tagName);
	}).observe({ type: 'layout-shift', buffered: true });
	new MutationObserver((records) => {
		for (const r of records) seen.rewritten.push(`${r.attributeName} ${r.oldValue}`);
	}).observe(document, {
		subtree: true,
		attributes: true,
		attributeFilter: ['href'],
		attributeOldValue: true
	});
}

for (const path of PAGES) {
	test(`${path} hydrates its prerendered chart in place, with one small script`, async ({
		page
	}) => {
		const scripts = scriptsLoaded(page);
		await page.addInitScript(watchThePage);
		await page.goto(path);
		await expect(page.locator('main[data-embed][data-ready="1"]')).toBeVisible();
		await page.waitForLoadState('networkidle');

		// One script, the island: none of SvelteKit's client, within the embed budget (25 KB gzip).
		expect(scripts.map((s) => new URL(s.url).pathname)).toEqual([
			expect.stringMatching(/\/_app\/immutable\/assets\/embed-island\.[\w-]+\.js$/)
		]);
		expect(gzipSync(scripts[0]!.body).length).toBeLessThanOrEqual(25 * 1024);
		expect(await page.locator('script[src*="/entry/"], link[rel="modulepreload"]').count()).toBe(0);

		// Hydrated, not drawn again: what the server drew is still there, where it was, links and all.
		const seen = await page.evaluate(() => (window as unknown as { check: () => unknown }).check());
		expect(seen).toEqual({ shifted: [], removed: [], rewritten: [] });
	});
}

test('the hydrated chart answers the reader: details of an event, the data table', async ({
	page
}) => {
	await page.goto(`embed/timeline/${retailers.id}/`);
	await expect(page.locator('main[data-ready="1"]')).toBeVisible();
	await page.locator('svg.layout:visible g[data-event="staples-drops"] .hit').hover();
	await expect(page.locator('[data-details]')).toHaveAttribute('data-details', 'staples-drops');
	await page.getByText('Data and notes', { exact: true }).click();
	await expect(page.locator('details.data table')).toBeVisible();
});

test('an embed asked for another step fetches its figures, and its links follow', async ({
	page
}) => {
	const step = story.steps.find((s) => s.chart === 'revenue' && s.state === 'us-government')!;
	await page.goto(`embed/revenue/?step=${step.id}`);
	await expect(page.locator('figure[data-chart]')).toHaveAttribute('data-state', 'us-government');
	await expect(page.getByRole('link', { name: /Full story/ })).toHaveAttribute(
		'href',
		`../../#${step.id}`
	);
	await page.getByText('Data and notes', { exact: true }).click();
	await expect(page.getByRole('link', { name: 'PNG' })).toHaveAttribute(
		'href',
		`../../og/revenue/${step.id}.png`
	);
});

test('a list the reader opened before the island ran keeps its rows, the same ones, and its focus', async ({
	page
}) => {
	// Hold the figure the island waits for, so that the reader opens the table first.
	let release = () => {};
	const held = new Promise<void>((done) => (release = done));
	await page.route('**/figures/**', async (route) => {
		await held;
		await route.continue();
	});
	await page.goto('embed/timeline/');
	await page.getByText('Data and notes', { exact: true }).click();
	const link = page.locator('details.data table tbody a').first();
	await link.focus();
	await page.evaluate(() => {
		(window as unknown as { row: Element }).row = document.querySelector(
			'details.data table tbody tr'
		)!;
	});
	release();
	await expect(page.locator('main[data-ready="1"]')).toBeVisible();
	// Hydrated in place: the row the reader had is still the page's, and the focus is where it was.
	expect(await page.evaluate(() => (window as unknown as { row: Element }).row.isConnected)).toBe(
		true
	);
	await expect(link).toBeFocused();
	// The closed list of events was left out, and is drawn when opened; one drawing of the chart.
	await expect(page.locator('details.events li')).toHaveCount(0);
	await page.locator('details.events summary').click();
	await expect(page.locator('details.events li').first()).toBeVisible();
	await expect(page.locator('svg.layout')).toHaveCount(1);
});
