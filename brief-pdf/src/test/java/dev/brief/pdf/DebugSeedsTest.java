package dev.brief.pdf;

import dev.brief.core.house.HouseStyle;
import org.junit.jupiter.api.Test;

class DebugSeedsTest {
    @Test
    void seeds() {
        for (long seed = 40; seed < 41; seed++) {
            try {
                TestPdfs.write(RandomBriefs.generate(seed), TestPdfs.fixtureImages(), HouseStyle.defaults());
            } catch (RuntimeException e) {
                System.out.println("SEED " + seed + " " + e.getMessage().substring(0, Math.min(300, e.getMessage().length())));
            }
        }
    }
}
