package dev.brief.core.robustness;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Sources that a careless editor, a broken export or a hostile file could hand the toolkit. Each must either
 * build valid outputs or fail with a diagnostic that says where and what: never an exception, never a hang.
 * Small ones are files under {@code robustness/} in the test resources; large ones are made here.
 */
public final class BadInputs {
    /** One bad input: a file name ending in {@code .md} and its exact bytes. */
    public record BadInput(String name, byte[] bytes) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static final List<String> FILES = List.of(
            "truncated-front-matter.md",
            "tabs-in-front-matter.md",
            "tabs-in-body.md",
            "wrong-types.md",
            "byte-order-mark.md",
            "crlf-line-ends.md",
            "control-characters.md",
            "control-character-in-title.md",
            "right-to-left-and-cjk.md",
            "emoji.md",
            "empty.md",
            "whitespace-only.md",
            "empty-front-matter.md",
            "no-body.md",
            "unparseable-yaml.md",
            "yaml-alias-loop.md");

    private static final String HEAD = "---\ntitle: \"%s\"\nlanguage: en\n---\n\n## Introduction\n\n";

    private BadInputs() {}

    /** Every bad input, small ones first. */
    public static List<BadInput> all() {
        List<BadInput> inputs = new ArrayList<>(small());
        inputs.addAll(large());
        return inputs;
    }

    /** The hand-written files and the small made ones: cheap enough to build in every format. */
    public static List<BadInput> small() {
        List<BadInput> inputs = new ArrayList<>();
        for (String file : FILES) {
            inputs.add(new BadInput(file, resource(file)));
        }
        inputs.add(new BadInput("binary-garbage.md", garbage()));
        inputs.add(new BadInput("invalid-utf-8.md", invalidUtf8()));
        inputs.add(new BadInput("nested-lists-200.md", text("Lists Nested Two Hundred Levels", nestedLists(200))));
        inputs.add(new BadInput(
                "nested-quotes-200.md",
                text("Quotes Nested Two Hundred Levels", ">".repeat(200) + " The innermost quotation.\n")));
        inputs.add(new BadInput(
                "unclosed-containers.md",
                text(
                        "Containers Never Closed",
                        "::: pullquote\n“Never closed.”\n\n::: about \"About\"\nAlso never closed.\n")));
        inputs.add(new BadInput(
                "undefined-and-unused-notes.md",
                text(
                        "Notes That Do Not Match",
                        "A reference to a note that is not defined.[^missing]\n\n[^unused]: A note nobody cites.\n")));
        return inputs;
    }

    /** Inputs that stress size: a 10 MB paragraph and 5,000 notes. */
    public static List<BadInput> large() {
        return List.of(
                new BadInput("paragraph-10-mb.md", text("One Paragraph of Ten Megabytes", hugeParagraph())),
                new BadInput("notes-5000.md", text("Five Thousand Notes", manyNotes(5000))));
    }

    private static byte[] text(String title, String body) {
        return (String.format(HEAD, title) + body).getBytes(StandardCharsets.UTF_8);
    }

    private static String nestedLists(int depth) {
        StringBuilder list = new StringBuilder();
        for (int level = 0; level < depth; level++) {
            list.append("  ".repeat(level)).append("- level ").append(level + 1).append('\n');
        }
        return list.toString();
    }

    /** Ten megabytes of words with no blank line: one paragraph, as a bad export of a whole book would be. */
    private static String hugeParagraph() {
        String sentence = "Public bodies should publish the evidence behind every subsidy decision they take. ";
        return sentence.repeat(10 * 1024 * 1024 / sentence.length() + 1) + "\n";
    }

    private static String manyNotes(int count) {
        StringBuilder body = new StringBuilder();
        for (int note = 1; note <= count; note++) {
            body.append("Claim ")
                    .append(note)
                    .append(" rests on a source.[^n")
                    .append(note)
                    .append("]\n");
        }
        body.append('\n');
        for (int note = 1; note <= count; note++) {
            body.append("[^n")
                    .append(note)
                    .append("]: Source ")
                    .append(note)
                    .append(", <https://example.org/sources/")
                    .append(note)
                    .append(">.\n\n");
        }
        return body.toString();
    }

    /** Random bytes from a fixed seed, as when a PDF or a zip is saved under a {@code .md} name. */
    private static byte[] garbage() {
        byte[] bytes = new byte[64 * 1024];
        new Random(20260101L).nextBytes(bytes);
        return bytes;
    }

    /** A valid brief apart from a Latin-1 "é" (one byte 0xE9), as an old editor would save it. */
    private static byte[] invalidUtf8() {
        byte[] head = String.format(HEAD, "Invalid UTF-8").getBytes(StandardCharsets.UTF_8);
        byte[] body = "A caf\u00e9 in the text.\n".getBytes(StandardCharsets.ISO_8859_1);
        byte[] bytes = new byte[head.length + body.length];
        System.arraycopy(head, 0, bytes, 0, head.length);
        System.arraycopy(body, 0, bytes, head.length, body.length);
        return bytes;
    }

    private static byte[] resource(String name) {
        try (InputStream in = BadInputs.class.getResourceAsStream("/robustness/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource robustness/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
