package dev.brief.pdf;

import dev.brief.core.house.HouseReader;
import dev.brief.core.read.BriefReader;
import dev.brief.core.model.Brief;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ScratchTimingTest {
    @Test
    void time() throws Exception {
        for (String lang : new String[] {"en", "ar", "ja", "fa", "he"}) {
            Brief brief; Path dir;
            if (lang.equals("en")) { brief = dev.brief.core.testing.SampleBriefs.sample(); dir = dev.brief.core.testing.SampleBriefs.sampleDirectory(); }
            else {
                Path root = Path.of("../test-briefs", lang);
                var house = HouseReader.read(root.resolve("house.yaml")).house().orElseThrow();
                Path md;
                try (var s = java.nio.file.Files.walk(root)) { md = s.filter(p -> p.toString().endsWith(".md") && !p.getFileName().toString().equals("README.md")).findFirst().orElseThrow(); }
                var r = BriefReader.read(md, house);
                brief = r.brief().orElseThrow(() -> new AssertionError(r.diagnostics()));
                dir = md.getParent();
            }
            long[] t = new long[40];
            for (int i = 0; i < 40; i++) { long s = System.nanoTime(); TestPdfs.write(brief, dir, dev.brief.core.testing.SampleBriefs.house().style()); t[i] = System.nanoTime() - s; }
            Arrays.sort(t);
            System.out.println("TIMING " + lang + " median ms " + t[20] / 1e6);
            java.nio.file.Files.write(Path.of("/tmp/fx-" + lang + ".pdf"), TestPdfs.write(brief, dir, dev.brief.core.testing.SampleBriefs.house().style()).bytes());
        }
    }
}
