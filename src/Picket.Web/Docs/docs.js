// Renders the OpenAPI document as a list of endpoints. Every string from the document is set as text (textContent),
// never as HTML, and the page has no inline script, so it runs under the server's Content-Security-Policy.
const el = (tag, props = {}, ...children) => {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) e[k] = v;
  for (const c of children) e.append(c);
  return e;
};

const resolve = (doc, schema) => {
  let s = schema;
  for (let i = 0; s && s.$ref && i < 20; i++) s = s.$ref.replace(/^#\//, '').split('/').reduce((o, k) => o?.[k], doc);
  return s ?? {};
};

const sketch = (doc, schema, depth = 0) => {
  const s = resolve(doc, schema);
  if (depth > 4) return '…';
  if (s.oneOf || s.anyOf) return (s.oneOf ?? s.anyOf).map(x => sketch(doc, x, depth + 1)).join(' | ');
  const type = Array.isArray(s.type) ? s.type.filter(t => t !== 'null').join('|') : s.type;
  if (type === 'array') return [sketch(doc, s.items ?? {}, depth + 1)];
  if (s.properties) return Object.fromEntries(Object.entries(s.properties).map(([k, v]) => [k, sketch(doc, v, depth + 1)]));
  if (s.additionalProperties) return { '<key>': sketch(doc, s.additionalProperties, depth + 1) };
  return type ?? 'any';
};

const render = doc => {
  const main = document.getElementById('endpoints');
  main.replaceChildren();
  for (const [path, ops] of Object.entries(doc.paths ?? {})) {
    for (const [method, op] of Object.entries(ops)) {
      const params = (op.parameters ?? []).map(p => el('tr', {}, el('td', { textContent: p.name }), el('td', { textContent: p.in }),
        el('td', { textContent: JSON.stringify(sketch(doc, p.schema ?? {})) })));
      const responses = Object.entries(op.responses ?? {}).map(([code, r]) => {
        const content = Object.entries(r.content ?? {});
        return el('div', {}, el('strong', { textContent: `${code} ${r.description ?? ''}` }),
          ...content.map(([type, m]) => el('div', {}, el('em', { textContent: type }), el('pre', { textContent: JSON.stringify(sketch(doc, m.schema ?? {}), null, 2) }))));
      });
      const body = op.requestBody ? Object.entries(op.requestBody.content ?? {}).map(([type, m]) =>
        el('div', {}, el('em', { textContent: `body ${type}` }), el('pre', { textContent: JSON.stringify(sketch(doc, m.schema ?? {}), null, 2) }))) : [];
      main.append(el('details', {},
        el('summary', {}, el('span', { className: `method ${method}`, textContent: method.toUpperCase() }), el('span', { className: 'path', textContent: ` ${path}` }),
          el('span', { textContent: op.summary ? ` — ${op.summary}` : '' })),
        params.length ? el('table', {}, el('tr', {}, el('th', { textContent: 'parameter' }), el('th', { textContent: 'in' }), el('th', { textContent: 'type' })), ...params) : '',
        ...body, ...responses));
    }
  }
};

fetch('/openapi/v1.json').then(r => r.json()).then(render).catch(e => {
  document.getElementById('endpoints').replaceChildren(el('p', { textContent: `Could not load the document: ${e}` }));
});
