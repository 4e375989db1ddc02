// With JavaScript off, the prerendered story is complete: every step's text and its chart state.
import { expect, readStory, test } from './fixtures.ts';

const { story } = readStory();

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
		// the drawn chart, or (for a chart not drawn yet) its data table
		await expect(
			figure.locator('.body').locator('svg.layout:visible, table').first()
		).toBeVisible();
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
		await expect(figure.locator('svg.layout:visible')).toHaveCount(1);
		await expect(figure.locator('svg.layout:visible')).toHaveAttribute('role', 'img');
	}
});

test('timeline steps draw every event of their window', async ({ page }) => {
	const { data } = readStory();
	const { eventsInView } = await import('../src/lib/charts/timeline/model.ts');
	await page.goto('./');
	for (const step of story.steps.filter((s) => s.chart === 'timeline')) {
		const svg = page.locator(
			`[data-step="${step.id}"] figure[data-chart="timeline"] svg.layout:visible`
		);
		await expect(svg).toHaveCount(1);
		const drawn = await svg.locator('g.ev:not(.off)').count();
		expect(drawn, step.id).toBe(eventsInView(data.timeline, step.state as never).length);
	}
	// the overview draws them all
	const overview = story.steps.find((s) => s.chart === 'timeline' && s.state === 'overview');
	if (overview) {
		const svg = page.locator(`[data-step="${overview.id}"] svg.layout:visible`);
		await expect(svg.locator('g.ev:not(.off)')).toHaveCount(data.timeline.length);
	}
});
