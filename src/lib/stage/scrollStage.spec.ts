// The scroll stage driven through its transitions as a reader and the network would: steps
// reached one by one and several in one frame (back and forth), figures that arrive after their
// step was passed, a change of chart, a change spread over frames, reduced motion, the
// idle moments that prepare the other chart, a deep link, and which figures are asked for when.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { FigureModel } from '../charts/frame/types.ts';
import { fakeFrames } from '../testing/frames.ts';
import { ScrollStage, type StageStep } from './scrollStage.svelte.ts';

const step = (index: number, id: string, chart: StageStep['chart']): StageStep => ({
	id,
	index,
	chart,
	heading: `Heading ${id}`,
	alt: `Alt ${id}`
});
const STEPS = [
	step(0, 'total', 'revenue'),
	step(1, 'regions', 'revenue'),
	step(2, 'summer', 'timeline'),
	step(3, 'directive', 'timeline'),
	step(4, 'after', 'revenue'),
	step(5, 'law', 'timeline')
];

/** A figure per step: the timeline's six events and the revenue chart's six rects move from one state to the next. */
function figureOf(s: StageStep): FigureModel {
	const marks = Array.from({ length: 6 }, (_, i) => ({ id: `e${i}`, x: i * 10 + s.index }));
	const drawing =
		s.chart === 'timeline'
			? { kind: 'timeline', layouts: [{ width: 360, events: marks }] }
			: { kind: 'revenue', layouts: [{ width: 360, rects: marks, lines: [], texts: [] }] };
	return { chart: s.chart, state: s.id, drawing } as unknown as FigureModel;
}
const FIGURES = new Map(STEPS.map((s) => [s.id, figureOf(s)]));

let paint: () => void;
let idle: Map<number, IdleRequestCallback>;
let motion: 'full' | 'reduce';

beforeEach(() => {
	({ paint } = fakeFrames());
	idle = new Map();
	let next = 0;
	vi.stubGlobal('window', globalThis);
	vi.stubGlobal('requestIdleCallback', (callback: IdleRequestCallback) => {
		idle.set(++next, callback);
		return next;
	});
	vi.stubGlobal('cancelIdleCallback', (id: number) => idle.delete(id));
	motion = 'full';
	vi.stubGlobal('document', {
		documentElement: {
			dataset: {
				get motion() {
					return motion;
				}
			}
		}
	});
});
afterEach(() => {
	vi.useRealTimers();
	vi.unstubAllGlobals();
});

/** A frame is painted, and the tasks queued just after it run. */
function frame() {
	paint();
	vi.runAllTimers();
}
/** The browser is idle: what waits for that runs. */
function idleMoment() {
	vi.runAllTimers();
	const due = [...idle.values()];
	idle.clear();
	for (const callback of due) callback({ didTimeout: false, timeRemaining: () => 10 });
}

/** A stage whose page brought the figures of `brought` (default: the first step's). */
function stageWith(brought = ['total']) {
	const here = new Set(brought);
	const told: (string | null)[] = [];
	const want = vi.fn<(steps: readonly StageStep[]) => void>();
	const stage = new ScrollStage({
		steps: STEPS,
		figure: (s) => (here.has(s.id) ? FIGURES.get(s.id) : undefined),
		want,
		onstepchange: (id) => told.push(id)
	});
	/** The reader reaches a step; the view's effect brings the stage up to date. */
	const reach = (id: string | null) => {
		stage.activate(id);
		stage.sync();
	};
	/** The steps whose figures were asked for, call by call. */
	const asked = () => want.mock.calls.map(([steps]) => steps.map((s) => s.id));
	/** Figures arrive (their files): the view's effect runs again. */
	const arrive = (ids = STEPS.map((s) => s.id)) => {
		for (const id of ids) here.add(id);
		stage.sync();
	};
	return { stage, told, want, asked, reach, arrive };
}

const panelIds = (stage: ScrollStage) =>
	Object.fromEntries(Object.entries(stage.panels).map(([chart, s]) => [chart, s.id]));

describe('ScrollStage', () => {
	it('opens on the first step’s chart, settles two frames later and fetches the next step’s and the other chart’s first when idle', () => {
		const { stage, told, want, asked } = stageWith();
		expect(stage.open('')).toBeUndefined();
		stage.sync();
		expect(stage.shown).toBe('revenue');
		expect(panelIds(stage)).toEqual({ revenue: 'total' });
		expect(stage.model('revenue')).toBe(FIGURES.get('total'));
		expect(stage.model('timeline')).toBeUndefined();
		expect(stage.settling).toBe(true);
		paint();
		expect(stage.settling).toBe(true);
		paint();
		expect(stage.settling).toBe(false);
		expect(want).not.toHaveBeenCalled();
		idleMoment();
		expect(asked()).toEqual([['regions', 'summer']]);
		expect(told).toEqual([]);
		expect(stage.announcement).toBe('');
	});

	it('opens a deep link at its step at once, telling the page, and fetches its figure', () => {
		const { stage, told, asked, arrive } = stageWith();
		expect(stage.open('law')?.id).toBe('law');
		expect(told).toEqual(['law']);
		stage.sync();
		// Until its figure is here the first chart stays; the figure is asked for straight away,
		// with the previous step's (the last has no next) and the timeline's first.
		expect(asked()).toEqual([['law', 'after', 'summer']]);
		expect(stage.shown).toBe('revenue');
		arrive();
		expect(panelIds(stage)).toEqual({ revenue: 'total', timeline: 'law' });
		frame();
		expect(stage.shown).toBe('timeline');
		// No announcement for where the page opened.
		expect(stage.announcement).toBe('');
	});

	it('moves within a chart, its marks over three frames, and announces each step reached after the first', () => {
		const { stage, told, reach } = stageWith(['total', 'regions']);
		stage.open('');
		reach('total');
		expect(stage.announcement).toBe('');
		reach('regions');
		expect(panelIds(stage)).toEqual({ revenue: 'regions' });
		// The new state at once, its first two of six rects in their new place.
		const rects = () =>
			(stage.model('revenue')!.drawing.layouts[0] as unknown as { rects: { x: number }[] }).rects;
		expect(stage.model('revenue')!.state).toBe('regions');
		expect(rects().map((r) => r.x % 10)).toEqual([1, 1, 0, 0, 0, 0]);
		expect(stage.entering).toBeNull();
		expect(stage.announcement).toMatch(/^Step 2 of 6: Heading regions\. .+: Alt regions$/);
		// The page hears of it once the change has been drawn.
		expect(told).toEqual([]);
		frame();
		expect(told).toEqual(['regions']);
		frame();
		expect(stage.model('revenue')).toBe(FIGURES.get('regions'));
	});

	it('changes chart in two frames: drawn out of sight, then shown; the old panel hidden when idle', () => {
		const { stage, reach } = stageWith(['total', 'summer']);
		reach('summer');
		expect(panelIds(stage)).toEqual({ revenue: 'total', timeline: 'summer' });
		expect(stage.shown).toBe('revenue');
		frame();
		expect(stage.shown).toBe('timeline');
		expect(stage.entering).toBe('timeline');
		expect(stage.leaving).toBe('revenue');
		frame();
		expect(stage.leaving).toBe('revenue');
		idleMoment();
		expect(stage.leaving).toBeNull();
		expect(stage.entering).toBe('timeline');
	});

	it('after a fast scroll shows only where the reader stopped, back and forth within one frame', () => {
		const { stage, told, reach } = stageWith(STEPS.map((s) => s.id));
		reach('total');
		frame();
		// Down past a chart change and back, then down again, all before a frame is painted.
		for (const id of ['directive', 'after', 'law', 'regions']) reach(id);
		expect(stage.shown).toBe('revenue');
		frame();
		expect(stage.shown).toBe('revenue');
		expect(stage.leaving).toBeNull();
		expect(stage.entering).toBeNull();
		expect(panelIds(stage)).toEqual({ revenue: 'regions', timeline: 'law' });
		expect(told).toEqual(['total', 'regions']);
		// Then over a chart change and back before the change is shown: nothing moves.
		reach('summer');
		reach('after');
		frame();
		expect(stage.shown).toBe('revenue');
		expect(stage.leaving).toBeNull();
		expect(told.at(-1)).toBe('after');
	});

	it('keeps the chart it has while a figure is late, and skips the steps passed meanwhile', () => {
		const { stage, asked, reach, arrive } = stageWith();
		reach('total');
		reach('summer');
		expect(asked()).toEqual([['summer', 'directive', 'regions']]);
		reach('directive');
		frame();
		expect(stage.shown).toBe('revenue');
		expect(panelIds(stage)).toEqual({ revenue: 'total' });
		// A figure of a step already passed changes nothing.
		arrive(['summer']);
		frame();
		expect(stage.shown).toBe('revenue');
		expect(panelIds(stage)).toEqual({ revenue: 'total' });
		// The reader's own step's arrives: its chart comes on screen at that state.
		arrive(['directive']);
		frame();
		expect(stage.shown).toBe('timeline');
		expect(panelIds(stage).timeline).toBe('directive');
		expect(stage.model('timeline')).toBe(FIGURES.get('directive'));
	});

	it('spreads a timeline change over three frames, and a new change starts from where it got to', () => {
		const { stage, reach } = stageWith(STEPS.map((s) => s.id));
		reach('summer');
		frame();
		expect(stage.model('timeline')).toBe(FIGURES.get('summer'));
		const xs = () =>
			(
				stage.model('timeline')!.drawing.layouts[0] as unknown as { events: { x: number }[] }
			).events.map((e) => e.x % 10);
		reach('directive');
		expect(xs()).toEqual([3, 3, 2, 2, 2, 2]); // a third of the events moved at once
		frame();
		expect(xs()).toEqual([3, 3, 3, 3, 2, 2]);
		reach('law');
		expect(xs()).toEqual([5, 5, 3, 3, 2, 2]);
		frame();
		frame();
		expect(stage.model('timeline')).toBe(FIGURES.get('law'));
	});

	it('with motion reduced draws a timeline change at once', () => {
		const { stage, reach } = stageWith(STEPS.map((s) => s.id));
		motion = 'reduce';
		reach('summer');
		frame();
		reach('directive');
		expect(stage.model('timeline')).toBe(FIGURES.get('directive'));
	});

	it('prepares the other chart’s first step out of sight at an idle moment, once its figure is here', () => {
		const { stage, arrive } = stageWith();
		stage.open('');
		stage.sync();
		idleMoment();
		expect(panelIds(stage)).toEqual({ revenue: 'total' });
		arrive();
		expect(panelIds(stage)).toEqual({ revenue: 'total' });
		idleMoment();
		expect(panelIds(stage)).toEqual({ revenue: 'total', timeline: 'summer' });
		expect(stage.model('timeline')).toBe(FIGURES.get('summer'));
		expect(stage.shown).toBe('revenue');
	});

	it('calls everything due off when the view goes', () => {
		const { stage, told, want, reach } = stageWith(STEPS.map((s) => s.id));
		stage.open('');
		reach('summer');
		reach('directive');
		stage.destroy();
		frame();
		idleMoment();
		frame();
		expect(stage.shown).toBe('revenue');
		expect(stage.settling).toBe(true);
		expect(told).toEqual([]);
		expect(want).not.toHaveBeenCalled();
	});

	it('asks for the next and previous steps’ figures at an idle moment as the reader moves, not while a step is drawn', () => {
		const { stage, want, asked, reach } = stageWith(['total', 'regions', 'summer']);
		stage.open('');
		stage.sync();
		idleMoment();
		// Everything around the first step is here: nothing to fetch.
		expect(want).not.toHaveBeenCalled();
		reach('regions');
		reach('summer');
		expect(want).not.toHaveBeenCalled();
		idleMoment();
		expect(asked()).toEqual([['directive']]);
	});

	it('after a fast scroll asks only for what is around where the reader stopped', () => {
		const { stage, asked, reach } = stageWith(['total', 'regions', 'summer', 'directive']);
		stage.open('');
		reach('summer');
		// Passed before the idle moment: what summer's neighbours needed is called off.
		reach('directive');
		reach('regions');
		idleMoment();
		expect(asked()).toEqual([]);
		reach('directive');
		idleMoment();
		expect(asked()).toEqual([['after']]);
	});

	it('asks again for a figure still missing when the reader comes back to its step', () => {
		const { asked, reach } = stageWith();
		reach('regions');
		reach('total');
		reach('regions');
		expect(asked()).toEqual([
			['regions', 'summer'],
			['regions', 'summer']
		]);
	});
});
