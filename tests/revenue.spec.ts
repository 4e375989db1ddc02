// The revenue chart inside the story: states, data table, motion, and legible labels at three widths.
import type { Page } from '@playwright/test';
import { REVENUE_ROWS, type RevenueState } from '../src/lib/charts/revenue/model.ts';
import { animationsDone, expect, readStory, scrollToStep, stickyFigure, test } from './fixtures.ts';

const { story } = readStory();
const revenueSteps = story.steps.filter((s) => s.chart === 'revenue');

/** The SVG the figure shows at this width (one per layout is prerendered; CSS picks one). */
const visibleSvg = (page: Page) => stickyFigure(page).locator('svg.layout:visible');

test('each revenue step’s data table lists exactly the figures its state shows', async ({
	page
}) => {
	await page.goto('./');
	// The reader opens the figure's data once; it stays open, and follows the steps.
	await stickyFigure(page).getByText('Data and notes').click();
	for (const step of revenueSteps) {
		await scrollToStep(page, step.id);
		await expect(stickyFigure(page)).toHaveAttribute('data-state', step.state);
		const rows = await stickyFigure(page)
			.locator('table tr[data-row]')
			.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-row')));
		expect(rows, step.id).toEqual(REVENUE_ROWS[step.state as RevenueState]);
		await expect(visibleSvg(page)).toHaveCount(1);
	}
});

/** Marks whose drawn geometry differs from their final (attribute) geometry: i.e. still moving. */
function moving(page: Page) {
	return page.evaluate(() => {
		const svg = [...document.querySelectorAll<SVGSVGElement>('.graphic svg.layout')].find(
			(s) => getComputedStyle(s).display !== 'none' && getComputedStyle(s).visibility !== 'hidden'
		)!;

		const out: string[] = [];
		for (const r of svg.querySelectorAll<SVGRectElement>('rect.m')) {
			const cs = getComputedStyle(r);
			const visible = !r.classList.contains('off');
			const target = Number(r.getAttribute('width'));
			if (Math.abs(parseFloat(cs.width) - target) > 0.5) out.push(`${r.dataset.mark} width`);
			if (visible && Number(cs.opacity) < 0.99) out.push(`${r.dataset.mark} opacity`);
		}
		return out;
	});
}

async function stepTo(page: Page, fromIndex: number, count: number) {
	for (let i = fromIndex; i < fromIndex + count; i++) {
		await page
			.locator(`[data-step="${story.steps[i]!.id}"]`)
			.getByRole('link', { name: /^Next:/ })
			.click();
	}
}

test.describe('motion', () => {
	const zoomIndex = story.steps.findIndex(
		(s) => s.chart === 'revenue' && s.state === 'us-government'
	);
	const before = zoomIndex - 1; // a step whose chart has no zoom yet
	const first = story.steps.findIndex((s) => s.chart === 'revenue');

	test('a state change tweens', async ({ page }) => {
		await page.goto(`./#${story.steps[before]!.id}`);
		await page.waitForTimeout(300);
		await stepTo(page, before, 1);
		await expect(stickyFigure(page)).toHaveAttribute('data-state', 'us-government');
		expect((await moving(page)).length, 'a tween is under way').toBeGreaterThan(0);
	});

	test('rapid changes end exactly in the last state, with nothing left half-way', async ({
		page
	}) => {
		await page.goto(`./#${story.steps[first]!.id}`);
		await page.waitForTimeout(300);
		await stepTo(page, first, zoomIndex - first);
		await expect(stickyFigure(page)).toHaveAttribute('data-state', 'us-government');
		await page.waitForTimeout(900);
		expect(await moving(page)).toEqual([]);
	});

	test.describe('with reduced motion', () => {
		test.use({ reducedMotion: 'reduce' });
		test('states jump: nothing is ever between two states', async ({ page }) => {
			await page.goto(`./#${story.steps[before]!.id}`);
			await stepTo(page, before, 1);
			await expect(stickyFigure(page)).toHaveAttribute('data-state', 'us-government');
			expect(await moving(page)).toEqual([]);
		});
	});
});

for (const width of [320, 768, 1440]) {
	test(`labels neither overlap nor get clipped at ${width} px`, async ({ page }) => {
		await page.setViewportSize({ width, height: width < 500 ? 700 : 900 });
		await page.goto('./');
		for (const step of revenueSteps) {
			await scrollToStep(page, step.id);
			await expect(stickyFigure(page)).toHaveAttribute('data-state', step.state);
			await animationsDone(page);

			await page.waitForTimeout(600); // CSS transitions on SVG geometry
			const problems = await visibleSvg(page).evaluate((svg) => {
				const box = svg.getBoundingClientRect();
				const labels = [...svg.querySelectorAll<SVGTextElement>('text.m:not(.off)')].map((t) => ({
					id: t.dataset.mark!,
					r: t.getBoundingClientRect()
				}));
				const out: string[] = [];
				for (const { id, r } of labels) {
					if (
						r.left < box.left - 1 ||
						r.right > box.right + 1 ||
						r.top < box.top - 1 ||
						r.bottom > box.bottom + 1
					)
						out.push(`${id} is clipped`);
					if (r.right > document.documentElement.clientWidth) out.push(`${id} runs off the screen`);
				}
				for (let i = 0; i < labels.length; i++)
					for (let j = i + 1; j < labels.length; j++) {
						const [a, b] = [labels[i]!.r, labels[j]!.r];
						if (
							a.left < b.right - 1 &&
							b.left < a.right - 1 &&
							a.top < b.bottom - 1 &&
							b.top < a.bottom - 1
						)
							out.push(`${labels[i]!.id} overlaps ${labels[j]!.id}`);
					}
				return out;
			});
			expect(problems, `${step.id} at ${width}px`).toEqual([]);
		}
	});
}
