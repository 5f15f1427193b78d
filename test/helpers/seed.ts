/** What the seed gives on 2026-11-27, named once for the tests that expect it. */

/** The gantt chart of its dated milestones, line by line: all seven overdue, so all `crit`. */
export const SEED_GANTT = [
  '%%{init: {"gantt":{"leftPadding":174}}}%%',
  'gantt',
  '    title vNext Milestones',
  '    dateFormat YYYY-MM-DD',
  '    axisFormat %b %Y',
  '    tickInterval 2month',
  '    todayMarker off',
  '    Today 2026-11-27 :milestone, 2026-11-27, 0d',
  '    section Critical Path<br>(Blocking Release)',
  '    Security Hardening (388d late) :crit, 2025-10-21, 2025-11-04',
  '    section Short-term Milestones<br>(Next 1-2 Months)',
  '    Performance Budget (346d late) :crit, 2025-11-04, 2025-12-16',
  '    GTM Experiments (332d late) :crit, 2025-11-04, 2025-12-30',
  '    Compliance Tasks (332d late) :crit, 2025-11-04, 2025-12-30',
  '    section Medium-term Milestones<br>(Next 3-6 Months)',
  '    Infrastructure Improvements (207d late) :crit, 2025-11-04, 2026-05-04',
  '    Product Enhancements (207d late) :crit, 2025-11-04, 2026-05-04',
  '    Growth & Scaling (207d late) :crit, 2025-11-04, 2026-05-04',
];
