// Classroom mode: slides driven by keys and clickers, a notes window kept in step, a printable
// handout, the lesson page, and all of it offline after a first visit.
import type { Page } from '@playwright/test';
import { formatDate } from '../src/lib/format/dates.ts';
import { smartQuotes } from '../src/lib/story/markdown.ts';
import { expect, expectNoAxeViolations, readStory, stickyFigure, test } from './fixtures.ts';
import { decodeQr, loadQrDecoder } from './qr.ts';

/** The story, and the lesson plan as /teach/ is built from it. */
const { story, data, glossary, lesson } = readStory();
const steps = story.steps;
const ids = steps.map((s) => s.id);

/** Open a page of the slides (or the notes) and wait until its keys work. */
async function open(page: Page, path: string) {
	await page.goto(path);
	await expect(page.locator('[data-ready="1"]')).toHaveCount(1);
}

/** The slide on screen, read from the page itself. */
const slide = (page: Page) => page.locator('[data-slide]').getAttribute('data-slide');

async function expectSlide(page: Page, index: number) {
	await expect(page.locator('[data-slide]')).toHaveAttribute('data-slide', ids[index]!);
	await expect(page).toHaveURL(new RegExp(`/present/${ids[index]}/$`));
}

test('every key in the contract does what it says', async ({ page }) => {
	await page.addInitScript(() => {
		(window as unknown as { fullscreenCalls: number }).fullscreenCalls = 0;
		Element.prototype.requestFullscreen = function () {
			(window as unknown as { fullscreenCalls: number }).fullscreenCalls++;
			return Promise.resolve();
		};
	});
	await open(page, 'present/');
	await expect(page.locator('[data-slide]')).toHaveAttribute('data-slide', ids[0]!);
	let at = 0;
	for (const key of ['ArrowRight', 'ArrowDown', 'PageDown', 'Space', 'n', 'N']) {
		await page.keyboard.press(key);
		await expectSlide(page, ++at);
	}
	for (const key of ['ArrowLeft', 'ArrowUp', 'PageUp', 'Shift+Space', 'p']) {
		await page.keyboard.press(key);
		await expectSlide(page, --at);
	}
	await page.keyboard.press('End');
	await expectSlide(page, steps.length - 1);
	await page.keyboard.press('Home');
	await expectSlide(page, 0);
	// blank screen, with B and with "."
	await page.keyboard.press('b');
	await expect(page.locator('[data-blank]')).toBeVisible();
	await page.keyboard.press('b');
	await expect(page.locator('[data-blank]')).toHaveCount(0);
	await page.keyboard.press('.');
	await expect(page.locator('[data-blank]')).toBeVisible();
	await page.keyboard.press('.');
	await expect(page.locator('[data-blank]')).toHaveCount(0);
	// fullscreen is requested
	await page.keyboard.press('f');
	expect(
		await page.evaluate(() => (window as unknown as { fullscreenCalls: number }).fullscreenCalls)
	).toBe(1);
	// overview: O opens it, a slide in it jumps there; Escape opens it too
	await page.keyboard.press('o');
	const overview = page.locator('[data-overview]');
	await expect(overview).toBeVisible();
	await overview.getByRole('button', { name: new RegExp(`^5\\. `) }).click();
	await expectSlide(page, 4);
	await expect(overview).toBeHidden();
	await page.keyboard.press('Escape');
	await expect(overview).toBeVisible();
	await page.keyboard.press('Escape');
	await expect(overview).toBeHidden();
	// G then a number jumps to that slide
	await page.keyboard.press('g');
	await page.keyboard.press('1');
	await page.keyboard.press('2');
	await page.keyboard.press('Enter');
	await expectSlide(page, 11);
});

test('every slide has its own URL: reload keeps it, Back steps back', async ({ page }) => {
	await open(page, `present/${ids[2]}/`);
	await expectSlide(page, 2);
	await page.keyboard.press('ArrowRight');
	await page.keyboard.press('ArrowRight');
	await expectSlide(page, 4);
	await page.reload();
	await expect(page.locator('[data-ready="1"]')).toHaveCount(1);
	await expectSlide(page, 4);
	await page.goBack();
	await expectSlide(page, 3);
	await page.goBack();
	await expectSlide(page, 2);
});

test('swiping moves between slides on a touch screen', async ({ page }) => {
	await open(page, `present/${ids[1]}/`);
	const swipe = (from: number, to: number) =>
		page.evaluate(
			([a, b]) => {
				const target = document.querySelector('.deck')!;
				const touch = (x: number) => new Touch({ identifier: 1, target, clientX: x, clientY: 300 });
				target.dispatchEvent(
					new TouchEvent('touchstart', { changedTouches: [touch(a!)], bubbles: true })
				);
				target.dispatchEvent(
					new TouchEvent('touchend', { changedTouches: [touch(b!)], bubbles: true })
				);
			},
			[from, to]
		);
	await swipe(600, 200);
	await expectSlide(page, 2);
	await swipe(200, 600);
	await expectSlide(page, 1);
});

test('the story opens the slides at the step in view, and back', async ({ page }) => {
	const step = steps[6]!;
	await page.goto(`./#${step.id}`);
	await expect(page.locator('[data-present-link]')).toHaveAttribute(
		'href',
		new RegExp(`present/${step.id}/$`)
	);
	await page.locator('[data-present-link]').click();
	await expect(page.locator('[data-slide]')).toHaveAttribute('data-slide', step.id);
	await expect(page.locator('figure[data-chart]')).toHaveAttribute('data-state', step.state);
	await page.getByRole('link', { name: 'Scroll version' }).click();
	await expect(page).toHaveURL(new RegExp(`#${step.id}$`));
	await expect(stickyFigure(page)).toHaveAttribute('data-state', step.state);
});

test('the notes window stays in step through 200 random key presses in either window, and catches up when reopened', async ({
	page,
	context
}) => {
	test.setTimeout(120_000);
	await open(page, 'present/');
	let notes = await context.newPage();
	await open(notes, 'present/notes/');
	await expect(notes.locator('[data-notes-for]')).toHaveAttribute('data-notes-for', ids[0]!);
	let s = 3;
	const rand = () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
	// Each key and where it leads, from slide i of n (clicker and reveal.js conventions).
	const last = ids.length - 1;
	const keys: [string, (i: number) => number][] = [
		['ArrowRight', (i) => Math.min(last, i + 1)],
		['PageDown', (i) => Math.min(last, i + 1)],
		['Space', (i) => Math.min(last, i + 1)],
		['n', (i) => Math.min(last, i + 1)],
		['ArrowDown', (i) => Math.min(last, i + 1)],
		['ArrowLeft', (i) => Math.max(0, i - 1)],
		['PageUp', (i) => Math.max(0, i - 1)],
		['p', (i) => Math.max(0, i - 1)],
		['ArrowUp', (i) => Math.max(0, i - 1)],
		['Home', () => 0],
		['End', () => last]
	];
	let expected = 0;
	for (let i = 0; i < 200; i++) {
		const driver = rand() < 0.5 ? page : notes;
		const [key, move] = keys[Math.floor(rand() * keys.length)]!;
		await driver.bringToFront();
		await driver.keyboard.press(key);
		expected = move(expected);
		await expect(page.locator('[data-slide]'), `press ${i}: ${key}`).toHaveAttribute(
			'data-slide',
			ids[expected]!
		);
		await expect(notes.locator('[data-notes-for]'), `press ${i}: ${key}`).toHaveAttribute(
			'data-notes-for',
			ids[expected]!
		);
	}
	// The notes show this slide's notes and the next slide.
	const current = (await slide(page))!;
	const step = steps.find((x) => x.id === current)!;
	await expect(notes.locator('.teacher')).toHaveText(step.notes.replace(/<[^>]+>/g, ''));
	// Closed, the slides move on; reopened, the notes catch up.
	await notes.close();
	await page.bringToFront();
	await page.keyboard.press('Home');
	await page.keyboard.press('ArrowRight');
	await page.keyboard.press('ArrowRight');
	await expectSlide(page, 2);
	notes = await context.newPage();
	await open(notes, 'present/notes/');
	await expect(notes.locator('[data-notes-for]')).toHaveAttribute('data-notes-for', ids[2]!);
});

for (const [width, height] of [
	[1280, 720],
	[1920, 1080]
] as const) {
	for (const scheme of ['light', 'dark'] as const) {
		test(`at ${width}×${height} (${scheme}) no slide overflows or is clipped`, async ({ page }) => {
			test.setTimeout(90_000);
			await page.setViewportSize({ width, height });
			await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
			for (const id of ids) {
				await page.goto(`present/${id}/`);
				const problems = await page.evaluate(() => {
					const out: string[] = [];
					const root = document.documentElement;
					if (root.scrollHeight > innerHeight + 1)
						out.push(`page scrolls: ${root.scrollHeight} > ${innerHeight}`);
					if (root.scrollWidth > innerWidth + 1)
						out.push(`page scrolls sideways: ${root.scrollWidth}`);
					const deck = document.querySelector('.deck')!.getBoundingClientRect();
					for (const el of document.querySelectorAll<HTMLElement>(
						'.slide h1, .slide .text .body, figure .title, figure .source-line, svg.layout'
					)) {
						if (getComputedStyle(el).display === 'none') continue;
						const r = el.getBoundingClientRect();
						if (r.bottom > deck.bottom + 1 || r.right > innerWidth + 1 || r.top < -1)
							out.push(`${el.className} is clipped`);
					}
					return out;
				});
				expect(problems, `${id} at ${width}×${height}`).toEqual([]);
				if (height === 1080) {
					const size = await page
						.locator('.slide .text .body')
						.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
					expect(size).toBeGreaterThanOrEqual(28);
				}
			}
		});
	}
}

/** The handout in both versions: two steps to an A4 sheet (the default) and one step per page. */
const HANDOUTS = [
	{ path: 'present/print/', perSheet: 2, other: 'present/print/single/', margin: 10 },
	{ path: 'present/print/single/', perSheet: 1, other: 'present/print/', margin: 12 }
] as const;
/** CSS px to points. */
const pt = (px: number) => (px * 72) / 96;
/** The contrast of a computed `rgb(…)` colour against white paper (WCAG). */
function onPaper(rgb: string): number {
	const [r, g, b] = rgb
		.match(/\d+/g)!
		.slice(0, 3)
		.map((v) => {
			const c = Number(v) / 255;
			return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
		});
	return 1.05 / (0.2126 * r! + 0.7152 * g! + 0.0722 * b! + 0.05);
}

for (const { path, perSheet, other, margin } of HANDOUTS) {
	test(`printing ${path} gives ${perSheet === 2 ? 'two steps to an A4 page' : 'one page per step'}, each with its chart, its question, its sources in full and a QR code back to that step`, async ({
		page,
		baseURL
	}) => {
		test.setTimeout(60_000);
		const sources = new Map(data.sources.map((s) => [s.id, s]));
		// Laid out as on paper: print styles, an A4 sheet's width inside its margins.
		await page.setViewportSize({
			width: Math.round(((210 - 2 * margin) / 25.4) * 96),
			height: 1000
		});
		await page.goto(path);
		await expect(page.locator(`a[href$="/${other}"]`)).toHaveCount(1);
		// Paper is white even when the screen's theme is dark.
		await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
		const pages = page.locator('[data-print-page]');
		await expect(pages).toHaveCount(steps.length);
		await loadQrDecoder(page);

		for (const [i, step] of steps.entries()) {
			const article = pages.nth(i);
			await expect(article.locator('figure[data-chart] svg.layout:visible')).toHaveCount(1);
			// Paper cannot be clicked: each source is printed with its date and its address in full.
			const listed = article.locator('footer li');
			await expect(listed).toHaveCount(step.sources.length);
			for (const [j, id] of step.sources.entries()) {
				const source = sources.get(id)!;
				await expect(listed.nth(j)).toBeVisible();
				await expect(listed.nth(j)).toContainText(source.title);
				await expect(listed.nth(j)).toContainText(`(${formatDate(source.date)})`);
				await expect(listed.nth(j)).toContainText(source.url);
			}
			if (step.question) {
				await expect(article.locator('.question')).toBeVisible();
				await expect(article.locator('.question')).toHaveText(`For discussion: ${step.question}`);
			} else {
				await expect(article.locator('.question')).toHaveCount(0);
			}
			// Readable on paper: text of at least 9 pt, addresses and the chart's labels smaller but
			// legible; and nothing runs past the sheet's edge.
			const sizes = await article.evaluate((el) => {
				const size = (e: Element) => parseFloat(getComputedStyle(e).fontSize);
				const min = (sel: string) => Math.min(...[...el.querySelectorAll(sel)].map(size));
				const svg = el.querySelector<SVGSVGElement>('svg.layout')!;
				const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
				const chart = [...svg.querySelectorAll('text')]
					.filter((t) => t.textContent!.trim() && t.getClientRects().length)
					.map((t) => size(t) * scale);
				const right = el.getBoundingClientRect().right;
				const over = [...el.querySelectorAll('h2, p, li, dt, dd, a, svg.layout, .qr')]
					.filter((e) => e.getBoundingClientRect().right > right + 1)
					.map((e) => e.textContent!.slice(0, 40));
				const ink = (sel: string) => getComputedStyle(el.querySelector(sel)!).color;
				return {
					ink: [ink('.text p'), ink('footer li'), ink('.url')],
					text: min('.text p'),
					question: min('.question'),
					urls: min('.url'),
					chart: Math.min(...chart),
					over
				};
			});
			expect(pt(sizes.text), `${step.id}: text`).toBeGreaterThanOrEqual(9);
			if (step.question)
				expect(pt(sizes.question), `${step.id}: question`).toBeGreaterThanOrEqual(9);
			expect(pt(sizes.urls), `${step.id}: addresses`).toBeGreaterThanOrEqual(6);
			// 5 pt: the dodged timeline is held to a height that fits two steps on a sheet (HandoutStep.svelte).
			expect(pt(sizes.chart), `${step.id}: chart labels`).toBeGreaterThanOrEqual(5);
			expect(sizes.over, `${step.id}: past the right edge`).toEqual([]);
			for (const ink of sizes.ink) expect(onPaper(ink), `${step.id}: ${ink}`).toBeGreaterThan(4.5);

			const decoded = await decodeQr(article.locator('.qr svg'));
			expect(decoded, step.id).toBe(new URL(`./#${step.id}`, baseURL).href);
		}
		// A sheet ends after every `perSheet` steps, and a step never breaks across sheets: so a step,
		// or a pair, that did not fit its sheet would print more pages than this.
		const pdf = await page.pdf({ format: 'A4', printBackground: true });
		const count = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
		expect(count).toBe(Math.ceil(steps.length / perSheet));
	});
}

test('the lesson page links to both versions of the handout', async ({ page }) => {
	await page.goto('teach/');
	for (const { path } of HANDOUTS) {
		await expect(page.locator(`main a[href$="/${path}"]`).first()).toBeVisible();
	}
});

test('the lesson page shows the lesson plan, every question in story order and the glossary', async ({
	page
}) => {
	await page.goto('teach/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(lesson.title);
	// Each section of content/lesson.md, under its own heading.
	for (const html of Object.values(lesson.sections)) {
		const name = /<h2>([\s\S]*?)<\/h2>/.exec(html)![1]!.replace(/<[^>]+>/g, '');
		await expect(page.getByRole('heading', { level: 2, name, exact: true })).toBeVisible();
	}
	await expect(page.getByText(lesson.level)).toBeVisible();
	await expect(
		page.getByRole('heading', { level: 2, name: 'Opening question', exact: true })
	).toBeVisible();
	await expect(page.locator('.opening')).toHaveText(lesson.opening);

	// The questions asked during the slides, then those left for the groups, each in story order.
	const asked = steps.filter((s) => s.question);
	const onSlides = lesson.questions.filter((q) => q.onSlides).map((q) => q.id);
	const expected = [
		...asked.filter((s) => onSlides.includes(s.id)),
		...asked.filter((s) => !onSlides.includes(s.id))
	];
	expect(onSlides.length).toBeGreaterThan(0);
	await expect(page.locator('.questions .question')).toHaveText(expected.map((s) => s.question!));
	const links = page.locator('.questions .step a');
	for (const [i, s] of expected.entries()) {
		await expect(links.nth(i)).toHaveText(s.heading);
		await expect(links.nth(i)).toHaveAttribute('href', new RegExp(`present/${s.id}/$`));
	}

	// The glossary: every entry of content/glossary.yml, alphabetically, each at #term-<id>.
	const terms = page.locator('.glossary dt');
	await expect(terms).toHaveCount(glossary.length);
	const shown = await terms.allTextContents();
	expect(shown).toEqual(
		[...shown].sort((a, b) => a.localeCompare(b, 'en-GB', { sensitivity: 'base' }))
	);
	for (const entry of glossary) {
		const item = page.locator(`#term-${entry.id}`);
		await expect(item.locator('dt')).toHaveText(smartQuotes(entry.term));
		await expect(item.locator('dd')).toHaveText(smartQuotes(entry.long));
	}
	// A link from the story lands on its term.
	const first = glossary[0]!;
	await page.goto(`teach/#term-${first.id}`);
	await expect(page.locator(`#term-${first.id}`)).toBeInViewport();
});

for (const scheme of ['light', 'dark'] as const) {
	test(`no axe violations on any slide, the notes view and /teach/ (${scheme})`, async ({
		page
	}) => {
		test.setTimeout(120_000);
		await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
		for (const path of [...ids.map((id) => `present/${id}/`), 'present/notes/', 'teach/']) {
			await page.goto(path);
			await expectNoAxeViolations(page, `${path} (${scheme})`);
		}
	});

	// On their own: each handout carries all fourteen charts, which makes axe's run a long one.
	test(`no axe violations on either handout (${scheme})`, async ({ page }) => {
		test.setTimeout(120_000);
		await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
		for (const { path } of HANDOUTS) {
			await page.goto(path);
			await expectNoAxeViolations(page, `${path} (${scheme})`);
		}
	});
}
