import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterPaint, whenIdle, whenQuiet } from './schedule.ts';
import { fakeFrames } from '../testing/frames.ts';

let paint: () => void;
beforeEach(() => {
	({ paint } = fakeFrames());
});
afterEach(() => {
	vi.useRealTimers();
	vi.unstubAllGlobals();
});

describe('afterPaint', () => {
	it('runs the work in a task after the next frame, not before or inside it', () => {
		const log: string[] = [];
		afterPaint(() => log.push('work'));
		vi.runAllTimers();
		expect(log).toEqual([]); // no frame yet
		paint();
		expect(log).toEqual([]); // the frame itself does not run it
		vi.runAllTimers();
		expect(log).toEqual(['work']);
	});

	it('runs late work after every task queued for the same frame, even one asked for later', () => {
		const log: string[] = [];
		afterPaint(() => log.push('change'), { late: true });
		afterPaint(() => log.push('read'));
		paint();
		vi.runAllTimers();
		expect(log).toEqual(['read', 'change']);
	});

	it('can be called off before the frame and between the frame and the task', () => {
		const log: string[] = [];
		afterPaint(() => log.push('before'))();
		const cancel = afterPaint(() => log.push('between'), { late: true });
		paint();
		vi.advanceTimersByTime(0);
		cancel();
		vi.runAllTimers();
		expect(log).toEqual([]);
	});
});

describe('whenIdle', () => {
	it('waits for the delay, then for an idle moment', () => {
		const idle: IdleRequestCallback[] = [];
		vi.stubGlobal('requestIdleCallback', (callback: IdleRequestCallback) => idle.push(callback));
		vi.stubGlobal('cancelIdleCallback', () => {});
		vi.stubGlobal('window', globalThis);
		const work = vi.fn();
		whenIdle(work, 500);
		vi.advanceTimersByTime(499);
		expect(idle).toHaveLength(0);
		vi.advanceTimersByTime(1);
		expect(work).not.toHaveBeenCalled();
		idle[0]!({ didTimeout: false, timeRemaining: () => 10 });
		expect(work).toHaveBeenCalledOnce();
	});

	it('is called off by the function it returns', () => {
		vi.stubGlobal('window', globalThis);
		const work = vi.fn();
		whenIdle(work, 100)();
		vi.runAllTimers();
		expect(work).not.toHaveBeenCalled();
	});
});

describe('whenQuiet', () => {
	/** The page's events, as whenQuiet listens to them. */
	function pageEvents(): EventTarget {
		const target = new EventTarget();
		vi.stubGlobal('window', globalThis);
		vi.stubGlobal('addEventListener', target.addEventListener.bind(target));
		vi.stubGlobal('removeEventListener', target.removeEventListener.bind(target));
		return target;
	}

	it('waits until the reader has stopped scrolling for the quiet time', () => {
		const target = pageEvents();
		const work = vi.fn();
		whenQuiet(work, 1000);
		vi.advanceTimersByTime(900);
		target.dispatchEvent(new Event('scroll'));
		vi.advanceTimersByTime(900);
		target.dispatchEvent(new Event('keydown'));
		vi.advanceTimersByTime(900);
		expect(work).not.toHaveBeenCalled();
		vi.advanceTimersByTime(100);
		expect(work).toHaveBeenCalledOnce();
		// Done once: later input starts nothing again.
		target.dispatchEvent(new Event('scroll'));
		vi.runAllTimers();
		expect(work).toHaveBeenCalledOnce();
	});

	it('keeps one timer however many events a scroll sends, and waits out what is left of the quiet', () => {
		const target = pageEvents();
		const work = vi.fn();
		whenQuiet(work, 1000);
		const timers = vi.spyOn(globalThis, 'setTimeout');
		for (let i = 0; i < 100; i++) {
			vi.advanceTimersByTime(16);
			target.dispatchEvent(new Event(i % 2 ? 'scroll' : 'wheel'));
			expect(vi.getTimerCount()).toBe(1);
		}
		expect(timers.mock.calls.length).toBeLessThanOrEqual(1); // one look, at 1000 ms
		// The last event came at 1600 ms: the work is due at 2600, not at the timer's first look.
		vi.advanceTimersByTime(999);
		expect(work).not.toHaveBeenCalled();
		vi.advanceTimersByTime(1);
		expect(work).toHaveBeenCalledOnce();
		expect(vi.getTimerCount()).toBe(0);
	});
});
