import { describe, expect, it } from 'vitest';
import { longTasks } from './traceTasks.js';

const MAIN = { pid: 1, tid: 10 };
const meta = (pid: number, tid: number, name: string) => ({
	ph: 'M',
	name: 'thread_name',
	pid,
	tid,
	args: { name }
});
/** A complete event on the main thread: start and duration in ms. */
const x = (name: string, ms: number, dur: number, args = {}, thread = MAIN) => ({
	ph: 'X',
	name,
	ts: ms * 1000,
	dur: dur * 1000,
	args,
	...thread
});

describe('longTasks', () => {
	it('finds the main thread’s tasks over 50 ms and what they were made of', () => {
		const { tasks, total, worst } = longTasks([
			meta(1, 10, 'CrRendererMain'),
			meta(2, 20, 'CrRendererMain'), // another renderer, idle
			x('RunTask', 0, 40), // short: not a long task
			x('RunTask', 100, 120),
			x('ThreadControllerImpl::RunTask', 100, 119), // the same task, wrapped
			x('ParseHTML', 101, 30, { data: { url: 'http://x/' } }),
			x('Layout', 140, 70),
			x('UpdateLayoutTree', 215, 5),
			x('RunTask', 300, 80),
			x('v8.evaluateModule', 301, 78),
			x('FunctionCall', 310, 20), // inside the module's evaluation: counted once
			x('Layout', 400, 300, {}, { pid: 2, tid: 20 }) // another thread: not ours
		]);
		expect(tasks).toHaveLength(2);
		expect(tasks[0]).toMatchObject({ start: 100, dur: 120, what: 'http://x/' });
		expect(tasks[0]!.parts).toEqual({ 'parse html': 30, layout: 70, style: 5, other: 15 });
		expect(tasks[1]!.parts).toEqual({ script: 78, other: 2 });
		expect(total).toBe(200);
		expect(worst).toBe(120);
	});

	it('sums every task’s work by kind, and takes another threshold', () => {
		const events = [
			meta(1, 10, 'CrRendererMain'),
			x('RunTask', 0, 40),
			x('Layout', 1, 30),
			x('RunTask', 100, 60),
			x('UpdateLayoutTree', 100, 20),
			x('Paint', 130, 25)
		];
		expect(longTasks(events).byKind).toEqual({ layout: 30, style: 20, paint: 25, other: 25 });
		expect(longTasks(events).tasks).toHaveLength(1);
		expect(longTasks(events, 30).tasks.map((t) => t.dur)).toEqual([40, 60]);
	});

	it('gives nothing for a trace without a renderer', () => {
		expect(longTasks([x('RunTask', 0, 500)])).toEqual({
			tasks: [],
			total: 0,
			worst: 0,
			byKind: {}
		});
	});
});
