// Building DOM nodes. Text always goes in through textContent, never innerHTML: post text and
// repository text are untrusted data.
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (key === 'text') node.textContent = value;
    else if (key === 'class') node.className = value;
    else if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value);
  }
  for (const child of children) if (child) node.append(child);
  return node;
}

export function clear(node) { node.replaceChildren(); return node; }
export const $ = (id) => document.getElementById(id);
