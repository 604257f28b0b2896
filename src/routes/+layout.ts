// One static page: prerendered shell, the app itself runs only in the browser.
export const prerender = true;
export const ssr = false;
