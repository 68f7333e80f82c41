/**
 * Marks the element a URL's hash points at, as `:target` does on a page load. A client-side navigation
 * (the search box, a Link to /docs/reference/<topic>#<fact>) changes the URL with history.pushState, which
 * does not move `:target`, so the row the link meant was not highlighted. custom.css styles both.
 */
const MARK = 'data-linked-target';

export function onRouteDidUpdate({ location }: { location: { hash: string } }): void {
  document.querySelectorAll(`[${MARK}]`).forEach((el) => {
    el.removeAttribute(MARK);
  });
  const id = decodeURIComponent(location.hash.slice(1));
  if (!id) return;
  document.getElementById(id)?.setAttribute(MARK, '');
}
