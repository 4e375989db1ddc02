import { untrack } from 'svelte';
import type { FigureStore } from './figureStore.svelte.ts';

/**
 * What a view shows while it waits for a figure: the value it wants (a step, a step's id) once that
 * value's figure has arrived, and until then the last one whose figure had, the missing figure
 * being fetched (that one alone) meanwhile. Starts at the wanted value, whose figure the page
 * brought. Create it while a component initialises: it runs an effect there.
 */
export class Arrived<T> {
	current = $state.raw<T>() as T;

	constructor(store: FigureStore, wanted: () => T, key: (value: T) => string) {
		this.current = untrack(wanted);
		$effect.pre(() => {
			const value = wanted();
			if (store.get(key(value))) this.current = value;
			else void store.want([key(value)]);
		});
	}
}
