/**
 * Time and targets in `roadmap report`: the Due column, the stale review, the mermaid gantt chart
 * and the success metrics, judged from the markdown itself and, where it is installed, from what
 * cmark-gfm (GitHub's renderer) makes of it.
 */
import { describe, expect, it } from 'vitest';
import { cmarkHtml, hasCmark, htmlElements, htmlTables } from '../helpers/cmark.js';
import { fixturePath, project, seedProject } from '../helpers/fixtures.js';
import { run } from '../helpers/io.js';
import { SEED_GANTT } from '../helpers/seed.js';

async function report(cwd: string, ...args: string[]): Promise<string> {
  const result = await run(cwd, 'report', ...args);
  expect(result.code).toBe(0);
  expect(result.stderr).toBe('');
  return result.stdout;
}

/** The source of each mermaid block, as written (its fence may be longer than three backticks). */
function mermaidBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/^(`{3,})mermaid\n([\s\S]*?)\n\1$/gm)].map(([, , body]) => body!);
}

/** `| [Title](…) | tier | due | …`: the Due cell of each milestone row, by title. */
function dueCells(markdown: string): Record<string, string> {
  const rows = [...markdown.matchAll(/^\| \[([^\]]+)\]\([^)]*\) +\| [^|]+\| ([^|]*?) *\|/gm)];
  return Object.fromEntries(rows.map(([, title, due]) => [title!, due!]));
}

describe('report on the seed, on 2026-11-27', () => {
  it('has a Due column with each due date, the seven overdue ones in bold with how late they are', async () => {
    expect(dueCells(await report(seedProject()))).toEqual({
      'Security Hardening': '**2025-11-04 (388 days late)**',
      'Performance Budget': '**2025-12-16 (346 days late)**',
      'GTM Experiments': '**2025-12-30 (332 days late)**',
      'Compliance Tasks': '**2025-12-30 (332 days late)**',
      'Technical Debt': '',
      'Infrastructure Improvements': '**2026-05-04 (207 days late)**',
      'Product Enhancements': '**2026-05-04 (207 days late)**',
      'Growth & Scaling': '**2026-05-04 (207 days late)**',
      'Platform Evolution': '',
      'Business Growth': '',
    });
  });

  it('says the review is 358 days late, linked to its line', async () => {
    expect(await report(seedProject())).toContain(
      '\n\n**Review overdue by 358 days (was due 2025-12-04)**, see [roadmap/vnext.md:150](roadmap/vnext.md?plain=1#L150).\n\n',
    );
  });

  it('charts the dated milestones in one mermaid gantt block, the overdue ones crit', async () => {
    const markdown = await report(seedProject());
    expect(mermaidBlocks(markdown)).toEqual([SEED_GANTT.join('\n')]);
    expect(markdown).toContain('\n## Timeline\n');
    expect(markdown.match(/ :crit, /g)).toHaveLength(7);
  });

  it('lists the twelve success metrics: name, measure, target', async () => {
    const markdown = await report(seedProject());
    const section = markdown.slice(markdown.indexOf('\n## Success metrics\n'));
    const rows = section.split('\n').filter((line) => line.startsWith('| ')).map((line) => line.split('|').slice(1, -1).map((cell) => cell.trim()));
    expect(rows).toEqual([
      ['Metric', 'Measure', 'Target'],
      [':---------------', ':----------------------------', ':-----------'],
      ['Performance', 'Lighthouse score', '> 90'],
      ['Reliability', 'Uptime', '> 99.9%'],
      ['Security', 'Zero critical vulnerabilities', ''],
      ['Code Quality', 'Test coverage', '> 80%'],
      ['User Activation', '', '> 60%'],
      ['Retention', 'Day 7', '> 40%'],
      ['NPS', '', '> 50'],
      ['Feature Adoption', '', '> 30%'],
      ['CAC', '', '< LTV/3'],
      ['Churn', '', '< 5% monthly'],
      ['Revenue Growth', '', '> 20% MoM'],
      ['Runway', '', '> 12 months'],
    ]);
  });

  it('puts the chart and the metrics after the releases and before the diagnostics', async () => {
    const result = await run(seedProject((text) => text.replace('**Timeline**: 4-6 weeks', '**Timeline**: soon-ish')), 'report');
    expect(result.stderr).toMatch(/^roadmap\/vnext\.md:28:1 {2}warning {2}Timeline "soon-ish" cannot be read/);
    const markdown = result.stdout;
    const order = ['## vNext Milestones', '## Timeline', '## Success metrics', '## Diagnostics'].map((heading) => markdown.indexOf(`\n${heading}\n`));
    expect(order.every((at) => at > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it.skipIf(!hasCmark)('renders as GFM: the chart a mermaid code block, the due dates in their column', async () => {
    const html = cmarkHtml(await report(seedProject()));
    const code = [...html.matchAll(/<pre><code class="language-mermaid">([\s\S]*?)<\/code><\/pre>/g)].map(([, body]) => body);
    expect(code).toEqual([`${SEED_GANTT.join('\n').replace('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<br>', '&lt;br&gt;')}\n`]);
    expect(html.match(/<pre>/g)).toHaveLength(1);
    const [, , milestones, metrics] = htmlTables(html);
    expect(milestones!.map((row) => row[2])).toEqual([
      'Due',
      '<strong>2025-11-04 (388 days late)</strong>',
      '<strong>2025-12-16 (346 days late)</strong>',
      '<strong>2025-12-30 (332 days late)</strong>',
      '<strong>2025-12-30 (332 days late)</strong>',
      '',
      '<strong>2026-05-04 (207 days late)</strong>',
      '<strong>2026-05-04 (207 days late)</strong>',
      '<strong>2026-05-04 (207 days late)</strong>',
      '',
      '',
    ]);
    expect(metrics![2]).toEqual(['Reliability', 'Uptime', '&gt; 99.9%']);
    expect(metrics).toHaveLength(13);
    expect(html).toContain(
      '<p><strong>Review overdue by 358 days (was due 2025-12-04)</strong>, see <a href="roadmap/vnext.md?plain=1#L150">roadmap/vnext.md:150</a>.</p>',
    );
  });
});

describe('report on the seed, on 2025-11-01', () => {
  it('has due dates and a chart, and nothing marked overdue', async () => {
    const markdown = await report(seedProject(), '--today', '2025-11-01');
    expect(markdown).not.toMatch(/\d+d(?:ays)? late/);
    expect(markdown).not.toContain('Review overdue');
    expect(markdown).not.toMatch(/\bcrit\b/);
    expect(dueCells(markdown)['Security Hardening']).toBe('2025-11-04');
    expect(mermaidBlocks(markdown)).toEqual([
      SEED_GANTT.join('\n')
        .replaceAll(':crit, ', ':')
        .replace(/ \(\d+d late\)/g, '')
        .replace('tickInterval 2month', 'tickInterval 1month')
        .replace('Today 2026-11-27 :milestone, 2026-11-27, 0d', 'Today 2025-11-01 :milestone, 2025-11-01, 0d'),
    ]);
    expect(markdown).toContain(
      '## Due in the next 14 days\n\n- [Security Hardening](roadmap/vnext.md?plain=1#L12) — due 2025-11-04 (in 3 days), 0/5 done, critical\n',
    );
  });

  it('heads the report with a row per release: verdict, done, blockers, overdue, next due and review', async () => {
    const markdown = await report(seedProject(), '--today', '2025-11-01');
    expect(markdown).toMatch(
      /^\| \*\*vNext Milestones\*\* \| \*\*blocked\*\* \| 0\/50 \(0%\) \| 5 \(5 critical\) \| 0 +\| \[Security Hardening\]\(roadmap\/vnext\.md\?plain=1#L12\), 2025-11-04 \(in 3 days\) \| next 2025-12-04 \|$/m,
    );
  });

  it('gives the same bytes for the same --today, and other bytes for another', async () => {
    const first = await report(seedProject(), '--today', '2025-11-01');
    expect(await report(seedProject(), '--today', '2025-11-01')).toBe(first);
    expect(await report(seedProject(), '--today', '2025-11-05')).not.toBe(first);
  });
});

describe('report on a roadmap written for these tests', () => {
  it('lists what is due in the next 14 days, soonest first, and not what is done or late', async () => {
    const markdown = await report(fixturePath('wide-text'), '--today', '2026-12-04');
    const section = markdown.slice(markdown.indexOf('## Due in the next 14 days'), markdown.indexOf('## Progress by tier'));
    expect(section).toBe(
      [
        '## Due in the next 14 days',
        '',
        '- [Café checkout, re\u0301sume\u0301 flow ⛔](roadmap/platform.md?plain=1#L18) — due 2026-12-10 (in 6 days), 1/2 done, critical',
        '- [Docs refresh](roadmap/platform.md?plain=1#L80) — due 2026-12-12 (in 8 days), 1/2 done, medium',
        '',
        '',
      ].join('\n'),
    );
    expect(markdown).toMatch(/\| \*\*1 milestone\*\* +\| \[Café checkout, re\u0301sume\u0301 flow ⛔\]\(roadmap\/platform\.md\?plain=1#L18\), 2026-12-10 \(in 6 days\) \| \*\*overdue by 4 days\*\* \|/);
    // An empty tier is a dash, not 0%.
    expect(markdown).toMatch(/^\| low +\| +0 \| +0 \| +— \| +\|$/m);
  });

  it('tags finished bars done and says how far along the rest are; a finished milestone past its date is not overdue', async () => {
    const markdown = await report(fixturePath('overdue-clear'));
    expect(dueCells(markdown)).toEqual({ Parser: '2026-09-29', Docs: '**2026-10-27 (31 days late)**', Packaging: '2027-01-15' });
    expect(mermaidBlocks(markdown)).toEqual([
      [
        '%%{init: {"gantt":{"leftPadding":167}}}%%',
        'gantt',
        '    title v2.0',
        '    dateFormat YYYY-MM-DD',
        '    axisFormat %d %b',
        '    tickInterval 2week',
        '    todayMarker off',
        '    Today 2026-11-27 :milestone, 2026-11-27, 0d',
        '    section Critical Path<br>(Blocking Release)',
        '    Parser :done, 2026-09-01, 2026-09-29',
        '    section Short-term Milestones',
        // Under way but overdue: red, as every overdue milestone is, with how late it is.
        '    Docs (50% done, 31d late) :crit, 2026-09-01, 2026-10-27',
        '    Packaging :2026-09-01, 2027-01-15',
      ].join('\n'),
    ]);
    expect(markdown).not.toContain('Review overdue');
    expect(markdown).toContain('| Latency  | p95                               | < 200 ms |\n');
  });

  it('has no Due column, chart or metrics where a roadmap has no dates and no metrics', async () => {
    const markdown = await report(project({ 'roadmap/a.md': '# A\n\n## Now\n\n- [ ] open\n' }));
    expect(markdown).toContain('| Milestone                      | Tier | Done | Total |  % | Progress   |\n');
    expect(markdown).not.toMatch(/\| Due +\|/);
    expect(markdown).not.toContain('## Timeline');
    expect(markdown).not.toContain('```');
    expect(markdown).not.toContain('## Success metrics');
  });

  it('gives each roadmap its own chart and metrics table, under its title', async () => {
    const dated = (title: string) => `# ${title}\n\n**Generated**: 2026-01-01\n\n## Ship\n**Timeline**: 2 weeks\n\n- [ ] a\n\n## Success Metrics\n\n- Speed: p95 < 1 s\n`;
    const markdown = await report(project({ 'roadmap/a.md': dated('Alpha'), 'roadmap/b.md': dated('Beta') }));
    expect(mermaidBlocks(markdown).map((chart) => chart.split('\n')[2])).toEqual(['    title Alpha', '    title Beta']);
    const timeline = markdown.slice(markdown.indexOf('## Timeline'), markdown.indexOf('## Success metrics'));
    expect(timeline.match(/^### .*$/gm)).toEqual(['### Alpha', '### Beta']);
    const metrics = markdown.slice(markdown.indexOf('## Success metrics'));
    expect(metrics.match(/^### .*$/gm)).toEqual(['### Alpha', '### Beta']);
  });
});

describe('report: roadmap text in the chart and the metrics is data', () => {
  const hostile = [
    '# Plan ``` </code> <script>x</script>',
    '',
    '**Generated**: 2026-01-01',
    '',
    '## Phase: 1; #2 ```',
    '',
    '### ```\u001b[31m fence: <b>x</b> %% comment',
    '**Due**: 2026-02-01',
    '',
    '- [ ] a',
    '',
    '## Success Metrics',
    '',
    '- Speed | <b>x</b>: p95 < 1 s',
    '- Pipe | break: > 5 %',
    '',
  ].join('\n');

  it('keeps the fence whole and the chart source inert', async () => {
    const markdown = await report(project({ 'roadmap/h.md': hostile }));
    expect(markdown).not.toContain('\u001b');
    // The chart holds a run of three backticks, so its fence is four long.
    expect(markdown).toMatch(/^````mermaid$/m);
    const [chart] = mermaidBlocks(markdown);
    expect(chart).toBeDefined();
    expect(chart!.split('\n')).toEqual([
      '%%{init: {"gantt":{"leftPadding":132}}}%%',
      'gantt',
      '    title Plan ``` #60;/code#62; #60;script#62;x#60;/script#62;',
      '    dateFormat YYYY-MM-DD',
      '    axisFormat %b %Y',
      '    tickInterval 2month',
      '    todayMarker off',
      '    Today 2026-11-27 :milestone, 2026-11-27, 0d',
      '    section Phase#58; 1#59; #35;2 ```',
      '    ``` fence#58; #60;b#62;x#60;/b#62; #37;#37; comment (299d late) :crit, 2026-01-01, 2026-02-01',
    ]);
  });

  it.skipIf(!hasCmark)('renders as one code block and plain table cells, with no HTML from the roadmap', async () => {
    const html = cmarkHtml(await report(project({ 'roadmap/h.md': hostile })));
    expect(htmlElements(html)).toEqual(['a', 'code', 'h1', 'h2', 'p', 'pre', 'strong', 'table', 'tbody', 'td', 'th', 'thead', 'tr']);
    expect(html.match(/<pre><code class="language-mermaid">/g)).toHaveLength(1);
    expect(html).toContain('    title Plan ``` #60;/code#62; #60;script#62;x#60;/script#62;\n');
    const metrics = htmlTables(html).at(-1)!;
    expect(metrics).toEqual([
      ['Metric', 'Measure', 'Target'],
      ['Speed | &lt;b&gt;x&lt;/b&gt;', 'p95', '&lt; 1 s'],
      ['Pipe | break', '', '&gt; 5%'],
    ]);
  });
});
