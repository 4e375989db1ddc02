// With JavaScript off, the prerendered story is complete: every step's text and a picture of its
// chart in its state (the SVG file built for every step), described by its alt text.
import type { Locator, Page } from '@playwright/test';
import { expect, readStory, test } from './fixtures.ts';

const { story } = readStory();

/** The step's chart picture, and the SVG file it shows (fetched as the browser fetched it). */
async function still(page: Page, stepId: string): Promise<{ img: Locator; svg: string }> {
	const img = page.locator(`[data-step="${stepId}"] figure[data-chart] .body img`);
	const src = await img.evaluate((el: HTMLImageElement) => el.currentSrc);
	const response = await page.request.get(src);
	expect(response.headers()['content-type'], src).toContain('image/svg+xml');
	return { img, svg: await response.text() };
}

test('every step shows its text and its chart, in its state', async ({ page }) => {
	await page.goto('./');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(story.headline);
	await expect(page.locator('.graphic')).toBeHidden();
	for (const step of story.steps) {
		const section = page.locator(`[data-step="${step.id}"]`);
		await expect(section.getByRole('heading', { level: 2 })).toHaveText(step.heading);
		const figure = section.locator('figure[data-chart]');
		await expect(figure).toBeVisible();
		await expect(figure).toHaveAttribute('data-chart', step.chart);
		await expect(figure).toHaveAttribute('data-state', step.state);
		// the chart as a picture a reader sees (it loaded) and a screen reader reads (its description)
		const img = figure.locator('.body img');
		await expect(img).toBeVisible();
		await expect(img).toHaveAccessibleName(step.alt);
		await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.naturalWidth)).toBe(1200);
		// and the way on to the chart's data and sources
		await expect(figure.getByRole('link', { name: /data and sources/ })).toHaveAttribute(
			'href',
			`./embed/${step.chart}/${step.id}/`
		);
	}
	await expect(page.locator('#methods li').first()).toBeVisible();
});

test('a link to a step still lands on it', async ({ page }) => {
	const step = story.steps[6]!;
	await page.goto(`./#${step.id}`);
	await expect(page.locator(`[data-step="${step.id}"] h2`)).toBeInViewport();
});

test('revenue steps show the drawn chart, not only a table', async ({ page }) => {
	await page.goto('./');
	for (const step of story.steps.filter((s) => s.chart === 'revenue')) {
		const figure = page.locator(`[data-step="${step.id}"] figure[data-chart="revenue"]`);
		await expect(figure).toHaveAttribute('data-state', step.state);
		const { svg } = await still(page, step.id);
		// its bars, drawn
		expect(svg.match(/<rect class="m /g)?.length ?? 0, step.id).toBeGreaterThan(0);
	}
});

test('timeline steps draw every event of their window', async ({ page }) => {
	const { data } = readStory();
	const { eventsInView } = await import('../src/lib/charts/timeline/model.ts');
	await page.goto('./');
	/** The events a picture draws (each a `g.ev`; those out of the window carry `off`). */
	const drawn = (svg: string) =>
		[...svg.matchAll(/<g class="(ev [^"]*)"/g)].filter(([, c]) => !/\boff\b/.test(c!)).length;
	for (const step of story.steps.filter((s) => s.chart === 'timeline')) {
		const { svg } = await still(page, step.id);
		expect(drawn(svg), step.id).toBe(eventsInView(data.timeline, step.state as never).length);
	}
	// the overview draws them all
	const overview = story.steps.find((s) => s.chart === 'timeline' && s.state === 'overview');
	if (overview) {
		const { svg } = await still(page, overview.id);
		expect(drawn(svg)).toBe(data.timeline.length);
	}
});
