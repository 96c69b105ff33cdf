package dev.brief.core.robustness;

import java.util.List;
import java.util.Random;

/**
 * Plausible policy prose from a seeded random source: the same seed gives the same words. The vocabulary is
 * our own, broad enough that line breaking, hyphenation and font subsetting meet a realistic mix of words.
 */
final class PolicyProse {
    private static final List<String> SUBJECTS = List.of(
            "The ministry",
            "Regional authorities",
            "Independent regulators",
            "Municipal councils",
            "Civil society groups",
            "Smaller utilities",
            "Public procurement offices",
            "Parliamentary committees",
            "Local housing associations",
            "Cross-border agencies",
            "Evaluation teams",
            "Health boards",
            "Transport operators",
            "Courts of audit",
            "School districts",
            "Rural cooperatives");
    private static final List<String> VERBS = List.of(
            "should publish",
            "rarely measure",
            "have strengthened",
            "could coordinate",
            "must reconsider",
            "often underestimate",
            "now finance",
            "struggle to monitor",
            "are expected to review",
            "have begun to share",
            "seldom enforce",
            "need to simplify",
            "would benefit from",
            "continue to postpone",
            "deliberately limit",
            "openly contest");
    private static final List<String> OBJECTS = List.of(
            "the allocation of emergency funding",
            "long-term maintenance obligations",
            "transparency requirements for contractors",
            "the evidence behind subsidy decisions",
            "data on service outcomes",
            "the conditions of grant agreements",
            "independent oversight of spending",
            "the costs of delayed infrastructure",
            "eligibility rules for support",
            "the mandate of advisory boards",
            "consultation with affected residents",
            "multi-year budget commitments",
            "accountability for missed targets",
            "the quality of administrative records",
            "procedures for appeals and complaints",
            "the distribution of regional investment");
    private static final List<String> CLAUSES = List.of(
            "despite repeated recommendations",
            "in the absence of a clear legal basis",
            "while budgets remain under pressure",
            "as demand continues to grow",
            "because responsibilities overlap",
            "even where capacity is limited",
            "before the next spending review",
            "according to the most recent survey",
            "unless a binding timetable is agreed",
            "when the evidence is incomplete",
            "across most member states",
            "within the existing statutory framework",
            "after two consecutive evaluations",
            "at a fraction of the current cost");
    private static final List<String> CONNECTORS = List.of(
            "However,",
            "In practice,",
            "As a result,",
            "By contrast,",
            "Moreover,",
            "For this reason,",
            "In several cases,",
            "Taken together,",
            "At the same time,",
            "Nevertheless,");
    private static final List<String> TOPICS = List.of(
            "Water Governance",
            "Municipal Broadband",
            "Energy Poverty",
            "Public Procurement",
            "Housing Subsidies",
            "Regional Transport",
            "Pension Reform",
            "Digital Identity",
            "Flood Resilience",
            "Teacher Recruitment",
            "Primary Care Access",
            "Food Security",
            "Tax Administration",
            "Migration Services",
            "Youth Employment",
            "Cultural Heritage");
    private static final List<String> HEADINGS = List.of(
            "Background",
            "What the evidence shows",
            "Where current policy falls short",
            "Costs and benefits",
            "Lessons from abroad",
            "Options for reform",
            "Risks and safeguards",
            "Implementation",
            "Who pays",
            "Measuring progress",
            "Legal questions",
            "The view from local government");
    private static final List<String> NAMES = List.of(
            "Amara Lindqvist",
            "Joaquín Oyelaran",
            "Mei-Ling Fairbairn",
            "Dariusz Mensah",
            "Hélène Kowalczyk",
            "Rajan Holloway",
            "Saoirse Benali",
            "Yusuf Petrović");

    private final Random random;

    PolicyProse(long seed) {
        this.random = new Random(seed);
    }

    int between(int low, int high) {
        return low + random.nextInt(high - low + 1);
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    <T> T pick(List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }

    String topic() {
        return pick(TOPICS);
    }

    String heading() {
        return pick(HEADINGS);
    }

    String name() {
        return pick(NAMES);
    }

    /** One sentence of 12 to 30 words; occasionally emphasised words, as authors write them. */
    String sentence() {
        StringBuilder sentence = new StringBuilder();
        if (chance(0.3)) {
            sentence.append(pick(CONNECTORS)).append(' ');
            sentence.append(Character.toLowerCase(pick(SUBJECTS).charAt(0)))
                    .append(pick(SUBJECTS).substring(1));
        } else {
            sentence.append(pick(SUBJECTS));
        }
        String object = pick(OBJECTS);
        if (chance(0.08)) {
            object = "*" + object + "*";
        } else if (chance(0.05)) {
            object = "**" + object + "**";
        }
        sentence.append(' ').append(pick(VERBS)).append(' ').append(object);
        if (chance(0.7)) {
            sentence.append(' ').append(pick(CLAUSES));
        }
        if (chance(0.35)) {
            sentence.append(", and ").append(pick(VERBS)).append(' ').append(pick(OBJECTS));
        }
        return sentence.append('.').toString();
    }

    /** A short phrase for list items and summary points. */
    String point() {
        return pick(SUBJECTS) + " " + pick(VERBS) + " " + pick(OBJECTS) + ".";
    }

    static int words(String text) {
        return text.isBlank() ? 0 : text.trim().split("\\s+").length;
    }
}
