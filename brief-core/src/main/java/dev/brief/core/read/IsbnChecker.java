package dev.brief.core.read;

import java.util.Optional;

/** ISBN-13 check digit (ISO 2108): weights 1 and 3 alternate, the sum is a multiple of 10. */
final class IsbnChecker {
    private IsbnChecker() {}

    /** Empty when {@code value} is a valid ISBN-13; otherwise what is wrong with it. */
    static Optional<String> problem(String value) {
        String digits = value.replaceAll("[\\s-]", "");
        if (digits.matches("[0-9]{9}[0-9Xx]")) {
            return Optional.of("is an ISBN-10; give the 13-digit form starting with 978");
        }
        if (!digits.matches("[0-9]{13}")) {
            return Optional.of("is not an ISBN-13: it needs 13 digits, optionally separated by hyphens");
        }
        if (!digits.startsWith("978") && !digits.startsWith("979")) {
            return Optional.of("is not an ISBN-13: it must start with 978 or 979");
        }
        int expected = checkDigit(digits);
        if (digits.charAt(12) - '0' != expected) {
            return Optional.of("has an invalid check digit: the last digit should be " + expected
                    + " for the first twelve digits given");
        }
        return Optional.empty();
    }

    static int checkDigit(String digits) {
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            sum += (digits.charAt(i) - '0') * (i % 2 == 0 ? 1 : 3);
        }
        return (10 - sum % 10) % 10;
    }
}
