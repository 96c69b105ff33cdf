/**
 * The tagging package: the planned structure tree ({@link dev.brief.pdf.tag.TagTree},
 * {@link dev.brief.pdf.tag.StructureNode}, {@link dev.brief.pdf.tag.StructureRole}, role-mapped custom roles)
 * and the owners of marks ({@link dev.brief.pdf.tag.Owner}: a structure element or an
 * {@link dev.brief.pdf.tag.Artifact} kind). It alone assigns MCIDs: drawing happens only through a
 * {@link dev.brief.pdf.tag.MarkedContent} handle that a page's {@link dev.brief.pdf.tag.PageCanvas} opens for an
 * owner, one at a time, and only it writes content-stream operators. When the tree is written it checks that
 * every MCID of every page has exactly one parent, then writes the StructTreeRoot, ParentTree and RoleMap, or,
 * for PDF/UA-2, the namespaces ({@link dev.brief.pdf.tag.StructureTypes} maps the one plan to either standard).
 */
package dev.brief.pdf.tag;
