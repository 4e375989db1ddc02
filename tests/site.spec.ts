// The whole built site: every page opens cleanly, and an unknown address gets the 404 page.
// The shared fixture (fixtures.ts) fails any test whose page logs an error or warning, throws, or
// requests anything from another origin.
import { readdirSync } from 'node:fs';
import type { Page, Response } from '@playwright/test';
import { expect, readStory, test } from './fixtures.ts';

const { story } = readStory();

/** Every page of the site, as built: the URL path of each index.html under build/. */
function builtPages(): string[] {
	const dir = new URL('../build/', import.meta.url);
	let files: string[];
	try {
		files = readdirSync(dir, { recursive: true, encoding: 'utf8' });
	} catch {
		throw new Error('tests/site.spec.ts reads build/: build the site first (npx vite build)');
	}
	return files
		.map((f) => f.split('\\').join('/'))
		.filter((f) => f === 'index.html' || f.endsWith('/index.html'))
		.map((f) => `/${f.slice(0, -'index.html'.length)}`)
		.sort();
}

const pages = builtPages();

/** Record every response the page gets, and every request that fails outright. */
function recordRequests(page: Page) {
	const responses: Response[] = [];
	const failed: string[] = [];
	page.on('response', (r) => responses.push(r));
	page.on('requestfailed', (r) => failed.push(`${r.url()}: ${r.failure()?.errorText}`));
	return { responses, failed };
}

test('the built site has every page the story defines', () => {
	const expected = [
		'/',
		'/present/',
		'/present/notes/',
		'/present/print/',
		'/teach/',
		'/sources/',
		'/embed/',
		'/embed/revenue/',
		'/embed/timeline/',
		...story.steps.map((s) => `/present/${s.id}/`),
		...story.steps.map((s) => `/embed/${s.chart}/${s.id}/`)
	];
	expect(pages).toEqual(expect.arrayContaining(expected));
});

for (const path of pages) {
	test(`${path} loads with status 200, and so does everything it requests`, async ({ page }) => {
		const { responses, failed } = recordRequests(page);
		const response = await page.goto(`.${path}`);
		expect(response?.status(), path).toBe(200);
		await page.waitForLoadState('networkidle');
		const bad = responses.filter((r) => r.status() >= 400).map((r) => `${r.status()} ${r.url()}`);
		expect([...bad, ...failed], `failed requests on ${path}`).toEqual([]);
		expect(responses.length).toBeGreaterThan(0);
	});
}

test.describe('an unknown address', () => {
	// Chromium logs every 404 response, the page's own included; its other requests are checked below.
	test.use({ allowedConsole: [/^Failed to load resource: .*status of 404 \(Not Found\)$/] });

	test('answers 404 with the site’s page, which links back to the story', async ({
		page,
		baseURL
	}) => {
		const { responses, failed } = recordRequests(page);
		const response = await page.goto('./no/such/page/');
		expect(response?.status()).toBe(404);
		await expect(page).toHaveTitle(/^Page not found/);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
		for (const name of ['The story', 'The slides', 'Teaching with this story', 'Embed the charts'])
			await expect(page.getByRole('link', { name })).toBeVisible();
		await page.waitForLoadState('networkidle');
		// A plain page: it works without JavaScript, and its styles and fonts load even this deep.
		const loaded = responses.filter((r) => r.url() !== response!.url());
		expect(loaded.filter((r) => r.request().resourceType() === 'script')).toEqual([]);
		expect(loaded.filter((r) => r.status() >= 400).map((r) => r.url())).toEqual([]);
		expect(failed).toEqual([]);
		// Its styles are inlined; the fonts they name load from the site's root, however deep.
		expect(loaded.some((r) => r.request().resourceType() === 'font')).toBe(true);
		expect(
			await page.getByRole('heading', { level: 1 }).evaluate((h) => getComputedStyle(h).fontFamily)
		).toMatch(/^"?(Inter|Source Serif 4)/);

		await page.getByRole('link', { name: 'The story' }).click();
		await expect(page).toHaveURL(baseURL!);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(story.headline);
	});
});
