/**
 * The scrolling story's choreography: which step the reader is at, which chart's panel shows,
 * which comes in and which goes out, what each panel draws (a change spread over a few frames),
 * which figures are fetched (those of the steps around the reader's), what is prepared at idle
 * moments, and the page settling after a deep link.
 *
 * Every change comes in through a method (the reader reaches a step, figures arrive, the page
 * opens) and every change over time goes through the schedulers of schedule.ts, so the whole of it
 * can be driven without a browser (scrollStage.spec.ts). The view only draws the fields.
 */
import { untrack } from 'svelte';
import type { FigureModel } from '../charts/frame/types.ts';
import { CHARTS, CHART_IDS, type ChartId } from '../charts/registry.ts';
import { spreadChange } from './spread.ts';
import { afterPaint, whenIdle } from './schedule.ts';
import type { StoryStep } from '../story/types.ts';

/** What the stage reads of a step. */
export type StageStep = Pick<StoryStep, 'id' | 'index' | 'chart' | 'heading' | 'alt'>;

export interface ScrollStageOptions<S extends StageStep> {
	/** The story's steps, in order (at least one). */
	steps: readonly S[];
	/** A step's figure, once it has arrived (reading it may be tracked: see sync). */
	figure: (step: S) => FigureModel | undefined;
	/**
	 * Fetch these steps' figures, which are not here (asked again while they are missing: the
	 * store fetches each once while it is on its way).
	 */
	want: (steps: readonly S[]) => void;
	/** Told where the reader is, once the change it brings has been drawn. */
	onstepchange?: (id: string | null) => void;
}

type Cancel = () => void;

export class ScrollStage<S extends StageStep = StageStep> {
	/** The step the reader is at; undefined until the first report, so opening announces nothing. */
	activeId = $state<string | null | undefined>(undefined);
	/** What a screen reader hears as a step is reached. */
	announcement = $state('');
	/**
	 * What each chart's panel shows: the last step it was asked for whose figure has arrived.
	 * Every chart keeps its panel once drawn, and only one is shown, so moving between the charts
	 * shows a panel that is ready instead of building one mid-scroll.
	 */
	panels = $state.raw<Partial<Record<ChartId, S>>>({});
	/** The chart on screen: the active step's, once its figure has arrived. */
	shown = $state<ChartId>() as ChartId;
	/** The chart that came on screen by a change of chart (it fades in). */
	entering = $state<ChartId | null>(null);
	/** The chart it replaced: transparent until the next idle moment, then hidden. */
	leaving = $state<ChartId | null>(null);
	/** Each panel's figure as drawn, part-way through a spread change (src/lib/stage/spread.ts). */
	onScreen = $state.raw<Partial<Record<ChartId, FigureModel>>>({});
	/** True until the page has settled: a deep link opens the chart in its state without a tween. */
	settling = $state(true);

	readonly #options: ScrollStageOptions<S>;
	/** Each chart's first step, prepared out of sight at an idle moment. */
	readonly #firsts: S[];
	/** The active step as far as its figure has arrived (a deep link or a fast reader gets there first). */
	#arrived: S;
	/** Each panel's drawing under way: the figure it goes to, and how to stop it. */
	#drawing: Partial<Record<ChartId, { to: FigureModel; stop?: Cancel }>> = {};
	// What is due later, each as the function that calls it off.
	#swapping?: Cancel;
	#hiding?: Cancel;
	#preparing?: Cancel;
	#telling?: Cancel;
	#loading?: Cancel;
	#settling?: Cancel;

	constructor(options: ScrollStageOptions<S>) {
		this.#options = options;
		const first = options.steps[0]!;
		this.#arrived = first;
		this.panels = { [first.chart]: first };
		this.shown = first.chart;
		this.#firsts = CHART_IDS.flatMap((chart) => options.steps.find((s) => s.chart === chart) ?? []);
	}

	/** The step the reader is at (the first one above it). */
	get active(): S {
		const { steps } = this.#options;
		return steps.find((s) => s.id === this.activeId) ?? steps[0]!;
	}

	/** What a panel draws now: its figure part-way through a change, or the figure itself. */
	model(chart: ChartId): FigureModel | undefined {
		const step = this.panels[chart];
		return step && (this.onScreen[chart] ?? this.#options.figure(step));
	}

	/**
	 * The page has opened, at the step named in its address when there is one (the browser has
	 * already scrolled there). The figures around it that the page did not bring are fetched at the
	 * first idle moment: soon, so the work is done before most readers scroll. Returns the step
	 * opened, if any.
	 */
	open(id: string): S | undefined {
		const step = this.#options.steps.find((s) => s.id === id);
		if (step) {
			this.activeId = step.id;
			this.#options.onstepchange?.(step.id);
		}
		this.#loading = whenIdle(() => this.#fetch(this.active, true));
		const frame = requestAnimationFrame(() => {
			const next = requestAnimationFrame(() => (this.settling = false));
			this.#settling = () => cancelAnimationFrame(next);
		});
		this.#settling = () => cancelAnimationFrame(frame);
		return step;
	}

	/** The reader has reached a step (null: above the first one). */
	activate(id: string | null): void {
		if (id === this.activeId) return;
		const previous = this.activeId;
		this.activeId = id;
		// The address and the page around the story follow once the chart's change has been drawn:
		// the router reads the scroll position, which would otherwise lay the change out early, in
		// the same task as its script.
		this.#telling?.();
		this.#telling = afterPaint(() => this.#options.onstepchange?.(id), { late: true });

		const step = this.#options.steps.find((s) => s.id === id);
		if (step && previous !== undefined) {
			const of = this.#options.steps.length;
			this.announcement = `Step ${step.index + 1} of ${of}: ${step.heading}. ${CHARTS[step.chart].title}: ${step.alt}`;
		}
	}

	/**
	 * Bring the panels up to date with the reader's step and the figures that have arrived. Run it
	 * in an effect: it reads, and so tracks, only those (the active step, its figure, each chart's
	 * first figure); everything it changes is its own state, read untracked.
	 */
	sync(): void {
		const step = this.active;
		const here = this.#options.figure(step) !== undefined;
		const ready = this.#firsts.filter((s) => this.#options.figure(s));
		untrack(() => {
			if (here) this.#arrive(step);
			this.#fetch(step, !here);
			this.#draw();
			this.#prepare(ready);
		});
	}

	/** Call everything that is due off (the view is going). */
	destroy(): void {
		for (const cancel of [
			this.#swapping,
			this.#hiding,
			this.#preparing,
			this.#telling,
			this.#loading,
			this.#settling
		])
			cancel?.();
		for (const drawing of Object.values(this.#drawing)) drawing.stop?.();
	}

	/** Figures wanted at `step`: its own, the next's, the previous's, and each chart's first. */
	#around(step: S): S[] {
		const { steps } = this.#options;
		const i = steps.indexOf(step);
		const near = [step, steps[i + 1], steps[i - 1], ...this.#firsts];
		return near.filter((s, at): s is S => s !== undefined && near.indexOf(s) === at);
	}

	/**
	 * Ask for the figures around `step` not here: at once when the reader waits (a deep link, a
	 * fast reader), else when idle, not to compete with the frame that draws the step.
	 */
	#fetch(step: S, now: boolean): void {
		this.#loading?.();
		this.#loading = undefined;
		const missing = this.#around(step).filter((s) => !this.#options.figure(s));
		if (!missing.length) return;
		if (now) this.#options.want(missing);
		else
			this.#loading = whenIdle(() => {
				this.#loading = undefined;
				this.#options.want(missing);
			});
	}

	/** The active step's figure is here: its panel takes it, and shows if it is another chart's. */
	#arrive(step: S): void {
		if (step === this.#arrived) return;
		this.#arrived = step;
		if (this.panels[step.chart] !== step) this.panels = { ...this.panels, [step.chart]: step };
		this.#swapping?.();
		this.#swapping = undefined;
		if (this.shown === step.chart) return;
		// A change of chart: the panel takes its new state out of sight first, and shows once that
		// has been drawn, so the two costs fall in two frames rather than one long one.
		this.#swapping = afterPaint(() => this.#swap(step.chart), { late: true });
	}

	#swap(chart: ChartId): void {
		this.#swapping = undefined;
		this.leaving = this.shown;
		this.entering = chart;
		this.shown = chart;
		// The panel replaced goes out of sight at once (transparent, under the other), and out of
		// reach (hidden) at the next idle moment: hiding it restyles its every element, which the
		// frame that shows the new panel does not need to do as well.
		this.#hiding?.();
		this.#hiding = whenIdle(() => {
			this.#hiding = undefined;
			this.leaving = null;
		});
	}

	/** Each panel goes to its step's figure: a change within a chart over a few frames (spread.ts). */
	#draw(): void {
		for (const chart of CHART_IDS) {
			const step = this.panels[chart];
			const to = step && this.#options.figure(step);
			const under = this.#drawing[chart];
			if (!to || under?.to === to) continue;
			under?.stop?.();
			const from = this.onScreen[chart];
			const draw = (model: FigureModel) => (this.onScreen = { ...this.onScreen, [chart]: model });
			if (!from || from === to) {
				if (!from) draw(to);
				this.#drawing[chart] = { to };
			} else {
				this.#drawing[chart] = { to, stop: spreadChange(from, to, draw) };
			}
		}
	}

	/** At an idle moment, draw each other chart's first step in its panel, out of sight, ready for its turn. */
	#prepare(ready: S[]): void {
		if (this.#preparing || !ready.some((s) => !this.panels[s.chart])) return;
		this.#preparing = whenIdle(() => {
			this.#preparing = undefined;
			// Figures that arrived since count too.
			const missing = this.#firsts.filter((s) => !this.panels[s.chart] && this.#options.figure(s));
			if (!missing.length) return;
			this.panels = { ...this.panels, ...Object.fromEntries(missing.map((s) => [s.chart, s])) };
			this.#draw();
		});
	}
}
