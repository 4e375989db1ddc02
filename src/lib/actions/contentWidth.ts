/** Reports an element's content-box width whenever it changes (first report: once it is laid out). */
export function contentWidth(node: HTMLElement, onwidth: (width: number) => void) {
	let report = onwidth;
	const observer = new ResizeObserver((entries) => {
		const entry = entries[entries.length - 1];
		if (entry) report(entry.contentRect.width);
	});
	observer.observe(node);
	return {
		update(next: (width: number) => void) {
			report = next;
		},
		destroy() {
			observer.disconnect();
		}
	};
}
