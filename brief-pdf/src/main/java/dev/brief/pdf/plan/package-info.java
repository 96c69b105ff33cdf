/**
 * The plan stage: every decision about a brief's PDF that does not depend on geometry, made from the model before
 * anything is set. {@link dev.brief.pdf.plan.BriefPlanner} gives a {@link dev.brief.pdf.plan.BriefPlan}: the parts
 * of the brief in reading order, each with the region of the page grid it goes to (page one's head, the side
 * column, the main column) and its block-level structure elements, planned under the Document element of the
 * tag tree in source order ({@link dev.brief.pdf.plan.PlannedBlock}, {@link dev.brief.pdf.plan.PlannedSection}),
 * what each part says (the masthead's details, the endnotes' labels and the first
 * reference each links back to, the colophon's paragraphs), and the running header's strings. The layout stage
 * sets that plan into rows and pages.
 */
package dev.brief.pdf.plan;
