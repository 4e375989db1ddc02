// What people who reuse the story meet: the data page and its column documentation, the licence
// beside the downloads, in the embed builder and in the oEmbed responses, the credits and the
// citation on the story, and the embed protocol's version in its messages.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { PROTOCOL_VERSION } from '../src/lib/embed/protocol.ts';
import { ATTRIBUTION, LICENCE } from '../src/lib/licence.ts';
import { expect, expectNoAxeViolations, openEmbedDialog, readStory, test } from './fixtures.ts';

const { story } = readStory();
const HOST = 'http://localhost:4175';

/** data/README.md's column tables, read here on their own: `## \`x.csv\`` then `| name | … |` rows. */
function readmeColumns(): Record<string, string[]> {
	const text = readFileSync(new URL('../data/README.md', import.meta.url), 'utf8');
	const out: Record<string, string[]> = {};
	for (const section of text.split(/^## /m).slice(1)) {
		const file = /^`([a-z]+\.csv)`/.exec(section)![1]!;
		out[file] = [...section.matchAll(/^\| (?!column\b|-)(\S+)\s+\|/gm)].map((m) => m[1]!);
	}
	return out;
}

test.describe('the data page', () => {
	test('documents every column of each file, as its download has them', async ({ page }) => {
		const documented = readmeColumns();
		expect(Object.keys(documented)).toEqual(['sources.csv', 'timeline.csv', 'revenue.csv']);
		await page.goto('data/');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('The data behind the story');
		for (const [file, columns] of Object.entries(documented)) {
			const table = page.getByRole('table', {
				name: `The columns of ${file}, in the file’s order`
			});
			await expect(table.locator('tbody th')).toHaveText(columns);
			// Each row says what the column holds.
			for (const cell of await table.locator('tbody td').all())
				expect((await cell.textContent())!.trim()).not.toBe('');
			// The download's header row has the same columns, in the same order.
			const csv = await (await page.request.get(`data/${file}`)).text();
			expect(csv.split('\n')[0]!.split(','), file).toEqual(columns);
		}
	});

	test('lists the downloads with their licence, and they download', async ({ page }) => {
		await page.goto('data/');
		const downloads = page.getByRole('table', { name: /data files/ });
		for (const name of ['sources', 'timeline', 'revenue']) {
			const row = downloads.getByRole('row').filter({ has: page.getByRole('rowheader', { name }) });
			await expect(row.getByRole('link', { name: LICENCE.short })).toHaveAttribute(
				'href',
				LICENCE.url
			);
			for (const ext of ['csv', 'json']) {
				const link = row.getByRole('link', { name: `${name}.${ext}` });
				const response = await page.request.get(
					new URL((await link.getAttribute('href'))!, page.url()).href
				);
				expect(response.status(), `${name}.${ext}`).toBe(200);
			}
		}
		await expect(page.getByRole('link', { name: LICENCE.name })).toHaveAttribute(
			'rel',
			/\blicense\b/
		);
		await expect(page.locator('[data-attribution]')).toHaveText(ATTRIBUTION);
		await expect(page.locator('[data-citation]')).toContainText('The project’s contributors (');
	});

	test('loads no script, and reads the same with JavaScript off', async ({ browser }) => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		const scripts: string[] = [];
		page.on('request', (r) => r.resourceType() === 'script' && scripts.push(r.url()));
		await page.goto(new URL('data/', test.info().project.use.baseURL).href);
		await expect(page.locator('table[data-columns]')).toHaveCount(3);
		// Only app.html's inline theme script, which every page has: no application code.
		expect(await page.locator('script[src], link[rel="modulepreload"]').count()).toBe(0);
		expect(scripts).toEqual([]);
		await context.close();
	});

	for (const scheme of ['light', 'dark'] as const) {
		test(`has no axe violations, ${scheme} theme`, async ({ page }) => {
			await page.emulateMedia({ colorScheme: scheme });
			// Reached at a column's address, whose row is marked: the page and the mark at once.
			await page.goto('data/#timeline-confidence');
			await expect(page.locator('#timeline-confidence')).toHaveCSS(
				'background-color',
				/^rgb\((?!0, 0, 0\))/
			);
			await expectNoAxeViolations(page, `/data/#timeline-confidence (${scheme})`);
		});
	}
});

test('the oEmbed responses carry the licence and the credit', async ({ request }) => {
	for (const chart of ['revenue', 'timeline']) {
		const response = await request.get(`oembed/${chart}.json`);
		expect(response.status()).toBe(200);
		expect(await response.json()).toMatchObject({
			version: '1.0',
			type: 'rich',
			provider_name: 'Trust and the ban',
			author_name: 'The project’s contributors',
			license: LICENCE.short,
			license_url: LICENCE.url
		});
	}
});

test.describe('the story', () => {
	test('links the data page, gives the licence, how to cite and the credits', async ({ page }) => {
		await page.goto('./');
		const methods = page.locator('#methods');
		await expect(methods.getByRole('link', { name: 'What each column means' })).toHaveAttribute(
			'href',
			/\/data\/$/
		);
		await expect(methods.getByRole('link', { name: LICENCE.short })).toHaveAttribute(
			'href',
			LICENCE.url
		);
		const citation = page.locator('[data-citation]');
		await expect(citation).toContainText(
			`The project’s contributors (${story.published.slice(0, 4)}).`
		);
		await expect(citation).toContainText(story.headline);
		await expect(citation).toContainText(new URL('./', page.url()).href);
		const credits = page.locator('[data-credits]');
		await expect(credits).toContainText('Made by the project’s contributors');
		await expect(credits).toContainText('Source Serif 4');
		await expect(credits).toContainText('Inter');
		await expect(credits.getByRole('link', { name: 'SIL Open Font License 1.1' })).toBeVisible();
		const footer = page.locator('footer');
		await footer.getByRole('link', { name: 'The data' }).click();
		await expect(page).toHaveURL(/\/data\/$/);
	});

	test('each figure names the licence beside its downloads', async ({ page }) => {
		await page.goto('embed/revenue/');
		await page.getByText('Data and notes').click();
		const downloads = page.locator('figure .download').last();
		await expect(downloads.getByRole('link', { name: 'CSV' })).toBeVisible();
		await expect(downloads.getByRole('link', { name: LICENCE.short })).toHaveAttribute(
			'href',
			LICENCE.url
		);
	});

	test('the embed builder states the licence and the credit', async ({ page }) => {
		await openEmbedDialog(page);
		const licence = page.getByRole('dialog').locator('[data-licence]');
		await expect(licence).toBeVisible();
		await expect(licence.getByRole('link', { name: LICENCE.short })).toHaveAttribute(
			'href',
			LICENCE.url
		);
		await expect(licence).toContainText(ATTRIBUTION);
	});
});

test.describe('the embed protocol’s version', () => {
	test.use({ extraOrigins: [HOST] });

	/** A host page that frames an embed and records every message it gets from it. */
	async function host(page: Page, body: string) {
		await page.route(`${HOST}/**`, (route) =>
			route.fulfill({
				contentType: 'text/html',
				body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title></head><body><script>window.got=[];addEventListener('message',function(e){window.got.push(e.data)});</script>${body}</body></html>`
			})
		);
		await page.goto(`${HOST}/article.html`);
	}
	const got = (page: Page) => page.evaluate(() => (window as unknown as { got: unknown[] }).got);
	const site = (path: string) => new URL(path, test.info().project.use.baseURL).href;

	test('is in the embed’s own messages, and only in them', async ({ page }) => {
		await host(
			page,
			`<iframe src="${site('embed/timeline/?childId=c1')}" title="Timeline"></iframe>`
		);
		await expect
			.poll(async () =>
				(await got(page)).filter((m) => (m as { type?: string })?.type === 'embed-stepchange')
			)
			.toEqual([
				{ type: 'embed-stepchange', chart: 'timeline', step: 'overview', version: PROTOCOL_VERSION }
			]);
		const messages = await got(page);
		expect(messages).toContainEqual({
			type: 'embed-height',
			chart: 'timeline',
			height: expect.any(Number),
			version: PROTOCOL_VERSION
		});
		// The other dialects keep their own formats.
		expect(messages).toContainEqual({ 'datawrapper-height': { timeline: expect.any(Number) } });
		expect(messages).toContainEqual({ subject: 'lti.frameResize', height: expect.any(Number) });
		expect(messages).toContainEqual(expect.stringMatching(/^pymxPYMxc1xPYMxheightxPYMx\d+$/));
	});

	test('embed.js speaks it, and the embed obeys its versioned messages', async ({ page }) => {
		await host(
			page,
			`<div id="c" data-story-embed="revenue"></div><script src="${site('embed.js')}"></script>`
		);
		expect(
			await page.evaluate(
				() => (window as unknown as { StoryEmbed: { version: string } }).StoryEmbed.version
			)
		).toBe(PROTOCOL_VERSION);
		const frame = (await (await page.waitForSelector('iframe')).contentFrame())!;
		await expect(frame.locator('main[data-embed]')).toHaveAttribute('data-ready', '1');
		const step = story.steps.find((s) => s.chart === 'revenue' && s.state === 'regions')!;
		await page.evaluate(
			(id) =>
				(
					window as unknown as { StoryEmbed: { setStep(c: Element, s: string): void } }
				).StoryEmbed.setStep(document.getElementById('c')!, id),
			step.id
		);
		await expect(frame.locator('figure[data-chart]')).toHaveAttribute('data-state', 'regions');
		// A message naming a major version the embed does not know is ignored; the next one, in
		// the version it knows, is obeyed (and shows that the first has been read).
		await page.evaluate(() => {
			const target = document.querySelector('iframe')!.contentWindow!;
			target.postMessage({ type: 'embed-theme', theme: 'dark', version: '2.0.0' }, '*');
			target.postMessage({ type: 'embed-step', step: 'overview', version: '1.0.0' }, '*');
		});
		await expect(frame.locator('figure[data-chart]')).toHaveAttribute('data-state', 'overview');
		await expect(frame.locator('html')).not.toHaveAttribute('data-theme', 'dark');
	});
});
