// Embeds as host pages meet them: a page on another origin (http://localhost:4175, served by
// route interception) frames the built site (baseURL, on 127.0.0.1) with pym.js, a
// Datawrapper-style listener, our embed.js, or a pasted snippet.
import { readFileSync } from 'node:fs';

import type { Frame, Page } from '@playwright/test';
import { expect, expectNoAxeViolations, openEmbedDialog, readStory, test } from './fixtures.ts';

const HOST = 'http://localhost:4175';
const { story } = readStory();
const PYM = readFileSync(
	new URL('../node_modules/pym.js/dist/pym.v1.min.js', import.meta.url),
	'utf8'
);
const DATAWRAPPER_LISTENER = `window.addEventListener("message",function(a){if(void 0!==a.data["datawrapper-height"]){var e=document.querySelectorAll("iframe");for(var t in a.data["datawrapper-height"])for(var r=0;r<e.length;r++)if(e[r].contentWindow===a.source){var i=a.data["datawrapper-height"][t]+"px";e[r].style.height=i}}});`;

test.use({ extraOrigins: [HOST] });

/** Serve a host page (and pym.js) on the host origin. */
async function host(page: Page, body: string) {
	await page.route(`${HOST}/**`, (route) => {
		const url = new URL(route.request().url());
		if (url.pathname === '/pym.js')
			return route.fulfill({ body: PYM, contentType: 'text/javascript' });
		return route.fulfill({
			contentType: 'text/html',
			body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title><style>body{margin:20px;font:16px sans-serif}</style></head><body><h1>A host page</h1><p>Text before the chart.</p>${body}<p>Text after.</p></body></html>`
		});
	});
	await page.goto(`${HOST}/article.html`);
}

const site = (page: Page, path: string) => new URL(path, test.info().project.use.baseURL).href;

async function embedFrame(page: Page): Promise<Frame> {
	const handle = await page.waitForSelector('iframe');
	const frame = await handle.contentFrame();
	await frame!.waitForSelector('figure[data-chart]');
	return frame!;
}

/** The iframe's height matches the embedded document's own height, within 2 px. */
async function expectFitted(page: Page) {
	await expect
		.poll(
			async () => {
				const frame = await embedFrame(page);
				const inner = await frame.evaluate(() =>
					Math.ceil(document.documentElement.getBoundingClientRect().height)
				);
				const outer = await page.evaluate(
					() => document.querySelector('iframe')!.getBoundingClientRect().height
				);
				return Math.abs(inner - outer);
			},
			{ timeout: 5000 }
		)
		.toBeLessThanOrEqual(2);
}

async function resizeAndCheck(page: Page) {
	await expectFitted(page);
	await page.setViewportSize({ width: 360, height: 800 });
	await expectFitted(page);
	await page.setViewportSize({ width: 1200, height: 800 });
	await expectFitted(page);
}

test('a pym.js parent sizes the embed, after load and as the page narrows and widens', async ({
	page
}) => {
	await page.setViewportSize({ width: 1200, height: 800 });
	await host(
		page,
		`<div id="chart"></div><script src="/pym.js"></script><script>new pym.Parent('chart', ${JSON.stringify(site(page, 'embed/revenue/'))}, {});</script>`
	);
	await resizeAndCheck(page);
});

test.describe('with its figure blocked', () => {
	// The two tries at the figure's file, failing as the test makes them.
	test.use({ allowedConsole: [/Failed to load resource: net::ERR_FAILED/] });
	test('an embed still sizes its pym.js frame, drawn as the server drew it', async ({ page }) => {
		await page.route('**/figures/**', (route) => route.abort());
		await page.setViewportSize({ width: 1200, height: 800 });
		await host(
			page,
			`<div id="chart"></div><script src="/pym.js"></script><script>new pym.Parent('chart', ${JSON.stringify(site(page, 'embed/timeline/'))}, {});</script>`
		);
		await resizeAndCheck(page);
		const frame = await embedFrame(page);
		await expect(frame.locator('main[data-embed]')).not.toHaveAttribute('data-ready', '1');
		await expect(frame.locator('svg.layout:visible')).toHaveCount(1);
	});
});

test('a page with Datawrapper’s resize listener sizes the embed', async ({ page }) => {
	await page.setViewportSize({ width: 1200, height: 800 });
	await host(
		page,
		`<iframe src="${site(page, 'embed/timeline/')}" title="Timeline" style="width:100%;border:0" height="300"></iframe><script>${DATAWRAPPER_LISTENER}</script>`
	);
	await resizeAndCheck(page);
});

test('a page with only embed.js sizes the embed', async ({ page }) => {
	await page.setViewportSize({ width: 1200, height: 800 });
	await host(
		page,
		`<div data-story-embed="timeline" data-step="retailers"></div><script src="${site(page, 'embed.js')}"></script>`
	);
	const frame = await embedFrame(page);
	const step = story.steps.find((s) => s.id === 'retailers')!;
	await expect(frame.locator('figure[data-chart]')).toHaveAttribute('data-state', step.state);
	await resizeAndCheck(page);
});

test('embed.js waits for a hidden container to be shown', async ({ page }) => {
	await host(
		page,
		`<div id="tab" hidden><div data-story-embed="revenue"></div></div><script src="${site(page, 'embed.js')}"></script>`
	);
	await page.waitForTimeout(500);
	await expect(page.locator('iframe')).toHaveCount(0);
	await page.evaluate(() => (document.getElementById('tab')!.hidden = false));
	await expect(page.locator('iframe')).toHaveCount(1);
	await expectFitted(page);
});

test('the control API sets the step and the theme, and the stepchange event arrives', async ({
	page
}) => {
	await host(
		page,
		`<div id="c" data-story-embed="revenue"></div><script src="${site(page, 'embed.js')}"></script>
		<script>window.changes=[];document.getElementById('c').addEventListener('story-embed:stepchange',function(e){window.changes.push(e.detail)});</script>`
	);
	const frame = await embedFrame(page);
	await expect(frame.locator('figure[data-chart]')).toHaveAttribute('data-state', 'overview');
	await expect
		.poll(() => page.evaluate(() => (window as unknown as { changes: unknown[] }).changes))
		.toContainEqual({
			chart: 'revenue',
			step: 'overview'
		});
	const target = story.steps.find((s) => s.chart === 'revenue' && s.state === 'us-government')!;
	await page.evaluate((step) => {
		const w = window as unknown as {
			StoryEmbed: { setStep(c: Element, s: string): void; setTheme(c: Element, t: string): void };
		};
		w.StoryEmbed.setStep(document.getElementById('c')!, step);
		w.StoryEmbed.setTheme(document.getElementById('c')!, 'dark');
	}, target.id);
	await expect(frame.locator('figure[data-chart]')).toHaveAttribute('data-state', 'us-government');
	await expect(frame.locator('html')).toHaveAttribute('data-theme', 'dark');
	await expect
		.poll(() => page.evaluate(() => (window as unknown as { changes: unknown[] }).changes))
		.toContainEqual({
			chart: 'revenue',
			step: target.id
		});
	// and a raw postMessage from the host works the same way
	await page.evaluate(() =>
		document
			.querySelector('iframe')!
			.contentWindow!.postMessage({ type: 'embed-theme', theme: 'light' }, '*')
	);
	await expect(frame.locator('html')).toHaveAttribute('data-theme', 'light');
});

test('controls=1 walks the chart through its states inside the frame', async ({ page }) => {
	await page.goto('embed/timeline/?controls=1');
	const figure = page.locator('figure[data-chart]');
	await expect(figure).toHaveAttribute('data-state', 'overview');
	const states = story.steps.filter((s) => s.chart === 'timeline').map((s) => s.state);
	for (const state of states) {
		await page.getByRole('button', { name: /Next/ }).click();
		await expect(figure).toHaveAttribute('data-state', state);
	}
	await expect(page.getByRole('button', { name: /Next/ })).toBeDisabled();
	await expect(page.getByRole('link', { name: /Full story/ })).toHaveAttribute('target', '_blank');
});

test.describe('with JavaScript off', () => {
	test.use({ javaScriptEnabled: false });
	test('an embed shows its chart, at the step in its path', async ({ page }) => {
		const step = story.steps.find((s) => s.chart === 'timeline' && s.state === 'courts')!;
		await page.goto(`embed/timeline/${step.id}/`);
		await expect(page.locator('figure[data-chart="timeline"]')).toHaveAttribute(
			'data-state',
			'courts'
		);
		await expect(page.locator('svg.layout:visible')).toHaveCount(1);
		await page.goto('embed/revenue/');
		await expect(page.locator('figure[data-chart="revenue"] svg.layout:visible')).toHaveCount(1);
	});
});

test('the embed dialog’s snippets, pasted into a blank page, work', async ({ page }) => {
	const dialog = await openEmbedDialog(page);
	const step = story.steps[2]!;
	await dialog.locator('[data-builder-step]').selectOption(step.id);
	const iframeCode = await dialog.locator('[data-snippet="iframe"]').inputValue();
	const scriptCode = await dialog.locator('[data-snippet="script"]').inputValue();
	expect(iframeCode).toContain(`/embed/${step.chart}/${step.id}/`);
	// the live preview frames the same embed
	await expect(dialog.locator('iframe')).toHaveAttribute(
		'src',
		new RegExp(`/embed/${step.chart}/${step.id}/`)
	);
	await dialog.getByRole('radio', { name: '320 px' }).check();
	await expect(dialog.locator('iframe')).toHaveCSS('width', '320px');

	const blank = await page.context().newPage();
	await host(blank, iframeCode);
	const frame = await embedFrame(blank);
	await expect(frame.locator('figure[data-chart]')).toHaveAttribute('data-state', step.state);
	await host(blank, scriptCode);
	await expect((await embedFrame(blank)).locator('figure[data-chart]')).toHaveAttribute(
		'data-state',
		step.state
	);
	await expectFitted(blank);
});

/** A seeded generator, so a failing case can be replayed. */
function lcg(seed: number) {
	let s = seed;
	return () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}
const NASTY = [
	'<script>window.__pwned=1</script>',
	'"><img src=x onerror="window.__pwned=1">',
	'javascript:window.__pwned=1',
	'%3Cimg%20src%3Dx%20onerror%3Dwindow.__pwned%3D1%3E',
	'../../../etc/passwd',
	'overview',
	'regions',
	'dark',
	'1',
	'',
	'\u202e\u0000\ud83d\ude00',
	'x'.repeat(3000),
	'{"type":"embed-step"}',
	'pymxPYMxc1xPYMxwidthxPYMx640',
	'__proto__',
	'constructor'
];
const KEYS = [
	'step',
	'theme',
	'controls',
	'childId',
	'initialWidth',
	'parentUrl',
	'__proto__',
	'x',
	'step[]',
	'THEME'
];

test('200 malformed or hostile query strings: no error, nothing injected, the default chart', async ({
	page
}) => {
	test.setTimeout(120_000);
	const rand = lcg(7);
	const pick = <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)]!;
	const cases = Array.from({ length: 200 }, () => {
		const params = Array.from(
			{ length: 1 + Math.floor(rand() * 4) },
			() =>
				`${encodeURIComponent(pick(KEYS))}=${rand() < 0.5 ? encodeURIComponent(pick(NASTY)) : pick(NASTY).replace(/[#&]/g, '')}`
		).join('&');
		return { chart: rand() < 0.5 ? 'revenue' : 'timeline', params };
	});
	// 10 frames at a time on one host page: the same checks, a fraction of the time.
	for (let i = 0; i < cases.length; i += 10) {
		const batch = cases.slice(i, i + 10);
		await host(
			page,
			batch
				.map(
					(c, j) =>
						`<iframe id="f${j}" title="case ${j}" style="width:600px;height:300px" src="${site(page, `embed/${c.chart}/?${c.params}`).replace(/"/g, '&quot;')}"></iframe>`
				)
				.join('')
		);
		for (const [j, c] of batch.entries()) {
			const frame = (await (await page.waitForSelector(`#f${j}`)).contentFrame())!;
			const figure = frame.locator('figure[data-chart]');
			await expect(figure, c.params).toHaveAttribute('data-chart', c.chart);
			// hydrated: the embed has read its parameters and said which state it shows
			await expect(frame.locator('main[data-embed]'), c.params).toHaveAttribute('data-ready', '1', {
				timeout: 15_000
			});
			const state = await figure.getAttribute('data-state');
			const valid = story.steps.filter((s) => s.chart === c.chart);
			expect(['overview', ...valid.map((s) => s.state)], c.params).toContain(state);
			const injected = await frame.evaluate(() => ({
				pwned: (window as unknown as { __pwned?: number }).__pwned ?? 0,
				handlers: document.querySelectorAll('[onerror], [onload]').length,
				inlineScripts: [...document.scripts].filter((s) => s.textContent?.includes('__pwned'))
					.length,
				theme: document.documentElement.dataset.theme ?? 'auto'
			}));
			expect(injected, c.params).toEqual({
				pwned: 0,
				handlers: 0,
				inlineScripts: 0,
				theme: expect.stringMatching(/^(auto|light|dark)$/)
			});
		}
	}
});

test('200 malformed messages from the host are ignored, and the embed still obeys good ones', async ({
	page
}) => {
	await host(
		page,
		`<iframe src="${site(page, 'embed/revenue/?childId=c1')}" title="Revenue" style="width:100%;border:0" height="600"></iframe>`
	);
	const frame = await embedFrame(page);
	const sent = await page.evaluate((nasty) => {
		let s = 11;
		const rand = () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
		const pick = <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)]!;
		const shapes = [
			() => pick(nasty),
			() => ({
				type: pick(['embed-step', 'embed-theme', 'EMBED-STEP', 'embed-height', '']),
				step: pick(nasty),
				theme: pick(nasty)
			}),
			() => ({ type: 'embed-step', step: pick(nasty), extra: true }),
			() => ({ type: 'embed-theme', theme: pick(nasty) }),
			() => [pick(nasty), pick(nasty)],
			() => rand() * 1e9,
			() => null,
			() =>
				`pymxPYMx${pick(['c1', 'c2', '<b>'])}xPYMx${pick(['width', 'height', 'navigateTo'])}xPYMx${pick(nasty)}`,
			() => JSON.stringify({ type: 'embed-step', step: 'us-government' }),
			() => ({ 'datawrapper-height': { revenue: pick(nasty) } }),
			() => new Blob(['x'])
		];
		const target = document.querySelector('iframe')!.contentWindow!;
		let n = 0;
		for (let i = 0; i < 200; i++) {
			const message = pick(shapes)();
			try {
				target.postMessage(message, '*');
				n++;
			} catch {
				/* not cloneable: nothing was sent */
			}
		}
		return n;
	}, NASTY);
	expect(sent).toBeGreaterThan(150);
	await page.waitForTimeout(500);
	await expect(frame.locator('figure[data-chart]')).toHaveAttribute('data-state', 'overview');
	expect(await frame.evaluate(() => document.querySelectorAll('[onerror], [onload]').length)).toBe(
		0
	);
	expect(await frame.evaluate(() => document.documentElement.dataset.theme ?? 'auto')).toBe('auto');
	await page.evaluate(() =>
		document
			.querySelector('iframe')!
			.contentWindow!.postMessage({ type: 'embed-step', step: 'regions' }, '*')
	);
	await expect(frame.locator('figure[data-chart]')).toHaveAttribute('data-state', 'regions');
});

for (const scheme of ['light', 'dark'] as const) {
	test(`no axe violations on any embed page, ${scheme} theme`, async ({ page }) => {
		test.setTimeout(120_000);
		await page.emulateMedia({ colorScheme: scheme });
		const pages = [
			'embed/',
			'embed/revenue/',
			'embed/timeline/?controls=1',
			...story.steps.map((s) => `embed/${s.chart}/${s.id}/`)
		];
		for (const path of pages) {
			await page.goto(path);
			await expectNoAxeViolations(page, `${path} (${scheme})`);
		}
	});
}
