package dev.brief.core.legacy;

/** The ISBN check digit, so that a misread digit in an extracted ISBN is reported rather than published. */
final class IsbnCheck {
    private IsbnCheck() {}

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
