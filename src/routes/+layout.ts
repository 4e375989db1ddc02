// Every page is prerendered; folders with an index.html work on any static host.
export const prerender = true;
export const trailingSlash = 'always';
