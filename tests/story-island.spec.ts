// The story page is an island (src/routes/(story)/island.ts): its prerendered HTML is the page,
// and one script hydrates the site header and the scrolling story from props that leave the
// steps' texts out. The texts must stay as the server wrote them, the story must still answer the
// reader, and it must do so offline too.
import { gzipSync } from 'node:zlib';
import {
	expect,
	openEmbedDialog,
	readStory,
	scriptsLoaded,
	stickyFigure,
	test
} from './fixtures.ts';

const { story } = readStory();
const steps = story.steps;

/** Before any script runs, keep each step's text nodes; after, say which are gone or changed. */
function keepTheTexts() {
	const kept: { node: Element; text: string }[] = [];
	(window as unknown as { check: () => string[] }).check = () =>
		kept
			.filter(({ node, text }) => !node.isConnected || node.textContent !== text)
			.map(({ text }) => text.slice(0, 40));
	document.addEventListener('readystatechange', () => {
		if (document.readyState !== 'interactive') return;
		for (const node of document.querySelectorAll('[data-step] .card > :not(h2, .count, .next)'))
			kept.push({ node, text: node.textContent ?? '' });
	});
}

test('the story hydrates with one script, keeping the texts it was not sent again', async ({
	page,
	request
}) => {
	const scripts = scriptsLoaded(page);
	await page.addInitScript(keepTheTexts);
	await page.goto('./');
	await page.waitForLoadState('networkidle');

	// One script, the island: none of SvelteKit's client, within the story's budget (45 KB gzip).
	expect(scripts.map((s) => new URL(s.url).pathname)).toEqual([
		expect.stringMatching(/\/_app\/immutable\/assets\/story-island\.[\w-]+\.js$/)
	]);
	expect(gzipSync(scripts[0]!.body).length).toBeLessThanOrEqual(45 * 1024);

	// Hydrated: the chart follows the reader, and the header's Present link follows the chart.
	const step = steps[4]!;
	await page.evaluate((id) => document.getElementById(id)!.scrollIntoView(), step.id);
	await expect(stickyFigure(page)).toHaveAttribute('data-state', step.state);
	// Its description, read back from the page (the props leave it out), is the step's own.
	const describedBy = await stickyFigure(page).getAttribute('aria-describedby');
	await expect(page.locator(`[id="${describedBy}"]`)).toHaveText(step.alt);
	await expect(page.locator('[data-present-link]')).toHaveAttribute(
		'href',
		new RegExp(`present/${step.id}/$`)
	);
	// Every step's text is still the server's, node for node.
	const changed = await page.evaluate(() =>
		(window as unknown as { check: () => string[] }).check()
	);
	expect(changed).toEqual([]);
	await expect(page.locator('[data-step] .card p').first()).not.toHaveText('');

	// The HTML holds each text once: the island's props carry none of it.
	const html = await (await request.get('./')).text();
	const props = html.match(/<script type="application\/json" id="story-props">([^<]*)</)![1]!;
	expect(JSON.parse(props).steps).toHaveLength(steps.length);
	expect(props).not.toContain('"html"');
	expect(props).not.toContain('"alt"');
	expect(html).not.toContain('__sveltekit');
	const sentence = await page.locator('[data-step] .card p').nth(2).textContent();
	const words = sentence!.trim().split(/\s+/).slice(0, 6).join(' ');
	expect(html.split(words)).toHaveLength(2);
});

test('the story’s Embed dialog loads its builder, styles and all', async ({ page }) => {
	const dialog = await openEmbedDialog(page);
	const choices = dialog.locator('.builder > div').first();
	await expect(dialog.locator('[data-builder-step]')).toBeVisible();
	// The builder's own styles came with it (its choices sit in a row).
	await expect(choices).toHaveCSS('display', 'flex');
});
