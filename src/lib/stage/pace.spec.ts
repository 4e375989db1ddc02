import { describe, expect, it } from 'vitest';
import { HoldWhileSkimming, INPUT_MS, Pace, SETTLE_MS, screensPerSecond } from './pace.ts';

/** Timers under the test's control: `run(ms)` moves the clock on and fires what is due. */
function clock() {
	let now = 0;
	let timers: { at: number; work: () => void }[] = [];
	return {
		later(work: () => void, ms: number) {
			const timer = { at: now + ms, work };
			timers.push(timer);
			return () => (timers = timers.filter((t) => t !== timer));
		},
		run(ms: number) {
			now += ms;
			const due = timers.filter((t) => t.at <= now);
			timers = timers.filter((t) => t.at > now);
			for (const t of due) t.work();
		},
		get now() {
			return now;
		}
	};
}

describe('screensPerSecond', () => {
	it('is the distance in screen heights over the time in seconds, either way', () => {
		expect(screensPerSecond(0, 200, 50, 800)).toBe(5);
		expect(screensPerSecond(1000, 800, 100, 800)).toBe(2.5);
		expect(screensPerSecond(0, 0, 16, 800)).toBe(0);
	});

	it('is 0 for no time or no screen, not infinite', () => {
		expect(screensPerSecond(0, 100, 0, 800)).toBe(0);
		expect(screensPerSecond(0, 100, 16, 0)).toBe(0);
	});
});

describe('Pace', () => {
	function pace() {
		const time = clock();
		const said: boolean[] = [];
		const p = new Pace((skimming) => said.push(skimming), time.later);
		let y = 0;
		/** The reader scrolls by `px` over `ms` on an 800 px screen (a wheel turn, a finger). */
		const scroll = (px: number, ms: number) => {
			time.run(ms);
			p.input(time.now);
			y += px;
			p.sample(y, time.now, 800);
		};
		/** The page scrolls itself by `px` over `ms` (a "Next" link, the keyboard, a jump). */
		const scrolled = (px: number, ms: number) => {
			time.run(ms);
			y += px;
			p.sample(y, time.now, 800);
		};
		return { p, said, scroll, scrolled, time };
	}

	it('says nothing at reading pace', () => {
		const { said, scroll } = pace();
		scroll(0, 0);
		for (let i = 0; i < 40; i++) scroll(100, 100); // a wheel tick a tenth of a second: 1.25 screens/s
		expect(said).toEqual([]);
	});

	it('says skimming once as the reader flies down the page, and reading once they stop', () => {
		const { p, said, scroll, time } = pace();
		scroll(0, 0);
		for (let i = 0; i < 20; i++) scroll(200, 50); // the bench's scroll: 5 screens/s
		expect(said).toEqual([true]);
		expect(p.skimming).toBe(true);
		time.run(SETTLE_MS - 1);
		expect(said).toEqual([true]);
		time.run(1);
		expect(said).toEqual([true, false]);
		expect(p.skimming).toBe(false);
	});

	it('stays skimming through short pauses in a fast scroll', () => {
		const { said, scroll, time } = pace();
		scroll(0, 0);
		scroll(400, 50);
		time.run(SETTLE_MS / 2);
		scroll(400, 50);
		time.run(SETTLE_MS / 2);
		scroll(400, 50);
		expect(said).toEqual([true]);
	});

	it('says nothing when the page scrolls itself, however fast, as a link to the next step does', () => {
		const { said, scroll, scrolled, time } = pace();
		scroll(0, 0);
		time.run(INPUT_MS + 1);
		for (let i = 0; i < 10; i++) scrolled(300, 50); // a smooth scroll of 3000 px in half a second
		scrolled(5000, 16); // a jump
		expect(said).toEqual([]);
	});

	it('counts a fling’s glide after the finger has left, for a while', () => {
		const { said, scroll, scrolled } = pace();
		scroll(0, 0);
		scrolled(300, 50);
		expect(said).toEqual([true]);
	});

	it('reports nothing once stopped', () => {
		const { p, said, scroll, time } = pace();
		scroll(0, 0);
		scroll(400, 50);
		p.stop();
		time.run(SETTLE_MS * 2);
		expect(said).toEqual([true]);
	});
});

describe('HoldWhileSkimming', () => {
	it('tells each value at once while the reader reads', () => {
		const told: (string | null)[] = [];
		const address = new HoldWhileSkimming<string | null>((id) => told.push(id));
		address.set('regions');
		address.set(null);
		expect(told).toEqual(['regions', null]);
	});

	it('holds the values while the reader skims, and tells only the last when they slow down', () => {
		const told: (string | null)[] = [];
		const address = new HoldWhileSkimming<string | null>((id) => told.push(id));
		address.pace(true);
		for (const id of ['regions', 'us-market', 'summer-2017', 'best-buy']) address.set(id);
		expect(told).toEqual([]);
		address.pace(true); // still skimming: nothing yet
		expect(told).toEqual([]);
		address.pace(false);
		expect(told).toEqual(['best-buy']);
		address.pace(false); // told once
		expect(told).toEqual(['best-buy']);
	});

	it('tells a held null (back above the first step) like any other value', () => {
		const told: (string | null)[] = [];
		const address = new HoldWhileSkimming<string | null>((id) => told.push(id));
		address.pace(true);
		address.set('regions');
		address.set(null);
		address.pace(false);
		expect(told).toEqual([null]);
	});

	it('with the pace of a real skim: told SETTLE_MS after the last fast stretch', () => {
		const time = clock();
		const told: (string | null)[] = [];
		const address = new HoldWhileSkimming<string | null>((id) => told.push(id));
		const pace = new Pace((fast) => address.pace(fast), time.later);
		pace.input(0);
		pace.sample(0, 0, 800);
		for (let i = 1; i <= 10; i++) {
			time.run(50);
			pace.input(time.now);
			pace.sample(i * 200, time.now, 800);
			address.set(`step-${i}`);
		}
		expect(told).toEqual([]);
		time.run(SETTLE_MS - 1);
		expect(told).toEqual([]);
		time.run(1);
		expect(told).toEqual(['step-10']);
	});
});
