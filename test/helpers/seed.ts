/** What the seed gives on 2026-11-27, named once for the tests that expect it. */

/** The gantt chart of its dated milestones, line by line: all seven overdue, so all `crit`. */
export const SEED_GANTT = [
  'gantt',
  '    title vNext Milestones',
  '    dateFormat YYYY-MM-DD',
  '    section Critical Path (Blocking Release)',
  '    Security Hardening :crit, 2025-10-21, 2025-11-04',
  '    section Short-term Milestones (Next 1-2 Months)',
  '    Performance Budget :crit, 2025-11-04, 2025-12-16',
  '    GTM Experiments :crit, 2025-11-04, 2025-12-30',
  '    Compliance Tasks :crit, 2025-11-04, 2025-12-30',
  '    section Medium-term Milestones (Next 3-6 Months)',
  '    Infrastructure Improvements :crit, 2025-11-04, 2026-05-04',
  '    Product Enhancements :crit, 2025-11-04, 2026-05-04',
  '    Growth & Scaling :crit, 2025-11-04, 2026-05-04',
];
