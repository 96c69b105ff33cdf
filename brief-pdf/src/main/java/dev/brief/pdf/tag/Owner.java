package dev.brief.pdf.tag;

/**
 * Whoever a laid-out mark belongs to: a structure element of the planned tag tree, or an artifact kind.
 * Every marked-content handle is opened for an owner, so nothing can be drawn without one.
 */
public sealed interface Owner permits StructureNode, Artifact {}
