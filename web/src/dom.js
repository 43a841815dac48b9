// A tiny element builder, h('div', { class: 'x', onclick }, child, 'text', [more children]), the
// page's icons, and `$`, the element with an id.

export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [key, value] of Object.entries(attributes ?? {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key.startsWith("on") && typeof value === "function") element.addEventListener(key.slice(2), value);
    else if (key === "class") element.className = value;
    else if (key === "dataset") Object.assign(element.dataset, value);
    else if (value === true) element.setAttribute(key, "");
    else element.setAttribute(key, value);
  }
  append(element, children);
  return element;
}

function append(element, children) {
  for (const child of children) {
    if (child === undefined || child === null || child === false) continue;
    if (Array.isArray(child)) append(element, child);
    else element.append(child instanceof Node ? child : String(child));
  }
}

/** The element with this id. */
export const $ = (id) => document.getElementById(id);

/** An inline SVG icon from the small set the page uses. */
export function icon(name) {
  const template = document.createElement("template");
  template.innerHTML = ICONS[name].trim();
  return template.content.firstChild;
}

const svg = (paths) =>
  `<svg class="icon" viewBox="0 0 24 24" width="16" height="16" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true">${paths}</svg>`;

const ICONS = {
  upload: svg('<path d="M12 16V4m0 0-4 4m4-4 4 4"/><path d="M4 16v3a1 1 0 0 0 1 1h14a1 1 0 0 0 1-1v-3"/>'),
  file: svg('<path d="M14 3H7a2 2 0 0 0-2 2v14a2 2 0 0 0 2 2h10a2 2 0 0 0 2-2V8z"/><path d="M14 3v5h5"/>'),
  clipboard: svg(
    '<rect x="8" y="3" width="8" height="4" rx="1"/><path d="M16 5h2a1 1 0 0 1 1 1v14a1 1 0 0 1-1 1H6a1 1 0 0 1-1-1V6a1 1 0 0 1 1-1h2"/>',
  ),
  copy: svg('<rect x="9" y="9" width="11" height="11" rx="2"/><path d="M5 15V5a2 2 0 0 1 2-2h10"/>'),
  check: svg('<path d="m5 12 5 5 9-10"/>'),
  download: svg('<path d="M12 4v12m0 0-4-4m4 4 4-4"/><path d="M4 20h16"/>'),
  swap: svg('<path d="M7 7h13m0 0-4-4m4 4-4 4"/><path d="M17 17H4m0 0 4-4m-4 4 4 4"/>'),
  x: svg('<path d="M6 6l12 12M18 6 6 18"/>'),
  alert: svg('<path d="M12 3 2 21h20z"/><path d="M12 10v4m0 3v.01"/>'),
  sparkle: svg('<path d="M12 3v4m0 10v4M3 12h4m10 0h4M6 6l2.5 2.5M15.5 15.5 18 18M6 18l2.5-2.5M15.5 8.5 18 6"/>'),
  chevron: svg('<path d="m9 6 6 6-6 6"/>'),
  lock: svg('<rect x="5" y="11" width="14" height="10" rx="2"/><path d="M8 11V7a4 4 0 0 1 8 0v4"/>'),
  shield: svg('<path d="M12 3 4 6v6c0 5 3.5 8 8 9 4.5-1 8-4 8-9V6z"/>'),
  arrow: svg('<path d="M5 12h14m0 0-5-5m5 5-5 5"/>'),
};
