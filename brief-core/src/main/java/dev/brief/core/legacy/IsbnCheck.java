package dev.brief.core.legacy;

import java.util.Optional;

/** The ISBN check digit, so that a misread digit in an extracted ISBN is reported rather than published. */
final class IsbnCheck {
    private IsbnCheck() {}

    /**
     * The ISBN-13 of a valid ISBN-10 (prefix 978, check digit recomputed), keeping the printed grouping:
     * {@code 0-306-40615-2} gives {@code 978-0-306-40615-7}. Empty for anything else.
     */
    static Optional<String> isbn13Of(String isbn) {
        String digits = isbn.replaceAll("[^0-9Xx]", "");
        if (digits.length() != 10 || !valid(isbn)) {
            return Optional.empty();
        }
        String body = "978" + digits.substring(0, 9);
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            sum += (body.charAt(i) - '0') * (i % 2 == 0 ? 1 : 3);
        }
        char check = (char) ('0' + (10 - sum % 10) % 10);
        String printed = isbn.strip();
        int lastSeparator = Math.max(printed.lastIndexOf('-'), printed.lastIndexOf(' '));
        if (lastSeparator < 0) {
            return Optional.of(body + check);
        }
        char separator = printed.charAt(lastSeparator);
        return Optional.of("978" + separator + printed.substring(0, lastSeparator + 1) + check);
    }

    static boolean valid(String isbn) {
        String digits = isbn.replaceAll("[^0-9Xx]", "");
        if (digits.length() == 13 && digits.chars().allMatch(Character::isDigit)) {
            int sum = 0;
            for (int i = 0; i < 13; i++) {
                sum += (digits.charAt(i) - '0') * (i % 2 == 0 ? 1 : 3);
            }
            return sum % 10 == 0;
        }
        if (digits.length() == 10) {
            int sum = 0;
            for (int i = 0; i < 10; i++) {
                char c = digits.charAt(i);
                int value = (c == 'X' || c == 'x') && i == 9 ? 10 : Character.isDigit(c) ? c - '0' : -100;
                sum += value * (10 - i);
            }
            return sum >= 0 && sum % 11 == 0;
        }
        return false;
    }
}
