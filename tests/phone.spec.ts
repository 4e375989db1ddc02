// Phones: while a step is read, its chart is in view and uncovered, and its text is readable and
// uncovered. Each step is walked through every scroll position at which it is the active one.
import type { Page } from '@playwright/test';
import { expect, readStory, scrollToStep, stickyFigure, test } from './fixtures.ts';

const { story } = readStory();
const steps = story.steps;

const SIZES = [
	{ width: 360, height: 640 },
	{ width: 375, height: 812 },
	{ width: 390, height: 844 }
];

/** What one scroll position shows, measured in the page. */
interface Sample {
	/** Scroll offset. */
	y: number;
	/** Share of the chart's drawn area that is in the viewport and hits the chart itself. */
	share: number;
	/** The drawn area's height, as a share of the viewport's. */
	height: number;
	/** Points of the step's text below the chart's band that something else covers. */
	covered: number;
}

/**
 * Walks one step: from its reading position (where a link to it lands) up and down, a stride at
 * a time, for as long as the page's own logic keeps it the active step and some of its card is
 * still in view; at each position, once the chart shows the step's state, samples a grid of points
 * over the chart's drawn area with elementFromPoint.
 */
function walk(page: Page, step: { id: string; chart: string; state: string }) {
	return page.evaluate(async ({ id, chart, state }) => {
		const frame = () =>
			new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
		const section = document.getElementById(id)!;
		const card = section.querySelector<HTMLElement>('.card')!;
		const band = document.querySelector<HTMLElement>('.graphic')!;
		const shown = async () => {
			for (let i = 0; i < 120; i++) {
				const figure = [
					...document.querySelectorAll<HTMLElement>('.graphic :not(.leaving) > figure[data-chart]')
				].find((f) => f.checkVisibility({ visibilityProperty: true }));
				if (figure?.dataset.chart === chart && figure.dataset.state === state) return figure;
				await frame();
			}
			throw new Error(`${id}: the chart never showed ${chart}/${state}`);
		};
		/** Points over a rectangle, n × n, each tested by `hit`; the share that passes. */
		const grid = (
			r: { l: number; t: number; r: number; b: number },
			n: number,
			hit: (el: Element | null) => boolean
		) => {
			let hits = 0;
			for (let i = 0; i < n; i++)
				for (let j = 0; j < n; j++) {
					const x = r.l + ((i + 0.5) * (r.r - r.l)) / n;
					const y = r.t + ((j + 0.5) * (r.b - r.t)) / n;
					if (hit(document.elementFromPoint(x, y))) hits++;
				}
			return hits / n / n;
		};
		async function measure() {
			const figure = await shown();
			const svg = [...figure.querySelectorAll<SVGSVGElement>('svg.layout')].find((s) =>
				s.checkVisibility({ visibilityProperty: true })
			)!;
			// What is drawn: the viewBox as placed on screen, within the element's box (a box taller
			// than its drawing centres it).
			const box = svg.getBoundingClientRect();
			const vb = svg.viewBox.baseVal;
			const m = svg.getScreenCTM()!;
			const a = new DOMPoint(vb.x, vb.y).matrixTransform(m);
			const b = new DOMPoint(vb.x + vb.width, vb.y + vb.height).matrixTransform(m);
			const drawn = {
				l: Math.max(box.left, a.x),
				t: Math.max(box.top, a.y),
				r: Math.min(box.right, b.x),
				b: Math.min(box.bottom, b.y)
			};
			const share = grid(drawn, 12, (el) => !!el && svg.contains(el));
			// The text below the chart's band, as far as the screen shows it, is the card's own.
			const c = card.getBoundingClientRect();
			const below = {
				l: c.left + 1,
				r: c.right - 1,
				t: Math.max(c.top, band.getBoundingClientRect().bottom) + 1,
				b: Math.min(c.bottom, innerHeight) - 1
			};
			const covered = below.b > below.t ? 1 - grid(below, 6, (el) => !!el && card.contains(el)) : 0;
			return { y: scrollY, share, height: (drawn.b - drawn.t) / innerHeight, covered };
		}
		/** Whether any of the card is in view and uncovered (a column of points down its middle). */
		const cardInView = () => {
			const c = card.getBoundingClientRect();
			for (let y = Math.max(c.top, 0) + 2; y < Math.min(c.bottom, innerHeight); y += 16) {
				const el = document.elementFromPoint((c.left + c.right) / 2, y);
				if (el && card.contains(el)) return true;
			}
			return false;
		};
		const isActive = () => section.classList.contains('active');

		section.scrollIntoView({ block: 'start', behavior: 'instant' });
		await frame();
		await frame();
		const landing = scrollY;
		const stride = innerHeight / 3;
		const samples = [];
		if (!isActive()) throw new Error(`${id}: not the active step at its own reading position`);
		samples.push(await measure());
		for (const direction of [-1, 1]) {
			for (let k = 1; k < 200; k++) {
				scrollTo({ top: landing + direction * k * stride, behavior: 'instant' });
				// the page looks for the active step just after the next paint
				await frame();
				if (!isActive() || !cardInView()) break;
				samples.push(await measure());
			}
		}
		return samples.sort((p, q) => p.y - q.y);
	}, step) as Promise<Sample[]>;
}

const percent = (x: number) => `${Math.round(x * 100)}%`;

for (const size of SIZES) {
	test.describe(`at ${size.width}×${size.height}`, () => {
		test.use({ viewport: size, isMobile: true, hasTouch: true });

		test('each step’s chart stays whole and in view while the step is read', async ({ page }) => {
			test.setTimeout(60_000);
			await page.goto('./');
			const rows: string[] = [];
			for (const step of steps) {
				const samples = await walk(page, step);
				const worst = Math.min(...samples.map((s) => s.share));
				const mean = samples.reduce((sum, s) => sum + s.share, 0) / samples.length;
				rows.push(
					`${step.id.padEnd(16)} visible min ${percent(worst)} mean ${percent(mean)} over ${samples.length} positions; chart height ${percent(Math.min(...samples.map((s) => s.height)))} of the screen`
				);
				const where = `step ${step.id} at ${size.width}×${size.height}`;
				for (const s of samples) {
					expect
						.soft(
							s.share,
							`${where}, scrolled to ${Math.round(s.y)}: visible share of the chart ${percent(s.share)}`
						)
						.toBeGreaterThanOrEqual(0.9);
					expect
						.soft(s.height, `${where}: chart height ${percent(s.height)} of the screen`)
						.toBeGreaterThanOrEqual(0.35);
					expect
						.soft(s.covered, `${where}, scrolled to ${Math.round(s.y)}: the step’s text is covered`)
						.toBe(0);
				}
			}
			console.log(`${size.width}×${size.height}\n${rows.join('\n')}`);
		});

		test('the step text is at least 16 px, with AA contrast in both themes, and a link to a step shows its heading uncovered', async ({
			page
		}) => {
			await page.goto('./');
			for (const scheme of ['light', 'dark'] as const) {
				await page.emulateMedia({ colorScheme: scheme });
				const text = await page.evaluate(() => {
					const channels = (c: string) => c.match(/[\d.]+/g)!.map(Number);
					const luminance = (c: string) => {
						const [r, g, b] = channels(c).map((v) => {
							const s = v / 255;
							return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
						});
						return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
					};
					const background = (el: Element | null): string => {
						for (; el; el = el.parentElement) {
							const bg = getComputedStyle(el).backgroundColor;
							if (channels(bg)[3] !== 0) return bg;
						}
						return 'rgb(255, 255, 255)';
					};
					return [...document.querySelectorAll('[data-step] .card :is(p, li, dt, dd)')]
						.filter((el) => !el.matches('.count, .next') && el.textContent!.trim())
						.map((el) => {
							const style = getComputedStyle(el);
							const [l1, l2] = [luminance(style.color), luminance(background(el))].sort(
								(a, b) => b - a
							);
							return {
								step: el.closest<HTMLElement>('[data-step]')!.dataset.step,
								text: el.textContent!.trim().slice(0, 40),
								size: parseFloat(style.fontSize),
								contrast: (l1! + 0.05) / (l2! + 0.05)
							};
						});
				});
				expect(text.length).toBeGreaterThan(steps.length);
				for (const t of text) {
					const where = `step ${t.step} at ${size.width}×${size.height} (${scheme}), “${t.text}…”`;
					expect.soft(t.size, `${where}: font size`).toBeGreaterThanOrEqual(16);
					expect.soft(t.contrast, `${where}: contrast`).toBeGreaterThanOrEqual(4.5);
				}
			}

			for (const step of [steps[1]!, steps[9]!]) {
				await page.goto(`./#${step.id}`);
				await expect(stickyFigure(page)).toHaveAttribute('data-state', step.state);
				const heading = page.locator(`[data-step="${step.id}"] h2`);
				await expect(heading).toBeInViewport({ ratio: 1 });
				const box = (await heading.boundingBox())!;
				const hit = await page.evaluate(
					({ x, y }) => document.elementFromPoint(x, y)?.closest('h2')?.textContent,
					{ x: box.x + 8, y: box.y + box.height / 2 }
				);
				expect(hit, `the heading of ${step.id} is uncovered`).toBe(step.heading);
			}
		});
	});
}

test.describe('at 375×812', () => {
	test.use({ viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true });

	test('with motion reduced, “Next” lands the next step below its chart at once', async ({
		page
	}) => {
		await page.emulateMedia({ reducedMotion: 'reduce' });
		await page.goto('./');
		const [first, second] = steps;
		await scrollToStep(page, first!.id);
		await page
			.locator(`[data-step="${first!.id}"]`)
			.getByRole('link', { name: /^Next:/ })
			.click();
		await expect(stickyFigure(page)).toHaveAttribute('data-state', second!.state);
		const [band, heading] = await page.evaluate((id) => {
			const band = document.querySelector('.graphic')!.getBoundingClientRect();
			const h = document.querySelector(`[data-step="${id}"] h2`)!.getBoundingClientRect();
			return [band.bottom, h.top];
		}, second!.id);
		expect(heading).toBeGreaterThanOrEqual(band);
		expect(heading).toBeLessThan(band + 120);
	});

	test('a link reached by keyboard is not hidden under the chart', async ({ page }) => {
		const step = steps[9]!;
		await page.goto(`./#${step.id}`);
		await expect(stickyFigure(page)).toHaveAttribute('data-state', step.state);
		await page.locator(`[data-step="${step.id}"] h2`).focus();
		const links = await page.locator(`[data-step="${step.id}"] .card a`).count();
		expect(links).toBeGreaterThan(2);
		for (let i = 0; i < links; i++) {
			await page.keyboard.press('Tab');
			const focused = await page.evaluate(() => {
				const el = document.activeElement!;
				const box = el.getClientRects()[0]!;
				const hit = document.elementFromPoint(box.left + 2, box.top + box.height / 2);
				return { text: el.textContent, uncovered: !!hit && el.contains(hit) };
			});
			expect(focused.uncovered, `“${focused.text}” in ${step.id} is in view and uncovered`).toBe(
				true
			);
		}
	});

	test('the chart’s data table opens over the text and closes again', async ({ page }) => {
		const step = steps.find((s) => s.chart === 'timeline')!;
		await page.goto(`./#${step.id}`);
		const figure = stickyFigure(page);
		await expect(figure).toHaveAttribute('data-state', step.state);
		const bandHeight = () =>
			page.evaluate(() => document.querySelector('.graphic')!.getBoundingClientRect().height);
		const closed = await bandHeight();
		await figure.locator('summary', { hasText: 'Data and notes' }).click();
		// The panel scrolls when its content is taller than the screen (the dodged timeline is): the
		// reader scrolls it to the table, which must then be on screen, not cut off.
		await figure.getByRole('table').scrollIntoViewIfNeeded();
		await expect(figure.getByRole('table')).toBeInViewport();
		expect(await bandHeight()).toBeGreaterThan(closed);
		await figure.locator('summary', { hasText: 'Data and notes' }).click();
		await expect(figure.getByRole('table')).toBeHidden();
		expect(await bandHeight()).toBe(closed);
	});
});
