// The scrolling story, as a reader meets it. Runs against the root build and the /story/ build.
import {
	expect,
	expectNoAxeViolations,
	readStory,
	scrollToStep,
	stickyFigure,
	test
} from './fixtures.ts';

const { story } = readStory();
const steps = story.steps;

test('opens with the headline, the first chart and no step in the address', async ({ page }) => {
	await page.goto('./');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(story.headline);
	await expect(stickyFigure(page)).toHaveAttribute('data-chart', steps[0]!.chart);
	await expect(stickyFigure(page)).toHaveAttribute('data-state', steps[0]!.state);
	await expect(page.locator('[data-step]')).toHaveCount(steps.length);
	expect(new URL(page.url()).hash).toBe('');
});

test('scrolling through the story walks the chart through every step’s state, in order', async ({
	page
}) => {
	await page.setViewportSize({ width: 1280, height: 800 });
	await page.goto('./');
	const seen: string[] = [];
	const bottom = await page.evaluate(() => document.getElementById('methods')!.offsetTop);
	for (let y = 0; y < bottom; y += 240) {
		await page.mouse.wheel(0, 240);
		await page.waitForTimeout(40);
		const id = await page.evaluate(
			() => document.querySelector<HTMLElement>('[data-step].active')?.dataset.step
		);
		if (id && id !== seen.at(-1)) {
			seen.push(id);
			const step = steps.find((s) => s.id === id)!;
			await expect(stickyFigure(page)).toHaveAttribute('data-chart', step.chart);
			await expect(stickyFigure(page)).toHaveAttribute('data-state', step.state);
		}
	}
	expect(seen).toEqual(steps.map((s) => s.id));
	// A wheel this fast is skimming (src/lib/stage/pace.ts): the address waits for the reader to
	// slow down, then names the step they stopped at, once.
	await expect(page).toHaveURL(new RegExp(`#${steps.at(-1)!.id}$`));
});

test('the address follows a reader who skims only once they slow down', async ({ page }) => {
	await page.setViewportSize({ width: 1280, height: 800 });
	await page.goto('./');
	const hashes = new Set<string>();
	// 300 px a tick: skimming (over 2 screens a second) even if a slow machine stretches the ticks.
	for (let i = 0; i < 16; i++) {
		await page.mouse.wheel(0, 300);
		await page.waitForTimeout(50);
		hashes.add(await page.evaluate(() => location.hash));
	}
	const active = await page.evaluate(
		() => document.querySelector<HTMLElement>('[data-step].active')?.dataset.step
	);
	expect(active).not.toBe(steps[0]!.id); // several steps were passed…
	expect([...hashes]).toEqual(['']); // …without the address changing at each
	await expect(page).toHaveURL(new RegExp(`#${active}$`));
});

test('a fast jump far down the page lands on the right step', async ({ page }) => {
	await page.goto('./');
	const target = steps[steps.length - 3]!;
	await page.evaluate((id) => {
		const el = document.getElementById(id)!;
		window.scrollTo({ top: el.getBoundingClientRect().top + scrollY, behavior: 'instant' });
	}, target.id);
	await expect(stickyFigure(page)).toHaveAttribute('data-state', target.state);
	await expect(page).toHaveURL(new RegExp(`#${target.id}$`));
	// and straight back to the top
	await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
	await expect(page).toHaveURL(/\/$/);
	await expect(stickyFigure(page)).toHaveAttribute('data-state', steps[0]!.state);
});

for (const step of [steps[4]!, steps[10]!, steps.at(-1)!]) {
	test(`a link to #${step.id} opens the story at that step`, async ({ page }) => {
		await page.goto(`./#${step.id}`);
		await expect(stickyFigure(page)).toHaveAttribute('data-chart', step.chart);
		await expect(stickyFigure(page)).toHaveAttribute('data-state', step.state);
		await expect(page.locator(`[data-step="${step.id}"] h2`)).toBeInViewport();
		await expect(page).toHaveURL(new RegExp(`#${step.id}$`));
	});
}

test('keyboard users move step to step, and the change is announced', async ({ page }) => {
	await page.goto('./');
	const [first, second, third] = steps;
	const next = page.locator(`[data-step="${first!.id}"]`).getByRole('link', { name: /^Next:/ });
	await next.focus();
	await page.keyboard.press('Enter');
	await expect(page.locator(`[data-step="${second!.id}"] h2`)).toBeFocused();
	await expect(stickyFigure(page)).toHaveAttribute('data-state', second!.state);
	await expect(page).toHaveURL(new RegExp(`#${second!.id}$`));
	await expect(page.locator('[data-announcer]')).toContainText(second!.heading);
	await expect(page.locator('[data-announcer]')).toContainText(second!.alt);

	// Tab from the focused heading reaches this step's links, then its Next link.
	const nextLink = page
		.locator(`[data-step="${second!.id}"]`)
		.getByRole('link', { name: /^Next:/ });
	for (
		let i = 0;
		i < 20 && !(await nextLink.evaluate((el) => el === document.activeElement));
		i++
	) {
		await page.keyboard.press('Tab');
	}
	await expect(nextLink).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page.locator(`[data-step="${third!.id}"] h2`)).toBeFocused();
	await expect(stickyFigure(page)).toHaveAttribute('data-state', third!.state);
	await expect(page.locator('[data-announcer]')).toContainText(third!.heading);
});

test('each figure names its sources, describes itself and offers its data', async ({ page }) => {
	await page.goto('./');
	const figure = stickyFigure(page);
	await expect(figure.locator('.source-line a').first()).toHaveAttribute('href', /^https?:\/\//);
	const describedBy = await figure.getAttribute('aria-describedby');
	await expect(page.locator(`[id="${describedBy}"]`)).toHaveText(steps[0]!.alt);
	await figure.getByText('Data and notes').click();
	await expect(figure.getByRole('table')).toBeVisible();
	const csv = figure.getByRole('link', { name: 'CSV' });
	const response = await page.request.get(
		new URL((await csv.getAttribute('href'))!, page.url()).href
	);
	expect(response.status()).toBe(200);
	expect(await response.text()).toMatch(/^id,year,measure,segment/);
});

test('the data downloads are served as CSV and JSON', async ({ page }) => {
	await page.goto('./');
	for (const name of ['timeline', 'revenue', 'sources']) {
		const csv = await page.request.get(new URL(`data/${name}.csv`, page.url()).href);
		expect(csv.status()).toBe(200);
		expect(csv.headers()['content-type']).toContain('text/csv');
		const json = await page.request.get(new URL(`data/${name}.json`, page.url()).href);
		const rows = (await json.json()) as { id: string }[];
		expect(rows.length).toBe((await csv.text()).trim().split('\n').length - 1);
	}
	const timeline = await (
		await page.request.get(new URL('data/timeline.json', page.url()).href)
	).json();
	expect(timeline.length).toBeGreaterThanOrEqual(35);
});

/** How long the chart's first mark tweens a change: "0s" when motion is reduced. */
const tweenDuration = (page: import('@playwright/test').Page) =>
	stickyFigure(page)
		.locator('svg.layout:visible rect.m')
		.first()
		.evaluate((el) => getComputedStyle(el).transitionDuration);

test.describe('reduced motion', () => {
	test.use({ reducedMotion: 'reduce' });

	test('follows the OS: steps jump instead of gliding, and the switch shows it', async ({
		page
	}) => {
		await page.goto('./');
		const toggle = page.getByRole('button', { name: 'Reduce motion' });
		await expect(toggle).toHaveAttribute('aria-pressed', 'true');
		// The chart's marks do not tween (probed once the page has long settled, at the next step).
		await scrollToStep(page, steps[1]!.id);
		await expect(stickyFigure(page)).toHaveAttribute('data-state', steps[1]!.state);
		expect(await tweenDuration(page)).toBe('0s');
		await scrollToStep(page, steps[0]!.id);
		await page
			.locator(`[data-step="${steps[0]!.id}"]`)
			.getByRole('link', { name: /^Next:/ })
			.click();
		// No smooth scroll: the next step is in place at once.
		const top = await page.evaluate(
			(id) => document.getElementById(id)!.getBoundingClientRect().top,
			steps[1]!.id
		);
		expect(Math.abs(top)).toBeLessThan(2);
	});

	test('the visible switch overrides the OS and is remembered', async ({ page }) => {
		await page.goto('./');
		await page.getByRole('button', { name: 'Reduce motion' }).click();
		await expect(page.getByRole('button', { name: 'Reduce motion' })).toHaveAttribute(
			'aria-pressed',
			'false'
		);
		await page.reload();
		await expect(page.locator('html')).toHaveAttribute('data-motion', 'full');
		await expect(page.getByRole('button', { name: 'Reduce motion' })).toHaveAttribute(
			'aria-pressed',
			'false'
		);
		await scrollToStep(page, steps[1]!.id);
		await expect(stickyFigure(page)).toHaveAttribute('data-state', steps[1]!.state);
		expect(await tweenDuration(page)).not.toBe('0s');
	});
});

test.describe('themes', () => {
	const background = (page: import('@playwright/test').Page) =>
		page.evaluate(() => getComputedStyle(document.body).backgroundColor);

	test('follow the OS', async ({ page }) => {
		await page.emulateMedia({ colorScheme: 'dark' });
		await page.goto('./');
		expect(await background(page)).toBe('rgb(18, 20, 22)');
		await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute(
			'aria-pressed',
			'true'
		);
		await page.emulateMedia({ colorScheme: 'light' });
		expect(await background(page)).toBe('rgb(255, 255, 255)');
	});

	test('the visible switch changes the theme and is remembered', async ({ page }) => {
		await page.emulateMedia({ colorScheme: 'light' });
		await page.goto('./');
		await page.getByRole('button', { name: 'Dark theme' }).click();
		expect(await background(page)).toBe('rgb(18, 20, 22)');
		await page.reload();
		await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
		expect(await background(page)).toBe('rgb(18, 20, 22)');
	});
});

for (const motion of ['no-preference', 'reduce'] as const) {
	test(`the reading progress bar fills as the reader goes down the page (motion: ${motion})`, async ({
		page
	}) => {
		await page.emulateMedia({ reducedMotion: motion });
		await page.goto('./');
		const bar = page.locator('.progress > *');
		const fill = () => bar.evaluate((el) => new DOMMatrix(getComputedStyle(el).transform).a);
		await expect.poll(fill).toBeLessThan(0.02);
		for (const at of [0.5, 1]) {
			await page.evaluate(
				(f) => scrollTo(0, (document.documentElement.scrollHeight - innerHeight) * f),
				at
			);
			await expect.poll(fill).toBeGreaterThan(at - 0.03);
			expect(await fill()).toBeLessThan(at + 0.03);
		}
	});
}

test('at 320 px wide nothing scrolls sideways', async ({ page }) => {
	await page.setViewportSize({ width: 320, height: 640 });
	await page.goto('./');
	const overflow = () =>
		page.evaluate(
			() => document.documentElement.scrollWidth - document.documentElement.clientWidth
		);
	expect(await overflow()).toBe(0);
	for (const step of steps) {
		await scrollToStep(page, step.id);
		await expect(stickyFigure(page)).toHaveAttribute('data-state', step.state);
		expect(await overflow(), step.id).toBe(0);
	}
});

for (const scheme of ['light', 'dark'] as const) {
	test(`no axe violations at any step, ${scheme} theme`, async ({ page }) => {
		test.setTimeout(90_000);
		await page.emulateMedia({ colorScheme: scheme });
		await page.goto('./');
		await expectNoAxeViolations(page, `at the top (${scheme})`);
		for (const step of steps) {
			await scrollToStep(page, step.id);
			await expect(stickyFigure(page)).toHaveAttribute('data-state', step.state);
			// The rest of the page was checked above; at each step only the step and the chart change.
			await expectNoAxeViolations(page, `at step ${step.id} (${scheme})`, [
				'.graphic',
				`[data-step="${step.id}"]`
			]);
		}
	});
}
