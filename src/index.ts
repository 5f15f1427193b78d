/** The library API. The CLI is one client of it. */
export { loadFiles, resolvePaths, DEFAULT_INCLUDE } from './load/index.js';
export { parseRoadmap } from './parse/document.js';
export { buildReport } from './report/index.js';
export { renderJson, toJson, SCHEMA_VERSION, type JsonReport } from './render/json.js';
export { renderTerminal } from './render/terminal.js';
export { renderMarkdown, markdownTree, SECTIONS as MARKDOWN_SECTIONS, type MarkdownSection } from './render/markdown.js';
export { renderCheck } from './render/check.js';
export { renderGithub } from './render/github.js';
export { renderStepSummary, STEP_SUMMARY_LIMIT } from './render/step-summary.js';
export { escapeData, escapeProperty, workflowCommand } from './render/escape-workflow.js';
export { renderGantt } from './render/gantt.js';
export { overdueMilestones } from './report/due.js';
export { parseTimeline, resolveTimeline, type Timeline } from './report/timeline.js';
export { TIERS, DEFAULT_SETTINGS } from './model/tier.js';
export * from './model/types.js';
export { main } from './cli/main.js';
