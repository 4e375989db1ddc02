// The timeline where events crowd (September 2017, the 2024 cluster), as a reader meets it: at a
// phone's layout and at the widest, every mark in view is what the pointer finds at the mark's
// own centre, so each can be hovered and tapped; and hovering each of a dodged group shows its
// own details. The geometry behind it is checked in src/lib/charts/timeline/marks.spec.ts.
import { expect, readStory, test } from './fixtures.ts';

const { story } = readStory();
const steps = story.steps.filter((s) => s.chart === 'timeline');

for (const [width, layout] of [
	[360, 360],
	[820, 760]
] as const) {
	test(`at ${width} px every mark in view answers the pointer at its centre, at every step`, async ({
		page
	}) => {
		await page.setViewportSize({ width, height: 900 });
		const problems: string[] = [];
		for (const step of steps) {
			await page.goto(`./embed/timeline/${step.id}/`);
			const svg = page.locator(`svg.layout[data-layout="${layout}"]`);
			await expect(svg, step.id).toBeVisible();
			const found = await svg.evaluate((s) =>
				[...s.querySelectorAll<SVGGElement>('g.ev:not(.off)')].flatMap((g) => {
					const r = g.querySelector('.dot, .diamond, .span')!.getBoundingClientRect();
					const under = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
					const id = under?.closest('[data-event]')?.getAttribute('data-event');
					return id === g.dataset.event ? [] : [`${g.dataset.event} is under ${id ?? 'nothing'}`];
				})
			);
			problems.push(...found.map((p) => `${step.id}: ${p}`));
		}
		expect(problems).toEqual([]);
	});
}

test.describe('touch', () => {
	test.use({ hasTouch: true, isMobile: true, viewport: { width: 360, height: 800 } });
	test('each mark of the 2024 cluster shows its own details when tapped', async ({ page }) => {
		await page.goto('./embed/timeline/sales-ban-2024/');
		const svg = page.locator('svg.layout[data-layout="360"]');
		for (const id of ['commerce-ban', 'ofac-sanctions', 'commerce-ruling-published']) {
			await svg.locator(`g[data-event="${id}"] .hit`).tap();
			await expect(page.locator('[data-details]')).toHaveAttribute('data-details', id);
			// a tap outside the chart closes the details (at this width they lie over the top lane)
			await page.locator('h1').tap();
			await expect(page.locator('[data-details]')).toHaveCount(0);
		}
	});
});
