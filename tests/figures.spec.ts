// What the story, the slides and the embeds fetch after their first paint: each figure from a file of its own
// (src/lib/stage/figureFiles.ts), only those around where the reader or the class is, and every
// one of them from the offline cache after a first visit.
import type { Page } from '@playwright/test';
import { figureKey, overviewRef } from '../src/lib/charts/figure.ts';
import { figureFile } from '../src/lib/stage/figureFiles.ts';
import { expect, readStory, stickyFigure, test } from './fixtures.ts';

const { story } = readStory();
const steps = story.steps;
const fileOf = (i: number) => `/${figureFile(figureKey(steps[i]!))}`;
/** The timeline's first step, whose panel the story prepares out of sight before its turn. */
const firstTimeline = steps.findIndex((s) => s.chart === 'timeline');

/** The figure files the page asks for, and whether it asked for the whole story's. */
function watchFigures(page: Page) {
	const asked: string[] = [];
	page.on('request', (request) => {
		const path = new URL(request.url()).pathname;
		if (/\/figures[/.]/.test(path)) asked.push(decodeURIComponent(path));
	});
	return asked;
}

const slideChart = (page: Page) => page.locator('[data-slide] figure[data-chart]');

test('the story fetches its first figure, the next step’s and the timeline’s first, not every figure', async ({
	page
}) => {
	const asked = watchFigures(page);
	await page.goto('./', { waitUntil: 'networkidle' });
	// The first is the one the page draws: its island hydrates with it rather than carry it twice.
	await expect.poll(() => asked.length).toBe(3);
	expect(asked.sort()).toEqual([fileOf(0), fileOf(1), fileOf(firstTimeline)].sort());
});

test('a deep link fetches its step’s figure at once, with its neighbours’ only', async ({
	page
}) => {
	const at = steps.length - 4;
	const asked = watchFigures(page);
	await page.goto(`./#${steps[at]!.id}`);
	await expect(stickyFigure(page)).toHaveAttribute('data-state', steps[at]!.state);
	expect(asked).toContain(fileOf(at));
	// (and the page's own first figure, which its island hydrates with)
	const around = [0, at - 1, at, at + 1, firstTimeline].map(fileOf);
	for (const file of asked) expect(around).toContain(file);
});

test('the slides fetch the next slide’s figure, and a slide jumped to its own', async ({
	page
}) => {
	const asked = watchFigures(page);
	await page.goto('present/', { waitUntil: 'networkidle' });
	await expect(page.locator('[data-ready="1"]')).toHaveCount(1);
	await expect.poll(() => asked).toEqual([fileOf(1)]);
	await page.keyboard.press('End');
	await expect(page.locator('[data-slide]')).toHaveAttribute('data-slide', steps.at(-1)!.id);
	await expect(slideChart(page)).toHaveAttribute('data-state', steps.at(-1)!.state);
	expect(asked).toContain(fileOf(steps.length - 1));
	expect(asked).not.toContain(fileOf(2));
});

test('an embed fetches the figure it opens at, once, and its Next button that step’s alone', async ({
	page
}) => {
	const asked = watchFigures(page);
	await page.goto('embed/timeline/?controls=1');
	await expect(page.locator('[data-ready="1"]')).toHaveCount(1);
	// The one the page draws: its island hydrates with it rather than carry it twice.
	const overview = `/${figureFile(figureKey(overviewRef('timeline')))}`;
	expect(asked).toEqual([overview]);
	await page.getByRole('button', { name: 'Next' }).click();
	await expect(page.locator('figure[data-chart]')).toHaveAttribute(
		'data-state',
		steps[firstTimeline]!.state
	);
	expect(asked).toEqual([overview, fileOf(firstTimeline)]);
});
