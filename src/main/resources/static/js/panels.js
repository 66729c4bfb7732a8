/*
 * Panels other features add to the page without editing its core: registerPanel({id, titleZh, titleEn, render})
 * appends a section to the left drawer and calls render(sectionElement) once; the section's heading follows the
 * language switch. E.g. an ask box: registerPanel({id: 'ask', titleZh: '提问', titleEn: 'Ask', render: el => …}).
 * A module that registers a panel is loaded by adding one <script type="module"> line to index.html.
 */
import { $ } from './app.js';

const panels = [];

export function registerPanel(panel) {
  const section = document.createElement('section');
  section.id = panel.id + '-section';
  const h2 = document.createElement('h2');
  h2.dataset.zh = panel.titleZh;
  h2.dataset.en = panel.titleEn;
  h2.textContent = document.documentElement.lang === 'en' ? panel.titleEn : panel.titleZh;
  section.appendChild(h2);
  const body = document.createElement('div');
  section.appendChild(body);
  $('#left').appendChild(section);
  panels.push(panel);
  panel.render(body);
  return body;
}

export function registeredPanels() {
  return panels.slice();
}

window.seiPanels = { registerPanel };
