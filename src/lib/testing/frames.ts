/**
 * For unit tests: a stand-in for the browser's frames and timers. Call in `beforeEach`; frame
 * callbacks then wait for `paint()`, timers for `vi.runAllTimers()`, and `vi.unstubAllGlobals()`
 * with `vi.useRealTimers()` in `afterEach` undoes it.
 */
import { vi } from 'vitest';

export function fakeFrames(): { paint: () => void } {
	vi.useFakeTimers();
	const frames = new Map<number, FrameRequestCallback>();
	let next = 0;
	vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => {
		frames.set(++next, callback);
		return next;
	});
	vi.stubGlobal('cancelAnimationFrame', (id: number) => frames.delete(id));
	return {
		paint() {
			const due = [...frames.values()];
			frames.clear();
			for (const callback of due) callback(performance.now());
		}
	};
}
