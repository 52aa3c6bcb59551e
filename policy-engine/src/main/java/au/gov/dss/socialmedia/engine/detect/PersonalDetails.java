package au.gov.dss.socialmedia.engine.detect;

import au.gov.dss.socialmedia.engine.rules.DetectorKind;
import au.gov.dss.socialmedia.engine.rules.OfficialDetails;
import au.gov.dss.socialmedia.engine.text.TextNormaliser;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Finds the numbers and addresses that identify a person. Numbers are read from the original text (digits with
 * single spaces, dashes, dots or brackets between groups) and weighed by their shape, their check digits and the
 * context words of the rules near them: a number shaped like a telephone number is a telephone number and never a
 * tax file number; a nine-digit number passing the TFN check is a TFN only with TFN context or written 3-3-3 (one
 * random nine-digit number in eleven passes the check); the department's published numbers, 13, 1300 and 1800
 * numbers, and addresses at its e-mail domains are never personal.
 */
final class PersonalDetails {

    private static final int BEFORE = 48;
    private static final int AFTER = 24;

    private final Set<String> officialPhones;
    private final List<String> officialDomains;
    private final Set<String> officialAddresses;

    PersonalDetails(OfficialDetails official) {
        this.officialPhones = official.phoneDigits();
        this.officialDomains = official.emailDomains().stream().map(d -> d.strip().toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableList());
        this.officialAddresses = official.addresses().stream()
                .map(a -> TextNormaliser.normalise(a).toString()).collect(Collectors.toUnmodifiableSet());
    }

    boolean isOfficialAddress(String folded) {
        return officialAddresses.contains(folded);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isNumberSeparator(char c) {
        return c == ' ' || c == '\u00A0' || c == '-' || c == '.' || c == '(' || c == ')';
    }

    /** Scans the text for numbers, reporting personal details; percentages are added to the list given. */
    void numbers(TextScreener.Reporter rep, List<int[]> percentages, int firstDigit) {
        String s = rep.text();
        int len = s.length();
        char[] digits = new char[24];
        int[] groups = new int[12];
        int i = firstDigit;
        while (i < len) {
            char c = s.charAt(i);
            if (!isDigit(c)) {
                i++;
                continue;
            }
            int start = i;
            boolean plus = i > 0 && s.charAt(i - 1) == '+';
            boolean paren = i > 0 && s.charAt(i - 1) == '(';
            boolean letterBefore = i > 0 && Character.isLetter(s.charAt(i - 1));
            if (plus || paren) {
                start = i - 1;
            }
            int n = 0;
            int g = 0;
            boolean overflow = false;
            while (true) {
                int run = 0;
                while (i < len && isDigit(s.charAt(i))) {
                    if (n < digits.length) {
                        digits[n] = s.charAt(i);
                    } else {
                        overflow = true;
                    }
                    n++;
                    run++;
                    i++;
                }
                if (g < groups.length) {
                    groups[g] = run;
                }
                g++;
                int j = i;
                while (j < len && j - i < 2 && isNumberSeparator(s.charAt(j))) {
                    j++;
                }
                if (j > i && j < len && isDigit(s.charAt(j)) && n < 20) {
                    i = j;
                    continue;
                }
                break;
            }
            int end = i;
            if (overflow || g > groups.length) {
                continue;
            }
            if (paren && !(groups[0] <= 4 && start + 1 + groups[0] < len && s.charAt(start + 1 + groups[0]) == ')')) {
                start++; // a number in brackets, not an area code in brackets: "my TFN (123 456 782)"
                paren = false;
            }
            if (end < len && s.charAt(end) == '%') {
                percentages.add(new int[] {start, end + 1});
                continue;
            }
            int ratio = ratioEnd(s, end);
            if (ratio > 0) {
                percentages.add(new int[] {start, ratio}); // "3 out of 4", "1 in 5": a statistic
                i = ratio;
                continue;
            }
            if (letterBefore) {
                continue;
            }
            boolean letterAfter = end < len && Character.isLetter(s.charAt(end))
                    && (end + 1 == len || !Character.isLetterOrDigit(s.charAt(end + 1)));
            classify(rep, new String(digits, 0, n), groups, g, start, end, plus, paren, letterAfter);
        }
    }

    /** The end of " out of N" or " in N" (a ratio of two small numbers) after a number ending at {@code end}. */
    private static int ratioEnd(String s, int end) {
        int k;
        if (s.startsWith(" out of ", end)) {
            k = end + 8;
        } else if (s.startsWith(" in ", end)) {
            k = end + 4;
        } else {
            return -1;
        }
        int d = k;
        while (d < s.length() && isDigit(s.charAt(d)) && d - k < 3) {
            d++;
        }
        if (d == k || (d < s.length() && isDigit(s.charAt(d))) || end - 3 > 0 && isDigit(s.charAt(end - 3))) {
            return -1;
        }
        return d;
    }

    private static final java.util.regex.Pattern SPELLED_OUT_EMAIL = java.util.regex.Pattern.compile(
            "(?i)(?<![\\w.])([a-z0-9][a-z0-9_%+-]*(?:(?:\\.|\\s*\\[dot\\]\\s*|\\s*\\(dot\\)\\s*|\\s+dot\\s+)"
                    + "[a-z0-9_%+-]+){0,3})"
                    + "(\\s*\\[at\\]\\s*|\\s*\\(at\\)\\s*|\\s*\\{at\\}\\s*|\\s+at\\s+|@)"
                    + "([a-z0-9-]+(?:(?:\\.|\\s*\\[dot\\]\\s*|\\s*\\(dot\\)\\s*|\\s*\\{dot\\}\\s*|\\s+dot\\s+)"
                    + "[a-z0-9-]+){0,3}(?:\\.|\\s*\\[dot\\]\\s*|\\s*\\(dot\\)\\s*|\\s*\\{dot\\}\\s*|\\s+dot\\s+)"
                    + "(?:com|net|org|edu|gov|au|io|co|info|biz|me|uk|nz))\\b");
    private static final Set<String> NOT_LOCAL_PARTS = Set.of("me", "us", "look", "email", "mail", "write", "him",
            "her", "them", "you", "it", "here", "there", "contact", "reach", "find", "meet", "arrive", "see", "is",
            "was", "are", "be", "online", "home", "work", "office", "site", "website", "page", "that", "this");

    /**
     * E-mail addresses written out to get past filters ({@code jo.smith at gmail dot com},
     * {@code bob [at] bigpond [dot] com}); official domains are not personal. Run only when the text has a
     * context word of the e-mail rule (a mail provider, "dot com").
     */
    List<int[]> spelledOutEmails(String text) {
        List<int[]> out = new java.util.ArrayList<>(1);
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.indexOf("dot") < 0 && lower.indexOf("[at]") < 0 && lower.indexOf("(at)") < 0
                && lower.indexOf("{at}") < 0) {
            return out; // nothing spelt out: the '@' detector has seen any address
        }
        java.util.regex.Matcher m = SPELLED_OUT_EMAIL.matcher(text);
        while (m.find()) {
            String local = m.group(1).toLowerCase(Locale.ROOT);
            if (NOT_LOCAL_PARTS.contains(local) || m.group(2).equals("@")) {
                continue;
            }
            String domain = m.group(3).toLowerCase(Locale.ROOT).replaceAll("\\s*(\\[dot\\]|\\(dot\\)|\\{dot\\}|\\sdot\\s)\\s*", ".")
                    .replace(" ", "");
            boolean official = false;
            for (String o : officialDomains) {
                official |= domain.equals(o) || domain.endsWith("." + o);
            }
            if (!official) {
                out.add(new int[] {m.start(), m.end()});
            }
        }
        return out;
    }

    private void classify(TextScreener.Reporter rep, String d, int[] groups, int g, int start, int end,
                          boolean plus, boolean paren, boolean letterAfter) {
        int n = d.length();
        if (n >= 13 && n <= 19) {
            if (Checksums.isValidLuhn(d) && (cardPrefix(d)
                    || rep.contextOf(DetectorKind.PAYMENT_CARD, start, end, BEFORE, AFTER))) {
                rep.report(DetectorKind.PAYMENT_CARD, start, end, false, BEFORE, AFTER);
            } else if (rep.contextOf(DetectorKind.BANK_ACCOUNT, start, end, BEFORE, AFTER)) {
                rep.report(DetectorKind.BANK_ACCOUNT, start, end, false, BEFORE, AFTER);
            }
            return;
        }
        boolean business = (n == 10 && (d.startsWith("1300") || d.startsWith("1800")))
                || (n == 6 && d.startsWith("13") && g >= 2);
        if (business) {
            return;
        }
        boolean international = n == 11 && d.startsWith("61") && "23478".indexOf(d.charAt(2)) >= 0
                && (plus || groups[0] == 2);
        boolean national = n == 10 && d.charAt(0) == '0' && "234578".indexOf(d.charAt(1)) >= 0;
        String canonical = international ? "0" + d.substring(2) : d;
        if (officialPhones.contains(d) || officialPhones.contains(canonical)) {
            return;
        }
        boolean local = n == 8 && g == 2 && groups[0] == 4 && groups[1] == 4
                && rep.contextOf(DetectorKind.PHONE, start, end, BEFORE, AFTER);
        boolean mobileWithoutZero = n == 9 && d.charAt(0) == '4'
                && rep.contextOf(DetectorKind.PHONE, start, end, BEFORE, AFTER);
        if (international || national || local || mobileWithoutZero) {
            rep.report(DetectorKind.PHONE, start, end, false, BEFORE, AFTER);
            return;
        }
        if ((n == 10 || n == 11) && Checksums.isValidMedicare(d)
                && (rep.contextOf(DetectorKind.MEDICARE, start, end, BEFORE, AFTER)
                || (g >= 3 && groups[0] == 4 && groups[1] == 5))) {
            rep.report(DetectorKind.MEDICARE, start, end, false, BEFORE, AFTER);
            return;
        }
        if (n == 11 && Checksums.isValidAbn(d)) {
            rep.report(DetectorKind.ABN, start, end, true, BEFORE, AFTER);
            return;
        }
        if (n == 9) {
            if (letterAfter) {
                rep.report(DetectorKind.CRN, start, end + 1, false, BEFORE, AFTER);
                return;
            }
            if (rep.contextOf(DetectorKind.CRN, start, end, BEFORE, AFTER)) {
                rep.report(DetectorKind.CRN, start, end, false, BEFORE, AFTER);
                return;
            }
            if (rep.contextOf(DetectorKind.ACN, start, end, BEFORE, AFTER)) {
                if (Checksums.isValidAcn(d)) {
                    rep.report(DetectorKind.ACN, start, end, true, BEFORE, AFTER);
                }
                return;
            }
            if (rep.contextOf(DetectorKind.BANK_ACCOUNT, start, end, BEFORE, AFTER)) {
                rep.report(DetectorKind.BANK_ACCOUNT, start, end, false, BEFORE, AFTER);
                return;
            }
            boolean grouped333 = g == 3 && groups[0] == 3 && groups[1] == 3 && groups[2] == 3;
            if (Checksums.isValidTfn(d) && !plus && !paren
                    && (grouped333 || rep.contextOf(DetectorKind.TFN, start, end, BEFORE, AFTER))) {
                rep.report(DetectorKind.TFN, start, end, false, BEFORE, AFTER);
            }
            return;
        }
        if (n >= 6 && n <= 12 && rep.contextOf(DetectorKind.BANK_ACCOUNT, start, end, BEFORE, AFTER)) {
            rep.report(DetectorKind.BANK_ACCOUNT, start, end, false, BEFORE, AFTER);
        }
    }

    /** Whether the digits start with the prefix of a major card scheme (Visa, Mastercard, Amex, Diners, JCB). */
    private static boolean cardPrefix(String d) {
        char a = d.charAt(0);
        int two = (d.charAt(0) - '0') * 10 + (d.charAt(1) - '0');
        int four = Integer.parseInt(d.substring(0, 4));
        return a == '4' || (two >= 51 && two <= 55) || (four >= 2221 && four <= 2720) || two == 34 || two == 37
                || two == 36 || two == 38 || two == 30 || (four >= 3528 && four <= 3589) || a == '6';
    }

    /** The span of the e-mail address around the '@' at {@code at}, or null if it is not one or it is official. */
    int[] email(String s, int at) {
        int b = at;
        while (b > 0 && isLocalChar(s.charAt(b - 1))) {
            b--;
        }
        int e = at + 1;
        while (e < s.length() && isDomainChar(s.charAt(e))) {
            e++;
        }
        while (e > at + 1 && (s.charAt(e - 1) == '.' || s.charAt(e - 1) == '-')) {
            e--;
        }
        if (b == at || e == at + 1) {
            return null;
        }
        String domain = s.substring(at + 1, e).toLowerCase(Locale.ROOT);
        int dot = domain.lastIndexOf('.');
        if (dot <= 0 || domain.length() - dot - 1 < 2) {
            return null;
        }
        for (int k = dot + 1; k < domain.length(); k++) {
            if (domain.charAt(k) < 'a' || domain.charAt(k) > 'z') {
                return null;
            }
        }
        for (String official : officialDomains) {
            if (domain.equals(official) || domain.endsWith("." + official)) {
                return null;
            }
        }
        return new int[] {b, e};
    }

    private static boolean isLocalChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || isDigit(c) || c == '.' || c == '_' || c == '%'
                || c == '+' || c == '-';
    }

    private static boolean isDomainChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || isDigit(c) || c == '.' || c == '-';
    }
}
