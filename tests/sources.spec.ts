// Every source the story uses, on a page of its own (/sources/), linked from the story's back
// matter: each with its publisher, title (a link to it), date and kind, and the steps that list it,
// whose links open the story at that step.
import { expect, expectNoAxeViolations, readStory, test } from './fixtures.ts';

const { story, data } = readStory();

test('the story links to every source, on a page of its own', async ({ page }) => {
	await page.goto('./');
	const link = page.locator('#methods [data-sources-link] a');
	await expect(page.locator('#methods [data-sources-link]')).toContainText(
		`All ${data.sources.length} sources`
	);
	await link.click();
	await expect(page).toHaveURL(/\/sources\/$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Every source');
	// and from the footer, as the data is
	await page.goBack();
	await page.locator('footer').getByRole('link', { name: 'Every source' }).click();
	await expect(page).toHaveURL(/\/sources\/$/);
});

test('lists each source with its link, its date and the steps that use it', async ({ page }) => {
	await page.goto('sources/');
	const items = page.locator('.sources li');
	await expect(items).toHaveCount(data.sources.length);
	for (const source of data.sources) {
		const item = page.locator(`.sources li[id="${source.id}"]`);
		await expect(item).toContainText(source.publisher);
		await expect(item.getByRole('link', { name: source.title, exact: true })).toHaveAttribute(
			'href',
			source.url
		);
		await expect(item.locator('time')).toHaveAttribute('datetime', source.date);
		for (const step of story.steps.filter((s) => s.sources.includes(source.id)))
			await expect(item.getByRole('link', { name: step.heading, exact: true })).toHaveAttribute(
				'href',
				new RegExp(`#${step.id}$`)
			);
	}
	await expectNoAxeViolations(page, 'on /sources/');
});

test('a step’s link from the list opens the story at that step', async ({ page }) => {
	const step = story.steps[4]!;
	const source = step.sources[0]!;
	await page.goto(`sources/#${source}`);
	await page
		.locator(`.sources li[id="${source}"]`)
		.getByRole('link', { name: step.heading })
		.click();
	await expect(page).toHaveURL(new RegExp(`#${step.id}$`));
	await expect(page.locator(`[data-step="${step.id}"]`)).toBeInViewport();
});
