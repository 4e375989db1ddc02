// The offline cache on a classroom's network (src/service-worker.ts): slow is worse than cut, since
// a request that fails falls back to the cache at once and one that crawls makes the class wait.
import type { Browser, Page } from '@playwright/test';
import { figureKey } from '../src/lib/charts/figure.ts';
import { figureFile } from '../src/lib/stage/figureFiles.ts';
import { cutAfterVisit, expect, readStory, stickyFigure, test, visitOnce } from './fixtures.ts';

const { story, lesson } = readStory();
const steps = story.steps;
const ids = steps.map((s) => s.id);
const slideChart = (page: Page) => page.locator('[data-slide] figure[data-chart]');

test.use({ serviceWorkers: 'allow' });

/**
 * A very slow network, not a cut one: every request waits 2 s for its first byte, then comes at
 * 2 KB/s (a school's line shared by a class). DevTools throttles each target on its own: the page,
 * and the service worker, whose requests are the ones that reach the network.
 */
async function slowDown(page: Page, browser: Browser) {
	const conditions = {
		offline: false,
		latency: 2000,
		downloadThroughput: 2 * 1024,
		uploadThroughput: 2 * 1024
	};
	const pageSession = await page.context().newCDPSession(page);
	await pageSession.send('Network.enable');
	await pageSession.send('Network.emulateNetworkConditions', conditions);

	const session = await browser.newBrowserCDPSession();
	const { targetInfos } = await session.send('Target.getTargets');
	const origin = new URL(page.url()).origin;
	const workers = targetInfos.filter(
		(t) => t.type === 'service_worker' && t.url.startsWith(origin)
	);
	expect(workers).toHaveLength(1);
	// Playwright's sessions cannot address a worker's target: its messages go through the browser's.
	const { sessionId } = await session.send('Target.attachToTarget', {
		targetId: workers[0]!.targetId,
		flatten: false
	});
	const replies = new Map<number, (reply: { error?: { message: string } }) => void>();
	session.on('Target.receivedMessageFromTarget', (event) => {
		const reply = JSON.parse(event.message) as { id?: number; error?: { message: string } };
		if (reply.id !== undefined) replies.get(reply.id)?.(reply);
	});
	let id = 0;
	const send = (method: string, params: object) =>
		new Promise<void>((resolve, reject) => {
			replies.set(++id, (reply) =>
				reply.error ? reject(new Error(`${method}: ${reply.error.message}`)) : resolve()
			);
			void session.send('Target.sendMessageToTarget', {
				sessionId,
				message: JSON.stringify({ id, method, params })
			});
		});
	await send('Network.enable', {});
	await send('Network.emulateNetworkConditions', conditions);
}

test('on a very slow network, a second visit to the slides shows the first slide within 2 s', async ({
	page,
	browser
}) => {
	await visitOnce(page, 'present/');
	await slowDown(page, browser);

	await page.goto('present/', { waitUntil: 'commit' });
	// Measured in the page, from the start of its navigation to the first frame with the chart.
	const shown = await page.waitForFunction(
		() => {
			const charts = document.querySelectorAll('[data-slide] figure[data-chart] svg.layout');
			const visible = [...charts].some((svg) =>
				svg.checkVisibility({ opacityProperty: true, visibilityProperty: true })
			);
			return visible && performance.now();
		},
		null,
		{ polling: 'raf', timeout: 30_000 }
	);
	const ms = (await shown.jsonValue()) as number;
	await expect(page.locator('[data-slide]')).toHaveAttribute('data-slide', ids[0]!);
	expect(ms, 'milliseconds from navigation to the first slide’s chart').toBeLessThan(2000);

	// The network really was that slow for the worker: a file it has not cached (an oEmbed answer,
	// about 1 KB) takes seconds.
	const probe = await page.evaluate(async () => {
		const start = performance.now();
		await (await fetch('../oembed/timeline.json', { cache: 'no-store' })).text();
		return performance.now() - start;
	});
	expect(probe).toBeGreaterThan(1500);
});

test('the handout and the lesson page open from the slides offline; the handout’s 500 KB of page data is never fetched, nor cached', async ({
	page,
	context
}) => {
	await visitOnce(page, `present/${ids[3]}/`);
	const cached = await page.evaluate(async () => {
		const keys = await Promise.all(
			(await caches.keys()).map(async (name) => (await caches.open(name)).keys())
		);
		return keys.flat().map((request) => new URL(request.url).pathname);
	});
	// What the slides and the story fetch as they move between pages; not what nothing fetches.
	expect(cached).toEqual(
		expect.arrayContaining([
			'/__data.json',
			// Every step's figure, though the slides fetch only the ones around the slide shown.
			...story.steps.map((s) => `/${figureFile(figureKey(s))}`),
			...ids.map((id) => `/present/${id}/__data.json`),
			'/present/print/',
			'/teach/',
			'/sources/'
		])
	);
	const data = cached.filter((path) => path.endsWith('/__data.json'));
	expect(data).not.toContain('/present/print/__data.json');
	expect(data).not.toContain('/present/notes/__data.json');

	const fetched: string[] = [];
	page.on('request', (r) => {
		if (r.url().includes('__data.json')) fetched.push(new URL(r.url()).pathname);
	});
	await context.setOffline(true);
	await page.getByRole('link', { name: 'Handout', exact: true }).click();
	await expect(page.locator('[data-print-page]')).toHaveCount(ids.length);
	await page.goBack();
	await expect(page.locator('[data-slide]')).toHaveAttribute('data-slide', ids[3]!);
	await page.getByRole('link', { name: 'Lesson plan', exact: true }).click();
	await expect(page).toHaveURL(/\/teach\/$/);
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	// Moving between slides offline fetches the next slide's data, from the cache.
	await page.goBack();
	await expect(page.locator('[data-ready="1"]')).toHaveCount(1);
	await page.keyboard.press('ArrowRight');
	await expect(page.locator('[data-slide]')).toHaveAttribute('data-slide', ids[4]!);
	expect(fetched).toEqual([`/present/${ids[4]}/__data.json`]);
});

test('after one visit to the story, every step’s chart and every slide’s comes with the network cut', async ({
	page
}) => {
	await cutAfterVisit(page, './');
	// Far from the first step: none of these figures was fetched online.
	const far = steps.length - 3;
	await page.goto(`./#${steps[far]!.id}`);
	await expect(stickyFigure(page)).toHaveAttribute('data-state', steps[far]!.state);
	await page.goto('present/');
	await expect(page.locator('[data-ready="1"]')).toHaveCount(1);
	await page.keyboard.press('End');
	await expect(slideChart(page)).toHaveAttribute('data-state', steps.at(-1)!.state);
	await page.keyboard.press('ArrowLeft');
	await expect(slideChart(page)).toHaveAttribute('data-state', steps.at(-2)!.state);
});

test('after a first visit, the story still follows the reader with the network cut', async ({
	page
}) => {
	await cutAfterVisit(page, './');
	const step = steps.find((s) => s.chart !== steps[0]!.chart)!;
	await page.goto(`./#${step.id}`);
	await page.reload();
	await expect(stickyFigure(page)).toHaveAttribute('data-chart', step.chart);
	await expect(stickyFigure(page)).toHaveAttribute('data-state', step.state);
});

test('after a first visit, the story, the slides and the lesson page open with the network cut', async ({
	page
}) => {
	await cutAfterVisit(page, './');
	for (const [path, heading] of [
		['present/', steps[0]!.heading],
		['teach/', lesson.title],
		['./', story.headline],
		[`present/${ids[5]}/`, steps[5]!.heading],
		['present/notes/', steps[0]!.heading]
	] as const) {
		await page.goto(path);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
	}
});

test('an embed, which lives in other sites’ pages, never installs the offline cache', async ({
	page
}) => {
	await page.goto('embed/timeline/');
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	// The story registers it once the reader leaves the page alone for 1.5 s; an embed must not, ever.
	await page.waitForTimeout(4000);
	const registrations = await page.evaluate(async () =>
		(await navigator.serviceWorker.getRegistrations()).map((r) => r.scope)
	);
	expect(registrations).toEqual([]);
});
