/**
 * Shared test setup: every page a test opens is watched for console errors, uncaught exceptions
 * and requests that leave the site's origin; any of them fails the test.
 */
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';
import { realContent } from '../src/lib/testing/realContent.ts';

export const test = base.extend<{
	guard: void;
	extraOrigins: string[];
	allowedConsole: RegExp[];
}>({
	/** Origins besides the site's that a test may load (a host page on another origin). */
	extraOrigins: [[], { option: true }],
	/** Console messages a test expects, e.g. Chromium's note on a page that answers 404. */
	allowedConsole: [[], { option: true }],
	guard: [
		async ({ page, baseURL, extraOrigins, allowedConsole }, use) => {
			const allowed = new Set([new URL(baseURL!).origin, ...extraOrigins]);
			const problems: string[] = [];
			page.on('console', (m) => {
				// Playwright's own note when a test blocks the offline cache (see playwright.config.ts).
				if (m.text() === 'Service Worker registration blocked by Playwright') return;
				if (allowedConsole.some((pattern) => pattern.test(m.text()))) return;

				if (m.type() === 'error' || m.type() === 'warning')
					problems.push(`console ${m.type()}: ${m.text()}`);
			});
			page.on('pageerror', (e) => problems.push(`uncaught: ${e.message}`));
			page.on('request', (r) => {
				const url = new URL(r.url());
				if (url.protocol.startsWith('http') && !allowed.has(url.origin))
					problems.push(`foreign request: ${r.url()}`);
			});
			await use();
			expect(problems, 'console errors, exceptions or foreign requests').toEqual([]);
		},
		{ auto: true }
	]
});

export { expect };

/**
 * The content as the site defines it (the one definition the pages are built from): the story,
 * its data (`data`), the glossary and the lesson plan.
 */
export function readStory() {
	const content = realContent();
	return { ...content, data: content.dataset };
}

/**
 * The chart on screen beside (or behind) the story's text: each chart keeps a panel, one is
 * shown. A panel just replaced is transparent (`.leaving`) until it is hidden a moment later;
 * Playwright counts a transparent element as visible, a reader does not.
 */
export const stickyFigure = (page: Page) =>
	page.locator('.graphic :not(.leaving) > figure[data-chart]:visible');

/** Scroll so the step's top sits at the top of the reading area, as a reader would land on it. */
export async function scrollToStep(page: Page, id: string) {
	await page.evaluate((stepId) => {
		document.getElementById(stepId)!.scrollIntoView({ block: 'start', behavior: 'instant' });
	}, id);
}

/**
 * Wait until no animation or transition is running. Animations driven by scrolling (the reading
 * progress bar) never finish, and are not waited for.
 */
export const animationsDone = (page: Page) =>
	page.waitForFunction(() =>
		document
			.getAnimations()
			.every((a) => a.playState !== 'running' || a.timeline !== document.timeline)
	);

/** Run axe on the page, or only on the parts that changed (`include` selectors). */

export async function expectNoAxeViolations(page: Page, context: string, include: string[] = []) {
	// Let cross-fades finish: axe measures contrast as painted, and half-faded text is faint.
	await animationsDone(page);

	let builder = new AxeBuilder({ page });
	for (const selector of include) builder = builder.include(selector);
	const results = await builder.analyze();
	const summary = results.violations.map(
		(v) =>
			`${v.id} (${v.impact}): ${v.help} — ${v.nodes
				.map((n) => n.target.join(' '))
				.slice(0, 3)
				.join(', ')}`
	);
	expect(summary, `axe violations ${context}`).toEqual([]);
}

/**
 * Open the story's Embed dialog. The button works once the page has hydrated: a click before
 * that is lost, so click again until the dialog shows.
 */
export async function openEmbedDialog(page: Page) {
	await page.goto('./');
	const dialog = page.getByRole('dialog');
	await expect(async () => {
		await page.getByRole('button', { name: 'Embed' }).first().click();
		await expect(dialog).toBeVisible({ timeout: 1000 });
	}).toPass();
	return dialog;
}

/** Open a page and wait until the offline cache is filled and answers for it. */
export async function visitOnce(page: Page, path: string) {
	await page.goto(path);
	// Registered once the reader leaves the page alone (src/lib/stage/offline.ts); in control once
	// every file is cached.
	await expect
		.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller), { timeout: 20_000 })
		.toBe(true);
}

/** Visit a page once, online, then cut the network (the page's service worker must be allowed). */
export async function cutAfterVisit(page: Page, path: string) {
	await visitOnce(page, path);
	await page.context().setOffline(true);
}

/** Every script the page loads from now on, with its bytes. */
export function scriptsLoaded(page: Page) {
	const scripts: { url: string; body: Buffer }[] = [];
	page.on('response', async (r) => {
		if (r.request().resourceType() === 'script')
			scripts.push({ url: r.url(), body: await r.body() });
	});
	return scripts;
}
