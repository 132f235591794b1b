// DOM helpers that only ever set text: every string that came from AIS or a sanctions list is untrusted
// (OWASP XSS Prevention Cheat Sheet, rule #1: use textContent, never innerHTML, for untrusted data).

export type Child = Node | string | number | null | undefined | false;

/** Creates an element with attributes and children; strings become Text nodes, never markup. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | undefined> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value !== undefined) node.setAttribute(name, value);
  }
  append(node, ...children);
  return node;
}

export function append(parent: Node, ...children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'string' || typeof child === 'number' ? document.createTextNode(String(child)) : child);
  }
}

/** Replaces every child of a node. */
export function replace(parent: Element, ...children: Child[]): void {
  parent.replaceChildren();
  append(parent, ...children);
}

/** A link to a client-side route; the route is built from validated ids, the label is text. */
export function link(route: string, label: Child, attrs: Record<string, string | undefined> = {}): HTMLAnchorElement {
  return el('a', { href: route, ...attrs }, label);
}

/** A table with a header row and body rows of cells; every cell is text or a node. */
export function table(headers: string[], rows: Child[][], attrs: Record<string, string | undefined> = {}): HTMLTableElement {
  return el('table', attrs,
    el('thead', {}, el('tr', {}, ...headers.map(h => el('th', {}, h)))),
    el('tbody', {}, ...rows.map(r => el('tr', {}, ...r.map(c => el('td', {}, c))))));
}

export function formatTime(iso: string | undefined | null): string {
  if (!iso) return '';
  // ISO-8601 UTC as the API sends it, shortened to minutes: analysts compare times across sources in UTC.
  return iso.replace('T', ' ').replace(/:\d\d(\.\d+)?Z$/, 'Z');
}

export function formatNumber(n: number | undefined | null, digits = 0): string {
  if (n === undefined || n === null || !Number.isFinite(n)) return '';
  return n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
}
