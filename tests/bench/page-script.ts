// What the benchmark installs in the page before the app's own scripts run: a listener on the
// worker's timing channel, marks for the drop and the click, the last DOM change, and a helper
// that times one parameter change up to the redraw. Plain JavaScript text: functions that tsx
// compiles cannot be sent to the page (it adds helpers the page does not have).
import type { Timing } from '../../workers/database.worker';

export interface PageTiming extends Timing {
  /** performance.now() in the page when the report arrived. */
  at: number;
}

export interface BenchState {
  timings: PageTiming[];
  drop: number | null;
  click: number | null;
  formAt: number | null;
  paretoAt: number | null;
  /** The cohort heatmap's heading: the first chart on screen. */
  chartAt: number | null;
  readyAt: number | null;
  lastMutation: number;
  alert: string | null;
}

export interface ChangeTiming {
  /** Change event to the section's text updated and a frame drawn. */
  ms: number;
  /** Database time of the statements the change ran. */
  sqlMs: number;
  statements: number;
}

declare global {
  interface Window {
    __bench: BenchState;
    __benchChange(control: Element, value: string, timeoutMs: number): Promise<ChangeTiming>;
  }
}

export const INSTRUMENT = String.raw`(() => {
  const state = { timings: [], drop: null, click: null, formAt: null, paretoAt: null, chartAt: null,
    readyAt: null, lastMutation: 0, alert: null };
  window.__bench = state;
  new BroadcastChannel('regulars-timings').onmessage = (e) => {
    state.timings.push({ ...e.data, at: performance.now() });
  };
  document.addEventListener('change', (e) => {
    if (e.target instanceof HTMLInputElement && e.target.type === 'file') state.drop = performance.now();
  }, true);
  document.addEventListener('click', () => { state.click = performance.now(); }, true);
  new MutationObserver(() => {
    const now = performance.now();
    state.lastMutation = now;
    if (state.readyAt === null && document.body && document.body.textContent.includes('Analysis engine ready')) state.readyAt = now;
    if (state.formAt === null && document.querySelector('form.mapping')) state.formAt = now;
    if (state.paretoAt === null && document.getElementById('pareto-title')) state.paretoAt = now;
    if (state.chartAt === null && document.getElementById('cohorts-title')) state.chartAt = now;
    const alert = document.querySelector('[role=alert]');
    if (alert) state.alert = alert.textContent.trim();
  }).observe(document, { subtree: true, childList: true, characterData: true, attributes: true });

  window.__benchChange = (control, value, timeoutMs) => new Promise((resolve, reject) => {
    const section = control.closest('section') || document.body;
    const before = section.textContent;
    const first = state.timings.length;
    const started = performance.now();
    const timer = setTimeout(() => { observer.disconnect(); reject(new Error('no redraw within ' + timeoutMs + ' ms')); }, timeoutMs);
    const observer = new MutationObserver(() => {
      if (section.textContent === before) return;
      observer.disconnect();
      clearTimeout(timer);
      requestAnimationFrame(() => setTimeout(() => {
        const ms = performance.now() - started;
        // Timing reports travel apart from the results: give the last ones time to arrive.
        setTimeout(() => {
          const ran = state.timings.slice(first);
          resolve({ ms, sqlMs: ran.reduce((s, t) => s + t.ms, 0), statements: ran.length });
        }, 250);
      }, 0));
    });
    observer.observe(section, { subtree: true, childList: true, characterData: true });
    control.value = value;
    control.dispatchEvent(new Event('input', { bubbles: true }));
    control.dispatchEvent(new Event('change', { bubbles: true }));
  });
})();`;
