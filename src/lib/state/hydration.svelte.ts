/**
 * Whether the page has hydrated. Until then a component must draw what the server drew, so that
 * hydration matches; a component mounted after it has no server markup to match, and can draw
 * only what is needed (one chart layout, no closed table). Set by the root layout.
 */
export const hydration = $state({ done: false });
