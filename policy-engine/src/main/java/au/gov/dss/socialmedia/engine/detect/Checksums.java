package au.gov.dss.socialmedia.engine.detect;

/**
 * The check-digit algorithms of Australian identifiers and payment cards. Each method takes the identifier's
 * digits only (no spaces) and answers whether they are well formed; a wrong length is simply not valid.
 */
public final class Checksums {

    private static final int[] TFN_WEIGHTS = {1, 4, 3, 7, 5, 8, 6, 9, 10};
    private static final int[] MEDICARE_WEIGHTS = {1, 3, 7, 9, 1, 3, 7, 9};
    private static final int[] ABN_WEIGHTS = {10, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19};
    private static final int[] ACN_WEIGHTS = {8, 7, 6, 5, 4, 3, 2, 1};

    private Checksums() {
    }

    /** A nine-digit tax file number: the weighted sum (1,4,3,7,5,8,6,9,10) is a multiple of 11. */
    public static boolean isValidTfn(CharSequence digits) {
        if (!allDigits(digits, 9)) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (digits.charAt(i) - '0') * TFN_WEIGHTS[i];
        }
        return sum % 11 == 0;
    }

    /**
     * A Medicare card number of 10 digits (card number and issue number), or 11 with the individual reference
     * number: the first digit is 2 to 6 and the weighted sum of the first eight (1,3,7,9,1,3,7,9) mod 10 is the
     * ninth.
     */
    public static boolean isValidMedicare(CharSequence digits) {
        if (!allDigits(digits, 10) && !allDigits(digits, 11)) {
            return false;
        }
        int first = digits.charAt(0) - '0';
        if (first < 2 || first > 6) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (digits.charAt(i) - '0') * MEDICARE_WEIGHTS[i];
        }
        return sum % 10 == digits.charAt(8) - '0';
    }

    /** A payment card number of 13 to 19 digits passing the Luhn check. */
    public static boolean isValidLuhn(CharSequence digits) {
        int length = digits.length();
        if (length < 13 || length > 19 || !allDigits(digits, length)) {
            return false;
        }
        int sum = 0;
        boolean twice = false;
        for (int i = length - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (twice) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            twice = !twice;
        }
        return sum % 10 == 0;
    }

    /** An 11-digit Australian Business Number: subtract 1 from the first digit; the weighted sum mod 89 is 0. */
    public static boolean isValidAbn(CharSequence digits) {
        if (!allDigits(digits, 11) || digits.charAt(0) == '0') {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 11; i++) {
            int d = digits.charAt(i) - '0';
            if (i == 0) {
                d -= 1;
            }
            sum += d * ABN_WEIGHTS[i];
        }
        return sum % 89 == 0;
    }

    /** A nine-digit Australian Company Number: the complement of the weighted sum (8..1) mod 10 is the last digit. */
    public static boolean isValidAcn(CharSequence digits) {
        if (!allDigits(digits, 9)) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (digits.charAt(i) - '0') * ACN_WEIGHTS[i];
        }
        int check = (10 - sum % 10) % 10;
        return check == digits.charAt(8) - '0';
    }

    private static boolean allDigits(CharSequence digits, int length) {
        if (digits == null || digits.length() != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            char c = digits.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
