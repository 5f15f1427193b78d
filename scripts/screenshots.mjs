#!/usr/bin/env node
/**
 * The pictures in docs/: `roadmap status` as a terminal shows it, and `roadmap report` as GitHub
 * renders it (cmark-gfm for the markdown, mermaid 11 for the chart), in light and dark themes.
 * It also checks what a reader would: every mermaid chart parses and draws without an error.
 *
 * Needs what the project does not: Chromium (`/usr/bin/chromium`), cmark-gfm, and the packages
 * playwright-core, mermaid and github-markdown-css installed in a folder of their own:
 *
 *   npm install --prefix /tmp/shots playwright-core@1 mermaid@11 github-markdown-css@5
 *   SHOTS_MODULES=/tmp/shots/node_modules node scripts/screenshots.mjs
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const modules = process.env.SHOTS_MODULES;
if (!modules) {
  console.error('screenshots: set SHOTS_MODULES to a node_modules with playwright-core, mermaid and github-markdown-css');
  process.exit(2);
}
const require = createRequire(join(modules, 'noop.js'));
const { chromium } = require('playwright-core');
const mermaidJs = readFileSync(require.resolve('mermaid/dist/mermaid.min.js'), 'utf8');
const css = (theme) => readFileSync(require.resolve(`github-markdown-css/github-markdown-${theme}.css`), 'utf8');

const ROOT = new URL('..', import.meta.url).pathname;
const FIXTURE = join(ROOT, 'test/fixtures/wide-text');
const TODAY = '2026-12-04';

function roadmap(args, env = {}, cwd = FIXTURE) {
  try {
    return execFileSync('node', [join(ROOT, 'dist/cli.js'), ...args], {
      cwd,
      env: { ...process.env, ROADMAP_TODAY: TODAY, ...env },
      encoding: 'utf8',
    });
  } catch (error) {
    // check exits 1 while the release is blocked; its output is what is wanted.
    return `${error.stdout}${error.stderr}`;
  }
}

const { default: stringWidth } = await import(join(ROOT, 'node_modules/string-width/index.js'));
const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** Text on a terminal's grid: each character not plain ASCII in a box as wide as the cells it takes. */
function cells(text) {
  let html = '';
  for (const { segment } of graphemes.segment(text)) {
    if (/^[\x20-\x7e\n]$/.test(segment)) html += escapeHtml(segment);
    else html += `<span style="display:inline-block;width:${stringWidth(segment)}ch;text-align:center;overflow:hidden;vertical-align:bottom">${escapeHtml(segment)}</span>`;
  }
  return html;
}

const escapeHtml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** SGR colours as a terminal theme draws them. */
const PALETTES = {
  dark: { background: '#1e1e1e', foreground: '#d4d4d4', 31: '#f14c4c', 32: '#23d18b', 33: '#f5f543', dim: 0.6 },
  light: { background: '#ffffff', foreground: '#1f2328', 31: '#cd3131', 32: '#00bc00', 33: '#949800', dim: 0.6 },
};

/** ANSI text (bold, dim, red, green, yellow) as HTML spans. */
function ansiToHtml(text, palette) {
  let html = '';
  const state = { bold: false, dim: false, color: null };
  const open = () => {
    const style = [
      state.bold ? 'font-weight:bold' : '',
      state.dim ? `opacity:${palette.dim}` : '',
      state.color ? `color:${palette[state.color]}` : '',
    ].filter(Boolean);
    return style.length > 0 ? `<span style="${style.join(';')}">` : '<span>';
  };
  html += open();
  for (const part of text.split(/(\u001b\[[0-9;]*m)/)) {
    const sgr = /^\u001b\[([0-9;]*)m$/.exec(part);
    if (!sgr) {
      html += cells(part);
      continue;
    }
    for (const code of sgr[1].split(';').map(Number)) {
      if (code === 0) Object.assign(state, { bold: false, dim: false, color: null });
      else if (code === 1) state.bold = true;
      else if (code === 2) state.dim = true;
      else if (code === 22) Object.assign(state, { bold: false, dim: false });
      else if (code === 39) state.color = null;
      else if (code >= 31 && code <= 33) state.color = code;
    }
    html += `</span>${open()}`;
  }
  return `${html}</span>`;
}

function terminalPage(text, columns, theme) {
  const palette = PALETTES[theme];
  return `<!doctype html><meta charset="utf-8"><style>
    body { margin: 0; background: ${palette.background}; }
    pre { margin: 0; padding: 16px 20px; color: ${palette.foreground}; font: 14px/1.35 'DejaVu Sans Mono', monospace;
          min-width: ${columns}ch; width: max-content; white-space: pre; }
  </style><pre>${ansiToHtml(text, palette)}</pre>`;
}

function reportPage(markdown, theme) {
  const html = execFileSync('cmark-gfm', ['--extension', 'table', '--extension', 'strikethrough', '--extension', 'autolink'], {
    input: markdown,
    encoding: 'utf8',
  }).replace(/<pre><code class="language-mermaid">([\s\S]*?)<\/code><\/pre>/g, '<pre class="mermaid">$1</pre>');
  const background = theme === 'dark' ? '#0d1117' : '#ffffff';
  return `<!doctype html><meta charset="utf-8"><style>${css(theme)}
    body { margin: 0; background: ${background}; } .markdown-body { box-sizing: border-box; width: 1012px; padding: 32px; }
  </style><article class="markdown-body">${html}</article>
  <script>${mermaidJs}</script>
  <script>
    window.chartErrors = [];
    mermaid.initialize({ startOnLoad: false, securityLevel: 'strict', theme: '${theme === 'dark' ? 'dark' : 'default'}' });
    window.drawn = (async () => {
      for (const block of document.querySelectorAll('pre.mermaid')) {
        try { await mermaid.parse(block.textContent); } catch (error) { chartErrors.push(String(error.message ?? error)); }
      }
      try { await mermaid.run({ querySelector: 'pre.mermaid' }); } catch (error) { chartErrors.push(String(error.message ?? error)); }
      for (const svg of document.querySelectorAll('pre.mermaid svg')) if (svg.textContent.includes('Syntax error')) chartErrors.push('syntax error drawn');
    })();
  </script>`;
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const page = await browser.newPage({ deviceScaleFactor: 1 });
let failed = false;

for (const [name, columns, theme] of [
  ['status-120-dark', 120, 'dark'],
  ['status-80-light', 80, 'light'],
]) {
  const text = roadmap(['status'], { FORCE_COLOR: '1', COLUMNS: String(columns) });
  await page.setViewportSize({ width: 1400, height: 400 });
  await page.setContent(terminalPage(text, columns, theme));
  await page.locator('pre').screenshot({ path: join(ROOT, 'docs', `${name}.png`) });
  console.log(`docs/${name}.png`);
}

// Both streams through one pipe, in the order a terminal shows them.
const check = execFileSync('sh', ['-c', `node ${JSON.stringify(join(ROOT, 'dist/cli.js'))} check 2>&1; true`], {
  cwd: FIXTURE,
  env: { ...process.env, ROADMAP_TODAY: TODAY, FORCE_COLOR: '1', COLUMNS: '100' },
  encoding: 'utf8',
});
await page.setContent(terminalPage(check, 100, 'dark'));
await page.locator('pre').screenshot({ path: join(ROOT, 'docs', 'check-100-dark.png') });
console.log('docs/check-100-dark.png');

const markdown = roadmap(['report']);
writeFileSync('/tmp/roadmap-report.md', markdown);
for (const theme of ['light', 'dark']) {
  await page.setViewportSize({ width: 1012, height: 800 });
  await page.setContent(reportPage(markdown, theme));
  await page.evaluate(() => window.drawn);
  const errors = await page.evaluate(() => window.chartErrors);
  if (errors.length > 0) {
    failed = true;
    console.error(`mermaid (${theme}): ${errors.join('; ')}`);
  }
  if (theme === 'light') await page.locator('article').screenshot({ path: join(ROOT, 'docs', 'report-light.png') });
  const chart = page.locator('pre.mermaid').first();
  await chart.screenshot({ path: join(ROOT, 'docs', `timeline-${theme}.png`) });
  console.log(`docs/timeline-${theme}.png`);
}

// History, on this project's own roadmap and its git history.
const historyText = roadmap(['history'], { FORCE_COLOR: '1', COLUMNS: '100' }, ROOT);
await page.setViewportSize({ width: 1400, height: 400 });
await page.setContent(terminalPage(historyText, 100, 'dark'));
await page.locator('pre').screenshot({ path: join(ROOT, 'docs', 'history-100-dark.png') });
console.log('docs/history-100-dark.png');
await page.setViewportSize({ width: 1012, height: 800 });
await page.setContent(reportPage(roadmap(['report', '--history'], {}, ROOT), 'light'));
await page.evaluate(() => window.drawn);
const historyErrors = await page.evaluate(() => window.chartErrors);
if (historyErrors.length > 0) {
  failed = true;
  console.error(`mermaid (history): ${historyErrors.join('; ')}`);
}
await page.locator('pre.mermaid').last().screenshot({ path: join(ROOT, 'docs', 'burnup-light.png') });
console.log('docs/burnup-light.png');

// The seed's chart spans more than a year: its axis must read as months.
await page.setContent(reportPage(roadmap(['report', 'vnext.md'], {}, join(ROOT, 'test/fixtures/seed')), 'light'));
await page.evaluate(() => window.drawn);
const seedErrors = await page.evaluate(() => window.chartErrors);
if (seedErrors.length > 0) {
  failed = true;
  console.error(`mermaid (seed): ${seedErrors.join('; ')}`);
}
await page.locator('pre.mermaid').first().screenshot({ path: join(ROOT, 'docs', 'timeline-seed-light.png') });
console.log('docs/timeline-seed-light.png');

await browser.close();
process.exit(failed ? 1 : 0);
