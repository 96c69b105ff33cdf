package dev.brief.core.legacy;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns superscript note numbers ({@code <sup>3</sup>}, {@code <sup>3, 4</sup>}) into footnote references
 * {@code [^3]}, and reports references without a note and notes without a reference. Other superscripts
 * (ordinals such as {@code 20<sup>th</sup>}) become plain text, since the source format has no raw HTML.
 */
final class NoteReferenceLinker {
    private static final Pattern SUPERSCRIPT = Pattern.compile("<sup>\\s*(.*?)\\s*</sup>", Pattern.CASE_INSENSITIVE);
    private static final Pattern DANGLING = Pattern.compile("\\[\\^([0-9]+)\\]");
    private static final Pattern NUMBERS = Pattern.compile("[0-9]+(\\s*,\\s*[0-9]+)*");

    private final RepairLog log;
    private final List<String> inputLines;
    private final Set<String> referenced = new LinkedHashSet<>();

    /** {@code inputLines} are the lines as written, for the columns of the warnings. */
    NoteReferenceLinker(RepairLog log, List<String> inputLines) {
        this.log = log;
        this.inputLines = inputLines;
    }

    List<LegacyBlock> link(List<LegacyBlock> blocks) {
        List<LegacyBlock> out = new ArrayList<>();
        for (LegacyBlock block : blocks) {
            List<String> lines = new ArrayList<>();
            for (int i = 0; i < block.lines().size(); i++) {
                lines.add(line(block.lines().get(i), block.line() + i));
            }
            out.add(block.withLines(lines).withChildren(link(block.children())));
        }
        return out;
    }

    /** Reports notes that no reference points to and references that have no note. */
    void check(List<LegacyNote> notes, int notesLine) {
        Set<String> labels = new LinkedHashSet<>();
        for (LegacyNote note : notes) {
            labels.add(note.label());
            if (!referenced.contains(note.label())) {
                log.warn(
                        note.line(),
                        "note " + note.label() + " is not referenced in the text",
                        "add `[^" + note.label() + "]` where the note belongs, or remove the note");
            }
        }
        for (String label : referenced) {
            if (!labels.contains(label)) {
                log.warn(
                        notesLine,
                        "the text refers to note " + label + " but the notes list has no note " + label,
                        "add `[^" + label + "]: …` with the note's text at the end of the converted source");
            }
        }
    }

    /**
     * The blocks with every reference to a note the brief does not have written as its number in brackets, as
     * text: a source whose reference has no note would not build, and the number the page printed stays visible.
     */
    List<LegacyBlock> withoutDangling(List<LegacyBlock> blocks, List<LegacyNote> notes) {
        Set<String> labels = new LinkedHashSet<>();
        notes.forEach(note -> labels.add(note.label()));
        return LegacyBlock.rewriteLines(blocks, (line, number) -> {
            Matcher reference = DANGLING.matcher(line);
            StringBuilder out = new StringBuilder();
            while (reference.find()) {
                String label = reference.group(1);
                String kept = labels.contains(label) ? reference.group() : "[" + label + "]";
                if (!labels.contains(label)) {
                    log.warn(
                            number,
                            "wrote the reference to the missing note " + label + " as the text " + kept
                                    + ": the brief has no note " + label,
                            "add `[^" + label + "]: …` with the note's"
                                    + " text and put the reference back, or delete the number");
                }
                reference.appendReplacement(out, Matcher.quoteReplacement(kept));
            }
            return reference.appendTail(out).toString();
        });
    }

    private String line(String line, int lineNumber) {
        Matcher superscript = SUPERSCRIPT.matcher(line);
        StringBuilder out = new StringBuilder();
        int last = 0;
        int seen = 0;
        while (superscript.find()) {
            int column = inputColumn(lineNumber, seen++, superscript.start());
            out.append(line, last, superscript.start());
            String content = superscript.group(1);
            if (NUMBERS.matcher(content).matches()) {
                for (String number : content.split("\\s*,\\s*")) {
                    out.append("[^").append(number).append(']');
                    referenced.add(number);
                }
                log.warn(
                        lineNumber,
                        column,
                        "turned the superscript " + content + " into a note reference",
                        "check that it points at the right note");
            } else {
                out.append(content);
                log.warn(
                        lineNumber,
                        column,
                        "wrote the superscript '" + content + "' as plain text",
                        "the source format has no superscript; reword if it mattered");
            }
            last = superscript.end();
        }
        return out.append(line, last, line.length()).toString();
    }

    /** The column of the {@code index}-th superscript in the line as written (escapes may have shifted it since). */
    private int inputColumn(int lineNumber, int index, int cleanedOffset) {
        if (lineNumber >= 1 && lineNumber <= inputLines.size()) {
            Matcher superscript = SUPERSCRIPT.matcher(inputLines.get(lineNumber - 1));
            for (int i = 0; superscript.find(); i++) {
                if (i == index) {
                    return superscript.start() + 1;
                }
            }
        }
        return cleanedOffset + 1;
    }
}
