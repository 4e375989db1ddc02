// @ts-nocheck a plain script for any host page, typed by nothing it could import; embedScript.spec.ts runs it
/*
 * Story embeds for any page. Add this script once; every
 *   <div data-story-embed="revenue" data-step="us-government" data-theme="auto" data-controls="1"></div>
 * becomes a chart that sizes itself. Frames load when they come near the viewport (a hidden
 * container, such as a closed tab, waits until it is shown). No dependencies.
 *
 * Control API, for host pages:
 *   StoryEmbed.setStep(container, "us-government")   StoryEmbed.setTheme(container, "dark")
 * or post {type: "embed-step", step} / {type: "embed-theme", theme} to the iframe yourself.
 * The container receives a "story-embed:stepchange" event (detail: {chart, step}) when the chart
 * changes state. Messages of any other shape are ignored.
 *
 * Messages carry the embed protocol's version (StoryEmbed.version; changes in CHANGELOG.md).
 *
 * Strict mode for the whole file keeps its functions and constants inside the block below (block
 * scope), so the host page gains one global, StoryEmbed, and the code reads as small functions.
 */
'use strict';

if (!window.StoryEmbed) {
	// Written in when the site is built (src/lib/embed/hostScript.ts): the embed protocol's version,
	// each chart's title and fallback height from the chart registry and the snippets, the id rule.
	const CONFIG = __STORY_EMBED_CONFIG__;
	const VERSION = CONFIG.version;
	const CHARTS = CONFIG.charts;
	const ID = new RegExp(CONFIG.id);
	const THEMES = { light: 1, dark: 1, auto: 1 };
	const script = document.currentScript;
	const root = new URL('./', script ? script.src : location.href);
	const frames = [];

	function embedUrl(chart, step, theme, controls) {
		var url = new URL('embed/' + chart + '/' + (step ? step + '/' : ''), root);
		if (theme && theme !== 'auto') url.searchParams.set('theme', theme);
		if (controls) url.searchParams.set('controls', '1');
		return url.href;
	}

	function mount(container) {
		if (container.getAttribute('data-story-embed-ready')) return;
		var chart = container.getAttribute('data-story-embed');
		if (!Object.prototype.hasOwnProperty.call(CHARTS, chart)) return;
		var step = container.getAttribute('data-step');
		if (step && !ID.test(step)) step = null;
		var theme = container.getAttribute('data-theme');
		if (!THEMES[theme]) theme = 'auto';
		var controls = container.getAttribute('data-controls') === '1';
		var iframe = document.createElement('iframe');
		iframe.src = embedUrl(chart, step, theme, controls);
		iframe.title = CHARTS[chart].title;
		iframe.setAttribute('scrolling', 'no');
		iframe.setAttribute('loading', 'eager');
		iframe.style.cssText =
			'display:block;width:100%;min-width:100%;border:0;height:' + CHARTS[chart].height + 'px';
		container.setAttribute('data-story-embed-ready', '1');
		container.appendChild(iframe);
		frames.push({ iframe: iframe, container: container, chart: chart });
	}

	function frameFor(source) {
		for (var i = 0; i < frames.length; i++) {
			if (frames[i].iframe.contentWindow === source) return frames[i];
		}
		return null;
	}

	function dispatchStepChange(container, detail) {
		var custom;
		try {
			custom = new CustomEvent('story-embed:stepchange', { detail: detail, bubbles: true });
		} catch {
			custom = document.createEvent('CustomEvent');
			custom.initCustomEvent('story-embed:stepchange', true, false, detail);
		}
		container.dispatchEvent(custom);
	}

	function onMessage(event) {
		var frame = frameFor(event.source);
		var data = event.data;
		if (!frame || !data || typeof data !== 'object') return;
		if (
			data.type === 'embed-height' &&
			typeof data.height === 'number' &&
			data.height > 0 &&
			data.height < 20000
		) {
			frame.iframe.style.height = Math.ceil(data.height) + 'px';
		} else if (
			data.type === 'embed-stepchange' &&
			data.chart === frame.chart &&
			typeof data.step === 'string' &&
			ID.test(data.step)
		) {
			dispatchStepChange(frame.container, { chart: data.chart, step: data.step });
		}
	}

	function post(container, message) {
		for (var i = 0; i < frames.length; i++) {
			if (frames[i].container === container && frames[i].iframe.contentWindow) {
				frames[i].iframe.contentWindow.postMessage(message, root.origin);
			}
		}
	}

	// Load each frame when it nears the viewport; a hidden container never intersects, so it waits.
	function nearViewport() {
		if (!('IntersectionObserver' in window)) return null;
		var observer = new IntersectionObserver(
			function (entries) {
				entries.forEach(function (entry) {
					if (entry.isIntersecting) {
						observer.unobserve(entry.target);
						mount(entry.target);
					}
				});
			},
			{ rootMargin: '300px 0px' }
		);
		return observer;
	}

	function scan(observer) {
		var found = document.querySelectorAll('[data-story-embed]:not([data-story-embed-ready])');
		for (var i = 0; i < found.length; i++) {
			if (observer) observer.observe(found[i]);
			else mount(found[i]);
		}
	}

	window.addEventListener('message', onMessage);

	window.StoryEmbed = {
		version: VERSION,
		setStep: function (container, step) {
			if (step === 'overview' || (typeof step === 'string' && ID.test(step)))
				post(container, { type: 'embed-step', step: step, version: VERSION });
		},
		setTheme: function (container, theme) {
			if (THEMES[theme]) post(container, { type: 'embed-theme', theme: theme, version: VERSION });
		}
	};

	const observer = nearViewport();
	const scanAll = function () {
		scan(observer);
	};
	if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', scanAll);
	else scanAll();
}
