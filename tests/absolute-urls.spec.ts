// Addresses read outside the site (link previews, canonical links, oEmbed answers, the handout's QR
// codes) are absolute and point at the address the site was built for (ORIGIN, which the tests
// set to where they serve each build), with its base path. Run at the root and under /story.
import type { Page } from '@playwright/test';
import { expect, readStory, test } from './fixtures.ts';
import { decodeQr, loadQrDecoder } from './qr.ts';

const { story } = readStory();
const law = story.steps.find((s) => s.chart === 'timeline' && s.state === 'law')!;

/** The page's link preview, as a crawler reads it: each tag once, after hydration too. */
async function preview(page: Page) {
	const one = async (selector: string, attribute: string) => {
		await expect(page.locator(selector)).toHaveCount(1);
		return (await page.locator(selector).getAttribute(attribute))!;
	};
	return {
		canonical: await one('link[rel="canonical"]', 'href'),
		url: await one('meta[property="og:url"]', 'content'),
		siteName: await one('meta[property="og:site_name"]', 'content'),
		image: await one('meta[property="og:image"]', 'content'),
		imageAlt: await one('meta[property="og:image:alt"]', 'content'),
		oembed: await page
			.locator('link[type="application/json+oembed"]')
			.evaluateAll((links) => links.map((l) => l.getAttribute('href')))
	};
}

test('the story’s link preview and oEmbed links are absolute', async ({
	page,
	baseURL,
	request
}) => {
	await page.goto('./');
	await expect(page.locator('[data-step]').first()).toBeVisible();
	const card = await preview(page);
	expect(card.canonical).toBe(baseURL);
	expect(card.url).toBe(baseURL);
	expect(card.siteName).toBe('Trust and the ban');
	expect(card.image).toBe(new URL('og/timeline/overview.png', baseURL).href);
	expect(card.imageAlt).toMatch(/^The US measures, the retailers and the company, 2017–2024: \S/);
	expect(card.oembed).toEqual([
		new URL('oembed/timeline.json', baseURL).href,
		new URL('oembed/revenue.json', baseURL).href
	]);
	const image = await request.get(card.image);
	expect(image.status()).toBe(200);
	expect(image.headers()['content-type']).toBe('image/png');
});

test('an embed’s canonical link is its step in the story', async ({ page, baseURL, request }) => {
	await page.goto(`embed/timeline/${law.id}/`);
	await expect(page.locator('[data-embed="timeline"][data-ready="1"]')).toBeVisible();
	const card = await preview(page);
	const step = new URL(`./#${law.id}`, baseURL).href;
	expect(card.canonical).toBe(step);
	expect(card.url).toBe(step);
	expect(card.image).toBe(new URL(`og/timeline/${law.id}.png`, baseURL).href);
	// What the picture shows: its chart, and the step's own description of it.
	expect(card.imageAlt).toBe(
		`The US measures, the retailers and the company, 2017–2024: ${law.alt}`
	);
	expect(card.oembed).toEqual([new URL('oembed/timeline.json', baseURL).href]);
	expect((await request.get(card.image)).status()).toBe(200);

	// The step it names is there in the story.
	await page.goto(step);
	await expect(page.locator(`#${law.id}`)).toBeAttached();
});

test('the oEmbed answers carry absolute URLs', async ({ baseURL, request }) => {
	for (const chart of ['revenue', 'timeline']) {
		const answer = await (await request.get(`oembed/${chart}.json`)).json();
		expect(answer.provider_url).toBe(baseURL);
		expect(answer.thumbnail_url).toBe(new URL(`og/${chart}/overview.png`, baseURL).href);
		expect(answer.html).toContain(`src="${new URL(`embed/${chart}/`, baseURL).href}"`);
		expect((await request.get(answer.thumbnail_url)).status()).toBe(200);
	}
});

test('the handout’s QR codes open the story at their step', async ({ page, baseURL }) => {
	await page.goto('present/print/');
	const codes = page.locator('[data-print-page] .qr[data-qr]');
	await expect(codes).toHaveCount(story.steps.length);
	expect(await codes.evaluateAll((qr) => qr.map((q) => q.getAttribute('data-qr')))).toEqual(
		story.steps.map((s) => new URL(`./#${s.id}`, baseURL).href)
	);
	// What a phone reads from the first one.
	await loadQrDecoder(page);
	const decoded = await decodeQr(codes.first().locator('svg'));
	expect(decoded).toBe(new URL(`./#${story.steps[0]!.id}`, baseURL).href);
});
