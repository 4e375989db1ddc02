// The timeline chart inside the story: details on demand by mouse, keyboard and touch; legible
// labels at three widths; every event in view drawn.
import type { Page } from '@playwright/test';
import { eventsInView } from '../src/lib/charts/timeline/model.ts';
import type { TimelineState } from '../src/lib/charts/timeline/states.ts';
import {
	expect,
	expectNoAxeViolations,
	readStory,
	scrollToStep,
	stickyFigure,
	test
} from './fixtures.ts';

const { story, data } = readStory();
const timelineSteps = story.steps.filter((s) => s.chart === 'timeline');
// The step that tells the retailers' decisions (Staples among them), whichever state it uses.
const retailers = story.steps.find(
	(s) => s.chart === 'timeline' && s.highlight.includes('staples-drops')
)!;
const sourceUrl = (id: string) => data.sources.find((s) => s.id === id)!.url;

const visibleSvg = (page: Page) => stickyFigure(page).locator('svg.layout:visible');
const details = (page: Page) => stickyFigure(page).locator('[data-details]');

test('every step shows the events of its window, no more, no fewer', async ({ page }) => {
	await page.goto('./');
	for (const step of timelineSteps) {
		await scrollToStep(page, step.id);
		await expect(stickyFigure(page)).toHaveAttribute('data-state', step.state);
		const expected = eventsInView(data.timeline, step.state as TimelineState)
			.map((e) => e.id)
			.sort();
		// The story spreads a change over a few frames (src/lib/stage/spread.ts).
		await expect
			.poll(
				() =>
					visibleSvg(page)
						.locator('g.ev:not(.off)')
						.evaluateAll((gs) => gs.map((g) => g.getAttribute('data-event')).sort()),
				{ message: step.id }
			)
			.toEqual(expected);

		// the step's own events are labelled
		for (const id of step.highlight) {
			await expect(
				visibleSvg(page).locator(`text[data-label="${id}"]:not(.off)`),
				`${step.id}: ${id}`
			).toHaveCount(1);
		}
	}
});

test('hovering an event shows its date, what happened and working source links', async ({
	page
}) => {
	await page.goto(`./#${retailers.id}`);
	await page.waitForTimeout(400);
	await visibleSvg(page).locator('g[data-event="staples-drops"] .hit').hover();
	await expect(details(page)).toHaveAttribute('data-details', 'staples-drops');
	await expect(details(page)).toContainText('12 Oct 2017');
	const staples = data.timeline.find((e) => e.id === 'staples-drops')!;
	await expect(details(page)).toContainText(staples.description);
	const links = details(page).getByRole('link');
	await expect(links).toHaveCount(staples.sources.length);
	for (const [i, id] of staples.sources.entries()) {
		await expect(links.nth(i)).toHaveAttribute('href', sourceUrl(id));
		await expect(links.nth(i)).toHaveAttribute('rel', /noopener/);
	}
	// a month-precision event says so
	await visibleSvg(page).locator('g[data-event="amazon-keeps-selling"] .hit').hover();
	await expect(details(page)).toContainText('Oct 2017 (month)');
	// and the mouse can travel to the links without the details closing
	await details(page).getByRole('link').first().hover();
	await expect(details(page)).toBeVisible();
	await page.mouse.move(5, 5);
	await expect(details(page)).toHaveCount(0);
});

test('keyboard users reach every event in view through one list, and see its details', async ({
	page
}) => {
	await page.goto(`./#${retailers.id}`);
	const summary = stickyFigure(page).getByText(/^Events in view/);
	await summary.focus();
	await page.keyboard.press('Enter');
	await page.keyboard.press('Tab');
	const buttons = stickyFigure(page).locator('[data-event-button]');
	const inView = eventsInView(data.timeline, retailers.state as TimelineState);
	await expect(buttons).toHaveCount(inView.length);
	await expect(buttons.first()).toBeFocused();
	await expect(details(page)).toHaveAttribute('data-details', inView[0]!.id);
	await page.keyboard.press('ArrowDown');
	await expect(buttons.nth(1)).toBeFocused();
	await expect(details(page)).toHaveAttribute('data-details', inView[1]!.id);
	await page.keyboard.press('End');
	await expect(details(page)).toHaveAttribute('data-details', inView.at(-1)!.id);
	// the chart marks the event too
	await expect(
		visibleSvg(page).locator(`g.selected[data-event="${inView.at(-1)!.id}"]`)
	).toHaveCount(1);
	// the list is one tab stop: Tab leaves it for the details' source links
	await page.keyboard.press('Tab');
	await expect(details(page).getByRole('link').first()).toBeFocused();
	await expectNoAxeViolations(page, 'with the event list open and details shown', ['.graphic']);
});

test.describe('touch', () => {
	test.use({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 800 } });
	test('tap an event to show it, tap elsewhere to close', async ({ page }) => {
		await page.goto(`./#${retailers.id}`);
		await page.waitForTimeout(400);
		await visibleSvg(page).locator('g[data-event="best-buy-pulls"] .hit').tap();
		await expect(details(page)).toHaveAttribute('data-details', 'best-buy-pulls');
		await page.locator(`[data-step="${retailers.id}"] h2`).tap();
		await expect(details(page)).toHaveCount(0);
	});
});

for (const width of [320, 768, 1440]) {
	test(`labels, lane names and ticks neither overlap nor get clipped at ${width} px`, async ({
		page
	}) => {
		await page.setViewportSize({ width, height: width < 500 ? 700 : 900 });
		await page.goto('./');
		for (const step of timelineSteps) {
			await scrollToStep(page, step.id);
			await expect(stickyFigure(page)).toHaveAttribute('data-state', step.state);
			await page.waitForTimeout(650); // CSS transitions on the time scale
			const problems = await visibleSvg(page).evaluate((svg) => {
				const box = svg.getBoundingClientRect();
				const texts = [...svg.querySelectorAll<SVGTextElement>('text')]
					.filter(
						(t) => !t.classList.contains('off') && getComputedStyle(t).visibility !== 'hidden'
					)
					.map((t) => ({ name: t.textContent!, r: t.getBoundingClientRect() }));
				const marks = [
					...svg.querySelectorAll<SVGGElement>('g.ev:not(.off) :is(.dot, .diamond, .span)')
				].map((m) => ({
					name: (m.closest('[data-event]') as SVGGElement).dataset.event!,
					r: m.getBoundingClientRect()
				}));
				const hit = (a: DOMRect, b: DOMRect) =>
					a.left < b.right - 1 &&
					b.left < a.right - 1 &&
					a.top < b.bottom - 1 &&
					b.top < a.bottom - 1;
				const out: string[] = [];
				for (const t of texts) {
					if (t.r.left < box.left - 1 || t.r.right > box.right + 1)
						out.push(`"${t.name}" is clipped`);
				}
				for (let i = 0; i < texts.length; i++) {
					for (let j = i + 1; j < texts.length; j++)
						if (hit(texts[i]!.r, texts[j]!.r))
							out.push(`"${texts[i]!.name}" overlaps "${texts[j]!.name}"`);
					for (const m of marks)
						if (hit(texts[i]!.r, m.r)) out.push(`"${texts[i]!.name}" covers the mark of ${m.name}`);
				}
				return out;
			});
			expect(problems, `${step.id} at ${width}px`).toEqual([]);
		}
	});
}
