/*
 * Libraries loaded only when a view needs them, from WebJars at versioned URLs (cached as immutable). The versions
 * are the pom's; StaticAssetsTest fails when a URL here or in index.html does not resolve.
 */
import { track } from './app.js';

const LIBS = {
  dagre: ['/webjars/dagre/0.8.4/dist/dagre.min.js', '/webjars/cytoscape-dagre/2.1.0/cytoscape-dagre.js'],
  echarts: ['/webjars/echarts/5.3.1/dist/echarts.min.js']
};
const loading = new Map();

function script(src) {
  return new Promise((resolve, reject) => {
    const s = document.createElement('script');
    s.src = src;
    s.onload = resolve;
    s.onerror = () => reject(new Error('Could not load ' + src));
    document.head.appendChild(s);
  });
}

/** Loads a library group once (scripts in order); later calls share the first load. */
export function load(name) {
  if (!loading.has(name)) {
    loading.set(name, track(LIBS[name].reduce((p, src) => p.then(() => script(src)), Promise.resolve())));
  }
  return loading.get(name);
}
