// Slides a back row can read: on a projector (1920×1080, and 1280×720, where everything is 2/3 the
// size) every slide's chart fills at least 40% of the screen, every piece of its text renders at
// 20 px or more (13.5 px at 1280×720), and the slide's own title and text at 28 px (1920×1080);
// the chart's data and embed controls are off the slide but one click away; and the notes window
// shows the slide the class sees and the next one.
import type { Page } from '@playwright/test';
import { expect, readStory, test } from './fixtures.ts';

const { story } = readStory();
const steps = story.steps;

/** Open a page of the slides (or the notes) and wait until its keys work. */
async function open(page: Page, path: string) {
	await page.goto(path);
	await expect(page.locator('[data-ready="1"]')).toHaveCount(1);
}

/** Each size, with what it must reach: text scales with the screen (13.5 / 20 ≈ 720 / 1080). */
const SIZES = [
	{ width: 1920, height: 1080, chartText: 20, slideText: 28 },
	{ width: 1280, height: 720, chartText: 13.5, slideText: 28 * (13.5 / 20) }
] as const;
const CHART_SHARE = 0.4;

for (const size of SIZES) {
	test(`at ${size.width}×${size.height} every slide's chart fills ≥ ${CHART_SHARE * 100}% of the screen, its text renders at ≥ ${size.chartText} px and the slide's text at ≥ ${size.slideText.toFixed(1)} px`, async ({
		page
	}) => {
		await page.setViewportSize({ width: size.width, height: size.height });
		// Without motion every change lands at once: what is measured is what stays on screen.
		await page.emulateMedia({ reducedMotion: 'reduce' });
		await open(page, `present/${steps[0]!.id}/`);
		const problems: string[] = [];
		const smallest: string[] = [];
		for (const [i, step] of steps.entries()) {
			if (i > 0) await page.keyboard.press('ArrowRight');
			await expect(page.locator('[data-slide]')).toHaveAttribute('data-slide', step.id);
			await expect(page.locator('.slide figure[data-chart]')).toHaveAttribute(
				'data-state',
				step.state
			);
			// A slide that changes chart mounts it afresh and draws its layout once it has measured
			// its width, in the same frame: wait for that frame, as the class does.
			await expect(page.locator('.slide svg.layout:visible')).toHaveCount(1);
			const m = await page.evaluate(() => {
				const shown = [...document.querySelectorAll<SVGSVGElement>('.slide svg.layout')].filter(
					(svg) => svg.getBoundingClientRect().width > 0
				);
				const svg = shown[0]!;
				const box = svg.getBoundingClientRect();
				// The SVG's rendered scale: its text is drawn at its font size times this.
				const scale = box.width / svg.viewBox.baseVal.width;
				const texts: { text: string; px: number }[] = [];
				for (const t of svg.querySelectorAll<SVGTextElement>('text')) {
					const style = getComputedStyle(t);
					if (style.visibility === 'hidden' || style.display === 'none') continue;
					if (Number(style.opacity) === 0 || t.getClientRects().length === 0) continue;
					if (!t.textContent?.trim()) continue;
					texts.push({ text: t.textContent.trim(), px: parseFloat(style.fontSize) * scale });
				}
				// The chart's title, subtitle and source line belong to it too (HTML, unscaled).
				for (const el of document.querySelectorAll<HTMLElement>(
					'.slide figure .title, .slide figure .subtitle, .slide figure .source-line'
				))
					texts.push({
						text: el.textContent!.trim(),
						px: parseFloat(getComputedStyle(el).fontSize)
					});
				const px = (selector: string) =>
					parseFloat(getComputedStyle(document.querySelector(selector)!).fontSize);
				return {
					layouts: shown.length,
					texts,
					share: (box.width * box.height) / (innerWidth * innerHeight),
					inView:
						box.left >= -1 &&
						box.top >= -1 &&
						box.right <= innerWidth + 1 &&
						box.bottom <= innerHeight + 1,
					heading: px('.slide h1'),
					body: px('.slide .text .body'),
					// What a class does not need is not on the slide.
					controls: [
						...document.querySelectorAll<HTMLElement>('.slide .chart button, .slide .chart summary')
					]
						.filter((el) => el.getClientRects().length > 0)
						.map((el) => el.textContent!.trim())
						.filter((text) => /^(Embed|Data and notes)$/.test(text))
				};
			});
			const where = `slide ${i + 1} (${step.id}) at ${size.width}×${size.height}`;
			if (m.layouts !== 1) problems.push(`${where}: ${m.layouts} chart drawings shown`);
			const min = m.texts.reduce((a, b) => (b.px < a.px ? b : a));
			smallest.push(`${step.id} ${min.px.toFixed(1)} px`);
			const small = m.texts.filter((t) => t.px < size.chartText - 0.05);
			if (small.length)
				problems.push(
					`${where}: ${small.length} of ${m.texts.length} chart texts below ${size.chartText} px, the smallest “${min.text}” at ${min.px.toFixed(1)} px`
				);
			if (m.share < CHART_SHARE)
				problems.push(`${where}: the chart fills ${(m.share * 100).toFixed(1)}% of the screen`);
			if (!m.inView) problems.push(`${where}: the chart is not wholly on screen`);
			for (const [name, px] of [
				['title', m.heading],
				['slide text', m.body]
			] as const)
				if (px < size.slideText - 0.05)
					problems.push(`${where}: the slide's ${name} is ${px.toFixed(1)} px`);
			for (const control of m.controls) problems.push(`${where}: “${control}” is on the slide`);
		}
		test.info().annotations.push({ type: 'smallest chart text', description: smallest.join(', ') });
		expect(problems).toEqual([]);
	});
}

test('the chart’s data, notes and embed code are one click from the slide, in a dialog', async ({
	page
}) => {
	const step = steps.find((s) => s.chart === 'timeline')!;
	await page.setViewportSize({ width: 1920, height: 1080 });
	await open(page, `present/${step.id}/`);
	await page.getByRole('button', { name: 'Data and notes' }).click();
	const dialog = page.getByRole('dialog', { name: /^Data and notes/ });
	await expect(dialog).toBeVisible();
	await expect(dialog.locator('table.data-table')).toBeVisible();
	await expect(dialog.getByRole('link', { name: 'CSV' })).toHaveAttribute(
		'href',
		/\/data\/timeline\.csv$/
	);
	// Keys belong to the dialog while it is open: the slide stays.
	await page.keyboard.press('ArrowRight');
	await expect(page.locator('[data-slide]')).toHaveAttribute('data-slide', step.id);
	await dialog.getByRole('button', { name: 'Embed' }).click();
	const embed = page.getByRole('dialog', { name: 'Embed this chart' });
	await expect(embed).toBeVisible();
	await expect(embed.locator('textarea').first()).toHaveValue(/\/embed\/timeline\//);
	await page.keyboard.press('Escape');
	await expect(embed).toBeHidden();
	await page.keyboard.press('Escape');
	await expect(dialog).toBeHidden();
});

test('the notes window shows the slide on the screen and the next one, and follows the slides', async ({
	page,
	context
}) => {
	await page.setViewportSize({ width: 1920, height: 1080 });
	await open(page, `present/${steps[3]!.id}/`);
	const notes = await context.newPage();
	await notes.setViewportSize({ width: 1000, height: 700 });
	await open(notes, 'present/notes/');

	/** What a preview in the notes window shows: its slide, its heading and its chart's state and layout. */
	const preview = (which: 'now' | 'next') => notes.locator(`[data-screen="${which}"]`);
	async function expectScreens(i: number) {
		await expect(notes.locator('[data-notes-for]')).toHaveAttribute('data-notes-for', steps[i]!.id);
		// What the class sees, as the slides window draws it.
		const layout = await page.locator('.slide svg.layout:visible').getAttribute('data-layout');
		for (const [which, step] of [
			['now', steps[i]!],
			['next', steps[i + 1]!]
		] as const) {
			const shown = preview(which);
			await expect(shown.locator('[data-preview-of]')).toHaveAttribute('data-preview-of', step.id);
			await expect(shown.locator('.heading')).toHaveText(step.heading);
			await expect(shown.locator('figure[data-chart]')).toHaveAttribute('data-state', step.state);
			await expect(shown.locator('svg.layout:visible')).toHaveAttribute(
				'data-layout',
				which === 'now' ? layout! : /\d+/
			);
			const box = (await shown.boundingBox())!;
			expect(box.width, `${which} preview's width`).toBeGreaterThan(200);
		}
	}

	await expectScreens(3);
	await page.bringToFront();
	await page.keyboard.press('ArrowRight');
	await expectScreens(4);
	// Driven from the notes window, both follow too.
	await notes.bringToFront();
	await notes.keyboard.press('ArrowRight');
	await expect(page.locator('[data-slide]')).toHaveAttribute('data-slide', steps[5]!.id);
	await expectScreens(5);
	// The last slide has no next one.
	await notes.keyboard.press('End');
	await expect(preview('now').locator('[data-preview-of]')).toHaveAttribute(
		'data-preview-of',
		steps.at(-1)!.id
	);
	await expect(preview('next')).toHaveCount(0);
	await expect(notes.getByText('This is the last slide.')).toBeVisible();
});
